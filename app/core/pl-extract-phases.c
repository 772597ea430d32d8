/* pl-extract-phases.c: the plan's phases: which the text names, which
 * sentences speak of which, and their status.
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
/* A future or negative word this many tokens before a status verb changes
 * what it says: "will begin", "has not yet started". */
#define TENSE_REACH 3
/* Stages named rather than numbered ("a period of consolidation") have
 * keys after the final phase's, in the order the text sets them. */
#define KEY_NAMED (PHASE_KEY_FINAL + 1)
/* What a named stage is about: at most this many words. */
#define MAX_STAGE_WORDS 3

typedef struct
{
  guint first;    /* first token of the mention */
  guint end;      /* past its last token */
  int key;        /* the phase it names, or a relative key below */
  guint clause;   /* its clause in the sentence, see split_clauses() */
  gboolean named; /* a named stage, whose key is already resolved */
} Mention;

/* Relative mentions, resolved against the phases named before. */
#define KEY_NEXT -2
#define KEY_SAME -3

/* ---- Cue words ---------------------------------------------------- */

/* Which cue bit (see pl-extract-private.h) each lexicon list sets. */
static const struct
{
  const char *group;
  const char *key;
  guint32 cue;
} cue_lists[] = {
  { "phases", "nouns", CUE_PHASE_NOUN },
  { "phases", "ordinals", CUE_ORDINAL },
  { "phases", "final", CUE_ORDINAL },
  { "phases", "next", CUE_ORDINAL },
  { "phases", "same", CUE_ORDINAL },
  { "phases", "stage_nouns", CUE_STAGE_NOUN },
  { "phases", "processes", CUE_PROCESS },
  { "phases", "sequence_after", CUE_SEQUENCE },
  { "phases", "sequence_before", CUE_SEQUENCE },
  { "phases", "numbers", CUE_NUMBER },
  { "components", "plan_nouns", CUE_PLAN_NOUN },
  { "components", "term_verbs", CUE_TERM },
  { "components", "intent_nouns", CUE_TERM },
  { "components", "effort_nouns", CUE_TERM },
  { "components", "stance_nouns", CUE_TERM },
  { "components", "goal_verbs", CUE_GOAL_VERB },
  { "components", "order_nouns", CUE_ORDER },
  { "components", "target_nouns", CUE_TARGET },
  { "components", "achieve_verbs", CUE_ACHIEVE },
  { "components", "examples", CUE_EXAMPLE },
  { "components", "rule_modals", CUE_RULE_MODAL },
  { "components", "passive_modals", CUE_RULE_MODAL },
};

/* First word of every entry → the cues it may start, read once. A phase
 * noun counts in the plural too ("phases"). */
static GHashTable *
cue_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint l = 0; l < G_N_ELEMENTS (cue_lists); l++)
        {
          const PlLexList *list = pl_lexicon_list (cue_lists[l].group, cue_lists[l].key);

          for (guint i = 0; i < pl_lex_list_get_size (list); i++)
            {
              const char *word = pl_lex_list_get (list, i)->words[0];
              g_autofree char *plural = g_strconcat (word, "s", NULL);

              /* Prefix entries ("resume*") cannot be looked up by word. */
              g_warn_if_fail (!pl_lex_list_get (list, i)->prefix);
              g_hash_table_insert (words, g_strdup (word),
                                   GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (words, word)) | cue_lists[l].cue));
              if (cue_lists[l].cue == CUE_PHASE_NOUN)
                g_hash_table_insert (words, g_strdup (plural),
                                     GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (words, plural)) | CUE_PHASE_NOUN));
            }
        }
      g_once_init_leave (&table, words);
    }
  return table;
}

