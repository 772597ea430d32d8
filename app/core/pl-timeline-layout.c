/* pl-timeline-layout.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimeline"

#include "config.h"

#include "pl-timeline-layout.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pl-lane-layout.h"
#include "pl-timeline-layout-private.h"

/* The timeline's layout has two halves. The world (this file) is built once
 * per briefing: every phase, component, event and source gets a span of
 * time and a place in y, phases packed into lanes and nested in their
 * parents. A frame (pl-timeline-frame.c) is built per viewport from it. */

static void
clear_entry (gpointer data)
{
  PlTimelineEntry *entry = data;

  g_clear_object (&entry->item);
  g_clear_pointer (&entry->label, g_free);
}

static guint
add_entry (PlTimelineLayout *self,
           PlTimelineEntryKind kind,
           PlItem *item,
           const char *label)
{
  PlTimelineEntry entry = {
    .kind = kind,
    .item = g_object_ref (item),
    .parent = -1,
    .category = -1,
    .status = -1,
    .label_width = -1,
  };
  g_autofree char *clean = g_strdup (label && *label ? label : pl_item_get_kind_name (item));

  /* A label is one line: line breaks and tabs of edited text become spaces. */
  for (char *p = clean; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  entry.label = g_strdup (g_strstrip (clean));
  g_array_append_val (self->entries, entry);
  g_hash_table_insert (self->by_item, item, GUINT_TO_POINTER (self->entries->len));
  return self->entries->len - 1;
}

static char *
phase_label (PlPhase *phase)
{
  const char *name = pl_phase_get_name (phase);
  guint index = pl_phase_get_index (phase);

  if (name && *name)
    return g_strdup (name);
  if (index > 0)
    /* TRANSLATORS: a phase without a name on the timeline */
    return g_strdup_printf (_ ("Phase %u"), index);
  return g_strdup (_ ("Unnamed phase"));
}

/* ---- the world ---------------------------------------------------------- */

static int
compare_phase_nodes (gconstpointer a,
                     gconstpointer b,
                     gpointer user_data)
{
  PhaseNode *nodes = user_data;
  PlPhase *x = nodes[GPOINTER_TO_UINT (*(gpointer const *) a)].phase;
  PlPhase *y = nodes[GPOINTER_TO_UINT (*(gpointer const *) b)].phase;
  guint ix = pl_phase_get_index (x), iy = pl_phase_get_index (y);

  /* Numbered phases in number order, unnumbered ones after them, each group
   * keeping the briefing's order (g_qsort_with_data is stable). */
  if ((ix == 0) != (iy == 0))
    return ix == 0 ? 1 : -1;
  if (ix != iy)
    return ix < iy ? -1 : 1;
  return 0;
}

static void
sort_children (PhaseNode *nodes,
               GPtrArray *list)
{
  g_qsort_with_data (list->pdata, (int) list->len, sizeof (gpointer), compare_phase_nodes, nodes);
}

static double
count_slots (PhaseNode *nodes,
             guint index)
{
  PhaseNode *node = &nodes[index];
  double slots = 0;

  for (guint i = 0; i < node->children->len; i++)
    slots += count_slots (nodes, GPOINTER_TO_UINT (node->children->pdata[i]));
  node->slots = MAX (slots, 1);
  return node->slots;
}

static void
place_sequence (PlTimelineLayout *self,
                PhaseNode *nodes,
                GPtrArray *list,
                double start)
{
  for (guint i = 0; i < list->len; i++)
    {
      PhaseNode *node = &nodes[GPOINTER_TO_UINT (list->pdata[i])];
      PlTimelineEntry *entry = ENTRY (self, node->entry);

      entry->span = (PlTimeSpan){ start, start + node->slots, start, start + node->slots };
      entry->dated = FALSE;
      place_sequence (self, nodes, node->children, start);
      start += node->slots;
    }
}

/* Heights and y of phases, children and components, from the top of @list's
 * area; returns the area's height. */
static double
stack_phases (PlTimelineLayout *self,
              PhaseNode *nodes,
              GPtrArray *list,
              double top);

static double
band_height (PlTimelineLayout *self,
             PhaseNode *nodes,
             PhaseNode *node,
             double top)
{
  PlTimelineEntry *entry = ENTRY (self, node->entry);
  PhaseExtra *extra = g_hash_table_lookup (self->extras, GUINT_TO_POINTER (node->entry));
  double y = top + self->header_height;

  entry->y = top;
  if (node->children->len > 0)
    y += stack_phases (self, nodes, node->children, y) + self->card_gap;
  for (guint k = 0; k < extra->n_components; k++)
    {
      PlTimelineEntry *card = ENTRY (self, extra->first_component + k);

      card->y = y;
      card->height = self->card_height;
      y += self->card_height + self->card_gap;
    }
  entry->height = y - top + self->pad;
  return entry->height;
}

static double
stack_phases (PlTimelineLayout *self,
              PhaseNode *nodes,
              GPtrArray *list,
              double top)
{
  g_autofree PlInterval *intervals = g_new0 (PlInterval, MAX (list->len, 1));
  g_autofree guint *lanes = g_new0 (guint, MAX (list->len, 1));
  g_autofree double *lane_heights = NULL;
  g_autofree double *lane_tops = NULL;
  guint n_lanes;
  double y = top;

  for (guint i = 0; i < list->len; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, nodes[GPOINTER_TO_UINT (list->pdata[i])].entry);

      intervals[i] = (PlInterval){ entry->span.soft_start, entry->span.soft_end };
    }
  n_lanes = pl_lane_pack (intervals, list->len, 0, lanes);
  lane_heights = g_new0 (double, MAX (n_lanes, 1));
  lane_tops = g_new0 (double, MAX (n_lanes, 1));

  /* Measure with a throwaway top, then place each lane under the last. */
  for (guint i = 0; i < list->len; i++)
    {
      PhaseNode *node = &nodes[GPOINTER_TO_UINT (list->pdata[i])];

      lane_heights[lanes[i]] = MAX (lane_heights[lanes[i]], band_height (self, nodes, node, 0));
    }
  for (guint lane = 0; lane < n_lanes; lane++)
    {
      lane_tops[lane] = y;
      y += lane_heights[lane] + self->card_gap;
    }
  for (guint i = 0; i < list->len; i++)
    band_height (self, nodes, &nodes[GPOINTER_TO_UINT (list->pdata[i])], lane_tops[lanes[i]]);
  return n_lanes > 0 ? y - top - self->card_gap : 0;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b,
                  gpointer user_data)
{
  PlTimelineLayout *self = user_data;
  const PlTimelineEntry *x = ENTRY (self, *(const guint *) a);
  const PlTimelineEntry *y = ENTRY (self, *(const guint *) b);

  if (x->span.soft_start != y->span.soft_start)
    return x->span.soft_start < y->span.soft_start ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static int
compare_by_time (gconstpointer a,
                 gconstpointer b,
                 gpointer user_data)
{
  PlTimelineLayout *self = user_data;
  const PlTimelineEntry *x = ENTRY (self, *(const guint *) a);
  const PlTimelineEntry *y = ENTRY (self, *(const guint *) b);

  if (x->span.start != y->span.start)
    return x->span.start < y->span.start ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static int
kind_rank (const PlTimelineEntry *entry)
{
  switch (entry->kind)
    {
    case PL_TIMELINE_ENTRY_PHASE:
      return 0;
    case PL_TIMELINE_ENTRY_COMPONENT:
      return 1;
    case PL_TIMELINE_ENTRY_EVENT:
      return 2;
    case PL_TIMELINE_ENTRY_SOURCE:
    default:
      return 3;
    }
}

static int
compare_order (gconstpointer a,
               gconstpointer b,
               gpointer user_data)
{
  PlTimelineLayout *self = user_data;
  const PlTimelineEntry *x = ENTRY (self, *(const guint *) a);
  const PlTimelineEntry *y = ENTRY (self, *(const guint *) b);
  /* Components go with their phase: they sort by its start. */
  const PlTimelineEntry *px = x->kind == PL_TIMELINE_ENTRY_COMPONENT ? ENTRY (self, x->parent) : x;
  const PlTimelineEntry *py = y->kind == PL_TIMELINE_ENTRY_COMPONENT ? ENTRY (self, y->parent) : y;

  if (px->span.soft_start != py->span.soft_start)
    return px->span.soft_start < py->span.soft_start ? -1 : 1;
  if (px != py && px->y != py->y)
    return px->y < py->y ? -1 : 1;
  if (kind_rank (x) != kind_rank (y))
    return kind_rank (x) < kind_rank (y) ? -1 : 1;
  if (x->y != y->y)
    return x->y < y->y ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static void
build_index (PlTimelineLayout *self)
{
  double max_end = -G_MAXDOUBLE;

  for (guint i = 0; i < self->entries->len; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, i);

      if (entry->kind == PL_TIMELINE_ENTRY_PHASE)
        g_array_append_val (self->phases, i);
      else if (entry->kind == PL_TIMELINE_ENTRY_EVENT)
        g_array_append_val (self->events, i);
      else if (entry->kind == PL_TIMELINE_ENTRY_SOURCE)
        g_array_append_val (self->sources, i);
    }
  g_qsort_with_data (self->phases->data, (int) self->phases->len, sizeof (guint), compare_by_start, self);
  g_qsort_with_data (self->events->data, (int) self->events->len, sizeof (guint), compare_by_time, self);
  g_qsort_with_data (self->sources->data, (int) self->sources->len, sizeof (guint), compare_by_time, self);

  for (guint i = 0; i < self->phases->len; i++)
    {
      max_end = MAX (max_end, ENTRY (self, g_array_index (self->phases, guint, i))->span.soft_end);
      g_array_append_val (self->phase_max_end, max_end);
    }
  for (guint i = 0; i < self->events->len; i++)
    g_array_append_val (self->event_times, ENTRY (self, g_array_index (self->events, guint, i))->span.start);
  for (guint i = 0; i < self->sources->len; i++)
    g_array_append_val (self->source_times, ENTRY (self, g_array_index (self->sources, guint, i))->span.start);

  for (guint i = 0; i < self->entries->len; i++)
    g_array_append_val (self->order, i);
  g_qsort_with_data (self->order->data, (int) self->order->len, sizeof (guint), compare_order, self);
  for (guint i = 0; i < self->order->len; i++)
    ENTRY (self, g_array_index (self->order, guint, i))->order = i;
}

static gboolean
resolve_now (PlBriefing *briefing,
             double *out_now)
{
  PlTimeSpan span;
  GListModel *sources = pl_briefing_get_sources (briefing);
  gboolean found = FALSE;

  if (pl_time_span_from_date (pl_briefing_get_published (briefing), &span))
    {
      *out_now = span.start;
      return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);

      if (pl_time_span_from_date (pl_source_get_published (source), &span) &&
          (!found || span.start > *out_now))
        {
          *out_now = span.start;
          found = TRUE;
        }
    }
  return found;
}

static void
measure_metrics (PlTimelineLayout *self,
                 const PlRenderStyle *style)
{
  double size = style && style->font_size > 0 ? style->font_size : 13;

  self->line = ceil (size * 1.4);
  self->pad = ceil (size * 0.6);
  self->axis_height = self->line * 2 + self->pad;
  self->header_height = self->line * 2 + self->pad * 1.5;
  self->card_height = self->line + self->pad;
  self->card_gap = ceil (size * 0.35);
  self->row_height = self->line + self->pad;
}

static void
add_events (PlTimelineLayout *self,
            PlBriefing *briefing,
            PhaseNode *nodes,
            guint n_nodes,
            GHashTable *by_id)
{
  GListModel *events = pl_briefing_get_events (briefing);
  guint n_events = g_list_model_get_n_items (events);
  g_autoptr (GHashTable) per_phase = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr (PlEvent) event = g_list_model_get_item (events, i);
      PlTimeSpan span;
      gboolean dated = pl_time_span_from_date (pl_event_get_date (event), &span);

      if (self->mode == PL_TIMELINE_MODE_CHRONOLOGICAL)
        {
          guint index;

          if (!dated)
            {
              self->n_hidden_events++;
              continue;
            }
          index = add_entry (self, PL_TIMELINE_ENTRY_EVENT, PL_ITEM (event), pl_event_get_text (event));
          ENTRY (self, index)->span = span;
          ENTRY (self, index)->dated = TRUE;
        }
      else
        {
          /* In sequence mode an event shows inside its phase, in date order. */
          const char *phase_id = pl_event_get_phase (event);
          int phase_entry = -1;
          GArray *list;
          guint index;

          guint node = phase_id ? GPOINTER_TO_UINT (g_hash_table_lookup (by_id, phase_id)) : 0;

          if (node > 0 && node <= n_nodes)
            phase_entry = (int) nodes[node - 1].entry;
          if (phase_entry < 0)
            {
              self->n_hidden_events++;
              continue;
            }
          list = g_hash_table_lookup (per_phase, GINT_TO_POINTER (phase_entry + 1));
          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (per_phase, GINT_TO_POINTER (phase_entry + 1), list);
            }
          index = add_entry (self, PL_TIMELINE_ENTRY_EVENT, PL_ITEM (event), pl_event_get_text (event));
          g_array_append_val (list, index);
          ENTRY (self, index)->parent = phase_entry;
          ENTRY (self, index)->dated = dated;
          if (dated)
            ENTRY (self, index)->span = span;
        }
    }

  if (self->mode == PL_TIMELINE_MODE_SEQUENCE)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, per_phase);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          GArray *list = value;
          const PlTimelineEntry *phase = ENTRY (self, GPOINTER_TO_INT (key) - 1);
          double start = phase->span.start, width = phase->span.end - phase->span.start;

          g_qsort_with_data (list->data, (int) list->len, sizeof (guint), compare_by_time, self);
          for (guint k = 0; k < list->len; k++)
            {
              PlTimelineEntry *entry = ENTRY (self, g_array_index (list, guint, k));
              double x = start + width * (k + 0.5) / list->len;

              entry->span = (PlTimeSpan){ x, x, x, x };
            }
        }
    }
}

