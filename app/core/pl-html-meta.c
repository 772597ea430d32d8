/* pl-html-meta.c: an article's metadata, from its page.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One walk over the page collects what it says about itself: <meta>
 * tags, JSON-LD scripts, <title>, the first <h1>s, <time> elements and
 * the elements marked as bylines, dates and standfirsts. Bylines, dates
 * and languages then take the most trusted source that has them:
 * JSON-LD, which publishers write for search engines; then OpenGraph and
 * other meta tags; then the page's own markup and text. The title is the
 * wording most of those sources agree on.
 */

#define G_LOG_DOMAIN "PlHtml"

#include "config.h"

#include "pl-html-meta.h"

#include <string.h>

#include "pl-html-private.h"

/* Hostile pages: bounded work whatever they hold. */
#define MAX_JSON_LD_BYTES (1024 * 1024)
#define MAX_JSON_LD_SCRIPTS 16
#define MAX_TEXT_BYTES 1024
#define MAX_CANDIDATES 8

/* Meta tags for each field, most trusted first; names are compared in
 * lower case, whichever of name, property or itemprop holds them. */
static const char *const author_metas[] = {
  "dc:creator", "dc.creator", "dcterm:creator", "dcterms.creator", "author", "article:author",
  "og:article:author", "parsely-author", "sailthru.author", "byl", "citation_author", "book:author", NULL
};
static const char *const date_metas[] = {
  "article:published_time", "og:article:published_time", "datepublished", "published_time",
  "og:published_time", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
  "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created",
  "originalpublicationdate", "original-publish-date", "article_date_original", "publishdate",
  "publish-date", "publish_date", "publication_date", "pubdate", "date", "rnews:datepublished",
  "cxenseparse:recs:publishtime", "citation_publication_date", "citation_date",
  "prism.publicationdate", "displaydate", "pdate", "ptime", "book:release_date", NULL
};
static const char *const modified_metas[] = {
  "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", NULL
};
static const char *const site_metas[] = { "og:site_name", "application-name", NULL };
static const char *const description_metas[] = { "og:description", "twitter:description", "description", NULL };
static const char *const language_metas[] = { "content-language", "dc.language", "language", "og:locale", NULL };

/* What the page says about itself */

typedef struct
{
  GHashTable *metas;    /* owned: lower-case name → GPtrArray of owned values */
  GPtrArray *scripts;   /* owned strings: JSON-LD */
  GPtrArray *bylines;   /* owned strings: byline elements' text, best first */
  GPtrArray *dates;     /* owned strings: dates the markup gives, best first */
  char *title_element;  /* owned, nullable */
  GPtrArray *h1s;       /* owned strings: the first <h1>s */
  xmlNode *h1_node;     /* borrowed, nullable: the first <h1> */
  char *headline;       /* owned, nullable: an itemprop="headline" element */
  char *dek;            /* owned, nullable */
  char *lang;           /* owned, nullable */
  char *canonical;      /* owned, nullable */
  xmlNode *byline_area; /* borrowed: around the first author element */
  guint byline_tier;    /* of the bylines collected */
  guint date_tier;
} Page;

static void
page_clear (Page *page)
{
  g_hash_table_unref (page->metas);
  g_ptr_array_unref (page->scripts);
  g_ptr_array_unref (page->bylines);
  g_ptr_array_unref (page->dates);
  g_free (page->title_element);
  g_ptr_array_unref (page->h1s);
  g_free (page->headline);
  g_free (page->dek);
  g_free (page->lang);
  g_free (page->canonical);
}

/* A copy of at most @max bytes, cut at a character's start. g_strndup()
 * would fill all @max bytes. */
static char *
dup_bounded (const char *text,
             gsize max)
{
  gsize length = strnlen (text, max);

  if (length == max)
    while (length > 0 && ((guchar) text[length] & 0xC0) == 0x80)
      length--;
  return g_strndup (text, length);
}

