/* pl-source.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSource"

#include "config.h"

#include "pl-source.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-enum-types.h"
#include "pl-item-private.h"

struct _PlSource
{
  PlItem parent_instance;

  char *title;  /* owned */
  char *byline; /* owned */
  PlDate published;
  char *site;     /* owned */
  char *url;      /* owned */
  char *file;     /* owned */
  char *language; /* owned */
  char *text;     /* owned */

  GArray *blocks; /* owned, of PlBlock */

  guint length;            /* characters in text */
  const char **char_index; /* owned array: a pointer into text every 256 characters */
};

G_DEFINE_FINAL_TYPE (PlSource, pl_source, PL_TYPE_ITEM)

enum
{
  FIELD_TITLE,
  FIELD_BYLINE,
  FIELD_PUBLISHED,
  FIELD_SITE,
  FIELD_URL,
  FIELD_FILE,
  FIELD_LANGUAGE,
  FIELD_TEXT,
  N_FIELDS
};

/**
 * pl_language_tag_is_valid:
 *
 * Returns: whether @text is a BCP 47 tag in the form XML Schema's
 *   "language" type allows: 1–8 letters, then parts of 1–8 letters or
 *   digits after hyphens
 */
gboolean
pl_language_tag_is_valid (const char *text)
{
  guint run = 0;
  gboolean first = TRUE;

  for (const char *p = text;; p++)
    {
      if (*p == '-' || *p == '\0')
        {
          if (run == 0)
            return FALSE;
          if (*p == '\0')
            return TRUE;
          run = 0;
          first = FALSE;
        }
      else if (g_ascii_isalpha (*p) || (!first && g_ascii_isdigit (*p)))
        {
          if (++run > 8)
            return FALSE;
        }
      else
        return FALSE;
    }
}

static const PlField fields[N_FIELDS] = {
  [FIELD_TITLE] = { "title", PL_FIELD_STRING, G_STRUCT_OFFSET (PlSource, title), .is_label = TRUE },
  [FIELD_BYLINE] = { "byline", PL_FIELD_STRING, G_STRUCT_OFFSET (PlSource, byline) },
  [FIELD_PUBLISHED] = { "published", PL_FIELD_DATE, G_STRUCT_OFFSET (PlSource, published) },
  [FIELD_SITE] = { "site", PL_FIELD_STRING, G_STRUCT_OFFSET (PlSource, site) },
  [FIELD_URL] = { "url", PL_FIELD_STRING, G_STRUCT_OFFSET (PlSource, url) },
  [FIELD_FILE] = { "file", PL_FIELD_STRING, G_STRUCT_OFFSET (PlSource, file) },
  [FIELD_LANGUAGE] = { "language", PL_FIELD_STRING, G_STRUCT_OFFSET (PlSource, language),
                       .is_valid = pl_language_tag_is_valid,
                       .expected = N_ ("a language tag such as en, ar or pt-BR") },
  [FIELD_TEXT] = { "text", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlSource, text), .required = TRUE },
};

#define INDEX_STRIDE 256

/* Offsets are in characters, so finding one means walking UTF-8. A sparse
 * index keeps every excerpt O(stride) instead of O(text). */
static void
text_changed_cb (PlSource *self)
{
  const char *p = self->text;
  guint n = 0;

  g_clear_pointer (&self->char_index, g_free);
  self->length = 0;
  if (p == NULL)
    return;

  self->length = (guint) g_utf8_strlen (p, -1);
  self->char_index = g_new (const char *, self->length / INDEX_STRIDE + 1);
  for (guint i = 0; i <= self->length / INDEX_STRIDE; i++)
    {
      self->char_index[i] = p;
      for (n = 0; n < INDEX_STRIDE && *p; n++)
        p = g_utf8_next_char (p);
    }
}

static const char *
offset_to_pointer (PlSource *self,
                   guint offset)
{
  offset = MIN (offset, self->length);
  return g_utf8_offset_to_pointer (self->char_index[offset / INDEX_STRIDE], offset % INDEX_STRIDE);
}

static void
pl_source_finalize (GObject *object)
{
  g_free (PL_SOURCE (object)->char_index);
  g_clear_pointer (&PL_SOURCE (object)->blocks, g_array_unref);
  G_OBJECT_CLASS (pl_source_parent_class)->finalize (object);
}

static void
pl_source_class_init (PlSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pl_source_finalize;
  _pl_item_class_install_fields (PL_ITEM_CLASS (klass), "source", "s", fields, N_FIELDS);
}

