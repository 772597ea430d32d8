/* pl-extract-components.c: what the plan and its phases consist of:
 * its aims, provisions, terms and listed parts, and their categories.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-extract-private.h"

/* An aim is at most this many tokens. */
#define MAX_AIM_TOKENS 30

/* How a part was found, which decides how much of it to trust. */
typedef enum
{
  PART_PROSE = 0,
  PART_LIST_ITEM = 1 << 0, /* an item of a list: taken as written */
  PART_NO_MEANS = 1 << 1,  /* already the means of another part */
  PART_LISTED = 1 << 2,    /* one of several listed: one word is enough */
} PartFlags;

/* The least weight of words around a part that gives it their category. */
#define MIN_CONTEXT_SCORE 3

/* Object data on a part without a category of its own: 1 + the
 * category of its context. */
#define CONTEXT_CATEGORY "pl-context-category"

/* Prose parts are at most this many tokens, cut at a word boundary. */
#define MAX_LABEL_TOKENS 20
/* A source gives at most this many parts: more is no plan a reader can
 * scan, and each new part is compared with those found before. */
#define MAX_PARTS 60

static const char *const category_keys[] = {
  [PL_CATEGORY_SECURITY] = "security",
  [PL_CATEGORY_HUMANITARIAN] = "humanitarian",
  [PL_CATEGORY_DIPLOMACY] = "diplomacy",
  [PL_CATEGORY_GOVERNANCE] = "governance",
  [PL_CATEGORY_ECONOMY] = "economy",
};

static int
add_category_scores (Extraction *x,
                     guint first,
                     guint end,
                     int weight,
                     int *scores)
{
  int total = 0;

  for (guint c = 0; c < G_N_ELEMENTS (category_keys); c++)
    {
      int sum = 0;

      if (first < end)
        _pl_extract_count_matches (x, pl_lexicon_list ("categories", category_keys[c]), first, end, &sum);
      scores[c] += weight * sum;
      total += sum;
    }
  return total;
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

/* The heading of the section a sentence is in, or NULL. */
static const PlSentence *
section_heading (Extraction *x,
                 guint si)
{
  for (guint back = 0; back < 40 && back <= si; back++)
    if (PL_SENTENCE (x->a, si - back)->kind == PL_BLOCK_HEADING)
      return PL_SENTENCE (x->a, si - back);
  return NULL;
}

/* A part's own words decide whether it has a category at all; when it
 * has, the rest of its sentence and its section's heading weigh in too,
 * less: rebuilding infrastructure named among the immediate priorities of
 * a humanitarian effort serves that effort. */
static PlCategory
part_category (Extraction *x,
               guint first,
               guint end,
               guint context_first,
               guint context_end,
               const Span *actor)
{
  int own[G_N_ELEMENTS (category_keys)] = { 0 }, all[G_N_ELEMENTS (category_keys)] = { 0 };
  const PlSentence *heading = section_heading (x, sentence_of_token (x, first));
  PlCategory own_best;
  int best = -1, best_score = 0;

  int total = 0;

  /* A sum of money ("$50 billion") is the economy's. */
  for (guint t = first; t + 1 < end; t++)
    if (pl_analysis_is_punct (x->a, t, "$€£¥") && g_ascii_isdigit (PL_TOKEN (x->a, t + 1)->lower[0]))
      own[PL_CATEGORY_ECONOMY] += 2, total += 2;
  total += add_category_scores (x, first, end, 1, own);
  if (actor != NULL)
    total += add_category_scores (x, actor->first, actor->end, 1, own);
  if (total == 0)
    return PL_CATEGORY_OTHER;
  own_best = _pl_extract_categorize (x, first, end);
  for (guint c = 0; c < G_N_ELEMENTS (category_keys); c++)
    all[c] = 2 * own[c];
  add_category_scores (x, context_first, first, 1, all);
  add_category_scores (x, end, context_end, 1, all);
  if (heading != NULL)
    add_category_scores (x, heading->first, heading->first + heading->n_tokens, 1, all);
  for (guint c = 0; c < G_N_ELEMENTS (category_keys); c++)
    if (all[c] > best_score || (all[c] == best_score && (PlCategory) c == own_best))
      best = (int) c, best_score = all[c];
  return best < 0 ? own_best : (PlCategory) best;
}

/* The category of the words around a part that has none of its own:
 * its sentence and its section's heading, when they lean clearly one
 * way. A part of a plan told of in a sentence about health care or
 * about a budget serves that. */
static PlCategory
context_category (Extraction *x,
                  guint first,
                  guint end,
                  guint context_first,
                  guint context_end)
{
  int scores[G_N_ELEMENTS (category_keys)] = { 0 };
  const PlSentence *heading = section_heading (x, sentence_of_token (x, first));
  int best = -1, best_score = MIN_CONTEXT_SCORE - 1;

  add_category_scores (x, context_first, context_end, 1, scores);
  if (heading != NULL)
    add_category_scores (x, heading->first, heading->first + heading->n_tokens, 1, scores);
  for (guint c = 0; c < G_N_ELEMENTS (category_keys); c++)
    if (scores[c] > best_score)
      best = (int) c, best_score = scores[c];
    else if (scores[c] == best_score)
      best = -1;
  return best < 0 ? PL_CATEGORY_OTHER : (PlCategory) best;
}

static gboolean
contains_all (GHashTable *big,
              GHashTable *small)
{
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, small);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    if (!g_hash_table_contains (big, word))
      return FALSE;
  return TRUE;
}

/* Two parts are one when their words mostly agree, or when every word of
 * a part of two words or more is in the other. */
static gboolean
same_part (const char *a,
           const char *b)
{
  g_autoptr (GHashTable) x = NULL;
  g_autoptr (GHashTable) y = NULL;
  GHashTable *small, *big;

  if (_pl_extract_similarity (a, b) >= 0.6)
    return TRUE;
  x = _pl_extract_word_set (a, TRUE);
  y = _pl_extract_word_set (b, TRUE);
  small = g_hash_table_size (x) <= g_hash_table_size (y) ? x : y;
  big = small == x ? y : x;
  return g_hash_table_size (small) >= 2 && contains_all (big, small);
}

static PlComponent *
find_same_component (Extraction *x,
                     const char *text,
                     guint *n_parts)
{
  *n_parts = 0;
  for (guint i = 0; i < x->phases->len; i++)
    {
      GListModel *existing = pl_phase_get_components (((PhaseDraft *) g_ptr_array_index (x->phases, i))->phase);

      for (guint j = 0; j < g_list_model_get_n_items (existing); j++)
        {
          g_autoptr (PlComponent) other = g_list_model_get_item (existing, j);

          (*n_parts)++;
          if (same_part (pl_component_get_text (other), text))
            return other;
        }
    }
  return NULL;
}

static gboolean
is_conjunction (Extraction *x,
                guint t)
{
  return _pl_extract_token_is (x, t, "and") || _pl_extract_token_is (x, t, "or");
}

static gboolean
in_list (Extraction *x,
         const char *key,
         guint token)
{
  return pl_lex_list_lookup (pl_lexicon_list ("components", key), PL_TOKEN (x->a, token)->lower) != NULL;
}

static gboolean
is_gerund (Extraction *x,
           guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && strlen (t->lower) > 4 && g_str_has_suffix (t->lower, "ing");
}

/* Cuts a prose part to the words a reader scans: without "to", "a",
 * "officially", "actions to" in front, without "start" before what
 * starts, without function words at the end, and not too long. */
static gboolean
trim_part (Extraction *x,
           guint *first,
           guint *end)
{
  const PlLexList *generic = pl_lexicon_list ("components", "generic_heads");

  while (*first + 1 < *end)
    {
      guint length = 0;

      if (pl_analysis_match (x->a, generic, *first, *end, &length) != NULL && *first + length < *end)
        *first += length;
      /* "$3 billion": the sign stays with its amount. */
      else if (in_list (x, "leading", *first) ||
               (!PL_TOKEN (x->a, *first)->is_word &&
                !(pl_analysis_is_punct (x->a, *first, "$€£¥") && g_ascii_isdigit (PL_TOKEN (x->a, *first + 1)->lower[0]))))
        (*first)++;
      /* "start loading fuel": what starts is the part. */
      else if (in_list (x, "aspect_verbs", *first) && is_gerund (x, *first + 1))
        (*first)++;
      else
        break;
    }
  /* Too long: up to the last comma or "and" before the limit, else up to
   * the last preposition. */
  if (*end > *first + MAX_LABEL_TOKENS)
    {
      guint cut = *first + MAX_LABEL_TOKENS, preposition = 0;

      for (guint t = cut; t > *first + 4; t--)
        {
          if (pl_analysis_is_punct (x->a, t, ",") || is_conjunction (x, t))
            {
              preposition = t;
              break;
            }
          /* Not so early that the label ends in mid-phrase ("use landers
           * built | by…"). */
          if (preposition == 0 && t > *first + 8 && in_list (x, "prepositions", t))
            preposition = t;
        }
      *end = preposition ? preposition : cut;
    }
  while (*end > *first && (!PL_TOKEN (x->a, *end - 1)->is_word || _pl_extract_is_function_word (x, *end - 1)) &&
         !pl_analysis_is_punct (x->a, *end - 1, ")%"))
    (*end)--;
  return *end > *first;
}

/* Whether a part points back to what was said before: it starts with
 * such a word ("those efforts"), has one as its object ("implement it"),
 * or is about "these" or "those" things. A long part that names them
 * further on ("use landers built by these firms to deliver rovers") says
 * enough by itself. */
static gboolean
is_anaphoric (Extraction *x,
              guint first,
              guint end)
{
  const PlLexList *anaphora = pl_lexicon_list ("components", "anaphora");

  for (guint t = first; t < end; t++)
    {
      if (t < first + 3 && pl_analysis_match (x->a, anaphora, t, end, NULL) != NULL && (t == first || !_pl_extract_token_is (x, t, "its")))
        return TRUE;
      if ((_pl_extract_token_is (x, t, "these") || _pl_extract_token_is (x, t, "those")) && (t < first + 4 || end < first + 10))
        return TRUE;
      /* "remove any reference to it": the object of a preposition. */
      if (t < first + 6 && t > first && (_pl_extract_token_is (x, t, "it") || _pl_extract_token_is (x, t, "them")) &&
          (_pl_extract_token_is (x, t - 1, "to") || _pl_extract_token_is (x, t - 1, "of") || in_list (x, "prepositions", t - 1)))
        return TRUE;
    }
  return FALSE;
}