static void
add_meta (Page *page,
          const char *name,
          const char *value)
{
  g_autofree char *key = NULL;
  GPtrArray *values;

  if (name == NULL || value == NULL || *value == '\0' || strlen (name) > 64)
    return;
  key = g_ascii_strdown (name, -1);
  values = g_hash_table_lookup (page->metas, key);
  if (values == NULL)
    {
      values = g_ptr_array_new_with_free_func (g_free);
      g_hash_table_insert (page->metas, g_steal_pointer (&key), values);
    }
  if (values->len < MAX_CANDIDATES)
    g_ptr_array_add (values, dup_bounded (value, MAX_TEXT_BYTES));
}

/* The first value of the first of @names the page has. */
static const char *
first_meta (Page *page,
            const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      GPtrArray *values = g_hash_table_lookup (page->metas, names[i]);

      if (values != NULL && values->len > 0)
        return values->pdata[0];
    }
  return NULL;
}

static void
visit_meta (Page *page,
            xmlNode *node)
{
  const char *content = _pl_html_attr (node, "content");
  const char *keys[] = { "name", "property", "itemprop", "http-equiv" };

  if (content == NULL)
    content = _pl_html_attr (node, "value");
  if (content == NULL)
    content = _pl_html_attr (node, "datetime");
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      const char *name = _pl_html_attr (node, keys[i]);

      /* RDFa allows several space-separated properties in one. */
      if (name != NULL && strchr (name, ' ') != NULL)
        {
          g_auto (GStrv) names = g_strsplit (name, " ", 8);

          for (guint j = 0; names[j] != NULL; j++)
            add_meta (page, names[j], content);
        }
      else
        add_meta (page, name, content);
    }
}

/* Candidates in tiers: a better tier replaces what a worse one gave. */
static void
add_candidate (GPtrArray *list,
               guint *list_tier,
               guint tier,
               char *text)
{
  if (text == NULL || *text == '\0' || tier > *list_tier || (tier == *list_tier && list->len >= MAX_CANDIDATES))
    {
      g_free (text);
      return;
    }
  if (tier < *list_tier)
    g_ptr_array_set_size (list, 0);
  *list_tier = tier;
  g_ptr_array_add (list, text);
}

/* Whether @value contains the lower-case @pattern, ignoring ASCII case. */
static gboolean
value_has (const char *value,
           const char *pattern)
{
  char lower[256];
  gsize n = 0;

  for (const char *p = value; *p && n + 1 < sizeof lower; p++)
    lower[n++] = _pl_html_ascii_lower (*p);
  lower[n] = '\0';
  return strstr (lower, pattern) != NULL;
}

/* Authors marked up side by side are the article's; author links
 * further away belong to teasers and comments. */
static void
add_author (Page *page,
            guint tier,
            xmlNode *node,
            char *text)
{
  gboolean near = page->byline_area == NULL || tier < page->byline_tier;

  for (xmlNode *n = node; n != NULL && !near; n = n->parent)
    near = n == page->byline_area;
  if (!near)
    {
      g_free (text);
      return;
    }
  if (tier < page->byline_tier || page->byline_area == NULL)
    page->byline_area = node->parent && node->parent->parent ? node->parent->parent : node;
  add_candidate (page->bylines, &page->byline_tier, tier, text);
}

/* An itemprop="author" element: its name, or its text. */
static char *
author_element_name (xmlNode *node)
{
  xmlNode *child = node->children;

  while (child != NULL && child != node)
    {
      if (child->type == XML_ELEMENT_NODE)
        {
          const char *prop = _pl_html_attr (child, "itemprop");

          if (prop != NULL && strcmp (prop, "name") == 0)
            {
              const char *content = _pl_html_attr (child, "content");

              return content ? g_strdup (content) : _pl_html_text (child, MAX_TEXT_BYTES);
            }
          if (child->children != NULL)
            {
              child = child->children;
              continue;
            }
        }
      while (child != node && child->next == NULL)
        child = child->parent;
      if (child != node)
        child = child->next;
    }
  return _pl_html_text (node, MAX_TEXT_BYTES);
}

static void
visit_itemprop (Page *page,
                xmlNode *node,
                const char *prop)
{
  const char *value = _pl_html_attr (node, "content");

  if (value == NULL)
    value = _pl_html_attr (node, "datetime");
  if (strcmp (prop, "author") == 0 || strcmp (prop, "creator") == 0 || g_str_has_prefix (prop, "author "))
    add_author (page, 0, node, value ? g_strdup (value) : author_element_name (node));
  else if (strcmp (prop, "datePublished") == 0 || strcmp (prop, "dateCreated") == 0)
    add_candidate (page->dates, &page->date_tier, 0, value ? g_strdup (value) : _pl_html_text (node, 256));
  else if (strcmp (prop, "headline") == 0 && page->headline == NULL && value == NULL)
    page->headline = _pl_html_text (node, MAX_TEXT_BYTES);
}

