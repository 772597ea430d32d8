/* bench-format.c: speed and memory of loading, saving and exporting
 * briefings of growing size.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-format [--runs N] [--sizes 10,1000,10000,100000]
 * Prints a Markdown table: per size, the median and worst time of each
 * operation over the runs, the file sizes, and the process's peak memory
 * (resident set) after that size.
 */

#include "config.h"

#include <sys/resource.h>

#include "bench-util.h"
#include "pl-briefing.h"
#include "pl-format.h"
#include "pl-json.h"
#include "pl-loader.h"

/* A generated briefing of about @n items: one source, phases of ten
 * components, and as many reactions, risks and events as phases. */
static PlBriefing *
generate (guint n)
{
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlSource) source = pl_source_new ();
  g_autoptr (GString) text = g_string_new (NULL);
  guint n_phases = MAX (1, n / 14);
  guint length;

  for (guint i = 0; i < MAX (n, 100u); i++)
    g_string_append_printf (text, "Sentence %u of the article says what phase %u holds. ", i, i % n_phases);
  pl_briefing_set_title (briefing, "Generated plan");
  pl_item_set_id (PL_ITEM (source), "s1");
  pl_source_set_text (source, text->str);
  length = pl_source_get_length (source);
  pl_briefing_add_item (briefing, PL_ITEM (source));

  for (guint p = 0; p < n_phases; p++)
    {
      g_autoptr (PlPhase) phase = pl_phase_new ();
      g_autofree char *name = g_strdup_printf ("Phase %u", p + 1);
      g_autoptr (PlReaction) reaction = pl_reaction_new ();
      g_autoptr (PlRisk) risk = pl_risk_new ();
      g_autoptr (PlEvent) event = pl_event_new ();
      PlDate date = pl_date_make (2000 + (int) (p % 50), 1 + (int) (p % 12), 1 + (int) (p % 28));

      pl_phase_set_index (phase, p + 1);
      pl_phase_set_name (phase, name);
      pl_phase_set_start (phase, &date);
      pl_phase_set_status (phase, (PlStatus) (p % 4));
      for (guint c = 0; c < 10; c++)
        {
          g_autoptr (PlComponent) component = pl_component_new ();
          guint start = (p * 10 + c) * 7 % (length - 40);

          pl_component_set_text (component, "A component of the phase with a few words of text");
          pl_component_set_category (component, (PlCategory) (c % 6));
          pl_item_add_evidence (PL_ITEM (component), "s1", start, start + 40);
          pl_phase_add_component (phase, component);
        }
      pl_briefing_add_item (briefing, PL_ITEM (phase));

      pl_reaction_set_actor (reaction, "Some governments");
      pl_reaction_set_text (reaction, "Welcomed the phase as a needed step.");
      pl_item_add_evidence (PL_ITEM (reaction), "s1", 0, 30);
      pl_briefing_add_item (briefing, PL_ITEM (reaction));
      pl_risk_set_text (risk, "Delays in delivery");
      pl_risk_set_severity (risk, (PlLevel) (p % 3));
      pl_briefing_add_item (briefing, PL_ITEM (risk));
      pl_event_set_date (event, &date);
      pl_event_set_text (event, "Something happened");
      pl_briefing_add_item (briefing, PL_ITEM (event));
    }
  return briefing;
}

static void
bench_size (guint n,
            guint runs)
{
  g_autoptr (PlBriefing) briefing = generate (n);
  g_autofree double *write_ms = g_new (double, runs);
  g_autofree double *read_ms = g_new (double, runs);
  g_autofree double *json_ms = g_new (double, runs);
  g_autoptr (GBytes) xml = NULL;
  g_autoptr (GBytes) json = NULL;
  PlBenchTiming w, r, j;
  struct rusage usage;

  for (guint i = 0; i < runs; i++)
    {
      double t0 = pl_bench_now_ms ();
      g_autoptr (PlBriefing) loaded = NULL;
      g_autoptr (GError) error = NULL;

      g_clear_pointer (&xml, g_bytes_unref);
      xml = pl_format_write (briefing);
      write_ms[i] = pl_bench_now_ms () - t0;

      t0 = pl_bench_now_ms ();
      loaded = pl_load_data (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), "bench", NULL, &error);
      read_ms[i] = pl_bench_now_ms () - t0;
      if (loaded == NULL)
        g_error ("%s", error->message);

      t0 = pl_bench_now_ms ();
      g_clear_pointer (&json, g_bytes_unref);
      json = pl_json_write (briefing);
      json_ms[i] = pl_bench_now_ms () - t0;
    }

  w = pl_bench_summarize (write_ms, runs);
  r = pl_bench_summarize (read_ms, runs);
  j = pl_bench_summarize (json_ms, runs);
  getrusage (RUSAGE_SELF, &usage);
  g_print ("| %7u | %9.1f / %-9.1f | %9.1f / %-9.1f | %9.1f / %-9.1f | %8.1f | %8.1f | %7.0f |\n",
           pl_briefing_get_n_items (briefing), r.median, r.worst, w.median, w.worst, j.median, j.worst,
           g_bytes_get_size (xml) / 1e6, g_bytes_get_size (json) / 1e6, usage.ru_maxrss / 1024.0);
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *sizes_text = g_strdup ("10,1000,10000,100000");
  int runs = 5;
  g_auto (GStrv) sizes = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs per size", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Item counts", "N,N,…" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- benchmark the .phaseline format");
  g_autoptr (GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--runs must be at least 1");
      return 64;
    }

  g_print ("| items   | load ms (median / worst) | save ms (median / worst) | JSON ms (median / worst) | .phaseline MB | JSON MB | peak RSS MB |\n");
  g_print ("|--------:|--------------:|--------------:|--------------:|------:|------:|------:|\n");
  sizes = g_strsplit (sizes_text, ",", -1);
  for (guint i = 0; sizes[i] != NULL; i++)
    bench_size ((guint) g_ascii_strtoull (sizes[i], NULL, 10), (guint) runs);
  return 0;
}