static guint
count_words (Extraction *x,
             guint first,
             guint end)
{
  guint n = 0;

  for (guint t = first; t < end; t++)
    n += PL_TOKEN (x->a, t)->is_word;
  return n;
}

/* "…, helped by unspecified investment", "through the mobilisation of
 * €100 billion": the means of a part, a part of its own. Returns where
 * the means start, or @end. */
static guint
find_means (Extraction *x,
            guint first,
            guint end,
            guint *means_first)
{
  const PlLexList *means = pl_lexicon_list ("components", "means");

  for (guint t = first + 2; t + 2 < end; t++)
    {
      guint length = 0, m;

      if (pl_analysis_match (x->a, means, t, end, &length) == NULL)
        continue;
      m = t + length;
      /* "through November 2028", "via Turkey": a time or a place. */
      if (m >= end || PL_TOKEN (x->a, m)->capitalized || !PL_TOKEN (x->a, m)->is_word || g_ascii_isdigit (PL_TOKEN (x->a, m)->lower[0]) ||
          count_words (x, m, end) < 2)
        continue;
      *means_first = m;
      return t > first && pl_analysis_is_punct (x->a, t - 1, ",") ? t - 1 : t;
    }
  return end;
}

/* Adds the part between the tokens to @draft (%NULL: the plan as a
 * whole), unless it is no part: a state ("be incremental"), a word
 * pointing back ("those efforts"), a fragment, or one already found.
 * @context_first and @context_end bound the words that help to
 * categorize it, @actor (nullable) whose task it is.
 *
 * Returns: (transfer none) (nullable): the new component */
static PlComponent *
add_part (Extraction *x,
          PhaseDraft *draft,
          guint first,
          guint end,
          guint context_first,
          guint context_end,
          const Span *actor,
          PartFlags flags)
{
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autoptr (PlComponent) component = NULL;
  PlComponent *same;
  guint n_parts, whole_first = first, whole_end = end;

  if (!(flags & PART_LIST_ITEM))
    {
      guint means_first = end, means_end;

      if (!(flags & PART_NO_MEANS) && (means_end = find_means (x, first, end, &means_first)) < end)
        {
          add_part (x, draft, means_first, end, context_first, context_end, NULL, flags | PART_NO_MEANS);
          whole_end = end = means_end;
        }
      if (!trim_part (x, &first, &end) ||
          pl_analysis_match (x->a, pl_lexicon_list ("components", "not_aims"), first, end, NULL) != NULL ||
          is_anaphoric (x, first, end) || count_words (x, first, end) < ((flags & PART_LISTED) ? 1 : 2))
        return NULL;
    }
  raw = pl_analysis_dup_span (x->a, first, end);
  /* Quoted words inside a part read as the part's own. */
  for (guint t = first; t < end; t++)
    if (pl_analysis_is_punct (x->a, t, "\"“”"))
      {
        g_autofree char *bare = NULL;
        GString *without = g_string_new (NULL);

        for (const char *p = raw; *p; p = g_utf8_next_char (p))
          if (!strchr ("\"", *p) && g_utf8_get_char (p) != 0x201C && g_utf8_get_char (p) != 0x201D)
            g_string_append_unichar (without, g_utf8_get_char (p));
        bare = g_string_free (without, FALSE);
        g_free (raw);
        raw = g_steal_pointer (&bare);
        break;
      }
  text = _pl_extract_clean_phrase (raw);
  if (g_utf8_strlen (text, -1) < 4)
    return NULL;
  if ((same = find_same_component (x, text, &n_parts)) != NULL)
    {
      _pl_extract_add_evidence (x, PL_ITEM (same), first, end);
      return NULL;
    }
  if (n_parts >= MAX_PARTS)
    return NULL;
  /* The plan as a whole shows only once it has a part. */
  if (draft == NULL)
    draft = _pl_extract_ensure_phase (x, PHASE_KEY_PLAN, NULL);
  component = pl_component_new ();
  pl_component_set_text (component, text);
  /* A label cut short is categorized by the whole of its aim. */
  pl_component_set_category (component, part_category (x, whole_first, whole_end, context_first, context_end, actor));
  /* Kept aside: siblings in a list may agree on a better one first. */
  if (pl_component_get_category (component) == PL_CATEGORY_OTHER)
    g_object_set_data (G_OBJECT (component), CONTEXT_CATEGORY,
                       GINT_TO_POINTER (1 + context_category (x, whole_first, whole_end, context_first, context_end)));
  pl_component_set_status (component, pl_phase_get_status (draft->phase));
  _pl_extract_add_evidence (x, PL_ITEM (component), first, end);
  pl_phase_add_component (draft->phase, component);
  return component;
}

static PlComponent *
add_sentence_part (Extraction *x,
                   PhaseDraft *draft,
                   guint si,
                   guint first,
                   guint end,
                   const Span *actor,
                   PartFlags flags)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  return add_part (x, draft, first, end, s->first, s->first + s->n_tokens, actor, flags);
}

/* Whether @si opens by pointing back to the phase of the paragraph
 * before ("At that point, …", "Then …", "In that phase, …"). */
static gboolean
continues_phase (Extraction *x,
                 guint si)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  return pl_analysis_match (x->a, pl_lexicon_list ("components", "phase_anaphora"), s->first, s->first + s->n_tokens,
                            NULL) != NULL;
}

/* Whether the subject of @si, a name in its first words, first appears
 * in the paragraph @block: something the phase told there brought in
 * ("the new company will…" after the step that creates it). */
static gboolean
introduced_in (Extraction *x,
               guint si,
               guint block)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  for (guint t = s->first; t < s->first + s->n_tokens && t < s->first + 6; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);

      if (!token->is_word || !token->capitalized || _pl_extract_is_function_word (x, t) || t == s->first)
        continue;
      for (guint u = 0; u < t; u++)
        if (PL_TOKEN (x->a, u)->is_word && strcmp (PL_TOKEN (x->a, u)->lower, token->lower) == 0)
          return PL_SENTENCE (x->a, sentence_of_token (x, u))->block == block;
    }
  return FALSE;
}

/* Whether the story's first sentence names @draft. */
static gboolean
named_in_lead (Extraction *x,
               PhaseDraft *draft)
{
  guint lead = 0;

  while (lead < x->a->sentences->len && PL_SENTENCE (x->a, lead)->kind == PL_BLOCK_HEADING)
    lead++;
  for (guint i = 0; i < draft->mentions->len && lead < x->a->sentences->len; i++)
    if (sentence_of_token (x, g_array_index (draft->mentions, guint, i)) == lead)
      return TRUE;
  return FALSE;
}

/* The phase a sentence is about, or the one the text spoke of last, or
 * NULL for the plan as a whole. What the text says of a phase is said in
 * the whole story when its first sentence names the phase; else in the paragraph
 * that names it, under a heading that names it, in the
 * paragraphs after it that point back to it ("At that point, …"), and of
 * what that paragraph brought in; after that, the text speaks of the
 * plan again. A stage named in passing ("following its period of
 * consolidation") is spoken of in its paragraph only. */
static PhaseDraft *
phase_for_sentence (Extraction *x,
                    guint si)
{
  int key = x->sentence_context[si];
  PhaseDraft *draft = key >= 0 ? _pl_extract_find_phase (x, key) : NULL;
  const PlSentence *s = PL_SENTENCE (x->a, si), *named;
  guint named_at = 0;

  if (draft == NULL)
    return draft;
  for (guint i = 0; i < draft->mentions->len; i++)
    if (g_array_index (draft->mentions, guint, i) < s->first + s->n_tokens)
      named_at = g_array_index (draft->mentions, guint, i);
  named = PL_SENTENCE (x->a, sentence_of_token (x, named_at));
  if (named->block == s->block)
    return draft;
  if (_pl_extract_is_named_key (key))
    return NULL;
  /* A lead that names the phase makes the story one about it. */
  if (named_in_lead (x, draft))
    return draft;
  if (named->kind == PL_BLOCK_HEADING)
    {
      /* A section under a heading that names the phase, to the next heading. */
      for (guint u = sentence_of_token (x, named_at) + 1; u <= si; u++)
        if (PL_SENTENCE (x->a, u)->kind == PL_BLOCK_HEADING)
          return NULL;
      return draft;
    }
  if (introduced_in (x, si, named->block))
    return draft;
  /* Paragraph by paragraph back to the one that named the phase: each
   * must open by pointing back. */
  for (guint u = si + 1; u-- > 0 && PL_SENTENCE (x->a, u)->block != named->block;)
    if ((u == 0 || PL_SENTENCE (x->a, u - 1)->block != PL_SENTENCE (x->a, u)->block) && !continues_phase (x, u))
      return NULL;
  return draft;
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
      /* A question is no part; "Build a website: you'll need…" is named
       * by what comes before the colon. */
      if (pl_analysis_is_punct (x->a, end - 1, "?"))
        continue;
      for (guint t = first + 1; t < end && t < first + 9; t++)
        if (pl_analysis_is_punct (x->a, t, ":"))
          {
            end = t;
            break;
          }
      add_part (x, draft, first, end, first, end, NULL, PART_LIST_ITEM);
    }
}

/* Whether @si opens a paragraph that starts with a bullet glyph ("• Cut
 * taxes."): a list item the page wrote as a paragraph of its own. */
static gboolean
is_bullet_paragraph (Extraction *x,
                     guint si)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  return s->kind == PL_BLOCK_PARAGRAPH && s->n_tokens > 3 && (si == 0 || PL_SENTENCE (x->a, si - 1)->block != s->block) &&
         pl_analysis_is_punct (x->a, s->first, "•▪◦‣");
}

