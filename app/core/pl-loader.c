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
fail (GPtrArray *diagnostics,
      GError **error,
      PlError code,
      const char *file,
      const char *message)
{
  g_autoptr (PlDiagnostic) d = pl_diagnostic_new (PL_SEVERITY_ERROR, file, 0, 0, message);
  g_autofree char *text = pl_diagnostic_format (d);

  g_set_error_literal (error, PL_ERROR, code, text);
  if (diagnostics != NULL)
    g_ptr_array_add (diagnostics, g_steal_pointer (&d));
}

static PlBriefing *
load_xml (const char *data,
          gsize length,
          const char *display_name,
          GPtrArray *diagnostics,
          GError **error)
{
  g_autoptr (PlXmlDoc) doc = pl_xml_doc_parse (data, length, display_name, diagnostics, error);
  xmlNode *root;

  if (doc == NULL)
    return NULL;
  if (pl_format_is_briefing (doc))
    return pl_format_read (doc, diagnostics, error);

  root = xmlDocGetRootElement (doc->doc);
  {
    g_autofree char *message =
        g_strdup_printf (_ ("is an XML document whose root element is <%s>, not a Phaseline briefing"),
                         root ? (const char *) root->name : "?");
    fail (diagnostics, error, PL_ERROR_UNSUPPORTED, display_name, message);
  }
  return NULL;
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
      fail (diagnostics, error, PL_ERROR_EMPTY, display_name, _ ("is empty"));
      return NULL;
    }

  switch (sniff (data, length))
    {
    case KIND_XML:
      return load_xml (data, length, display_name, diagnostics, error);

    case KIND_BINARY:
      fail (diagnostics, error, PL_ERROR_BINARY, display_name,
            _ ("holds binary data, not a Phaseline briefing"));
      return NULL;

    case KIND_TEXT:
    default:
      fail (diagnostics, error, PL_ERROR_UNSUPPORTED, display_name,
            _ ("is not a Phaseline briefing (a .phaseline file)"));
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
      fail (diagnostics, error, read_error->code, display_name, read_error->message);
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
