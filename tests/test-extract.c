/* test-extract.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-extract.h"
#include "pl-loader.h"
#include "pl-test-util.h"

static PlBriefing *
load (const char *first,
      ...)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing;
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *path = pl_test_data_path (name);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  va_end (args);
  briefing = pl_load_files ((GFile **) files->pdata, files->len, NULL, &error);
  g_assert_no_error (error);
  return briefing;
}

/* A briefing from an article given as text: a title line, a blank line
 * and the body. Sentence-level tests of single rules use it; the text is
 * ours, written for the test. */
static PlBriefing *
extract_text (const char *body)
{
  g_autofree char *text = g_strconcat ("Officials outline the plan\n\nBy Test Writer\nMarch 3, 2025\n\n", body, "\n", NULL);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing = pl_load_data (text, strlen (text), "test.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static PlPhase *
phase_at (PlBriefing *briefing,
          guint index)
{
  GListModel *phases = pl_briefing_get_phases (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      if (pl_phase_get_index (phase) == index)
        return phase;
    }
  return NULL;
}

static gpointer
find_labelled (GListModel *list,
               const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (PlItem) item = g_list_model_get_item (list, i);
      if (strstr (pl_item_get_label (item), needle) != NULL)
        return item;
    }
  return NULL;
}

static char *
first_evidence (PlBriefing *briefing,
                gpointer item)
{
  g_assert_cmpuint (pl_item_get_n_evidence (item), >, 0);
  return pl_briefing_dup_evidence_text (briefing, pl_item_get_evidence (item, 0));
}

static void
test_phases (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  PlPhase *first = phase_at (briefing, 1), *second = phase_at (briefing, 2), *third = phase_at (briefing, 3);
  g_autofree char *start = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (briefing)), ==, 3);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_cmpint (pl_phase_get_status (first), ==, PL_STATUS_COMPLETED);
  g_assert_cmpint (pl_phase_get_status (second), ==, PL_STATUS_CURRENT);
  g_assert_cmpint (pl_phase_get_status (third), ==, PL_STATUS_PLANNED);
  /* "on Monday began the second phase", published Monday 2 March. */
  start = pl_date_to_string (pl_phase_get_start (second));
  g_assert_cmpstr (start, ==, "2026-03-02");
}

static void
test_components (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *first = pl_phase_get_components (phase_at (briefing, 1));
  GListModel *second = pl_phase_get_components (phase_at (briefing, 2));
  PlComponent *crossings = find_labelled (second, "river crossings");
  PlComponent *commission = find_labelled (second, "joint commission");
  g_autofree char *evidence = NULL;

  /* "focused on withdrawing heavy weapons and exchanging prisoners". */
  g_assert_nonnull (find_labelled (first, "Withdrawing heavy weapons"));
  g_assert_nonnull (find_labelled (first, "Exchanging prisoners"));
  /* The list after "the new phase includes:". */
  g_assert_cmpuint (g_list_model_get_n_items (second), ==, 3);
  g_assert_nonnull (crossings);
  g_assert_nonnull (commission);
  g_assert_cmpint (pl_component_get_category (commission), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_cmpint (pl_component_get_category (find_labelled (second, "electricity")), ==, PL_CATEGORY_HUMANITARIAN);
  evidence = first_evidence (briefing, crossings);
  g_assert_cmpstr (evidence, ==, "Reopening the four river crossings to civilian traffic");
  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (briefing, 3)), "Elections"));
}

static void
test_reactions (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  PlReaction *un = find_labelled (reactions, "United Nations");
  PlReaction *opposition = find_labelled (reactions, "Opposition leaders");
  PlReaction *analysts = find_labelled (reactions, "analysts");
  PlReaction *park = find_labelled (reactions, "Lena Park");
  g_autofree char *evidence = NULL;

  g_assert_nonnull (un);
  g_assert_cmpint (pl_reaction_get_stance (un), ==, PL_STANCE_SUPPORT);
  g_assert_cmpint (pl_reaction_get_actor_kind (un), ==, PL_ACTOR_KIND_ORGANIZATION);
  g_assert_cmpint (pl_reaction_get_stance (opposition), ==, PL_STANCE_SKEPTICAL);
  g_assert_cmpint (pl_reaction_get_stance (analysts), ==, PL_STANCE_SKEPTICAL);
  g_assert_cmpint (pl_reaction_get_actor_kind (analysts), ==, PL_ACTOR_KIND_ANALYST);
  g_assert_cmpint (pl_reaction_get_actor_kind (park), ==, PL_ACTOR_KIND_PERSON);
  g_assert_cmpstr (pl_reaction_get_quote (park), ==, NULL); /* straight quotes: not a “…” quote */
  evidence = first_evidence (briefing, un);
  g_assert_true (g_str_has_prefix (evidence, "The United Nations welcomed"));
}

