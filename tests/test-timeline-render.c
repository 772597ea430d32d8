/* test-timeline-render.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "pl-loader.h"
#include "pl-timeline-renderer.h"

/* Reference-image tests of the timeline renderer. Each scene is drawn into
 * an image and compared with tests/data/timeline/ref-NAME.png, tolerantly:
 * a pixel differs when a channel is off by more than THRESHOLD, and a scene
 * fails when more than MAX_DIFFERENT of its pixels differ. The drawing is
 * always saved as timeline-NAME.png in the build directory, and on failure
 * a diff image (differing pixels in red over a faded drawing) next to it.
 *
 * To regenerate the references after a deliberate change of the drawing:
 *   PL_UPDATE_REFERENCES=1 meson test -C _build timeline-render
 * and look at every new ref-*.png before committing them. */

#define THRESHOLD 48
#define MAX_DIFFERENT 0.004

typedef struct
{
  const char *name;
  const char *file; /* in tests/data, or NULL for the built-in briefing */
  PlTimelineMode mode;
  int width;
  int height;
  double zoom; /* times the fit-all zoom, around the middle */
  gboolean dark;
  gboolean rtl;
  gboolean legend;
} Scene;

static const Scene scenes[] = {
  { "builtin-sequence", NULL, PL_TIMELINE_MODE_AUTO, 900, 560, 1, FALSE, FALSE, FALSE },
  { "builtin-dates", NULL, PL_TIMELINE_MODE_CHRONOLOGICAL, 900, 560, 1, FALSE, FALSE, FALSE },
  { "dated-fit", "timeline/dated-plan.phaseline", PL_TIMELINE_MODE_AUTO, 1000, 640, 1, FALSE, FALSE, TRUE },
  { "dated-zoom", "timeline/dated-plan.phaseline", PL_TIMELINE_MODE_AUTO, 700, 420, 3, FALSE, FALSE, FALSE },
  { "dated-dark", "timeline/dated-plan.phaseline", PL_TIMELINE_MODE_AUTO, 1000, 640, 1, TRUE, FALSE, TRUE },
  { "dated-rtl", "timeline/dated-plan.phaseline", PL_TIMELINE_MODE_AUTO, 1000, 600, 1, FALSE, TRUE, FALSE },
  { "dated-sequence", "timeline/dated-plan.phaseline", PL_TIMELINE_MODE_SEQUENCE, 1000, 520, 1, FALSE, FALSE, FALSE },
};

static PlBriefing *
load_scene (const Scene *scene)
{
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing;

  if (scene->file == NULL)
    return pl_builtin_briefing_new ();
  path = g_test_build_filename (G_TEST_DIST, "data", scene->file, NULL);
  file = g_file_new_for_path (path);
  briefing = pl_load_file (file, NULL, &error);
  g_assert_no_error (error);
  return briefing;
}

/* Fonts are drawn without hinting so that the pictures do not depend on the
 * machine's fontconfig settings. */
static void
set_plain_font_options (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_set_font_options (cr, options);
  cairo_font_options_destroy (options);
}

static cairo_surface_t *
render_scene (const Scene *scene)
{
  g_autoptr (PlBriefing) briefing = load_scene (scene);
  PlRenderStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  PangoContext *context;
  g_autoptr (PlTimelineLayout) layout = NULL;
  g_autoptr (PlTimelineFrame) frame = NULL;
  PlTimelineViewport viewport = { .width = scene->width, .rtl = scene->rtl };
  double legend = 0;

  pl_render_style_init (&style, scene->dark, FALSE);
  g_free (style.font_family);
  style.font_family = g_strdup ("DejaVu Sans");

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, scene->width, scene->height);
  cr = cairo_create (surface);
  set_plain_font_options (cr);
  context = pango_cairo_create_context (cr);

  if (scene->legend)
    legend = pl_timeline_renderer_legend_height (&style, scene->width - 24) + 12;
  viewport.height = scene->height - legend;
  layout = pl_timeline_layout_new (briefing, scene->mode, &style, context);
  pl_timeline_layout_fit (layout, &viewport);
  if (scene->zoom != 1)
    pl_timeline_viewport_zoom (&viewport, scene->zoom, scene->width / 2.0);
  frame = pl_timeline_frame_build (layout, &viewport);

  cairo_set_source_rgb (cr, style.background.red, style.background.green, style.background.blue);
  cairo_paint (cr);
  pl_timeline_renderer_draw (cr, layout, frame, &style, NULL);
  if (scene->legend)
    pl_timeline_renderer_draw_legend (cr, &style, 12, viewport.height + 6, scene->width - 24, scene->rtl);

  g_object_unref (context);
  cairo_destroy (cr);
  pl_render_style_clear (&style);
  return surface;
}

