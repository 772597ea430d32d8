/* pl-extract-phases.c: the plan's phases, their status and what they
 * consist of.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-extract-private.h"

/* Cues for a phase's status count within this many tokens of its mention. */
#define STATUS_WINDOW 8
/* An aim is at most this many tokens. */
#define MAX_AIM_TOKENS 30

typedef struct
{
  guint first; /* first token of the mention */
  guint end;   /* past its last token */
  int key;     /* the phase it names, or a relative key below */
} Mention;

/* Relative mentions, resolved against the phases named before. */
#define KEY_NEXT -2
#define KEY_SAME -3

static gboolean
is_phase_noun (Extraction *x,
               guint token)
{
  const PlLexList *nouns = pl_lexicon_list ("phases", "nouns");
  PlToken *t = PL_TOKEN (x->a, token);
  g_autofree char *singular = NULL;

  if (!t->is_word)
    return FALSE;
  if (pl_lex_list_lookup (nouns, t->lower) != NULL)
    return TRUE;
  if (!g_str_has_suffix (t->lower, "s") || strlen (t->lower) < 4)
    return FALSE;
  singular = g_strndup (t->lower, strlen (t->lower) - 1);
  return pl_lex_list_lookup (nouns, singular) != NULL;
}

/* "the second phase", "initial stage", "next phase", "final stage". */
static gboolean
match_word_before (Extraction *x,
                   guint t,
                   guint end,
                   Mention *m)
{
  PlToken *token = PL_TOKEN (x->a, t);
  const PlLexEntry *ordinal;
  guint noun = t + 1;

  if (!token->is_word || noun >= end)
    return FALSE;
  /* "the second and final phase": the noun after "and final". */
  if (!is_phase_noun (x, noun) && noun + 2 < end &&
      strcmp (PL_TOKEN (x->a, noun)->lower, "and") == 0 && is_phase_noun (x, noun + 2))
    noun += 2;
  if (!is_phase_noun (x, noun))
    return FALSE;
  /* "a first step" is a figure of speech, not a stage of the plan. */
  if (t > 0 && strcmp (PL_TOKEN (x->a, t - 1)->lower, "a") == 0)
    return FALSE;

  if ((ordinal = pl_lex_list_lookup (pl_lexicon_list ("phases", "ordinals"), token->lower)))
    m->key = ordinal->value;
  else if (pl_lex_list_lookup (pl_lexicon_list ("phases", "final"), token->lower))
    m->key = PHASE_KEY_FINAL;
  else if (pl_lex_list_lookup (pl_lexicon_list ("phases", "next"), token->lower))
    m->key = KEY_NEXT;
  else if (pl_lex_list_lookup (pl_lexicon_list ("phases", "same"), token->lower))
    m->key = KEY_SAME;
  else
    return FALSE;
  m->first = t;
  m->end = noun + 1;
  return TRUE;
}

/* "phase one", "Phase 2", "stage II". */
static gboolean
match_number_after (Extraction *x,
                    guint t,
                    guint end,
                    Mention *m)
{
  const PlLexEntry *number;

  if (!is_phase_noun (x, t) || t + 1 >= end || PL_TOKEN (x->a, t)->lower[0] == '\0')
    return FALSE;
  number = pl_lex_list_lookup (pl_lexicon_list ("phases", "numbers"), PL_TOKEN (x->a, t + 1)->lower);
  /* Roman "i" and "v" only in capitals: "phase I", not "phase i". */
  if (number == NULL || (strlen (PL_TOKEN (x->a, t + 1)->lower) == 1 &&
                         g_ascii_isalpha (PL_TOKEN (x->a, t + 1)->lower[0]) &&
                         !PL_TOKEN (x->a, t + 1)->capitalized))
    return FALSE;
  m->first = t;
  m->end = t + 2;
  m->key = number->value;
  return TRUE;
}

static int
last_key (Extraction *x,
          guint sentence)
{
  for (guint s = sentence + 1; s-- > 0;)
    if (x->sentence_phase[s] >= 0)
      return x->sentence_phase[s];
  return -1;
}

