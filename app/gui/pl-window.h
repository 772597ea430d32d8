/* pl-window.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-application.h"
#include "pl-briefing.h"

G_BEGIN_DECLS

#define PL_TYPE_WINDOW (pl_window_get_type ())

/* A window showing one briefing: its phases on the left, stakeholder
 * reactions and risks in the sidebar. */
G_DECLARE_FINAL_TYPE (PlWindow, pl_window, PL, WINDOW, GtkApplicationWindow)

PlWindow *pl_window_new (PlApplication *application);
PlBriefing *pl_window_get_briefing (PlWindow *self);
gboolean pl_window_get_busy (PlWindow *self);
void pl_window_show_builtin (PlWindow *self);
void pl_window_open (PlWindow *self,
                     GFile **files,
                     guint n_files);

G_END_DECLS
