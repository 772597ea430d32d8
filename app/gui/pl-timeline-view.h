/* pl-timeline-view.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-timeline-layout.h"
#include "pl-view-state.h"

G_BEGIN_DECLS

#define PL_TYPE_TIMELINE_VIEW (pl_timeline_view_get_type ())
#define PL_TYPE_TIMELINE_VIEW_MODE (pl_timeline_view_mode_get_type ())

GType pl_timeline_view_mode_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (PlTimelineView, pl_timeline_view, PL, TIMELINE_VIEW, GtkWidget)

GtkWidget *pl_timeline_view_new (void);
PlViewState *pl_timeline_view_get_view_state (PlTimelineView *self);
void pl_timeline_view_set_view_state (PlTimelineView *self,
                                      PlViewState *view_state);
PlTimelineMode pl_timeline_view_get_mode (PlTimelineView *self);
void pl_timeline_view_set_mode (PlTimelineView *self,
                                PlTimelineMode mode);
void pl_timeline_view_zoom (PlTimelineView *self,
                            double factor);
void pl_timeline_view_zoom_to_fit (PlTimelineView *self);
PlItem *pl_timeline_view_get_focused_item (PlTimelineView *self);
const PlRenderStyle *pl_timeline_view_get_render_style (PlTimelineView *self);
PlTimelineMode pl_timeline_view_get_effective_mode (PlTimelineView *self);
void pl_timeline_view_pan (PlTimelineView *self,
                           double dx,
                           double dy);

/* What is drawn now: for tests, and for pointing popovers at an item. */
PlTimelineLayout *pl_timeline_view_get_layout (PlTimelineView *self);
const PlTimelineFrame *pl_timeline_view_get_frame (PlTimelineView *self);

G_END_DECLS
