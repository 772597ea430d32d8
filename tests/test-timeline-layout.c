/* test-timeline-layout.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "pl-lane-layout.h"
#include "pl-loader.h"
#include "pl-timeline-layout.h"

static PlBriefing *
load_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing = pl_load_file (file, NULL, &error);

  g_assert_no_error (error);
  return briefing;
}

/* A random plan: dated phases (some nested, some overlapping), components,
 * dated events and sources. */
static PlBriefing *
random_briefing (guint32 seed,
                 guint n_phases,
                 guint n_events)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (GPtrArray) phases = g_ptr_array_new ();

  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr (PlPhase) phase = pl_phase_new ();
      int year = g_rand_int_range (rand, 2000, 2030);
      PlDate start = pl_date_make (year, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 28));
      PlDate end = pl_date_make (year + g_rand_int_range (rand, 0, 3), g_rand_int_range (rand, 1, 13), 1);
      g_autofree char *name = g_strdup_printf ("Phase number %u of the random plan", i + 1);

      pl_phase_set_index (phase, i + 1);
      pl_phase_set_name (phase, name);
      pl_phase_set_start (phase, &start);
      if (g_rand_boolean (rand))
        pl_phase_set_end (phase, &end);
      pl_phase_set_status (phase, g_rand_int_range (rand, 0, 4));
      for (int k = g_rand_int_range (rand, 0, 4); k > 0; k--)
        {
          g_autoptr (PlComponent) component = pl_component_new ();

          pl_component_set_text (component, "A component with a fairly long description that needs ellipsizing");
          pl_component_set_category (component, g_rand_int_range (rand, 0, 6));
          pl_phase_add_component (phase, component);
        }
      pl_briefing_add_item (briefing, PL_ITEM (phase));
      g_ptr_array_add (phases, phase);
    }
  pl_briefing_ensure_ids (briefing);
  for (guint i = 1; i < phases->len; i++)
    if (g_rand_int_range (rand, 0, 5) == 0)
      pl_phase_set_parent (phases->pdata[i], pl_item_get_id (phases->pdata[g_rand_int_range (rand, 0, (int) i)]));

  for (guint i = 0; i < n_events; i++)
    {
      g_autoptr (PlEvent) event = pl_event_new ();
      PlDate date = pl_date_make (g_rand_int_range (rand, 2000, 2033), g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 28));
      g_autofree char *text = g_strdup_printf ("Event %u: something happened %s", i, i % 3 ? "today" : "after long talks between the parties");

      if (i % 7 == 0)
        date.precision = PL_DATE_PRECISION_MONTH;
      pl_event_set_date (event, &date);
      pl_event_set_text (event, text);
      pl_briefing_add_item (briefing, PL_ITEM (event));
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr (PlSource) source = pl_source_new ();
      PlDate date = pl_date_make (2020 + (int) i, 3, 4);

      pl_source_set_title (source, "A source article");
      pl_source_set_text (source, "Text.");
      pl_source_set_published (source, &date);
      pl_briefing_add_item (briefing, PL_ITEM (source));
    }
  pl_briefing_ensure_ids (briefing);
  return briefing;
}

