/* pl-extract-provisions.c: what the plan provides: the provisions of a
 * law or a settlement, a deal's stated terms, rules, orders, measures,
 * and the parts a plan or its undertaking includes, counts or gives as
 * examples.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include "pl-extract-private.h"

/* "the Clean Rivers Initiative" in mid-sentence, after the lead: another plan
 * by its own name, set beside this one. */
static gboolean
is_other_named_plan (Extraction *x,
                     guint si,
                     guint noun)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  return si >= 3 && noun > s->first + 1 && PL_TOKEN (x->a, noun)->capitalized &&
         PL_TOKEN (x->a, noun - 1)->capitalized;
}

/* Whether the plan's noun at @noun heads the subject of its clause
 * ("The merger of the two chains will…", "the ministry's new plan would…"),
 * not the object of a preposition ("opposition to the deal will…"). */
static gboolean
heads_subject (Extraction *x,
               const PlSentence *s,
               guint noun)
{
  for (guint t = noun; t > s->first && t + 5 > noun; t--)
    {
      PlToken *before = PL_TOKEN (x->a, t - 1);

      if (pl_analysis_is_punct (x->a, t - 1, ",;:—–") || _pl_extract_token_is (x, t - 1, "that") || _pl_extract_in_components_list (x, "say_verbs", t - 1))
        return TRUE;
      if (!before->is_word || (_pl_extract_in_components_list (x, "function_words", t - 1) && !_pl_extract_in_components_list (x, "definites", t - 1) &&
                               !_pl_extract_token_is (x, t - 1, "a") && !_pl_extract_token_is (x, t - 1, "an")))
        return FALSE;
    }
  return noun < s->first + 5;
}

/* From the plan's noun to where its verb would be: past "of the two
 * chains", past ", which became final Tuesday,". */
static guint
skip_complement (Extraction *x,
                 guint t,
                 guint end)
{
  guint length = 0;

  /* Up to the verb: "the agreement with the buyer allows…". */
  if (t < end && (_pl_extract_token_is (x, t, "of") || _pl_extract_token_is (x, t, "with") || _pl_extract_token_is (x, t, "between")))
    for (guint limit = t + 10; t < limit && t < end && !pl_analysis_is_punct (x->a, t, ",;:—–()") &&
                               !_pl_extract_is_commitment (x, t, end, &length) && !_pl_extract_in_components_list (x, "enable_verbs", t) &&
                               pl_analysis_match (x->a, pl_lexicon_list ("components", "aim_verbs"), t, end, NULL) == NULL;)
      t++;
  if (t < end && pl_analysis_is_punct (x->a, t, ","))
    {
      guint close = t + 1;

      while (close < end && close < t + 12 && !pl_analysis_is_punct (x->a, close, ",;:—–()"))
        close++;
      if (close < end && pl_analysis_is_punct (x->a, close, ","))
        t = close + 1;
    }
  return t;
}

/* "The law allows police to detain X and requires schools to check Y. It
 * also bars firms from Z and makes it a crime to W": with a law, rule or
 * settlement as the subject, what each of its verbs of leave, duty or
 * ban from @t on provides. Returns how many were read. */
static guint
provision_parts (Extraction *x,
                 PhaseDraft *draft,
                 guint si,
                 guint t,
                 guint end)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "rule_verbs");
  guint n = 0;

  for (; t + 2 < end; t++)
    {
      guint length = 0, stop;

      if (pl_analysis_is_punct (x->a, t, ";:") || PL_TOKEN (x->a, t)->quoted)
        break;
      if (pl_analysis_match (x->a, verbs, t, end, &length) == NULL || _pl_extract_in_components_list (x, "definites", t - 1) ||
          _pl_extract_token_is (x, t - 1, "a") || _pl_extract_token_is (x, t - 1, "to"))
        continue;
      /* "bars businesses from taking X", "makes it a crime for X to Y":
       * the ban whole, its verb with it. */
      if (_pl_extract_in_components_list (x, "rule_from_verbs", t) || _pl_extract_token_is (x, t + length - 1, "it"))
        {
          guint from = t + length;

          while (from < end && from < t + length + 6 && !_pl_extract_token_is (x, from, "from") && !_pl_extract_token_is (x, from, "for"))
            from++;
          if (from >= end || from >= t + length + 6)
            continue;
          stop = _pl_extract_aim_end (x, from + 1, end);
          if (stop > from + 1 && _pl_extract_add_sentence_part (x, draft, si, t, stop, NULL, PART_PROSE) != NULL)
            n++;
          t = stop - 1;
          continue;
        }
      /* "requires schools to check X": what it makes them do. */
      for (guint to = t + 2; to < end && to < t + 7; to++)
        if (_pl_extract_token_is (x, to, "to") && !_pl_extract_is_function_word (x, to + 1))
          {
            Span actor = { t + 1, to };

            stop = _pl_extract_aim_end (x, to + 1, end);
            if (stop > to + 2)
              {
                _pl_extract_add_parts_of (x, draft, si, to + 1, stop, FALSE, &actor);
                n++;
              }
            t = stop - 1;
            break;
          }
    }
  return n;
}

