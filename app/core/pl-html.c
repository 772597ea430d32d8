/* pl-html.c: reading HTML safely and turning it into article blocks.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlHtml"

#include "config.h"

#include "pl-html.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-html-extract.h"
#include "pl-html-meta.h"
#include "pl-html-private.h"
#include "pl-text.h"
#include "pl-xml.h"

/* Deeper than this, structure is ignored and only text is kept: a
 * hostile page can nest elements a hundred thousand deep. */
#define MAX_BLOCK_DEPTH 256

/* Recover as browsers do; never touch the network; keep quiet. */
#define PARSE_OPTIONS                                                                  \
  (HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
   HTML_PARSE_COMPACT)

#define SKIP PL_HTML_TAG_SKIP
#define BLOCK PL_HTML_TAG_BLOCK

/* What each element is, by name. Names not listed are inline. */
static const struct
{
  const char *name;
  guint flags;
} tag_table[] = {
  { "script", SKIP },
  { "style", SKIP },
  { "noscript", SKIP },
  { "template", SKIP },
  { "svg", SKIP },
  { "math", SKIP },
  { "iframe", SKIP },
  { "object", SKIP },
  { "embed", SKIP },
  { "canvas", SKIP },
  { "video", SKIP },
  { "audio", SKIP },
  { "select", SKIP },
  { "option", SKIP },
  { "button", SKIP },
  { "input", SKIP },
  { "textarea", SKIP },
  { "head", SKIP },
  { "title", SKIP },
  { "meta", SKIP },
  { "link", SKIP },
  { "map", SKIP },
  { "dialog", SKIP },
  { "br", PL_HTML_TAG_BREAK },
  { "a", PL_HTML_TAG_LINK },
  { "p", BLOCK },
  { "div", BLOCK },
  { "section", BLOCK },
  { "figure", BLOCK },
  { "pre", BLOCK },
  { "hr", BLOCK },
  { "address", BLOCK },
  { "details", BLOCK },
  { "summary", BLOCK },
  { "fieldset", BLOCK },
  { "center", BLOCK },
  { "article", BLOCK | PL_HTML_TAG_SECTIONING },
  { "main", BLOCK | PL_HTML_TAG_SECTIONING | PL_HTML_TAG_ROOT },
  { "body", BLOCK | PL_HTML_TAG_SECTIONING | PL_HTML_TAG_ROOT },
  { "html", BLOCK | PL_HTML_TAG_SECTIONING | PL_HTML_TAG_ROOT },
  { "header", BLOCK | PL_HTML_TAG_HEADER },
  { "nav", BLOCK | PL_HTML_TAG_CHROME },
  { "aside", BLOCK | PL_HTML_TAG_CHROME },
  { "footer", BLOCK | PL_HTML_TAG_CHROME },
  { "form", BLOCK | PL_HTML_TAG_CHROME },
  { "menu", BLOCK | PL_HTML_TAG_LIST | PL_HTML_TAG_CHROME },
  { "figcaption", BLOCK | PL_HTML_TAG_CAPTION },
  { "caption", BLOCK | PL_HTML_TAG_CAPTION | PL_HTML_TAG_TABLE },
  { "table", BLOCK | PL_HTML_TAG_TABLE },
  { "thead", BLOCK | PL_HTML_TAG_TABLE },
  { "tbody", BLOCK | PL_HTML_TAG_TABLE },
  { "tfoot", BLOCK | PL_HTML_TAG_TABLE },
  { "tr", BLOCK | PL_HTML_TAG_TABLE },
  { "td", BLOCK | PL_HTML_TAG_TABLE },
  { "th", BLOCK | PL_HTML_TAG_TABLE },
  { "ul", BLOCK | PL_HTML_TAG_LIST },
  { "ol", BLOCK | PL_HTML_TAG_LIST },
  { "dl", BLOCK | PL_HTML_TAG_LIST },
  { "li", BLOCK | PL_HTML_TAG_LIST_ITEM },
  { "dt", BLOCK | PL_HTML_TAG_LIST_ITEM },
  { "dd", BLOCK | PL_HTML_TAG_LIST_ITEM },
  { "blockquote", BLOCK | PL_HTML_TAG_QUOTE },
  { "h1", BLOCK | PL_HTML_TAG_HEADING },
  { "h2", BLOCK | PL_HTML_TAG_HEADING },
  { "h3", BLOCK | PL_HTML_TAG_HEADING },
  { "h4", BLOCK | PL_HTML_TAG_HEADING },
  { "h5", BLOCK | PL_HTML_TAG_HEADING },
  { "h6", BLOCK | PL_HTML_TAG_HEADING },
};

