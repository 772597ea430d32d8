/* pl-feed-text.c: the text of feed items: Atom and RSS text constructs
 * (titles, summaries, content; plain text, HTML or XHTML) read into an
 * article's text or into one line, and where an item keeps them.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlFeed"

#include "config.h"

#include "pl-feed-private.h"

#include <string.h>

#include "pl-html.h"

typedef enum
{
  CONTENT_NONE,
  CONTENT_TEXT,
  CONTENT_HTML,
  CONTENT_GUESS, /* in a lookup: HTML if it looks like HTML */
} ContentType;

/* A piece of text a feed holds, and how to read it. */
typedef struct
{
  ContentType type;
  char *text; /* owned */
} Content;

static void
content_clear (Content *content)
{
  g_clear_pointer (&content->text, g_free);
  content->type = CONTENT_NONE;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Content, content_clear)

/* Text, HTML and XHTML */

static gboolean
has_element_children (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return TRUE;
  return FALSE;
}

/* Drops the prefix of XHTML elements below @top ("<xhtml:p>"), which an
 * HTML parser would not know. */
static void
unprefix_xhtml (xmlNode *top)
{
  xmlNode *node = top->children;

  while (node != NULL && node != top)
    {
      if (node->type == XML_ELEMENT_NODE && node->ns != NULL && node->ns->prefix != NULL &&
          g_ascii_strcasecmp ((const char *) node->ns->href, "http://www.w3.org/1999/xhtml") == 0)
        node->ns = NULL;
      if (node->type == XML_ELEMENT_NODE && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      while (node != top && node->next == NULL)
        node = node->parent;
      if (node != top)
        node = node->next;
    }
}

/* The markup inside @node, for HTML a feed put in without escaping it
 * and for XHTML content. */
static char *
inner_markup (xmlNode *node)
{
  xmlBuffer *buffer = xmlBufferCreate ();
  char *markup;

  unprefix_xhtml (node);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    xmlNodeDump (buffer, node->doc, child, 0, 0);
  markup = g_strndup ((const char *) xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return markup;
}

/* At "<": whether a tag of an HTML element, or a comment, starts here. */
static gboolean
is_html_tag (const char *p)
{
  const char *name = p + (p[1] == '/' ? 2 : 1);
  const char *end = name;
  char buffer[16];

  if (g_str_has_prefix (p, "<!--"))
    return TRUE;
  while (g_ascii_isalnum (*end) && end - name < (int) sizeof buffer - 1)
    end++;
  if (end == name || !(*end == '>' || *end == '/' || g_ascii_isspace (*end)))
    return FALSE;
  memcpy (buffer, name, (gsize) (end - name));
  buffer[end - name] = '\0';
  /* HTML's own elements, so that "<stdio.h>" or "<more>" is text. */
  return htmlTagLookup ((const xmlChar *) buffer) != NULL;
}

/* Whether plain-looking text holds HTML tags ("<p>", "</b>") or
 * references ("&amp;", "&#8217;"), as RSS titles and descriptions often
 * do. */
static gboolean
looks_like_html (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '<' && is_html_tag (p))
        return TRUE;
      if (*p == '&' && (g_ascii_isalpha (p[1]) || p[1] == '#'))
        {
          const char *q = p + 1;

          while (g_ascii_isalnum (*q) || *q == '#')
            q++;
          if (*q == ';')
            return TRUE;
        }
    }
  return FALSE;
}

static Content
content_from_text (char *text,
                   ContentType type)
{
  Content content = { type, text };

  if (text == NULL)
    content.type = CONTENT_NONE;
  else if (type == CONTENT_GUESS)
    content.type = looks_like_html (text) ? CONTENT_HTML : CONTENT_TEXT;
  return content;
}

/* Atom 0.3 may encode content in base64. */
static char *
decode_base64 (const char *text)
{
  gsize length = 0;
  g_autofree guchar *bytes = g_base64_decode (text, &length);

  return g_utf8_make_valid ((const char *) bytes, (gssize) length);
}

