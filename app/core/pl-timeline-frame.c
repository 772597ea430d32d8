/* pl-timeline-frame.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimeline"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pl-labels.h"
#include "pl-timeline-layout-private.h"

/* Frames: what one viewport shows of the timeline's world. Only what an
 * interval index says is visible is looked at, events too close to tell
 * apart become counted clusters, and labels are placed in rows so that they
 * never overlap. The renderer draws frames; views hit-test them. Also the
 * viewport arithmetic, and the words that name an entry. */

/* ---- viewports ---------------------------------------------------------- */

double
pl_timeline_viewport_time_to_x (const PlTimelineViewport *viewport,
                                double time)
{
  double x = (time - viewport->time_start) * viewport->px_per_unit;

  return viewport->rtl ? viewport->width - x : x;
}

double
pl_timeline_viewport_x_to_time (const PlTimelineViewport *viewport,
                                double x)
{
  if (viewport->rtl)
    x = viewport->width - x;
  return viewport->time_start + x / viewport->px_per_unit;
}

/**
 * pl_timeline_layout_fit:
 * @viewport: a viewport whose width and height are set
 *
 * Zooms and scrolls @viewport so that the whole extent shows, with a margin.
 */
void
pl_timeline_layout_fit (PlTimelineLayout *self,
                        PlTimelineViewport *viewport)
{
  double margin = MIN (self->line * 2, viewport->width / 8);
  double usable = MAX (viewport->width - 2 * margin, 1);

  viewport->px_per_unit = usable / (self->extent_end - self->extent_start);
  viewport->time_start = self->extent_start - margin / viewport->px_per_unit;
  viewport->scroll_y = 0;
}

/**
 * pl_timeline_viewport_zoom:
 * @factor: above 1 zooms in
 * @anchor_x: the x, in viewport pixels, that keeps its time
 */
void
pl_timeline_viewport_zoom (PlTimelineViewport *viewport,
                           double factor,
                           double anchor_x)
{
  double time = pl_timeline_viewport_x_to_time (viewport, anchor_x);
  double offset = viewport->rtl ? viewport->width - anchor_x : anchor_x;

  if (!(factor > 0) || !isfinite (factor))
    return;
  viewport->px_per_unit *= factor;
  viewport->time_start = time - offset / viewport->px_per_unit;
}

/**
 * pl_timeline_layout_clamp:
 *
 * Keeps @viewport's zoom between a quarter of the fit-all zoom and an hour
 * (or a hundredth of a phase) per 100 pixels, and some of the timeline in view.
 */
void
pl_timeline_layout_clamp (PlTimelineLayout *self,
                          PlTimelineViewport *viewport)
{
  double extent = self->extent_end - self->extent_start;
  double min_ppu = MAX (viewport->width, 1) / extent / 4;
  double max_ppu = self->mode == PL_TIMELINE_MODE_SEQUENCE ? MAX (viewport->width, 1) * 20 : 2400;
  double visible, max_scroll;

  if (!(viewport->px_per_unit > 0) || !isfinite (viewport->px_per_unit))
    viewport->px_per_unit = min_ppu * 4;
  viewport->px_per_unit = CLAMP (viewport->px_per_unit, min_ppu, MAX (max_ppu, min_ppu));
  visible = MAX (viewport->width, 1) / viewport->px_per_unit;
  if (!isfinite (viewport->time_start))
    viewport->time_start = self->extent_start;
  viewport->time_start = CLAMP (viewport->time_start, self->extent_start - visible * 0.75, self->extent_end - visible * 0.25);
  max_scroll = MAX (0, self->content_height - (viewport->height - self->axis_height));
  if (!isfinite (viewport->scroll_y))
    viewport->scroll_y = 0;
  viewport->scroll_y = CLAMP (viewport->scroll_y, 0, max_scroll);
}

/**
 * pl_timeline_layout_reveal:
 *
 * Scrolls @viewport as little as it can so that @entry shows: its start, or
 * all of it when it fits.
 */