#undef SKIP
#undef BLOCK

/* The table by first letter and length, so that a lookup compares a
 * name with one or two of the same length: it runs on every element,
 * several times. Built once. */
#define MAX_TAG_NAME 10

typedef struct
{
  guint8 start[26 * (MAX_TAG_NAME + 1) + 1]; /* where each bucket starts in order */
  guint8 order[G_N_ELEMENTS (tag_table)];    /* indices into tag_table */
} TagIndex;

static guint
tag_bucket (const char *name,
            gsize length)
{
  return (guint) (name[0] - 'a') * (MAX_TAG_NAME + 1) + (guint) length;
}

static TagIndex *
build_tag_index (void)
{
  TagIndex *made = g_new0 (TagIndex, 1);
  guint counts[G_N_ELEMENTS (made->start)] = { 0 };
  guint fill[G_N_ELEMENTS (made->start)];
  guint n = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (tag_table) < 256);
  for (guint i = 0; i < G_N_ELEMENTS (tag_table); i++)
    {
      g_assert (g_ascii_islower (tag_table[i].name[0]) && strlen (tag_table[i].name) <= MAX_TAG_NAME);
      counts[tag_bucket (tag_table[i].name, strlen (tag_table[i].name))]++;
    }
  for (guint b = 0; b + 1 < G_N_ELEMENTS (made->start); b++)
    {
      made->start[b] = (guint8) n;
      fill[b] = n;
      n += counts[b];
    }
  made->start[G_N_ELEMENTS (made->start) - 1] = (guint8) n;
  for (guint i = 0; i < G_N_ELEMENTS (tag_table); i++)
    made->order[fill[tag_bucket (tag_table[i].name, strlen (tag_table[i].name))]++] = (guint8) i;
  return made;
}

static inline const TagIndex *
tag_index (void)
{
  static TagIndex *index;

  if (g_once_init_enter (&index))
    g_once_init_leave (&index, build_tag_index ());
  return index;
}

/**
 * _pl_html_tag:
 * @element: an element of a parsed page
 *
 * Returns: the #PlHtmlTag flags of @element's name
 */
guint
_pl_html_tag (const xmlNode *element)
{
  const TagIndex *index = tag_index ();
  const char *name = (const char *) element->name;
  gsize length = 0;
  guint bucket;

  if (name[0] < 'a' || name[0] > 'z')
    return 0;
  while (name[length] != '\0')
    if (++length > MAX_TAG_NAME)
      return 0;
  bucket = tag_bucket (name, length);
  for (guint i = index->start[bucket]; i < index->start[bucket + 1]; i++)
    if (memcmp (name, tag_table[index->order[i]].name, length) == 0)
      return tag_table[index->order[i]].flags;
  return 0;
}

typedef enum
{
  ROLE_INLINE,
  ROLE_BLOCK,
  ROLE_SKIP,
  ROLE_BREAK,
} Role;

static Role
role_of (xmlNode *node)
{
  guint tag = _pl_html_tag (node);

  if (tag & PL_HTML_TAG_SKIP)
    return ROLE_SKIP;
  if (tag & PL_HTML_TAG_BREAK)
    return ROLE_BREAK;
  if (tag & PL_HTML_TAG_BLOCK)
    return ROLE_BLOCK;
  return ROLE_INLINE;
}

