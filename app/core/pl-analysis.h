/* pl-analysis.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-lexicon.h"
#include "pl-source.h"

G_BEGIN_DECLS

/**
 * PlToken:
 * @start: byte offset of its first byte in the text
 * @end: byte offset past its last byte
 * @char_start: the same in characters
 * @char_end: the same in characters
 * @lower: the word in lower case; for punctuation, the character
 * @is_word: letters or digits (else punctuation)
 * @capitalized: begins with an upper-case letter
 * @quoted: inside quotation marks (the marks themselves are not)
 */
typedef struct
{
  guint start;
  guint end;
  guint char_start;
  guint char_end;
  char *lower;
  guint is_word : 1;
  guint capitalized : 1;
  guint quoted : 1;
} PlToken;

/**
 * PlSentence:
 * @first: index of its first token
 * @n_tokens: how many tokens it has
 * @start: byte offset of its start in the text
 * @end: byte offset past its end
 * @block: index of the block it is in
 * @kind: that block's kind
 */
typedef struct
{
  guint first;
  guint n_tokens;
  guint start;
  guint end;
  guint block;
  PlBlockKind kind;
} PlSentence;

/**
 * PlAnalysis:
 * @source: the source analysed
 * @text: its text
 * @tokens: (element-type PlToken): every token, in order
 * @sentences: (element-type PlSentence): every sentence, in order
 * @words: the lower-case form of every token, for lexicon matching
 *
 * A source's text cut into tokens and sentences, the ground the
 * extractors work on.
 */
typedef struct
{
  PlSource *source;
  const char *text;
  GArray *tokens;
  GArray *sentences;
  GPtrArray *words;
  GArray *blocks;

  /*< private >*/
  GStringChunk *strings;
} PlAnalysis;

PlAnalysis *pl_analysis_new (PlSource *source);
void pl_analysis_free (PlAnalysis *self);

#define PL_TOKEN(a, i) (&g_array_index ((a)->tokens, PlToken, (i)))
#define PL_SENTENCE(a, i) (&g_array_index ((a)->sentences, PlSentence, (i)))

const PlLexEntry *pl_analysis_match (PlAnalysis *self,
                                     const PlLexList *list,
                                     guint token,
                                     guint end,
                                     guint *out_length);
char *pl_analysis_dup_span (PlAnalysis *self,
                            guint first_token,
                            guint end_token);
char *pl_analysis_dup_sentence (PlAnalysis *self,
                                const PlSentence *sentence);
gboolean pl_analysis_is_punct (PlAnalysis *self,
                               guint token,
                               const char *chars);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlAnalysis, pl_analysis_free)

G_END_DECLS