/* What the story is about when it is no plan by name: an undertaking
 * that the headline or the first sentence names ("the anti-drug
 * campaign", "a new power shutoff"), as lower-case words. */
static GHashTable *
topic_words (Extraction *x)
{
  const PlLexList *topics = pl_lexicon_list ("components", "topic_nouns");
  const char *title = x->a->source != NULL ? pl_source_get_title (x->a->source) : NULL;
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (title != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (title, -1);
      g_auto (GStrv) split = g_strsplit_set (lower, " \t\n,.;:!?'\"()“”‘’", -1);

      for (guint i = 0; split[i] != NULL; i++)
        if (pl_lex_list_lookup (topics, split[i]) != NULL)
          g_hash_table_add (words, g_strdup (split[i]));
    }
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t < s->first + s->n_tokens; t++)
        if (!PL_TOKEN (x->a, t)->quoted && _pl_extract_in_components_list (x, "topic_nouns", t))
          g_hash_table_add (words, g_strdup (PL_TOKEN (x->a, t)->lower));
      break;
    }
  return words;
}

/* Whether the noun at @t is the story's undertaking as a subject would
 * name it: "the campaign", "the state's new campaign", or any of those
 * nouns told as intended ("the planned blackouts", "the proposed
 * ban"). */
static gboolean
is_topic_noun (Extraction *x,
               const PlSentence *s,
               GHashTable *topics,
               guint t)
{
  PlToken *token = PL_TOKEN (x->a, t);

  if (t == s->first || !token->is_word || token->quoted || token->capitalized || !_pl_extract_in_components_list (x, "topic_nouns", t))
    return FALSE;
  if (_pl_extract_in_components_list (x, "intended", t - 1))
    return TRUE;
  /* One the headline did not name is read only before what it
   * consists of: "the switch would involve X". */
  if (!g_hash_table_contains (topics, token->lower) &&
      pl_analysis_match (x->a, pl_lexicon_list ("components", "aim_verbs"), t + 1, s->first + s->n_tokens, NULL) == NULL)
    return FALSE;
  /* Back over up to two modifiers to its article or owner. */
  for (guint u = t; u > s->first && u + 3 > t; u--)
    {
      if (_pl_extract_in_components_list (x, "definites", u - 1) || _pl_extract_token_is (x, u - 1, "'s"))
        return TRUE;
      if (!PL_TOKEN (x->a, u - 1)->is_word || _pl_extract_is_function_word (x, u - 1) || PL_TOKEN (x->a, u - 1)->capitalized)
        return FALSE;
    }
  return FALSE;
}

/* "The plan includes actions to raise X, reduce Y and improve Z", "the
 * order had been revised to cancel X", "another plan, which aimed to
 * introduce X", "the merger would allow the company to pay down debt",
 * "…a larger overhaul. It will involve X": the parts of the plan as a
 * whole, or of the phase the sentence is about. */
void
_pl_extract_plan_components (Extraction *x)
{
  const PlLexList *nouns = pl_lexicon_list ("components", "plan_nouns");
  const PlLexList *verbs = pl_lexicon_list ("components", "aim_verbs");
  const PlLexList *relative = pl_lexicon_list ("components", "summary_verbs");
  gboolean plan_before = FALSE; /* whether the sentence before named a plan */
  g_autoptr (GHashTable) names = _pl_extract_name_words (x);
  g_autoptr (GHashTable) topics = topic_words (x);

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;
      gboolean plan = FALSE, pronoun, topic = FALSE;

      if (s->kind == PL_BLOCK_HEADING)
        {
          plan_before = FALSE;
          continue;
        }
      for (guint t = s->first; t < end; t++)
        {
          guint length = 0, verb = 0, modal = 0;

          /* ", which aimed to introduce X" after the plan was named. */
          if (plan && _pl_extract_token_is (x, t, "which") && pl_analysis_match (x->a, relative, t + 1, end, NULL) != NULL)
            {
              _pl_extract_take_aim (x, _pl_extract_phase_for_sentence (x, si), si, t + 1);
              break;
            }
          /* "It will involve X" just after a plan was named. */
          pronoun = t == s->first && plan_before && _pl_extract_token_is (x, t, "it") && si > 0 &&
                    PL_SENTENCE (x->a, si - 1)->block == s->block;
          if (pronoun)
            length = 1;
          else if ((topic = is_topic_noun (x, s, topics, t)))
            length = 1;
          else if (!_pl_extract_has_cue (x, t, CUE_PLAN_NOUN) || pl_analysis_match (x->a, nouns, t, end, &length) == NULL ||
                   PL_TOKEN (x->a, t)->quoted || is_other_named_plan (x, si, t))
            continue;
          plan = TRUE;
          verb = t + length;
          /* "The campaign, which includes X and Y, cost…". */
          if (verb + 2 < end && pl_analysis_is_punct (x->a, verb, ",") && _pl_extract_token_is (x, verb + 1, "which") &&
              pl_analysis_match (x->a, verbs, verb + 2, end, NULL) != NULL)
            {
              _pl_extract_take_aim (x, _pl_extract_phase_for_sentence (x, si), si, verb + 2);
              break;
            }
          if (!pronoun && heads_subject (x, s, t))
            verb = skip_complement (x, verb, end);
          for (; verb < end && verb < t + length + 3 && _pl_extract_is_skippable (x, verb) &&
                 pl_analysis_match (x->a, verbs, verb, end, NULL) == NULL && !_pl_extract_is_commitment (x, verb, end, &modal);)
            verb++;
          /* "The blackout would be the latest of…" says what the
           * undertaking is like, not what it does. */
          if (topic && verb + 1 < end && _pl_extract_in_components_list (x, "modals", verb) && _pl_extract_token_is (x, verb + 1, "be"))
            break;
          if (pl_analysis_match (x->a, verbs, verb, end, NULL) != NULL)
            {
              _pl_extract_take_aim (x, _pl_extract_phase_for_sentence (x, si), si, verb);
              break;
            }
          /* "The law targets employers by forbidding X and requires Y". */
          if ((pronoun || heads_subject (x, s, t)) && _pl_extract_aim_subject_start (x, s, t) + 4 > t &&
              provision_parts (x, _pl_extract_phase_for_sentence (x, si), si, verb, end) > 0)
            break;
          /* "The merger will create…": what the plan will do; "the
           * agreement allows Yahoo to end the deal": what it lets happen. */
          if (!topic && (pronoun || heads_subject (x, s, t)) &&
              (_pl_extract_is_commitment (x, verb, end, &modal) || (verb < end && _pl_extract_in_components_list (x, "enable_verbs", verb) && (modal = 0) == 0)))
            {
              _pl_extract_add_parties (x, names, t, _pl_extract_aim_end (x, verb + modal, end));
              _pl_extract_take_commitment (x, _pl_extract_phase_for_sentence (x, si), si, G_MAXUINT, verb, modal);
              break;
            }
        }
      plan_before = plan;
    }
}

