/* pl-html-names.c: headlines and authors' names from what pages write.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Titles and bylines as pages write them, made into a headline and a
 * list of names: "Headline | Site" loses the site's name, "By JANE DOE
 * and John Roe, Staff Writers | Updated 5:00 PM" becomes "JANE DOE and
 * John Roe".
 */

#define G_LOG_DOMAIN "PlHtml"

#include "config.h"

#include <string.h>

#include "pl-html-private.h"

#define MAX_NAMES 8

/* Separators between a headline and the site's name in a title. */
static const char *const title_separators[] = {
  " | ", " - ", " – ", " — ", " · ", " :: ", " » ", " « ", " • ", " ~ ", " / ", NULL
};

/* Words before a byline's names, in the languages of our sources; and
 * words joining names. */
static const char *const byline_prefixes[] = {
  "by", "written by", "words by", "story by", "posted by", "text by", "reporting by", "von", "par",
  "por", "door", "di", "af", "av", "author", "autor", "autorin", "auteur", "auteure", "text", "reporter",
  NULL
};
static const char *const name_joiners[] = { "and", "&", "und", "et", "y", "e", "en", "og", "och", "i", NULL };

/* Words that make a part of a byline a job, a place or a publisher
 * rather than a name ("Jane Doe, Staff Writer"). */
static const char *const not_name_words[] = {
  "staff", "writer", "editor", "correspondent", "reporter", "contributor", "columnist", "senior",
  "chief", "bureau", "news", "health", "political", "special", "photographer", "updated",
  "published", "posted", "min", "read", "minutes", "associate", "producer", "analyst", "reports",
  "contributing", "agency", "press", "follow", "email", "journalist", "journaliste", "redakteur",
  "redakteurin", "redaktion", "rédaction", "redacción", "redazione", "admin", "administrator",
  "newsroom", "project", "foundation", "institute", "university", "e.v", "gmbh", "inc", "ltd", "llc",
  NULL
};

/* Words after which a byline goes on about something else: "Written by
 * A. Edited by B.", "By A. Photos by B." */
static const char *const byline_stops[] = {
  "edited", "updated", "published", "posted", "photos", "photo", "photography", "illustration",
  "illustrations", "video", "graphics", "aktualisiert", "veröffentlicht", "mis", "publié", NULL
};

/* Titles */

/* fold() of ASCII text: its case folding is its lower case, its letters
 * and digits are g_ascii_isalnum()'s, and it has no marks. */
static char *
fold_ascii (const char *text,
            gsize length)
{
  char *out = g_malloc (length + 1);
  char *o = out;
  gboolean gap = FALSE;

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (gap && o > out)
            *o++ = ' ';
          *o++ = _pl_html_ascii_lower (*p);
          gap = FALSE;
        }
      else
        gap = TRUE;
    }
  *o = '\0';
  return out;
}

/* Lower-case letters and digits, words one space apart. */
static char *
fold (const char *text)
{
  g_autofree char *lower = NULL;
  gsize n = 0;

  while (text[n] != '\0' && (guchar) text[n] < 0x80)
    n++;
  if (text[n] == '\0')
    return fold_ascii (text, n);
  lower = g_utf8_casefold (text, -1);
  GString *out = g_string_new (NULL);
  gboolean gap = FALSE;

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_unichar_ismark (c))
        {
          if (gap && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          gap = FALSE;
        }
      else
        gap = TRUE;
    }
  return g_string_free (out, FALSE);
}

/**
 * _pl_html_fold_equal:
 *
 * Returns: whether @a and @b have the same words, whatever their case,
 *   punctuation and spacing
 */
gboolean
_pl_html_fold_equal (const char *a,
                     const char *b)
{
  g_autofree char *fa = fold (a);
  g_autofree char *fb = fold (b);

  return *fa && strcmp (fa, fb) == 0;
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p++)
    {
      gboolean space = g_ascii_isspace (*p);

      n += !space && !in_word;
      in_word = !space;
    }
  return n;
}

/* Whether a part cut off a title names the site: it is the site's name,
 * or within it ("OpenNMS" of "The OpenNMS Group"), or holds it. */
static gboolean
names_site (const char *part,
            const char *site)
{
  g_autofree char *fp = fold (part);
  g_autofree char *fs = site ? fold (site) : g_strdup ("");

  if (*fp == '\0' || *fs == '\0')
    return FALSE;
  return strcmp (fp, fs) == 0 || (strlen (fp) >= 3 && strstr (fs, fp) != NULL) ||
         (strlen (fs) >= 3 && strstr (fp, fs) != NULL && count_words (part) <= count_words (site) + 2);
}

