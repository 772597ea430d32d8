/* test-history.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of edit through PlHistory, undone and redone, must give back
 * the briefing byte for byte as pl_format_write() saves it.
 */

#include "config.h"

#include "pl-error.h"
#include "pl-format.h"
#include "pl-history.h"
#include "pl-test-briefing.h"
#include "pl-test-util.h"

static char *
dup_saved (PlBriefing *briefing)
{
  g_autoptr (GBytes) bytes = pl_format_write (briefing);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static gpointer
get_nth (GListModel *list,
         guint position)
{
  gpointer item = g_list_model_get_item (list, position);

  g_assert_nonnull (item);
  /* The briefing holds it; tests borrow. */
  g_object_unref (item);
  return item;
}

static PlPhase *
get_phase (PlBriefing *briefing,
           guint position)
{
  return get_nth (pl_briefing_get_phases (briefing), position);
}

static PlComponent *
get_component (PlPhase *phase,
               guint position)
{
  return get_nth (pl_phase_get_components (phase), position);
}

static PlItem *
get_reaction (PlBriefing *briefing,
              guint position)
{
  return get_nth (pl_briefing_get_reactions (briefing), position);
}

/* A briefing with several items of each kind and components in phases. */
static PlBriefing *
make_briefing (void)
{
  PlBriefing *briefing = pl_test_briefing_generate (250, 11, TRUE);

  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (briefing)), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_reactions (briefing)), >=, 3);
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (get_phase (briefing, 0))), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (get_phase (briefing, 1))), >=, 1);
  return briefing;
}

static void
set_field (PlHistory *history,
           gpointer item,
           const char *name,
           const char *value)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (pl_history_set_field (history, PL_ITEM (item), name, value, &error));
  g_assert_no_error (error);
}

/* The edits, each on a fresh briefing. */

static void
edit_reaction_stance (PlHistory *h, PlBriefing *b)
{
  PlItem *reaction = get_reaction (b, 1);

  set_field (h, reaction, "stance",
             pl_reaction_get_stance (PL_REACTION (reaction)) == PL_STANCE_OPPOSE ? "support" : "oppose");
}

static void
edit_reaction_actor (PlHistory *h, PlBriefing *b)
{
  set_field (h, get_reaction (b, 0), "actor", "The harbour authority");
}

static void
edit_unset_text (PlHistory *h, PlBriefing *b)
{
  set_field (h, get_reaction (b, 2), "quote", "“A new quote”");
  set_field (h, get_nth (pl_briefing_get_risks (b), 0), "text", NULL);
}

static void
edit_risk_levels (PlHistory *h, PlBriefing *b)
{
  PlItem *risk = get_nth (pl_briefing_get_risks (b), 0);

  set_field (h, risk, "severity", pl_risk_get_severity (PL_RISK (risk)) == PL_LEVEL_LOW ? "high" : "low");
  set_field (h, risk, "category", "economy");
}

static void
edit_phase_dates (PlHistory *h, PlBriefing *b)
{
  set_field (h, get_phase (b, 0), "start", "2027-02");
  set_field (h, get_phase (b, 0), "end", "2031-12-31");
  set_field (h, get_phase (b, 1), "status",
             pl_phase_get_status (get_phase (b, 1)) == PL_STATUS_COMPLETED ? "planned" : "completed");
}

static void
edit_component_category (PlHistory *h, PlBriefing *b)
{
  PlComponent *component = get_component (get_phase (b, 0), 1);

  set_field (h, component, "category",
             pl_component_get_category (component) == PL_CATEGORY_SECURITY ? "economy" : "security");
}

static void
edit_briefing_fields (PlHistory *h, PlBriefing *b)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (pl_history_set_briefing_field (h, "title", "A new title", &error));
  g_assert_true (pl_history_set_briefing_field (h, "published", "2030-01-02", &error));
  g_assert_true (pl_history_set_briefing_field (h, "notes", "Some notes\nover two lines", &error));
  g_assert_no_error (error);
}

static void
add_reaction_at_end (PlHistory *h, PlBriefing *b)
{
  g_autoptr (PlReaction) reaction = pl_reaction_new ();

  pl_reaction_set_actor (reaction, "A new actor");
  pl_reaction_set_text (reaction, "Says something new.");
  pl_history_add_item (h, PL_ITEM (reaction), NULL, PL_HISTORY_END);
  g_assert_nonnull (pl_item_get_id (PL_ITEM (reaction)));
}

