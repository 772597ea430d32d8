/* test-format.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-loader.h"
#include "pl-test-util.h"

#define HEAD "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                 \
             "<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\">\n" \
             "  <title>T</title>\n"
#define TAIL "</briefing>\n"
#define SOURCE "  <sources><source id=\"s1\"><text>0123456789</text></source></sources>\n"

static PlBriefing *
reload (GBytes *bytes)
{
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing = pl_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                       "memory.phaseline", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static void
test_round_trip (void)
{
  g_autoptr (PlBriefing) original = pl_test_make_briefing ();
  g_autoptr (GBytes) first = pl_format_write (original);
  g_autoptr (PlBriefing) loaded = reload (first);
  g_autoptr (GBytes) second = pl_format_write (loaded);
  g_autofree char *json_original = pl_test_briefing_json (original);
  g_autofree char *json_loaded = pl_test_briefing_json (loaded);
  PlSource *source = pl_briefing_lookup_source (loaded, "s1");

  /* Nothing is lost: the model serialises the same, and so does the file. */
  g_assert_cmpstr (json_loaded, ==, json_original);
  g_assert_true (g_bytes_equal (first, second));

  /* Carriage returns, tabs and outer white space survive XML's
   * normalisation, so character offsets stay right. */
  g_assert_cmpstr (pl_briefing_get_notes (loaded), ==, "  Line one\r\nLine two\twith a tab\n\n");
  g_assert_nonnull (strstr (pl_source_get_text (source), ".\r\nPhase two"));
  g_assert_cmpstr (pl_briefing_get_title (loaded), ==, "Plan <A> & \"B\"");
}

static void
test_round_trip_file (void)
{
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "plan.phaseline", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (PlBriefing) original = pl_test_make_briefing ();
  g_autoptr (GBytes) bytes = pl_format_write (original);
  g_autoptr (PlBriefing) loaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL;

  g_assert_true (pl_file_replace (file, bytes, &error));
  g_assert_no_error (error);
  loaded = pl_load_file (file, NULL, &error);
  g_assert_no_error (error);
  a = pl_test_briefing_json (original);
  b = pl_test_briefing_json (loaded);
  g_assert_cmpstr (a, ==, b);
  pl_test_remove_tree (dir);
}

static void
test_empty_briefing (void)
{
  g_autoptr (PlBriefing) empty = pl_briefing_new ();
  g_autoptr (GBytes) bytes = pl_format_write (empty);
  g_autoptr (PlBriefing) loaded = reload (bytes);

  g_assert_null (pl_briefing_get_title (loaded));
  g_assert_cmpuint (pl_briefing_get_n_items (loaded), ==, 0);
}

static void
test_missing_ids_assigned (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (PlBriefing) loaded = NULL;

  pl_risk_set_text (risk, "Delay");
  pl_briefing_add_item (briefing, PL_ITEM (risk));
  pl_item_set_id (PL_ITEM (risk), NULL);
  bytes = pl_format_write (briefing);
  loaded = reload (bytes);
  g_assert_nonnull (pl_briefing_lookup (loaded, pl_item_get_id (PL_ITEM (risk))));
}