/* An Atom text construct (title, summary, content), or an Atom 0.3 one
 * with a MIME type and a mode. Content kept elsewhere (src="…") and
 * media other than text have nothing to read. */
static Content
read_atom_text (xmlNode *node,
                ContentType fallback)
{
  g_autofree char *type = _pl_feed_dup_attribute (node, "type");
  g_autofree char *mode = _pl_feed_dup_attribute (node, "mode");
  g_autofree char *src = _pl_feed_dup_attribute (node, "src");
  ContentType kind = CONTENT_TEXT;
  char *text;

  if (type != NULL)
    for (char *p = type; *p != '\0'; p++)
      *p = g_ascii_tolower (*p);
  if (src != NULL)
    return content_from_text (NULL, CONTENT_NONE);
  if (type == NULL)
    kind = mode != NULL && g_ascii_strcasecmp (mode, "escaped") == 0 ? CONTENT_GUESS : fallback;
  else if (strstr (type, "html") != NULL)
    kind = CONTENT_HTML;
  else if (strcmp (type, "text") != 0 && !g_str_has_prefix (type, "text/") &&
           !g_str_has_suffix (type, "xml"))
    return content_from_text (NULL, CONTENT_NONE);

  if (has_element_children (node))
    return content_from_text (inner_markup (node), CONTENT_HTML);
  text = _pl_feed_dup_text (node);
  if (text != NULL && mode != NULL && g_ascii_strcasecmp (mode, "base64") == 0)
    {
      char *decoded = decode_base64 (text);

      g_free (text);
      text = decoded;
    }
  return content_from_text (text, kind);
}

/* An RSS element (title, description, content:encoded) or a Media RSS
 * description, which may say its type. */
static Content
read_rss_text (xmlNode *node,
               ContentType fallback)
{
  g_autofree char *type = _pl_feed_dup_attribute (node, "type");

  if (has_element_children (node))
    return content_from_text (inner_markup (node), CONTENT_HTML);
  if (type != NULL && g_ascii_strcasecmp (type, "html") == 0)
    fallback = CONTENT_HTML;
  return content_from_text (_pl_feed_dup_text (node), fallback);
}

static Content
read_text (Feed *feed,
           xmlNode *node,
           ContentType fallback)
{
  Vocabulary vocabulary = node ? _pl_feed_vocabulary_of (node) : VOCAB_OTHER;

  if (node == NULL)
    return content_from_text (NULL, CONTENT_NONE);
  if (vocabulary == VOCAB_ATOM || (feed->plain_atom && vocabulary == VOCAB_PLAIN))
    return read_atom_text (node, fallback);
  return read_rss_text (node, fallback);
}

/* Plain text becomes paragraphs at blank lines. */
static void
append_paragraphs (PlArticle *article,
                   const char *text)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr (GString) paragraph = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (*g_strstrip (lines[i]) != '\0')
        {
          g_string_append_printf (paragraph, "%s ", lines[i]);
          continue;
        }
      pl_article_add_block (article, PL_BLOCK_PARAGRAPH, 0, paragraph->str, (gssize) paragraph->len);
      g_string_truncate (paragraph, 0);
    }
  pl_article_add_block (article, PL_BLOCK_PARAGRAPH, 0, paragraph->str, (gssize) paragraph->len);
}

static void
append_content (PlArticle *article,
                const Content *content)
{
  if (content->type == CONTENT_HTML)
    pl_html_fragment_to_article (article, content->text, -1);
  else if (content->type == CONTENT_TEXT)
    append_paragraphs (article, content->text);
}

/* One line of plain text, as titles and names are: HTML becomes its text. */
static char *
content_to_line (const Content *content)
{
  g_autoptr (PlArticle) scratch = NULL;

  if (content->type == CONTENT_NONE)
    return NULL;
  if (content->type != CONTENT_HTML)
    return pl_text_normalize_space (content->text, -1);
  scratch = pl_article_new ();
  pl_html_fragment_to_article (scratch, content->text, -1);
  return pl_text_normalize_space (pl_article_get_text (scratch), -1);
}