static guint
count_different (cairo_surface_t *a,
                 cairo_surface_t *b,
                 cairo_surface_t *diff)
{
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  int sa = cairo_image_surface_get_stride (a), sb = cairo_image_surface_get_stride (b);
  int sd = cairo_image_surface_get_stride (diff);
  const guchar *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  guchar *pd = cairo_image_surface_get_data (diff);
  guint n = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 va = *(const guint32 *) (pa + y * sa + x * 4);
        guint32 vb = *(const guint32 *) (pb + y * sb + x * 4);
        guint32 *out = (guint32 *) (pd + y * sd + x * 4);
        gboolean different = FALSE;

        for (int shift = 0; shift < 24; shift += 8)
          if (abs ((int) ((va >> shift) & 0xff) - (int) ((vb >> shift) & 0xff)) > THRESHOLD)
            different = TRUE;
        if (different)
          {
            *out = 0xffff0000;
            n++;
          }
        else
          {
            guint32 grey = (((va >> 16) & 0xff) + ((va >> 8) & 0xff) + (va & 0xff)) / 3;

            grey = 192 + grey / 4;
            *out = 0xff000000 | grey << 16 | grey << 8 | grey;
          }
      }
  cairo_surface_mark_dirty (diff);
  return n;
}

static void
test_scene (gconstpointer data)
{
  const Scene *scene = data;
  cairo_surface_t *actual = render_scene (scene);
  g_autofree char *name = g_strdup_printf ("timeline-%s.png", scene->name);
  g_autofree char *out = g_test_build_filename (G_TEST_BUILT, name, NULL);
  g_autofree char *ref_name = g_strdup_printf ("ref-%s.png", scene->name);
  g_autofree char *ref = g_test_build_filename (G_TEST_DIST, "data", "timeline", ref_name, NULL);
  cairo_surface_t *expected;

  g_assert_cmpint (cairo_surface_write_to_png (actual, out), ==, CAIRO_STATUS_SUCCESS);

  if (g_getenv ("PL_UPDATE_REFERENCES"))
    {
      g_assert_cmpint (cairo_surface_write_to_png (actual, ref), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", ref);
      cairo_surface_destroy (actual);
      return;
    }

  expected = cairo_image_surface_create_from_png (ref);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    {
      g_test_message ("no reference %s: regenerate with PL_UPDATE_REFERENCES=1 and look at it", ref);
      g_test_fail ();
    }
  else if (cairo_image_surface_get_width (expected) != scene->width ||
           cairo_image_surface_get_height (expected) != scene->height)
    {
      g_test_message ("%s is %dx%d, the scene %dx%d", ref, cairo_image_surface_get_width (expected),
                      cairo_image_surface_get_height (expected), scene->width, scene->height);
      g_test_fail ();
    }
  else
    {
      cairo_surface_t *diff = cairo_image_surface_create (CAIRO_FORMAT_RGB24, scene->width, scene->height);
      guint n = count_different (actual, expected, diff);
      double share = (double) n / (scene->width * scene->height);

      if (share > MAX_DIFFERENT)
        {
          g_autofree char *diff_name = g_strdup_printf ("timeline-%s-diff.png", scene->name);
          g_autofree char *diff_path = g_test_build_filename (G_TEST_BUILT, diff_name, NULL);

          cairo_surface_write_to_png (diff, diff_path);
          g_test_message ("%s: %u pixels (%.2f%%) differ from %s; see %s", scene->name, n, share * 100, ref, diff_path);
          g_test_fail ();
        }
      cairo_surface_destroy (diff);
    }
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (scenes); i++)
    {
      g_autofree char *path = g_strdup_printf ("/timeline-render/%s", scenes[i].name);

      g_test_add_data_func (path, &scenes[i], test_scene);
    }
  return g_test_run ();
}
