/* pl-time-scale.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pl-date.h"

G_BEGIN_DECLS

/* Time on the timeline is a double counting days since 0001-01-01 (proleptic
 * Gregorian, UTC), with hours as fractions. A partial date covers a span: "2025"
 * is the whole year, "2025-10" the month, a day the day, a time a minute or a
 * second. Approximate dates widen that span by a soft margin. */

typedef struct
{
  double start;      /* the first instant the date can mean */
  double end;        /* the instant after the last it can mean; end > start */
  double soft_start; /* start minus the margin of an approximate date; else start */
  double soft_end;   /* end plus that margin; else end */
} PlTimeSpan;

gboolean pl_time_span_from_date (const PlDate *date,
                                 PlTimeSpan *out_span);
double pl_time_from_ymd (int year,
                         int month,
                         int day);
void pl_time_to_ymd (double time,
                     int *out_year,
                     int *out_month,
                     int *out_day);

/**
 * PlTickUnit:
 *
 * The calendar unit of one step of the axis: ticks fall on whole units,
 * from hours to millennia.
 */
typedef enum
{
  PL_TICK_HOUR,
  PL_TICK_DAY,
  PL_TICK_WEEK,
  PL_TICK_MONTH,
  PL_TICK_YEAR,
} PlTickUnit;

typedef struct
{
  PlTickUnit unit;
  guint count; /* ticks every @count units: 6 hours, 3 months, 10 years */
} PlTickStep;

typedef struct
{
  double time;
  gboolean major; /* a boundary of the next larger unit, labelled more boldly */
} PlTick;

PlTickStep pl_time_scale_choose_step (double days_per_pixel,
                                      double min_spacing_px);
guint pl_time_scale_ticks (PlTickStep step,
                           double from,
                           double to,
                           PlTick *ticks,
                           guint max_ticks);
char *pl_time_scale_format_tick (PlTickStep step,
                                 double time,
                                 gboolean major);

G_END_DECLS
