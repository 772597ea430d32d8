/* pl-timeline-renderer.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimeline"

#include "config.h"

#include "pl-timeline-renderer.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "pl-labels.h"
#include "pl-timeline-paint-private.h"

/* Draws a timeline frame into any cairo_t: the widget's snapshot, an export
 * surface, later slides and printed pages. Everything it needs comes in the
 * frame (what goes where) and the style (how it looks). */

/* A frame can hold hundreds of counted clusters; shaping each count with
 * Pango would cost more than all the rest of the frame, so the ten digits
 * are shaped once per frame and placed side by side. */
static double
count_width (Painter *p,
             const char *count)
{
  double width = 0;

  for (const char *c = count; *c; c++)
    {
      int d = *c - '0';

      if (p->digits[d] == NULL)
        {
          char text[2] = { *c, 0 };
          PangoLayoutLine *line;
          int w, h;

          p->digits[d] = pango_layout_copy (p->text);
          pango_layout_set_font_description (p->digits[d], p->small);
          pango_layout_set_width (p->digits[d], -1);
          pango_layout_set_text (p->digits[d], text, 1);
          pango_layout_get_pixel_size (p->digits[d], &w, &h);
          p->digit_width[d] = w;
          p->digit_height = h;
          p->digit_baseline = pango_layout_get_baseline (p->digits[d]) / (double) PANGO_SCALE;

          /* The glyph and font, for showing every count of the frame in
           * one cairo_show_glyphs(). */
          line = pango_layout_get_line_readonly (p->digits[d], 0);
          if (line && line->runs && ((PangoGlyphItem *) line->runs->data)->glyphs->num_glyphs == 1)
            {
              PangoGlyphItem *run = line->runs->data;
              cairo_scaled_font_t *font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));

              p->digit_glyph[d] = run->glyphs->glyphs[0].glyph;
              if (p->digit_font == NULL)
                p->digit_font = font;
              else if (p->digit_font != font)
                p->digits_mixed = TRUE;
            }
          else
            p->digits_mixed = TRUE;
        }
      width += p->digit_width[d];
    }
  return width;
}

static void
draw_count (Painter *p,
            const char *count,
            PlColor color,
            double x,
            double y,
            double height)
{
  count_width (p, count);
  _pl_paint_set_color (p, color, 1);
  for (const char *c = count; *c; c++)
    {
      int d = *c - '0';

      cairo_move_to (p->cr, x, y + (height - p->digit_height) / 2);
      pango_cairo_show_layout (p->cr, p->digits[d]);
      x += p->digit_width[d];
    }
}

/* A count on a pill, kept for the batch when the digits allow it. */
static void
queue_count (Painter *p,
             GArray *batch,
             PlColor color,
             const char *count,
             double x,
             double y,
             double height)
{
  count_width (p, count);
  if (p->digits_mixed || p->digit_font == NULL)
    {
      draw_count (p, count, color, x, y, height);
      return;
    }
  for (const char *c = count; *c; c++)
    {
      int d = *c - '0';
      cairo_glyph_t glyph = { p->digit_glyph[d], x, y + (height - p->digit_height) / 2 + p->digit_baseline };

      g_array_append_val (batch, glyph);
      x += p->digit_width[d];
    }
}