static const char *
attr_value (xmlAttr *attr)
{
  xmlNode *value = attr->children;

  if (value == NULL)
    return "";
  return value->type == XML_TEXT_NODE && value->next == NULL ? (const char *) value->content : NULL;
}

/**
 * _pl_html_attr:
 * @element: an element of a parsed page
 * @name: a lower-case attribute name
 *
 * Returns: (transfer none) (nullable): the attribute's value, or %NULL
 *   when @element has no such attribute or its value is not plain text
 */
const char *
_pl_html_attr (xmlNode *element,
               const char *name)
{
  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    if (strcmp ((const char *) attr->name, name) == 0)
      return attr_value (attr);
  return NULL;
}

/* Whether a style attribute hides its element. */
static gboolean
style_hides (const char *style)
{
  char squashed[513];
  gsize n = 0;

  for (const char *p = style; *p && n < 512; p++)
    if (!g_ascii_isspace (*p))
      squashed[n++] = _pl_html_ascii_lower (*p);
  squashed[n] = '\0';
  return strstr (squashed, "display:none") != NULL || strstr (squashed, "visibility:hidden") != NULL;
}

/**
 * _pl_html_get_attrs:
 * @element: an element of a parsed page
 * @attrs: (out): its common attributes
 *
 * Reads the attributes the loader looks at on every element at once.
 */
void
_pl_html_get_attrs (xmlNode *element,
                    PlHtmlAttrs *attrs)
{
  memset (attrs, 0, sizeof *attrs);
  for (xmlAttr *attr = element->properties; attr != NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;

      /* Most attributes are none of these: the first letter tells. */
      switch (name[0])
        {
        case 'c':
          if (strcmp (name, "class") == 0)
            attrs->class = attr_value (attr);
          break;

        case 'i':
          if (strcmp (name, "id") == 0)
            attrs->id = attr_value (attr);
          else if (strcmp (name, "itemprop") == 0)
            attrs->itemprop = attr_value (attr);
          break;

        case 'r':
          if (strcmp (name, "role") == 0)
            attrs->role = attr_value (attr);
          else if (strcmp (name, "rel") == 0)
            attrs->rel = attr_value (attr);
          break;

        case 's':
          if (strcmp (name, "style") == 0)
            attrs->style = attr_value (attr);
          break;

        case 'h':
          if (strcmp (name, "hidden") == 0)
            attrs->hidden = TRUE;
          break;

        default:
          break;
        }
    }
}

/**
 * _pl_html_attrs_hide:
 *
 * Returns: whether the element with @attrs is hidden from readers: the
 *   hidden attribute or a style with display: none or visibility: hidden
 */
gboolean
_pl_html_attrs_hide (const PlHtmlAttrs *attrs)
{
  return attrs->hidden || (attrs->style != NULL && style_hides (attrs->style));
}

/**
 * _pl_html_is_hidden:
 * @element: an element of a parsed page
 *
 * Returns: whether @element is hidden from readers
 */
gboolean
_pl_html_is_hidden (xmlNode *element)
{
  PlHtmlAttrs attrs;

  if (element->properties == NULL)
    return FALSE;
  _pl_html_get_attrs (element, &attrs);
  return _pl_html_attrs_hide (&attrs);
}

typedef struct
{
  PlArticle *article; /* borrowed */
  GString *buffer;    /* owned: the text of the block being read */
  PlBlockKind kind;
  guint level;
  guint list_depth;
  gboolean in_quote;
  guint breaks;        /* consecutive <br>s since the last text */
  PlHtmlKeepFunc keep; /* nullable */
  gpointer keep_data;
} Walk;

static void
flush (Walk *w)
{
  if (w->buffer->len > 0)
    pl_article_add_block (w->article, w->kind, w->level, w->buffer->str, (gssize) w->buffer->len);
  g_string_truncate (w->buffer, 0);
  w->breaks = 0;
}

