/* pl-timeline-pages.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimeline"

#include "config.h"

#include "pl-timeline-pages.h"

#include <math.h>

#include "pl-timeline-layout-private.h"

/* A tall timeline is cut between rows: where the fewest phase headers,
 * cards and rows of events and sources are crossed, in the lower half of
 * each page, and into pages of about even height, so that the last page is
 * not a sliver. */

/* The spans, in content px, of what a cut should not cross, as sorted tops
 * and sorted bottoms. */
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

/**
 * _pl_timeline_pages_fit_scale:
 * @natural_scale: the scale the timeline is drawn at when there is room
 * @needed: the timeline's height at scale 1
 * @available: the height there is, at the page's scale
 * @min_shrink: the smallest fraction of @natural_scale allowed
 *
 * Returns: @natural_scale, or the smaller scale down to @min_shrink of it
 *   at which @needed fits @available
 */
double
_pl_timeline_pages_fit_scale (double natural_scale,
                              double needed,
                              double available,
                              double min_shrink)
{
  double fit;

  if (needed <= 0 || needed * natural_scale <= available)
    return natural_scale;
  fit = available / needed;
  return MAX (fit, natural_scale * min_shrink);
}

/**
 * _pl_timeline_pages_split:
 * @first_page: content px that fit on the first page
 * @per_page: content px that fit on each of the others
 *
 * Cuts the content of @layout into pages, between rows where it can.
 *
 * Returns: (transfer full) (element-type double): the bottom of each page
 *   in content px; the last is the content's height
 */
GArray *
_pl_timeline_pages_split (PlTimelineLayout *layout,
                          double first_page,
                          double per_page)
{
  double content = pl_timeline_layout_get_content_height (layout);
  GArray *bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  Solids solids;
  double top = 0;

  per_page = MAX (per_page, 1);
  first_page = MAX (first_page, 1);
  solids_init (&solids, layout);
  while (top < content - 0.5)
    {
      double room = bottoms->len == 0 ? first_page : per_page;
      double bottom;

      if (top + room >= content)
        bottom = content;
      else
        {
          /* Even pages: aim at the share of what is left, cut below it. */
          double left = content - top;
          double pages = bottoms->len == 0 ? 1 + ceil ((left - room) / per_page) : ceil (left / per_page);
          double limit = MIN (top + room, top + left / pages * 1.25);

          bottom = cut_at (&solids, top, MAX (limit, top + room / 2));
          if (bottom <= top + 0.5)
            bottom = top + room;
        }
      g_array_append_val (bottoms, bottom);
      top = bottom;
    }
  solids_clear (&solids);
  return bottoms;
}