/* "The next phase" after "the initial stage, which focused…" is the
 * second; after "the second phase" is being launched, it is that one. */
static int
resolve_key (Extraction *x,
             const Mention *m,
             guint sentence)
{
  int last = last_key (x, sentence);
  PhaseDraft *previous;

  if (m->key >= 0)
    return m->key;
  if (last < 0)
    return m->key == KEY_NEXT ? 2 : 1;
  if (m->key == KEY_SAME)
    {
      /* "The new phase" after "the initial stage, which focused…" is the
       * newest phase named, not the earlier one just mentioned. */
      int newest = last;

      for (guint i = 0; i < x->phases->len; i++)
        {
          PhaseDraft *draft = g_ptr_array_index (x->phases, i);
          if (draft->key > newest && draft->key < PHASE_KEY_FINAL)
            newest = draft->key;
        }
      return newest;
    }
  previous = _pl_extract_find_phase (x, last);
  if (previous != NULL && previous->scores[PL_STATUS_COMPLETED] > previous->scores[PL_STATUS_CURRENT])
    return last + 1;
  return last;
}

static char *
mention_name (Extraction *x,
              const Mention *m)
{
  g_autofree char *text = pl_analysis_dup_span (x->a, m->first, m->end);

  return _pl_extract_clean_phrase (text);
}

static const char *const status_keys[] = {
  [PL_STATUS_COMPLETED] = "completed",
  [PL_STATUS_CURRENT] = "current",
  [PL_STATUS_PLANNED] = "planned",
};

/* Status cues go to the mention nearest to them in the sentence. */
static void
score_status (Extraction *x,
              const PlSentence *s,
              GArray *mentions,
              GArray *keys)
{
  guint end = s->first + s->n_tokens;

  for (guint st = PL_STATUS_COMPLETED; st <= PL_STATUS_PLANNED; st++)
    {
      const PlLexList *list = pl_lexicon_list ("status", status_keys[st]);

      for (guint t = s->first; t < end;)
        {
          guint length = 1, best = G_MAXUINT, best_distance = G_MAXUINT;
          const PlLexEntry *cue = pl_analysis_match (x->a, list, t, end, &length);

          for (guint i = 0; cue != NULL && i < mentions->len; i++)
            {
              Mention *m = &g_array_index (mentions, Mention, i);
              guint distance = t >= m->end ? t - m->end : m->first >= t + length ? m->first - (t + length)
                                                                                 : 0;

              /* A cue inside the mention ("next phase") counts too. */
              if (distance < best_distance)
                best = i, best_distance = distance;
            }
          if (cue != NULL && best_distance <= STATUS_WINDOW)
            {
              PhaseDraft *draft = _pl_extract_find_phase (x, g_array_index (keys, int, best));
              draft->scores[st] += (cue->value ? cue->value : 1) / (1.0 + best_distance / 4.0);
            }
          t += cue ? length : 1;
        }
    }
}

static void
find_mentions (Extraction *x,
               guint si,
               GArray *mentions)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens;

  for (guint t = s->first; t < end; t++)
    {
      Mention m;

      if (match_word_before (x, t, end, &m) || match_number_after (x, t, end, &m))
        {
          g_array_append_val (mentions, m);
          t = m.end - 1;
        }
    }
}

static PlStatus
best_status (PhaseDraft *draft)
{
  PlStatus best = PL_STATUS_UNKNOWN;
  double best_score = 1.5; /* below this, the text does not say */

  for (guint st = PL_STATUS_COMPLETED; st <= PL_STATUS_PLANNED; st++)
    if (draft->scores[st] > best_score)
      best = (PlStatus) st, best_score = draft->scores[st];
  return best;
}

/* Phases before the current one are done, those after it to come,
 * unless the text says otherwise. */
