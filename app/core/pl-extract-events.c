/* pl-extract-events.c: dates in the text, dated events, and when phases
 * start and end.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pl-extract-private.h"

static const char *const months[] = { "january", "february", "march", "april", "may", "june",
                                      "july", "august", "september", "october", "november",
                                      "december" };
static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday" };

typedef struct
{
  PlDate date;
  guint first;
  guint end;
} Found;

static int
month_of (const char *word)
{
  gsize n = strlen (word);

  for (guint m = 0; m < 12; m++)
    if (strcmp (word, months[m]) == 0 || (n >= 3 && n <= 4 && strncmp (word, months[m], n) == 0 &&
                                          !(m == 4 && n > 3)))
      return (int) m + 1;
  return 0;
}

static int
number_of (Extraction *x,
           guint token,
           int min,
           int max)
{
  PlToken *t = PL_TOKEN (x->a, token);
  char *end;
  long value;

  if (!t->is_word || !g_ascii_isdigit (t->lower[0]))
    return 0;
  value = strtol (t->lower, &end, 10);
  /* "25th", "1st" */
  if (*end != '\0' && !g_str_has_suffix (t->lower, "th") && !g_str_has_suffix (t->lower, "st") &&
      !g_str_has_suffix (t->lower, "nd") && !g_str_has_suffix (t->lower, "rd"))
    return 0;
  return value >= min && value <= max ? (int) value : 0;
}

/* Relative dates need a publication date to count from, and a sane one:
 * GDate cannot go before year 1. */
static gboolean
has_day_published (Extraction *x)
{
  return x->published.precision >= PL_DATE_PRECISION_DAY && x->published.year >= 1900 &&
         x->published.year <= 2200;
}

static GDate
published_gdate (Extraction *x)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, x->published.day, x->published.month, x->published.year);
  return d;
}

static PlDate
from_gdate (const GDate *d,
            PlDatePrecision precision)
{
  return pl_date_make (g_date_get_year (d), precision >= PL_DATE_PRECISION_MONTH ? g_date_get_month (d) : 0,
                       precision >= PL_DATE_PRECISION_DAY ? g_date_get_day (d) : 0);
}

/* A month named without a year: the one nearest the publication date. */
static int
year_for_month (Extraction *x,
                int month)
{
  if (!pl_date_is_set (&x->published))
    return 0;
  if (x->published.precision >= PL_DATE_PRECISION_MONTH && month - (int) x->published.month > 6)
    return x->published.year - 1;
  if (x->published.precision >= PL_DATE_PRECISION_MONTH && (int) x->published.month - month > 6)
    return x->published.year + 1;
  return x->published.year;
}

/* "October 25, 2019", "25 October 2019", "Oct. 25", "mid-December", "October 2019". */
static gboolean
match_month (Extraction *x,
             guint t,
             guint end,
             Found *found)
{
  PlToken *token = PL_TOKEN (x->a, t);
  const char *word = token->lower;
  gboolean approximate = FALSE;
  int month, day = 0, year = 0;
  guint next = t + 1, first = t;

  if (g_str_has_prefix (word, "mid-") || g_str_has_prefix (word, "early-") || g_str_has_prefix (word, "late-"))
    word = strchr (word, '-') + 1, approximate = TRUE;
  if (!token->capitalized && !approximate)
    return FALSE;
  if ((month = month_of (word)) == 0)
    return FALSE;
  /* "May" alone is too often a verb. */
  if (month == 5 && t + 1 < end && number_of (x, t + 1, 1, 31) == 0 && number_of (x, t + 1, 1000, 2200) == 0)
    return FALSE;
  if (next < end && pl_analysis_is_punct (x->a, next, "."))
    next++;
  if (next < end && (day = number_of (x, next, 1, 31)) > 0)
    next++;
  else if (t > 0 && (day = number_of (x, t - 1, 1, 31)) > 0)
    first = t - 1;
  if (next < end && pl_analysis_is_punct (x->a, next, ",") && next + 1 < end && number_of (x, next + 1, 1000, 2200))
    next++;
  if (next < end && (year = number_of (x, next, 1000, 2200)) > 0)
    next++;
  if (year == 0 && (year = year_for_month (x, month)) == 0)
    return FALSE;
  found->date = pl_date_make (year, month, day);
  found->date.approximate = approximate;
  found->first = first;
  found->end = next;
  return pl_date_is_set (&found->date);
}

