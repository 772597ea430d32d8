/* pl-timeline-paint.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pl-labels.h"
#include "pl-timeline-paint-private.h"
#include "pl-timeline-renderer.h"

/* The timeline's drawing primitives (colours, text, the status marks) and
 * its legend, which is drawn from them. */

void
_pl_paint_set_color (Painter *p,
                     PlColor color,
                     double alpha)
{
  cairo_set_source_rgba (p->cr, color.red, color.green, color.blue, color.alpha * alpha * p->alpha);
}

void
_pl_paint_rounded_rect (cairo_t *cr,
                        double x,
                        double y,
                        double w,
                        double h,
                        double r)
{
  r = MIN (r, MIN (w, h) / 2);
  if (r <= 0)
    {
      cairo_rectangle (cr, x, y, w, h);
      return;
    }
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

/* One line of text in @rect, ellipsized at its end and centred in its
 * height. Returns the width used. */
double
_pl_paint_text (Painter *p,
                const char *text,
                const PangoFontDescription *font,
                PlColor color,
                double x,
                double y,
                double width,
                double height)
{
  int text_width, text_height;

  if (width < 4 || text == NULL || *text == '\0')
    return 0;
  pango_layout_set_font_description (p->text, font);
  pango_layout_set_text (p->text, text, -1);
  pango_layout_set_width (p->text, (int) (width * PANGO_SCALE));
  pango_layout_get_pixel_size (p->text, &text_width, &text_height);
  if (p->knockout)
    {
      /* Free-standing labels get a halo of background, so lines under them
       * (the publication line, the grid) never cross their letters. */
      double w = MIN (text_width, width);
      double lx = p->frame && p->frame->viewport.rtl ? x + width - w : x;

      _pl_paint_rounded_rect (p->cr, lx - 3, y + (height - text_height) / 2, w + 6, text_height, 3);
      _pl_paint_set_color (p, p->style->background, 0.85);
      cairo_fill (p->cr);
    }
  _pl_paint_set_color (p, color, 1);
  cairo_move_to (p->cr, x, y + (height - text_height) / 2);
  pango_cairo_show_layout (p->cr, p->text);
  return MIN (text_width, width);
}

double
_pl_paint_measure_text (Painter *p,
                        const char *text,
                        const PangoFontDescription *font)
{
  int width;

  pango_layout_set_font_description (p->text, font);
  pango_layout_set_text (p->text, text, -1);
  pango_layout_set_width (p->text, -1);
  pango_layout_get_pixel_size (p->text, &width, NULL);
  return width;
}

/* The small shape that tells a status apart without its colour: a tick in a
 * disc for completed, a filled disc for current, a ring for planned, a
 * dotted ring for unknown. */
void
_pl_paint_status_glyph (Painter *p,
                        int status,
                        double cx,
                        double cy,
                        double r)
{
  cairo_t *cr = p->cr;
  PlColor color = p->style->status[CLAMP (status, 0, PL_N_STATUSES - 1)];

  cairo_save (cr);
  cairo_new_path (cr);
  _pl_paint_set_color (p, color, 1);
  cairo_set_line_width (cr, MAX (1.5, r / 3));
  switch (status)
    {
    case PL_STATUS_COMPLETED:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_fill (cr);
      _pl_paint_set_color (p, p->style->surface, 1);
      cairo_move_to (cr, cx - r * 0.5, cy);
      cairo_line_to (cr, cx - r * 0.1, cy + r * 0.4);
      cairo_line_to (cr, cx + r * 0.55, cy - r * 0.45);
      cairo_stroke (cr);
      break;
    case PL_STATUS_CURRENT:
      cairo_arc (cr, cx, cy, r, 0, 2 * G_PI);
      cairo_stroke (cr);
      cairo_arc (cr, cx, cy, r * 0.45, 0, 2 * G_PI);
      cairo_fill (cr);
      break;
    case PL_STATUS_PLANNED:
      cairo_arc (cr, cx, cy, r - 0.5, 0, 2 * G_PI);
      cairo_stroke (cr);
      break;
    default:
      {
        double dash[] = { 1.5, 2 };

        cairo_set_dash (cr, dash, 2, 0);
        cairo_arc (cr, cx, cy, r - 0.5, 0, 2 * G_PI);
        cairo_stroke (cr);
      }
      break;
    }
  cairo_restore (cr);
}

void
_pl_paint_diamond (cairo_t *cr,
                   double cx,
                   double cy,
                   double r)
{
  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
}

/* ---- the legend ---------------------------------------------------------- */

typedef enum
{
  LEGEND_CATEGORY,
  LEGEND_STATUS,
  LEGEND_EVENT,
  LEGEND_SOURCE,
  LEGEND_NOW,
} LegendKind;

typedef struct
{
  LegendKind kind;
  int value;
} LegendItem;

static const LegendItem legend_items[] = {
  { LEGEND_CATEGORY, PL_CATEGORY_SECURITY },
  { LEGEND_CATEGORY, PL_CATEGORY_HUMANITARIAN },
  { LEGEND_CATEGORY, PL_CATEGORY_DIPLOMACY },
  { LEGEND_CATEGORY, PL_CATEGORY_GOVERNANCE },
  { LEGEND_CATEGORY, PL_CATEGORY_ECONOMY },
  { LEGEND_CATEGORY, PL_CATEGORY_OTHER },
  { LEGEND_STATUS, PL_STATUS_COMPLETED },
  { LEGEND_STATUS, PL_STATUS_CURRENT },
  { LEGEND_STATUS, PL_STATUS_PLANNED },
  { LEGEND_EVENT, 0 },
  { LEGEND_SOURCE, 0 },
  { LEGEND_NOW, 0 },
};

static const char *
legend_label (const LegendItem *item)
{
  switch (item->kind)
    {
    case LEGEND_CATEGORY:
      return pl_category_get_label (item->value);
    case LEGEND_STATUS:
      return pl_status_get_label (item->value);
    case LEGEND_EVENT:
      return _ ("Event");
    case LEGEND_SOURCE:
      return _ ("Source article");
    case LEGEND_NOW:
    default:
      return _ ("Publication date");
    }
}

/* Lays the legend out in rows; draws it when @p has a cairo_t. */
static double
legend_flow (Painter *p,
             double x,
             double y,
             double width,
             gboolean rtl)
{
  double size = p->style->font_size;
  double row = ceil (size * 1.9);
  double swatch = size;
  double cx = 0, cy = 0;

  for (guint i = 0; i < G_N_ELEMENTS (legend_items); i++)
    {
      const LegendItem *item = &legend_items[i];
      const char *label = legend_label (item);
      double w = swatch + 6 + _pl_paint_measure_text (p, label, p->small) + size * 1.5;
      double sx, mid;

      if (cx > 0 && cx + w > width)
        {
          cx = 0;
          cy += row;
        }
      sx = rtl ? x + width - cx - swatch : x + cx;
      mid = y + cy + row / 2;
      if (p->cr)
        {
          cairo_t *cr = p->cr;

          switch (item->kind)
            {
            case LEGEND_CATEGORY:
              _pl_paint_rounded_rect (cr, sx, mid - swatch / 2, swatch, swatch, 3);
              _pl_paint_set_color (p, p->style->category[item->value], 1);
              cairo_fill (cr);
              break;
            case LEGEND_STATUS:
              _pl_paint_status_glyph (p, item->value, sx + swatch / 2, mid, swatch * 0.42);
              break;
            case LEGEND_EVENT:
              _pl_paint_diamond (cr, sx + swatch / 2, mid, swatch * 0.4);
              _pl_paint_set_color (p, p->style->foreground, 1);
              cairo_fill (cr);
              break;
            case LEGEND_SOURCE:
              cairo_rectangle (cr, sx + swatch * 0.2, mid - swatch * 0.45, swatch * 0.6, swatch * 0.9);
              _pl_paint_set_color (p, p->style->secondary, 1);
              cairo_set_line_width (cr, 1.2);
              cairo_stroke (cr);
              break;
            case LEGEND_NOW:
            default:
              {
                double dash[] = { 3, 2 };

                _pl_paint_set_color (p, p->style->now, 1);
                cairo_set_line_width (cr, 2);
                cairo_set_dash (cr, dash, 2, 0);
                cairo_move_to (cr, sx + swatch / 2, mid - swatch / 2);
                cairo_line_to (cr, sx + swatch / 2, mid + swatch / 2);
                cairo_stroke (cr);
                cairo_set_dash (cr, NULL, 0, 0);
              }
              break;
            }
          _pl_paint_text (p, label, p->small, p->style->foreground, rtl ? sx - 6 - (w - swatch - 6 - size * 1.5) : sx + swatch + 6,
                          y + cy, w - swatch - 6 - size * 1.5 + 1, row);
        }
      cx += w;
    }
  return cy + row;
}

static void
painter_init_for_legend (Painter *p,
                         cairo_t *cr,
                         const PlRenderStyle *style,
                         PangoContext *context)
{
  *p = (Painter){ cr, NULL, NULL, style, &PL_TIMELINE_MARKS_NONE, NULL, NULL, NULL, NULL, 1, FALSE };
  p->text = cr ? pango_cairo_create_layout (cr) : pango_layout_new (context);
  p->font = pango_font_description_from_string (style->font_family ? style->font_family : "sans");
  pango_font_description_set_absolute_size (p->font, style->font_size * PANGO_SCALE);
  p->small = pango_font_description_copy (p->font);
  pango_font_description_set_absolute_size (p->small, style->font_size * 0.88 * PANGO_SCALE);
  p->bold = pango_font_description_copy (p->font);
  pango_layout_set_single_paragraph_mode (p->text, TRUE);
}

static void
painter_clear (Painter *p)
{
  pango_font_description_free (p->font);
  pango_font_description_free (p->small);
  pango_font_description_free (p->bold);
  g_object_unref (p->text);
}

/**
 * pl_timeline_renderer_legend_height:
 *
 * Returns: how tall the legend is when drawn @width pixels wide
 */
double
pl_timeline_renderer_legend_height (const PlRenderStyle *style,
                                    double width)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  Painter p;
  double height;

  pango_cairo_context_set_resolution (context, 96);
  painter_init_for_legend (&p, NULL, style, context);
  height = legend_flow (&p, 0, 0, width, FALSE);
  painter_clear (&p);
  g_object_unref (context);
  return height;
}

/**
 * pl_timeline_renderer_draw_legend:
 *
 * Draws the key to the timeline's colours and marks: categories, statuses,
 * events, sources and the publication line, in rows within @width.
 */
void
pl_timeline_renderer_draw_legend (cairo_t *cr,
                                  const PlRenderStyle *style,
                                  double x,
                                  double y,
                                  double width,
                                  gboolean rtl)
{
  Painter p;

  painter_init_for_legend (&p, cr, style, NULL);
  if (rtl)
    {
      pango_layout_set_auto_dir (p.text, FALSE);
      pango_context_set_base_dir (pango_layout_get_context (p.text), PANGO_DIRECTION_RTL);
      pango_layout_context_changed (p.text);
    }
  legend_flow (&p, x, y, width, rtl);
  painter_clear (&p);
}
