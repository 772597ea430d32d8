/* pl-summary.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSummary"

#include "config.h"

#include "pl-summary.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pl-summary-private.h"
#include "pl-timeline-pages.h"
#include "pl-timeline-renderer.h"

/* The summary's pages: rows poured down the page between a running header
 * and a footer with "Page n of m", a heading never the last thing on a
 * page, a table's column headings again at the top of each page it goes on
 * to, a text taller than what is left split between lines, and the
 * timeline scaled to the page width, drawn smaller (down to 70 %) to fit a
 * page or else cut between its rows over pages.
 *
 * Everything is laid out in px at 96 to the inch; the API speaks points. */

#define PX_PER_PT (96.0 / 72.0)
#define UNIT 0.58           /* px per unit: body text of 10 pt */
#define TIMELINE_SCALE 0.72 /* of the timeline's px: its labels at 8 pt */
#define CELL_GAP 12.0       /* units between table cells */

typedef struct
{
  PlSlide *slide; /* owned */
  GArray *rules;  /* PlRect: hairlines under table rows; height 0, or 1 for a section's rule */
} Page;

typedef struct
{
  char *title; /* owned */
  guint page;
} OutlineEntry;

struct _PlSummary
{
  GObject parent_instance;

  PlSlideMetrics m;
  PlSlideTimeline *timeline; /* owned, nullable */
  GPtrArray *pages;          /* owned: Page */
  GArray *outline;           /* owned: OutlineEntry */
  PlRect box;                /* the printable box, px */
  double header_height;      /* of the running header, px */
  double footer_height;
  char *title;   /* owned: for the running header */
  char *printed; /* owned: the date printed, in words */
};

G_DEFINE_FINAL_TYPE (PlSummary, pl_summary, G_TYPE_OBJECT)

static void
page_free (gpointer data)
{
  Page *page = data;

  _pl_slide_free (page->slide);
  g_array_unref (page->rules);
  g_free (page);
}

static void
outline_clear (gpointer data)
{
  g_free (((OutlineEntry *) data)->title);
}

/* ---- the flow ------------------------------------------------------------ */

typedef struct
{
  PlSummary *self;
  Page *page;                 /* borrowed from self->pages */
  double y;                   /* where the next row may go */
  double limit;               /* how low rows may go */
  gboolean empty;             /* nothing on the page but a repeated header */
  const PlSummaryRow *header; /* borrowed: the table's column headings */
} Flow;

static void
new_page (Flow *f);

static double
page_top (PlSummary *self,
          guint index)
{
  return self->box.y + (index > 0 ? self->header_height : 0);
}

static double
full_height (PlSummary *self)
{
  return self->box.y + self->box.height - self->footer_height - page_top (self, 1);
}

static double
row_x (Flow *f,
       const PlSummaryRow *row)
{
  return f->self->box.x + row->indent * f->self->m.unit;
}

static double
row_width (Flow *f,
           const PlSummaryRow *row)
{
  return f->self->box.width - row->indent * f->self->m.unit;
}

/* The cells of @row measured; returns the row's height. */
static double
measure_row (Flow *f,
             const PlSummaryRow *row,
             PangoLayout **layouts,
             double *xs,
             double *widths)
{
  double x = row_x (f, row), width = row_width (f, row), height = 0;
  double gap = CELL_GAP * f->self->m.unit;

  for (guint i = 0; i < row->cells->len; i++)
    {
      double share = row->columns != NULL ? row->columns[i] : 1.0;
      double w = width * share - (i + 1 < row->cells->len ? gap : 0);

      xs[i] = x;
      widths[i] = w;
      layouts[i] = _pl_slide_spec_measure (&f->self->m, row->cells->pdata[i], w);
      height = MAX (height, _pl_slide_layout_height (layouts[i]));
      x += width * share;
    }
  return height;
}

static void
add_rule (Flow *f,
          double x,
          double y,
          double width,
          double strong)
{
  PlRect rule = { x, y, width, strong };

  g_array_append_val (f->page->rules, rule);
}

