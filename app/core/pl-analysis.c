/* pl-analysis.c: cutting a source's text into tokens and sentences.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlAnalysis"

#include "config.h"

#include "pl-analysis.h"

#include <string.h>

/* Most text is ASCII: these look up GLib's Unicode tables only beyond
 * it, with the same answers. */
static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
}

static inline gboolean
is_word_char (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' : g_unichar_isspace (c);
}

/* Apostrophes, hyphens and dots inside a word keep it one token:
 * "Gaza's", "de-escalation", "U.S", "1.64". */
static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == '.' || c == ',';
}

typedef struct
{
  const char *text;
  const char *p;
  guint chars;
} Cursor;

static void
advance (Cursor *c)
{
  c->p = g_utf8_next_char (c->p);
  c->chars++;
}

/* The lower-case form of a token, kept in the analysis's string chunk: a
 * text has tens of thousands of tokens, and one allocation each shows. */
static char *
lower_case (PlAnalysis *self,
            const char *start,
            gsize length)
{
  g_autofree char *folded = NULL;
  char buffer[64];
  gboolean ascii = length < sizeof buffer;

  for (gsize i = 0; ascii && i < length; i++)
    {
      ascii = (guchar) start[i] < 0x80;
      buffer[i] = start[i] >= 'A' && start[i] <= 'Z' ? (char) (start[i] - 'A' + 'a') : start[i];
    }
  if (ascii)
    return g_string_chunk_insert_len (self->strings, buffer, (gssize) length);

  folded = g_utf8_strdown (start, (gssize) length);
  /* Curly apostrophes match the lexicon's straight ones. */
  for (char *q = strstr (folded, "’"); q != NULL; q = strstr (q, "’"))
    {
      memmove (q + 1, q + 3, strlen (q + 3) + 1);
      *q = '\'';
    }
  return g_string_chunk_insert (self->strings, folded);
}

static void
add_token (PlAnalysis *self,
           const Cursor *from,
           const Cursor *to,
           gboolean is_word)
{
  PlToken token = { 0 };
  gunichar first = char_at (from->p);

  token.start = (guint) (from->p - self->text);
  token.end = (guint) (to->p - self->text);
  token.char_start = from->chars;
  token.char_end = to->chars;
  token.is_word = is_word;
  token.capitalized = first < 0x80 ? first >= 'A' && first <= 'Z' : g_unichar_isupper (first);
  token.lower = lower_case (self, from->p, (gsize) (to->p - from->p));
  g_array_append_val (self->tokens, token);
  g_ptr_array_add (self->words, token.lower);
}

static void
tokenize (PlAnalysis *self)
{
  Cursor c = { self->text, self->text, 0 };

  while (*c.p)
    {
      gunichar ch = char_at (c.p);
      Cursor start = c;

      if (is_space (ch))
        {
          advance (&c);
          continue;
        }
      if (!is_word_char (ch))
        {
          advance (&c);
          add_token (self, &start, &c, FALSE);
          continue;
        }
      while (*c.p)
        {
          gunichar here = char_at (c.p);

          if (is_word_char (here))
            advance (&c);
          else if (is_joiner (here) && is_word_char (char_at (g_utf8_next_char (c.p))) &&
                   !(here == ',' && !g_unichar_isdigit (char_at (g_utf8_prev_char (c.p)))))
            advance (&c);
          else
            break;
        }
      add_token (self, &start, &c, TRUE);
    }
}

static gboolean
is_closing (const char *lower)
{
  return strcmp (lower, "\"") == 0 || strcmp (lower, "”") == 0 || strcmp (lower, "’") == 0 ||
         strcmp (lower, ")") == 0 || strcmp (lower, "'") == 0 || strcmp (lower, "]") == 0;
}

/* Whether token @i closes what comes before it. A straight quote after a
 * space opens the next sentence instead: 'he said. "We will' */
static gboolean
closes_at (PlAnalysis *self,
           guint i)
{
  PlToken *t = PL_TOKEN (self, i);

  if (!is_closing (t->lower))
    return FALSE;
  if (i > 0 && (strcmp (t->lower, "\"") == 0 || strcmp (t->lower, "'") == 0))
    return PL_TOKEN (self, i - 1)->end == t->start;
  return TRUE;
}