void
pl_timeline_layout_reveal (PlTimelineLayout *self,
                           PlTimelineViewport *viewport,
                           guint entry_index)
{
  const PlTimelineEntry *entry;
  double visible, margin, start, end, view_top, view_height;

  g_return_if_fail (entry_index < self->entries->len);
  entry = ENTRY (self, entry_index);
  visible = viewport->width / viewport->px_per_unit;
  margin = MIN (visible * 0.1, 48 / viewport->px_per_unit);
  start = entry->span.soft_start;
  end = MAX (entry->span.soft_end, start + (MIN_LABEL_PX + MARKER_PX) / viewport->px_per_unit);

  if (end - start > visible - 2 * margin)
    {
      /* Too wide: show its start, unless some of it already fills the view. */
      if (start > viewport->time_start + visible - margin || end < viewport->time_start + margin)
        viewport->time_start = start - margin;
    }
  else if (start < viewport->time_start + margin)
    viewport->time_start = start - margin;
  else if (end > viewport->time_start + visible - margin)
    viewport->time_start = end + margin - visible;

  view_top = viewport->scroll_y;
  view_height = viewport->height - self->axis_height;
  if (entry->kind == PL_TIMELINE_ENTRY_EVENT || entry->kind == PL_TIMELINE_ENTRY_SOURCE)
    {
      if (entry->y < view_top || entry->y + self->row_height > view_top + view_height)
        viewport->scroll_y = entry->y - self->pad;
    }
  else
    {
      double height = entry->kind == PL_TIMELINE_ENTRY_PHASE ? self->header_height : entry->height;

      if (entry->y < view_top)
        viewport->scroll_y = entry->y - self->pad;
      else if (entry->y + height > view_top + view_height)
        viewport->scroll_y = entry->y + height + self->pad - view_height;
    }
  pl_timeline_layout_clamp (self, viewport);
}

/* ---- frames ------------------------------------------------------------- */

static double
measure_label (PlTimelineLayout *self,
               PlTimelineEntry *entry)
{
  if (entry->label_width < 0)
    {
      if (self->measure)
        {
          int width;

          pango_layout_set_text (self->measure, entry->label, -1);
          pango_layout_get_pixel_size (self->measure, &width, NULL);
          entry->label_width = width;
        }
      else
        entry->label_width = g_utf8_strlen (entry->label, -1) * self->line * 0.45;
    }
  return entry->label_width;
}

static void
free_tick (gpointer data)
{
  g_free (((PlTimelineTick *) data)->label);
}