/* One component per bullet paragraph from @si: its first sentence. */
static void
add_bullet_items (Extraction *x,
                  PhaseDraft *draft,
                  guint si)
{
  for (; si < x->a->sentences->len && is_bullet_paragraph (x, si); si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      guint first = s->first + 1, end = s->first + s->n_tokens;

      while (first < end && !PL_TOKEN (x->a, first)->is_word)
        first++;
      if (first + 1 < end)
        add_part (x, draft, first, end, first, end, NULL, PART_LIST_ITEM);
      while (si + 1 < x->a->sentences->len && PL_SENTENCE (x->a, si + 1)->block == s->block)
        si++;
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

      gboolean bullets = is_bullet_paragraph (x, si);

      if ((s->kind != PL_BLOCK_LIST_ITEM && !bullets) || before->kind == PL_BLOCK_LIST_ITEM ||
          !pl_analysis_is_punct (x->a, before_end - 1, ":"))
        continue;
      if (x->sentence_phase[si - 1] < 0 &&
          _pl_extract_count_matches (x, lead_in, before->first, before_end, NULL) == 0)
        continue;
      if (bullets)
        add_bullet_items (x, phase_for_sentence (x, si - 1), si);
      else
        add_list_items (x, phase_for_sentence (x, si - 1), si);
    }
}

static gboolean
is_skippable (Extraction *x,
              guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return (!t->is_word && strcmp (t->lower, ",") == 0) || in_list (x, "skippable", token);
}

/* Whether a comma at @t goes on with a list: "and" or "or" follows in
 * the words before @limit. */
static gboolean
list_goes_on (Extraction *x,
              guint t,
              guint limit)
{
  for (guint u = t + 1; u < limit; u++)
    {
      if (pl_analysis_is_punct (x->a, u, ";:.()—–"))
        return FALSE;
      if (_pl_extract_token_is (x, u, "and") || _pl_extract_token_is (x, u, "or"))
        return TRUE;
    }
  return FALSE;
}

/* ", and Harper knew…", ", but they…": a clause of its own, its subject
 * a name or a pronoun. */
static gboolean
starts_clause (Extraction *x,
               guint t,
               guint end)
{
  return t + 1 < end && (is_conjunction (x, t) || _pl_extract_token_is (x, t, "but")) &&
         (PL_TOKEN (x->a, t + 1)->capitalized || in_list (x, "pronouns", t + 1));
}

/* ", a private equity firm that created it": after a comma, words that
 * describe what came before, not another item of a list. */
static gboolean
is_apposition (Extraction *x,
               guint t,
               guint end)
{
  if (t >= end || !(_pl_extract_token_is (x, t, "a") || _pl_extract_token_is (x, t, "an")))
    return FALSE;
  for (guint u = t + 2; u < end && u < t + 7; u++)
    {
      if (pl_analysis_is_punct (x->a, u, ",;:") || is_conjunction (x, u))
        return FALSE;
      if (in_list (x, "relatives", u))
        return TRUE;
    }
  return FALSE;
}

/* "in addition to investing…", "as well as cutting…": where a second
 * aim joins the first; sets @length to the words that join them. */
static gboolean
adds_aim (Extraction *x,
          guint t,
          guint end,
          guint *length)
{
  return pl_analysis_match (x->a, pl_lexicon_list ("components", "additions"), t, end, length) != NULL && t + *length < end &&
         is_gerund (x, t + *length);
}

/* The end of an aim: a stop word, a clause break, a comma after which no
 * list goes on ("a deal to buy 30 jets, executives said"), a consequence
 * after a comma (", giving its rival a boost"), an apposition or the
 * sentence's end. */
static guint
aim_end (Extraction *x,
         guint start,
         guint end)
{
  const PlLexList *stops = pl_lexicon_list ("components", "aim_stops");
  const PlLexList *comma_stops = pl_lexicon_list ("components", "comma_stops");
  const PlLexList *means = pl_lexicon_list ("components", "means");
  guint limit = MIN (end, start + MAX_AIM_TOKENS);
  gboolean gerunds = is_gerund (x, start);

  for (guint t = start; t < limit; t++)
    {
      guint joined = 0, at = t + pl_analysis_is_punct (x->a, t, ",");

      /* "…, in addition to investing for growth": the aims go on. */
      if (at < end && adds_aim (x, at, end, &joined))
        {
          t = at + joined;
          limit = MIN (end, t + MAX_AIM_TOKENS);
          continue;
        }
      /* A full stop inside the sentence ends "U.S.", not the aim; a
       * quotation opened after a comma or a colon is a statement of its
       * own, a word or two quoted inside the aim is part of it. */
      if (pl_analysis_is_punct (x->a, t, ";:()—–") || (pl_analysis_is_punct (x->a, t, ".!?") && t + 1 >= end) ||
          (pl_analysis_is_punct (x->a, t, "\"“”") && (t == start || pl_analysis_is_punct (x->a, t - 1, ",:"))))
        return t;
      if (pl_analysis_is_punct (x->a, t, ",") && t + 1 < end &&
          (pl_analysis_match (x->a, stops, t + 1, end, NULL) != NULL ||
           pl_analysis_match (x->a, comma_stops, t + 1, end, NULL) != NULL ||
           (!gerunds && is_gerund (x, t + 1)) || starts_clause (x, t + 1, end) || is_apposition (x, t + 1, end) ||
           (pl_analysis_match (x->a, means, t + 1, end, NULL) == NULL && !list_goes_on (x, t, MIN (end, t + MAX_AIM_TOKENS)))))
        return t;
      if (t > start && pl_analysis_match (x->a, stops, t, end, NULL) != NULL)
        return t;
    }
  return limit;
}

/* From a mention to where its verb would be: past "of the regional peace
 * plan", past ", planned for next year,", past "which", "reportedly"… */
static guint
skip_to_aim (Extraction *x,
             guint mention,
             guint end)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "aim_verbs");
  guint t = mention;

  while (t < end && (_pl_extract_is_phase_noun (x, t) || pl_lex_list_lookup (pl_lexicon_list ("phases", "ordinals"), PL_TOKEN (x->a, t)->lower) || !PL_TOKEN (x->a, t)->is_word || t == mention) &&
         !pl_analysis_is_punct (x->a, t, ","))
    {
      if (t > mention && _pl_extract_is_phase_noun (x, t - 1) && !_pl_extract_is_phase_noun (x, t))
        break;
      t++;
    }
  /* "phase two" / "Phase 3": the number. */
  if (t < end && t > mention && _pl_extract_is_phase_noun (x, t - 1) &&
      pl_lex_list_lookup (pl_lexicon_list ("phases", "numbers"), PL_TOKEN (x->a, t)->lower))
    t++;
  if (t < end && _pl_extract_token_is (x, t, "of"))
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

/* Whether a comma at @t separates items of a list: not before the means
 * of what precedes ("…by 2030, through Y"). */
static gboolean
is_list_comma (Extraction *x,
               guint t,
               guint end)
{
  return pl_analysis_is_punct (x->a, t, ",") &&
         pl_analysis_match (x->a, pl_lexicon_list ("components", "means"), t + 1, end, NULL) == NULL;
}

/* "raise X, reduce Y by 90%, improve Z and increase W": the items between
 * commas, the last two parted by the first "and" or "or" after the last
 * comma that one follows; an "and" inside an earlier item ("roads and
 * bridges, …") or inside the last ("for solar and wind power") stays. */
static GArray *
split_enumeration (Extraction *x,
                   guint first,
                   guint end)
{
  GArray *parts = g_array_new (FALSE, FALSE, sizeof (Span));
  guint start = first, last_comma = G_MAXUINT, depth = 0;

  for (guint t = first; t < end; t++)
    {
      depth += pl_analysis_is_punct (x->a, t, "([");
      depth -= depth > 0 && pl_analysis_is_punct (x->a, t, ")]");
      if (depth == 0 && is_list_comma (x, t, end))
        last_comma = t;
      else if (depth == 0 && is_conjunction (x, t) && last_comma != G_MAXUINT)
        break;
    }
  depth = 0;
  for (guint t = first; t < end; t++)
    {
      gboolean split;

      depth += pl_analysis_is_punct (x->a, t, "([");
      depth -= depth > 0 && pl_analysis_is_punct (x->a, t, ")]");
      split = depth == 0 && (is_list_comma (x, t, end) ||
                             (is_conjunction (x, t) && last_comma != G_MAXUINT && t > last_comma));
      if (!split)
        continue;
      if (t > start)
        g_array_append_val (parts, ((Span){ start, t }));
      start = t + 1;
      /* ", and Z": the conjunction goes with the comma. */
      if (pl_analysis_is_punct (x->a, t, ",") && t + 1 < end && is_conjunction (x, t + 1))
        start = ++t + 1;
      if (is_conjunction (x, t))
        last_comma = G_MAXUINT;
    }
  if (start < end)
    g_array_append_val (parts, ((Span){ start, end }));
  return parts;
}

/* Splits an aim into its parts and adds each; @actor (nullable) names
 * whose task they are. Parts of one enumeration without a category of
 * their own take the one their siblings agree on ("carbon footprint
 * certification rules, minimum efficiency levels and industrial
 * standards"). */