static void
add_reaction_first (PlHistory *h, PlBriefing *b)
{
  g_autoptr (PlReaction) reaction = pl_reaction_new ();

  pl_reaction_set_actor (reaction, "First actor");
  pl_reaction_set_text (reaction, "Says it first.");
  pl_history_add_item (h, PL_ITEM (reaction), NULL, 0);
  g_assert_true (get_reaction (b, 0) == PL_ITEM (reaction));
}

static void
add_component (PlHistory *h, PlBriefing *b)
{
  g_autoptr (PlComponent) component = pl_component_new ();
  PlPhase *phase = get_phase (b, 1);

  pl_component_set_text (component, "A new part of the plan");
  pl_history_add_item (h, PL_ITEM (component), phase, 0);
  g_assert_true (get_component (phase, 0) == component);
  g_assert_nonnull (pl_item_get_id (PL_ITEM (component)));
}

static void
add_phase_with_component (PlHistory *h, PlBriefing *b)
{
  g_autoptr (PlPhase) phase = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();

  pl_phase_set_name (phase, "An added phase");
  pl_history_begin_group (h, "Add a phase and its part");
  pl_history_add_item (h, PL_ITEM (phase), NULL, 1);
  pl_component_set_text (component, "Its only part");
  pl_history_add_item (h, PL_ITEM (component), phase, PL_HISTORY_END);
  pl_history_end_group (h);
}

static void
remove_reaction (PlHistory *h, PlBriefing *b)
{
  g_assert_true (pl_history_remove_item (h, get_reaction (b, 1)));
}

static void
remove_component (PlHistory *h, PlBriefing *b)
{
  g_assert_true (pl_history_remove_item (h, PL_ITEM (get_component (get_phase (b, 0), 0))));
}

static void
remove_phase (PlHistory *h, PlBriefing *b)
{
  guint n = g_list_model_get_n_items (pl_briefing_get_phases (b));

  g_assert_true (pl_history_remove_item (h, PL_ITEM (get_phase (b, 0))));
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (b)), ==, n - 1);
}

static void
remove_source (PlHistory *h, PlBriefing *b)
{
  g_assert_true (pl_history_remove_item (h, get_nth (pl_briefing_get_sources (b), 0)));
}

static void
move_component_to_phase (PlHistory *h, PlBriefing *b)
{
  PlComponent *component = get_component (get_phase (b, 0), 1);

  g_assert_true (pl_history_move_component (h, component, get_phase (b, 1), 0));
  g_assert_true (get_component (get_phase (b, 1), 0) == component);
}

static void
move_component_within (PlHistory *h, PlBriefing *b)
{
  PlComponent *component = get_component (get_phase (b, 0), 0);

  g_assert_true (pl_history_move_item (h, PL_ITEM (component), PL_HISTORY_END));
}

static void
move_reaction (PlHistory *h, PlBriefing *b)
{
  PlItem *reaction = get_reaction (b, 2);

  g_assert_true (pl_history_move_item (h, reaction, 0));
  g_assert_true (get_reaction (b, 0) == reaction);
}

static void
move_phase (PlHistory *h, PlBriefing *b)
{
  g_assert_true (pl_history_move_item (h, PL_ITEM (get_phase (b, 0)), 2));
}

static void
group_of_edits (PlHistory *h, PlBriefing *b)
{
  pl_history_begin_group (h, "Several");
  edit_reaction_actor (h, b);
  remove_phase (h, b);
  pl_history_begin_group (h, NULL);
  move_reaction (h, b);
  add_component (h, b);
  pl_history_end_group (h);
  edit_phase_dates (h, b);
  pl_history_end_group (h);
}

typedef struct
{
  const char *path;
  void (*edit) (PlHistory *history, PlBriefing *briefing);
  guint n_steps; /* undo steps the edit makes */
} EditCase;