/* Pills first, in one fill, then all their counts in one show. */
static void
flush_pills (Painter *p)
{
  cairo_t *cr = p->cr;

  if (p->pills->len == 0 && p->band_glyphs->len == 0)
    return;
  /* Pixel-aligned boxes with bevelled corners: one fast fill for all. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (guint i = 0; i < p->pills->len; i++)
    {
      const PlRect *r = &g_array_index (p->pills, PlRect, i);
      double x = round (r->x), y = round (r->y), w = round (r->x + r->width) - x, h = round (r->y + r->height) - y;

      cairo_rectangle (cr, x + 2, y, w - 4, h);
      cairo_rectangle (cr, x, y + 2, 2, h - 4);
      cairo_rectangle (cr, x + w - 2, y + 2, 2, h - 4);
      cairo_rectangle (cr, x + 1, y + 1, 1, h - 2);
      cairo_rectangle (cr, x + w - 2, y + 1, 1, h - 2);
    }
  _pl_paint_set_color (p, p->style->secondary, 0.85);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (cr);
  cairo_restore (cr);
  if (p->glyphs->len > 0 && p->digit_font)
    {
      cairo_set_scaled_font (cr, p->digit_font);
      _pl_paint_set_color (p, p->style->background, 1);
      cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) p->glyphs->data, (int) p->glyphs->len);
    }
  if (p->band_glyphs->len > 0 && p->digit_font)
    {
      cairo_set_scaled_font (cr, p->digit_font);
      _pl_paint_set_color (p, p->style->foreground, 1);
      cairo_show_glyphs (cr, (cairo_glyph_t *) (gpointer) p->band_glyphs->data, (int) p->band_glyphs->len);
    }
  g_array_set_size (p->pills, 0);
  g_array_set_size (p->glyphs, 0);
  g_array_set_size (p->band_glyphs, 0);
}

/* A horizontal gradient that fades a band's soft (approximate or inferred)
 * ends out towards its edges. */
static cairo_pattern_t *
soft_pattern (Painter *p,
              const PlTimelineBox *box,
              const PlTimelineEntry *entry,
              PlColor color,
              double alpha)
{
  const PlTimelineViewport *vp = &p->frame->viewport;
  double a = pl_timeline_viewport_time_to_x (vp, entry->span.start);
  double b = pl_timeline_viewport_time_to_x (vp, entry->span.end);
  double x0 = box->rect.x, x1 = box->rect.x + box->rect.width;
  double firm0 = CLAMP (MIN (a, b), x0, x1), firm1 = CLAMP (MAX (a, b), x0, x1);
  double edge0 = (vp->rtl ? box->flags & PL_TIMELINE_BOX_SOFT_END : box->flags & PL_TIMELINE_BOX_SOFT_START) ? 0.12 : 1;
  double edge1 = (vp->rtl ? box->flags & PL_TIMELINE_BOX_SOFT_START : box->flags & PL_TIMELINE_BOX_SOFT_END) ? 0.12 : 1;
  cairo_pattern_t *pattern;
  double width = MAX (x1 - x0, 1);
  double k = color.alpha * alpha * p->alpha;

  pattern = cairo_pattern_create_linear (x0, 0, x1, 0);
  cairo_pattern_add_color_stop_rgba (pattern, 0, color.red, color.green, color.blue, k * edge0);
  cairo_pattern_add_color_stop_rgba (pattern, (firm0 - x0) / width, color.red, color.green, color.blue, k);
  cairo_pattern_add_color_stop_rgba (pattern, (firm1 - x0) / width, color.red, color.green, color.blue, k);
  cairo_pattern_add_color_stop_rgba (pattern, 1, color.red, color.green, color.blue, k * edge1);
  return pattern;
}

/* A band fast: Cairo fills pixel-aligned rectangles without antialiasing
 * far quicker than any curved or dashed path, and a frame may hold a
 * hundred bands a thousand pixels tall. So the body and straight edges are
 * rectangles; only the four corners of a firm band are curves (small), and
 * a planned band's dashes are rectangles along its top and bottom. Soft
 * (approximate or inferred) ends fade out through a gradient over their
 * own, usually narrow, part. */
static void
draw_band (Painter *p,
           const PlTimelineBox *box,
           const PlTimelineEntry *entry,
           PlColor fill,
           PlColor border,
           double x,
           double y,
           double x1,
           double y1,
           double line_width,
           gboolean dashed)
{
  cairo_t *cr = p->cr;
  const PlTimelineViewport *vp = &p->frame->viewport;
  double a = pl_timeline_viewport_time_to_x (vp, entry->span.start);
  double b = pl_timeline_viewport_time_to_x (vp, entry->span.end);
  double X0 = round (x), X1 = round (x1), Y0 = round (y), Y1 = round (y1);
  double F0 = X0, F1 = X1;
  double lw = line_width;
  double r;
  gboolean rounded;

  if (box->flags & (vp->rtl ? PL_TIMELINE_BOX_SOFT_END : PL_TIMELINE_BOX_SOFT_START))
    F0 = CLAMP (round (MIN (a, b)), X0, X1);
  if (box->flags & (vp->rtl ? PL_TIMELINE_BOX_SOFT_START : PL_TIMELINE_BOX_SOFT_END))
    F1 = CLAMP (round (MAX (a, b)), F0, X1);
  /* Firm bands get bevelled corners of two pixels: as soft to the eye as a
   * small radius, and still only rectangles. */
  r = 2;
  rounded = !dashed && X1 - X0 > 2 * r + 2 && Y1 - Y0 > 2 * r + 2 && F0 == X0 && F1 == X1;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);

  /* The body, and the soft ends with their fading top and bottom edges. */
  _pl_paint_set_color (p, fill, 1);
  cairo_rectangle (cr, F0, Y0 + (rounded ? r : 0), F1 - F0, Y1 - Y0 - (rounded ? 2 * r : 0));
  if (rounded)
    {
      cairo_rectangle (cr, X0 + r, Y0, X1 - X0 - 2 * r, r);
      cairo_rectangle (cr, X0 + r, Y1 - r, X1 - X0 - 2 * r, r);
    }
  cairo_fill (cr);
  for (int end = 0; end < 2; end++)
    {
      double s0 = end ? F1 : X0, s1 = end ? X1 : F0;
      cairo_pattern_t *pattern;

      if (s1 <= s0)
        continue;
      pattern = soft_pattern (p, box, entry, fill, 1);
      cairo_set_source (cr, pattern);
      cairo_rectangle (cr, s0, Y0, s1 - s0, Y1 - Y0);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
      pattern = soft_pattern (p, box, entry, border, 1);
      cairo_set_source (cr, pattern);
      cairo_rectangle (cr, s0, Y0, s1 - s0, lw);
      cairo_rectangle (cr, s0, Y1 - lw, s1 - s0, lw);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }

  /* Straight edges of the firm part, and the bevels. */
  _pl_paint_set_color (p, border, 1);
  if (dashed)
    {
      double from = MAX (F0, -8.0), to = MIN (F1, vp->width + 8);

      for (double d = F0 + floor ((from - F0) / 8) * 8; d < to; d += 8)
        {
          double w = MIN (5, F1 - d);

          if (w > 0)
            {
              cairo_rectangle (cr, d, Y0, w, lw);
              cairo_rectangle (cr, d, Y1 - lw, w, lw);
            }
        }
    }
  else
    {
      cairo_rectangle (cr, F0 + (rounded ? r : 0), Y0, F1 - F0 - (rounded ? 2 * r : 0), lw);
      cairo_rectangle (cr, F0 + (rounded ? r : 0), Y1 - lw, F1 - F0 - (rounded ? 2 * r : 0), lw);
    }
  if (F0 == X0)
    cairo_rectangle (cr, X0, Y0 + (rounded ? r : 0), lw, Y1 - Y0 - (rounded ? 2 * r : 0));
  if (F1 == X1)
    cairo_rectangle (cr, X1 - lw, Y0 + (rounded ? r : 0), lw, Y1 - Y0 - (rounded ? 2 * r : 0));
  if (rounded)
    {
      cairo_rectangle (cr, X0 + 1, Y0 + 1, lw, lw);
      cairo_rectangle (cr, X1 - 1 - lw, Y0 + 1, lw, lw);
      cairo_rectangle (cr, X0 + 1, Y1 - 1 - lw, lw, lw);
      cairo_rectangle (cr, X1 - 1 - lw, Y1 - 1 - lw, lw, lw);
    }
  cairo_fill (cr);
  cairo_restore (cr);
}

