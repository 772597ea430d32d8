/* pl-file.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlFile"

#include "config.h"

#include "pl-file.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "pl-error.h"

/* GIO's messages repeat the path, which our callers already print in
 * front of every message; say the cause only. */
static void
set_io_error (GError **error,
              GError *cause)
{
  const char *message;

  if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    message = _ ("no such file");
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    message = _ ("permission denied");
  else if (g_error_matches (cause, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    message = _ ("is a folder, not a file");
  else
    message = cause->message;
  g_set_error_literal (error, PL_ERROR, PL_ERROR_IO, message);
}

static gboolean
check_file_type (GFile *file,
                 gsize limit,
                 GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GFileInfo) info = NULL;
  goffset size;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      set_io_error (error, local_error);
      return FALSE;
    }

  switch (g_file_info_get_file_type (info))
    {
    case G_FILE_TYPE_REGULAR:
      break;

    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, PL_ERROR, PL_ERROR_NOT_REGULAR, _ ("is a folder, not a file"));
      return FALSE;

    case G_FILE_TYPE_UNKNOWN:
    case G_FILE_TYPE_SYMBOLIC_LINK:
    case G_FILE_TYPE_SPECIAL:
    case G_FILE_TYPE_SHORTCUT:
    case G_FILE_TYPE_MOUNTABLE:
    default:
      g_set_error_literal (error, PL_ERROR, PL_ERROR_NOT_REGULAR,
                           _ ("is not a regular file (a device, pipe or socket)"));
      return FALSE;
    }

  size = g_file_info_get_size (info);
  if (size > 0 && (guint64) size > limit)
    {
      g_autofree char *size_text = g_format_size ((guint64) size);
      g_autofree char *limit_text = g_format_size (limit);

      g_set_error (error, PL_ERROR, PL_ERROR_TOO_LARGE,
                   _ ("is too large to open (%s; the limit is %s)"), size_text, limit_text);
      return FALSE;
    }
  return TRUE;
}

/**
 * pl_file_read:
 * @file: the file to read
 * @limit: the largest size accepted, in bytes
 * @error: the cause, without the file name, in %PL_ERROR
 *
 * Reads a whole file, refusing folders, devices, empty files and files
 * over @limit without reading them. The file may grow while it is read;
 * reading stops at @limit either way.
 *
 * Returns: (transfer full): the contents, followed by a NUL byte that the
 *   size does not count
 */
GBytes *
pl_file_read (GFile *file,
              gsize limit,
              GError **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GByteArray) data = NULL;
  guint8 chunk[65536];
  gsize n_read;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!check_file_type (file, limit, error))
    return NULL;

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      set_io_error (error, local_error);
      return NULL;
    }

  data = g_byte_array_new ();
  do
    {
      if (!g_input_stream_read_all (G_INPUT_STREAM (stream), chunk, sizeof chunk, &n_read,
                                    NULL, &local_error))
        {
          set_io_error (error, local_error);
          return NULL;
        }
      g_byte_array_append (data, chunk, (guint) n_read);
      if (data->len > limit)
        {
          g_autofree char *limit_text = g_format_size (limit);
          g_set_error (error, PL_ERROR, PL_ERROR_TOO_LARGE,
                       _ ("is too large to open (over %s)"), limit_text);
          return NULL;
        }
    }
  while (n_read == sizeof chunk);

  if (data->len == 0)
    {
      g_set_error_literal (error, PL_ERROR, PL_ERROR_EMPTY, _ ("is empty"));
      return NULL;
    }

  {
    gsize size = data->len;
    g_autoptr (GBytes) with_nul = NULL;

    g_byte_array_append (data, (const guint8 *) "", 1);
    with_nul = g_byte_array_free_to_bytes (g_steal_pointer (&data));
    return g_bytes_new_from_bytes (with_nul, 0, size);
  }
}

/* Follows symbolic links so that saving through a link replaces the file
 * it points at, not the link. */
static char *
resolve_path (const char *path)
{
  char *resolved = realpath (path, NULL);
  char *copy;

  if (resolved == NULL)
    return g_strdup (path);
  copy = g_strdup (resolved);
  free (resolved);
  return copy;
}

/**
 * pl_file_replace:
 * @file: the file to write
 * @contents: what to write
 *
 * Replaces @file atomically: the contents go to a new file beside it which
 * is flushed to disk and then renamed over @file. A crash or error at any
 * point leaves either the old file or the new one, never a mix, and an
 * existing file keeps its permissions.
 *
 * Returns: %TRUE on success
 */
gboolean
pl_file_replace (GFile *file,
                 GBytes *contents,
                 GError **error)
{
  g_autofree char *path = NULL;
  gsize size;
  const char *data = g_bytes_get_data (contents, &size);
  GStatBuf st;
  int mode = 0666;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (g_file_peek_path (file) == NULL)
    return g_file_replace_contents (file, data, size, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                    NULL, error);

  path = resolve_path (g_file_peek_path (file));
  if (g_stat (path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error_literal (error, PL_ERROR, PL_ERROR_NOT_REGULAR,
                               S_ISDIR (st.st_mode) ? _ ("is a folder, not a file")
                                                    : _ ("is not a regular file (a device, pipe or socket)"));
          return FALSE;
        }
      mode = st.st_mode & 0777;
    }

  return g_file_set_contents_full (path, data, (gssize) size,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   mode, error);
}

/**
 * pl_file_dup_display:
 *
 * Returns: (transfer full): the name to show for @file in messages: its
 *   path when local, else its URI
 */
char *
pl_file_dup_display (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  return g_file_get_parse_name (file);
}
