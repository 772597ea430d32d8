/* pl-extract-risks.c: what could go wrong.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A risk is found in one sentence by the first of these rules that
 * applies, most specific first:
 *
 * - a list of dangers before a modal and a verb of harm ("any breakdown
 *   in X, delays in Y, or Z could unravel progress"), one risk each; or a
 *   relative clause ("provocations that could undermine…"); a second harm
 *   after "and" ("will hurt growth and could slow hiring") is one risk and
 *   the words before it may state another;
 * - an intent to kill the plan ("will try to derail the agreement");
 * - a threatened hostile act ("has threatened to impose sanctions…");
 * - a doubtful or broken commitment ("is unlikely to approve", "failed to
 *   honour", "are yet to take effect");
 * - a condition not yet met ("need to … before granting access");
 * - a danger named as what is prevented, feared or guarded against
 *   ("preventing arms smuggling", "afraid of reprisals");
 * - otherwise, the strongest risk word or phrase of the sentence ("a
 *   major hurdle", "could face opposition", "may be delayed", "it is
 *   unclear whether", "is deeply flawed", "eight votes short", "the
 *   lowest pay rises since 2002"), unless the wording denies, concedes or
 *   works on it, or it is an idiom ("hard to overstate"). Of two as
 *   strong, the one that names a danger wins over a bare "concern".
 *
 * Every word list lives in the [risks] group of the lexicon.
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-enum-types.h"
#include "pl-extract-private.h"

/* How far after "the lowest" its span ("since 2002") may stand. */
#define RECORD_WINDOW 8

/* A relative clause "X that could undermine…", "material that could be
 * used to make weapons": one risk, its subject the phrase before. */
static gboolean
relative_risk (RiskPass *p,
               const PlSentence *s,
               guint modal,
               guint verb,
               guint verb_length,
               int severity,
               gboolean causes,
               const PlLexEntry *danger)
{
  Extraction *x = p->x;
  guint end = _pl_risk_clause_end (x, s, modal);
  Span subject = _pl_risk_phrase_before (x, s, modal - 1);
  RiskDraft d = { 0 };
  g_autofree char *key = NULL;

  if (_pl_risk_content_words (x, subject.first, subject.end) == 0)
    return FALSE;
  if (danger != NULL)
    {
      d.key = key = _pl_risk_danger_key (danger);
      d.category = _pl_risk_danger_category (danger);
    }
  d.evidence = (Span){ subject.first, end };
  d.label = d.evidence;
  d.cue = (Span){ modal, verb + verb_length };
  d.severity = severity;
  if (causes)
    {
      /* "A path that could lead to the collapse of…": the risk is
       * the collapse. */
      Span object = _pl_risk_phrase_after (x, verb + verb_length, end);
      guint danger_token, danger_length;
      const PlLexEntry *caused = _pl_risk_find_danger (x, object, &danger_token, &danger_length);

      d.label = object;
      if (caused != NULL && key == NULL)
        {
          d.key = key = _pl_risk_danger_key (caused);
          d.category = _pl_risk_danger_category (caused);
        }
    }
  _pl_risk_emit (p, s, &d);
  return TRUE;
}

/* "Could cost $2 billion": a price, not a harm, unless what it costs is
 * named ("could cost thousands of jobs"). */
