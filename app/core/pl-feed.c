/* pl-feed.c: reading RSS and Atom feeds into articles, one per item.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlFeed"

#include "config.h"

#include "pl-feed.h"

#include <glib/gi18n-lib.h>
#include <libxml/uri.h>
#include <string.h>

#include "pl-date.h"
#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-feed-private.h"
#include "pl-xml.h"

/* A briefing is made from a few dozen articles; a feed with more items
 * than this is either an archive or hostile, and the rest is left out. */
#define MAX_ITEMS 10000

/* Past this many skipped items, one warning counts the rest. */
#define MAX_SKIP_WARNINGS 20

/* How much of a file pl_feed_sniff() looks at. */
#define SNIFF_BYTES 65536

#define RDF_NAMESPACE "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

static const struct
{
  const char *uri;
  Vocabulary vocabulary;
} namespaces[] = {
  { "http://purl.org/rss/1.0/", VOCAB_RSS },
  { "http://my.netscape.com/rdf/simple/0.9/", VOCAB_RSS },
  { "http://backend.userland.com/rss2", VOCAB_RSS },
  { "http://backend.userland.com/rss", VOCAB_RSS },
  { "http://blogs.law.harvard.edu/tech/rss", VOCAB_RSS },
  { "http://www.w3.org/2005/Atom", VOCAB_ATOM },
  { "http://purl.org/atom/ns#", VOCAB_ATOM },
  { RDF_NAMESPACE, VOCAB_RDF },
  { "http://purl.org/rss/1.0/modules/content/", VOCAB_CONTENT },
  { "http://purl.org/dc/elements/1.1/", VOCAB_DC },
  { "http://purl.org/dc/terms/", VOCAB_DC },
  { "http://www.w3.org/1999/xhtml", VOCAB_XHTML },
  { "http://search.yahoo.com/mrss/", VOCAB_MEDIA },
  { "http://search.yahoo.com/mrss", VOCAB_MEDIA },
  { "http://www.itunes.com/dtds/podcast-1.0.dtd", VOCAB_ITUNES },
};

/* Feeds often use these prefixes without declaring them; libxml2 then
 * keeps the prefix in the element's name. */
static const struct
{
  const char *prefix;
  Vocabulary vocabulary;
} usual_prefixes[] = {
  { "content", VOCAB_CONTENT },
  { "dc", VOCAB_DC },
  { "dcterms", VOCAB_DC },
  { "atom", VOCAB_ATOM },
  { "media", VOCAB_MEDIA },
  { "xhtml", VOCAB_XHTML },
  { "rdf", VOCAB_RDF },
  { "itunes", VOCAB_ITUNES },
};

static void
feed_clear (Feed *feed)
{
  g_free (feed->site);
  g_free (feed->language);
  g_free (feed->base);
  g_free (feed->author);
  g_free (feed->basename);
}

/* Names and namespaces */

static const char *
local_name (xmlNode *node)
{
  const char *name = (const char *) node->name;
  const char *colon = node->ns == NULL ? strchr (name, ':') : NULL;

  return colon != NULL ? colon + 1 : name;
}

Vocabulary
_pl_feed_vocabulary_of (xmlNode *node)
{
  const char *name = (const char *) node->name;
  const char *colon;

  if (node->ns != NULL && node->ns->href != NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (namespaces); i++)
        if (g_ascii_strcasecmp ((const char *) node->ns->href, namespaces[i].uri) == 0)
          return namespaces[i].vocabulary;
      return VOCAB_OTHER;
    }
  colon = strchr (name, ':');
  if (colon == NULL)
    return VOCAB_PLAIN;
  for (guint i = 0; i < G_N_ELEMENTS (usual_prefixes); i++)
    if (strlen (usual_prefixes[i].prefix) == (gsize) (colon - name) &&
        strncmp (name, usual_prefixes[i].prefix, (gsize) (colon - name)) == 0)
      return usual_prefixes[i].vocabulary;
  return VOCAB_OTHER;
}

/* Whether @node is the element @name of @vocabulary; the feed's own
 * vocabulary takes in elements without a namespace, as RSS 2.0 has none. */