/* "j", "é" or "p.j": single letters joined by dots. */
static gboolean
is_initials (const char *lower)
{
  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (*p != '.' && *next != '\0' && *next != '.')
        return FALSE;
    }
  return *lower != '\0';
}

/* Whether a sentence ends at token @i, a ".", "!", "?" or "…". */
static gboolean
ends_sentence_at (PlAnalysis *self,
                  guint i,
                  const PlLexList *abbreviations)
{
  PlToken *t = PL_TOKEN (self, i);
  PlToken *before = i > 0 ? PL_TOKEN (self, i - 1) : NULL;
  guint next = i + 1;

  if (strcmp (t->lower, ".") != 0 && strcmp (t->lower, "!") != 0 && strcmp (t->lower, "?") != 0 &&
      strcmp (t->lower, "…") != 0)
    return FALSE;
  while (next < self->tokens->len && closes_at (self, next))
    next++;
  if (next >= self->tokens->len)
    return TRUE;
  if (strcmp (t->lower, ".") == 0 && before != NULL && before->end == t->start && before->is_word)
    {
      /* "Mr.", "U.S." and initials such as "J." or "P.J." do not end a
       * sentence. */
      if (pl_lex_list_lookup (abbreviations, before->lower) != NULL)
        return FALSE;
      if (before->capitalized && is_initials (before->lower))
        return FALSE;
    }
  /* The next sentence starts with a capital, a digit or an opening quote. */
  {
    PlToken *n = PL_TOKEN (self, next);
    gunichar c = g_utf8_get_char (self->text + n->start);

    return n->capitalized || g_unichar_isdigit (c) || c == '"' || c == 0x201C || c == '(' ||
           !n->is_word;
  }
}

typedef struct
{
  guint start; /* bytes */
  guint end;
  PlBlockKind kind;
} ByteBlock;

/* Block boundaries in bytes; a source without blocks is cut at blank lines. */
static GArray *
byte_blocks (PlAnalysis *self)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (ByteBlock));
  guint n_blocks;
  const PlBlock *src = pl_source_get_blocks (self->source, &n_blocks);

  if (n_blocks > 0)
    {
      /* Blocks come in order: walk the text once, not once per block. */
      const char *at = self->text;
      guint at_char = 0;

      for (guint i = 0; i < n_blocks; i++)
        {
          const char *start, *end;
          ByteBlock b;

          if (src[i].start < at_char)
            at = self->text, at_char = 0;
          start = g_utf8_offset_to_pointer (at, src[i].start - at_char);
          end = g_utf8_offset_to_pointer (start, src[i].end - src[i].start);
          b = (ByteBlock){ (guint) (start - self->text), (guint) (end - self->text), src[i].kind };
          g_array_append_val (blocks, b);
          at = end;
          at_char = src[i].end;
        }
      return blocks;
    }
  for (const char *p = self->text; *p;)
    {
      const char *gap = strstr (p, "\n\n");
      ByteBlock b = { (guint) (p - self->text), 0, PL_BLOCK_PARAGRAPH };

      b.end = gap ? (guint) (gap - self->text) : (guint) strlen (self->text);
      g_array_append_val (blocks, b);
      if (gap == NULL)
        break;
      p = gap + 2;
    }
  return blocks;
}

static void
add_sentence (PlAnalysis *self,
              guint first,
              guint last,
              guint block,
              PlBlockKind kind)
{
  PlSentence s = { first, last - first + 1, PL_TOKEN (self, first)->start,
                   PL_TOKEN (self, last)->end, block, kind };

  g_array_append_val (self->sentences, s);
}

static void
split_sentences (PlAnalysis *self)
{
  const PlLexList *abbreviations = pl_lexicon_list ("sentences", "abbreviations");
  g_autoptr (GArray) blocks = byte_blocks (self);
  guint t = 0;

  for (guint b = 0; b < blocks->len; b++)
    {
      ByteBlock *block = &g_array_index (blocks, ByteBlock, b);
      guint first;

      while (t < self->tokens->len && PL_TOKEN (self, t)->start < block->start)
        t++;
      first = t;
      for (; t < self->tokens->len && PL_TOKEN (self, t)->start < block->end; t++)
        {
          if (!ends_sentence_at (self, t, abbreviations))
            continue;
          while (t + 1 < self->tokens->len && PL_TOKEN (self, t + 1)->start < block->end &&
                 closes_at (self, t + 1))
            t++;
          add_sentence (self, first, t, b, block->kind);
          first = t + 1;
        }
      if (first < t)
        add_sentence (self, first, t - 1, b, block->kind);
    }
  self->blocks = g_steal_pointer (&blocks);
}

