/* test-feed.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-feed.h"
#include "pl-test-util.h"
#include "pl-xml.h"

/* Helpers */

static GPtrArray *
load_string (const char *data,
             gssize length,
             GPtrArray *diagnostics,
             GError **error)
{
  return pl_feed_load (data, length < 0 ? strlen (data) : (gsize) length, "feed.xml", diagnostics, error);
}

static GPtrArray *
load_fixture (const char *name,
              GPtrArray *diagnostics,
              GError **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "feeds", name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return pl_feed_load (data, length, name, diagnostics, error);
}

/* Loads a feed that must give articles, without errors. */
static GPtrArray *
load_ok (const char *name,
         GPtrArray *diagnostics)
{
  g_autoptr (GError) error = NULL;
  GPtrArray *articles = load_fixture (name, diagnostics, &error);

  g_assert_no_error (error);
  g_assert_nonnull (articles);
  g_assert_null (pl_diagnostics_first_error (diagnostics));
  return articles;
}

static PlArticle *
article_at (GPtrArray *articles,
            guint index)
{
  g_assert_cmpuint (index, <, articles->len);
  return g_ptr_array_index (articles, index);
}

static void
assert_date (PlArticle *article,
             const char *expected)
{
  g_autofree char *text = pl_date_to_string (&article->published);

  g_assert_cmpstr (text, ==, expected);
}

static guint
count_warnings (GPtrArray *diagnostics,
                const char *fragment)
{
  guint n = 0;

  for (guint i = 0; i < diagnostics->len; i++)
    {
      PlDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->severity == PL_SEVERITY_WARNING && strstr (d->message, fragment) != NULL)
        n++;
    }
  return n;
}

static const PlDiagnostic *
first_warning (GPtrArray *diagnostics)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      PlDiagnostic *d = g_ptr_array_index (diagnostics, i);

      if (d->severity == PL_SEVERITY_WARNING)
        return d;
    }
  return NULL;
}

/* Formats */

static void
test_rss2 (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = load_ok ("rss2.xml", diagnostics);
  PlArticle *a;

  /* The fifth item has nothing to read and is skipped, with a warning
   * that points at it. */
  g_assert_cmpuint (articles->len, ==, 4);
  g_assert_cmpuint (count_warnings (diagnostics, "skipped"), ==, 1);
  g_assert_cmpuint (first_warning (diagnostics)->line, ==, 41);
  g_assert_cmpuint (first_warning (diagnostics)->column, ==, 5);

  a = article_at (articles, 0);
  g_assert_cmpstr (a->title, ==, "Council approves the harbour plan");
  g_assert_cmpstr (a->url, ==, "https://gazette.example/2025/03/approved");
  g_assert_cmpstr (a->byline, ==, "Ada Quay");
  g_assert_cmpstr (a->site, ==, "The Harbour Gazette");
  g_assert_cmpstr (a->language, ==, "en-GB");
  g_assert_cmpstr (a->file, ==, "rss2.xml");
  assert_date (a, "2025-03-04T09:30:00+01:00");

  a = article_at (articles, 1);
  g_assert_cmpstr (a->byline, ==, "Ben Dock, Cy Pier");
  assert_date (a, "2025-04-01T08:00:00Z");

  /* A note with only a title is kept: it may be all a feed says. */
  a = article_at (articles, 3);
  g_assert_cmpstr (a->title, ==, "A note with only a title");
  g_assert_null (a->url);
  g_assert_cmpuint (pl_article_get_length (a), ==, 0);
}

static void
test_rss1 (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = load_ok ("rss1.rdf", diagnostics);
  PlArticle *a = article_at (articles, 0);

  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpstr (a->title, ==, "Lock 7 reopens");
  g_assert_cmpstr (a->url, ==, "https://canal.example/lock-7");
  g_assert_cmpstr (a->byline, ==, "Dee Weir");
  g_assert_cmpstr (a->site, ==, "Canal Weekly");
  g_assert_cmpstr (a->language, ==, "fr");
  g_assert_cmpstr (pl_article_get_text (a), ==, "Boats may pass again.");
  assert_date (a, "2025-03-04T10:00+01:00");

  /* Without a <link>, an RSS 1.0 item's rdf:about is its address. */
  a = article_at (articles, 1);
  g_assert_cmpstr (a->url, ==, "https://canal.example/lock-8");
  assert_date (a, "2025-03");
}

