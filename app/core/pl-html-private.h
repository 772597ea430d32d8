/* pl-html-private.h: what the HTML loader's parts share.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "pl-article.h"
#include "pl-date.h"

G_BEGIN_DECLS

/**
 * PlHtmlTag:
 * @PL_HTML_TAG_SKIP: never text: scripts, styles, media, form controls
 * @PL_HTML_TAG_BLOCK: starts a block of its own
 * @PL_HTML_TAG_BREAK: a line break
 * @PL_HTML_TAG_HEADING: h1 to h6
 * @PL_HTML_TAG_LIST: ul, ol, dl
 * @PL_HTML_TAG_LIST_ITEM: li, dt, dd
 * @PL_HTML_TAG_QUOTE: blockquote
 * @PL_HTML_TAG_LINK: a
 * @PL_HTML_TAG_CHROME: page furniture rather than content: nav, aside,
 *   footer, form, menu
 * @PL_HTML_TAG_CAPTION: figcaption, caption
 * @PL_HTML_TAG_SECTIONING: article, main, body, html
 * @PL_HTML_TAG_ROOT: main, body, html: the page's content as a whole
 * @PL_HTML_TAG_HEADER: header, a page's or an article's
 * @PL_HTML_TAG_TABLE: table and its parts
 *
 * What an element is to the loader, from its name alone.
 */
typedef enum
{
  PL_HTML_TAG_SKIP = 1 << 0,
  PL_HTML_TAG_BLOCK = 1 << 1,
  PL_HTML_TAG_BREAK = 1 << 2,
  PL_HTML_TAG_HEADING = 1 << 3,
  PL_HTML_TAG_LIST = 1 << 4,
  PL_HTML_TAG_LIST_ITEM = 1 << 5,
  PL_HTML_TAG_QUOTE = 1 << 6,
  PL_HTML_TAG_LINK = 1 << 7,
  PL_HTML_TAG_CHROME = 1 << 8,
  PL_HTML_TAG_CAPTION = 1 << 9,
  PL_HTML_TAG_SECTIONING = 1 << 10,
  PL_HTML_TAG_HEADER = 1 << 11,
  PL_HTML_TAG_TABLE = 1 << 12,
  PL_HTML_TAG_ROOT = 1 << 13,
} PlHtmlTag;

/* Decides, for each element under the walked node, whether to keep it. */
typedef gboolean (*PlHtmlKeepFunc) (xmlNode *element,
                                    gpointer user_data);

/**
 * PlHtmlAttrs:
 * @hidden: whether the element has the hidden attribute
 *
 * The attributes the loader reads on most elements, found in one pass
 * over them; borrowed, %NULL when absent.
 */
typedef struct
{
  const char *class;
  const char *id;
  const char *role;
  const char *itemprop;
  const char *rel;
  const char *style;
  gboolean hidden;
} PlHtmlAttrs;

/* g_ascii_tolower(), inline: it runs on every byte of class names. */
static inline char
_pl_html_ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
}

/* Whether @text starts with @prefix: g_str_has_prefix() without
 * measuring both strings first. */
static inline gboolean
_pl_html_starts_with (const char *text,
                      const char *prefix)
{
  while (*prefix != '\0' && *text == *prefix)
    text++, prefix++;
  return *prefix == '\0';
}

guint _pl_html_tag (const xmlNode *element);
void _pl_html_get_attrs (xmlNode *element,
                         PlHtmlAttrs *attrs);
gboolean _pl_html_attrs_hide (const PlHtmlAttrs *attrs);
gboolean _pl_html_is_hidden (xmlNode *element);
void _pl_html_append_blocks_filtered (PlArticle *article,
                                      xmlNode *node,
                                      PlHtmlKeepFunc keep,
                                      gpointer user_data);
char *_pl_html_text (xmlNode *node,
                     gsize max_bytes);
const char *_pl_html_attr (xmlNode *element,
                           const char *name);

/* Finding many words in a text in one pass: pl-html.c */

#define PL_HTML_MAX_WORDS 128

/**
 * PlHtmlMatches:
 *
 * Which of a #PlHtmlMatcher's words a text holds, one bit each, by their
 * index.
 */
typedef struct
{
  guint64 bits[PL_HTML_MAX_WORDS / 64];
} PlHtmlMatches;

typedef struct _PlHtmlMatcher PlHtmlMatcher;

PlHtmlMatcher *_pl_html_matcher_new (const char *const *words,
                                     guint n_words);
void _pl_html_matcher_find (const PlHtmlMatcher *matcher,
                            const char *text,
                            gsize length,
                            PlHtmlMatches *matches);

static inline gboolean
_pl_html_matches_has (const PlHtmlMatches *matches,
                      guint word)
{
  return (matches->bits[word / 64] >> (word % 64)) & 1;
}

/* Metadata: pl-html-meta.c */

gboolean _pl_html_find_date (const char *text,
                             gboolean anywhere,
                             PlDate *date);

/* JSON-LD: pl-html-jsonld.c */

/**
 * PlHtmlLinkedData:
 * @headline: (nullable): from an article only
 * @authors: (element-type utf8): names, as given
 * @rank: of the object these came from: 2 an article, 1 a web page, 0
 *   none
 *
 * What a page's JSON-LD says about its article; all strings owned.
 */
typedef struct
{
  char *headline;
  GPtrArray *authors;
  char *published;
  char *modified;
  char *publisher;
  char *language;
  char *description;
  int rank;
} PlHtmlLinkedData;

void _pl_html_linked_data_init (PlHtmlLinkedData *ld);
void _pl_html_linked_data_clear (PlHtmlLinkedData *ld);
void _pl_html_linked_data_read (PlHtmlLinkedData *ld,
                                GPtrArray *scripts);
char *_pl_html_json_date (const char *json,
                          const char *member);

/* Titles and names: pl-html-names.c */

/**
 * PlHtmlTitleSource:
 * @text: (nullable): a title as the page gives it
 * @weight: how much its word counts
 * @needs_support: whether it counts only when another source agrees
 */
typedef struct
{
  const char *text;
  double weight;
  gboolean needs_support;
} PlHtmlTitleSource;

char *_pl_html_vote_title (const PlHtmlTitleSource *sources,
                           guint n_sources,
                           const char *site,
                           GPtrArray *headings);
const char *_pl_html_uncut_title (const char *title,
                                  const char *const *others,
                                  guint n_others);
gboolean _pl_html_fold_equal (const char *a,
                              const char *b);

/**
 * PlHtmlNames:
 * @names: (element-type utf8): the names found so far
 * @joiner: (nullable): the page's word for "and"
 * @prose: whether the bylines come from the page's text rather than its
 *   metadata, which is read more strictly
 *
 * Authors' names gathered from bylines; all owned.
 */
typedef struct
{
  GPtrArray *names;
  char *joiner;
  gboolean prose;
} PlHtmlNames;

void _pl_html_names_init (PlHtmlNames *names);
void _pl_html_names_clear (PlHtmlNames *names);
void _pl_html_names_add (PlHtmlNames *names,
                         const char *byline);
char *_pl_html_names_join (PlHtmlNames *names,
                           const char *language);
gsize _pl_html_byline_prefix_length (const char *text);
gboolean _pl_html_is_url (const char *text);

G_END_DECLS