gboolean
_pl_feed_is_element (Feed *feed,
                     xmlNode *node,
                     Vocabulary vocabulary,
                     const char *name)
{
  Vocabulary actual;

  if (node == NULL || node->type != XML_ELEMENT_NODE || strcmp (local_name (node), name) != 0)
    return FALSE;
  actual = _pl_feed_vocabulary_of (node);
  if (vocabulary != VOCAB_NATIVE)
    return actual == vocabulary;
  if (feed->format == FORMAT_RSS)
    return actual == VOCAB_RSS || actual == VOCAB_PLAIN;
  return actual == VOCAB_ATOM || (feed->plain_atom && actual == VOCAB_PLAIN);
}

xmlNode *
_pl_feed_find_child (Feed *feed,
                     xmlNode *parent,
                     Vocabulary vocabulary,
                     const char *name)
{
  for (xmlNode *child = parent ? parent->children : NULL; child != NULL; child = child->next)
    if (_pl_feed_is_element (feed, child, vocabulary, name))
      return child;
  return NULL;
}

/* The text of an element, trimmed; %NULL when blank. */
char *
_pl_feed_dup_text (xmlNode *node)
{
  g_autofree char *text = node ? pl_xml_dup_text (node) : NULL;

  if (text == NULL || *g_strstrip (text) == '\0')
    return NULL;
  return g_steal_pointer (&text);
}

char *
_pl_feed_dup_attribute (xmlNode *node,
                        const char *name)
{
  g_autofree char *value = pl_xml_dup_attribute (node, name);

  if (value == NULL || *g_strstrip (value) == '\0')
    return NULL;
  return g_steal_pointer (&value);
}

/* The first non-blank text among the children named @name. */
static char *
child_text (Feed *feed,
            xmlNode *parent,
            Vocabulary vocabulary,
            const char *name)
{
  for (xmlNode *child = parent ? parent->children : NULL; child != NULL; child = child->next)
    if (_pl_feed_is_element (feed, child, vocabulary, name))
      {
        char *text = _pl_feed_dup_text (child);

        if (text != NULL)
          return text;
      }
  return NULL;
}

/* Links */

static gboolean
is_absolute_url (const char *url)
{
  xmlURI *uri = url ? xmlParseURI (url) : NULL;
  gboolean absolute = uri != NULL && uri->scheme != NULL;

  if (uri != NULL)
    xmlFreeURI (uri);
  return absolute;
}

/* Resolves @href against the xml:base in force at @node, itself resolved
 * against the feed's own address. */
static char *
resolve_url (Feed *feed,
             xmlNode *node,
             const char *href)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (href));
  xmlChar *base = xmlNodeGetBase (node->doc, node);
  xmlChar *full_base = NULL, *resolved = NULL;
  char *result;

  if (base != NULL && feed->base != NULL)
    full_base = xmlBuildURI (base, (const xmlChar *) feed->base);
  if (full_base == NULL)
    full_base = xmlStrdup (base != NULL ? base : (const xmlChar *) feed->base);
  if (full_base != NULL && *trimmed != '\0')
    resolved = xmlBuildURI ((const xmlChar *) trimmed, full_base);
  result = g_strdup (resolved != NULL ? (const char *) resolved : trimmed);
  xmlFree (base);
  xmlFree (full_base);
  xmlFree (resolved);
  if (*result == '\0')
    g_clear_pointer (&result, g_free);
  return result;
}

/* An Atom link's href, or its text, where feeds put it by mistake. */
static char *
atom_link_target (xmlNode *link)
{
  char *href = _pl_feed_dup_attribute (link, "href");

  return href ? href : _pl_feed_dup_text (link);
}

/* Links to the item's media, feed or comments, not to a page about it. */
static const char *const not_page_rels[] = {
  "enclosure",
  "self",
  "edit",
  "edit-media",
  "replies",
  "license",
  "hub",
  NULL,
};

/* The Atom link for @rel among @parent's children ("alternate" when it
 * has none); with @rel %NULL, the alternate one, else the first that
 * leads to a page. */