static void
record_section (Flow *f,
                const PlSummaryRow *row)
{
  OutlineEntry entry = { g_strdup (row->section_title), f->self->pages->len - 1 };

  g_array_append_val (f->self->outline, entry);
  f->header = NULL;
}

/* Places @row, whose cells were measured, at the flow's y after @gap. */
static void
place_row (Flow *f,
           const PlSummaryRow *row,
           PangoLayout **layouts,
           const double *xs,
           const double *widths,
           double gap,
           double height)
{
  double u = f->self->m.unit;

  f->y += gap;
  for (guint i = 0; i < row->cells->len; i++)
    _pl_slide_place (f->page->slide, &f->self->m, _pl_slide_spec_copy (row->cells->pdata[i]), layouts[i], xs[i], f->y,
                     widths[i], _pl_slide_layout_height (layouts[i]));
  if (row->section != 0)
    {
      record_section (f, row);
      add_rule (f, f->self->box.x, f->y + height + 3 * u, f->self->box.width, 1);
      height += 6 * u;
    }
  else if (row->ruled)
    {
      add_rule (f, row_x (f, row), f->y + height + 4 * u, row_width (f, row), 0);
      height += 8 * u;
    }
  if (row->table_header)
    f->header = row;
  f->y += height;
  f->empty = FALSE;
}

/* What must follow a heading on its page: the next row, or the first lines
 * of a long text, or a good part of the timeline. */
static double
lead_height (Flow *f,
             GPtrArray *rows,
             guint index,
             guint depth)
{
  const PlSummaryRow *row = index < rows->len ? rows->pdata[index] : NULL;
  PangoLayout *layouts[4] = { NULL };
  double xs[4], widths[4], height;

  if (row == NULL || depth > 3)
    return 0;
  if (row->kind == PL_SUMMARY_ROW_TIMELINE)
    return full_height (f->self) / 3;
  height = measure_row (f, row, layouts, xs, widths);
  for (guint i = 0; i < row->cells->len; i++)
    g_object_unref (layouts[i]);
  /* A text, or cells taller than a page, is split: a few lines will do. */
  if (row->kind == PL_SUMMARY_ROW_TEXT || height > full_height (f->self))
    height = MIN (height, 60 * f->self->m.unit);
  height += row->gap * f->self->m.unit;
  if (row->keep_with_next)
    height += lead_height (f, rows, index + 1, depth + 1);
  return height;
}

/* Places as many lines of a one-block row as fit, at least two; returns
 * the rest, or NULL when nothing was placed. */
static PlSlideSpec *
place_head (Flow *f,
            const PlSummaryRow *row,
            PlSlideSpec *spec,
            double gap)
{
  double room = f->limit - f->y - gap;
  double x = row_x (f, row), width = row_width (f, row);
  g_autoptr (PangoLayout) layout = _pl_slide_spec_measure (&f->self->m, spec, width);
  PlSlideSpec *head = NULL, *tail = NULL;
  PangoLayout *head_layout;

  if (room <= 0 || !_pl_slide_spec_split (spec, layout, room, &head, &tail))
    return NULL;
  head_layout = _pl_slide_spec_measure (&f->self->m, head, width);
  if (_pl_slide_layout_height (head_layout) > room + 0.01 ||
      (_pl_slide_layout_n_lines (head_layout) < 2 && f->limit - f->y < full_height (f->self)))
    {
      g_object_unref (head_layout);
      _pl_slide_spec_free (head);
      _pl_slide_spec_free (tail);
      return NULL;
    }
  f->y += gap;
  _pl_slide_place (f->page->slide, &f->self->m, head, head_layout, x, f->y, width,
                   _pl_slide_layout_height (head_layout));
  f->y += _pl_slide_layout_height (head_layout);
  f->empty = FALSE;
  return tail;
}

