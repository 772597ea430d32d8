/* pl-timeline-paint-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "pl-timeline-renderer.h"

G_BEGIN_DECLS

#define MARKER_HALF(p) 6.0

typedef struct
{
  cairo_t *cr;
  PlTimelineLayout *layout;
  const PlTimelineFrame *frame;
  const PlRenderStyle *style;
  const PlTimelineMarks *marks;
  PangoLayout *text;
  PangoFontDescription *font;
  PangoFontDescription *bold;
  PangoFontDescription *small;
  double alpha; /* 1, or less for dimmed items */
  gboolean knockout;
  PangoLayout *digits[10]; /* counts are drawn digit by digit, shaped once */
  double digit_width[10];
  double digit_height;
  double digit_baseline;
  unsigned long digit_glyph[10];
  cairo_scaled_font_t *digit_font; /* the one font of all ten, or NULL */
  gboolean digits_mixed;           /* the digits come from several fonts */
  GArray *pills;                   /* PlRect: cluster pills, filled in one go */
  GArray *glyphs;                  /* cairo_glyph_t: their counts, shown in one go */
  GArray *band_glyphs;             /* cairo_glyph_t: numbers of bands too narrow for names */
} Painter;

void _pl_paint_set_color (Painter *p,
                          PlColor color,
                          double alpha);
void _pl_paint_rounded_rect (cairo_t *cr,
                             double x,
                             double y,
                             double w,
                             double h,
                             double r);
double _pl_paint_text (Painter *p,
                       const char *text,
                       const PangoFontDescription *font,
                       PlColor color,
                       double x,
                       double y,
                       double width,
                       double height);
double _pl_paint_measure_text (Painter *p,
                               const char *text,
                               const PangoFontDescription *font);
void _pl_paint_status_glyph (Painter *p,
                             int status,
                             double cx,
                             double cy,
                             double r);
void _pl_paint_diamond (cairo_t *cr,
                        double cx,
                        double cy,
                        double r);

G_END_DECLS
