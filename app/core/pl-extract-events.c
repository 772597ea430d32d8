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
static const char *const small_numbers[] = { "a", "one", "two", "three", "four", "five", "six",
                                             "seven", "eight", "nine", "ten", "eleven", "twelve" };

/* At most this many dates of a sentence are looked at. */
#define MAX_DATES 8
/* How far from a date the words that give its tense may be. */
#define TENSE_REACH 12
/* How far from a date a word of action may be and still belong to it. */
#define ACTION_REACH 20
/* How far before a date a verb in the past may be and make it an event. */
#define PAST_REACH 6

enum
{
  TENSE_PAST = -1,
  TENSE_UNKNOWN = 0,
  TENSE_FUTURE = 1,
};

typedef struct
{
  PlDate date;
  guint first;
  guint end;
  const PlLexEntry *action; /* the nearest word of action that belongs to it */
} Found;

static gboolean
in_list (const char *key,
         const char *word)
{
  return pl_lex_list_lookup (pl_lexicon_list ("events", key), word) != NULL;
}

/* The word without a possessive "'s": "tuesday's" is "tuesday". */
static gboolean
word_is (const char *word,
         const char *name)
{
  gsize n = strlen (name);

  return strncmp (word, name, n) == 0 && (word[n] == '\0' || strcmp (word + n, "'s") == 0);
}

static int
month_of (const char *word)
{
  gsize n;

  /* Every month begins with one of these: most words go no further. */
  if (strchr ("jfmasond", word[0]) == NULL || word[0] == '\0')
    return 0;
  n = strlen (word);

  for (guint m = 0; m < 12; m++)
    if (word_is (word, months[m]) || (n >= 3 && n <= 4 && strncmp (word, months[m], n) == 0 &&
                                      !(m == 4 && n > 3)))
      return (int) m + 1;
  return 0;
}