static void
draw_phase (Painter *p,
            const PlTimelineBox *box,
            const PlTimelineEntry *entry)
{
  PlColor status = p->style->status[CLAMP (entry->status, 0, PL_N_STATUSES - 1)];
  PlColor fill = pl_color_mix (p->style->surface, status, p->style->high_contrast ? 0 : entry->depth > 0 ? 0.14
                                                                                                         : 0.08);
  double radius = 6;
  double line_width = entry->status == PL_STATUS_CURRENT || p->style->high_contrast ? 2 : 1;
  const PlRect *r = &box->rect;

  /* Only what can show is turned into a path: a band thousands of pixels
   * long or tall (zoomed in, or with many cards) costs what the view shows.
   * Cut edges go on past the view, so they read as going on. */
  const PlTimelineViewport *vp = &p->frame->viewport;
  double margin = radius * 2 + line_width;
  double x = MAX (r->x, -margin), x1 = MIN (r->x + r->width, vp->width + margin);
  double y = MAX (r->y, -margin), y1 = MIN (r->y + r->height, vp->height + margin);

  if (x1 <= x || y1 <= y)
    return;
  draw_band (p, box, entry, fill, status, x, y, x1, y1, line_width,
             entry->status == PL_STATUS_PLANNED || entry->status == PL_STATUS_UNKNOWN);

  /* Too narrow for its name, wide enough for its number. */
  if (box->label.width <= 0 && p->alpha >= 1)
    {
      guint index = pl_phase_get_index (PL_PHASE (entry->item));
      char number[16];
      double w;

      g_snprintf (number, sizeof number, "%u", index);
      w = count_width (p, number);
      if (index > 0 && x1 - x >= w + 6)
        queue_count (p, p->band_glyphs, p->style->foreground, number, x + (x1 - x - w) / 2, MAX (y, 0) + 4,
                     p->style->font_size * 1.4);
    }

  if (box->label.width > 0)
    {
      double line = box->label.height / 2;
      double glyph = line * 0.32;
      g_autofree char *meta = NULL;
      guint index = pl_phase_get_index (PL_PHASE (entry->item));
      gboolean rtl = p->frame->viewport.rtl;
      double gx = rtl ? box->label.x + box->label.width - glyph : box->label.x + glyph;

      _pl_paint_text (p, entry->label, p->bold, p->style->foreground, box->label.x, box->label.y, box->label.width, line);
      _pl_paint_status_glyph (p, entry->status, gx, box->label.y + line * 1.5, glyph);
      if (index > 0 && entry->depth > 0)
        /* TRANSLATORS: "Part 2 · Current" under the name of a part of a phase */
        meta = g_strdup_printf (_ ("Part %u · %s"), index, pl_status_get_label (CLAMP (entry->status, 0, PL_N_STATUSES - 1)));
      else if (index > 0)
        /* TRANSLATORS: "Phase 2 · Current" under a phase's name */
        meta = g_strdup_printf (_ ("Phase %u · %s"), index, pl_status_get_label (CLAMP (entry->status, 0, PL_N_STATUSES - 1)));
      else
        meta = g_strdup (pl_status_get_label (CLAMP (entry->status, 0, PL_N_STATUSES - 1)));
      _pl_paint_text (p, meta, p->small, p->style->secondary, rtl ? box->label.x : box->label.x + glyph * 2 + 4, box->label.y + line,
                      box->label.width - glyph * 2 - 4, line);
    }
}

