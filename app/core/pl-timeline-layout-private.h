/* pl-timeline-layout-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-timeline-layout.h"

G_BEGIN_DECLS

/* Shared by the two halves of the timeline's layout: the world
 * (pl-timeline-layout.c) and the frames built from it (pl-timeline-frame.c). */

#define MAX_EVENT_ROWS 3
#define MAX_SOURCE_ROWS 2
#define MAX_DEPTH 8
#define CLUSTER_PX 12.0
#define MARKER_PX 12.0
#define MAX_LABEL_PX 260.0
#define MIN_LABEL_PX 48.0

typedef struct
{
  guint first_component; /* entry index */
  guint n_components;
  guint n_children;
} PhaseExtra;

struct _PlTimelineLayout
{
  PlTimelineMode mode;
  GArray *entries;     /* PlTimelineEntry */
  GHashTable *extras;  /* phase entry index → PhaseExtra */
  GHashTable *by_item; /* PlItem → entry index + 1 */
  PangoLayout *measure;

  /* metrics, px */
  double line;
  double axis_height;
  double header_height;
  double card_height;
  double card_gap;
  double pad;
  double row_height;

  double content_height;
  double events_top;
  guint n_event_rows;
  double sources_top;
  guint n_source_rows;

  gboolean has_now;
  double now;
  double extent_start;
  double extent_end;
  guint n_hidden_events;
  gboolean dates_missing;

  /* interval indices: entry indices sorted by soft start, with the running
   * maximum of soft ends, so a query skips everything ending before it */
  GArray *phases;
  GArray *phase_max_end;
  GArray *events;
  GArray *event_times;
  GArray *sources;
  GArray *source_times;
  GArray *order; /* entry index by position in time order */
};

#define ENTRY(layout, i) (&g_array_index ((layout)->entries, PlTimelineEntry, (i)))

/* A phase while the world is built, in pl-timeline-layout.c */
typedef struct
{
  PlPhase *phase;
  int parent; /* index into the phase array, or -1 */
  guint depth;
  guint entry;
  GPtrArray *children; /* indices into the phase array, as GUINT_TO_POINTER */
  double slots;
} PhaseNode;

/* pl-timeline-spans.c */
void _pl_timeline_place_undated (PlTimelineLayout *self,
                                 PhaseNode *nodes,
                                 GPtrArray *list,
                                 double anchor,
                                 gboolean anchor_is_now,
                                 double unit);
void _pl_timeline_place_children_chronological (PlTimelineLayout *self,
                                                PhaseNode *nodes,
                                                GPtrArray *list);
gboolean _pl_timeline_phase_span (PlPhase *phase,
                                  PlTimeSpan *out_span);
void _pl_timeline_extend_open_spans (PlTimelineLayout *self,
                                     PhaseNode *nodes,
                                     guint n_nodes);

G_END_DECLS
