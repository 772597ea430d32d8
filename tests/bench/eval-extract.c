/* eval-extract.c: how well Phaseline reads articles and feeds, measured on
 * the third-party corpus in ../shared and on our own annotations.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: eval-extract [--section html|feeds|structure] [--verbose]
 *        [--shared DIR]
 * Prints a Markdown report; exits 1 when a quality bar is missed and 77
 * when ../shared is absent.
 */

#include "config.h"

#include <string.h>

#include "eval.h"

/* Multiset of word 4-grams: the benchmark counts each shingle as often as
 * it occurs, and normalises per page so that long pages do not dominate. */
static GHashTable *
shingles (const char *text,
          guint *n_total)
{
  g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text ? text : "";

  while (*p)
    {
      const char *start;
      gunichar c = g_utf8_get_char (p);

      if (!(g_unichar_isalnum (c) || c == '_' || g_unichar_ismark (c)))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      start = p;
      while (*p && (g_unichar_isalnum (g_utf8_get_char (p)) || g_utf8_get_char (p) == '_' ||
                    g_unichar_ismark (g_utf8_get_char (p))))
        p = g_utf8_next_char (p);
      g_ptr_array_add (words, g_utf8_strdown (start, p - start));
    }

  *n_total = 0;
  for (guint i = 0; i + 4 <= words->len || (i == 0 && words->len > 0 && words->len < 4); i++)
    {
      g_autoptr (GString) key = g_string_new (NULL);

      for (guint j = i; j < MIN (i + 4, words->len); j++)
        g_string_append_printf (key, "%s%s", j > i ? " " : "", (char *) words->pdata[j]);
      g_hash_table_insert (counts, g_strdup (key->str),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, key->str)) + 1));
      (*n_total)++;
      if (words->len < 4)
        break;
    }
  return counts;
}

void
eval_shingles (const char *expected,
               const char *predicted,
               PlShingleCounts *counts)
{
  guint n_expected, n_predicted, common = 0;
  g_autoptr (GHashTable) e = shingles (expected, &n_expected);
  g_autoptr (GHashTable) p = shingles (predicted, &n_predicted);
  GHashTableIter iter;
  gpointer key, value;
  double total;

  g_hash_table_iter_init (&iter, e);
  while (g_hash_table_iter_next (&iter, &key, &value))
    common += MIN (GPOINTER_TO_UINT (value), GPOINTER_TO_UINT (g_hash_table_lookup (p, key)));

  /* Normalised per page, as upstream does. */
  total = MAX (1.0, (double) MAX (n_expected, n_predicted));
  if (n_expected == 0 && n_predicted == 0)
    {
      counts->tp += 1.0;
      return;
    }
  counts->tp += common / total;
  counts->fp += (n_predicted - common) / total;
  counts->fn += (n_expected - common) / total;
}

/* For g_ptr_array_sort(), which passes pointers to the elements. */
int
eval_compare_strings (gconstpointer a,
                      gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

void
eval_bar (PlEval *eval,
          const char *what,
          double value,
          double bar)
{
  gboolean met = value >= bar;

  g_print ("- %s: **%.3f** (bar %.3f) %s\n", what, value, bar, met ? "met" : "MISSED");
  if (!met)
    eval->n_failed_bars++;
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *section = NULL;
  g_autofree char *shared = NULL;
  g_autofree char *data = g_build_filename (SOURCE_ROOT, "tests", "data", NULL);
  gboolean verbose = FALSE;
  GOptionEntry entries[] = {
    { "section", 0, 0, G_OPTION_ARG_STRING, &section, "Only this section: html, feeds or structure", "NAME" },
    { "shared", 0, 0, G_OPTION_ARG_FILENAME, &shared, "The shared folder (default: ../shared beside the checkout)", "DIR" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print a line per page, feed and article", NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- evaluate article extraction");
  g_autoptr (GError) error = NULL;
  PlEval eval = { 0 };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 64;
    }
  if (shared == NULL)
    shared = g_canonicalize_filename (SOURCE_ROOT "/../shared", NULL);
  if (!g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_printerr ("%s is absent: nothing to evaluate on\n", shared);
      return 77;
    }

  eval.shared = shared;
  eval.data = data;
  eval.verbose = verbose;
  g_print ("# Phaseline extraction evaluation\n\n");
  if (section == NULL || strcmp (section, "html") == 0)
    eval_html (&eval);
  if (section == NULL || strcmp (section, "feeds") == 0)
    eval_feeds (&eval);
  if (section == NULL || strcmp (section, "structure") == 0)
    eval_structure (&eval);
  g_print ("\n%u bar(s) missed\n", eval.n_failed_bars);
  return eval.n_failed_bars > 0 ? 1 : 0;
}