static xmlNode *
find_atom_link (Feed *feed,
                xmlNode *parent,
                Vocabulary vocabulary,
                const char *rel)
{
  xmlNode *first = NULL;

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      g_autofree char *href = NULL;
      g_autofree char *child_rel = NULL;

      if (!_pl_feed_is_element (feed, child, vocabulary, "link") || (href = atom_link_target (child)) == NULL)
        continue;
      child_rel = _pl_feed_dup_attribute (child, "rel");
      if (g_strcmp0 (child_rel ? child_rel : "alternate", rel ? rel : "alternate") == 0)
        return child;
      if (first == NULL && rel == NULL && child_rel != NULL &&
          !g_strv_contains (not_page_rels, child_rel))
        first = child;
    }
  return first;
}

static char *
link_href (Feed *feed,
           xmlNode *link)
{
  g_autofree char *href = link ? atom_link_target (link) : NULL;

  return href ? resolve_url (feed, link, href) : NULL;
}

/* An RSS <link>, which some feeds write as an empty element with href. */
static char *
rss_link (Feed *feed,
          xmlNode *parent)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (!_pl_feed_is_element (feed, child, VOCAB_NATIVE, "link"))
        continue;
      text = _pl_feed_dup_text (child);
      if (text == NULL)
        text = _pl_feed_dup_attribute (child, "href");
      if (text != NULL)
        return resolve_url (feed, child, text);
    }
  return NULL;
}

/* A <guid> is the item's address unless it says isPermaLink="false". */
static char *
guid_link (Feed *feed,
           xmlNode *item)
{
  xmlNode *guid = _pl_feed_find_child (feed, item, VOCAB_NATIVE, "guid");
  g_autofree char *permalink = guid ? _pl_feed_dup_attribute (guid, "isPermaLink") : NULL;
  g_autofree char *text = guid ? _pl_feed_dup_text (guid) : NULL;

  if (text == NULL || (permalink != NULL && g_ascii_strcasecmp (permalink, "false") == 0) ||
      !(g_str_has_prefix (text, "http://") || g_str_has_prefix (text, "https://")))
    return NULL;
  return g_steal_pointer (&text);
}

static char *
item_link (Feed *feed,
           xmlNode *item)
{
  xmlChar *about;
  char *link;

  if (feed->format == FORMAT_ATOM)
    return link_href (feed, find_atom_link (feed, item, VOCAB_NATIVE, NULL));
  if ((link = rss_link (feed, item)) != NULL ||
      (link = link_href (feed, find_atom_link (feed, item, VOCAB_ATOM, NULL))) != NULL ||
      (link = guid_link (feed, item)) != NULL)
    return link;
  /* An RSS 1.0 item is named by its address. */
  about = xmlGetNsProp (item, (const xmlChar *) "about", (const xmlChar *) RDF_NAMESPACE);
  link = about != NULL && is_absolute_url ((const char *) about) ? g_strdup ((const char *) about) : NULL;
  xmlFree (about);
  return link;
}

/* The base for relative links: the feed's own address (rel="self"),
 * else its web site's, when absolute. */
static void
read_feed_base (Feed *feed,
                xmlNode *channel)
{
  Vocabulary links = feed->format == FORMAT_ATOM ? VOCAB_NATIVE : VOCAB_ATOM;
  g_autofree char *self = link_href (feed, find_atom_link (feed, channel, links, "self"));
  g_autofree char *site = NULL;

  if (is_absolute_url (self))
    feed->base = g_steal_pointer (&self);
  site = feed->format == FORMAT_ATOM ? link_href (feed, find_atom_link (feed, channel, links, "alternate"))
                                     : rss_link (feed, channel);
  if (feed->base == NULL && is_absolute_url (site))
    feed->base = g_steal_pointer (&site);
}

/* Authors */

/* "jdoe@example.com (Jane Doe)", "Jane Doe <jdoe@example.com>" and "By
 * Jane Doe", as RSS writes authors, become "Jane Doe". */
static char *
clean_author (const char *text)
{
  const char *open = strchr (text, '('), *close = strrchr (text, ')');
  const char *angle = strchr (text, '<');

  /* A byline is kept without its "By". */
  while (g_ascii_isspace (*text))
    text++;
  if (g_ascii_strncasecmp (text, "by ", 3) == 0)
    return clean_author (text + 3);
  if (open != NULL && close > open + 1 && memchr (text, '@', (gsize) (open - text)) != NULL)
    return g_strstrip (g_strndup (open + 1, (gsize) (close - open - 1)));
  if (angle != NULL && angle > text && strchr (angle, '@') != NULL)
    return g_strstrip (g_strndup (text, (gsize) (angle - text)));
  return g_strstrip (g_strdup (text));
}

