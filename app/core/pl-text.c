/* pl-text.c: reading an article saved as plain text.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain text has no markup, so structure comes from the shape of lines:
 * the first line is the title, a short second line the dek, short lines
 * without final punctuation are headings, runs of short lines after a
 * lead-in ending with a colon (or lines with bullets or numbers) are list
 * items. Whatever follows an author box or a comment section at the end
 * is not the article.
 */

#define G_LOG_DOMAIN "PlText"

#include "config.h"

#include "pl-text.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-language.h"

/* Windows-1252's characters for bytes 0x80–0x9F; above, it is Latin-1.
 * The five bytes it leaves unassigned are 0 here. */
static const gunichar windows_1252_high[32] = {
  0x20AC,
  0,
  0x201A,
  0x0192,
  0x201E,
  0x2026,
  0x2020,
  0x2021,
  0x02C6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  0,
  0x017D,
  0,
  0,
  0x2018,
  0x2019,
  0x201C,
  0x201D,
  0x2022,
  0x2013,
  0x2014,
  0x02DC,
  0x2122,
  0x0161,
  0x203A,
  0x0153,
  0,
  0x017E,
  0x0178,
};

/**
 * _pl_windows_1252_to_utf8:
 * @as_controls: whether an unassigned byte becomes the C1 control of the
 *   same number, as browsers read it, or U+FFFD
 *
 * Returns: (transfer full): @data decoded from Windows-1252
 */
GString *
_pl_windows_1252_to_utf8 (const char *data,
                          gsize length,
                          gboolean as_controls)
{
  GString *out = g_string_sized_new (length + length / 8);

  for (gsize i = 0; i < length;)
    {
      gsize ascii = i;
      guchar c;
      gunichar u;

      while (ascii < length && (guchar) data[ascii] < 0x80)
        ascii++;
      g_string_append_len (out, data + i, (gssize) (ascii - i));
      if (ascii == length)
        break;
      c = (guchar) data[ascii];
      u = c < 0xA0 ? windows_1252_high[c - 0x80] : c;
      if (u == 0)
        u = as_controls ? c : 0xFFFD;
      g_string_append_unichar (out, u);
      i = ascii + 1;
    }
  return out;
}

/* A line is short enough to be a heading or a list item. */
#define SHORT_LINE 120
#define HEADING_WORDS 14

/* Lines that end an article's content: author boxes, comment sections,
 * sharing, subscription and "related" blocks. Matched against the start
 * of a lower-cased line; "$" at the end means the whole line. */
static const char *const trailer_markers[] = {
  "about the creator$",
  "about the author$",
  "about the authors$",
  "about the writer$",
  "about the contributor$",
  "about this author$",
  "author bio$",
  "comments$",
  "comment$",
  "responses$",
  "there are no comments",
  "be the first to comment",
  "be the first to respond",
  "leave a comment",
  "leave a reply",
  "join the conversation",
  "share this",
  "share on ",
  "share:",
  "subscribe to",
  "subscribe now",
  "sign up for",
  "related articles",
  "related stories",
  "related posts",
  "related$",
  "read more",
  "more from",
  "recommended for you",
  "you may also like",
  "you might also like",
  "follow us",
  "filed under",
  "tags:",
  "advertisement$",
  "copyright ",
  "© ",
  "all rights reserved",
  NULL,
};

/**
 * pl_text_decode:
 * @data: the bytes of a text file
 * @length: their length
 * @out_encoding: (out) (optional): the encoding that was used
 *
 * Decodes UTF-8 (with or without a byte order mark), UTF-16 with a byte
 * order mark, and falls back to Windows-1252 (a superset of Latin-1, the
 * commonest encoding of older files) when the bytes are not UTF-8.
 *
 * Returns: (transfer full) (nullable): UTF-8 text, or %NULL when UTF-16
 *   could not be decoded
 */
