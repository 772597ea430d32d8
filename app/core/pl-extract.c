/* pl-extract.c: from an article's text to phases, components, reactions,
 * risks and events, every one with the words it comes from.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The passes live in pl-extract-*.c and read their cue words from the
 * lexicon (resources/lexicon-en.ini); this file runs them and holds the
 * helpers they share.
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include "pl-extract.h"

#include <string.h>

#include "pl-extract-private.h"

static void
phase_draft_free (PhaseDraft *draft)
{
  g_free (draft->name);
  g_array_unref (draft->mentions);
  g_clear_object (&draft->phase);
  g_free (draft);
}

/**
 * _pl_extract_add_evidence:
 *
 * Adds the words from @first_token to before @end_token as evidence.
 */
void
_pl_extract_add_evidence (Extraction *x,
                          PlItem *item,
                          guint first_token,
                          guint end_token)
{
  if (end_token <= first_token)
    return;
  pl_item_add_evidence (item, x->source, PL_TOKEN (x->a, first_token)->char_start,
                        PL_TOKEN (x->a, end_token - 1)->char_end);
}

PhaseDraft *
_pl_extract_find_phase (Extraction *x,
                        int key)
{
  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);
      if (draft->key == key)
        return draft;
    }
  return NULL;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const PhaseDraft *x = *(PhaseDraft *const *) a;
  const PhaseDraft *y = *(PhaseDraft *const *) b;

  /* The plan as a whole first, then by number, the final phase last. */
  return x->key - y->key;
}

/**
 * _pl_extract_ensure_phase:
 * @name: (nullable): how the text names it, when first found
 *
 * Returns: (transfer none): the phase with @key, created when new
 */
PhaseDraft *
_pl_extract_ensure_phase (Extraction *x,
                          int key,
                          const char *name)
{
  PhaseDraft *draft = _pl_extract_find_phase (x, key);

  if (draft != NULL)
    return draft;
  draft = g_new0 (PhaseDraft, 1);
  draft->key = key;
  draft->name = g_strdup (name);
  draft->mentions = g_array_new (FALSE, FALSE, sizeof (guint));
  draft->phase = pl_phase_new ();
  if (key > 0 && key < PHASE_KEY_FINAL)
    pl_phase_set_index (draft->phase, (guint) key);
  g_ptr_array_add (x->phases, draft);
  g_ptr_array_sort (x->phases, compare_keys);
  return draft;
}

/**
 * _pl_extract_count_matches:
 * @out_sum: (out) (optional): the sum of the matched entries' values
 *
 * Returns: how many entries of @list occur between the tokens
 */
guint
_pl_extract_count_matches (Extraction *x,
                           const PlLexList *list,
                           guint first_token,
                           guint end_token,
                           int *out_sum)
{
  guint n = 0;
  int sum = 0;

  for (guint t = first_token; t < end_token;)
    {
      guint length = 1;
      const PlLexEntry *entry = pl_analysis_match (x->a, list, t, end_token, &length);

      if (entry != NULL)
        {
          n++;
          sum += entry->value ? entry->value : 1;
        }
      t += entry ? length : 1;
    }
  if (out_sum != NULL)
    *out_sum = sum;
  return n;
}

static const char *const category_keys[] = {
  [PL_CATEGORY_SECURITY] = "security",
  [PL_CATEGORY_HUMANITARIAN] = "humanitarian",
  [PL_CATEGORY_DIPLOMACY] = "diplomacy",
  [PL_CATEGORY_GOVERNANCE] = "governance",
  [PL_CATEGORY_ECONOMY] = "economy",
};

/**
 * _pl_extract_categorize:
 *
 * Returns: the category whose lexicon words weigh most in the tokens;
 *   a tie goes to the category whose word comes first; none is "other"
 */
PlCategory
_pl_extract_categorize (Extraction *x,
                        guint first_token,
                        guint end_token)
{
  PlCategory best = PL_CATEGORY_OTHER;
  int best_sum = 0;
  guint best_first = G_MAXUINT;

  for (guint c = 0; c < G_N_ELEMENTS (category_keys); c++)
    {
      const PlLexList *list = pl_lexicon_list ("categories", category_keys[c]);
      guint first = G_MAXUINT;
      int sum = 0;

      for (guint t = first_token; t < end_token;)
        {
          guint length = 1;
          const PlLexEntry *entry = pl_analysis_match (x->a, list, t, end_token, &length);

          if (entry != NULL)
            {
              sum += entry->value ? entry->value : 1;
              first = MIN (first, t);
            }
          t += entry ? length : 1;
        }
      if (sum > best_sum || (sum == best_sum && sum > 0 && first < best_first))
        {
          best = (PlCategory) c;
          best_sum = sum;
          best_first = first;
        }
    }
  return best;
}

/**
 * _pl_extract_clean_phrase:
 *
 * Returns: (transfer full): @text with a capital first letter and without
 *   leading connectives or trailing punctuation
 */
