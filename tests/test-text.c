/* test-text.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-analysis.h"
#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-test-util.h"
#include "pl-text.h"

static PlArticle *
load_fixture (const char *name,
              GPtrArray *diagnostics)
{
  g_autofree char *path = pl_test_data_path (name);
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  gsize length;
  PlArticle *article;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  article = pl_text_load (data, length, name, diagnostics, &error);
  g_assert_no_error (error);
  return article;
}

static PlArticle *
load_string (const char *text)
{
  g_autoptr (GError) error = NULL;
  PlArticle *article = pl_text_load (text, strlen (text), "test.txt", NULL, &error);

  g_assert_no_error (error);
  return article;
}

static guint
count_blocks (PlArticle *article,
              PlBlockKind kind)
{
  guint n_blocks, n = 0;
  const PlBlock *blocks = pl_article_get_blocks (article, &n_blocks);

  for (guint i = 0; i < n_blocks; i++)
    n += blocks[i].kind == kind;
  return n;
}

static char *
block_text (PlArticle *article,
            guint index)
{
  guint n_blocks;
  const PlBlock *blocks = pl_article_get_blocks (article, &n_blocks);
  const char *text = pl_article_get_text (article);
  const char *start, *end;

  g_assert_cmpuint (index, <, n_blocks);
  start = g_utf8_offset_to_pointer (text, blocks[index].start);
  end = g_utf8_offset_to_pointer (text, blocks[index].end);
  return g_strndup (start, (gsize) (end - start));
}

static void
test_header (void)
{
  g_autoptr (PlArticle) article = load_fixture ("articles/river-accord.txt", NULL);
  g_autofree char *published = pl_date_to_string (&article->published);

  g_assert_cmpstr (article->title, ==, "Northern River Accord Enters Its Second Phase");
  g_assert_cmpstr (article->subtitle, ==, "Both sides begin reopening crossings after a month of quiet");
  g_assert_cmpstr (article->byline, ==, "Jane Doe and Omar Haddad");
  g_assert_cmpstr (published, ==, "2026-03-02");
  g_assert_cmpstr (article->language, ==, "en");
}

static void
test_structure (void)
{
  g_autoptr (PlArticle) article = load_fixture ("articles/river-accord.txt", NULL);
  g_autofree char *first = block_text (article, 0);
  g_autofree char *heading = block_text (article, 1);
  g_autofree char *item = block_text (article, 3);

  g_assert_true (g_str_has_prefix (first, "The governments of Eastland"));
  g_assert_cmpstr (heading, ==, "What the second phase includes");
  g_assert_cmpstr (item, ==, "Reopening the four river crossings to civilian traffic");
  g_assert_cmpuint (count_blocks (article, PL_BLOCK_HEADING), ==, 3);
  g_assert_cmpuint (count_blocks (article, PL_BLOCK_LIST_ITEM), ==, 3);
}

static void
test_trailer (void)
{
  g_autoptr (PlArticle) article = load_fixture ("articles/river-accord.txt", NULL);
  const char *text = pl_article_get_text (article);

  /* The author box and comments are not the article, and the byline the
   * header gave is kept. */
  g_assert_null (strstr (text, "About the author"));
  g_assert_null (strstr (text, "covers the region"));
  g_assert_null (strstr (text, "Comments"));
  g_assert_null (strstr (text, "Be the first"));
  g_assert_true (g_str_has_suffix (text, "within 30 days."));
  g_assert_cmpstr (article->byline, ==, "Jane Doe and Omar Haddad");
}

static void
test_byline_from_author_box (void)
{
  g_autoptr (PlArticle) article =
      load_string ("A plan for the harbour\n\nThe port authority presented a plan on Friday. "
                   "It has two stages and will take a year.\n"
                   "The first stage dredges the channel.\n\nAbout the Creator\nMaria Lopez\n"
                   "Maria writes about ports.\n\nComments\nThere are no comments for this story\n");

  g_assert_cmpstr (article->byline, ==, "Maria Lopez");
  g_assert_null (strstr (pl_article_get_text (article), "Maria"));
  g_assert_null (strstr (pl_article_get_text (article), "comments"));
}

static void
test_bullets (void)
{
  g_autoptr (PlArticle) article =
      load_string ("Steps of the deal\n\nThe deal sets out these steps.\n\n- Tariffs fall by half\n"
                   "* Quotas end in June\n1. A review follows in 2027\n2) Disputes go to a panel\n"
                   "\n## Next steps\n\nTalks resume next week.\n");
  g_autofree char *heading = block_text (article, 5);

  g_assert_cmpuint (count_blocks (article, PL_BLOCK_LIST_ITEM), ==, 4);
  g_assert_cmpstr (heading, ==, "Next steps");
  g_assert_cmpuint (pl_article_get_blocks (article, &(guint){ 0 })[5].level, ==, 2);
}

