/* pl-time-scale.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-time-scale.h"

#include <math.h>

/* Days from 1970-01-01 to a proleptic Gregorian date, after Howard Hinnant's
 * days_from_civil: exact for every year, negative ones included. */
static gint64
days_from_civil (gint64 y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint64 z,
                 int *out_y,
                 int *out_m,
                 int *out_d)
{
  gint64 era, doe, yoe, y, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *out_d = (int) (doy - (153 * mp + 2) / 5 + 1);
  *out_m = (int) (mp < 10 ? mp + 3 : mp - 9);
  *out_y = (int) (y + (*out_m <= 2));
}

#define DAY_ONE (-719162) /* days_from_civil (1, 1, 1) */

/**
 * pl_time_from_ymd:
 *
 * Returns: the time of the start of that day; a month of 13 is January of the
 *   next year, so spans can end on "the month after"
 */
double
pl_time_from_ymd (int year,
                  int month,
                  int day)
{
  if (month > 12)
    {
      year += (month - 1) / 12;
      month = (month - 1) % 12 + 1;
    }
  return (double) (days_from_civil (year, month, day) - DAY_ONE);
}

void
pl_time_to_ymd (double time,
                int *out_year,
                int *out_month,
                int *out_day)
{
  civil_from_days ((gint64) floor (time) + DAY_ONE, out_year, out_month, out_day);
}

/**
 * pl_time_span_from_date:
 * @date: a date, perhaps partial or approximate
 * @out_span: (out): the span of time it can mean
 *
 * Returns: %FALSE when @date is not set
 */
gboolean
pl_time_span_from_date (const PlDate *date,
                        PlTimeSpan *out_span)
{
  double start, end, margin;

  if (date == NULL || !pl_date_is_set (date))
    return FALSE;

  switch ((PlDatePrecision) date->precision)
    {
    case PL_DATE_PRECISION_YEAR:
      start = pl_time_from_ymd (date->year, 1, 1);
      end = pl_time_from_ymd (date->year + 1, 1, 1);
      margin = 182;
      break;
    case PL_DATE_PRECISION_MONTH:
      start = pl_time_from_ymd (date->year, date->month, 1);
      end = pl_time_from_ymd (date->year, date->month + 1, 1);
      margin = 15;
      break;
    case PL_DATE_PRECISION_MINUTE:
    case PL_DATE_PRECISION_SECOND:
      start = pl_time_from_ymd (date->year, date->month, date->day) +
              (date->hour * 60.0 + date->minute - (date->has_utc_offset ? date->utc_offset : 0)) / 1440.0;
      if (date->precision == PL_DATE_PRECISION_SECOND)
        {
          start += date->second / 86400.0;
          end = start + 1 / 86400.0;
          margin = 1 / 1440.0;
        }
      else
        {
          end = start + 1 / 1440.0;
          margin = 1 / 24.0;
        }
      break;
    case PL_DATE_PRECISION_DAY:
    case PL_DATE_PRECISION_NONE:
    default:
      start = pl_time_from_ymd (date->year, date->month, date->day);
      end = start + 1;
      margin = 3;
      break;
    }

  out_span->start = start;
  out_span->end = end;
  out_span->soft_start = date->approximate ? start - margin : start;
  out_span->soft_end = date->approximate ? end + margin : end;
  return TRUE;
}

typedef struct
{
  PlTickUnit unit;
  guint count;
  double days; /* roughly */
} StepInfo;

static const StepInfo steps[] = {
  { PL_TICK_HOUR, 1, 1 / 24.0 },
  { PL_TICK_HOUR, 3, 3 / 24.0 },
  { PL_TICK_HOUR, 6, 6 / 24.0 },
  { PL_TICK_HOUR, 12, 12 / 24.0 },
  { PL_TICK_DAY, 1, 1 },
  { PL_TICK_DAY, 2, 2 },
  { PL_TICK_WEEK, 1, 7 },
  { PL_TICK_MONTH, 1, 30.44 },
  { PL_TICK_MONTH, 3, 91.31 },
  { PL_TICK_MONTH, 6, 182.6 },
  { PL_TICK_YEAR, 1, 365.25 },
  { PL_TICK_YEAR, 2, 730.5 },
  { PL_TICK_YEAR, 5, 1826 },
  { PL_TICK_YEAR, 10, 3652 },
  { PL_TICK_YEAR, 20, 7305 },
  { PL_TICK_YEAR, 50, 18262 },
  { PL_TICK_YEAR, 100, 36525 },
  { PL_TICK_YEAR, 200, 73050 },
  { PL_TICK_YEAR, 500, 182625 },
  { PL_TICK_YEAR, 1000, 365250 },
};

/**
 * pl_time_scale_choose_step:
 * @days_per_pixel: the zoom
 * @min_spacing_px: the least distance between two ticks
 *
 * Returns: the finest calendar step whose ticks are at least @min_spacing_px apart
 */
