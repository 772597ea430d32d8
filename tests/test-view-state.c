/* test-view-state.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-component.h"
#include "pl-event.h"
#include "pl-loader.h"
#include "pl-reaction.h"
#include "pl-risk.h"
#include "pl-source.h"
#include "pl-test-util.h"
#include "pl-view-state.h"

/* How often each property of a view state was notified. */
typedef struct
{
  guint briefing;
  guint selected;
} Notified;

static void
notify_cb (GObject *object,
           GParamSpec *pspec,
           Notified *notified)
{
  if (g_str_equal (pspec->name, "briefing"))
    notified->briefing++;
  else if (g_str_equal (pspec->name, "selected"))
    notified->selected++;
}

static PlViewState *
new_watched (Notified *notified)
{
  PlViewState *state = pl_view_state_new ();

  g_signal_connect (state, "notify", G_CALLBACK (notify_cb), notified);
  return state;
}

/* The item with @id, found by walking the briefing: the id index does not
 * always know the components of a phase added after it was built. */
typedef struct
{
  const char *id;
  PlItem *found;
} FindData;

static void
find_cb (gpointer item,
         gpointer user_data)
{
  FindData *data = user_data;

  if (data->found == NULL && g_strcmp0 (pl_item_get_id (item), data->id) == 0)
    data->found = item;
}

static PlItem *
find_item (PlBriefing *briefing,
           const char *id)
{
  FindData data = { id, NULL };

  pl_briefing_foreach_item (briefing, find_cb, &data);
  return data.found;
}

static void
test_new (void)
{
  g_autoptr (PlViewState) state = pl_view_state_new ();
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (PlItem) selected = NULL;

  g_assert_null (pl_view_state_get_briefing (state));
  g_assert_null (pl_view_state_get_selected (state));

  g_object_get (state, "briefing", &briefing, "selected", &selected, NULL);
  g_assert_null (briefing);
  g_assert_null (selected);
}

static void
test_set_briefing (void)
{
  Notified notified = { 0, 0 };
  g_autoptr (PlViewState) state = new_watched (&notified);
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();

  pl_view_state_set_briefing (state, briefing);
  g_assert_true (pl_view_state_get_briefing (state) == briefing);
  g_assert_cmpuint (notified.briefing, ==, 1);
  g_assert_cmpuint (notified.selected, ==, 0);

  /* The same briefing again changes nothing. */
  pl_view_state_set_briefing (state, briefing);
  g_assert_cmpuint (notified.briefing, ==, 1);

  pl_view_state_set_briefing (state, NULL);
  g_assert_null (pl_view_state_get_briefing (state));
  g_assert_cmpuint (notified.briefing, ==, 2);

  /* Through the property too. */
  g_object_set (state, "briefing", briefing, NULL);
  g_assert_true (pl_view_state_get_briefing (state) == briefing);
  g_assert_cmpuint (notified.briefing, ==, 3);
}

static void
test_select (void)
{
  Notified notified = { 0, 0 };
  g_autoptr (PlViewState) state = new_watched (&notified);
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  PlItem *phase = find_item (briefing, "p1");
  PlItem *component = find_item (briefing, "c1");
  g_autoptr (PlItem) got = NULL;

  g_assert_nonnull (phase);
  g_assert_nonnull (component);
  pl_view_state_set_briefing (state, briefing);

  pl_view_state_set_selected (state, phase);
  g_assert_true (pl_view_state_get_selected (state) == phase);
  g_assert_cmpuint (notified.selected, ==, 1);

  /* Selecting the same item again notifies nothing. */
  pl_view_state_set_selected (state, phase);
  g_assert_cmpuint (notified.selected, ==, 1);

  /* Components live inside phases, and are selectable too. */
  g_object_set (state, "selected", component, NULL);
  g_object_get (state, "selected", &got, NULL);
  g_assert_true (got == component);
  g_assert_cmpuint (notified.selected, ==, 2);

  pl_view_state_set_selected (state, NULL);
  g_assert_null (pl_view_state_get_selected (state));
  g_assert_cmpuint (notified.selected, ==, 3);
}

/* An item of another briefing, or with no briefing shown, selects nothing. */
static void
test_select_foreign (void)
{
  Notified notified = { 0, 0 };
  g_autoptr (PlViewState) state = new_watched (&notified);
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  g_autoptr (PlBriefing) other = pl_test_make_briefing ();

  pl_view_state_set_selected (state, find_item (briefing, "p1"));
  g_assert_null (pl_view_state_get_selected (state));

  pl_view_state_set_briefing (state, briefing);
  pl_view_state_set_selected (state, find_item (other, "p1"));
  g_assert_null (pl_view_state_get_selected (state));
  g_assert_cmpuint (notified.selected, ==, 0);
}