static void
draw_component (Painter *p,
                const PlTimelineBox *box,
                const PlTimelineEntry *entry)
{
  cairo_t *cr = p->cr;
  const PlRect *r = &box->rect;
  PlColor color = p->style->category[CLAMP (entry->category, 0, PL_N_CATEGORIES - 1)];
  gboolean rtl = p->frame->viewport.rtl;

  double X0 = round (r->x), Y0 = round (r->y), X1 = round (r->x + r->width), Y1 = round (r->y + r->height);

  if (r->y > p->frame->viewport.height || r->y + r->height < 0)
    return;
  /* Pixel-aligned rectangles without antialiasing: the fast path, as for
   * bands; a frame can hold hundreds of cards. */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  _pl_paint_set_color (p, p->style->surface, 1);
  cairo_rectangle (cr, X0, Y0, X1 - X0, Y1 - Y0);
  cairo_fill (cr);
  _pl_paint_set_color (p, p->style->high_contrast ? p->style->foreground : p->style->grid, 1);
  cairo_rectangle (cr, X0, Y0, X1 - X0, 1);
  cairo_rectangle (cr, X0, Y1 - 1, X1 - X0, 1);
  cairo_rectangle (cr, X0, Y0, 1, Y1 - Y0);
  cairo_rectangle (cr, X1 - 1, Y0, 1, Y1 - Y0);
  cairo_fill (cr);

  /* The category's colour as a stripe on the leading edge. */
  _pl_paint_set_color (p, color, 1);
  cairo_rectangle (cr, rtl ? X1 - 5 : X0 + 1, Y0 + 1, 4, Y1 - Y0 - 2);
  cairo_fill (cr);
  cairo_restore (cr);

  _pl_paint_text (p, entry->label, p->font, p->style->foreground, box->label.x, box->label.y, box->label.width, box->label.height);
}

