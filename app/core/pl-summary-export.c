/* pl-summary-export.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSummary"

#include "config.h"

#include "pl-summary-export.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-cairo-stream-private.h"
#include "pl-error.h"
#include "pl-source.h"

/* The summary as a PDF: real text (Cairo keeps Pango's glyphs as text),
 * metadata, and a bookmark per section. */

/**
 * pl_summary_page_init:
 * @letter: US Letter rather than A4
 * @landscape: the long side across
 *
 * Fills @page with a paper size and no printer margins.
 */
void
pl_summary_page_init (PlSummaryPage *page,
                      gboolean letter,
                      gboolean landscape)
{
  double w = letter ? PL_PAPER_LETTER_WIDTH : PL_PAPER_A4_WIDTH;
  double h = letter ? PL_PAPER_LETTER_HEIGHT : PL_PAPER_A4_HEIGHT;

  memset (page, 0, sizeof *page);
  page->width = landscape ? h : w;
  page->height = landscape ? w : h;
}

/* The author: the briefing's byline, else the sources' bylines. */
static char *
dup_author (PlBriefing *briefing)
{
  GListModel *sources = pl_briefing_get_sources (briefing);
  g_autoptr (GString) authors = g_string_new (NULL);

  if (pl_briefing_get_byline (briefing) != NULL && *pl_briefing_get_byline (briefing) != '\0')
    return g_strdup (pl_briefing_get_byline (briefing));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      const char *byline = pl_source_get_byline (source);

      if (byline != NULL && *byline != '\0' && strstr (authors->str, byline) == NULL)
        g_string_append_printf (authors, "%s%s", authors->len ? ", " : "", byline);
    }
  return authors->len > 0 ? g_strdup (authors->str) : NULL;
}

static void
set_metadata (cairo_surface_t *surface,
              PlBriefing *briefing,
              GDateTime *printed)
{
  const char *title = pl_briefing_get_title (briefing);
  g_autofree char *author = dup_author (briefing);
  g_autofree char *subject = NULL;
  g_autofree char *date = g_date_time_format (printed, "%Y-%m-%dT%H:%M:%S%:z");

  if (title != NULL && *title != '\0')
    {
      g_autofree char *valid = g_utf8_make_valid (title, -1);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, valid);
      /* Translators: the subject of a summary's PDF; %s is the briefing's title */
      subject = g_strdup_printf (_ ("Summary of the briefing “%s”"), valid);
    }
  else
    subject = g_strdup (_ ("Summary of a briefing"));
  if (author != NULL)
    {
      g_autofree char *valid = g_utf8_make_valid (author, -1);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, valid);
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

static void
draw_summary (PlSummary *summary,
              cairo_surface_t *surface,
              cairo_t *cr,
              const PlRenderStyle *style)
{
  guint n = pl_summary_get_n_pages (summary);
  guint next_outline = 0;

  for (guint i = 0; i < n && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      /* Bookmarks of the sections that start on this page. */
      while (next_outline < pl_summary_get_n_outline (summary))
        {
          guint page;
          const char *title = pl_summary_get_outline (summary, next_outline, &page);
          g_autofree char *link = NULL;

          if (page != i)
            break;
          link = g_strdup_printf ("page=%u", page + 1);
          cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, link, 0);
          next_outline++;
        }
      pl_summary_render_page (summary, i, cr, style);
      cairo_show_page (cr);
    }
}

/**
 * pl_summary_export_pdf:
 * @options: (nullable): paper, sections, timeline mode; %NULL for A4
 *   portrait with every section
 * @error: %PL_ERROR_IO when Cairo fails
 *
 * Returns: (transfer full) (nullable): the summary of @briefing as a PDF,
 *   with metadata and a bookmark per section
 */
GBytes *
pl_summary_export_pdf (PlBriefing *briefing,
                       const PlSummaryExportOptions *options,
                       GError **error)
{
  static const PlSummaryExportOptions defaults = { 0 };
  g_autoptr (GByteArray) out = NULL;
  g_autoptr (PlSummary) summary = NULL;
  g_autoptr (GDateTime) now = NULL;
  GDateTime *printed;
  PlRenderStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  printed = options->printed ? options->printed : (now = g_date_time_new_now_local ());
  summary = pl_summary_new (briefing, &options->page, options->sections ? options->sections : PL_SUMMARY_SECTIONS_ALL,
                            options->mode, printed);
  pl_summary_get_page_size (summary, &width, &height);
  pl_render_style_init (&style, options->dark, FALSE);
  out = g_byte_array_new ();
  surface = _pl_cairo_stream_new_pdf (out, width, height, NULL);
  set_metadata (surface, briefing, printed);

  cr = cairo_create (surface);
  draw_summary (summary, surface, cr, &style);
  status = _pl_cairo_stream_finish (cr, surface);
  pl_render_style_clear (&style);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_IO, _ ("could not draw the summary: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