static void
settle_statuses (Extraction *x)
{
  int current = -1;

  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);
      PlStatus status = best_status (draft);

      pl_phase_set_status (draft->phase, status);
      if (status == PL_STATUS_CURRENT && draft->key > 0 && current < 0)
        current = draft->key;
    }
  for (guint i = 0; i < x->phases->len && current > 0; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);

      if (pl_phase_get_status (draft->phase) != PL_STATUS_UNKNOWN || draft->key <= 0)
        continue;
      pl_phase_set_status (draft->phase, draft->key < current ? PL_STATUS_COMPLETED : PL_STATUS_PLANNED);
    }
}

/**
 * _pl_extract_phases:
 *
 * Finds the phases the text names ("the second phase", "phase two",
 * "initial stage", "the next phase"), which sentences speak of which, and
 * each phase's status from the words around its mentions.
 */
void
_pl_extract_phases (Extraction *x)
{
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
      g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (int));

      find_mentions (x, si, mentions);
      for (guint i = 0; i < mentions->len; i++)
        {
          Mention *m = &g_array_index (mentions, Mention, i);
          int key = resolve_key (x, m, si);
          g_autofree char *name = mention_name (x, m);
          PhaseDraft *draft = _pl_extract_ensure_phase (x, key, m->key >= 0 ? name : NULL);

          if (draft->name == NULL && m->key >= 0)
            draft->name = g_strdup (name);
          g_array_append_val (draft->mentions, m->first);
          g_array_append_val (keys, key);
          x->sentence_phase[si] = key;
          if (draft->mentions->len <= 3)
            _pl_extract_add_evidence (x, PL_ITEM (draft->phase), m->first, m->end);
        }
      if (mentions->len > 0)
        score_status (x, PL_SENTENCE (x->a, si), mentions, keys);
    }
  settle_statuses (x);
}

/* ---- Components ---------------------------------------------------- */

static void
add_component (Extraction *x,
               PhaseDraft *draft,
               guint first,
               guint end)
{
  g_autofree char *raw = pl_analysis_dup_span (x->a, first, end);
  g_autofree char *text = _pl_extract_clean_phrase (raw);
  g_autoptr (PlComponent) component = NULL;
  GListModel *existing = pl_phase_get_components (draft->phase);

  if (g_utf8_strlen (text, -1) < 4)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (existing); i++)
    {
      g_autoptr (PlComponent) other = g_list_model_get_item (existing, i);

      if (_pl_extract_similarity (pl_component_get_text (other), text) >= 0.6)
        {
          _pl_extract_add_evidence (x, PL_ITEM (other), first, end);
          return;
        }
    }
  component = pl_component_new ();
  pl_component_set_text (component, text);
  pl_component_set_category (component, _pl_extract_categorize (x, first, end));
  pl_component_set_status (component, pl_phase_get_status (draft->phase));
  _pl_extract_add_evidence (x, PL_ITEM (component), first, end);
  pl_phase_add_component (draft->phase, component);
}

/* The phase a sentence is about, or the one the text spoke of last. */
static PhaseDraft *
phase_for_sentence (Extraction *x,
                    guint si,
                    gboolean allow_plan)
{
  int key = last_key (x, si);

  if (key >= 0)
    return _pl_extract_find_phase (x, key);
  return allow_plan ? _pl_extract_ensure_phase (x, PHASE_KEY_PLAN, NULL) : NULL;
}

