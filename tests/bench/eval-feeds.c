/* eval-feeds.c: the feed loader measured on gofeed's and feed-rs's test
 * feeds, whose expected JSON gives each item's title, link and date, and
 * run over feedparser's ill-formed and well-formed cases.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How it counts:
 * - An item whose expected JSON has no title, link or text (many of
 *   gofeed's cases test one other field, such as a category) is one
 *   Phaseline skips by design; the item count compares against the other
 *   items, and the count of every item is printed beside it.
 * - Titles are compared as text (markup read, white space normalised),
 *   dates to the second in UTC, links exactly after trimming, except that
 *   a link the corpus leaves relative matches our resolved one when that
 *   ends with it.
 * - The bars (0.95) leave room for a few cases where the corpora's own
 *   conventions differ from ours (gofeed keeps the last of several RSS
 *   links, feed-rs lower-cases host names), not for systematic misses.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "eval.h"
#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-feed.h"
#include "pl-html.h"
#include "pl-xml.h"

/* A feed that takes longer than this to load counts as hung. */
#define TIMEOUT_SECONDS 20

/* What the expected JSON says about one item. */
typedef struct
{
  char *title;     /* nullable */
  char *link;      /* nullable */
  gboolean dated;  /* whether it gives a date */
  gint64 date;     /* seconds since the epoch, when dated */
  gboolean usable; /* has a title, link or text, as Phaseline keeps */
} Expected;

typedef struct
{
  const char *name;
  guint feeds;
  guint parsed;  /* read as a feed, items or none */
  guint errored; /* refused for another reason */
  guint count_ok;
  guint raw_count_ok;
  guint skipped_by_design; /* expected items with no title, link or text */
  guint titles, titles_ok;
  guint links, links_ok;
  guint relative_links; /* expected links left relative by the corpus */
  guint dates, dates_ok;
} Tally;

static void
expected_free (Expected *e)
{
  g_free (e->title);
  g_free (e->link);
  g_free (e);
}

static void
tally_add (Tally *sum,
           const Tally *t)
{
  sum->feeds += t->feeds;
  sum->parsed += t->parsed;
  sum->errored += t->errored;
  sum->count_ok += t->count_ok;
  sum->raw_count_ok += t->raw_count_ok;
  sum->skipped_by_design += t->skipped_by_design;
  sum->titles += t->titles;
  sum->titles_ok += t->titles_ok;
  sum->links += t->links;
  sum->links_ok += t->links_ok;
  sum->relative_links += t->relative_links;
  sum->dates += t->dates;
  sum->dates_ok += t->dates_ok;
}

static double
ratio (guint ok,
       guint all)
{
  return all > 0 ? (double) ok / all : 1.0;
}

static char *title_text (const char *title);

/* Reading the expected JSON */

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;
}