static void
add_name (GPtrArray *names,
          const char *name)
{
  g_autofree char *clean = name ? clean_author (name) : NULL;

  if (clean == NULL || *clean == '\0')
    return;
  for (guint i = 0; i < names->len; i++)
    if (strcmp (g_ptr_array_index (names, i), clean) == 0)
      return;
  g_ptr_array_add (names, g_steal_pointer (&clean));
}

static char *
join_names (GPtrArray *names)
{
  if (names->len == 0)
    return NULL;
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* The names of the Atom <author>s among @parent's children. */
static char *
atom_authors (Feed *feed,
              xmlNode *parent,
              Vocabulary vocabulary)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (xmlNode *child = parent ? parent->children : NULL; child != NULL; child = child->next)
    if (_pl_feed_is_element (feed, child, vocabulary, "author"))
      {
        g_autofree char *name = child_text (feed, child, vocabulary, "name");

        if (name == NULL)
          name = child_text (feed, child, vocabulary, "email");
        add_name (names, name);
      }
  return join_names (names);
}

/* The text of each child element named @element, as names. */
static void
add_names (Feed *feed,
           GPtrArray *names,
           xmlNode *parent,
           Vocabulary vocabulary,
           const char *element)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (_pl_feed_is_element (feed, child, vocabulary, element))
      {
        g_autofree char *name = _pl_feed_dup_text (child);
        add_name (names, name);
      }
}

/* RSS's <author>s and <dc:creator>s, else iTunes's or Atom's author; an
 * Atom entry's authors, else its source's, else the feed's. */
static char *
item_byline (Feed *feed,
             xmlNode *item)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  char *byline;

  if (feed->format == FORMAT_RSS)
    {
      add_names (feed, names, item, VOCAB_NATIVE, "author");
      add_names (feed, names, item, VOCAB_DC, "creator");
      if (names->len == 0)
        add_names (feed, names, item, VOCAB_ITUNES, "author");
      return names->len > 0 ? join_names (names) : atom_authors (feed, item, VOCAB_ATOM);
    }
  byline = atom_authors (feed, item, VOCAB_NATIVE);
  if (byline == NULL)
    byline = atom_authors (feed, _pl_feed_find_child (feed, item, VOCAB_NATIVE, "source"), VOCAB_NATIVE);
  if (byline == NULL)
    {
      add_names (feed, names, item, VOCAB_DC, "creator");
      byline = join_names (names);
    }
  return byline ? byline : g_strdup (feed->author);
}

/* Dates */

static const struct
{
  Vocabulary vocabulary;
  const char *name;
} date_elements[] = {
  /* When it was published … */
  { VOCAB_NATIVE, "pubDate" },
  { VOCAB_NATIVE, "published" },
  { VOCAB_NATIVE, "issued" },
  { VOCAB_NATIVE, "created" },
  { VOCAB_DC, "date" },
  { VOCAB_DC, "issued" },
  { VOCAB_DC, "created" },
  { VOCAB_ATOM, "published" },
  { VOCAB_ATOM, "issued" },
  /* … else when it last changed. */
  { VOCAB_NATIVE, "updated" },
  { VOCAB_NATIVE, "modified" },
  { VOCAB_ATOM, "updated" },
  { VOCAB_ATOM, "modified" },
  { VOCAB_DC, "modified" },
};

static void
read_published (Feed *feed,
                xmlNode *item,
                PlArticle *article)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_elements); i++)
    {
      xmlNode *node = _pl_feed_find_child (feed, item, date_elements[i].vocabulary, date_elements[i].name);
      g_autofree char *text = _pl_feed_dup_text (node);
      guint line, column;

      if (text == NULL)
        continue;
      if (pl_date_parse_loose (text, &article->published))
        return;
      if (!feed->warned_date)
        {
          pl_xml_doc_position (feed->doc, node, &line, &column);
          pl_diagnostics_add (feed->diagnostics, PL_SEVERITY_WARNING, feed->file, line, column,
                              _ ("the date “%s” could not be read"), text);
          feed->warned_date = TRUE;
        }
    }
}

/* Items */