/* First index in the sorted @times with a value >= @time. */
static guint
lower_bound (GArray *times,
             double time)
{
  guint lo = 0, hi = times->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (times, double, mid) < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

typedef struct
{
  PlTimelineLayout *layout;
  const PlTimelineViewport *viewport;
  PlTimelineFrame *frame;
  double content_top; /* viewport y of the content's y = 0 */
} Builder;

static double
world_x (const Builder *b,
         double time)
{
  return (time - b->viewport->time_start) * b->viewport->px_per_unit;
}

static void
add_ticks (Builder *b)
{
  PlTimelineLayout *self = b->layout;
  const PlTimelineViewport *vp = b->viewport;
  double from = vp->time_start, to = vp->time_start + vp->width / vp->px_per_unit;

  if (self->mode == PL_TIMELINE_MODE_SEQUENCE)
    {
      for (guint i = 0; i < self->phases->len; i++)
        {
          const PlTimelineEntry *entry = ENTRY (self, g_array_index (self->phases, guint, i));
          PlTimelineTick tick;
          guint index;

          if (entry->depth > 0 || entry->span.end < from || entry->span.start > to)
            continue;
          index = pl_phase_get_index (PL_PHASE (entry->item));
          tick.x = world_x (b, entry->span.start);
          tick.major = TRUE;
          tick.label = index > 0 ? g_strdup_printf (_ ("Phase %u"), index) : g_strdup ("");
          g_array_append_val (b->frame->ticks, tick);
        }
    }
  else
    {
      PlTickStep step = pl_time_scale_choose_step (1 / vp->px_per_unit, self->line * 4.5);
      int y, m, d;

      /* Which day, month or year the start edge is in, for when no major
       * tick in view says so. */
      pl_time_to_ymd (MAX (from, 0), &y, &m, &d);
      if (step.unit != PL_TICK_YEAR && y >= 1 && y <= 9999)
        {
          g_autoptr (GDateTime) dt = g_date_time_new_utc (y, m, d, 0, 0, 0);

          if (dt)
            b->frame->context_label = g_date_time_format (dt, step.unit == PL_TICK_HOUR ? "%-e %b %Y" : step.unit == PL_TICK_MONTH ? "%Y"
                                                                                                                                   : "%b %Y");
        }
      PlTick ticks[512];
      guint n = pl_time_scale_ticks (step, from - 1 / vp->px_per_unit * self->line * 5, to, ticks, G_N_ELEMENTS (ticks));

      for (guint i = 0; i < n; i++)
        {
          PlTimelineTick tick = {
            .x = world_x (b, ticks[i].time),
            .major = ticks[i].major,
            .label = pl_time_scale_format_tick (step, ticks[i].time, ticks[i].major),
          };

          g_array_append_val (b->frame->ticks, tick);
        }
    }
}

static gboolean
visible_y (const Builder *b,
           double y,
           double height)
{
  double top = b->content_top + y;

  return top + height > b->layout->axis_height && top < b->viewport->height;
}

static void
add_components (Builder *b,
                guint phase,
                double x0,
                double x1)
{
  PlTimelineLayout *self = b->layout;
  PhaseExtra *extra = g_hash_table_lookup (self->extras, GUINT_TO_POINTER (phase));
  double left = MAX (x0, 0) + self->pad;
  double right = MIN (x1, b->viewport->width) - self->pad;

  /* Cards narrower than a few words would show only an ellipsis. */
  if (extra == NULL || right - left < self->line * 4)
    return;
  for (guint k = 0; k < extra->n_components; k++)
    {
      guint index = extra->first_component + k;
      PlTimelineEntry *entry = ENTRY (self, index);
      PlTimelineBox box = { 0 };
      double text_left = left + self->pad * 0.5 + 4;

      if (!visible_y (b, entry->y, entry->height))
        continue;
      box.kind = PL_TIMELINE_BOX_COMPONENT;
      box.entry = (int) index;
      box.count = 1;
      box.rect = (PlRect){ left, b->content_top + entry->y, right - left, entry->height };
      box.label = (PlRect){ text_left, box.rect.y, right - self->pad * 0.5 - text_left, entry->height };
      if (measure_label (self, entry) > box.label.width)
        box.flags |= PL_TIMELINE_BOX_ELLIPSIZED;
      g_array_append_val (b->frame->boxes, box);
    }
}

static int
compare_depth (gconstpointer a,
               gconstpointer b,
               gpointer user_data)
{
  PlTimelineLayout *self = user_data;
  const PlTimelineEntry *x = ENTRY (self, *(const guint *) a);
  const PlTimelineEntry *y = ENTRY (self, *(const guint *) b);

  if (x->depth != y->depth)
    return x->depth < y->depth ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static void
add_phases (Builder *b)
{
  PlTimelineLayout *self = b->layout;
  const PlTimelineViewport *vp = b->viewport;
  double from = vp->time_start, to = vp->time_start + vp->width / vp->px_per_unit;
  g_autoptr (GArray) visible = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first, last;
  int open_cluster = -1;

  /* The interval index: phases starting after the view are past @last; the
   * running maximum of ends says where the ones that can reach it begin. */
  {
    guint lo = 0, hi = self->phases->len;

    while (lo < hi)
      {
        guint mid = lo + (hi - lo) / 2;

        if (ENTRY (self, g_array_index (self->phases, guint, mid))->span.soft_start <= to)
          lo = mid + 1;
        else
          hi = mid;
      }
    last = lo;
    first = lower_bound (self->phase_max_end, from);
  }
  for (guint i = first; i < last; i++)
    {
      guint index = g_array_index (self->phases, guint, i);
      const PlTimelineEntry *entry = ENTRY (self, index);

      if (entry->span.soft_end >= from && visible_y (b, entry->y, entry->height))
        g_array_append_val (visible, index);
    }
  g_qsort_with_data (visible->data, (int) visible->len, sizeof (guint), compare_depth, self);

  for (guint i = 0; i < visible->len; i++)
    {
      guint index = g_array_index (visible, guint, i);
      PlTimelineEntry *entry = ENTRY (self, index);
      double x0 = world_x (b, entry->span.soft_start), x1 = world_x (b, entry->span.soft_end);
      double inset = self->mode == PL_TIMELINE_MODE_SEQUENCE ? 3 : 1;
      PlTimelineBox box = { 0 };
      double left, right;

      box.entry = (int) index;
      box.count = 1;
      if (x1 - x0 < 4)
        {
          /* Too thin to see: phases of one lane close together make a counted block. */
          PlTimelineBox *open = open_cluster >= 0 ? &g_array_index (b->frame->boxes, PlTimelineBox, open_cluster) : NULL;

          if (open && open->rect.y == b->content_top + entry->y && x0 <= open->rect.x + open->rect.width + CLUSTER_PX)
            {
              open->rect.width = MAX (open->rect.width, x1 - open->rect.x);
              open->count++;
              continue;
            }
          box.kind = PL_TIMELINE_BOX_CLUSTER;
          box.rect = (PlRect){ x0, b->content_top + entry->y, MAX (x1 - x0, 4), self->header_height };
          box.first = G_MAXUINT;
          g_array_append_val (b->frame->boxes, box);
          open_cluster = (int) b->frame->boxes->len - 1;
          continue;
        }

      box.kind = PL_TIMELINE_BOX_PHASE;
      box.rect = (PlRect){ x0 + inset, b->content_top + entry->y, x1 - x0 - 2 * inset, entry->height };
      if (entry->span.soft_start < entry->span.start)
        box.flags |= PL_TIMELINE_BOX_SOFT_START;
      if (entry->span.soft_end > entry->span.end)
        box.flags |= PL_TIMELINE_BOX_SOFT_END;
      if (x0 < 0)
        box.flags |= PL_TIMELINE_BOX_CLIPPED_START;
      if (x1 > vp->width)
        box.flags |= PL_TIMELINE_BOX_CLIPPED_END;

      /* The label stays in view while any of the band does. */
      left = MAX (box.rect.x, 0) + self->pad;
      right = MIN (box.rect.x + box.rect.width, vp->width) - self->pad;
      /* A label shows when a few letters fit; "P…" tells nobody anything
       * (the tooltip and the screen reader still name the band). */
      if (right - left >= self->line * 3)
        {
          box.label = (PlRect){ left, box.rect.y + self->pad * 0.5, right - left, self->line * 2 };
          if (measure_label (self, entry) > box.label.width)
            box.flags |= PL_TIMELINE_BOX_ELLIPSIZED;
        }
      else
        box.flags |= PL_TIMELINE_BOX_ELLIPSIZED;
      g_array_append_val (b->frame->boxes, box);
      add_components (b, index, box.rect.x, box.rect.x + box.rect.width);
    }
}

/* Events or sources: points grouped into clusters of CLUSTER_PX, then
 * placed in rows so no label overlaps another. What fits in no row joins the
 * group before it, which becomes a cluster. */
static void
add_points (Builder *b,
            GArray *sorted,
            GArray *times,
            PlTimelineBoxKind kind,
            double top,
            guint n_rows)
{
  PlTimelineLayout *self = b->layout;
  const PlTimelineViewport *vp = b->viewport;
  double row_end[MAX_EVENT_ROWS + MAX_SOURCE_ROWS];
  double gap = self->pad;
  guint i;
  int last_box = -1;

  if (n_rows == 0 || sorted->len == 0 || !visible_y (b, top, n_rows * self->row_height))
    return;
  for (guint r = 0; r < n_rows; r++)
    row_end[r] = -G_MAXDOUBLE;

  i = lower_bound (times, vp->time_start - MARKER_PX / vp->px_per_unit);
  while (i < sorted->len)
    {
      double t = g_array_index (times, double, i);
      double x = world_x (b, t);
      guint end = lower_bound (times, t + CLUSTER_PX / vp->px_per_unit);
      guint count = MAX (end - i, 1);
      PlTimelineEntry *entry = ENTRY (self, g_array_index (sorted, guint, i));
      PlTimelineBox box = { 0 };
      double want, min_want;
      guint row;

      if (x > vp->width)
        break;
      if (count == 1)
        {
          double label = MIN (measure_label (self, entry), MAX_LABEL_PX);

          want = MARKER_PX + 4 + label;
          min_want = MARKER_PX + 4 + MIN (label, MIN_LABEL_PX);
        }
      else
        want = min_want = MARKER_PX + self->line * 1.6;

      for (row = 0; row < n_rows; row++)
        if (row_end[row] + gap <= x - MARKER_PX / 2)
          break;
      if (row == n_rows && last_box >= 0)
        {
          /* No room: it joins the group before it. */
          PlTimelineBox *prev = &g_array_index (b->frame->boxes, PlTimelineBox, last_box);
          double prev_end = world_x (b, g_array_index (times, double, end - 1));

          if (prev->kind != PL_TIMELINE_BOX_CLUSTER)
            {
              prev->kind = PL_TIMELINE_BOX_CLUSTER;
              prev->label = (PlRect){ 0 };
              prev->flags &= ~PL_TIMELINE_BOX_ELLIPSIZED;
            }
          prev->count += count;
          prev->marker_end = MAX (prev->marker_end, prev_end);
          prev->rect.width = MAX (prev->rect.width, prev->marker_end + MARKER_PX / 2 - prev->rect.x);
          row = (guint) lround ((prev->rect.y - b->content_top - top) / self->row_height);
          row_end[MIN (row, n_rows - 1)] = MAX (row_end[MIN (row, n_rows - 1)], prev->rect.x + prev->rect.width);
          i = end;
          continue;
        }
      if (row == n_rows)
        row = 0;

      box.kind = count == 1 ? kind : PL_TIMELINE_BOX_CLUSTER;
      box.entry = (int) g_array_index (sorted, guint, i);
      box.count = count;
      box.first = i;
      box.marker_x = x;
      box.marker_end = count == 1 ? MAX (x, world_x (b, entry->span.end)) : world_x (b, g_array_index (times, double, end - 1));
      if (count == 1 && (entry->span.end - entry->span.start) * vp->px_per_unit < 3)
        box.marker_end = x;
      box.rect = (PlRect){ x - MARKER_PX / 2, b->content_top + top + row * self->row_height, 0, self->row_height };
      if (count == 1)
        {
          /* A label ends inside the view: near the right edge it gets
           * shorter, and ellipsized. */
          double room = MAX (vp->width - x + MARKER_PX / 2 - 2, MARKER_PX);
          double width = MIN (want, room);

          if (end < sorted->len)
            {
              double next = world_x (b, g_array_index (times, double, end));

              if (n_rows == 1)
                width = MIN (width, MAX (next - x - gap, min_want));
            }
          box.rect.width = MAX (width, box.marker_end - x + MARKER_PX);
          box.label = (PlRect){ x + MARKER_PX / 2 + 4, box.rect.y, width - MARKER_PX - 4, self->row_height };
          if (box.label.width < measure_label (self, entry))
            box.flags |= PL_TIMELINE_BOX_ELLIPSIZED;
          if (box.label.width < self->line)
            box.label = (PlRect){ 0 };
        }
      else
        box.rect.width = MAX (want, box.marker_end - x + MARKER_PX);
      row_end[row] = box.rect.x + box.rect.width;
      g_array_append_val (b->frame->boxes, box);
      last_box = (int) b->frame->boxes->len - 1;
      i = end;
    }
}

static void
mirror_rect (PlRect *rect,
             double width)
{
  if (rect->width > 0 || rect->height > 0)
    rect->x = width - rect->x - rect->width;
}

/**
 * pl_timeline_frame_build:
 * @viewport: what part of the world to show
 *
 * Lays out what @viewport shows: only items in view are looked at, through
 * the interval indices.
 *
 * Returns: (transfer full): the frame
 */
PlTimelineFrame *
pl_timeline_frame_build (PlTimelineLayout *self,
                         const PlTimelineViewport *viewport)
{
  PlTimelineFrame *frame = g_new0 (PlTimelineFrame, 1);
  Builder b = { self, viewport, frame, self->axis_height - viewport->scroll_y };

  frame->viewport = *viewport;
  frame->mode = self->mode;
  frame->boxes = g_array_new (FALSE, TRUE, sizeof (PlTimelineBox));
  frame->ticks = g_array_new (FALSE, TRUE, sizeof (PlTimelineTick));
  g_array_set_clear_func (frame->ticks, free_tick);
  frame->axis_y = 0;
  frame->axis_height = self->axis_height;
  frame->more_above = viewport->scroll_y > 0.5;
  frame->more_below = self->axis_height - viewport->scroll_y + self->content_height > viewport->height + 0.5;

  if (!(viewport->px_per_unit > 0) || !isfinite (viewport->px_per_unit) || !isfinite (viewport->time_start))
    return frame;

  add_ticks (&b);
  add_phases (&b);
  add_points (&b, self->events, self->event_times, PL_TIMELINE_BOX_EVENT, self->events_top, self->n_event_rows);
  add_points (&b, self->sources, self->source_times, PL_TIMELINE_BOX_SOURCE, self->sources_top, self->n_source_rows);
  if (self->has_now)
    {
      frame->has_now = TRUE;
      frame->now_x = world_x (&b, self->now);
    }

  if (viewport->rtl)
    {
      for (guint i = 0; i < frame->boxes->len; i++)
        {
          PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, i);
          guint flags = box->flags;

          mirror_rect (&box->rect, viewport->width);
          mirror_rect (&box->label, viewport->width);
          box->marker_x = viewport->width - box->marker_x;
          box->marker_end = viewport->width - box->marker_end;
          box->flags &= ~(PL_TIMELINE_BOX_SOFT_START | PL_TIMELINE_BOX_SOFT_END |
                          PL_TIMELINE_BOX_CLIPPED_START | PL_TIMELINE_BOX_CLIPPED_END);
          /* Flags stay in time terms: start is still the start, now on the right. */
          box->flags |= flags & (PL_TIMELINE_BOX_SOFT_START | PL_TIMELINE_BOX_SOFT_END |
                                 PL_TIMELINE_BOX_CLIPPED_START | PL_TIMELINE_BOX_CLIPPED_END);
        }
      for (guint i = 0; i < frame->ticks->len; i++)
        g_array_index (frame->ticks, PlTimelineTick, i).x = viewport->width - g_array_index (frame->ticks, PlTimelineTick, i).x;
      frame->now_x = viewport->width - frame->now_x;
    }
  return frame;
}

void
pl_timeline_frame_free (PlTimelineFrame *frame)
{
  if (frame == NULL)
    return;
  g_array_unref (frame->boxes);
  g_array_unref (frame->ticks);
  g_free (frame->context_label);
  g_free (frame);
}

static gboolean
rect_contains (const PlRect *rect,
               double x,
               double y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

/**
 * pl_timeline_frame_hit:
 *
 * Returns: (nullable): the topmost box at (@x, @y) in viewport pixels
 */
const PlTimelineBox *
pl_timeline_frame_hit (const PlTimelineFrame *frame,
                       double x,
                       double y)
{
  if (y < frame->axis_y + frame->axis_height)
    return NULL;
  for (guint i = frame->boxes->len; i-- > 0;)
    {
      const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, i);

      if (rect_contains (&box->rect, x, y))
        return box;
    }
  return NULL;
}

/**
 * pl_timeline_frame_find_entry:
 *
 * Returns: (nullable): the box that draws @entry on its own, if it is in view
 */
const PlTimelineBox *
pl_timeline_frame_find_entry (const PlTimelineFrame *frame,
                              int entry)
{
  for (guint i = 0; i < frame->boxes->len; i++)
    {
      const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, i);

      if (box->entry == entry && box->kind != PL_TIMELINE_BOX_CLUSTER)
        return box;
    }
  return NULL;
}

