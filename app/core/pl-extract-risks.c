/* pl-extract-risks.c: what could go wrong.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-extract-private.h"

/* A risk stated in a clause needs cues weighing at least this much. */
#define MIN_CUE_WEIGHT 2
#define MAX_RISK_TOKENS 40
/* A risk names at least this many things besides its cue words. */
#define MIN_CONTENT_WORDS 4

static gboolean
is_word (Extraction *x,
         guint token,
         const char *word)
{
  return strcmp (PL_TOKEN (x->a, token)->lower, word) == 0;
}

static PlLevel
level_from (int score)
{
  return score >= 3 ? PL_LEVEL_HIGH : score <= 1 ? PL_LEVEL_LOW
                                                 : PL_LEVEL_MEDIUM;
}

/* Severity from the cue's weight and the words around it; likelihood
 * from how sure the wording is. */
static void
grade (Extraction *x,
       PlRisk *risk,
       int cue_weight,
       guint first,
       guint end)
{
  int severity = cue_weight, likelihood = 2;

  if (_pl_extract_count_matches (x, pl_lexicon_list ("risks", "stronger"), first, end, NULL))
    severity++;
  if (_pl_extract_count_matches (x, pl_lexicon_list ("risks", "weaker"), first, end, NULL))
    severity--;
  if (_pl_extract_count_matches (x, pl_lexicon_list ("risks", "unlikely"), first, end, NULL))
    likelihood = 1;
  else if (_pl_extract_count_matches (x, pl_lexicon_list ("risks", "likely"), first, end, NULL))
    likelihood = 3;
  pl_risk_set_severity (risk, level_from (severity));
  pl_risk_set_likelihood (risk, level_from (likelihood));
}

static void
add_risk (Extraction *x,
          guint first,
          guint end,
          int cue_weight,
          guint grade_first,
          guint grade_end)
{
  g_autofree char *raw = pl_analysis_dup_span (x->a, first, end);
  g_autofree char *text = _pl_extract_clean_phrase (raw);
  g_autoptr (PlRisk) risk = NULL;

  for (guint i = 0; i < x->risks->len; i++)
    {
      PlRisk *other = g_ptr_array_index (x->risks, i);

      if (_pl_extract_similarity (pl_risk_get_text (other), text) >= 0.5)
        {
          _pl_extract_add_evidence (x, PL_ITEM (other), first, end);
          return;
        }
    }
  risk = pl_risk_new ();
  pl_risk_set_text (risk, text);
  pl_risk_set_category (risk, _pl_extract_categorize (x, first, end));
  grade (x, risk, cue_weight, grade_first, grade_end);
  _pl_extract_add_evidence (x, PL_ITEM (risk), first, end);
  g_ptr_array_add (x->risks, g_steal_pointer (&risk));
}

/* A word after a comma that begins a new clause rather than the next
 * item of a list. */
static gboolean
starts_clause (Extraction *x,
               guint token)
{
  static const char *const starters[] = { "the", "a", "an", "which", "who", "while", "but", "as",
                                          "with", "where", "although", "though", "because",
                                          "particularly", "especially", "it", "they", "this",
                                          "these", "its", "their", NULL };
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && (g_strv_contains (starters, t->lower) || g_str_has_suffix (t->lower, "ing"));
}

/* The clause (between commas, semicolons or "while"/"but") around a token. */
static Span
clause_around (Extraction *x,
               const PlSentence *s,
               guint token)
{
  Span span = { s->first, s->first + s->n_tokens };

  for (guint t = token; t > s->first; t--)
    if (pl_analysis_is_punct (x->a, t - 1, ";:—") || is_word (x, t - 1, "while") ||
        is_word (x, t - 1, "but") || is_word (x, t - 1, "that") ||
        (pl_analysis_is_punct (x->a, t - 1, ",") && t - 1 > s->first && t < token))
      {
        span.first = t;
        break;
      }
  for (guint t = token + 1; t < span.end; t++)
    if (pl_analysis_is_punct (x->a, t, ";.:—") || is_word (x, t, "while") || is_word (x, t, "but") ||
        (pl_analysis_is_punct (x->a, t, ",") && t + 1 < span.end && starts_clause (x, t + 1)))
      {
        span.end = t;
        break;
      }
  if (span.end > span.first + MAX_RISK_TOKENS)
    span.end = span.first + MAX_RISK_TOKENS;
  return span;
}

