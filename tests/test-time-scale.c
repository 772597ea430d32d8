/* test-time-scale.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-time-scale.h"

static void
test_days (void)
{
  static const struct
  {
    int y, m, d;
    double time;
  } cases[] = {
    { 1, 1, 1, 0 },
    { 1, 1, 2, 1 },
    { 1, 12, 31, 364 },
    { 2, 1, 1, 365 },
    { 1970, 1, 1, 719162 },
    { 2000, 3, 1, 730179 },
    { 2024, 2, 29, 738944 },
    { 9999, 12, 31, 3652058 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      int y, m, d;

      g_assert_cmpfloat (pl_time_from_ymd (cases[i].y, cases[i].m, cases[i].d), ==, cases[i].time);
      pl_time_to_ymd (cases[i].time + 0.75, &y, &m, &d);
      g_assert_cmpint (y, ==, cases[i].y);
      g_assert_cmpint (m, ==, cases[i].m);
      g_assert_cmpint (d, ==, cases[i].d);
    }
  /* Month 13 is January of the next year. */
  g_assert_cmpfloat (pl_time_from_ymd (2024, 13, 1), ==, pl_time_from_ymd (2025, 1, 1));

  /* Every day of four centuries survives the round trip. */
  for (double t = pl_time_from_ymd (1900, 1, 1); t < pl_time_from_ymd (2300, 1, 1); t += 1)
    {
      int y, m, d;

      pl_time_to_ymd (t, &y, &m, &d);
      g_assert_cmpfloat (pl_time_from_ymd (y, m, d), ==, t);
    }
}