/**
 * pl_timeline_layout_get_cluster_member:
 * @box: a cluster of events or sources
 * @index: which member, from 0 to the cluster's count
 *
 * Returns: the entry of that member, or -1 (phase clusters do not list theirs)
 */
int
pl_timeline_layout_get_cluster_member (PlTimelineLayout *self,
                                       const PlTimelineBox *box,
                                       guint index)
{
  GArray *sorted;

  if (box->first == G_MAXUINT || index >= box->count || box->entry < 0)
    return -1;
  sorted = ENTRY (self, box->entry)->kind == PL_TIMELINE_ENTRY_SOURCE ? self->sources : self->events;
  if (box->first + index >= sorted->len)
    return -1;
  return (int) g_array_index (sorted, guint, box->first + index);
}

static char *
format_span (const PlTimelineEntry *entry)
{
  int y0, m0, d0, y1, m1, d1;
  g_autoptr (GDateTime) start = NULL;
  g_autoptr (GDateTime) end = NULL;
  g_autofree char *a = NULL;
  g_autofree char *z = NULL;

  if (!entry->dated)
    return NULL;
  pl_time_to_ymd (entry->span.start, &y0, &m0, &d0);
  pl_time_to_ymd (MAX (entry->span.end - 1, entry->span.start), &y1, &m1, &d1);
  start = g_date_time_new_utc (CLAMP (y0, 1, 9999), m0, d0, 0, 0, 0);
  end = g_date_time_new_utc (CLAMP (y1, 1, 9999), m1, d1, 0, 0, 0);
  if (start == NULL || end == NULL)
    return NULL;
  /* The same format as a full date in the panels (pl-labels.c). */
  a = g_date_time_format (start, C_ ("date", "%-d %B %Y"));
  if (y0 == y1 && m0 == m1 && d0 == d1)
    return g_strdup (g_strstrip (a));
  z = g_date_time_format (end, C_ ("date", "%-d %B %Y"));
  /* TRANSLATORS: a span of dates on the timeline */
  return g_strdup_printf (_ ("%s to %s"), g_strstrip (a), g_strstrip (z));
}