static const EditCase edit_cases[] = {
  { "/history/roundtrip/field/enum", edit_reaction_stance, 1 },
  { "/history/roundtrip/field/string", edit_reaction_actor, 1 },
  { "/history/roundtrip/field/unset", edit_unset_text, 2 },
  { "/history/roundtrip/field/levels", edit_risk_levels, 2 },
  { "/history/roundtrip/field/dates", edit_phase_dates, 3 },
  { "/history/roundtrip/field/component", edit_component_category, 1 },
  { "/history/roundtrip/field/briefing", edit_briefing_fields, 3 },
  { "/history/roundtrip/add/end", add_reaction_at_end, 1 },
  { "/history/roundtrip/add/first", add_reaction_first, 1 },
  { "/history/roundtrip/add/component", add_component, 1 },
  { "/history/roundtrip/add/phase", add_phase_with_component, 1 },
  { "/history/roundtrip/remove/reaction", remove_reaction, 1 },
  { "/history/roundtrip/remove/component", remove_component, 1 },
  { "/history/roundtrip/remove/phase", remove_phase, 1 },
  { "/history/roundtrip/remove/source", remove_source, 1 },
  { "/history/roundtrip/move/component-to-phase", move_component_to_phase, 1 },
  { "/history/roundtrip/move/component-within", move_component_within, 1 },
  { "/history/roundtrip/move/reaction", move_reaction, 1 },
  { "/history/roundtrip/move/phase", move_phase, 1 },
  { "/history/roundtrip/group", group_of_edits, 1 },
};

static void
test_roundtrip (gconstpointer data)
{
  const EditCase *c = data;
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *undone_again = NULL;

  pl_history_set_merge_interval (history, 0);
  before = dup_saved (briefing);
  c->edit (history, briefing);
  after = dup_saved (briefing);
  g_assert_true (g_strcmp0 (before, after) != 0);
  g_assert_true (pl_history_get_dirty (history));

  for (guint i = 0; i < c->n_steps; i++)
    g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_false (pl_history_get_dirty (history));
  undone = dup_saved (briefing);
  g_assert_true (g_strcmp0 (undone, before) == 0);

  for (guint i = 0; i < c->n_steps; i++)
    g_assert_true (pl_history_redo (history));
  g_assert_false (pl_history_get_can_redo (history));
  redone = dup_saved (briefing);
  g_assert_true (g_strcmp0 (redone, after) == 0);

  /* And back again: redo must leave what undo needs. */
  while (pl_history_undo (history))
    ;
  undone_again = dup_saved (briefing);
  g_assert_true (g_strcmp0 (undone_again, before) == 0);
}

/* How often each property was notified. */
typedef struct
{
  guint can_undo;
  guint can_redo;
  guint dirty;
  guint undo_label;
  guint changed;
} Notified;

static void
notify_cb (GObject *object,
           GParamSpec *pspec,
           Notified *notified)
{
  if (g_str_equal (pspec->name, "can-undo"))
    notified->can_undo++;
  else if (g_str_equal (pspec->name, "can-redo"))
    notified->can_redo++;
  else if (g_str_equal (pspec->name, "dirty"))
    notified->dirty++;
  else if (g_str_equal (pspec->name, "undo-label"))
    notified->undo_label++;
}

static void
changed_cb (PlHistory *history,
            Notified *notified)
{
  notified->changed++;
}

static void
test_properties (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  Notified notified = { 0 };
  gboolean can_undo, can_redo, dirty;
  g_autofree char *undo_label = NULL;

  g_signal_connect (history, "notify", G_CALLBACK (notify_cb), &notified);
  g_signal_connect (history, "changed", G_CALLBACK (changed_cb), &notified);
  g_assert_true (pl_history_get_briefing (history) == briefing);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_null (pl_history_get_undo_label (history));

  set_field (history, get_reaction (briefing, 0), "actor-kind", "person");
  g_object_get (history, "can-undo", &can_undo, "can-redo", &can_redo, "dirty", &dirty,
                "undo-label", &undo_label, NULL);
  g_assert_true (can_undo);
  g_assert_false (can_redo);
  g_assert_true (dirty);
  g_assert_cmpstr (undo_label, ==, "Change actor kind");
  g_assert_cmpuint (notified.can_undo, ==, 1);
  g_assert_cmpuint (notified.dirty, ==, 1);
  g_assert_cmpuint (notified.undo_label, ==, 1);
  g_assert_cmpuint (notified.changed, ==, 1);

  pl_history_undo (history);
  g_assert_cmpstr (pl_history_get_redo_label (history), ==, "Change actor kind");
  g_assert_cmpuint (notified.can_undo, ==, 2);
  g_assert_cmpuint (notified.can_redo, ==, 1);
  g_assert_cmpuint (notified.dirty, ==, 2);
  g_assert_cmpuint (notified.changed, ==, 2);

  /* The same value again records nothing. */
  set_field (history, get_reaction (briefing, 0), "actor",
             pl_reaction_get_actor (PL_REACTION (get_reaction (briefing, 0))));
  g_assert_cmpuint (notified.changed, ==, 2);
  g_assert_true (pl_history_get_can_redo (history));
}

