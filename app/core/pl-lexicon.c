/* pl-lexicon.c: the word lists of resources/lexicon-en.ini.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlLexicon"

#include "config.h"

#include "pl-lexicon.h"

#include <stdlib.h>
#include <string.h>

#include "pl-resources.h"

struct _PlLexList
{
  GPtrArray *entries;       /* of owned PlLexEntry */
  GHashTable *by_word;      /* first word → GPtrArray of borrowed entries, longest first */
  GPtrArray *prefixes[256]; /* by first byte: borrowed entries whose only word is a prefix */
  guint64 first_keys[16];   /* a bit per word_key() of the words by_word holds */
};

/* A cheap key of a word's first three bytes: most words of a text start
 * no entry of a list, and a clear bit says so without hashing them. */
static inline guint
word_key (const char *word)
{
  guint a = (guchar) word[0], b = a ? (guchar) word[1] : 0, c = b ? (guchar) word[2] : 0;

  return (a * 961u + b * 31u + c) & 1023u;
}

static GKeyFile *keyfile; /* the lexicon, for the process */
static GHashTable *lists; /* "group/key" → owned PlLexList */
static GMutex lock;

static void
entry_free (PlLexEntry *entry)
{
  g_strfreev (entry->words);
  g_free (entry->tag);
  g_free (entry);
}

static PlLexEntry *
entry_parse (const char *text)
{
  PlLexEntry *entry = g_new0 (PlLexEntry, 1);
  g_autofree char *phrase = NULL;
  const char *colon = strrchr (text, ':');
  gsize length;

  /* "word:value"; a colon inside a phrase without a value stays. */
  if (colon != NULL && colon[1] != '\0')
    {
      char *end;
      long value = strtol (colon + 1, &end, 10);

      if (*end == '\0')
        entry->value = (int) value;
      else
        entry->tag = g_strdup (colon + 1);
      phrase = g_strndup (text, (gsize) (colon - text));
    }
  else
    phrase = g_strdup (text);

  g_strstrip (phrase);
  length = strlen (phrase);
  if (length > 1 && phrase[length - 1] == '*')
    {
      entry->prefix = TRUE;
      phrase[length - 1] = '\0';
    }
  entry->words = g_strsplit (phrase, " ", -1);
  entry->n_words = g_strv_length (entry->words);
  return entry;
}

static int
compare_longest_first (gconstpointer a,
                       gconstpointer b)
{
  const PlLexEntry *x = *(PlLexEntry *const *) a;
  const PlLexEntry *y = *(PlLexEntry *const *) b;

  return (int) y->n_words - (int) x->n_words;
}

static PlLexList *
list_new (char **items)
{
  PlLexList *list = g_new0 (PlLexList, 1);

  list->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  list->by_word = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      PlLexEntry *entry;
      GPtrArray *same;

      if (*g_strstrip (items[i]) == '\0')
        continue;
      entry = entry_parse (items[i]);
      if (entry->n_words == 0)
        {
          entry_free (entry);
          continue;
        }
      g_ptr_array_add (list->entries, entry);
      if (entry->prefix && entry->n_words == 1)
        {
          guchar first = (guchar) entry->words[0][0];

          if (list->prefixes[first] == NULL)
            list->prefixes[first] = g_ptr_array_new ();
          g_ptr_array_add (list->prefixes[first], entry);
          continue;
        }
      same = g_hash_table_lookup (list->by_word, entry->words[0]);
      if (same == NULL)
        {
          guint key = word_key (entry->words[0]);

          same = g_ptr_array_new ();
          g_hash_table_insert (list->by_word, entry->words[0], same);
          list->first_keys[key / 64] |= G_GUINT64_CONSTANT (1) << (key % 64);
        }
      g_ptr_array_add (same, entry);
      g_ptr_array_sort (same, compare_longest_first);
    }
  return list;
}

static void
ensure_loaded (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  gsize size;
  const char *data;

  if (keyfile != NULL)
    return;
  bytes = pl_core_lookup_resource ("lexicon-en.ini");
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &size);
  keyfile = g_key_file_new ();
  if (!g_key_file_load_from_data (keyfile, data, size, G_KEY_FILE_NONE, &error))
    g_error ("The built-in lexicon does not load: %s", error->message);
  lists = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Callers name lists with string literals: a small table keyed by the
 * two pointers finds a list again without hashing or locking. Entries
 * are written once, under the lock, the list pointer last. */
#define POINTER_CACHE_SIZE 1024
#define POINTER_CACHE_PROBES 8

typedef struct
{
  const char *group;
  const char *key;
  PlLexList *list;
} CacheEntry;

static CacheEntry pointer_cache[POINTER_CACHE_SIZE];

static guint
pointer_slot (const char *group,
              const char *key)
{
  guintptr h = ((guintptr) group * 31u) ^ ((guintptr) key * 17u);

  return (guint) ((h >> 4) % POINTER_CACHE_SIZE);
}

static PlLexList *
list_by_name (const char *group,
              const char *key)
{
  g_autofree char *name = g_strconcat (group, "/", key, NULL);
  PlLexList *list;

  ensure_loaded ();
  list = g_hash_table_lookup (lists, name);
  if (list == NULL)
    {
      g_auto (GStrv) items = g_key_file_get_string_list (keyfile, group, key, NULL, NULL);

      list = list_new (items);
      g_hash_table_insert (lists, g_steal_pointer (&name), list);
    }
  return list;
}

