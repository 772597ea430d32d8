/* pl-loader.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlLoader"

#include "config.h"

#include "pl-loader.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-feed.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-html.h"
#include "pl-import.h"
#include "pl-text.h"
#include "pl-resources.h"

typedef enum
{
  KIND_TEXT,
  KIND_XML,
  KIND_BINARY,
} Kind;

/* Decides by content, not by name: a briefing renamed .txt still opens,
 * and a web page saved as .phaseline gets the right message. */
static Kind
sniff (const char *data,
       gsize length)
{
  gsize head = MIN (length, 4096);
  const guchar *p = (const guchar *) data;
  gsize i = 0;

  if (length >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    {
      /* UTF-16 with a byte order mark: XML if the first character is "<". */
      guint first = length < 4 ? 0 : p[0] == 0xFF ? p[2] | (p[3] << 8)
                                                  : (p[2] << 8) | p[3];
      return first == '<' ? KIND_XML : KIND_TEXT;
    }
  if (memchr (data, '\0', head) != NULL)
    return KIND_BINARY;
  if (length >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    i = 3;
  while (i < head && g_ascii_isspace (p[i]))
    i++;
  return i < length && p[i] == '<' ? KIND_XML : KIND_TEXT;
}

/* The local name of the first element, past the XML declaration,
 * comments, processing instructions and a DOCTYPE; "" when not found in
 * the first kilobytes. */
static char *
root_element_name (const char *data,
                   gsize length)
{
  const char *end = data + MIN (length, 65536);
  const char *p = data;

  while (p < end && (p = memchr (p, '<', (gsize) (end - p))) != NULL)
    {
      const char *name = p + 1, *stop;

      if (*name == '?' || *name == '!')
        {
          const char *close = g_strstr_len (name, end - name, *name == '!' && name[1] == '-' ? "-->" : ">");
          if (close == NULL)
            break;
          p = close;
          continue;
        }
      for (stop = name; stop < end && (g_ascii_isalnum (*stop) || *stop == ':' || *stop == '-' ||
                                       *stop == '_' || *stop == '.');
           stop++)
        ;
      if (stop > name)
        {
          const char *colon = memchr (name, ':', (gsize) (stop - name));
          return g_ascii_strdown (colon ? colon + 1 : name, stop - (colon ? colon + 1 : name));
        }
      p = name;
    }
  return g_strdup ("");
}

static void
fail_at (GPtrArray *diagnostics,
         GError **error,
         PlError code,
         PlXmlDoc *doc,
         xmlNode *node,
         const char *message)
{
  guint line, column;

  pl_xml_doc_position (doc, node, &line, &column);
  pl_diagnostics_fail (diagnostics, error, code, doc->file, line, column, message);
}

static PlBriefing *
load_xml (const char *data,
          gsize length,
          const char *display_name,
          GPtrArray *diagnostics,
          GError **error)
{
  g_autoptr (PlXmlDoc) doc = pl_xml_doc_parse (data, length, display_name, diagnostics, error);
  g_autofree char *message = NULL;
  xmlNode *root;

  if (doc == NULL)
    return NULL;
  if (pl_format_is_briefing (doc))
    return pl_format_read (doc, diagnostics, error);

  root = xmlDocGetRootElement (doc->doc);
  if (pl_xml_is_element (root, NULL, "briefing"))
    message = g_strdup_printf (_ ("<briefing> is not in Phaseline's namespace; a briefing starts "
                                  "with <briefing xmlns=\"%s\" version=\"%d\">"),
                               PL_FORMAT_NAMESPACE, PL_FORMAT_VERSION);
  else
    message = g_strdup_printf (_ ("is an XML document whose root element is <%s>, not a "
                                  "Phaseline briefing"),
                               root ? (const char *) root->name : "?");
  fail_at (diagnostics, error, PL_ERROR_UNSUPPORTED, doc, root, message);
  return NULL;
}

/* Names where the first NUL byte is, so that a text file with one stray
 * NUL can be mended. */
static void
fail_binary (const char *data,
             gsize length,
             const char *display_name,
             GPtrArray *diagnostics,
             GError **error)
{
  const char *nul = memchr (data, '\0', length);
  guint line = 1, column = 1;

  for (const char *p = data; p < nul; p++)
    if (*p == '\n')
      line++, column = 1;
    else if ((*p & 0xC0) != 0x80)
      column++;
  pl_diagnostics_fail (diagnostics, error, PL_ERROR_BINARY, display_name, line, column,
                       _ ("holds binary data (a NUL byte), not a Phaseline briefing"));
}

/* What reading one file gives: a briefing (a .phaseline file) or
 * articles to extract one from (a page, a text, a feed). */
typedef struct
{
  PlBriefing *briefing; /* owned, nullable */
  GPtrArray *articles;  /* owned, of PlArticle */
} Loaded;

static void
loaded_init (Loaded *loaded)
{
  loaded->briefing = NULL;
  loaded->articles = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_article_free);
}

static void
loaded_clear (Loaded *loaded)
{
  g_clear_object (&loaded->briefing);
  g_clear_pointer (&loaded->articles, g_ptr_array_unref);
}

static gboolean
add_article (Loaded *loaded,
             PlArticle *article,
             const char *display_name)
{
  g_autofree char *base = NULL;

  if (article == NULL)
    return FALSE;
  if (article->file == NULL)
    {
      base = g_path_get_basename (display_name);
      pl_article_set_field (&article->file, base);
    }
  g_ptr_array_add (loaded->articles, article);
  return TRUE;
}

static gboolean
add_feed (Loaded *loaded,
          const char *data,
          gsize length,
          const char *display_name,
          GPtrArray *diagnostics,
          GError **error)
{
  g_autoptr (GPtrArray) items = pl_feed_load (data, length, display_name, diagnostics, error);

  if (items == NULL)
    return FALSE;
  g_ptr_array_set_free_func (items, NULL);
  for (guint i = 0; i < items->len; i++)
    add_article (loaded, g_ptr_array_index (items, i), display_name);
  return TRUE;
}

/* Decides the kind from the contents and reads the file accordingly. */
static gboolean
read_data (const char *data,
           gsize length,
           const char *display_name,
           Loaded *loaded,
           GPtrArray *diagnostics,
           GError **error)
{
  if (length == 0)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_EMPTY, display_name, 0, 0, _ ("is empty"));
      return FALSE;
    }

  switch (sniff (data, length))
    {
    case KIND_XML:
      {
        g_autofree char *root = root_element_name (data, length);

        if (strcmp (root, "briefing") != 0 && pl_feed_sniff (data, length))
          return add_feed (loaded, data, length, display_name, diagnostics, error);
        if (strcmp (root, "html") == 0 ||
            (strcmp (root, "briefing") != 0 && pl_html_sniff (data, length)))
          return add_article (loaded, pl_html_load (data, length, display_name, diagnostics, error),
                              display_name);
        loaded->briefing = load_xml (data, length, display_name, diagnostics, error);
        return loaded->briefing != NULL;
      }

    case KIND_BINARY:
      fail_binary (data, length, display_name, diagnostics, error);
      return FALSE;

    case KIND_TEXT:
    default:
      if (pl_html_sniff (data, length))
        return add_article (loaded, pl_html_load (data, length, display_name, diagnostics, error),
                            display_name);
      return add_article (loaded, pl_text_load (data, length, display_name, diagnostics, error),
                          display_name);
    }
}