/* Readers' comments have dates and authors of their own. */
static gboolean
in_comments (xmlNode *node)
{
  for (guint depth = 0; node != NULL && node->type == XML_ELEMENT_NODE && depth < 12; depth++, node = node->parent)
    {
      const char *class = _pl_html_attr (node, "class");
      const char *id = _pl_html_attr (node, "id");

      if ((class != NULL && value_has (class, "comment")) || (id != NULL && value_has (id, "comment")))
        return TRUE;
    }
  return FALSE;
}

/* A standfirst follows the headline, in the same header: classes named
 * "dek" or "subtitle" elsewhere are promotions and sidebars. */
static gboolean
near_headline (Page *page,
               xmlNode *node)
{
  xmlNode *area = page->h1_node && page->h1_node->parent ? page->h1_node->parent->parent : NULL;

  for (guint depth = 0; area != NULL && node != NULL && node->type == XML_ELEMENT_NODE && depth < 6;
       depth++, node = node->parent)
    {
      if (strcmp ((const char *) node->name, "figure") == 0 || (_pl_html_tag (node) & PL_HTML_TAG_CAPTION))
        return FALSE;
      if (node == area)
        return TRUE;
    }
  return FALSE;
}

/* The words a class or id names bylines, dates and standfirsts with. */
typedef enum
{
  WORD_BYLINE = 1 << 0,
  WORD_AUTHOR = 1 << 1,
  WORD_DATE = 1 << 2,
  WORD_PUBLISH = 1 << 3,
  WORD_TIME = 1 << 4,
  WORD_DEK = 1 << 5,
  WORD_STANDFIRST = 1 << 6,
  WORD_SUBTITLE = 1 << 7,
  WORD_SUBHEAD = 1 << 8,
} ClassWord;

/* Which of those words the first @length bytes of @raw contain, in any
 * case: one pass rather than a strstr() for each, on every class and id
 * of the page. */
static guint
class_words (const char *raw,
             gsize length)
{
  /* In the order of ClassWord */
  static const char *const words[] = { "byline", "author", "date", "publish", "time", "dek", "standfirst",
                                       "subtitle", "subhead" };
  static PlHtmlMatcher *matcher;
  PlHtmlMatches matches;

  if (g_once_init_enter (&matcher))
    g_once_init_leave (&matcher, _pl_html_matcher_new (words, G_N_ELEMENTS (words)));
  _pl_html_matcher_find (matcher, raw, length, &matches);
  return (guint) matches.bits[0];
}

/* Byline, date and standfirst elements, by their class or id. */
static void
visit_class (Page *page,
             xmlNode *node,
             const char *raw)
{
  char value[256];
  gsize n;
  guint words;

  /* Better sources already found for all three, or, as with most
   * classes, none of the words: nothing to do. The tests below are plain
   * substring searches in the first bytes, in lower case. */
  if (page->byline_tier < 2 && page->date_tier < 3 && page->dek != NULL)
    return;
  n = strnlen (raw, sizeof value - 1);
  words = class_words (raw, n);
  if (words == 0)
    return;
  for (gsize i = 0; i < n; i++)
    value[i] = _pl_html_ascii_lower (raw[i]);
  value[n] = '\0';

  if (page->byline_tier >= 2 && (words & (WORD_BYLINE | WORD_AUTHOR)) &&
      !strstr (value, "bio") && !strstr (value, "avatar") && !strstr (value, "image") && !strstr (value, "photo") &&
      !in_comments (node))
    add_candidate (page->bylines, &page->byline_tier, 2, _pl_html_text (node, 256));
  else if (page->date_tier >= 3 && (words & (WORD_DATE | WORD_PUBLISH | WORD_TIME)) && !in_comments (node))
    add_candidate (page->dates, &page->date_tier, 3, _pl_html_text (node, 256));
  else if (page->dek == NULL && (words & (WORD_DEK | WORD_STANDFIRST | WORD_SUBTITLE | WORD_SUBHEAD)) &&
           !strstr (value, "caption") && !strstr (value, "teaser") && near_headline (page, node))
    {
      g_autofree char *text = _pl_html_text (node, MAX_TEXT_BYTES);

      if (g_utf8_strlen (text, -1) >= 30 && g_utf8_strlen (text, -1) < 600)
        page->dek = g_steal_pointer (&text);
    }
}