static gboolean
is_price (Extraction *x,
          const PlLexEntry *harm,
          guint token,
          guint end)
{
  if (strcmp (harm->words[0], "cost") != 0)
    return FALSE;
  for (guint t = token; t < end && t < token + 5 && !pl_analysis_is_punct (x->a, t, ",;:."); t++)
    if (g_str_has_prefix (_pl_risk_lower (x, t), "$") || g_str_has_prefix (_pl_risk_lower (x, t), "€") ||
        g_str_has_prefix (_pl_risk_lower (x, t), "£") || _pl_risk_match (x, LIST_AMOUNTS, t, end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a danger or risk word follows within the clause: what a verb
 * like "lead to" causes is harm. */
static gboolean
harm_follows (Extraction *x,
              guint token,
              guint end)
{
  for (guint t = token; t < end && t < token + 8 && !_pl_risk_is_break (x, t); t++)
    if (_pl_risk_match (x, LIST_DANGERS, t, end, NULL) != NULL || _pl_risk_match (x, LIST_CUES, t, end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
target_follows (Extraction *x,
                guint token,
                guint end)
{
  for (guint t = token; t < end && t < token + 4 && !_pl_risk_is_break (x, t); t++)
    if (_pl_risk_match (x, LIST_TARGETS, t, end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* Whether a span names a danger or a risk word: "a dispute over the
 * islands", "delays in paying", but not "the governing coalition". */
static gboolean
names_danger (Extraction *x,
              Span span)
{
  for (guint t = span.first; t < span.end; t++)
    if (_pl_risk_match (x, LIST_DANGERS, t, span.end, NULL) != NULL || _pl_risk_match (x, LIST_CUES, t, span.end, NULL) != NULL ||
        _pl_risk_match (x, LIST_WEAK, t, span.end, NULL) != NULL || _pl_risk_match (x, LIST_SHORTFALL, t, span.end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* "Any breakdown in X, delays in Y, or Z could quickly unravel progress":
 * each thing listed before the modal is a risk. */
static gboolean
enumerated_risks (RiskPass *p,
                  const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);

  for (guint t = s->first + 1; t < end; t++)
    {
      guint length = 1, verb, verb_length = 1, start = s->first;
      const PlLexEntry *harm = NULL;
      gboolean causes = FALSE, relative;
      g_autoptr (GArray) parts = NULL;
      int severity;

      if (!(p->masks[t] & TRIGGER_MODALS) || _pl_risk_match (x, LIST_MODALS, t, end, &length) == NULL)
        continue;
      for (verb = t + length; verb < end && verb <= t + length + 2 && PL_TOKEN (x->a, verb)->is_word; verb++)
        {
          if ((harm = _pl_risk_match (x, LIST_HARM, verb, end, &verb_length)) != NULL &&
              !is_price (x, harm, verb + verb_length, end))
            break;
          if ((harm = _pl_risk_match (x, LIST_HARM_TO_PLAN, verb, end, &verb_length)) != NULL)
            {
              if (target_follows (x, verb + verb_length, end))
                break;
              harm = NULL;
            }
          if ((harm = _pl_risk_match (x, LIST_CAUSES, verb, end, &verb_length)) != NULL)
            {
              causes = TRUE;
              if (harm_follows (x, verb + verb_length, end))
                break;
              harm = NULL;
              causes = FALSE;
            }
        }
      relative = _pl_risk_is_word (x, t - 1, "that") || _pl_risk_is_word (x, t - 1, "which") || _pl_risk_is_word (x, t - 1, "who");
      if (harm == NULL && relative)
        {
          /* "Material that could be used to make weapons". */
          Span rest = { t + length, _pl_risk_clause_end (x, s, t) };
          guint danger_token, danger_length;
          const PlLexEntry *danger = _pl_risk_find_danger (x, (Span){ rest.first, MIN (rest.end, rest.first + 8) }, &danger_token, &danger_length);

          if (danger != NULL && !_pl_risk_negated (x, t, danger_token))
            {
              gboolean prevented = FALSE;

              for (guint b = t; b < danger_token; b++)
                prevented |= _pl_risk_match (x, LIST_PREVENTION, b, danger_token, NULL) != NULL ||
                             _pl_risk_match (x, LIST_REMEDIES, b, danger_token, NULL) != NULL;
              if (!prevented && relative_risk (p, s, t, danger_token, danger_length, 2, FALSE, danger))
                return TRUE;
            }
          continue;
        }
      if (harm == NULL || _pl_risk_negated (x, t, verb + 1))
        continue;
      severity = harm->value ? harm->value : 2;
      if (_pl_extract_count_matches (x, _pl_risk_list (LIST_STRONGER), t + length, verb, NULL))
        severity++;
      if (relative)
        {
          if (relative_risk (p, s, t, verb, verb_length, severity, causes, NULL))
            return TRUE;
          continue;
        }
      /* "The cuts will hurt growth and could slow hiring": a second
       * harm of the same subject, not a list before the modal; the
       * first is left to the cues before it. */
      if (t > s->first + 1 && (_pl_risk_is_word (x, t - 1, "and") || _pl_risk_is_word (x, t - 1, "or")))
        {
          RiskDraft d = { 0 };

          d.label = d.evidence = (Span){ t, _pl_risk_clause_end (x, s, t) };
          d.cue = (Span){ t, verb + verb_length };
          d.severity = severity;
          _pl_risk_emit (p, s, &d);
          p->cue_end = t - 1;
          return TRUE;
        }
      /* The subject starts after the last clause break before the modal,
       * or after who said it. */
      for (guint b = t; b > s->first; b--)
        if (pl_analysis_is_punct (x->a, b - 1, ";:") || _pl_risk_is_word (x, b - 1, "that") || _pl_risk_is_speech_verb (x, b - 1, t))
          {
            start = b;
            break;
          }
      /* "If the talks fail, thousands of workers could lose…": the
       * condition is not one of the things listed. */
      if (_pl_risk_match (x, LIST_CONDITIONS, start, t, NULL) != NULL)
        for (guint c = start + 1; c < t; c++)
          if (pl_analysis_is_punct (x->a, c, ","))
            {
              start = c + 1;
              break;
            }
      if (start >= t)
        continue;
      parts = _pl_extract_split_list (x, start, t, FALSE);
      /* One danger named before the modal is a risk too, if it names
       * something ("any violation of the ceasefire could derail…"). */
      if (parts->len == 1 && _pl_risk_content_words (x, start, t) < 2)
        return FALSE;
      for (guint i = 0; i < parts->len; i++)
        {
          Span part = g_array_index (parts, Span, i);
          RiskDraft d = { 0 };

          /* "Any breakdown in …": the risk is the breakdown. */
          while (part.first + 1 < part.end &&
                 g_strv_contains ((const char *[]){ "any", "a", "an", "the", "also", NULL }, _pl_risk_lower (x, part.first)))
            part.first++;
          d.label = d.evidence = part;
          /* "Regional lawmakers could block the bill": who may harm the
           * plan is no danger by itself; the risk is the whole clause. */
          if (parts->len == 1 && !names_danger (x, part))
            d.label = d.evidence = (Span){ part.first, _pl_risk_clause_end (x, s, t) };
          d.cue = (Span){ t, verb + verb_length };
          d.severity = severity;
          _pl_risk_emit (p, s, &d);
        }
      return TRUE;
    }
  return FALSE;
}

/* Whether an intent ("will", "try to", "vowed to") stands before @token
 * in its clause, without a negation after it. */
static gboolean
intent_before (Extraction *x,
               const PlSentence *s,
               guint token,
               guint window,
               gboolean *out_likely)
{
  for (guint b = token; b > s->first && token - b < window; b--)
    {
      guint length;
      const PlLexEntry *entry;

      if (_pl_risk_is_break (x, b - 1))
        return FALSE;
      entry = _pl_risk_match (x, LIST_INTENTS, b - 1, token, &length);
      if (entry != NULL)
        {
          for (guint n = b - 1 + length; n < token; n++)
            if (_pl_risk_is_negation (x, n, token))
              return FALSE;
          *out_likely = strcmp (entry->words[0], "likely") == 0;
          return TRUE;
        }
    }
  return FALSE;
}

/* "Opposition parties are likely to try to derail the agreement", "they
 * will do what they can to block a deal": the plan's opponents. A
 * restatement in the next sentence is the same risk. */
static gboolean
plan_harm (RiskPass *p,
           const PlSentence *s,
           guint si)
{
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1;
      const PlLexEntry *harm = NULL;
      gboolean likely = FALSE;
      RiskDraft d = { 0 };

      if (!(p->masks[t] & (TRIGGER_HARM | TRIGGER_HARM_TO_PLAN)))
        continue;
      harm = _pl_risk_match (x, LIST_HARM, t, end, &length);
      if (harm == NULL)
        harm = _pl_risk_match (x, LIST_HARM_TO_PLAN, t, end, &length);
      if (harm == NULL || !target_follows (x, t + length, end) || !intent_before (x, s, t, 9, &likely))
        continue;
      d.evidence = d.label = _pl_risk_evidence_around (x, s, t);
      d.cue = (Span){ t, t + length };
      d.severity = harm->value ? harm->value : 2;
      d.likelihood = likely ? 3 : 0;
      if (p->plan_sentence != 0 && p->plan_sentence == si)
        _pl_risk_add_evidence (p, p->plan_risk, s, &d);
      else
        p->plan_risk = _pl_risk_emit (p, s, &d);
      p->plan_sentence = si + 1;
      return TRUE;
    }
  return FALSE;
}

/* "Has threatened to impose sanctions", "would raise tariffs": an act
 * of one party against another, announced or threatened. */
static gboolean
hostile_act (RiskPass *p,
             const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, act, act_length;
      gboolean likely = FALSE;
      RiskDraft d = { 0 };

      if (!(p->masks[t] & TRIGGER_INTENTS) || _pl_risk_match (x, LIST_INTENTS, t, end, &length) == NULL ||
          _pl_risk_entry_after (x, LIST_HOSTILE, t + length, end, 2, &act, &act_length) == NULL ||
          !intent_before (x, s, act, act - t + 1, &likely))
        continue;
      d.evidence = d.label = _pl_risk_evidence_around (x, s, act);
      d.cue = (Span){ act, act + act_length };
      d.severity = 2;
      _pl_risk_emit (p, s, &d);
      return TRUE;
    }
  return FALSE;
}

/* "The ministry is unlikely to approve the budget", "failed to honour the
 * exchange", "are yet to take effect": a commitment in doubt. */
static gboolean
unmet_commitment (RiskPass *p,
                  const PlSentence *s)
{
  static const char *const fillers[] = { "be", "have", "been", "fully", "formally", "ever", "even", NULL };
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, verb;
      const PlLexEntry *unmet = NULL;
      RiskDraft d = { 0 };

      if (!(p->masks[t] & TRIGGER_UNMET) || (unmet = _pl_risk_match (x, LIST_UNMET, t, end, &length)) == NULL)
        continue;
      verb = t + length;
      while (verb < end && verb < t + length + 2 && g_strv_contains (fillers, _pl_risk_lower (x, verb)))
        verb++;
      /* "failed to share", "failed to harden": a duty not done, whatever it
       * was; the softer words need a commitment after them. */
      if ((!g_str_has_prefix (unmet->words[0], "fail") && _pl_risk_match (x, LIST_COMMITMENTS, verb, end, NULL) == NULL) ||
          _pl_risk_entry_before (x, LIST_PAST, s->first, t, 6))
        continue;
      d.evidence = d.label = _pl_risk_evidence_around (x, s, t);
      d.cue = (Span){ t, verb + 1 };
      d.severity = unmet->value ? unmet->value : 2;
      d.likelihood = 3;
      _pl_risk_emit (p, s, &d);
      return TRUE;
    }
  return FALSE;
}

/* "Inspectors need to complete a survey before granting access": a
 * condition not met yet. */
static gboolean
precondition (RiskPass *p,
              const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, until, until_length;
      RiskDraft d = { 0 };

      if (!(p->masks[t] & TRIGGER_PRECONDITIONS) || _pl_risk_match (x, LIST_PRECONDITIONS, t, end, &length) == NULL ||
          _pl_risk_negated (x, s->first, t + length) ||
          _pl_risk_entry_before (x, LIST_ADVICE_SUBJECTS, s->first, t, 3) ||
          _pl_risk_entry_after (x, LIST_PRECONDITION_ENDS, t + length, end, 12, &until, &until_length) == NULL)
        continue;
      d.evidence = d.label = _pl_risk_evidence_around (x, s, t);
      d.cue = (Span){ t, until + until_length };
      d.severity = 1;
      _pl_risk_emit (p, s, &d);
      return TRUE;
    }
  return FALSE;
}

/* "Preventing arms smuggling", "afraid of reprisals", "protection
 * against air raids": a danger named as what is prevented,
 * feared or guarded against. The same kind of danger in an article is
 * one risk ("avert a return to fighting", "avoid further escalation"). */
static gboolean
danger_frame (RiskPass *p,
              const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);
  gboolean found = FALSE;

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, danger_token, danger_length;
      const PlLexEntry *danger;
      Span object;
      RiskDraft d = { 0 };
      g_autofree char *key = NULL;

      if (!((p->masks[t] & TRIGGER_PREVENTION) && _pl_risk_match (x, LIST_PREVENTION, t, end, &length) != NULL) &&
          !((p->masks[t] & TRIGGER_FEARS) && _pl_risk_match (x, LIST_FEARS, t, end, &length) != NULL) &&
          !((p->sentence_mask & TRIGGER_PROTECTION) && (_pl_risk_is_word (x, t, "against") || _pl_risk_is_word (x, t, "from")) &&
            _pl_risk_entry_before (x, LIST_PROTECTION, s->first, t, 5)))
        continue;
      if (_pl_risk_negated (x, s->first, t))
        continue;
      object = _pl_risk_phrase_after (x, t + length, end);
      danger = _pl_risk_find_danger (x, object, &danger_token, &danger_length);
      if (danger == NULL)
        continue;
      d.evidence = _pl_risk_evidence_around (x, s, t);
      d.label = _pl_risk_content_words (x, object.first, object.end) >= 3 ? object : d.evidence;
      d.cue = (Span){ t, danger_token + danger_length };
      d.severity = 2;
      d.key = key = _pl_risk_danger_key (danger);
      d.category = _pl_risk_danger_category (danger);
      _pl_risk_emit (p, s, &d);
      found = TRUE;
      t = object.end;
    }
  return found;
}

static gboolean target_follows (Extraction *x,
                                guint token,
                                guint end);

/* "May derail", "could seriously damage", "might be delayed": a modal
 * and, at most two words later, a verb of harm, as one cue from the modal
 * to the verb. Returns the verb's entry; none after a negation ("could
 * not derail"). */
static const PlLexEntry *
modal_harm (Extraction *x,
            guint token,
            guint end,
            guint *out_length)
{
  guint length;

  if (_pl_risk_match (x, LIST_MODALS, token, end, &length) == NULL)
    return NULL;
  for (guint verb = token + length; verb < end && verb <= token + length + 2 && PL_TOKEN (x->a, verb)->is_word; verb++)
    {
      guint verb_length;
      const PlLexEntry *harm = _pl_risk_match (x, LIST_HARM, verb, end, &verb_length);

      if (harm != NULL && is_price (x, harm, verb + verb_length, end))
        harm = NULL;
      if (harm == NULL)
        harm = _pl_risk_match (x, LIST_HARM_PASSIVE, verb, end, &verb_length);
      if (harm == NULL && (harm = _pl_risk_match (x, LIST_HARM_TO_PLAN, verb, end, &verb_length)) != NULL &&
          !target_follows (x, verb + verb_length, end))
        harm = NULL;
      if (_pl_risk_is_negation (x, verb, end))
        return NULL;
      if (harm != NULL)
        {
          *out_length = verb + verb_length - token;
          return harm;
        }
    }
  return NULL;
}

/* "No appraisal rights", "without a say": what the plan's stakeholders go
 * without, as one cue from the lack word to the entitlement. Returns the
 * entitlement's entry; none for "a no vote". */
static const PlLexEntry *
lack (Extraction *x,
      guint token,
      guint end,
      guint *out_length)
{
  guint length, at, at_length;
  const PlLexEntry *entitlement;

  if (_pl_risk_match (x, LIST_LACKS, token, end, &length) == NULL ||
      (token > 0 && (_pl_risk_is_word (x, token - 1, "a") || _pl_risk_is_word (x, token - 1, "the"))))
    return NULL;
  entitlement = _pl_risk_entry_after (x, LIST_ENTITLEMENTS, token + length, end, 3, &at, &at_length);
  if (entitlement != NULL)
    *out_length = at + at_length - token;
  return entitlement;
}

/* A verb in the past tense: "collapsed", "was", not "has collapsed". */
static gboolean
is_past (Extraction *x,
         guint token)
{
  static const char *const irregular[] = { "was", "were", "had", "fell", "broke", "went", "came", "saw", "took",
                                           "hit", "ran", "sank", "lost", "left", "drew", NULL };
  const char *word = _pl_risk_lower (x, token);

  return g_strv_contains (irregular, word) || (strlen (word) > 4 && g_str_has_suffix (word, "ed"));
}

/* "The talks collapsed last year", "a similar plan was blocked in 2012":
 * a cue in the past tense, in a sentence dated well before the article,
 * is its background. "Has been delayed" is a problem now. */
static gboolean
in_history (Extraction *x,
            const PlSentence *s,
            Span cue)
{
  guint end = _pl_risk_sentence_end (s);
  gboolean past = FALSE;

  for (guint t = cue.first > s->first + 2 ? cue.first - 2 : s->first; t < cue.end; t++)
    {
      if (_pl_risk_is_word (x, t, "has") || _pl_risk_is_word (x, t, "have") || _pl_risk_match (x, LIST_MODALS, t, end, NULL) != NULL ||
          _pl_risk_is_word (x, t, "will"))
        return FALSE;
      past |= is_past (x, t);
    }
  /* "A lawsuit filed last year", "the last outbreak was in 2009": a verb
   * in the past tense right after a noun cue. */
  for (guint t = cue.end; !past && t < end && t < cue.end + 3 && !_pl_risk_is_break (x, t); t++)
    {
      if (_pl_risk_is_word (x, t, "has") || _pl_risk_is_word (x, t, "have") || _pl_risk_is_word (x, t, "will") ||
          _pl_risk_match (x, LIST_MODALS, t, end, NULL) != NULL)
        break;
      past = is_past (x, t);
    }
  if (!past)
    return FALSE;
  for (guint t = s->first; t < end; t++)
    {
      const char *word = _pl_risk_lower (x, t);

      if (_pl_risk_match (x, LIST_HISTORY, t, end, NULL) != NULL)
        return TRUE;
      /* "In 2012", before the year the article was published. */
      if (t > s->first && _pl_risk_is_word (x, t - 1, "in") && strlen (word) == 4 && g_ascii_isdigit (word[0]) &&
          pl_date_is_set (&x->published) && atoi (word) >= 1900 && atoi (word) < x->published.year)
        return TRUE;
    }
  return FALSE;
}

/* "The lowest pay rises since 2002", "the worst result in decades": a
 * record of decline, as one cue from the superlative to the span it is
 * measured over. "Since" must start a time ("since 2002", "since the
 * crisis"), not a reason ("the worst option, since it …"). */
static const PlLexEntry *
record_low (Extraction *x,
            guint token,
            guint end,
            guint *out_length)
{
  guint at, at_length;
  const PlLexEntry *record = _pl_risk_match (x, LIST_RECORDS, token, end, NULL);
  const PlLexEntry *span;

  if (record == NULL)
    return NULL;
  span = _pl_risk_entry_after (x, LIST_RECORD_SPANS, token + 1, end, RECORD_WINDOW, &at, &at_length);
  if (span == NULL)
    return NULL;
  if (strcmp (span->words[0], "since") == 0 && span->n_words == 1 &&
      (at + 1 >= end || !(g_ascii_isdigit (_pl_risk_lower (x, at + 1)[0]) || _pl_risk_is_word (x, at + 1, "the"))))
    return NULL;
  *out_length = at + at_length - token;
  return record;
}

/* Whether a clause opens with a connective or a concession ("however",
 * "while", "although"): it says nothing of the risk after it. */
static gboolean
opens_contrast (Extraction *x,
                guint first,
                guint end)
{
  static const char *const contrasts[] = { "while", "but", "although", "though", "whereas", "even", NULL };

  return g_strv_contains (contrasts, _pl_risk_lower (x, first)) || _pl_risk_match (x, LIST_CONNECTIVES, first, end, NULL) != NULL ||
         _pl_risk_match (x, LIST_CONCESSIONS, first, end, NULL) != NULL;
}

/* Whether the cue at @token names no particular danger ("a concern",
 * "a risk"). */
static gboolean
is_generic (Extraction *x,
            guint token,
            guint end)
{
  return _pl_risk_match (x, LIST_GENERIC, token, end, NULL) != NULL;
}

/* "…, a concern voiced by the opposition": a cue that opens an
 * apposition says what the clause before it is. Returns where that
 * clause starts, or @clause's own start. */
static guint
apposition_start (Extraction *x,
                  const PlSentence *s,
                  Span clause,
                  guint cue)
{
  if (clause.first < s->first + 2 || !pl_analysis_is_punct (x->a, clause.first - 1, ",") || cue > clause.first + 2 ||
      !(_pl_risk_is_word (x, clause.first, "a") || _pl_risk_is_word (x, clause.first, "an")))
    return clause.first;
  return _pl_risk_clause_around (x, s, clause.first - 2).first;
}

/* "Deep mistrust between the factions", "funding remains a major
 * obstacle": one risk per sentence, from its strongest cue; of two
 * equally strong, the one that names a danger ("a concern …, noting the
 * meetings had been postponed"). */
static void
stated_risk (RiskPass *p,
             const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = _pl_risk_sentence_end (s);
  const PlLexEntry *best_entry = NULL;
  const char *key = NULL;
  int best_weight = 0;
  guint best = 0, best_length = 1;
  Span clause;
  RiskDraft d = { 0 };
  g_autofree char *cue_key = NULL;

  for (guint t = s->first; t < (p->cue_end != 0 ? p->cue_end : end); t++)
    {
      guint length = 1;
      const PlLexEntry *entry;
      int weight = 0;
      const char *kind = "cues";

      if (!(p->masks[t] &
            (TRIGGER_CUES | TRIGGER_SHORTFALL | TRIGGER_WEAK | TRIGGER_MODALS | TRIGGER_UNCERTAINTY | TRIGGER_LACKS |
             TRIGGER_RECORDS)))
        continue;
      if ((entry = _pl_risk_match (x, LIST_CUES, t, end, &length)) != NULL)
        weight = entry->value;
      else if ((entry = _pl_risk_match (x, LIST_UNCERTAINTY, t, end, &length)) != NULL)
        weight = entry->value, kind = "uncertainty";
      else if ((entry = modal_harm (x, t, end, &length)) != NULL)
        weight = entry->value ? entry->value : 2;
      else if ((entry = lack (x, t, end, &length)) != NULL)
        weight = 2, kind = "lack";
      else if ((entry = _pl_risk_match (x, LIST_SHORTFALL, t, end, &length)) != NULL)
        weight = entry->value, kind = "shortfall";
      else if ((entry = record_low (x, t, end, &length)) != NULL)
        weight = 2;
      else if ((entry = _pl_risk_match (x, LIST_WEAK, t, end, &length)) != NULL)
        /* "Remains volatile" is a risk; "the most volatile region" is not. */
        weight = _pl_risk_entry_before (x, LIST_PERSISTENT, s->first, t, 3) ? entry->value + 1 : 0, kind = "weak";
      if ((weight > best_weight ||
           (weight > 0 && weight == best_weight && is_generic (x, best, end) && !is_generic (x, t, end))) &&
          _pl_risk_cue_stands (x, s, t, length))
        {
          best_weight = weight, best = t, best_length = length, best_entry = entry;
          key = kind;
        }
    }
  if (best_entry == NULL)
    return;
  clause = _pl_risk_clause_around (x, s, best);
  /* "…, threatening legal action", "… does not deny that the law is
   * flawed": a clause too short to name its risk says it with the clause
   * before, unless that one only concedes or connects ("While X is a
   * step forward, risks remain high"). */
  if (_pl_risk_content_words (x, clause.first, clause.end) < MIN_CONTENT_WORDS && clause.first > s->first + 1)
    {
      Span before = _pl_risk_clause_around (x, s, clause.first - 2);

      if (_pl_risk_content_words (x, before.first, before.end) >= 2 && !opens_contrast (x, before.first, before.end) &&
          !(before.first > s->first && opens_contrast (x, before.first - 1, before.end)))
        clause.first = before.first;
    }
  if (_pl_risk_content_words (x, clause.first, clause.end) < MIN_CONTENT_WORDS)
    return;
  /* "The refugee crisis is one of the greatest threats": a crisis in
   * general is the background of the plan, not one of its risks. */
  for (guint t = clause.first; t < clause.end && t < clause.first + 5 && t < best; t++)
    if (_pl_risk_match (x, LIST_BACKGROUND, t, clause.end, NULL) != NULL)
      return;
  if (in_history (x, s, (Span){ best, best + best_length }))
    return;
  d.evidence = _pl_risk_evidence_around (x, s, best);
  if (d.evidence.first > clause.first)
    d.evidence.first = clause.first;
  else if (d.evidence.first == clause.first)
    d.evidence.first = apposition_start (x, s, clause, best);
  /* "Without its backing, the port would be crippled": the condition
   * that opens the sentence is part of the risk. */
  if (d.evidence.first > s->first + 1 && pl_analysis_is_punct (x->a, d.evidence.first - 1, ",") &&
      _pl_risk_match (x, LIST_CONDITIONS, s->first, d.evidence.first, NULL) != NULL)
    {
      guint comma = s->first;

      while (!pl_analysis_is_punct (x->a, comma, ","))
        comma++;
      if (comma + 1 == d.evidence.first)
        d.evidence.first = s->first;
    }
  d.label = d.evidence;
  d.cue = (Span){ best, best + best_length };
  d.severity = best_weight;
  /* "Not enough", "insufficient": one shortfall however often said; the
   * same danger word again ("the delays") is the same risk. */
  if (strcmp (key, "shortfall") == 0)
    d.key = "shortfall";
  else if (strcmp (key, "lack") == 0)
    d.key = cue_key = g_strconcat ("lack:", best_entry->words[0], NULL);
  else if (strcmp (key, "cues") == 0 && _pl_risk_match (x, LIST_GENERIC, best, end, NULL) == NULL)
    d.key = cue_key = g_strconcat ("cue:", best_entry->words[0], best_entry->n_words > 1 ? best_entry->words[1] : "", NULL);
  /* "It is unclear whether … . The timetable is still in flux": an open outcome
   * said again in the next sentence is the same risk. */
  if (strcmp (key, "uncertainty") == 0)
    {
      if (p->doubt_sentence != 0 && p->doubt_sentence == p->sentence)
        _pl_risk_add_evidence (p, p->doubt_risk, s, &d);
      else
        p->doubt_risk = _pl_risk_emit (p, s, &d);
      p->doubt_sentence = p->sentence + 1;
      return;
    }
  _pl_risk_emit (p, s, &d);
}

/**
 * _pl_extract_risks:
 *
 * Finds what could go wrong for the plan, sentence by sentence (see the
 * top of this file for the rules). Each risk gets a category, a
 * severity from the strength of its wording, a likelihood where the text
 * gives one, and its evidence.
 */
void
_pl_extract_risks (Extraction *x)
{
  RiskPass p = { x, x->risks->len, g_ptr_array_new_with_free_func (g_free), 0, 0, 0, 0, 0, _pl_risk_token_masks (x), 0, 0 };

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      p.sentence = si;
      p.sentence_mask = 0;
      for (guint t = s->first; t < _pl_risk_sentence_end (s); t++)
        p.sentence_mask |= p.masks[t];
      /* No rule can start in a sentence without a trigger word. */
      if (p.sentence_mask == 0)
        continue;
      p.cue_end = 0;
      if (enumerated_risks (&p, s))
        {
          /* A second harm after "and": the first may be a stated risk. */
          if (p.cue_end != 0)
            stated_risk (&p, s);
          continue;
        }
      if (!plan_harm (&p, s, si) && !hostile_act (&p, s) && !unmet_commitment (&p, s) && !precondition (&p, s) &&
          !danger_frame (&p, s))
        stated_risk (&p, s);
    }
  g_ptr_array_unref (p.keys);
  g_free (p.masks);
}