/* Marks the words between quotation marks. A quote may run over several
 * sentences but not past its paragraph; straight quotes open and close in
 * turn. */
static void
mark_quotes (PlAnalysis *self)
{
  gboolean open = FALSE;
  guint block = G_MAXUINT;

  for (guint s = 0; s < self->sentences->len; s++)
    {
      PlSentence *sentence = PL_SENTENCE (self, s);

      if (sentence->block != block)
        open = FALSE, block = sentence->block;
      for (guint t = sentence->first; t < sentence->first + sentence->n_tokens; t++)
        {
          PlToken *token = PL_TOKEN (self, t);

          if (!token->is_word && (strcmp (token->lower, "“") == 0 ||
                                  (strcmp (token->lower, "\"") == 0 && !open)))
            open = TRUE;
          else if (!token->is_word && (strcmp (token->lower, "”") == 0 || strcmp (token->lower, "\"") == 0))
            open = FALSE;
          else
            token->quoted = open;
        }
    }
}

/**
 * pl_analysis_new:
 *
 * Returns: (transfer full): the analysis of @source's text
 */
PlAnalysis *
pl_analysis_new (PlSource *source)
{
  PlAnalysis *self = g_new0 (PlAnalysis, 1);

  self->source = g_object_ref (source);
  self->text = pl_source_get_text (source) ? pl_source_get_text (source) : "";
  self->tokens = g_array_new (FALSE, FALSE, sizeof (PlToken));
  self->sentences = g_array_new (FALSE, FALSE, sizeof (PlSentence));
  self->words = g_ptr_array_new ();
  self->strings = g_string_chunk_new (4096);
  tokenize (self);
  split_sentences (self);
  mark_quotes (self);
  return self;
}

void
pl_analysis_free (PlAnalysis *self)
{
  if (self == NULL)
    return;
  g_string_chunk_free (self->strings);
  g_array_unref (self->tokens);
  g_array_unref (self->sentences);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_ptr_array_unref (self->words);
  g_object_unref (self->source);
  g_free (self);
}

/**
 * pl_analysis_match:
 * @token: where to start matching
 * @end: the first token not to match (the end of the sentence)
 * @out_length: (out) (optional): tokens matched
 *
 * Returns: (nullable): the longest entry of @list the tokens start with
 */
const PlLexEntry *
pl_analysis_match (PlAnalysis *self,
                   const PlLexList *list,
                   guint token,
                   guint end,
                   guint *out_length)
{
  if (token >= end || !PL_TOKEN (self, token)->is_word)
    return NULL;
  return pl_lex_list_match (list, (char *const *) self->words->pdata + token, end - token,
                            out_length);
}

/**
 * pl_analysis_dup_span:
 *
 * Returns: (transfer full): the text from the first token to before
 *   @end_token, as written
 */
char *
pl_analysis_dup_span (PlAnalysis *self,
                      guint first_token,
                      guint end_token)
{
  guint start, end;

  if (end_token <= first_token)
    return g_strdup ("");
  start = PL_TOKEN (self, first_token)->start;
  end = PL_TOKEN (self, end_token - 1)->end;
  return g_strndup (self->text + start, end - start);
}

char *
pl_analysis_dup_sentence (PlAnalysis *self,
                          const PlSentence *sentence)
{
  return g_strndup (self->text + sentence->start, sentence->end - sentence->start);
}

/**
 * pl_analysis_is_punct:
 * @chars: punctuation characters, UTF-8
 *
 * Returns: whether the token is one of @chars
 */
gboolean
pl_analysis_is_punct (PlAnalysis *self,
                      guint token,
                      const char *chars)
{
  PlToken *t = PL_TOKEN (self, token);

  return !t->is_word && strstr (chars, t->lower) != NULL;
}