/* The first text inside @node, a few levels down at most. */
static const char *
first_text (xmlNode *node)
{
  for (guint depth = 0; node != NULL && depth < 4; depth++)
    {
      xmlNode *child = node->children;

      while (child != NULL && child->type == XML_TEXT_NODE && child->content != NULL &&
             strspn ((const char *) child->content, " \t\r\n") == strlen ((const char *) child->content))
        child = child->next;
      if (child == NULL)
        return NULL;
      if (child->type == XML_TEXT_NODE)
        return (const char *) child->content;
      node = child->type == XML_ELEMENT_NODE ? child : NULL;
    }
  return NULL;
}

/* A paragraph opening with its dateline: "29.11.2022 – The
 * government…". */
static void
visit_dateline (Page *page,
                const char *text)
{
  g_autofree char *head = dup_bounded (text, 64);
  const char *dash = strstr (head, " – ");

  if (dash == NULL)
    dash = strstr (head, " - ");
  if (dash != NULL && dash - head <= 32)
    add_candidate (page->dates, &page->date_tier, 4, g_strndup (head, (gsize) (dash - head)));
}

/* A word or two, maybe a colon, then a capital: "By Jane", "Autor: J" */
static gboolean
looks_like_byline_start (const char *text)
{
  const char *p = text;

  for (guint words = 0; words < 2 && g_ascii_isalpha (*p); words++)
    {
      while (g_ascii_isalpha (*p))
        p++;
      if (*p == ':')
        p++;
      if (*p != ' ')
        return FALSE;
      p++;
      if (g_ascii_isupper (*p))
        return TRUE;
    }
  return FALSE;
}

/* A short paragraph starting "By Jane Doe", "Autorin: Jana Novak". */
static void
visit_paragraph (Page *page,
                 xmlNode *node)
{
  const char *text = first_text (node);
  g_autofree char *full = NULL;
  gsize prefix;

  if (text == NULL)
    return;
  text += strspn (text, " \t\r\n");
  if (g_ascii_isdigit (*text) && page->date_tier > 4)
    visit_dateline (page, text);
  if (page->byline_tier < 3 || !looks_like_byline_start (text))
    return;
  prefix = _pl_html_byline_prefix_length (text);
  if (prefix > 0 && g_ascii_isupper (text[prefix]))
    {
      full = _pl_html_text (node, 256);
      if (g_utf8_strlen (full, -1) < 120)
        add_candidate (page->bylines, &page->byline_tier, 3, g_steal_pointer (&full));
    }
}

static void
visit_attributes (Page *page,
                  xmlNode *node)
{
  PlHtmlAttrs attrs;

  _pl_html_get_attrs (node, &attrs);
  if (attrs.itemprop != NULL)
    visit_itemprop (page, node, attrs.itemprop);
  if (attrs.rel != NULL && strcmp (attrs.rel, "author") == 0 && strcmp ((const char *) node->name, "link") != 0)
    add_author (page, 1, node, _pl_html_text (node, 256));
  if (attrs.class != NULL)
    visit_class (page, node, attrs.class);
  if (attrs.id != NULL)
    visit_class (page, node, attrs.id);
}

static void
visit_script (Page *page,
              xmlNode *node)
{
  const char *type = _pl_html_attr (node, "type");

  if (type != NULL && value_has (type, "ld+json") && page->scripts->len < MAX_JSON_LD_SCRIPTS &&
      node->children != NULL && node->children->content != NULL)
    g_ptr_array_add (page->scripts, dup_bounded ((const char *) node->children->content, MAX_JSON_LD_BYTES));
}