/* An aggregated Atom entry names the feed it came from. */
static char *
item_site (Feed *feed,
           xmlNode *item)
{
  xmlNode *source = feed->format == FORMAT_ATOM ? _pl_feed_find_child (feed, item, VOCAB_NATIVE, "source") : NULL;
  char *site = source ? _pl_feed_read_line (feed, _pl_feed_find_child (feed, source, VOCAB_NATIVE, "title")) : NULL;

  return site ? site : g_strdup (feed->site);
}

static PlArticle *
read_item (Feed *feed,
           xmlNode *item)
{
  g_autoptr (PlArticle) article = pl_article_new ();
  g_autofree char *byline = item_byline (feed, item);
  g_autofree char *site = item_site (feed, item);
  xmlChar *lang = xmlNodeGetLang (item);

  article->title = _pl_feed_item_title (feed, item);
  article->url = item_link (feed, item);
  pl_article_set_field (&article->byline, byline);
  pl_article_set_field (&article->site, site);
  pl_article_set_field (&article->language, lang ? (const char *) lang : feed->language);
  pl_article_set_field (&article->file, feed->basename);
  read_published (feed, item, article);
  _pl_feed_read_main_text (feed, item, article);
  xmlFree (lang);

  if (article->title == NULL && article->url == NULL && pl_article_get_length (article) == 0)
    return NULL;
  return g_steal_pointer (&article);
}

static void
skip_item (Feed *feed,
           xmlNode *item)
{
  guint line, column;

  if (++feed->n_skipped > MAX_SKIP_WARNINGS)
    return;
  pl_xml_doc_position (feed->doc, item, &line, &column);
  pl_diagnostics_add (feed->diagnostics, PL_SEVERITY_WARNING, feed->file, line, column,
                      _ ("an item with no title, link or text was skipped"));
}

static void
add_item (Feed *feed,
          xmlNode *item)
{
  PlArticle *article;

  if (feed->articles->len >= MAX_ITEMS)
    {
      if (!feed->warned_limit)
        pl_diagnostics_add (feed->diagnostics, PL_SEVERITY_WARNING, feed->file, 0, 0,
                            _ ("only the first %d items were read"), MAX_ITEMS);
      feed->warned_limit = TRUE;
      return;
    }
  article = read_item (feed, item);
  if (article != NULL)
    g_ptr_array_add (feed->articles, article);
  else
    skip_item (feed, item);
}

/* Items in document order: RSS 2.0 keeps them in <channel>, RSS 1.0 and
 * 0.90 beside it, and some feeds in both places. */
static void
read_items (Feed *feed,
            xmlNode *parent,
            gboolean in_channel)
{
  const char *item_name = feed->format == FORMAT_ATOM ? "entry" : "item";

  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    {
      if (_pl_feed_is_element (feed, child, VOCAB_NATIVE, item_name))
        add_item (feed, child);
      else if (!in_channel && feed->format == FORMAT_RSS && _pl_feed_is_element (feed, child, VOCAB_NATIVE, "channel"))
        read_items (feed, child, TRUE);
    }
}

/* The feed */

static char *
channel_language (Feed *feed,
                  xmlNode *channel)
{
  char *language = child_text (feed, channel, VOCAB_NATIVE, "language");

  return language ? language : child_text (feed, channel, VOCAB_DC, "language");
}

static void
read_channel (Feed *feed,
              xmlNode *channel)
{
  if (channel == NULL)
    return;
  feed->site = _pl_feed_read_line (feed, _pl_feed_find_child (feed, channel, VOCAB_NATIVE, "title"));
  if (feed->site == NULL)
    feed->site = _pl_feed_read_line (feed, _pl_feed_find_child (feed, channel, VOCAB_DC, "title"));
  feed->language = channel_language (feed, channel);
  if (feed->format == FORMAT_ATOM)
    feed->author = atom_authors (feed, channel, VOCAB_NATIVE);
  read_feed_base (feed, channel);
}