char *
pl_text_decode (const char *data,
                gsize length,
                const char **out_encoding)
{
  const guchar *b = (const guchar *) data;
  const char *encoding = "UTF-8";
  char *text;

  if (length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF)))
    {
      encoding = b[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      text = g_convert (data + 2, (gssize) (length - 2) & ~(gssize) 1, "UTF-8", encoding, NULL,
                        NULL, NULL);
    }
  else if (length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
    text = g_strndup (data + 3, length - 3);
  else if (g_utf8_validate (data, (gssize) length, NULL))
    text = g_strndup (data, length);
  else
    {
      encoding = "Windows-1252";
      text = g_string_free (_pl_windows_1252_to_utf8 (data, length, FALSE), FALSE);
    }
  if (out_encoding != NULL)
    *out_encoding = encoding;
  return text;
}

typedef enum
{
  LINE_BLANK,
  LINE_TEXT,
  LINE_BULLET,
} LineKind;

typedef struct
{
  char *text; /* owned, normalized, without a bullet */
  LineKind kind;
  guint level; /* a Markdown heading's level */
} Line;

static void
line_clear (Line *line)
{
  g_free (line->text);
}

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p; p++)
    {
      gboolean space = *p == ' ';
      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

static gunichar
last_char (const char *text)
{
  gsize n = strlen (text);

  return n ? g_utf8_get_char (g_utf8_prev_char (text + n)) : 0;
}

static gboolean
ends_sentence (const char *text)
{
  gunichar c = last_char (text);

  /* A closing quote after the full stop still ends a sentence. */
  if (c == 0x201D || c == '"' || c == 0x2019 || c == ')')
    {
      gsize n = strlen (text);
      const char *before = g_utf8_prev_char (text + n);

      if (before > text)
        c = g_utf8_get_char (g_utf8_prev_char (before));
    }
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002;
}

/* "- item", "* item", "• item", "1. item", "2) item", "a) item". */
static const char *
skip_bullet (const char *text)
{
  const char *p = text;
  gunichar c = g_utf8_get_char (p);
  const char *after = g_utf8_next_char (p);

  if ((c == '-' || c == '*' || c == 0x2022 || c == 0x00B7 || c == 0x2013 || c == 0x25AA ||
       c == 0x25CF) &&
      after[0] == ' ')
    return after + 1;
  while (g_ascii_isdigit (*p) && p - text < 3)
    p++;
  if (p == text && g_ascii_islower (*p) && (p[1] == ')' || p[1] == '.'))
    p++;
  if (p > text && (*p == '.' || *p == ')') && p[1] == ' ')
    return p + 2;
  return NULL;
}

static GArray *
split_lines (const char *text)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  g_auto (GStrv) raw = NULL;
  g_autofree char *unified = g_strdup (text);

  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);
  /* \r\n and lone \r end lines as \n does. */
  for (char *p = unified; *p; p++)
    if (*p == '\r')
      *p = p[1] == '\n' ? ' ' : '\n';
  raw = g_strsplit (unified, "\n", -1);
  for (guint i = 0; raw[i] != NULL; i++)
    {
      Line line = { pl_text_normalize_space (raw[i], -1), LINE_TEXT, 0 };
      const char *rest;

      if (*line.text == '\0')
        line.kind = LINE_BLANK;
      else if ((rest = skip_bullet (line.text)) != NULL && *rest != '\0')
        {
          char *item = g_strdup (rest);
          g_free (line.text);
          line.text = item;
          line.kind = LINE_BULLET;
        }
      else if (line.text[0] == '#')
        {
          guint level = 0;
          while (line.text[level] == '#' && level < 6)
            level++;
          if (line.text[level] == ' ')
            {
              char *heading = g_strdup (line.text + level + 1);
              g_free (line.text);
              line.text = heading;
              line.level = level;
            }
        }
      g_array_append_val (lines, line);
    }
  return lines;
}

#define LINE(lines, i) (&g_array_index ((lines), Line, (i)))

static gboolean
is_trailer_marker (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; trailer_markers[i] != NULL; i++)
    {
      const char *marker = trailer_markers[i];
      gsize n = strlen (marker);

      if (marker[n - 1] == '$' ? strlen (lower) == n - 1 && strncmp (lower, marker, n - 1) == 0
                               : g_str_has_prefix (lower, marker))
        return TRUE;
    }
  return FALSE;
}

/* A person's name: two to five words, each capitalised (or a particle). */
static gboolean
looks_like_name (const char *text)
{
  g_auto (GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);

  if (n < 2 || n > 5 || strlen (text) > 60)
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      gunichar c = g_utf8_get_char (words[i]);
      gboolean particle = g_strv_contains ((const char *[]){ "de", "van", "von", "bin", "al",
                                                             "el", "da", "la", "di", NULL },
                                           words[i]);

      if (!g_unichar_isupper (c) && !particle)
        return FALSE;
    }
  return !ends_sentence (text);
}