static void
add_sources (PlTimelineLayout *self,
             PlBriefing *briefing)
{
  GListModel *sources = pl_briefing_get_sources (briefing);

  if (self->mode != PL_TIMELINE_MODE_CHRONOLOGICAL)
    return;
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      PlTimeSpan span;
      const char *site = pl_source_get_site (source);
      const char *title = pl_source_get_title (source);
      g_autofree char *label = NULL;
      guint index;

      if (!pl_time_span_from_date (pl_source_get_published (source), &span))
        continue;
      if (site && *site && title && *title)
        label = g_strdup_printf ("%s — %s", site, title);
      else
        label = g_strdup (title && *title ? title : site);
      index = add_entry (self, PL_TIMELINE_ENTRY_SOURCE, PL_ITEM (source), label);
      /* A source is a moment: its publication day, drawn as a point. */
      span.end = span.soft_end = span.soft_start = span.start;
      ENTRY (self, index)->span = span;
      ENTRY (self, index)->dated = TRUE;
    }
}

/**
 * pl_timeline_layout_new:
 * @briefing: what to lay out
 * @mode: the mode; %PL_TIMELINE_MODE_AUTO chooses from the data
 * @style: (nullable): the font size to lay out for
 * @context: (nullable): for measuring labels; without one they are estimated
 *
 * Places every item of @briefing in the timeline's world. The layout takes a
 * reference on the items and does not follow later changes: build a new one.
 *
 * Returns: (transfer full): the layout
 */
