/* bench-util.c: what the benchmarks share, timing their runs.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bench-util.h"

#include <stdlib.h>

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The monotonic clock, in milliseconds. */
double
pl_bench_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

/* The median and worst of @runs times in @ms, which it sorts; @runs is at
 * least 1. */
PlBenchTiming
pl_bench_summarize (double *ms,
                    guint runs)
{
  qsort (ms, runs, sizeof *ms, compare_doubles);
  return (PlBenchTiming){ ms[runs / 2], ms[runs - 1] };
}
