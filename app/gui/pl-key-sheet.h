/* pl-key-sheet.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PL_TYPE_KEY_SHEET (pl_key_sheet_get_type ())

/* The keys of a presentation, shown over either of its windows by ? or F1. */
G_DECLARE_FINAL_TYPE (PlKeySheet, pl_key_sheet, PL, KEY_SHEET, GtkWidget)

G_END_DECLS