static void
test_set_briefing_clears_selection (void)
{
  Notified notified = { 0, 0 };
  g_autoptr (PlViewState) state = new_watched (&notified);
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  g_autoptr (PlBriefing) other = pl_test_make_briefing ();

  pl_view_state_set_briefing (state, briefing);
  pl_view_state_set_selected (state, find_item (briefing, "p2"));
  g_assert_nonnull (pl_view_state_get_selected (state));

  pl_view_state_set_briefing (state, other);
  g_assert_null (pl_view_state_get_selected (state));
  g_assert_cmpuint (notified.selected, ==, 2);
  g_assert_cmpuint (notified.briefing, ==, 2);

  pl_view_state_set_selected (state, find_item (other, "p2"));
  pl_view_state_set_briefing (state, NULL);
  g_assert_null (pl_view_state_get_selected (state));
}

typedef struct
{
  const char *path;
  const char *selected; /* the id of the item selected */
  const char *removed;  /* the id of the item removed */
  gboolean kept;        /* whether the selection survives */
} RemoveCase;

static const RemoveCase remove_cases[] = {
  { "/view-state/remove/phase", "p1", "p1", FALSE },
  { "/view-state/remove/component", "c1", "c1", FALSE },
  { "/view-state/remove/component-with-phase", "c1", "p2", FALSE },
  { "/view-state/remove/source", "s1", "s1", FALSE },
  { "/view-state/remove/other", "p1", "p2", TRUE },
  { "/view-state/remove/other-component", "p2", "c1", TRUE },
};

static void
test_remove (gconstpointer data)
{
  const RemoveCase *test = data;
  Notified notified = { 0, 0 };
  g_autoptr (PlViewState) state = new_watched (&notified);
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  PlItem *selected = find_item (briefing, test->selected);
  PlItem *removed = find_item (briefing, test->removed);

  g_assert_nonnull (selected);
  g_assert_nonnull (removed);
  pl_view_state_set_briefing (state, briefing);
  pl_view_state_set_selected (state, selected);
  g_assert_cmpuint (notified.selected, ==, 1);

  g_assert_true (pl_briefing_remove_item (briefing, removed));
  if (test->kept)
    {
      g_assert_true (pl_view_state_get_selected (state) == selected);
      g_assert_cmpuint (notified.selected, ==, 1);
    }
  else
    {
      g_assert_null (pl_view_state_get_selected (state));
      g_assert_cmpuint (notified.selected, ==, 2);
    }
}

/* Edits that keep the item, even one that changes its id, keep the selection. */
static void
test_edit_keeps_selection (void)
{
  g_autoptr (PlViewState) state = pl_view_state_new ();
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  PlItem *phase = find_item (briefing, "p1");
  g_autoptr (PlPhase) added = pl_phase_new ();

  pl_view_state_set_briefing (state, briefing);
  pl_view_state_set_selected (state, phase);

  pl_phase_set_name (PL_PHASE (phase), "Phase one, renamed");
  g_assert_true (pl_view_state_get_selected (state) == phase);

  pl_item_set_id (phase, "p-renamed");
  g_assert_true (pl_view_state_get_selected (state) == phase);

  pl_briefing_add_item (briefing, PL_ITEM (added));
  g_assert_true (pl_view_state_get_selected (state) == phase);

  /* Removed after the rename: found by walking, not by the old id. */
  g_assert_true (pl_briefing_remove_item (briefing, phase));
  g_assert_null (pl_view_state_get_selected (state));
}

/* The briefing it listened to no longer reaches a view state that let go of it. */
static void
test_old_briefing_ignored (void)
{
  g_autoptr (PlViewState) state = pl_view_state_new ();
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  g_autoptr (PlBriefing) other = pl_test_make_briefing ();
  PlItem *phase = find_item (other, "p1");

  pl_view_state_set_briefing (state, briefing);
  pl_view_state_set_briefing (state, other);
  pl_view_state_set_selected (state, phase);

  g_assert_true (pl_briefing_remove_item (briefing, find_item (briefing, "p1")));
  g_assert_true (pl_view_state_get_selected (state) == phase);
}

/* A view state freed while its briefing lives on leaves no handler behind. */
static void
test_dispose (void)
{
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  PlViewState *state = pl_view_state_new ();

  pl_view_state_set_briefing (state, briefing);
  pl_view_state_set_selected (state, find_item (briefing, "p1"));
  g_object_add_weak_pointer (G_OBJECT (state), (gpointer *) &state);
  g_object_unref (state);
  g_assert_null (state);

  g_assert_true (pl_briefing_remove_item (briefing, find_item (briefing, "p1")));
}

static void
count_notify_cb (guint *count)
{
  (*count)++;
}