/* RSS 0.91 with the Netscape DOCTYPE, HTML entities and ISO-8859-1. */
static void
test_rss091 (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = load_ok ("rss091.xml", diagnostics);
  PlArticle *a = article_at (articles, 0);

  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpstr (a->site, ==, "Quai Nouvelles");
  g_assert_cmpstr (a->title, ==, "Le café du port rouvre");
  g_assert_cmpstr (a->url, ==, "https://quai.example/cafe?a=1&b=2");
  g_assert_cmpstr (pl_article_get_text (a), ==, "Ouvert dès lundi : café & crème, © 2025.");
  g_assert_false (pl_date_is_set (&a->published));
  g_assert_cmpstr (article_at (articles, 1)->title, ==, "Café crème");
}

static void
test_atom10 (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = load_ok ("atom10.xml", diagnostics);
  PlArticle *a = article_at (articles, 0);

  g_assert_cmpuint (articles->len, ==, 3);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  g_assert_cmpstr (a->site, ==, "Bridge News");
  g_assert_cmpstr (a->byline, ==, "Eve Girder, Finn Truss");
  g_assert_cmpstr (a->language, ==, "en");
  /* Published wins over updated. */
  assert_date (a, "2025-06-01T09:15:30+02:00");

  a = article_at (articles, 1);
  g_assert_cmpstr (a->language, ==, "de");
  g_assert_cmpstr (a->byline, ==, "Bridge Desk"); /* the feed's author */
  assert_date (a, "2025-06-03");
  g_assert_cmpstr (pl_article_get_text (a), ==, "Erster Absatz.\n\nZweiter Absatz.");
}

static void
test_atom03 (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = load_ok ("atom03.xml", diagnostics);
  PlArticle *a = article_at (articles, 0);

  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpstr (a->title, ==, "Pier lights replaced");
  g_assert_cmpstr (a->url, ==, "https://pier.example/lights");
  g_assert_cmpstr (a->byline, ==, "Gil Post");
  g_assert_cmpstr (a->site, ==, "Old Pier Log");
  assert_date (a, "2004-01-01T19:48:21Z"); /* issued, not modified */
  g_assert_cmpstr (pl_article_get_text (a), ==, "New lamps were fitted.");

  a = article_at (articles, 1);
  assert_date (a, "2004-01-08T10:00:00Z"); /* only modified */
  g_assert_cmpstr (pl_article_get_text (a), ==, "Inline XHTML.");
}

/* Dates, in each format feeds use, inside a one-item RSS feed. */
static const struct
{
  const char *element;
  const char *text;
  const char *expected;
} date_cases[] = {
  { "pubDate", "Tue, 04 Mar 2025 09:30:00 GMT", "2025-03-04T09:30:00Z" },
  { "pubDate", "Tue, 4 Mar 2025 09:30:00 +0530", "2025-03-04T09:30:00+05:30" },
  { "pubDate", "4 Mar 25 09:30 EST", "2025-03-04T09:30-05:00" },
  { "pubDate", "Tuesday, 04-Mar-25 09:30:00 PST", "2025-03-04T09:30:00-08:00" },
  { "dc:date", "2025-03-04T09:30:00Z", "2025-03-04T09:30:00Z" },
  { "dc:date", "2025-03-04T09:30:00.125-04:00", "2025-03-04T09:30:00-04:00" },
  { "dc:date", "2025-03-04T09:30+01:00", "2025-03-04T09:30+01:00" },
  { "dc:date", "2025-03-04", "2025-03-04" },
  { "dc:date", "2025-03", "2025-03" },
  { "dc:date", "2025", "2025" },
  { "atom:published", "2025-03-04T09:30:00Z", "2025-03-04T09:30:00Z" },
  { "atom:updated", "2025-03-05T00:00:00Z", "2025-03-05T00:00:00Z" },
};

static void
test_dates (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      g_autofree char *xml = g_strdup_printf (
          "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
          "xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><item><title>Dated</title>"
          "<%s>%s</%s></item></channel></rss>",
          date_cases[i].element, date_cases[i].text, date_cases[i].element);
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) articles = load_string (xml, -1, NULL, &error);

      g_test_message ("%s: %s", date_cases[i].element, date_cases[i].text);
      g_assert_no_error (error);
      assert_date (article_at (articles, 0), date_cases[i].expected);
    }
}

