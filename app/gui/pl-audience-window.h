/* pl-audience-window.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _PlPresentation PlPresentation;

#define PL_TYPE_AUDIENCE_WINDOW (pl_audience_window_get_type ())

/* What the room sees: the current slide, full screen on a monitor or in a
 * window to share. A click advances; the pointer hides when idle. */
G_DECLARE_FINAL_TYPE (PlAudienceWindow, pl_audience_window, PL, AUDIENCE_WINDOW, GtkWindow)

GtkWidget *pl_audience_window_new (PlPresentation *presentation);
GtkWidget *_pl_audience_window_get_slide_view (PlAudienceWindow *self);
gboolean _pl_audience_window_get_pointer_hidden (PlAudienceWindow *self);
void _pl_audience_window_hide_pointer_now (PlAudienceWindow *self);

G_END_DECLS