/* A text row too tall for what is left: split it between pages. */
static void
flow_long_text (Flow *f,
                const PlSummaryRow *row,
                double gap)
{
  PlSummaryRow part = *row;
  g_autoptr (PlSlideSpec) spec = _pl_slide_spec_copy (row->cells->pdata[0]);

  part.cells = g_ptr_array_new ();
  while (spec != NULL)
    {
      PangoLayout *layout = _pl_slide_spec_measure (&f->self->m, spec, row_width (f, row));
      double height = _pl_slide_layout_height (layout);
      double xs[1] = { row_x (f, row) }, widths[1] = { row_width (f, row) };
      PlSlideSpec *tail;

      if (f->y + gap + height <= f->limit + 0.01)
        {
          g_ptr_array_set_size (part.cells, 0);
          g_ptr_array_add (part.cells, spec);
          place_row (f, &part, &layout, xs, widths, gap, height);
          break;
        }
      g_object_unref (layout);
      tail = place_head (f, row, spec, gap);
      if (tail != NULL)
        {
          _pl_slide_spec_free (spec);
          spec = tail;
        }
      else if (f->empty)
        {
          g_warning ("a line is taller than a whole page");
          break;
        }
      new_page (f);
      gap = 0;
    }
  g_ptr_array_unref (part.cells);
}

static void flow_timeline (Flow *f);
static void flow_row (Flow *f,
                      GPtrArray *rows,
                      guint index);

/* A table row taller than a page: its cells one under the other, each
 * split between pages as a text is. */
static void
flow_cells_apart (Flow *f,
                  const PlSummaryRow *row)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_summary_row_free);

  for (guint i = 0; i < row->cells->len; i++)
    {
      PlSummaryRow *part = g_new0 (PlSummaryRow, 1);

      part->kind = PL_SUMMARY_ROW_TEXT;
      part->indent = row->indent;
      part->gap = i == 0 ? row->gap : 4;
      part->ruled = i + 1 == row->cells->len;
      part->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_slide_spec_free);
      g_ptr_array_add (part->cells, _pl_slide_spec_copy (row->cells->pdata[i]));
      g_ptr_array_add (rows, part);
    }
  for (guint i = 0; i < rows->len; i++)
    flow_row (f, rows, i);
}

static void
flow_row (Flow *f,
          GPtrArray *rows,
          guint index)
{
  const PlSummaryRow *row = rows->pdata[index];
  double u = f->self->m.unit;

  if (row->kind == PL_SUMMARY_ROW_TIMELINE)
    {
      flow_timeline (f);
      return;
    }
  for (;;)
    {
      PangoLayout *layouts[4] = { NULL };
      double xs[4], widths[4];
      double height = measure_row (f, row, layouts, xs, widths);
      double gap = f->empty ? 0 : row->gap * u;
      double need = gap + height + (row->keep_with_next ? lead_height (f, rows, index + 1, 0) : 0);
      gboolean fits_here = f->y + gap + height <= f->limit + 0.01;
      gboolean splits = row->kind == PL_SUMMARY_ROW_TEXT &&
                        (height > full_height (f->self) ||
                         (!row->keep_with_next && _pl_slide_layout_n_lines (layouts[0]) >= 4));

      if (f->y + need <= f->limit + 0.01 || (f->empty && fits_here))
        {
          place_row (f, row, layouts, xs, widths, gap, height);
          return;
        }
      for (guint i = 0; i < row->cells->len; i++)
        g_object_unref (layouts[i]);
      if (splits)
        {
          flow_long_text (f, row, gap);
          return;
        }
      if (row->kind == PL_SUMMARY_ROW_CELLS && height > full_height (f->self))
        {
          flow_cells_apart (f, row);
          return;
        }
      new_page (f);
      if (f->header != NULL && row->section == 0 && row != f->header)
        {
          PangoLayout *hl[4] = { NULL };
          double hx[4], hw[4];
          double hh = measure_row (f, f->header, hl, hx, hw);

          place_row (f, f->header, hl, hx, hw, 0, hh);
          f->empty = TRUE; /* a repeated header is not content */
        }
    }
}

/* ---- the timeline -------------------------------------------------------- */

static double
legend_height (Flow *f,
               double scale)
{
  const PlRenderStyle *style = _pl_slide_timeline_get_style (f->self->timeline);

  return pl_timeline_renderer_legend_height (style, f->self->box.width / scale) * scale;
}

