/* pl-date.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PlDatePrecision:
 * @PL_DATE_PRECISION_NONE: no date is known
 * @PL_DATE_PRECISION_YEAR: only the year is known ("2025")
 * @PL_DATE_PRECISION_MONTH: year and month ("2025-10")
 * @PL_DATE_PRECISION_DAY: a full calendar date ("2025-10-14")
 * @PL_DATE_PRECISION_MINUTE: a date and a time of day to the minute
 * @PL_DATE_PRECISION_SECOND: a date and a time of day to the second
 */
typedef enum
{
  PL_DATE_PRECISION_NONE,
  PL_DATE_PRECISION_YEAR,
  PL_DATE_PRECISION_MONTH,
  PL_DATE_PRECISION_DAY,
  PL_DATE_PRECISION_MINUTE,
  PL_DATE_PRECISION_SECOND,
} PlDatePrecision;

/**
 * PlDate:
 *
 * A partial date: a year, a year and month, a full date, or a date with a
 * time of day, each optionally approximate. Its text form is ISO 8601 with
 * the EDTF (ISO 8601-2) "~" suffix for approximate values: "2025", "2025-10~",
 * "2025-10-14", "2025-10-14T09:30Z", "2025-10-14T09:30:15+02:00".
 *
 * A zero-filled PlDate is "no date". It is a plain value type: copy it with
 * assignment.
 */
typedef struct
{
  gint16 year;      /* 1 … 9999 */
  guint8 month;     /* 1 … 12 when precision >= MONTH */
  guint8 day;       /* 1 … 31 when precision >= DAY */
  guint8 hour;      /* 0 … 23 when precision >= MINUTE */
  guint8 minute;    /* 0 … 59 */
  guint8 second;    /* 0 … 59 when precision == SECOND */
  guint8 precision; /* a PlDatePrecision */
  guint8 approximate : 1;
  guint8 has_utc_offset : 1;
  gint16 utc_offset; /* minutes east of UTC, when has_utc_offset */
} PlDate;

#define PL_TYPE_DATE (pl_date_get_type ())

GType pl_date_get_type (void) G_GNUC_CONST;
PlDate *pl_date_copy (const PlDate *date);
void pl_date_free (PlDate *date);

gboolean pl_date_is_set (const PlDate *date);
gboolean pl_date_parse (const char *text,
                        PlDate *out_date);
char *pl_date_to_string (const PlDate *date);
gboolean pl_date_equal (const PlDate *a,
                        const PlDate *b);
int pl_date_compare (const PlDate *a,
                     const PlDate *b);
gboolean pl_date_parse_rfc822 (const char *text,
                               PlDate *out_date);
gboolean pl_date_parse_loose (const char *text,
                              PlDate *out_date);
PlDate pl_date_make (int year,
                     int month,
                     int day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlDate, pl_date_free)

G_END_DECLS
