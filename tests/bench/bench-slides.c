/* bench-slides.c: speed of laying out the slides of a briefing and of
 * writing them as a PDF.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-slides [--runs N] [--output DIR]
 * For the built-in briefing, generated briefings of 1,000 and 10,000 items,
 * and the 1,000 one with texts far too long for a slide: the time to lay
 * out the deck at 1280×720 (pl_slide_deck_get_n_slides on a new deck), to
 * draw every slide into a 1920x1080 image, and to write the PDF without
 * and with notes pages, as the median and worst of N runs. With --output,
 * the PDFs are also written to DIR for looking at. Prints a Markdown table;
 * it never fails on speed.
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "bench-util.h"
#include "pl-loader.h"
#include "pl-slide-deck.h"
#include "pl-slide-export.h"
#include "pl-test-briefing.h"
#include "pl-test-long.h"

typedef struct
{
  const char *name;
  PlBriefing *briefing; /* owned */
} Case;

static PlBenchTiming
time_layout (PlBriefing *briefing,
             guint runs,
             guint *out_slides)
{
  g_autofree double *ms = g_new (double, runs);

  for (guint i = 0; i < runs; i++)
    {
      double t0 = pl_bench_now_ms ();
      g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);

      *out_slides = pl_slide_deck_get_n_slides (deck);
      ms[i] = pl_bench_now_ms () - t0;
    }
  return pl_bench_summarize (ms, runs);
}

static PlBenchTiming
time_drawing (PlBriefing *briefing,
              guint runs)
{
  g_autofree double *ms = g_new (double, runs);
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1920, 1080);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);

  pl_slide_deck_get_n_slides (deck);
  for (guint i = 0; i < runs; i++)
    {
      double t0 = pl_bench_now_ms ();

      for (guint s = 0; s < pl_slide_deck_get_n_slides (deck); s++)
        pl_slide_deck_render (deck, s, cr, NULL);
      cairo_surface_flush (surface);
      ms[i] = pl_bench_now_ms () - t0;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pl_bench_summarize (ms, runs);
}

static PlBenchTiming
time_pdf (PlBriefing *briefing,
          gboolean notes,
          guint runs,
          gsize *out_size,
          const char *output)
{
  g_autofree double *ms = g_new (double, runs);
  PlSlideExportOptions options = { .notes = notes };

  for (guint i = 0; i < runs; i++)
    {
      double t0 = pl_bench_now_ms ();
      g_autoptr (GBytes) pdf = pl_slide_export_pdf (briefing, &options, NULL);

      ms[i] = pl_bench_now_ms () - t0;
      *out_size = g_bytes_get_size (pdf);
      if (output != NULL && i == 0)
        g_file_set_contents (output, g_bytes_get_data (pdf, NULL), (gssize) g_bytes_get_size (pdf), NULL);
    }
  return pl_bench_summarize (ms, runs);
}

int
main (int argc,
      char *argv[])
{
  int runs = 5;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each measure (default 5)", "N" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "Also write the PDFs into this folder", "DIR" },
    { NULL }
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("- benchmark the slides");
  g_autoptr (GError) error = NULL;
  Case cases[4] = {
    { "built-in", pl_builtin_briefing_new () },
    { "1,000 items", pl_test_briefing_generate (1000, 7, TRUE) },
    { "10,000 items", pl_test_briefing_generate (10000, 7, TRUE) },
    { "1,000 items, long texts", pl_test_briefing_generate (1000, 7, TRUE) },
  };

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--runs must be at least 1");
      return 64;
    }
  pl_test_briefing_lengthen (cases[3].briefing);

  g_print ("| briefing | slides | layout ms | draw all at 1920x1080 ms | PDF ms | PDF with notes ms | PDF KB |\n");
  g_print ("|:--|--:|--:|--:|--:|--:|--:|\n");
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *path = output ? g_strdup_printf ("%s/slides-%u.pdf", output, c) : NULL;
      g_autofree char *notes_path = output ? g_strdup_printf ("%s/slides-%u-notes.pdf", output, c) : NULL;
      guint n_slides = 0;
      gsize size = 0, notes_size = 0;
      PlBenchTiming layout = time_layout (cases[c].briefing, (guint) runs, &n_slides);
      PlBenchTiming draw = time_drawing (cases[c].briefing, (guint) runs);
      PlBenchTiming pdf = time_pdf (cases[c].briefing, FALSE, (guint) runs, &size, path);
      PlBenchTiming notes = time_pdf (cases[c].briefing, TRUE, (guint) runs, &notes_size, notes_path);

      g_print ("| %s | %u | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %zu |\n", cases[c].name, n_slides,
               layout.median, layout.worst, draw.median, draw.worst, pdf.median, pdf.worst, notes.median, notes.worst,
               size / 1024);
      g_object_unref (cases[c].briefing);
    }
  g_print ("\nTimes are the median / worst of %d runs, in ms.\n", runs);
  return 0;
}