PlTimelineLayout *
pl_timeline_layout_new (PlBriefing *briefing,
                        PlTimelineMode mode,
                        const PlRenderStyle *style,
                        PangoContext *context)
{
  PlTimelineLayout *self = g_new0 (PlTimelineLayout, 1);
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint n_nodes = g_list_model_get_n_items (phases);
  g_autofree PhaseNode *nodes = g_new0 (PhaseNode, MAX (n_nodes, 1));
  g_autoptr (GPtrArray) top = g_ptr_array_new ();
  g_autoptr (GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_dated = 0, n_dated_events = 0;
  double dated_start = G_MAXDOUBLE, dated_end = -G_MAXDOUBLE, y;

  self->entries = g_array_new (FALSE, TRUE, sizeof (PlTimelineEntry));
  g_array_set_clear_func (self->entries, clear_entry);
  self->extras = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->by_item = g_hash_table_new (NULL, NULL);
  self->phases = g_array_new (FALSE, FALSE, sizeof (guint));
  self->phase_max_end = g_array_new (FALSE, FALSE, sizeof (double));
  self->events = g_array_new (FALSE, FALSE, sizeof (guint));
  self->event_times = g_array_new (FALSE, FALSE, sizeof (double));
  self->sources = g_array_new (FALSE, FALSE, sizeof (guint));
  self->source_times = g_array_new (FALSE, FALSE, sizeof (double));
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  measure_metrics (self, style);
  if (context)
    {
      g_autoptr (PangoFontDescription) font = pango_font_description_from_string (style && style->font_family ? style->font_family : "sans");

      pango_font_description_set_absolute_size (font, (style && style->font_size > 0 ? style->font_size : 13) * PANGO_SCALE);
      self->measure = pango_layout_new (context);
      pango_layout_set_font_description (self->measure, font);
    }
  self->has_now = resolve_now (briefing, &self->now);

  /* Phases, each followed by its components. */
  for (guint i = 0; i < n_nodes; i++)
    {
      PhaseNode *node = &nodes[i];
      g_autofree char *label = NULL;
      GListModel *components;
      PhaseExtra *extra = g_new0 (PhaseExtra, 1);
      PlTimelineEntry *entry;

      node->phase = g_list_model_get_item (phases, i);
      g_object_unref (node->phase); /* the list keeps it alive */
      node->parent = -1;
      node->children = g_ptr_array_new ();
      label = phase_label (node->phase);
      node->entry = add_entry (self, PL_TIMELINE_ENTRY_PHASE, PL_ITEM (node->phase), label);
      entry = ENTRY (self, node->entry);
      entry->status = pl_phase_get_status (node->phase);
      entry->dated = _pl_timeline_phase_span (node->phase, &entry->span);
      if (entry->dated)
        {
          n_dated++;
          dated_start = MIN (dated_start, entry->span.soft_start);
          dated_end = MAX (dated_end, entry->span.soft_end);
        }
      if (pl_item_get_id (PL_ITEM (node->phase)))
        g_hash_table_insert (by_id, (gpointer) pl_item_get_id (PL_ITEM (node->phase)), GUINT_TO_POINTER (i + 1));

      components = pl_phase_get_components (node->phase);
      extra->first_component = self->entries->len;
      extra->n_components = g_list_model_get_n_items (components);
      g_hash_table_insert (self->extras, GUINT_TO_POINTER (node->entry), extra);
      for (guint k = 0; k < extra->n_components; k++)
        {
          g_autoptr (PlComponent) component = g_list_model_get_item (components, k);
          guint index = add_entry (self, PL_TIMELINE_ENTRY_COMPONENT, PL_ITEM (component), pl_component_get_text (component));

          ENTRY (self, index)->parent = (int) node->entry;
          ENTRY (self, index)->category = pl_component_get_category (component);
          ENTRY (self, index)->status = pl_component_get_status (component);
        }
    }

  /* Nesting: a parent that is missing, or that would make a cycle or nest
   * deeper than MAX_DEPTH, leaves the phase at the top level. */
  for (guint i = 0; i < n_nodes; i++)
    {
      const char *parent_id = pl_phase_get_parent (nodes[i].phase);
      guint parent = parent_id ? GPOINTER_TO_UINT (g_hash_table_lookup (by_id, parent_id)) : 0;
      guint depth = 0;
      gboolean ok = parent > 0 && parent - 1 != i;

      for (int p = ok ? (int) parent - 1 : -1; ok && p >= 0; p = nodes[p].parent)
        if ((guint) p == i || ++depth > MAX_DEPTH)
          ok = FALSE;
      if (ok)
        nodes[i].parent = (int) parent - 1;
    }
  _pl_timeline_extend_open_spans (self, nodes, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, nodes[i].entry);

      if (entry->dated)
        {
          dated_start = MIN (dated_start, entry->span.soft_start);
          dated_end = MAX (dated_end, entry->span.soft_end);
        }
    }
  for (guint i = 0; i < n_nodes; i++)
    {
      guint depth = 0;

      for (int p = nodes[i].parent; p >= 0; p = nodes[p].parent)
        depth++;
      nodes[i].depth = depth;
      ENTRY (self, nodes[i].entry)->depth = depth;
      if (nodes[i].parent >= 0)
        {
          g_ptr_array_add (nodes[nodes[i].parent].children, GUINT_TO_POINTER (i));
          ENTRY (self, nodes[i].entry)->parent = (int) nodes[nodes[i].parent].entry;
          ((PhaseExtra *) g_hash_table_lookup (self->extras, GUINT_TO_POINTER (nodes[nodes[i].parent].entry)))->n_children++;
        }
      else
        g_ptr_array_add (top, GUINT_TO_POINTER (i));
    }
  sort_children (nodes, top);
  for (guint i = 0; i < n_nodes; i++)
    sort_children (nodes, nodes[i].children);

  /* The mode: dates when most phases have them, or when there are no phases
   * but dated events or sources; else the phases' sequence. */
  {
    GListModel *events = pl_briefing_get_events (briefing);

    for (guint i = 0; i < g_list_model_get_n_items (events); i++)
      {
        g_autoptr (PlEvent) event = g_list_model_get_item (events, i);

        n_dated_events += pl_date_is_set (pl_event_get_date (event));
      }
  }
  if (mode == PL_TIMELINE_MODE_AUTO)
    {
      if (n_nodes > 0)
        mode = n_dated * 2 >= n_nodes ? PL_TIMELINE_MODE_CHRONOLOGICAL : PL_TIMELINE_MODE_SEQUENCE;
      else
        mode = n_dated_events > 0 || self->has_now ? PL_TIMELINE_MODE_CHRONOLOGICAL : PL_TIMELINE_MODE_SEQUENCE;
    }
  /* Dates asked for where there are none at all: inventing a year would
   * mislead, so the phases stay in order and the axis says why. */
  if (mode == PL_TIMELINE_MODE_CHRONOLOGICAL && n_dated == 0 && n_dated_events == 0 && !self->has_now)
    {
      mode = PL_TIMELINE_MODE_SEQUENCE;
      self->dates_missing = TRUE;
    }
  self->mode = mode;

  if (mode == PL_TIMELINE_MODE_SEQUENCE)
    {
      for (guint i = 0; i < top->len; i++)
        count_slots (nodes, GPOINTER_TO_UINT (top->pdata[i]));
      place_sequence (self, nodes, top, 0);
    }
  else
    {
      double unit = n_dated > 0 ? MAX ((dated_end - dated_start) / (n_nodes + 1), 30) : 90;
      double anchor = self->has_now ? self->now : n_dated > 0 ? dated_end
                                                              : pl_time_from_ymd (2000, 1, 1);

      /* Without dates, a plan's phases are about months long; use the events'
       * spread when there is one. */
      if (n_dated == 0 && n_dated_events > 1)
        {
          GListModel *events = pl_briefing_get_events (briefing);
          double lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;

          for (guint i = 0; i < g_list_model_get_n_items (events); i++)
            {
              g_autoptr (PlEvent) event = g_list_model_get_item (events, i);
              PlTimeSpan span;

              if (pl_time_span_from_date (pl_event_get_date (event), &span))
                {
                  lo = MIN (lo, span.start);
                  hi = MAX (hi, span.end);
                }
            }
          unit = MAX (unit, (hi - lo) / MAX (top->len, 1));
        }
      _pl_timeline_place_undated (self, nodes, top, anchor, self->has_now, unit);
      _pl_timeline_place_children_chronological (self, nodes, top);

      /* A part dated beyond its phase widens the phase's soft edges, so
       * nesting stays true: the phase's own dates stay firm. Deepest first. */
      for (guint depth = MAX_DEPTH + 1; depth-- > 0;)
        for (guint i = 0; i < n_nodes; i++)
          if (nodes[i].depth == depth && nodes[i].parent >= 0)
            {
              PlTimelineEntry *child = ENTRY (self, nodes[i].entry);
              PlTimelineEntry *parent = ENTRY (self, nodes[nodes[i].parent].entry);

              parent->span.soft_start = MIN (parent->span.soft_start, child->span.soft_start);
              parent->span.soft_end = MAX (parent->span.soft_end, child->span.soft_end);
            }
    }

  add_events (self, briefing, nodes, n_nodes, by_id);
  add_sources (self, briefing);

  /* Components share their phase's span. */
  for (guint i = 0; i < self->entries->len; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, i);

      if (entry->kind == PL_TIMELINE_ENTRY_COMPONENT)
        entry->span = ENTRY (self, entry->parent)->span;
    }

  /* Now the vertical layout: phase lanes, then event rows, then sources. */
  /* Sources sit right under the axis, then the events, then the phases:
   * the rows of markers stay in view however tall the phases' card stacks
   * make the content. */
  {
    guint n_events = 0, n_sources = 0;

    for (guint i = 0; i < self->entries->len; i++)
      {
        n_events += ENTRY (self, i)->kind == PL_TIMELINE_ENTRY_EVENT;
        n_sources += ENTRY (self, i)->kind == PL_TIMELINE_ENTRY_SOURCE;
      }
    self->n_event_rows = MIN (n_events, MAX_EVENT_ROWS);
    self->n_source_rows = MIN (n_sources, MAX_SOURCE_ROWS);
  }
  y = self->pad * 0.5;
  self->sources_top = y;
  y += self->n_source_rows * self->row_height;
  self->events_top = y;
  y += self->n_event_rows * self->row_height;
  if (self->n_source_rows + self->n_event_rows > 0)
    y += self->pad * 0.5;
  y += stack_phases (self, nodes, top, y + self->pad * 0.5) + self->pad * 0.5;
  self->content_height = y + self->pad;
  for (guint i = 0; i < self->entries->len; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, i);

      if (entry->kind == PL_TIMELINE_ENTRY_EVENT)
        {
          entry->y = self->events_top;
          entry->height = self->n_event_rows * self->row_height;
        }
      else if (entry->kind == PL_TIMELINE_ENTRY_SOURCE)
        {
          entry->y = self->sources_top;
          entry->height = self->n_source_rows * self->row_height;
        }
    }

  /* The extent: everything, and "now". */
  self->extent_start = G_MAXDOUBLE;
  self->extent_end = -G_MAXDOUBLE;
  for (guint i = 0; i < self->entries->len; i++)
    {
      PlTimelineEntry *entry = ENTRY (self, i);

      self->extent_start = MIN (self->extent_start, entry->span.soft_start);
      self->extent_end = MAX (self->extent_end, entry->span.soft_end);
    }
  if (mode == PL_TIMELINE_MODE_CHRONOLOGICAL && self->has_now)
    {
      self->extent_start = MIN (self->extent_start, self->now);
      self->extent_end = MAX (self->extent_end, self->now);
    }
  if (self->extent_start > self->extent_end)
    {
      self->extent_start = mode == PL_TIMELINE_MODE_SEQUENCE ? 0 : self->has_now ? self->now - 30
                                                                                 : pl_time_from_ymd (2000, 1, 1);
      self->extent_end = self->extent_start + (mode == PL_TIMELINE_MODE_SEQUENCE ? 1 : 60);
    }
  else if (self->extent_end - self->extent_start < 1)
    {
      /* Everything within a day (a feed's items, say): show that day. */
      double middle = (self->extent_start + self->extent_end) / 2;
      double half = 0.5;

      self->extent_start = middle - half;
      self->extent_end = middle + half;
    }

  /* In sequence mode "now" is where the plan stands: inside the current
   * phase, or after the last completed one. */
  if (mode == PL_TIMELINE_MODE_SEQUENCE)
    {
      self->has_now = FALSE;
      for (guint i = 0; i < top->len; i++)
        {
          PlTimelineEntry *entry = ENTRY (self, nodes[GPOINTER_TO_UINT (top->pdata[i])].entry);

          if (entry->status == PL_STATUS_CURRENT)
            {
              self->now = (entry->span.start + entry->span.end) / 2;
              self->has_now = TRUE;
              break;
            }
          if (entry->status == PL_STATUS_COMPLETED)
            {
              self->now = entry->span.end;
              self->has_now = TRUE;
            }
        }
    }

  for (guint i = 0; i < n_nodes; i++)
    g_ptr_array_unref (nodes[i].children);
  build_index (self);
  return self;
}

