/* pl-slide-paint.c
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
#include "pl-timeline-paint-private.h"

/* Drawing a laid-out slide: the background, the header with its rule, the
 * blocks with their markers, the footer with the slide's number. Colours
 * come from the style given, so the same slide draws light or dark; the
 * status marks and category colours are the timeline's own. */

static void
set_color (cairo_t *cr,
           PlColor color)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
}

static PlColor
role_color (const PlRenderStyle *style,
            PlSlideRole role)
{
  switch (role)
    {
    case PL_SLIDE_ROLE_SECONDARY:
      return style->secondary;
    case PL_SLIDE_ROLE_ACCENT:
      return style->accent;
    case PL_SLIDE_ROLE_FOREGROUND:
    default:
      return style->foreground;
    }
}

static PlColor
stance_color (const PlRenderStyle *style,
              int stance)
{
  switch (stance)
    {
    case PL_STANCE_SUPPORT:
      return style->status[PL_STATUS_COMPLETED];
    case PL_STANCE_MIXED:
      return style->category[PL_CATEGORY_ECONOMY];
    case PL_STANCE_SKEPTICAL:
      return style->category[PL_CATEGORY_GOVERNANCE];
    case PL_STANCE_OPPOSE:
      return style->now;
    case PL_STANCE_NEUTRAL:
    default:
      return style->secondary;
    }
}

static PlColor
severity_color (const PlRenderStyle *style,
                int level)
{
  if (level >= PL_LEVEL_HIGH)
    return style->now;
  if (level == PL_LEVEL_MEDIUM)
    return style->category[PL_CATEGORY_ECONOMY];
  return style->secondary;
}

static PangoAttribute *
color_attr (PlColor color,
            guint start,
            guint end)
{
  PangoAttribute *attr = pango_attr_foreground_new ((guint16) (color.red * 65535), (guint16) (color.green * 65535),
                                                    (guint16) (color.blue * 65535));

  attr->start_index = start;
  attr->end_index = end;
  return attr;
}

/* The block's text in the colours of @style. Colours change no metrics,
 * so the lines stay where they were measured. */
static void
paint_text (const PlSlideBlock *block,
            cairo_t *cr,
            const PlRenderStyle *style)
{
  const PlSlideSpec *spec = block->spec;
  PangoAttrList *attrs = spec->attrs ? pango_attr_list_copy (spec->attrs) : pango_attr_list_new ();

  pango_attr_list_insert_before (attrs, color_attr (role_color (style, spec->role), 0, G_MAXUINT));
  for (guint i = 0; spec->spans != NULL && i < spec->spans->len; i++)
    {
      const PlSlideSpan *span = &g_array_index (spec->spans, PlSlideSpan, i);
      pango_attr_list_change (attrs, color_attr (role_color (style, span->role), span->start, span->end));
    }
  pango_layout_set_attributes (block->layout, attrs);
  pango_attr_list_unref (attrs);

  set_color (cr, style->foreground);
  cairo_move_to (cr, block->info.rect.x + block->text_x, block->info.rect.y);
  pango_cairo_show_layout (cr, block->layout);
}