static gboolean
read_file (GFile *file,
           Loaded *loaded,
           GPtrArray *diagnostics,
           GError **error)
{
  g_autofree char *display_name = pl_file_dup_display (file);
  g_autoptr (GError) read_error = NULL;
  g_autoptr (GBytes) bytes = pl_file_read (file, PL_FILE_SIZE_LIMIT, &read_error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    {
      pl_diagnostics_fail (diagnostics, error, read_error->code, display_name, 0, 0, read_error->message);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &length);
  return read_data (data, length, display_name, loaded, diagnostics, error);
}

/**
 * pl_load_data:
 * @data: the file's contents, followed by a NUL byte that @length does
 *   not count (as pl_file_read() and g_file_get_contents() give them)
 * @length: their length in bytes
 * @display_name: the name to use in messages
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Reads a briefing from memory, deciding the kind from the contents: a
 * .phaseline briefing, or articles (a web page, a plain text, a feed)
 * from which a briefing is extracted.
 *
 * Returns: (transfer full) (nullable): the briefing
 */
PlBriefing *
pl_load_data (const char *data,
              gsize length,
              const char *display_name,
              GPtrArray *diagnostics,
              GError **error)
{
  Loaded loaded;
  PlBriefing *briefing = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  loaded_init (&loaded);
  if (read_data (data, length, display_name, &loaded, diagnostics, error))
    briefing = loaded.briefing ? g_object_ref (loaded.briefing)
                               : pl_import_articles (NULL, loaded.articles, NULL, NULL, NULL, NULL);
  loaded_clear (&loaded);
  return briefing;
}

/**
 * pl_load_file:
 * @file: the file to read
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Returns: (transfer full) (nullable): the briefing
 */
PlBriefing *
pl_load_file (GFile *file,
              GPtrArray *diagnostics,
              GError **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  return pl_load_files_full (NULL, &file, 1, NULL, NULL, NULL, diagnostics, error);
}

/**
 * pl_load_files:
 *
 * pl_load_files_full() without progress or cancellation.
 */
PlBriefing *
pl_load_files (GFile **files,
               guint n_files,
               GPtrArray *diagnostics,
               GError **error)
{
  return pl_load_files_full (NULL, files, n_files, NULL, NULL, NULL, diagnostics, error);
}

static void
report (PlLoadProgressFunc progress,
        gpointer user_data,
        double fraction)
{
  if (progress != NULL)
    progress (CLAMP (fraction, 0.0, 1.0), user_data);
}

/**
 * pl_load_files_full:
 * @base: (nullable): a briefing to add to, or %NULL for a new one
 * @files: (array length=n_files): the files to read
 * @cancellable: (nullable): stops the work between files and articles
 * @progress: (nullable) (scope call): told how far the work is, 0 to 1,
 *   from the thread this runs in
 * @diagnostics: (nullable): where to add every problem found in any file
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Reads every file and makes one briefing of them: .phaseline briefings
 * are merged in order, then every article found (pages, texts, feed
 * items) becomes a source, oldest first, and the plan is extracted from
 * each, phases, reactions and risks matched across sources and against
 * what @base already holds. All files are read even after one fails, so
 * that every problem is reported. @base is changed only when all
 * succeed; it may be a briefing no other thread uses.
 *
 * Returns: (transfer full) (nullable): the briefing (@base when given),
 *   or %NULL when any file failed or the work was cancelled
 */
PlBriefing *
pl_load_files_full (PlBriefing *base,
                    GFile **files,
                    guint n_files,
                    GCancellable *cancellable,
                    PlLoadProgressFunc progress,
                    gpointer user_data,
                    GPtrArray *diagnostics,
                    GError **error)
{
  g_autoptr (PlBriefing) result = NULL;
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_article_free);
  g_autoptr (GPtrArray) briefings = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) first_error = NULL;

  g_return_val_if_fail (base == NULL || PL_IS_BRIEFING (base), NULL);
  g_return_val_if_fail (n_files > 0, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr (GError) local_error = NULL;
      Loaded loaded;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      loaded_init (&loaded);
      if (!read_file (files[i], &loaded, diagnostics, &local_error) && first_error == NULL)
        first_error = g_steal_pointer (&local_error);
      if (loaded.briefing != NULL)
        g_ptr_array_add (briefings, g_object_ref (loaded.briefing));
      g_ptr_array_extend_and_steal (articles, g_steal_pointer (&loaded.articles));
      loaded.articles = NULL;
      loaded_clear (&loaded);
      report (progress, user_data, 0.3 * (i + 1) / n_files);
    }

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return NULL;
    }
  result = base ? g_object_ref (base) : briefings->len ? g_object_ref (briefings->pdata[0])
                                                       : NULL;
  for (guint i = 0; i < briefings->len; i++)
    if (briefings->pdata[i] != result)
      pl_briefing_merge (result, briefings->pdata[i]);
  if (articles->len > 0)
    {
      g_autoptr (PlBriefing) imported =
          pl_import_articles (result, articles, cancellable, progress, user_data, error);

      if (imported == NULL)
        return NULL;
      g_set_object (&result, imported);
    }
  report (progress, user_data, 1.0);
  return g_steal_pointer (&result);
}

/**
 * pl_builtin_briefing_new:
 *
 * Returns: (transfer full): the briefing Phaseline shows when started
 *   without a file, on the second phase of the 2025 Gaza peace plan
 */
PlBriefing *
pl_builtin_briefing_new (void)
{
  g_autoptr (GBytes) bytes = pl_core_lookup_resource ("builtin.phaseline");
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  briefing = pl_load_data (data, length, "builtin.phaseline", NULL, &error);
  if (briefing == NULL)
    g_error ("The built-in briefing does not load: %s", error->message);
  return briefing;
}
