/* pl-slide-flow.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pl-slide-private.h"

/* Slides and the flow of blocks onto them: a slide's header (kicker, title,
 * rule) and content box, and the pouring of a section's blocks into content
 * boxes, slide after slide, so that nothing is cut and nothing overflows.
 * A block that does not fit goes to the next slide, titled "… (continued)"
 * under its group's heading again; a block taller than a whole slide is
 * split between two lines. */

#define HEADER_MAX_LINES 2
#define HEADER_SMALL_MAX_LINES 3
#define COLUMN_GAP 48.0 /* units */

static void
block_clear (gpointer data)
{
  PlSlideBlock *block = data;

  g_clear_pointer (&block->spec, _pl_slide_spec_free);
  g_clear_object (&block->layout);
}

void
_pl_slide_free (PlSlide *slide)
{
  if (slide == NULL)
    return;
  g_free (slide->key);
  g_free (slide->title);
  g_free (slide->section);
  g_clear_object (&slide->kicker);
  g_clear_object (&slide->header);
  g_clear_pointer (&slide->blocks, g_array_unref);
  g_free (slide);
}

/* The title in the largest header font it fits in, or NULL when it takes
 * more than three lines even in the smaller one. */
static PangoLayout *
header_layout (const PlSlideMetrics *m,
               const char *title,
               double width)
{
  PangoLayout *layout = _pl_slide_layout_new (m, PL_SLIDE_FONT_HEADER, title, width);

  if (_pl_slide_layout_n_lines (layout) <= HEADER_MAX_LINES)
    return layout;
  g_object_unref (layout);
  layout = _pl_slide_layout_new (m, PL_SLIDE_FONT_HEADER_SMALL, title, width);
  if (_pl_slide_layout_n_lines (layout) <= HEADER_SMALL_MAX_LINES)
    return layout;
  g_object_unref (layout);
  return NULL;
}

/**
 * _pl_slide_new:
 * @title: the slide's title, whole
 * @short_title: (nullable): what the header shows when @title takes more
 *   than three lines
 * @kicker: (nullable): a short line above the title, such as "Phase 2 of 5"
 * @section: (nullable): what the footer says the slide is part of
 * @accent: a PlStatus for the accent on the header's rule, or -1
 * @with_header: whether the slide has a header; the title slide has none
 * @out_title_block: (out) (optional): when @title is too long for a
 *   header, it becomes this block, the first of the content, for the
 *   caller to place; without it, the long title shows only in lists
 *
 * Returns: (transfer full): an empty slide with its header laid out
 */
PlSlide *
_pl_slide_new (const PlSlideMetrics *m,
               PlSlideKind kind,
               const char *key,
               const char *title,
               const char *short_title,
               const char *kicker,
               const char *section,
               int accent,
               gboolean with_header,
               PlSlideSpec **out_title_block)
{
  PlSlide *slide = g_new0 (PlSlide, 1);
  double u = m->unit;
  double width = m->width - 2 * m->margin_x;
  double y = m->margin_top;

  if (out_title_block != NULL)
    *out_title_block = NULL;
  slide->kind = kind;
  slide->key = g_strdup (key);
  slide->title = g_strdup (title);
  slide->section = g_strdup (section);
  slide->accent = accent;
  slide->of_slide = -1;
  slide->blocks = g_array_new (FALSE, TRUE, sizeof (PlSlideBlock));
  g_array_set_clear_func (slide->blocks, block_clear);
  slide->rule_y = -1;

  if (with_header)
    {
      slide->header = header_layout (m, title, width);
      if (slide->header == NULL)
        {
          /* Too long for a header: the header says what the slide is, and
           * the content starts with the title. */
          if (out_title_block != NULL)
            *out_title_block = _pl_slide_spec_new_text (PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_HEADER_SMALL,
                                                        PL_SLIDE_ROLE_FOREGROUND, title);
          slide->header = header_layout (m, short_title ? short_title : "", width);
          if (slide->header == NULL)
            slide->header = _pl_slide_layout_new (m, PL_SLIDE_FONT_HEADER_SMALL, short_title, width);
          kicker = NULL;
        }
      if (kicker != NULL)
        {
          slide->kicker = _pl_slide_layout_new (m, PL_SLIDE_FONT_KICKER, kicker, width);
          slide->kicker_y = y;
          y += _pl_slide_layout_height (slide->kicker) + 6 * u;
        }
      slide->header_y = y;
      y += _pl_slide_layout_height (slide->header);
      slide->rule_y = y + 14 * u;
      y = slide->rule_y + 2 * u + 26 * u;
    }
  slide->content = (PlRect){ m->margin_x, y, width, m->content_bottom - y };
  return slide;
}

