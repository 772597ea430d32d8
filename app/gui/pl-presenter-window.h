/* pl-presenter-window.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _PlPresentation PlPresentation;

#define PL_TYPE_PRESENTER_WINDOW (pl_presenter_window_get_type ())

/* The presenter console: the current and next slide, the speaker notes
 * (editable), the time against the target, the clock, where in the deck,
 * and an overview to jump to any slide. */
G_DECLARE_FINAL_TYPE (PlPresenterWindow, pl_presenter_window, PL, PRESENTER_WINDOW, GtkWindow)

GtkWidget *pl_presenter_window_new (PlPresentation *presentation);

/* For tests. */
GtkWidget *_pl_presenter_window_get_current_view (PlPresenterWindow *self);
GtkWidget *_pl_presenter_window_get_next_view (PlPresenterWindow *self);
GtkTextView *_pl_presenter_window_get_notes_view (PlPresenterWindow *self);
GtkFlowBox *_pl_presenter_window_get_overview (PlPresenterWindow *self);
const char *_pl_presenter_window_get_position_text (PlPresenterWindow *self);
void _pl_presenter_window_update_time (PlPresenterWindow *self,
                                       gint64 elapsed_us);
const char *_pl_presenter_window_get_elapsed_text (PlPresenterWindow *self);

G_END_DECLS
