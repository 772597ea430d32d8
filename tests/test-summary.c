/* test-summary.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-component.h"
#include "pl-export.h"
#include "pl-loader.h"
#include "pl-phase.h"
#include "pl-reaction.h"
#include "pl-risk.h"
#include "pl-summary-export.h"
#include "pl-test-briefing.h"
#include "pl-test-long.h"
#include "pl-test-util.h"

/* The printed summary: what it says, on which paper, inside the margins,
 * without losing rows of a long briefing, and its PDF and Markdown. */

typedef struct
{
  const char *name;
  gboolean letter;
  gboolean landscape;
  double width, height; /* points */
} Paper;

static const Paper papers[] = {
  { "a4-portrait", FALSE, FALSE, 595.276, 841.89 },
  { "a4-landscape", FALSE, TRUE, 841.89, 595.276 },
  { "letter-portrait", TRUE, FALSE, 612, 792 },
  { "letter-landscape", TRUE, TRUE, 792, 612 },
};

static GDateTime *
fixed_date (void)
{
  return g_date_time_new_utc (2026, 3, 2, 9, 30, 0);
}

/* @text without any white space, so that line breaks do not matter. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00ad && c != '-' && c != 0x2010)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *squeezed,
                 const char *text)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (squeezed, needle) == NULL)
    g_error ("“%s” is missing", text);
}

/* Every phase, component, reaction and risk of @briefing is in @text. */
static void
assert_every_item (PlBriefing *briefing,
                   const char *text)
{
  g_autofree char *squeezed = squeeze (text);
  GListModel *phases = pl_briefing_get_phases (briefing);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  GListModel *risks = pl_briefing_get_risks (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      GListModel *components = pl_phase_get_components (phase);

      assert_contains (squeezed, pl_phase_get_name (phase));
      for (guint j = 0; j < g_list_model_get_n_items (components); j++)
        {
          g_autoptr (PlComponent) component = g_list_model_get_item (components, j);
          assert_contains (squeezed, pl_component_get_text (component));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);

      assert_contains (squeezed, pl_reaction_get_actor (reaction));
      if (pl_reaction_get_text (reaction) != NULL)
        assert_contains (squeezed, pl_reaction_get_text (reaction));
    }
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr (PlRisk) risk = g_list_model_get_item (risks, i);
      assert_contains (squeezed, pl_risk_get_text (risk));
    }
}

static char *
run_tool (const char *name,
          const char *const *args)
{
  g_autofree char *tool = g_find_program_in_path (name);
  g_autoptr (GStrvBuilder) builder = NULL;
  g_auto (GStrv) argv = NULL;
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (tool == NULL)
    return NULL;
  builder = g_strv_builder_new ();
  g_strv_builder_add (builder, tool);
  for (guint i = 0; args[i] != NULL; i++)
    g_strv_builder_add (builder, args[i]);
  argv = g_strv_builder_end (builder);
  g_assert_true (g_spawn_sync (NULL, argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
export_pdf (PlBriefing *briefing,
            const char *dir,
            const char *name,
            const PlSummaryExportOptions *options)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = pl_summary_export_pdf (briefing, options, &error);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error));
  g_assert_no_error (error);
  return path;
}

static void
test_pdf_text (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (GDateTime) printed = fixed_date ();
  PlSummaryExportOptions options = { .printed = printed };
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *path = export_pdf (briefing, dir, "summary.pdf", &options);
  const char *args[] = { "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *text = run_tool ("pdftotext", args);

  if (text == NULL)
    {
      pl_test_remove_tree (dir);
      g_test_skip ("pdftotext is not installed");
      return;
    }
  assert_every_item (briefing, text);
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, "Printed 2 March 2026"));
  g_assert_nonnull (strstr (text, "Sources and evidence"));
  g_assert_nonnull (strstr (text, "U.S. Announces Launch of Second Phase"));
  pl_test_remove_tree (dir);
}

