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
#include "pl-timeline-renderer.h"

/* The timeline slides: the whole timeline, fitted to the content box's
 * width and drawn by the timeline renderer, with its legend below. A
 * timeline a little too tall is drawn smaller; one much too tall goes on
 * over further slides, cut between rows so that no label is cut. */

#define FONT_SIZE 15.0 /* px of the timeline at scale 1 */
#define MIN_SCALE 0.8  /* of the timeline, to fit one slide */
#define MAX_SCALE 1.4  /* of a small timeline, to fill its slide */

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

/* ---- cutting a tall timeline between rows -------------------------------- */

/* The spans, in content px, of what a cut should not cross: phase headers,
 * cards, rows of events and sources; as sorted tops and sorted bottoms. */
typedef struct
{
  GArray *tops;    /* double */
  GArray *bottoms; /* double */
} Solids;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
solids_init (Solids *solids,
             PlTimelineLayout *layout)
{
  guint n = pl_timeline_layout_get_n_entries (layout);

  solids->tops = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  solids->bottoms = g_array_sized_new (FALSE, FALSE, sizeof (double), n);
  for (guint i = 0; i < n; i++)
    {
      const PlTimelineEntry *entry = pl_timeline_layout_get_entry (layout, i);
      double height = entry->kind == PL_TIMELINE_ENTRY_PHASE ? layout->header_height : entry->height;
      double bottom = entry->y + height;

      g_array_append_val (solids->tops, entry->y);
      g_array_append_val (solids->bottoms, bottom);
    }
  g_array_sort (solids->tops, compare_doubles);
  g_array_sort (solids->bottoms, compare_doubles);
}

static void
solids_clear (Solids *solids)
{
  g_array_unref (solids->tops);
  g_array_unref (solids->bottoms);
}

/* How many values of the sorted @values are below @y (or at it, when
 * @inclusive). */
static guint
count_below (GArray *values,
             double y,
             gboolean inclusive)
{
  guint lo = 0, hi = values->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      double v = g_array_index (values, double, mid);

      if (v < y || (inclusive && v == y))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* How many solids a cut at @y goes through. */
static guint
count_cut (Solids *solids,
           double y)
{
  guint above = count_below (solids->tops, y, FALSE);
  guint ended = count_below (solids->bottoms, y, TRUE);

  /* An empty solid at @y has ended without having started. */
  return above > ended ? above - ended : 0;
}

static void
consider (Solids *solids,
          double y,
          double *best_y,
          guint *best_count)
{
  guint count = count_cut (solids, y);

  if (count < *best_count || (count == *best_count && y > *best_y))
    {
      *best_y = y;
      *best_count = count;
    }
}

/* Where to end a page that starts at @top and may go down to @limit: where
 * the fewest labels and cards are cut, in the lower half of the page,
 * lowest among equals. */
static double
cut_at (Solids *solids,
        double top,
        double limit)
{
  double from = top + (limit - top) / 2;
  double best_y = limit;
  guint best_count = count_cut (solids, limit);
  GArray *edges[2] = { solids->tops, solids->bottoms };

  for (guint e = 0; e < 2 && best_count > 0; e++)
    for (guint i = count_below (edges[e], from, FALSE); i < edges[e]->len; i++)
      {
        double y = g_array_index (edges[e], double, i);

        if (y > limit)
          break;
        consider (solids, y, &best_y, &best_count);
      }
  return best_y;
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
  Solids solids;
  PlSlide *probe = _pl_slide_new (m, PL_SLIDE_KIND_TIMELINE, "timeline", _ ("Timeline"), NULL, NULL, NULL, -1, TRUE, NULL);
  PlRect box = probe->content;
  double gap = 16 * m->unit;
  double axis = pl_timeline_layout_get_axis_height (self->layout);
  double content_height = pl_timeline_layout_get_content_height (self->layout);
  double scale = fitting_scale (self, &box, gap, content_height, m->unit);
  double legend = pl_timeline_renderer_legend_height (&self->style, box.width / scale) * scale;
  double per_page = floor ((box.height - gap - legend) / scale - axis);
  double top = 0;
  guint page = 0;

  _pl_slide_free (probe);
  if ((axis + content_height) * scale <= box.height - gap - legend + 0.01 || per_page < 1)
    {
      add_page (self, m, 1, 0, content_height, scale, out_slides);
      return;
    }

  solids_init (&solids, self->layout);
  while (top < content_height - 0.5)
    {
      double bottom = top + per_page >= content_height ? content_height : cut_at (&solids, top, top + per_page);

      add_page (self, m, ++page, top, bottom, scale, out_slides);
      top = bottom;
    }
  solids_clear (&solids);
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
