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
  g_autofree char *valid = _pl_sanitize_text (text ? text : "", length);
  GString *out = g_string_sized_new (strlen (valid));
  gboolean pending_space = FALSE;

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_invisible (c))
        continue;
      if (is_space (c))
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
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
  g_autofree char *clean = pl_text_normalize_space (text, length);
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
  self->length += (guint) g_utf8_strlen (clean, -1);
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