static void
place_drawing (Flow *f,
               PlSlideBlockKind kind,
               double height)
{
  _pl_slide_place (f->page->slide, &f->self->m, _pl_slide_spec_new (kind, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND),
                   NULL, f->self->box.x, f->y, f->self->box.width, height);
  f->y += height;
  f->empty = FALSE;
}

static void
flow_timeline (Flow *f)
{
  PlTimelineLayout *layout = _pl_slide_timeline_get_layout (f->self->timeline);
  double u = f->self->m.unit;
  double gap = 10 * u;
  double axis = pl_timeline_layout_get_axis_height (layout);
  double content = pl_timeline_layout_get_content_height (layout);
  double scale = TIMELINE_SCALE;
  double legend = legend_height (f, scale) + gap;
  double room = f->limit - f->y - gap;
  double full = full_height (f->self);
  g_autoptr (GArray) bottoms = NULL;
  double top = 0;

  /* Here, smaller if need be; else on a page of its own, smaller if need
   * be; else over pages, starting here when a good part of a page is left. */
  scale = _pl_timeline_pages_fit_scale (TIMELINE_SCALE, axis + content, room - legend, PL_TIMELINE_PAGES_MIN_SHRINK);
  if ((axis + content) * scale > room - legend + 0.01)
    {
      scale = _pl_timeline_pages_fit_scale (TIMELINE_SCALE, axis + content, full - legend,
                                            PL_TIMELINE_PAGES_MIN_SHRINK);
      if ((axis + content) * scale <= full - legend + 0.01 || room < full * 0.35)
        {
          new_page (f);
          room = full;
        }
    }
  if ((axis + content) * scale > room - legend + 0.01)
    scale = TIMELINE_SCALE;
  legend = legend_height (f, scale) + gap;
  bottoms = _pl_timeline_pages_split (layout, room / scale - axis, full / scale - axis);
  /* The last part leaves room for the legend if it can. */
  for (guint i = 0; i < bottoms->len; i++)
    {
      double bottom = g_array_index (bottoms, double, i);

      if (i > 0)
        new_page (f);
      f->y += f->empty ? 0 : gap;
      f->page->slide->timeline_top = top;
      f->page->slide->timeline_bottom = bottom;
      f->page->slide->timeline_scale = scale;
      place_drawing (f, PL_SLIDE_BLOCK_TIMELINE, MIN ((axis + bottom - top) * scale, f->limit - f->y));
      top = bottom;
    }
  if (f->y + legend > f->limit + 0.01)
    {
      new_page (f);
      f->page->slide->timeline_scale = scale;
    }
  f->y += gap;
  place_drawing (f, PL_SLIDE_BLOCK_LEGEND, legend - gap);
}

/* ---- pages --------------------------------------------------------------- */

static void
new_page (Flow *f)
{
  PlSummary *self = f->self;
  guint index = self->pages->len;
  g_autofree char *key = g_strdup_printf ("page#%u", index + 1);
  Page *page = g_new0 (Page, 1);

  page->slide = _pl_slide_new (&self->m, PL_SLIDE_KIND_TITLE, key, self->title, NULL, NULL, NULL, -1, FALSE, NULL);
  page->rules = g_array_new (FALSE, FALSE, sizeof (PlRect));
  page->slide->content = (PlRect){ self->box.x, page_top (self, index), self->box.width, 0 };
  page->slide->content.height = self->box.y + self->box.height - self->footer_height - page->slide->content.y;
  g_ptr_array_add (self->pages, page);
  f->page = page;
  f->y = page->slide->content.y;
  f->limit = page->slide->content.y + page->slide->content.height;
  f->empty = TRUE;
}

static PangoLayout *
one_line (PlSummary *self,
          const char *text,
          double width)
{
  PangoLayout *layout = _pl_slide_layout_new (&self->m, PL_SLIDE_FONT_SMALL, text, width);

  pango_layout_set_height (layout, 0);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return layout;
}