static JsonObject *
member_object (JsonObject *object,
               const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* Whether @text shows nothing once its markup is read: an item whose
 * description is only an image has no text. */
static gboolean
is_blank (const char *text)
{
  g_autofree char *shown = text ? title_text (text) : NULL;

  return shown == NULL || *shown == '\0';
}

static void
set_expected_date (Expected *e,
                   const char *iso)
{
  g_autoptr (GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr (GDateTime) dt = iso ? g_date_time_new_from_iso8601 (iso, utc) : NULL;

  e->dated = dt != NULL;
  if (dt != NULL)
    e->date = g_date_time_to_unix (dt);
}

/* gofeed's unified model: items[].title, .link, .publishedParsed (else
 * .updatedParsed), and .description or .content for text. */
static Expected *
gofeed_item (JsonObject *item)
{
  Expected *e = g_new0 (Expected, 1);
  const char *published = member_string (item, "publishedParsed");
  JsonArray *links = json_object_has_member (item, "links") ? json_object_get_array_member (item, "links") : NULL;

  e->title = g_strdup (member_string (item, "title"));
  e->link = g_strdup (member_string (item, "link"));
  set_expected_date (e, published ? published : member_string (item, "updatedParsed"));
  e->usable = !is_blank (e->title) || !is_blank (e->link) || (links && json_array_get_length (links) > 0) ||
              !is_blank (member_string (item, "description")) || !is_blank (member_string (item, "content"));
  return e;
}

/* The link feed-rs lists first as an alternate (or without rel), else
 * its first link. */
static const char *
feed_rs_link (JsonObject *entry)
{
  JsonArray *links = json_object_get_array_member (entry, "links");
  const char *first = NULL;

  for (guint i = 0; links != NULL && i < json_array_get_length (links); i++)
    {
      JsonObject *link = json_array_get_object_element (links, i);
      const char *rel = member_string (link, "rel");

      if (first == NULL)
        first = member_string (link, "href");
      if (rel == NULL || strcmp (rel, "alternate") == 0)
        return member_string (link, "href");
    }
  return first;
}

/* feed-rs's model: entries[].title.content, .links, .published (else
 * .updated), and .content.body or .summary.content for text. */
static Expected *
feed_rs_item (JsonObject *entry)
{
  Expected *e = g_new0 (Expected, 1);
  const char *published = member_string (entry, "published");

  e->title = g_strdup (member_string (member_object (entry, "title"), "content"));
  e->link = g_strdup (feed_rs_link (entry));
  set_expected_date (e, published ? published : member_string (entry, "updated"));
  e->usable = !is_blank (e->title) || !is_blank (e->link) ||
              !is_blank (member_string (member_object (entry, "content"), "body")) ||
              !is_blank (member_string (member_object (entry, "summary"), "content"));
  return e;
}

/* Returns: (transfer full) (element-type Expected): the items, or %NULL
 *   when the JSON cannot be read */
static GPtrArray *
read_expected (const char *json_path,
               gboolean feed_rs)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  GPtrArray *items;
  JsonObject *root;
  JsonArray *array;

  if (!json_parser_load_from_file (parser, json_path, NULL))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));
  items = g_ptr_array_new_with_free_func ((GDestroyNotify) expected_free);
  array = json_object_has_member (root, feed_rs ? "entries" : "items")
              ? json_object_get_array_member (root, feed_rs ? "entries" : "items")
              : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *item = json_array_get_object_element (array, i);
      g_ptr_array_add (items, feed_rs ? feed_rs_item (item) : gofeed_item (item));
    }
  return items;
}

/* Comparing */

/* Titles are compared as text: markup and references become what they
 * show, white space is normalised. */
static char *
title_text (const char *title)
{
  g_autoptr (PlArticle) scratch = NULL;

  if (title == NULL)
    return g_strdup ("");
  if (strchr (title, '<') == NULL && strchr (title, '&') == NULL)
    return pl_text_normalize_space (title, -1);
  scratch = pl_article_new ();
  pl_html_fragment_to_article (scratch, title, -1);
  return pl_text_normalize_space (pl_article_get_text (scratch), -1);
}

static gboolean
date_to_unix (const PlDate *date,
              gint64 *out)
{
  g_autoptr (GTimeZone) zone = NULL;
  g_autoptr (GDateTime) dt = NULL;

  if (date->precision < PL_DATE_PRECISION_DAY)
    return FALSE;
  zone = date->has_utc_offset ? g_time_zone_new_offset (date->utc_offset * 60) : g_time_zone_new_utc ();
  dt = g_date_time_new (zone, date->year, date->month, date->day, date->hour, date->minute, date->second);
  if (dt == NULL)
    return FALSE;
  *out = g_date_time_to_unix (dt);
  return TRUE;
}

static gboolean
is_relative (const char *link)
{
  return strstr (link, "://") == NULL && !g_str_has_prefix (link, "urn:") && !g_str_has_prefix (link, "mailto:");
}

static void
note (PlEval *eval,
      const char *file,
      guint index,
      const char *what,
      const char *expected,
      const char *got)
{
  if (eval->verbose)
    g_print ("  - %s item %u: %s expected “%s”, got “%s”\n", file, index, what, expected,
             got ? got : "(none)");
}

static void
compare_title (PlEval *eval,
               Tally *t,
               const char *file,
               guint i,
               const Expected *e,
               PlArticle *a)
{
  g_autofree char *want = title_text (e->title);
  g_autofree char *got = title_text (a->title);

  if (*want == '\0')
    return;
  t->titles++;
  if (strcmp (want, got) == 0)
    t->titles_ok++;
  else
    note (eval, file, i, "title", want, got);
}

