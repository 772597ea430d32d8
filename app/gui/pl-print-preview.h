/* pl-print-preview.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-summary.h"

G_BEGIN_DECLS

GtkWindow *pl_print_preview_show (PlSummary *summary,
                                  GtkPrintOperationPreview *preview,
                                  GtkWindow *parent);

G_END_DECLS