/* Whether a number or an amount of money is among the tokens. */
static gboolean
has_amount (Extraction *x,
            guint first,
            guint end)
{
  for (guint t = first; t < end; t++)
    if (g_ascii_isdigit (PL_TOKEN (x->a, t)->lower[0]) || pl_analysis_is_punct (x->a, t, "$€£¥"))
      return TRUE;
  return FALSE;
}

/* Whether a noun of a deal's terms is among the first words from @first. */
static gboolean
names_term (Extraction *x,
            guint first,
            guint end)
{
  for (guint t = first; t < end && t < first + 8; t++)
    if (pl_analysis_match (x->a, pl_lexicon_list ("components", "term_nouns"), t, end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* "There will be a shareholder vote", "there is a break fee of $15
 * million": a term stated by itself; one in the present needs its
 * figure, one under a condition ("whether there will be…") is none. */
static void
existential_term (Extraction *x,
                  guint si,
                  guint t)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, length = 0, np, stop;
  gboolean future;

  if (pl_analysis_match (x->a, pl_lexicon_list ("components", "existentials"), t, end, &length) == NULL ||
      (t > s->first && _pl_extract_in_components_list (x, "conditions", t - 1)))
    return;
  np = t + length;
  future = _pl_extract_token_is (x, t + 1, "will") || _pl_extract_token_is (x, t + 1, "would") || _pl_extract_token_is (x, t + 2, "to");
  if (np >= end || _pl_extract_in_components_list (x, "negations", np) || _pl_extract_in_components_list (x, "hedges", np))
    return;
  stop = _pl_extract_aim_end (x, np, end);
  if (names_term (x, np, stop) && (future || has_amount (x, np, stop)))
    _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, t, stop, NULL, PART_PROSE);
}

/* "Reed, who will be the merged company's chairman": who is to hold
 * which post. */
static void
role_term (Extraction *x,
           guint si,
           guint t)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, length = 0, name = t - 1;

  if (t < s->first + 2 || !pl_analysis_is_punct (x->a, t - 1, ",") ||
      pl_analysis_match (x->a, pl_lexicon_list ("components", "role_verbs"), t + 1, end, &length) == NULL)
    return;
  while (name > s->first && PL_TOKEN (x->a, name - 1)->capitalized && PL_TOKEN (x->a, name - 1)->is_word)
    name--;
  if (name == t - 1)
    return;
  for (guint u = t + 1 + length; u < end && u < t + 1 + length + 6 && !pl_analysis_is_punct (x->a, u, ",;:"); u++)
    {
      guint role = 0;

      if (pl_analysis_match (x->a, pl_lexicon_list ("components", "role_nouns"), u, end, &role) != NULL)
        {
          /* "… of the merged company": the post's body goes with it. */
          guint stop = u + role;
          PlComponent *part;

          if (stop < end && _pl_extract_token_is (x, stop, "of"))
            stop = _pl_extract_aim_end (x, stop, end);
          /* Who holds a post is a matter of governance, whatever the
           * sentence goes on to say. */
          if ((part = _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, name, stop, NULL, PART_PROSE)) != NULL)
            pl_component_set_category (part, PL_CATEGORY_GOVERNANCE);
          return;
        }
    }
}

