/* pl-cli.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlCli"

#include "config.h"

#include "pl-cli.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-export.h"
#include "pl-json.h"
#include "pl-loader.h"
#include "pl-slide-deck.h"
#include "pl-summary-export.h"

static void
print_diagnostics (GPtrArray *diagnostics)
{
  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *text = pl_diagnostic_format (g_ptr_array_index (diagnostics, i));
      g_printerr ("%s\n", text);
    }
}

/* The inputs merged into one briefing, or the built-in briefing when
 * there are none. Problems go to standard error. */
static PlBriefing *
load_inputs (const char *const *inputs)
{
  g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing;

  if (inputs == NULL || inputs[0] == NULL)
    return pl_builtin_briefing_new ();

  for (guint i = 0; inputs[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (inputs[i]));

  briefing = pl_load_files ((GFile **) files->pdata, files->len, diagnostics, &error);
  print_diagnostics (diagnostics);
  if (briefing == NULL && diagnostics->len == 0)
    g_printerr ("%s\n", error->message);
  return briefing;
}

/* A whole number of px from @min to 16384, as `--width` and `--height` take. */
static gboolean
parse_px (const char *option,
          const char *text,
          guint min,
          double *out_px)
{
  guint64 value;

  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, min, 16384, &value, NULL))
    {
      g_printerr (_ ("phaseline: %s must be a whole number of pixels from %u to 16384, not “%s”\n"), option,
                  min, text);
      return FALSE;
    }
  *out_px = (double) value;
  return TRUE;
}

static gboolean
parse_scale (const char *text,
             double *out_scale)
{
  char *end = NULL;
  double value;

  if (text == NULL)
    return TRUE;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(value > 0 && value <= 16))
    {
      g_printerr (_ ("phaseline: --scale must be a number above 0 and at most 16, such as 2 or 1.5, not “%s”\n"),
                  text);
      return FALSE;
    }
  *out_scale = value;
  return TRUE;
}