void
pl_timeline_layout_free (PlTimelineLayout *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->entries);
  g_hash_table_unref (self->extras);
  g_hash_table_unref (self->by_item);
  g_clear_object (&self->measure);
  g_array_unref (self->phases);
  g_array_unref (self->phase_max_end);
  g_array_unref (self->events);
  g_array_unref (self->event_times);
  g_array_unref (self->sources);
  g_array_unref (self->source_times);
  g_array_unref (self->order);
  g_free (self);
}

PlTimelineMode
pl_timeline_layout_get_mode (PlTimelineLayout *self)
{
  return self->mode;
}

guint
pl_timeline_layout_get_n_entries (PlTimelineLayout *self)
{
  return self->entries->len;
}

const PlTimelineEntry *
pl_timeline_layout_get_entry (PlTimelineLayout *self,
                              guint index)
{
  g_return_val_if_fail (index < self->entries->len, NULL);
  return ENTRY (self, index);
}

/**
 * pl_timeline_layout_find_item:
 *
 * Returns: the entry showing @item, or -1
 */
int
pl_timeline_layout_find_item (PlTimelineLayout *self,
                              PlItem *item)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_item, item)) - 1;
}

/**
 * pl_timeline_layout_entry_at_order:
 *
 * Returns: the entry at position @order of the time order, or -1 past the end
 */
