/* pl-article.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlArticle"

#include "config.h"

#include "pl-article.h"

#include <string.h>

#include "pl-item-private.h"

PlArticle *
pl_article_new (void)
{
  PlArticle *self = g_new0 (PlArticle, 1);

  self->text = g_string_new (NULL);
  self->blocks = g_array_new (FALSE, FALSE, sizeof (PlBlock));
  return self;
}

void
pl_article_free (PlArticle *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->byline);
  g_free (self->site);
  g_free (self->language);
  g_free (self->url);
  g_free (self->file);
  g_string_free (self->text, TRUE);
  g_array_unref (self->blocks);
  g_free (self);
}

/* Spaces of every kind, including no-break and ideographic spaces. */
static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x3000 ||
         g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR;
}

/* Characters that take no room and only get in the way of matching. */
static gboolean
is_invisible (gunichar c)
{
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

/* Eight bytes at a time: every byte of these is 0x01, 0x80. */
#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
load_word (const char *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return word;
}

/* Whether all bytes of @word are from 0x20 to 0x7F. */
static inline gboolean
word_is_printable (guint64 word)
{
  return ((((word - ONES * 0x20) & ~word) | word) & HIGHS) == 0;
}

/* Whether @text needs no sanitizing: printable ASCII, tabs and line
 * breaks only. */
static gboolean
is_plain_ascii (const char *text,
                gsize length)
{
  gsize i = 0;

  while (i + 8 <= length && word_is_printable (load_word (text + i)))
    i += 8;
  for (; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
        return FALSE;
    }
  return TRUE;
}

/* pl_text_normalize_space(), counting the characters of the result in
 * @n_chars as it goes. */
static char *
normalize_space (const char *text,
                 gssize length,
                 guint *n_chars)
{
  g_autofree char *valid = NULL;
  const char *p, *end;
  gsize n = text != NULL && length < 0 ? strlen (text) : (gsize) MAX (length, 0);
  gboolean last_space = TRUE; /* nothing written yet: no space may lead */
  guint chars = 0;
  char *out, *o;

  /* Most text is plain ASCII, which sanitizing would only copy. */
  if (text == NULL || !is_plain_ascii (text, n))
    {
      valid = _pl_sanitize_text (text ? text : "", length);
      text = valid;
      n = strlen (valid);
    }
  /* The text only shrinks: characters are copied as they are, since
   * valid UTF-8 has one encoding per character. A space is written after
   * anything but a space, and taken back at the end. */
  out = o = g_malloc (n + 1);
  p = text;
  end = text + n;
  while (p < end)
    {
      guchar c = (guchar) *p;
      const char *next;

      if (c < 0x80 && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r'))
        {
          /* Printable ASCII, without branching on whether it is a space */
          gboolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
          gboolean written = !(space && last_space);

          *o = space ? ' ' : (char) c;
          o += written;
          chars += written;
          last_space = space;
          p++;
          continue;
        }
      next = g_utf8_next_char (p);
      {
        gunichar u = g_utf8_get_char (p);

        if (is_invisible (u))
          ;
        else if (is_space (u))
          {
            if (!last_space)
              {
                *o++ = ' ';
                chars++;
              }
            last_space = TRUE;
          }
        else
          {
            memcpy (o, p, (gsize) (next - p));
            o += next - p;
            chars++;
            last_space = FALSE;
          }
      }
      p = next;
    }
  if (last_space && o > out)
    {
      o--;
      chars--;
    }
  *o = '\0';
  *n_chars = chars;
  return out;
}

/**
 * pl_text_normalize_space:
 * @text: UTF-8 text, possibly invalid
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Makes @text one clean line: valid UTF-8, every run of white space one
 * ASCII space, none at either end, invisible characters (zero-width
 * spaces, soft hyphens, byte-order marks) removed.
 *
 * Returns: (transfer full): the normalized text, possibly empty
 */
char *
pl_text_normalize_space (const char *text,
                         gssize length)
{
  guint n_chars;

  return normalize_space (text, length, &n_chars);
}

/**
 * pl_article_set_field:
 * @field: a metadata field of a #PlArticle
 * @value: (nullable): the new value
 *
 * Stores @value with its white space normalized; a blank value clears the
 * field.
 */
void
pl_article_set_field (char **field,
                      const char *value)
{
  char *clean = value ? pl_text_normalize_space (value, -1) : NULL;

  g_free (*field);
  *field = clean && *clean ? clean : NULL;
  if (*field == NULL)
    g_free (clean);
}

/**
 * pl_article_add_block:
 * @kind: what the block is
 * @level: a heading's level (1–6) or a list item's depth (from 1); else 0
 * @text: the block's text
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Appends a block to the article's text. White space is normalized; a
 * block left empty is dropped. Blocks are separated by a blank line,
 * consecutive list items by a line break.
 */
void
pl_article_add_block (PlArticle *self,
                      PlBlockKind kind,
                      guint level,
                      const char *text,
                      gssize length)
{
  guint n_chars;
  g_autofree char *clean = normalize_space (text, length, &n_chars);
  PlBlock block = { kind, level, 0, 0 };

  g_return_if_fail (self != NULL);
  if (*clean == '\0')
    return;

  if (self->blocks->len > 0)
    {
      const PlBlock *last = &g_array_index (self->blocks, PlBlock, self->blocks->len - 1);
      const char *separator =
          kind == PL_BLOCK_LIST_ITEM && last->kind == PL_BLOCK_LIST_ITEM ? "\n" : "\n\n";

      g_string_append (self->text, separator);
      self->length += (guint) strlen (separator);
    }
  block.start = self->length;
  g_string_append (self->text, clean);
  self->length += n_chars;
  block.end = self->length;
  g_array_append_val (self->blocks, block);
}

const char *
pl_article_get_text (PlArticle *self)
{
  return self->text->str;
}

/**
 * pl_article_get_length:
 *
 * Returns: the length of the text in characters
 */
guint
pl_article_get_length (PlArticle *self)
{
  return self->length;
}

const PlBlock *
pl_article_get_blocks (PlArticle *self,
                       guint *n_blocks)
{
  *n_blocks = self->blocks->len;
  return (const PlBlock *) (gpointer) self->blocks->data;
}

/**
 * pl_article_to_source:
 *
 * Returns: (transfer full): a source with the article's metadata, text and
 *   blocks, without an id
 */
PlSource *
pl_article_to_source (PlArticle *self)
{
  PlSource *source = pl_source_new ();

  pl_source_set_title (source, self->title);
  pl_source_set_byline (source, self->byline);
  pl_source_set_published (source, &self->published);
  pl_source_set_site (source, self->site);
  pl_source_set_url (source, self->url);
  pl_source_set_file (source, self->file);
  {
    g_autofree char *language = pl_language_tag_normalize (self->language);
    pl_source_set_language (source, language);
  }
  pl_source_set_text (source, self->text->str);
  pl_source_set_blocks (source, (const PlBlock *) (gpointer) self->blocks->data, self->blocks->len);
  return source;
}