static void
test_invalid (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  g_autofree char *before = dup_saved (briefing);
  g_autofree char *after = NULL;
  g_autoptr (GError) error = NULL;

  g_assert_false (pl_history_set_field (history, get_reaction (briefing, 0), "stance", "furious", &error));
  g_assert_error (error, PL_ERROR, PL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pl_history_set_field (history, get_reaction (briefing, 0), "colour", "red", &error));
  g_assert_error (error, PL_ERROR, PL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (pl_history_set_briefing_field (history, "published", "someday", &error));
  g_assert_error (error, PL_ERROR, PL_ERROR_INVALID);

  after = dup_saved (briefing);
  g_assert_true (g_strcmp0 (before, after) == 0);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_false (pl_history_get_dirty (history));
}

static void
test_dirty (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  PlItem *reaction = get_reaction (briefing, 0);
  guint64 state;

  pl_history_set_merge_interval (history, 0);
  g_assert_false (pl_history_get_dirty (history));
  set_field (history, reaction, "actor", "One");
  set_field (history, reaction, "actor", "Two");
  g_assert_true (pl_history_get_dirty (history));

  /* Saved after two edits: undo makes it dirty, redo clean again. */
  pl_history_mark_saved (history);
  g_assert_false (pl_history_get_dirty (history));
  pl_history_undo (history);
  g_assert_true (pl_history_get_dirty (history));
  pl_history_redo (history);
  g_assert_false (pl_history_get_dirty (history));

  /* Back to the start, which is no longer what is saved. */
  pl_history_undo (history);
  pl_history_undo (history);
  g_assert_true (pl_history_get_dirty (history));

  /* A new edit here loses the saved state for good. */
  set_field (history, reaction, "actor", "Three");
  g_assert_false (pl_history_get_can_redo (history));
  pl_history_undo (history);
  g_assert_true (pl_history_get_dirty (history));
  pl_history_redo (history);
  g_assert_true (pl_history_get_dirty (history));

  /* A save of an earlier state, finished after more edits. */
  state = pl_history_get_state (history);
  set_field (history, reaction, "actor", "Four");
  pl_history_mark_saved_state (history, state);
  g_assert_true (pl_history_get_dirty (history));
  pl_history_undo (history);
  g_assert_false (pl_history_get_dirty (history));

  pl_history_mark_unsaved (history);
  g_assert_true (pl_history_get_dirty (history));
}

static void
test_redo_cleared (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  set_field (history, get_reaction (briefing, 0), "actor", "One");
  before = dup_saved (briefing);
  pl_history_remove_item (history, get_reaction (briefing, 1));
  pl_history_undo (history);
  g_assert_true (pl_history_get_can_redo (history));
  g_assert_cmpstr (pl_history_get_redo_label (history), ==, "Delete Reaction");

  set_field (history, get_reaction (briefing, 2), "stance", "neutral");
  g_assert_false (pl_history_get_can_redo (history));
  g_assert_false (pl_history_redo (history));
  g_assert_true (pl_history_undo (history));
  after = dup_saved (briefing);
  g_assert_true (g_strcmp0 (before, after) == 0);
}

static void
test_merge (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  PlItem *reaction = get_reaction (briefing, 0);
  g_autofree char *before = dup_saved (briefing);
  g_autofree char *after = NULL;

  /* Typing: one step for the whole word. */
  pl_history_set_merge_interval (history, 60 * 1000);
  set_field (history, reaction, "actor", "W");
  set_field (history, reaction, "actor", "Wo");
  set_field (history, reaction, "actor", "Word");
  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
  after = dup_saved (briefing);
  g_assert_true (g_strcmp0 (before, after) == 0);

  /* Another field, or a save in between, starts a new step. */
  pl_history_redo (history);
  set_field (history, reaction, "text", "Other");
  set_field (history, reaction, "actor", "Words");
  pl_history_mark_saved (history);
  set_field (history, reaction, "actor", "Wordsmith");
  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_dirty (history));
  g_assert_cmpstr (pl_reaction_get_actor (PL_REACTION (reaction)), ==, "Words");
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
}