static void
count_matches_cb (gpointer item,
                  gpointer user_data)
{
  gpointer *data = user_data;

  if (pl_view_state_item_matches (data[0], item))
    (*(guint *) data[1])++;
}

static guint
count_matches (PlViewState *state)
{
  guint n = 0;
  gpointer data[2] = { state, &n };

  pl_briefing_foreach_item (pl_view_state_get_briefing (state), count_matches_cb, data);
  return n;
}

/* The search: blank is no search, case does not matter, fields and the
 * article words an item's evidence quotes both count. */
static void
test_search (void)
{
  g_autoptr (PlViewState) state = pl_view_state_new ();
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  guint n_items = pl_briefing_get_n_items (briefing);
  guint notified = 0;
  PlPhase *phase;

  pl_view_state_set_briefing (state, briefing);
  g_signal_connect_swapped (state, "notify::search-text", G_CALLBACK (count_notify_cb), &notified);
  g_assert_null (pl_view_state_get_search_text (state));
  g_assert_cmpuint (count_matches (state), ==, n_items);

  pl_view_state_set_search_text (state, "   ");
  g_assert_null (pl_view_state_get_search_text (state));
  g_assert_cmpuint (notified, ==, 0);

  pl_view_state_set_search_text (state, "  CeaseFire ");
  g_assert_cmpstr (pl_view_state_get_search_text (state), ==, "CeaseFire");
  g_assert_cmpuint (notified, ==, 1);
  pl_view_state_set_search_text (state, "CeaseFire");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (count_matches (state), >, 0);
  g_assert_cmpuint (count_matches (state), <, n_items);

  /* A phase's own name matches; "halting" is in the first phase's name. */
  phase = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  pl_view_state_set_search_text (state, "HALTING");
  g_assert_true (pl_view_state_item_matches (state, PL_ITEM (phase)));
  /* Words only in the article, through evidence: the first component's
   * quote says "monitoring"; its own text says "monitor". */
  pl_view_state_set_search_text (state, "monitoring");
  {
    PlPhase *second = g_list_model_get_item (pl_briefing_get_phases (briefing), 1);
    PlItem *component = g_list_model_get_item (pl_phase_get_components (second), 0);

    g_assert_true (pl_view_state_item_matches (state, component));
    g_object_unref (component);
    g_object_unref (second);
  }
  pl_view_state_set_search_text (state, "no such words anywhere");
  g_assert_cmpuint (count_matches (state), ==, 0);
  pl_view_state_set_search_text (state, NULL);
  g_assert_true (pl_view_state_item_matches (state, PL_ITEM (phase)));
  g_object_unref (phase);
}

static void
count_signal_cb (guint *count)
{
  (*count)++;
}

/* The filters: each applies to the items with its field and to what holds
 * them, they combine with each other and with the search, and clearing
 * them lets everything through again. */
