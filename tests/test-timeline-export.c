/* test-timeline-export.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <libxml/parser.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdio.h>
#include <string.h>

#include "pl-error.h"
#include "pl-export.h"
#include "pl-format.h"
#include "pl-loader.h"
#include "pl-test-briefing.h"
#include "pl-test-util.h"
#include "pl-timeline-export.h"
#include "pl-timeline-renderer.h"

typedef struct
{
  double width;
  double height;
} Size;

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* The signature, then the IHDR chunk first, which holds the size. */
static Size
png_size (GBytes *bytes)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);

  g_assert_cmpuint (length, >, 33);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  return (Size){ read_be32 (data + 16), read_be32 (data + 20) };
}

static double
svg_length (xmlNode *root,
            const char *name)
{
  g_autofree char *value = (char *) xmlGetProp (root, (const xmlChar *) name);
  char *end = NULL;
  double number;

  g_assert_nonnull (value);
  number = g_ascii_strtod (value, &end);
  g_assert_true (end != value);
  g_assert_true (*end == '\0' || g_str_equal (end, "px"));
  return number;
}

static Size
svg_size (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  xmlDoc *doc = xmlReadMemory (data, (int) length, "timeline.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  xmlNode *root;
  Size size;

  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  size = (Size){ svg_length (root, "width"), svg_length (root, "height") };
  xmlFreeDoc (doc);
  return size;
}

/* Finds @needle in the first @length bytes of @data. */
static const char *
find_bytes (const char *data,
            gsize length,
            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return data + i;
  return NULL;
}

/* The page's MediaBox, in points. */
static Size
pdf_size (GBytes *bytes)
{
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  const char *box;
  g_autofree char *text = NULL;
  double x0, y0, x1, y1;

  g_assert_cmpuint (length, >, 5);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
  g_assert_nonnull (find_bytes (data, length, "%%EOF"));
  box = find_bytes (data, length, "/MediaBox");
  g_assert_nonnull (box);
  text = g_strndup (box, MIN (80, length - (gsize) (box - data)));
  g_assert_cmpint (sscanf (text, "/MediaBox [ %lf %lf %lf %lf ]", &x0, &y0, &x1, &y1), ==, 4);
  g_assert_cmpfloat (x0, ==, 0);
  g_assert_cmpfloat (y0, ==, 0);
  return (Size){ x1, y1 };
}

static GBytes *export(PlBriefing *briefing,
                      PlImageFormat format,
                      const PlTimelineExportOptions *options)
{
  g_autoptr (GError) error = NULL;
  GBytes *bytes = pl_timeline_export (briefing, format, options, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* At least what the layout and legend need, as pl_timeline_export measures
 * them. */
static double
needed_height (PlBriefing *briefing,
               PlTimelineMode mode,
               double width)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PlTimelineLayout *layout;
  PlRenderStyle style;
  double height;

  pango_cairo_context_set_resolution (context, 96);
  pl_render_style_init (&style, FALSE, FALSE);
  layout = pl_timeline_layout_new (briefing, mode, &style, context);
  height = pl_timeline_layout_get_axis_height (layout) + pl_timeline_layout_get_content_height (layout) +
           pl_timeline_renderer_legend_height (&style, width);
  pl_timeline_layout_free (layout);
  g_object_unref (context);
  pl_render_style_clear (&style);
  return height;
}

typedef struct
{
  const guint8 *data;
  gsize length;
  gsize offset;
} Reader;

static cairo_status_t
read_bytes (void *closure,
            unsigned char *out,
            unsigned int length)
{
  Reader *reader = closure;

  if (reader->length - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* Decodes the PNG: its first pixel, and how many pixels differ from it. */
static guint
count_drawn_pixels (GBytes *png,
                    guint32 *out_background)
{
  Reader reader = { 0 };
  cairo_surface_t *image;
  const guint8 *data;
  guint32 background;
  guint count = 0;
  int stride;

  reader.data = g_bytes_get_data (png, &reader.length);
  image = cairo_image_surface_create_from_png_stream (read_bytes, &reader);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  data = cairo_image_surface_get_data (image);
  stride = cairo_image_surface_get_stride (image);
  background = *(const guint32 *) data;
  for (int y = 0; y < cairo_image_surface_get_height (image); y++)
    for (int x = 0; x < cairo_image_surface_get_width (image); x++)
      count += ((const guint32 *) (data + y * stride))[x] != background;
  cairo_surface_destroy (image);
  if (out_background != NULL)
    *out_background = background;
  return count;
}

static void
check_formats (PlBriefing *briefing,
               const PlTimelineExportOptions *base)
{
  PlTimelineExportOptions options = *base;
  g_autoptr (GBytes) png1 = NULL;
  g_autoptr (GBytes) png2 = NULL;
  g_autoptr (GBytes) svg = NULL;
  g_autoptr (GBytes) pdf = NULL;
  double width = base->width > 0 ? base->width : 1600;
  Size size, scaled, vector, page;

  options.scale = 1;
  png1 = export(briefing, PL_IMAGE_FORMAT_PNG, &options);
  size = png_size (png1);
  g_assert_cmpfloat (size.width, ==, width);
  g_assert_cmpuint (count_drawn_pixels (png1, NULL), >, 1000);
  if (base->height > 0)
    g_assert_cmpfloat (size.height, ==, base->height);
  else
    g_assert_cmpfloat (size.height, >=, needed_height (briefing, base->mode, width - 48));

  options.scale = 2;
  png2 = export(briefing, PL_IMAGE_FORMAT_PNG, &options);
  scaled = png_size (png2);
  g_assert_cmpfloat (scaled.width, ==, 2 * size.width);
  g_assert_cmpfloat (scaled.height, ==, 2 * size.height);

  svg = export(briefing, PL_IMAGE_FORMAT_SVG, base);
  vector = svg_size (svg);
  g_assert_cmpfloat (vector.width, ==, size.width);
  g_assert_cmpfloat (vector.height, ==, size.height);

  /* 96 px to the inch, 72 points. */
  pdf = export(briefing, PL_IMAGE_FORMAT_PDF, base);
  page = pdf_size (pdf);
  g_assert_cmpfloat_with_epsilon (page.width, size.width * 0.75, 0.01);
  g_assert_cmpfloat_with_epsilon (page.height, size.height * 0.75, 0.01);
  g_assert_nonnull (find_bytes (g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), "/Creator (Phaseline)"));
}

static void
test_builtin (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  PlTimelineExportOptions defaults = { 0 };
  PlTimelineExportOptions narrow = { .width = 800 };
  PlTimelineExportOptions sized = { .width = 1024, .height = 700, .mode = PL_TIMELINE_MODE_SEQUENCE };

  check_formats (briefing, &defaults);
  check_formats (briefing, &narrow);
  check_formats (briefing, &sized);
}

static void
test_generated (void)
{
  g_autoptr (PlBriefing) dated = pl_test_briefing_generate (1000, 7, TRUE);
  g_autoptr (PlBriefing) undated = pl_test_briefing_generate (300, 7, FALSE);
  PlTimelineExportOptions options = { .width = 2000 };
  PlTimelineExportOptions sequence = { .width = 1200, .mode = PL_TIMELINE_MODE_SEQUENCE };

  check_formats (dated, &options);
  check_formats (undated, &sequence);
}

/* NULL options are the defaults; dark draws on a dark background. */
static void
test_defaults_and_dark (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  PlTimelineExportOptions dark = { .dark = TRUE };
  g_autoptr (GBytes) light_png = export(briefing, PL_IMAGE_FORMAT_PNG, NULL);
  g_autoptr (GBytes) dark_png = export(briefing, PL_IMAGE_FORMAT_PNG, &dark);
  guint32 light_bg, dark_bg;

  g_assert_cmpfloat (png_size (light_png).width, ==, 1600);
  count_drawn_pixels (light_png, &light_bg);
  count_drawn_pixels (dark_png, &dark_bg);
  /* ARGB: the green channel of a light background is bright, of a dark one dim. */
  g_assert_cmpuint ((light_bg >> 8) & 0xff, >, 0x80);
  g_assert_cmpuint ((dark_bg >> 8) & 0xff, <, 0x80);
}

typedef struct
{
  const char *name;
  PlImageFormat format;
  PlTimelineExportOptions options;
  int code;
} ErrorCase;

static void
test_errors (void)
{
  static const ErrorCase cases[] = {
    { "negative width", PL_IMAGE_FORMAT_PNG, { .width = -5 }, PL_ERROR_INVALID },
    { "tiny width", PL_IMAGE_FORMAT_PNG, { .width = 10 }, PL_ERROR_INVALID },
    { "NaN height", PL_IMAGE_FORMAT_SVG, { .height = NAN }, PL_ERROR_INVALID },
    { "infinite width", PL_IMAGE_FORMAT_PDF, { .width = INFINITY }, PL_ERROR_INVALID },
    { "negative scale", PL_IMAGE_FORMAT_PNG, { .scale = -1 }, PL_ERROR_INVALID },
    { "absurd scale", PL_IMAGE_FORMAT_PNG, { .scale = 1e6 }, PL_ERROR_INVALID },
    { "too short for the legend", PL_IMAGE_FORMAT_PNG, { .height = 50 }, PL_ERROR_INVALID },
    { "absurd width", PL_IMAGE_FORMAT_PNG, { .width = 1e9 }, PL_ERROR_TOO_LARGE },
    { "absurd width, SVG", PL_IMAGE_FORMAT_SVG, { .width = 1e9 }, PL_ERROR_TOO_LARGE },
    { "absurd height, PDF", PL_IMAGE_FORMAT_PDF, { .height = 1e7 }, PL_ERROR_TOO_LARGE },
    { "scaled over a side", PL_IMAGE_FORMAT_PNG, { .width = 9000, .scale = 2 }, PL_ERROR_TOO_LARGE },
    { "over 256 MB", PL_IMAGE_FORMAT_PNG, { .width = 9000, .height = 9000 }, PL_ERROR_TOO_LARGE },
  };
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (GBytes) bytes = NULL;

      g_test_message ("%s", cases[i].name);
      bytes = pl_timeline_export (briefing, cases[i].format, &cases[i].options, &error);
      g_assert_null (bytes);
      g_assert_error (error, PL_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }
}

/* A large page that is not a large PNG is fine. */
static void
test_large_vector (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  PlTimelineExportOptions options = { .width = 9000, .height = 9000 };
  g_autoptr (GBytes) svg = export(briefing, PL_IMAGE_FORMAT_SVG, &options);

  g_assert_cmpfloat (svg_size (svg).width, ==, 9000);
}

/* .png, .svg and .pdf pick the timeline exporters, which take the options. */
static void
test_exporters (void)
{
  static const char *const names[] = { "t.png", "T.SVG", "timeline.pdf" };
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autofree char *dir = pl_test_make_tmpdir ();
  PlExportOptions options = { .timeline = { .width = 640 } };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const PlExporter *exporter = pl_exporter_for_name (names[i]);
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GError) error = NULL;

      g_assert_nonnull (exporter);
      g_assert_true (exporter->draws_timeline);
      g_assert_true (pl_export_to_file (briefing, file, &options, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
    }
  g_assert_false (pl_exporter_for_name ("b.json")->draws_timeline);
  g_assert_false (pl_exporter_for_name ("b.phaseline")->draws_timeline);

  /* The exporter's error code comes through, with the file's name. */
  {
    g_autofree char *path = g_build_filename (dir, "big.png", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GError) error = NULL;
    PlExportOptions big = { .timeline = { .width = 16000, .scale = 4 } };

    g_assert_false (pl_export_to_file (briefing, file, &big, &error));
    g_assert_error (error, PL_ERROR, PL_ERROR_TOO_LARGE);
    g_assert_true (g_str_has_prefix (error->message, path));
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
  pl_test_remove_tree (dir);
}

static guint
count_type (PlBriefing *briefing,
            GType type)
{
  return g_list_model_get_n_items (pl_briefing_get_list_for_type (briefing, type));
}

/* The generator: deterministic, about the size asked for, believable, and
 * valid enough to save and load again. */
static void
test_generator (void)
{
  static const guint sizes[] = { 1, 10, 1000, 5000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr (PlBriefing) a = pl_test_briefing_generate (sizes[i], 42, TRUE);
      g_autoptr (PlBriefing) b = pl_test_briefing_generate (sizes[i], 42, TRUE);
      g_autoptr (PlBriefing) c = pl_test_briefing_generate (sizes[i], 43, TRUE);
      g_autoptr (PlBriefing) loaded = NULL;
      g_autoptr (GBytes) xml = pl_format_write (a);
      g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr (GError) error = NULL;
      g_autofree char *json_a = pl_test_briefing_json (a);
      g_autofree char *json_b = pl_test_briefing_json (b);
      g_autofree char *json_c = pl_test_briefing_json (c);
      g_autofree char *json_loaded = NULL;
      guint n = pl_briefing_get_n_items (a);

      g_assert_cmpstr (json_a, ==, json_b);
      if (sizes[i] >= 10)
        g_assert_cmpstr (json_a, !=, json_c);
      g_assert_cmpuint (n, >=, MAX (sizes[i], 2) * 9 / 10);
      g_assert_cmpuint (n, <=, MAX (sizes[i], 2) * 11 / 10);

      loaded = pl_load_data (g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), "generated.phaseline",
                             diagnostics, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      json_loaded = pl_test_briefing_json (loaded);
      g_assert_cmpstr (json_loaded, ==, json_a);
    }
}

static void
test_generator_shape (void)
{
  g_autoptr (PlBriefing) briefing = pl_test_briefing_generate (1000, 1, TRUE);
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint nested = 0, statuses[PL_STATUS_PLANNED + 1] = { 0 }, dated_events = 0, components = 0;
  GListModel *events = pl_briefing_get_events (briefing);

  g_assert_cmpuint (g_list_model_get_n_items (phases), ==, 20);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);

      nested += pl_phase_get_parent (phase) != NULL;
      statuses[pl_phase_get_status (phase)]++;
      components += g_list_model_get_n_items (pl_phase_get_components (phase));
      g_assert_true (pl_date_is_set (pl_phase_get_start (phase)));
    }
  g_assert_cmpuint (nested, >, 0);
  g_assert_cmpuint (statuses[PL_STATUS_COMPLETED], >, 0);
  g_assert_cmpuint (statuses[PL_STATUS_PLANNED], >, 0);
  g_assert_cmpuint (components, >, 200);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (PlEvent) event = g_list_model_get_item (events, i);
      dated_events += pl_date_is_set (pl_event_get_date (event));
    }
  g_assert_cmpuint (dated_events, ==, g_list_model_get_n_items (events));
  g_assert_cmpuint (dated_events, >, 400);
  g_assert_cmpuint (count_type (briefing, PL_TYPE_SOURCE), >=, 3);
  g_assert_cmpuint (count_type (briefing, PL_TYPE_REACTION), >, 10);
  g_assert_cmpuint (count_type (briefing, PL_TYPE_RISK), >, 10);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/timeline-export/builtin", test_builtin);
  g_test_add_func ("/timeline-export/generated", test_generated);
  g_test_add_func ("/timeline-export/defaults-and-dark", test_defaults_and_dark);
  g_test_add_func ("/timeline-export/errors", test_errors);
  g_test_add_func ("/timeline-export/large-vector", test_large_vector);
  g_test_add_func ("/timeline-export/exporters", test_exporters);
  g_test_add_func ("/timeline-export/generator/deterministic", test_generator);
  g_test_add_func ("/timeline-export/generator/shape", test_generator_shape);
  return g_test_run ();
}