/* A link the corpus leaves relative matches ours when ours is its
 * resolution: it ends with the same path. */
static void
compare_link (PlEval *eval,
              Tally *t,
              const char *file,
              guint i,
              const Expected *e,
              PlArticle *a)
{
  g_autofree char *want = g_strstrip (g_strdup (e->link ? e->link : ""));
  gboolean ok;

  if (*want == '\0')
    return;
  t->links++;
  ok = a->url != NULL && strcmp (want, a->url) == 0;
  if (!ok && a->url != NULL && is_relative (want) && g_str_has_suffix (a->url, want))
    {
      t->relative_links++;
      ok = TRUE;
    }
  if (ok)
    t->links_ok++;
  else
    note (eval, file, i, "link", want, a->url);
}

static void
compare_date (PlEval *eval,
              Tally *t,
              const char *file,
              guint i,
              const Expected *e,
              PlArticle *a)
{
  g_autofree char *got = pl_date_to_string (&a->published);
  g_autoptr (GDateTime) want = NULL;
  g_autofree char *want_text = NULL;
  gint64 seconds;

  if (!e->dated)
    return;
  t->dates++;
  if (date_to_unix (&a->published, &seconds) && seconds == e->date)
    {
      t->dates_ok++;
      return;
    }
  want = g_date_time_new_from_unix_utc (e->date);
  want_text = g_date_time_format_iso8601 (want);
  note (eval, file, i, "date", want_text, got);
}

static void
compare_items (PlEval *eval,
               Tally *t,
               const char *file,
               GPtrArray *expected,
               GPtrArray *articles)
{
  guint n = 0, usable = 0;

  for (guint i = 0; i < expected->len; i++)
    usable += ((Expected *) g_ptr_array_index (expected, i))->usable;
  t->skipped_by_design += expected->len - usable;
  t->raw_count_ok += (articles ? articles->len : 0) == expected->len;
  if ((articles ? articles->len : 0) == usable)
    t->count_ok++;
  else if (eval->verbose)
    g_print ("  - %s: %u items expected, %u read\n", file, usable, articles ? articles->len : 0);

  /* Items Phaseline skips by design are left out on both sides. */
  for (guint i = 0; i < expected->len && articles != NULL && n < articles->len; i++)
    {
      Expected *e = g_ptr_array_index (expected, i);
      PlArticle *a = g_ptr_array_index (articles, n);

      if (!e->usable)
        continue;
      compare_title (eval, t, file, n, e, a);
      compare_link (eval, t, file, n, e, a);
      compare_date (eval, t, file, n, e, a);
      n++;
    }
}

/* Running the loader */

static GPtrArray *
load_file (const char *path,
           GPtrArray *diagnostics,
           GError **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_get_contents (path, &data, &length, error))
    return NULL;
  return pl_feed_load (data, length, path, diagnostics, error);
}

static void
eval_one (PlEval *eval,
          Tally *t,
          const char *xml_path,
          const char *json_path,
          gboolean feed_rs)
{
  g_autoptr (GPtrArray) expected = read_expected (json_path, feed_rs);
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  g_autofree char *file = g_path_get_basename (xml_path);

  if (expected == NULL)
    return;
  t->feeds++;
  articles = load_file (xml_path, diagnostics, &error);
  if (articles != NULL || g_error_matches (error, PL_ERROR, PL_ERROR_EMPTY))
    t->parsed++;
  else
    {
      t->errored++;
      if (eval->verbose)
        g_print ("  - %s: refused: %s\n", file, error->message);
    }
  compare_items (eval, t, file, expected, articles);
}

static void
collect_pairs (const char *dir,
               const char *json_suffix,
               GPtrArray *paths)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_pairs (path, json_suffix, paths);
      else if (g_str_has_suffix (name, ".xml"))
        {
          g_autofree char *stem = g_strndup (path, strlen (path) - 4);
          g_autofree char *json = g_strconcat (stem, json_suffix, NULL);

          if (g_file_test (json, G_FILE_TEST_EXISTS))
            g_ptr_array_add (paths, g_steal_pointer (&path));
        }
    }
}