static void
add_parts_of (Extraction *x,
              PhaseDraft *draft,
              guint si,
              guint first,
              guint end,
              gboolean split_pairs,
              const Span *actor)
{
  guint n_commas = 0;
  g_autoptr (GArray) parts = NULL;
  g_autoptr (GPtrArray) added = g_ptr_array_new ();
  int agreed = -1;
  gboolean listed;

  /* "pay down debt, in addition to investing for growth": two aims. */
  for (guint t = first + 2, joined = 0; t + 1 < end; t++)
    if (adds_aim (x, t, end, &joined))
      {
        add_parts_of (x, draft, si, first, pl_analysis_is_punct (x->a, t - 1, ",") ? t - 1 : t, split_pairs, actor);
        add_parts_of (x, draft, si, t + joined, end, split_pairs, actor);
        return;
      }
  /* "put a crew on the moon by 2024 and to establish a presence there":
   * "to" repeated after the conjunction parts two aims, each one part
   * whatever its commas. */
  for (guint t = first + 2, start = first; t + 2 < end; t++)
    {
      gboolean last;
      /* "and “to return…”": a quotation that opens on the second aim. */
      guint to = t + 1 + (t + 3 < end && pl_analysis_is_punct (x->a, t + 1, "\"“”"));

      if (!is_conjunction (x, t) || !_pl_extract_token_is (x, to, "to") || _pl_extract_is_function_word (x, to + 1))
        continue;
      add_sentence_part (x, draft, si, start, pl_analysis_is_punct (x->a, t - 1, ",") ? t - 1 : t, actor, PART_PROSE);
      start = to + 1;
      last = TRUE;
      for (guint u = start; u + 2 < end && last; u++)
        last = !(is_conjunction (x, u) && _pl_extract_token_is (x, u + 1, "to") && !_pl_extract_is_function_word (x, u + 2));
      if (last)
        {
          add_sentence_part (x, draft, si, start, end, actor, PART_PROSE);
          return;
        }
      t = start;
    }
  for (guint t = first; t < end; t++)
    {
      /* "arrangements that prioritize X, Y and Z" is one part. */
      if (n_commas == 0 && PL_TOKEN (x->a, t)->is_word && in_list (x, "relatives", t))
        break;
      n_commas += is_list_comma (x, t, end);
    }
  /* "X, Y and Z" lists its parts; "X and Y" only when both are actions
   * ("halting hostilities and facilitating access"), or when the text
   * said there are two. */
  if (n_commas > 0)
    parts = split_enumeration (x, first, end);
  else
    parts = _pl_extract_split_list (x, first, end, TRUE);
  if (split_pairs && parts->len == 1)
    for (guint t = first + 1; t + 1 < end; t++)
      if (is_conjunction (x, t))
        {
          g_array_set_size (parts, 0);
          g_array_append_val (parts, ((Span){ first, t }));
          g_array_append_val (parts, ((Span){ t + 1, end }));
          break;
        }
  /* "a ceasefire, a prisoner exchange and reconstruction aid": in a list
   * of three or more, or of the two the text counts, one word is a part. */
  listed = parts->len >= 3 || (split_pairs && parts->len == 2);
  for (guint i = 0; i < parts->len; i++)
    {
      Span part = g_array_index (parts, Span, i);
      PlComponent *component;

      /* "…, among other measures" ends a list without being in it. */
      if (pl_analysis_match (x->a, pl_lexicon_list ("components", "list_tails"), part.first, part.end, NULL) == NULL &&
          (component = add_sentence_part (x, draft, si, part.first, part.end, actor, listed ? PART_LISTED : PART_PROSE)) != NULL)
        g_ptr_array_add (added, component);
    }
  for (guint i = 0; i < added->len; i++)
    {
      PlCategory category = pl_component_get_category (added->pdata[i]);

      if (category == PL_CATEGORY_OTHER)
        continue;
      if (agreed >= 0 && agreed != (int) category)
        return;
      agreed = (int) category;
    }
  for (guint i = 0; i < added->len && agreed >= 0; i++)
    if (pl_component_get_category (added->pdata[i]) == PL_CATEGORY_OTHER)
      pl_component_set_category (added->pdata[i], (PlCategory) agreed);
}

static void
add_parts (Extraction *x,
           PhaseDraft *draft,
           guint si,
           guint first,
           guint end,
           gboolean split_pairs)
{
  add_parts_of (x, draft, si, first, end, split_pairs, NULL);
}

/* Keeps the sentence as what @draft (%NULL: the plan) is about, unless
 * something else already says so. */
static void
set_summary (Extraction *x,
             PhaseDraft *draft,
             guint si)
{
  if (draft == NULL)
    draft = _pl_extract_ensure_phase (x, PHASE_KEY_PLAN, NULL);
  if (pl_phase_get_summary (draft->phase) == NULL)
    {
      g_autofree char *raw = pl_analysis_dup_sentence (x->a, PL_SENTENCE (x->a, si));
      g_autofree char *summary = _pl_extract_clean_phrase (raw);

      pl_phase_set_summary (draft->phase, summary);
    }
}

/* "move beyond crisis management toward a durable calm": a direction,
 * what the phase or plan is about as a whole, kept as its summary, not a
 * part. A long aim stated with "aims to" that lists no parts is kept as
 * the summary too, and is a part all the same. */
static gboolean
take_gist (Extraction *x,
           PhaseDraft *draft,
           guint si,
           guint t,
           guint stop,
           gboolean summary_verb)
{
  gboolean list = FALSE;

  for (guint u = t; u < stop && !list; u++)
    list = pl_analysis_is_punct (x->a, u, ",");
  if (pl_analysis_match (x->a, pl_lexicon_list ("components", "gist_verbs"), t, stop, NULL) != NULL)
    {
      set_summary (x, draft, si);
      return TRUE;
    }
  if (summary_verb && stop - t > 10 && !list)
    set_summary (x, draft, si);
  return FALSE;
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
  gboolean summary_verb = pl_analysis_match (x->a, pl_lexicon_list ("components", "summary_verbs"), t, end, NULL) != NULL;

  if (pl_analysis_match (x->a, pl_lexicon_list ("components", "aim_verbs"), t, end, &length) == NULL)
    return;
  t += length;
  stop = aim_end (x, t, end);
  if (stop <= t || is_anaphoric (x, t, stop) || take_gist (x, draft, si, t, stop, summary_verb))
    return;
  add_parts (x, draft, si, t, stop, FALSE);
}

static guint subject_start (Extraction *x,
                            const PlSentence *s,
                            guint t);

/* "signed", "paid", "sold": a past participle, for a passive. */
static gboolean
is_participle (Extraction *x,
               guint t)
{
  return g_str_has_suffix (PL_TOKEN (x->a, t)->lower, "ed") || in_list (x, "participles", t);
}

/* Whether a commitment's modal ("will", "is to") starts at @t; sets
 * @length to its number of tokens. */
static gboolean
is_commitment (Extraction *x,
               guint t,
               guint end,
               guint *length)
{
  return pl_analysis_match (x->a, pl_lexicon_list ("components", "commit_modals"), t, end, length) != NULL;
}

/* What the main clause commits to after a modal at @modal, its subject
 * from @subject: "Yahoo will sell the stock" gives "sell the stock";
 * "the hostages will be released" is a part as a whole. Adds the parts
 * to @draft (%NULL: the plan). */
static void
take_commitment (Extraction *x,
                 PhaseDraft *draft,
                 guint si,
                 guint subject,
                 guint modal,
                 guint length)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, aim = modal + length;

  while (aim < end && aim < modal + length + 2 && in_list (x, "leading", aim))
    aim++;
  /* "will not only end X" commits to X; "will no longer accept X" is a
   * commitment of its own. */
  if (aim + 2 < end && _pl_extract_token_is (x, aim, "not") && _pl_extract_token_is (x, aim + 1, "only"))
    aim += 2;
  if (aim + 2 < end && _pl_extract_token_is (x, aim, "no") && _pl_extract_token_is (x, aim + 1, "longer"))
    {
      add_sentence_part (x, draft, si, aim, aim_end (x, aim + 2, end), NULL, PART_PROSE);
      return;
    }
  if (aim >= end || in_list (x, "negations", aim) || in_list (x, "hedges", aim) ||
      (subject != G_MAXUINT && is_anaphoric (x, subject, modal)))
    return;
  /* "will be $10 billion": a state, no aim; "will be the transfer of…"
   * is read by the aim verbs. */
  if (_pl_extract_token_is (x, aim, "be") && (aim + 1 >= end || !is_participle (x, aim + 1)))
    return;
  /* A passive: what is done to the subject; the plan's own ("the deal
   * will be signed") is no part of it. */
  if (_pl_extract_token_is (x, aim, "be") && aim + 1 < end && is_participle (x, aim + 1))
    {
      if (subject != G_MAXUINT && modal > subject + 1 && !in_list (x, "pronouns", subject))
        add_sentence_part (x, draft, si, subject, aim_end (x, aim, end), NULL, PART_PROSE);
      return;
    }
  /* "allow the company to pay down debt": what it allows. */
  if (in_list (x, "enable_verbs", aim))
    for (guint to = aim + 2; to < end && to < aim + 7; to++)
      if (_pl_extract_token_is (x, to, "to"))
        {
          Span actor = { aim + 1, to };
          guint stop = aim_end (x, to + 1, end);

          if (stop > to + 2)
            add_parts_of (x, draft, si, to + 1, stop, FALSE, &actor);
          return;
        }
  add_parts (x, draft, si, aim, aim_end (x, aim, end), FALSE);
}

/* "In the second step, at the closing, Yahoo will sell the stock",
 * "During phase one, the army would withdraw": a phase named in the
 * phrase that opens the sentence; what the main clause commits to is a
 * part of that phase. */
static void
opening_phrase_aim (Extraction *x,
                    PhaseDraft *draft,
                    guint si,
                    guint mention)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, subject = G_MAXUINT;

  if (mention > s->first + 3 || !in_list (x, "phase_openers", s->first))
    return;
  for (guint t = mention + 1; t < end && t < mention + 24; t++)
    {
      guint length = 0;

      if (pl_analysis_is_punct (x->a, t, ";:—–()"))
        return;
      if (pl_analysis_is_punct (x->a, t, ","))
        subject = t + 1;
      else if (subject != G_MAXUINT && t > subject && t < subject + 8 && is_commitment (x, t, end, &length))
        {
          take_commitment (x, draft, si, subject, t, length);
          return;
        }
    }
}

/* "In the second step, Yahoo will sell the stock. At that point, Yahoo
 * will change its name": in the paragraph that names a numbered phase,
 * and in those after it that go on about it, what a named party will do
 * is part of that phase. */
