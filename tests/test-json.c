/* test-json.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "pl-json.h"
#include "pl-test-util.h"

static JsonObject *
parse (PlBriefing *briefing,
       JsonParser *parser)
{
  g_autoptr (GBytes) bytes = pl_json_write (briefing);
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                              (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

/* The public interface names its members exactly so, in this order. */
static void
assert_members (JsonObject *object,
                const char *const *expected)
{
  g_autoptr (GList) members = json_object_get_members (object);
  GList *l = members;

  for (guint i = 0; expected[i] != NULL; i++, l = l->next)
    {
      g_assert_nonnull (l);
      g_assert_cmpstr (l->data, ==, expected[i]);
    }
}

static JsonObject *
first_of (JsonObject *object,
          const char *member)
{
  JsonArray *array = json_object_get_array_member (object, member);

  g_assert_cmpuint (json_array_get_length (array), >, 0);
  return json_array_get_object_element (array, 0);
}

static void
test_names (void)
{
  static const char *const top[] = { "format", "version", "title", "subtitle", "byline",
                                     "published", "notes", "sources", "phases", "reactions",
                                     "risks", "events", NULL };
  static const char *const source[] = { "id", "title", "byline", "published", "site", "url",
                                        "file", "language", "text", "blocks", NULL };
  static const char *const phase[] = { "id", "index", "name", "status", "start", "end",
                                       "summary", "parent", "components", "evidence", NULL };
  static const char *const component[] = { "id", "text", "category", "status", "evidence", NULL };
  static const char *const reaction[] = { "id", "actor", "actor_kind", "stance", "text",
                                          "quote", "evidence", NULL };
  static const char *const risk[] = { "id", "text", "category", "likelihood", "severity",
                                      "evidence", NULL };
  static const char *const event[] = { "id", "date", "text", "phase", "evidence", NULL };
  static const char *const evidence[] = { "source", "start", "end", "text", NULL };
  static const char *const block[] = { "kind", "level", "start", "end", NULL };
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (briefing, parser);
  JsonObject *p2 = json_array_get_object_element (json_object_get_array_member (root, "phases"), 1);

  assert_members (root, top);
  assert_members (first_of (root, "sources"), source);
  assert_members (first_of (root, "phases"), phase);
  assert_members (first_of (p2, "components"), component);
  assert_members (first_of (root, "reactions"), reaction);
  assert_members (first_of (root, "risks"), risk);
  assert_members (first_of (root, "events"), event);
  assert_members (first_of (first_of (root, "reactions"), "evidence"), evidence);
  assert_members (first_of (first_of (root, "sources"), "blocks"), block);
}

static void
test_values (void)
{
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (briefing, parser);
  JsonObject *phase = first_of (root, "phases");
  JsonObject *reaction = first_of (root, "reactions");
  JsonObject *evidence = first_of (reaction, "evidence");
  JsonObject *risk = first_of (root, "risks");

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "phaseline-briefing");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Plan <A> & \"B\"");
  g_assert_cmpstr (json_object_get_string_member (root, "published"), ==, "2025-10-14");
  g_assert_cmpint (json_object_get_int_member (phase, "index"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (phase, "status"), ==, "completed");
  g_assert_cmpstr (json_object_get_string_member (phase, "start"), ==, "2025-10~");
  g_assert_true (json_object_get_null_member (phase, "parent"));
  g_assert_cmpstr (json_object_get_string_member (reaction, "actor_kind"), ==, "analyst");
  g_assert_cmpstr (json_object_get_string_member (reaction, "stance"), ==, "skeptical");
  g_assert_cmpstr (json_object_get_string_member (evidence, "source"), ==, "s1");
  g_assert_cmpint (json_object_get_int_member (evidence, "start"), ==, 52);
  g_assert_cmpstr (json_object_get_string_member (evidence, "text"), ==, " ✓ Done ");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (risk, "evidence")), ==, 0);
  g_assert_cmpstr (json_object_get_string_member (risk, "likelihood"), ==, "low");
}

static void
test_empty (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root = parse (briefing, parser);

  g_assert_true (json_object_get_null_member (root, "title"));
  g_assert_true (json_object_get_null_member (root, "published"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "phases")), ==, 0);
}

static void
test_offsets_are_characters (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlSource) source = pl_source_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  pl_item_set_id (PL_ITEM (source), "s1");
  pl_source_set_text (source, "المرحلة الثانية — 🚀 next");
  pl_briefing_add_item (briefing, PL_ITEM (source));
  pl_item_add_evidence (PL_ITEM (risk), "s1", 8, 15);
  pl_briefing_add_item (briefing, PL_ITEM (risk));
  root = parse (briefing, parser);
  g_assert_cmpstr (json_object_get_string_member (first_of (first_of (root, "risks"), "evidence"), "text"),
                   ==, "الثانية");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/names", test_names);
  g_test_add_func ("/json/values", test_values);
  g_test_add_func ("/json/empty", test_empty);
  g_test_add_func ("/json/offsets-are-characters", test_offsets_are_characters);
  return g_test_run ();
}