/**
 * _pl_slide_place:
 * @spec: (transfer full): what to place
 * @layout: (transfer full) (nullable): @spec measured at @width, or %NULL
 *   for a drawing
 *
 * Adds a block to @slide at @x, @y as if written left to right; on a
 * mirrored slide it goes to the mirrored place.
 */
void
_pl_slide_place (PlSlide *slide,
                 const PlSlideMetrics *m,
                 PlSlideSpec *spec,
                 PangoLayout *layout,
                 double x,
                 double y,
                 double width,
                 double height)
{
  PlSlideBlock block = { 0 };
  double gutter = _pl_slide_spec_gutter (m, spec);

  block.spec = spec;
  block.layout = layout;
  block.info.kind = spec->kind;
  block.info.rect = (PlRect){ m->rtl ? m->width - x - width : x, y, width, height };
  block.info.text = layout != NULL ? spec->text : NULL;
  block.info.item = spec->item;
  block.info.continues = spec->continues;
  block.info.repeated = spec->repeated;
  block.text_x = m->rtl ? 0 : gutter;
  block.first_line = height / 2;
  if (layout != NULL)
    {
      PangoLayoutIter *iter = pango_layout_get_iter (layout);
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      block.first_line = (y0 + y1) / 2.0 / PANGO_SCALE;
      pango_layout_iter_free (iter);
    }
  g_array_append_val (slide->blocks, block);
}

/* ---- the flow ------------------------------------------------------------ */

typedef struct
{
  const PlSlideMetrics *m;
  const PlSlideSection *section;
  GPtrArray *out;           /* nullable in a trial */
  PlSlide *slide;           /* borrowed from @out; owned in a trial */
  guint n_slides;           /* of the section so far */
  guint column;             /* the column being filled */
  guint in_column;          /* blocks in it */
  double y;                 /* where the next block may go */
  double top;               /* where columns start: under a title block */
  double limit;             /* how low blocks may go */
  gboolean trial;           /* balancing: fail rather than start a slide */
  gboolean failed;          /* the trial's blocks did not fit */
  gboolean has_content;     /* the column holds more than a repeated heading */
  const PlSlideSpec *group; /* borrowed: the heading of the current group */
  PlSlideBlockKind last_kind;
} Flow;

static guint
n_columns (Flow *f)
{
  return MAX (f->section->columns, 1);
}

static double
column_width (Flow *f)
{
  guint n = n_columns (f);

  return (f->slide->content.width - (n - 1) * COLUMN_GAP * f->m->unit) / n;
}

static double
column_x (Flow *f)
{
  return f->slide->content.x + f->column * (column_width (f) + COLUMN_GAP * f->m->unit);
}

static double
gap_before (Flow *f,
            const PlSlideSpec *spec)
{
  double u = f->m->unit;

  if (f->in_column == 0)
    return 0;
  if (f->last_kind == PL_SLIDE_BLOCK_HEADING)
    return 8 * u;
  if (spec->kind == PL_SLIDE_BLOCK_HEADING)
    return 28 * u;
  return 14 * u;
}

static PangoLayout *
measure (Flow *f,
         const PlSlideSpec *spec)
{
  return _pl_slide_spec_measure (f->m, spec, column_width (f));
}