static void
print_tally (const Tally *t)
{
  /* Loaded in this process: a crash would have ended the evaluation. */
  g_print ("- feeds: %u; read as feeds: %u; refused: %u; crashed: 0\n", t->feeds, t->parsed, t->errored);
  g_print ("- item count matches: %u/%u feeds (%.3f); counting every item, even those with no "
           "title, link or text: %u/%u; such items expected: %u\n",
           t->count_ok, t->feeds, ratio (t->count_ok, t->feeds), t->raw_count_ok, t->feeds,
           t->skipped_by_design);
  g_print ("- titles: %u/%u (%.3f); links: %u/%u (%.3f, of which %u relative in the corpus); "
           "dates: %u/%u (%.3f)\n\n",
           t->titles_ok, t->titles, ratio (t->titles_ok, t->titles), t->links_ok, t->links,
           ratio (t->links_ok, t->links), t->relative_links, t->dates_ok, t->dates,
           ratio (t->dates_ok, t->dates));
}

static void
eval_corpus (PlEval *eval,
             Tally *t,
             const char *title,
             const char *dir,
             const char *json_suffix)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  g_print ("### %s\n\n", title);
  collect_pairs (dir, json_suffix, paths);
  g_ptr_array_sort (paths, eval_compare_strings);
  for (guint i = 0; i < paths->len; i++)
    {
      const char *xml = g_ptr_array_index (paths, i);
      g_autofree char *stem = g_strndup (xml, strlen (xml) - 4);
      g_autofree char *json = g_strconcat (stem, json_suffix, NULL);

      eval_one (eval, t, xml, json, strcmp (json_suffix, ".serde.json") == 0);
    }
  if (eval->verbose && paths->len > 0)
    g_print ("\n");
  print_tally (t);
}

/* The truncated feed */

static void
eval_truncated (PlEval *eval)
{
  g_autofree char *path = g_build_filename (eval->shared, "corpus", "feed-rs-fixtures", "feed-rs", "fixture",
                                            "rss2", "rss_2.0_invalid_1.xml", NULL);
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = load_file (path, diagnostics, &error);

  g_print ("### rss_2.0_invalid_1.xml (a feed cut short after its channel's metadata)\n\n");
  g_print ("- result: %s\n", articles ? "articles" : error ? error->message
                                                           : "nothing");
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *text = pl_diagnostic_format (g_ptr_array_index (diagnostics, i));
      g_print ("- diagnostic: %s\n", text);
    }
  g_print ("\n");
}

/* feedparser's cases, each loaded in a child process so that a crash or
 * a hang is counted rather than fatal. */

typedef enum
{
  RUN_LOADED,
  RUN_REFUSED,
  RUN_CRASHED,
  RUN_HUNG,
} RunResult;

#define EXIT_LOADED 10
#define EXIT_REFUSED 11

static RunResult
run_isolated (const char *path)
{
  int status = 0;
  pid_t pid = fork ();

  if (pid == 0)
    {
      g_autoptr (GPtrArray) articles = NULL;

      alarm (TIMEOUT_SECONDS);
      articles = load_file (path, NULL, NULL);
      _exit (articles != NULL ? EXIT_LOADED : EXIT_REFUSED);
    }
  if (pid < 0 || waitpid (pid, &status, 0) < 0)
    return RUN_CRASHED;
  if (WIFSIGNALED (status))
    return WTERMSIG (status) == SIGALRM ? RUN_HUNG : RUN_CRASHED;
  if (WEXITSTATUS (status) == EXIT_LOADED)
    return RUN_LOADED;
  return WEXITSTATUS (status) == EXIT_REFUSED ? RUN_REFUSED : RUN_CRASHED;
}

static void
collect_files (const char *dir,
               GPtrArray *paths)
{
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_files (path, paths);
      else if (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".rdf"))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }
}

/* Whether a feedparser case's "Expect:" line looks at what Phaseline
 * keeps of an entry: its title, link or text. */