PlTickStep
pl_time_scale_choose_step (double days_per_pixel,
                           double min_spacing_px)
{
  guint i;

  for (i = 0; i + 1 < G_N_ELEMENTS (steps); i++)
    if (steps[i].days / days_per_pixel >= min_spacing_px)
      break;
  return (PlTickStep){ steps[i].unit, steps[i].count };
}

static gboolean
tick_is_major (PlTickStep step,
               double time)
{
  int y, m, d;
  double frac = time - floor (time);

  pl_time_to_ymd (time, &y, &m, &d);
  switch (step.unit)
    {
    case PL_TICK_HOUR:
      return frac < 1e-6;
    case PL_TICK_DAY:
      return d == 1;
    case PL_TICK_WEEK:
      return d <= 7;
    case PL_TICK_MONTH:
      return m == 1;
    case PL_TICK_YEAR:
    default:
      return y % (step.count == 1 ? 10 : step.count * 5) == 0;
    }
}

/**
 * pl_time_scale_ticks:
 * @step: the step between ticks
 * @from: the first time to cover
 * @to: the last time to cover
 * @ticks: (out caller-allocates) (array length=max_ticks): where the ticks go
 * @max_ticks: room in @ticks
 *
 * Fills @ticks with the times in [@from, @to] that fall on whole steps, in
 * order, and at most @max_ticks of them.
 *
 * Returns: how many ticks were written
 */
guint
pl_time_scale_ticks (PlTickStep step,
                     double from,
                     double to,
                     PlTick *ticks,
                     guint max_ticks)
{
  guint n = 0;
  guint count = MAX (step.count, 1);
  int y, m, d;

  from = MAX (from, 0);
  if (to < from)
    return 0;

  pl_time_to_ymd (from, &y, &m, &d);
  if (step.unit == PL_TICK_HOUR || step.unit == PL_TICK_DAY || step.unit == PL_TICK_WEEK)
    {
      double unit = step.unit == PL_TICK_HOUR ? 1 / 24.0 : step.unit == PL_TICK_DAY ? 1
                                                                                    : 7;
      double width = unit * count;
      double k = ceil (from / width - 1e-9);

      for (double t = k * width; t <= to && n < max_ticks; t = ++k * width)
        {
          ticks[n].time = t;
          ticks[n].major = tick_is_major (step, t);
          n++;
        }
    }
  else if (step.unit == PL_TICK_MONTH)
    {
      gint64 index = (gint64) y * 12 + (m - 1);

      index -= index % count;
      for (;; index += count)
        {
          double t = pl_time_from_ymd ((int) (index / 12), (int) (index % 12) + 1, 1);

          if (t > to || n >= max_ticks)
            break;
          if (t < from)
            continue;
          ticks[n].time = t;
          ticks[n].major = tick_is_major (step, t);
          n++;
        }
    }
  else
    {
      gint64 year = y - y % count;

      for (;; year += count)
        {
          double t;

          if (year < 1)
            continue;
          t = pl_time_from_ymd ((int) year, 1, 1);
          if (t > to || n >= max_ticks || year > 9999)
            break;
          if (t < from)
            continue;
          ticks[n].time = t;
          ticks[n].major = tick_is_major (step, t);
          n++;
        }
    }
  return n;
}

/**
 * pl_time_scale_format_tick:
 *
 * Returns: (transfer full): the label of a tick in the user's locale: finer
 *   for minor ticks, with the larger unit for major ones
 */
char *
pl_time_scale_format_tick (PlTickStep step,
                           double time,
                           gboolean major)
{
  g_autoptr (GDateTime) dt = NULL;
  int y, m, d;
  int minutes = (int) lround ((time - floor (time)) * 1440);
  const char *format;

  pl_time_to_ymd (time, &y, &m, &d);
  if (minutes >= 1440)
    minutes = 1439;
  dt = g_date_time_new_utc (CLAMP (y, 1, 9999), m, d, minutes / 60, minutes % 60, 0);
  if (dt == NULL)
    return g_strdup ("");

  switch (step.unit)
    {
    case PL_TICK_HOUR:
      /* TRANSLATORS: strftime formats of timeline axis labels */
      format = major ? "%-e %b" : "%H:%M";
      break;
    case PL_TICK_DAY:
    case PL_TICK_WEEK:
      format = major ? "%b %Y" : "%-e %b";
      break;
    case PL_TICK_MONTH:
      format = major ? "%Y" : "%b";
      break;
    case PL_TICK_YEAR:
    default:
      format = "%Y";
      break;
    }
  {
    g_autofree char *text = g_date_time_format (dt, format);

    return g_strdup (g_strstrip (text ? text : (char *) ""));
  }
}