char *
_pl_extract_clean_phrase (const char *text)
{
  static const char *const leading[] = { "and ", "or ", "but ", "any ", "also ", "to ", NULL };
  g_autofree char *clean = g_strstrip (g_strdup (text));
  char *start = clean;
  gsize n;
  GString *out;

  for (gboolean again = TRUE; again;)
    {
      again = FALSE;
      for (guint i = 0; leading[i] != NULL; i++)
        if (g_ascii_strncasecmp (start, leading[i], strlen (leading[i])) == 0)
          {
            start += strlen (leading[i]);
            again = TRUE;
          }
    }
  /* Trailing punctuation goes a character at a time: the dashes are
   * several bytes, and comparing bytes cut "Ó" (C3 93) in half, since 93
   * ends "–" too (found by the HTML fuzzer). */
  n = strlen (start);
  while (n > 0)
    {
      char *last = g_utf8_find_prev_char (start, start + n);
      gunichar c = last ? g_utf8_get_char (last) : 0;

      if (last == NULL || (c != ',' && c != ';' && c != ':' && c != '.' && c != ' ' && c != 0x2014 && c != 0x2013))
        break;
      n = (gsize) (last - start);
      start[n] = '\0';
    }
  out = g_string_new (NULL);
  if (*start != '\0')
    {
      g_string_append_unichar (out, g_unichar_toupper (g_utf8_get_char (start)));
      g_string_append (out, g_utf8_next_char (start));
    }
  return g_string_free (out, FALSE);
}

/**
 * _pl_extract_word_set:
 * @text: a text
 * @numbers: whether to keep numbers too, however short
 *
 * Returns: (transfer full): the set of the lower-case words of three
 * letters or more in @text (and its numbers, with @numbers).
 */
GHashTable *
_pl_extract_word_set (const char *text,
                      gboolean numbers)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text, *start = NULL;

  for (;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = *p != '\0' && g_unichar_isalnum (c);

      if (letter && start == NULL)
        start = p;
      else if (!letter && start != NULL)
        {
          if (g_utf8_strlen (start, p - start) > 2 || (numbers && g_ascii_isdigit (*start)))
            g_hash_table_add (set, g_utf8_strdown (start, p - start));
          start = NULL;
        }
      if (*p == '\0')
        break;
    }
  return set;
}

static double
similarity_of_sets (GHashTable *x,
                    GHashTable *y)
{
  GHashTableIter iter;
  gpointer key;
  guint common = 0, total;

  if (g_hash_table_size (x) > g_hash_table_size (y))
    return similarity_of_sets (y, x);
  g_hash_table_iter_init (&iter, x);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    common += g_hash_table_contains (y, key);
  total = g_hash_table_size (x) + g_hash_table_size (y) - common;
  return total ? (double) common / total : 0.0;
}

/**
 * _pl_extract_similarity:
 *
 * Returns: the Jaccard similarity of the two texts' words of three or
 *   more letters, 0 to 1
 */
double
_pl_extract_similarity (const char *a,
                        const char *b)
{
  g_autoptr (GHashTable) x = _pl_extract_word_set (a, FALSE);
  g_autoptr (GHashTable) y = _pl_extract_word_set (b, FALSE);

  return similarity_of_sets (x, y);
}

typedef struct
{
  char *text;
  GHashTable *words;
} ItemWords;

static void
item_words_free (gpointer data)
{
  ItemWords *words = data;

  g_free (words->text);
  g_hash_table_unref (words->words);
  g_free (words);
}

/* The word set of @text, kept on @item while its text stays the same:
 * merging compares each new item with every item of the briefing, and a
 * feed of hundreds of articles would otherwise cut the same texts into
 * words again and again. */
static GHashTable *
item_words (PlItem *item,
            const char *text)
{
  static GQuark quark;
  ItemWords *words;

  if (quark == 0)
    quark = g_quark_from_static_string ("pl-extract-words");
  words = g_object_get_qdata (G_OBJECT (item), quark);
  if (words == NULL || g_strcmp0 (words->text, text) != 0)
    {
      words = g_new0 (ItemWords, 1);
      words->text = g_strdup (text);
      words->words = _pl_extract_word_set (text ? text : "", FALSE);
      g_object_set_qdata_full (G_OBJECT (item), quark, words, item_words_free);
    }
  return words->words;
}

/**
 * _pl_extract_item_similarity:
 *
 * Like _pl_extract_similarity() on the two items' texts, with each text's
 * words kept on its item for the next comparison.
 */
double
_pl_extract_item_similarity (PlItem *a,
                             const char *a_text,
                             PlItem *b,
                             const char *b_text)
{
  return similarity_of_sets (item_words (a, a_text), item_words (b, b_text));
}

static gboolean
is_gerund (Extraction *x,
           guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && g_str_has_suffix (t->lower, "ing") && strlen (t->lower) > 4;
}

/**
 * _pl_extract_split_list:
 * @gerunds_only: split "X and Y" only when both begin with an -ing word
 *   ("halting hostilities and facilitating access"), as aims are written
 *
 * Splits an enumeration "X, Y, and Z" / "X, Y or Z" at the top level (not
 * inside parentheses or quotes).
 *
 * Returns: (transfer full) (element-type Span): the parts, at least one
 */
