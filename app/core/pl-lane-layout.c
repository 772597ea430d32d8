/* pl-lane-layout.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-lane-layout.h"


static int
compare_sorted (gconstpointer a,
                gconstpointer b,
                gpointer user_data)
{
  const PlInterval *intervals = user_data;
  const PlInterval *x = &intervals[*(const guint *) a];
  const PlInterval *y = &intervals[*(const guint *) b];

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1; /* longer first */
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/**
 * pl_lane_pack:
 * @intervals: (array length=n_intervals): what to place, in any order
 * @n_intervals: how many
 * @gap: the least space between two intervals in one lane
 * @out_lanes: (out caller-allocates) (array length=n_intervals): the lane of each
 *
 * Places intervals in lanes so that no two in one lane overlap, taking them
 * by start time and each into the first lane free for it (first fit, which
 * keeps the order stable as items are added later in time).
 *
 * Returns: the number of lanes used
 */
guint
pl_lane_pack (const PlInterval *intervals,
              guint n_intervals,
              double gap,
              guint *out_lanes)
{
  g_autofree guint *order = g_new (guint, MAX (n_intervals, 1));
  g_autoptr (GArray) lane_ends = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < n_intervals; i++)
    order[i] = i;
  g_qsort_with_data (order, n_intervals, sizeof (guint), compare_sorted, (gpointer) intervals);

  for (guint k = 0; k < n_intervals; k++)
    {
      const PlInterval *interval = &intervals[order[k]];
      guint lane;

      for (lane = 0; lane < lane_ends->len; lane++)
        if (g_array_index (lane_ends, double, lane) + gap <= interval->start)
          break;
      if (lane == lane_ends->len)
        g_array_append_val (lane_ends, interval->end);
      else
        g_array_index (lane_ends, double, lane) = MAX (interval->end, interval->start);
      out_lanes[order[k]] = lane;
    }
  return lane_ends->len;
}
