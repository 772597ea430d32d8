/* pl-lexicon.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlLexEntry:
 * @words: the entry's words, lower case
 * @n_words: how many
 * @prefix: whether the last word matches any word it begins
 * @value: the number after ":", or 0
 * @tag: the text after ":" when it is not a number, or %NULL
 *
 * One entry of a lexicon list: a word or phrase, optionally with a value.
 */
typedef struct
{
  char **words;
  guint n_words;
  gboolean prefix;
  int value;
  char *tag;
} PlLexEntry;

typedef struct _PlLexList PlLexList;

const PlLexList *pl_lexicon_list (const char *group,
                                  const char *key);
const char *const *pl_lexicon_get_strings (const char *group,
                                           const char *key);
guint pl_lex_list_get_size (const PlLexList *list);
const PlLexEntry *pl_lex_list_get (const PlLexList *list,
                                   guint index);
const PlLexEntry *pl_lex_list_match (const PlLexList *list,
                                     char *const *words,
                                     guint n_words,
                                     guint *out_length);
const PlLexEntry *pl_lex_list_lookup (const PlLexList *list,
                                      const char *word);

G_END_DECLS
