/* pl-diagnostic.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-diagnostic.h"

#include <glib/gi18n-lib.h>

#include "pl-error.h"

G_DEFINE_BOXED_TYPE (PlDiagnostic, pl_diagnostic, pl_diagnostic_copy, pl_diagnostic_free)

PlDiagnostic *
pl_diagnostic_new (PlSeverity severity,
                   const char *file,
                   guint line,
                   guint column,
                   const char *message)
{
  PlDiagnostic *self = g_new0 (PlDiagnostic, 1);

  self->severity = severity;
  self->file = g_strdup (file);
  self->line = line;
  self->column = line ? column : 0;
  self->message = g_strdup (message);
  return self;
}

PlDiagnostic *
pl_diagnostic_copy (const PlDiagnostic *diagnostic)
{
  return pl_diagnostic_new (diagnostic->severity, diagnostic->file, diagnostic->line,
                            diagnostic->column, diagnostic->message);
}

void
pl_diagnostic_free (PlDiagnostic *diagnostic)
{
  if (diagnostic == NULL)
    return;
  g_free (diagnostic->file);
  g_free (diagnostic->message);
  g_free (diagnostic);
}

/**
 * pl_diagnostic_format:
 *
 * Formats the diagnostic the way compilers do, so that editors and
 * terminals can jump to it: "FILE:LINE:COLUMN: message", leaving out the
 * parts that are unknown; warnings say so after the position.
 *
 * Returns: (transfer full): the formatted text
 */
char *
pl_diagnostic_format (const PlDiagnostic *diagnostic)
{
  GString *str = g_string_new (diagnostic->file ? diagnostic->file : "-");

  if (diagnostic->line > 0)
    g_string_append_printf (str, ":%u", diagnostic->line);
  if (diagnostic->line > 0 && diagnostic->column > 0)
    g_string_append_printf (str, ":%u", diagnostic->column);
  g_string_append (str, ": ");
  if (diagnostic->severity == PL_SEVERITY_WARNING)
    g_string_append (str, _ ("warning: "));
  g_string_append (str, diagnostic->message);
  return g_string_free (str, FALSE);
}

/**
 * pl_diagnostics_new:
 *
 * Returns: (transfer full) (element-type PlDiagnostic): an empty list
 */
GPtrArray *
pl_diagnostics_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) pl_diagnostic_free);
}

/**
 * pl_diagnostics_add:
 * @diagnostics: (nullable): a list from pl_diagnostics_new(), or %NULL to
 *   drop the diagnostic
 */
void
pl_diagnostics_add (GPtrArray *diagnostics,
                    PlSeverity severity,
                    const char *file,
                    guint line,
                    guint column,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (diagnostics == NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (diagnostics, pl_diagnostic_new (severity, file, line, column, message));
}

/**
 * pl_diagnostics_first_error:
 *
 * Returns: (transfer none) (nullable): the first error of @diagnostics
 */
const PlDiagnostic *
pl_diagnostics_first_error (GPtrArray *diagnostics)
{
  for (guint i = 0; diagnostics != NULL && i < diagnostics->len; i++)
    {
      const PlDiagnostic *d = g_ptr_array_index (diagnostics, i);
      if (d->severity == PL_SEVERITY_ERROR)
        return d;
    }
  return NULL;
}

/**
 * pl_diagnostics_fail:
 * @diagnostics: (nullable): where to add the error
 * @error: set to the error, its message formatted by pl_diagnostic_format()
 * @code: a #PlError code
 *
 * Reports one error both ways: in @diagnostics and as @error.
 */
void
pl_diagnostics_fail (GPtrArray *diagnostics,
                     GError **error,
                     int code,
                     const char *file,
                     guint line,
                     guint column,
                     const char *message)
{
  g_autoptr (PlDiagnostic) d = pl_diagnostic_new (PL_SEVERITY_ERROR, file, line, column, message);
  g_autofree char *text = pl_diagnostic_format (d);

  g_set_error_literal (error, PL_ERROR, code, text);
  if (diagnostics != NULL)
    g_ptr_array_add (diagnostics, g_steal_pointer (&d));
}