static void
test_spans (void)
{
  static const struct
  {
    const char *date;
    double length;      /* days */
    double start_frac;  /* start minus the day's start */
    double soft_margin; /* days either side */
  } cases[] = {
    { "2025", 365, 0, 0 },
    { "2024", 366, 0, 0 },
    { "2025-02", 28, 0, 0 },
    { "2024-02", 29, 0, 0 },
    { "2025-10-14", 1, 0, 0 },
    { "2025-10-14T09:30Z", 1 / 1440.0, 9.5 / 24, 0 },
    { "2025-10-14T09:30+02:00", 1 / 1440.0, 7.5 / 24, 0 },
    { "2025-10-14T09:30:30Z", 1 / 86400.0, 9.5 / 24 + 30 / 86400.0, 0 },
    { "2025~", 365, 0, 182 },
    { "2025-10~", 31, 0, 15 },
    { "2025-10-14~", 1, 0, 3 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PlDate date;
      PlTimeSpan span;
      double day;

      g_test_message ("%s", cases[i].date);
      g_assert_true (pl_date_parse (cases[i].date, &date));
      g_assert_true (pl_time_span_from_date (&date, &span));
      day = pl_time_from_ymd (date.year, MAX (date.month, 1), MAX (date.day, 1));
      g_assert_cmpfloat_with_epsilon (span.start - day, cases[i].start_frac, 1e-9);
      g_assert_cmpfloat_with_epsilon (span.end - span.start, cases[i].length, 1e-9);
      g_assert_cmpfloat_with_epsilon (span.start - span.soft_start, cases[i].soft_margin, 1e-9);
      g_assert_cmpfloat_with_epsilon (span.soft_end - span.end, cases[i].soft_margin, 1e-9);
    }
  {
    PlDate none = { 0 };
    PlTimeSpan span;

    g_assert_false (pl_time_span_from_date (&none, &span));
    g_assert_false (pl_time_span_from_date (NULL, &span));
  }
}

static void
test_steps (void)
{
  static const struct
  {
    double days_per_pixel;
    double spacing;
    PlTickUnit unit;
    guint count;
  } cases[] = {
    { 1 / 2400.0, 60, PL_TICK_HOUR, 1 }, /* an hour is 100 px */
    { 1 / 400.0, 60, PL_TICK_HOUR, 6 },  /* an hour is 16.7 px: 6 h make 100 */
    { 1 / 400.0, 40, PL_TICK_HOUR, 3 },
    { 1 / 100.0, 60, PL_TICK_DAY, 1 }, /* a day is 100 px */
    { 1 / 40.0, 60, PL_TICK_DAY, 2 },
    { 1 / 10.0, 60, PL_TICK_WEEK, 1 },
    { 1.0, 60, PL_TICK_MONTH, 3 },
    { 0.5, 60, PL_TICK_MONTH, 1 },
    { 5.0, 60, PL_TICK_YEAR, 1 },
    { 50.0, 60, PL_TICK_YEAR, 10 },
    { 1000.0, 60, PL_TICK_YEAR, 200 },
    { 1e7, 60, PL_TICK_YEAR, 1000 }, /* coarser than any step: the coarsest */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      PlTickStep step = pl_time_scale_choose_step (cases[i].days_per_pixel, cases[i].spacing);

      g_test_message ("case %u", i);
      g_assert_cmpint (step.unit, ==, cases[i].unit);
      g_assert_cmpuint (step.count, ==, cases[i].count);
    }
}

static void
test_ticks (void)
{
  PlTick ticks[64];
  guint n;
  g_autofree char *label = NULL;

  /* Months of 2025: twelve ticks, January the major one. */
  n = pl_time_scale_ticks ((PlTickStep){ PL_TICK_MONTH, 1 }, pl_time_from_ymd (2025, 1, 1), pl_time_from_ymd (2025, 12, 31),
                           ticks, G_N_ELEMENTS (ticks));
  g_assert_cmpuint (n, ==, 12);
  g_assert_true (ticks[0].major);
  for (guint i = 1; i < n; i++)
    {
      int y, m, d;

      g_assert_false (ticks[i].major);
      pl_time_to_ymd (ticks[i].time, &y, &m, &d);
      g_assert_cmpint (m, ==, (int) i + 1);
      g_assert_cmpint (d, ==, 1);
    }

  /* Quarters start on January, April, July, October. */
  n = pl_time_scale_ticks ((PlTickStep){ PL_TICK_MONTH, 3 }, pl_time_from_ymd (2025, 2, 10), pl_time_from_ymd (2026, 1, 1),
                           ticks, G_N_ELEMENTS (ticks));
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (ticks[0].time, ==, pl_time_from_ymd (2025, 4, 1));
  g_assert_cmpfloat (ticks[3].time, ==, pl_time_from_ymd (2026, 1, 1));
  g_assert_true (ticks[3].major);

  /* Decades: 2000, 2010, 2020, 2030; round centuries... of decades are major. */
  n = pl_time_scale_ticks ((PlTickStep){ PL_TICK_YEAR, 10 }, pl_time_from_ymd (1995, 6, 1), pl_time_from_ymd (2031, 1, 1),
                           ticks, G_N_ELEMENTS (ticks));
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (ticks[0].time, ==, pl_time_from_ymd (2000, 1, 1));
  g_assert_true (ticks[0].major);
  g_assert_false (ticks[1].major);

  /* Six-hourly in one day, midnight major. */
  n = pl_time_scale_ticks ((PlTickStep){ PL_TICK_HOUR, 6 }, pl_time_from_ymd (2025, 5, 5), pl_time_from_ymd (2025, 5, 5) + 0.99,
                           ticks, G_N_ELEMENTS (ticks));
  g_assert_cmpuint (n, ==, 4);
  g_assert_true (ticks[0].major);
  g_assert_cmpfloat_with_epsilon (ticks[1].time - ticks[0].time, 0.25, 1e-9);

  /* Weeks start on Mondays; 6 January 2025 was one. */
  n = pl_time_scale_ticks ((PlTickStep){ PL_TICK_WEEK, 1 }, pl_time_from_ymd (2025, 1, 2), pl_time_from_ymd (2025, 1, 31),
                           ticks, G_N_ELEMENTS (ticks));
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat (ticks[0].time, ==, pl_time_from_ymd (2025, 1, 6));

  /* Never more than asked for, never an inverted range. */
  g_assert_cmpuint (pl_time_scale_ticks ((PlTickStep){ PL_TICK_DAY, 1 }, 0, 1e6, ticks, 10), ==, 10);
  g_assert_cmpuint (pl_time_scale_ticks ((PlTickStep){ PL_TICK_DAY, 1 }, 100, 50, ticks, 10), ==, 0);

  label = pl_time_scale_format_tick ((PlTickStep){ PL_TICK_YEAR, 1 }, pl_time_from_ymd (2025, 1, 1), TRUE);
  g_assert_cmpstr (label, ==, "2025");
  g_clear_pointer (&label, g_free);
  label = pl_time_scale_format_tick ((PlTickStep){ PL_TICK_MONTH, 1 }, pl_time_from_ymd (2025, 3, 1), FALSE);
  g_assert_cmpstr (label, ==, "Mar");
  g_clear_pointer (&label, g_free);
  label = pl_time_scale_format_tick ((PlTickStep){ PL_TICK_HOUR, 3 }, pl_time_from_ymd (2025, 3, 1) + 0.375, FALSE);
  g_assert_cmpstr (label, ==, "09:00");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/time-scale/days", test_days);
  g_test_add_func ("/time-scale/spans", test_spans);
  g_test_add_func ("/time-scale/steps", test_steps);
  g_test_add_func ("/time-scale/ticks", test_ticks);
  return g_test_run ();
}
