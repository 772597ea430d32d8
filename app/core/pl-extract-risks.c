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

#define MAX_RISK_TOKENS 40
/* A risk names at least this many things besides its cue words. */
#define MIN_CONTENT_WORDS 4
/* A sentence this short says its risk best whole. */
#define SHORT_SENTENCE 28
/* A label longer than this ends after its cue. */
#define MAX_LABEL_TOKENS 24
/* How many words after its cue a label cut short keeps. */
#define LABEL_TAIL 5
/* How far before a cue a word that denies or concedes it may stand. */
#define NEAR 4
/* How far before a cue a word that works on it may stand. */
#define REMEDY_WINDOW 5
/* How far from a cue a word makes it more or less severe. */
#define GRADE_WINDOW 3
/* The longest phrase naming a danger. */
#define MAX_PHRASE 14
/* The danger word must come this early in its phrase. */
#define DANGER_HEAD 6
/* How far after "the lowest" its span ("since 2002") may stand. */
#define RECORD_WINDOW 8

typedef struct
{
  Extraction *x;
  guint first_risk;     /* the first of x->risks this pass made */
  GPtrArray *keys;      /* of owned char * or NULL: per risk from first_risk, what makes two one */
  guint plan_sentence;  /* one past the sentence of the last intent to kill the plan, or 0 */
  guint plan_risk;      /* its risk */
  guint doubt_sentence; /* one past the sentence of the last open outcome, or 0 */
  guint doubt_risk;     /* its risk */
  guint sentence;       /* the sentence being read */
  guint *masks;         /* owned: per token, the Trigger lists that may match there */
  guint sentence_mask;  /* the same for the whole sentence */
  guint cue_end;        /* one past the last token a stated risk's cue may start at, or 0 for any */
} Pass;

typedef struct
{
  Span label;           /* the words shown */
  Span evidence;        /* the words cited */
  Span cue;             /* the words that make it a risk, for grading */
  int severity;         /* 1 low … 3 high, before the words around the cue */
  int likelihood;       /* 1 … 3, or 0: from the wording */
  const char *key;      /* (nullable): risks of an article with the same key are one */
  const char *category; /* (nullable): the category's nick, when the rule knows it */
} Draft;

typedef enum
{
  LIST_ADVICE_SUBJECTS,
  LIST_AMOUNTS,
  LIST_BACKGROUND,
  LIST_CATEGORY_WORDS,
  LIST_CAUSES,
  LIST_COMMITMENTS,
  LIST_COMPOUNDS,
  LIST_CONCESSIONS,
  LIST_CONDITIONS,
  LIST_CONNECTIVES,
  LIST_CUES,
  LIST_CUE_CATEGORIES,
  LIST_DANGER_CATEGORIES,
  LIST_DANGERS,
  LIST_EMPTY,
  LIST_ENTITLEMENTS,
  LIST_FEARS,
  LIST_GENERIC,
  LIST_HARM,
  LIST_HARM_PASSIVE,
  LIST_HARM_TO_PLAN,
  LIST_HISTORY,
  LIST_HOSTILE,
  LIST_IDIOMS,
  LIST_INTENTS,
  LIST_LACKS,
  LIST_LIKELY,
  LIST_MODALS,
  LIST_NEGATION_LINKS,
  LIST_NEGATIONS,
  LIST_PAST,
  LIST_PERSISTENT,
  LIST_PHRASE_STOPS,
  LIST_PRECONDITION_ENDS,
  LIST_PRECONDITIONS,
  LIST_PREVENTION,
  LIST_PROTECTION,
  LIST_RECORDS,
  LIST_RECORD_SPANS,
  LIST_REMEDIES,
  LIST_SHORTFALL,
  LIST_STRONGER,
  LIST_TARGETS,
  LIST_UNCERTAINTY,
  LIST_UNLIKELY,
  LIST_UNMET,
  LIST_VENTURES,
  LIST_WEAK,
  LIST_WEAKER,
  LIST_SPEECH_VERBS,
  N_LISTS
} ListId;

static const char *const list_keys[N_LISTS] = {
  [LIST_ADVICE_SUBJECTS] = "advice_subjects",
  [LIST_AMOUNTS] = "amounts",
  [LIST_BACKGROUND] = "background",
  [LIST_CATEGORY_WORDS] = "category_words",
  [LIST_CAUSES] = "causes",
  [LIST_COMMITMENTS] = "commitments",
  [LIST_COMPOUNDS] = "compounds",
  [LIST_CONCESSIONS] = "concessions",
  [LIST_CONDITIONS] = "conditions",
  [LIST_CONNECTIVES] = "connectives",
  [LIST_CUES] = "cues",
  [LIST_CUE_CATEGORIES] = "cue_categories",
  [LIST_DANGER_CATEGORIES] = "danger_categories",
  [LIST_DANGERS] = "dangers",
  [LIST_EMPTY] = "empty",
  [LIST_ENTITLEMENTS] = "entitlements",
  [LIST_FEARS] = "fears",
  [LIST_GENERIC] = "generic",
  [LIST_HARM] = "harm",
  [LIST_HARM_PASSIVE] = "harm_passive",
  [LIST_HARM_TO_PLAN] = "harm_to_plan",
  [LIST_HISTORY] = "history",
  [LIST_HOSTILE] = "hostile",
  [LIST_IDIOMS] = "idioms",
  [LIST_INTENTS] = "intents",
  [LIST_LACKS] = "lacks",
  [LIST_LIKELY] = "likely",
  [LIST_MODALS] = "modals",
  [LIST_NEGATION_LINKS] = "negation_links",
  [LIST_NEGATIONS] = "negations",
  [LIST_PAST] = "past",
  [LIST_PERSISTENT] = "persistent",
  [LIST_PHRASE_STOPS] = "phrase_stops",
  [LIST_PRECONDITION_ENDS] = "precondition_ends",
  [LIST_PRECONDITIONS] = "preconditions",
  [LIST_PREVENTION] = "prevention",
  [LIST_PROTECTION] = "protection",
  [LIST_RECORDS] = "records",
  [LIST_RECORD_SPANS] = "record_spans",
  [LIST_REMEDIES] = "remedies",
  [LIST_SHORTFALL] = "shortfall",
  [LIST_STRONGER] = "stronger",
  [LIST_TARGETS] = "targets",
  [LIST_UNCERTAINTY] = "uncertainty",
  [LIST_UNLIKELY] = "unlikely",
  [LIST_UNMET] = "unmet",
  [LIST_VENTURES] = "ventures",
  [LIST_WEAK] = "weak",
  [LIST_WEAKER] = "weaker",
  [LIST_SPEECH_VERBS] = "verbs",
};

/* The lexicon keeps its lists for the life of the process: they are
 * looked up once, not once per token. */