static void
append_text (Walk *w,
             const char *text)
{
  if (text == NULL)
    return;
  g_string_append (w->buffer, text);
  for (const char *p = text; *p; p++)
    if (!g_ascii_isspace (*p))
      {
        w->breaks = 0;
        break;
      }
}

/* Text of a subtree too deep to walk recursively, collected iteratively. */
static void
append_flat_text (Walk *w,
                  xmlNode *top)
{
  xmlNode *node = top->children;

  while (node != NULL && node != top)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        append_text (w, (const char *) node->content);
      if (node->type == XML_ELEMENT_NODE && role_of (node) != ROLE_SKIP && node->children != NULL)
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

static void walk_children (Walk *w,
                           xmlNode *node,
                           guint depth);

static void
walk_block (Walk *w,
            xmlNode *node,
            guint depth)
{
  guint tag = _pl_html_tag (node);
  Walk saved = *w;

  flush (w);
  if (tag & PL_HTML_TAG_HEADING)
    {
      w->kind = PL_BLOCK_HEADING;
      w->level = (guint) (node->name[1] - '0');
    }
  else if (tag & PL_HTML_TAG_LIST_ITEM)
    {
      w->kind = PL_BLOCK_LIST_ITEM;
      w->level = MAX (w->list_depth, 1);
    }
  else if (tag & PL_HTML_TAG_LIST)
    w->list_depth++;
  else if (tag & PL_HTML_TAG_QUOTE)
    {
      w->in_quote = TRUE;
      w->kind = PL_BLOCK_QUOTE;
      w->level = 0;
    }
  else if (w->kind != PL_BLOCK_LIST_ITEM)
    {
      w->kind = w->in_quote ? PL_BLOCK_QUOTE : PL_BLOCK_PARAGRAPH;
      w->level = 0;
    }

  walk_children (w, node, depth + 1);
  flush (w);
  w->kind = saved.kind;
  w->level = saved.level;
  w->list_depth = saved.list_depth;
  w->in_quote = saved.in_quote;
}

static void
walk_node (Walk *w,
           xmlNode *node,
           guint depth)
{
  switch (node->type)
    {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      append_text (w, (const char *) node->content);
      return;

    case XML_ELEMENT_NODE:
      break;

    default:
      return;
    }

  if (w->keep != NULL && !w->keep (node, w->keep_data))
    return;
  switch (role_of (node))
    {
    case ROLE_SKIP:
      return;

    case ROLE_BREAK:
      /* One <br> is a space; two in a row end a paragraph, as many
       * pages write paragraphs. */
      if (++w->breaks >= 2)
        flush (w);
      else
        g_string_append_c (w->buffer, ' ');
      return;

    case ROLE_BLOCK:
      if (depth < MAX_BLOCK_DEPTH)
        walk_block (w, node, depth);
      else
        append_flat_text (w, node);
      return;

    case ROLE_INLINE:
    default:
      if (depth < MAX_BLOCK_DEPTH)
        walk_children (w, node, depth + 1);
      else
        append_flat_text (w, node);
    }
}

static void
walk_children (Walk *w,
               xmlNode *node,
               guint depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    walk_node (w, child, depth);
}

/**
 * pl_html_append_blocks:
 * @article: the article to append to
 * @node: an element whose content to append
 *
 * Turns the content of @node into blocks: headings with their level,
 * paragraphs, list items with their depth and quotes. Scripts, styles,
 * forms and embedded media are left out; two line breaks in a row end a
 * paragraph.
 */
void
pl_html_append_blocks (PlArticle *article,
                       xmlNode *node)
{
  g_return_if_fail (article != NULL);
  _pl_html_append_blocks_filtered (article, node, NULL, NULL);
}

/**
 * _pl_html_append_blocks_filtered:
 * @keep: (nullable): decides which elements under @node to keep; an
 *   element it refuses is left out with all it contains
 *
 * pl_html_append_blocks() with elements left out.
 */
void
_pl_html_append_blocks_filtered (PlArticle *article,
                                 xmlNode *node,
                                 PlHtmlKeepFunc keep,
                                 gpointer user_data)
{
  Walk w = { article, g_string_new (NULL), PL_BLOCK_PARAGRAPH, 0, 0, FALSE, 0, keep, user_data };

  if (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE && role_of (node) == ROLE_BLOCK)
        walk_block (&w, node, 0);
      else
        walk_node (&w, node, 0);
    }
  flush (&w);
  g_string_free (w.buffer, TRUE);
}