static gboolean
expects_entries (const char *path)
{
  static const char *const keys[] = { "entries[0]['title']", "entries[0]['link']", "entries[0]['summary']",
                                      "entries[0]['description']", "entries[0]['content']", "entries[0].title",
                                      "entries[0].link", "entries[0].summary", NULL };
  g_autofree char *data = NULL;
  const char *expect, *end;

  if (!g_file_get_contents (path, &data, NULL, NULL) || (expect = strstr (data, "Expect:")) == NULL)
    return FALSE;
  end = strchr (expect, '\n');
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strstr_len (expect, end ? end - expect : -1, keys[i]) != NULL)
      return TRUE;
  return FALSE;
}

static double
eval_feedparser_runs (PlEval *eval,
                      const char *dir)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint counts[4] = { 0 };

  collect_files (dir, paths);
  g_ptr_array_sort (paths, eval_compare_strings);
  for (guint i = 0; i < paths->len; i++)
    {
      RunResult result = run_isolated (g_ptr_array_index (paths, i));

      counts[result]++;
      if (eval->verbose && result >= RUN_CRASHED)
        g_print ("  - %s: %s\n", (char *) g_ptr_array_index (paths, i), result == RUN_HUNG ? "hung" : "crashed");
      else if (eval->verbose && result == RUN_REFUSED && expects_entries (g_ptr_array_index (paths, i)))
        g_print ("  - %s: refused, though its test expects entries\n", (char *) g_ptr_array_index (paths, i));
    }
  g_print ("- %u read: %u gave articles, %u refused (most hold no items), %u crashed, %u hung\n",
           paths->len, counts[RUN_LOADED], counts[RUN_REFUSED], counts[RUN_CRASHED], counts[RUN_HUNG]);
  return ratio (counts[RUN_LOADED] + counts[RUN_REFUSED], paths->len);
}

/* Reads a Python string literal as feedparser's "Expect:" lines write
 * them: 'testing \xa0 entity', "…", u'…'. */
static char *
python_string (const char *p)
{
  GString *out = g_string_new (NULL);
  char quote;

  if (*p == 'u')
    p++;
  quote = *p++;
  for (; *p != '\0' && *p != quote; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if ((*p == 'x' || *p == 'u' || *p == 'U') && p[1] != '\0')
        {
          guint digits = *p == 'x' ? 2 : *p == 'u' ? 4
                                                   : 8;
          g_autofree char *hex = g_strndup (p + 1, digits);

          g_string_append_unichar (out, (gunichar) g_ascii_strtoull (hex, NULL, 16));
          p += strlen (hex);
        }
      else if (*p != '\0')
        g_string_append_c (out, *p);
      else
        break;
    }
  return g_string_free (out, FALSE);
}

static char *
channel_title (PlXmlDoc *doc)
{
  xmlNode *root = doc ? xmlDocGetRootElement (doc->doc) : NULL;

  for (xmlNode *channel = root ? root->children : NULL; channel != NULL; channel = channel->next)
    if (pl_xml_is_element (channel, NULL, "channel"))
      for (xmlNode *child = channel->children; child != NULL; child = child->next)
        if (pl_xml_is_element (child, NULL, "title"))
          return pl_xml_dup_text (child);
  return NULL;
}

/* feedparser's entity cases: a channel title with one HTML entity, which
 * must come out as its character. */
static double
eval_entities (PlEval *eval,
               const char *dir)
{
  g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  guint n = 0, ok = 0;

  collect_files (dir, paths);
  g_ptr_array_sort (paths, eval_compare_strings);
  for (guint i = 0; i < paths->len; i++)
    {
      g_autofree char *data = NULL;
      g_autofree char *want = NULL;
      g_autofree char *got = NULL;
      g_autoptr (PlXmlDoc) doc = NULL;
      const char *expect;
      gsize length;

      if (!g_file_get_contents (g_ptr_array_index (paths, i), &data, &length, NULL) ||
          (expect = strstr (data, "feed['title'] == ")) == NULL)
        continue;
      want = python_string (expect + strlen ("feed['title'] == "));
      doc = pl_xml_doc_parse_lenient (data, length, g_ptr_array_index (paths, i), NULL, NULL);
      got = channel_title (doc);
      n++;
      if (g_strcmp0 (want, got) == 0)
        ok++;
      else if (eval->verbose)
        g_print ("  - %s: expected “%s”, got “%s”\n", (char *) g_ptr_array_index (paths, i), want, got);
    }
  g_print ("- entities: %u/%u channel titles read as expected\n", ok, n);
  return ratio (ok, n);
}