static void
pl_source_init (PlSource *self)
{
  self->blocks = g_array_new (FALSE, FALSE, sizeof (PlBlock));
  g_signal_connect (self, "notify::text", G_CALLBACK (text_changed_cb), NULL);
}

PlSource *
pl_source_new (void)
{
  return g_object_new (PL_TYPE_SOURCE, NULL);
}

const char *
pl_source_get_title (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->title;
}

void
pl_source_set_title (PlSource *self,
                     const char *title)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_TITLE, title);
}

const char *
pl_source_get_byline (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->byline;
}

void
pl_source_set_byline (PlSource *self,
                      const char *byline)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_BYLINE, byline);
}

const PlDate *
pl_source_get_published (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return &self->published;
}

void
pl_source_set_published (PlSource *self,
                         const PlDate *published)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_date (PL_ITEM (self), FIELD_PUBLISHED, published);
}

const char *
pl_source_get_site (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->site;
}

void
pl_source_set_site (PlSource *self,
                    const char *site)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_SITE, site);
}

const char *
pl_source_get_url (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->url;
}

void
pl_source_set_url (PlSource *self,
                   const char *url)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_URL, url);
}

const char *
pl_source_get_file (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->file;
}

void
pl_source_set_file (PlSource *self,
                    const char *file)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_FILE, file);
}

const char *
pl_source_get_language (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->language;
}

void
pl_source_set_language (PlSource *self,
                        const char *language)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_LANGUAGE, language);
}

const char *
pl_source_get_text (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  return self->text;
}

void
pl_source_set_text (PlSource *self,
                    const char *text)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_TEXT, text);
}

/**
 * pl_source_get_length:
 *
 * Returns: the length of the text in characters, the unit of evidence offsets
 */
guint
pl_source_get_length (PlSource *self)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), 0);
  return self->length;
}

/**
 * pl_source_dup_excerpt:
 * @start: offset of the first character
 * @end: offset past the last character
 *
 * Offsets past the end of the text are clamped to it.
 *
 * Returns: (transfer full): the text between @start and @end
 */
char *
pl_source_dup_excerpt (PlSource *self,
                       guint start,
                       guint end)
{
  const char *from, *to;

  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  if (self->text == NULL || start >= end)
    return g_strdup ("");

  from = offset_to_pointer (self, start);
  to = offset_to_pointer (self, end);
  return g_strndup (from, (gsize) (to - from));
}

/**
 * pl_source_get_blocks:
 * @n_blocks: (out): the number of blocks
 *
 * Returns: (transfer none) (array length=n_blocks): the blocks of the
 *   text, in order; none when the text's structure is unknown
 */
const PlBlock *
pl_source_get_blocks (PlSource *self,
                      guint *n_blocks)
{
  g_return_val_if_fail (PL_IS_SOURCE (self), NULL);
  *n_blocks = self->blocks->len;
  return (const PlBlock *) (gpointer) self->blocks->data;
}

/**
 * pl_source_set_blocks:
 * @blocks: (array length=n_blocks): blocks in text order
 *
 * Replaces the blocks. Blocks past the end of the text are clamped to it.
 */
void
pl_source_set_blocks (PlSource *self,
                      const PlBlock *blocks,
                      guint n_blocks)
{
  g_return_if_fail (PL_IS_SOURCE (self));
  g_return_if_fail (blocks != NULL || n_blocks == 0);

  g_array_set_size (self->blocks, 0);
  g_array_append_vals (self->blocks, blocks, n_blocks);
  pl_item_emit_changed (PL_ITEM (self));
}

/**
 * pl_language_tag_normalize:
 * @text: (nullable): a language as found in a page: "en", "en_US", " FR-fr "
 *
 * Returns: (transfer full) (nullable): a valid tag with the usual case
 *   ("en-US", "fr-FR"), or %NULL when @text is not a language tag
 */
char *
pl_language_tag_normalize (const char *text)
{
  g_autofree char *tag = NULL;
  g_auto (GStrv) parts = NULL;

  if (text == NULL)
    return NULL;
  tag = g_strstrip (g_strdelimit (g_strdup (text), "_", '-'));
  if (!pl_language_tag_is_valid (tag))
    return NULL;

  parts = g_strsplit (tag, "-", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *lower = g_ascii_strdown (parts[i], -1);
      char *part = i > 0 && strlen (lower) == 2 ? g_ascii_strup (lower, -1) : g_strdup (lower);

      g_free (lower);
      g_free (parts[i]);
      parts[i] = part;
    }
  return g_strjoinv ("-", parts);
}
