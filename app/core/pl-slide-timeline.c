/* pl-slide-timeline.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pl-slide-private.h"
#include "pl-timeline-layout-private.h"
#include "pl-timeline-pages.h"
#include "pl-timeline-renderer.h"

/* The timeline slides: the whole timeline, fitted to the content box's
 * width and drawn by the timeline renderer, with its legend below. A
 * timeline a little too tall is drawn smaller, down to 70 %, rather than
 * leave a nearly empty "continued" slide; one much too tall goes on over
 * further slides of about even height, cut between rows so that no label
 * is cut (pl-timeline-pages.c). */

#define FONT_SIZE 15.0                         /* px of the timeline at scale 1 */
#define MIN_SCALE PL_TIMELINE_PAGES_MIN_SHRINK /* of the timeline, to fit one slide */
#define MAX_SCALE 1.4                          /* of a small timeline, to fill its slide */

struct _PlSlideTimeline
{
  PlRenderStyle style;      /* the fonts the layout was measured with */
  PangoContext *context;    /* owned */
  PlTimelineLayout *layout; /* owned */
};

static PangoContext *
create_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *font_options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (font_options);
  return context;
}

PlSlideTimeline *
_pl_slide_timeline_new (const PlSlideMetrics *m,
                        PlBriefing *briefing,
                        PlTimelineMode mode)
{
  PlSlideTimeline *self = g_new0 (PlSlideTimeline, 1);

  pl_render_style_init (&self->style, FALSE, FALSE);
  g_free (self->style.font_family);
  self->style.font_family = g_strdup (m->font_family);
  self->style.font_size = FONT_SIZE;
  self->context = create_context ();
  self->layout = pl_timeline_layout_new (briefing, mode, &self->style, self->context);
  return self;
}

void
_pl_slide_timeline_free (PlSlideTimeline *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->layout, pl_timeline_layout_free);
  g_clear_object (&self->context);
  pl_render_style_clear (&self->style);
  g_free (self);
}

gboolean
_pl_slide_timeline_is_empty (PlSlideTimeline *self)
{
  return pl_timeline_layout_get_n_entries (self->layout) == 0;
}

PlTimelineLayout *
_pl_slide_timeline_get_layout (PlSlideTimeline *self)
{
  return self->layout;
}

/* The fonts the timeline was laid out with. */
const PlRenderStyle *
_pl_slide_timeline_get_style (PlSlideTimeline *self)
{
  return &self->style;
}

/* ---- pagination ---------------------------------------------------------- */

static void
add_page (PlSlideTimeline *self,
          const PlSlideMetrics *m,
          guint page,
          double top,
          double bottom,
          double scale,
          GPtrArray *out_slides)
{
  g_autofree char *key = page == 1 ? g_strdup ("timeline") : g_strdup_printf ("timeline#%u", page);
  /* Translators: the title of a slide that continues the one before */
  g_autofree char *title = page == 1 ? g_strdup (_ ("Timeline")) : g_strdup_printf (_ ("%s (continued)"), _ ("Timeline"));
  PlSlide *slide = _pl_slide_new (m, PL_SLIDE_KIND_TIMELINE, key, title, NULL, NULL, _ ("Timeline"), -1, TRUE, NULL);
  double width = slide->content.width;
  double axis = pl_timeline_layout_get_axis_height (self->layout);
  double height = (axis + bottom - top) * scale;
  double legend = pl_timeline_renderer_legend_height (&self->style, width / scale) * scale;
  double gap = 16 * m->unit;
  double y = slide->content.y;

  slide->timeline_top = top;
  slide->timeline_bottom = bottom;
  slide->timeline_scale = scale;
  _pl_slide_place (slide, m, _pl_slide_spec_new (PL_SLIDE_BLOCK_TIMELINE, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND),
                   NULL, slide->content.x, y, width, height);
  /* The legend goes under the timeline, or at the foot of a full slide. */
  _pl_slide_place (slide, m, _pl_slide_spec_new (PL_SLIDE_BLOCK_LEGEND, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND),
                   NULL, slide->content.x, MIN (y + height + gap, slide->content.y + slide->content.height - legend), width,
                   legend);
  g_ptr_array_add (out_slides, slide);
}