/* 1 for Monday … 7 for Sunday, as GDateWeekday counts; 0 if not a weekday. */
static int
weekday_of (const char *word)
{
  if (strchr ("mtwfs", word[0]) == NULL || word[0] == '\0')
    return 0;
  for (guint d = 0; d < G_N_ELEMENTS (weekdays); d++)
    if (word_is (word, weekdays[d]))
      return (int) d + 1;
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

/* A count written in digits or as a small word: "90", "two", "a". */
static int
count_of (Extraction *x,
          guint token)
{
  const char *word = PL_TOKEN (x->a, token)->lower;

  for (guint i = 0; i < G_N_ELEMENTS (small_numbers); i++)
    if (strcmp (word, small_numbers[i]) == 0)
      return i == 0 ? 1 : (int) i;
  if (strcmp (word, "an") == 0)
    return 1;
  return number_of (x, token, 1, 3650);
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

/* A past-tense verb by its ending: "approved", "signed". Capitalized
 * words are names ("United"), and words in "-eed" are mostly not verbs
 * in the past ("need", "proceed"). */
static gboolean
looks_past (const PlToken *token)
{
  gsize n = strlen (token->lower);

  return !token->capitalized && n >= 5 && g_str_has_suffix (token->lower, "ed") &&
         (!g_str_has_suffix (token->lower, "eed") || in_list ("past", token->lower));
}

/* The tense a single word gives the clause, or TENSE_UNKNOWN. A verb in
 * "-ed" after a form of "be" is a passive: the auxiliary decides. */
static int
tense_of_word (Extraction *x,
               guint sentence_first,
               guint t)
{
  PlToken *token = PL_TOKEN (x->a, t);
  const char *before = t > sentence_first ? PL_TOKEN (x->a, t - 1)->lower : "";

  if (!token->is_word)
    return TENSE_UNKNOWN;
  if (in_list ("future", token->lower) || g_str_has_suffix (token->lower, "'ll"))
    return TENSE_FUTURE;
  /* "set to", "due to", "expected to"; but "was due to" is past */
  if (strcmp (token->lower, "to") == 0 && in_list ("future_to", before))
    return t > sentence_first + 1 && in_list ("past", PL_TOKEN (x->a, t - 2)->lower) ? TENSE_PAST : TENSE_FUTURE;
  if (in_list ("past", token->lower))
    return TENSE_PAST;
  if (looks_past (token) && !in_list ("passive", before))
    return TENSE_PAST;
  return TENSE_UNKNOWN;
}

static gboolean
breaks_clause (Extraction *x,
               guint t)
{
  return pl_analysis_is_punct (x->a, t, ";:") || in_list ("clause_break", PL_TOKEN (x->a, t)->lower);
}

/* Whether the words around a date speak of the past or of the future:
 * the nearest word that tells, before the date or after it, within its
 * clause ("told them on Oct. 31 that the merger would ..." is past). */
static int
tense_near (Extraction *x,
            const PlSentence *s,
            guint first,
            guint end)
{
  guint s_end = s->first + s->n_tokens;
  gboolean back = TRUE, ahead = TRUE;

  for (guint d = 1; d <= TENSE_REACH && (back || ahead); d++)
    {
      int tense;

      back = back && first >= s->first + d && !breaks_clause (x, first - d);
      if (back && (tense = tense_of_word (x, s->first, first - d)) != TENSE_UNKNOWN)
        return tense;
      ahead = ahead && end - 1 + d < s_end && !breaks_clause (x, end - 1 + d);
      if (ahead && (tense = tense_of_word (x, s->first, end - 1 + d)) != TENSE_UNKNOWN)
        return tense;
    }
  return TENSE_UNKNOWN;
}

/* A month named without a year: in news, the last one unless the words
 * around it speak of the future ("is due", "will", and the present "is"
 * of a schedule), then the next one. "Next May" and "last May" say
 * which. */
static int
year_for_month (Extraction *x,
                int month,
                int tense,
                const char *before)
{
  int published = x->published.month;

  if (!pl_date_is_set (&x->published))
    return 0;
  if (x->published.precision < PL_DATE_PRECISION_MONTH)
    return x->published.year;
  if (strcmp (before, "next") == 0)
    return month <= published ? x->published.year + 1 : x->published.year;
  if (strcmp (before, "last") == 0 || strcmp (before, "past") == 0)
    return month >= published ? x->published.year - 1 : x->published.year;
  if (strcmp (before, "this") == 0)
    return x->published.year;
  if (tense == TENSE_FUTURE)
    return month < published ? x->published.year + 1 : x->published.year;
  return month > published ? x->published.year - 1 : x->published.year;
}

/* "May" with no number is the month only after words such as "in" or
 * "last": not as a verb, and not as a name ("told May", "May's deal"). */
static gboolean
may_is_month (Extraction *x,
              const PlSentence *s,
              guint t)
{
  PlToken *before = t > s->first ? PL_TOKEN (x->a, t - 1) : NULL;

  return before != NULL && before->is_word && strcmp (PL_TOKEN (x->a, t)->lower, "may") == 0 &&
         in_list ("month_before", before->lower);
}

/* "October 25, 2019", "25 October 2019", "Oct. 25", "mid-December",
 * "October 2019", "this past May". */
static gboolean
match_month (Extraction *x,
             const PlSentence *s,
             guint t,
             Found *found)
{
  PlToken *token = PL_TOKEN (x->a, t);
  const char *word = token->lower;
  const char *before = t > s->first ? PL_TOKEN (x->a, t - 1)->lower : "";
  guint end = s->first + s->n_tokens;
  gboolean approximate = FALSE;
  int month, day = 0, year = 0;
  guint next = t + 1, first = t;

  if (g_str_has_prefix (word, "mid-") || g_str_has_prefix (word, "early-") || g_str_has_prefix (word, "late-"))
    word = strchr (word, '-') + 1, approximate = TRUE;
  if (!token->capitalized && !approximate)
    return FALSE;
  if ((month = month_of (word)) == 0)
    return FALSE;
  /* "Jan", "Dec" alone are names more often than months. */
  if (strlen (word) < strlen (months[month - 1]) && !word_is (word, months[month - 1]) &&
      (t + 1 >= end || (!pl_analysis_is_punct (x->a, t + 1, ".") && number_of (x, t + 1, 1, 2200) == 0)))
    return FALSE;
  /* "May" with no number after it is often a verb or a name. */
  if (month == 5 && !approximate && (t + 1 >= end || (number_of (x, t + 1, 1, 31) == 0 && number_of (x, t + 1, 1000, 2200) == 0)) &&
      !may_is_month (x, s, t))
    return FALSE;
  if (next < end && pl_analysis_is_punct (x->a, next, "."))
    next++;
  if (next < end && (day = number_of (x, next, 1, 31)) > 0)
    next++;
  else if (t > s->first && (day = number_of (x, t - 1, 1, 31)) > 0)
    first = t - 1;
  if (next < end && pl_analysis_is_punct (x->a, next, ",") && next + 1 < end && number_of (x, next + 1, 1000, 2200))
    next++;
  if (next < end && (year = number_of (x, next, 1000, 2200)) > 0)
    next++;
  /* "May last year", "March next year" */
  else if (next + 1 < end && pl_date_is_set (&x->published) && strcmp (PL_TOKEN (x->a, next + 1)->lower, "year") == 0 &&
           (strcmp (PL_TOKEN (x->a, next)->lower, "last") == 0 || strcmp (PL_TOKEN (x->a, next)->lower, "next") == 0 ||
            strcmp (PL_TOKEN (x->a, next)->lower, "this") == 0))
    {
      const char *which = PL_TOKEN (x->a, next)->lower;

      year = x->published.year + (which[0] == 'l' ? -1 : which[0] == 'n' ? 1
                                                                         : 0);
      next += 2;
    }
  if (year == 0 && (year = year_for_month (x, month, tense_near (x, s, first, next), before)) == 0)
    return FALSE;
  if (first == t && (strcmp (before, "next") == 0 || strcmp (before, "last") == 0 || strcmp (before, "past") == 0))
    first = t - 1;
  found->date = pl_date_make (year, month, day);
  found->date.approximate = approximate;
  found->first = first;
  found->end = next;
  return pl_date_is_set (&found->date);
}

/* "in 2014", "by 2030", "mid-2025", "end-2025". */
static gboolean
match_year (Extraction *x,
            const PlSentence *s,
            guint t,
            Found *found)
{
  const char *word = PL_TOKEN (x->a, t)->lower;
  const char *dash = strchr (word, '-');
  int year;

  if (dash != NULL && g_ascii_isalpha (word[0]))
    {
      g_autofree char *part = g_strndup (word, (gsize) (dash - word));

      if (!in_list ("year_before", part) || strlen (dash + 1) != 4 || !g_ascii_isdigit (dash[1]))
        return FALSE;
      year = (int) strtol (dash + 1, NULL, 10);
      if (year < 1900 || year > 2200)
        return FALSE;
      found->date = pl_date_make (year, 0, 0);
      found->date.approximate = TRUE;
      found->first = t;
      found->end = t + 1;
      return TRUE;
    }
  year = number_of (x, t, 1900, 2200);
  if (year == 0 || strlen (word) != 4 || t == s->first ||
      !in_list ("year_before", PL_TOKEN (x->a, t - 1)->lower))
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

/* A unit of time and its precision: "days", "week", "months", "year". */
static gboolean
unit_of (const char *word,
         char *unit)
{
  static const char *const units[] = { "day", "week", "month", "year" };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_str_has_prefix (word, units[i]) && (word[strlen (units[i])] == '\0' || strcmp (word + strlen (units[i]), "s") == 0))
      {
        *unit = units[i][0];
        return TRUE;
      }
  return FALSE;
}

/* Moves @d by @n units; returns the precision the result has. */
static PlDatePrecision
shift_units (GDate *d,
             char unit,
             int n)
{
  switch (unit)
    {
    case 'd':
      shift_days (d, n);
      return PL_DATE_PRECISION_DAY;
    case 'w':
      shift_days (d, n * 7);
      return PL_DATE_PRECISION_DAY;
    case 'm':
      n >= 0 ? g_date_add_months (d, (guint) n) : g_date_subtract_months (d, (guint) -n);
      return PL_DATE_PRECISION_MONTH;
    default:
      n >= 0 ? g_date_add_years (d, (guint) n) : g_date_subtract_years (d, (guint) -n);
      return PL_DATE_PRECISION_YEAR;
    }
}

/* A weekday: the last one unless the words around it speak of the
 * future ("will meet on Friday") or it says "next". */
static void
resolve_weekday (Extraction *x,
                 const PlSentence *s,
                 guint t,
                 int target,
                 GDate *d,
                 Found *found)
{
  const char *before = t > s->first ? PL_TOKEN (x->a, t - 1)->lower : "";
  int today = g_date_get_weekday (d);

  if (strcmp (before, "next") == 0)
    shift_days (d, ((target - today + 6) % 7) + 1);
  else if (strcmp (before, "last") == 0 || strcmp (before, "past") == 0)
    shift_days (d, -(((today - target + 6) % 7) + 1));
  else if (tense_near (x, s, t, t + 1) == TENSE_FUTURE)
    shift_days (d, (target - today + 7) % 7);
  else
    shift_days (d, -((today - target + 7) % 7));
  if (strcmp (before, "next") == 0 || strcmp (before, "last") == 0 || strcmp (before, "past") == 0)
    found->first = t - 1;
}

/* "Tuesday", "last week", "next year", "yesterday", "within 90 days",
 * "two weeks ago", "end of the year", resolved against the publication
 * date. */
static gboolean
match_relative (Extraction *x,
                const PlSentence *s,
                guint t,
                Found *found)
{
  guint end = s->first + s->n_tokens;
  const char *word = PL_TOKEN (x->a, t)->lower;
  const char *before = t > s->first ? PL_TOKEN (x->a, t - 1)->lower : "";
  const char *before2 = t > s->first + 1 ? PL_TOKEN (x->a, t - 2)->lower : "";
  const char *after = t + 1 < end ? PL_TOKEN (x->a, t + 1)->lower : "";
  PlDatePrecision precision = PL_DATE_PRECISION_DAY;
  gboolean approximate = FALSE;
  char unit;
  int n;
  GDate d;

  if (!has_day_published (x))
    return FALSE;
  d = published_gdate (x);
  found->first = t;
  found->end = t + 1;

  if (in_list ("yesterday", word))
    shift_days (&d, -1);
  else if (in_list ("tomorrow", word))
    shift_days (&d, 1);
  else if (in_list ("today", word))
    ;
  else if ((n = weekday_of (word)) > 0)
    {
      /* "Good Friday", "Super Tuesday": names of days, not dates. */
      if (t > s->first && PL_TOKEN (x->a, t - 1)->capitalized && in_list ("day_names", before))
        return FALSE;
      resolve_weekday (x, s, t, n, &d, found);
    }
  else if (!unit_of (word, &unit))
    return FALSE;
  /* "two weeks ago", "a year ago" */
  else if (strcmp (after, "ago") == 0 && t > s->first && (n = count_of (x, t - 1)) > 0)
    {
      found->first = t - 1;
      found->end = t + 2;
      precision = shift_units (&d, unit, -n);
      /* "a year ago" is about the same month */
      precision = MAX (precision, PL_DATE_PRECISION_MONTH);
      approximate = unit != 'd';
    }
  /* "within 90 days", "in two weeks": ahead, so not in "collapsed within
   * two months" or "the lowest in 30 years". */
  else if (((strcmp (before2, "within") == 0 && tense_near (x, s, t - 2, t + 1) != TENSE_PAST) ||
            (strcmp (before2, "in") == 0 && tense_near (x, s, t - 2, t + 1) == TENSE_FUTURE)) &&
           (n = count_of (x, t - 1)) > 0)
    {
      found->first = t - 2;
      precision = shift_units (&d, unit, n);
      approximate = TRUE;
    }
  /* "last week", "next month", "this year" */
  else if ((strcmp (before, "last") == 0 || strcmp (before, "next") == 0 || strcmp (before, "this") == 0) &&
           unit != 'd' && word[strlen (word) - 1] != 's')
    {
      int sign = strcmp (before, "last") == 0 ? -1 : strcmp (before, "next") == 0 ? 1
                                                                                  : 0;

      found->first = t - 1;
      precision = shift_units (&d, unit, sign);
      approximate = unit == 'w';
    }
  /* "the end of the year", "the middle of the month" */
  else if (strcmp (before, "the") == 0 && strcmp (before2, "of") == 0 && t > s->first + 2 &&
           in_list ("deadline_skip", PL_TOKEN (x->a, t - 3)->lower) &&
           (unit == 'm' || unit == 'y') && word[strlen (word) - 1] != 's' && (t + 1 >= end || number_of (x, t + 1, 1000, 2200) == 0))
    {
      found->first = t - 1;
      precision = unit == 'm' ? PL_DATE_PRECISION_MONTH : PL_DATE_PRECISION_YEAR;
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
  static const char *const words[] = { "yesterday", "today", "tonight", "tomorrow", "day", "days",
                                       "week", "weeks", "month", "months", "year", "years",
                                       NULL };

  return g_strv_contains (words, word) || weekday_of (word) > 0;
}

static gboolean
match_date (Extraction *x,
            const PlSentence *s,
            guint t,
            Found *found)
{
  PlToken *token = PL_TOKEN (x->a, t);

  if (!token->is_word)
    return FALSE;
  if (g_ascii_isdigit (token->lower[0]) && strlen (token->lower) == 10 &&
      pl_date_parse (token->lower, &found->date) && pl_date_is_set (&found->date))
    {
      found->first = t;
      found->end = t + 1;
      return TRUE;
    }
  if ((token->capitalized || strchr (token->lower, '-') != NULL) && match_month (x, s, t, found))
    return TRUE;
  if ((g_ascii_isdigit (token->lower[0]) || strchr (token->lower, '-') != NULL) && match_year (x, s, t, found))
    return TRUE;
  return may_be_relative (token->lower) && match_relative (x, s, t, found);
}

/* "the quarter ended Sept. 29": a reporting period, not a happening. */
static gboolean
is_period_end (Extraction *x,
               const PlSentence *s,
               guint first)
{
  return first >= s->first + 2 && in_list ("period_end", PL_TOKEN (x->a, first - 1)->lower) &&
         in_list ("period", PL_TOKEN (x->a, first - 2)->lower);
}

/* "from 2010 levels", "1990 prices": a baseline, not a happening. */
static gboolean
is_baseline (Extraction *x,
             const PlSentence *s,
             guint end)
{
  return end < s->first + s->n_tokens && in_list ("baseline_after", PL_TOKEN (x->a, end)->lower);
}

/* "WASHINGTON (Aug. 13) --", "LONDON, March 3 —": the dateline of the
 * report, not a happening. */
static gboolean
is_dateline (Extraction *x,
             const PlSentence *s,
             const Found *found)
{
  guint end = s->first + s->n_tokens, t = found->end;

  if (found->first > s->first + 4)
    return FALSE;
  if (t < end && pl_analysis_is_punct (x->a, t, ")"))
    t++;
  return t < end && pl_analysis_is_punct (x->a, t, "-—–");
}

/* The dates of a sentence, in order, not overlapping. Dates inside
 * quotation marks are the speaker's, not the article's: left out. */
static guint
find_dates (Extraction *x,
            const PlSentence *s,
            Found *found)
{
  guint end = s->first + s->n_tokens;
  guint n = 0;

  for (guint t = s->first; t < end && n < MAX_DATES; t++)
    {
      if (PL_TOKEN (x->a, t)->quoted || !match_date (x, s, t, &found[n]))
        continue;
      found[n].action = NULL;
      if (found[n].first < t)
        found[n].first = MAX (found[n].first, n > 0 ? found[n - 1].end : s->first);
      t = found[n].end - 1;
      if (!is_period_end (x, s, found[n].first) && !is_baseline (x, s, found[n].end) &&
          !is_dateline (x, s, &found[n]))
        n++;
    }
  return n;
}

/* "by 2030", "until Nov. 1", "by the end of 2025": a deadline or target
 * after a word of @key. */
static gboolean
is_deadline (Extraction *x,
             const PlSentence *s,
             const Found *found,
             const char *key)
{
  for (guint t = found->first, n = 0; t > s->first && n < 4; t--, n++)
    {
      const char *word = PL_TOKEN (x->a, t - 1)->lower;

      if (in_list (key, word))
        return TRUE;
      if (!in_list ("deadline_skip", word))
        return FALSE;
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

/* The date nearest to a word, if it is near enough to belong to it. */
static gboolean
nearest_date (const Found *found,
              guint n_found,
              guint t,
              guint *out_index)
{
  guint best_distance = G_MAXUINT;

  for (guint i = 0; i < n_found; i++)
    {
      guint distance = t < found[i].first ? found[i].first - t : t >= found[i].end ? t - found[i].end + 1
                                                                                   : 0;

      if (distance < best_distance)
        *out_index = i, best_distance = distance;
    }
  return best_distance <= ACTION_REACH;
}

/* Whether a date names its month ("May 2019", "Oct. 26"): not a year
 * alone, often background ("founded in 1988"), nor a date relative to
 * the article ("last year", "Tuesday"). */
static gboolean
names_month (Extraction *x,
             const Found *found)
{
  for (guint t = found->first; t < found->end; t++)
    {
      const char *word = PL_TOKEN (x->a, t)->lower;

      if (month_of (word) > 0)
        return TRUE;
    }
  return FALSE;
}

/* "Tariffs were raised in May 2019", "expanded in September 2018": a
 * verb in the past shortly before a date written out, within its clause,
 * names something that happened then, whatever the verb. Not after
 * "since", which dates a state that lasts ("has been rising since early
 * May"). */
static gboolean
past_verb_before (Extraction *x,
                  const PlSentence *s,
                  const Found *found)
{
  if (!names_month (x, found))
    return FALSE;
  for (guint t = MAX (found->first, s->first + 2) - 2; t < found->end; t++)
    if (strcmp (PL_TOKEN (x->a, t)->lower, "since") == 0)
      return FALSE;
  for (guint t = found->first; t > s->first && found->first - t < PAST_REACH; t--)
    {
      if (breaks_clause (x, t - 1))
        break;
      if (looks_past (PL_TOKEN (x->a, t - 1)))
        return TRUE;
    }
  return FALSE;
}

/* Which dates of a sentence are events: each word of action belongs to
 * the date nearest to it, and so does a word of saying before the first
 * action ("said in March that it would start"; not the closing "officials
 * said Friday"); a deadline ("until Nov. 1", "by 2030") is an event of
 * its own. With no word of action, only a target ("costs fall to $1 by
 * 2030") is. */
static void
mark_event_dates (Extraction *x,
                  const PlSentence *s,
                  Found *found,
                  guint n_found,
                  gboolean *is_event)
{
  const PlLexList *verbs = pl_lexicon_list ("events", "verbs");
  const PlLexList *saying = pl_lexicon_list ("events", "saying");
  guint end = s->first + s->n_tokens, first_action = end;
  guint best;

  for (guint t = s->first; t < end;)
    {
      guint length = 1;
      const PlLexEntry *action = pl_analysis_match (x->a, verbs, t, end, &length);

      if (action == NULL)
        {
          t++;
          continue;
        }
      first_action = MIN (first_action, t);
      if (nearest_date (found, n_found, t, &best))
        {
          is_event[best] = TRUE;
          if (found[best].action == NULL)
            found[best].action = action;
        }
      t += length;
    }
  if (first_action == end)
    {
      for (guint i = 0; i < n_found; i++)
        is_event[i] = is_deadline (x, s, &found[i], "target_before") || past_verb_before (x, s, &found[i]);
      return;
    }
  for (guint t = s->first; t < first_action; t++)
    if (pl_analysis_match (x->a, saying, t, end, NULL) != NULL && nearest_date (found, n_found, t, &best))
      is_event[best] = TRUE;
  for (guint i = 1; i < n_found; i++)
    is_event[i] = is_event[i] || is_deadline (x, s, &found[i], "deadline_before");
  for (guint i = 0; i < n_found; i++)
    is_event[i] = is_event[i] || past_verb_before (x, s, &found[i]);
}

/**
 * _pl_extract_events:
 *
 * Finds dates in the text, absolute ("October 25, 2019", "mid-December",
 * "by 2030") or relative to the publication date ("Tuesday", "last
 * week", "within 90 days", "a year ago"). A dated sentence with a word of
 * action is an event, one per date the action belongs to; a dated
 * sentence about a phase that says it starts or ends sets the phase's
 * dates.
 */
void
_pl_extract_events (Extraction *x)
{
  g_autoptr (GArray) seen_days = g_array_new (FALSE, FALSE, sizeof (Found));

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      Found found[MAX_DATES];
      gboolean is_event[MAX_DATES] = { FALSE };
      guint n_found;

      if (s->kind == PL_BLOCK_HEADING || (n_found = find_dates (x, s, found)) == 0)
        continue;
      set_phase_dates (x, si, &found[0]);
      mark_event_dates (x, s, found, n_found, is_event);
      for (guint i = 0; i < n_found; i++)
        {
          gboolean seen = FALSE;

          if (!is_event[i])
            continue;
          for (guint j = 0; j < i && !seen; j++)
            seen = is_event[j] && pl_date_equal (&found[j].date, &found[i].date);
          /* The same happening on the same day, told again ("Tuesday's
           * election" twice), is one event; two things announced on one
           * day are not. */
          for (guint j = 0; j < seen_days->len && !seen; j++)
            {
              const Found *other = &g_array_index (seen_days, Found, j);

              seen = other->action == found[i].action && pl_date_equal (&other->date, &found[i].date);
            }
          if (seen)
            continue;
          add_event (x, si, &found[i]);
          if (found[i].date.precision >= PL_DATE_PRECISION_DAY && found[i].action != NULL &&
              in_list ("happenings", found[i].action->words[0]))
            g_array_append_val (seen_days, found[i]);
        }
    }
}