/* The encoding a page declares in a <meta> near its start, if any. */
/* The start of @data up to @size - 1 bytes or its first NUL, in lower
 * case, into @head: what g_ascii_strdown() would give, without the
 * allocation. */
static void
lower_head (const char *data,
            gsize length,
            char *head,
            gsize size)
{
  gsize n = 0;

  for (gsize max = MIN (length, size - 1); n < max && data[n] != '\0'; n++)
    head[n] = _pl_html_ascii_lower (data[n]);
  head[n] = '\0';
}

static char *
declared_charset (const char *data,
                  gsize length)
{
  /* The first "charset=" in the first 4096 bytes, before any NUL, in any
   * case: what searching them in lower case finds. */
  gsize n = strnlen (data, MIN (length, 4096));
  const char *p = NULL;
  const char *end;

  for (gsize i = 0; i + strlen ("charset=") <= n && p == NULL; i++)
    if ((data[i] | 0x20) == 'c' && g_ascii_strncasecmp (data + i, "charset=", strlen ("charset=")) == 0)
      p = data + i;
  if (p == NULL)
    return NULL;
  p += strlen ("charset=");
  end = data + n;
  while (p < end && (*p == '"' || *p == '\'' || *p == ' '))
    p++;
  for (end = p; end < data + n && (g_ascii_isalnum (*end) || *end == '-' || *end == '_'); end++)
    ;
  return end > p ? g_ascii_strdown (p, end - p) : NULL;
}

/* Labels browsers read as Windows-1252, as the WHATWG Encoding Standard
 * says: a page declaring "iso-8859-1" writes curly quotes at 0x93. */
static const char *const windows_1252_labels[] = {
  "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
  "us-ascii", "ascii", "ansi_x3.4-1968", NULL
};

/* g_utf8_validate() over all of @data, faster on text that is mostly
 * ASCII: a character never spans an ASCII byte, so each run of other
 * bytes is validated on its own. */