static void
place (Flow *f,
       PlSlideSpec *spec,
       PangoLayout *layout,
       double gap)
{
  double height = _pl_slide_layout_height (layout);

  f->y += gap;
  if (spec->kind == PL_SLIDE_BLOCK_HEADING && !spec->repeated)
    f->group = spec;
  if (!spec->repeated)
    f->has_content = TRUE;
  f->last_kind = spec->kind;
  f->in_column++;
  _pl_slide_place (f->slide, f->m, spec, layout, column_x (f), f->y, column_width (f), height);
  f->y += height;
}

static void
start_column (Flow *f,
              guint column)
{
  f->column = column;
  f->in_column = 0;
  f->y = f->top;
  f->has_content = FALSE;
}

static PlSlide *
slide_for (Flow *f,
           guint number,
           PlSlideSpec **out_title_block)
{
  const PlSlideSection *s = f->section;
  const char *what = s->kicker ? s->kicker : (s->section ? s->section : "");
  gboolean first = number == 1;
  g_autofree char *key = first ? g_strdup (s->key) : g_strdup_printf ("%s#%u", s->key, number);
  /* Translators: the title of a slide that continues the one before */
  g_autofree char *title = first ? g_strdup (s->title) : g_strdup_printf (_ ("%s (continued)"), s->title);
  /* A title too long for a header shows whole at the top of the first
   * slide only; the others say what they continue. */
  g_autofree char *short_title = first ? g_strdup (what) : g_strdup_printf (_ ("%s (continued)"), what);
  PlSlide *slide = _pl_slide_new (f->m, s->kind, key, title, short_title, s->kicker, s->section, s->accent,
                                  !(first && s->no_header), first ? out_title_block : NULL);

  slide->of_slide = s->of_slide;
  if (first && s->start_reserve > 0)
    {
      slide->content.x += s->start_reserve;
      slide->content.width -= s->start_reserve;
    }
  return slide;
}

/* A title too long for the header, across the columns above them; NULL
 * when it is too tall for that, and has to flow as the first block. */
static PlSlideSpec *
place_title_block (Flow *f,
                   PlSlideSpec *title_block)
{
  PlRect *box = &f->slide->content;
  PangoLayout *layout = _pl_slide_spec_measure (f->m, title_block, box->width);
  double height = _pl_slide_layout_height (layout);

  if (height > box->height / 2)
    {
      g_object_unref (layout);
      return title_block;
    }
  _pl_slide_place (f->slide, f->m, title_block, layout, box->x, box->y, box->width, height);
  f->top = box->y + height + 14 * f->m->unit;
  start_column (f, 0);
  return NULL;
}

static PlSlideSpec *
new_slide (Flow *f)
{
  PlSlideSpec *title_block = NULL;

  f->slide = slide_for (f, ++f->n_slides, &title_block);
  g_ptr_array_add (f->out, f->slide);
  f->limit = f->slide->content.y + f->slide->content.height;
  f->top = f->slide->content.y;
  start_column (f, 0);
  return title_block ? place_title_block (f, title_block) : NULL;
}

/* The group's heading again, at the top of a slide that goes on with it. */
static void
repeat_group (Flow *f)
{
  g_autoptr (PlSlideSpec) spec = NULL;
  g_autofree char *text = NULL;

  if (f->group == NULL)
    return;
  spec = _pl_slide_spec_copy (f->group);
  text = g_strdup_printf (_ ("%s (continued)"), f->group->text);
  g_free (spec->text);
  spec->text = g_steal_pointer (&text);
  spec->repeated = TRUE;
  spec->keep_with_next = FALSE;
  place (f, spec, measure (f, spec), gap_before (f, spec));
  g_steal_pointer (&spec);
}

/* How much of @spec must follow a heading in its column: all of it, as it
 * would go to the next column whole, unless it is taller than a column
 * and so would be split: then its first two lines. */