static void
draw_point (Painter *p,
            const PlTimelineBox *box,
            const PlTimelineEntry *entry)
{
  cairo_t *cr = p->cr;
  double cy = box->rect.y + box->rect.height / 2;
  double r = box->rect.height * 0.22;
  PlColor color = box->kind == PL_TIMELINE_BOX_SOURCE ? p->style->secondary : p->style->foreground;

  if (fabs (box->marker_end - box->marker_x) > 2)
    {
      /* A month or a year: a soft bar over the span it may mean. */
      double x0 = MIN (box->marker_x, box->marker_end), x1 = MAX (box->marker_x, box->marker_end);
      cairo_pattern_t *pattern = cairo_pattern_create_linear (x0, 0, x1, 0);
      double k = (p->style->dark ? 0.55 : 0.35) * p->alpha;
      PlColor c = p->style->accent;

      cairo_pattern_add_color_stop_rgba (pattern, 0, c.red, c.green, c.blue, k);
      cairo_pattern_add_color_stop_rgba (pattern, 1, c.red, c.green, c.blue, k * 0.25);
      cairo_set_source (cr, pattern);
      _pl_paint_rounded_rect (cr, x0, cy - r * 0.6, x1 - x0, r * 1.2, r * 0.6);
      cairo_fill (cr);
      cairo_pattern_destroy (pattern);
    }

  if (box->kind == PL_TIMELINE_BOX_SOURCE)
    {
      /* A page with a folded corner. */
      double w = r * 1.5, h = r * 2;
      double x = box->marker_x - w / 2, y = cy - h / 2;

      cairo_move_to (cr, x, y);
      cairo_line_to (cr, x + w * 0.6, y);
      cairo_line_to (cr, x + w, y + h * 0.3);
      cairo_line_to (cr, x + w, y + h);
      cairo_line_to (cr, x, y + h);
      cairo_close_path (cr);
      _pl_paint_set_color (p, p->style->surface, 1);
      cairo_fill_preserve (cr);
      _pl_paint_set_color (p, color, 1);
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }
  else
    {
      _pl_paint_diamond (cr, box->marker_x, cy, r);
      _pl_paint_set_color (p, entry->dated ? color : p->style->secondary, 1);
      cairo_fill (cr);
    }

  if (box->label.width > 0)
    {
      p->knockout = TRUE;
      _pl_paint_text (p, entry->label, p->font, box->kind == PL_TIMELINE_BOX_SOURCE ? p->style->secondary : p->style->foreground,
                      box->label.x, box->label.y, box->label.width, box->label.height);
      p->knockout = FALSE;
    }
}

static void
draw_cluster (Painter *p,
              const PlTimelineBox *box)
{
  cairo_t *cr = p->cr;
  g_autofree char *count = g_strdup_printf ("%u", box->count);
  const PlRect *r = &box->rect;
  double text_width = count_width (p, count);

  if (box->first == G_MAXUINT)
    {
      /* Phases too thin to draw: a hatched block with their count. */
      cairo_save (cr);
      _pl_paint_rounded_rect (cr, r->x, r->y + 2, r->width, r->height - 4, 3);
      cairo_clip_preserve (cr);
      _pl_paint_set_color (p, p->style->grid, 1);
      cairo_fill (cr);
      _pl_paint_set_color (p, p->style->secondary, 0.5);
      cairo_set_line_width (cr, 1);
      for (double x = r->x - r->height; x < r->x + r->width; x += 6)
        {
          cairo_move_to (cr, x, r->y + r->height);
          cairo_line_to (cr, x + r->height, r->y);
        }
      cairo_stroke (cr);
      cairo_restore (cr);
      if (r->width >= text_width + 6)
        draw_count (p, count, p->style->foreground, r->x + (r->width - text_width) / 2, r->y, r->height);
      return;
    }

  {
    /* Events or sources too close to tell apart: a pill from the first to the
     * last, with their count. */
    double cy = r->y + r->height / 2;
    double h = MIN (r->height - 6, p->style->font_size * 1.4);
    double x0 = MIN (box->marker_x, box->marker_end) - MARKER_HALF (p);
    double x1 = MAX (MAX (box->marker_x, box->marker_end) + MARKER_HALF (p), x0 + text_width + h);

    if (p->frame->viewport.rtl)
      {
        double shift = x1 - (MAX (box->marker_x, box->marker_end) + MARKER_HALF (p));

        x0 -= shift;
        x1 -= shift;
      }
    if (p->alpha < 1)
      {
        _pl_paint_rounded_rect (cr, x0, cy - h / 2, x1 - x0, h, h / 2);
        _pl_paint_set_color (p, p->style->secondary, 0.85);
        cairo_fill (cr);
        draw_count (p, count, p->style->background, x0 + (x1 - x0 - text_width) / 2, cy - h / 2, h);
      }
    else
      {
        PlRect pill = { x0, cy - h / 2, x1 - x0, h };

        g_array_append_val (p->pills, pill);
        queue_count (p, p->glyphs, p->style->background, count, x0 + (x1 - x0 - text_width) / 2, cy - h / 2, h);
      }
  }
}

