/* pl-timeline-export.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimelineExport"

#include "config.h"

#include "pl-timeline-export.h"

#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pl-cairo-stream-private.h"
#include "pl-error.h"
#include "pl-timeline-renderer.h"

#define DEFAULT_WIDTH 1600.0
#define MIN_WIDTH 200.0
#define MAX_SIDE 16384.0                      /* px, after scaling */
#define MAX_IMAGE_BYTES (256.0 * 1024 * 1024) /* of a PNG's pixels */
#define MAX_SCALE 16.0
#define MARGIN 24.0
#define GAP 16.0
#define PT_PER_PX 0.75 /* 72 points per inch, 96 px per inch */

/* Where everything goes on the page, in px at scale 1. */
typedef struct
{
  double width;
  double height;
  double title_y;
  double timeline_y;
  double legend_y;
  PlTimelineViewport viewport;
} PlPage;

/* What one export draws with. */
typedef struct
{
  PlRenderStyle style;
  PangoContext *context;    /* owned */
  PlTimelineLayout *layout; /* owned */
  PangoLayout *title;       /* owned; NULL when the briefing has no title */
  PlPage page;
} PlExportJob;

static void
export_job_clear (PlExportJob *job)
{
  g_clear_object (&job->title);
  g_clear_pointer (&job->layout, pl_timeline_layout_free);
  g_clear_object (&job->context);
  pl_render_style_clear (&job->style);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PlExportJob, export_job_clear)

static gboolean
check_options (const PlTimelineExportOptions *options,
               GError **error)
{
  if (!isfinite (options->width) || options->width < 0 || (options->width > 0 && options->width < MIN_WIDTH))
    {
      g_set_error (error, PL_ERROR, PL_ERROR_INVALID,
                   _ ("the width must be at least %g px, not %g"), MIN_WIDTH, options->width);
      return FALSE;
    }
  if (!isfinite (options->height) || options->height < 0)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_INVALID, _ ("the height must be a positive number of px, not %g"),
                   options->height);
      return FALSE;
    }
  if (!isfinite (options->scale) || options->scale < 0 || options->scale > MAX_SCALE)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_INVALID, _ ("the scale must be above 0 and at most %g, not %g"),
                   MAX_SCALE, options->scale);
      return FALSE;
    }
  return TRUE;
}

/* The image is bounded on each side, and a PNG's pixels in memory too. */
static gboolean
check_size (const PlPage *page,
            PlImageFormat format,
            double scale,
            GError **error)
{
  double width = ceil (page->width * scale);
  double height = ceil (page->height * scale);

  if (format != PL_IMAGE_FORMAT_PNG)
    width = page->width, height = page->height;
  if (width > MAX_SIDE || height > MAX_SIDE)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_TOO_LARGE,
                   _ ("the timeline would be %.0f × %.0f px, over the limit of %.0f px a side; "
                      "give a smaller width, height or scale"),
                   width, height, MAX_SIDE);
      return FALSE;
    }
  if (format == PL_IMAGE_FORMAT_PNG && width * height * 4 > MAX_IMAGE_BYTES)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_TOO_LARGE,
                   _ ("the timeline would be %.0f × %.0f px, over the limit of %.0f MB of pixels; "
                      "give a smaller width, height or scale"),
                   width, height, MAX_IMAGE_BYTES / (1024 * 1024));
      return FALSE;
    }
  return TRUE;
}

static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* Unhinted metrics: the same layout at every scale and in every format. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_context_set_resolution (context, 96);
  cairo_font_options_destroy (font_options);
  return context;
}

static PangoLayout *
create_title (PlExportJob *job,
              const char *text,
              double width)
{
  PangoLayout *title;
  PangoFontDescription *font;

  if (text == NULL || *text == '\0')
    return NULL;

  title = pango_layout_new (job->context);
  font = pango_font_description_from_string (job->style.font_family);
  pango_font_description_set_absolute_size (font, job->style.font_size * 1.5 * PANGO_SCALE);
  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (title, font);
  pango_layout_set_text (title, text, -1);
  pango_layout_set_single_paragraph_mode (title, TRUE);
  pango_layout_set_width (title, (int) (width * PANGO_SCALE));
  pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
  if (pl_locale_is_rtl ())
    {
      /* Like the timeline under it, the title starts on the right. */
      pango_layout_set_auto_dir (title, FALSE);
      pango_context_set_base_dir (pango_layout_get_context (title), PANGO_DIRECTION_RTL);
      pango_layout_context_changed (title);
      pango_layout_set_alignment (title, PANGO_ALIGN_RIGHT);
    }
  pango_font_description_free (font);
  return title;
}

/* The page: margin, title, the timeline as tall as its axis and content,
 * the legend, margin. A given height gives the timeline what is left. */
static gboolean
plan_page (PlExportJob *job,
           const PlTimelineExportOptions *options,
           GError **error)
{
  PlPage *page = &job->page;
  double inner, title_height = 0, legend_height, axis_height, needed;

  page->width = options->width > 0 ? options->width : DEFAULT_WIDTH;
  inner = page->width - 2 * MARGIN;
  if (job->title != NULL)
    {
      int height;

      pango_layout_get_pixel_size (job->title, NULL, &height);
      title_height = height + GAP;
    }
  legend_height = pl_timeline_renderer_legend_height (&job->style, inner);
  axis_height = pl_timeline_layout_get_axis_height (job->layout);
  needed = axis_height + pl_timeline_layout_get_content_height (job->layout);

  page->title_y = MARGIN;
  page->timeline_y = MARGIN + title_height;
  page->height = options->height > 0 ? options->height
                                     : ceil (page->timeline_y + needed + GAP + legend_height + MARGIN);
  page->legend_y = page->height - MARGIN - legend_height;

  page->viewport = (PlTimelineViewport){ 0 };
  page->viewport.rtl = pl_locale_is_rtl ();
  page->viewport.width = inner;
  page->viewport.height = page->legend_y - GAP - page->timeline_y;
  if (page->viewport.height < axis_height)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_INVALID,
                   _ ("a height of %g px leaves no room for the timeline; it needs at least %.0f"),
                   options->height, ceil (page->height - page->viewport.height + axis_height));
      return FALSE;
    }
  pl_timeline_layout_fit (job->layout, &page->viewport);
  return TRUE;
}

