/* pl-extract-components.c: what the plan and its phases consist of:
 * the pass that finds their parts, how a part is added, cut and given
 * its category, and the parts a text lists. Aims and commitments are
 * found in pl-extract-aims.c, provisions and terms in
 * pl-extract-provisions.c.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-extract-private.h"

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

guint
_pl_extract_sentence_of_token (Extraction *x,
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
  const PlSentence *heading = section_heading (x, _pl_extract_sentence_of_token (x, first));
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
  const PlSentence *heading = section_heading (x, _pl_extract_sentence_of_token (x, first));
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

gboolean
_pl_extract_is_conjunction (Extraction *x,
                            guint t)
{
  return _pl_extract_token_is (x, t, "and") || _pl_extract_token_is (x, t, "or");
}

gboolean
_pl_extract_in_components_list (Extraction *x,
                                const char *key,
                                guint token)
{
  return pl_lex_list_lookup (pl_lexicon_list ("components", key), PL_TOKEN (x->a, token)->lower) != NULL;
}

gboolean
_pl_extract_is_component_gerund (Extraction *x,
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
      else if (_pl_extract_in_components_list (x, "leading", *first) ||
               (!PL_TOKEN (x->a, *first)->is_word &&
                !(pl_analysis_is_punct (x->a, *first, "$€£¥") && g_ascii_isdigit (PL_TOKEN (x->a, *first + 1)->lower[0]))))
        (*first)++;
      /* "start loading fuel": what starts is the part. */
      else if (_pl_extract_in_components_list (x, "aspect_verbs", *first) && _pl_extract_is_component_gerund (x, *first + 1))
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
          if (pl_analysis_is_punct (x->a, t, ",") || _pl_extract_is_conjunction (x, t))
            {
              preposition = t;
              break;
            }
          /* Not so early that the label ends in mid-phrase ("use landers
           * built | by…"). */
          if (preposition == 0 && t > *first + 8 && _pl_extract_in_components_list (x, "prepositions", t))
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
gboolean
_pl_extract_is_anaphoric (Extraction *x,
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
          (_pl_extract_token_is (x, t - 1, "to") || _pl_extract_token_is (x, t - 1, "of") || _pl_extract_in_components_list (x, "prepositions", t - 1)))
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
          _pl_extract_is_anaphoric (x, first, end) || count_words (x, first, end) < ((flags & PART_LISTED) ? 1 : 2))
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

PlComponent *
_pl_extract_add_sentence_part (Extraction *x,
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
gboolean
_pl_extract_continues_phase (Extraction *x,
                             guint si)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);

  return pl_analysis_match (x->a, pl_lexicon_list ("components", "phase_anaphora"), s->first, s->first + s->n_tokens,
                            NULL) != NULL;
}

/* Whether the subject of @si, a name in its first words, first appears
 * in the paragraph @block: something the phase told there brought in
 * ("the new company will…" after the step that creates it). */
gboolean
_pl_extract_introduced_in (Extraction *x,
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
          return PL_SENTENCE (x->a, _pl_extract_sentence_of_token (x, u))->block == block;
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
    if (_pl_extract_sentence_of_token (x, g_array_index (draft->mentions, guint, i)) == lead)
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
PhaseDraft *
_pl_extract_phase_for_sentence (Extraction *x,
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
  named = PL_SENTENCE (x->a, _pl_extract_sentence_of_token (x, named_at));
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
      for (guint u = _pl_extract_sentence_of_token (x, named_at) + 1; u <= si; u++)
        if (PL_SENTENCE (x->a, u)->kind == PL_BLOCK_HEADING)
          return NULL;
      return draft;
    }
  if (_pl_extract_introduced_in (x, si, named->block))
    return draft;
  /* Paragraph by paragraph back to the one that named the phase: each
   * must open by pointing back. */
  for (guint u = si + 1; u-- > 0 && PL_SENTENCE (x->a, u)->block != named->block;)
    if ((u == 0 || PL_SENTENCE (x->a, u - 1)->block != PL_SENTENCE (x->a, u)->block) && !_pl_extract_continues_phase (x, u))
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
        add_bullet_items (x, _pl_extract_phase_for_sentence (x, si - 1), si);
      else
        add_list_items (x, _pl_extract_phase_for_sentence (x, si - 1), si);
    }
}

gboolean
_pl_extract_is_skippable (Extraction *x,
                          guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return (!t->is_word && strcmp (t->lower, ",") == 0) || _pl_extract_in_components_list (x, "skippable", token);
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
  return t + 1 < end && (_pl_extract_is_conjunction (x, t) || _pl_extract_token_is (x, t, "but")) &&
         (PL_TOKEN (x->a, t + 1)->capitalized || _pl_extract_in_components_list (x, "pronouns", t + 1));
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
      if (pl_analysis_is_punct (x->a, u, ",;:") || _pl_extract_is_conjunction (x, u))
        return FALSE;
      if (_pl_extract_in_components_list (x, "relatives", u))
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
         _pl_extract_is_component_gerund (x, t + *length);
}

/* The end of an aim: a stop word, a clause break, a comma after which no
 * list goes on ("a deal to buy 30 jets, executives said"), a consequence
 * after a comma (", giving its rival a boost"), an apposition or the
 * sentence's end. */