/* An unreadable date leaves the article undated, with one warning. */
static void
test_bad_date (void)
{
  const char *xml = "<rss><channel><item><title>A</title><pubDate>someday</pubDate></item>"
                    "<item><title>B</title><pubDate>never</pubDate></item></channel></rss>";
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = load_string (xml, -1, diagnostics, NULL);

  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_false (pl_date_is_set (&article_at (articles, 0)->published));
  g_assert_cmpuint (count_warnings (diagnostics, "someday"), ==, 1);
  g_assert_cmpuint (diagnostics->len, ==, 1);
}

/* Links */

static void
test_relative_links (void)
{
  g_autoptr (GPtrArray) rss = load_ok ("rss2.xml", NULL);
  g_autoptr (GPtrArray) atom = load_ok ("atom10.xml", NULL);

  /* Against the feed's own address (atom:link rel="self"). */
  g_assert_cmpstr (article_at (rss, 1)->url, ==, "https://gazette.example/2025/04/dredging");
  /* A guid is the address unless isPermaLink="false". */
  g_assert_cmpstr (article_at (rss, 2)->url, ==, "https://gazette.example/2025/05/visit");
  /* Against xml:base; the alternate link, not the enclosure listed first. */
  g_assert_cmpstr (article_at (atom, 0)->url, ==, "https://bridge.example/news/2025/span-3");
  /* Against an entry's own xml:base. */
  g_assert_cmpstr (article_at (atom, 2)->url, ==, "https://other.example/blog/post?id=3");
}

static const struct
{
  const char *xml;
  const char *expected;
} link_cases[] = {
  /* The channel's link is the base when the feed gives no address. */
  { "<rss><channel><link>https://site.example/news/</link><item><link>a/b</link></item></channel></rss>",
    "https://site.example/news/a/b" },
  /* With no base at all, a relative link stays as it is. */
  { "<rss><channel><item><link> /a/b </link></item></channel></rss>", "/a/b" },
  /* An Atom link written as text, a mistake some feeds make. */
  { "<feed xmlns='http://www.w3.org/2005/Atom'><entry><link rel='alternate'>https://x.example/1</link></entry></feed>",
    "https://x.example/1" },
  /* A link to the item's media is not its address. */
  { "<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>T</title><link rel='enclosure' href='https://x.example/a.mp3'/>"
    "<link rel='related' href='https://x.example/page'/></entry></feed>",
    "https://x.example/page" },
  /* The first non-blank RSS link wins. */
  { "<rss><channel><item><link/><link>https://x.example/2</link><link>https://x.example/3</link></item></channel></rss>",
    "https://x.example/2" },
};

static void
test_link_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (link_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) articles = load_string (link_cases[i].xml, -1, NULL, &error);

      g_test_message ("%s", link_cases[i].xml);
      g_assert_no_error (error);
      g_assert_cmpstr (article_at (articles, 0)->url, ==, link_cases[i].expected);
    }
}

/* Authors */

static const struct
{
  const char *xml;
  const char *expected;
} byline_cases[] = {
  { "<rss><channel><item><title>T</title><author>By Jane Doe</author></item></channel></rss>", "Jane Doe" },
  { "<rss xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><item><title>T</title>"
    "<dc:creator>Jane Doe &lt;jane@example.org&gt;</dc:creator><dc:creator>Jane Doe</dc:creator></item></channel></rss>",
    "Jane Doe" },
  { "<rss><channel><item><title>T</title><author>jane@example.org</author></item></channel></rss>",
    "jane@example.org" },
  /* An Atom entry's source's author comes before the feed's. */
  { "<feed xmlns='http://www.w3.org/2005/Atom'><author><name>Feed</name></author><entry><title>T</title>"
    "<source><author><name>Source</name></author></source></entry></feed>",
    "Source" },
};

static void
test_bylines (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (byline_cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) articles = load_string (byline_cases[i].xml, -1, NULL, &error);

      g_test_message ("%s", byline_cases[i].xml);
      g_assert_no_error (error);
      g_assert_cmpstr (article_at (articles, 0)->byline, ==, byline_cases[i].expected);
    }
}