static gboolean
is_utf8 (const char *data,
         gsize length)
{
  const guchar *p = (const guchar *) data;
  gsize i = 0;

  while (i < length)
    {
      gsize start;

      /* Eight ASCII bytes at a time, none of them NUL */
      while (i + 8 <= length)
        {
          guint64 word;

          memcpy (&word, p + i, sizeof word);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0 ||
              ((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          i += 8;
        }
      while (i < length && p[i] < 0x80 && p[i] != 0)
        i++;
      if (i == length)
        return TRUE;
      if (p[i] == 0)
        return FALSE;
      for (start = i; i < length && p[i] >= 0x80; i++)
        ;
      if (!g_utf8_validate_len (data + start, i - start, NULL))
        return FALSE;
    }
  return TRUE;
}

/* A page that declares nothing is UTF-8 when it is valid UTF-8, and
 * Windows-1252 (what browsers assume) otherwise. */
static char *
choose_encoding (const char *data,
                 gsize length)
{
  char *declared = declared_charset (data, length);

  if (declared != NULL)
    return declared;
  if (length >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE))
    return NULL; /* a UTF-16 byte order mark: libxml2 reads it */
  return g_strdup (is_utf8 (data, length) ? "UTF-8" : "windows-1252");
}

/**
 * pl_html_sniff:
 *
 * Returns: whether @data looks like an HTML page or fragment
 */
gboolean
pl_html_sniff (const char *data,
               gsize length)
{
  char head[2049];

  lower_head (data, length, head, sizeof head);
  return strstr (head, "<!doctype html") != NULL || strstr (head, "<html") != NULL ||
         strstr (head, "<head") != NULL || strstr (head, "<body") != NULL ||
         strstr (head, "<p>") != NULL || strstr (head, "<div") != NULL;
}

/**
 * pl_html_parse:
 * @data: the page
 * @length: its length in bytes
 *
 * Parses HTML as browsers do, recovering from errors, never touching the
 * network. The encoding comes from the page's <meta>, else UTF-8 when
 * the bytes are valid UTF-8, else Windows-1252; Windows-1252 and the
 * labels browsers take for it are decoded here, whatever the bytes.
 *
 * Returns: (transfer full) (nullable): the document
 */
xmlDoc *
pl_html_parse (const char *data,
               gsize length,
               const char *display_name,
               GPtrArray *diagnostics,
               GError **error)
{
  g_autofree char *encoding = NULL;
  g_autoptr (GString) decoded = NULL;
  g_autoptr (GString) without_nul = NULL;
  xmlDoc *doc;

  pl_xml_init ();
  if (length == 0 || length > G_MAXINT)
    {
      pl_diagnostics_fail (diagnostics, error, length ? PL_ERROR_TOO_LARGE : PL_ERROR_EMPTY,
                           display_name, 0, 0, length ? _ ("is too large to open") : _ ("is empty"));
      return NULL;
    }

  /* NUL bytes are dropped, as browsers ignore them in text: libxml2 would
   * otherwise hand back text that is not UTF-8 after one (found by the
   * HTML fuzzer). */
  if (memchr (data, '\0', length) != NULL)
    {
      without_nul = g_string_sized_new (length);
      for (gsize i = 0; i < length; i++)
        if (data[i] != '\0')
          g_string_append_c (without_nul, data[i]);
      data = without_nul->str;
      length = without_nul->len;
      if (length == 0)
        {
          pl_diagnostics_fail (diagnostics, error, PL_ERROR_EMPTY, display_name, 0, 0, _ ("is empty"));
          return NULL;
        }
    }

  encoding = choose_encoding (data, length);
  if (encoding != NULL && g_strv_contains (windows_1252_labels, encoding))
    {
      decoded = _pl_windows_1252_to_utf8 (data, length, TRUE);
      if (decoded->len > G_MAXINT)
        {
          pl_diagnostics_fail (diagnostics, error, PL_ERROR_TOO_LARGE, display_name, 0, 0, _ ("is too large to open"));
          return NULL;
        }
      data = decoded->str;
      length = decoded->len;
      g_free (encoding);
      encoding = g_strdup ("UTF-8");
    }
  doc = htmlReadMemory (data, (int) length, NULL, encoding, PARSE_OPTIONS);
  if (doc == NULL && encoding != NULL)
    {
      /* A charset libxml2 does not know ("x-user-defined"): guess. */
      g_free (encoding);
      encoding = g_strdup (g_utf8_validate (data, (gssize) length, NULL) ? "UTF-8" : "windows-1252");
      doc = htmlReadMemory (data, (int) length, NULL, encoding, PARSE_OPTIONS);
    }
  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_SYNTAX, display_name, 0, 0,
                           _ ("could not be read as an HTML page"));
      return NULL;
    }
  return doc;
}

/**
 * pl_html_fragment_to_article:
 * @html: an HTML fragment, such as a feed item's content
 * @length: its length in bytes, or -1 when NUL-terminated
 *
 * Appends all of the fragment's content to @article as blocks.
 */
void
pl_html_fragment_to_article (PlArticle *article,
                             const char *html,
                             gssize length)
{
  g_autoptr (GString) page = g_string_new ("<html><head><meta charset=\"utf-8\"></head><body>");
  g_autoptr (xmlDoc) doc = NULL;

  if (html == NULL)
    return;
  g_string_append_len (page, html, length < 0 ? (gssize) strlen (html) : length);
  g_string_append (page, "</body></html>");
  doc = pl_html_parse (page->str, page->len, "", NULL, NULL);
  if (doc != NULL)
    pl_html_append_blocks (article, xmlDocGetRootElement (doc));
}

