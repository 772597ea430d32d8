/* pl-file-types.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlFileTypes"

#include "config.h"

#include "pl-file-types.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-format.h"

typedef struct
{
  const char *name;      /* translatable */
  const char *mime_type; /* nullable */
  const char *const *suffixes;
} FileKind;

static const char *const briefing_suffixes[] = { "phaseline", NULL };
static const char *const page_suffixes[] = { "html", "htm", "xhtml", NULL };
static const char *const text_suffixes[] = { "txt", "text", "md", NULL };
static const char *const feed_suffixes[] = { "xml", "rss", "atom", "rdf", NULL };

static const FileKind kinds[] = {
  { N_ ("Phaseline briefings"), PL_FORMAT_MIME_TYPE, briefing_suffixes },
  { N_ ("Web pages"), NULL, page_suffixes },
  { N_ ("Plain text"), NULL, text_suffixes },
  { N_ ("Feeds (RSS, Atom)"), NULL, feed_suffixes },
};

static void
add_kind (GtkFileFilter *filter,
          const FileKind *kind)
{
  for (guint i = 0; kind->suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, kind->suffixes[i]);
  if (kind->mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, kind->mime_type);
}

static void
add_filter (GtkFileChooser *chooser,
            GtkFileFilter *filter,
            const char *name)
{
  gtk_file_filter_set_name (filter, name);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * pl_file_types_add_open_filters:
 *
 * Adds “All supported files” (selected), one filter per kind and “All
 * files” to @chooser.
 */
void
pl_file_types_add_open_filters (GtkFileChooser *chooser)
{
  g_autoptr (GtkFileFilter) supported = gtk_file_filter_new ();
  g_autoptr (GtkFileFilter) all_files = gtk_file_filter_new ();

  g_return_if_fail (GTK_IS_FILE_CHOOSER (chooser));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    add_kind (supported, &kinds[i]);
  add_filter (chooser, supported, _ ("All supported files"));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();

      add_kind (filter, &kinds[i]);
      add_filter (chooser, filter, _ (kinds[i].name));
    }

  gtk_file_filter_add_pattern (all_files, "*");
  add_filter (chooser, all_files, _ ("All files"));
  gtk_file_chooser_set_filter (chooser, supported);
}

static gboolean
has_suffix (const char *name,
            const char *const *suffixes)
{
  const char *dot = strrchr (name, '.');
  g_autofree char *lower = NULL;

  if (dot == NULL || dot == name || dot[1] == '\0')
    return FALSE;
  lower = g_ascii_strdown (dot + 1, -1);
  return g_strv_contains (suffixes, lower);
}

/**
 * pl_file_types_is_supported:
 * @name: a file name or URI
 *
 * Returns: whether @name ends in an extension of a kind Phaseline opens
 */
gboolean
pl_file_types_is_supported (const char *name)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (has_suffix (name, kinds[i].suffixes))
      return TRUE;
  return FALSE;
}

/**
 * pl_file_types_is_briefing:
 *
 * Returns: whether @file is named as a Phaseline briefing (.phaseline),
 *   the only kind Save may write back to
 */
gboolean
pl_file_types_is_briefing (GFile *file)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  name = g_file_get_basename (file);
  return name != NULL && has_suffix (name, briefing_suffixes);
}

/**
 * pl_file_types_dup_mime_type:
 *
 * Returns: (transfer full): the MIME type of @file as guessed from its
 *   name: application/x-phaseline for a briefing
 */
char *
pl_file_types_dup_mime_type (GFile *file)
{
  g_autofree char *name = NULL;
  g_autofree char *content_type = NULL;
  char *mime_type;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (pl_file_types_is_briefing (file))
    return g_strdup (PL_FORMAT_MIME_TYPE);

  name = g_file_get_basename (file);
  content_type = g_content_type_guess (name, NULL, 0, NULL);
  mime_type = g_content_type_get_mime_type (content_type);
  return mime_type != NULL ? mime_type : g_strdup ("application/octet-stream");
}