/* Text */

static void
test_content_preference (void)
{
  g_autoptr (GPtrArray) rss = load_ok ("rss2.xml", NULL);
  g_autoptr (GPtrArray) atom = load_ok ("atom10.xml", NULL);
  guint n_blocks;
  const PlBlock *blocks = pl_article_get_blocks (article_at (atom, 0), &n_blocks);

  /* content:encoded over description. */
  g_assert_cmpstr (pl_article_get_text (article_at (rss, 0)), ==,
                   "The council voted on Monday.\n\nWork starts in June.");
  /* An escaped HTML description. */
  g_assert_cmpstr (pl_article_get_text (article_at (rss, 1)), ==, "First paragraph.\n\nSecond paragraph.");
  /* A plain description: paragraphs at blank lines. */
  g_assert_cmpstr (pl_article_get_text (article_at (rss, 2)), ==,
                   "Plain text first paragraph.\n\nPlain text second paragraph.");
  /* Atom content over summary, with its structure. */
  g_assert_cmpstr (pl_article_get_text (article_at (atom, 0)), ==, "Lifting\n\nThe crane lifted span three.");
  g_assert_cmpuint (n_blocks, ==, 2);
  g_assert_cmpint (blocks[0].kind, ==, PL_BLOCK_HEADING);
  /* Content kept elsewhere (src) gives way to the summary. */
  g_assert_cmpstr (pl_article_get_text (article_at (atom, 2)), ==, "Plain summary one.\n\nPlain summary two.");
}

static const struct
{
  const char *xml;
  const char *expected;
} text_cases[] = {
  /* media:description is the last resort … */
  { "<rss xmlns:media='http://search.yahoo.com/mrss/'><channel><item><title>V</title><media:group>"
    "<media:description>From the media group.</media:description></media:group></item></channel></rss>",
    "From the media group." },
  /* … used only when nothing else has text. */
  { "<rss xmlns:media='http://search.yahoo.com/mrss/'><channel><item><description>The description.</description>"
    "<media:description>Media.</media:description></item></channel></rss>",
    "The description." },
  /* HTML that was not escaped. */
  { "<rss><channel><item><description><p>One</p><p>Two</p></description></item></channel></rss>", "One\n\nTwo" },
  /* A description that is only an image has no text: the next candidate is used. */
  { "<rss xmlns:dc='http://purl.org/dc/elements/1.1/'><channel><item><description>&lt;img src='x.png'&gt;</description>"
    "<dc:description>Dublin Core text.</dc:description></item></channel></rss>",
    "Dublin Core text." },
  /* Modules used without declaring their prefix. */
  { "<rss><channel><item><title>T</title><content:encoded>&lt;p&gt;Undeclared.&lt;/p&gt;</content:encoded>"
    "<description>Summary.</description></item></channel></rss>",
    "Undeclared." },
  /* XHTML content whose elements carry a prefix. */
  { "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:x='http://www.w3.org/1999/xhtml'><entry><content type='xhtml'>"
    "<x:div><x:p>One</x:p><x:p>Two</x:p></x:div></content></entry></feed>",
    "One\n\nTwo" },
  /* An Atom text construct of type text keeps its markup as text. */
  { "<feed xmlns='http://www.w3.org/2005/Atom'><entry><content type='text'>a &lt;b&gt; c</content></entry></feed>",
    "a <b> c" },
};

static void
test_text_cases (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (text_cases); i++)
    {
      g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) articles = load_string (text_cases[i].xml, -1, diagnostics, &error);

      g_test_message ("%s", text_cases[i].xml);
      g_assert_no_error (error);
      g_assert_cmpstr (pl_article_get_text (article_at (articles, 0)), ==, text_cases[i].expected);
    }
}

static void
test_html_titles (void)
{
  g_autoptr (GPtrArray) rss = load_ok ("rss2.xml", NULL);
  g_autoptr (GPtrArray) atom = load_ok ("atom10.xml", NULL);

  /* HTML in CDATA, and an escaped entity, as RSS titles carry them. */
  g_assert_cmpstr (article_at (rss, 1)->title, ==, "Dredging begins & ends");
  g_assert_cmpstr (article_at (rss, 2)->title, ==, "Tom & Jerry visit the dock");
  /* Atom: type="text" is literal, "html" and "xhtml" become text. */
  g_assert_cmpstr (article_at (atom, 0)->title, ==, "Span <3> is lifted into place");
  g_assert_cmpstr (article_at (atom, 1)->title, ==, "Die Brücke wächst");
  g_assert_cmpstr (article_at (atom, 0)->site, ==, "Bridge News");
}

