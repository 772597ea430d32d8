/* pl-test-gui.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-application.h"
#include "pl-view-state.h"
#include "pl-window.h"

G_BEGIN_DECLS

/* What every test under Xvfb shares: an application to run the tests in,
 * waiting on the main loop for a condition, and a few short ways into a
 * window. */

typedef gboolean (*PlTestCondition) (gpointer data);

int pl_test_gui_run (void);
PlApplication *pl_test_gui_app (void);
void pl_test_gui_wait_for (PlTestCondition condition,
                           gpointer data);
void pl_test_gui_drain (void);
void pl_test_gui_destroy_windows (void);
gboolean pl_test_gui_is_drawn (gpointer widget);
PlWindow *pl_test_gui_new_builtin_window (void);
PlViewState *pl_test_gui_get_view_state (PlWindow *window);
gpointer pl_test_gui_get_item (GListModel *model,
                               guint position);

G_END_DECLS