static void
visit_time (Page *page,
            xmlNode *node)
{
  const char *datetime = _pl_html_attr (node, "datetime");
  const char *class = _pl_html_attr (node, "class");

  if (datetime == NULL)
    return;
  if (_pl_html_attr (node, "pubdate") != NULL || (class != NULL && value_has (class, "publish")))
    add_candidate (page->dates, &page->date_tier, 1, g_strdup (datetime));
  else
    add_candidate (page->dates, &page->date_tier, 2, g_strdup (datetime));
}

/* An <h1> and, when it holds a kicker and a title ("<span
 * class=kicker>Climate</span><span class=title>Drilling…</span>"), the
 * title alone. */
static void
visit_h1 (Page *page,
          xmlNode *node)
{
  if (page->h1_node == NULL)
    page->h1_node = node;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const char *class = child->type == XML_ELEMENT_NODE ? _pl_html_attr (child, "class") : NULL;

      if (class != NULL && (value_has (class, "title") || value_has (class, "headline")) &&
          !value_has (class, "sub") && child != node->children)
        {
          g_ptr_array_add (page->h1s, _pl_html_text (child, MAX_TEXT_BYTES));
          break;
        }
    }
  g_ptr_array_add (page->h1s, _pl_html_text (node, MAX_TEXT_BYTES));
}

static void
visit_element (Page *page,
               xmlNode *node)
{
  const char *name = (const char *) node->name;

  /* By the first letter, then the whole name: this runs on every
   * element. */
  switch (name[0])
    {
    case 'm':
      if (strcmp (name, "meta") == 0)
        visit_meta (page, node);
      break;

    case 's':
      if (strcmp (name, "script") == 0)
        visit_script (page, node);
      else if (strcmp (name, "span") == 0)
        visit_paragraph (page, node);
      break;

    case 't':
      if (strcmp (name, "title") == 0)
        {
          if (page->title_element == NULL || *page->title_element == '\0')
            {
              g_free (page->title_element);
              page->title_element = _pl_html_text (node, MAX_TEXT_BYTES);
            }
        }
      else if (strcmp (name, "time") == 0)
        visit_time (page, node);
      break;

    case 'h':
      if (strcmp (name, "h1") == 0)
        {
          if (page->h1s->len < MAX_CANDIDATES)
            visit_h1 (page, node);
        }
      else if (strcmp (name, "html") == 0 && page->lang == NULL)
        page->lang = g_strdup (_pl_html_attr (node, "lang"));
      break;

    case 'l':
      if (strcmp (name, "link") == 0 && page->canonical == NULL)
        {
          const char *rel = _pl_html_attr (node, "rel");

          if (rel != NULL && g_ascii_strcasecmp (rel, "canonical") == 0)
            page->canonical = g_strdup (_pl_html_attr (node, "href"));
        }
      break;

    case 'p':
      if (name[1] == '\0')
        visit_paragraph (page, node);
      break;

    case 'd':
      if (strcmp (name, "div") == 0)
        visit_paragraph (page, node);
      break;

    default:
      break;
    }
  if (node->properties != NULL)
    visit_attributes (page, node);
}

/* One walk over the whole page, without recursion. */
static void
collect (Page *page,
         xmlNode *root)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          visit_element (page, node);
          /* Icons have titles too: <svg><title>. */
          if (node->children != NULL &&
              (node->name[0] != 's' || (strcmp ((const char *) node->name, "script") != 0 &&
                                        strcmp ((const char *) node->name, "style") != 0 &&
                                        strcmp ((const char *) node->name, "svg") != 0)))
            {
              node = node->children;
              continue;
            }
        }
      while (node != root && node->next == NULL)
        node = node->parent;
      if (node == root)
        break;
      node = node->next;
    }
}

/* Titles */

/* The wording most of the page's titles agree on: pl-html-names.c counts
 * the votes. A heading needs another title's support; JSON-LD weighs a
 * little less, being written for search engines; a copy of the
 * OpenGraph title on Twitter is no second opinion. */
