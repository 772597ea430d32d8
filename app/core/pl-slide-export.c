/* pl-slide-export.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include "pl-slide-export.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pl-cairo-stream-private.h"
#include "pl-error.h"
#include "pl-slide-deck.h"

#define PT_PER_PX 0.75 /* 72 points per inch, 96 px per inch */

static gboolean
check_side (const char *what,
            double value,
            GError **error)
{
  if (isfinite (value) && value >= PL_SLIDE_MIN_SIDE && value <= PL_SLIDE_MAX_SIDE)
    return TRUE;
  g_set_error (error, PL_ERROR, PL_ERROR_INVALID,
               /* Translators: the first %s is "width" or "height" */
               _ ("the slides' %s must be from %.0f to %.0f px, not %g"), what, PL_SLIDE_MIN_SIDE,
               PL_SLIDE_MAX_SIDE, value);
  return FALSE;
}

/* A bookmark per slide, so that a PDF reader lists the slides by title. */
static void
add_outline (cairo_surface_t *surface,
             const char *title,
             guint page)
{
  g_autofree char *link = g_strdup_printf ("page=%u", page);
  g_autofree char *name = g_utf8_make_valid (title ? title : "", -1);

  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, name, link, 0);
}

static void
draw_deck (PlSlideDeck *deck,
           cairo_surface_t *surface,
           cairo_t *cr,
           const PlRenderStyle *style,
           gboolean notes)
{
  guint n = pl_slide_deck_get_n_slides (deck);
  guint page = 0;

  cairo_scale (cr, PT_PER_PX, PT_PER_PX);
  for (guint i = 0; i < n && cairo_status (cr) == CAIRO_STATUS_SUCCESS; i++)
    {
      add_outline (surface, pl_slide_deck_get_slide_title (deck, i), ++page);
      pl_slide_deck_render (deck, i, cr, style);
      cairo_show_page (cr);
      for (guint p = 0; notes && p < pl_slide_deck_get_n_notes_pages (deck, i); p++)
        {
          page++;
          pl_slide_deck_render_notes_page (deck, i, p, cr, style);
          cairo_show_page (cr);
        }
    }
}

/**
 * pl_slide_export_pdf:
 * @options: (nullable): the slides' size, notes, timeline mode and theme;
 *   %NULL for 1280 × 720 px slides without notes
 * @error: %PL_ERROR_INVALID for a size out of range, %PL_ERROR_IO when
 *   Cairo fails
 *
 * Writes the slides of @briefing as a PDF, a slide per page, each page
 * the size of a slide at 96 px to the inch; with @options->notes, each
 * slide is followed by its notes pages. The PDF has a bookmark per slide.
 *
 * Returns: (transfer full) (nullable): the PDF
 */
GBytes *
pl_slide_export_pdf (PlBriefing *briefing,
                     const PlSlideExportOptions *options,
                     GError **error)
{
  static const PlSlideExportOptions defaults = { 0 };
  g_autoptr (GByteArray) out = NULL;
  g_autoptr (PlSlideDeck) deck = NULL;
  PlRenderStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  width = options->width > 0 ? options->width : PL_SLIDE_DEFAULT_WIDTH;
  height = options->height > 0 ? options->height : round (width * 9 / 16);
  if (!check_side (_ ("width"), width, error) || !check_side (_ ("height"), height, error))
    return NULL;

  deck = pl_slide_deck_new (briefing, width, height);
  pl_slide_deck_set_timeline_mode (deck, options->mode);
  pl_render_style_init (&style, options->dark, FALSE);
  out = g_byte_array_new ();
  surface = _pl_cairo_stream_new_pdf (out, width * PT_PER_PX, height * PT_PER_PX, pl_briefing_get_title (briefing));

  cr = cairo_create (surface);
  draw_deck (deck, surface, cr, &style, options->notes);
  status = _pl_cairo_stream_finish (cr, surface);
  pl_render_style_clear (&style);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_IO, _ ("could not draw the slides: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