GArray *
_pl_extract_split_list (Extraction *x,
                        guint first_token,
                        guint end_token,
                        gboolean gerunds_only)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  guint start = first_token, depth = 0, n_commas = 0;

  for (guint t = first_token; t < end_token; t++)
    n_commas += pl_analysis_is_punct (x->a, t, ",");

  for (guint t = first_token; t < end_token; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);
      gboolean comma = pl_analysis_is_punct (x->a, t, ",");
      gboolean conj = token->is_word && (strcmp (token->lower, "and") == 0 ||
                                         strcmp (token->lower, "or") == 0);
      gboolean split = FALSE;

      if (pl_analysis_is_punct (x->a, t, "(["))
        depth++;
      else if (pl_analysis_is_punct (x->a, t, ")]") && depth > 0)
        depth--;
      if (depth > 0)
        continue;

      if (comma && !gerunds_only && n_commas >= 1)
        split = TRUE;
      else if (conj && t + 1 < end_token)
        split = gerunds_only ? is_gerund (x, t + 1) && is_gerund (x, start) : n_commas >= 1;

      if (split && t > start)
        {
          Span span = { start, t };
          g_array_append_val (spans, span);
          start = t + 1;
          /* ", and" and ", or": the conjunction after the comma goes too. */
          if (comma && t + 1 < end_token && PL_TOKEN (x->a, t + 1)->is_word &&
              (strcmp (PL_TOKEN (x->a, t + 1)->lower, "and") == 0 ||
               strcmp (PL_TOKEN (x->a, t + 1)->lower, "or") == 0))
            start = ++t + 1;
        }
    }
  if (start < end_token)
    {
      Span span = { start, end_token };
      g_array_append_val (spans, span);
    }
  return spans;
}

static void
extraction_clear (Extraction *x)
{
  g_clear_pointer (&x->a, pl_analysis_free);
  g_clear_pointer (&x->phases, g_ptr_array_unref);
  g_clear_pointer (&x->sentence_phase, g_free);
  g_clear_pointer (&x->stance_votes, g_hash_table_unref);
  g_clear_pointer (&x->reactions, g_ptr_array_unref);
  g_clear_pointer (&x->risks, g_ptr_array_unref);
  g_clear_pointer (&x->events, g_ptr_array_unref);
  g_clear_pointer (&x->event_phases, g_array_unref);
  g_clear_pointer (&x->proponent, g_free);
  g_clear_pointer (&x->surnames, g_hash_table_unref);
  g_clear_pointer (&x->cues, g_free);
  g_clear_pointer (&x->sentence_context, g_free);
  g_clear_pointer (&x->parties, g_hash_table_unref);
}

/**
 * pl_extract_source_deferred:
 *
 * Like pl_extract_source(), but leaves the components it adds without an
 * id: a caller extracting many sources, a feed of hundreds of articles,
 * calls pl_briefing_ensure_ids() once after the last instead of once per
 * source, which would cost time in the square of the briefing's size.
 */
void
pl_extract_source_deferred (PlBriefing *briefing,
                            PlSource *source)
{
  Extraction x = { 0 };

  g_return_if_fail (PL_IS_BRIEFING (briefing));
  g_return_if_fail (PL_IS_SOURCE (source));
  g_return_if_fail (pl_item_get_id (PL_ITEM (source)) != NULL);

  x.a = pl_analysis_new (source);
  x.briefing = briefing;
  x.source = pl_item_get_id (PL_ITEM (source));
  x.published = *pl_source_get_published (source);
  x.phases = g_ptr_array_new_with_free_func ((GDestroyNotify) phase_draft_free);
  x.sentence_phase = g_new (int, MAX (x.a->sentences->len, 1));
  for (guint i = 0; i < x.a->sentences->len; i++)
    x.sentence_phase[i] = -1;
  x.reactions = g_ptr_array_new_with_free_func (g_object_unref);
  x.stance_votes = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  x.risks = g_ptr_array_new_with_free_func (g_object_unref);
  x.events = g_ptr_array_new_with_free_func (g_object_unref);
  x.event_phases = g_array_new (FALSE, FALSE, sizeof (int));

  _pl_extract_find_proponent (&x);
  _pl_extract_phases (&x);
  _pl_extract_components (&x);
  _pl_extract_reactions (&x);
  _pl_extract_risks (&x);
  _pl_extract_events (&x);
  _pl_extract_merge (&x);
  extraction_clear (&x);
}

/**
 * pl_extract_source:
 * @briefing: the briefing to add to; @source must be one of its sources
 * @source: an article's source, with its text and blocks
 *
 * Finds in @source's text the plan's phases (with their status and
 * dates), what each consists of, who reacted how, what could go wrong and
 * what happened when, and adds them to @briefing, merging with what is
 * already there: the same phase, reaction or risk found in several
 * sources is one item with evidence from each.
 */
void
pl_extract_source (PlBriefing *briefing,
                   PlSource *source)
{
  pl_extract_source_deferred (briefing, source);
  pl_briefing_ensure_ids (briefing);
}