static void
assert_inside (PlSummary *summary)
{
  double bx, by, bw, bh;

  pl_summary_get_printable_box (summary, &bx, &by, &bw, &bh);
  for (guint p = 0; p < pl_summary_get_n_pages (summary); p++)
    {
      g_assert_cmpuint (pl_summary_get_n_blocks (summary, p), >, 0);
      for (guint b = 0; b < pl_summary_get_n_blocks (summary, p); b++)
        {
          PlSummaryBlockInfo info;

          pl_summary_get_block (summary, p, b, &info);
          g_assert_cmpfloat (info.x, >=, bx - 0.01);
          g_assert_cmpfloat (info.y, >=, by - 0.01);
          g_assert_cmpfloat (info.x + info.width, <=, bx + bw + 0.01);
          g_assert_cmpfloat (info.y + info.height, <=, by + bh + 0.01);
        }
    }
}

/* No heading is the last text block above a page's footer. */
static void
assert_no_orphan_headings (PlSummary *summary)
{
  for (guint p = 0; p + 1 < pl_summary_get_n_pages (summary); p++)
    {
      guint n = pl_summary_get_n_blocks (summary, p);
      PlSummaryBlockInfo last = { 0 };

      /* The footer's two lines come last. */
      for (guint b = 0; b + 2 < n; b++)
        {
          PlSummaryBlockInfo info;

          pl_summary_get_block (summary, p, b, &info);
          if (info.y >= last.y)
            last = info;
        }
      g_assert_false (last.is_heading);
    }
}

static void
test_paper (gconstpointer data)
{
  const Paper *paper = data;
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (GDateTime) printed = fixed_date ();
  PlSummaryExportOptions options = { .printed = printed };
  g_autoptr (PlSummary) summary = NULL;
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *path = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages = NULL;
  double width, height;

  pl_summary_page_init (&options.page, paper->letter, paper->landscape);
  summary = pl_summary_new (briefing, &options.page, PL_SUMMARY_SECTIONS_ALL, PL_TIMELINE_MODE_AUTO, printed);
  pl_summary_get_page_size (summary, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, paper->width, 0.01);
  g_assert_cmpfloat_with_epsilon (height, paper->height, 0.01);
  g_assert_cmpuint (pl_summary_get_n_pages (summary), >=, 2);
  g_assert_cmpuint (pl_summary_get_n_pages (summary), <=, 5);
  assert_inside (summary);
  assert_no_orphan_headings (summary);

  path = export_pdf (briefing, dir, "summary.pdf", &options);
  {
    const char *args[] = { path, NULL };
    info = run_tool ("pdfinfo", args);
  }
  if (info == NULL)
    {
      pl_test_remove_tree (dir);
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  pages = g_strdup_printf ("Pages:           %u\n", pl_summary_get_n_pages (summary));
  g_assert_nonnull (strstr (info, pages));
  {
    g_autofree char *size = g_strdup_printf ("Page size:       %g x %g pts", paper->width, paper->height);
    g_assert_nonnull (strstr (info, size));
  }
  pl_test_remove_tree (dir);
}

/* Printer margins wider than the summary's own move the text inwards. */
static void
test_margins (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  PlSummaryPage page;
  g_autoptr (PlSummary) summary = NULL;
  double x, y, w, h;

  pl_summary_page_init (&page, TRUE, FALSE);
  page.margin_left = 72;
  page.margin_top = 90;
  summary = pl_summary_new (briefing, &page, PL_SUMMARY_SECTIONS_ALL, PL_TIMELINE_MODE_AUTO, NULL);
  pl_summary_get_printable_box (summary, &x, &y, &w, &h);
  g_assert_cmpfloat_with_epsilon (x, 72, 0.01);
  g_assert_cmpfloat_with_epsilon (y, 90, 0.01);
  g_assert_cmpfloat_with_epsilon (x + w, 612 - PL_SUMMARY_MIN_MARGIN, 0.01);
  assert_inside (summary);
}

/* The text of every block, in order, without white space. */
static char *
all_text (PlSummary *summary)
{
  GString *text = g_string_new (NULL);

  for (guint p = 0; p < pl_summary_get_n_pages (summary); p++)
    for (guint b = 0; b < pl_summary_get_n_blocks (summary, p); b++)
      {
        PlSummaryBlockInfo info;

        pl_summary_get_block (summary, p, b, &info);
        if (info.text != NULL)
          g_string_append (text, info.text);
      }
  return g_string_free (text, FALSE);
}

static void
test_long (void)
{
  g_autoptr (PlBriefing) briefing = pl_test_briefing_generate (300, 7, TRUE);
  g_autoptr (PlSummary) summary = NULL;
  g_autofree char *text = NULL;

  pl_test_briefing_lengthen (briefing);
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      PlSummaryPage page;

      pl_summary_page_init (&page, papers[i].letter, papers[i].landscape);
      g_clear_object (&summary);
      summary = pl_summary_new (briefing, &page, PL_SUMMARY_SECTIONS_ALL, PL_TIMELINE_MODE_AUTO, NULL);
      g_assert_cmpuint (pl_summary_get_n_pages (summary), >, 5);
      assert_inside (summary);
      assert_no_orphan_headings (summary);
    }
  text = all_text (summary);
  assert_every_item (briefing, text);
}