static void
place_line (PlSummary *self,
            Page *page,
            const char *text,
            double y,
            gboolean at_end)
{
  PlSlideSpec *spec = _pl_slide_spec_new_text (PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY, text);
  PangoLayout *layout = one_line (self, text, at_end ? -1 : self->box.width * 0.6);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  width = MIN (width, (int) ceil (self->box.width * 0.6));
  _pl_slide_place (page->slide, &self->m, spec, layout,
                   at_end ? self->box.x + self->box.width - width : self->box.x, y, width,
                   _pl_slide_layout_height (layout));
}

/* The running header (from the second page) and the footer of each page. */
static void
add_page_furniture (PlSummary *self)
{
  guint n = self->pages->len;
  double u = self->m.unit;
  g_autofree char *printed = g_strdup_printf (_ ("Printed %s"), self->printed);

  for (guint i = 0; i < n; i++)
    {
      Page *page = self->pages->pdata[i];
      /* Translators: the page number at the foot of each printed page */
      g_autofree char *number = g_strdup_printf (_ ("Page %u of %u"), i + 1, n);
      double footer_y = self->box.y + self->box.height - self->footer_height + 10 * u;
      PlRect rule = { self->box.x, self->box.y + self->header_height - 12 * u, self->box.width, 0 };

      if (i > 0)
        {
          place_line (self, page, self->title, self->box.y, FALSE);
          place_line (self, page, _ ("Briefing summary"), self->box.y, TRUE);
          g_array_append_val (page->rules, rule);
        }
      place_line (self, page, printed, footer_y, FALSE);
      place_line (self, page, number, footer_y, TRUE);
    }
}

static void
lay_out (PlSummary *self,
         GPtrArray *rows)
{
  Flow f = { self };

  new_page (&f);
  for (guint i = 0; i < rows->len; i++)
    flow_row (&f, rows, i);
  add_page_furniture (self);
}

/* ---- the object ---------------------------------------------------------- */

static void
pl_summary_finalize (GObject *object)
{
  PlSummary *self = PL_SUMMARY (object);

  g_clear_pointer (&self->timeline, _pl_slide_timeline_free);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_free (self->title);
  g_free (self->printed);
  _pl_slide_metrics_clear (&self->m);
  G_OBJECT_CLASS (pl_summary_parent_class)->finalize (object);
}

static void
pl_summary_class_init (PlSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pl_summary_finalize;
}

static void
pl_summary_init (PlSummary *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_free);
  self->outline = g_array_new (FALSE, TRUE, sizeof (OutlineEntry));
  g_array_set_clear_func (self->outline, outline_clear);
}

/**
 * pl_summary_new:
 * @page: (nullable): the paper and the printer's margins; %NULL for A4
 * @sections: what to include after the header
 * @printed: (nullable): the date printed; %NULL for now
 *
 * Lays @briefing out as a printed summary.
 *
 * Returns: (transfer full): the summary
 */