/* Where @title splits into a headline and another part, at the first or
 * last separator; -1 when it has none. */
static gssize
find_separator (const char *title,
                gboolean last,
                gsize *separator_length)
{
  gssize best = -1;

  for (guint i = 0; title_separators[i] != NULL; i++)
    {
      const char *at = last ? g_strrstr (title, title_separators[i]) : strstr (title, title_separators[i]);

      if (at != NULL && (best < 0 || (last ? at - title > best : at - title < best)))
        {
          best = at - title;
          *separator_length = strlen (title_separators[i]);
        }
    }
  return best;
}

/* Cuts one part naming the site, or a short one when the site is not
 * known, from the end or the start of @title; FALSE when there is none. */
static gboolean
cut_site_part (GString *title,
               const char *site,
               gboolean at_end)
{
  gsize length = 0;
  gssize at = find_separator (title->str, at_end, &length);
  g_autofree char *head = NULL;
  const char *tail;

  if (at < 0)
    return FALSE;
  head = g_strndup (title->str, (gsize) at);
  tail = title->str + at + length;
  if (at_end && (names_site (tail, site) || (site == NULL && count_words (tail) <= 3 && count_words (head) >= 4)))
    {
      g_string_truncate (title, (gsize) at);
      return TRUE;
    }
  if (!at_end && (names_site (head, site) || (site == NULL && count_words (head) <= 2 && count_words (tail) >= 4 && length == 3 && title->str[at + 1] == '|')))
    {
      g_string_erase (title, 0, at + (gssize) length);
      return TRUE;
    }
  return FALSE;
}

/* The side of @separator in @raw that is one of the page's headings,
 * given folded, %NULL for those of fewer than two words. */
static char *
part_at_separator (const char *raw,
                   const char *separator,
                   GPtrArray *folded_headings)
{
  for (const char *at = strstr (raw, separator); at != NULL; at = strstr (at + 1, separator))
    {
      g_autofree char *head = g_strndup (raw, (gsize) (at - raw));
      const char *tail = at + strlen (separator);
      g_autofree char *folded_head = NULL;
      g_autofree char *folded_tail = NULL;

      for (guint h = 0; h < folded_headings->len; h++)
        {
          const char *heading = folded_headings->pdata[h];

          if (heading == NULL)
            continue;
          if (folded_head == NULL)
            {
              folded_head = fold (head);
              folded_tail = fold (tail);
            }
          if (*folded_head && strcmp (folded_head, heading) == 0)
            return g_steal_pointer (&head);
          if (*folded_tail && strcmp (folded_tail, heading) == 0)
            return g_strdup (tail);
        }
    }
  return NULL;
}

/* The part of @raw that is one of the page's headings: "Site - Section -
 * Headline" whose <h1> is "Headline", or "Kicker: Headline". */
static char *
part_matching_heading (const char *raw,
                       GPtrArray *folded_headings)
{
  char *part = NULL;

  for (guint i = 0; part == NULL && title_separators[i] != NULL; i++)
    part = part_at_separator (raw, title_separators[i], folded_headings);
  return part ? part : part_at_separator (raw, ": ", folded_headings);
}

/* The headline without the site's name around it: "Headline | Site",
 * "Site - Headline", "Headline - Section - Site". When the page has a
 * heading that is one side of a separator, that side is the headline. */
static char *
clean_title (const char *raw,
             const char *site,
             GPtrArray *folded_headings)
{
  g_autoptr (GString) title = NULL;
  char *part = part_matching_heading (raw, folded_headings);

  if (part != NULL)
    return part;
  title = g_string_new (raw);
  if (g_str_has_suffix (title->str, "]") && strstr (title->str, " [") != NULL)
    {
      const char *open = g_strrstr (title->str, " [");
      g_autofree char *inside = g_strndup (open + 2, strlen (open) - 3);

      if (names_site (inside, site) || count_words (inside) <= 2)
        g_string_truncate (title, (gsize) (open - title->str));
    }
  for (guint i = 0; i < 3 && cut_site_part (title, site, TRUE); i++)
    ;
  for (guint i = 0; i < 2 && cut_site_part (title, site, FALSE); i++)
    ;
  if (count_words (title->str) == 0)
    return g_strdup (raw);
  return g_strdup (g_strstrip (title->str));
}

/* A title cut short ("The start of a long headline…"), and one of the
 * page's other titles that it is the start of. */
