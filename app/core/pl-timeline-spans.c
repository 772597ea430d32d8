/* pl-timeline-spans.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimelineLayout"

#include "config.h"

#include "pl-timeline-layout-private.h"

#include "pl-phase.h"

/* When each phase is on the date axis: from its dates, from its
 * neighbours' where it has one end only, and in order around "now" where
 * it has none. */

/* Undated phases in chronological mode: consecutive spans of @unit in
 * order, placed so that the current phase straddles "now" or, without one,
 * the completed phases end at it. Their edges are soft: they are inferred. */
void
_pl_timeline_place_undated (PlTimelineLayout *self,
                            PhaseNode *nodes,
                            GPtrArray *list,
                            double anchor,
                            gboolean anchor_is_now,
                            double unit)
{
  g_autoptr (GPtrArray) undated = g_ptr_array_new ();
  guint n_before = 0;
  double half = 0, start;

  for (guint i = 0; i < list->len; i++)
    {
      PhaseNode *node = &nodes[GPOINTER_TO_UINT (list->pdata[i])];

      if (!ENTRY (self, node->entry)->dated)
        g_ptr_array_add (undated, node);
    }
  if (undated->len == 0)
    return;

  if (anchor_is_now)
    {
      for (n_before = 0; n_before < undated->len; n_before++)
        {
          PlStatus status = pl_phase_get_status (((PhaseNode *) undated->pdata[n_before])->phase);

          if (status != PL_STATUS_COMPLETED)
            {
              if (status == PL_STATUS_CURRENT)
                half = 0.5;
              break;
            }
        }
    }
  start = anchor - (n_before + half) * unit;

  for (guint i = 0; i < undated->len; i++)
    {
      PhaseNode *node = undated->pdata[i];
      PlTimelineEntry *entry = ENTRY (self, node->entry);
      double s = start + i * unit, e = s + unit;

      entry->span = (PlTimeSpan){ s + unit * 0.12, e - unit * 0.12, s, e };
    }
}

void
_pl_timeline_place_children_chronological (PlTimelineLayout *self,
                                           PhaseNode *nodes,
                                           GPtrArray *list)
{
  for (guint i = 0; i < list->len; i++)
    {
      PhaseNode *node = &nodes[GPOINTER_TO_UINT (list->pdata[i])];
      PlTimelineEntry *entry = ENTRY (self, node->entry);
      guint n_undated = 0;

      for (guint k = 0; k < node->children->len; k++)
        {
          PhaseNode *child = &nodes[GPOINTER_TO_UINT (node->children->pdata[k])];

          n_undated += !ENTRY (self, child->entry)->dated;
        }
      if (n_undated > 0)
        {
          /* Undated parts of a phase share its span in order. */
          double width = (entry->span.soft_end - entry->span.soft_start) / n_undated;

          _pl_timeline_place_undated (self, nodes, node->children, entry->span.soft_start, FALSE, width);
        }
      _pl_timeline_place_children_chronological (self, nodes, node->children);
    }
}

/* Days an open end fades over when nothing tells where it is. */
#define OPEN_FADE_DAYS 90.0
#define PLANNED_FADE_DAYS 180.0

/* Where the next dated phase after @i in the plan's order starts, or
 * @fallback. */
static double
next_phase_start (PlTimelineLayout *self,
                  PhaseNode *nodes,
                  guint n_nodes,
                  guint i,
                  double after,
                  double fallback)
{
  for (guint k = i + 1; k < n_nodes; k++)
    {
      PlTimelineEntry *next = ENTRY (self, nodes[k].entry);

      if (next->dated && nodes[k].parent == nodes[i].parent && next->span.soft_start > after)
        return next->span.soft_start;
    }
  return fallback;
}

static double
previous_phase_end (PlTimelineLayout *self,
                    PhaseNode *nodes,
                    guint i,
                    double before,
                    double fallback)
{
  for (guint k = i; k-- > 0;)
    {
      PlTimelineEntry *previous = ENTRY (self, nodes[k].entry);

      if (previous->dated && nodes[k].parent == nodes[i].parent && previous->span.soft_end < before)
        return previous->span.soft_end;
    }
  return fallback;
}

/* A phase dated at one end only is not a sliver: a current one has run
 * from its start to "now"; an open end reaches, softly, to where the next
 * phase starts or the last one ended, else fades over a few months. */
void
_pl_timeline_extend_open_spans (PlTimelineLayout *self,
                                PhaseNode *nodes,
                                guint n_nodes)
{
  for (guint i = 0; i < n_nodes; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, nodes[i].entry);
      PlTimeSpan ignored;
      gboolean has_start = pl_time_span_from_date (pl_phase_get_start (nodes[i].phase), &ignored);
      gboolean has_end = pl_time_span_from_date (pl_phase_get_end (nodes[i].phase), &ignored);
      PlTimeSpan *span = &entry->span;

      if (!entry->dated || has_start == has_end)
        continue;
      if (has_start)
        {
          double fade = entry->status == PL_STATUS_PLANNED ? PLANNED_FADE_DAYS : OPEN_FADE_DAYS;

          if (entry->status == PL_STATUS_CURRENT && self->has_now && self->now > span->end)
            span->end = self->now;
          span->soft_end = next_phase_start (self, nodes, n_nodes, i, span->end, span->end + fade);
          span->soft_end = MAX (span->soft_end, span->end);
        }
      else
        {
          span->soft_start = previous_phase_end (self, nodes, i, span->start, span->start - OPEN_FADE_DAYS);
          span->soft_start = MIN (span->soft_start, span->start);
        }
    }
}

gboolean
_pl_timeline_phase_span (PlPhase *phase,
                         PlTimeSpan *out_span)
{
  PlTimeSpan start, end;
  gboolean has_start = pl_time_span_from_date (pl_phase_get_start (phase), &start);
  gboolean has_end = pl_time_span_from_date (pl_phase_get_end (phase), &end);

  if (has_start && has_end)
    {
      if (end.end < start.start)
        end = start;
      *out_span = (PlTimeSpan){ start.start, end.end, start.soft_start, end.soft_end };
    }
  else if (has_start)
    /* No end given: firm to the end of the start date, then fading out. */
    *out_span = (PlTimeSpan){ start.start, start.end, start.soft_start, MAX (start.end, start.start + 90) };
  else if (has_end)
    *out_span = (PlTimeSpan){ end.start, end.end, MIN (end.start, end.end - 90), end.soft_end };
  else
    return FALSE;
  return TRUE;
}