/* Whether the bytes of @pdf, binary streams and all, hold @text. */
static gboolean
pdf_has (GBytes *pdf,
         const char *text)
{
  gsize size;
  const char *data = g_bytes_get_data (pdf, &size);

  gsize length = strlen (text);

  for (gsize i = 0; i + length <= size; i++)
    if (data[i] == text[0] && memcmp (data + i, text, length) == 0)
      return TRUE;
  return FALSE;
}

static void
test_metadata_outline (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (GDateTime) printed = fixed_date ();
  PlSummaryExportOptions options = { .printed = printed };
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = pl_summary_export_pdf (briefing, &options, &error);
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *path = export_pdf (briefing, dir, "summary.pdf", &options);
  const char *args[] = { path, NULL };
  g_autofree char *info = NULL;
  const char *sections[] = { "Timeline", "Phases and components", "Reactions", "Risks", "Sources and evidence" };

  g_assert_no_error (error);
  /* A bookmark per section, in the PDF's outline. */
  g_assert_true (pdf_has (pdf, "/Type /Outlines"));
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *title = g_strdup_printf ("/Title (%s)", sections[i]);
      g_assert_true (pdf_has (pdf, title));
    }
  info = run_tool ("pdfinfo", args);
  if (info == NULL)
    {
      pl_test_remove_tree (dir);
      g_test_skip ("pdfinfo is not installed");
      return;
    }
  g_assert_nonnull (strstr (info, "Title:           Gaza peace plan: the second phase"));
  g_assert_nonnull (strstr (info, "Author:          "));
  g_assert_nonnull (strstr (info, "Subject:         Summary of the briefing"));
  g_assert_nonnull (strstr (info, "CreationDate:    Mon Mar  2 09:30:00 2026"));
  pl_test_remove_tree (dir);
}

static void
test_markdown (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (GDateTime) printed = fixed_date ();
  PlSummaryExportOptions options = { .printed = printed };
  g_autoptr (GBytes) md = pl_summary_export_markdown (briefing, &options);
  g_autofree char *text = g_strndup (g_bytes_get_data (md, NULL), g_bytes_get_size (md));
  g_autofree char *plain = NULL;
  g_auto (GStrv) parts = NULL;

  g_assert_true (g_str_has_prefix (text, "# Gaza peace plan: the second phase\n"));
  g_assert_nonnull (strstr (text, "\n## Phases and components\n"));
  g_assert_nonnull (strstr (text, "\n## Reactions\n"));
  g_assert_nonnull (strstr (text, "\n## Risks\n"));
  g_assert_nonnull (strstr (text, "\n## Sources and evidence\n"));
  g_assert_nonnull (strstr (text, "\n[^1]: “"));
  g_assert_nonnull (strstr (text, "Printed 2 March 2026"));
  /* The escapes read as the text they escape. */
  parts = g_strsplit (text, "\\", -1);
  plain = g_strjoinv ("", parts);
  assert_every_item (briefing, plain);

  /* Only the sections asked for. */
  g_clear_pointer (&md, g_bytes_unref);
  options.sections = PL_SUMMARY_SECTION_RISKS;
  md = pl_summary_export_markdown (briefing, &options);
  g_free (text);
  text = g_strndup (g_bytes_get_data (md, NULL), g_bytes_get_size (md));
  g_assert_null (strstr (text, "## Reactions"));
  g_assert_nonnull (strstr (text, "## Risks"));
}