static void
paint_stance (cairo_t *cr,
              const PlRenderStyle *style,
              int stance,
              double cx,
              double cy,
              double r)
{
  PlColor color = stance_color (style, stance);

  /* The shape tells the stances apart without their colour. */
  cairo_new_path (cr);
  set_color (cr, color);
  cairo_set_line_width (cr, MAX (1.5, r / 3.5));
  switch (stance)
    {
    case PL_STANCE_SUPPORT: /* a full disc */
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PL_STANCE_MIXED: /* half full */
      cairo_arc (cr, cx, cy, r - 0.5, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy, r, G_PI / 2, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case PL_STANCE_SKEPTICAL: /* a ring with a dot */
      cairo_arc (cr, cx, cy, r - 0.5, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy, r * 0.3, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PL_STANCE_OPPOSE: /* a disc crossed out */
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      set_color (cr, style->background);
      cairo_rectangle (cr, cx - r * 0.6, cy - r * 0.18, r * 1.2, r * 0.36);
      cairo_fill (cr);
      break;
    case PL_STANCE_NEUTRAL: /* an empty ring */
    default:
      cairo_arc (cr, cx, cy, r - 0.5, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    }
}

static void
paint_question (const PlSlideMetrics *m,
                cairo_t *cr,
                const PlRenderStyle *style,
                double cx,
                double cy,
                double r)
{
  g_autoptr (PangoLayout) mark = _pl_slide_layout_new (m, PL_SLIDE_FONT_KICKER, "?", -1);
  int width, height;

  set_color (cr, style->accent);
  cairo_set_line_width (cr, MAX (1.5, r / 5));
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
  cairo_stroke (cr);
  pango_layout_get_pixel_size (mark, &width, &height);
  cairo_move_to (cr, cx - width / 2.0, cy - height / 2.0);
  pango_cairo_show_layout (cr, mark);
}

/* The marker in the gutter on the start side, by the first line. */
static void
paint_marker (const PlSlideMetrics *m,
              const PlSlideBlock *block,
              cairo_t *cr,
              const PlRenderStyle *style)
{
  const PlRect *rect = &block->info.rect;
  const PlSlideSpec *spec = block->spec;
  double u = m->unit;
  double edge = m->rtl ? rect->x + rect->width : rect->x;
  double dir = m->rtl ? -1 : 1;
  double cx = edge + dir * 10 * u;
  double cy = rect->y + block->first_line;
  Painter p = { 0 };

  p.cr = cr;
  p.style = style;
  p.alpha = 1;
  cairo_save (cr);
  cairo_new_path (cr); /* no line from where the text ended */
  switch (spec->marker)
    {
    case PL_SLIDE_MARKER_BULLET:
      set_color (cr, style->secondary);
      cairo_arc (cr, cx, cy, 4 * u, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PL_SLIDE_MARKER_STRIPE:
    case PL_SLIDE_MARKER_BAR:
      set_color (cr, spec->marker == PL_SLIDE_MARKER_STRIPE ? style->category[CLAMP (spec->value, 0, PL_N_CATEGORIES - 1)]
                                                            : stance_color (style, spec->value));
      _pl_paint_rounded_rect (cr, m->rtl ? edge - 11 * u : edge + 5 * u, rect->y + 2 * u, 6 * u, rect->height - 4 * u,
                              3 * u);
      cairo_fill (cr);
      break;
    case PL_SLIDE_MARKER_SWATCH:
      set_color (cr, style->category[CLAMP (spec->value, 0, PL_N_CATEGORIES - 1)]);
      _pl_paint_rounded_rect (cr, cx - 8 * u, cy - 8 * u, 16 * u, 16 * u, 4 * u);
      cairo_fill (cr);
      break;
    case PL_SLIDE_MARKER_STATUS:
      _pl_paint_status_glyph (&p, spec->value, cx, cy, 9 * u);
      break;
    case PL_SLIDE_MARKER_SEVERITY:
      for (int bar = 0; bar < 3; bar++)
        {
          double h = (7 + 4 * bar) * u;
          double x = cx + dir * (bar - 1) * 6 * u - 2 * u;

          set_color (cr, bar <= spec->value ? severity_color (style, spec->value) : style->grid);
          cairo_rectangle (cr, x, cy + 8 * u - h, 4 * u, h);
          cairo_fill (cr);
        }
      break;
    case PL_SLIDE_MARKER_STANCE:
      paint_stance (cr, style, spec->value, cx, cy, 8 * u);
      break;
    case PL_SLIDE_MARKER_QUESTION:
      paint_question (m, cr, style, cx, cy, 9 * u);
      break;
    case PL_SLIDE_MARKER_NONE:
    default:
      break;
    }
  cairo_restore (cr);
}

static void
paint_header (const PlSlideMetrics *m,
              const PlSlide *slide,
              cairo_t *cr,
              const PlRenderStyle *style)
{
  double u = m->unit;
  double width = m->width - 2 * m->margin_x;
  double accent_width = round (88 * u);
  PlColor accent = slide->accent >= 0 ? style->status[CLAMP (slide->accent, 0, PL_N_STATUSES - 1)] : style->accent;

  if (slide->kicker != NULL)
    {
      set_color (cr, style->accent);
      cairo_move_to (cr, m->margin_x, slide->kicker_y);
      pango_cairo_show_layout (cr, slide->kicker);
    }
  if (slide->header != NULL)
    {
      set_color (cr, style->foreground);
      cairo_move_to (cr, m->margin_x, slide->header_y);
      pango_cairo_show_layout (cr, slide->header);
    }
  if (slide->rule_y >= 0)
    {
      set_color (cr, style->grid);
      cairo_rectangle (cr, m->margin_x, slide->rule_y, width, round (2 * u));
      cairo_fill (cr);
      set_color (cr, accent);
      cairo_rectangle (cr, m->rtl ? m->margin_x + width - accent_width : m->margin_x, slide->rule_y - round (1 * u),
                       accent_width, round (4 * u));
      cairo_fill (cr);
    }
}

static void
paint_footer (const PlSlideMetrics *m,
              const PlSlide *slide,
              guint number,
              guint n_slides,
              cairo_t *cr,
              const PlRenderStyle *style)
{
  double width = m->width - 2 * m->margin_x;
  /* TRANSLATORS: the number of a slide and how many there are, in a slide's
   * corner; in a right-to-left language use words (“%u من %u”), as
   * digits and a slash alone would read backwards */
  g_autofree char *count = g_strdup_printf (C_ ("slide number", "%u / %u"), number, n_slides);
  g_autoptr (PangoLayout) number_layout = _pl_slide_layout_new (m, PL_SLIDE_FONT_FOOTER, count, -1);
  int count_width;

  set_color (cr, style->secondary);
  pango_layout_get_pixel_size (number_layout, &count_width, NULL);
  cairo_move_to (cr, m->rtl ? m->margin_x : m->margin_x + width - count_width, m->footer_y);
  pango_cairo_show_layout (cr, number_layout);
  if (slide->section != NULL)
    {
      /* The section's name, on the start side; it is never long enough to
       * reach the number, but is wrapped rather than drawn over it. */
      g_autoptr (PangoLayout) section = _pl_slide_layout_new (m, PL_SLIDE_FONT_FOOTER, slide->section,
                                                              width - count_width - 24 * m->unit);

      pango_layout_set_height (section, 0); /* one line */
      pango_layout_set_ellipsize (section, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, m->rtl ? m->margin_x + count_width + 24 * m->unit : m->margin_x, m->footer_y);
      pango_cairo_show_layout (cr, section);
    }
}

static void
paint_thumbnail (const PlSlideMetrics *m,
                 const PlSlideBlock *block,
                 guint number,
                 guint n_slides,
                 const PlSlide *shown,
                 PlSlideTimeline *timeline,
                 cairo_t *cr,
                 const PlRenderStyle *style)
{
  const PlRect *rect = &block->info.rect;

  cairo_save (cr);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_clip (cr);
  cairo_translate (cr, rect->x, rect->y);
  cairo_scale (cr, rect->width / m->width, rect->height / m->height);
  _pl_slide_paint (m, shown, number, n_slides, NULL, timeline, cr, style);
  cairo_restore (cr);

  set_color (cr, style->grid);
  cairo_set_line_width (cr, MAX (1, 1.5 * m->unit));
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_stroke (cr);
}

/**
 * _pl_slide_paint_block:
 * @timeline: (nullable): the timeline, for its blocks
 *
 * Draws one block of @slide: its text and marker, or its part of the
 * timeline or legend. Thumbnails are left to _pl_slide_paint(). Also
 * draws the blocks of the printed summary's pages.
 */
void
_pl_slide_paint_block (const PlSlideMetrics *m,
                       const PlSlide *slide,
                       const PlSlideBlock *block,
                       PlSlideTimeline *timeline,
                       cairo_t *cr,
                       const PlRenderStyle *style)
{
  if (block->layout != NULL)
    {
      paint_marker (m, block, cr, style);
      paint_text (block, cr, style);
    }
  else if (timeline != NULL &&
           (block->info.kind == PL_SLIDE_BLOCK_TIMELINE || block->info.kind == PL_SLIDE_BLOCK_LEGEND))
    _pl_slide_timeline_draw (timeline, m, slide, block, cr, style);
}

/**
 * _pl_slide_paint:
 * @number: the number of the slide shown in the footer, from 1
 * @shown: (nullable): on a notes page, the slide its thumbnail shows
 * @timeline: the timeline, for timeline slides
 *
 * Draws @slide at the size of @m into @cr.
 */
void
_pl_slide_paint (const PlSlideMetrics *m,
                 const PlSlide *slide,
                 guint number,
                 guint n_slides,
                 const PlSlide *shown,
                 PlSlideTimeline *timeline,
                 cairo_t *cr,
                 const PlRenderStyle *style)
{
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, m->width, m->height);
  cairo_clip (cr);
  set_color (cr, style->background);
  cairo_paint (cr);

  if (slide->kind == PL_SLIDE_KIND_TITLE && slide->rule_y < 0 && slide->blocks->len > 0)
    {
      /* The title slide: a bar of the accent colour above the title. */
      const PlSlideBlock *first = &g_array_index (slide->blocks, PlSlideBlock, 0);
      double w = round (72 * m->unit);

      set_color (cr, style->accent);
      cairo_rectangle (cr, m->rtl ? m->width - m->margin_x - w : m->margin_x, first->info.rect.y - round (30 * m->unit), w,
                       round (6 * m->unit));
      cairo_fill (cr);
    }
  paint_header (m, slide, cr, style);

  for (guint i = 0; i < slide->blocks->len; i++)
    {
      const PlSlideBlock *block = &g_array_index (slide->blocks, PlSlideBlock, i);

      if (block->info.kind == PL_SLIDE_BLOCK_THUMBNAIL && shown != NULL)
        paint_thumbnail (m, block, number, n_slides, shown, timeline, cr, style);
      else
        _pl_slide_paint_block (m, slide, block, timeline, cr, style);
    }

  if (!(slide->kind == PL_SLIDE_KIND_TITLE && slide->rule_y < 0))
    paint_footer (m, slide, number, n_slides, cr, style);
  cairo_restore (cr);
}