/* Recognises the format from the root element, whatever its prefix. */
static gboolean
recognise (Feed *feed,
           xmlNode *root,
           xmlNode **channel)
{
  const char *name = local_name (root);
  Vocabulary vocabulary = _pl_feed_vocabulary_of (root);

  feed->format = FORMAT_RSS;
  *channel = NULL;
  if (strcmp (name, "rss") == 0 || strcmp (name, "RDF") == 0)
    *channel = _pl_feed_find_child (feed, root, VOCAB_NATIVE, "channel");
  else if (strcmp (name, "channel") == 0 && (vocabulary == VOCAB_PLAIN || vocabulary == VOCAB_RSS))
    *channel = root;
  else if ((strcmp (name, "feed") == 0 || strcmp (name, "entry") == 0) &&
           (vocabulary == VOCAB_ATOM || vocabulary == VOCAB_PLAIN))
    {
      feed->format = FORMAT_ATOM;
      feed->plain_atom = vocabulary == VOCAB_PLAIN;
      *channel = strcmp (name, "feed") == 0 ? root : NULL;
    }
  else
    return FALSE;
  return TRUE;
}

static void
fail_unrecognised (Feed *feed,
                   xmlNode *root,
                   GError **error)
{
  g_autofree char *name = g_utf8_make_valid ((const char *) root->name, -1);
  g_autofree char *shown = g_utf8_strlen (name, -1) > 40 ? g_utf8_substring (name, 0, 40) : NULL;
  g_autofree char *message = g_strdup_printf (_ ("is not an RSS or Atom feed: its root element is <%s%s>"),
                                              shown ? shown : name, shown ? "…" : "");
  guint line, column;

  pl_xml_doc_position (feed->doc, root, &line, &column);
  pl_diagnostics_fail (feed->diagnostics, error, PL_ERROR_UNSUPPORTED, feed->file, line, column, message);
}

static void
count_skipped (Feed *feed)
{
  if (feed->n_skipped > MAX_SKIP_WARNINGS)
    pl_diagnostics_add (feed->diagnostics, PL_SEVERITY_WARNING, feed->file, 0, 0,
                        _ ("%u more items with no title, link or text were skipped"),
                        feed->n_skipped - MAX_SKIP_WARNINGS);
}

static void
fail_no_items (Feed *feed,
               GError **error)
{
  pl_diagnostics_fail (feed->diagnostics, error, PL_ERROR_EMPTY, feed->file, 0, 0,
                       feed->n_skipped > 0 ? _ ("has no item with a title, a link or text")
                                           : _ ("is a feed with no items"));
}

static gboolean
read_feed (Feed *feed,
           GError **error)
{
  xmlNode *root = xmlDocGetRootElement (feed->doc->doc);
  xmlNode *channel;

  if (!recognise (feed, root, &channel))
    {
      fail_unrecognised (feed, root, error);
      return FALSE;
    }
  read_channel (feed, channel);
  if (feed->format == FORMAT_ATOM && channel == NULL)
    add_item (feed, root);
  else
    read_items (feed, root, strcmp (local_name (root), "channel") == 0);

  count_skipped (feed);
  if (feed->articles->len == 0)
    {
      fail_no_items (feed, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * pl_feed_load:
 * @data: an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed
 * @length: its length in bytes
 * @display_name: the file name for messages
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Reads a feed into articles, one per item in document order, each with
 * the item's title, address, authors, date, language and main text (the
 * full content when the feed has it, else the summary) and the feed's
 * title as the site. A feed that is not well-formed is read as far as
 * possible, with a warning; items with no title, link or text are skipped
 * with a warning.
 *
 * Returns: (transfer full) (element-type PlArticle) (nullable): the
 *   articles, or %NULL when the feed has none
 */
GPtrArray *
pl_feed_load (const char *data,
              gsize length,
              const char *display_name,
              GPtrArray *diagnostics,
              GError **error)
{
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_article_free);
  g_autoptr (PlXmlDoc) doc = NULL;
  Feed feed = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length == 0)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_EMPTY, display_name, 0, 0, _ ("is empty"));
      return NULL;
    }
  doc = pl_xml_doc_parse_lenient (data, length, display_name, diagnostics, error);
  if (doc == NULL)
    return NULL;

  feed.doc = doc;
  feed.file = display_name;
  feed.diagnostics = diagnostics;
  feed.articles = articles;
  feed.basename = g_path_get_basename (display_name);
  ok = read_feed (&feed, error);
  feed_clear (&feed);
  return ok ? g_steal_pointer (&articles) : NULL;
}