static char *
choose_title (Page *page,
              PlHtmlLinkedData *ld,
              const char *site)
{
  g_autoptr (GPtrArray) headings = g_ptr_array_new ();
  const char *dublin_core[] = { "dc:title", "dc.title", "dcterm:title", "dcterms.title", NULL };
  const char *social[] = { "og:title", "twitter:title", NULL };
  const char *twitter[] = { "twitter:title", NULL };
  const char *others[] = { "parsely-title", "sailthru.title", "headline", "title", NULL };
  const char *headline = ld->rank == 2 ? ld->headline : NULL;
  PlHtmlTitleSource sources[MAX_CANDIDATES + 6];
  guint n = 0;

  for (guint i = 0; i < page->h1s->len; i++)
    g_ptr_array_add (headings, page->h1s->pdata[i]);
  if (page->headline != NULL)
    g_ptr_array_add (headings, page->headline);
  if (headline != NULL)
    {
      const char *uncut[] = { first_meta (page, social), page->title_element, page->headline };

      headline = _pl_html_uncut_title (headline, uncut, G_N_ELEMENTS (uncut));
    }
  for (guint i = 0; i < headings->len && n < MAX_CANDIDATES; i++)
    sources[n++] = (PlHtmlTitleSource){ headings->pdata[i], 1.0, TRUE };
  sources[n++] = (PlHtmlTitleSource){ first_meta (page, dublin_core), 1.0, FALSE };
  sources[n++] = (PlHtmlTitleSource){ first_meta (page, social), 1.0, FALSE };
  /* A copy of the OpenGraph title is no second opinion; another is. */
  if (first_meta (page, twitter) && first_meta (page, social) &&
      !_pl_html_fold_equal (first_meta (page, twitter), first_meta (page, social)))
    sources[n++] = (PlHtmlTitleSource){ first_meta (page, twitter), 1.0, FALSE };
  sources[n++] = (PlHtmlTitleSource){ headline, 0.9, FALSE };
  sources[n++] = (PlHtmlTitleSource){ first_meta (page, others), 0.8, FALSE };
  sources[n++] = (PlHtmlTitleSource){ page->title_element, 1.0, FALSE };
  return _pl_html_vote_title (sources, n, site, headings);
}

/* Bylines */

static void
add_author_values (PlHtmlNames *names,
                   GPtrArray *values)
{
  for (guint j = 0; values != NULL && j < values->len; j++)
    if (!_pl_html_is_url (values->pdata[j]))
      _pl_html_names_add (names, values->pdata[j]);
}

/* Sites name their own tags: "vr:author", "article:author_name". */
static void
add_any_author_values (PlHtmlNames *names,
                       GHashTable *metas)
{
  GHashTableIter iter;
  gpointer key, values;

  g_hash_table_iter_init (&iter, metas);
  while (names->names->len == 0 && g_hash_table_iter_next (&iter, &key, &values))
    if (strstr (key, "author") != NULL)
      add_author_values (names, values);
}

/* JSON-LD's authors, else the first author meta tag whose values are
 * names rather than profile addresses, else the page's byline. */
static char *
choose_byline (Page *page,
               PlHtmlLinkedData *ld,
               const char *language)
{
  PlHtmlNames names;
  char *byline;

  _pl_html_names_init (&names);
  for (guint i = 0; i < ld->authors->len; i++)
    _pl_html_names_add (&names, ld->authors->pdata[i]);
  for (guint i = 0; names.names->len == 0 && author_metas[i] != NULL; i++)
    add_author_values (&names, g_hash_table_lookup (page->metas, author_metas[i]));
  if (names.names->len == 0)
    add_any_author_values (&names, page->metas);
  /* Every element marked as an author, or the first byline by class. */
  names.prose = TRUE;
  for (guint i = 0; names.names->len == 0 && i < page->bylines->len; i++)
    for (; i < page->bylines->len && (names.names->len == 0 || page->byline_tier < 2); i++)
      _pl_html_names_add (&names, page->bylines->pdata[i]);
  /* Found in running text, only full names are trusted. */
  if (page->byline_tier == 3 && names.names->len == 1 && strchr (names.names->pdata[0], ' ') == NULL)
    g_ptr_array_set_size (names.names, 0);
  byline = _pl_html_names_join (&names, language);
  _pl_html_names_clear (&names);
  return byline;
}

/* Dates */

/* Templates fill a date they do not know with year 1 ("0001-01-01") or
 * the Unix epoch: no article was published then. */