int
pl_timeline_layout_entry_at_order (PlTimelineLayout *self,
                                   guint order)
{
  if (order >= self->order->len)
    return -1;
  return (int) g_array_index (self->order, guint, order);
}

/**
 * pl_timeline_layout_get_n_hidden_events:
 *
 * Returns: events that this mode cannot place: undated ones in chronological
 *   mode, ones tied to no phase in sequence mode
 */
guint
pl_timeline_layout_get_n_hidden_events (PlTimelineLayout *self)
{
  return self->n_hidden_events;
}

/**
 * pl_timeline_layout_get_dates_missing:
 *
 * Returns: whether dates were asked for but the briefing has none, so the
 *   layout fell back to the sequence of phases
 */
gboolean
pl_timeline_layout_get_dates_missing (PlTimelineLayout *self)
{
  return self->dates_missing;
}

double
pl_timeline_layout_get_content_height (PlTimelineLayout *self)
{
  return self->content_height;
}

double
pl_timeline_layout_get_axis_height (PlTimelineLayout *self)
{
  return self->axis_height;
}

gboolean
pl_timeline_layout_get_now (PlTimelineLayout *self,
                            double *out_time)
{
  if (self->has_now && out_time)
    *out_time = self->now;
  return self->has_now;
}

void
pl_timeline_layout_get_extent (PlTimelineLayout *self,
                               double *out_start,
                               double *out_end)
{
  *out_start = self->extent_start;
  *out_end = self->extent_end;
}