static void
draw_marks (Painter *p,
            const PlTimelineBox *box,
            gboolean selected,
            gboolean focused,
            gboolean hovered)
{
  cairo_t *cr = p->cr;
  PlRect r = box->rect;

  if (box->kind == PL_TIMELINE_BOX_EVENT || box->kind == PL_TIMELINE_BOX_SOURCE)
    {
      double right = box->label.width > 0 ? MAX (box->label.x + box->label.width, r.x + r.width) : r.x + r.width;
      double left = box->label.width > 0 ? MIN (box->label.x, r.x) : r.x;

      r.x = left - 2;
      r.width = right - left + 4;
      r.y += 1;
      r.height -= 2;
    }
  if (hovered && !selected)
    {
      _pl_paint_rounded_rect (cr, r.x, r.y, r.width, r.height, 5);
      _pl_paint_set_color (p, p->style->foreground, 0.06);
      cairo_fill (cr);
    }
  if (selected)
    {
      _pl_paint_rounded_rect (cr, r.x - 1, r.y - 1, r.width + 2, r.height + 2, 6);
      _pl_paint_set_color (p, p->style->accent, 0.14);
      cairo_fill_preserve (cr);
      _pl_paint_set_color (p, p->style->accent, 1);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  if (focused)
    {
      double dash[] = { 3, 2 };

      _pl_paint_rounded_rect (cr, r.x - 3, r.y - 3, r.width + 6, r.height + 6, 8);
      _pl_paint_set_color (p, p->style->focus, 1);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

static void
draw_axis (Painter *p)
{
  cairo_t *cr = p->cr;
  const PlTimelineFrame *frame = p->frame;
  const PlTimelineViewport *vp = &frame->viewport;
  double top = frame->axis_y, height = frame->axis_height;
  double line = height / 2;
  guint n_hidden = pl_timeline_layout_get_n_hidden_events (p->layout);

  _pl_paint_set_color (p, p->style->background, 1);
  cairo_rectangle (cr, 0, top, vp->width, height);
  cairo_fill (cr);
  _pl_paint_set_color (p, p->style->grid, 1);
  cairo_rectangle (cr, 0, top + height - 1, vp->width, 1);
  cairo_fill (cr);

  for (guint i = 0; i < frame->ticks->len; i++)
    {
      const PlTimelineTick *tick = &g_array_index (frame->ticks, PlTimelineTick, i);
      double next = i + 1 < frame->ticks->len ? g_array_index (frame->ticks, PlTimelineTick, i + 1).x : (vp->rtl ? 0 : vp->width);
      double room = fabs (next - tick->x) - 8;

      _pl_paint_set_color (p, tick->major ? p->style->secondary : p->style->grid, 1);
      cairo_rectangle (cr, floor (tick->x), top + (tick->major ? line * 0.5 : line), 1, height - (tick->major ? line * 0.5 : line));
      cairo_fill (cr);
      /* An axis label shows whole or not at all: a lone "…" says nothing. */
      if (room > 8 && (frame->mode == PL_TIMELINE_MODE_SEQUENCE || _pl_paint_measure_text (p, tick->label, tick->major ? p->bold : p->small) <= room))
        _pl_paint_text (p, tick->label, tick->major ? p->bold : p->small, tick->major ? p->style->foreground : p->style->secondary,
                        vp->rtl ? tick->x - 4 - room : tick->x + 4, top + (tick->major ? line * 0.25 : line * 0.9), room,
                        line);
    }

  if (frame->context_label)
    {
      double w = _pl_paint_measure_text (p, frame->context_label, p->bold);
      gboolean covered = FALSE;

      /* Only when no major tick label sits near the start edge. */
      for (guint i = 0; i < frame->ticks->len && !covered; i++)
        {
          const PlTimelineTick *tick = &g_array_index (frame->ticks, PlTimelineTick, i);
          double offset = vp->rtl ? vp->width - tick->x : tick->x;

          covered = tick->major && offset >= -4 && offset < w + 24;
        }
      if (!covered)
        {
          double x = vp->rtl ? vp->width - 4 - w : 4;

          _pl_paint_set_color (p, p->style->background, 1);
          cairo_rectangle (cr, x - 4, top, w + 12, line);
          cairo_fill (cr);
          _pl_paint_text (p, frame->context_label, p->bold, p->style->foreground, x, top + line * 0.25, w + 1, line);
        }
    }

  if (frame->has_now)
    {
      const char *label = frame->mode == PL_TIMELINE_MODE_SEQUENCE ? _ ("Now") : _ ("Published");
      double w = _pl_paint_measure_text (p, label, p->small) + 12;
      double x = CLAMP (frame->now_x - w / 2, 0, vp->width - w);
      PlColor c = p->style->now;
      /* Text in black or white, whichever reads better on the pill. */
      double luminance = 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue;
      PlColor ink = luminance > 0.5 ? (PlColor){ 0, 0, 0, 1 } : (PlColor){ 1, 1, 1, 1 };

      if (frame->now_x > -w && frame->now_x < vp->width + w)
        {
          _pl_paint_rounded_rect (cr, x, top + 2, w, line - 2, (line - 2) / 2);
          _pl_paint_set_color (p, c, 1);
          cairo_fill (cr);
          _pl_paint_text (p, label, p->small, ink, x + 6, top + 2, w - 10, line - 2);
        }
    }

  if (n_hidden > 0 || pl_timeline_layout_get_dates_missing (p->layout))
    {
      g_autofree char *note = NULL;
      double w, x;

      if (pl_timeline_layout_get_dates_missing (p->layout))
        note = g_strdup (_ ("No dates given: phases in order"));
      else if (frame->mode == PL_TIMELINE_MODE_SEQUENCE)
        note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event tied to no phase: see it with dates",
                                             "%u events tied to no phase: see them with dates", n_hidden),
                                n_hidden);
      else
        note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u undated event not shown", "%u undated events not shown", n_hidden),
                                n_hidden);
      /* On the axis's second line, over whatever minor labels it hides. */
      w = MIN (_pl_paint_measure_text (p, note, p->small), vp->width / 2);
      x = vp->rtl ? 8 : vp->width - w - 8;
      _pl_paint_set_color (p, p->style->background, 1);
      cairo_rectangle (cr, x - 8, top + line - 1, w + 16, line - 1);
      cairo_fill (cr);
      _pl_paint_text (p, note, p->small, p->style->secondary, x, top + line - 1, w, line - 1);
    }
}

