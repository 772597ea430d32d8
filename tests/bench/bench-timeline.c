/* bench-timeline.c: speed and memory of drawing the timeline of briefings
 * of growing size with the software Cairo renderer.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-timeline [--runs N] [--sizes 10,1000,10000,100000]
 * For each size, builds the layout of a generated, dated briefing, then
 * draws N frames of 1920×1080 into an image surface at fit-all and N at a
 * close zoom (1/200 of the extent, centred), panning a little between
 * frames. A frame is clearing the surface, pl_timeline_frame_build and
 * pl_timeline_renderer_draw. Prints a Markdown table: the layout's build
 * time and heap, the median and worst ms per frame, the boxes drawn in the
 * first frame, and the process's peak resident memory after that size.
 */

#include "config.h"

#include <malloc.h>
#include <pango/pangocairo.h>
#include <sys/resource.h>

#include "bench-util.h"
#include "pl-test-briefing.h"
#include "pl-timeline-renderer.h"

#define WIDTH 1920
#define HEIGHT 1080
#define CLOSE_ZOOM 200.0 /* the close view shows 1/200 of the extent */

typedef struct
{
  PlBenchTiming time;
  guint boxes; /* in the first frame */
} Timing;

/* @runs frames from @start, each panned by @pan px from the one before,
 * back and forth so that the view stays over the timeline. */
static Timing
draw_frames (cairo_t *cr,
             PlTimelineLayout *layout,
             const PlRenderStyle *style,
             const PlTimelineViewport *start,
             double pan,
             guint runs)
{
  g_autofree double *ms = g_new (double, runs);
  PlTimelineViewport viewport = *start;
  Timing t = { 0 };

  for (guint i = 0; i < runs; i++)
    {
      double t0 = pl_bench_now_ms ();
      g_autoptr (PlTimelineFrame) frame = NULL;

      cairo_set_source_rgba (cr, style->background.red, style->background.green, style->background.blue, 1);
      cairo_paint (cr);
      frame = pl_timeline_frame_build (layout, &viewport);
      pl_timeline_renderer_draw (cr, layout, frame, style, &PL_TIMELINE_MARKS_NONE);
      cairo_surface_flush (cairo_get_target (cr));
      ms[i] = pl_bench_now_ms () - t0;
      if (i == 0)
        t.boxes = frame->boxes->len;

      viewport.time_start += ((i / 5) % 2 ? -pan : pan) / viewport.px_per_unit;
    }

  t.time = pl_bench_summarize (ms, runs);
  return t;
}

static void
bench_size (PangoContext *context,
            cairo_t *cr,
            const PlRenderStyle *style,
            guint n,
            guint runs,
            double *out_worst_median)
{
  g_autoptr (PlBriefing) briefing = pl_test_briefing_generate (n, 1, TRUE);
  g_autoptr (PlTimelineLayout) layout = NULL;
  PlTimelineViewport fit = { .width = WIDTH, .height = HEIGHT };
  PlTimelineViewport close;
  struct mallinfo2 before, after;
  struct rusage usage;
  double t0, build_ms, start, end, centre;
  Timing all, near;

  before = mallinfo2 ();
  t0 = pl_bench_now_ms ();
  layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, style, context);
  build_ms = pl_bench_now_ms () - t0;
  after = mallinfo2 ();

  pl_timeline_layout_fit (layout, &fit);
  all = draw_frames (cr, layout, style, &fit, 3, runs);

  pl_timeline_layout_get_extent (layout, &start, &end);
  close = fit;
  close.px_per_unit = fit.px_per_unit * CLOSE_ZOOM;
  centre = (start + end) / 2;
  close.time_start = centre - WIDTH / 2.0 / close.px_per_unit;
  near = draw_frames (cr, layout, style, &close, 40, runs);

  getrusage (RUSAGE_SELF, &usage);
  g_print ("| %7u | %8.1f | %6.1f | %6.2f / %-6.2f | %6u | %6.2f / %-6.2f | %6u | %7.0f |\n",
           pl_briefing_get_n_items (briefing), build_ms, ((double) after.uordblks - before.uordblks) / 1e6,
           all.time.median, all.time.worst, all.boxes, near.time.median, near.time.worst, near.boxes,
           usage.ru_maxrss / 1024.0);
  *out_worst_median = MAX (all.time.median, near.time.median);
}

int
main (int argc,
      char *argv[])
{
  g_autofree char *sizes_text = NULL;
  int runs = 30;
  g_auto (GStrv) sizes = NULL;
  GOptionEntry entries[] = {
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Frames per size and zoom (default 30)", "N" },
    { "sizes", 0, 0, G_OPTION_ARG_STRING, &sizes_text, "Item counts", "N,N,…" },
    { NULL }
  };
  g_autoptr (GOptionContext) options = g_option_context_new ("- benchmark drawing the timeline");
  g_autoptr (GError) error = NULL;
  PangoContext *context;
  g_autoptr (GString) verdicts = g_string_new (NULL);
  PlRenderStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || runs < 1)
    {
      g_printerr ("%s\n", error ? error->message : "--runs must be at least 1");
      return 64;
    }

  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 96);
  pl_render_style_init (&style, FALSE, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cr = cairo_create (surface);

  g_print ("| items   | layout ms | layout MB | fit-all ms/frame (median / worst) | boxes | close zoom ms/frame (median / worst) | boxes | peak RSS MB |\n");
  g_print ("|--------:|------:|------:|--------------:|------:|--------------:|------:|------:|\n");
  sizes = g_strsplit (sizes_text != NULL ? sizes_text : "10,1000,10000,100000", ",", -1);
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      guint n = (guint) g_ascii_strtoull (sizes[i], NULL, 10);
      double worst_median;

      bench_size (context, cr, &style, n, (guint) runs, &worst_median);
      if (n == 10000 || n == 100000)
        g_string_append_printf (verdicts, "%u items: slowest median %.2f ms per frame, bar %u ms: %s\n", n,
                                worst_median, n == 10000 ? 4 : 8,
                                worst_median <= (n == 10000 ? 4 : 8) ? "met" : "MISSED");
    }
  g_print ("\n%s", verdicts->str);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  g_object_unref (context);
  pl_render_style_clear (&style);
  return 0;
}