static guint
sentence_of_token (Extraction *x,
                   guint token)
{
  guint lo = 0, hi = x->a->sentences->len;

  while (lo + 1 < hi)
    {
      guint mid = (lo + hi) / 2;
      if (PL_SENTENCE (x->a, mid)->first <= token)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* One component per list item, even one of several sentences. */
static void
add_list_items (Extraction *x,
                PhaseDraft *draft,
                guint si)
{
  guint n = x->a->sentences->len;

  while (si < n && PL_SENTENCE (x->a, si)->kind == PL_BLOCK_LIST_ITEM)
    {
      guint block = PL_SENTENCE (x->a, si)->block;
      guint first = PL_SENTENCE (x->a, si)->first, end = first;

      for (; si < n && PL_SENTENCE (x->a, si)->block == block; si++)
        end = PL_SENTENCE (x->a, si)->first + PL_SENTENCE (x->a, si)->n_tokens;
      add_component (x, draft, first, end);
    }
}

/* A list after "Key components of the second phase include:" holds the
 * phase's parts; after a lead-in without a phase, the plan's. */
static void
list_components (Extraction *x)
{
  const PlLexList *lead_in = pl_lexicon_list ("components", "lead_in");

  for (guint si = 1; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      PlSentence *before = PL_SENTENCE (x->a, si - 1);
      guint before_end = before->first + before->n_tokens;
      PhaseDraft *draft;

      if (s->kind != PL_BLOCK_LIST_ITEM || before->kind == PL_BLOCK_LIST_ITEM ||
          !pl_analysis_is_punct (x->a, before_end - 1, ":"))
        continue;
      if (x->sentence_phase[si - 1] < 0 &&
          _pl_extract_count_matches (x, lead_in, before->first, before_end, NULL) == 0)
        continue;

      draft = phase_for_sentence (x, si - 1, TRUE);
      add_list_items (x, draft, si);
    }
}

static gboolean
is_skippable (Extraction *x,
              guint token)
{
  static const char *const skip[] = { "which", "that", "reportedly", "also", "primarily",
                                      "mainly", "largely", "chiefly", "now", "currently",
                                      "is", "was", "will", "would", "be", NULL };
  PlToken *t = PL_TOKEN (x->a, token);

  return (!t->is_word && strcmp (t->lower, ",") == 0) || g_strv_contains (skip, t->lower);
}

/* The end of an aim: a stop word, a clause break or the sentence's end. */
static guint
aim_end (Extraction *x,
         guint start,
         guint end)
{
  const PlLexList *stops = pl_lexicon_list ("components", "aim_stops");
  guint limit = MIN (end, start + MAX_AIM_TOKENS);

  for (guint t = start; t < limit; t++)
    {
      if (pl_analysis_is_punct (x->a, t, ";:.()—–\"“”"))
        return t;
      if (pl_analysis_is_punct (x->a, t, ",") && t + 1 < end &&
          pl_analysis_match (x->a, stops, t + 1, end, NULL) != NULL)
        return t;
      if (t > start && pl_analysis_match (x->a, stops, t, end, NULL) != NULL)
        return t;
    }
  return limit;
}

/* From a mention to where its verb would be: past "of the Gaza peace
 * plan", past ", planned for next year,", past "which", "reportedly"… */
static guint
skip_to_aim (Extraction *x,
             guint mention,
             guint end)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "aim_verbs");
  guint t = mention;

  while (t < end && (is_phase_noun (x, t) || pl_lex_list_lookup (pl_lexicon_list ("phases", "ordinals"), PL_TOKEN (x->a, t)->lower) || !PL_TOKEN (x->a, t)->is_word || t == mention) &&
         !pl_analysis_is_punct (x->a, t, ","))
    {
      if (t > mention && is_phase_noun (x, t - 1) && !is_phase_noun (x, t))
        break;
      t++;
    }
  /* "phase two" / "Phase 3": the number. */
  if (t < end && t > mention && is_phase_noun (x, t - 1) &&
      pl_lex_list_lookup (pl_lexicon_list ("phases", "numbers"), PL_TOKEN (x->a, t)->lower))
    t++;
  if (t < end && strcmp (PL_TOKEN (x->a, t)->lower, "of") == 0)
    for (guint limit = t + 7; t < limit && t < end && PL_TOKEN (x->a, t)->is_word &&
                              pl_analysis_match (x->a, verbs, t, end, NULL) == NULL;)
      t++;
  if (t < end && pl_analysis_is_punct (x->a, t, ","))
    {
      /* A parenthesis between commas: ", which ended last week,". */
      guint close = t + 1;

      while (close < end && close < t + 8 && !pl_analysis_is_punct (x->a, close, ","))
        close++;
      if (close < end && pl_analysis_is_punct (x->a, close, ",") &&
          pl_analysis_match (x->a, verbs, close + 1, end, NULL) != NULL)
        t = close + 1;
    }
  while (t < end && is_skippable (x, t) && pl_analysis_match (x->a, verbs, t, end, NULL) == NULL)
    t++;
  return t;
}