static guint
paragraph_aims (Extraction *x,
                PhaseDraft *draft,
                guint si)
{
  guint home = PL_SENTENCE (x->a, si)->block, block = home;

  for (guint next = si + 1; next < x->a->sentences->len; next++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, next);
      guint end = s->first + s->n_tokens;

      if (s->block != block &&
          (s->kind == PL_BLOCK_HEADING || !(continues_phase (x, next) || introduced_in (x, next, home))))
        return next;
      block = s->block;

      if (x->sentence_phase[next] >= 0 && x->sentence_phase[next] != draft->key)
        return next;
      for (guint t = s->first + 1; t < end && t < s->first + 16; t++)
        {
          guint length = 0, start;
          gboolean named = FALSE;

          if (PL_TOKEN (x->a, t)->quoted || !is_commitment (x, t, end, &length))
            continue;
          start = subject_start (x, s, t);
          for (guint u = start; u < t; u++)
            named |= PL_TOKEN (x->a, u)->capitalized && PL_TOKEN (x->a, u)->is_word && !_pl_extract_is_function_word (x, u) &&
                     !in_list (x, "pronouns", u) && !g_str_has_suffix (PL_TOKEN (x->a, u)->lower, "ed");
          if (named && t - start <= 6 && (start == s->first || pl_analysis_is_punct (x->a, start - 1, ",")) &&
              !in_list (x, "pronouns", start))
            take_commitment (x, draft, next, start, t, length);
          break;
        }
    }
  return x->a->sentences->len;
}

/* "the initial stage, which focused primarily on X and Y", "the next
 * phase aims to X", "the second phase is expected to involve X". */
static void
aim_components (Extraction *x)
{
  for (guint pi = 0; pi < x->phases->len; pi++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, pi);
      /* A later mention in the paragraph an earlier one's scan covered
       * would scan the same sentences again: a phase named in every
       * sentence of a long paragraph would cost its square. */
      guint scanned_from = 0, scanned_until = 0, scanned_home = G_MAXUINT;

      for (guint mi = 0; mi < draft->mentions->len; mi++)
        {
          guint first = g_array_index (draft->mentions, guint, mi);
          guint si = sentence_of_token (x, first);
          PlSentence *s = PL_SENTENCE (x->a, si);

          if (s->kind != PL_BLOCK_HEADING && !_pl_extract_is_named_key (draft->key))
            {
              take_aim (x, draft, si, skip_to_aim (x, first, s->first + s->n_tokens));
              opening_phrase_aim (x, draft, si, first);
              if (_pl_extract_is_numbered_key (draft->key) && x->sentence_phase[si] == draft->key &&
                  !(si >= scanned_from && si < scanned_until && s->block == scanned_home))
                {
                  scanned_from = si;
                  scanned_until = paragraph_aims (x, draft, si);
                  scanned_home = s->block;
                }
            }
        }
    }
}

/* Words the text writes capitalized inside a sentence: names. */
static GHashTable *
name_words (Extraction *x)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);

      for (guint t = s->first + 1; t < s->first + s->n_tokens; t++)
        if (PL_TOKEN (x->a, t)->is_word && PL_TOKEN (x->a, t)->capitalized && !PL_TOKEN (x->a, t)->quoted &&
            !_pl_extract_is_function_word (x, t) && !in_list (x, "pronouns", t) && !in_list (x, "time_words", t))
          g_hash_table_add (names, PL_TOKEN (x->a, t)->lower);
    }
  return names;
}

/* Adds the names between the tokens to the plan's parties. */
static void
add_parties (Extraction *x,
             GHashTable *names,
             guint first,
             guint end)
{
  for (guint t = first; t < end; t++)
    if (PL_TOKEN (x->a, t)->capitalized && g_hash_table_contains (names, PL_TOKEN (x->a, t)->lower))
      g_hash_table_add (x->parties, PL_TOKEN (x->a, t)->lower);
}

static gboolean
is_title_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p)) || (*p != '\0' && strchr ("_'.-", *p) != NULL);
}

/* Who takes part in the plan: the names in the headline, in the lead's
 * sentences that speak of the plan, and those a plan as the subject
 * names ("the deal will enrich Northwind", "the agreement with Contoso
 * allows…"), as far as the text writes them as names. Critics and
 * reporters named elsewhere are none. */
static void
find_parties (Extraction *x)
{
  g_autoptr (GHashTable) names = name_words (x);
  const PlLexList *nouns = pl_lexicon_list ("components", "plan_nouns");
  const char *title = x->a->source != NULL ? pl_source_get_title (x->a->source) : NULL;
  guint lead = 0;

  x->parties = g_hash_table_new (g_str_hash, g_str_equal);
  if (title != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (title, -1);
      char *p = lower;

      /* Words of letters, digits, apostrophes, dots and hyphens, without
       * a trailing dot or apostrophe or a possessive "'s". */
      while (*p != '\0')
        {
          char *word = p, *next, *found;
          gsize n;

          while (*p != '\0' && is_title_word_char (p))
            p = g_utf8_next_char (p);
          for (next = p; *next != '\0' && !is_title_word_char (next);)
            next = g_utf8_next_char (next);
          n = (gsize) (p - word);
          *p = '\0';
          p = next;
          while (n > 0 && strchr (".'", word[n - 1]) != NULL)
            word[--n] = '\0';
          if (n > 2 && g_str_has_suffix (word, "'s"))
            word[n - 2] = '\0';
          if (*word != '\0' && g_hash_table_lookup_extended (names, word, (gpointer *) &found, NULL))
            g_hash_table_add (x->parties, found);
        }
    }
  for (guint si = 0; si < x->a->sentences->len && lead < 3; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      lead++;
      for (guint t = s->first; t < end; t++)
        if (_pl_extract_has_cue (x, t, CUE_PLAN_NOUN) && pl_analysis_match (x->a, nouns, t, end, NULL) != NULL)
          {
            add_parties (x, names, s->first, end);
            break;
          }
    }
}

/* The headline's first words: where it names who acts. */
#define HEADLINE_SUBJECT_WORDS 4

/* Whether the headline opens with @word, or its plural or singular,
 * among its first words: "the county" in a story headed "County
 * ends…", not "the server" in one headed "Exploit crashes servers". */
static gboolean
title_has_word (Extraction *x,
                const char *word)
{
  const char *title = x->a->source != NULL ? pl_source_get_title (x->a->source) : NULL;
  g_autofree char *lower = NULL;
  gsize n = strlen (word);
  char *cut;
  guint words = 0;

  if (title == NULL || n < 3)
    return FALSE;
  lower = g_utf8_strdown (title, -1);
  for (cut = lower; *cut != '\0'; cut++)
    if (*cut == ' ' && ++words == HEADLINE_SUBJECT_WORDS)
      {
        *cut = '\0';
        break;
      }
  for (const char *p = strstr (lower, word); p != NULL; p = strstr (p + 1, word))
    {
      const char *after = p + n;

      if (p > lower && g_ascii_isalnum (p[-1]))
        continue;
      if (*after == 's' && !g_str_has_suffix (word, "s"))
        after++;
      if (!g_ascii_isalnum (*after))
        return TRUE;
    }
  /* "the doctors" and a headline's "Doctor". */
  if (n > 3 && word[n - 1] == 's')
    {
      g_autofree char *singular = g_strndup (word, n - 1);

      return title_has_word (x, singular);
    }
  return FALSE;
}

/* "the county", "the health department", "the doctors": who the
 * headline names by its kind, or a body by its kind, named with an
 * article. */
static gboolean
is_headline_kind (Extraction *x,
                  guint first,
                  guint end)
{
  PlToken *head;

  if (end < first + 2 || end > first + 4 || !_pl_extract_token_is (x, first, "the"))
    return FALSE;
  head = PL_TOKEN (x->a, end - 1);
  if (!head->is_word || head->capitalized || _pl_extract_is_function_word (x, end - 1) || in_list (x, "plan_nouns", end - 1) ||
      in_list (x, "topic_nouns", end - 1) || in_list (x, "pronouns", end - 1))
    return FALSE;
  for (guint t = first + 1; t + 1 < end; t++)
    if ((!PL_TOKEN (x->a, t)->is_word || _pl_extract_is_function_word (x, t)) && !_pl_extract_token_is (x, t, "'s"))
      return FALSE;
  /* "the probation department", "the state's largest utility": a body
   * by its kind, in a story about a body's plan. */
  return in_list (x, "party_kinds", end - 1) || title_has_word (x, head->lower);
}

/* Whether the words name one who takes part in the plan ("Northwind",
 * "Contoso's new unit"), not merely mention one ("peace in Gaza"), or
 * the body the story is about by its kind ("the merged company"). */