/* "The $4.8 billion will be paid to the parent": an amount, the subject
 * of a passive, is a term of the deal. */
static void
amount_term (Extraction *x,
             guint si,
             guint t)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, length = 0, start;

  if (!_pl_extract_is_commitment (x, t, end, &length) || t + length + 1 >= end || !_pl_extract_token_is (x, t + length, "be") ||
      !_pl_extract_is_participle (x, t + length + 1))
    return;
  start = _pl_extract_aim_subject_start (x, s, t);
  /* The amount heads the subject: "the $4.8 billion", not "analysts
   * expect 16 million cars". */
  if (t > start + 6 || !has_amount (x, start, MIN (t, start + 3)) || (start > s->first && _pl_extract_in_components_list (x, "conditions", start - 1)))
    return;
  for (guint u = start; u < t; u++)
    if (PL_TOKEN (x->a, u)->is_word && !g_ascii_isdigit (PL_TOKEN (x->a, u)->lower[0]) && !_pl_extract_in_components_list (x, "definites", u) &&
        !_pl_extract_in_components_list (x, "function_words", u) && u < start + 2 && !_pl_extract_token_is (x, u, "about") && !_pl_extract_token_is (x, u, "some"))
      return;
  _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, start, _pl_extract_aim_end (x, t + length, end), NULL, PART_PROSE);
}

/* The terms of a deal stated bare: "there will be a shareholder vote",
 * "there is a break fee of $15 million", "the $4.8 billion will be paid
 * to the parent", "Reed, who will be the merged company's chairman". */
void
_pl_extract_stated_terms (Extraction *x)
{
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t + 2 < end; t++)
        {
          if (PL_TOKEN (x->a, t)->quoted)
            continue;
          if (_pl_extract_token_is (x, t, "there"))
            existential_term (x, si, t);
          else if (_pl_extract_token_is (x, t, "who"))
            role_term (x, si, t);
          else if (t + 3 < end && (_pl_extract_token_is (x, t + 1, "be") || _pl_extract_token_is (x, t + 2, "be")))
            amount_term (x, si, t);
        }
    }
}

/* "Aid corridors, medical evacuations, and rebuilding essential
 * infrastructure are seen as immediate priorities": the subject's items. */
void
_pl_extract_priority_components (Extraction *x)
{
  const PlLexList *nouns = pl_lexicon_list ("components", "priority_nouns");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens, verb = G_MAXUINT;
      gboolean found = FALSE;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t < end && t < s->first + 25 && !found; t++)
        {
          if (verb == G_MAXUINT && (_pl_extract_token_is (x, t, "are") || _pl_extract_token_is (x, t, "is")))
            verb = t;
          else if (verb != G_MAXUINT && t < verb + 6)
            found = pl_analysis_match (x->a, nouns, t, end, NULL) != NULL;
        }
      if (found && !_pl_extract_is_anaphoric (x, s->first, verb))
        _pl_extract_add_parts (x, _pl_extract_phase_for_sentence (x, si), si, s->first, verb, FALSE);
    }
}

/* Whether the sentence speaks of a deal or its negotiation. */
static gboolean
speaks_of_deal (Extraction *x,
                const PlSentence *s)
{
  return _pl_extract_count_matches (x, pl_lexicon_list ("components", "deal_context"), s->first,
                                    s->first + s->n_tokens, NULL) > 0;
}

/* Whether a verb of unveiling comes just before the noun at @noun. */
static gboolean
unveils (Extraction *x,
         const PlSentence *s,
         guint noun)
{
  for (guint t = noun; t > s->first && t + 4 > noun; t--)
    if (_pl_extract_in_components_list (x, "unveil_verbs", t - 1))
      return TRUE;
  return FALSE;
}

/* Whether an intent noun is one ("a plan to", "the mayor's plan to", "lofty
 * plans to") and not a verb ("we plan to", "the Lakers plan to"): what
 * comes before it is a determiner, a possessive or a lower-case word
 * other than a pronoun or an auxiliary. */
static gboolean
is_noun_use (Extraction *x,
             const PlSentence *s,
             guint noun)
{
  PlToken *before;

  if (noun == s->first)
    return FALSE;
  before = PL_TOKEN (x->a, noun - 1);
  if (!before->is_word)
    return FALSE;
  if (g_str_has_suffix (before->lower, "'s") || _pl_extract_token_is (x, noun - 1, "a") || _pl_extract_token_is (x, noun - 1, "an") ||
      _pl_extract_in_components_list (x, "definites", noun - 1))
    return TRUE;
  return !before->capitalized && !_pl_extract_in_components_list (x, "pronouns", noun - 1) && !_pl_extract_in_components_list (x, "function_words", noun - 1) &&
         !_pl_extract_in_components_list (x, "subject_tail", noun - 1) && !g_ascii_isdigit (before->lower[0]);
}

/* Whether "part of" comes just before the noun at @noun, over a
 * determiner and an adjective or two ("part of a broader effort"). */