typedef struct
{
  const char *name;
  const char *xml;
  PlError code;
  guint line;
  guint column;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { "unclosed", HEAD "  <phases>\n" TAIL, PL_ERROR_SYNTAX, 5, 0, "phases" },
  { "no-title",
    "<?xml version=\"1.0\"?>\n<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\">\n"
    "  <notes>n</notes>\n" TAIL,
    PL_ERROR_INVALID, 2, 1, "<briefing> is missing its <title> element" },
  { "bad-status", HEAD "  <phases>\n    <phase id=\"p1\" status=\"done\"><name>x</name></phase>\n  </phases>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "“done” is not a valid status; expected one of: unknown, completed, current, planned" },
  { "bad-date", HEAD "  <events>\n      <event id=\"e1\" date=\"next week\"><text>x</text></event>\n  </events>\n" TAIL,
    PL_ERROR_INVALID, 5, 7, "“next week” is not a valid date; expected a form such as 2025" },
  { "bad-published", HEAD "  <published>2025-02-30</published>\n" TAIL, PL_ERROR_INVALID, 4, 3,
    "“2025-02-30” is not a valid published date" },
  { "duplicate-id",
    HEAD "  <phases>\n    <phase id=\"p1\"><name>a</name></phase>\n    <phase id=\"p1\"><name>b</name></phase>\n  </phases>\n" TAIL,
    PL_ERROR_INVALID, 6, 5, "the id “p1” is already used on line 5" },
  { "duplicate-id-across-kinds",
    HEAD "  <phases><phase id=\"x\"><name>a</name></phase></phases>\n  <risks><risk id=\"x\"><text>r</text></risk></risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 10, "the id “x” is already used on line 4" },
  { "unknown-parent", HEAD "  <phases>\n    <phase id=\"p1\" parent=\"p9\"><name>a</name></phase>\n  </phases>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "the parent “p9” is not a phase of this briefing" },
  { "self-parent", HEAD "  <phases>\n    <phase id=\"p1\" parent=\"p1\"><name>a</name></phase>\n  </phases>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "cannot be its own parent" },
  { "parent-cycle",
    HEAD "  <phases>\n    <phase id=\"p1\" parent=\"p2\"><name>a</name></phase>\n    <phase id=\"p2\" parent=\"p1\"><name>b</name></phase>\n  </phases>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "its own parent through its parent chain" },
  { "event-phase", HEAD "  <events><event id=\"e1\" phase=\"s1\"><text>x</text></event></events>\n" SOURCE TAIL,
    PL_ERROR_INVALID, 4, 11, "the phase “s1” is not a phase of this briefing" },
  { "evidence-unknown-source",
    HEAD "  <risks>\n    <risk id=\"k1\"><text>r</text><evidence source=\"s2\" start=\"0\" end=\"1\"/></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "evidence points to “s2”, which is not a source of this briefing" },
  { "evidence-past-end",
    HEAD SOURCE "  <risks>\n    <risk id=\"k1\"><text>r</text><evidence source=\"s1\" start=\"3\" end=\"11\"/></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 6, 5, "evidence ends at character 11, past the end of source “s1” (10 characters)" },
  { "evidence-reversed",
    HEAD SOURCE "  <risks>\n    <risk id=\"k1\"><text>r</text>\n      <evidence source=\"s1\" start=\"5\" end=\"2\"/></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 7, 7, "evidence starts at 5, after its end at 2" },
  { "evidence-not-number",
    HEAD SOURCE "  <risks><risk id=\"k1\"><text>r</text><evidence source=\"s1\" start=\"one\" end=\"2\"/></risk></risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 38, "whole numbers" },
  { "unknown-element",
    HEAD "  <phases>\n    <phase id=\"p1\"><name>a</name>\n      <colour>red</colour></phase>\n  </phases>\n" TAIL,
    PL_ERROR_INVALID, 6, 7, "unexpected element <colour> in <phase>; expected <name>, <summary>, <components>, <evidence>" },
  { "missing-id", HEAD "  <risks>\n    <risk><text>r</text></risk>\n  </risks>\n" TAIL, PL_ERROR_INVALID, 5, 5, "risk" },
  { "unknown-attribute", HEAD "  <risks>\n    <risk id=\"k1\" colour=\"red\"><text>r</text></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "<risk> has an unknown attribute “colour”" },
  { "twice", HEAD "  <risks>\n    <risk id=\"k1\"><text>r</text>\n<text>s</text></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 6, 1, "<text> appears more than once in <risk>" },
  { "stray-text", HEAD "  <risks>stray<risk id=\"k1\"><text>r</text></risk></risks>\n" TAIL,
    PL_ERROR_INVALID, 4, 3, "<risks> holds text outside its elements" },
  { "wrong-item-in-list", HEAD "  <risks>\n    <phase id=\"p1\"><name>n</name></phase>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "unexpected element <phase> in <risks>; expected <risk>" },
  { "invalid-id", HEAD "  <risks>\n    <risk id=\"1 2\"><text>r</text></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "“1 2” is not a valid id" },
  { "markup-in-text", HEAD "  <risks>\n    <risk id=\"k1\"><text>r <b>bold</b></text></risk>\n  </risks>\n" TAIL,
    PL_ERROR_INVALID, 5, 27, "<text> holds only text, not elements such as <b>" },
  { "required-text", HEAD "  <reactions>\n    <reaction id=\"r1\"><text>t</text></reaction>\n  </reactions>\n" TAIL,
    PL_ERROR_INVALID, 5, 5, "<reaction> is missing its <actor> element" },
  { "foreign-element", HEAD "  <x:extra xmlns:x=\"urn:other\"/>\n" TAIL,
    PL_ERROR_INVALID, 4, 3, "unexpected element <extra> in <briefing>" },
  { "no-version", "<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\"><title>x</title></briefing>", PL_ERROR_INVALID, 1, 1,
    "<briefing> is missing its version attribute" },
  { "zero-index", HEAD "  <phases><phase id=\"p1\" index=\"0\"><name>n</name></phase></phases>\n" TAIL,
    PL_ERROR_INVALID, 4, 11, "“0” is not a valid index; expected a whole number from 1 up" },
  { "bad-language", HEAD "  <sources><source id=\"s1\"><language>not a tag</language><text>t</text></source></sources>\n" TAIL,
    PL_ERROR_INVALID, 4, 28, "“not a tag” is not a valid language; expected a language tag such as en, ar or pt-BR" },
  { "bad-version", "<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"one\"><title>x</title></briefing>",
    PL_ERROR_INVALID, 1, 1, "“one” is not a valid format version" },
  { "block-kind", HEAD "  <sources><source id=\"s1\"><text>abc</text>\n    <blocks><block kind=\"table\" start=\"0\" end=\"1\"/></blocks></source></sources>\n" TAIL,
    PL_ERROR_INVALID, 5, 13, "“table” is not a kind of block" },
  { "block-past-end", HEAD "  <sources><source id=\"s1\"><text>abc</text>\n    <blocks><block kind=\"heading\" level=\"1\" start=\"0\" end=\"4\"/></blocks></source></sources>\n" TAIL,
    PL_ERROR_INVALID, 5, 13, "the block from 0 to 4 is not inside the text (3 characters)" },
  { "newer-version",
    "<?xml version=\"1.0\"?>\n<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"7\"><title>x</title></briefing>\n",
    PL_ERROR_VERSION, 2, 1, "saved by a newer Phaseline (format version 7)" },
  { "wrong-namespace", "<?xml version=\"1.0\"?>\n\n<briefing version=\"1\"><title>x</title></briefing>\n",
    PL_ERROR_UNSUPPORTED, 3, 1, "<briefing> is not in Phaseline's namespace" },
  { "other-root", "<?xml version=\"1.0\"?>\n<catalog><book/></catalog>\n",
    PL_ERROR_UNSUPPORTED, 2, 1, "is an XML document whose root element is <catalog>, not a Phaseline briefing" },
  { "doctype",
    "<?xml version=\"1.0\"?>\n<!DOCTYPE briefing [ <!ENTITY a \"aaaa\"> ]>\n<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\"><title>&a;</title></briefing>\n",
    PL_ERROR_FORBIDDEN, 2, 1, "document type declaration" },
  { "undefined-entity", HEAD "  <notes>&nbsp;</notes>\n" TAIL, PL_ERROR_SYNTAX, 4, 16, "nbsp" },
  { "bad-utf8", HEAD "  <notes>caf\xe9</notes>\n" TAIL, PL_ERROR_SYNTAX, 4, 13, "not valid UTF-8" },
  { "text-after-root", HEAD TAIL "junk\n", PL_ERROR_SYNTAX, 5, 1, "Extra content" },
};

static void
test_error_case (gconstpointer data)
{
  const ErrorCase *c = data;
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = pl_test_load_string (c->xml, diagnostics, &error);
  const PlDiagnostic *first = pl_diagnostics_first_error (diagnostics);
  g_autofree char *position = NULL;

  g_assert_null (briefing);
  g_assert_error (error, PL_ERROR, (gint) c->code);
  g_assert_nonnull (first);
  g_test_message ("%s", error->message);
  g_assert_cmpstr (first->file, ==, "test.phaseline");
  g_assert_nonnull (strstr (first->message, c->message));
  g_assert_cmpuint (first->line, ==, c->line);
  if (c->column > 0)
    g_assert_cmpuint (first->column, ==, c->column);
  if (c->line > 0)
    g_assert_cmpuint (first->column, >, 0);

  /* The error message is the first diagnostic, position and all. */
  position = c->line ? g_strdup_printf ("test.phaseline:%u:", c->line) : g_strdup ("test.phaseline: ");
  g_assert_true (g_str_has_prefix (error->message, position));
}

static void
test_all_errors_reported (void)
{
  const char *xml = HEAD "  <phases>\n"
                         "    <phase id=\"p1\" status=\"done\"><name>a</name></phase>\n"
                         "    <phase id=\"p2\" start=\"later\"><name>b</name></phase>\n"
                         "  </phases>\n" TAIL;
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = pl_test_load_string (xml, diagnostics, &error);

  g_assert_null (briefing);
  g_assert_cmpuint (diagnostics->len, ==, 2);
  g_assert_cmpuint (((PlDiagnostic *) diagnostics->pdata[0])->line, ==, 5);
  g_assert_cmpuint (((PlDiagnostic *) diagnostics->pdata[1])->line, ==, 6);
}

static void
test_minimal_valid (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing =
      pl_test_load_string (HEAD "  <!-- a comment -->\n  <?pi ignored?>\n"
                                "  <phases><phase id=\"p1\" index=\"2\"><name>One</name></phase></phases>\n" TAIL,
                           NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pl_briefing_get_title (briefing), ==, "T");
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (briefing)), ==, 1);
}

static void
test_other_order (void)
{
  /* Hand-written files may order elements freely. */
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = pl_test_load_string (
      "<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\">"
      "<risks><risk id=\"k\" severity=\"high\"><evidence source=\"s\" start=\"0\" end=\"2\"/><text>r</text></risk></risks>"
      "<sources><source id=\"s\"><text>abc</text><title>S</title></source></sources>"
      "<title>Late title</title></briefing>",
      NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pl_briefing_get_title (briefing), ==, "Late title");
  g_assert_cmpint (pl_risk_get_severity (PL_RISK (pl_briefing_lookup (briefing, "k"))), ==, PL_LEVEL_HIGH);
}

/* Damage a valid file at random in many ways: loading never crashes, and
 * whatever is wrong is reported with a line and a column. */
static void
test_mutations (void)
{
  g_autoptr (PlBriefing) original = pl_test_make_briefing ();
  g_autoptr (GBytes) bytes = pl_format_write (original);
  const char *xml = g_bytes_get_data (bytes, NULL);
  gsize length = g_bytes_get_size (bytes);
  guint failed = 0;

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr (GString) text = g_string_new_len (xml, (gssize) length);
      g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (PlBriefing) briefing = NULL;
      gsize at = (gsize) g_test_rand_int_range (0, (gint32) text->len);
      gsize span = (gsize) g_test_rand_int_range (1, 24);
      const PlDiagnostic *first;

      span = MIN (span, text->len - at);
      switch (round % 4)
        {
        case 0: /* cut */
          g_string_erase (text, (gssize) at, (gssize) span);
          break;
        case 1: /* repeat */
          g_string_insert_len (text, (gssize) at, text->str + at, (gssize) span);
          break;
        case 2: /* overwrite with markup */
          text->str[at] = "<>\"'&=/ x1"[g_test_rand_int_range (0, 11)];
          break;
        default: /* move a piece elsewhere */
          {
            g_autofree char *piece = g_strndup (text->str + at, span);
            g_string_erase (text, (gssize) at, (gssize) span);
            g_string_insert (text, g_test_rand_int_range (0, (gint32) text->len), piece);
          }
        }

      briefing = pl_load_data (text->str, text->len, "m.phaseline", diagnostics, &error);
      if (briefing != NULL)
        continue;
      failed++;
      first = pl_diagnostics_first_error (diagnostics);
      g_assert_nonnull (first);
      if (first->line == 0 || first->column == 0)
        g_error ("no position for “%s” in:\n%s", first->message, text->str);
    }
  g_assert_cmpuint (failed, >, 1000);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/format/round-trip/memory", test_round_trip);
  g_test_add_func ("/format/round-trip/file", test_round_trip_file);
  g_test_add_func ("/format/round-trip/empty", test_empty_briefing);
  g_test_add_func ("/format/write/missing-ids", test_missing_ids_assigned);
  g_test_add_func ("/format/read/minimal", test_minimal_valid);
  g_test_add_func ("/format/read/any-order", test_other_order);
  g_test_add_func ("/format/errors/all-reported", test_all_errors_reported);
  g_test_add_func ("/format/errors/mutations", test_mutations);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/errors/%s", error_cases[i].name);
      g_test_add_data_func (path, &error_cases[i], test_error_case);
    }
  return g_test_run ();
}