static gboolean
is_anaphoric (Extraction *x,
              guint first,
              guint end)
{
  const PlLexList *anaphora = pl_lexicon_list ("components", "anaphora");

  for (guint t = first; t < end && t < first + 3; t++)
    if (pl_analysis_match (x->a, anaphora, t, end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

static void
add_parts (Extraction *x,
           PhaseDraft *draft,
           guint first,
           guint end)
{
  guint n_commas = 0;
  g_autoptr (GArray) parts = NULL;

  for (guint t = first; t < end; t++)
    {
      /* "arrangements that prioritize X, Y and Z" is one part. */
      if (n_commas == 0 && PL_TOKEN (x->a, t)->is_word &&
          g_strv_contains ((const char *[]){ "that", "which", "who", "where", NULL }, PL_TOKEN (x->a, t)->lower))
        break;
      n_commas += pl_analysis_is_punct (x->a, t, ",");
    }
  /* "X, Y and Z" lists its parts; "X and Y" only when both are actions
   * ("halting hostilities and facilitating access"). */
  parts = _pl_extract_split_list (x, first, end, n_commas < 2);
  for (guint i = 0; i < parts->len; i++)
    {
      Span part = g_array_index (parts, Span, i);

      /* "…, among other measures" ends a list without being in it. */
      if (pl_analysis_match (x->a, pl_lexicon_list ("components", "list_tails"), part.first, part.end, NULL) == NULL)
        add_component (x, draft, part.first, part.end);
    }
}

/* What follows an aim verb at @t: components, or the phase's gist. */
static void
take_aim (Extraction *x,
          PhaseDraft *draft,
          guint si,
          guint t)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, length = 0, stop;
  gboolean gist = pl_analysis_match (x->a, pl_lexicon_list ("components", "summary_verbs"), t, end, NULL) != NULL;

  if (pl_analysis_match (x->a, pl_lexicon_list ("components", "aim_verbs"), t, end, &length) == NULL)
    return;
  t += length;
  stop = aim_end (x, t, end);
  if (stop <= t || is_anaphoric (x, t, stop))
    return;
  /* "The next phase aims to move beyond emergency de-escalation toward
   * longer-term solutions…" says what the phase is about as a whole. */
  if (gist && stop - t > 10 && pl_phase_get_summary (draft->phase) == NULL)
    {
      g_autofree char *raw = pl_analysis_dup_sentence (x->a, s);
      g_autofree char *summary = _pl_extract_clean_phrase (raw);

      pl_phase_set_summary (draft->phase, summary);
      return;
    }
  add_parts (x, draft, t, stop);
}

/* "the initial stage, which focused primarily on X and Y", "the next
 * phase aims to X", "the second phase is expected to involve X". */
static void
aim_components (Extraction *x)
{
  for (guint pi = 0; pi < x->phases->len; pi++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, pi);

      for (guint mi = 0; mi < draft->mentions->len; mi++)
        {
          guint first = g_array_index (draft->mentions, guint, mi);
          guint si = sentence_of_token (x, first);
          PlSentence *s = PL_SENTENCE (x->a, si);

          if (s->kind != PL_BLOCK_HEADING)
            take_aim (x, draft, si, skip_to_aim (x, first, s->first + s->n_tokens));
        }
    }
}

/* "The plan includes actions to raise X, reduce Y and improve Z": the
 * parts of the plan as a whole, or of the phase the sentence is about. */
static void
plan_components (Extraction *x)
{
  const PlLexList *nouns = pl_lexicon_list ("components", "plan_nouns");
  const PlLexList *verbs = pl_lexicon_list ("components", "aim_verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first; t < end; t++)
        {
          guint length = 0, verb = 0;

          if (pl_analysis_match (x->a, nouns, t, end, &length) == NULL)
            continue;
          for (verb = t + length; verb < end && verb < t + length + 2 && is_skippable (x, verb) &&
                                  pl_analysis_match (x->a, verbs, verb, end, NULL) == NULL;)
            verb++;
          if (pl_analysis_match (x->a, verbs, verb, end, NULL) == NULL)
            continue;
          take_aim (x, x->sentence_phase[si] >= 0 ? _pl_extract_find_phase (x, x->sentence_phase[si]) : phase_for_sentence (x, si, TRUE),
                    si, verb);
          break;
        }
    }
}

/* Whether the words before a goal verb name who is behind the plan: its
 * proponent, a government or an organisation. */
static gboolean
is_goal_subject (Extraction *x,
                 guint first,
                 guint end)
{
  g_autofree char *name = NULL;

  if (end <= first)
    return FALSE;
  name = pl_analysis_dup_span (x->a, first, end);
  return _pl_extract_is_proponent (x, name) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "government"), first, end, NULL) > 0 ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "organization"), first, end, NULL) > 0;
}