/* Ill-formed and hostile feeds */

static void
test_illformed (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = load_fixture ("illformed.xml", diagnostics, &error);
  const PlDiagnostic *warning = first_warning (diagnostics);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 3);
  /* The first problem, where it is: the "&" of "Rough & Ready". */
  g_assert_nonnull (warning);
  g_assert_cmpstr (warning->file, ==, "illformed.xml");
  g_assert_cmpuint (warning->line, ==, 5);
  g_assert_cmpuint (warning->column, >=, 18);
  g_assert_cmpuint (warning->column, <=, 19);
  text = pl_diagnostic_format (warning);
  g_assert_true (g_str_has_prefix (text, "illformed.xml:5:"));

  /* Entities after the error are not lost. */
  g_assert_cmpstr (article_at (articles, 0)->site, ==, "Rough & Ready");
  g_assert_cmpstr (article_at (articles, 0)->title, ==, "AT&T signs the deal");
  g_assert_cmpstr (article_at (articles, 0)->url, ==, "https://rough.example/deal?a=1&b=2");
  g_assert_cmpstr (pl_article_get_text (article_at (articles, 0)), ==, "Before the error & after\n\nit.");
  /* A mismatched end tag does not swallow the items after it. */
  g_assert_cmpstr (article_at (articles, 1)->title, ==, "Broken markup");
  g_assert_cmpstr (pl_article_get_text (article_at (articles, 1)), ==, "Unescaped HTML with a line break");
  g_assert_cmpstr (article_at (articles, 2)->title, ==, "Still read: été & <more>");
  g_assert_cmpstr (pl_article_get_text (article_at (articles, 2)), ==, "Text with a stray end tag © kept.");
}

/* A feed cut short: the items before the cut are read. */
static void
test_truncated (void)
{
  const char *xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Cut</title>\n"
                    "<item><title>Whole</title><description>All &amp; there.</description></item>\n"
                    "<item><title>Half</title><description>Cut off in the mid";
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = load_string (xml, -1, diagnostics, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 2);
  g_assert_cmpstr (pl_article_get_text (article_at (articles, 0)), ==, "All & there.");
  g_assert_cmpstr (article_at (articles, 1)->title, ==, "Half");
  g_assert_cmpuint (first_warning (diagnostics)->line, ==, 4);
}

/* The entity bomb is neither expanded nor fetched; references to what
 * the DTD declares stay as text, with a warning. */
static void
test_doctype_entities (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  gint64 start = g_get_monotonic_time ();
  g_autoptr (GPtrArray) articles = load_ok ("entities.xml", diagnostics);
  PlArticle *a = article_at (articles, 0);

  g_test_message ("%.3f s (hangs are caught by the test timeout; speed is for the benchmarks)", (g_get_monotonic_time () - start) / 1e6);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (a->title, ==, "Laughs: &lol9;");
  g_assert_cmpstr (a->site, ==, "Entity test &lol9;");
  g_assert_cmpstr (pl_article_get_text (a), ==, "Secret: &secret; Remote: &remote; End.");
  g_assert_cmpuint (count_warnings (diagnostics, "lol9"), ==, 1);
}

static void
accept_cb (GSocketService *service,
           GSocketConnection *connection,
           GObject *source,
           gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* A DTD, an external entity and a parameter entity pointing at a port
 * on this machine: loading must never connect to it. */
static void
test_no_network (void)
{
  g_autoptr (GSocketService) service = g_socket_service_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) articles = NULL;
  g_autofree char *xml = NULL;
  guint connections = 0;
  guint16 port;

  port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (service), NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (accept_cb), &connections);
  g_socket_service_start (service);

  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE rss SYSTEM \"http://127.0.0.1:%u/dtd\" [\n"
                         "  <!ENTITY remote SYSTEM \"http://127.0.0.1:%u/entity\">\n"
                         "  <!ENTITY %% parameter SYSTEM \"http://127.0.0.1:%u/parameter\"> %%parameter;\n]>\n"
                         "<rss><channel><item><title>&remote;</title></item></channel></rss>\n",
                         port, port, port);
  articles = load_string (xml, -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (article_at (articles, 0)->title, ==, "&remote;");

  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (connections, ==, 0);
  g_socket_service_stop (service);
}