static void
test_sections (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlSummary) all = pl_summary_new (briefing, NULL, PL_SUMMARY_SECTIONS_ALL, PL_TIMELINE_MODE_AUTO, NULL);
  g_autoptr (PlSummary) timeline = pl_summary_new (briefing, NULL, PL_SUMMARY_SECTION_TIMELINE, PL_TIMELINE_MODE_AUTO,
                                                   NULL);
  g_autofree char *text = all_text (timeline);
  PlSummarySections parsed = 0;
  guint page;

  g_assert_cmpuint (pl_summary_get_n_outline (all), ==, PL_SUMMARY_N_SECTIONS);
  g_assert_cmpuint (pl_summary_get_n_outline (timeline), ==, 1);
  g_assert_cmpstr (pl_summary_get_outline (timeline, 0, &page), ==, "Timeline");
  g_assert_cmpuint (page, ==, 0);
  g_assert_cmpuint (pl_summary_get_n_pages (timeline), ==, 1);
  g_assert_null (strstr (text, "Reactions"));

  g_assert_true (pl_summary_sections_parse ("risks, phases", &parsed));
  g_assert_cmpint (parsed, ==, PL_SUMMARY_SECTION_RISKS | PL_SUMMARY_SECTION_PHASES);
  g_assert_true (pl_summary_sections_parse ("all", &parsed));
  g_assert_cmpint (parsed, ==, PL_SUMMARY_SECTIONS_ALL);
  g_assert_false (pl_summary_sections_parse ("risks,weather", &parsed));
}

static void
test_content_for_name (void)
{
  g_assert_cmpint (pl_export_content_for_name ("summary.pdf", PL_EXPORT_CONTENT_AUTO), ==, PL_EXPORT_CONTENT_SUMMARY);
  g_assert_cmpint (pl_export_content_for_name ("/tmp/Summary-Gaza.PDF", PL_EXPORT_CONTENT_AUTO), ==,
                   PL_EXPORT_CONTENT_SUMMARY);
  g_assert_cmpint (pl_export_content_for_name ("brief.md", PL_EXPORT_CONTENT_AUTO), ==, PL_EXPORT_CONTENT_SUMMARY);
  g_assert_cmpint (pl_export_content_for_name ("slides.pdf", PL_EXPORT_CONTENT_AUTO), ==, PL_EXPORT_CONTENT_SLIDES);
  g_assert_cmpint (pl_export_content_for_name ("gaza.pdf", PL_EXPORT_CONTENT_AUTO), ==, PL_EXPORT_CONTENT_TIMELINE);
  g_assert_cmpint (pl_export_content_for_name ("gaza.pdf", PL_EXPORT_CONTENT_SUMMARY), ==, PL_EXPORT_CONTENT_SUMMARY);
  g_assert_nonnull (pl_exporter_for_name ("notes.md"));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/summary/pdf/text", test_pdf_text);
  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      g_autofree char *path = g_strdup_printf ("/summary/paper/%s", papers[i].name);
      g_test_add_data_func (path, &papers[i], test_paper);
    }
  g_test_add_func ("/summary/margins", test_margins);
  g_test_add_func ("/summary/long", test_long);
  g_test_add_func ("/summary/pdf/metadata-outline", test_metadata_outline);
  g_test_add_func ("/summary/markdown", test_markdown);
  g_test_add_func ("/summary/sections", test_sections);
  g_test_add_func ("/summary/content-for-name", test_content_for_name);
  return g_test_run ();
}
