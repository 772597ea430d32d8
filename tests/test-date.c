/* test-date.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-date.h"

static const struct
{
  const char *text;
  const char *canonical; /* NULL: invalid */
  PlDatePrecision precision;
  gboolean approximate;
} parse_cases[] = {
  { "2025", "2025", PL_DATE_PRECISION_YEAR, FALSE },
  { "2025~", "2025~", PL_DATE_PRECISION_YEAR, TRUE },
  { "2025-10", "2025-10", PL_DATE_PRECISION_MONTH, FALSE },
  { "2025-10~", "2025-10~", PL_DATE_PRECISION_MONTH, TRUE },
  { "2025-10-14", "2025-10-14", PL_DATE_PRECISION_DAY, FALSE },
  { " 2025-10-14 ", "2025-10-14", PL_DATE_PRECISION_DAY, FALSE },
  { "2024-02-29", "2024-02-29", PL_DATE_PRECISION_DAY, FALSE },
  { "2025-10-14T09:30", "2025-10-14T09:30", PL_DATE_PRECISION_MINUTE, FALSE },
  { "2025-10-14T09:30Z", "2025-10-14T09:30Z", PL_DATE_PRECISION_MINUTE, FALSE },
  { "2025-10-14 09:30:15+02:00", "2025-10-14T09:30:15+02:00", PL_DATE_PRECISION_SECOND, FALSE },
  { "2025-10-14T09:30:15.250-0530", "2025-10-14T09:30:15-05:30", PL_DATE_PRECISION_SECOND, FALSE },
  { "2025-10-14T23:59:60Z", "2025-10-14T23:59:59Z", PL_DATE_PRECISION_SECOND, FALSE },
  { "2025-10-14T09:30Z~", "2025-10-14T09:30Z~", PL_DATE_PRECISION_MINUTE, TRUE },
  { "2025-02-29", NULL, 0, FALSE },
  { "2025-13", NULL, 0, FALSE },
  { "2025-00", NULL, 0, FALSE },
  { "2025-10-32", NULL, 0, FALSE },
  { "0000", NULL, 0, FALSE },
  { "25", NULL, 0, FALSE },
  { "2025-1", NULL, 0, FALSE },
  { "2025-10-14T25:00", NULL, 0, FALSE },
  { "2025-10-14T09", NULL, 0, FALSE },
  { "2025-10-14T09:30+15:00", NULL, 0, FALSE },
  { "2025-10-14x", NULL, 0, FALSE },
  { "2025~~", NULL, 0, FALSE },
  { "October 2025", NULL, 0, FALSE },
  { "２０２５", NULL, 0, FALSE },
};

static void
test_parse (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      PlDate date;
      gboolean ok = pl_date_parse (parse_cases[i].text, &date);
      g_autofree char *text = NULL;

      g_test_message ("case “%s”", parse_cases[i].text);
      g_assert_cmpint (ok, ==, parse_cases[i].canonical != NULL);
      if (!ok)
        {
          g_assert_false (pl_date_is_set (&date));
          continue;
        }
      g_assert_cmpint (date.precision, ==, parse_cases[i].precision);
      g_assert_cmpint (date.approximate, ==, parse_cases[i].approximate);
      text = pl_date_to_string (&date);
      g_assert_cmpstr (text, ==, parse_cases[i].canonical);
    }
}

static void
test_unset (void)
{
  PlDate date;

  g_assert_true (pl_date_parse (NULL, &date));
  g_assert_false (pl_date_is_set (&date));
  g_assert_true (pl_date_parse ("  ", &date));
  g_assert_false (pl_date_is_set (&date));
  g_assert_null (pl_date_to_string (&date));
  g_assert_null (pl_date_to_string (NULL));
}

static void
test_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      PlDate a, b;
      g_autofree char *text = NULL;

      if (parse_cases[i].canonical == NULL)
        continue;
      g_assert_true (pl_date_parse (parse_cases[i].canonical, &a));
      text = pl_date_to_string (&a);
      g_assert_true (pl_date_parse (text, &b));
      g_assert_true (pl_date_equal (&a, &b));
    }
}

static void
test_compare (void)
{
  static const char *ordered[] = {
    "2024",
    "2024-12-31",
    "2025-01-01T00:30+01:00",
    "2025",
    "2025-01",
    "2025-01-01",
    "2025-01-01T00:00Z",
    "2025-10~",
    "2025-10-14",
    "2025-10-14T09:30Z",
  };
  PlDate unset = { 0 };

  for (guint i = 0; i + 1 < G_N_ELEMENTS (ordered); i++)
    {
      PlDate a, b;

      g_assert_true (pl_date_parse (ordered[i], &a));
      g_assert_true (pl_date_parse (ordered[i + 1], &b));
      g_test_message ("%s < %s", ordered[i], ordered[i + 1]);
      g_assert_cmpint (pl_date_compare (&a, &b), <, 0);
      g_assert_cmpint (pl_date_compare (&b, &a), >, 0);
      g_assert_cmpint (pl_date_compare (&a, &unset), <, 0);
      g_assert_cmpint (pl_date_compare (&a, &a), ==, 0);
    }
  g_assert_cmpint (pl_date_compare (&unset, &unset), ==, 0);
}