PlSummary *
pl_summary_new (PlBriefing *briefing,
                const PlSummaryPage *page,
                PlSummarySections sections,
                PlTimelineMode mode,
                GDateTime *printed)
{
  PlSummary *self;
  PlSummaryPage paper = { PL_PAPER_A4_WIDTH, PL_PAPER_A4_HEIGHT };
  g_autoptr (GDateTime) now = NULL;
  g_autoptr (GPtrArray) rows = NULL;
  double u = UNIT;
  const char *title;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  self = g_object_new (PL_TYPE_SUMMARY, NULL);
  if (page != NULL && page->width > 0 && page->height > 0)
    paper = *page;
  if (printed == NULL)
    printed = now = g_date_time_new_now_local ();
  _pl_slide_metrics_init_scaled (&self->m, paper.width * PX_PER_PT, paper.height * PX_PER_PT, u, pl_locale_is_rtl ());
  self->box.x = MAX (paper.margin_left, PL_SUMMARY_MIN_MARGIN) * PX_PER_PT;
  self->box.y = MAX (paper.margin_top, PL_SUMMARY_MIN_MARGIN) * PX_PER_PT;
  self->box.width = self->m.width - self->box.x - MAX (paper.margin_right, PL_SUMMARY_MIN_MARGIN) * PX_PER_PT;
  self->box.height = self->m.height - self->box.y - MAX (paper.margin_bottom, PL_SUMMARY_MIN_MARGIN) * PX_PER_PT;
  self->m.margin_x = self->box.x;
  self->m.margin_top = self->box.y;
  self->m.content_bottom = self->box.y + self->box.height;
  self->header_height = 48 * u;
  self->footer_height = 44 * u;
  title = pl_briefing_get_title (briefing);
  self->title = g_strdup (title != NULL && *title != '\0' ? title : _ ("Untitled briefing"));
  self->printed = _pl_summary_format_date (printed);

  if (sections & PL_SUMMARY_SECTION_TIMELINE)
    {
      self->timeline = _pl_slide_timeline_new (&self->m, briefing, mode);
      if (_pl_slide_timeline_is_empty (self->timeline))
        g_clear_pointer (&self->timeline, _pl_slide_timeline_free);
    }
  rows = _pl_summary_content_build (briefing, sections, printed, self->timeline != NULL);
  lay_out (self, rows);
  return self;
}

guint
pl_summary_get_n_pages (PlSummary *self)
{
  g_return_val_if_fail (PL_IS_SUMMARY (self), 0);
  return self->pages->len;
}

/**
 * pl_summary_get_page_size:
 *
 * The paper's size in points.
 */
void
pl_summary_get_page_size (PlSummary *self,
                          double *out_width,
                          double *out_height)
{
  g_return_if_fail (PL_IS_SUMMARY (self));
  *out_width = self->m.width / PX_PER_PT;
  *out_height = self->m.height / PX_PER_PT;
}

/**
 * pl_summary_get_printable_box:
 *
 * The part of the page inside the margins, in points; every block of
 * every page lies inside it.
 */
void
pl_summary_get_printable_box (PlSummary *self,
                              double *out_x,
                              double *out_y,
                              double *out_width,
                              double *out_height)
{
  g_return_if_fail (PL_IS_SUMMARY (self));
  *out_x = self->box.x / PX_PER_PT;
  *out_y = self->box.y / PX_PER_PT;
  *out_width = self->box.width / PX_PER_PT;
  *out_height = self->box.height / PX_PER_PT;
}

static void
paint_rules (const Page *page,
             cairo_t *cr,
             const PlRenderStyle *style)
{
  for (guint i = 0; i < page->rules->len; i++)
    {
      const PlRect *rule = &g_array_index (page->rules, PlRect, i);
      PlColor color = rule->height > 0 ? style->accent : style->grid;

      cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
      cairo_rectangle (cr, rule->x, rule->y, rule->width, rule->height > 0 ? 1.5 : 0.75);
      cairo_fill (cr);
    }
}

/**
 * pl_summary_render_page:
 * @page: from 0
 * @cr: where to draw, in points, with the page's top left corner at 0, 0
 *
 * Draws a page of the summary with the colours of @style.
 */
void
pl_summary_render_page (PlSummary *self,
                        guint page,
                        cairo_t *cr,
                        const PlRenderStyle *style)
{
  const Page *p;

  g_return_if_fail (PL_IS_SUMMARY (self));
  g_return_if_fail (page < self->pages->len);

  p = self->pages->pdata[page];
  cairo_save (cr);
  cairo_scale (cr, 1 / PX_PER_PT, 1 / PX_PER_PT);
  cairo_rectangle (cr, 0, 0, self->m.width, self->m.height);
  cairo_clip (cr);
  /* Paper is white: only a dark style paints a background. */
  if (style->background.red + style->background.green + style->background.blue < 1.5)
    {
      cairo_set_source_rgba (cr, style->background.red, style->background.green, style->background.blue, 1);
      cairo_paint (cr);
    }
  paint_rules (p, cr, style);
  for (guint i = 0; i < p->slide->blocks->len; i++)
    _pl_slide_paint_block (&self->m, p->slide, &g_array_index (p->slide->blocks, PlSlideBlock, i), self->timeline, cr,
                           style);
  cairo_restore (cr);
}