/* Finding words */

/* Letters, whatever their case, and digits; anything else breaks a
 * word. */
#define N_SYMBOLS 37
#define BREAK_SYMBOL 36

/**
 * PlHtmlMatcher:
 *
 * An Aho-Corasick automaton: each byte of a text is one step, however
 * many words are sought. Words are of lower-case letters and digits;
 * they are found in any case.
 */
struct _PlHtmlMatcher
{
  guint8 symbols[256];  /* a to z and A to Z: 0 to 25, 0 to 9: 26 to 35 */
  guint16 *next;        /* owned: state × N_SYMBOLS → state */
  PlHtmlMatches *found; /* owned: the words reaching each state ends */
  guint8 *finds;        /* owned: whether that is any */
  guint32 *steps;       /* owned: next, its states times N_SYMBOLS, so
                         * that a step is one load: state × N_SYMBOLS +
                         * symbol → state × N_SYMBOLS */
};

/* The missing steps of each state and the words it ends, from the state
 * its longest proper suffix reaches: breadth first, so that state is
 * complete. */
static void
complete_matcher (PlHtmlMatcher *self,
                  guint n_states)
{
  g_autofree guint16 *fail = g_new0 (guint16, n_states);
  g_autofree guint16 *queue = g_new0 (guint16, n_states);
  guint head = 0, tail = 0;

  for (guint symbol = 0; symbol < N_SYMBOLS; symbol++)
    {
      guint16 *step = &self->next[symbol];

      if (*step == G_MAXUINT16)
        *step = 0;
      else
        queue[tail++] = *step;
    }
  while (head < tail)
    {
      guint state = queue[head++];

      for (guint w = 0; w < G_N_ELEMENTS (self->found[state].bits); w++)
        {
          self->found[state].bits[w] |= self->found[fail[state]].bits[w];
          self->finds[state] |= self->found[state].bits[w] != 0;
        }
      for (guint symbol = 0; symbol < N_SYMBOLS; symbol++)
        {
          guint16 *step = &self->next[state * N_SYMBOLS + symbol];
          guint16 fallback = self->next[fail[state] * N_SYMBOLS + symbol];

          if (*step == G_MAXUINT16)
            *step = fallback;
          else
            {
              fail[*step] = fallback;
              queue[tail++] = *step;
            }
        }
    }
}

/**
 * _pl_html_matcher_new:
 * @words: (array length=n_words): lower-case letters and digits each
 *
 * Returns: (transfer full): a matcher finding @words; never freed, being
 *   made once for good
 */
PlHtmlMatcher *
_pl_html_matcher_new (const char *const *words,
                      guint n_words)
{
  PlHtmlMatcher *self = g_new0 (PlHtmlMatcher, 1);
  guint max_states = 1, n_states = 1;

  g_assert (n_words <= PL_HTML_MAX_WORDS);
  memset (self->symbols, BREAK_SYMBOL, sizeof self->symbols);
  for (guint c = 'a'; c <= 'z'; c++)
    self->symbols[c] = self->symbols[c - 'a' + 'A'] = (guint8) (c - 'a');
  for (guint c = '0'; c <= '9'; c++)
    self->symbols[c] = (guint8) (26 + c - '0');

  for (guint i = 0; i < n_words; i++)
    max_states += (guint) strlen (words[i]);
  g_assert (max_states < G_MAXUINT16);
  self->next = g_new (guint16, max_states * N_SYMBOLS);
  memset (self->next, 0xFF, max_states * N_SYMBOLS * sizeof (guint16));
  self->found = g_new0 (PlHtmlMatches, max_states);
  self->finds = g_new0 (guint8, max_states);

  /* The trie of the words */
  for (guint i = 0; i < n_words; i++)
    {
      guint state = 0;

      for (const char *c = words[i]; *c; c++)
        {
          guint symbol = self->symbols[(guchar) *c];
          guint16 *step = &self->next[state * N_SYMBOLS + symbol];

          g_assert (symbol != BREAK_SYMBOL && !g_ascii_isupper (*c));
          if (*step == G_MAXUINT16)
            *step = (guint16) n_states++;
          state = *step;
        }
      self->found[state].bits[i / 64] |= G_GUINT64_CONSTANT (1) << (i % 64);
    }
  complete_matcher (self, n_states);
  self->steps = g_new (guint32, n_states * N_SYMBOLS);
  for (guint i = 0; i < n_states * N_SYMBOLS; i++)
    self->steps[i] = self->next[i] * N_SYMBOLS;
  return self;
}

