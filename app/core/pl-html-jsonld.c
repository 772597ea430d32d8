/* pl-html-jsonld.c: an article's metadata from its JSON-LD.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * JSON-LD is what publishers write for search engines: the article's
 * headline, authors, dates, publisher and language, as schema.org
 * objects. Pages put them at the top, in arrays, in "@graph" lists or
 * inside a web page's "mainEntity", and refer to people by "@id".
 */

#define G_LOG_DOMAIN "PlHtml"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "pl-html-private.h"

/* Hostile pages: json-glib parses recursively, so nesting is bounded
 * before it sees the text. */
#define MAX_JSON_LD_BYTES (1024 * 1024)
#define MAX_JSON_DEPTH 64
#define MAX_NAMES 8

/* JSON-LD types of an article, and of the page holding one. */
static const char *const article_types[] = {
  "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
  "BackgroundNewsArticle", "ReviewNewsArticle", "Article", "BlogPosting", "LiveBlogPosting",
  "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "Report", NULL
};
static const char *const page_types[] = { "WebPage", "ItemPage", "AboutPage", NULL };

/**
 * _pl_html_linked_data_init:
 *
 * Makes @ld empty: no article found.
 */
void
_pl_html_linked_data_init (PlHtmlLinkedData *ld)
{
  memset (ld, 0, sizeof *ld);
  ld->authors = g_ptr_array_new_with_free_func (g_free);
}

/**
 * _pl_html_linked_data_clear:
 *
 * Frees what @ld holds.
 */
void
_pl_html_linked_data_clear (PlHtmlLinkedData *ld)
{
  g_clear_pointer (&ld->headline, g_free);
  g_clear_pointer (&ld->authors, g_ptr_array_unref);
  g_clear_pointer (&ld->published, g_free);
  g_clear_pointer (&ld->modified, g_free);
  g_clear_pointer (&ld->publisher, g_free);
  g_clear_pointer (&ld->language, g_free);
  g_clear_pointer (&ld->description, g_free);
}

/* json-glib parses recursively: refuse what nests deeper than we allow. */
static gboolean
nesting_is_shallow (const char *json)
{
  guint depth = 0;
  gboolean in_string = FALSE;

  for (const char *p = json; *p; p++)
    {
      if (in_string)
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          else if (*p == '"')
            in_string = FALSE;
        }
      else if (*p == '"')
        in_string = TRUE;
      else if (*p == '{' || *p == '[')
        {
          if (++depth > MAX_JSON_DEPTH)
            return FALSE;
        }
      else if ((*p == '}' || *p == ']') && depth > 0)
        depth--;
    }
  return TRUE;
}

/* The JSON in a script, without the "<![CDATA[" or "<!--" some pages
 * wrap it in. */