static void
find_cues (Extraction *x)
{
  GHashTable *table = cue_table ();
  guint n = x->a->tokens->len;

  g_free (x->cues);
  x->cues = g_new0 (guint32, MAX (n, 1));
  for (guint t = 0; t < n; t++)
    if (PL_TOKEN (x->a, t)->is_word)
      x->cues[t] = GPOINTER_TO_UINT (g_hash_table_lookup (table, PL_TOKEN (x->a, t)->lower));
}

/* Whether a list of @cues may match at @token. */
gboolean
_pl_extract_has_cue (Extraction *x,
                     guint token,
                     guint32 cues)
{
  return (x->cues[token] & cues) != 0;
}

gboolean
_pl_extract_is_named_key (int key)
{
  return key >= KEY_NAMED;
}

gboolean
_pl_extract_is_numbered_key (int key)
{
  return key > PHASE_KEY_PLAN && key < PHASE_KEY_FINAL;
}

gboolean
_pl_extract_token_is (Extraction *x,
                      guint token,
                      const char *word)
{
  return strcmp (PL_TOKEN (x->a, token)->lower, word) == 0;
}

gboolean
_pl_extract_is_phase_noun (Extraction *x,
                           guint token)
{
  return _pl_extract_has_cue (x, token, CUE_PHASE_NOUN);
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

  if (!_pl_extract_has_cue (x, t, CUE_ORDINAL) || noun >= end)
    return FALSE;
  /* "the second and final phase": the noun after "and final". */
  if (!_pl_extract_is_phase_noun (x, noun) && noun + 2 < end && _pl_extract_token_is (x, noun, "and") && _pl_extract_is_phase_noun (x, noun + 2))
    noun += 2;
  if (!_pl_extract_is_phase_noun (x, noun))
    return FALSE;
  /* "the first phases of wars": stages in general, not of the plan. */
  if (pl_lex_list_lookup (pl_lexicon_list ("phases", "nouns"), PL_TOKEN (x->a, noun)->lower) == NULL)
    return FALSE;
  /* "a first step", "an important first step" are figures of speech, not
   * stages of the plan. */
  for (guint back = 1; back <= 2 && back <= t; back++)
    {
      if (_pl_extract_token_is (x, t - back, "a") || _pl_extract_token_is (x, t - back, "an"))
        return FALSE;
      if (!PL_TOKEN (x->a, t - back)->is_word || PL_TOKEN (x->a, t - back)->capitalized ||
          pl_lex_list_lookup (pl_lexicon_list ("components", "function_words"), PL_TOKEN (x->a, t - back)->lower))
        break;
    }

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
  PlToken *next;

  if (t + 1 >= end || !_pl_extract_is_phase_noun (x, t))
    return FALSE;
  next = PL_TOKEN (x->a, t + 1);
  number = pl_lex_list_lookup (pl_lexicon_list ("phases", "numbers"), next->lower);
  /* Roman "i" and "v" only in capitals: "phase I", not "phase i". */
  if (number == NULL || (strlen (next->lower) == 1 && g_ascii_isalpha (next->lower[0]) && !next->capitalized))
    return FALSE;
  /* "a phase one deal" is the deal, not a phase of it. */
  if (t + 2 < end && pl_lex_list_lookup (pl_lexicon_list ("phases", "not_phase_after"), PL_TOKEN (x->a, t + 2)->lower))
    return FALSE;
  m->first = t;
  m->end = t + 2;
  m->key = number->value;
  return TRUE;
}

/* ---- Clauses ------------------------------------------------------- */

/* A sentence's clauses, for scoping what is said of a phase: a clause
 * opened by a conjunction ("once the first phase has been completed",
 * "after talks stalled") runs to the next comma; ";", ":", dashes and
 * brackets end any clause. Fills @ids with each token's clause, twice its
 * number, plus one for a subordinate clause. */