static char *
strip_by (const char *text)
{
  if (g_ascii_strncasecmp (text, "by ", 3) == 0)
    return g_strdup (text + 3);
  return NULL;
}

/* The index of the first line that is no longer content, looking only in
 * the last part of the text; sets the byline an author box gives. */
static guint
find_trailer (GArray *lines,
              guint first,
              PlArticle *article)
{
  guint start = first + (lines->len - first) * 2 / 5;

  for (guint i = start; i < lines->len; i++)
    {
      Line *line = LINE (lines, i);

      if (line->kind == LINE_BLANK || !is_trailer_marker (line->text))
        continue;
      /* "About the Creator" followed by a name is the byline. */
      for (guint j = i + 1; j < lines->len && article->byline == NULL; j++)
        if (LINE (lines, j)->kind != LINE_BLANK)
          {
            g_autofree char *name = strip_by (LINE (lines, j)->text);
            const char *candidate = name ? name : LINE (lines, j)->text;

            if (looks_like_name (candidate))
              pl_article_set_field (&article->byline, candidate);
            break;
          }
      return i;
    }
  return lines->len;
}

static guint
next_text_line (GArray *lines,
                guint i,
                guint end)
{
  while (i < end && LINE (lines, i)->kind == LINE_BLANK)
    i++;
  return i;
}

/* In hard-wrapped text, a line whose next line goes on in lower case. */
static gboolean
continues (GArray *lines,
           guint i)
{
  return i + 1 < lines->len && LINE (lines, i + 1)->kind == LINE_TEXT &&
         g_unichar_islower (g_utf8_get_char (LINE (lines, i + 1)->text));
}

/* The header: title, dek, byline and date at the top. Returns the first
 * line of the body. */
static guint
read_header (GArray *lines,
             guint end,
             PlArticle *article)
{
  guint i = next_text_line (lines, 0, end);
  guint header_end;

  if (i >= end)
    return end;
  pl_article_set_field (&article->title, LINE (lines, i)->text);
  i = next_text_line (lines, i + 1, end);
  /* The dek, byline and date are within the next four lines of text. */
  header_end = i;
  for (guint n = 0; n < 4 && header_end < end; n++)
    header_end = next_text_line (lines, header_end + 1, end);

  for (gboolean found_byline = FALSE, found_date = FALSE, found_dek = FALSE; i < header_end;
       i = next_text_line (lines, i + 1, end))
    {
      const char *text = LINE (lines, i)->text;
      g_autofree char *by = strip_by (text);
      PlDate date;

      if (by != NULL && strlen (by) < 100 && !found_byline)
        {
          pl_article_set_field (&article->byline, by);
          found_byline = TRUE;
        }
      else if (strlen (text) < 60 && count_words (text) <= 8 && !found_date &&
               pl_date_parse_loose (text, &date))
        {
          article->published = date;
          found_date = TRUE;
        }
      else if (!found_dek && !found_byline && !found_date && strlen (text) <= 300 &&
               !ends_sentence (text) && LINE (lines, i)->kind == LINE_TEXT &&
               count_words (text) >= 4 && !continues (lines, i))
        {
          pl_article_set_field (&article->subtitle, text);
          found_dek = TRUE;
        }
      else
        break;
    }
  return i;
}

static gboolean
is_heading (GArray *lines,
            guint i,
            guint end)
{
  Line *line = LINE (lines, i);
  guint next = next_text_line (lines, i + 1, end);
  gunichar first = g_utf8_get_char (line->text);
  gunichar last = last_char (line->text);

  if (line->level > 0)
    return TRUE;
  if (line->kind != LINE_TEXT || strlen (line->text) > SHORT_LINE ||
      count_words (line->text) > HEADING_WORDS || next >= end || continues (lines, i))
    return FALSE;
  if (ends_sentence (line->text) || last == ',' || last == ';' || last == ':')
    return FALSE;
  /* A heading introduces text: the next line is a paragraph or a list. */
  return (g_unichar_isupper (first) || g_unichar_isdigit (first)) &&
         (strlen (LINE (lines, next)->text) > strlen (line->text) ||
          LINE (lines, next)->kind == LINE_BULLET);
}