static gboolean
is_part_of (Extraction *x,
            const PlSentence *s,
            guint noun)
{
  for (guint t = noun; t > s->first + 1 && t + 4 > noun; t--)
    if (_pl_extract_token_is (x, t - 1, "of") && _pl_extract_token_is (x, t - 2, "part"))
      return TRUE;
  return FALSE;
}

/* "an effort by the company to cut costs": past whose intent it is, a
 * short phrase of "by" or "of" without a verb or a comma, to its "to".
 * Returns the length from @t to just before "to", or 0. */
static guint
past_owner (Extraction *x,
            guint t,
            guint length,
            guint end)
{
  guint u = t + length;

  if (u >= end || !(_pl_extract_token_is (x, u, "by") || _pl_extract_token_is (x, u, "of")))
    return 0;
  for (u++; u < end && u < t + length + 8; u++)
    {
      if (_pl_extract_token_is (x, u, "to"))
        return u - 1 > t + length ? u - t : 0;
      if (!PL_TOKEN (x->a, u)->is_word || _pl_extract_in_components_list (x, "finite_verbs", u) || _pl_extract_in_components_list (x, "relatives", u) ||
          _pl_extract_in_components_list (x, "aim_stops", u))
        return 0;
    }
  return 0;
}

/* "a deal to purchase 30 jets", "lofty plans to expand the fleet", "the president's
 * reluctance to roll back tariffs" in talks on a deal, "unlikely to agree to
 * cut output": what a deal or a commitment is to do, a term of the plan. */
void
_pl_extract_term_components (Extraction *x)
{
  const PlLexList *intents = pl_lexicon_list ("components", "intent_nouns");
  const PlLexList *stances = pl_lexicon_list ("components", "stance_nouns");
  const PlLexList *efforts = pl_lexicon_list ("components", "effort_nouns");
  const PlLexList *verbs = pl_lexicon_list ("components", "term_verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;
      int deal = -1; /* whether the sentence speaks of a deal, once asked */

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t + 2 < end; t++)
        {
          guint length = 0, aim, stop;
          gboolean term = FALSE;

          if (!_pl_extract_has_cue (x, t, CUE_TERM) || PL_TOKEN (x->a, t)->quoted)
            continue;
          /* "missiles that it agreed to provide": the term is what comes
           * before, not after. */
          if (pl_analysis_match (x->a, verbs, t, end, &length) != NULL)
            term = !(t > s->first + 1 && (_pl_extract_in_components_list (x, "relatives", t - 1) || _pl_extract_in_components_list (x, "relatives", t - 2)));
          else if (pl_analysis_match (x->a, intents, t, end, &length) != NULL &&
                   (_pl_extract_token_is (x, t + length, "to") || (length = past_owner (x, t, length, end)) > 0))
            {
              term = is_noun_use (x, s, t) && !is_other_named_plan (x, si, t);
              length++;
            }
          else if (pl_analysis_match (x->a, efforts, t, end, &length) != NULL && is_part_of (x, s, t) &&
                   (_pl_extract_token_is (x, t + length, "to") || (length = past_owner (x, t, length, end)) > 0))
            {
              term = TRUE;
              length++;
            }
          else if (pl_analysis_match (x->a, stances, t, end, &length) != NULL && _pl_extract_token_is (x, t + length, "to"))
            {
              if (deal < 0)
                deal = speaks_of_deal (x, s);
              term = deal > 0;
              length++;
            }
          if (!term)
            continue;
          aim = t + length;
          /* "in order to" is a purpose; "to" before "a", "the" or an -ing
           * word ("committed to publishing") is no verb's. */
          if (aim >= end || !PL_TOKEN (x->a, aim)->is_word || g_ascii_isdigit (PL_TOKEN (x->a, aim)->lower[0]) ||
              _pl_extract_in_components_list (x, "function_words", aim) || _pl_extract_is_component_gerund (x, aim) || (t > s->first && _pl_extract_token_is (x, t - 1, "in")))
            continue;
          stop = _pl_extract_aim_end (x, aim, end);
          /* "The ministry has unveiled a plan to help farmers cut costs", in
           * the lead: what the plan is for, its summary. */
          if (si < 2 && unveils (x, s, t))
            {
              _pl_extract_set_summary (x, NULL, si);
              t = stop;
              continue;
            }
          /* "reluctance to roll back tariffs was dampening…": the
           * sentence's own verb ends what the deal is to do. */
          for (guint u = aim + 1; u < stop; u++)
            if (_pl_extract_in_components_list (x, "finite_verbs", u))
              {
                stop = u;
                break;
              }
          if (stop > aim + 1 && !_pl_extract_is_anaphoric (x, aim, stop) && !_pl_extract_take_gist (x, _pl_extract_phase_for_sentence (x, si), si, aim, stop, FALSE))
            _pl_extract_add_parts (x, _pl_extract_phase_for_sentence (x, si), si, aim, stop, FALSE);
          t = stop;
        }
    }
}

/* "…after foreign troops leave the country under the president's
 * announcement", "Under the deal, the country will cap its output": what the
 * plan makes happen. Returns the noun of the plan after "under", or
 * G_MAXUINT. */