static void
split_clauses (Extraction *x,
               const PlSentence *s,
               GArray *ids)
{
  const PlLexList *breaks = pl_lexicon_list ("status", "clause_breaks");
  guint end = s->first + s->n_tokens, clause = 0, length = 0;
  gboolean subordinate = FALSE;

  g_array_set_size (ids, s->n_tokens);
  for (guint t = s->first; t < end; t++)
    {
      if (pl_analysis_is_punct (x->a, t, ";:—–()"))
        clause++, subordinate = FALSE;
      else if (subordinate && pl_analysis_is_punct (x->a, t, ","))
        clause++, subordinate = FALSE;
      else if (pl_analysis_match (x->a, breaks, t, end, &length) != NULL)
        {
          if (t > s->first)
            clause++;
          subordinate = TRUE;
          /* The conjunction's other words are in its clause too. */
          for (guint i = 1; i < length; i++)
            g_array_index (ids, guint, t + i - s->first) = clause * 2 + 1;
          g_array_index (ids, guint, t - s->first) = clause * 2 + 1;
          t += length - 1;
          continue;
        }
      g_array_index (ids, guint, t - s->first) = clause * 2 + subordinate;
    }
}

/* ---- Named stages -------------------------------------------------- */

/* Words that cannot be what a stage is about: "a stage of the plan". */
gboolean
_pl_extract_is_function_word (Extraction *x,
                              guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return !t->is_word || pl_lex_list_lookup (pl_lexicon_list ("components", "function_words"), t->lower) != NULL;
}

/* "its current period of consolidation", "a phase of rapid expansion":
 * a stage noun and what the stage is about, which names it. A word
 * before the noun that tells its status ("current") is part of the
 * mention. */
static gboolean
match_stage_of (Extraction *x,
                guint t,
                guint end,
                Mention *m,
                Span *name)
{
  guint n = t + 2;

  if (t + 2 >= end || !_pl_extract_has_cue (x, t, CUE_STAGE_NOUN) ||
      !_pl_extract_token_is (x, t + 1, "of") || _pl_extract_is_function_word (x, t + 2) || PL_TOKEN (x->a, t + 2)->capitalized ||
      g_ascii_isdigit (PL_TOKEN (x->a, t + 2)->lower[0]))
    return FALSE;
  /* "the second phase of expansion" is the second phase. */
  if (t > 0 && (pl_lex_list_lookup (pl_lexicon_list ("phases", "ordinals"), PL_TOKEN (x->a, t - 1)->lower) ||
                pl_lex_list_lookup (pl_lexicon_list ("phases", "final"), PL_TOKEN (x->a, t - 1)->lower) ||
                pl_lex_list_lookup (pl_lexicon_list ("phases", "next"), PL_TOKEN (x->a, t - 1)->lower)))
    return FALSE;
  while (n < end && n < t + 2 + MAX_STAGE_WORDS && !_pl_extract_is_function_word (x, n) && !g_ascii_isdigit (PL_TOKEN (x->a, n)->lower[0]))
    n++;
  name->first = t + 2;
  name->end = n;
  m->first = t;
  m->end = n;
  if (t > 0 && pl_lex_list_lookup (pl_lexicon_list ("phases", "same"), PL_TOKEN (x->a, t - 1)->lower))
    m->first = t - 1;
  return TRUE;
}

/* "its expansion": a process that is a stage when the sentence sets it in
 * a sequence with a named stage. */
static gboolean
match_process (Extraction *x,
               guint t,
               Mention *m,
               Span *name)
{
  if (!_pl_extract_has_cue (x, t, CUE_PROCESS))
    return FALSE;
  name->first = m->first = t;
  name->end = m->end = t + 1;
  return TRUE;
}

/* The stage nearest @from, going forward (within a few words) or back
 * (within ten), without crossing a clause mark. */
