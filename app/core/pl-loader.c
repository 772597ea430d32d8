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
#include "pl-file.h"
#include "pl-format.h"
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
      guint first = p[0] == 0xFF ? p[2] | (p[3] << 8) : (p[2] << 8) | p[3];
      return length >= 4 && first == '<' ? KIND_XML : KIND_TEXT;
    }
  if (memchr (data, '\0', head) != NULL)
    return KIND_BINARY;
  if (length >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
    i = 3;
  while (i < head && g_ascii_isspace (p[i]))
    i++;
  return i < length && p[i] == '<' ? KIND_XML : KIND_TEXT;
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

/* A damaged briefing with something before its first "<" says so, at the
 * start; anything else is simply not a briefing. */
static void
fail_text (const char *data,
           gsize length,
           const char *display_name,
           GPtrArray *diagnostics,
           GError **error)
{
  if (g_strstr_len (data, (gssize) MIN (length, 65536), "<briefing") != NULL)
    pl_diagnostics_fail (diagnostics, error, PL_ERROR_UNSUPPORTED, display_name, 1, 1,
                         _ ("there is text before the start of the briefing, which must "
                            "begin with “<”"));
  else
    pl_diagnostics_fail (diagnostics, error, PL_ERROR_UNSUPPORTED, display_name, 0, 0,
                         _ ("is not a Phaseline briefing (a .phaseline file)"));
}

/**
 * pl_load_data:
 * @data: the file's contents
 * @length: their length in bytes
 * @display_name: the name to use in messages
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Reads a briefing from memory, deciding the kind from the contents.
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
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length == 0)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_EMPTY, display_name, 0, 0, _ ("is empty"));
      return NULL;
    }

  switch (sniff (data, length))
    {
    case KIND_XML:
      return load_xml (data, length, display_name, diagnostics, error);

    case KIND_BINARY:
      fail_binary (data, length, display_name, diagnostics, error);
      return NULL;

    case KIND_TEXT:
    default:
      fail_text (data, length, display_name, diagnostics, error);
      return NULL;
    }
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
  g_autofree char *display_name = NULL;
  g_autoptr (GError) read_error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  const char *data;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  display_name = pl_file_dup_display (file);
  bytes = pl_file_read (file, PL_FILE_SIZE_LIMIT, &read_error);
  if (bytes == NULL)
    {
      pl_diagnostics_fail (diagnostics, error, read_error->code, display_name, 0, 0, read_error->message);
      return NULL;
    }
  data = g_bytes_get_data (bytes, &length);
  return pl_load_data (data, length, display_name, diagnostics, error);
}

/**
 * pl_load_files:
 * @files: (array length=n_files): the files to read
 * @diagnostics: (nullable): where to add every problem found in any file
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Reads every file and merges them into one briefing, in order. All files
 * are read even after one fails, so that every problem is reported.
 *
 * Returns: (transfer full) (nullable): the briefing, or %NULL when any
 *   file failed
 */
PlBriefing *
pl_load_files (GFile **files,
               guint n_files,
               GPtrArray *diagnostics,
               GError **error)
{
  g_autoptr (PlBriefing) result = NULL;
  g_autoptr (GError) first_error = NULL;

  g_return_val_if_fail (n_files > 0, NULL);

  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr (GError) local_error = NULL;
      g_autoptr (PlBriefing) briefing = pl_load_file (files[i], diagnostics, &local_error);

      if (briefing == NULL)
        {
          if (first_error == NULL)
            first_error = g_steal_pointer (&local_error);
          continue;
        }
      if (result == NULL)
        result = g_steal_pointer (&briefing);
      else
        pl_briefing_merge (result, briefing);
    }

  if (first_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&first_error));
      return NULL;
    }
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