/**
 * pl_timeline_layout_dup_description:
 *
 * Returns: (transfer full): a sentence naming @entry for tooltips and screen
 *   readers: its kind, label, status, dates and contents
 */
char *
pl_timeline_layout_dup_description (PlTimelineLayout *self,
                                    guint index)
{
  PlTimelineEntry *entry;
  g_autofree char *dates = NULL;
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (index < self->entries->len, g_string_free (text, FALSE));
  entry = ENTRY (self, index);
  dates = format_span (entry);

  switch (entry->kind)
    {
    case PL_TIMELINE_ENTRY_PHASE:
      {
        PhaseExtra *extra = g_hash_table_lookup (self->extras, GUINT_TO_POINTER (index));
        guint n = extra ? extra->n_components : 0;

        g_string_append_printf (text, _ ("Phase: %s. %s."), entry->label, pl_status_get_label (CLAMP (entry->status, 0, PL_N_STATUSES - 1)));
        if (dates)
          g_string_append_printf (text, " %s.", dates);
        else if (self->mode == PL_TIMELINE_MODE_CHRONOLOGICAL)
          g_string_append_printf (text, " %s", _ ("No dates given; placed by its status."));
        g_string_append_c (text, ' ');
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u component.", "%u components.", n), n);
        if (extra && extra->n_children)
          {
            g_string_append_c (text, ' ');
            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u part.", "%u parts.", extra->n_children), extra->n_children);
          }
        break;
      }
    case PL_TIMELINE_ENTRY_COMPONENT:
      /* TRANSLATORS: "Component of <phase>: <text>. <category>." */
      g_string_append_printf (text, _ ("Component of %s: %s. %s."), ENTRY (self, entry->parent)->label, entry->label,
                              pl_category_get_label (CLAMP (entry->category, 0, PL_N_CATEGORIES - 1)));
      break;
    case PL_TIMELINE_ENTRY_EVENT:
      if (dates)
        g_string_append_printf (text, _ ("Event, %s: %s"), dates, entry->label);
      else
        g_string_append_printf (text, _ ("Event: %s"), entry->label);
      break;
    case PL_TIMELINE_ENTRY_SOURCE:
    default:
      if (dates)
        g_string_append_printf (text, _ ("Source, published %s: %s"), dates, entry->label);
      else
        g_string_append_printf (text, _ ("Source: %s"), entry->label);
      break;
    }
  return g_string_free (text, FALSE);
}