static gboolean
find_stage (Extraction *x,
            guint from,
            guint first,
            guint end,
            gboolean forward,
            Mention *m,
            Span *name,
            gboolean *explicit)
{
  for (guint i = 0; i < (forward ? 5u : 10u); i++)
    {
      guint t = forward ? from + i : from - 1 - i;

      if ((forward && t >= end) || (!forward && (from < first + i + 1)))
        return FALSE;
      if (pl_analysis_is_punct (x->a, t, ";:—–()"))
        return FALSE;
      /* @t may be the stage noun or a word of what it is about. */
      for (guint k = 0; k <= MAX_STAGE_WORDS + 1 && t >= first + k; k++)
        if (match_stage_of (x, t - k, end, m, name) && m->end > t)
          {
            *explicit = TRUE;
            return TRUE;
          }
      if (match_process (x, t, m, name))
        {
          *explicit = FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

static PhaseDraft *
ensure_named_stage (Extraction *x,
                    const Span *name)
{
  g_autofree char *raw = pl_analysis_dup_span (x->a, name->first, name->end);
  g_autofree char *text = _pl_extract_clean_phrase (raw);
  int key = KEY_NAMED;

  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);

      if (!_pl_extract_is_named_key (draft->key))
        continue;
      if (g_ascii_strcasecmp (draft->name, text) == 0)
        return draft;
      key = MAX (key, draft->key + 1);
    }
  return _pl_extract_ensure_phase (x, key, text);
}

/* "will recommence its expansion, following its current period of
 * consolidation", "a period of consolidation followed by a phase of
 * expansion": two stages in sequence, at least one named as a stage.
 * Adds both as mentions. */
static void
find_named_stages (Extraction *x,
                   guint si,
                   GArray *mentions)
{
  const PlLexList *after = pl_lexicon_list ("phases", "sequence_after");
  const PlLexList *before = pl_lexicon_list ("phases", "sequence_before");
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens;

  for (guint t = s->first + 1; t < end; t++)
    {
      guint length = 0;
      gboolean later_first, explicit_a = FALSE, explicit_b = FALSE;
      Mention a = { 0 }, b = { 0 };
      Span name_a, name_b;
      PhaseDraft *earlier, *later;

      if (!_pl_extract_has_cue (x, t, CUE_SEQUENCE))
        continue;
      if (pl_analysis_match (x->a, after, t, end, &length) != NULL)
        later_first = TRUE;
      else if (pl_analysis_match (x->a, before, t, end, &length) != NULL)
        later_first = FALSE;
      else
        continue;
      /* a: the stage before the connective, b: the one after it. */
      if (!find_stage (x, t, s->first, end, FALSE, &a, &name_a, &explicit_a) ||
          !find_stage (x, t + length, s->first, end, TRUE, &b, &name_b, &explicit_b) ||
          (!explicit_a && !explicit_b))
        {
          t += length - 1;
          continue;
        }
      earlier = ensure_named_stage (x, later_first ? &name_b : &name_a);
      later = ensure_named_stage (x, later_first ? &name_a : &name_b);
      if (earlier == later)
        break;
      a.named = b.named = TRUE;
      a.key = later_first ? later->key : earlier->key;
      b.key = later_first ? earlier->key : later->key;
      g_array_append_val (mentions, a);
      g_array_append_val (mentions, b);
      break;
    }
}

/* ---- Phases -------------------------------------------------------- */

/* "The next phase" after "the initial stage, which focused…" is the
 * second; after "the second phase" is being launched, it is that one;
 * in the sentence that names the first ("the first phase has ended, and
 * the next phase…"), the one after it. @here is the phase named before
 * in the sentence, or -1. */
static int
resolve_key (Extraction *x,
             const Mention *m,
             int last,
             int here)
{
  PhaseDraft *previous;

  if (m->key >= 0)
    return m->key;
  if (m->key == KEY_NEXT && _pl_extract_is_numbered_key (here))
    return here + 1;
  /* Relative to numbered phases only: "the next phase" after a named
   * stage is not a number we can know. */
  if (last < 0 || !_pl_extract_is_numbered_key (last))
    return m->key == KEY_NEXT ? 2 : 1;
  if (m->key == KEY_SAME)
    {
      /* "The new phase" after "the initial stage, which focused…" is the
       * newest phase named, not the earlier one just mentioned. */
      int newest = last;

      for (guint i = 0; i < x->phases->len; i++)
        {
          PhaseDraft *draft = g_ptr_array_index (x->phases, i);
          if (draft->key > newest && _pl_extract_is_numbered_key (draft->key))
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

/* What a status verb says once the words before it in its clause are
 * read: "will begin" and "has not yet started" are still to come, "has
 * not been completed" says nothing sure. Returns the status, or
 * PL_STATUS_UNKNOWN to not count the cue. */
static PlStatus
tense_of (Extraction *x,
          const PlSentence *s,
          GArray *clauses,
          guint t,
          PlStatus status)
{
  const PlLexList *future = pl_lexicon_list ("status", "future");
  const PlLexList *negation = pl_lexicon_list ("status", "negation");
  guint clause = g_array_index (clauses, guint, t - s->first);

  if (status == PL_STATUS_PLANNED)
    return status;
  for (guint i = 1; i <= TENSE_REACH && t >= s->first + i; i++)
    {
      guint back = t - i, length = 0;

      if (g_array_index (clauses, guint, back - s->first) != clause)
        break;
      if (pl_analysis_match (x->a, negation, back, t, &length) != NULL)
        return status == PL_STATUS_CURRENT ? PL_STATUS_PLANNED : PL_STATUS_UNKNOWN;
      if (pl_analysis_match (x->a, future, back, t, &length) != NULL)
        return PL_STATUS_PLANNED;
    }
  return status;
}

/* Status cues count for the nearest mention in their own clause: in "the
 * second phase will begin in May, once the first phase has been
 * completed", "completed" is the first phase's, "will begin" the
 * second's. */
static void
score_status (Extraction *x,
              const PlSentence *s,
              GArray *mentions,
              GArray *keys,
              GArray *clauses)
{
  guint end = s->first + s->n_tokens;

  for (guint st = PL_STATUS_COMPLETED; st <= PL_STATUS_PLANNED; st++)
    {
      const PlLexList *list = pl_lexicon_list ("status", status_keys[st]);

      for (guint t = s->first; t < end;)
        {
          guint length = 1, best = G_MAXUINT, best_distance = G_MAXUINT, clause;
          const PlLexEntry *cue = pl_analysis_match (x->a, list, t, end, &length);
          PlStatus status;

          if (cue == NULL)
            {
              t++;
              continue;
            }
          clause = g_array_index (clauses, guint, t - s->first);
          for (guint i = 0; i < mentions->len; i++)
            {
              Mention *m = &g_array_index (mentions, Mention, i);
              guint distance = t >= m->end ? t - m->end : m->first >= t + length ? m->first - (t + length)
                                                                                 : 0;

              if (m->clause != clause && distance > 0)
                continue;
              /* "next" in "the next phase" tells which phase, not when. */
              if (distance == 0 && m->key == KEY_NEXT)
                continue;
              if (distance < best_distance)
                best = i, best_distance = distance;
            }
          /* "May" in mid-sentence is the month, not the verb. */
          if (PL_TOKEN (x->a, t)->capitalized && t > s->first && s->kind != PL_BLOCK_HEADING)
            best = G_MAXUINT;
          status = tense_of (x, s, clauses, t, (PlStatus) st);
          if (best != G_MAXUINT && best_distance <= STATUS_WINDOW && status != PL_STATUS_UNKNOWN)
            {
              PhaseDraft *draft = _pl_extract_find_phase (x, g_array_index (keys, int, best));
              draft->scores[status] += (cue->value ? cue->value : 1) / (1.0 + best_distance / 4.0);
            }
          t += length;
        }
    }
}

/* The noun of a numbered mention, in the singular: "step" in "the
 * second step", "steps" in "in two steps". */
static char *
mention_noun (Extraction *x,
              guint token)
{
  const char *lower = PL_TOKEN (x->a, token)->lower;

  if (pl_lex_list_lookup (pl_lexicon_list ("phases", "nouns"), lower) == NULL && g_str_has_suffix (lower, "s"))
    return g_strndup (lower, strlen (lower) - 1);
  return g_strdup (lower);
}

static guint
noun_of_mention (Extraction *x,
                 const Mention *m)
{
  return _pl_extract_is_phase_noun (x, m->first) ? m->first : m->end - 1;
}

/* Weak nouns ("step", "round", "part") name stages of the plan only when
 * the text numbers two of them or more ("the first step… the second
 * step") or counts them ("done in two steps"); alone, "the first step"
 * is mostly a figure of speech. Returns the set of the weak nouns the
 * text sets in a sequence. */
static GHashTable *
sequenced_nouns (Extraction *x)
{
  const PlLexList *weak = pl_lexicon_list ("phases", "weak_nouns");
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *sequenced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      for (guint t = s->first; t < end; t++)
        {
          Mention m = { 0 };
          const PlLexEntry *number;
          g_autofree char *noun = NULL;

          if (!_pl_extract_has_cue (x, t, CUE_ORDINAL | CUE_PHASE_NOUN | CUE_NUMBER))
            continue;
          /* "in two steps": counted. */
          if (t > s->first && t + 1 < end && (_pl_extract_token_is (x, t - 1, "in") || _pl_extract_token_is (x, t - 1, "into")) &&
              (number = pl_lex_list_lookup (pl_lexicon_list ("phases", "numbers"), PL_TOKEN (x->a, t)->lower)) != NULL &&
              number->value >= 2 && _pl_extract_is_phase_noun (x, t + 1))
            {
              noun = mention_noun (x, t + 1);
              if (pl_lex_list_lookup (weak, noun) != NULL)
                g_hash_table_add (sequenced, g_steal_pointer (&noun));
              continue;
            }
          if (!match_word_before (x, t, end, &m) && !match_number_after (x, t, end, &m))
            continue;
          if ((m.key > 0 && m.key < 31) || m.key == PHASE_KEY_FINAL)
            {
              guint32 bits;

              noun = mention_noun (x, noun_of_mention (x, &m));
              bits = GPOINTER_TO_UINT (g_hash_table_lookup (keys, noun)) | (1u << MIN (m.key, 31));
              if ((bits & (bits - 1)) != 0)
                g_hash_table_add (sequenced, g_strdup (noun));
              g_hash_table_insert (keys, g_steal_pointer (&noun), GUINT_TO_POINTER (bits));
            }
          t = m.end - 1;
        }
    }
  g_hash_table_unref (keys);
  return sequenced;
}

static void
find_mentions (Extraction *x,
               guint si,
               GHashTable *sequenced,
               GArray *mentions)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens;

  for (guint t = s->first; t < end; t++)
    {
      Mention m = { 0 };

      if (match_word_before (x, t, end, &m) || match_number_after (x, t, end, &m))
        {
          g_autofree char *noun = mention_noun (x, noun_of_mention (x, &m));

          if (pl_lex_list_lookup (pl_lexicon_list ("phases", "weak_nouns"), noun) == NULL ||
              g_hash_table_contains (sequenced, noun))
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

/* Phases before one under way or done are done, those after one under
 * way or to come are to come, unless the text says otherwise; numbered
 * phases and named stages each in their own order. */
static void
settle_statuses (Extraction *x)
{
  int done_before[2] = { -1, -1 }, to_come_after[2] = { G_MAXINT, G_MAXINT };

  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);
      PlStatus status = best_status (draft);
      int family = _pl_extract_is_named_key (draft->key);

      pl_phase_set_status (draft->phase, status);
      if (draft->key <= 0)
        continue;
      if (status == PL_STATUS_CURRENT || status == PL_STATUS_COMPLETED)
        done_before[family] = MAX (done_before[family], draft->key);
      if (status == PL_STATUS_CURRENT || status == PL_STATUS_PLANNED)
        to_come_after[family] = MIN (to_come_after[family], draft->key);
    }
  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);
      int family = _pl_extract_is_named_key (draft->key);

      if (pl_phase_get_status (draft->phase) != PL_STATUS_UNKNOWN || draft->key <= 0)
        continue;
      if (draft->key < done_before[family])
        pl_phase_set_status (draft->phase, PL_STATUS_COMPLETED);
      else if (draft->key > to_come_after[family])
        pl_phase_set_status (draft->phase, PL_STATUS_PLANNED);
    }
}

static gboolean
unanchored (GArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    if (g_array_index (mentions, Mention, i).key >= 0 || g_array_index (mentions, Mention, i).named)
      return FALSE;
  return TRUE;
}

/* The phase a sentence is mostly about: the first one named outside a
 * subordinate clause ("the second phase will begin once the first phase
 * has been completed"). */
static int
main_key (GArray *mentions,
          GArray *keys)
{
  guint best = 0, best_first = G_MAXUINT;

  for (guint i = 0; i < mentions->len; i++)
    {
      Mention *m = &g_array_index (mentions, Mention, i);

      if ((m->clause & 1) == 0 && m->first < best_first)
        best = i, best_first = m->first;
    }
  return g_array_index (keys, int, best);
}

/**
 * _pl_extract_phases:
 *
 * Finds the phases the text names ("the second phase", "phase two",
 * "initial stage", "the next phase", "a period of consolidation" followed
 * by another stage), which sentences speak of which, and each phase's
 * status from the words around its mentions in their clause.
 */
void
_pl_extract_phases (Extraction *x)
{
  g_autoptr (GArray) mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) clauses = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GHashTable) sequenced = NULL;

  /* The phase spoken of last, for "the next phase", and per sentence
   * for what the component passes find. */
  int spoken = -1;

  find_cues (x);
  sequenced = sequenced_nouns (x);
  x->sentence_context = g_new (int, MAX (x->a->sentences->len, 1));
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      int last = spoken, here = -1;

      g_array_set_size (mentions, 0);
      g_array_set_size (keys, 0);
      find_mentions (x, si, sequenced, mentions);
      find_named_stages (x, si, mentions);
      x->sentence_context[si] = spoken;
      if (mentions->len == 0)
        continue;
      split_clauses (x, s, clauses);
      for (guint i = 0; i < mentions->len; i++)
        {
          Mention *m = &g_array_index (mentions, Mention, i);
          int key = m->named ? m->key : resolve_key (x, m, last, here);
          PhaseDraft *draft;

          m->clause = g_array_index (clauses, guint, m->first - s->first);
          if (m->named)
            draft = _pl_extract_find_phase (x, key);
          else
            {
              g_autofree char *name = mention_name (x, m);

              draft = _pl_extract_ensure_phase (x, key, m->key >= 0 ? name : NULL);
              if (draft->name == NULL && m->key >= 0)
                draft->name = g_strdup (name);
            }
          g_array_append_val (draft->mentions, m->first);
          g_array_append_val (keys, key);
          last = here = key;
          if (draft->mentions->len <= 3)
            _pl_extract_add_evidence (x, PL_ITEM (draft->phase), m->first, m->end);
        }
      x->sentence_phase[si] = main_key (mentions, keys);
      /* "The next round of tariffs" with no phase before: which phase it
       * is, the text does not say; what follows is not its. */
      if (spoken < 0 && unanchored (mentions))
        x->sentence_phase[si] = -1;
      if (x->sentence_phase[si] >= 0)
        x->sentence_context[si] = spoken = x->sentence_phase[si];
      score_status (x, s, mentions, keys, clauses);
    }
  settle_statuses (x);
}
