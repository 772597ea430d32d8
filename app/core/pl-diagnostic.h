/* pl-diagnostic.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PL_SEVERITY_ERROR,
  PL_SEVERITY_WARNING,
} PlSeverity;

/**
 * PlDiagnostic:
 * @file: the file as the user named it
 * @line: 1-based line, or 0 when unknown
 * @column: 1-based column in characters, or 0 when unknown
 * @severity: an error stops loading; a warning does not
 * @message: what is wrong, in words for the user
 *
 * One problem found while loading a file.
 */
typedef struct
{
  char *file;
  guint line;
  guint column;
  PlSeverity severity;
  char *message;
} PlDiagnostic;

#define PL_TYPE_DIAGNOSTIC (pl_diagnostic_get_type ())

GType pl_diagnostic_get_type (void) G_GNUC_CONST;
PlDiagnostic *pl_diagnostic_new (PlSeverity severity,
                                 const char *file,
                                 guint line,
                                 guint column,
                                 const char *message);
PlDiagnostic *pl_diagnostic_copy (const PlDiagnostic *diagnostic);
void pl_diagnostic_free (PlDiagnostic *diagnostic);
char *pl_diagnostic_format (const PlDiagnostic *diagnostic);

GPtrArray *pl_diagnostics_new (void);
void pl_diagnostics_add (GPtrArray *diagnostics,
                         PlSeverity severity,
                         const char *file,
                         guint line,
                         guint column,
                         const char *format,
                         ...) G_GNUC_PRINTF (6, 7);
void pl_diagnostics_fail (GPtrArray *diagnostics,
                          GError **error,
                          int code,
                          const char *file,
                          guint line,
                          guint column,
                          const char *message);
const PlDiagnostic *pl_diagnostics_first_error (GPtrArray *diagnostics);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlDiagnostic, pl_diagnostic_free)

G_END_DECLS