const char *
_pl_html_uncut_title (const char *raw,
                      const char *const *others,
                      guint n_others)
{
  g_autofree char *stem = NULL;
  g_autofree char *folded = NULL;

  if (!g_str_has_suffix (raw, "…") && !g_str_has_suffix (raw, "..."))
    return raw;
  stem = g_strndup (raw, strlen (raw) - (g_str_has_suffix (raw, "…") ? strlen ("…") : 3));
  folded = fold (stem);
  for (guint i = 0; i < n_others; i++)
    {
      g_autofree char *other = others[i] ? fold (others[i]) : NULL;

      if (other != NULL && *folded && g_str_has_prefix (other, folded) && strlen (other) > strlen (folded))
        return others[i];
    }
  return raw;
}

/* The wording most of the page's titles agree on, once each is cleaned
 * of the site's name. JSON-LD weighs a little less than the titles
 * people see (the heading, the tab, the link preview): sites often put a
 * wording for search engines there. A heading counts only with another
 * source's support, so that a logo in <h1> does not, unless there is
 * nothing else. Equal support goes to the source listed first. */
char *
_pl_html_vote_title (const PlHtmlTitleSource *sources,
                     guint n_sources,
                     const char *site,
                     GPtrArray *headings)
{
  g_autoptr (GPtrArray) clean = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) folded_clean = g_ptr_array_new_with_free_func (g_free);
  double best_score = 0;
  gint best = -1;

  /* Each title is cut where another title or a heading says where the
   * headline is: "Kicker: Headline" beside "Headline". Only those of two
   * words or more count; each is folded once for all comparisons. */
  g_autoptr (GPtrArray) anchors = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < headings->len; i++)
    g_ptr_array_add (anchors, count_words (headings->pdata[i]) >= 2 ? fold (headings->pdata[i]) : NULL);
  for (guint i = 0; i < n_sources; i++)
    if (sources[i].text != NULL && *sources[i].text)
      g_ptr_array_add (anchors, count_words (sources[i].text) >= 2 ? fold (sources[i].text) : NULL);
  for (guint i = 0; i < n_sources; i++)
    g_ptr_array_add (clean, sources[i].text && *sources[i].text ? clean_title (sources[i].text, site, anchors) : NULL);
  for (guint i = 0; i < n_sources; i++)
    g_ptr_array_add (folded_clean, clean->pdata[i] ? fold (clean->pdata[i]) : NULL);
  for (guint i = 0; i < n_sources; i++)
    {
      const char *folded = folded_clean->pdata[i];
      double score = 0;
      guint support = 0;

      if (clean->pdata[i] == NULL)
        continue;
      /* _pl_html_fold_equal() of the two clean titles */
      for (guint j = 0; j < n_sources; j++)
        if (clean->pdata[j] != NULL && *folded && strcmp (folded, folded_clean->pdata[j]) == 0)
          {
            score += sources[j].needs_support ? 0 : sources[j].weight;
            support++;
          }
      if (sources[i].needs_support && support > 1)
        score += sources[i].weight;
      if (score > best_score)
        {
          best_score = score;
          best = (gint) i;
        }
    }
  /* With nothing else to go by, an unconfirmed heading will do. */
  for (guint i = 0; best < 0 && i < n_sources; i++)
    if (clean->pdata[i] != NULL)
      best = (gint) i;
  return best >= 0 ? g_strdup (clean->pdata[best]) : NULL;
}

/* Bylines */

/**
 * _pl_html_is_url:
 *
 * Returns: whether @text is an address rather than a name
 */
gboolean
_pl_html_is_url (const char *text)
{
  return g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://") ||
         g_str_has_prefix (text, "www.") || g_str_has_prefix (text, "/");
}

/* Whether a date starts at @text: a number, or a month's or a day's
 * name, then the rest of a date. */
static gboolean
starts_date (const char *text)
{
  const char *days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun", "monday", "tuesday",
                         "wednesday", "thursday", "friday", "saturday", "sunday", NULL };
  g_autofree char *word = g_strndup (text, strcspn (text, " ,."));
  g_autofree char *lower = g_ascii_strdown (word, -1);
  g_autofree char *probe = g_strdup_printf ("%s 1, 2000", word);
  PlDate date;

  if (g_ascii_isdigit (*text))
    return TRUE;
  if (!g_strv_contains (days, lower) && !pl_date_parse_loose (probe, &date))
    return FALSE;
  return pl_date_parse_loose (text, &date);
}

/* Lower-case words inside names: "van", "de", "bin". */
static gboolean
is_particle (const char *word)
{
  const char *particles[] = { "van", "von", "de", "da", "di", "del", "della", "der", "den", "du", "dos",
                              "das", "la", "le", "bin", "al", "el", "ter", "ten", "y", "zu", NULL };

  return g_strv_contains (particles, word);
}