static gboolean
is_placeholder_date (const PlDate *date)
{
  return date->year < 1900 || (date->year == 1970 && date->month == 1 && date->day == 1);
}

/**
 * _pl_html_find_date:
 * @anywhere: whether the date may come after a few words
 *
 * Finds a date to the day at the start of @text or, with @anywhere, of
 * one of its first words: "Posted on 19 November 2019", "Updated 5:00
 * PM, Tue Nov 19 2019".
 *
 * Returns: whether @date was found
 */
gboolean
_pl_html_find_date (const char *text,
                    gboolean anywhere,
                    PlDate *date)
{
  const char *p = text;

  /* Every form pl_date_parse_loose() reads to the day has ASCII digits:
   * without any, each try would fail and leave @date unset. */
  if (p != NULL && *p && strpbrk (p, "0123456789") == NULL)
    {
      memset (date, 0, sizeof *date);
      return FALSE;
    }
  for (guint words = 0; p != NULL && *p && words < 16; words++)
    {
      while (*p == ' ')
        p++;
      if (pl_date_parse_loose (p, date) && date->precision >= PL_DATE_PRECISION_DAY)
        {
          if (!is_placeholder_date (date))
            return TRUE;
          memset (date, 0, sizeof *date);
          return FALSE;
        }
      if (!anywhere)
        return FALSE;
      p = strchr (p, ' ');
    }
  return FALSE;
}

/* "/2019/11/19/" or "/2019-11-19" in the article's address. */
static gboolean
date_in_url (const char *url,
             PlDate *date)
{
  for (const char *p = url ? strchr (url, '/') : NULL; p != NULL; p = strchr (p + 1, '/'))
    {
      int y, m, d;

      if ((sscanf (p, "/%4d/%2d/%2d/", &y, &m, &d) == 3 || sscanf (p, "/%4d-%2d-%2d", &y, &m, &d) == 3) &&
          y >= 1990 && y <= 2100)
        {
          *date = pl_date_make (y, m, d);
          if (pl_date_is_set (date))
            return TRUE;
        }
    }
  return FALSE;
}

/* parse.ly writes its metadata as JSON in one meta tag. */
static char *
parsely_date (Page *page)
{
  const char *names[] = { "parsely-page", NULL };

  return _pl_html_json_date (first_meta (page, names), "pub_date");
}

/* Any meta tag whose name speaks of a publication date: sites invent
 * their own ("article-date", "publish-timestamp"). */
static gboolean
date_in_any_meta (Page *page,
                  PlDate *date)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, page->metas);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *values = value;

      if ((strstr (key, "date") || strstr (key, "publish")) && !strstr (key, "modif") &&
          !strstr (key, "update") && !strstr (key, "expir") && _pl_html_find_date (values->pdata[0], FALSE, date))
        return TRUE;
    }
  return FALSE;
}

/* JSON-LD's date, then the meta tags', then the markup's (a time element,
 * an element classed as a date, a dateline), then the address's; the
 * date of the last change only when nothing says when it was first
 * published. */
static gboolean
choose_date (Page *page,
             PlHtmlLinkedData *ld,
             const char *url,
             PlDate *date)
{
  g_autofree char *parsely = parsely_date (page);
  const char *modified = ld->modified ? ld->modified : first_meta (page, modified_metas);

  if ((ld->published && _pl_html_find_date (ld->published, FALSE, date)) ||
      (first_meta (page, date_metas) && _pl_html_find_date (first_meta (page, date_metas), FALSE, date)) ||
      (parsely && _pl_html_find_date (parsely, FALSE, date)))
    return TRUE;
  if (date_in_any_meta (page, date))
    return TRUE;
  for (guint i = 0; i < page->dates->len; i++)
    if (_pl_html_find_date (page->dates->pdata[i], page->date_tier == 3, date))
      return TRUE;
  return date_in_url (url, date) || (modified && _pl_html_find_date (modified, FALSE, date));
}

/* A time in UTC may fall on the next day, or the one before, of the
 * publisher's calendar; the day in the article's address is theirs. */
static void
prefer_local_day (PlDate *date,
                  const char *url)
{
  PlDate day;
  GDate a, b;
  int apart;

  if (!date->has_utc_offset || date->utc_offset != 0 || !date_in_url (url, &day))
    return;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, date->day, date->month, date->year);
  g_date_set_dmy (&b, day.day, day.month, day.year);
  apart = g_date_days_between (&a, &b);
  if (apart == 1 || apart == -1)
    *date = day;
}