static const PlLexList *
list (ListId id)
{
  static const PlLexList *lists[N_LISTS];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      for (guint i = 0; i < N_LISTS; i++)
        lists[i] = pl_lexicon_list (i == LIST_SPEECH_VERBS ? "reactions" : "risks", list_keys[i]);
      g_once_init_leave (&ready, 1);
    }
  return lists[id];
}

/* The lists whose entries start a rule, looked at on every token. */
typedef enum
{
  TRIGGER_MODALS = 1 << 0,
  TRIGGER_HARM = 1 << 1,
  TRIGGER_HARM_TO_PLAN = 1 << 2,
  TRIGGER_INTENTS = 1 << 3,
  TRIGGER_UNMET = 1 << 4,
  TRIGGER_PRECONDITIONS = 1 << 5,
  TRIGGER_PREVENTION = 1 << 6,
  TRIGGER_FEARS = 1 << 7,
  TRIGGER_PROTECTION = 1 << 8,
  TRIGGER_CUES = 1 << 9,
  TRIGGER_SHORTFALL = 1 << 10,
  TRIGGER_WEAK = 1 << 11,
  TRIGGER_UNCERTAINTY = 1 << 12,
  TRIGGER_LACKS = 1 << 13,
  TRIGGER_RECORDS = 1 << 14,
} Trigger;

static const struct
{
  ListId list;
  Trigger bit;
} triggers[] = {
  { LIST_MODALS, TRIGGER_MODALS },
  { LIST_HARM, TRIGGER_HARM },
  { LIST_HARM_TO_PLAN, TRIGGER_HARM_TO_PLAN },
  { LIST_INTENTS, TRIGGER_INTENTS },
  { LIST_UNMET, TRIGGER_UNMET },
  { LIST_PRECONDITIONS, TRIGGER_PRECONDITIONS },
  { LIST_PREVENTION, TRIGGER_PREVENTION },
  { LIST_FEARS, TRIGGER_FEARS },
  { LIST_PROTECTION, TRIGGER_PROTECTION },
  { LIST_CUES, TRIGGER_CUES },
  { LIST_SHORTFALL, TRIGGER_SHORTFALL },
  { LIST_WEAK, TRIGGER_WEAK },
  { LIST_UNCERTAINTY, TRIGGER_UNCERTAINTY },
  { LIST_LACKS, TRIGGER_LACKS },
  { LIST_RECORDS, TRIGGER_RECORDS },
};

typedef struct
{
  const char *prefix;
  guint mask;
} Prefix;

/* Which trigger lists have an entry that begins with a word: one hash
 * lookup per token instead of one per list. */
typedef struct
{
  GHashTable *words; /* first word → mask of Trigger */
  GArray *prefixes;  /* of Prefix: the entries "word*" */
} TriggerIndex;

static const TriggerIndex *
trigger_index (void)
{
  static TriggerIndex index;
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      index.words = g_hash_table_new (g_str_hash, g_str_equal);
      index.prefixes = g_array_new (FALSE, FALSE, sizeof (Prefix));
      for (guint i = 0; i < G_N_ELEMENTS (triggers); i++)
        for (guint e = 0; e < pl_lex_list_get_size (list (triggers[i].list)); e++)
          {
            const PlLexEntry *entry = pl_lex_list_get (list (triggers[i].list), e);

            if (entry->prefix && entry->n_words == 1)
              {
                Prefix prefix = { entry->words[0], triggers[i].bit };
                g_array_append_val (index.prefixes, prefix);
              }
            else
              {
                guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (index.words, entry->words[0]));

                g_hash_table_insert (index.words, entry->words[0], GUINT_TO_POINTER (mask | triggers[i].bit));
              }
          }
      g_once_init_leave (&ready, 1);
    }
  return &index;
}

/* Per token, which trigger lists may match there. */
static guint *
token_masks (Extraction *x)
{
  const TriggerIndex *index = trigger_index ();
  guint *masks = g_new0 (guint, x->a->tokens->len + 1);

  for (guint t = 0; t < x->a->tokens->len; t++)
    {
      const PlToken *token = PL_TOKEN (x->a, t);

      if (!token->is_word)
        continue;
      masks[t] = GPOINTER_TO_UINT (g_hash_table_lookup (index->words, token->lower));
      for (guint i = 0; i < index->prefixes->len; i++)
        {
          const Prefix *prefix = &g_array_index (index->prefixes, Prefix, i);

          if (token->lower[0] == prefix->prefix[0] && g_str_has_prefix (token->lower, prefix->prefix))
            masks[t] |= prefix->mask;
        }
    }
  return masks;
}

static const char *
lower (Extraction *x,
       guint token)
{
  return PL_TOKEN (x->a, token)->lower;
}

static gboolean
is_word (Extraction *x,
         guint token,
         const char *word)
{
  return strcmp (lower (x, token), word) == 0;
}

static const PlLexEntry *
match (Extraction *x,
       ListId id,
       guint token,
       guint end,
       guint *out_length)
{
  return pl_analysis_match (x->a, list (id), token, end, out_length);
}

static guint
sentence_end (const PlSentence *s)
{
  return s->first + s->n_tokens;
}

/* Punctuation that ends a clause or a phrase; quotes do not. */
static gboolean
is_break (Extraction *x,
          guint token)
{
  return pl_analysis_is_punct (x->a, token, ",;:.—–()[]!?");
}

static gboolean
is_gerund (Extraction *x,
           guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && strlen (t->lower) > 5 && g_str_has_suffix (t->lower, "ing");
}

/* Whether an entry of the list @id begins within @window words before
 * @token, in the same clause. */