static JsonNode *
parse_json_ld (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  const char *cdata = strstr (text, "<![CDATA[");
  const char *start = cdata ? cdata + strlen ("<![CDATA[") : text;
  g_autofree char *json = NULL;
  char *end;

  start += strcspn (start, "{[");
  if (*start == '\0')
    return NULL;
  json = g_utf8_make_valid (start, -1);
  if ((end = strstr (json, "]]>")) != NULL || (end = strstr (json, "-->")) != NULL)
    *end = '\0';
  end = MAX (strrchr (json, '}'), strrchr (json, ']'));
  if (end == NULL)
    return NULL;
  end[1] = '\0';
  if (!nesting_is_shallow (json) || !json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  return json_parser_steal_root (parser);
}

/* Character references left in JSON-LD strings by careless templates:
 * "zur&#252;ck", "Tom &amp; Jerry". */
static char *
decode_references (const char *text)
{
  const struct
  {
    const char *name;
    const char *text;
  } named[] = { { "amp;", "&" }, { "quot;", "\"" }, { "apos;", "'" }, { "lt;", "<" }, { "gt;", ">" }, { "nbsp;", " " } };
  GString *out;

  if (text == NULL || strchr (text, '&') == NULL)
    return g_strdup (text);
  out = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    {
      gboolean done = FALSE;

      if (*p == '&' && p[1] == '#')
        {
          char *after;
          gboolean hex = p[2] == 'x' || p[2] == 'X';
          guint64 c = g_ascii_strtoull (p + (hex ? 3 : 2), &after, hex ? 16 : 10);

          if (*after == ';' && c > 0 && c <= 0x10FFFF && g_unichar_validate ((gunichar) c))
            {
              g_string_append_unichar (out, (gunichar) c);
              p = after;
              done = TRUE;
            }
        }
      for (guint i = 0; *p == '&' && !done && i < G_N_ELEMENTS (named); i++)
        if (g_str_has_prefix (p + 1, named[i].name))
          {
            g_string_append (out, named[i].text);
            p += strlen (named[i].name);
            done = TRUE;
          }
      if (!done)
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static const char *
node_string (JsonNode *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  return json_object_has_member (object, name) ? node_string (json_object_get_member (object, name)) : NULL;
}

/* A date as a string, or as seconds or milliseconds since 1970. */
static char *
member_date (JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_has_member (object, name) ? json_object_get_member (object, name) : NULL;

  if (node_string (node) != NULL)
    return g_strdup (node_string (node));
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

/* "@type" as a string or an array of strings: the rank of the best. */
static int
type_rank (JsonObject *object)
{
  JsonNode *type = json_object_has_member (object, "@type") ? json_object_get_member (object, "@type") : NULL;
  int rank = 0;

  if (node_string (type) != NULL)
    return g_strv_contains (article_types, node_string (type)) ? 2 : g_strv_contains (page_types, node_string (type)) ? 1
                                                                                                                      : 0;
  if (type != NULL && JSON_NODE_HOLDS_ARRAY (type))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (type)); i++)
      {
        const char *name = node_string (json_array_get_element (json_node_get_array (type), i));

        if (name != NULL && g_strv_contains (article_types, name))
          rank = 2;
        else if (name != NULL && rank == 0 && g_strv_contains (page_types, name))
          rank = 1;
      }
  return rank;
}

/* Objects referred to by "@id" elsewhere in the graph (Yoast writes the
 * author as {"@id": "…#person"} and the person beside the article). */
static JsonObject *
resolve (JsonObject *object,
         GHashTable *ids)
{
  const char *id = member_string (object, "@id");
  JsonObject *target;

  if (id == NULL || json_object_has_member (object, "name"))
    return object;
  target = g_hash_table_lookup (ids, id);
  return target ? target : object;
}

static void
add_name (GPtrArray *names,
          JsonNode *node,
          GHashTable *ids,
          guint depth)
{
  if (node_string (node) != NULL)
    g_ptr_array_add (names, g_strdup (node_string (node)));
  else if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = resolve (json_node_get_object (node), ids);
      JsonNode *name = json_object_has_member (object, "name") ? json_object_get_member (object, "name") : NULL;

      if (name != NULL && depth < 2)
        add_name (names, name, ids, depth + 1);
    }
  else if (node != NULL && JSON_NODE_HOLDS_ARRAY (node) && depth < 2)
    for (guint i = 0; i < MIN (json_array_get_length (json_node_get_array (node)), MAX_NAMES); i++)
      add_name (names, json_array_get_element (json_node_get_array (node), i), ids, depth + 1);
}

static char *
first_name (JsonObject *object,
            const char *member,
            GHashTable *ids)
{
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (json_object_has_member (object, member))
    add_name (names, json_object_get_member (object, member), ids, 0);
  return names->len > 0 ? g_strdup (names->pdata[0]) : NULL;
}

static char *
language_of (JsonObject *object)
{
  JsonNode *node = json_object_has_member (object, "inLanguage") ? json_object_get_member (object, "inLanguage") : NULL;

  if (node_string (node) != NULL)
    return g_strdup (node_string (node));
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    {
      const char *tag = member_string (json_node_get_object (node), "alternateName");

      return g_strdup (tag ? tag : member_string (json_node_get_object (node), "name"));
    }
  return NULL;
}

static void
take_article (PlHtmlLinkedData *ld,
              JsonObject *object,
              int rank,
              GHashTable *ids)
{
  const char *headline = member_string (object, "headline");

  _pl_html_linked_data_clear (ld);
  _pl_html_linked_data_init (ld);
  ld->rank = rank;
  if (headline == NULL && rank == 2)
    headline = member_string (object, "name");
  ld->headline = decode_references (headline);
  if (json_object_has_member (object, "author"))
    add_name (ld->authors, json_object_get_member (object, "author"), ids, 0);
  for (guint i = 0; i < ld->authors->len; i++)
    {
      char *name = decode_references (ld->authors->pdata[i]);

      g_free (ld->authors->pdata[i]);
      ld->authors->pdata[i] = name;
    }
  ld->published = member_date (object, "datePublished");
  if (ld->published == NULL)
    ld->published = member_date (object, "dateCreated");
  ld->modified = member_date (object, "dateModified");
  ld->publisher = first_name (object, "publisher", ids);
  ld->language = language_of (object);
  ld->description = decode_references (member_string (object, "description"));
}

typedef void (*ObjectFunc) (JsonObject *object,
                            gpointer user_data);

/* Every object in @node: the top, arrays, "@graph", and the articles
 * that pages hold as "mainEntity". */
static void
for_each_object (JsonNode *node,
                 guint depth,
                 ObjectFunc func,
                 gpointer user_data)
{
  if (node == NULL || depth > 6)
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < MIN (json_array_get_length (array), 256u); i++)
        for_each_object (json_array_get_element (array, i), depth + 1, func, user_data);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      const char *nested[] = { "@graph", "mainEntity", "mainEntityOfPage", "itemListElement" };

      func (object, user_data);
      for (guint i = 0; i < G_N_ELEMENTS (nested); i++)
        if (json_object_has_member (object, nested[i]))
          for_each_object (json_object_get_member (object, nested[i]), depth + 1, func, user_data);
    }
}