static void
test_make (void)
{
  PlDate date = pl_date_make (2025, 10, 0);
  g_autofree char *text = pl_date_to_string (&date);

  g_assert_cmpstr (text, ==, "2025-10");
  date = pl_date_make (2025, 2, 29);
  g_assert_false (pl_date_is_set (&date));
  date = pl_date_make (2025, 0, 3);
  g_assert_false (pl_date_is_set (&date));
  date = pl_date_make (10000, 1, 1);
  g_assert_false (pl_date_is_set (&date));
}

static const struct
{
  const char *text;
  const char *expected; /* NULL: not a date */
} loose_cases[] = {
  { "Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z" },
  { "Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T04:00:00+02:00" },
  { "10 Jun 03 04:00 EST", "2003-06-10T04:00-05:00" },
  { "Sat, 07 Sep 2002 00:00:01 GMT", "2002-09-07T00:00:01Z" },
  { "7 September 2002", "2002-09-07" },
  { "2003-12-13T18:30:02Z", "2003-12-13T18:30:02Z" },
  { "2003-12-13T18:30:02.25+01:00", "2003-12-13T18:30:02+01:00" },
  { "2003-12-13", "2003-12-13" },
  { "2003-6-9", "2003-06-09" },
  { "2003/06/09 14:05", "2003-06-09T14:05" },
  { "June 10, 2003", "2003-06-10" },
  { "Tuesday, June 10, 2003 at 9:30 pm EDT", "2003-06-10T21:30-04:00" },
  { "Jan. 5, 2020", "2020-01-05" },
  { "Nov 19th, 2019", "2019-11-19" },
  { "19 novembre 2019", "2019-11-19" },
  { "5 de marzo de 2021", "2021-03-05" },
  { "3. März 2021", "2021-03-03" },
  { "March 2021", "2021-03" },
  { "1574168580", "2019-11-19T13:03:00Z" },
  { "1676551869000", "2023-02-16T12:51:09Z" },
  { "Sun Nov 23 16:00:00 EDT 2014", "2014-11-23T16:00:00-04:00" },
  { "Thu Jan 2 08:05 2020", "2020-01-02T08:05" },
  { "19.11.2019", "2019-11-19" },
  { "5.3.2021 14:05", "2021-03-05T14:05" },
  { "31.02.2021", NULL },
  /* Offsets that could not be written back (too many digits, beyond 14
   * hours, minutes past 59, digits enough to overflow) are dropped, the
   * date and time kept: a fuzzer found "+35937" saved as "+359:37". */
  { "Tue, 10 Jun 2003 04:00:00 +35937", "2003-06-10T04:00:00" },
  { "Tue, 10 Jun 2003 04:00:00 +1500", "2003-06-10T04:00:00" },
  { "Tue, 10 Jun 2003 04:00:00 -0275", "2003-06-10T04:00:00" },
  { "Tue, 10 Jun 2003 04:00:00 +99999999999999999999", "2003-06-10T04:00:00" },
  { "Tue, 10 Jun 2003 04:00:00 +02", "2003-06-10T04:00:00+02:00" },
  { "Tue, 10 Jun 2003 04:00:00 -14:00", "2003-06-10T04:00:00-14:00" },
  { "12345678901", NULL },
  { "yesterday", NULL },
  { "13/45/2020", NULL },
  { "", NULL },
};

static void
test_loose (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (loose_cases); i++)
    {
      PlDate date;
      gboolean ok = pl_date_parse_loose (loose_cases[i].text, &date);
      g_autofree char *text = pl_date_to_string (&date);

      g_test_message ("“%s” → %s", loose_cases[i].text, text ? text : "(none)");
      g_assert_cmpint (ok, ==, loose_cases[i].expected != NULL);
      g_assert_cmpstr (text, ==, loose_cases[i].expected);
    }
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/date/parse", test_parse);
  g_test_add_func ("/date/unset", test_unset);
  g_test_add_func ("/date/round-trip", test_round_trip);
  g_test_add_func ("/date/compare", test_compare);
  g_test_add_func ("/date/make", test_make);
  g_test_add_func ("/date/loose", test_loose);
  return g_test_run ();
}
