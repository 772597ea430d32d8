/* pl-present-dialog.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-presentation.h"

G_BEGIN_DECLS

#define PL_TYPE_PRESENT_DIALOG (pl_present_dialog_get_type ())

/* Asks where and how to present: the monitor for the audience, by name
 * and size, the console, a window instead of full screen, and a target
 * duration. Remembers the answers in the settings. Emits "start" when the
 * user starts; it then closes itself. */
G_DECLARE_FINAL_TYPE (PlPresentDialog, pl_present_dialog, PL, PRESENT_DIALOG, GtkWindow)

GtkWidget *pl_present_dialog_new (GtkWindow *parent,
                                  GSettings *settings);
void pl_present_dialog_get_options (PlPresentDialog *self,
                                    PlPresentOptions *out_options);
char *pl_present_dialog_dup_monitor_name (GdkMonitor *monitor);
char *pl_present_dialog_dup_monitor_id (GdkMonitor *monitor);
GdkMonitor *pl_present_dialog_find_monitor (GdkDisplay *display,
                                            const char *id);

/* For tests. */
GtkDropDown *_pl_present_dialog_get_monitor_list (PlPresentDialog *self);
void _pl_present_dialog_start (PlPresentDialog *self);

G_END_DECLS