guint
pl_summary_get_n_blocks (PlSummary *self,
                         guint page)
{
  g_return_val_if_fail (PL_IS_SUMMARY (self), 0);
  g_return_val_if_fail (page < self->pages->len, 0);
  return ((Page *) self->pages->pdata[page])->slide->blocks->len;
}

/**
 * pl_summary_get_block:
 * @out_info: (out): the block, in points; its text borrows from @self
 */
void
pl_summary_get_block (PlSummary *self,
                      guint page,
                      guint block,
                      PlSummaryBlockInfo *out_info)
{
  const PlSlideBlock *b;
  const Page *p;

  g_return_if_fail (PL_IS_SUMMARY (self));
  g_return_if_fail (page < self->pages->len);
  p = self->pages->pdata[page];
  g_return_if_fail (block < p->slide->blocks->len);
  b = &g_array_index (p->slide->blocks, PlSlideBlock, block);
  out_info->x = b->info.rect.x / PX_PER_PT;
  out_info->y = b->info.rect.y / PX_PER_PT;
  out_info->width = b->info.rect.width / PX_PER_PT;
  out_info->height = b->info.rect.height / PX_PER_PT;
  out_info->text = b->info.text;
  out_info->is_heading = b->info.kind == PL_SLIDE_BLOCK_HEADING;
}

/**
 * pl_summary_get_n_outline:
 *
 * Returns: the number of sections, for bookmarks
 */
guint
pl_summary_get_n_outline (PlSummary *self)
{
  g_return_val_if_fail (PL_IS_SUMMARY (self), 0);
  return self->outline->len;
}

/**
 * pl_summary_get_outline:
 * @out_page: (out): the page the section starts on, from 0
 *
 * Returns: (transfer none): the section's title
 */
const char *
pl_summary_get_outline (PlSummary *self,
                        guint index,
                        guint *out_page)
{
  const OutlineEntry *entry;

  g_return_val_if_fail (PL_IS_SUMMARY (self), NULL);
  g_return_val_if_fail (index < self->outline->len, NULL);
  entry = &g_array_index (self->outline, OutlineEntry, index);
  *out_page = entry->page;
  return entry->title;
}

static const struct
{
  PlSummarySections section;
  const char *name;  /* on the command line */
  const char *label; /* translatable */
} section_names[] = {
  { PL_SUMMARY_SECTION_TIMELINE, "timeline", N_ ("Timeline") },
  { PL_SUMMARY_SECTION_PHASES, "phases", N_ ("Phases and components") },
  { PL_SUMMARY_SECTION_REACTIONS, "reactions", N_ ("Reactions") },
  { PL_SUMMARY_SECTION_RISKS, "risks", N_ ("Risks") },
  { PL_SUMMARY_SECTION_SOURCES, "sources", N_ ("Sources and evidence") },
};

/**
 * pl_summary_section_get_label:
 *
 * Returns: (transfer none): the heading of @section, translated
 */
const char *
pl_summary_section_get_label (PlSummarySections section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
    if (section_names[i].section == section)
      return _ (section_names[i].label);
  return "";
}

/**
 * pl_summary_sections_parse:
 * @text: names separated by commas: timeline, phases, reactions, risks,
 *   sources, or all
 *
 * Returns: whether every name was known
 */
gboolean
pl_summary_sections_parse (const char *text,
                           PlSummarySections *out_sections)
{
  g_auto (GStrv) names = g_strsplit (text, ",", -1);
  PlSummarySections sections = 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      gboolean found = g_str_equal (name, "all");

      if (found)
        sections |= PL_SUMMARY_SECTIONS_ALL;
      for (guint j = 0; j < G_N_ELEMENTS (section_names) && !found; j++)
        if (g_str_equal (name, section_names[j].name))
          {
            sections |= section_names[j].section;
            found = TRUE;
          }
      if (!found && *name != '\0')
        return FALSE;
    }
  *out_sections = sections;
  return TRUE;
}