static double
lead_height (Flow *f,
             const PlSlideSpec *spec)
{
  g_autoptr (PangoLayout) layout = measure (f, spec);
  double height = _pl_slide_layout_height (layout);
  PangoLayoutIter *iter;
  int y0 = 0, y1 = 0;

  if (height <= f->limit - f->top)
    return height;
  iter = pango_layout_get_iter (layout);
  pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  if (pango_layout_iter_next_line (iter))
    pango_layout_iter_get_line_yrange (iter, &y0, &y1);
  pango_layout_iter_free (iter);
  return (double) y1 / PANGO_SCALE;
}

/* Places as many lines of @spec as fit in what is left of the column.
 * Returns the rest, or @spec itself when nothing was placed. */
static PlSlideSpec *
place_head (Flow *f,
            PlSlideSpec *spec,
            PangoLayout *layout,
            double gap,
            guint min_lines)
{
  double room = f->limit - f->y - gap;

  while (room > 0)
    {
      PlSlideSpec *head = NULL, *tail = NULL;
      PangoLayout *head_layout;
      double height;

      if (!_pl_slide_spec_split (spec, layout, room, &head, &tail))
        return spec;
      head_layout = measure (f, head);
      height = _pl_slide_layout_height (head_layout);
      if (height <= room && (guint) _pl_slide_layout_n_lines (head_layout) >= min_lines)
        {
          place (f, head, head_layout, gap);
          _pl_slide_spec_free (spec);
          return tail;
        }
      if (height <= room)
        room = 0; /* too few lines: leave them all for the next column */
      else
        room = height - 1; /* lines that measured differently on their own */
      g_object_unref (head_layout);
      _pl_slide_spec_free (head);
      _pl_slide_spec_free (tail);
    }
  return spec;
}

/* The height of a column not shortened for balance. */
static double
full_column (Flow *f)
{
  return f->slide->content.y + f->slide->content.height - f->top;
}

/* Goes on in the next column, or on a new slide. */
static gboolean
move_on (Flow *f)
{
  if (f->column + 1 < n_columns (f))
    {
      start_column (f, f->column + 1);
      return TRUE;
    }
  if (f->trial)
    {
      f->failed = TRUE;
      return FALSE;
    }
  new_slide (f); /* a continuation has no title block */
  return TRUE;
}

static void
flow_add (Flow *f,
          PlSlideSpec *spec,
          const PlSlideSpec *next)
{
  double u = f->m->unit;

  while (spec != NULL)
    {
      PangoLayout *layout = measure (f, spec);
      double height = _pl_slide_layout_height (layout);
      double gap = gap_before (f, spec);
      double need = gap + height;
      gboolean new_column;
      PlSlideSpec *rest;

      if (spec->keep_with_next && next != NULL)
        need += 8 * u + lead_height (f, next);
      if (f->y + need <= f->limit + 0.01 || (!f->has_content && spec->keep_with_next && !f->trial))
        {
          place (f, spec, layout, gap);
          return;
        }

      /* It does not fit. A block taller than a whole column goes on from
       * here; one that could fit starts the next column, unless this one
       * holds nothing yet. Balancing columns splits no block that fits a
       * column: it makes the columns taller instead. */
      rest = spec;
      if (!spec->keep_with_next &&
          (height > full_column (f) || (!f->has_content && !f->trial)))
        rest = place_head (f, spec, layout, gap, f->has_content ? 2 : 1);
      g_object_unref (layout);
      if (rest == spec && !f->has_content)
        {
          if (f->trial)
            {
              f->failed = TRUE;
              _pl_slide_spec_free (spec);
              return;
            }
          /* Not one line fits an empty column: never happens at the sizes
           * slides take; place it rather than loop for ever or lose it. */
          g_warning ("a line is taller than a whole slide");
          place (f, spec, measure (f, spec), gap);
          return;
        }
      spec = rest;
      new_column = f->column + 1 < n_columns (f);
      if (!move_on (f))
        {
          _pl_slide_spec_free (spec);
          return;
        }
      if (!new_column && spec->kind != PL_SLIDE_BLOCK_HEADING)
        repeat_group (f);
    }
}