/* A title or a name: its text on one line, %NULL when blank. */
char *
_pl_feed_read_line (Feed *feed,
                    xmlNode *node)
{
  g_auto (Content) content = read_text (feed, node, CONTENT_GUESS);
  char *line = content_to_line (&content);

  if (line != NULL && *line == '\0')
    g_clear_pointer (&line, g_free);
  return line;
}

/* The main text */

static const struct
{
  Vocabulary vocabulary;
  const char *name;
  ContentType type;
} text_elements[] = {
  /* The full text first … */
  { VOCAB_CONTENT, "encoded", CONTENT_HTML },
  { VOCAB_XHTML, "body", CONTENT_HTML },
  { VOCAB_NATIVE, "body", CONTENT_HTML },
  { VOCAB_ATOM, "content", CONTENT_TEXT },
  /* … else the summary, of which an RSS 2.0 description is HTML … */
  { VOCAB_NATIVE, "description", CONTENT_GUESS },
  { VOCAB_ATOM, "summary", CONTENT_TEXT },
  { VOCAB_DC, "description", CONTENT_GUESS },
  { VOCAB_ITUNES, "summary", CONTENT_GUESS },
  /* … else what describes the item's media. */
  { VOCAB_MEDIA, "description", CONTENT_GUESS },
};

/* A Media RSS element of the item, or of its <media:group> or
 * <media:content>, or of a <media:content> in its group. */
static xmlNode *
find_media (Feed *feed,
            xmlNode *item,
            const char *name)
{
  xmlNode *found = _pl_feed_find_child (feed, item, VOCAB_MEDIA, name);

  for (xmlNode *child = item->children; found == NULL && child != NULL; child = child->next)
    if (_pl_feed_is_element (feed, child, VOCAB_MEDIA, "group") || _pl_feed_is_element (feed, child, VOCAB_MEDIA, "content"))
      {
        found = _pl_feed_find_child (feed, child, VOCAB_MEDIA, name);
        for (xmlNode *inner = child->children; found == NULL && inner != NULL; inner = inner->next)
          if (_pl_feed_is_element (feed, inner, VOCAB_MEDIA, "content"))
            found = _pl_feed_find_child (feed, inner, VOCAB_MEDIA, name);
      }
  return found;
}

/* Adds the item's main text to @article: the first of text_elements the
 * item has that holds any text. */
void
_pl_feed_read_main_text (Feed *feed,
                         xmlNode *item,
                         PlArticle *article)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_elements) && pl_article_get_length (article) == 0; i++)
    {
      Vocabulary vocabulary = text_elements[i].vocabulary;
      xmlNode *node;

      /* In an Atom feed the Atom elements are the native ones. */
      if (feed->format == FORMAT_ATOM && vocabulary == VOCAB_ATOM)
        vocabulary = VOCAB_NATIVE;
      else if (feed->format == FORMAT_ATOM && vocabulary == VOCAB_NATIVE)
        continue;
      node = text_elements[i].vocabulary == VOCAB_MEDIA ? find_media (feed, item, "description")
                                                        : _pl_feed_find_child (feed, item, vocabulary, text_elements[i].name);
      if (node != NULL)
        {
          g_auto (Content) content = read_text (feed, node, text_elements[i].type);
          append_content (article, &content);
        }
    }
}

/* Titles */

/* The item's title, else its Dublin Core, Atom or Media RSS one. */
char *
_pl_feed_item_title (Feed *feed,
                     xmlNode *item)
{
  char *title = _pl_feed_read_line (feed, _pl_feed_find_child (feed, item, VOCAB_NATIVE, "title"));

  if (title == NULL && feed->format == FORMAT_RSS)
    title = _pl_feed_read_line (feed, _pl_feed_find_child (feed, item, VOCAB_DC, "title"));
  if (title == NULL && feed->format == FORMAT_RSS)
    title = _pl_feed_read_line (feed, _pl_feed_find_child (feed, item, VOCAB_ATOM, "title"));
  if (title == NULL)
    title = _pl_feed_read_line (feed, find_media (feed, item, "title"));
  return title;
}
