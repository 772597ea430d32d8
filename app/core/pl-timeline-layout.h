/* pl-timeline-layout.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "pl-briefing.h"
#include "pl-render-style.h"
#include "pl-time-scale.h"

G_BEGIN_DECLS

/**
 * PlTimelineMode:
 * @PL_TIMELINE_MODE_AUTO: chronological when the phases have dates, else sequence
 * @PL_TIMELINE_MODE_CHRONOLOGICAL: a date axis; undated phases sit before, across or
 *   after the publication date by their status, with soft edges
 * @PL_TIMELINE_MODE_SEQUENCE: phases side by side in order, one slot each
 */
typedef enum
{
  PL_TIMELINE_MODE_AUTO,
  PL_TIMELINE_MODE_CHRONOLOGICAL,
  PL_TIMELINE_MODE_SEQUENCE,
} PlTimelineMode;

typedef enum
{
  PL_TIMELINE_ENTRY_PHASE,
  PL_TIMELINE_ENTRY_COMPONENT,
  PL_TIMELINE_ENTRY_EVENT,
  PL_TIMELINE_ENTRY_SOURCE,
} PlTimelineEntryKind;

/* One item of the briefing placed in the timeline's world: x in time units
 * (days in chronological mode, slots in sequence mode), y in pixels from the
 * top of the content at scale 1. */
typedef struct
{
  PlTimelineEntryKind kind;
  PlItem *item; /* a reference held by the layout */
  char *label;  /* what is drawn; the tooltip shows it whole */
  PlTimeSpan span;
  gboolean dated; /* the span comes from a date in the briefing, not inferred */
  int parent;     /* the entry of the enclosing phase, or -1 */
  guint depth;    /* 0 for top-level phases */
  double y;       /* top of the band, card or marker row */
  double height;
  int category;       /* a PlCategory for components, else -1 */
  int status;         /* a PlStatus for phases and components, else -1 */
  guint order;        /* position in time order: keyboard focus walks it */
  double label_width; /* natural width of the label in px; < 0 until measured */
} PlTimelineEntry;

typedef struct _PlTimelineLayout PlTimelineLayout;

/* What part of the world is shown, and how big. x grows with time unless @rtl,
 * when time runs from right to left. */
typedef struct
{
  double width;       /* px */
  double height;      /* px */
  double time_start;  /* the time at the start edge (left, or right when @rtl) */
  double px_per_unit; /* zoom: px per day, or per slot */
  double scroll_y;    /* px of content scrolled off the top */
  gboolean rtl;
} PlTimelineViewport;

PlTimelineLayout *pl_timeline_layout_new (PlBriefing *briefing,
                                          PlTimelineMode mode,
                                          const PlRenderStyle *style,
                                          PangoContext *context);
void pl_timeline_layout_free (PlTimelineLayout *layout);
PlTimelineMode pl_timeline_layout_get_mode (PlTimelineLayout *layout);
guint pl_timeline_layout_get_n_entries (PlTimelineLayout *layout);
const PlTimelineEntry *pl_timeline_layout_get_entry (PlTimelineLayout *layout,
                                                     guint index);
int pl_timeline_layout_find_item (PlTimelineLayout *layout,
                                  PlItem *item);
int pl_timeline_layout_entry_at_order (PlTimelineLayout *layout,
                                       guint order);
guint pl_timeline_layout_get_n_hidden_events (PlTimelineLayout *layout);
gboolean pl_timeline_layout_get_dates_missing (PlTimelineLayout *layout);
double pl_timeline_layout_get_content_height (PlTimelineLayout *layout);
double pl_timeline_layout_get_axis_height (PlTimelineLayout *layout);
gboolean pl_timeline_layout_get_now (PlTimelineLayout *layout,
                                     double *out_time);
void pl_timeline_layout_get_extent (PlTimelineLayout *layout,
                                    double *out_start,
                                    double *out_end);

void pl_timeline_layout_fit (PlTimelineLayout *layout,
                             PlTimelineViewport *viewport);
void pl_timeline_viewport_zoom (PlTimelineViewport *viewport,
                                double factor,
                                double anchor_x);
void pl_timeline_layout_clamp (PlTimelineLayout *layout,
                               PlTimelineViewport *viewport);
double pl_timeline_viewport_time_to_x (const PlTimelineViewport *viewport,
                                       double time);
double pl_timeline_viewport_x_to_time (const PlTimelineViewport *viewport,
                                       double x);
void pl_timeline_layout_reveal (PlTimelineLayout *layout,
                                PlTimelineViewport *viewport,
                                guint entry);

typedef enum
{
  PL_TIMELINE_BOX_PHASE,
  PL_TIMELINE_BOX_COMPONENT,
  PL_TIMELINE_BOX_EVENT,
  PL_TIMELINE_BOX_SOURCE,
  PL_TIMELINE_BOX_CLUSTER, /* several events or phases too close to tell apart */
} PlTimelineBoxKind;

typedef enum
{
  PL_TIMELINE_BOX_SOFT_START = 1 << 0, /* the start is approximate or inferred */
  PL_TIMELINE_BOX_SOFT_END = 1 << 1,
  PL_TIMELINE_BOX_ELLIPSIZED = 1 << 2,    /* the label does not show whole */
  PL_TIMELINE_BOX_CLIPPED_START = 1 << 3, /* the band goes on beyond the view */
  PL_TIMELINE_BOX_CLIPPED_END = 1 << 4,
} PlTimelineBoxFlags;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} PlRect;

/* Something drawn in a frame, in viewport pixels. */
typedef struct
{
  PlTimelineBoxKind kind;
  int entry;         /* the entry drawn; for a cluster its first entry */
  guint count;       /* entries a cluster stands for; 1 otherwise */
  PlRect rect;       /* what is drawn and hit */
  PlRect label;      /* where the label goes; zero width when there is none */
  double marker_x;   /* events and sources: the point in time */
  double marker_end; /* events and sources: the end of their span (= marker_x for a point) */
  guint flags;       /* PlTimelineBoxFlags */
  guint first;       /* private: where a cluster's members start */
} PlTimelineBox;

typedef struct
{
  double x;
  gboolean major;
  char *label;
} PlTimelineTick;

typedef struct
{
  PlTimelineViewport viewport;
  PlTimelineMode mode;
  GArray *boxes; /* PlTimelineBox, in drawing order */
  GArray *ticks; /* PlTimelineTick */
  double axis_y; /* top of the axis strip, in viewport pixels */
  double axis_height;
  gboolean has_now;
  double now_x;
  char *context_label; /* the larger unit at the start edge ("Mar 2025"), or NULL */
  gboolean more_above; /* content is scrolled off the top */
  gboolean more_below; /* content goes on below the view */
} PlTimelineFrame;

PlTimelineFrame *pl_timeline_frame_build (PlTimelineLayout *layout,
                                          const PlTimelineViewport *viewport);
void pl_timeline_frame_free (PlTimelineFrame *frame);
const PlTimelineBox *pl_timeline_frame_hit (const PlTimelineFrame *frame,
                                            double x,
                                            double y);
const PlTimelineBox *pl_timeline_frame_find_entry (const PlTimelineFrame *frame,
                                                   int entry);
int pl_timeline_layout_get_cluster_member (PlTimelineLayout *layout,
                                           const PlTimelineBox *box,
                                           guint index);
char *pl_timeline_layout_dup_description (PlTimelineLayout *layout,
                                          guint entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlTimelineLayout, pl_timeline_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlTimelineFrame, pl_timeline_frame_free)

G_END_DECLS