static gboolean
parse_mode (const char *text,
            PlTimelineMode *out_mode)
{
  static const struct
  {
    const char *name;
    PlTimelineMode mode;
  } modes[] = {
    { "auto", PL_TIMELINE_MODE_AUTO },
    { "dates", PL_TIMELINE_MODE_CHRONOLOGICAL },
    { "sequence", PL_TIMELINE_MODE_SEQUENCE },
  };

  if (text == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    if (g_str_equal (text, modes[i].name))
      {
        *out_mode = modes[i].mode;
        return TRUE;
      }
  g_printerr (_ ("phaseline: --mode must be auto, dates or sequence, not “%s”\n"), text);
  return FALSE;
}

/**
 * pl_cli_image_args_given:
 * @args: (nullable): the image options
 *
 * Returns: whether any of them was given
 */
gboolean
pl_cli_image_args_given (const PlCliImageArgs *args)
{
  return args != NULL && (args->width != NULL || args->height != NULL || args->scale != NULL ||
                          args->mode != NULL || args->content != NULL || args->ratio != NULL || args->notes ||
                          args->paper != NULL || args->orientation != NULL || args->sections != NULL);
}

static const GOptionEntry slide_option_entries[] = {
  { "content", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export to .pdf: timeline, slides or summary (default: from the file name’s start, else timeline)"),
    N_ ("WHAT") },
  { "ratio", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export of slides: 16:9 or 4:3 (default 16:9)"), N_ ("RATIO") },
  { "notes", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("With --export of slides: follow each slide with a page of its speaker notes"), NULL },
  { NULL }
};

/**
 * pl_cli_get_slide_option_entries:
 *
 * The options `--content`, `--ratio` and `--notes` of `--export`, for
 * g_application_add_main_option_entries(): their values arrive in the
 * options dictionary, for pl_cli_lookup_slide_options().
 *
 * Returns: (transfer none) (array zero-terminated=1): the options
 */
const GOptionEntry *
pl_cli_get_slide_option_entries (void)
{
  return slide_option_entries;
}

/**
 * pl_cli_lookup_slide_options:
 * @options: the options given, as handle-local-options gets them
 * @args: where to store the slide options found
 */
void
pl_cli_lookup_slide_options (GVariantDict *options,
                             PlCliImageArgs *args)
{
  g_variant_dict_lookup (options, "content", "&s", &args->content);
  g_variant_dict_lookup (options, "ratio", "&s", &args->ratio);
  args->notes = g_variant_dict_contains (options, "notes");
}

static const GOptionEntry summary_option_entries[] = {
  { "paper", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export of the summary: a4 or letter (default a4)"), N_ ("PAPER") },
  { "orientation", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export of the summary: portrait or landscape (default portrait)"), N_ ("ORIENTATION") },
  { "sections", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export of the summary: which of timeline,phases,reactions,risks,sources (default all)"),
    N_ ("LIST") },
  { NULL }
};

/**
 * pl_cli_get_summary_option_entries:
 *
 * The options `--paper`, `--orientation` and `--sections` of `--export`
 * of the summary, for g_application_add_main_option_entries().
 *
 * Returns: (transfer none) (array zero-terminated=1): the options
 */
const GOptionEntry *
pl_cli_get_summary_option_entries (void)
{
  return summary_option_entries;
}

/**
 * pl_cli_lookup_summary_options:
 * @options: the options given, as handle-local-options gets them
 * @args: where to store the summary options found
 */
void
pl_cli_lookup_summary_options (GVariantDict *options,
                               PlCliImageArgs *args)
{
  g_variant_dict_lookup (options, "paper", "&s", &args->paper);
  g_variant_dict_lookup (options, "orientation", "&s", &args->orientation);
  g_variant_dict_lookup (options, "sections", "&s", &args->sections);
}

static gboolean
parse_content (const char *output,
               const char *text,
               PlExportContent *out_content)
{
  const PlExporter *exporter = pl_exporter_for_name (output);

  if (text == NULL)
    *out_content = PL_EXPORT_CONTENT_AUTO;
  else if (g_str_equal (text, "timeline"))
    *out_content = PL_EXPORT_CONTENT_TIMELINE;
  else if (g_str_equal (text, "slides"))
    *out_content = PL_EXPORT_CONTENT_SLIDES;
  else if (g_str_equal (text, "summary"))
    *out_content = PL_EXPORT_CONTENT_SUMMARY;
  else
    {
      g_printerr (_ ("phaseline: --content must be timeline, slides or summary, not “%s”\n"), text);
      return FALSE;
    }
  if (text != NULL && !g_str_equal (exporter->extension, ".pdf"))
    {
      g_printerr (_ ("phaseline: --content applies only to .pdf, not %s\n"), exporter->extension);
      return FALSE;
    }
  *out_content = pl_export_content_for_name (output, *out_content);
  return TRUE;
}

/* --width, --ratio, --mode and --notes for slides. */
static gboolean
parse_slide_args (const PlCliImageArgs *args,
                  PlSlideExportOptions *slides)
{
  double width = PL_SLIDE_DEFAULT_WIDTH;
  double ratio = 9.0 / 16.0;

  if (args->height != NULL || args->scale != NULL)
    {
      g_printerr (_ ("phaseline: --height and --scale do not apply to slides; give --width and --ratio\n"));
      return FALSE;
    }
  if (args->ratio != NULL && g_str_equal (args->ratio, "4:3"))
    ratio = 3.0 / 4.0;
  else if (args->ratio != NULL && !g_str_equal (args->ratio, "16:9"))
    {
      g_printerr (_ ("phaseline: --ratio must be 16:9 or 4:3, not “%s”\n"), args->ratio);
      return FALSE;
    }
  if (!parse_px ("--width", args->width, 640, &width) || !parse_mode (args->mode, &slides->mode))
    return FALSE;
  slides->width = width;
  slides->height = round (width * ratio);
  slides->notes = args->notes;
  return TRUE;
}

/* --paper, --orientation, --sections and --mode for the summary. */
static gboolean
parse_summary_args (const PlCliImageArgs *args,
                    PlSummaryExportOptions *summary)
{
  gboolean letter = FALSE, landscape = FALSE;

  if (args->width != NULL || args->height != NULL || args->scale != NULL || args->ratio != NULL || args->notes)
    {
      g_printerr (_ ("phaseline: --width, --height, --scale, --ratio and --notes do not apply to the summary; "
                     "give --paper and --orientation\n"));
      return FALSE;
    }
  if (args->paper != NULL && !(letter = g_ascii_strcasecmp (args->paper, "letter") == 0) &&
      g_ascii_strcasecmp (args->paper, "a4") != 0)
    {
      g_printerr (_ ("phaseline: --paper must be a4 or letter, not “%s”\n"), args->paper);
      return FALSE;
    }
  if (args->orientation != NULL && !(landscape = g_str_equal (args->orientation, "landscape")) &&
      !g_str_equal (args->orientation, "portrait"))
    {
      g_printerr (_ ("phaseline: --orientation must be portrait or landscape, not “%s”\n"), args->orientation);
      return FALSE;
    }
  if (args->sections != NULL && (!pl_summary_sections_parse (args->sections, &summary->sections) || summary->sections == 0))
    {
      g_printerr (_ ("phaseline: --sections must list some of timeline, phases, reactions, risks and sources, "
                     "not “%s”\n"),
                  args->sections);
      return FALSE;
    }
  pl_summary_page_init (&summary->page, letter, landscape);
  return parse_mode (args->mode, &summary->mode);
}

/* Checks the image options against each other and the output format, and
 * fills @options. Problems go to standard error. */
static gboolean
parse_image_args (const char *output,
                  const PlCliImageArgs *args,
                  PlExportOptions *options)
{
  PlTimelineExportOptions *timeline = &options->timeline;
  const PlExporter *exporter = pl_exporter_for_name (output);

  if (!parse_content (output, args ? args->content : NULL, &options->content))
    return FALSE;
  if (!pl_cli_image_args_given (args))
    return TRUE;
  if (options->content == PL_EXPORT_CONTENT_SUMMARY)
    return parse_summary_args (args, &options->summary);
  if (args->paper != NULL || args->orientation != NULL || args->sections != NULL)
    {
      g_printerr (_ ("phaseline: --paper, --orientation and --sections apply only to the summary: a .md, a .pdf "
                     "named “summary…” or given --content=summary\n"));
      return FALSE;
    }
  if (options->content == PL_EXPORT_CONTENT_SLIDES)
    return parse_slide_args (args, &options->slides);
  if (args->ratio != NULL || args->notes)
    {
      g_printerr (_ ("phaseline: --ratio and --notes apply only to slides: a .pdf named “slides…” or "
                     "given --content=slides\n"));
      return FALSE;
    }
  if (!exporter->draws_timeline)
    {
      g_printerr (_ ("phaseline: --width, --height, --scale and --mode apply only to the timeline "
                     "formats .png, .svg and .pdf, not %s\n"),
                  exporter->extension);
      return FALSE;
    }
  if (!parse_px ("--width", args->width, 200, &timeline->width) ||
      !parse_px ("--height", args->height, 100, &timeline->height) ||
      !parse_scale (args->scale, &timeline->scale) || !parse_mode (args->mode, &timeline->mode))
    return FALSE;
  return TRUE;
}

/**
 * pl_cli_export:
 * @output: the file to write; its extension selects the format
 * @inputs: (array zero-terminated=1) (nullable): the files to read
 * @image_args: (nullable): `--width`, `--height`, `--scale` and `--mode`,
 *   which only the timeline formats take, and `--content`, `--ratio` and
 *   `--notes`, which choose and shape slides, and `--paper`,
 *   `--orientation` and `--sections`, which shape the summary; a .pdf
 *   whose name starts with "slides" holds the slides and one whose name
 *   starts with "summary" the summary unless `--content` says otherwise
 *
 * `phaseline --export OUTPUT INPUT…`, with no display needed.
 *
 * Returns: an exit status: %PL_EXIT_OK, %PL_EXIT_INPUT when an input
 *   failed, %PL_EXIT_OUTPUT when writing failed, %PL_EXIT_USAGE when the
 *   output name or an option is wrong
 */
int
pl_cli_export (const char *output,
               const char *const *inputs,
               const PlCliImageArgs *image_args)
{
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  PlExportOptions options = { 0 };

  g_return_val_if_fail (output != NULL, PL_EXIT_USAGE);

  if (!pl_export_check_name (output, &error))
    {
      g_printerr ("%s\n", error->message);
      return PL_EXIT_USAGE;
    }
  if (!parse_image_args (output, image_args, &options))
    return PL_EXIT_USAGE;

  briefing = load_inputs (inputs);
  if (briefing == NULL)
    return PL_EXIT_INPUT;

  file = g_file_new_for_commandline_arg (output);
  if (!pl_export_to_file (briefing, file, &options, &error))
    {
      g_printerr ("%s\n", error->message);
      /* An image too large for the options given: change them. */
      if (g_error_matches (error, PL_ERROR, PL_ERROR_TOO_LARGE) || g_error_matches (error, PL_ERROR, PL_ERROR_INVALID))
        return PL_EXIT_USAGE;
      return PL_EXIT_OUTPUT;
    }
  return PL_EXIT_OK;
}

/**
 * pl_cli_dump:
 * @inputs: (array zero-terminated=1) (nullable): the files to read
 *
 * `phaseline --dump INPUT…`: the briefing as JSON on standard output.
 *
 * Returns: an exit status
 */
int
pl_cli_dump (const char *const *inputs)
{
  g_autoptr (PlBriefing) briefing = load_inputs (inputs);
  g_autoptr (GBytes) json = NULL;
  const char *data;
  gsize length;

  if (briefing == NULL)
    return PL_EXIT_INPUT;

  json = pl_json_write (briefing);
  data = g_bytes_get_data (json, &length);
  if (fwrite (data, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      g_printerr (_ ("phaseline: cannot write to standard output: %s\n"), g_strerror (errno));
      return PL_EXIT_OUTPUT;
    }
  return PL_EXIT_OK;
}