static gboolean
is_party (Extraction *x,
          guint first,
          guint end)
{
  gboolean named = FALSE;

  if (x->parties == NULL || end <= first)
    return FALSE;
  if (end <= first + 4 && _pl_extract_count_matches (x, pl_lexicon_list ("components", "party_nouns"), first, end, NULL) > 0)
    return TRUE;
  if (is_headline_kind (x, first, end))
    return TRUE;
  for (guint t = first; t < end; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);

      if (token->capitalized && g_hash_table_contains (x->parties, token->lower))
        named = TRUE;
      else if (token->is_word && !token->capitalized && !_pl_extract_token_is (x, t, "the") && !_pl_extract_token_is (x, t, "'s") &&
               !in_list (x, "subject_tail", t))
        return FALSE;
    }
  return named;
}

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

      if (pl_analysis_is_punct (x->a, t - 1, ",;:—–") || _pl_extract_token_is (x, t - 1, "that") || in_list (x, "say_verbs", t - 1))
        return TRUE;
      if (!before->is_word || (in_list (x, "function_words", t - 1) && !in_list (x, "definites", t - 1) &&
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
                               !is_commitment (x, t, end, &length) && !in_list (x, "enable_verbs", t) &&
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
      if (pl_analysis_match (x->a, verbs, t, end, &length) == NULL || in_list (x, "definites", t - 1) ||
          _pl_extract_token_is (x, t - 1, "a") || _pl_extract_token_is (x, t - 1, "to"))
        continue;
      /* "bars businesses from taking X", "makes it a crime for X to Y":
       * the ban whole, its verb with it. */
      if (in_list (x, "rule_from_verbs", t) || _pl_extract_token_is (x, t + length - 1, "it"))
        {
          guint from = t + length;

          while (from < end && from < t + length + 6 && !_pl_extract_token_is (x, from, "from") && !_pl_extract_token_is (x, from, "for"))
            from++;
          if (from >= end || from >= t + length + 6)
            continue;
          stop = aim_end (x, from + 1, end);
          if (stop > from + 1 && add_sentence_part (x, draft, si, t, stop, NULL, PART_PROSE) != NULL)
            n++;
          t = stop - 1;
          continue;
        }
      /* "requires schools to check X": what it makes them do. */
      for (guint to = t + 2; to < end && to < t + 7; to++)
        if (_pl_extract_token_is (x, to, "to") && !_pl_extract_is_function_word (x, to + 1))
          {
            Span actor = { t + 1, to };

            stop = aim_end (x, to + 1, end);
            if (stop > to + 2)
              {
                add_parts_of (x, draft, si, to + 1, stop, FALSE, &actor);
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
        if (!PL_TOKEN (x->a, t)->quoted && in_list (x, "topic_nouns", t))
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

  if (t == s->first || !token->is_word || token->quoted || token->capitalized || !in_list (x, "topic_nouns", t))
    return FALSE;
  if (in_list (x, "intended", t - 1))
    return TRUE;
  /* One the headline did not name is read only before what it
   * consists of: "the switch would involve X". */
  if (!g_hash_table_contains (topics, token->lower) &&
      pl_analysis_match (x->a, pl_lexicon_list ("components", "aim_verbs"), t + 1, s->first + s->n_tokens, NULL) == NULL)
    return FALSE;
  /* Back over up to two modifiers to its article or owner. */
  for (guint u = t; u > s->first && u + 3 > t; u--)
    {
      if (in_list (x, "definites", u - 1) || _pl_extract_token_is (x, u - 1, "'s"))
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
static void
plan_components (Extraction *x)
{
  const PlLexList *nouns = pl_lexicon_list ("components", "plan_nouns");
  const PlLexList *verbs = pl_lexicon_list ("components", "aim_verbs");
  const PlLexList *relative = pl_lexicon_list ("components", "summary_verbs");
  gboolean plan_before = FALSE; /* whether the sentence before named a plan */
  g_autoptr (GHashTable) names = name_words (x);
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
              take_aim (x, phase_for_sentence (x, si), si, t + 1);
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
              take_aim (x, phase_for_sentence (x, si), si, verb + 2);
              break;
            }
          if (!pronoun && heads_subject (x, s, t))
            verb = skip_complement (x, verb, end);
          for (; verb < end && verb < t + length + 3 && is_skippable (x, verb) &&
                 pl_analysis_match (x->a, verbs, verb, end, NULL) == NULL && !is_commitment (x, verb, end, &modal);)
            verb++;
          /* "The blackout would be the latest of…" says what the
           * undertaking is like, not what it does. */
          if (topic && verb + 1 < end && in_list (x, "modals", verb) && _pl_extract_token_is (x, verb + 1, "be"))
            break;
          if (pl_analysis_match (x->a, verbs, verb, end, NULL) != NULL)
            {
              take_aim (x, phase_for_sentence (x, si), si, verb);
              break;
            }
          /* "The law targets employers by forbidding X and requires Y". */
          if ((pronoun || heads_subject (x, s, t)) && subject_start (x, s, t) + 4 > t &&
              provision_parts (x, phase_for_sentence (x, si), si, verb, end) > 0)
            break;
          /* "The merger will create…": what the plan will do; "the
           * agreement allows Yahoo to end the deal": what it lets happen. */
          if (!topic && (pronoun || heads_subject (x, s, t)) &&
              (is_commitment (x, verb, end, &modal) || (verb < end && in_list (x, "enable_verbs", verb) && (modal = 0) == 0)))
            {
              add_parties (x, names, t, aim_end (x, verb + modal, end));
              take_commitment (x, phase_for_sentence (x, si), si, G_MAXUINT, verb, modal);
              break;
            }
        }
      plan_before = plan;
    }
}

/* Names of states and their capitals ("Paris", "the U.S."), from the
 * lexicon's aliases, without dots, read once. */
static GHashTable *
state_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      const char *const *raw = pl_lexicon_get_strings ("actors", "aliases");
      /* Owns its keys: "u.s" and "us" are one name, the second replaces the first. */
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint g = 0; raw[g] != NULL; g++)
        {
          g_auto (GStrv) group = g_strsplit (raw[g], ",", -1);

          for (guint n = 0; group[n] != NULL; n++)
            {
              GString *name = g_string_new (NULL);

              for (const char *p = g_strstrip (group[n]); *p; p++)
                if (*p != '.')
                  g_string_append_c (name, g_ascii_tolower (*p));
              g_hash_table_add (set, g_string_free (name, FALSE));
            }
        }
      g_once_init_leave (&names, set);
    }
  return names;
}

static gboolean
is_state_name (Extraction *x,
               guint first,
               guint end)
{
  GHashTable *names = state_names ();

  for (guint t = first; t < end; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);
      char buffer[64];
      gsize n = 0;

      if (!token->is_word || !token->capitalized)
        continue;
      /* One word, then the same with the next one: "South Korea". */
      for (guint w = t; w < end && w < t + 2; w++)
        {
          const char *lower = PL_TOKEN (x->a, w)->lower;

          if (w > t && n + 1 < sizeof buffer)
            buffer[n++] = ' ';
          for (; *lower && n + 1 < sizeof buffer; lower++)
            if (*lower != '.')
              buffer[n++] = *lower;
          buffer[n] = '\0';
          if (g_hash_table_contains (names, buffer))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the words name who is behind the plan: its proponent, a
 * government, a state by its name or capital, or an organisation. */
static gboolean
is_goal_subject (Extraction *x,
                 guint first,
                 guint end)
{
  g_autofree char *name = NULL;

  if (end <= first)
    return FALSE;
  name = pl_analysis_dup_span (x->a, first, end);
  return _pl_extract_is_proponent (x, name) || is_state_name (x, first, end) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "government"), first, end, NULL) > 0 ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "organization"), first, end, NULL) > 0;
}

/* Who commits to what it "will" do: the plan's proponent or a state, not
 * any organisation ("the companies will let you…"). */
static gboolean
is_state_subject (Extraction *x,
                  guint first,
                  guint end)
{
  g_autofree char *name = NULL;

  if (end <= first)
    return FALSE;
  name = pl_analysis_dup_span (x->a, first, end);
  return _pl_extract_is_proponent (x, name) || is_state_name (x, first, end) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "government"), first, end, NULL) > 0;
}

/* Where the subject of a verb at @t starts: back to a comma, a
 * conjunction, "that" or a verb of saying. */
static guint
subject_start (Extraction *x,
               const PlSentence *s,
               guint t)
{
  guint start = t;

  while (start > s->first && t - start < 14 && !pl_analysis_is_punct (x->a, start - 1, ",;:—–") &&
         !in_list (x, "subject_stops", start - 1) && !PL_TOKEN (x->a, start - 1)->quoted)
    start--;
  return start;
}

/* Whether a party's words from @start are what someone else says of
 * it ("analysts say that Northwind will…"): a guess, no commitment. */
static gboolean
said_by_other (Extraction *x,
               const PlSentence *s,
               guint start)
{
  guint say = start, from;

  /* Back over the rest of a joint subject: "Contoso and Northwind". */
  while (say > s->first + 1 && say + 8 > start && (is_conjunction (x, say - 1) || _pl_extract_token_is (x, say - 1, "the")) &&
         PL_TOKEN (x->a, say - 2)->capitalized)
    for (say--; say > s->first && PL_TOKEN (x->a, say - 1)->capitalized;)
      say--;
  while (say > s->first && say + 3 > start && (_pl_extract_token_is (x, say - 1, "that") || in_list (x, "time_words", say - 1)))
    say--;
  if (say <= s->first || !(in_list (x, "say_verbs", say - 1) || _pl_extract_token_is (x, say - 1, "say") || _pl_extract_token_is (x, say - 1, "expect")))
    return FALSE;
  from = subject_start (x, s, say - 1);
  return !is_goal_subject (x, from, say - 1) && !is_party (x, from, say - 1);
}

/* Whether the subject of a goal's verb at @t, from @start, is who is
 * behind the plan. Auxiliaries before the verb are passed ("has been
 * trying to"), a negation denies the goal ("is not trying to"). A
 * pronoun stands for who said so just before ("Moscow announced Friday
 * it will…") or for the subject of the sentence before ("It has been
 * trying to…"). A plan's own aims are read where it is named. */
static gboolean
is_goal_subject_at (Extraction *x,
                    guint si,
                    guint start,
                    guint t)
{
  const PlSentence *s = PL_SENTENCE (x->a, si), *before;
  gboolean modal = in_list (x, "modals", t), reported = start > s->first && in_list (x, "say_verbs", start - 1);
  gboolean (*subject) (Extraction *, guint, guint) = modal ? is_state_subject : is_goal_subject;
  guint head = t, say;

  while (head > start && (in_list (x, "subject_tail", head - 1) || in_list (x, "negations", head - 1)))
    if (in_list (x, "negations", --head))
      return FALSE;
  if (head <= start || _pl_extract_count_matches (x, pl_lexicon_list ("components", "plan_nouns"), start, head, NULL) > 0)
    return FALSE;
  if (!in_list (x, "pronouns", head - 1))
    /* "would" commits only in reported speech: "Bosma said lawmakers
     * would…", not "they thought Russia would become…". */
    return head - start <= 8 && (!_pl_extract_token_is (x, t, "would") || reported) &&
           (subject (x, start, head) || (is_party (x, start, head) && !said_by_other (x, s, start)));
  /* "As for the new unit, it will…": the topic the sentence opens with. */
  if (head > s->first + 4 && pl_analysis_is_punct (x->a, head - 2, ",") &&
      pl_analysis_match (x->a, pl_lexicon_list ("components", "topic_openers"), s->first, head, &say) != NULL &&
      s->first + say < head - 2)
    return subject (x, s->first + say, head - 2) || is_party (x, s->first + say, head - 2);
  if (head - 1 == s->first)
    {
      if (modal || si == 0 || (before = PL_SENTENCE (x->a, si - 1))->kind == PL_BLOCK_HEADING)
        return FALSE;
      for (guint v = before->first + 1; v < before->first + before->n_tokens && v < before->first + 8; v++)
        if (pl_analysis_is_punct (x->a, v, ",") || !PL_TOKEN (x->a, v)->capitalized)
          return subject (x, before->first, v);
      return FALSE;
    }
  /* Back from the pronoun over "that" and a time to the verb of saying;
   * "to announce" has no subject of its own. */
  for (say = head - 2; say > s->first && say + 5 > head && (_pl_extract_token_is (x, say, "that") || in_list (x, "time_words", say));)
    say--;
  if (!in_list (x, "say_verbs", say) || say == s->first || _pl_extract_token_is (x, say - 1, "to"))
    return FALSE;
  return subject (x, subject_start (x, s, say), say) || is_party (x, subject_start (x, s, say), say);
}

