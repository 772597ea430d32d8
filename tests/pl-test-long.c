/* pl-test-long.c: texts too long for any slide, for tests of pagination
 * and for looking at what the slides make of them.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-test-long.h"

static const char *const words[] = {
  "ceasefire",
  "monitoring",
  "the",
  "of",
  "withdrawal",
  "humanitarian",
  "corridors",
  "and",
  "reconstruction",
  "a",
  "committee",
  "guarantees",
  "donors",
  "elections",
  "to",
  "within",
  "border",
  "crossings",
  "police",
  "transitional",
  "mediators",
};

/**
 * pl_test_long_text:
 * @start: the text's first words, so that tests can find it
 * @n_words: how many words follow
 *
 * Returns: (transfer full): @start and @n_words believable words, with a
 *   full stop every dozen
 */
char *
pl_test_long_text (const char *start,
                   guint n_words,
                   guint32 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  GString *text = g_string_new (start);

  for (guint i = 0; i < n_words; i++)
    g_string_append_printf (text, "%s%s", i % 12 == 11 ? ". " : " ",
                            words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
  g_string_append_c (text, '.');
  return g_string_free (text, FALSE);
}

static char *
unbreakable (const char *start,
             guint length)
{
  GString *text = g_string_new (start);

  for (guint i = 0; i < length; i++)
    g_string_append_c (text, (char) ('a' + i % 26));
  return g_string_free (text, FALSE);
}

/**
 * pl_test_briefing_lengthen:
 *
 * Makes the first phase, component, reaction, risk and source of
 * @briefing, and its title and subtitle, far longer than a slide holds:
 * a name of several lines, a summary of many paragraphs, a word longer
 * than a line, a quote of a thousand words, a text of thirty short lines.
 */
void
pl_test_briefing_lengthen (PlBriefing *briefing)
{
  g_autofree char *title = pl_test_long_text ("LONGTITLE", 40, 1);
  g_autofree char *subtitle = pl_test_long_text ("LONGSUBTITLE", 90, 2);
  g_autoptr (PlPhase) phase = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  g_autoptr (PlReaction) reaction = g_list_model_get_item (pl_briefing_get_reactions (briefing), 0);
  g_autoptr (PlRisk) risk = g_list_model_get_item (pl_briefing_get_risks (briefing), 0);
  g_autoptr (PlSource) source = g_list_model_get_item (pl_briefing_get_sources (briefing), 0);

  pl_briefing_set_title (briefing, title);
  pl_briefing_set_subtitle (briefing, subtitle);
  if (phase != NULL)
    {
      g_autofree char *name = pl_test_long_text ("LONGPHASENAME", 60, 3);
      g_autoptr (GString) summary = g_string_new (NULL);
      g_autoptr (PlComponent) component = g_list_model_get_item (pl_phase_get_components (phase), 0);
      g_autoptr (PlComponent) word = pl_component_new ();
      g_autofree char *word_text = unbreakable ("LONGWORD", 400);

      for (guint i = 0; i < 6; i++)
        {
          g_autofree char *paragraph = pl_test_long_text (i == 0 ? "LONGSUMMARY" : "Paragraph", 110, 10 + i);
          g_string_append_printf (summary, "%s%s", i ? "\n" : "", paragraph);
        }
      pl_phase_set_name (phase, name);
      pl_phase_set_summary (phase, summary->str);
      if (component != NULL)
        {
          g_autofree char *text = pl_test_long_text ("LONGCOMPONENT", 500, 4);
          pl_component_set_text (component, text);
        }
      pl_component_set_text (word, word_text);
      pl_component_set_category (word, PL_CATEGORY_ECONOMY);
      pl_phase_add_component (phase, word);
    }
  if (reaction != NULL)
    {
      g_autofree char *quote = pl_test_long_text ("LONGQUOTE", 1000, 5);
      pl_reaction_set_quote (reaction, quote);
    }
  if (risk != NULL)
    {
      g_autoptr (GString) text = g_string_new ("LONGLINES");

      for (guint i = 0; i < 30; i++)
        g_string_append_printf (text, "\nLine %u of a risk written as a list", i + 1);
      pl_risk_set_text (risk, text->str);
    }
  if (source != NULL)
    {
      g_autofree char *source_title = pl_test_long_text ("LONGSOURCE", 50, 6);
      pl_source_set_title (source, source_title);
    }
}