static char *
make_deep (guint depth)
{
  GString *xml = g_string_new ("<rss><channel><item><title>Shallow</title><description>Fine.</description></item>"
                               "<item><title>Deep</title><description>");

  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "<div>");
  g_string_append (xml, "bottom");
  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "</div>");
  g_string_append (xml, "</description></item></channel></rss>");
  return g_string_free (xml, FALSE);
}

/* 100,000 nested elements: libxml2's depth limit holds, what comes
 * before is read, and it is quick. */
static void
test_deep (void)
{
  g_autofree char *xml = make_deep (100000);
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_autoptr (GPtrArray) articles = load_string (xml, -1, diagnostics, &error);

  g_test_message ("%.3f s (hangs are caught by the test timeout; speed is for the benchmarks)", (g_get_monotonic_time () - start) / 1e6);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, >=, 1);
  g_assert_cmpstr (pl_article_get_text (article_at (articles, 0)), ==, "Fine.");
  g_assert_cmpuint (count_warnings (diagnostics, "256 deep"), >=, 1);
}

/* A feed with more items than a briefing could use stops at a limit. */
static void
test_huge (void)
{
  GString *xml = g_string_new ("<rss><channel>");
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) articles = NULL;

  for (guint i = 0; i < 10050; i++)
    g_string_append_printf (xml, "<item><title>Item %u</title></item>", i);
  g_string_append (xml, "</channel></rss>");
  articles = load_string (xml->str, (gssize) xml->len, diagnostics, NULL);
  g_string_free (xml, TRUE);

  g_assert_cmpuint (articles->len, ==, 10000);
  g_assert_cmpstr (article_at (articles, 9999)->title, ==, "Item 9999");
  g_assert_cmpuint (count_warnings (diagnostics, "first 10000"), ==, 1);
}

static void
test_encoding (void)
{
  /* Undeclared Windows-1252, and a declared encoding no one knows. */
  const char *cp1252 = "<rss><channel><item><title>Caf\xe9 \x93quoted\x94</title></item></channel></rss>";
  const char *bogus = "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?>"
                      "<rss><channel><item><title>Caf\xc3\xa9</title></item></channel></rss>";
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) a = load_string (cp1252, -1, diagnostics, NULL);
  g_autoptr (GPtrArray) b = load_string (bogus, -1, diagnostics, NULL);

  g_assert_cmpstr (article_at (a, 0)->title, ==, "Café “quoted”");
  g_assert_cmpstr (article_at (b, 0)->title, ==, "Café");
  g_assert_cmpuint (diagnostics->len, >=, 2);
}

/* Every file of a folder of hostile or broken XML loads or is refused
 * quickly, each refusal naming the file. */
static guint
load_corpus_dir (const char *subdir)
{
  g_autofree char *dir_path = g_build_filename (pl_test_shared_dir (), "corpus", subdir, NULL);
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (GPtrArray) articles = NULL;
      gint64 start = g_get_monotonic_time ();
      gsize length;

      if (!g_str_has_suffix (name, ".xml") && !g_str_has_suffix (name, ".rdf"))
        continue;
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      articles = pl_feed_load (data, length, path, NULL, &error);
      g_test_message ("%s: %s", name, error ? error->message : "articles");
      g_test_message ("%.3f s (hangs are caught by the test timeout; speed is for the benchmarks)", (g_get_monotonic_time () - start) / 1e6);
      g_assert_true ((articles == NULL) != (error == NULL));
      if (error != NULL)
        g_assert_true (g_str_has_prefix (error->message, path));
      n++;
    }
  return n;
}

static void
test_hostile_corpus (void)
{
  if (pl_test_shared_dir () == NULL)
    {
      g_test_skip ("../shared/corpus is not present (as on a user's machine)");
      return;
    }
  g_assert_cmpuint (load_corpus_dir ("defusedxml-xmltestdata/xmltestdata"), >, 0);
  g_assert_cmpuint (load_corpus_dir ("libxml2-tests/test/recurse"), >, 0);
  g_assert_cmpuint (load_corpus_dir ("libxml2-tests/test/errors"), >, 0);
  g_assert_cmpuint (load_corpus_dir ("libxml2-tests/test"), >, 0);
}