static void
index_object (JsonObject *object,
              gpointer user_data)
{
  const char *id = member_string (object, "@id");

  if (id != NULL && json_object_get_size (object) > 1)
    g_hash_table_insert (user_data, (gpointer) id, object);
}

typedef struct
{
  PlHtmlLinkedData *ld;
  GHashTable *ids;
} Search;

/* The first article-typed object wins, else the first page. */
static void
consider_object (JsonObject *object,
                 gpointer user_data)
{
  Search *search = user_data;
  int rank = type_rank (object);

  if (rank > search->ld->rank)
    take_article (search->ld, object, rank, search->ids);
}

/**
 * _pl_html_linked_data_read:
 * @ld: an empty #PlHtmlLinkedData, filled in
 * @scripts: (element-type utf8): the text of the page's JSON-LD scripts
 *
 * Finds the article the scripts describe: the first object of an article
 * type, else the first web page, anywhere in them, and reads its fields.
 * Authors and publishers given as references to other objects ("@id")
 * are looked up.
 */
void
_pl_html_linked_data_read (PlHtmlLinkedData *ld,
                           GPtrArray *scripts)
{
  g_autoptr (GPtrArray) roots = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  Search search = { ld, ids };

  for (guint i = 0; i < scripts->len; i++)
    {
      JsonNode *root = parse_json_ld (scripts->pdata[i]);

      if (root != NULL)
        g_ptr_array_add (roots, root);
    }
  for (guint i = 0; i < roots->len; i++)
    for_each_object (roots->pdata[i], 0, index_object, ids);
  for (guint i = 0; i < roots->len; i++)
    for_each_object (roots->pdata[i], 0, consider_object, &search);
}

/**
 * _pl_html_json_date:
 * @json: a JSON object as text, such as parse.ly's "parsely-page" meta
 * @member: the member holding a date
 *
 * Returns: (transfer full) (nullable): the member's value as text
 */
char *
_pl_html_json_date (const char *json,
                    const char *member)
{
  g_autoptr (JsonParser) parser = NULL;
  JsonNode *root;

  if (json == NULL || strlen (json) > MAX_JSON_LD_BYTES || !nesting_is_shallow (json))
    return NULL;
  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, json, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  return root && JSON_NODE_HOLDS_OBJECT (root) ? member_date (json_node_get_object (root), member) : NULL;
}