/* @text without the words introducing it ("By", "Written by:"). */
static const char *
skip_byline_prefix (const char *text)
{
  gboolean again = TRUE;

  while (again)
    {
      again = FALSE;
      while (*text == ' ' || *text == ':' || *text == '-' || *text == '|')
        text++;
      for (guint i = 0; byline_prefixes[i] != NULL; i++)
        {
          gsize n = strlen (byline_prefixes[i]);

          if (g_ascii_strncasecmp (text, byline_prefixes[i], n) == 0 && (text[n] == ' ' || text[n] == ':'))
            {
              text += n;
              again = TRUE;
            }
        }
    }
  return text;
}

static gboolean
is_all_caps (const char *word)
{
  for (const char *p = word; *p; p++)
    if (!g_ascii_isupper (*p))
      return FALSE;
  return TRUE;
}

/* A part of a byline that reads as a person's or an agency's name. */
static gboolean
is_name (const char *part)
{
  g_auto (GStrv) words = g_strsplit (part, " ", -1);
  guint n_words = g_strv_length (words);
  gboolean has_upper = FALSE, has_latin = FALSE, has_lower = FALSE;
  const char *credentials[] = { "MA", "MD", "PhD", "MPH", "RN", "MBA", "JD", "MS", "DO", NULL };

  if (n_words == 0 || n_words > 5 || *part == '\0' || g_strv_contains (credentials, part) ||
      strchr (part, '@') != NULL || strstr (part, "://") != NULL)
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);

      if (g_strv_contains (not_name_words, lower) || g_ascii_isdigit (words[i][0]))
        return FALSE;
    }
  for (const char *p = part; *p; p++)
    {
      has_latin |= g_ascii_isalpha (*p);
      has_upper |= g_ascii_isupper (*p);
      has_lower |= g_ascii_islower (*p);
    }
  /* An acronym among capitalised words is an organisation: "ACLU Speech" */
  for (guint i = 0; has_lower && words[i] != NULL; i++)
    if (strlen (words[i]) >= 3 && is_all_caps (words[i]))
      return FALSE;
  return !has_latin || has_upper;
}

static void
add_person (PlHtmlNames *names,
            const char *text)
{
  g_autofree char *name = g_strstrip (g_strdup (text));
  gsize n;

  while ((n = strlen (name)) > 0 && strchr (".,:;-", name[n - 1]) != NULL)
    name[n - 1] = '\0';
  g_strstrip (name);
  if (!is_name (name))
    return;
  for (guint i = 0; i < names->names->len; i++)
    if (g_ascii_strcasecmp (names->names->pdata[i], name) == 0)
      return;
  if (names->names->len < MAX_NAMES)
    g_ptr_array_add (names->names, g_steal_pointer (&name));
}

/* Where a byline's names end: at a separator or an aside. */
static gsize
names_end (const char *text)
{
  const char *stops[] = { " | ", "|", " • ", " · ", " — ", " – ", " - ", "\n", NULL };
  gsize end = strlen (text);

  for (guint i = 0; stops[i] != NULL; i++)
    {
      const char *at = strstr (text, stops[i]);

      if (at != NULL && (gsize) (at - text) < end && at > text)
        end = (gsize) (at - text);
    }
  return end;
}

/* @text without what it says in parentheses: "Richard (R.J.) Eskow",
 * "Bradley M. Kuhn (http://ebb.org/bkuhn/)". */
static char *
without_asides (const char *text)
{
  const char *with[] = { "with ", "avec ", "mit ", "con ", "com ", "met ", NULL };
  g_autoptr (GString) out = g_string_new (NULL);
  guint depth = 0;

  for (const char *p = text; *p; p++)
    {
      gsize skip = 0;

      /* "A (with B and C)": more authors, not an aside */
      for (guint i = 0; *p == '(' && depth == 0 && with[i] != NULL && skip == 0; i++)
        if (g_ascii_strncasecmp (p + 1, with[i], strlen (with[i])) == 0)
          skip = strlen (with[i]);
      if (skip > 0)
        {
          g_string_append (out, ", ");
          p += skip;
        }
      else if (*p == '(')
        depth++;
      else if (*p == ')')
        depth -= depth > 0;
      else if (depth == 0)
        g_string_append_c (out, *p);
    }
  return pl_text_normalize_space (out->str, (gssize) out->len);
}

static void
flush_person (PlHtmlNames *names,
              GString *part)
{
  add_person (names, part->str);
  g_string_truncate (part, 0);
}