/* "in 2014", "by 2030". */
static gboolean
match_year (Extraction *x,
            guint t,
            guint end,
            Found *found)
{
  int year = number_of (x, t, 1900, 2200);

  if (year == 0 || strlen (PL_TOKEN (x->a, t)->lower) != 4 || t == 0 ||
      pl_lex_list_lookup (pl_lexicon_list ("events", "year_before"), PL_TOKEN (x->a, t - 1)->lower) == NULL)
    return FALSE;
  found->date = pl_date_make (year, 0, 0);
  found->first = t;
  found->end = t + 1;
  return TRUE;
}

static void
shift_days (GDate *d,
            int days)
{
  if (days >= 0)
    g_date_add_days (d, (guint) days);
  else
    g_date_subtract_days (d, (guint) -days);
}

/* "Tuesday", "last week", "next year", "yesterday", "within 90 days",
 * resolved against the publication date. */
static gboolean
match_relative (Extraction *x,
                guint t,
                guint end,
                gboolean future,
                Found *found)
{
  const char *word = PL_TOKEN (x->a, t)->lower;
  const char *before = t > 0 ? PL_TOKEN (x->a, t - 1)->lower : "";
  GDate d;
  PlDatePrecision precision = PL_DATE_PRECISION_DAY;
  gboolean approximate = FALSE;
  int n;

  if (!has_day_published (x))
    return FALSE;
  d = published_gdate (x);
  found->first = t;
  found->end = t + 1;

  if (pl_lex_list_lookup (pl_lexicon_list ("events", "yesterday"), word))
    shift_days (&d, -1);
  else if (pl_lex_list_lookup (pl_lexicon_list ("events", "tomorrow"), word))
    shift_days (&d, 1);
  else if (pl_lex_list_lookup (pl_lexicon_list ("events", "today"), word))
    ;
  else if (g_strv_contains (weekdays, word))
    {
      int target = 0, today = g_date_get_weekday (&d);
      gboolean next = strcmp (before, "next") == 0 || (future && strcmp (before, "last") != 0);

      while (strcmp (weekdays[target], word) != 0)
        target++;
      target++; /* GDateWeekday counts from Monday = 1 */
      shift_days (&d, next ? ((target - today + 6) % 7) + 1 : -(((today - target + 7) % 7)));
      if (strcmp (before, "last") == 0 || strcmp (before, "next") == 0)
        found->first = t - 1;
    }
  else if ((strcmp (before, "last") == 0 || strcmp (before, "next") == 0 || strcmp (before, "this") == 0) &&
           (strcmp (word, "week") == 0 || strcmp (word, "month") == 0 || strcmp (word, "year") == 0))
    {
      int sign = strcmp (before, "last") == 0 ? -1 : strcmp (before, "next") == 0 ? 1
                                                                                  : 0;

      found->first = t - 1;
      if (strcmp (word, "week") == 0)
        shift_days (&d, sign * 7), approximate = TRUE;
      else if (strcmp (word, "month") == 0)
        sign > 0 ? g_date_add_months (&d, 1) : sign < 0 ? g_date_subtract_months (&d, 1)
                                                        : (void) 0,
            precision = PL_DATE_PRECISION_MONTH;
      else
        sign > 0 ? g_date_add_years (&d, 1) : sign < 0 ? g_date_subtract_years (&d, 1)
                                                       : (void) 0,
            precision = PL_DATE_PRECISION_YEAR;
    }
  else if ((strcmp (before, "within") == 0 || strcmp (before, "in") == 0) && t + 1 < end &&
           (n = number_of (x, t, 1, 3650)) > 0 &&
           (g_str_has_prefix (PL_TOKEN (x->a, t + 1)->lower, "day") ||
            g_str_has_prefix (PL_TOKEN (x->a, t + 1)->lower, "week") ||
            g_str_has_prefix (PL_TOKEN (x->a, t + 1)->lower, "month")))
    {
      const char *unit = PL_TOKEN (x->a, t + 1)->lower;

      found->first = t - 1;
      found->end = t + 2;
      approximate = TRUE;
      if (unit[0] == 'd')
        shift_days (&d, n);
      else if (unit[0] == 'w')
        shift_days (&d, n * 7);
      else
        g_date_add_months (&d, (guint) n);
    }
  else
    return FALSE;

  found->date = from_gdate (&d, precision);
  found->date.approximate = approximate;
  return TRUE;
}