static void
test_risks (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *risks = pl_briefing_get_risks (briefing);
  PlRisk *violation = find_labelled (risks, "Violation of the ceasefire");
  PlRisk *mistrust = find_labelled (risks, "mistrust");
  g_autofree char *evidence = NULL;

  /* "Any violation …, delays in …, or a dispute … could derail" is three. */
  g_assert_nonnull (violation);
  g_assert_nonnull (find_labelled (risks, "Delays in paying"));
  g_assert_nonnull (find_labelled (risks, "river islands"));
  g_assert_nonnull (mistrust);
  g_assert_cmpint (pl_risk_get_category (violation), ==, PL_CATEGORY_SECURITY);
  g_assert_cmpint (pl_risk_get_severity (violation), ==, PL_LEVEL_HIGH);
  evidence = first_evidence (briefing, violation);
  g_assert_cmpstr (evidence, ==, "violation of the ceasefire");
}

static void
test_events (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *events = pl_briefing_get_events (briefing);
  const char *expected[][2] = {
    { "2026-03-02", "began the second phase" },
    { "2026-02-23~", "ended last week" },
    { "2027", "Phase 3" },
    { "2026-04-01~", "within 30 days" },
  };

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (PlEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = pl_date_to_string (pl_event_get_date (event));

      g_assert_cmpstr (date, ==, expected[i][0]);
      g_assert_nonnull (strstr (pl_event_get_text (event), expected[i][1]));
    }
}

static void
test_merge_sources (void)
{
  /* Given newest first, the briefing still reads oldest first. */
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord-update.txt", "articles/river-accord.txt", NULL);
  g_autoptr (PlSource) first = g_list_model_get_item (pl_briefing_get_sources (briefing), 0);
  PlPhase *second = phase_at (briefing, 2);
  PlReaction *un = find_labelled (pl_briefing_get_reactions (briefing), "United Nations");
  PlRisk *violation = find_labelled (pl_briefing_get_risks (briefing), "iolation of the ceasefire");
  g_autoptr (GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (pl_source_get_title (first), ==, "Northern River Accord Enters Its Second Phase");
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (briefing)), ==, 3);
  /* One phase, one reaction, one risk, with evidence from both. */
  for (guint i = 0; i < pl_item_get_n_evidence (PL_ITEM (second)); i++)
    g_hash_table_add (sources, pl_item_get_evidence (PL_ITEM (second), i)->source);
  g_assert_cmpuint (g_hash_table_size (sources), ==, 2);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (un)), ==, 2);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (violation)), ==, 2);
}

static void
test_empty_and_large (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlSource) empty = pl_source_new ();
  g_autoptr (PlSource) large = pl_source_new ();
  GString *text = g_string_new (NULL);

  pl_briefing_add_item (briefing, PL_ITEM (empty));
  pl_extract_source (briefing, empty);

  /* Ten thousand sentences of cues: time grows with the text, no more. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "Officials said the second phase will include step %u, and critics warned it could fail. ", i);
  pl_source_set_text (large, text->str);
  g_string_free (text, TRUE);
  pl_briefing_add_item (briefing, PL_ITEM (large));
  pl_extract_source (briefing, large);
  g_assert_nonnull (phase_at (briefing, 2));
}

static void
test_sentence_phase (void)
{
  g_autoptr (PlBriefing) briefing =
      extract_text ("The ministry said the second phase of the programme will begin in May.");
  PlPhase *second = phase_at (briefing, 2);

  g_assert_nonnull (second);
  g_assert_cmpint (pl_phase_get_status (second), ==, PL_STATUS_PLANNED);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/phases", test_phases);
  g_test_add_func ("/extract/sentence-phase", test_sentence_phase);
  g_test_add_func ("/extract/components", test_components);
  g_test_add_func ("/extract/reactions", test_reactions);
  g_test_add_func ("/extract/risks", test_risks);
  g_test_add_func ("/extract/events", test_events);
  g_test_add_func ("/extract/merge-sources", test_merge_sources);
  g_test_add_func ("/extract/empty-and-large", test_empty_and_large);
  return g_test_run ();
}