/* Errors */

static const struct
{
  const char *data;
  PlError code;
  const char *message;
} error_cases[] = {
  { "", PL_ERROR_EMPTY, "is empty" },
  { "<rss><channel><title>None</title></channel></rss>", PL_ERROR_EMPTY, "no items" },
  { "<rss><channel><item><guid isPermaLink='false'>x</guid></item></channel></rss>", PL_ERROR_EMPTY,
    "no item with a title" },
  { "<note><to>Someone</to></note>", PL_ERROR_UNSUPPORTED, "not an RSS or Atom feed" },
  { "Just some text, not XML.", PL_ERROR_SYNTAX, "feed.xml" },
};

static void
test_errors (void)
{
  g_autoptr (GPtrArray) articles = NULL;
  g_autoptr (GError) error = NULL;

  articles = load_fixture ("empty.xml", NULL, &error);
  g_assert_null (articles);
  g_assert_error (error, PL_ERROR, PL_ERROR_EMPTY);
  g_assert_true (g_str_has_prefix (error->message, "empty.xml: "));

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
      g_autoptr (GError) case_error = NULL;
      g_autoptr (GPtrArray) none = load_string (error_cases[i].data, -1, diagnostics, &case_error);

      g_test_message ("%s", error_cases[i].data);
      g_assert_null (none);
      g_assert_error (case_error, PL_ERROR, (gint) error_cases[i].code);
      g_assert_true (g_str_has_prefix (case_error->message, "feed.xml"));
      g_assert_nonnull (strstr (case_error->message, error_cases[i].message));
      g_assert_nonnull (pl_diagnostics_first_error (diagnostics));
    }
}

/* Sniffing */

static const struct
{
  const char *data;
  gsize length; /* 0: NUL-terminated */
  gboolean feed;
} sniff_cases[] = {
  { "<rss version=\"2.0\"><channel/></rss>", 0, TRUE },
  { "\xef\xbb\xbf  \n<?xml version=\"1.0\"?>\n<!-- a comment -->\n<?xml-stylesheet href=\"a.xsl\"?>\n<rss>", 0, TRUE },
  { "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"x.dtd\">\n<rss version=\"0.91\">", 0, TRUE },
  { "<!DOCTYPE rss [ <!ENTITY a \"]>\"> <!-- ]> --> ]>\n<rss>", 0, TRUE },
  { "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">", 0, TRUE },
  { "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">", 0, TRUE },
  { "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description/></rdf:RDF>", 0, FALSE },
  { "<feed xmlns=\"http://www.w3.org/2005/Atom\">", 0, TRUE },
  { "<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\">", 0, TRUE },
  { "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\">", 0, TRUE },
  { "<feed xmlns=\"urn:example:not-atom\">", 0, FALSE },
  { "<!DOCTYPE html><html><body><p>rss</p></body></html>", 0, FALSE },
  { "<note><rss/></note>", 0, FALSE },
  { "Plain text mentioning <rss> later", 0, FALSE },
  { "", 0, FALSE },
};

static void
test_sniff (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sniff_cases); i++)
    {
      const char *data = sniff_cases[i].data;
      gsize length = sniff_cases[i].length ? sniff_cases[i].length : strlen (data);

      g_test_message ("case %u", i);
      g_assert_cmpint (pl_feed_sniff (data, length), ==, sniff_cases[i].feed);
    }
}

/* UTF-16 with a byte order mark, little- and big-endian. */
static void
test_sniff_utf16 (void)
{
  const char *const encodings[] = { "UTF-16LE", "UTF-16BE" };
  const char *const boms[] = { "\xff\xfe", "\xfe\xff" };

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      gsize length;
      g_autofree char *feed = g_convert ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", -1, encodings[i],
                                         "UTF-8", NULL, &length, NULL);
      g_autofree char *note = g_convert ("<note/>", -1, encodings[i], "UTF-8", NULL, NULL, NULL);
      g_autoptr (GString) data = g_string_new (boms[i]);

      g_string_append_len (data, feed, (gssize) length);
      g_assert_true (pl_feed_sniff (data->str, data->len));
      g_string_truncate (data, 2);
      g_string_append_len (data, note, 14);
      g_assert_false (pl_feed_sniff (data->str, data->len));
    }
}