/* The last slide's blocks poured again into columns no taller than
 * @limit, or NULL when they do not fit. */
static PlSlide *
try_columns (Flow *f,
             GPtrArray *specs,
             gboolean title_block,
             double limit)
{
  Flow t = { f->m, f->section, NULL, NULL, f->n_slides };
  guint first = 0;

  t.slide = slide_for (&t, f->n_slides, NULL);
  t.trial = TRUE;
  t.limit = limit;
  t.top = t.slide->content.y;
  start_column (&t, 0);
  if (title_block)
    {
      PlSlideSpec *unplaced = place_title_block (&t, _pl_slide_spec_copy (specs->pdata[first++]));

      t.failed = unplaced != NULL;
      _pl_slide_spec_free (unplaced);
    }
  for (guint i = first; i < specs->len && !t.failed; i++)
    flow_add (&t, _pl_slide_spec_copy (specs->pdata[i]), i + 1 < specs->len ? specs->pdata[i + 1] : NULL);
  if (t.failed)
    g_clear_pointer (&t.slide, _pl_slide_free);
  return t.slide;
}

/* Columns on the last slide end at about the same height, by pouring its
 * blocks again into shorter and shorter columns while they fit. */
static void
balance_columns (Flow *f)
{
  g_autoptr (GPtrArray) specs = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_slide_spec_free);
  PlSlide *last = f->slide;
  PlSlide *best = NULL;
  double lo = f->top, hi = f->limit;
  gboolean title_block = f->top > last->content.y;

  if (n_columns (f) < 2 || last->blocks->len < 2)
    return;
  for (guint i = 0; i < last->blocks->len; i++)
    g_ptr_array_add (specs, _pl_slide_spec_copy (g_array_index (last->blocks, PlSlideBlock, i).spec));
  for (int step = 0; step < 12 && hi - lo > f->m->unit; step++)
    {
      double mid = (lo + hi) / 2;
      PlSlide *trial = try_columns (f, specs, title_block, mid);

      if (trial != NULL)
        {
          g_clear_pointer (&best, _pl_slide_free);
          best = trial;
          hi = mid;
        }
      else
        lo = mid;
    }
  if (best != NULL)
    {
      g_ptr_array_index (f->out, f->out->len - 1) = best;
      _pl_slide_free (last);
      f->slide = best;
    }
}

/* The title slide's blocks sit a little above the middle. */
static void
center_first (Flow *f,
              PlSlide *slide)
{
  double spare = f->limit - f->y;
  double shift = floor (spare * 0.42);

  if (spare <= 0)
    return;
  for (guint i = 0; i < slide->blocks->len; i++)
    g_array_index (slide->blocks, PlSlideBlock, i).info.rect.y += shift;
}

/**
 * _pl_slide_flow:
 * @specs: (element-type PlSlideSpec) (transfer container): the blocks, in
 *   order; their ownership goes to the slides
 * @out_slides: (element-type PlSlide): where to add the slides
 *
 * Pours @specs onto as many slides of @section as they need, in one column
 * or several.
 */
void
_pl_slide_flow (const PlSlideMetrics *m,
                const PlSlideSection *section,
                GPtrArray *specs,
                GPtrArray *out_slides)
{
  Flow f = { m, section, out_slides };
  PlSlideSpec *title_block = new_slide (&f);

  /* A title too tall to sit above the columns flows as the first block. */
  if (title_block != NULL)
    flow_add (&f, title_block, specs->len > 0 ? g_ptr_array_index (specs, 0) : NULL);
  for (guint i = 0; i < specs->len; i++)
    flow_add (&f, g_ptr_array_index (specs, i), i + 1 < specs->len ? g_ptr_array_index (specs, i + 1) : NULL);
  balance_columns (&f);
  if (section->centered && f.n_slides == 1)
    center_first (&f, f.slide);
}