/**
 * pl_timeline_renderer_draw:
 * @cr: where to draw, with (0, 0) at the viewport's top left
 * @layout: the layout @frame was built from
 * @frame: what to draw
 * @style: how
 * @marks: (nullable): the selected, focused and hovered entries, and dimming
 *
 * Draws the frame: grid, phases with their components, events, sources, the
 * publication line, and the axis on top. The background is left to the caller.
 */
void
pl_timeline_renderer_draw (cairo_t *cr,
                           PlTimelineLayout *layout,
                           const PlTimelineFrame *frame,
                           const PlRenderStyle *style,
                           const PlTimelineMarks *marks)
{
  Painter p = { cr, layout, frame, style, marks ? marks : &PL_TIMELINE_MARKS_NONE, NULL, NULL, NULL, NULL, 1, FALSE };
  const PlTimelineViewport *vp = &frame->viewport;
  double content_top = frame->axis_y + frame->axis_height;
  int marked[3] = { -1, -1, -1 };

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, vp->width, vp->height);
  cairo_clip (cr);

  p.text = pango_cairo_create_layout (cr);
  if (vp->rtl)
    {
      /* Every label reads from the right, whatever its script. */
      pango_layout_set_auto_dir (p.text, FALSE);
      pango_context_set_base_dir (pango_layout_get_context (p.text), PANGO_DIRECTION_RTL);
      pango_layout_context_changed (p.text);
      pango_layout_set_alignment (p.text, PANGO_ALIGN_RIGHT);
    }
  pango_layout_set_ellipsize (p.text, PANGO_ELLIPSIZE_END);
  pango_layout_set_single_paragraph_mode (p.text, TRUE);
  p.pills = g_array_new (FALSE, FALSE, sizeof (PlRect));
  p.glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  p.band_glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  p.font = pango_font_description_from_string (style->font_family ? style->font_family : "sans");
  pango_font_description_set_absolute_size (p.font, style->font_size * PANGO_SCALE);
  p.bold = pango_font_description_copy (p.font);
  pango_font_description_set_weight (p.bold, PANGO_WEIGHT_BOLD);
  p.small = pango_font_description_copy (p.font);
  pango_font_description_set_absolute_size (p.small, style->font_size * 0.88 * PANGO_SCALE);

  /* Grid lines under everything. */
  for (guint i = 0; i < frame->ticks->len; i++)
    {
      const PlTimelineTick *tick = &g_array_index (frame->ticks, PlTimelineTick, i);

      _pl_paint_set_color (&p, style->grid, tick->major ? 1 : 0.5);
      cairo_rectangle (cr, floor (tick->x), content_top, 1, vp->height - content_top);
      cairo_fill (cr);
    }

  /* The publication line goes under the bands, so it never crosses text. */
  if (frame->has_now)
    {
      double dash[] = { 6, 4 };

      _pl_paint_set_color (&p, style->now, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, round (frame->now_x), content_top);
      cairo_line_to (cr, round (frame->now_x), vp->height);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  cairo_save (cr);
  cairo_rectangle (cr, 0, content_top, vp->width, vp->height - content_top);
  cairo_clip (cr);
  for (guint i = 0; i < frame->boxes->len; i++)
    {
      const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, i);
      const PlTimelineEntry *entry = box->entry >= 0 ? pl_timeline_layout_get_entry (layout, (guint) box->entry) : NULL;

      if (entry == NULL)
        continue;
      p.alpha = p.marks->dimmed && box->kind != PL_TIMELINE_BOX_CLUSTER && p.marks->dimmed[box->entry] ? 0.3 : 1;
      switch (box->kind)
        {
        case PL_TIMELINE_BOX_PHASE:
          draw_phase (&p, box, entry);
          break;
        case PL_TIMELINE_BOX_COMPONENT:
          draw_component (&p, box, entry);
          break;
        case PL_TIMELINE_BOX_EVENT:
        case PL_TIMELINE_BOX_SOURCE:
          draw_point (&p, box, entry);
          break;
        case PL_TIMELINE_BOX_CLUSTER:
        default:
          draw_cluster (&p, box);
          break;
        }
      if (box->kind != PL_TIMELINE_BOX_CLUSTER)
        {
          if (box->entry == p.marks->selected)
            marked[0] = (int) i;
          if (box->entry == p.marks->focused)
            marked[1] = (int) i;
          if (box->entry == p.marks->hovered)
            marked[2] = (int) i;
        }
    }
  p.alpha = 1;
  flush_pills (&p);

  /* When the content goes on above or below, the edge fades out. */
  for (int edge = 0; edge < 2; edge++)
    {
      double h = 18, top = edge ? vp->height - h : content_top;
      PlColor bg = style->background;
      cairo_pattern_t *fade;

      if (!(edge ? frame->more_below : frame->more_above))
        continue;
      fade = cairo_pattern_create_linear (0, top, 0, top + h);
      cairo_pattern_add_color_stop_rgba (fade, 0, bg.red, bg.green, bg.blue, edge ? 0 : 0.9);
      cairo_pattern_add_color_stop_rgba (fade, 1, bg.red, bg.green, bg.blue, edge ? 0.9 : 0);
      cairo_set_source (cr, fade);
      cairo_rectangle (cr, 0, top, vp->width, h);
      cairo_fill (cr);
      cairo_pattern_destroy (fade);
    }

  /* Marks on top, so neighbours never hide them. */
  for (guint k = 0; k < 3; k++)
    if (marked[k] >= 0)
      {
        const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, marked[k]);

        draw_marks (&p, box, k == 0, k == 1, k == 2);
      }
  cairo_restore (cr);

  /* A briefing with nothing to place says so, rather than a blank. */
  if (pl_timeline_layout_get_n_entries (layout) == 0)
    {
      const char *empty = _ ("Nothing to place yet: add a phase or an event");
      double w = MIN (_pl_paint_measure_text (&p, empty, p.font), vp->width - 16);
      double h = style->font_size * 1.6;

      _pl_paint_text (&p, empty, p.font, style->secondary, (vp->width - w) / 2,
                      content_top + MAX (0, (vp->height - content_top - h) / 2), w, h);
    }

  draw_axis (&p);

  for (guint d = 0; d < G_N_ELEMENTS (p.digits); d++)
    g_clear_object (&p.digits[d]);
  g_array_unref (p.pills);
  g_array_unref (p.glyphs);
  g_array_unref (p.band_glyphs);
  pango_font_description_free (p.font);
  pango_font_description_free (p.bold);
  pango_font_description_free (p.small);
  g_object_unref (p.text);
  cairo_restore (cr);
}