/* "Seoul plans to install 30.8 GW of solar by 2030", "the government
 * wants to help manufacturers raise efficiency": the proponent's goals. */
static void
goal_components (Extraction *x)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "goal_verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t < end; t++)
        {
          guint length = 0, start = t, aim;

          if (PL_TOKEN (x->a, t)->quoted || pl_analysis_match (x->a, verbs, t, end, &length) == NULL)
            continue;
          while (start > s->first && !pl_analysis_is_punct (x->a, start - 1, ",;:") && t - start < 8)
            start--;
          if (!is_goal_subject (x, start, t))
            break;
          aim = t + length;
          /* "expects producers to raise…": what comes after "to". */
          if (!g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to"))
            while (aim < end && aim < t + length + 8 && strcmp (PL_TOKEN (x->a, aim)->lower, "to") != 0)
              aim++;
          if (aim < end && strcmp (PL_TOKEN (x->a, aim)->lower, "to") == 0)
            aim++;
          if (aim < end)
            {
              guint stop = aim_end (x, aim, end);
              PhaseDraft *draft = phase_for_sentence (x, si, TRUE);

              if (stop > aim + 1 && !is_anaphoric (x, aim, stop))
                add_parts (x, draft, aim, stop);
            }
          break;
        }
    }
}

/* "Aid corridors, medical evacuations, and rebuilding essential
 * infrastructure are seen as immediate priorities": the subject's items. */
static void
priority_components (Extraction *x)
{
  const PlLexList *nouns = pl_lexicon_list ("components", "priority_nouns");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens, verb = G_MAXUINT;
      gboolean found = FALSE;
      PhaseDraft *draft;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t < end && t < s->first + 25 && !found; t++)
        {
          const char *word = PL_TOKEN (x->a, t)->lower;

          if (verb == G_MAXUINT && (strcmp (word, "are") == 0 || strcmp (word, "is") == 0))
            verb = t;
          else if (verb != G_MAXUINT && t < verb + 6)
            found = pl_analysis_match (x->a, nouns, t, end, NULL) != NULL;
        }
      if (!found)
        continue;
      draft = phase_for_sentence (x, si, TRUE);
      if (draft != NULL && !is_anaphoric (x, s->first, verb))
        add_parts (x, draft, s->first, verb);
    }
}

/**
 * _pl_extract_components:
 *
 * Finds what each phase consists of: the items of a list introduced by
 * a lead-in ("key components … include:") and the aims stated in
 * sentences about the phase.
 */
void
_pl_extract_components (Extraction *x)
{
  list_components (x);
  aim_components (x);
  plan_components (x);
  priority_components (x);
  goal_components (x);
}
