/* pl-language.c: telling the language of a text that does not say.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-language.h"

#include <string.h>

/* The commonest short words of each language: a few dozen suffice to tell
 * these languages apart in a paragraph. */
static const struct
{
  const char *tag;
  const char *const words[24];
} stopwords[] = {
  { "en", { "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are", "by", "this", "be", "from", "has", "have", "which", "its", "will", NULL } },
  { "fr", { "le", "la", "les", "et", "des", "du", "une", "est", "que", "dans", "pour", "qui", "sur", "pas", "au", "avec", "ce", "par", "plus", "sont", "aux", "ont", "été", NULL } },
  { "es", { "el", "los", "las", "y", "del", "que", "en", "por", "con", "una", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "este", NULL } },
  { "de", { "der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "dem", "des", "zu", "von", "im", "für", "auch", "wird", "sind", "wie", NULL } },
  { "it", { "il", "di", "che", "e", "la", "per", "un", "non", "della", "una", "sono", "del", "gli", "nel", "alla", "anche", "come", "le", "dei", "questo", "ha", "più", "ma", NULL } },
  { "pt", { "de", "que", "não", "uma", "os", "da", "do", "em", "para", "com", "por", "as", "dos", "mais", "ao", "das", "se", "na", "no", "foi", "é", "são", "pelo", NULL } },
  { "nl", { "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn", "er", "aan", "ook", "als", "bij", "door", "maar", "worden", "om", "werd", NULL } },
};

/* Languages told by their script alone. */
static const char *
script_language (gunichar c)
{
  if (c >= 0x0600 && c <= 0x06FF)
    return "ar";
  if (c >= 0x0590 && c <= 0x05FF)
    return "he";
  if (c >= 0x0400 && c <= 0x04FF)
    return "ru";
  if (c >= 0x3040 && c <= 0x30FF)
    return "ja";
  if (c >= 0xAC00 && c <= 0xD7AF)
    return "ko";
  if (c >= 0x4E00 && c <= 0x9FFF)
    return "zh";
  if (c >= 0x0E00 && c <= 0x0E7F)
    return "th";
  return NULL;
}

static void
count_word (const char *word,
            guint *scores)
{
  for (guint l = 0; l < G_N_ELEMENTS (stopwords); l++)
    for (guint w = 0; stopwords[l].words[w] != NULL; w++)
      if (strcmp (word, stopwords[l].words[w]) == 0)
        scores[l]++;
}

/**
 * pl_language_detect:
 * @text: some text, the more the better
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Guesses the language of @text from its script (Arabic, Hebrew, Cyrillic,
 * Japanese, Korean, Chinese, Thai) or, for Latin script, from its commonest
 * words (English, French, Spanish, German, Italian, Portuguese, Dutch).
 * Only the first 20,000 bytes are read.
 *
 * Returns: (nullable): a language tag, or %NULL when the text is too short
 *   or unclear
 */
const char *
pl_language_detect (const char *text,
                    gssize length)
{
  guint scores[G_N_ELEMENTS (stopwords)] = { 0 };
  GHashTable *scripts = g_hash_table_new (g_str_hash, g_str_equal);
  const char *end, *p, *best_script = NULL;
  guint n_words = 0, n_letters = 0, best_script_count = 0, best = 0, second = 0, best_index = 0;
  char word[32];
  guint word_length = 0;

  if (text == NULL)
    return NULL;
  end = text + MIN (length < 0 ? (gssize) strlen (text) : length, 20000);
  for (p = text; p < end && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *script = g_unichar_isalpha (c) ? script_language (c) : NULL;

      if (g_unichar_isalpha (c))
        n_letters++;
      if (script != NULL)
        {
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (scripts, script)) + 1;
          g_hash_table_insert (scripts, (gpointer) script, GUINT_TO_POINTER (count));
          if (count > best_script_count)
            best_script = script, best_script_count = count;
        }
      if (g_unichar_isalpha (c) && word_length + 6 < sizeof word)
        word_length += (guint) g_unichar_to_utf8 (g_unichar_tolower (c), word + word_length);
      else if (!g_unichar_isalpha (c) && word_length > 0)
        {
          word[word_length] = '\0';
          count_word (word, scores);
          n_words++;
          word_length = 0;
        }
    }
  g_hash_table_unref (scripts);

  if (best_script != NULL && best_script_count * 2 > n_letters)
    return best_script;
  for (guint l = 0; l < G_N_ELEMENTS (stopwords); l++)
    if (scores[l] > best)
      second = best, best = scores[l], best_index = l;
    else if (scores[l] > second)
      second = scores[l];
  /* Enough common words, and clearly more of one language's. */
  if (n_words < 15 || best < 4 || best < second * 3 / 2)
    return NULL;
  return stopwords[best_index].tag;
}