/* Plain text written with one paragraph per line has few blank lines;
 * text hard-wrapped at a fixed width has paragraphs split over lines
 * separated by blank lines. */
static gboolean
is_wrapped (GArray *lines,
            guint start,
            guint end)
{
  guint joined = 0, groups = 0;

  for (guint i = start; i + 1 < end; i++)
    {
      Line *a = LINE (lines, i), *b = LINE (lines, i + 1);

      if (a->kind == LINE_TEXT && b->kind == LINE_TEXT)
        {
          joined += !ends_sentence (a->text) && strlen (a->text) > 40 &&
                    g_unichar_islower (g_utf8_get_char (b->text));
          groups++;
        }
    }
  return groups > 0 && joined * 3 >= groups;
}

static void
read_body (GArray *lines,
           guint start,
           guint end,
           PlArticle *article)
{
  gboolean wrapped = is_wrapped (lines, start, end);
  gboolean in_list = FALSE;
  g_autoptr (GString) paragraph = g_string_new (NULL);

  for (guint i = start; i < end; i++)
    {
      Line *line = LINE (lines, i);

      if (line->kind == LINE_BLANK)
        {
          if (paragraph->len > 0)
            pl_article_add_block (article, PL_BLOCK_PARAGRAPH, 0, paragraph->str, -1);
          g_string_truncate (paragraph, 0);
          in_list = FALSE;
          continue;
        }
      if (line->kind == LINE_BULLET)
        {
          pl_article_add_block (article, PL_BLOCK_LIST_ITEM, 1, line->text, -1);
          continue;
        }
      /* Short lines after a lead-in ending with a colon are its items. */
      if (in_list && strlen (line->text) <= SHORT_LINE * 3 / 2 && !ends_sentence (line->text))
        {
          pl_article_add_block (article, PL_BLOCK_LIST_ITEM, 1, line->text, -1);
          continue;
        }
      in_list = FALSE;
      if (is_heading (lines, i, end))
        {
          pl_article_add_block (article, PL_BLOCK_HEADING, line->level ? line->level : 2,
                                line->text, -1);
          continue;
        }
      if (wrapped)
        {
          g_string_append_printf (paragraph, "%s%s", paragraph->len ? " " : "", line->text);
          in_list = last_char (line->text) == ':';
          if (in_list)
            {
              pl_article_add_block (article, PL_BLOCK_PARAGRAPH, 0, paragraph->str, -1);
              g_string_truncate (paragraph, 0);
            }
          continue;
        }
      pl_article_add_block (article, PL_BLOCK_PARAGRAPH, 0, line->text, -1);
      in_list = last_char (line->text) == ':';
    }
  if (paragraph->len > 0)
    pl_article_add_block (article, PL_BLOCK_PARAGRAPH, 0, paragraph->str, -1);
}

/**
 * pl_text_load:
 * @data: the bytes of a text file
 * @length: their length
 * @display_name: the file name for messages
 *
 * Reads an article saved as plain text.
 *
 * Returns: (transfer full) (nullable): the article
 */
PlArticle *
pl_text_load (const char *data,
              gsize length,
              const char *display_name,
              GPtrArray *diagnostics,
              GError **error)
{
  g_autoptr (PlArticle) article = pl_article_new ();
  g_autofree char *text = NULL;
  g_autoptr (GArray) lines = NULL;
  const char *encoding;
  guint body, end;

  text = pl_text_decode (data, length, &encoding);
  if (text == NULL)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_ENCODING, display_name, 0, 0,
                           _ ("starts with a UTF-16 byte order mark but is not valid UTF-16"));
      return NULL;
    }
  if (strcmp (encoding, "Windows-1252") == 0)
    pl_diagnostics_add (diagnostics, PL_SEVERITY_WARNING, display_name, 0, 0,
                        _ ("is not UTF-8; it was read as Windows-1252"));

  lines = split_lines (text);
  end = find_trailer (lines, next_text_line (lines, 0, lines->len), article);
  body = read_header (lines, end, article);
  read_body (lines, body, end, article);

  if (pl_article_get_length (article) == 0 && article->title == NULL)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_EMPTY, display_name, 0, 0,
                           _ ("holds no text"));
      return NULL;
    }
  pl_article_set_field (&article->language,
                        pl_language_detect (pl_article_get_text (article), -1));
  return g_steal_pointer (&article);
}