static void
test_group (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);

  /* An empty group is no step. */
  pl_history_begin_group (history, "Nothing");
  pl_history_end_group (history);
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_false (pl_history_get_dirty (history));

  pl_history_begin_group (history, NULL);
  set_field (history, get_reaction (briefing, 0), "actor", "One");
  g_assert_true (pl_history_get_dirty (history));
  g_assert_false (pl_history_get_can_undo (history));
  remove_reaction (history, briefing);
  pl_history_end_group (history);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Change actor");

  pl_history_begin_group (history, "Tidy up");
  remove_reaction (history, briefing);
  pl_history_end_group (history);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Tidy up");
  g_assert_true (pl_history_undo (history));
  g_assert_true (pl_history_undo (history));
  g_assert_false (pl_history_get_can_undo (history));
  g_assert_false (pl_history_get_dirty (history));
}

/* A phase removed takes its components; undo brings back all of them, the
 * lookup by id included. */
static void
test_remove_phase_components (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  g_autoptr (PlPhase) phase = g_object_ref (get_phase (briefing, 0));
  PlComponent *component = get_component (phase, 0);
  g_autofree char *id = g_strdup (pl_item_get_id (PL_ITEM (component)));
  guint n_components = g_list_model_get_n_items (pl_phase_get_components (phase));
  guint n_items = pl_briefing_get_n_items (briefing);

  pl_history_remove_item (history, PL_ITEM (phase));
  g_assert_null (pl_briefing_lookup (briefing, id));
  g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_items - 1 - n_components);

  pl_history_undo (history);
  g_assert_true (get_phase (briefing, 0) == phase);
  g_assert_true (pl_briefing_lookup (briefing, id) == PL_ITEM (component));
  g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_items);
}

static void
test_move_component_between (void)
{
  g_autoptr (PlBriefing) briefing = make_briefing ();
  g_autoptr (PlHistory) history = pl_history_new (briefing);
  PlPhase *from = get_phase (briefing, 0);
  PlPhase *to = get_phase (briefing, 2);
  PlComponent *component = get_component (from, 1);
  guint n_from = g_list_model_get_n_items (pl_phase_get_components (from));
  guint n_to = g_list_model_get_n_items (pl_phase_get_components (to));
  guint position;

  g_assert_true (pl_history_move_component (history, component, to, PL_HISTORY_END));
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (from)), ==, n_from - 1);
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (to)), ==, n_to + 1);
  g_assert_true (get_component (to, n_to) == component);
  g_assert_cmpstr (pl_history_get_undo_label (history), ==, "Move Component");

  pl_history_undo (history);
  g_assert_true (get_component (from, 1) == component);
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (to)), ==, n_to);

  /* Moving to where it is records nothing. */
  g_assert_true (pl_history_move_component (history, component, from, 1));
  g_assert_true (pl_history_get_can_redo (history));
  position = 1;
  g_assert_true (pl_history_move_item (history, PL_ITEM (component), position));
  g_assert_true (pl_history_get_can_redo (history));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (edit_cases); i++)
    g_test_add_data_func (edit_cases[i].path, &edit_cases[i], test_roundtrip);
  g_test_add_func ("/history/properties", test_properties);
  g_test_add_func ("/history/invalid", test_invalid);
  g_test_add_func ("/history/dirty", test_dirty);
  g_test_add_func ("/history/redo-cleared", test_redo_cleared);
  g_test_add_func ("/history/merge", test_merge);
  g_test_add_func ("/history/group", test_group);
  g_test_add_func ("/history/remove-phase-components", test_remove_phase_components);
  g_test_add_func ("/history/move-component-between", test_move_component_between);
  return g_test_run ();
}