/* Standfirst and address */

/* The standfirst under the headline, else the description the site
 * wrote for link previews and search engines. */
static const char *
choose_subtitle (Page *page,
                 PlHtmlLinkedData *ld)
{
  if (page->dek != NULL)
    return page->dek;
  return first_meta (page, description_metas) ? first_meta (page, description_metas) : ld->description;
}

/* The article's address as the page gives it, maybe relative. */
static const char *
choose_url (Page *page)
{
  const char *names[] = { "og:url", NULL };

  return first_meta (page, names) ? first_meta (page, names) : page->canonical;
}

/* Site */

/* A site's name; some give their address instead: "https://www.fr.de"
 * is "fr.de". */
static const char *
site_name (const char *site)
{
  if (site == NULL || !_pl_html_is_url (site))
    return site;
  if (strstr (site, "://") != NULL)
    site = strstr (site, "://") + 3;
  if (g_str_has_prefix (site, "www."))
    site += 4;
  return site;
}

/* Language */

/* A BCP 47 tag as pages write it: "en", "en-US", "en_US", "pt-br". */
static char *
clean_language (const char *text)
{
  g_autofree char *tag = text ? g_strstrip (g_strdup (text)) : NULL;
  gsize primary;

  if (tag == NULL)
    return NULL;
  g_strdelimit (tag, "_", '-');
  tag[strcspn (tag, ",; ")] = '\0';
  primary = strcspn (tag, "-");
  if (primary < 2 || primary > 3 || strlen (tag) > 35)
    return NULL;
  for (const char *p = tag; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return NULL;
  return g_steal_pointer (&tag);
}

static char *
choose_language (Page *page,
                 PlHtmlLinkedData *ld)
{
  char *tag = clean_language (page->lang);

  for (guint i = 0; tag == NULL && language_metas[i] != NULL; i++)
    {
      const char *names[] = { language_metas[i], NULL };

      tag = clean_language (first_meta (page, names));
    }
  return tag ? tag : clean_language (ld->language);
}

/**
 * pl_html_read_metadata:
 * @doc: a parsed page
 * @article: where to store the metadata
 *
 * Reads the title, standfirst, byline, site, language, address and
 * publication date of the article @doc holds.
 */
void
pl_html_read_metadata (xmlDoc *doc,
                       PlArticle *article)
{
  Page page = { 0 };
  PlHtmlLinkedData ld;
  const char *site, *url;
  g_autofree char *title = NULL, *byline = NULL, *language = NULL;
  xmlNode *root = xmlDocGetRootElement (doc);

  if (root == NULL)
    return;
  page.metas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  page.scripts = g_ptr_array_new_with_free_func (g_free);
  page.bylines = g_ptr_array_new_with_free_func (g_free);
  page.dates = g_ptr_array_new_with_free_func (g_free);
  page.h1s = g_ptr_array_new_with_free_func (g_free);
  page.byline_tier = page.date_tier = G_MAXUINT;
  _pl_html_linked_data_init (&ld);

  collect (&page, root);
  _pl_html_linked_data_read (&ld, page.scripts);

  site = first_meta (&page, site_metas) ? first_meta (&page, site_metas) : ld.publisher;
  pl_article_set_field (&article->site, site_name (site));
  language = choose_language (&page, &ld);
  pl_article_set_field (&article->language, language);
  title = choose_title (&page, &ld, article->site);
  pl_article_set_field (&article->title, title);
  byline = choose_byline (&page, &ld, language);
  pl_article_set_field (&article->byline, byline);
  pl_article_set_field (&article->subtitle, choose_subtitle (&page, &ld));
  url = choose_url (&page);
  if (article->url == NULL && url != NULL && (g_str_has_prefix (url, "http://") || g_str_has_prefix (url, "https://")))
    pl_article_set_field (&article->url, url);
  if (choose_date (&page, &ld, url, &article->published))
    prefer_local_day (&article->published, url);

  _pl_html_linked_data_clear (&ld);
  page_clear (&page);
}
