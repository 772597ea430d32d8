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
#include <stdio.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-export.h"
#include "pl-json.h"
#include "pl-loader.h"

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

/**
 * pl_cli_export:
 * @output: the file to write; its extension selects the format
 * @inputs: (array zero-terminated=1) (nullable): the files to read
 *
 * `phaseline --export OUTPUT INPUT…`, with no display needed.
 *
 * Returns: an exit status: %PL_EXIT_OK, %PL_EXIT_INPUT when an input
 *   failed, %PL_EXIT_OUTPUT when writing failed
 */
int
pl_cli_export (const char *output,
               const char *const *inputs)
{
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (output != NULL, PL_EXIT_USAGE);

  if (!pl_export_check_name (output, &error))
    {
      g_printerr ("%s\n", error->message);
      return PL_EXIT_USAGE;
    }

  briefing = load_inputs (inputs);
  if (briefing == NULL)
    return PL_EXIT_INPUT;

  file = g_file_new_for_commandline_arg (output);
  if (!pl_export_to_file (briefing, file, &error))
    {
      g_printerr ("%s\n", error->message);
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