static guint
under_plan (Extraction *x,
            guint under,
            guint end,
            gboolean opener)
{
  for (guint t = under + 1; t < end && t < under + 7; t++)
    {
      if (_pl_extract_in_components_list (x, "under_nouns", t) || (opener && _pl_extract_in_components_list (x, "provision_nouns", t)))
        return t;
      if (!PL_TOKEN (x->a, t)->is_word || _pl_extract_token_is (x, t, "of"))
        break;
    }
  return G_MAXUINT;
}

void
_pl_extract_under_components (Extraction *x)
{
  const PlLexList *breaks = pl_lexicon_list ("status", "clause_breaks");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t + 2 < end; t++)
        {
          guint noun, start;

          /* "Now, through the settlement, X": an opener after a word. */
          gboolean opens = t <= s->first + 1 || (t == s->first + 2 && pl_analysis_is_punct (x->a, t - 1, ","));

          if (!(_pl_extract_token_is (x, t, "under") || (opens && _pl_extract_in_components_list (x, "rule_openers", t))) || PL_TOKEN (x->a, t)->quoted ||
              (noun = under_plan (x, t, end, opens)) == G_MAXUINT)
            continue;
          if (!_pl_extract_token_is (x, t, "under") && !(noun + 1 < end && pl_analysis_is_punct (x->a, noun + 1, ",")))
            break;
          if (opens && noun + 1 < end && pl_analysis_is_punct (x->a, noun + 1, ","))
            {
              /* "Under the deal, X": X. */
              _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, noun + 2, _pl_extract_aim_end (x, noun + 2, end), NULL, PART_PROSE);
              break;
            }
          /* "X under the deal": X from the clause's start. */
          for (start = t; start > s->first && t - start < 12 && !pl_analysis_is_punct (x->a, start - 1, ",;:—–") &&
                          pl_analysis_match (x->a, breaks, start - 1, t, NULL) == NULL;)
            start--;
          if (start > s->first && t - start >= 2)
            _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, start, t, NULL, PART_PROSE);
          break;
        }
    }
}

/* Where the subject of a clause that opens @s starts: past a short
 * opener and its comma ("Across the board, the department will…"). */
static guint
clause_subject (Extraction *x,
                const PlSentence *s)
{
  for (guint t = s->first + 1; t < s->first + s->n_tokens && t < s->first + 7; t++)
    if (pl_analysis_is_punct (x->a, t, ","))
      return _pl_extract_in_components_list (x, "conditions", s->first) ? G_MAXUINT : t + 1;
  return s->first;
}

/* Whether @s opens with a plan's provision: "Under the settlement, …",
 * or names a plan's measures: "concessions in the new bill". */
static gboolean
anchors_provisions (Extraction *x,
                    const PlSentence *s)
{
  guint end = s->first + s->n_tokens;

  for (guint t = s->first; t + 2 < end; t++)
    {
      if (t <= s->first + 2 && _pl_extract_in_components_list (x, "rule_openers", t) && under_plan (x, t, end, TRUE) != G_MAXUINT)
        return TRUE;
      if (_pl_extract_in_components_list (x, "measure_nouns", t) && (_pl_extract_token_is (x, t + 1, "in") || _pl_extract_token_is (x, t + 1, "of") || _pl_extract_token_is (x, t + 1, "under")))
        for (guint u = t + 2; u < end && u < t + 7; u++)
          if (_pl_extract_has_cue (x, u, CUE_PLAN_NOUN) && _pl_extract_in_components_list (x, "plan_nouns", u))
            return TRUE;
    }
  return FALSE;
}

/* A clause from @start whose verb at @modal commits: the subject with it
 * when it names who or what ("the Ombudsman will receive a copy"), else
 * what is committed to. */
static void
take_provision (Extraction *x,
                guint si,
                guint start,
                guint modal,
                guint length)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, aim = modal + length;

  if (aim >= end || _pl_extract_in_components_list (x, "hedges", aim) || PL_TOKEN (x->a, start)->quoted)
    return;
  if (_pl_extract_in_components_list (x, "pronouns", start) || modal == start)
    _pl_extract_take_commitment (x, _pl_extract_phase_for_sentence (x, si), si, G_MAXUINT, modal, length);
  /* "Young people will have a lawyer", "the Ombudsman will receive a
   * copy": who gets something, or a name, goes with it. */
  else if (!_pl_extract_is_anaphoric (x, start, modal) &&
           (_pl_extract_in_components_list (x, "receive_verbs", aim) || PL_TOKEN (x->a, start + _pl_extract_in_components_list (x, "definites", start))->capitalized))
    _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, start, _pl_extract_aim_end (x, aim, end), NULL, PART_PROSE);
  else
    _pl_extract_take_commitment (x, _pl_extract_phase_for_sentence (x, si), si, start, modal, length);
}

/* "Under the settlement, the county will no longer accept X. Young
 * people will have a lawyer. The department will improve Y": after a
 * sentence that opens with a plan's provision or names its measures,
 * what each sentence of the paragraph and of the next commits to. */