/* "Artemis aims to put…": a name that opens the sentence and states its
 * own aim, a programme or a body, is behind the plan. */
static gboolean
is_named_aim (Extraction *x,
              const PlSentence *s,
              guint start,
              guint t)
{
  if (start != s->first || t == start || t > start + 3 ||
      pl_analysis_match (x->a, pl_lexicon_list ("components", "summary_verbs"), t, s->first + s->n_tokens, NULL) == NULL)
    return FALSE;
  for (guint u = start; u < t; u++)
    if (!PL_TOKEN (x->a, u)->capitalized || _pl_extract_is_function_word (x, u) || in_list (x, "pronouns", u))
      return FALSE;
  return TRUE;
}

/* Where the sentence first names a phase, or its end. */
static guint
first_phase_noun (Extraction *x,
                  const PlSentence *s)
{
  guint end = s->first + s->n_tokens;

  for (guint t = s->first; t < end; t++)
    if (_pl_extract_is_phase_noun (x, t))
      return t;
  return end;
}

/* "Oslo plans to install 5 GW of wind power by 2030", "the government
 * wants to help manufacturers raise efficiency", "the president said he would
 * raise tariffs", "the U.S. will keep its base": the goals and
 * commitments of who is behind the plan. */
static void
goal_components (Extraction *x)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "goal_verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens, phase = G_MAXUINT;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t < end; t++)
        {
          guint length = 0, start, aim, context;
          Span actor = { 0, 0 };

          if (!_pl_extract_has_cue (x, t, CUE_GOAL_VERB) || PL_TOKEN (x->a, t)->quoted ||
              pl_analysis_match (x->a, verbs, t, end, &length) == NULL)
            continue;
          /* "is looking to…", not "looking to the future, …": a
           * participle is a goal with its auxiliary only. */
          if (is_gerund (x, t) && !in_list (x, "subject_tail", t - 1))
            continue;
          /* "has unveiled a plan to…": the noun, read with the plan's terms. */
          if (in_list (x, "definites", t - 1) || _pl_extract_token_is (x, t - 1, "a") || g_str_has_suffix (PL_TOKEN (x->a, t - 1)->lower, "'s"))
            continue;
          start = subject_start (x, s, t);
          /* "the next phase aims to…" is the phase's aim, read there. */
          if (phase == G_MAXUINT)
            phase = first_phase_noun (x, s);
          if (phase < t)
            break;
          if (!is_goal_subject_at (x, si, start, t) && !is_named_aim (x, s, start, t))
            continue;
          aim = context = t + length;
          /* "expects producers to raise…", "is looking to the private
           * sector to build…": what comes after "to"; whose task it is
           * tells the goal's field too. */
          if ((!g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to") || in_list (x, "definites", aim)) &&
              !g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "that") && !in_list (x, "modals", t))
            for (guint to = aim; to < end && to < aim + 8 && !pl_analysis_is_punct (x->a, to, ",;:"); to++)
              if (_pl_extract_token_is (x, to, "to"))
                {
                  actor = (Span){ aim, to };
                  aim = to + 1;
                  break;
                }
          /* "hopes that it can finish…": past the subject and the modal. */
          while (aim < end && aim < context + 3 && (in_list (x, "pronouns", aim) || in_list (x, "modals", aim)))
            aim++;
          if (aim >= end || in_list (x, "negations", aim))
            break;
          {
            guint stop = aim_end (x, aim, end);
            PhaseDraft *draft = phase_for_sentence (x, si);

            if (stop > aim + 1 && !is_anaphoric (x, aim, stop) && !take_gist (x, draft, si, aim, stop, FALSE))
              add_parts_of (x, draft, si, aim, stop, FALSE, &actor);
          }
          break;
        }
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
      (t > s->first && in_list (x, "conditions", t - 1)))
    return;
  np = t + length;
  future = _pl_extract_token_is (x, t + 1, "will") || _pl_extract_token_is (x, t + 1, "would") || _pl_extract_token_is (x, t + 2, "to");
  if (np >= end || in_list (x, "negations", np) || in_list (x, "hedges", np))
    return;
  stop = aim_end (x, np, end);
  if (names_term (x, np, stop) && (future || has_amount (x, np, stop)))
    add_sentence_part (x, phase_for_sentence (x, si), si, t, stop, NULL, PART_PROSE);
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
            stop = aim_end (x, stop, end);
          /* Who holds a post is a matter of governance, whatever the
           * sentence goes on to say. */
          if ((part = add_sentence_part (x, phase_for_sentence (x, si), si, name, stop, NULL, PART_PROSE)) != NULL)
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

  if (!is_commitment (x, t, end, &length) || t + length + 1 >= end || !_pl_extract_token_is (x, t + length, "be") ||
      !is_participle (x, t + length + 1))
    return;
  start = subject_start (x, s, t);
  /* The amount heads the subject: "the $4.8 billion", not "analysts
   * expect 16 million cars". */
  if (t > start + 6 || !has_amount (x, start, MIN (t, start + 3)) || (start > s->first && in_list (x, "conditions", start - 1)))
    return;
  for (guint u = start; u < t; u++)
    if (PL_TOKEN (x->a, u)->is_word && !g_ascii_isdigit (PL_TOKEN (x->a, u)->lower[0]) && !in_list (x, "definites", u) &&
        !in_list (x, "function_words", u) && u < start + 2 && !_pl_extract_token_is (x, u, "about") && !_pl_extract_token_is (x, u, "some"))
      return;
  add_sentence_part (x, phase_for_sentence (x, si), si, start, aim_end (x, t + length, end), NULL, PART_PROSE);
}

/* The terms of a deal stated bare: "there will be a shareholder vote",
 * "there is a break fee of $15 million", "the $4.8 billion will be paid
 * to the parent", "Reed, who will be the merged company's chairman". */
static void
stated_terms (Extraction *x)
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
static void
priority_components (Extraction *x)
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
      if (found && !is_anaphoric (x, s->first, verb))
        add_parts (x, phase_for_sentence (x, si), si, s->first, verb, FALSE);
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
    if (in_list (x, "unveil_verbs", t - 1))
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
      in_list (x, "definites", noun - 1))
    return TRUE;
  return !before->capitalized && !in_list (x, "pronouns", noun - 1) && !in_list (x, "function_words", noun - 1) &&
         !in_list (x, "subject_tail", noun - 1) && !g_ascii_isdigit (before->lower[0]);
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
      if (!PL_TOKEN (x->a, u)->is_word || in_list (x, "finite_verbs", u) || in_list (x, "relatives", u) ||
          in_list (x, "aim_stops", u))
        return 0;
    }
  return 0;
}

/* "a deal to purchase 30 jets", "lofty plans to expand the fleet", "the president's
 * reluctance to roll back tariffs" in talks on a deal, "unlikely to agree to
 * cut output": what a deal or a commitment is to do, a term of the plan. */
static void
term_components (Extraction *x)
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
            term = !(t > s->first + 1 && (in_list (x, "relatives", t - 1) || in_list (x, "relatives", t - 2)));
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
              in_list (x, "function_words", aim) || is_gerund (x, aim) || (t > s->first && _pl_extract_token_is (x, t - 1, "in")))
            continue;
          stop = aim_end (x, aim, end);
          /* "The ministry has unveiled a plan to help farmers cut costs", in
           * the lead: what the plan is for, its summary. */
          if (si < 2 && unveils (x, s, t))
            {
              set_summary (x, NULL, si);
              t = stop;
              continue;
            }
          /* "reluctance to roll back tariffs was dampening…": the
           * sentence's own verb ends what the deal is to do. */
          for (guint u = aim + 1; u < stop; u++)
            if (in_list (x, "finite_verbs", u))
              {
                stop = u;
                break;
              }
          if (stop > aim + 1 && !is_anaphoric (x, aim, stop) && !take_gist (x, phase_for_sentence (x, si), si, aim, stop, FALSE))
            add_parts (x, phase_for_sentence (x, si), si, aim, stop, FALSE);
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
      if (in_list (x, "under_nouns", t) || (opener && in_list (x, "provision_nouns", t)))
        return t;
      if (!PL_TOKEN (x->a, t)->is_word || _pl_extract_token_is (x, t, "of"))
        break;
    }
  return G_MAXUINT;
}