/**
 * _pl_html_names_add:
 * @byline: a byline as the page writes it
 *
 * Adds the names in @byline: after "By", before a date, a time or a
 * separator, split at commas and "and", without job titles, each once.
 */
void
_pl_html_names_add (PlHtmlNames *names,
                    const char *raw)
{
  g_autofree char *clean = without_asides (raw);
  const char *text = skip_byline_prefix (clean);
  g_autofree char *head = g_strndup (text, names_end (text));
  g_auto (GStrv) words = g_strsplit (head, " ", 64);
  g_autoptr (GString) part = g_string_new (NULL);
  const char *rest = head;

  for (guint i = 0; words[i] != NULL; rest += strlen (words[i]) + (words[i + 1] ? 1 : 0), i++)
    {
      g_autofree char *lower = g_utf8_strdown (words[i], -1);
      gsize n = strlen (words[i]);

      if (n == 0)
        continue;
      if (starts_date (rest) || g_strv_contains (byline_stops, lower))
        break;
      /* A lower-case word ends the names: "Jane Doe for the Times",
       * "Jana Nováková před 2 hodinami". */
      if (names->prose && g_unichar_islower (g_utf8_get_char (words[i])) && !is_particle (lower) &&
          !g_strv_contains (name_joiners, lower) && !g_strv_contains (byline_prefixes, lower))
        break;
      if (g_strv_contains (name_joiners, lower))
        {
          g_free (names->joiner);
          names->joiner = g_strdup (words[i]);
          flush_person (names, part);
          continue;
        }
      if (part->len == 0 && g_strv_contains (byline_prefixes, lower))
        continue;
      g_string_append_printf (part, "%s%s", part->len ? " " : "", words[i]);
      if (words[i][n - 1] == ',' || words[i][n - 1] == ';')
        flush_person (names, part);
    }
  flush_person (names, part);
}

/* Beside full names, a single capitalised word is a job ("Jane Doe,
 * Projektleiterin") unless it is an agency's acronym ("AFP"). */
static void
drop_single_words (PlHtmlNames *names)
{
  gboolean has_full = FALSE;

  for (guint i = 0; i < names->names->len; i++)
    has_full |= strchr (names->names->pdata[i], ' ') != NULL;
  for (guint i = names->names->len; has_full && i-- > 0;)
    if (strchr (names->names->pdata[i], ' ') == NULL && !is_all_caps (names->names->pdata[i]))
      g_ptr_array_remove_index (names->names, i);
}

/**
 * _pl_html_names_join:
 * @language: (nullable): the page's language
 *
 * Returns: (transfer full) (nullable): the names as one byline: "A", "A
 *   and B", "A, B and C", with the page's word for "and" when it used
 *   one, else the language's
 */
char *
_pl_html_names_join (PlHtmlNames *names,
                     const char *language)
{
  const struct
  {
    const char *language;
    const char *word;
  } ands[] = { { "de", "und" }, { "fr", "et" }, { "es", "y" }, { "it", "e" }, { "pt", "e" }, { "nl", "en" } };
  const char *and = names->joiner;
  GString *out = g_string_new (NULL);

  drop_single_words (names);
  for (guint i = 0; and == NULL && language != NULL && i < G_N_ELEMENTS (ands); i++)
    if (g_ascii_strncasecmp (language, ands[i].language, 2) == 0)
      and = ands[i].word;
  for (guint i = 0; i < names->names->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == names->names->len ? " " : ", ");
      if (i > 0 && i + 1 == names->names->len)
        g_string_append_printf (out, "%s ", and? and : "and");
      g_string_append (out, names->names->pdata[i]);
    }
  return g_string_free (out, out->len == 0);
}

void
_pl_html_names_init (PlHtmlNames *names)
{
  names->names = g_ptr_array_new_with_free_func (g_free);
  names->joiner = NULL;
  names->prose = FALSE;
}

void
_pl_html_names_clear (PlHtmlNames *names)
{
  g_clear_pointer (&names->names, g_ptr_array_unref);
  g_clear_pointer (&names->joiner, g_free);
}

/**
 * _pl_html_byline_prefix_length:
 *
 * Returns: the length of the word introducing a byline that @text starts
 *   with ("By ", "Autorin: "), or 0
 */
gsize
_pl_html_byline_prefix_length (const char *text)
{
  for (guint i = 0; byline_prefixes[i] != NULL; i++)
    {
      gsize n = strlen (byline_prefixes[i]);

      if (g_ascii_strncasecmp (text, byline_prefixes[i], n) == 0 && (text[n] == ' ' || text[n] == ':'))
        return n + 1 + (text[n] == ':' && text[n + 1] == ' ');
    }
  return 0;
}
