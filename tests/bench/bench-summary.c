/* bench-summary.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long exporting the printed summary takes: the built-in briefing
 * (bar: well under 200 ms) and a generated briefing of 1,000 items (bar:
 * under 2 s), as PDF (layout and drawing) and as Markdown; median and
 * worst of the runs. Exits non-zero when a bar is missed. */

#include "config.h"

#include "bench-util.h"
#include "pl-loader.h"
#include "pl-summary-export.h"
#include "pl-test-briefing.h"

static PlBenchTiming
time_export (PlBriefing *briefing,
             gboolean markdown,
             guint runs,
             gsize *out_size)
{
  g_autofree double *ms = g_new (double, runs);
  PlSummaryExportOptions options = { 0 };

  for (guint i = 0; i < runs; i++)
    {
      double t0 = pl_bench_now_ms ();
      g_autoptr (GBytes) bytes = markdown ? pl_summary_export_markdown (briefing, &options)
                                          : pl_summary_export_pdf (briefing, &options, NULL);

      ms[i] = pl_bench_now_ms () - t0;
      *out_size = g_bytes_get_size (bytes);
    }
  return pl_bench_summarize (ms, runs);
}

static guint
count_pages (PlBriefing *briefing)
{
  g_autoptr (PlSummary) summary = pl_summary_new (briefing, NULL, PL_SUMMARY_SECTIONS_ALL, PL_TIMELINE_MODE_AUTO,
                                                  NULL);

  return pl_summary_get_n_pages (summary);
}

int
main (int argc,
      char *argv[])
{
  int runs = 5;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 5)", "N" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- time the summary's export");
  g_autoptr (GError) error = NULL;
  struct
  {
    const char *name;
    PlBriefing *briefing;
    double bar_ms;
  } cases[2];
  gboolean ok = TRUE;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 64;
    }
  runs = CLAMP (runs, 1, 1000);
  cases[0].name = "built-in";
  cases[0].briefing = pl_builtin_briefing_new ();
  cases[0].bar_ms = 200;
  cases[1].name = "1000 items";
  cases[1].briefing = pl_test_briefing_generate (1000, 42, TRUE);
  cases[1].bar_ms = 2000;

  g_print ("| briefing | pages | PDF ms (median / worst) | PDF KB | Markdown ms (median / worst) | Markdown KB |\n");
  g_print ("|---|--:|--:|--:|--:|--:|\n");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gsize pdf_size = 0, md_size = 0;
      PlBenchTiming pdf = time_export (cases[i].briefing, FALSE, (guint) runs, &pdf_size);
      PlBenchTiming md = time_export (cases[i].briefing, TRUE, (guint) runs, &md_size);

      g_print ("| %s | %u | %.1f / %.1f | %.0f | %.1f / %.1f | %.0f |\n", cases[i].name,
               count_pages (cases[i].briefing), pdf.median, pdf.worst, pdf_size / 1024.0, md.median, md.worst,
               md_size / 1024.0);
      if (pdf.median > cases[i].bar_ms)
        ok = FALSE;
      g_object_unref (cases[i].briefing);
    }
  return ok ? 0 : 1;
}
