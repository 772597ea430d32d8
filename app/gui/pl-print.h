/* pl-print.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-briefing.h"
#include "pl-summary.h"

G_BEGIN_DECLS

#define PL_TYPE_PRINT_OPERATION (pl_print_operation_get_type ())

/* File → Print: the briefing's summary, laid out on the page set up and
 * drawn by the same core renderer as the exported PDF, with a tab of
 * options (the sections, or the timeline only). The page setup and print
 * settings are remembered between runs. */
G_DECLARE_FINAL_TYPE (PlPrintOperation, pl_print_operation, PL, PRINT_OPERATION, GtkPrintOperation)

PlPrintOperation *pl_print_operation_new (PlBriefing *briefing);
PlSummarySections pl_print_operation_get_sections (PlPrintOperation *self);
void pl_print_operation_set_sections (PlPrintOperation *self,
                                      PlSummarySections sections);
void pl_print_operation_save_settings (PlPrintOperation *self);
void pl_print_run (GtkWindow *parent,
                   PlBriefing *briefing);
void _pl_print_set_test_export (const char *filename);
GtkWindow *_pl_print_operation_get_preview_window (PlPrintOperation *self);

G_END_DECLS
