/* pl-date-parse.c: reading the date formats of feeds, pages and articles.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlDate"

#include "config.h"

#include "pl-date.h"

#include <string.h>

/* Month names and their usual abbreviations in the languages of our
 * users' sources, lower case; index + 1 is the month. */
static const char *const month_names[][12] = {
  { "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december" },
  { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" },
  { "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre" },
  { "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre" },
  { "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember" },
  { "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre" },
  { "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
    "outubro", "novembro", "dezembro" },
  { "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر" },
};

/* Time zone names of RFC 822 and common practice, in minutes east of UTC. */
static const struct
{
  const char *name;
  int offset;
} zones[] = {
  { "UT", 0 },
  { "UTC", 0 },
  { "GMT", 0 },
  { "Z", 0 },
  { "EST", -300 },
  { "EDT", -240 },
  { "CST", -360 },
  { "CDT", -300 },
  { "MST", -420 },
  { "MDT", -360 },
  { "PST", -480 },
  { "PDT", -420 },
  { "BST", 60 },
  { "CET", 60 },
  { "CEST", 120 },
  { "EET", 120 },
  { "EEST", 180 },
  { "IST", 330 },
  { "JST", 540 },
  { "AEST", 600 },
  { "AEDT", 660 },
};

/* A cursor over the text being read. */
typedef struct
{
  const char *p;
} Scan;

static void
skip_separators (Scan *s)
{
  while (*s->p && (g_ascii_isspace (*s->p) || *s->p == ',' || *s->p == '.'))
    s->p++;
}

static gboolean
read_number (Scan *s,
             guint max_digits,
             int *out)
{
  guint n = 0;
  int value = 0;

  while (n < max_digits && g_ascii_isdigit (s->p[n]))
    value = value * 10 + (s->p[n++] - '0');
  if (n == 0 || g_ascii_isdigit (s->p[n]))
    return FALSE;
  s->p += n;
  *out = value;
  return TRUE;
}

/* A word: letters of any script, lower-cased. */
static char *
read_word (Scan *s)
{
  const char *start = s->p;

  while (*s->p && g_unichar_isalpha (g_utf8_get_char (s->p)))
    s->p = g_utf8_next_char (s->p);
  return s->p > start ? g_utf8_strdown (start, s->p - start) : NULL;
}

static int
month_from_word (const char *word)
{
  gsize length;

  if (word == NULL)
    return 0;
  length = strlen (word);
  for (guint lang = 0; lang < G_N_ELEMENTS (month_names); lang++)
    for (guint m = 0; m < 12; m++)
      {
        const char *name = month_names[lang][m];

        /* Whole names, or abbreviations of at least three letters. */
        if (strcmp (word, name) == 0 || (length >= 3 && g_str_has_prefix (name, word) &&
                                         g_utf8_strlen (word, -1) >= 3))
          return (int) m + 1;
      }
  return 0;
}

static int
full_year (int year)
{
  /* Two-digit years, as RFC 822 allows: 70–99 are 19xx. */
  if (year < 100)
    return year < 70 ? 2000 + year : 1900 + year;
  return year;
}

static gboolean
read_zone (Scan *s,
           PlDate *date)
{
  while (*s->p == ' ')
    s->p++;
  if (*s->p == '+' || *s->p == '-')
    {
      int sign = *s->p == '-' ? -1 : 1;
      int hhmm = 0, digits = 0;

      s->p++;

      /* "+0200", "+02:00" or "+02": four digits at most, and a real offset
       * (up to 14 hours), the range a date can be written back in. */
      while (g_ascii_isdigit (*s->p) || *s->p == ':')
        {
          if (*s->p != ':')
            {
              if (++digits > 4)
                return FALSE;
              hhmm = hhmm * 10 + (*s->p - '0');
            }
          s->p++;
        }
      if (digits < 2)
        return FALSE;
      if (digits <= 2)
        hhmm *= 100;
      if (hhmm / 100 > 14 || hhmm % 100 > 59)
        return FALSE;
      date->has_utc_offset = TRUE;
      date->utc_offset = (gint16) (sign * ((hhmm / 100) * 60 + hhmm % 100));
      return TRUE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      gsize n = strlen (zones[i].name);

      if (g_ascii_strncasecmp (s->p, zones[i].name, n) == 0 && !g_ascii_isalpha (s->p[n]))
        {
          s->p += n;
          date->has_utc_offset = TRUE;
          date->utc_offset = (gint16) zones[i].offset;
          return TRUE;
        }
    }
  return FALSE;
}

/* "09:30", "9:30:15", "9.30", "9:30 pm" after a date. */
static void
read_time (Scan *s,
           PlDate *date)
{
  Scan t = *s;
  int hour, minute, second = 0;
  gboolean has_seconds = FALSE;

  while (*t.p == ' ' || *t.p == 'T' || *t.p == ',' || g_str_has_prefix (t.p, "at "))
    t.p += g_str_has_prefix (t.p, "at ") ? 3 : 1;
  if (!read_number (&t, 2, &hour) || (*t.p != ':' && *t.p != '.'))
    return;
  t.p++;
  if (!read_number (&t, 2, &minute))
    return;
  if (*t.p == ':' && g_ascii_isdigit (t.p[1]))
    {
      t.p++;
      has_seconds = read_number (&t, 2, &second);
      if (*t.p == '.' || *t.p == ',')
        for (t.p++; g_ascii_isdigit (*t.p); t.p++)
          ;
    }
  while (*t.p == ' ')
    t.p++;
  if (g_ascii_strncasecmp (t.p, "pm", 2) == 0 || g_ascii_strncasecmp (t.p, "p.m.", 4) == 0)
    {
      hour = hour % 12 + 12;
      t.p += t.p[1] == '.' ? 4 : 2;
    }
  else if (g_ascii_strncasecmp (t.p, "am", 2) == 0 || g_ascii_strncasecmp (t.p, "a.m.", 4) == 0)
    {
      hour = hour % 12;
      t.p += t.p[1] == '.' ? 4 : 2;
    }
  if (hour > 23 || minute > 59 || second > 60)
    return;

  date->hour = (guint8) hour;
  date->minute = (guint8) minute;
  date->second = (guint8) MIN (second, 59);
  date->precision = has_seconds ? PL_DATE_PRECISION_SECOND : PL_DATE_PRECISION_MINUTE;
  read_zone (&t, date);
  s->p = t.p;
}

static gboolean
finish (PlDate *date,
        int year,
        int month,
        int day,
        PlDate *out)
{
  PlDate made = pl_date_make (year, month, day);

  if (!pl_date_is_set (&made))
    return FALSE;
  made.hour = date->hour;
  made.minute = date->minute;
  made.second = date->second;
  made.has_utc_offset = date->has_utc_offset;
  made.utc_offset = date->utc_offset;
  if (date->precision > made.precision && day > 0)
    made.precision = date->precision;
  *out = made;
  return TRUE;
}

/**
 * pl_date_parse_rfc822:
 * @text: a date as RSS and e-mail write it: "Tue, 10 Jun 2003 04:00:00 GMT"
 * @out_date: (out): the date
 *
 * Reads RFC 822 and RFC 2822 dates leniently: the day name and seconds may
 * be missing, years may have two digits, months may be written out, the
 * zone may be a name, an offset or absent.
 *
 * Returns: whether @text was such a date
 */
gboolean
pl_date_parse_rfc822 (const char *text,
                      PlDate *out_date)
{
  Scan s = { text };
  g_autofree char *word = NULL;
  PlDate date = { 0 };
  int day, year, month;

  memset (out_date, 0, sizeof *out_date);
  if (text == NULL)
    return FALSE;

  skip_separators (&s);
  if (g_ascii_isalpha (*s.p))
    {
      g_free (read_word (&s)); /* the day's name */
      skip_separators (&s);
    }
  if (!read_number (&s, 2, &day))
    return FALSE;
  skip_separators (&s);
  if (*s.p == '-')
    s.p++;
  word = read_word (&s);
  month = month_from_word (word);
  if (month == 0)
    return FALSE;
  skip_separators (&s);
  if (*s.p == '-')
    s.p++;
  if (!read_number (&s, 4, &year))
    return FALSE;
  read_time (&s, &date);
  return finish (&date, full_year (year), month, day, out_date);
}

/* "June 10, 2003", "10 June 2003", "10. Juni 2003", "June 2003", "Jun 10th 2003". */
static gboolean
parse_written (const char *text,
               PlDate *out_date)
{
  Scan s = { text };
  PlDate date = { 0 };
  int day = 0, month, year;
  g_autofree char *word = NULL;

  skip_separators (&s);
  if (g_ascii_isalpha (*s.p) || (guchar) *s.p >= 0x80)
    {
      /* Month first, possibly after a day's name: "Tuesday, June 10, 2003". */
      word = read_word (&s);
      month = month_from_word (word);
      if (month == 0)
        {
          g_clear_pointer (&word, g_free);
          skip_separators (&s);
          word = read_word (&s);
          month = month_from_word (word);
        }
      skip_separators (&s);
      if (month == 0)
        return FALSE;
      if (read_number (&s, 2, &day))
        {
          if (g_ascii_isalpha (*s.p))
            g_free (read_word (&s)); /* 10th */
          skip_separators (&s);
        }
    }
  else
    {
      if (!read_number (&s, 2, &day))
        return FALSE;
      if (g_ascii_isalpha (*s.p))
        g_free (read_word (&s));
      skip_separators (&s);
      if (g_str_has_prefix (s.p, "de "))
        s.p += 3;
      word = read_word (&s);
      month = month_from_word (word);
      if (month == 0)
        return FALSE;
      skip_separators (&s);
    }
  if (g_str_has_prefix (s.p, "de "))
    s.p += 3;
  if (!read_number (&s, 4, &year) || year < 1000)
    return FALSE;
  read_time (&s, &date);
  return finish (&date, year, month, day, out_date);
}

/* "2003-06-10", "2003-6-10", "2003/06/10", "2003.06.10", with an
 * optional ISO time after it. */
static gboolean
parse_numeric (const char *text,
               PlDate *out_date)
{
  Scan s = { text };
  PlDate date = { 0 };
  int year, month, day = 0;
  char separator;

  while (g_ascii_isspace (*s.p))
    s.p++;
  if (!read_number (&s, 4, &year) || year < 1000)
    return FALSE;
  separator = *s.p;
  if (separator != '-' && separator != '/' && separator != '.')
    return FALSE;
  s.p++;
  if (!read_number (&s, 2, &month))
    return FALSE;
  if (*s.p == separator)
    {
      s.p++;
      if (!read_number (&s, 2, &day))
        return FALSE;
      read_time (&s, &date);
    }
  return finish (&date, year, month, day, out_date);
}

/* "Sun Nov 23 16:00:00 EDT 2014", as C's asctime(), Unix date and
 * Java's Date.toString() write dates: the year comes last. */
static gboolean
parse_asctime (const char *text,
               PlDate *out_date)
{
  Scan s = { text };
  PlDate date = { 0 };
  g_autofree char *word = NULL;
  int day, month, year;

  skip_separators (&s);
  g_free (read_word (&s)); /* the day's name */
  skip_separators (&s);
  word = read_word (&s);
  month = month_from_word (word);
  skip_separators (&s);
  if (month == 0 || !read_number (&s, 2, &day))
    return FALSE;
  read_time (&s, &date);
  if (date.precision < PL_DATE_PRECISION_MINUTE)
    return FALSE;
  while (*s.p == ' ')
    s.p++;
  if (!read_number (&s, 4, &year) || year < 1000)
    return FALSE;
  return finish (&date, year, month, day, out_date);
}

/* "19.11.2019", "19.11.2019 14:05": day first, as in German, Russian and
 * much of Europe; the dots leave no doubt about the order. */
static gboolean
parse_dotted (const char *text,
              PlDate *out_date)
{
  Scan s = { text };
  PlDate date = { 0 };
  int day, month, year;

  while (g_ascii_isspace (*s.p))
    s.p++;
  if (!read_number (&s, 2, &day) || *s.p != '.')
    return FALSE;
  s.p++;
  if (!read_number (&s, 2, &month) || *s.p != '.')
    return FALSE;
  s.p++;
  if (!read_number (&s, 4, &year) || year < 1000)
    return FALSE;
  read_time (&s, &date);
  return finish (&date, year, month, day, out_date);
}

/* Seconds since 1970 in 10 digits, or milliseconds in 13. */
static gboolean
parse_timestamp (const char *text,
                 PlDate *out_date)
{
  g_autofree char *digits = g_strstrip (g_strdup (text));
  gsize length = strlen (digits);
  guint64 value;

  if ((length != 10 && length != 13) ||
      !g_ascii_string_to_unsigned (digits, 10, 0, G_MAXUINT64, &value, NULL))
    return FALSE;
  if (length == 13)
    value /= 1000;
  if (value < 100000000 || value > 4102444800)
    return FALSE;
  {
    g_autoptr (GDateTime) dt = g_date_time_new_from_unix_utc ((gint64) value);
    g_autofree char *iso = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");

    return pl_date_parse (iso, out_date);
  }
}

/**
 * pl_date_parse_loose:
 * @text: a date found in a feed, page or article
 * @out_date: (out): the date
 *
 * Tries, in turn: the strict form of pl_date_parse() (ISO 8601, RFC 3339,
 * W3CDTF), other numeric dates ("2003/06/10"), RFC 822, written dates in
 * English, French, Spanish, German, Italian, Portuguese and Arabic ("June
 * 10, 2003", "10 juin 2003"), the asctime() form ("Sun Nov 23 16:00:00
 * EDT 2014"), day-first dates with dots ("19.11.2019"), and Unix
 * timestamps in seconds (10 digits) or milliseconds (13).
 *
 * Returns: whether a date was found
 */
gboolean
pl_date_parse_loose (const char *text,
                     PlDate *out_date)
{
  memset (out_date, 0, sizeof *out_date);
  if (text == NULL)
    return FALSE;

  if ((pl_date_parse (text, out_date) && pl_date_is_set (out_date)) || parse_timestamp (text, out_date) ||
      parse_numeric (text, out_date) || parse_dotted (text, out_date) ||
      pl_date_parse_rfc822 (text, out_date) || parse_asctime (text, out_date) ||
      parse_written (text, out_date))
    return TRUE;
  memset (out_date, 0, sizeof *out_date);
  return FALSE;
}