/**
 * _pl_html_matcher_find:
 * @length: how many bytes of @text to look at; it may hold no NUL
 *   before
 * @matches: (out): which words the text holds, anywhere, in any case
 */
void
_pl_html_matcher_find (const PlHtmlMatcher *self,
                       const char *text,
                       gsize length,
                       PlHtmlMatches *matches)
{
  guint at = 0; /* the state times N_SYMBOLS */

  memset (matches, 0, sizeof *matches);
  for (gsize i = 0; i < length; i++)
    {
      at = self->steps[at + self->symbols[(guchar) text[i]]];
      if (self->finds[at / N_SYMBOLS])
        for (guint w = 0; w < G_N_ELEMENTS (matches->bits); w++)
          matches->bits[w] |= self->found[at / N_SYMBOLS].bits[w];
    }
}

/**
 * _pl_html_text:
 * @node: a node of a parsed page
 * @max_bytes: how much text to collect at most
 *
 * The text of @node and its descendants, without scripts and styles,
 * with white space normalized; collected without recursion.
 *
 * Returns: (transfer full): the text, possibly empty
 */
char *
_pl_html_text (xmlNode *node,
               gsize max_bytes)
{
  g_autoptr (GString) text = g_string_new (NULL);
  xmlNode *top = node;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    g_string_append (text, (const char *) node->content);
  node = node->type == XML_ELEMENT_NODE ? node->children : NULL;
  while (node != NULL && node != top && text->len < max_bytes)
    {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        g_string_append (text, (const char *) node->content);
      else if (node->type == XML_ELEMENT_NODE && (_pl_html_tag (node) & (PL_HTML_TAG_BLOCK | PL_HTML_TAG_BREAK)))
        g_string_append_c (text, ' ');
      if (node->type == XML_ELEMENT_NODE && !(_pl_html_tag (node) & PL_HTML_TAG_SKIP) && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      while (node != top && node->next == NULL)
        node = node->parent;
      if (node != top)
        node = node->next;
    }
  if (text->len > max_bytes)
    {
      const char *end = g_utf8_find_prev_char (text->str, text->str + max_bytes + 1);

      g_string_truncate (text, end ? (gsize) (end - text->str) : 0);
    }
  return pl_text_normalize_space (text->str, (gssize) text->len);
}

/**
 * pl_html_load:
 * @data: a web page
 * @length: its length in bytes
 * @display_name: the file name for messages
 *
 * Reads a page into an article: its metadata (from JSON-LD, OpenGraph
 * and other meta tags, and the page itself) and its main content as
 * blocks, without the page's navigation, sidebars, share bars, related
 * links, comments and captions.
 *
 * Returns: (transfer full) (nullable): the article
 */
PlArticle *
pl_html_load (const char *data,
              gsize length,
              const char *display_name,
              GPtrArray *diagnostics,
              GError **error)
{
  g_autoptr (xmlDoc) doc = pl_html_parse (data, length, display_name, diagnostics, error);
  PlArticle *article;

  if (doc == NULL)
    return NULL;

  article = pl_article_new ();
  pl_html_read_metadata (doc, article);
  pl_html_extract_content (doc, article);
  return article;
}