guint
_pl_extract_aim_end (Extraction *x,
                     guint start,
                     guint end)
{
  const PlLexList *stops = pl_lexicon_list ("components", "aim_stops");
  const PlLexList *comma_stops = pl_lexicon_list ("components", "comma_stops");
  const PlLexList *means = pl_lexicon_list ("components", "means");
  guint limit = MIN (end, start + MAX_AIM_TOKENS);
  gboolean gerunds = _pl_extract_is_component_gerund (x, start);

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
           (!gerunds && _pl_extract_is_component_gerund (x, t + 1)) || starts_clause (x, t + 1, end) || is_apposition (x, t + 1, end) ||
           (pl_analysis_match (x->a, means, t + 1, end, NULL) == NULL && !list_goes_on (x, t, MIN (end, t + MAX_AIM_TOKENS)))))
        return t;
      if (t > start && pl_analysis_match (x->a, stops, t, end, NULL) != NULL)
        return t;
    }
  return limit;
}

/* From a mention to where its verb would be: past "of the regional peace
 * plan", past ", planned for next year,", past "which", "reportedly"… */
guint
_pl_extract_skip_to_aim (Extraction *x,
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
  while (t < end && _pl_extract_is_skippable (x, t) && pl_analysis_match (x->a, verbs, t, end, NULL) == NULL)
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
      else if (depth == 0 && _pl_extract_is_conjunction (x, t) && last_comma != G_MAXUINT)
        break;
    }
  depth = 0;
  for (guint t = first; t < end; t++)
    {
      gboolean split;

      depth += pl_analysis_is_punct (x->a, t, "([");
      depth -= depth > 0 && pl_analysis_is_punct (x->a, t, ")]");
      split = depth == 0 && (is_list_comma (x, t, end) ||
                             (_pl_extract_is_conjunction (x, t) && last_comma != G_MAXUINT && t > last_comma));
      if (!split)
        continue;
      if (t > start)
        g_array_append_val (parts, ((Span){ start, t }));
      start = t + 1;
      /* ", and Z": the conjunction goes with the comma. */
      if (pl_analysis_is_punct (x->a, t, ",") && t + 1 < end && _pl_extract_is_conjunction (x, t + 1))
        start = ++t + 1;
      if (_pl_extract_is_conjunction (x, t))
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
void
_pl_extract_add_parts_of (Extraction *x,
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
        _pl_extract_add_parts_of (x, draft, si, first, pl_analysis_is_punct (x->a, t - 1, ",") ? t - 1 : t, split_pairs, actor);
        _pl_extract_add_parts_of (x, draft, si, t + joined, end, split_pairs, actor);
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

      if (!_pl_extract_is_conjunction (x, t) || !_pl_extract_token_is (x, to, "to") || _pl_extract_is_function_word (x, to + 1))
        continue;
      _pl_extract_add_sentence_part (x, draft, si, start, pl_analysis_is_punct (x->a, t - 1, ",") ? t - 1 : t, actor, PART_PROSE);
      start = to + 1;
      last = TRUE;
      for (guint u = start; u + 2 < end && last; u++)
        last = !(_pl_extract_is_conjunction (x, u) && _pl_extract_token_is (x, u + 1, "to") && !_pl_extract_is_function_word (x, u + 2));
      if (last)
        {
          _pl_extract_add_sentence_part (x, draft, si, start, end, actor, PART_PROSE);
          return;
        }
      t = start;
    }
  for (guint t = first; t < end; t++)
    {
      /* "arrangements that prioritize X, Y and Z" is one part. */
      if (n_commas == 0 && PL_TOKEN (x->a, t)->is_word && _pl_extract_in_components_list (x, "relatives", t))
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
      if (_pl_extract_is_conjunction (x, t))
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
          (component = _pl_extract_add_sentence_part (x, draft, si, part.first, part.end, actor, listed ? PART_LISTED : PART_PROSE)) != NULL)
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

void
_pl_extract_add_parts (Extraction *x,
                       PhaseDraft *draft,
                       guint si,
                       guint first,
                       guint end,
                       gboolean split_pairs)
{
  _pl_extract_add_parts_of (x, draft, si, first, end, split_pairs, NULL);
}

/* Keeps the sentence as what @draft (%NULL: the plan) is about, unless
 * something else already says so. */
void
_pl_extract_set_summary (Extraction *x,
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
gboolean
_pl_extract_take_gist (Extraction *x,
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
      _pl_extract_set_summary (x, draft, si);
      return TRUE;
    }
  if (summary_verb && stop - t > 10 && !list)
    _pl_extract_set_summary (x, draft, si);
  return FALSE;
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
  _pl_extract_find_parties (x);
  list_components (x);
  _pl_extract_aim_components (x);
  _pl_extract_plan_components (x);
  _pl_extract_priority_components (x);
  _pl_extract_counted_components (x);
  _pl_extract_term_components (x);
  _pl_extract_stated_terms (x);
  _pl_extract_goal_components (x);
  _pl_extract_under_components (x);
  _pl_extract_provision_components (x);
  _pl_extract_rule_components (x);
  _pl_extract_order_components (x);
  _pl_extract_means_components (x);
  _pl_extract_topic_measure_components (x);
  _pl_extract_lead_components (x);
  _pl_extract_example_components (x);
  settle_categories (x);
}