void
_pl_extract_provision_components (Extraction *x)
{
  const PlLexList *modals = pl_lexicon_list ("components", "commit_modals");
  guint last_block = G_MAXUINT;

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);

      if (s->kind == PL_BLOCK_HEADING)
        {
          last_block = G_MAXUINT;
          continue;
        }
      if (anchors_provisions (x, s))
        {
          last_block = s->block + 1;
          continue;
        }
      if (last_block == G_MAXUINT || s->block > last_block)
        {
          last_block = G_MAXUINT;
          continue;
        }
      {
        guint start = clause_subject (x, s), end = s->first + s->n_tokens;

        if (start == G_MAXUINT)
          continue;
        for (guint t = start; t < end && t < start + 16; t++)
          {
            guint length = 0;

            if (pl_analysis_is_punct (x->a, t, ";:\"“”"))
              break;
            if (pl_analysis_match (x->a, modals, t, end, &length) != NULL ||
                (_pl_extract_token_is (x, t, "must") && (length = 1) == 1))
              {
                if (t > start)
                  take_provision (x, si, start, t, length);
                break;
              }
          }
      }
    }
}

/* "Travellers arriving from X must self-isolate", "penalties are to be
 * increased to £10,000", "the building will be turned into a school": a
 * rule for a class of people, or a measure in the passive, stated as a
 * fact, is a part of the plan. */
void
_pl_extract_rule_components (Extraction *x)
{
  const PlLexList *rules = pl_lexicon_list ("components", "rule_modals");
  const PlLexList *passives = pl_lexicon_list ("components", "passive_modals");
  const PlLexList *measures = pl_lexicon_list ("components", "measure_participles");
  const PlLexList *subjects = pl_lexicon_list ("components", "rule_subjects");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t + 2 < end; t++)
        {
          guint length = 0, start, stop, head;
          gboolean rule;
          PlComponent *part;

          if (!_pl_extract_has_cue (x, t, CUE_RULE_MODAL) || PL_TOKEN (x->a, t)->quoted)
            continue;
          rule = pl_analysis_match (x->a, rules, t, end, &length) != NULL;
          if (!rule && (pl_analysis_match (x->a, passives, t, end, &length) == NULL ||
                        pl_analysis_match (x->a, measures, t + length, end, NULL) == NULL))
            continue;
          for (start = t; start > s->first && t - start < 16 && !pl_analysis_is_punct (x->a, start - 1, ",;:—–") &&
                          !_pl_extract_token_is (x, start - 1, "that");)
            start--;
          /* The clause opens the sentence, or follows "said that" or a dateline. */
          if (t - start > 14 ||
              (start > s->first && !_pl_extract_token_is (x, start - 1, "that") && !pl_analysis_is_punct (x->a, start - 1, "—–")) ||
              (start > s->first + 1 && _pl_extract_in_components_list (x, "conditions", start - 2)))
            break;
          head = start;
          while (head < t && head < start + 3 && (_pl_extract_in_components_list (x, "definites", head) || _pl_extract_in_components_list (x, "leading", head)))
            head++;
          if (head >= t || _pl_extract_in_components_list (x, "pronouns", head) || _pl_extract_in_components_list (x, "anaphora", head) ||
              (rule && pl_analysis_match (x->a, subjects, head, t, NULL) == NULL &&
               pl_analysis_match (x->a, subjects, head + 1, t, NULL) == NULL))
            break;
          /* "the deal will be signed" is the plan's own, no part of it. */
          if (!rule && _pl_extract_count_matches (x, pl_lexicon_list ("components", "plan_nouns"), head, MIN (t, head + 3), NULL) > 0)
            break;
          stop = _pl_extract_aim_end (x, t + length, end);
          /* A rule laid down is a matter of governance unless its words
           * say otherwise. */
          if (stop > t + length && (part = _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, start, stop, NULL, PART_PROSE)) != NULL &&
              pl_component_get_category (part) == PL_CATEGORY_OTHER)
            pl_component_set_category (part, PL_CATEGORY_GOVERNANCE);
          break;
        }
    }
}

/* "an order of 50 wide-body jets": what a purchase deal buys. "Its
 * order" was told of before. */
void
_pl_extract_order_components (Extraction *x)
{
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t + 3 < end; t++)
        {
          guint n;

          if (!_pl_extract_has_cue (x, t, CUE_ORDER) || !(_pl_extract_token_is (x, t + 1, "of") || _pl_extract_token_is (x, t + 1, "for")) ||
              !g_ascii_isdigit (PL_TOKEN (x->a, t + 2)->lower[0]) || _pl_extract_in_components_list (x, "definites", t - 1))
            continue;
          for (n = t + 3; n < end && n < t + 8 && !_pl_extract_is_function_word (x, n); n++)
            ;
          _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, t, n, NULL, PART_PROSE);
          t = n;
        }
    }
}

/* "these two issues — the border and water rights", "three pillars: X,
 * Y and Z": parts the text counts. */
