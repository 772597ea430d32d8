/* bench-util.h: what the benchmarks share, timing their runs.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double median;
  double worst;
} PlBenchTiming;

double pl_bench_now_ms (void);
PlBenchTiming pl_bench_summarize (double *ms,
                                  guint runs);

G_END_DECLS
