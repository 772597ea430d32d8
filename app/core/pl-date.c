/* pl-date.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlDate"

#include "config.h"

#include "pl-date.h"

#include <string.h>

G_DEFINE_BOXED_TYPE (PlDate, pl_date, pl_date_copy, pl_date_free)

PlDate *
pl_date_copy (const PlDate *date)
{
  return g_memdup2 (date, sizeof *date);
}

void
pl_date_free (PlDate *date)
{
  g_free (date);
}

gboolean
pl_date_is_set (const PlDate *date)
{
  return date != NULL && date->precision != PL_DATE_PRECISION_NONE;
}

/* Reads exactly @n_digits decimal digits at *@p. */
static gboolean
read_digits (const char **p,
             int n_digits,
             int *out_value)
{
  int value = 0;

  for (int i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      value = value * 10 + ((*p)[i] - '0');
    }

  *p += n_digits;
  *out_value = value;
  return TRUE;
}

static gboolean
read_separator (const char **p,
                char separator)
{
  if (**p != separator)
    return FALSE;
  (*p)++;
  return TRUE;
}

static gboolean
parse_utc_offset (const char **p,
                  PlDate *date)
{
  int sign, hours, minutes;

  if (**p == 'Z')
    {
      (*p)++;
      date->has_utc_offset = TRUE;
      date->utc_offset = 0;
      return TRUE;
    }
  if (**p != '+' && **p != '-')
    return TRUE; /* no offset: local time */

  sign = **p == '-' ? -1 : 1;
  (*p)++;
  if (!read_digits (p, 2, &hours))
    return FALSE;
  read_separator (p, ':');
  if (!read_digits (p, 2, &minutes) || hours > 14 || minutes > 59)
    return FALSE;

  date->has_utc_offset = TRUE;
  date->utc_offset = (gint16) (sign * (hours * 60 + minutes));
  return TRUE;
}

static gboolean
parse_time (const char **p,
            PlDate *date)
{
  int hour, minute, second = 0;

  if (!read_digits (p, 2, &hour) || !read_separator (p, ':') || !read_digits (p, 2, &minute))
    return FALSE;
  date->precision = PL_DATE_PRECISION_MINUTE;
  if (read_separator (p, ':'))
    {
      if (!read_digits (p, 2, &second))
        return FALSE;
      date->precision = PL_DATE_PRECISION_SECOND;
      /* Fractions of a second are accepted and dropped. */
      if (**p == '.' || **p == ',')
        {
          (*p)++;
          if (!g_ascii_isdigit (**p))
            return FALSE;
          while (g_ascii_isdigit (**p))
            (*p)++;
        }
    }
  if (hour > 23 || minute > 59 || second > 60)
    return FALSE;

  date->hour = (guint8) hour;
  date->minute = (guint8) minute;
  date->second = (guint8) MIN (second, 59);
  return parse_utc_offset (p, date);
}