void
_pl_extract_counted_components (Extraction *x)
{
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t + 3 < end; t++)
        {
          const PlLexEntry *number;
          guint stop;

          if (!_pl_extract_has_cue (x, t, CUE_NUMBER))
            continue;
          number = pl_lex_list_lookup (pl_lexicon_list ("phases", "numbers"), PL_TOKEN (x->a, t)->lower);
          if (number == NULL || number->value < 2 || !_pl_extract_in_components_list (x, "lead_nouns", t + 1) ||
              !pl_analysis_is_punct (x->a, t + 2, ":—–"))
            continue;
          stop = _pl_extract_aim_end (x, t + 3, end);
          _pl_extract_add_parts (x, _pl_extract_phase_for_sentence (x, si), si, t + 3, stop, number->value == 2);
          break;
        }
    }
}

/* "That target is expected to be achieved with new wind farms": the
 * means of a target are parts of the plan. */
void
_pl_extract_means_components (Extraction *x)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "achieve_verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;
      gboolean target = FALSE;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t + 2 < end; t++)
        {
          guint length = 0;

          if (_pl_extract_has_cue (x, t, CUE_TARGET))
            target = TRUE;
          else if (target && _pl_extract_has_cue (x, t, CUE_ACHIEVE) && pl_analysis_match (x->a, verbs, t, end, &length) != NULL)
            {
              _pl_extract_add_parts (x, _pl_extract_phase_for_sentence (x, si), si, t + length, _pl_extract_aim_end (x, t + length, end), FALSE);
              break;
            }
        }
    }
}

/**
 * _pl_extract_components:
 *
 * Finds what each phase and the plan as a whole consist of: the items of
 * a list introduced by a lead-in ("key components … include:"), the aims
 * stated in sentences about a phase or the plan, the goals and
 * commitments of who is behind it, the terms of a deal (what it is to
 * do, what is bought, what happens under it) and the means of its
 * targets.
 */
/* Whether a noun of a plan or its parts comes just before the examples
 * at @t ("a package, including", "measures such as"), and the examples
 * are no names ("firms such as Alden"). */
static gboolean
exemplifies_plan (Extraction *x,
                  const PlSentence *s,
                  guint t,
                  guint length)
{
  guint noun = t - 1 - (t > s->first + 1 && pl_analysis_is_punct (x->a, t - 1, ","));

  return noun > s->first && _pl_extract_in_components_list (x, "example_nouns", noun) && is_noun_use (x, s, noun) &&
         t + length < s->first + s->n_tokens && !PL_TOKEN (x->a, t + length)->capitalized;
}

/* "a relief package including tax cuts, cash payments and cheaper loans",
 * "measures such as a wage freeze": the plan's parts by example. */
void
_pl_extract_example_components (Extraction *x)
{
  const PlLexList *examples = pl_lexicon_list ("components", "examples");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t + 1 < end; t++)
        {
          guint length = 0, stop;

          if (!_pl_extract_has_cue (x, t, CUE_EXAMPLE) || PL_TOKEN (x->a, t)->quoted ||
              pl_analysis_match (x->a, examples, t, end, &length) == NULL || !exemplifies_plan (x, s, t, length))
            continue;
          stop = _pl_extract_aim_end (x, t + length, end);
          if (stop > t + length + 1 && !_pl_extract_is_anaphoric (x, t + length, stop))
            _pl_extract_add_parts (x, _pl_extract_phase_for_sentence (x, si), si, t + length, stop, FALSE);
          t = stop;
        }
    }
}

/* "Tariffs on steel were raised to 25%", "the cuts have been extended
 * to schools": in a story about an undertaking the headline names, a
 * sentence that opens with it and tells a measure done to it gives a
 * part, the undertaking with it. */
void
_pl_extract_topic_measure_components (Extraction *x)
{
  const PlLexList *measures = pl_lexicon_list ("components", "measure_participles");
  const PlLexList *auxiliaries = pl_lexicon_list ("components", "past_passives");
  g_autoptr (GHashTable) topics = topic_words (x);

  if (g_hash_table_size (topics) == 0)
    return;
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens, noun = s->first;

      if (s->kind == PL_BLOCK_HEADING || PL_TOKEN (x->a, s->first)->quoted)
        continue;
      /* The subject's head among its first words: "Tariffs", "The new
       * tariffs", "China-specific tariffs". */
      while (noun < end && noun < s->first + 4 && !g_hash_table_contains (topics, PL_TOKEN (x->a, noun)->lower))
        noun++;
      if (noun >= end || noun >= s->first + 4)
        continue;
      for (guint t = noun + 1; t + 2 < end && t < noun + 8 && !pl_analysis_is_punct (x->a, t, ",;:—–()"); t++)
        {
          guint length = 0, more = 0, stop;

          if (pl_analysis_match (x->a, auxiliaries, t, end, &length) == NULL)
            continue;
          if (_pl_extract_token_is (x, t + length, "also"))
            length++;
          if (pl_analysis_match (x->a, measures, t + length, end, &more) == NULL)
            break;
          stop = _pl_extract_aim_end (x, t + length + more, end);
          if (stop > t + length + more)
            _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, s->first, stop, NULL, PART_PROSE);
          break;
        }
    }
}