static void
test_lane_pack (void)
{
  static const struct
  {
    PlInterval intervals[6];
    guint n;
    double gap;
    guint lanes[6];
    guint n_lanes;
  } cases[] = {
    { { { 0, 1 }, { 2, 3 }, { 4, 5 } }, 3, 0, { 0, 0, 0 }, 1 },
    { { { 0, 2 }, { 1, 3 }, { 2, 4 } }, 3, 0, { 0, 1, 0 }, 2 },
    { { { 0, 2 }, { 1, 3 }, { 2, 4 } }, 3, 0.5, { 0, 1, 2 }, 3 },
    { { { 0, 10 }, { 1, 2 }, { 3, 4 }, { 5, 12 } }, 4, 0, { 0, 1, 1, 1 }, 2 },
    /* Order of input does not matter: sorted by start, longer first. */
    { { { 5, 6 }, { 0, 10 }, { 0, 1 } }, 3, 0, { 1, 0, 1 }, 2 },
    { { { 0, 0 }, { 0, 0 } }, 2, 0, { 0, 0 }, 1 },
    { { { 0 } }, 0, 0, { 0 }, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint lanes[6] = { 0 };
      guint n = pl_lane_pack (cases[i].intervals, cases[i].n, cases[i].gap, lanes);

      g_test_message ("case %u", i);
      g_assert_cmpuint (n, ==, cases[i].n_lanes);
      for (guint k = 0; k < cases[i].n; k++)
        g_assert_cmpuint (lanes[k], ==, cases[i].lanes[k]);
    }
}

static void
test_mode (void)
{
  g_autoptr (PlBriefing) builtin = pl_builtin_briefing_new ();
  g_autoptr (PlBriefing) dated = load_data ("timeline/dated-plan.phaseline");
  g_autoptr (PlBriefing) events_only = pl_briefing_new ();
  g_autoptr (PlBriefing) empty = pl_briefing_new ();
  g_autoptr (PlEvent) event = pl_event_new ();
  PlDate date = pl_date_make (2025, 1, 2);
  PlTimelineLayout *layout;

  pl_event_set_date (event, &date);
  pl_event_set_text (event, "Talks begin");
  pl_briefing_add_item (events_only, PL_ITEM (event));

  /* Announcements without dates go in sequence; dated plans on a date axis. */
  layout = pl_timeline_layout_new (builtin, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  g_assert_cmpint (pl_timeline_layout_get_mode (layout), ==, PL_TIMELINE_MODE_SEQUENCE);
  g_assert_false (pl_timeline_layout_get_dates_missing (layout));
  pl_timeline_layout_free (layout);

  layout = pl_timeline_layout_new (builtin, PL_TIMELINE_MODE_CHRONOLOGICAL, NULL, NULL);
  g_assert_cmpint (pl_timeline_layout_get_mode (layout), ==, PL_TIMELINE_MODE_SEQUENCE);
  g_assert_true (pl_timeline_layout_get_dates_missing (layout));
  pl_timeline_layout_free (layout);

  layout = pl_timeline_layout_new (dated, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  g_assert_cmpint (pl_timeline_layout_get_mode (layout), ==, PL_TIMELINE_MODE_CHRONOLOGICAL);
  pl_timeline_layout_free (layout);

  layout = pl_timeline_layout_new (dated, PL_TIMELINE_MODE_SEQUENCE, NULL, NULL);
  g_assert_cmpint (pl_timeline_layout_get_mode (layout), ==, PL_TIMELINE_MODE_SEQUENCE);
  /* None of its events is tied to a phase. */
  g_assert_cmpuint (pl_timeline_layout_get_n_hidden_events (layout), ==, 5);
  pl_timeline_layout_free (layout);

  layout = pl_timeline_layout_new (events_only, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  g_assert_cmpint (pl_timeline_layout_get_mode (layout), ==, PL_TIMELINE_MODE_CHRONOLOGICAL);
  g_assert_cmpuint (pl_timeline_layout_get_n_entries (layout), ==, 1);
  pl_timeline_layout_free (layout);

  layout = pl_timeline_layout_new (empty, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  g_assert_cmpuint (pl_timeline_layout_get_n_entries (layout), ==, 0);
  {
    PlTimelineViewport viewport = { .width = 800, .height = 300 };
    g_autoptr (PlTimelineFrame) frame = NULL;

    pl_timeline_layout_fit (layout, &viewport);
    pl_timeline_layout_clamp (layout, &viewport);
    frame = pl_timeline_frame_build (layout, &viewport);
    g_assert_cmpuint (frame->boxes->len, ==, 0);
    g_assert_null (pl_timeline_frame_hit (frame, 400, 150));
  }
  pl_timeline_layout_free (layout);
}

static const PlTimelineEntry *
entry_for_id (PlTimelineLayout *layout,
              PlBriefing *briefing,
              const char *id)
{
  int index = pl_timeline_layout_find_item (layout, pl_briefing_lookup (briefing, id));

  g_assert_cmpint (index, >=, 0);
  return pl_timeline_layout_get_entry (layout, (guint) index);
}

static void
test_nesting (void)
{
  g_autoptr (PlBriefing) briefing = load_data ("timeline/dated-plan.phaseline");
  g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  const PlTimelineEntry *p1 = entry_for_id (layout, briefing, "p1");
  const PlTimelineEntry *p2 = entry_for_id (layout, briefing, "p2");
  const PlTimelineEntry *p2a = entry_for_id (layout, briefing, "p2a");
  const PlTimelineEntry *p2b = entry_for_id (layout, briefing, "p2b");
  const PlTimelineEntry *p3 = entry_for_id (layout, briefing, "p3");

  /* Parts sit inside their parent, in time and in y, side by side. */
  g_assert_cmpuint (p2a->depth, ==, 1);
  g_assert_cmpint (p2a->parent, ==, pl_timeline_layout_find_item (layout, p2->item));
  for (const PlTimelineEntry *child = p2a; child; child = child == p2a ? p2b : NULL)
    {
      g_assert_cmpfloat (child->y, >, p2->y);
      g_assert_cmpfloat (child->y + child->height, <=, p2->y + p2->height);
    }
  g_assert_cmpfloat (p2a->y, ==, p2b->y);
  g_assert_cmpfloat (p2a->span.end, <=, p2b->span.start);

  /* p2 runs into 2026 and p3 starts in January 2026: separate lanes.
   * p1 ends before p2 starts: the same lane. */
  g_assert_cmpfloat (p3->y, >=, p2->y + p2->height);
  g_assert_cmpfloat (p1->y, ==, p2->y);

  /* Approximate ends are soft. */
  g_assert_cmpfloat (p2->span.soft_end, >, p2->span.end);
  g_assert_cmpfloat (p1->span.soft_end, ==, p1->span.end);

  /* Components lie inside their phase's band, below its parts. */
  for (guint i = 0; i < pl_timeline_layout_get_n_entries (layout); i++)
    {
      const PlTimelineEntry *entry = pl_timeline_layout_get_entry (layout, i);
      const PlTimelineEntry *parent;

      if (entry->kind != PL_TIMELINE_ENTRY_COMPONENT)
        continue;
      parent = pl_timeline_layout_get_entry (layout, (guint) entry->parent);
      g_assert_cmpfloat (entry->y, >, parent->y);
      g_assert_cmpfloat (entry->y + entry->height, <=, parent->y + parent->height);
      if (parent == p2)
        g_assert_cmpfloat (entry->y, >=, p2a->y + p2a->height);
    }
}

static void
test_cycles (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  const char *ids[] = { "a", "b", "c" };
  g_autoptr (PlTimelineLayout) layout = NULL;

  /* a → b → c → a, and c names itself too: nobody can nest, nothing hangs. */
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr (PlPhase) phase = pl_phase_new ();

      pl_item_set_id (PL_ITEM (phase), ids[i]);
      pl_phase_set_parent (phase, ids[(i + 1) % 3]);
      pl_briefing_add_item (briefing, PL_ITEM (phase));
    }
  layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpuint (pl_timeline_layout_get_entry (layout, i)->depth, <=, 3);
}

static gboolean
rects_overlap (const PlRect *a,
               const PlRect *b)
{
  return a->x < b->x + b->width - 0.01 && b->x < a->x + a->width - 0.01 && a->y < b->y + b->height - 0.01 &&
         b->y < a->y + a->height - 0.01;
}

static gboolean
rect_inside (const PlRect *inner,
             const PlRect *outer)
{
  return inner->x >= outer->x - 0.01 && inner->y >= outer->y - 0.01 && inner->x + inner->width <= outer->x + outer->width + 0.01 &&
         inner->y + inner->height <= outer->y + outer->height + 0.01;
}

/* What every frame must satisfy: no two markers or labels of events and
 * sources overlap; labels stay inside their box; component cards inside
 * their phase; hit testing finds each box at its label. */
static void
check_frame (PlTimelineLayout *layout,
             const PlTimelineFrame *frame)
{
  for (guint i = 0; i < frame->boxes->len; i++)
    {
      const PlTimelineBox *a = &g_array_index (frame->boxes, PlTimelineBox, i);

      if (a->label.width > 0)
        {
          g_assert_true (rect_inside (&a->label, &a->rect) || a->kind == PL_TIMELINE_BOX_PHASE);
          g_assert_cmpfloat (a->label.width, >=, 0);
        }
      if (a->kind == PL_TIMELINE_BOX_EVENT || a->kind == PL_TIMELINE_BOX_SOURCE ||
          (a->kind == PL_TIMELINE_BOX_CLUSTER && a->first != G_MAXUINT))
        for (guint k = i + 1; k < frame->boxes->len; k++)
          {
            const PlTimelineBox *b = &g_array_index (frame->boxes, PlTimelineBox, k);

            if (b->kind == PL_TIMELINE_BOX_EVENT || b->kind == PL_TIMELINE_BOX_SOURCE ||
                (b->kind == PL_TIMELINE_BOX_CLUSTER && b->first != G_MAXUINT))
              {
                if (rects_overlap (&a->rect, &b->rect))
                  g_error ("boxes %u and %u overlap: (%g,%g %gx%g) (%g,%g %gx%g)", i, k, a->rect.x, a->rect.y, a->rect.width,
                           a->rect.height, b->rect.x, b->rect.y, b->rect.width, b->rect.height);
              }
          }
      if (a->kind == PL_TIMELINE_BOX_COMPONENT)
        {
          const PlTimelineEntry *entry = pl_timeline_layout_get_entry (layout, (guint) a->entry);
          const PlTimelineBox *phase = pl_timeline_frame_find_entry (frame, entry->parent);

          g_assert_nonnull (phase);
          g_assert_true (rect_inside (&a->rect, &phase->rect));
        }
      if (a->kind != PL_TIMELINE_BOX_PHASE && a->kind != PL_TIMELINE_BOX_CLUSTER && a->rect.y >= frame->axis_height &&
          a->rect.y + a->rect.height / 2 < frame->viewport.height)
        {
          double x = a->rect.x + MIN (a->rect.width / 2, 4);
          double y = a->rect.y + a->rect.height / 2;
          const PlTimelineBox *hit;

          if (x < 0 || x >= frame->viewport.width)
            continue;
          hit = pl_timeline_frame_hit (frame, x, y);
          g_assert_nonnull (hit);
          g_assert_cmpint (hit->entry, ==, a->entry);
        }
    }
}

/* The interval index finds exactly the phases a scan over all of them finds. */
static void
check_index (PlTimelineLayout *layout,
             const PlTimelineFrame *frame)
{
  const PlTimelineViewport *vp = &frame->viewport;
  double from = vp->time_start, to = vp->time_start + vp->width / vp->px_per_unit;
  double top = frame->axis_height - vp->scroll_y;

  for (guint i = 0; i < pl_timeline_layout_get_n_entries (layout); i++)
    {
      const PlTimelineEntry *entry = pl_timeline_layout_get_entry (layout, i);
      gboolean visible;
      gboolean found = FALSE;

      if (entry->kind != PL_TIMELINE_ENTRY_PHASE)
        continue;
      visible = entry->span.soft_end >= from && entry->span.soft_start <= to && top + entry->y + entry->height > frame->axis_height &&
                top + entry->y < vp->height;
      for (guint k = 0; k < frame->boxes->len && !found; k++)
        {
          const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, k);

          found = box->entry == (int) i || (box->kind == PL_TIMELINE_BOX_CLUSTER && box->first == G_MAXUINT);
        }
      if (visible)
        g_assert_true (found);
      else
        g_assert_null (pl_timeline_frame_find_entry (frame, (int) i));
    }
}

static void
test_frames (void)
{
  for (guint32 seed = 1; seed <= 6; seed++)
    {
      g_autoptr (PlBriefing) briefing = random_briefing (seed, 12 * seed, 60 * seed);
      g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
      PlTimelineViewport viewport = { .width = 1000, .height = 700, .rtl = seed % 2 == 0 };
      g_autoptr (GRand) rand = g_rand_new_with_seed (seed);

      g_assert_cmpint (pl_timeline_layout_get_mode (layout), ==, PL_TIMELINE_MODE_CHRONOLOGICAL);
      pl_timeline_layout_fit (layout, &viewport);
      for (guint step = 0; step < 25; step++)
        {
          g_autoptr (PlTimelineFrame) frame = pl_timeline_frame_build (layout, &viewport);

          check_frame (layout, frame);
          check_index (layout, frame);
          pl_timeline_viewport_zoom (&viewport, g_rand_double_range (rand, 0.5, 3), g_rand_double_range (rand, 0, 1000));
          viewport.scroll_y += g_rand_double_range (rand, -100, 200);
          pl_timeline_layout_clamp (layout, &viewport);
        }
    }
}

static void
test_fit_and_clamp (void)
{
  g_autoptr (PlBriefing) briefing = load_data ("timeline/dated-plan.phaseline");
  g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  PlTimelineViewport viewport = { .width = 900, .height = 400 };
  double start, end;

  pl_timeline_layout_get_extent (layout, &start, &end);
  pl_timeline_layout_fit (layout, &viewport);
  g_assert_cmpfloat (pl_timeline_viewport_time_to_x (&viewport, start), >, 0);
  g_assert_cmpfloat (pl_timeline_viewport_time_to_x (&viewport, end), <, 900);
  g_assert_cmpfloat_with_epsilon (pl_timeline_viewport_x_to_time (&viewport, pl_timeline_viewport_time_to_x (&viewport, start)), start, 1e-6);

  /* Zooming keeps the anchor's time under it. */
  {
    double t = pl_timeline_viewport_x_to_time (&viewport, 300);

    pl_timeline_viewport_zoom (&viewport, 2.5, 300);
    g_assert_cmpfloat_with_epsilon (pl_timeline_viewport_x_to_time (&viewport, 300), t, 1e-6);
  }

  /* Limits: not beyond a quarter of fit-all, nor far off the extent. */
  pl_timeline_viewport_zoom (&viewport, 1e-6, 0);
  pl_timeline_layout_clamp (layout, &viewport);
  g_assert_cmpfloat (viewport.px_per_unit, >=, 900 / (end - start) / 4 * 0.999);
  viewport.time_start = 1e9;
  viewport.scroll_y = 1e9;
  pl_timeline_layout_clamp (layout, &viewport);
  g_assert_cmpfloat (viewport.time_start, <, end);
  g_assert_cmpfloat (viewport.scroll_y, <=, pl_timeline_layout_get_content_height (layout));
  viewport.px_per_unit = NAN;
  pl_timeline_layout_clamp (layout, &viewport);
  g_assert_true (isfinite (viewport.px_per_unit) && viewport.px_per_unit > 0);
}

static void
test_rtl_mirror (void)
{
  g_autoptr (PlBriefing) briefing = load_data ("timeline/dated-plan.phaseline");
  g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  PlTimelineViewport ltr = { .width = 900, .height = 600 };
  PlTimelineViewport rtl;
  g_autoptr (PlTimelineFrame) a = NULL;
  g_autoptr (PlTimelineFrame) b = NULL;

  pl_timeline_layout_fit (layout, &ltr);
  rtl = ltr;
  rtl.rtl = TRUE;
  a = pl_timeline_frame_build (layout, &ltr);
  b = pl_timeline_frame_build (layout, &rtl);
  g_assert_cmpuint (a->boxes->len, ==, b->boxes->len);
  for (guint i = 0; i < a->boxes->len; i++)
    {
      const PlTimelineBox *x = &g_array_index (a->boxes, PlTimelineBox, i);
      const PlTimelineBox *y = &g_array_index (b->boxes, PlTimelineBox, i);

      g_assert_cmpint (x->entry, ==, y->entry);
      g_assert_cmpfloat_with_epsilon (y->rect.x, 900 - x->rect.x - x->rect.width, 1e-6);
      g_assert_cmpfloat (y->rect.y, ==, x->rect.y);
    }
  /* Later is further left. */
  g_assert_cmpfloat (pl_timeline_viewport_time_to_x (&rtl, 1000), >, pl_timeline_viewport_time_to_x (&rtl, 2000));
  g_assert_cmpfloat_with_epsilon (a->now_x, 900 - b->now_x, 1e-6);
}

static void
test_order_and_reveal (void)
{
  g_autoptr (PlBriefing) briefing = random_briefing (42, 30, 200);
  g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  guint n = pl_timeline_layout_get_n_entries (layout);
  g_autofree gboolean *seen = g_new0 (gboolean, n);
  PlTimelineViewport viewport = { .width = 1000, .height = 500 };
  double last_event = -G_MAXDOUBLE;

  pl_timeline_layout_fit (layout, &viewport);
  pl_timeline_viewport_zoom (&viewport, 40, 0);
  pl_timeline_layout_clamp (layout, &viewport);

  for (guint order = 0; order < n; order++)
    {
      int index = pl_timeline_layout_entry_at_order (layout, order);
      const PlTimelineEntry *entry;

      g_assert_cmpint (index, >=, 0);
      g_assert_false (seen[index]);
      seen[index] = TRUE;
      entry = pl_timeline_layout_get_entry (layout, (guint) index);
      g_assert_cmpuint (entry->order, ==, order);
      if (entry->kind == PL_TIMELINE_ENTRY_EVENT)
        {
          g_assert_cmpfloat (entry->span.soft_start, >=, last_event);
          last_event = entry->span.soft_start;
        }
      /* Revealing an entry brings it into view, on its own or in a cluster. */
      if (order % 17 == 0)
        {
          g_autoptr (PlTimelineFrame) frame = NULL;
          double x;

          pl_timeline_layout_reveal (layout, &viewport, (guint) index);
          frame = pl_timeline_frame_build (layout, &viewport);
          x = pl_timeline_viewport_time_to_x (&viewport, entry->span.soft_start);
          if (entry->kind == PL_TIMELINE_ENTRY_EVENT)
            g_assert_cmpfloat (x, >=, -1);
          g_assert_cmpfloat (x, <, viewport.width);
          g_assert_cmpfloat (frame->axis_height - viewport.scroll_y + entry->y, <, viewport.height);
        }
    }
  g_assert_cmpint (pl_timeline_layout_entry_at_order (layout, n), ==, -1);
}

static void
test_clusters (void)
{
  g_autoptr (PlBriefing) briefing = random_briefing (7, 0, 5000);
  g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  PlTimelineViewport viewport = { .width = 1200, .height = 400 };
  g_autoptr (PlTimelineFrame) frame = NULL;
  guint counted = 0, n_boxes = 0;

  /* Zoomed out, 5,000 events become a few hundred boxes that count them all. */
  pl_timeline_layout_fit (layout, &viewport);
  frame = pl_timeline_frame_build (layout, &viewport);
  for (guint i = 0; i < frame->boxes->len; i++)
    {
      const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, i);

      if (pl_timeline_layout_get_entry (layout, (guint) box->entry)->kind != PL_TIMELINE_ENTRY_EVENT)
        continue;
      if (box->kind == PL_TIMELINE_BOX_EVENT || box->kind == PL_TIMELINE_BOX_CLUSTER)
        {
          counted += box->count;
          n_boxes++;
        }
      if (box->kind == PL_TIMELINE_BOX_CLUSTER)
        {
          int first = pl_timeline_layout_get_cluster_member (layout, box, 0);
          int last = pl_timeline_layout_get_cluster_member (layout, box, box->count - 1);

          g_assert_cmpint (first, ==, box->entry);
          g_assert_cmpint (last, >=, 0);
          g_assert_cmpint (pl_timeline_layout_get_cluster_member (layout, box, box->count), ==, -1);
        }
    }
  g_assert_cmpuint (counted, ==, 5000);
  g_assert_cmpuint (n_boxes, <, 1200 / 12 * 3 + 1);
  check_frame (layout, frame);
}

static void
test_description (void)
{
  g_autoptr (PlBriefing) briefing = load_data ("timeline/dated-plan.phaseline");
  g_autoptr (PlTimelineLayout) layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_AUTO, NULL, NULL);
  int p2 = pl_timeline_layout_find_item (layout, pl_briefing_lookup (briefing, "p2"));
  int e1 = pl_timeline_layout_find_item (layout, pl_briefing_lookup (briefing, "e1"));
  g_autofree char *a = pl_timeline_layout_dup_description (layout, (guint) p2);
  g_autofree char *b = pl_timeline_layout_dup_description (layout, (guint) e1);

  g_assert_cmpstr (a, ==, "Phase: Rebuilding the quays and the market. Current. 1 March 2025 to 30 June 2026. 3 components. 2 parts.");
  g_assert_cmpstr (b, ==, "Event, 16 September 2024: Clearance teams arrive at the harbour");
}

static PlPhase *
add_open_phase (PlBriefing *briefing,
                const char *id,
                PlStatus status,
                const PlDate *start,
                const PlDate *end)
{
  g_autoptr (PlPhase) phase = pl_phase_new ();

  pl_item_set_id (PL_ITEM (phase), id);
  pl_phase_set_name (phase, id);
  pl_phase_set_status (phase, status);
  if (start != NULL)
    pl_phase_set_start (phase, start);
  if (end != NULL)
    pl_phase_set_end (phase, end);
  pl_briefing_add_item (briefing, PL_ITEM (phase));
  return phase;
}

/* A phase dated at one end only: a current one runs firmly to "now"; an
 * open end reaches softly to the next phase's start or back to the last
 * one's end, else fades over some months. */
static void
test_open_spans (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlTimelineLayout) layout = NULL;
  PlDate published = pl_date_make (2026, 6, 1);
  PlDate jan = pl_date_make (2026, 1, 10);
  PlDate sep = pl_date_make (2026, 9, 1);
  PlDate dec = pl_date_make (2025, 12, 20);
  PlDate mar_2027 = pl_date_make (2027, 3, 1);
  const PlTimelineEntry *first, *current, *planned, *last;

  pl_briefing_set_published (briefing, &published);
  add_open_phase (briefing, "first", PL_STATUS_COMPLETED, NULL, &dec);
  add_open_phase (briefing, "current", PL_STATUS_CURRENT, &jan, NULL);
  add_open_phase (briefing, "planned", PL_STATUS_PLANNED, &sep, NULL);
  add_open_phase (briefing, "last", PL_STATUS_PLANNED, NULL, &mar_2027);
  layout = pl_timeline_layout_new (briefing, PL_TIMELINE_MODE_CHRONOLOGICAL, NULL, NULL);
  first = entry_for_id (layout, briefing, "first");
  current = entry_for_id (layout, briefing, "current");
  planned = entry_for_id (layout, briefing, "planned");
  last = entry_for_id (layout, briefing, "last");

  /* Current since January: firm to the publication date, then soft to
   * where the planned phase starts. */
  g_assert_cmpfloat (current->span.end, ==, pl_time_from_ymd (2026, 6, 1));
  g_assert_cmpfloat (current->span.soft_end, ==, planned->span.soft_start);
  /* The planned phase reaches softly to the last one's start... which is
   * dated only at its end: it fades in from the planned phase's end. */
  g_assert_cmpfloat (planned->span.soft_end, >, planned->span.end);
  g_assert_cmpfloat (last->span.soft_start, <, last->span.start);
  g_assert_cmpfloat (last->span.soft_start, >=, planned->span.soft_end - 1e-9);
  /* Nothing before the first: a fade of some months. */
  g_assert_cmpfloat (first->span.soft_start, <, first->span.start - 30);
  g_assert_cmpfloat (first->span.soft_end, ==, first->span.end);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/lane-pack", test_lane_pack);
  g_test_add_func ("/timeline-layout/mode", test_mode);
  g_test_add_func ("/timeline-layout/nesting", test_nesting);
  g_test_add_func ("/timeline-layout/cycles", test_cycles);
  g_test_add_func ("/timeline-layout/frames", test_frames);
  g_test_add_func ("/timeline-layout/fit-and-clamp", test_fit_and_clamp);
  g_test_add_func ("/timeline-layout/rtl-mirror", test_rtl_mirror);
  g_test_add_func ("/timeline-layout/order-and-reveal", test_order_and_reveal);
  g_test_add_func ("/timeline-layout/clusters", test_clusters);
  g_test_add_func ("/timeline-layout/description", test_description);
  g_test_add_func ("/timeline-layout/open-spans", test_open_spans);
  return g_test_run ();
}