static void
test_filters (void)
{
  g_autoptr (PlViewState) state = pl_view_state_new ();
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlSource) source_a = pl_source_new ();
  g_autoptr (PlSource) source_b = pl_source_new ();
  g_autoptr (PlPhase) phase_1 = pl_phase_new ();
  g_autoptr (PlPhase) phase_2 = pl_phase_new ();
  g_autoptr (PlComponent) security = pl_component_new ();
  g_autoptr (PlComponent) aid = pl_component_new ();
  g_autoptr (PlReaction) welcome = pl_reaction_new ();
  g_autoptr (PlReaction) reject = pl_reaction_new ();
  g_autoptr (PlRisk) breakdown = pl_risk_new ();
  g_autoptr (PlEvent) signing = pl_event_new ();
  guint changed = 0;

  pl_item_set_id (PL_ITEM (source_a), "src-a");
  pl_item_set_id (PL_ITEM (source_b), "src-b");
  pl_briefing_add_item (briefing, PL_ITEM (source_a));
  pl_briefing_add_item (briefing, PL_ITEM (source_b));
  pl_component_set_category (security, PL_CATEGORY_SECURITY);
  pl_component_set_category (aid, PL_CATEGORY_HUMANITARIAN);
  pl_phase_add_component (phase_1, security);
  pl_phase_add_component (phase_2, aid);
  pl_briefing_add_item (briefing, PL_ITEM (phase_1));
  pl_briefing_add_item (briefing, PL_ITEM (phase_2));
  pl_reaction_set_stance (welcome, PL_STANCE_SUPPORT);
  pl_reaction_set_actor_kind (welcome, PL_ACTOR_KIND_GOVERNMENT);
  pl_item_add_evidence (PL_ITEM (welcome), "src-a", 0, 4);
  pl_reaction_set_stance (reject, PL_STANCE_OPPOSE);
  pl_reaction_set_actor_kind (reject, PL_ACTOR_KIND_GROUP);
  pl_reaction_set_text (reject, "Rejects the ceasefire");
  pl_item_add_evidence (PL_ITEM (reject), "src-b", 0, 4);
  pl_risk_set_severity (breakdown, PL_LEVEL_HIGH);
  pl_risk_set_category (breakdown, PL_CATEGORY_SECURITY);
  pl_item_add_evidence (PL_ITEM (breakdown), "src-a", 5, 9);
  pl_briefing_add_item (briefing, PL_ITEM (welcome));
  pl_briefing_add_item (briefing, PL_ITEM (reject));
  pl_briefing_add_item (briefing, PL_ITEM (breakdown));
  pl_briefing_add_item (briefing, PL_ITEM (signing));
  pl_view_state_set_briefing (state, briefing);
  g_signal_connect_swapped (state, "filters-changed", G_CALLBACK (count_signal_cb), &changed);

  g_assert_false (pl_view_state_get_narrowed (state));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (reject)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (source_b)));

  /* Stance: reactions, and the sources that quote a reaction let through. */
  pl_view_state_set_filter (state, PL_FILTER_STANCE, 1u << PL_STANCE_SUPPORT);
  g_assert_cmpuint (changed, ==, 1);
  pl_view_state_set_filter (state, PL_FILTER_STANCE, 1u << PL_STANCE_SUPPORT);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (pl_view_state_get_filter (state, PL_FILTER_STANCE), ==, 1u << PL_STANCE_SUPPORT);
  g_assert_true (pl_view_state_get_narrowed (state));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (welcome)));
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (reject)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (source_a)));
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (source_b)));
  /* Filters that do not apply let an item through. */
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (breakdown)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (phase_2)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (signing)));
  g_assert_false (pl_view_state_item_matches (state, PL_ITEM (reject)));

  /* An edit moves an item in or out, and the sources follow. */
  pl_reaction_set_stance (reject, PL_STANCE_SUPPORT);
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (reject)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (source_b)));
  pl_reaction_set_stance (reject, PL_STANCE_OPPOSE);
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (source_b)));

  /* Two stances, and the actor kind on top. */
  pl_view_state_set_filter (state, PL_FILTER_STANCE, (1u << PL_STANCE_SUPPORT) | (1u << PL_STANCE_OPPOSE));
  pl_view_state_set_filter (state, PL_FILTER_ACTOR_KIND, 1u << PL_ACTOR_KIND_GROUP);
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (welcome)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (reject)));

  /* The search narrows what the filters let through. */
  pl_view_state_set_search_text (state, "ceasefire");
  g_assert_true (pl_view_state_item_matches (state, PL_ITEM (reject)));
  pl_view_state_set_search_text (state, "welcome");
  g_assert_false (pl_view_state_item_matches (state, PL_ITEM (reject)));
  pl_view_state_set_search_text (state, NULL);

  /* Category: risks, components and the phases that hold them. */
  pl_view_state_clear_filters (state);
  g_assert_false (pl_view_state_get_narrowed (state));
  changed = 0;
  pl_view_state_set_filter (state, PL_FILTER_CATEGORY, 1u << PL_CATEGORY_SECURITY);
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (security)));
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (aid)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (phase_1)));
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (phase_2)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (breakdown)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (source_a)));
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (source_b)));
  pl_view_state_set_filter (state, PL_FILTER_SEVERITY, 1u << PL_LEVEL_LOW);
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (breakdown)));
  g_assert_false (pl_view_state_item_passes_filters (state, PL_ITEM (source_a)));

  /* Clearing is one change, and none when nothing is filtered. */
  pl_view_state_clear_filters (state);
  g_assert_cmpuint (changed, ==, 3);
  pl_view_state_clear_filters (state);
  g_assert_cmpuint (changed, ==, 3);
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (aid)));
  g_assert_true (pl_view_state_item_passes_filters (state, PL_ITEM (source_b)));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/view-state/new", test_new);
  g_test_add_func ("/view-state/briefing", test_set_briefing);
  g_test_add_func ("/view-state/select", test_select);
  g_test_add_func ("/view-state/select/foreign", test_select_foreign);
  g_test_add_func ("/view-state/briefing/clears-selection", test_set_briefing_clears_selection);
  for (guint i = 0; i < G_N_ELEMENTS (remove_cases); i++)
    g_test_add_data_func (remove_cases[i].path, &remove_cases[i], test_remove);
  g_test_add_func ("/view-state/edit-keeps-selection", test_edit_keeps_selection);
  g_test_add_func ("/view-state/old-briefing-ignored", test_old_briefing_ignored);
  g_test_add_func ("/view-state/dispose", test_dispose);
  g_test_add_func ("/view-state/search", test_search);
  g_test_add_func ("/view-state/filters", test_filters);
  return g_test_run ();
}
