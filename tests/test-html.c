/* test-html.c: reading articles from web pages.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-html-private.h"
#include "pl-html.h"
#include "pl-import.h"
#include "pl-test-util.h"

/* Loading */

static PlArticle *
load_data (const char *name)
{
  g_autofree char *path = pl_test_data_path (name);
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  PlArticle *article;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  article = pl_html_load (contents, length, name, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static PlArticle *
load_string (const char *html)
{
  g_autoptr (GError) error = NULL;
  PlArticle *article = pl_html_load (html, strlen (html), "test.html", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  return article;
}

static gboolean
has_text (PlArticle *article,
          const char *text)
{
  return strstr (pl_article_get_text (article), text) != NULL;
}

/* The kind and level of the block whose text starts with @start. */
static const PlBlock *
find_block (PlArticle *article,
            const char *start)
{
  const char *text = pl_article_get_text (article);
  glong offset;
  guint n_blocks;
  const PlBlock *blocks = pl_article_get_blocks (article, &n_blocks);

  g_assert_nonnull (strstr (text, start));
  offset = g_utf8_pointer_to_offset (text, strstr (text, start));
  for (guint i = 0; i < n_blocks; i++)
    if (blocks[i].start == (guint) offset)
      return &blocks[i];
  g_assert_not_reached ();
  return NULL;
}

/* Main content */

static const char *const boilerplate[] = {
  "Politics",                 /* navigation */
  "cookies",                  /* cookie banner */
  "Share on",                 /* share bar */
  "Delegates arrive",         /* caption */
  "Earlier talks broke down", /* related links */
  "heard this before",        /* comments */
  "morning newsletter",       /* sidebar */
  "Most read",                /* sidebar heading */
  "All rights reserved",      /* footer */
  "Truce talks resume",       /* the headline: it is the title */
  "Ana Example",              /* the byline */
};

static void
test_boilerplate (void)
{
  g_autoptr (PlArticle) article = load_data ("html/boilerplate.html");

  g_assert_true (has_text (article, "Negotiators from both sides"));
  g_assert_true (has_text (article, "The next session is planned"));
  for (guint i = 0; i < G_N_ELEMENTS (boilerplate); i++)
    {
      g_test_message ("left out: %s", boilerplate[i]);
      g_assert_false (has_text (article, boilerplate[i]));
    }
}

static void
test_blocks (void)
{
  g_autoptr (PlArticle) article = load_data ("html/boilerplate.html");
  const PlBlock *block;

  block = find_block (article, "Negotiators");
  g_assert_cmpint (block->kind, ==, PL_BLOCK_PARAGRAPH);
  block = find_block (article, "What the draft says");
  g_assert_cmpint (block->kind, ==, PL_BLOCK_HEADING);
  g_assert_cmpuint (block->level, ==, 2);
  block = find_block (article, "A pause in fighting");
  g_assert_cmpint (block->kind, ==, PL_BLOCK_LIST_ITEM);
  g_assert_cmpuint (block->level, ==, 1);
  block = find_block (article, "The release of detainees");
  g_assert_cmpint (block->kind, ==, PL_BLOCK_LIST_ITEM);
  block = find_block (article, "We have never been closer");
  g_assert_cmpint (block->kind, ==, PL_BLOCK_QUOTE);
}

/* A page whose article is a short paragraph among many links. */
static void
test_short_article (void)
{
  g_autoptr (GString) html = g_string_new ("<html><body><ul class=menu>");
  g_autoptr (PlArticle) article = NULL;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (html, "<li><a href='/%u'>Section number %u</a></li>", i, i);
  g_string_append (html, "</ul><div><p>Observers reported that the pause held overnight along "
                         "the whole front line, for the first time in a month.</p></div>"
                         "<div class=footer><p>About us</p></div></body></html>");
  article = load_string (html->str);
  g_assert_cmpstr (pl_article_get_text (article), ==,
                   "Observers reported that the pause held overnight along the whole front "
                   "line, for the first time in a month.");
}

static void
test_no_content (void)
{
  g_autoptr (PlArticle) article = load_data ("html/no-content.html");

  g_assert_cmpstr (pl_article_get_text (article), ==, "");
  g_assert_cmpstr (article->title, ==, "Loading…");
}

static void
test_empty (void)
{
  g_autoptr (GError) error = NULL;
  PlArticle *article = pl_html_load ("", 0, "empty.html", NULL, &error);

  g_assert_null (article);
  g_assert_nonnull (error);
}

/* Deep nesting is cut by the parser or walked without recursion: the
 * load takes bounded time and keeps the text. */
static void
test_deep (void)
{
  const char *open[] = { "<div class=x>", "<span>", "<blockquote>", "<ul><li>" };

  for (guint k = 0; k < G_N_ELEMENTS (open); k++)
    {
      g_autoptr (GString) html = g_string_new ("<html><body>");
      g_autoptr (PlArticle) article = NULL;
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < 100000; i++)
        g_string_append (html, open[k]);
      g_string_append (html, "The text at the bottom of a very deep page.");
      article = load_string (html->str);
      /* A hang is caught by the test timeout; speed is for the benchmarks. */
      g_test_message ("%s: %.3f s", open[k], (g_get_monotonic_time () - start) / 1e6);
    }
}

/* JSON-LD nested deeper than json-glib should recurse is not parsed. */
static void
test_deep_json_ld (void)
{
  g_autoptr (GString) html = g_string_new ("<html><head><script type='application/ld+json'>");
  g_autoptr (PlArticle) article = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (html, '[');
  g_string_append (html, "</script><title>Still read</title></head><body><p>Text.</p></body></html>");
  article = load_string (html->str);
  g_assert_cmpstr (article->title, ==, "Still read");
}

/* Metadata */

static void
test_json_ld (void)
{
  g_autoptr (PlArticle) article = load_data ("html/json-ld.html");
  g_autofree char *date = pl_date_to_string (&article->published);

  g_assert_cmpstr (article->title, ==, "Ceasefire plan enters second phase");
  /* Authors by reference, as objects and as strings; not the meta tag */
  g_assert_cmpstr (article->byline, ==, "Jane Q. Example, Omar Sample and Li Placeholder");
  g_assert_cmpstr (date, ==, "2025-10-19T21:30:00+02:00");
  g_assert_cmpstr (article->site, ==, "Example Times");
  g_assert_cmpstr (article->language, ==, "en-GB");
  g_assert_false (has_text (article, "Someone Else"));
}

/* A template's placeholder date is no date: the page's own wins. */
static void
test_placeholder_date (void)
{
  g_autoptr (PlArticle) article = load_string (
      "<html><head><script type='application/ld+json'>"
      "{\"@type\": \"NewsArticle\", \"datePublished\": \"0001-01-01T00:00:00Z\"}</script>"
      "<meta name='pubdate' content='1970-01-01T00:00:00Z'></head><body><article>"
      "<p class='published'>Published 9:15 AM EST Mar 3, 2024</p>"
      "<p>The council approved the first phase of the transit plan on Monday after a long debate.</p>"
      "</article></body></html>");
  g_autofree char *date = pl_date_to_string (&article->published);

  g_assert_cmpstr (date, ==, "2024-03-03");
}

static void
test_opengraph (void)
{
  g_autoptr (PlArticle) article = load_data ("html/opengraph.html");
  g_autofree char *date = pl_date_to_string (&article->published);

  g_assert_cmpstr (article->title, ==, "Accord de paix : les points clés");
  /* article:author is an address: the author meta gives the names */
  g_assert_cmpstr (article->byline, ==, "Marie Exemple et Paul Modèle");
  g_assert_cmpstr (date, ==, "2025-03-14T07:15:00+01:00");
  g_assert_cmpstr (article->site, ==, "Le Journal Exemple");
  g_assert_cmpstr (article->language, ==, "fr-FR");
  g_assert_cmpstr (article->subtitle, ==, "Ce que prévoit le texte signé jeudi soir.");
  g_assert_cmpstr (article->url, ==, "https://journal.example/2025/03/14/accord-de-paix");
}

static void
test_markup (void)
{
  g_autoptr (PlArticle) article = load_data ("html/markup.html");
  g_autofree char *date = pl_date_to_string (&article->published);

  g_assert_cmpstr (article->title, ==, "Waffenruhe hält seit einer Woche");
  g_assert_cmpstr (article->byline, ==, "Hanna Beispiel und Jonas Muster");
  g_assert_cmpstr (date, ==, "2025-06-02T10:45:00+02:00");
  g_assert_cmpstr (article->language, ==, "de");
  g_assert_false (has_text (article, "Juni"));
  g_assert_false (has_text (article, "Korrespondenten"));
}

typedef struct
{
  const char *head; /* inside <head> */
  const char *body;
  const char *title;
  const char *byline;
  const char *date;
} MetaCase;

static const MetaCase meta_cases[] = {
  /* Title suffixes and prefixes naming the site */
  { "<title>Talks resume | The Example Post</title><meta property=og:site_name content='The Example Post'>",
    "", "Talks resume", NULL, NULL },
  { "<title>Example Post - World - Talks resume in the capital</title>",
    "<h1>Talks resume in the capital</h1>", "Talks resume in the capital", NULL, NULL },
  { "<title>Talks resume in the capital city — EXAMPLE</title>", "", "Talks resume in the capital city", NULL, NULL },
  { "<title>Talks resume in the capital [Example.org]</title>", "", "Talks resume in the capital", NULL, NULL },
  /* A kicker before the headline */
  { "<meta property=og:title content='Diplomacy: Talks resume at last'>",
    "<h1><span class=kicker>Diplomacy</span><span class=title>Talks resume at last</span></h1>",
    "Talks resume at last", NULL, NULL },
  /* The visible headline agrees with the link preview, not JSON-LD */
  { "<meta property=og:title content='Talks resume after a long pause'>"
    "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume: what to know\"}</script>",
    "<h1>Talks resume after a long pause</h1>", "Talks resume after a long pause", NULL, NULL },
  /* A headline cut short in JSON-LD */
  { "<title>Talks resume after a long pause in the mountains - Post</title>"
    "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Talks resume after a long...\"}</script>",
    "", "Talks resume after a long pause in the mountains", NULL, NULL },
  /* A heading is the title when there is nothing else */
  { "", "<h1>Talks resume</h1>", "Talks resume", NULL, NULL },
  /* Bylines cleaned: prefixes, jobs, dates, times, asides */
  { "", "<p class=byline>By JANE DOE and John Roe, Staff Writers | Updated 5:00 PM</p>", NULL, "JANE DOE and John Roe", NULL },
  { "", "<span class=author>Written by Rob Example Edited by Bea Sample</span>", NULL, "Rob Example", NULL },
  { "", "<div class=byline>By Nat Sample March 25, 2025</div>", NULL, "Nat Sample", NULL },
  { "<meta name=author content='Brad M. Example (https://example.org/brad/)'>", "", NULL, "Brad M. Example", NULL },
  { "", "<p class=byline>Par Marie Exemple (avec Luc Modèle et Léa Test)</p>", NULL, "Marie Exemple, Luc Modèle et Léa Test", NULL },
  { "", "<p class=byline>Jana Příkladová před 2 hodinami</p>", NULL, "Jana Příkladová", NULL },
  { "", "<a rel=author href=/a>Ann One</a>, <a rel=author href=/b>Bo Two</a>", NULL, "Ann One and Bo Two", NULL },
  { "", "<p><strong>Autorin: Uta Beispiel, Projektleiterin in Tunis.</strong></p><p>Some text here.</p>", NULL, "Uta Beispiel", NULL },
  { "<meta property=article:author content='https://example.org/people/x'>", "", NULL, NULL, NULL },
  /* Dates by trust: JSON-LD, then meta tags, then the markup */
  { "<meta property=article:published_time content=2025-01-02T10:00:00Z>"
    "<script type=application/ld+json>{\"@type\":\"Article\",\"datePublished\":\"2025-01-01\"}</script>",
    "<time datetime=2025-01-03>3 Jan</time>", NULL, NULL, "2025-01-01" },
  { "<meta name=parsely-pub-date content=2025-02-03T04:05:06Z>", "<time datetime=2025-01-03>3 Jan</time>", NULL, NULL, "2025-02-03T04:05:06Z" },
  { "<meta name=sailthru.date content='2025-02-03 04:05:06'>", "", NULL, NULL, "2025-02-03T04:05:06" },
  { "<meta name=DC.date.issued content=2025-02-03>", "", NULL, NULL, "2025-02-03" },
  { "", "<time datetime=2025-01-03T08:00+01:00>3 Jan</time>", NULL, NULL, "2025-01-03T08:00+01:00" },
  { "", "<span class=date>Posted on 4 March 2025</span>", NULL, NULL, "2025-03-04" },
  { "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"datePublished\":1676551869}</script>", "", NULL, NULL, "2023-02-16T12:51:09Z" },
  { "<link rel=canonical href='https://example.org/news/2025/05/06/talks'>", "", NULL, NULL, "2025-05-06" },
  /* In UTC the day may be the next one where the article was written */
  { "<meta property=og:url content='https://example.org/2025/05/06/talks'>"
    "<meta property=article:published_time content=2025-05-07T03:30:00Z>",
    "", NULL, NULL, "2025-05-06" },
  /* A reader's comment is not the article */
  { "", "<div class=comments><span class=comment-date>2025-07-08</span></div>", NULL, NULL, NULL },
};

static void
test_meta_case (gconstpointer data)
{
  const MetaCase *c = data;
  g_autofree char *html = g_strdup_printf ("<html><head>%s</head><body>%s"
                                           "<p>The talks went on late into the night in the capital.</p>"
                                           "</body></html>",
                                           c->head, c->body);
  g_autoptr (PlArticle) article = load_string (html);
  g_autofree char *date = pl_date_to_string (&article->published);

  if (c->title != NULL)
    g_assert_cmpstr (article->title, ==, c->title);
  g_assert_cmpstr (article->byline, ==, c->byline);
  g_assert_cmpstr (date, ==, c->date);
}

/* The standfirst near the headline is the subtitle, not the text; one
 * elsewhere is a promotion. */
static void
test_standfirst (void)
{
  g_autoptr (PlArticle) article = load_string (
      "<html><head><meta name=description content='What the plan says.'></head><body>"
      "<div class=top><p class=subtitle>Watch our channel anytime, anywhere, on every device.</p></div>"
      "<article><header><h1>Truce holds</h1><p class=dek>The pause in fighting has held for a week, "
      "observers say.</p></header><p>Families began to return to the villages along the river "
      "on Sunday, the first of them since the spring.</p></article></body></html>");
  g_autoptr (PlArticle) promotion = load_string (
      "<html><head><meta name=description content='What the plan says.'></head><body>"
      "<div><div><h1>Truce holds</h1></div></div><p class=subtitle>Watch our channel anytime, "
      "anywhere, on every device.</p><p>Families began to return to the villages along the river "
      "on Sunday, the first of them since the spring.</p></body></html>");

  g_assert_cmpstr (article->subtitle, ==, "The pause in fighting has held for a week, observers say.");
  g_assert_false (has_text (article, "observers say"));
  g_assert_cmpstr (promotion->subtitle, ==, "What the plan says.");
}

/* Byline names, one call to the cleaner each */
static void
test_names_join (void)
{
  const char *authors[] = { "Ann One", "By Bo Two", "Cy Three, Reporter" };
  PlHtmlNames names;
  g_autofree char *joined = NULL;
  g_autofree char *german = NULL;

  _pl_html_names_init (&names);
  for (guint i = 0; i < G_N_ELEMENTS (authors); i++)
    _pl_html_names_add (&names, authors[i]);
  joined = _pl_html_names_join (&names, "en");
  g_assert_cmpstr (joined, ==, "Ann One, Bo Two and Cy Three");
  german = _pl_html_names_join (&names, "de-AT");
  g_assert_cmpstr (german, ==, "Ann One, Bo Two und Cy Three");
  _pl_html_names_clear (&names);
}

/* Encodings */

static void
test_windows_1252 (void)
{
  g_autoptr (PlArticle) article = load_data ("html/windows-1252.html");

  g_assert_cmpstr (article->title, ==, "Café talks – a new hope");
  g_assert_true (has_text (article, "small café near"));
  g_assert_true (has_text (article, "“quiet talks”"));
  g_assert_true (has_text (article, "€3 a cup"));
}

static void
test_declared_charset (void)
{
  g_autoptr (PlArticle) article = load_data ("html/koi8-r.html");

  g_assert_cmpstr (article->title, ==, "Перемирие продлено");
  g_assert_true (has_text (article, "Стороны договорились продлить перемирие"));
  g_assert_cmpstr (article->language, ==, "ru");
}

/* "iso-8859-1" means Windows-1252 to browsers, and bytes Windows-1252
 * leaves undefined do not end the page. */
static void
test_latin1_label (void)
{
  const char html[] = "<html><head><meta charset=iso-8859-1></head><body><p>The \x93quiet talks\x94 went on "
                      "\x9d past midnight, and the rest of the page is still read.</p></body></html>";
  g_autoptr (PlArticle) article = load_string (html);

  g_assert_true (has_text (article, "“quiet talks”"));
  g_assert_true (has_text (article, "the rest of the page is still read."));
}

static void
test_unknown_charset (void)
{
  g_autoptr (PlArticle) article = load_string ("<html><head><meta charset=x-no-such-thing><title>Ünïcode title</title>"
                                               "</head><body><p>Still read.</p></body></html>");

  g_assert_cmpstr (article->title, ==, "Ünïcode title");
}

/* NUL bytes are dropped as browsers drop them, the rest read; and an
 * extracted phrase ending in a character whose last byte is also the last
 * byte of a dash ("Ó" is C3 93, "–" E2 80 93) keeps it whole. Both came
 * from the HTML fuzzer. */
static void
test_nul_and_dash_bytes (void)
{
  const char html[] = "<html><body><p>The mediators met and agreed to meet again within da\xd3\xd3\xd3. "
                      "They will\0\0\0 return.</p></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (PlArticle) article = pl_html_load (html, sizeof html - 1, "test.html", NULL, &error);
  g_autoptr (GPtrArray) articles = g_ptr_array_new ();
  g_autoptr (PlBriefing) briefing = NULL;
  GListModel *sources;

  g_assert_no_error (error);
  g_assert_true (has_text (article, "They will return."));
  g_ptr_array_add (articles, g_steal_pointer (&article));
  g_ptr_array_set_free_func (articles, (GDestroyNotify) pl_article_free);
  briefing = pl_import_articles (NULL, articles, NULL, NULL, NULL, NULL);
  sources = pl_briefing_get_sources (briefing);
  g_assert_cmpuint (g_list_model_get_n_items (sources), ==, 1);
  {
    g_autoptr (PlSource) source = g_list_model_get_item (sources, 0);
    g_autofree char *json = pl_test_briefing_json (briefing);

    g_assert_true (g_utf8_validate (pl_source_get_text (source), -1, NULL));
    g_assert_true (g_utf8_validate (json, -1, NULL));
    g_assert_nonnull (strstr (pl_source_get_text (source), "ÓÓÓ"));
  }
}

/* Feed items */

static void
test_fragment (void)
{
  g_autoptr (PlArticle) article = pl_article_new ();

  pl_html_fragment_to_article (article, "<p>First &amp; foremost.</p><ul><li>One</li><li>Two</li></ul>", -1);
  g_assert_cmpstr (pl_article_get_text (article), ==, "First & foremost.\n\nOne\nTwo");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/html/content/boilerplate", test_boilerplate);
  g_test_add_func ("/html/content/blocks", test_blocks);
  g_test_add_func ("/html/content/short-article", test_short_article);
  g_test_add_func ("/html/content/no-content", test_no_content);
  g_test_add_func ("/html/content/empty", test_empty);
  g_test_add_func ("/html/hostile/deep", test_deep);
  g_test_add_func ("/html/hostile/deep-json-ld", test_deep_json_ld);
  g_test_add_func ("/html/metadata/json-ld", test_json_ld);
  g_test_add_func ("/html/metadata/opengraph", test_opengraph);
  g_test_add_func ("/html/metadata/placeholder-date", test_placeholder_date);
  g_test_add_func ("/html/metadata/markup", test_markup);
  for (guint i = 0; i < G_N_ELEMENTS (meta_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/html/metadata/case-%02u", i);

      g_test_add_data_func (path, &meta_cases[i], test_meta_case);
    }
  g_test_add_func ("/html/metadata/standfirst", test_standfirst);
  g_test_add_func ("/html/metadata/names-join", test_names_join);
  g_test_add_func ("/html/encoding/windows-1252", test_windows_1252);
  g_test_add_func ("/html/encoding/declared", test_declared_charset);
  g_test_add_func ("/html/encoding/latin-1", test_latin1_label);
  g_test_add_func ("/html/encoding/unknown", test_unknown_charset);
  g_test_add_func ("/html/fragment", test_fragment);
  g_test_add_func ("/html/nul-and-dash-bytes", test_nul_and_dash_bytes);
  return g_test_run ();
}
