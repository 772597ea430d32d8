/* pl-timeline-view-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-timeline-view.h"

G_BEGIN_DECLS

/* Shared by pl-timeline-view.c (properties, layout, style, drawing) and
 * pl-timeline-view-input.c (focus, gestures, keys, menu, tooltips). */
struct _PlTimelineView
{
  GtkWidget parent_instance;

  /* Owned references */
  PlViewState *view_state;  /* never NULL */
  PlBriefing *briefing;     /* the view state's, followed for changes */
  PlTimelineLayout *layout; /* NULL until needed and after each change */
  PlTimelineFrame *frame;   /* the last drawn, for hit testing; NULL when stale */
  PlItem *focus_item;       /* keyboard focus, kept across layouts */
  GtkWidget *menu;          /* the context menu, a popover child */
  GtkSettings *settings;    /* whose theme we follow while rooted */

  gboolean *dimmed; /* per layout entry: not found by the search; NULL when not searching */
  PlRenderStyle style;
  PlTimelineViewport viewport;
  PlTimelineMode mode;           /* as asked for */
  PlTimelineMode effective_mode; /* as the last layout chose */

  int focused; /* entries of the layout, -1 for none */
  int hovered;
  int menu_entry; /* what the context menu's item actions act on */
  double pointer_x;
  double drag_time_start; /* the viewport when the drag began */
  double drag_scroll_y;
  double pinch_scale; /* of the pinch so far */
  guint update_idle_id;
  guint style_valid : 1;
  guint needs_fit : 1;
  guint dragging : 1;
  guint effective_mode_changed : 1; /* not yet notified */
};

/* pl-timeline-view.c */
/* pl-timeline-view-style.c */
void _pl_timeline_view_fill_style (GtkWidget *widget,
                                   PlRenderStyle *style);
gboolean _pl_timeline_view_style_equal (const PlRenderStyle *a,
                                        const PlRenderStyle *b);

void _pl_timeline_view_update_accessible (PlTimelineView *self);
void _pl_timeline_view_update_actions (PlTimelineView *self);
void _pl_timeline_view_ensure_layout (PlTimelineView *self);
gboolean _pl_timeline_view_get_item_dimmed (PlTimelineView *self,
                                            PlItem *item);
const PlTimelineFrame *_pl_timeline_view_ensure_frame (PlTimelineView *self);
void _pl_timeline_view_viewport_changed (PlTimelineView *self);
void _pl_timeline_view_pan_by (PlTimelineView *self,
                               double dx,
                               double dy);
void _pl_timeline_view_zoom_at (PlTimelineView *self,
                                double factor,
                                double anchor_x);
void _pl_timeline_view_emit_show_evidence (PlTimelineView *self,
                                           PlItem *item);

/* pl-timeline-view-input.c */
void _pl_timeline_view_class_init_input (GtkWidgetClass *widget_class);
void _pl_timeline_view_init_input (PlTimelineView *self);
void _pl_timeline_view_set_focused (PlTimelineView *self,
                                    int entry,
                                    gboolean scroll);
gboolean _pl_timeline_view_focus (GtkWidget *widget,
                                  GtkDirectionType direction);
gboolean _pl_timeline_view_query_tooltip (GtkWidget *widget,
                                          int x,
                                          int y,
                                          gboolean keyboard_mode,
                                          GtkTooltip *tooltip);

G_END_DECLS