/**
 * pl_lexicon_list:
 * @group: a [group] of the lexicon
 * @key: a key of it
 *
 * Returns: (transfer none): the list, parsed once and kept for the
 *   process; empty when the lexicon has no such key
 */
const PlLexList *
pl_lexicon_list (const char *group,
                 const char *key)
{
  guint base = pointer_slot (group, key);
  PlLexList *list;

  /* Open addressing: a slot, once filled, never changes, so a reader
   * that sees its list sees its names too. */
  for (guint probe = 0; probe < POINTER_CACHE_PROBES; probe++)
    {
      CacheEntry *slot = &pointer_cache[(base + probe) % POINTER_CACHE_SIZE];

      list = g_atomic_pointer_get (&slot->list);
      if (list == NULL)
        break;
      if (slot->group == group && slot->key == key)
        return list;
    }

  g_mutex_lock (&lock);
  list = list_by_name (group, key);
  for (guint probe = 0; probe < POINTER_CACHE_PROBES; probe++)
    {
      CacheEntry *slot = &pointer_cache[(base + probe) % POINTER_CACHE_SIZE];

      if (g_atomic_pointer_get (&slot->list) == NULL)
        {
          slot->group = group;
          slot->key = key;
          g_atomic_pointer_set (&slot->list, list);
          break;
        }
      if (slot->group == group && slot->key == key)
        break;
    }
  g_mutex_unlock (&lock);
  return list;
}

guint
pl_lex_list_get_size (const PlLexList *list)
{
  return list->entries->len;
}

const PlLexEntry *
pl_lex_list_get (const PlLexList *list,
                 guint index)
{
  return g_ptr_array_index (list->entries, index);
}

static gboolean
word_matches (const PlLexEntry *entry,
              guint i,
              const char *word)
{
  if (entry->prefix && i == entry->n_words - 1)
    return g_str_has_prefix (word, entry->words[i]);
  return strcmp (word, entry->words[i]) == 0;
}

/**
 * pl_lex_list_match:
 * @words: lower-case words from a text
 * @n_words: how many there are
 * @out_length: (out) (optional): how many words the match covers
 *
 * Finds the longest entry of @list that the text starts with.
 *
 * Returns: (transfer none) (nullable): the entry, or %NULL
 */
const PlLexEntry *
pl_lex_list_match (const PlLexList *list,
                   char *const *words,
                   guint n_words,
                   guint *out_length)
{
  GPtrArray *same, *prefixes;
  guint key;

  if (n_words == 0)
    return NULL;
  key = word_key (words[0]);
  same = list->first_keys[key / 64] & (G_GUINT64_CONSTANT (1) << (key % 64))
             ? g_hash_table_lookup (list->by_word, words[0])
             : NULL;
  for (guint i = 0; same != NULL && i < same->len; i++)
    {
      const PlLexEntry *entry = g_ptr_array_index (same, i);
      guint w;

      for (w = 0; w < entry->n_words && w < n_words && word_matches (entry, w, words[w]); w++)
        ;
      if (w == entry->n_words)
        {
          if (out_length != NULL)
            *out_length = w;
          return entry;
        }
    }
  prefixes = list->prefixes[(guchar) words[0][0]];
  for (guint i = 0; prefixes != NULL && i < prefixes->len; i++)
    {
      const PlLexEntry *entry = g_ptr_array_index (prefixes, i);

      if (g_str_has_prefix (words[0], entry->words[0]))
        {
          if (out_length != NULL)
            *out_length = 1;
          return entry;
        }
    }
  return NULL;
}

/**
 * pl_lex_list_lookup:
 * @word: one lower-case word
 *
 * Returns: (transfer none) (nullable): the one-word entry matching @word
 */
const PlLexEntry *
pl_lex_list_lookup (const PlLexList *list,
                    const char *word)
{
  char *words[] = { (char *) word };
  guint length;
  const PlLexEntry *entry = pl_lex_list_match (list, words, 1, &length);

  return entry != NULL && entry->n_words == 1 ? entry : NULL;
}

/**
 * pl_lexicon_get_strings:
 *
 * Returns: (transfer none) (array zero-terminated=1): the raw entries of
 *   a key, for lists whose entries have their own syntax; kept for the
 *   process
 */
const char *const *
pl_lexicon_get_strings (const char *group,
                        const char *key)
{
  static GHashTable *raw; /* "group/key" → owned GStrv */
  g_autofree char *name = g_strconcat (group, "/", key, NULL);
  char **strings;

  g_mutex_lock (&lock);
  ensure_loaded ();
  if (raw == NULL)
    raw = g_hash_table_new (g_str_hash, g_str_equal);
  strings = g_hash_table_lookup (raw, name);
  if (strings == NULL)
    {
      strings = g_key_file_get_string_list (keyfile, group, key, NULL, NULL);
      if (strings == NULL)
        strings = g_new0 (char *, 1);
      for (guint i = 0; strings[i] != NULL; i++)
        g_strstrip (strings[i]);
      g_hash_table_insert (raw, g_steal_pointer (&name), strings);
    }
  g_mutex_unlock (&lock);
  return (const char *const *) strings;
}