/* Words that can start a relative date; any other word cannot. */
static gboolean
may_be_relative (const char *word)
{
  static const char *const words[] = { "yesterday", "today", "tonight", "tomorrow", "week",
                                       "month", "year", "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday", "sunday", "this",
                                       NULL };

  return g_ascii_isdigit (word[0]) || g_strv_contains (words, word);
}

static gboolean
find_date (Extraction *x,
           const PlSentence *s,
           Found *found)
{
  guint end = s->first + s->n_tokens;
  int future = -1; /* whether the sentence speaks of the future, once asked */

  for (guint t = s->first; t < end; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);

      if (!token->is_word)
        continue;
      if (g_ascii_isdigit (token->lower[0]) && strlen (token->lower) == 10 &&
          pl_date_parse (token->lower, &found->date) && pl_date_is_set (&found->date))
        {
          found->first = t;
          found->end = t + 1;
          return TRUE;
        }
      if ((token->capitalized || strchr (token->lower, '-') != NULL) && match_month (x, t, end, found))
        return TRUE;
      if (g_ascii_isdigit (token->lower[0]) && match_year (x, t, end, found))
        return TRUE;
      if (may_be_relative (token->lower))
        {
          if (future < 0)
            future = _pl_extract_count_matches (x, pl_lexicon_list ("status", "planned"), s->first, end, NULL) > 0;
          if (match_relative (x, t, end, future, found))
            return TRUE;
        }
    }
  return FALSE;
}

static void
set_phase_dates (Extraction *x,
                 guint si,
                 const Found *found)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens;
  PhaseDraft *draft = x->sentence_phase[si] >= 0 ? _pl_extract_find_phase (x, x->sentence_phase[si]) : NULL;

  if (draft == NULL)
    return;
  if (_pl_extract_count_matches (x, pl_lexicon_list ("events", "starts"), s->first, end, NULL) &&
      !pl_date_is_set (pl_phase_get_start (draft->phase)))
    pl_phase_set_start (draft->phase, &found->date);
  else if (_pl_extract_count_matches (x, pl_lexicon_list ("events", "ends"), s->first, end, NULL) &&
           !pl_date_is_set (pl_phase_get_end (draft->phase)))
    pl_phase_set_end (draft->phase, &found->date);
}

static void
add_event (Extraction *x,
           guint si,
           const Found *found)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  g_autofree char *raw = pl_analysis_dup_sentence (x->a, s);
  g_autofree char *text = _pl_extract_clean_phrase (raw);
  g_autoptr (PlEvent) event = pl_event_new ();

  pl_event_set_date (event, &found->date);
  pl_event_set_text (event, text);
  /* The phase's id is not known yet: the merge pass sets it. */
  g_array_append_val (x->event_phases, x->sentence_phase[si]);
  _pl_extract_add_evidence (x, PL_ITEM (event), s->first, s->first + s->n_tokens);
  g_ptr_array_add (x->events, g_steal_pointer (&event));
}

/**
 * _pl_extract_events:
 *
 * Finds dates in the text, absolute ("October 25, 2019", "mid-December",
 * "by 2030") or relative to the publication date ("Tuesday", "last
 * week", "within 90 days"). A dated sentence with a verb of action is an
 * event; a dated sentence about a phase that says it starts or ends sets
 * the phase's dates.
 */
void
_pl_extract_events (Extraction *x)
{
  const PlLexList *verbs = pl_lexicon_list ("events", "verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      Found found;

      if (s->kind == PL_BLOCK_HEADING || !find_date (x, s, &found))
        continue;
      set_phase_dates (x, si, &found);
      if (_pl_extract_count_matches (x, verbs, s->first, s->first + s->n_tokens, NULL) > 0)
        add_event (x, si, &found);
    }
}
