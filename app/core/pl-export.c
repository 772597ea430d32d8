/* pl-export.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExport"

#include "config.h"

#include "pl-export.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-error.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-json.h"

static GBytes *
write_phaseline (PlBriefing *briefing,
                 const PlExportOptions *options,
                 GError **error)
{
  return pl_format_write (briefing);
}

static GBytes *
write_json (PlBriefing *briefing,
            const PlExportOptions *options,
            GError **error)
{
  return pl_json_write (briefing);
}

static GBytes *
write_timeline (PlBriefing *briefing,
                PlImageFormat format,
                const PlExportOptions *options,
                GError **error)
{
  return pl_timeline_export (briefing, format, options != NULL ? &options->timeline : NULL, error);
}

static GBytes *
write_png (PlBriefing *briefing,
           const PlExportOptions *options,
           GError **error)
{
  return write_timeline (briefing, PL_IMAGE_FORMAT_PNG, options, error);
}

static GBytes *
write_svg (PlBriefing *briefing,
           const PlExportOptions *options,
           GError **error)
{
  return write_timeline (briefing, PL_IMAGE_FORMAT_SVG, options, error);
}

static GBytes *
write_pdf (PlBriefing *briefing,
           const PlExportOptions *options,
           GError **error)
{
  if (options != NULL && options->content == PL_EXPORT_CONTENT_SLIDES)
    return pl_slide_export_pdf (briefing, &options->slides, error);
  if (options != NULL && options->content == PL_EXPORT_CONTENT_SUMMARY)
    return pl_summary_export_pdf (briefing, &options->summary, error);
  return write_timeline (briefing, PL_IMAGE_FORMAT_PDF, options, error);
}

static GBytes *
write_markdown (PlBriefing *briefing,
                const PlExportOptions *options,
                GError **error)
{
  return pl_summary_export_markdown (briefing, options != NULL ? &options->summary : NULL);
}

/* A .pdf is the timeline, the slides or the summary, by
 * PlExportOptions.content; a .md is the summary as text. */
static const PlExporter exporters[] = {
  { ".phaseline", PL_FORMAT_MIME_TYPE, N_ ("Phaseline briefing"), write_phaseline, FALSE },
  { ".json", "application/json", N_ ("JSON data"), write_json, FALSE },
  { ".png", "image/png", N_ ("Timeline image"), write_png, TRUE },
  { ".svg", "image/svg+xml", N_ ("Timeline drawing"), write_svg, TRUE },
  { ".pdf", "application/pdf", N_ ("Timeline, slides or summary (PDF)"), write_pdf, TRUE },
  { ".md", "text/markdown", N_ ("Summary as text (Markdown)"), write_markdown, FALSE },
};

/**
 * pl_exporters_get_all:
 * @n_exporters: (out): the number of exporters
 *
 * Returns: (transfer none) (array length=n_exporters): every output format
 */
const PlExporter *
pl_exporters_get_all (guint *n_exporters)
{
  *n_exporters = G_N_ELEMENTS (exporters);
  return exporters;
}

/**
 * pl_exporter_for_name:
 * @file_name: a file name or path
 *
 * Returns: (transfer none) (nullable): the exporter its extension selects,
 *   matched without regard to case
 */
const PlExporter *
pl_exporter_for_name (const char *file_name)
{
  g_autofree char *lower = g_utf8_strdown (file_name, -1);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_str_has_suffix (lower, exporters[i].extension) &&
        strlen (lower) > strlen (exporters[i].extension))
      return &exporters[i];
  return NULL;
}

/**
 * pl_export_content_for_name:
 * @file_name: the name of the file to write
 * @content: what was asked for
 *
 * Resolves %PL_EXPORT_CONTENT_AUTO: a PDF whose base name starts with
 * "slides", in any case, holds the slides, one that starts with "summary"
 * the summary; any other PDF the timeline, as it always did. A .md is
 * always the summary.
 *
 * Returns: @content, or what @file_name says when it is
 *   %PL_EXPORT_CONTENT_AUTO
 */
PlExportContent
pl_export_content_for_name (const char *file_name,
                            PlExportContent content)
{
  g_autofree char *base = NULL;
  g_autofree char *lower = NULL;
  const PlExporter *exporter;

  g_return_val_if_fail (file_name != NULL, PL_EXPORT_CONTENT_TIMELINE);

  if (content != PL_EXPORT_CONTENT_AUTO)
    return content;
  exporter = pl_exporter_for_name (file_name);
  if (exporter != NULL && g_str_equal (exporter->extension, ".md"))
    return PL_EXPORT_CONTENT_SUMMARY;
  if (exporter == NULL || !g_str_equal (exporter->extension, ".pdf"))
    return PL_EXPORT_CONTENT_TIMELINE;
  base = g_path_get_basename (file_name);
  lower = g_utf8_strdown (base, -1);
  if (g_str_has_prefix (lower, "slides"))
    return PL_EXPORT_CONTENT_SLIDES;
  if (g_str_has_prefix (lower, "summary"))
    return PL_EXPORT_CONTENT_SUMMARY;
  return PL_EXPORT_CONTENT_TIMELINE;
}

static char *
list_extensions (void)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (exporters); i++)
    g_string_append_printf (str, "%s%s", i ? ", " : "", exporters[i].extension);
  return g_string_free (str, FALSE);
}

/**
 * pl_export_check_name:
 * @file_name: the name of the file to write
 * @error: the problem, formatted as "FILE: message"
 *
 * Returns: whether @file_name's extension selects an output format
 */
gboolean
pl_export_check_name (const char *file_name,
                      GError **error)
{
  g_autofree char *extensions = NULL;

  if (pl_exporter_for_name (file_name) != NULL)
    return TRUE;

  extensions = list_extensions ();
  g_set_error (error, PL_ERROR, PL_ERROR_UNSUPPORTED,
               _ ("%s: cannot tell the format from the name; use one of: %s"),
               file_name, extensions);
  return FALSE;
}

/**
 * pl_export_to_file:
 * @file: where to write; its extension selects the format, and for a
 *   PDF its name what it holds unless @options->content says
 * @options: (nullable): how to export; %NULL for the defaults
 * @error: the problem, formatted as "FILE: message": %PL_ERROR_IO when
 *   writing failed, else the exporter's code, such as %PL_ERROR_TOO_LARGE
 *
 * Writes @briefing to @file, replacing it atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
pl_export_to_file (PlBriefing *briefing,
                   GFile *file,
                   const PlExportOptions *options,
                   GError **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GBytes) bytes = NULL;
  PlExportOptions resolved = { 0 };
  const PlExporter *exporter;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  display_name = pl_file_dup_display (file);
  if (!pl_export_check_name (display_name, error))
    return FALSE;
  exporter = pl_exporter_for_name (display_name);
  if (options != NULL)
    resolved = *options;
  resolved.content = pl_export_content_for_name (display_name, resolved.content);

  bytes = exporter->write (briefing, &resolved, &local_error);
  if (bytes == NULL)
    {
      /* The exporter's own code: the timeline's size limits are not I/O. */
      g_set_error (error, PL_ERROR, local_error->domain == PL_ERROR ? local_error->code : PL_ERROR_IO, "%s: %s",
                   display_name, local_error->message);
      return FALSE;
    }
  if (!pl_file_replace (file, bytes, &local_error))
    {
      g_set_error (error, PL_ERROR, PL_ERROR_IO, "%s: %s", display_name, local_error->message);
      return FALSE;
    }
  return TRUE;
}
