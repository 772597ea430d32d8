/* test-builtin.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-loader.h"
#include "pl-test-util.h"

static guint
n_items (GListModel *list)
{
  return g_list_model_get_n_items (list);
}

static void
test_content (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlPhase) first = NULL;
  g_autoptr (PlPhase) second = NULL;
  guint stances[PL_STANCE_NEUTRAL + 1] = { 0 };
  guint high = 0;

  g_assert_cmpstr (pl_briefing_get_title (briefing), ==, "Gaza peace plan: the second phase");
  g_assert_cmpuint (n_items (pl_briefing_get_sources (briefing)), ==, 1);
  g_assert_cmpuint (n_items (pl_briefing_get_phases (briefing)), ==, 2);

  first = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  second = g_list_model_get_item (pl_briefing_get_phases (briefing), 1);
  g_assert_cmpint (pl_phase_get_status (first), ==, PL_STATUS_COMPLETED);
  g_assert_cmpint (pl_phase_get_status (second), ==, PL_STATUS_CURRENT);
  g_assert_cmpuint (n_items (pl_phase_get_components (first)), ==, 2);
  g_assert_cmpuint (n_items (pl_phase_get_components (second)), >=, 4);

  for (guint i = 0; i < n_items (pl_briefing_get_reactions (briefing)); i++)
    {
      g_autoptr (PlReaction) r = g_list_model_get_item (pl_briefing_get_reactions (briefing), i);
      stances[pl_reaction_get_stance (r)]++;
    }
  g_assert_cmpuint (stances[PL_STANCE_SUPPORT], >, 0);
  g_assert_cmpuint (stances[PL_STANCE_SKEPTICAL], >, 0);

  for (guint i = 0; i < n_items (pl_briefing_get_risks (briefing)); i++)
    {
      g_autoptr (PlRisk) r = g_list_model_get_item (pl_briefing_get_risks (briefing), i);
      high += pl_risk_get_severity (r) == PL_LEVEL_HIGH;
    }
  g_assert_cmpuint (high, >=, 3);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || c == '\'';
}

static void
check_evidence (gpointer data,
                gpointer user_data)
{
  PlBriefing *briefing = user_data;
  PlItem *item = data;

  if (PL_IS_SOURCE (item))
    return;
  /* Every point of the example shows where it comes from. */
  g_assert_cmpuint (pl_item_get_n_evidence (item), >, 0);
  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *e = pl_item_get_evidence (item, i);
      PlSource *source = pl_briefing_lookup_source (briefing, e->source);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *text = pl_briefing_dup_evidence_text (briefing, e);

      g_assert_nonnull (source);
      g_assert_cmpuint (e->start, <, e->end);
      g_assert_cmpuint (e->end, <=, pl_source_get_length (source));
      /* Whole words: not cut inside one at either end. */
      before = e->start ? pl_source_dup_excerpt (source, e->start - 1, e->start) : g_strdup (" ");
      after = pl_source_dup_excerpt (source, e->end, e->end + 1);
      g_test_message ("%s: %s", pl_item_get_id (item), text);
      g_assert_false (is_word_char (g_utf8_get_char (before)) && is_word_char (g_utf8_get_char (text)));
      g_assert_false (after[0] && is_word_char (g_utf8_get_char (after)) &&
                      is_word_char (g_utf8_get_char (g_utf8_prev_char (text + strlen (text)))));
    }
}

static void
test_evidence (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();

  pl_briefing_foreach_item (briefing, check_evidence, briefing);
}

/* The example is ours: no run of eight words may come from the article it
 * summarises. */
static void
test_own_words (void)
{
  const char *shared = pl_test_shared_dir ();
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autofree char *path = NULL;
  g_autofree char *article = NULL;
  g_auto (GStrv) words = NULL;
  g_autoptr (GString) ours = g_string_new (NULL);
  g_autoptr (GPtrArray) clean = g_ptr_array_new ();
  PlSource *source;

  if (shared == NULL)
    {
      g_test_skip ("../shared/articles is not present (as on a user's machine)");
      return;
    }
  path = g_build_filename (shared, "articles", "gaza-peace-plan-phase-two.txt", NULL);
  g_assert_true (g_file_get_contents (path, &article, NULL, NULL));

  source = pl_briefing_lookup_source (briefing, "s1");
  g_string_append (ours, pl_source_get_text (source));
  for (guint i = 0; i < 4; i++)
    {
      GListModel *lists[] = { pl_briefing_get_phases (briefing), pl_briefing_get_reactions (briefing),
                              pl_briefing_get_risks (briefing), pl_briefing_get_events (briefing) };
      for (guint j = 0; j < n_items (lists[i]); j++)
        {
          g_autoptr (PlItem) item = g_list_model_get_item (lists[i], j);
          g_string_append_printf (ours, " %s", pl_item_get_label (item));
        }
    }

  words = g_regex_split_simple ("[^[:alnum:]']+", article, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (clean, words[i]);
  {
    g_autofree char *ours_lower = g_utf8_strdown (ours->str, -1);
    g_auto (GStrv) our_words = g_regex_split_simple ("[^[:alnum:]']+", ours_lower, 0, 0);
    g_autofree char *joined_ours = g_strjoinv (" ", our_words);

    for (guint i = 0; i + 8 <= clean->len; i++)
      {
        GString *run = g_string_new (NULL);

        for (guint j = 0; j < 8; j++)
          g_string_append_printf (run, "%s%s", j ? " " : "", (char *) clean->pdata[i + j]);
        {
          g_autofree char *lower = g_utf8_strdown (run->str, -1);
          if (strstr (joined_ours, lower) != NULL)
            g_error ("copied from the article: “%s”", run->str);
        }
        g_string_free (run, TRUE);
      }
  }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/builtin/content", test_content);
  g_test_add_func ("/builtin/evidence", test_evidence);
  g_test_add_func ("/builtin/own-words", test_own_words);
  return g_test_run ();
}