static gboolean
parse_calendar_date (const char **p,
                     PlDate *date)
{
  int year, month, day;

  if (!read_digits (p, 4, &year) || year < 1)
    return FALSE;
  date->year = (gint16) year;
  date->precision = PL_DATE_PRECISION_YEAR;
  if (!read_separator (p, '-'))
    return TRUE;

  if (!read_digits (p, 2, &month) || month < 1 || month > 12)
    return FALSE;
  date->month = (guint8) month;
  date->precision = PL_DATE_PRECISION_MONTH;
  if (!read_separator (p, '-'))
    return TRUE;

  if (!read_digits (p, 2, &day) || day < 1 ||
      day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    return FALSE;
  date->day = (guint8) day;
  date->precision = PL_DATE_PRECISION_DAY;
  if (**p == 'T' || **p == 't' || (**p == ' ' && g_ascii_isdigit ((*p)[1])))
    {
      (*p)++;
      return parse_time (p, date);
    }
  return TRUE;
}

/**
 * pl_date_parse:
 * @text: (nullable): the text form, see #PlDate
 * @out_date: (out): where to store the date
 *
 * Parses @text. Surrounding white space is ignored. An empty or %NULL @text
 * gives an unset date and %TRUE.
 *
 * Returns: %TRUE if @text was a valid date; on %FALSE @out_date is unset.
 */
gboolean
pl_date_parse (const char *text,
               PlDate *out_date)
{
  PlDate date = { 0 };
  const char *p;

  g_return_val_if_fail (out_date != NULL, FALSE);

  memset (out_date, 0, sizeof *out_date);
  if (text == NULL)
    return TRUE;

  p = text;
  while (g_ascii_isspace (*p))
    p++;
  if (*p == '\0')
    return TRUE;

  if (!parse_calendar_date (&p, &date))
    return FALSE;
  if (*p == '~')
    {
      date.approximate = TRUE;
      p++;
    }
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    return FALSE;

  *out_date = date;
  return TRUE;
}

static void
append_utc_offset (GString *str,
                   const PlDate *date)
{
  int offset = ABS (date->utc_offset);

  if (!date->has_utc_offset)
    return;
  if (date->utc_offset == 0)
    g_string_append_c (str, 'Z');
  else
    g_string_append_printf (str, "%c%02d:%02d", date->utc_offset < 0 ? '-' : '+',
                            offset / 60, offset % 60);
}

/**
 * pl_date_to_string:
 * @date: (nullable): a date
 *
 * Returns: (transfer full) (nullable): the text form, or %NULL when @date is unset
 */
char *
pl_date_to_string (const PlDate *date)
{
  GString *str;

  if (!pl_date_is_set (date))
    return NULL;

  str = g_string_new (NULL);
  g_string_append_printf (str, "%04d", date->year);
  if (date->precision >= PL_DATE_PRECISION_MONTH)
    g_string_append_printf (str, "-%02d", date->month);
  if (date->precision >= PL_DATE_PRECISION_DAY)
    g_string_append_printf (str, "-%02d", date->day);
  if (date->precision >= PL_DATE_PRECISION_MINUTE)
    g_string_append_printf (str, "T%02d:%02d", date->hour, date->minute);
  if (date->precision >= PL_DATE_PRECISION_SECOND)
    g_string_append_printf (str, ":%02d", date->second);
  if (date->precision >= PL_DATE_PRECISION_MINUTE)
    append_utc_offset (str, date);
  if (date->approximate)
    g_string_append_c (str, '~');

  return g_string_free (str, FALSE);
}

gboolean
pl_date_equal (const PlDate *a,
               const PlDate *b)
{
  PlDate unset = { 0 };

  if (!pl_date_is_set (a))
    a = &unset;
  if (!pl_date_is_set (b))
    b = &unset;

  return a->precision == b->precision && a->year == b->year && a->month == b->month &&
         a->day == b->day && a->hour == b->hour && a->minute == b->minute &&
         a->second == b->second && a->approximate == b->approximate &&
         a->has_utc_offset == b->has_utc_offset && a->utc_offset == b->utc_offset;
}

/* Minutes since 0001-01-01 00:00 UTC of the earliest moment @date can mean. */
static gint64
earliest_minute (const PlDate *date)
{
  GDate d;
  gint64 minutes;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, date->day ? date->day : 1, date->month ? date->month : 1, date->year);
  minutes = (gint64) (g_date_get_julian (&d) - 1) * 24 * 60;
  minutes += date->hour * 60 + date->minute;
  if (date->has_utc_offset)
    minutes -= date->utc_offset;
  return minutes;
}

/**
 * pl_date_compare:
 *
 * Orders dates by their earliest moment; at the same moment the less
 * precise one comes first. Unset dates sort after every set date.
 *
 * Returns: negative, zero or positive as with strcmp()
 */
int
pl_date_compare (const PlDate *a,
                 const PlDate *b)
{
  gboolean a_set = pl_date_is_set (a), b_set = pl_date_is_set (b);
  gint64 ma, mb;

  if (!a_set || !b_set)
    return (int) b_set - (int) a_set;

  ma = earliest_minute (a);
  mb = earliest_minute (b);
  if (ma != mb)
    return ma < mb ? -1 : 1;
  if (a->precision != b->precision)
    return (int) a->precision - (int) b->precision;
  return (int) a->second - (int) b->second;
}

/**
 * pl_date_make:
 * @year: the year
 * @month: the month, or 0 for a year-only date
 * @day: the day, or 0 for a year-month date
 *
 * Returns: the date; unset if the parts are out of range
 */
PlDate
pl_date_make (int year,
              int month,
              int day)
{
  PlDate date = { 0 };

  if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0 ||
      (month == 0 && day != 0))
    return date;
  if (day > 0 && day > g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year))
    return date;

  date.year = (gint16) year;
  date.month = (guint8) month;
  date.day = (guint8) day;
  date.precision = day ? PL_DATE_PRECISION_DAY : month ? PL_DATE_PRECISION_MONTH
                                                       : PL_DATE_PRECISION_YEAR;
  return date;
}