/* Sniffing */

/* The start of @data as ASCII-compatible text: a UTF-8 byte order mark
 * is dropped, and UTF-16 or UTF-32 loses its NUL bytes, which leaves the
 * markup readable. */
static char *
sniff_head (const char *data,
            gsize length)
{
  gsize n = MIN (length, SNIFF_BYTES);
  const guchar *u = (const guchar *) data;
  GString *head;

  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return g_strndup (data + 3, n - 3);
  if (memchr (data, '\0', n) == NULL)
    return g_strndup (data, n);
  head = g_string_sized_new (n);
  for (gsize i = 0; i < n; i++)
    if (u[i] != 0 && u[i] != 0xFE && u[i] != 0xFF)
      g_string_append_c (head, (char) u[i]);
  return g_string_free (head, FALSE);
}

/* Past a DOCTYPE, whose internal subset may hold quoted ">" and "]". */
static const char *
skip_doctype (const char *p)
{
  gboolean subset = FALSE;
  char quote = 0;

  for (; *p != '\0'; p++)
    {
      if (quote != 0)
        quote = *p == quote ? 0 : quote;
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (subset && g_str_has_prefix (p, "<!--"))
        p = strstr (p + 4, "-->") ? strstr (p + 4, "-->") + 2 : p + strlen (p) - 1;
      else if (*p == '[' || *p == ']')
        subset = *p == '[';
      else if (*p == '>' && !subset)
        return p + 1;
    }
  return p;
}

/* Skips what may come before the root element: white space, the XML
 * declaration, processing instructions, comments and a DOCTYPE. */
static const char *
skip_prolog (const char *p)
{
  while (*p != '\0')
    {
      const char *end;

      if (g_ascii_isspace (*p))
        p++;
      else if (g_str_has_prefix (p, "<?"))
        p = (end = strstr (p, "?>")) ? end + 2 : "";
      else if (g_str_has_prefix (p, "<!--"))
        p = (end = strstr (p + 4, "-->")) ? end + 3 : "";
      else if (g_ascii_strncasecmp (p, "<!DOCTYPE", 9) == 0)
        p = skip_doctype (p + 9);
      else
        break;
    }
  return p;
}

/**
 * pl_feed_sniff:
 * @data: a file's contents
 * @length: their length in bytes
 *
 * Looks at the root element without parsing: <rss>, an <rdf:RDF> in RSS
 * 1.0's or 0.90's namespace, or an Atom 1.0 or 0.3 <feed> (or standalone
 * <entry>), past any byte order mark, comments, processing instructions
 * and DOCTYPE. A <feed> in no namespace at all counts as Atom, as
 * pl_feed_load() reads it.
 *
 * Returns: whether @data looks like a feed
 */
gboolean
pl_feed_sniff (const char *data,
               gsize length)
{
  g_autofree char *head = NULL;
  g_autofree char *tag = NULL;
  const char *p, *name, *end, *colon;

  if (data == NULL || length == 0)
    return FALSE;
  head = sniff_head (data, length);
  p = skip_prolog (head);
  if (*p != '<')
    return FALSE;
  for (end = p + 1; g_ascii_isalnum (*end) || *end == ':' || *end == '_' || *end == '-' || *end == '.'; end++)
    ;
  tag = g_strndup (p + 1, (gsize) (end - p - 1));
  colon = strrchr (tag, ':');
  name = colon ? colon + 1 : tag;
  end = strchr (end, '>');
  if (end == NULL)
    end = p + strlen (p);

  if (strcmp (name, "rss") == 0)
    return TRUE;
  if (strcmp (name, "RDF") == 0)
    return g_strstr_len (p, end - p, "http://purl.org/rss/1.0/") != NULL ||
           g_strstr_len (p, end - p, "http://my.netscape.com/rdf/simple/0.9/") != NULL;
  if (strcmp (name, "feed") == 0 || strcmp (name, "entry") == 0)
    return g_strstr_len (p, end - p, "http://www.w3.org/2005/Atom") != NULL ||
           g_strstr_len (p, end - p, "http://purl.org/atom/ns#") != NULL ||
           (strcmp (tag, "feed") == 0 && g_strstr_len (p, end - p, "xmlns") == NULL);
  return FALSE;
}
