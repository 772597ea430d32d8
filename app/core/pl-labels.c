/* pl-labels.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlLabels"

#include "config.h"

#include "pl-labels.h"

#include <glib/gi18n-lib.h>

const char *
pl_status_get_label (PlStatus status)
{
  switch (status)
    {
    case PL_STATUS_COMPLETED:
      return C_ ("status", "Completed");

    case PL_STATUS_CURRENT:
      return C_ ("status", "Current");

    case PL_STATUS_PLANNED:
      return C_ ("status", "Planned");

    case PL_STATUS_UNKNOWN:
    default:
      return C_ ("status", "Status unknown");
    }
}

const char *
pl_category_get_label (PlCategory category)
{
  switch (category)
    {
    case PL_CATEGORY_SECURITY:
      return C_ ("category", "Security");

    case PL_CATEGORY_HUMANITARIAN:
      return C_ ("category", "Humanitarian");

    case PL_CATEGORY_DIPLOMACY:
      return C_ ("category", "Diplomacy");

    case PL_CATEGORY_GOVERNANCE:
      return C_ ("category", "Governance");

    case PL_CATEGORY_ECONOMY:
      return C_ ("category", "Economy");

    case PL_CATEGORY_OTHER:
    default:
      return C_ ("category", "Other");
    }
}

const char *
pl_actor_kind_get_label (PlActorKind actor_kind)
{
  switch (actor_kind)
    {
    case PL_ACTOR_KIND_GOVERNMENT:
      return C_ ("actor kind", "Government");

    case PL_ACTOR_KIND_ORGANIZATION:
      return C_ ("actor kind", "Organization");

    case PL_ACTOR_KIND_PERSON:
      return C_ ("actor kind", "Person");

    case PL_ACTOR_KIND_ANALYST:
      return C_ ("actor kind", "Analyst");

    case PL_ACTOR_KIND_PUBLIC:
      return C_ ("actor kind", "Public");

    case PL_ACTOR_KIND_GROUP:
    default:
      return C_ ("actor kind", "Group");
    }
}

const char *
pl_stance_get_label (PlStance stance)
{
  switch (stance)
    {
    case PL_STANCE_SUPPORT:
      return C_ ("stance", "Supports");

    case PL_STANCE_MIXED:
      return C_ ("stance", "Mixed");

    case PL_STANCE_SKEPTICAL:
      return C_ ("stance", "Skeptical");

    case PL_STANCE_OPPOSE:
      return C_ ("stance", "Opposes");

    case PL_STANCE_NEUTRAL:
    default:
      return C_ ("stance", "Neutral");
    }
}

const char *
pl_level_get_label (PlLevel level)
{
  switch (level)
    {
    case PL_LEVEL_LOW:
      return C_ ("level", "Low");

    case PL_LEVEL_HIGH:
      return C_ ("level", "High");

    case PL_LEVEL_MEDIUM:
    default:
      return C_ ("level", "Medium");
    }
}

static const char *
date_format_for (const PlDate *date)
{
  switch ((PlDatePrecision) date->precision)
    {
    case PL_DATE_PRECISION_YEAR:
      /* Translators: a date known to the year; see g_date_time_format() */
      return C_ ("date", "%Y");

    case PL_DATE_PRECISION_MONTH:
      /* Translators: a date known to the month; see g_date_time_format() */
      return C_ ("date", "%B %Y");

    case PL_DATE_PRECISION_DAY:
      /* Translators: a date known to the day; see g_date_time_format() */
      return C_ ("date", "%-d %B %Y");

    case PL_DATE_PRECISION_MINUTE:
    case PL_DATE_PRECISION_SECOND:
      /* Translators: a date with a time of day; see g_date_time_format() */
      return C_ ("date", "%-d %B %Y, %H:%M");

    case PL_DATE_PRECISION_NONE:
    default:
      return NULL;
    }
}

/**
 * pl_text_get_direction:
 * @text: (nullable): words of a briefing
 *
 * The direction of @text's first letter of a script with one, as the
 * Unicode bidirectional algorithm finds a paragraph's: right to left for
 * Arabic, Hebrew, Syriac, Thaana and N'Ko, left to right for the others.
 *
 * Returns: %PANGO_DIRECTION_RTL, %PANGO_DIRECTION_LTR, or
 *   %PANGO_DIRECTION_NEUTRAL when @text has no letter
 */
PangoDirection
pl_text_get_direction (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return PANGO_DIRECTION_RTL;

        default:
          return PANGO_DIRECTION_LTR;
        }
    }
  return PANGO_DIRECTION_NEUTRAL;
}

/**
 * pl_date_format_display:
 * @date: (nullable): a date
 *
 * Returns: (transfer full) (nullable): @date as words for the user, to the
 *   precision it is known, or %NULL when it is not set
 */
char *
pl_date_format_display (const PlDate *date)
{
  g_autoptr (GDateTime) dt = NULL;
  g_autofree char *text = NULL;
  const char *format;

  if (date == NULL || !pl_date_is_set (date) || (format = date_format_for (date)) == NULL)
    return NULL;

  /* The wall-clock time as written; the offset is not shown. */
  dt = g_date_time_new_utc (date->year, MAX (date->month, 1), MAX (date->day, 1), date->hour,
                            date->minute, date->second);
  if (dt == NULL)
    return pl_date_to_string (date);

  text = g_date_time_format (dt, format);
  if (date->approximate)
    /* Translators: an approximate date, as in “about October 2025” */
    return g_strdup_printf (_ ("about %s"), text);
  return g_steal_pointer (&text);
}

/**
 * pl_date_range_format:
 *
 * Returns: (transfer full) (nullable): the period from @start to @end,
 *   either of which may be unset, or %NULL when neither is set
 */
char *
pl_date_range_format (const PlDate *start,
                      const PlDate *end)
{
  g_autofree char *from = pl_date_format_display (start);
  g_autofree char *until = pl_date_format_display (end);

  if (from != NULL && until != NULL)
    /* Translators: a period, from a start date to an end date */
    return g_strdup_printf (_ ("%s – %s"), from, until);
  if (from != NULL)
    /* Translators: a period with a start date but no known end */
    return g_strdup_printf (_ ("From %s"), from);
  if (until != NULL)
    /* Translators: a period with an end date but no known start */
    return g_strdup_printf (_ ("Until %s"), until);
  return NULL;
}