/* Sniffing: every feed above is recognised, and other XML is not. */
static void
eval_sniff (PlEval *eval,
            const char *corpus)
{
  const char *const feeds[] = { "gofeed-testdata/testdata/translator", "feed-rs-fixtures/feed-rs/fixture/rss0",
                                "feed-rs-fixtures/feed-rs/fixture/rss1", "feed-rs-fixtures/feed-rs/fixture/rss2",
                                "feed-rs-fixtures/feed-rs/fixture/atom", "gofeed-testdata/testdata/parser/universal" };
  const char *const others[] = { "feed-rs-fixtures/feed-rs/fixture/xml", "simile-timeline-examples", "defusedxml-xmltestdata",
                                 "gofeed-testdata/testdata/parser/universal" };
  guint n[2] = { 0 }, ok[2] = { 0 };

  for (guint kind = 0; kind < 2; kind++)
    for (guint d = 0; d < (kind == 0 ? G_N_ELEMENTS (feeds) : G_N_ELEMENTS (others)); d++)
      {
        g_autofree char *dir = g_build_filename (corpus, kind == 0 ? feeds[d] : others[d], NULL);
        g_autoptr (GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

        collect_files (dir, paths);
        for (guint i = 0; i < paths->len; i++)
          {
            const char *path = g_ptr_array_index (paths, i);
            g_autofree char *data = NULL;
            gsize length;
            gboolean feed;

            /* gofeed's deliberate non-feeds are in the universal folder. */
            gboolean non_feed = strstr (path, "empty_feed") != NULL || strstr (path, "unknown_feed") != NULL;

            if ((strstr (path, "universal") != NULL && (kind == 0) == non_feed) ||
                !g_file_get_contents (path, &data, &length, NULL))
              continue;
            feed = pl_feed_sniff (data, length);
            n[kind]++;
            ok[kind] += feed == (kind == 0);
            if (eval->verbose && feed != (kind == 0))
              g_print ("  - %s: sniffed as %s\n", path, feed ? "a feed" : "not a feed");
          }
      }
  g_print ("- sniffing: %u/%u feeds recognised, %u/%u other XML documents rejected\n\n", ok[0], n[0], ok[1], n[1]);
}

void
eval_feeds (PlEval *eval)
{
  g_autofree char *corpus = g_build_filename (eval->shared, "corpus", NULL);
  g_autofree char *gofeed = g_build_filename (corpus, "gofeed-testdata", "testdata", "translator", NULL);
  g_autofree char *feed_rs = g_build_filename (corpus, "feed-rs-fixtures", "feed-rs", "fixture", NULL);
  g_autofree char *feedparser = g_build_filename (corpus, "feedparser-tests", "tests", NULL);
  g_autofree char *entities = g_build_filename (feedparser, "entities", NULL);
  Tally go = { "gofeed" }, rs = { "feed-rs" }, all = { "overall" };
  double not_crashed, entities_ok;

  g_print ("## feeds\n\n");
  eval_corpus (eval, &go, "gofeed translator tests (rss, atom)", gofeed, ".json");
  eval_corpus (eval, &rs, "feed-rs fixtures", feed_rs, ".serde.json");
  tally_add (&all, &go);
  tally_add (&all, &rs);
  g_print ("### overall\n\n");
  print_tally (&all);
  eval_truncated (eval);
  g_print ("### feedparser-tests\n\n");
  not_crashed = eval_feedparser_runs (eval, feedparser);
  entities_ok = eval_entities (eval, entities);
  eval_sniff (eval, corpus);

  g_print ("### bars\n\n");
  eval_bar (eval, "feeds whose item count matches", ratio (all.count_ok, all.feeds), 0.95);
  eval_bar (eval, "item titles", ratio (all.titles_ok, all.titles), 0.95);
  eval_bar (eval, "item links", ratio (all.links_ok, all.links), 0.95);
  eval_bar (eval, "item dates", ratio (all.dates_ok, all.dates), 0.95);
  eval_bar (eval, "feedparser cases loaded or refused without a crash or hang", not_crashed, 1.0);
  eval_bar (eval, "feedparser entity cases", entities_ok, 0.95);
  g_print ("\n");
}