static void
under_components (Extraction *x)
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

          if (!(_pl_extract_token_is (x, t, "under") || (opens && in_list (x, "rule_openers", t))) || PL_TOKEN (x->a, t)->quoted ||
              (noun = under_plan (x, t, end, opens)) == G_MAXUINT)
            continue;
          if (!_pl_extract_token_is (x, t, "under") && !(noun + 1 < end && pl_analysis_is_punct (x->a, noun + 1, ",")))
            break;
          if (opens && noun + 1 < end && pl_analysis_is_punct (x->a, noun + 1, ","))
            {
              /* "Under the deal, X": X. */
              add_sentence_part (x, phase_for_sentence (x, si), si, noun + 2, aim_end (x, noun + 2, end), NULL, PART_PROSE);
              break;
            }
          /* "X under the deal": X from the clause's start. */
          for (start = t; start > s->first && t - start < 12 && !pl_analysis_is_punct (x->a, start - 1, ",;:—–") &&
                          pl_analysis_match (x->a, breaks, start - 1, t, NULL) == NULL;)
            start--;
          if (start > s->first && t - start >= 2)
            add_sentence_part (x, phase_for_sentence (x, si), si, start, t, NULL, PART_PROSE);
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
      return in_list (x, "conditions", s->first) ? G_MAXUINT : t + 1;
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
      if (t <= s->first + 2 && in_list (x, "rule_openers", t) && under_plan (x, t, end, TRUE) != G_MAXUINT)
        return TRUE;
      if (in_list (x, "measure_nouns", t) && (_pl_extract_token_is (x, t + 1, "in") || _pl_extract_token_is (x, t + 1, "of") || _pl_extract_token_is (x, t + 1, "under")))
        for (guint u = t + 2; u < end && u < t + 7; u++)
          if (_pl_extract_has_cue (x, u, CUE_PLAN_NOUN) && in_list (x, "plan_nouns", u))
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

  if (aim >= end || in_list (x, "hedges", aim) || PL_TOKEN (x->a, start)->quoted)
    return;
  if (in_list (x, "pronouns", start) || modal == start)
    take_commitment (x, phase_for_sentence (x, si), si, G_MAXUINT, modal, length);
  /* "Young people will have a lawyer", "the Ombudsman will receive a
   * copy": who gets something, or a name, goes with it. */
  else if (!is_anaphoric (x, start, modal) &&
           (in_list (x, "receive_verbs", aim) || PL_TOKEN (x->a, start + in_list (x, "definites", start))->capitalized))
    add_sentence_part (x, phase_for_sentence (x, si), si, start, aim_end (x, aim, end), NULL, PART_PROSE);
  else
    take_commitment (x, phase_for_sentence (x, si), si, start, modal, length);
}

/* "Under the settlement, the county will no longer accept X. Young
 * people will have a lawyer. The department will improve Y": after a
 * sentence that opens with a plan's provision or names its measures,
 * what each sentence of the paragraph and of the next commits to. */
static void
provision_components (Extraction *x)
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
static void
rule_components (Extraction *x)
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
              (start > s->first + 1 && in_list (x, "conditions", start - 2)))
            break;
          head = start;
          while (head < t && head < start + 3 && (in_list (x, "definites", head) || in_list (x, "leading", head)))
            head++;
          if (head >= t || in_list (x, "pronouns", head) || in_list (x, "anaphora", head) ||
              (rule && pl_analysis_match (x->a, subjects, head, t, NULL) == NULL &&
               pl_analysis_match (x->a, subjects, head + 1, t, NULL) == NULL))
            break;
          /* "the deal will be signed" is the plan's own, no part of it. */
          if (!rule && _pl_extract_count_matches (x, pl_lexicon_list ("components", "plan_nouns"), head, MIN (t, head + 3), NULL) > 0)
            break;
          stop = aim_end (x, t + length, end);
          /* A rule laid down is a matter of governance unless its words
           * say otherwise. */
          if (stop > t + length && (part = add_sentence_part (x, phase_for_sentence (x, si), si, start, stop, NULL, PART_PROSE)) != NULL &&
              pl_component_get_category (part) == PL_CATEGORY_OTHER)
            pl_component_set_category (part, PL_CATEGORY_GOVERNANCE);
          break;
        }
    }
}

/* "an order of 50 wide-body jets": what a purchase deal buys. "Its
 * order" was told of before. */
static void
order_components (Extraction *x)
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
              !g_ascii_isdigit (PL_TOKEN (x->a, t + 2)->lower[0]) || in_list (x, "definites", t - 1))
            continue;
          for (n = t + 3; n < end && n < t + 8 && !_pl_extract_is_function_word (x, n); n++)
            ;
          add_sentence_part (x, phase_for_sentence (x, si), si, t, n, NULL, PART_PROSE);
          t = n;
        }
    }
}

/* "these two issues — the border and water rights", "three pillars: X,
 * Y and Z": parts the text counts. */
static void
counted_components (Extraction *x)
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
          if (number == NULL || number->value < 2 || !in_list (x, "lead_nouns", t + 1) ||
              !pl_analysis_is_punct (x->a, t + 2, ":—–"))
            continue;
          stop = aim_end (x, t + 3, end);
          add_parts (x, phase_for_sentence (x, si), si, t + 3, stop, number->value == 2);
          break;
        }
    }
}

/* "That target is expected to be achieved with new wind farms": the
 * means of a target are parts of the plan. */
static void
means_components (Extraction *x)
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
              add_parts (x, phase_for_sentence (x, si), si, t + length, aim_end (x, t + length, end), FALSE);
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

  return noun > s->first && in_list (x, "example_nouns", noun) && is_noun_use (x, s, noun) &&
         t + length < s->first + s->n_tokens && !PL_TOKEN (x->a, t + length)->capitalized;
}

/* "a relief package including tax cuts, cash payments and cheaper loans",
 * "measures such as a wage freeze": the plan's parts by example. */
static void
example_components (Extraction *x)
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
          stop = aim_end (x, t + length, end);
          if (stop > t + length + 1 && !is_anaphoric (x, t + length, stop))
            add_parts (x, phase_for_sentence (x, si), si, t + length, stop, FALSE);
          t = stop;
        }
    }
}

/* The lead is the first sentences of the text that are no heading. */
#define LEAD_SENTENCES 2

/* Whether the action at @t is told of a subject: after an auxiliary
 * ("has ordered", "is cutting") that follows words of its own, or right
 * after a name ("NASA selected"); not in a passive. */
static gboolean
is_lead_action (Extraction *x,
                const PlSentence *s,
                guint t,
                guint length)
{
  guint aux_length = 0;

  /* "approved by the board" is done to it. */
  if (_pl_extract_token_is (x, t + 1, "by"))
    return FALSE;
  if (t > s->first + 1 && is_gerund (x, t) && in_list (x, "lead_progressives", t - 1))
    return PL_TOKEN (x->a, t - 2)->is_word && !in_list (x, "relatives", t - 2);
  for (guint aux = t; aux > s->first + 1 && aux + 3 > t; aux--)
    if (pl_analysis_match (x->a, pl_lexicon_list ("components", "lead_auxiliaries"), aux - 1, t, &aux_length) != NULL &&
        aux - 1 + aux_length == t)
      return PL_TOKEN (x->a, aux - 2)->is_word && !in_list (x, "relatives", aux - 2) &&
             !in_list (x, "conditions", aux - 2);
  /* "NASA selected", "the senate voted to": a verb right after its
   * subject, a name or a noun with its verb's "to". */
  return t > s->first && PL_TOKEN (x->a, t - 1)->is_word && !_pl_extract_is_function_word (x, t - 1) &&
         !in_list (x, "pronouns", t - 1) &&
         (PL_TOKEN (x->a, t - 1)->capitalized || g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to"));
}

/* "The minister has ordered a review of the force's size", "the company
 * is cutting 4,000 jobs as part of its plan to…": in the lead, a plan
 * told as a fact, its action a part. What "a plan to…" is to do is read
 * with the plan's terms. */
static void
lead_components (Extraction *x)
{
  const PlLexList *actions = pl_lexicon_list ("components", "lead_actions");

  for (guint si = 0, n = 0; si < x->a->sentences->len && n < LEAD_SENTENCES; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      n++;
      for (guint t = s->first + 1; t + 2 < end; t++)
        {
          guint length = 0, aim, stop;

          if (PL_TOKEN (x->a, t)->quoted || pl_analysis_match (x->a, actions, t, end, &length) == NULL ||
              !is_lead_action (x, s, t, length))
            continue;
          aim = g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to") ? t + length : t;
          /* "moved to the square" goes somewhere, does nothing. */
          if (aim > t && (!PL_TOKEN (x->a, aim)->is_word || _pl_extract_is_function_word (x, aim)))
            break;
          stop = aim_end (x, aim == t ? t + length : aim, end);
          /* "passed a bill" names the plan, not a part of it. */
          if (stop <= aim + 4 && in_list (x, "plan_nouns", stop - 1))
            stop = aim;
          for (guint u = aim + 1; u < stop && u < aim + 4; u++)
            if (in_list (x, "intent_nouns", u) && _pl_extract_token_is (x, u + 1, "to"))
              stop = aim;
          if (stop > aim + 1 && !is_anaphoric (x, aim, stop))
            add_sentence_part (x, phase_for_sentence (x, si), si, aim, stop, NULL, PART_PROSE);
          break;
        }
    }
}

/* "Tariffs on steel were raised to 25%", "the cuts have been extended
 * to schools": in a story about an undertaking the headline names, a
 * sentence that opens with it and tells a measure done to it gives a
 * part, the undertaking with it. */
static void
topic_measure_components (Extraction *x)
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
          stop = aim_end (x, t + length + more, end);
          if (stop > t + length + more)
            add_sentence_part (x, phase_for_sentence (x, si), si, s->first, stop, NULL, PART_PROSE);
          break;
        }
    }
}

/* Parts still without a category take their context's. */
static void
settle_categories (Extraction *x)
{
  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);
      GListModel *parts = pl_phase_get_components (draft->phase);

      for (guint j = 0; j < g_list_model_get_n_items (parts); j++)
        {
          g_autoptr (PlComponent) part = g_list_model_get_item (parts, j);
          int context = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (part), CONTEXT_CATEGORY));

          if (pl_component_get_category (part) == PL_CATEGORY_OTHER && context > 0)
            pl_component_set_category (part, (PlCategory) (context - 1));
        }
    }
}

void
_pl_extract_components (Extraction *x)
{
  find_parties (x);
  list_components (x);
  aim_components (x);
  plan_components (x);
  priority_components (x);
  counted_components (x);
  term_components (x);
  stated_terms (x);
  goal_components (x);
  under_components (x);
  provision_components (x);
  rule_components (x);
  order_components (x);
  means_components (x);
  topic_measure_components (x);
  lead_components (x);
  example_components (x);
  settle_categories (x);
}