static gboolean
entry_before (Extraction *x,
              ListId id,
              guint first,
              guint token,
              guint window)
{
  for (guint b = token; b > first && token - b < window; b--)
    {
      if (is_break (x, b - 1))
        return FALSE;
      if (match (x, id, b - 1, token, NULL) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_negation (Extraction *x,
             guint token,
             guint end)
{
  return match (x, LIST_NEGATIONS, token, end, NULL) != NULL || g_str_has_suffix (lower (x, token), "n't");
}

/* "Is not a safety risk", "does not represent a risk", "no
 * threat": a negation that governs the cue, with only linking words and
 * one modifier between; "did not realize the threat" does not deny it. */
static gboolean
negated (Extraction *x,
         guint first,
         guint token)
{
  guint others = 0;

  for (guint b = token; b > first && token - b <= NEAR; b--)
    {
      if (is_break (x, b - 1))
        return FALSE;
      if (is_negation (x, b - 1, token))
        return TRUE;
      if (match (x, LIST_NEGATION_LINKS, b - 1, token, NULL) == NULL && ++others > 1)
        return FALSE;
    }
  return FALSE;
}

/* "Despite the setbacks, …": the cue is in a conceded phrase. */
static gboolean
conceded (Extraction *x,
          guint first,
          guint token)
{
  for (guint b = token; b > first; b--)
    {
      if (pl_analysis_is_punct (x->a, b - 1, ",;:—"))
        return FALSE;
      if (match (x, LIST_CONCESSIONS, b - 1, token, NULL) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A comma that separates numbers or the items of a list rather than
 * clauses: "55%, 60% or 65%". */
static gboolean
list_comma (Extraction *x,
            guint token,
            guint end)
{
  return token + 1 < end && g_ascii_isdigit (lower (x, token + 1)[0]);
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

static gboolean is_speech_verb (Extraction *x,
                                guint token,
                                guint end);

/* "Officials acknowledged that …": "that" after who said it, not after
 * a noun ("the promise that there would be no new taxes …"). */
static gboolean
reported_that (Extraction *x,
               const PlSentence *s,
               guint token)
{
  return is_word (x, token, "that") && token > s->first &&
         (is_speech_verb (x, token - 1, token) || (token > s->first + 1 && is_speech_verb (x, token - 2, token)));
}

/* The clause (between commas, semicolons or "while"/"but") around a token. */
static Span
clause_around (Extraction *x,
               const PlSentence *s,
               guint token)
{
  Span span = { s->first, sentence_end (s) };

  for (guint t = token; t > s->first; t--)
    if (pl_analysis_is_punct (x->a, t - 1, ";:—") || is_word (x, t - 1, "while") ||
        is_word (x, t - 1, "but") || reported_that (x, s, t - 1) ||
        (pl_analysis_is_punct (x->a, t - 1, ",") && t - 1 > s->first && t < token &&
         !list_comma (x, t - 1, span.end)))
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

/* What a risk cites: a short sentence whole, else the clause. */
static Span
evidence_around (Extraction *x,
                 const PlSentence *s,
                 guint token)
{
  if (s->n_tokens <= SHORT_SENTENCE)
    return (Span){ s->first, sentence_end (s) };
  return clause_around (x, s, token);
}

static guint
content_words (Extraction *x,
               guint first,
               guint end)
{
  const PlLexList *empty = list (LIST_EMPTY);
  guint n = 0;

  for (guint t = first; t < end; t++)
    n += PL_TOKEN (x->a, t)->is_word && pl_analysis_match (x->a, empty, t, end, NULL) == NULL;
  return n;
}

/* "Said", "warned", "reported": a verb that attributes what follows. */
static gboolean
is_speech_verb (Extraction *x,
                guint token,
                guint end)
{
  return pl_analysis_match (x->a, list (LIST_SPEECH_VERBS), token, end, NULL) != NULL;
}

static Span phrase_before (Extraction *x,
                           const PlSentence *s,
                           guint token);

/* A label for the side panel from the words cited: without the
 * dateline, the connective that opens the sentence ("However, …"), the
 * attribution ("officials acknowledged that …", "…, the envoy said") and the
 * quotes; a long one ends with its cue's phrase. */
static Span
tidy (Extraction *x,
      const PlSentence *s,
      Span span,
      Span cue)
{
  guint length = 1;

  /* "LONDON (Agency) - Prices fell…": without the dateline. */
  for (guint t = span.first + 1; t < span.end && t < span.first + 8 && t < cue.first; t++)
    if (pl_analysis_is_punct (x->a, t, "-—–") && pl_analysis_is_punct (x->a, t - 1, ")"))
      {
        span.first = t + 1;
        break;
      }
  while (span.first < span.end && !PL_TOKEN (x->a, span.first)->is_word)
    span.first++;
  if (span.first < span.end && span.first < cue.first && match (x, LIST_CONNECTIVES, span.first, span.end, &length))
    for (guint t = span.first + length; t < span.end && t < span.first + 8 && t < cue.first; t++)
      if (pl_analysis_is_punct (x->a, t, ","))
        {
          span.first = t + 1;
          break;
        }
  for (guint t = span.first; t < span.end && t < span.first + 12 && t < cue.first; t++)
    if (is_speech_verb (x, t, span.end))
      {
        guint after = t + 1;

        /* "Analysts say, the talks …". */
        if (after + 1 < cue.first && pl_analysis_is_punct (x->a, after, ","))
          {
            span.first = after + 1;
            break;
          }
        while (after < cue.first && after < t + 4 && !is_word (x, after, "that") && !pl_analysis_is_punct (x->a, after, ":"))
          after++;
        if (after < cue.first && (is_word (x, after, "that") || pl_analysis_is_punct (x->a, after, ":")))
          span.first = after + 1;
        break;
      }
  /* "[and] that the party opposes…": the clause, not its conjunction. */
  while (span.first + 1 < cue.first && (is_word (x, span.first, "that") || is_word (x, span.first, "and")))
    span.first++;
  /* "…, the envoy said." */
  for (guint t = span.end; t > cue.end && t > span.end - MIN (span.end, 9); t--)
    if (pl_analysis_is_punct (x->a, t - 1, ","))
      {
        for (guint v = t; v < span.end; v++)
          if (is_speech_verb (x, v, span.end))
            {
              span.end = t - 1;
              break;
            }
        break;
      }
  /* A long label ends with the phrase of its cue, or at the cue, if
   * that leaves enough to read. */
  if (span.end - span.first > MAX_LABEL_TOKENS && cue.end > span.first && cue.end < span.end)
    {
      guint end = cue.end;

      while (end < span.end && !is_break (x, end) && match (x, LIST_PHRASE_STOPS, end, span.end, NULL) == NULL)
        end++;
      /* Too long: the cue and the head of what it is about ("struggle to
       * raise fees", "could face fines"), not a fragment ending at the cue. */
      if (end - span.first > MAX_LABEL_TOKENS + 4 || content_words (x, span.first, end) < MIN_CONTENT_WORDS)
        end = MIN (end, cue.end + LABEL_TAIL);
      if (content_words (x, span.first, end) >= MIN_CONTENT_WORDS)
        span.end = end;
    }
  while (span.first < span.end && !PL_TOKEN (x->a, span.first)->is_word)
    span.first++;
  /* "…the carmaker, whose sales have been hit": with what "whose" is about. */
  if (span.first > s->first + 1 && span.first < span.end && pl_analysis_is_punct (x->a, span.first - 1, ",") &&
      (is_word (x, span.first, "whose") || is_word (x, span.first, "which") || is_word (x, span.first, "who")))
    {
      Span before = phrase_before (x, s, span.first - 1);

      if (before.first < before.end)
        span.first = before.first;
    }
  while (span.end > span.first && !PL_TOKEN (x->a, span.end - 1)->is_word)
    span.end--;
  return span;
}

static PlCategory
sentence_category (Extraction *x,
                   guint si)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  return _pl_extract_categorize (x, s->first, sentence_end (s));
}

/* The category whose words weigh most in @span, the cue's words left
 * out: the shared [categories] words and, twice, the risk's own
 * category_words; a tie goes to the category named first. */
static PlCategory
domain (Extraction *x,
        Span span,
        Span cue)
{
  static const char *const keys[] = {
    [PL_CATEGORY_SECURITY] = "security",
    [PL_CATEGORY_HUMANITARIAN] = "humanitarian",
    [PL_CATEGORY_DIPLOMACY] = "diplomacy",
    [PL_CATEGORY_GOVERNANCE] = "governance",
    [PL_CATEGORY_ECONOMY] = "economy",
  };
  int scores[G_N_ELEMENTS (keys)] = { 0 };
  guint firsts[G_N_ELEMENTS (keys)];
  PlCategory best = PL_CATEGORY_OTHER;

  for (guint c = 0; c < G_N_ELEMENTS (keys); c++)
    firsts[c] = G_MAXUINT;
  for (guint t = span.first; t < span.end; t++)
    {
      const PlLexEntry *entry;
      int category;

      if (t >= cue.first && t < cue.end)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (keys); c++)
        if ((entry = pl_analysis_match (x->a, pl_lexicon_list ("categories", keys[c]), t, span.end, NULL)) != NULL)
          {
            scores[c] += entry->value ? entry->value : 1;
            firsts[c] = MIN (firsts[c], t);
          }
      entry = match (x, LIST_CATEGORY_WORDS, t, span.end, NULL);
      if (entry != NULL && entry->tag != NULL && pl_enum_from_nick (PL_TYPE_CATEGORY, entry->tag, &category) &&
          category >= 0 && category < (int) G_N_ELEMENTS (keys))
        {
          scores[category] += 2;
          firsts[category] = MIN (firsts[category], t);
        }
    }
  for (guint c = 0; c < G_N_ELEMENTS (keys); c++)
    if (scores[c] > 0 && (best == PL_CATEGORY_OTHER || scores[c] > scores[best] ||
                          (scores[c] == scores[best] && firsts[c] < firsts[best])))
      best = (PlCategory) c;
  return best;
}

/* The category the rule knows, else the one of the cue's words, else the
 * one of the label's words, else of the words cited, else of the
 * sentence and the ones around it: a risk with no word of its own ("the
 * province failed to honour its quota") is in the domain of its passage. */
static PlCategory
categorize (Pass *p,
            const Draft *d)
{
  Extraction *x = p->x;
  int category = PL_CATEGORY_OTHER;

  if (d->category != NULL && pl_enum_from_nick (PL_TYPE_CATEGORY, d->category, &category))
    return (PlCategory) category;
  /* "A court challenge", "cost overruns": the cue's own domain. */
  for (guint t = d->cue.first; t < d->cue.end; t++)
    {
      const PlLexEntry *entry = match (x, LIST_CUE_CATEGORIES, t, d->cue.end, NULL);

      if (entry != NULL && entry->tag != NULL && pl_enum_from_nick (PL_TYPE_CATEGORY, entry->tag, &category))
        return (PlCategory) category;
    }
  category = domain (x, d->label, d->cue);
  if (category == PL_CATEGORY_OTHER)
    category = domain (x, d->evidence, d->cue);
  if (category == PL_CATEGORY_OTHER)
    category = sentence_category (x, p->sentence);
  if (category == PL_CATEGORY_OTHER && p->sentence > 0)
    category = sentence_category (x, p->sentence - 1);
  if (category == PL_CATEGORY_OTHER && p->sentence + 1 < x->a->sentences->len)
    category = sentence_category (x, p->sentence + 1);
  return (PlCategory) category;
}

static PlLevel
level_from (int score)
{
  return score >= 3 ? PL_LEVEL_HIGH : score <= 1 ? PL_LEVEL_LOW
                                                 : PL_LEVEL_MEDIUM;
}

/* Severity from the cue and the words right around it ("major
 * obstacles", "could quickly unravel"); likelihood, unless the rule
 * knows it, from how sure the cue's clause is ("remains volatile"). */
static void
grade (Extraction *x,
       const PlSentence *s,
       const Draft *d,
       PlRisk *risk)
{
  guint near_first = d->cue.first > s->first + GRADE_WINDOW ? d->cue.first - GRADE_WINDOW : s->first;
  guint near_end = MIN (d->cue.end + GRADE_WINDOW, sentence_end (s));
  int severity = d->severity, likelihood = d->likelihood;

  if (_pl_extract_count_matches (x, list (LIST_STRONGER), near_first, near_end, NULL))
    severity++;
  if (_pl_extract_count_matches (x, list (LIST_WEAKER), near_first, d->cue.first, NULL))
    severity--;
  if (likelihood == 0)
    {
      Span clause = clause_around (x, s, d->cue.first);

      likelihood = 2;
      if (_pl_extract_count_matches (x, list (LIST_UNLIKELY), clause.first, clause.end, NULL))
        likelihood = 1;
      else if (_pl_extract_count_matches (x, list (LIST_LIKELY), clause.first, clause.end, NULL))
        likelihood = 3;
    }
  pl_risk_set_severity (risk, level_from (severity));
  pl_risk_set_likelihood (risk, level_from (likelihood));
}

static void
add_evidence (Pass *p,
              guint index,
              const PlSentence *s,
              const Draft *d)
{
  PlRisk *other = g_ptr_array_index (p->x->risks, index);
  g_autoptr (PlRisk) graded = pl_risk_new ();

  _pl_extract_add_evidence (p->x, PL_ITEM (other), d->evidence.first, d->evidence.end);
  grade (p->x, s, d, graded);
  pl_risk_set_severity (other, MAX (pl_risk_get_severity (other), pl_risk_get_severity (graded)));
}

/* The label's words without an aside that does not hold the cue:
 * "The ministry, which controls the port, has threatened to close…" reads
 * "The ministry has threatened to close…". */
static char *
label_text (Extraction *x,
            Span span,
            Span cue)
{
  for (guint t = span.first + 1; t + 1 < span.end; t++)
    {
      if (!pl_analysis_is_punct (x->a, t, ",") || !(is_word (x, t + 1, "which") || is_word (x, t + 1, "who")))
        continue;
      for (guint c = t + 2; c < span.end && (!is_break (x, c) || pl_analysis_is_punct (x->a, c, ",")); c++)
        if (pl_analysis_is_punct (x->a, c, ","))
          {
            g_autofree char *head = NULL;
            g_autofree char *tail = NULL;

            if (cue.first < c && cue.end > t)
              break;
            head = pl_analysis_dup_span (x->a, span.first, t);
            tail = pl_analysis_dup_span (x->a, c + 1, span.end);
            return g_strconcat (head, " ", tail, NULL);
          }
      break;
    }
  return pl_analysis_dup_span (x->a, span.first, span.end);
}

/* Adds a risk, or the evidence of one already found: with the same key,
 * or worded alike. Returns its index. */
static guint
emit (Pass *p,
      const PlSentence *s,
      Draft *d)
{
  Extraction *x = p->x;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autoptr (PlRisk) risk = NULL;

  d->label = tidy (x, s, d->label, d->cue);
  if (d->label.end <= d->label.first)
    d->label = d->evidence;
  raw = label_text (x, d->label, d->cue);
  text = _pl_extract_clean_phrase (raw);
  for (guint i = p->first_risk; i < x->risks->len; i++)
    {
      PlRisk *other = g_ptr_array_index (x->risks, i);
      const char *key = g_ptr_array_index (p->keys, i - p->first_risk);

      if ((d->key != NULL && g_strcmp0 (key, d->key) == 0) ||
          _pl_extract_similarity (pl_risk_get_text (other), text) >= 0.5)
        {
          add_evidence (p, i, s, d);
          return i;
        }
    }
  risk = pl_risk_new ();
  pl_risk_set_text (risk, text);
  pl_risk_set_category (risk, categorize (p, d));
  grade (x, s, d, risk);
  _pl_extract_add_evidence (x, PL_ITEM (risk), d->evidence.first, d->evidence.end);
  g_ptr_array_add (x->risks, g_steal_pointer (&risk));
  g_ptr_array_add (p->keys, g_strdup (d->key));
  return x->risks->len - 1;
}

/* The phrase after a frame word, to the end of its clause: "a return to
 * open fighting in the valley", not "… and asked not to be named". */
static Span
phrase_after (Extraction *x,
              guint token,
              guint end)
{
  Span span = { token, token };

  while (span.end < end && span.end < token + MAX_PHRASE && !is_break (x, span.end) &&
         match (x, LIST_PHRASE_STOPS, span.end, end, NULL) == NULL &&
         !((is_word (x, span.end, "and") || is_word (x, span.end, "or")) && span.end + 1 < end &&
           g_str_has_suffix (lower (x, span.end + 1), "ed")))
    span.end++;
  return span;
}

/* The noun phrase just before @token: "warned against [provocations]
 * that could…", "on [a path] that could…". */
static Span
phrase_before (Extraction *x,
               const PlSentence *s,
               guint token)
{
  static const char *const stops[] = { "to", "on", "in", "at", "by", "for", "from", "with", "into", "over",
                                       "up", "about", "against", "is", "are", "was", "were", "be", "been",
                                       "has", "have", "had", "will", "would", "and", "or", NULL };
  static const char *const determiners[] = { "a", "an", "the", "this", "that", "these", "those", "its",
                                             "their", "his", "her", "our", "any", "some", NULL };
  guint first = token;

  while (first > s->first && token - first < 6)
    {
      PlToken *t = PL_TOKEN (x->a, first - 1);

      if (!t->is_word || g_strv_contains (stops, t->lower))
        break;
      /* "discouraging [rash moves]", but "the [shipping giant]". */
      if (is_gerund (x, first - 1) &&
          (first - 1 == s->first || !PL_TOKEN (x->a, first - 2)->is_word ||
           g_strv_contains (stops, lower (x, first - 2))))
        break;
      first--;
      if (g_strv_contains (determiners, t->lower))
        break;
    }
  return (Span){ first, token };
}

/* The end of the clause a token is in, for a label that starts there. */
static guint
clause_end (Extraction *x,
            const PlSentence *s,
            guint token)
{
  return clause_around (x, s, token).end;
}

/* The first danger named early in a span: its entry, or NULL. */
static const PlLexEntry *
find_danger (Extraction *x,
             Span span,
             guint *out_token,
             guint *out_length)
{
  for (guint t = span.first; t < span.end && t < span.first + DANGER_HEAD; t++)
    {
      const PlLexEntry *entry = match (x, LIST_DANGERS, t, span.end, out_length);

      if (entry != NULL)
        {
          *out_token = t;
          return entry;
        }
    }
  return NULL;
}

static char *
danger_key (const PlLexEntry *danger)
{
  return g_strconcat ("danger:", danger->tag ? danger->tag : danger->words[0], NULL);
}

/* "Reprisals", "smuggling": the category of the kind of danger. */
static const char *
danger_category (const PlLexEntry *danger)
{
  const PlLexEntry *entry = danger->tag ? pl_lex_list_lookup (list (LIST_DANGER_CATEGORIES), danger->tag) : NULL;

  return entry != NULL ? entry->tag : NULL;
}

/* A relative clause "X that could undermine…", "material that could be
 * used to make weapons": one risk, its subject the phrase before. */
static gboolean
relative_risk (Pass *p,
               const PlSentence *s,
               guint modal,
               guint verb,
               guint verb_length,
               int severity,
               gboolean causes,
               const PlLexEntry *danger)
{
  Extraction *x = p->x;
  guint end = clause_end (x, s, modal);
  Span subject = phrase_before (x, s, modal - 1);
  Draft d = { 0 };
  g_autofree char *key = NULL;

  if (content_words (x, subject.first, subject.end) == 0)
    return FALSE;
  if (danger != NULL)
    {
      d.key = key = danger_key (danger);
      d.category = danger_category (danger);
    }
  d.evidence = (Span){ subject.first, end };
  d.label = d.evidence;
  d.cue = (Span){ modal, verb + verb_length };
  d.severity = severity;
  if (causes)
    {
      /* "A path that could lead to the collapse of…": the risk is
       * the collapse. */
      Span object = phrase_after (x, verb + verb_length, end);
      guint danger_token, danger_length;
      const PlLexEntry *caused = find_danger (x, object, &danger_token, &danger_length);

      d.label = object;
      if (caused != NULL && key == NULL)
        {
          d.key = key = danger_key (caused);
          d.category = danger_category (caused);
        }
    }
  emit (p, s, &d);
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
    if (g_str_has_prefix (lower (x, t), "$") || g_str_has_prefix (lower (x, t), "€") ||
        g_str_has_prefix (lower (x, t), "£") || match (x, LIST_AMOUNTS, t, end, NULL) != NULL)
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
  for (guint t = token; t < end && t < token + 8 && !is_break (x, t); t++)
    if (match (x, LIST_DANGERS, t, end, NULL) != NULL || match (x, LIST_CUES, t, end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
target_follows (Extraction *x,
                guint token,
                guint end)
{
  for (guint t = token; t < end && t < token + 4 && !is_break (x, t); t++)
    if (match (x, LIST_TARGETS, t, end, NULL) != NULL)
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
    if (match (x, LIST_DANGERS, t, span.end, NULL) != NULL || match (x, LIST_CUES, t, span.end, NULL) != NULL ||
        match (x, LIST_WEAK, t, span.end, NULL) != NULL || match (x, LIST_SHORTFALL, t, span.end, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* "Any breakdown in X, delays in Y, or Z could quickly unravel progress":
 * each thing listed before the modal is a risk. */
static gboolean
enumerated_risks (Pass *p,
                  const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = sentence_end (s);

  for (guint t = s->first + 1; t < end; t++)
    {
      guint length = 1, verb, verb_length = 1, start = s->first;
      const PlLexEntry *harm = NULL;
      gboolean causes = FALSE, relative;
      g_autoptr (GArray) parts = NULL;
      int severity;

      if (!(p->masks[t] & TRIGGER_MODALS) || match (x, LIST_MODALS, t, end, &length) == NULL)
        continue;
      for (verb = t + length; verb < end && verb <= t + length + 2 && PL_TOKEN (x->a, verb)->is_word; verb++)
        {
          if ((harm = match (x, LIST_HARM, verb, end, &verb_length)) != NULL &&
              !is_price (x, harm, verb + verb_length, end))
            break;
          if ((harm = match (x, LIST_HARM_TO_PLAN, verb, end, &verb_length)) != NULL)
            {
              if (target_follows (x, verb + verb_length, end))
                break;
              harm = NULL;
            }
          if ((harm = match (x, LIST_CAUSES, verb, end, &verb_length)) != NULL)
            {
              causes = TRUE;
              if (harm_follows (x, verb + verb_length, end))
                break;
              harm = NULL;
              causes = FALSE;
            }
        }
      relative = is_word (x, t - 1, "that") || is_word (x, t - 1, "which") || is_word (x, t - 1, "who");
      if (harm == NULL && relative)
        {
          /* "Material that could be used to make weapons". */
          Span rest = { t + length, clause_end (x, s, t) };
          guint danger_token, danger_length;
          const PlLexEntry *danger = find_danger (x, (Span){ rest.first, MIN (rest.end, rest.first + 8) }, &danger_token, &danger_length);

          if (danger != NULL && !negated (x, t, danger_token))
            {
              gboolean prevented = FALSE;

              for (guint b = t; b < danger_token; b++)
                prevented |= match (x, LIST_PREVENTION, b, danger_token, NULL) != NULL ||
                             match (x, LIST_REMEDIES, b, danger_token, NULL) != NULL;
              if (!prevented && relative_risk (p, s, t, danger_token, danger_length, 2, FALSE, danger))
                return TRUE;
            }
          continue;
        }
      if (harm == NULL || negated (x, t, verb + 1))
        continue;
      severity = harm->value ? harm->value : 2;
      if (_pl_extract_count_matches (x, list (LIST_STRONGER), t + length, verb, NULL))
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
      if (t > s->first + 1 && (is_word (x, t - 1, "and") || is_word (x, t - 1, "or")))
        {
          Draft d = { 0 };

          d.label = d.evidence = (Span){ t, clause_end (x, s, t) };
          d.cue = (Span){ t, verb + verb_length };
          d.severity = severity;
          emit (p, s, &d);
          p->cue_end = t - 1;
          return TRUE;
        }
      /* The subject starts after the last clause break before the modal,
       * or after who said it. */
      for (guint b = t; b > s->first; b--)
        if (pl_analysis_is_punct (x->a, b - 1, ";:") || is_word (x, b - 1, "that") || is_speech_verb (x, b - 1, t))
          {
            start = b;
            break;
          }
      /* "If the talks fail, thousands of workers could lose…": the
       * condition is not one of the things listed. */
      if (match (x, LIST_CONDITIONS, start, t, NULL) != NULL)
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
      if (parts->len == 1 && content_words (x, start, t) < 2)
        return FALSE;
      for (guint i = 0; i < parts->len; i++)
        {
          Span part = g_array_index (parts, Span, i);
          Draft d = { 0 };

          /* "Any breakdown in …": the risk is the breakdown. */
          while (part.first + 1 < part.end &&
                 g_strv_contains ((const char *[]){ "any", "a", "an", "the", "also", NULL }, lower (x, part.first)))
            part.first++;
          d.label = d.evidence = part;
          /* "Regional lawmakers could block the bill": who may harm the
           * plan is no danger by itself; the risk is the whole clause. */
          if (parts->len == 1 && !names_danger (x, part))
            d.label = d.evidence = (Span){ part.first, clause_end (x, s, t) };
          d.cue = (Span){ t, verb + verb_length };
          d.severity = severity;
          emit (p, s, &d);
        }
      return TRUE;
    }
  return FALSE;
}

/* The first entry of the list @id within @window words after @token. */
static const PlLexEntry *
entry_after (Extraction *x,
             ListId id,
             guint token,
             guint end,
             guint window,
             guint *out_token,
             guint *out_length)
{
  for (guint t = token; t < end && t < token + window && !is_break (x, t); t++)
    {
      const PlLexEntry *entry = match (x, id, t, end, out_length);

      if (entry != NULL)
        {
          *out_token = t;
          return entry;
        }
    }
  return NULL;
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

      if (is_break (x, b - 1))
        return FALSE;
      entry = match (x, LIST_INTENTS, b - 1, token, &length);
      if (entry != NULL)
        {
          for (guint n = b - 1 + length; n < token; n++)
            if (is_negation (x, n, token))
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
plan_harm (Pass *p,
           const PlSentence *s,
           guint si)
{
  Extraction *x = p->x;
  guint end = sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1;
      const PlLexEntry *harm = NULL;
      gboolean likely = FALSE;
      Draft d = { 0 };

      if (!(p->masks[t] & (TRIGGER_HARM | TRIGGER_HARM_TO_PLAN)))
        continue;
      harm = match (x, LIST_HARM, t, end, &length);
      if (harm == NULL)
        harm = match (x, LIST_HARM_TO_PLAN, t, end, &length);
      if (harm == NULL || !target_follows (x, t + length, end) || !intent_before (x, s, t, 9, &likely))
        continue;
      d.evidence = d.label = evidence_around (x, s, t);
      d.cue = (Span){ t, t + length };
      d.severity = harm->value ? harm->value : 2;
      d.likelihood = likely ? 3 : 0;
      if (p->plan_sentence != 0 && p->plan_sentence == si)
        add_evidence (p, p->plan_risk, s, &d);
      else
        p->plan_risk = emit (p, s, &d);
      p->plan_sentence = si + 1;
      return TRUE;
    }
  return FALSE;
}

/* "Has threatened to impose sanctions", "would raise tariffs": an act
 * of one party against another, announced or threatened. */
static gboolean
hostile_act (Pass *p,
             const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, act, act_length;
      gboolean likely = FALSE;
      Draft d = { 0 };

      if (!(p->masks[t] & TRIGGER_INTENTS) || match (x, LIST_INTENTS, t, end, &length) == NULL ||
          entry_after (x, LIST_HOSTILE, t + length, end, 2, &act, &act_length) == NULL ||
          !intent_before (x, s, act, act - t + 1, &likely))
        continue;
      d.evidence = d.label = evidence_around (x, s, act);
      d.cue = (Span){ act, act + act_length };
      d.severity = 2;
      emit (p, s, &d);
      return TRUE;
    }
  return FALSE;
}

/* "The ministry is unlikely to approve the budget", "failed to honour the
 * exchange", "are yet to take effect": a commitment in doubt. */
static gboolean
unmet_commitment (Pass *p,
                  const PlSentence *s)
{
  static const char *const fillers[] = { "be", "have", "been", "fully", "formally", "ever", "even", NULL };
  Extraction *x = p->x;
  guint end = sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, verb;
      const PlLexEntry *unmet = NULL;
      Draft d = { 0 };

      if (!(p->masks[t] & TRIGGER_UNMET) || (unmet = match (x, LIST_UNMET, t, end, &length)) == NULL)
        continue;
      verb = t + length;
      while (verb < end && verb < t + length + 2 && g_strv_contains (fillers, lower (x, verb)))
        verb++;
      /* "failed to share", "failed to harden": a duty not done, whatever it
       * was; the softer words need a commitment after them. */
      if ((!g_str_has_prefix (unmet->words[0], "fail") && match (x, LIST_COMMITMENTS, verb, end, NULL) == NULL) ||
          entry_before (x, LIST_PAST, s->first, t, 6))
        continue;
      d.evidence = d.label = evidence_around (x, s, t);
      d.cue = (Span){ t, verb + 1 };
      d.severity = unmet->value ? unmet->value : 2;
      d.likelihood = 3;
      emit (p, s, &d);
      return TRUE;
    }
  return FALSE;
}

/* "Inspectors need to complete a survey before granting access": a
 * condition not met yet. */
static gboolean
precondition (Pass *p,
              const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = sentence_end (s);

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, until, until_length;
      Draft d = { 0 };

      if (!(p->masks[t] & TRIGGER_PRECONDITIONS) || match (x, LIST_PRECONDITIONS, t, end, &length) == NULL ||
          negated (x, s->first, t + length) ||
          entry_before (x, LIST_ADVICE_SUBJECTS, s->first, t, 3) ||
          entry_after (x, LIST_PRECONDITION_ENDS, t + length, end, 12, &until, &until_length) == NULL)
        continue;
      d.evidence = d.label = evidence_around (x, s, t);
      d.cue = (Span){ t, until + until_length };
      d.severity = 1;
      emit (p, s, &d);
      return TRUE;
    }
  return FALSE;
}

/* "Preventing arms smuggling", "afraid of reprisals", "protection
 * against air raids": a danger named as what is prevented,
 * feared or guarded against. The same kind of danger in an article is
 * one risk ("avert a return to fighting", "avoid further escalation"). */
static gboolean
danger_frame (Pass *p,
              const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = sentence_end (s);
  gboolean found = FALSE;

  for (guint t = s->first; t < end; t++)
    {
      guint length = 1, danger_token, danger_length;
      const PlLexEntry *danger;
      Span object;
      Draft d = { 0 };
      g_autofree char *key = NULL;

      if (!((p->masks[t] & TRIGGER_PREVENTION) && match (x, LIST_PREVENTION, t, end, &length) != NULL) &&
          !((p->masks[t] & TRIGGER_FEARS) && match (x, LIST_FEARS, t, end, &length) != NULL) &&
          !((p->sentence_mask & TRIGGER_PROTECTION) && (is_word (x, t, "against") || is_word (x, t, "from")) &&
            entry_before (x, LIST_PROTECTION, s->first, t, 5)))
        continue;
      if (negated (x, s->first, t))
        continue;
      object = phrase_after (x, t + length, end);
      danger = find_danger (x, object, &danger_token, &danger_length);
      if (danger == NULL)
        continue;
      d.evidence = evidence_around (x, s, t);
      d.label = content_words (x, object.first, object.end) >= 3 ? object : d.evidence;
      d.cue = (Span){ t, danger_token + danger_length };
      d.severity = 2;
      d.key = key = danger_key (danger);
      d.category = danger_category (danger);
      emit (p, s, &d);
      found = TRUE;
      t = object.end;
    }
  return found;
}

/* Whether @token is in an idiom that begins at most two words before
 * it: "may or may not have", "would be hard to overstate". */
static gboolean
in_idiom (Extraction *x,
          const PlSentence *s,
          guint token,
          guint end)
{
  for (guint b = token > s->first + 2 ? token - 2 : s->first; b <= token; b++)
    {
      guint length;

      if (match (x, LIST_IDIOMS, b, end, &length) != NULL && b + length > token)
        return TRUE;
    }
  return FALSE;
}

/* Whether a cue at @token is a risk here: not denied ("is not a risk"),
 * conceded ("despite the setbacks"), worked on ("addressing the
 * breakdown of water services"), a venture ("take political risks") or a market term
 * ("risk appetite"). */
static gboolean
cue_stands (Extraction *x,
            const PlSentence *s,
            guint token,
            guint length)
{
  guint end = sentence_end (s);
  gboolean risk_word = g_str_has_prefix (lower (x, token), "risk");

  if (in_idiom (x, s, token, end) || negated (x, s->first, token) || conceded (x, s->first, token) ||
      entry_before (x, LIST_REMEDIES, s->first, token, REMEDY_WINDOW))
    return FALSE;
  if (risk_word && entry_before (x, LIST_VENTURES, s->first, token, NEAR))
    return FALSE;
  /* "Could be done without any risk to security". */
  for (guint b = token; risk_word && b > s->first && token - b < NEAR; b--)
    if (is_word (x, b - 1, "without"))
      return FALSE;
    else if (match (x, LIST_NEGATION_LINKS, b - 1, token, NULL) == NULL)
      break;
  if (risk_word && token + length < end && match (x, LIST_COMPOUNDS, token + length, end, NULL) != NULL)
    return FALSE;
  return TRUE;
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

  if (match (x, LIST_MODALS, token, end, &length) == NULL)
    return NULL;
  for (guint verb = token + length; verb < end && verb <= token + length + 2 && PL_TOKEN (x->a, verb)->is_word; verb++)
    {
      guint verb_length;
      const PlLexEntry *harm = match (x, LIST_HARM, verb, end, &verb_length);

      if (harm != NULL && is_price (x, harm, verb + verb_length, end))
        harm = NULL;
      if (harm == NULL)
        harm = match (x, LIST_HARM_PASSIVE, verb, end, &verb_length);
      if (harm == NULL && (harm = match (x, LIST_HARM_TO_PLAN, verb, end, &verb_length)) != NULL &&
          !target_follows (x, verb + verb_length, end))
        harm = NULL;
      if (is_negation (x, verb, end))
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

  if (match (x, LIST_LACKS, token, end, &length) == NULL ||
      (token > 0 && (is_word (x, token - 1, "a") || is_word (x, token - 1, "the"))))
    return NULL;
  entitlement = entry_after (x, LIST_ENTITLEMENTS, token + length, end, 3, &at, &at_length);
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
  const char *word = lower (x, token);

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
  guint end = sentence_end (s);
  gboolean past = FALSE;

  for (guint t = cue.first > s->first + 2 ? cue.first - 2 : s->first; t < cue.end; t++)
    {
      if (is_word (x, t, "has") || is_word (x, t, "have") || match (x, LIST_MODALS, t, end, NULL) != NULL ||
          is_word (x, t, "will"))
        return FALSE;
      past |= is_past (x, t);
    }
  /* "A lawsuit filed last year", "the last outbreak was in 2009": a verb
   * in the past tense right after a noun cue. */
  for (guint t = cue.end; !past && t < end && t < cue.end + 3 && !is_break (x, t); t++)
    {
      if (is_word (x, t, "has") || is_word (x, t, "have") || is_word (x, t, "will") ||
          match (x, LIST_MODALS, t, end, NULL) != NULL)
        break;
      past = is_past (x, t);
    }
  if (!past)
    return FALSE;
  for (guint t = s->first; t < end; t++)
    {
      const char *word = lower (x, t);

      if (match (x, LIST_HISTORY, t, end, NULL) != NULL)
        return TRUE;
      /* "In 2012", before the year the article was published. */
      if (t > s->first && is_word (x, t - 1, "in") && strlen (word) == 4 && g_ascii_isdigit (word[0]) &&
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
  const PlLexEntry *record = match (x, LIST_RECORDS, token, end, NULL);
  const PlLexEntry *span;

  if (record == NULL)
    return NULL;
  span = entry_after (x, LIST_RECORD_SPANS, token + 1, end, RECORD_WINDOW, &at, &at_length);
  if (span == NULL)
    return NULL;
  if (strcmp (span->words[0], "since") == 0 && span->n_words == 1 &&
      (at + 1 >= end || !(g_ascii_isdigit (lower (x, at + 1)[0]) || is_word (x, at + 1, "the"))))
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

  return g_strv_contains (contrasts, lower (x, first)) || match (x, LIST_CONNECTIVES, first, end, NULL) != NULL ||
         match (x, LIST_CONCESSIONS, first, end, NULL) != NULL;
}

/* Whether the cue at @token names no particular danger ("a concern",
 * "a risk"). */
static gboolean
is_generic (Extraction *x,
            guint token,
            guint end)
{
  return match (x, LIST_GENERIC, token, end, NULL) != NULL;
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
      !(is_word (x, clause.first, "a") || is_word (x, clause.first, "an")))
    return clause.first;
  return clause_around (x, s, clause.first - 2).first;
}

/* "Deep mistrust between the factions", "funding remains a major
 * obstacle": one risk per sentence, from its strongest cue; of two
 * equally strong, the one that names a danger ("a concern …, noting the
 * meetings had been postponed"). */
static void
stated_risk (Pass *p,
             const PlSentence *s)
{
  Extraction *x = p->x;
  guint end = sentence_end (s);
  const PlLexEntry *best_entry = NULL;
  const char *key = NULL;
  int best_weight = 0;
  guint best = 0, best_length = 1;
  Span clause;
  Draft d = { 0 };
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
      if ((entry = match (x, LIST_CUES, t, end, &length)) != NULL)
        weight = entry->value;
      else if ((entry = match (x, LIST_UNCERTAINTY, t, end, &length)) != NULL)
        weight = entry->value, kind = "uncertainty";
      else if ((entry = modal_harm (x, t, end, &length)) != NULL)
        weight = entry->value ? entry->value : 2;
      else if ((entry = lack (x, t, end, &length)) != NULL)
        weight = 2, kind = "lack";
      else if ((entry = match (x, LIST_SHORTFALL, t, end, &length)) != NULL)
        weight = entry->value, kind = "shortfall";
      else if ((entry = record_low (x, t, end, &length)) != NULL)
        weight = 2;
      else if ((entry = match (x, LIST_WEAK, t, end, &length)) != NULL)
        /* "Remains volatile" is a risk; "the most volatile region" is not. */
        weight = entry_before (x, LIST_PERSISTENT, s->first, t, 3) ? entry->value + 1 : 0, kind = "weak";
      if ((weight > best_weight ||
           (weight > 0 && weight == best_weight && is_generic (x, best, end) && !is_generic (x, t, end))) &&
          cue_stands (x, s, t, length))
        {
          best_weight = weight, best = t, best_length = length, best_entry = entry;
          key = kind;
        }
    }
  if (best_entry == NULL)
    return;
  clause = clause_around (x, s, best);
  /* "…, threatening legal action", "… does not deny that the law is
   * flawed": a clause too short to name its risk says it with the clause
   * before, unless that one only concedes or connects ("While X is a
   * step forward, risks remain high"). */
  if (content_words (x, clause.first, clause.end) < MIN_CONTENT_WORDS && clause.first > s->first + 1)
    {
      Span before = clause_around (x, s, clause.first - 2);

      if (content_words (x, before.first, before.end) >= 2 && !opens_contrast (x, before.first, before.end) &&
          !(before.first > s->first && opens_contrast (x, before.first - 1, before.end)))
        clause.first = before.first;
    }
  if (content_words (x, clause.first, clause.end) < MIN_CONTENT_WORDS)
    return;
  /* "The refugee crisis is one of the greatest threats": a crisis in
   * general is the background of the plan, not one of its risks. */
  for (guint t = clause.first; t < clause.end && t < clause.first + 5 && t < best; t++)
    if (match (x, LIST_BACKGROUND, t, clause.end, NULL) != NULL)
      return;
  if (in_history (x, s, (Span){ best, best + best_length }))
    return;
  d.evidence = evidence_around (x, s, best);
  if (d.evidence.first > clause.first)
    d.evidence.first = clause.first;
  else if (d.evidence.first == clause.first)
    d.evidence.first = apposition_start (x, s, clause, best);
  /* "Without its backing, the port would be crippled": the condition
   * that opens the sentence is part of the risk. */
  if (d.evidence.first > s->first + 1 && pl_analysis_is_punct (x->a, d.evidence.first - 1, ",") &&
      match (x, LIST_CONDITIONS, s->first, d.evidence.first, NULL) != NULL)
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
  else if (strcmp (key, "cues") == 0 && match (x, LIST_GENERIC, best, end, NULL) == NULL)
    d.key = cue_key = g_strconcat ("cue:", best_entry->words[0], best_entry->n_words > 1 ? best_entry->words[1] : "", NULL);
  /* "It is unclear whether … . The timetable is still in flux": an open outcome
   * said again in the next sentence is the same risk. */
  if (strcmp (key, "uncertainty") == 0)
    {
      if (p->doubt_sentence != 0 && p->doubt_sentence == p->sentence)
        add_evidence (p, p->doubt_risk, s, &d);
      else
        p->doubt_risk = emit (p, s, &d);
      p->doubt_sentence = p->sentence + 1;
      return;
    }
  emit (p, s, &d);
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
  Pass p = { x, x->risks->len, g_ptr_array_new_with_free_func (g_free), 0, 0, 0, 0, 0, token_masks (x), 0, 0 };

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      p.sentence = si;
      p.sentence_mask = 0;
      for (guint t = s->first; t < sentence_end (s); t++)
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
