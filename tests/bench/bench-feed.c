/* bench-feed.c: speed and memory of importing feeds of growing size,
 * each item an article about a plan that goes through the HTML loader,
 * the extractor and the merge into one briefing.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-feed [--runs N] [--sizes 10,100,500,1000]
 * Prints a Markdown table: per size, the feed's size, the median and
 * worst time of loading it into a briefing, what the briefing holds, and
 * the process's peak memory (resident set) after that size.
 */

#include "config.h"

#include <sys/resource.h>

#include "bench-util.h"
#include "pl-briefing.h"
#include "pl-loader.h"

/* Made-up paragraphs in the shapes news about a plan takes; the numbers
 * and names change with the item so that items are alike, not the same. */
static void
append_story (GString *feed,
              guint i)
{
  guint country = i % 37 + 1, bridges = i % 11 + 2;

  g_string_append_printf (feed,
                          "<p>The government of Country %u announced on Tuesday the second phase of its plan to "
                          "rebuild the northern districts, after the first phase ended in March.</p>",
                          country);
  g_string_append_printf (feed,
                          "<p>Key components of the second phase include:</p><ul><li>repairing %u bridges</li>"
                          "<li>reopening schools in the border towns</li><li>paying farmers who lost their "
                          "harvest</li></ul>",
                          bridges);
  g_string_append_printf (feed,
                          "<p>&#8220;This plan will bring water and power back to every village by 2027,&#8221; "
                          "Minister Ana Field%u said in a statement.</p>",
                          country);
  g_string_append (feed, "<p>Opposition leaders criticized the plan as too slow, and aid groups warned that delays "
                         "in funding could leave thousands without shelter this winter.</p>"
                         "<p>Analysts said a breakdown in the truce, a shortage of engineers or rising costs could "
                         "derail the programme.</p>"
                         "<p>The parliament is expected to vote on the budget for the third phase within 90 "
                         "days.</p>");
}

static GString *
generate (guint n_items)
{
  GString *feed = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                                "<channel><title>Generated plan news</title><link>https://example.org/</link>\n");

  for (guint i = 0; i < n_items; i++)
    {
      g_string_append_printf (feed,
                              "<item><title>Plan update %u</title><link>https://example.org/news/%u</link>"
                              "<pubDate>Mon, %02u Nov 2025 %02u:00:00 GMT</pubDate><content:encoded><![CDATA[",
                              i + 1, i + 1, 1 + i % 28, i % 24);
      append_story (feed, i);
      g_string_append (feed, "]]></content:encoded></item>\n");
    }
  g_string_append (feed, "</channel></rss>\n");
  return feed;
}

static guint
n_of (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static void
bench_size (guint n,
            guint runs)
{
  g_autoptr (GString) feed = generate (n);
  g_autofree double *ms = g_new (double, runs);
  g_autoptr (PlBriefing) last = NULL;
  PlBenchTiming time;
  struct rusage usage;

  for (guint r = 0; r < runs; r++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr (PlBriefing) briefing = pl_load_data (feed->str, feed->len, "bench.xml", NULL, &error);

      ms[r] = (g_get_monotonic_time () - start) / 1000.0;
      if (briefing == NULL)
        g_error ("%s", error->message);
      g_set_object (&last, briefing);
    }
  time = pl_bench_summarize (ms, runs);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("| %5u | %6.1f | %9.1f / %-9.1f | %7u | %6u | %9u | %5u | %6u | %7.0f |\n", n, feed->len / 1e6,
           time.median, time.worst, n_of (pl_briefing_get_sources (last)), n_of (pl_briefing_get_phases (last)),
           n_of (pl_briefing_get_reactions (last)), n_of (pl_briefing_get_risks (last)),
           n_of (pl_briefing_get_events (last)), usage.ru_maxrss / 1024.0);
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *sizes_text = g_strdup ("10,100,500,1000");
  int runs = 5;
  g_auto (GStrv) sizes = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per size", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Item counts", "N,N,…" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- benchmark importing feeds");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--runs must be at least 1");
      return 64;
    }

  g_print ("| items | feed MB | load ms (median / worst) | sources | phases | reactions | risks | events | peak RSS MB |\n");
  g_print ("|------:|------:|--------------:|------:|------:|------:|------:|------:|------:|\n");
  sizes = g_strsplit (sizes_text, ",", -1);
  for (guint i = 0; sizes[i] != NULL; i++)
    bench_size ((guint) g_ascii_strtoull (sizes[i], NULL, 10), (guint) runs);
  return 0;
}