static void
draw_page (cairo_t *cr,
           PlExportJob *job)
{
  const PlPage *page = &job->page;
  const PlColor *bg = &job->style.background;
  const PlColor *fg = &job->style.foreground;
  g_autoptr (PlTimelineFrame) frame = NULL;

  cairo_set_source_rgba (cr, bg->red, bg->green, bg->blue, bg->alpha);
  cairo_paint (cr);

  if (job->title != NULL)
    {
      cairo_move_to (cr, MARGIN, page->title_y);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, fg->alpha);
      pango_cairo_show_layout (cr, job->title);
    }

  cairo_save (cr);
  cairo_translate (cr, MARGIN, page->timeline_y);
  cairo_rectangle (cr, 0, 0, page->viewport.width, page->viewport.height);
  cairo_clip (cr);
  frame = pl_timeline_frame_build (job->layout, &page->viewport);
  pl_timeline_renderer_draw (cr, job->layout, frame, &job->style, &PL_TIMELINE_MARKS_NONE);
  cairo_restore (cr);

  pl_timeline_renderer_draw_legend (cr, &job->style, MARGIN, page->legend_y, page->viewport.width,
                                    page->viewport.rtl);
}

static cairo_surface_t *
create_surface (PlExportJob *job,
                PlImageFormat format,
                const char *title,
                GByteArray *out)
{
  const PlPage *page = &job->page;
  cairo_surface_t *surface;

  switch (format)
    {
    case PL_IMAGE_FORMAT_SVG:
      surface = cairo_svg_surface_create_for_stream (_pl_cairo_stream_write, out, page->width, page->height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      return surface;

    case PL_IMAGE_FORMAT_PDF:
      return _pl_cairo_stream_new_pdf (out, page->width * PT_PER_PX, page->height * PT_PER_PX,
                                       title != NULL && *title != '\0' ? title : NULL);

    case PL_IMAGE_FORMAT_PNG:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
set_cairo_error (cairo_status_t status,
                 GError **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PL_ERROR, PL_ERROR_IO, _ ("could not draw the timeline: %s"),
               cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
export_png (PlExportJob *job,
            double scale,
            GError **error)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (job->page.width * scale),
                                        (int) ceil (job->page.height * scale));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  draw_page (cr, job);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, _pl_cairo_stream_write, out);
  cairo_surface_destroy (surface);

  if (!set_cairo_error (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

static GBytes *
export_vector (PlExportJob *job,
               PlImageFormat format,
               const char *title,
               GError **error)
{
  g_autoptr (GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface = create_surface (job, format, title, out);
  cairo_t *cr;
  cairo_status_t status;

  cr = cairo_create (surface);
  if (format == PL_IMAGE_FORMAT_PDF)
    cairo_scale (cr, PT_PER_PX, PT_PER_PX);
  draw_page (cr, job);
  status = _pl_cairo_stream_finish (cr, surface);

  if (!set_cairo_error (status, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/**
 * pl_timeline_export:
 * @briefing: what to draw
 * @format: PNG, SVG or PDF
 * @options: (nullable): size, scale, mode and theme; %NULL for the defaults
 * @error: why nothing was drawn: %PL_ERROR_INVALID for options out of range,
 *   %PL_ERROR_TOO_LARGE for an image over 16384 px a side or, for PNG,
 *   256 MB of pixels, %PL_ERROR_IO when Cairo fails
 *
 * Draws the whole timeline of @briefing, fitted to the width, with the
 * briefing's title above it and the legend below, into a file's contents.
 * SVG sizes are in px; a PDF page is sized in points at 96 px to the inch.
 *
 * Returns: (transfer full) (nullable): the file's contents
 */
GBytes *
pl_timeline_export (PlBriefing *briefing,
                    PlImageFormat format,
                    const PlTimelineExportOptions *options,
                    GError **error)
{
  static const PlTimelineExportOptions defaults = { 0 };
  g_auto (PlExportJob) job = { 0 };
  double scale;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);
  g_return_val_if_fail (format <= PL_IMAGE_FORMAT_PDF, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    options = &defaults;
  if (!check_options (options, error))
    return NULL;
  scale = options->scale > 0 ? options->scale : 1;

  pl_render_style_init (&job.style, options->dark, FALSE);
  job.context = create_context ();
  job.layout = pl_timeline_layout_new (briefing, options->mode, &job.style, job.context);
  job.title = create_title (&job, pl_briefing_get_title (briefing),
                            (options->width > 0 ? options->width : DEFAULT_WIDTH) - 2 * MARGIN);
  if (!plan_page (&job, options, error) || !check_size (&job.page, format, scale, error))
    return NULL;

  if (format == PL_IMAGE_FORMAT_PNG)
    return export_png (&job, scale, error);
  return export_vector (&job, format, pl_briefing_get_title (briefing), error);
}
