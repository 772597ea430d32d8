/* pl-lane-layout.h
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
  double start;
  double end;
} PlInterval;

guint pl_lane_pack (const PlInterval *intervals,
                    guint n_intervals,
                    double gap,
                    guint *out_lanes);

G_END_DECLS