/* The fixtures are all recognised, and not every XML document is. */
static void
test_sniff_fixtures (void)
{
  const char *const names[] = { "rss2.xml", "rss1.rdf", "rss091.xml", "atom10.xml",
                                "atom03.xml", "illformed.xml", "entities.xml", "empty.xml" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "feeds", names[i], NULL);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_true (pl_feed_sniff (data, length));
    }
}

/* The lenient parser itself */

/* A DOCTYPE is allowed and blanked out: lines and columns after it stay
 * true, and nothing is reported for a well-formed document. */
static void
test_lenient_positions (void)
{
  const char *xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE a [\n<!ENTITY e \"x\">\n]>\n<a>\n  <b/>\n</a>\n";
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (PlXmlDoc) doc = pl_xml_doc_parse_lenient (xml, strlen (xml), "a.xml", diagnostics, &error);
  xmlNode *b;
  guint line, column;

  g_assert_no_error (error);
  g_assert_cmpuint (diagnostics->len, ==, 0);
  b = xmlDocGetRootElement (doc->doc)->children->next;
  g_assert_true (pl_xml_is_element (b, NULL, "b"));
  pl_xml_doc_position (doc, b, &line, &column);
  g_assert_cmpuint (line, ==, 6);
  g_assert_cmpuint (column, ==, 3);
}

/* The strict parser still refuses what the lenient one accepts. */
static void
test_strict_unchanged (void)
{
  const char *xml = "<!DOCTYPE rss><rss/>";
  g_autoptr (GError) error = NULL;
  g_autoptr (PlXmlDoc) strict = pl_xml_doc_parse (xml, strlen (xml), "a.xml", NULL, &error);
  g_autoptr (PlXmlDoc) lenient = pl_xml_doc_parse_lenient (xml, strlen (xml), "a.xml", NULL, NULL);

  g_assert_null (strict);
  g_assert_error (error, PL_ERROR, PL_ERROR_FORBIDDEN);
  g_assert_nonnull (lenient);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/feed/format/rss2", test_rss2);
  g_test_add_func ("/feed/format/rss1", test_rss1);
  g_test_add_func ("/feed/format/rss091", test_rss091);
  g_test_add_func ("/feed/format/atom10", test_atom10);
  g_test_add_func ("/feed/format/atom03", test_atom03);
  g_test_add_func ("/feed/date/formats", test_dates);
  g_test_add_func ("/feed/date/unreadable", test_bad_date);
  g_test_add_func ("/feed/link/relative", test_relative_links);
  g_test_add_func ("/feed/link/cases", test_link_cases);
  g_test_add_func ("/feed/byline/cases", test_bylines);
  g_test_add_func ("/feed/text/preference", test_content_preference);
  g_test_add_func ("/feed/text/cases", test_text_cases);
  g_test_add_func ("/feed/text/html-titles", test_html_titles);
  g_test_add_func ("/feed/hostile/illformed", test_illformed);
  g_test_add_func ("/feed/hostile/truncated", test_truncated);
  g_test_add_func ("/feed/hostile/doctype-entities", test_doctype_entities);
  g_test_add_func ("/feed/hostile/no-network", test_no_network);
  g_test_add_func ("/feed/hostile/deep", test_deep);
  g_test_add_func ("/feed/hostile/huge", test_huge);
  g_test_add_func ("/feed/hostile/encoding", test_encoding);
  g_test_add_func ("/feed/hostile/corpus", test_hostile_corpus);
  g_test_add_func ("/feed/errors", test_errors);
  g_test_add_func ("/feed/sniff/cases", test_sniff);
  g_test_add_func ("/feed/sniff/utf16", test_sniff_utf16);
  g_test_add_func ("/feed/sniff/fixtures", test_sniff_fixtures);
  g_test_add_func ("/feed/xml/lenient-positions", test_lenient_positions);
  g_test_add_func ("/feed/xml/strict-unchanged", test_strict_unchanged);
  return g_test_run ();
}