static void
test_wrapped (void)
{
  g_autoptr (PlArticle) article = load_fixture ("articles/wrapped.txt", NULL);
  g_autofree char *first = block_text (article, 0);

  /* Lines hard-wrapped at a fixed width are one paragraph again. */
  g_assert_null (article->subtitle);
  g_assert_cmpuint (count_blocks (article, PL_BLOCK_PARAGRAPH), ==, 2);
  g_assert_true (g_str_has_prefix (first, "The reconstruction plan for the valley was presented to the regional council on Thursday."));
}

static void
test_windows_1252 (void)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (PlArticle) article = load_fixture ("articles/cp1252.txt", diagnostics);
  const PlDiagnostic *d;

  g_assert_nonnull (strstr (pl_article_get_text (article), "café"));
  g_assert_nonnull (strstr (pl_article_get_text (article), "“serious”"));
  g_assert_cmpuint (diagnostics->len, ==, 1);
  d = g_ptr_array_index (diagnostics, 0);
  g_assert_cmpint (d->severity, ==, PL_SEVERITY_WARNING);
  g_assert_nonnull (strstr (d->message, "Windows-1252"));
}

static void
test_utf16 (void)
{
  const char *text = "Trêve\n\nLes deux parties ont signé la trêve mardi à Genève, après trois semaines de négociations. "
                     "Le texte prévoit le retrait des troupes et la libération des prisonniers dans les deux mois.\n";

  for (guint big = 0; big < 2; big++)
    {
      gsize length;
      g_autofree char *utf16 = g_convert (text, -1, big ? "UTF-16BE" : "UTF-16LE", "UTF-8", NULL, &length, NULL);
      g_autofree char *data = g_malloc (length + 2);
      g_autoptr (PlArticle) article = NULL;
      g_autoptr (GError) error = NULL;

      memcpy (data, big ? "\xfe\xff" : "\xff\xfe", 2);
      memcpy (data + 2, utf16, length);
      article = pl_text_load (data, length + 2, "utf16.txt", NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (article->title, ==, "Trêve");
      g_assert_cmpstr (article->language, ==, "fr");
    }
}

static void
test_bad_utf16 (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PlArticle) article = pl_text_load ("\xff\xfe\x00\xd8", 4, "bad.txt", NULL, &error);

  g_assert_null (article);
  g_assert_error (error, PL_ERROR, PL_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "bad.txt: "));
}

static void
test_blank (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PlArticle) article = pl_text_load ("  \n\t\n \r\n", 7, "blank.txt", NULL, &error);

  g_assert_null (article);
  g_assert_error (error, PL_ERROR, PL_ERROR_EMPTY);
}

static void
test_huge_line (void)
{
  /* A megabyte on one line, without a full stop: read, not stuck. */
  gsize size = 1024 * 1024;
  g_autofree char *data = g_malloc (size + 1);
  g_autoptr (PlArticle) article = NULL;

  for (gsize i = 0; i < size; i++)
    data[i] = i % 7 == 6 ? ' ' : 'a';
  data[size] = '\0';
  article = load_string (data);
  g_assert_nonnull (article->title);
}

/* A closing quote ends the sentence it touches; a straight quote after a
 * space opens the next one. */
static void
test_sentences_quotes (void)
{
  static const char *const expected[] = {
    "\"We will start on Monday,\" the minister said in a statement.",
    "\"The first convoy leaves at dawn.\"",
    "Officials (who asked not to be named) agreed.",
    "\u201cIt is a start.\u201d",
    "Talks resume in May.",
  };
  g_autoptr (PlSource) source = pl_source_new ();
  PlAnalysis *analysis;

  pl_source_set_text (source, "\"We will start on Monday,\" the minister said in a statement. \"The first convoy "
                              "leaves at dawn.\" Officials (who asked not to be named) agreed. \u201cIt is a "
                              "start.\u201d Talks resume in May.");
  analysis = pl_analysis_new (source);
  g_assert_cmpuint (analysis->sentences->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *sentence = pl_analysis_dup_sentence (analysis, PL_SENTENCE (analysis, i));

      g_assert_cmpstr (sentence, ==, expected[i]);
    }
  pl_analysis_free (analysis);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/header", test_header);
  g_test_add_func ("/text/structure", test_structure);
  g_test_add_func ("/text/trailer", test_trailer);
  g_test_add_func ("/text/byline-from-author-box", test_byline_from_author_box);
  g_test_add_func ("/text/bullets", test_bullets);
  g_test_add_func ("/text/wrapped", test_wrapped);
  g_test_add_func ("/text/encoding/windows-1252", test_windows_1252);
  g_test_add_func ("/text/encoding/utf16", test_utf16);
  g_test_add_func ("/text/encoding/bad-utf16", test_bad_utf16);
  g_test_add_func ("/text/blank", test_blank);
  g_test_add_func ("/text/huge-line", test_huge_line);
  g_test_add_func ("/text/sentences/quotes", test_sentences_quotes);
  return g_test_run ();
}