static guint
content_words (Extraction *x,
               guint first,
               guint end)
{
  const PlLexList *empty = pl_lexicon_list ("risks", "empty");
  guint n = 0;

  for (guint t = first; t < end; t++)
    n += PL_TOKEN (x->a, t)->is_word && pl_analysis_match (x->a, empty, t, end, NULL) == NULL;
  return n;
}

/* "Any breakdown in X, delays in Y, or Z could quickly unravel progress":
 * each thing listed before the modal is a risk. */
static gboolean
enumerated_risks (Extraction *x,
                  const PlSentence *s)
{
  const PlLexList *modals = pl_lexicon_list ("risks", "modals");
  const PlLexList *harm = pl_lexicon_list ("risks", "harm");
  guint end = s->first + s->n_tokens;

  for (guint t = s->first + 1; t < end; t++)
    {
      guint length = 1, verb, start = s->first;
      g_autoptr (GArray) parts = NULL;

      if (pl_analysis_match (x->a, modals, t, end, &length) == NULL)
        continue;
      verb = t + length;
      while (verb < end && verb < t + length + 2 && pl_analysis_match (x->a, harm, verb, end, NULL) == NULL)
        verb++;
      if (verb >= end || pl_analysis_match (x->a, harm, verb, end, NULL) == NULL)
        continue;
      /* The subject starts after the last clause break before the modal. */
      for (guint b = t; b > s->first; b--)
        if (pl_analysis_is_punct (x->a, b - 1, ";:") || is_word (x, b - 1, "that"))
          {
            start = b;
            break;
          }
      parts = _pl_extract_split_list (x, start, t, FALSE);
      /* One danger named before the modal is a risk too, if it names
       * something ("any violation of the ceasefire could derail…"). */
      if (parts->len == 1 && content_words (x, start, t) < 2)
        return FALSE;
      for (guint i = 0; i < parts->len; i++)
        {
          Span part = g_array_index (parts, Span, i);

          /* "Any breakdown in …": the risk is the breakdown. */
          while (part.first + 1 < part.end &&
                 g_strv_contains ((const char *[]){ "any", "a", "an", "the", "also", NULL },
                                  PL_TOKEN (x->a, part.first)->lower))
            part.first++;
          add_risk (x, part.first, part.end, 3, s->first, end);
        }
      return TRUE;
    }
  return FALSE;
}

/* "Deep mistrust among stakeholders", "security and governance remain
 * major obstacles": one risk per sentence, from its clause. */
static void
stated_risk (Extraction *x,
             const PlSentence *s)
{
  const PlLexList *cues = pl_lexicon_list ("risks", "cues");
  guint end = s->first + s->n_tokens;
  int best_weight = 0;
  guint best = 0;

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1;
      const PlLexEntry *cue = pl_analysis_match (x->a, cues, t, end, &length);

      if (cue != NULL && cue->value > best_weight)
        best_weight = cue->value, best = t;
    }
  if (best_weight == 0)
    return;
  {
    Span clause = clause_around (x, s, best);

    /* "Remains volatile" is a risk; "the most volatile region" is not. */
    if (_pl_extract_count_matches (x, pl_lexicon_list ("risks", "persistent"), best > 3 ? best - 3 : 0, best, NULL))
      best_weight++;
    if (best_weight < MIN_CUE_WEIGHT || content_words (x, clause.first, clause.end) < MIN_CONTENT_WORDS)
      return;
    /* A sentence short enough says it best whole. */
    if (s->n_tokens <= 28)
      clause = (Span){ s->first, end };
    while (clause.end > clause.first && !PL_TOKEN (x->a, clause.end - 1)->is_word)
      clause.end--;
    add_risk (x, clause.first, clause.end, best_weight, s->first, end);
  }
}

/**
 * _pl_extract_risks:
 *
 * Finds risks: lists of dangers before "could", "might" or "may" and a
 * verb of harm are one risk each; otherwise a sentence with a strong
 * enough risk cue is one risk. Each gets a category, and a severity and
 * likelihood from the strength of its wording.
 */
void
_pl_extract_risks (Extraction *x)
{
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      if (!enumerated_risks (x, s))
        stated_risk (x, s);
    }
}
