/* pl-extract-risk-text.c: the words of a risk.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the risk rules of pl-extract-risks.c share: the lexicon's [risks]
 * lists and, per token, which of them may start a rule; whether a cue is
 * denied, conceded or worked on; the clause, phrase and evidence around
 * a cue; the label shown for a risk; its category, severity and
 * likelihood; and adding it, or its evidence to a risk already found.
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-enum-types.h"
#include "pl-extract-private.h"

#define MAX_RISK_TOKENS 40
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
const PlLexList *
_pl_risk_list (RiskList id)
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

static const struct
{
  RiskList list;
  RiskTrigger bit;
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
  GHashTable *words; /* first word → mask of RiskTrigger */
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
        for (guint e = 0; e < pl_lex_list_get_size (_pl_risk_list (triggers[i].list)); e++)
          {
            const PlLexEntry *entry = pl_lex_list_get (_pl_risk_list (triggers[i].list), e);

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
guint *
_pl_risk_token_masks (Extraction *x)
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

const char *
_pl_risk_lower (Extraction *x,
                guint token)
{
  return PL_TOKEN (x->a, token)->lower;
}

gboolean
_pl_risk_is_word (Extraction *x,
                  guint token,
                  const char *word)
{
  return strcmp (_pl_risk_lower (x, token), word) == 0;
}

const PlLexEntry *
_pl_risk_match (Extraction *x,
                RiskList id,
                guint token,
                guint end,
                guint *out_length)
{
  return pl_analysis_match (x->a, _pl_risk_list (id), token, end, out_length);
}

guint
_pl_risk_sentence_end (const PlSentence *s)
{
  return s->first + s->n_tokens;
}

/* Punctuation that ends a clause or a phrase; quotes do not. */
gboolean
_pl_risk_is_break (Extraction *x,
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
gboolean
_pl_risk_entry_before (Extraction *x,
                       RiskList id,
                       guint first,
                       guint token,
                       guint window)
{
  for (guint b = token; b > first && token - b < window; b--)
    {
      if (_pl_risk_is_break (x, b - 1))
        return FALSE;
      if (_pl_risk_match (x, id, b - 1, token, NULL) != NULL)
        return TRUE;
    }
  return FALSE;
}

gboolean
_pl_risk_is_negation (Extraction *x,
                      guint token,
                      guint end)
{
  return _pl_risk_match (x, LIST_NEGATIONS, token, end, NULL) != NULL || g_str_has_suffix (_pl_risk_lower (x, token), "n't");
}

/* "Is not a safety risk", "does not represent a risk", "no
 * threat": a negation that governs the cue, with only linking words and
 * one modifier between; "did not realize the threat" does not deny it. */
gboolean
_pl_risk_negated (Extraction *x,
                  guint first,
                  guint token)
{
  guint others = 0;

  for (guint b = token; b > first && token - b <= NEAR; b--)
    {
      if (_pl_risk_is_break (x, b - 1))
        return FALSE;
      if (_pl_risk_is_negation (x, b - 1, token))
        return TRUE;
      if (_pl_risk_match (x, LIST_NEGATION_LINKS, b - 1, token, NULL) == NULL && ++others > 1)
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
      if (_pl_risk_match (x, LIST_CONCESSIONS, b - 1, token, NULL) != NULL)
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
  return token + 1 < end && g_ascii_isdigit (_pl_risk_lower (x, token + 1)[0]);
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

/* "Officials acknowledged that …": "that" after who said it, not after
 * a noun ("the promise that there would be no new taxes …"). */
static gboolean
reported_that (Extraction *x,
               const PlSentence *s,
               guint token)
{
  return _pl_risk_is_word (x, token, "that") && token > s->first &&
         (_pl_risk_is_speech_verb (x, token - 1, token) || (token > s->first + 1 && _pl_risk_is_speech_verb (x, token - 2, token)));
}

/* The clause (between commas, semicolons or "while"/"but") around a token. */
Span
_pl_risk_clause_around (Extraction *x,
                        const PlSentence *s,
                        guint token)
{
  Span span = { s->first, _pl_risk_sentence_end (s) };

  for (guint t = token; t > s->first; t--)
    if (pl_analysis_is_punct (x->a, t - 1, ";:—") || _pl_risk_is_word (x, t - 1, "while") ||
        _pl_risk_is_word (x, t - 1, "but") || reported_that (x, s, t - 1) ||
        (pl_analysis_is_punct (x->a, t - 1, ",") && t - 1 > s->first && t < token &&
         !list_comma (x, t - 1, span.end)))
      {
        span.first = t;
        break;
      }
  for (guint t = token + 1; t < span.end; t++)
    if (pl_analysis_is_punct (x->a, t, ";.:—") || _pl_risk_is_word (x, t, "while") || _pl_risk_is_word (x, t, "but") ||
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
Span
_pl_risk_evidence_around (Extraction *x,
                          const PlSentence *s,
                          guint token)
{
  if (s->n_tokens <= SHORT_SENTENCE)
    return (Span){ s->first, _pl_risk_sentence_end (s) };
  return _pl_risk_clause_around (x, s, token);
}

guint
_pl_risk_content_words (Extraction *x,
                        guint first,
                        guint end)
{
  const PlLexList *empty = _pl_risk_list (LIST_EMPTY);
  guint n = 0;

  for (guint t = first; t < end; t++)
    n += PL_TOKEN (x->a, t)->is_word && pl_analysis_match (x->a, empty, t, end, NULL) == NULL;
  return n;
}

/* "Said", "warned", "reported": a verb that attributes what follows. */
gboolean
_pl_risk_is_speech_verb (Extraction *x,
                         guint token,
                         guint end)
{
  return pl_analysis_match (x->a, _pl_risk_list (LIST_SPEECH_VERBS), token, end, NULL) != NULL;
}

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
  if (span.first < span.end && span.first < cue.first && _pl_risk_match (x, LIST_CONNECTIVES, span.first, span.end, &length))
    for (guint t = span.first + length; t < span.end && t < span.first + 8 && t < cue.first; t++)
      if (pl_analysis_is_punct (x->a, t, ","))
        {
          span.first = t + 1;
          break;
        }
  for (guint t = span.first; t < span.end && t < span.first + 12 && t < cue.first; t++)
    if (_pl_risk_is_speech_verb (x, t, span.end))
      {
        guint after = t + 1;

        /* "Analysts say, the talks …". */
        if (after + 1 < cue.first && pl_analysis_is_punct (x->a, after, ","))
          {
            span.first = after + 1;
            break;
          }
        while (after < cue.first && after < t + 4 && !_pl_risk_is_word (x, after, "that") && !pl_analysis_is_punct (x->a, after, ":"))
          after++;
        if (after < cue.first && (_pl_risk_is_word (x, after, "that") || pl_analysis_is_punct (x->a, after, ":")))
          span.first = after + 1;
        break;
      }
  /* "[and] that the party opposes…": the clause, not its conjunction. */
  while (span.first + 1 < cue.first && (_pl_risk_is_word (x, span.first, "that") || _pl_risk_is_word (x, span.first, "and")))
    span.first++;
  /* "…, the envoy said." */
  for (guint t = span.end; t > cue.end && t > span.end - MIN (span.end, 9); t--)
    if (pl_analysis_is_punct (x->a, t - 1, ","))
      {
        for (guint v = t; v < span.end; v++)
          if (_pl_risk_is_speech_verb (x, v, span.end))
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

      while (end < span.end && !_pl_risk_is_break (x, end) && _pl_risk_match (x, LIST_PHRASE_STOPS, end, span.end, NULL) == NULL)
        end++;
      /* Too long: the cue and the head of what it is about ("struggle to
       * raise fees", "could face fines"), not a fragment ending at the cue. */
      if (end - span.first > MAX_LABEL_TOKENS + 4 || _pl_risk_content_words (x, span.first, end) < MIN_CONTENT_WORDS)
        end = MIN (end, cue.end + LABEL_TAIL);
      if (_pl_risk_content_words (x, span.first, end) >= MIN_CONTENT_WORDS)
        span.end = end;
    }
  while (span.first < span.end && !PL_TOKEN (x->a, span.first)->is_word)
    span.first++;
  /* "…the carmaker, whose sales have been hit": with what "whose" is about. */
  if (span.first > s->first + 1 && span.first < span.end && pl_analysis_is_punct (x->a, span.first - 1, ",") &&
      (_pl_risk_is_word (x, span.first, "whose") || _pl_risk_is_word (x, span.first, "which") || _pl_risk_is_word (x, span.first, "who")))
    {
      Span before = _pl_risk_phrase_before (x, s, span.first - 1);

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

  return _pl_extract_categorize (x, s->first, _pl_risk_sentence_end (s));
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
      entry = _pl_risk_match (x, LIST_CATEGORY_WORDS, t, span.end, NULL);
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
categorize (RiskPass *p,
            const RiskDraft *d)
{
  Extraction *x = p->x;
  int category = PL_CATEGORY_OTHER;

  if (d->category != NULL && pl_enum_from_nick (PL_TYPE_CATEGORY, d->category, &category))
    return (PlCategory) category;
  /* "A court challenge", "cost overruns": the cue's own domain. */
  for (guint t = d->cue.first; t < d->cue.end; t++)
    {
      const PlLexEntry *entry = _pl_risk_match (x, LIST_CUE_CATEGORIES, t, d->cue.end, NULL);

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
       const RiskDraft *d,
       PlRisk *risk)
{
  guint near_first = d->cue.first > s->first + GRADE_WINDOW ? d->cue.first - GRADE_WINDOW : s->first;
  guint near_end = MIN (d->cue.end + GRADE_WINDOW, _pl_risk_sentence_end (s));
  int severity = d->severity, likelihood = d->likelihood;

  if (_pl_extract_count_matches (x, _pl_risk_list (LIST_STRONGER), near_first, near_end, NULL))
    severity++;
  if (_pl_extract_count_matches (x, _pl_risk_list (LIST_WEAKER), near_first, d->cue.first, NULL))
    severity--;
  if (likelihood == 0)
    {
      Span clause = _pl_risk_clause_around (x, s, d->cue.first);

      likelihood = 2;
      if (_pl_extract_count_matches (x, _pl_risk_list (LIST_UNLIKELY), clause.first, clause.end, NULL))
        likelihood = 1;
      else if (_pl_extract_count_matches (x, _pl_risk_list (LIST_LIKELY), clause.first, clause.end, NULL))
        likelihood = 3;
    }
  pl_risk_set_severity (risk, level_from (severity));
  pl_risk_set_likelihood (risk, level_from (likelihood));
}

void
_pl_risk_add_evidence (RiskPass *p,
                       guint index,
                       const PlSentence *s,
                       const RiskDraft *d)
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
      if (!pl_analysis_is_punct (x->a, t, ",") || !(_pl_risk_is_word (x, t + 1, "which") || _pl_risk_is_word (x, t + 1, "who")))
        continue;
      for (guint c = t + 2; c < span.end && (!_pl_risk_is_break (x, c) || pl_analysis_is_punct (x->a, c, ",")); c++)
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
guint
_pl_risk_emit (RiskPass *p,
               const PlSentence *s,
               RiskDraft *d)
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
          _pl_risk_add_evidence (p, i, s, d);
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
Span
_pl_risk_phrase_after (Extraction *x,
                       guint token,
                       guint end)
{
  Span span = { token, token };

  while (span.end < end && span.end < token + MAX_PHRASE && !_pl_risk_is_break (x, span.end) &&
         _pl_risk_match (x, LIST_PHRASE_STOPS, span.end, end, NULL) == NULL &&
         !((_pl_risk_is_word (x, span.end, "and") || _pl_risk_is_word (x, span.end, "or")) && span.end + 1 < end &&
           g_str_has_suffix (_pl_risk_lower (x, span.end + 1), "ed")))
    span.end++;
  return span;
}

/* The noun phrase just before @token: "warned against [provocations]
 * that could…", "on [a path] that could…". */
Span
_pl_risk_phrase_before (Extraction *x,
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
           g_strv_contains (stops, _pl_risk_lower (x, first - 2))))
        break;
      first--;
      if (g_strv_contains (determiners, t->lower))
        break;
    }
  return (Span){ first, token };
}

/* The end of the clause a token is in, for a label that starts there. */
guint
_pl_risk_clause_end (Extraction *x,
                     const PlSentence *s,
                     guint token)
{
  return _pl_risk_clause_around (x, s, token).end;
}

/* The first danger named early in a span: its entry, or NULL. */
const PlLexEntry *
_pl_risk_find_danger (Extraction *x,
                      Span span,
                      guint *out_token,
                      guint *out_length)
{
  for (guint t = span.first; t < span.end && t < span.first + DANGER_HEAD; t++)
    {
      const PlLexEntry *entry = _pl_risk_match (x, LIST_DANGERS, t, span.end, out_length);

      if (entry != NULL)
        {
          *out_token = t;
          return entry;
        }
    }
  return NULL;
}

char *
_pl_risk_danger_key (const PlLexEntry *danger)
{
  return g_strconcat ("danger:", danger->tag ? danger->tag : danger->words[0], NULL);
}

/* "Reprisals", "smuggling": the category of the kind of danger. */
const char *
_pl_risk_danger_category (const PlLexEntry *danger)
{
  const PlLexEntry *entry = danger->tag ? pl_lex_list_lookup (_pl_risk_list (LIST_DANGER_CATEGORIES), danger->tag) : NULL;

  return entry != NULL ? entry->tag : NULL;
}

/* The first entry of the list @id within @window words after @token. */
const PlLexEntry *
_pl_risk_entry_after (Extraction *x,
                      RiskList id,
                      guint token,
                      guint end,
                      guint window,
                      guint *out_token,
                      guint *out_length)
{
  for (guint t = token; t < end && t < token + window && !_pl_risk_is_break (x, t); t++)
    {
      const PlLexEntry *entry = _pl_risk_match (x, id, t, end, out_length);

      if (entry != NULL)
        {
          *out_token = t;
          return entry;
        }
    }
  return NULL;
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

      if (_pl_risk_match (x, LIST_IDIOMS, b, end, &length) != NULL && b + length > token)
        return TRUE;
    }
  return FALSE;
}

/* Whether a cue at @token is a risk here: not denied ("is not a risk"),
 * conceded ("despite the setbacks"), worked on ("addressing the
 * breakdown of water services"), a venture ("take political risks") or a market term
 * ("risk appetite"). */
gboolean
_pl_risk_cue_stands (Extraction *x,
                     const PlSentence *s,
                     guint token,
                     guint length)
{
  guint end = _pl_risk_sentence_end (s);
  gboolean risk_word = g_str_has_prefix (_pl_risk_lower (x, token), "risk");

  if (in_idiom (x, s, token, end) || _pl_risk_negated (x, s->first, token) || conceded (x, s->first, token) ||
      _pl_risk_entry_before (x, LIST_REMEDIES, s->first, token, REMEDY_WINDOW))
    return FALSE;
  if (risk_word && _pl_risk_entry_before (x, LIST_VENTURES, s->first, token, NEAR))
    return FALSE;
  /* "Could be done without any risk to security". */
  for (guint b = token; risk_word && b > s->first && token - b < NEAR; b--)
    if (_pl_risk_is_word (x, b - 1, "without"))
      return FALSE;
    else if (_pl_risk_match (x, LIST_NEGATION_LINKS, b - 1, token, NULL) == NULL)
      break;
  if (risk_word && token + length < end && _pl_risk_match (x, LIST_COMPOUNDS, token + length, end, NULL) != NULL)
    return FALSE;
  return TRUE;
}