/* The scale at which the timeline of @content_height px fills the content
 * box's height, the legend and a gap under it. */
static double
fitting_scale (PlSlideTimeline *self,
               const PlRect *box,
               double gap,
               double content_height,
               double unit)
{
  double axis = pl_timeline_layout_get_axis_height (self->layout);
  double scale = unit;

  /* The legend's height depends on the scale; two rounds settle it. */
  for (int round = 0; round < 2; round++)
    {
      double legend = pl_timeline_renderer_legend_height (&self->style, box->width / scale) * scale;

      scale = (box->height - gap - legend) / (axis + content_height);
      scale = CLAMP (scale, MIN_SCALE * unit, MAX_SCALE * unit);
    }
  return scale;
}

/**
 * _pl_slide_timeline_paginate:
 *
 * Adds the timeline slides: one when the timeline fits, a little smaller
 * if need be, else as many as it takes.
 */
void
_pl_slide_timeline_paginate (PlSlideTimeline *self,
                             const PlSlideMetrics *m,
                             GPtrArray *out_slides)
{
  g_autoptr (GArray) bottoms = NULL;
  PlSlide *probe = _pl_slide_new (m, PL_SLIDE_KIND_TIMELINE, "timeline", _ ("Timeline"), NULL, NULL, NULL, -1, TRUE, NULL);
  PlRect box = probe->content;
  double gap = 16 * m->unit;
  double axis = pl_timeline_layout_get_axis_height (self->layout);
  double content_height = pl_timeline_layout_get_content_height (self->layout);
  double scale = fitting_scale (self, &box, gap, content_height, m->unit);
  double legend = pl_timeline_renderer_legend_height (&self->style, box.width / scale) * scale;
  double per_page = floor ((box.height - gap - legend) / scale - axis);
  double top = 0;

  _pl_slide_free (probe);
  if ((axis + content_height) * scale <= box.height - gap - legend + 0.01 || per_page < 1)
    {
      add_page (self, m, 1, 0, content_height, scale, out_slides);
      return;
    }

  bottoms = _pl_timeline_pages_split (self->layout, per_page, per_page);
  for (guint page = 0; page < bottoms->len; page++)
    {
      double bottom = g_array_index (bottoms, double, page);

      add_page (self, m, page + 1, top, bottom, scale, out_slides);
      top = bottom;
    }
}

/* ---- drawing ------------------------------------------------------------- */

/**
 * _pl_slide_timeline_draw:
 * @block: the slide's timeline or legend block
 *
 * Draws the part of the timeline @slide shows, or its legend, with the
 * colours of @style and the fonts it was laid out with.
 */
void
_pl_slide_timeline_draw (PlSlideTimeline *self,
                         const PlSlideMetrics *m,
                         const PlSlide *slide,
                         const PlSlideBlock *block,
                         cairo_t *cr,
                         const PlRenderStyle *style)
{
  const PlRect *rect = &block->info.rect;
  double scale = slide->timeline_scale;
  PlRenderStyle look;

  pl_render_style_copy (&look, style);
  g_free (look.font_family);
  look.font_family = g_strdup (self->style.font_family);
  look.font_size = self->style.font_size;

  cairo_save (cr);
  cairo_translate (cr, rect->x, rect->y);
  cairo_scale (cr, scale, scale);
  if (block->info.kind == PL_SLIDE_BLOCK_LEGEND)
    pl_timeline_renderer_draw_legend (cr, &look, 0, 0, rect->width / scale, m->rtl);
  else
    {
      PlTimelineViewport viewport = { 0 };
      g_autoptr (PlTimelineFrame) frame = NULL;

      viewport.rtl = m->rtl;
      viewport.width = rect->width / scale;
      pl_timeline_layout_fit (self->layout, &viewport);
      viewport.height = pl_timeline_layout_get_axis_height (self->layout) + slide->timeline_bottom - slide->timeline_top;
      viewport.scroll_y = slide->timeline_top;
      frame = pl_timeline_frame_build (self->layout, &viewport);
      pl_timeline_renderer_draw (cr, self->layout, frame, &look, &PL_TIMELINE_MARKS_NONE);
    }
  cairo_restore (cr);
  pl_render_style_clear (&look);
}
