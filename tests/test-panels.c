/* test-panels.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reactions and risks panels under Xvfb, each in a plain GtkWindow
 * with a view state of its own, and in the real window: the order of the
 * list, the group headers, the counts on the toggles, the filters and the
 * selection shared with the view state.
 */

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "pl-application.h"
#include "pl-loader.h"
#include "pl-reaction-row.h"
#include "pl-risk-row.h"
#include "pl-window-private.h"
#include "pl-test-gui.h"


/* What the panels do after the briefing changed. */
/* Briefings. */

typedef struct
{
  PlStance stance;
  PlActorKind kind;
} ReactionSpec;

/* Out of order on purpose: three of each stance but neutral, which has one. */
static const ReactionSpec reaction_specs[] = {
  { PL_STANCE_OPPOSE, PL_ACTOR_KIND_GOVERNMENT },
  { PL_STANCE_SUPPORT, PL_ACTOR_KIND_GOVERNMENT },
  { PL_STANCE_MIXED, PL_ACTOR_KIND_ORGANIZATION },
  { PL_STANCE_SKEPTICAL, PL_ACTOR_KIND_ANALYST },
  { PL_STANCE_SUPPORT, PL_ACTOR_KIND_PERSON },
  { PL_STANCE_NEUTRAL, PL_ACTOR_KIND_PUBLIC },
  { PL_STANCE_OPPOSE, PL_ACTOR_KIND_GROUP },
  { PL_STANCE_MIXED, PL_ACTOR_KIND_GOVERNMENT },
  { PL_STANCE_SKEPTICAL, PL_ACTOR_KIND_GOVERNMENT },
  { PL_STANCE_SUPPORT, PL_ACTOR_KIND_ORGANIZATION },
  { PL_STANCE_OPPOSE, PL_ACTOR_KIND_ANALYST },
  { PL_STANCE_MIXED, PL_ACTOR_KIND_PERSON },
  { PL_STANCE_SKEPTICAL, PL_ACTOR_KIND_PUBLIC },
};

typedef struct
{
  PlLevel severity;
  PlLevel likelihood;
  PlCategory category;
} RiskSpec;

static const RiskSpec risk_specs[] = {
  { PL_LEVEL_LOW, PL_LEVEL_HIGH, PL_CATEGORY_ECONOMY },
  { PL_LEVEL_HIGH, PL_LEVEL_LOW, PL_CATEGORY_SECURITY },
  { PL_LEVEL_MEDIUM, PL_LEVEL_MEDIUM, PL_CATEGORY_GOVERNANCE },
  { PL_LEVEL_HIGH, PL_LEVEL_HIGH, PL_CATEGORY_SECURITY },
  { PL_LEVEL_LOW, PL_LEVEL_LOW, PL_CATEGORY_OTHER },
  { PL_LEVEL_MEDIUM, PL_LEVEL_HIGH, PL_CATEGORY_HUMANITARIAN },
  { PL_LEVEL_HIGH, PL_LEVEL_MEDIUM, PL_CATEGORY_DIPLOMACY },
};

static PlBriefing *
make_briefing (void)
{
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlPhase) phase = pl_phase_new ();

  pl_briefing_set_title (briefing, "Panels");
  pl_phase_set_index (phase, 1);
  pl_phase_set_name (phase, "Ceasefire");
  pl_briefing_add_item (briefing, PL_ITEM (phase));

  for (guint i = 0; i < G_N_ELEMENTS (reaction_specs); i++)
    {
      g_autoptr (PlReaction) reaction = pl_reaction_new ();
      g_autofree char *actor = g_strdup_printf ("Actor %u", i);

      pl_reaction_set_actor (reaction, actor);
      pl_reaction_set_actor_kind (reaction, reaction_specs[i].kind);
      pl_reaction_set_stance (reaction, reaction_specs[i].stance);
      pl_reaction_set_text (reaction, "Says something about the plan.");
      pl_briefing_add_item (briefing, PL_ITEM (reaction));
    }
  for (guint i = 0; i < G_N_ELEMENTS (risk_specs); i++)
    {
      g_autoptr (PlRisk) risk = pl_risk_new ();
      g_autofree char *text = g_strdup_printf ("Risk %u", i);

      pl_risk_set_text (risk, text);
      pl_risk_set_severity (risk, risk_specs[i].severity);
      pl_risk_set_likelihood (risk, risk_specs[i].likelihood);
      pl_risk_set_category (risk, risk_specs[i].category);
      pl_briefing_add_item (briefing, PL_ITEM (risk));
    }
  return briefing;
}

static guint
count_stance (PlBriefing *briefing,
              PlStance stance)
{
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);
      n += pl_reaction_get_stance (reaction) == stance;
    }
  return n;
}

static guint
position_in (GListModel *model,
             gpointer item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* A panel in a window of its own. */

typedef struct
{
  GtkWindow *window;
  GtkWidget *panel;
  PlViewState *state;
  PlBriefing *briefing;
} Fixture;

static void
fixture_setup (Fixture *fixture,
               GType panel_type,
               PlBriefing *briefing)
{
  fixture->briefing = briefing;
  fixture->state = pl_view_state_new ();
  pl_view_state_set_briefing (fixture->state, briefing);
  fixture->panel = g_object_new (panel_type, "view-state", fixture->state, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 1400);
  gtk_window_set_child (fixture->window, fixture->panel);
  gtk_window_present (fixture->window);
  pl_test_gui_wait_for (pl_test_gui_is_drawn, fixture->panel);
}

static void
fixture_teardown (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->state);
  g_clear_object (&fixture->briefing);
}

static PlReactionsPanel *
reactions_panel (Fixture *fixture)
{
  return PL_REACTIONS_PANEL (fixture->panel);
}

static PlRisksPanel *
risks_panel (Fixture *fixture)
{
  return PL_RISKS_PANEL (fixture->panel);
}

/* The number on a stance or severity toggle. */
static const char *
get_button_count (GtkToggleButton *button)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (button));

  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (box)));
}

static const char *
get_button_name (GtkToggleButton *button)
{
  GtkWidget *box = gtk_button_get_child (GTK_BUTTON (button));

  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (box)));
}

static void
collect_rows (GtkWidget *widget,
              GType row_type,
              GPtrArray *rows)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, row_type))
    {
      g_ptr_array_add (rows, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, row_type, rows);
}

/* Every row drawn shows a header when the row above it, in the model, is
 * of another group; returns how many headers show. */
static guint
check_headers (GtkListView *list_view,
               GListModel *model,
               GType row_type,
               int (*group) (gpointer item))
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  guint n_headers = 0;

  collect_rows (GTK_WIDGET (list_view), row_type, rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *header = gtk_widget_get_first_child (gtk_widget_get_parent (row));
      PlItem *item = pl_item_row_get_item (PL_ITEM_ROW (row));
      guint position;
      gboolean expected;

      if (item == NULL || !gtk_widget_get_visible (gtk_widget_get_parent (row)))
        continue;
      position = position_in (model, item);
      if (position == GTK_INVALID_LIST_POSITION)
        continue;
      if (position == 0)
        expected = TRUE;
      else
        {
          g_autoptr (GObject) previous = g_list_model_get_item (model, position - 1);
          expected = group (previous) != group (item);
        }
      g_assert_true (GTK_IS_LABEL (header));
      g_assert_cmpint (gtk_widget_get_visible (header), ==, expected);
      n_headers += expected;
    }
  return n_headers;
}

static int
reaction_group (gpointer item)
{
  return pl_reaction_get_stance (item);
}

static int
risk_group (gpointer item)
{
  return pl_risk_get_severity (item);
}

static void
assert_reactions_sorted (GListModel *model,
                         GListModel *reactions)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PlReaction) a = g_list_model_get_item (model, i - 1);
      g_autoptr (PlReaction) b = g_list_model_get_item (model, i);

      g_assert_cmpint (pl_reaction_get_stance (a), <=, pl_reaction_get_stance (b));
      if (pl_reaction_get_stance (a) == pl_reaction_get_stance (b))
        g_assert_cmpuint (position_in (reactions, a), <, position_in (reactions, b));
    }
}

static void
test_reactions_sort (void)
{
  Fixture fixture;
  GListModel *model;
  g_autoptr (PlReaction) first = NULL;

  fixture_setup (&fixture, PL_TYPE_REACTIONS_PANEL, make_briefing ());
  model = pl_reactions_panel_get_model (reactions_panel (&fixture));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (reaction_specs));
  assert_reactions_sorted (model, pl_briefing_get_reactions (fixture.briefing));
  first = g_list_model_get_item (model, 0);
  g_assert_cmpstr (pl_reaction_get_actor (first), ==, "Actor 1");
  g_assert_cmpstr (_pl_reactions_panel_get_page (reactions_panel (&fixture)), ==, "list");

  /* One header per stance, in the order of PlStance. */
  g_assert_cmpuint (check_headers (_pl_reactions_panel_get_list_view (reactions_panel (&fixture)), model,
                                   PL_TYPE_REACTION_ROW, reaction_group),
                    ==, 5);

  /* A reaction whose stance changes moves to its new group. */
  {
    g_autoptr (PlReaction) neutral = g_list_model_get_item (pl_briefing_get_reactions (fixture.briefing), 5);
    pl_reaction_set_stance (neutral, PL_STANCE_SUPPORT);
  }
  pl_test_gui_drain ();
  pl_test_gui_wait_for (pl_test_gui_is_drawn, fixture.panel);
  assert_reactions_sorted (model, pl_briefing_get_reactions (fixture.briefing));
  g_assert_cmpuint (check_headers (_pl_reactions_panel_get_list_view (reactions_panel (&fixture)), model,
                                   PL_TYPE_REACTION_ROW, reaction_group),
                    ==, 4);
  fixture_teardown (&fixture);
}

static void
test_reactions_counts (void)
{
  Fixture fixture;
  PlReactionsPanel *panel;
  g_autoptr (PlReaction) added = pl_reaction_new ();

  fixture_setup (&fixture, PL_TYPE_REACTIONS_PANEL, make_briefing ());
  panel = reactions_panel (&fixture);
  g_assert_cmpstr (get_button_name (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT)), ==, "Support");
  g_assert_cmpstr (get_button_count (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT)), ==, "3");
  g_assert_cmpstr (get_button_count (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_OPPOSE)), ==, "3");
  g_assert_cmpstr (get_button_count (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_NEUTRAL)), ==, "1");

  /* The counts follow the briefing. */
  pl_reaction_set_stance (added, PL_STANCE_NEUTRAL);
  pl_briefing_add_item (fixture.briefing, PL_ITEM (added));
  g_assert_cmpstr (get_button_count (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_NEUTRAL)), ==, "2");
  pl_reaction_set_stance (added, PL_STANCE_OPPOSE);
  g_assert_cmpstr (get_button_count (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_NEUTRAL)), ==, "1");
  g_assert_cmpstr (get_button_count (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_OPPOSE)), ==, "4");
  pl_test_gui_drain ();
  g_assert_cmpuint (position_in (pl_reactions_panel_get_model (panel), added), ==, 12);
  fixture_teardown (&fixture);
}

static void
test_reactions_filter (void)
{
  Fixture fixture;
  PlReactionsPanel *panel;
  GListModel *model;
  GtkDropDown *kinds;

  fixture_setup (&fixture, PL_TYPE_REACTIONS_PANEL, make_briefing ());
  panel = reactions_panel (&fixture);
  model = pl_reactions_panel_get_model (panel);
  kinds = _pl_reactions_panel_get_kind_dropdown (panel);

  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, count_stance (fixture.briefing, PL_STANCE_SUPPORT));
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_OPPOSE), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 6);
  assert_reactions_sorted (model, pl_briefing_get_reactions (fixture.briefing));

  /* Kind and stance together: support or oppose, from governments. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (kinds)), ==, 7);
  gtk_drop_down_set_selected (kinds, 1 + PL_ACTOR_KIND_GOVERNMENT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT), FALSE);
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_OPPOSE), FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  pl_test_gui_wait_for (pl_test_gui_is_drawn, fixture.panel);
  check_headers (_pl_reactions_panel_get_list_view (panel), model, PL_TYPE_REACTION_ROW, reaction_group);

  /* Nothing matches: the panel says so. */
  gtk_drop_down_set_selected (kinds, 1 + PL_ACTOR_KIND_PUBLIC);
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (_pl_reactions_panel_get_page (panel), ==, "no-match");

  pl_reactions_panel_clear_filters (panel);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (reaction_specs));
  g_assert_cmpstr (_pl_reactions_panel_get_page (panel), ==, "list");
  g_assert_false (gtk_toggle_button_get_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT)));
  g_assert_cmpuint (gtk_drop_down_get_selected (kinds), ==, 0);
  fixture_teardown (&fixture);
}

static void
test_reactions_empty (void)
{
  Fixture fixture;

  fixture_setup (&fixture, PL_TYPE_REACTIONS_PANEL, pl_briefing_new ());
  g_assert_cmpstr (_pl_reactions_panel_get_page (reactions_panel (&fixture)), ==, "empty");
  pl_view_state_set_briefing (fixture.state, NULL);
  g_assert_cmpstr (_pl_reactions_panel_get_page (reactions_panel (&fixture)), ==, "empty");
  g_assert_cmpuint (g_list_model_get_n_items (pl_reactions_panel_get_model (reactions_panel (&fixture))), ==, 0);
  fixture_teardown (&fixture);
}

static void
test_reactions_selection (void)
{
  Fixture fixture;
  PlReactionsPanel *panel;
  GtkSingleSelection *selection;
  GListModel *model;
  g_autoptr (PlReaction) reaction = NULL;
  g_autoptr (PlReaction) other = NULL;
  g_autoptr (PlPhase) phase = NULL;

  fixture_setup (&fixture, PL_TYPE_REACTIONS_PANEL, make_briefing ());
  panel = reactions_panel (&fixture);
  model = pl_reactions_panel_get_model (panel);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (_pl_reactions_panel_get_list_view (panel)));
  g_assert_false (gtk_single_selection_get_autoselect (selection));
  g_assert_true (gtk_single_selection_get_can_unselect (selection));
  g_assert_null (gtk_single_selection_get_selected_item (selection));

  /* The view state selects: the list follows. */
  reaction = g_list_model_get_item (pl_briefing_get_reactions (fixture.briefing), 0); /* oppose */
  pl_view_state_set_selected (fixture.state, PL_ITEM (reaction));
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) reaction);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, position_in (model, reaction));

  /* The list selects: the view state follows. */
  other = g_list_model_get_item (model, 0);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), 0, TRUE);
  g_assert_true (pl_view_state_get_selected (fixture.state) == PL_ITEM (other));

  /* Unselecting in the list unselects everywhere. */
  gtk_selection_model_unselect_item (GTK_SELECTION_MODEL (selection), 0);
  g_assert_null (pl_view_state_get_selected (fixture.state));

  /* Something else selected: nothing in the list. */
  pl_view_state_set_selected (fixture.state, PL_ITEM (reaction));
  phase = g_list_model_get_item (pl_briefing_get_phases (fixture.briefing), 0);
  pl_view_state_set_selected (fixture.state, PL_ITEM (phase));
  g_assert_null (gtk_single_selection_get_selected_item (selection));
  g_assert_true (pl_view_state_get_selected (fixture.state) == PL_ITEM (phase));

  /* A filter that hides the selected reaction leaves the view state alone,
   * and the row is selected again when it shows again. */
  pl_view_state_set_selected (fixture.state, PL_ITEM (reaction));
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (panel, PL_STANCE_SUPPORT), TRUE);
  g_assert_null (gtk_single_selection_get_selected_item (selection));
  g_assert_true (pl_view_state_get_selected (fixture.state) == PL_ITEM (reaction));
  pl_reactions_panel_clear_filters (panel);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) reaction);

  /* Selecting a reaction further down scrolls to it. */
  g_clear_object (&other);
  other = g_list_model_get_item (pl_briefing_get_reactions (fixture.briefing), 5); /* neutral, the last */
  pl_view_state_set_selected (fixture.state, PL_ITEM (other));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, g_list_model_get_n_items (model) - 1);
  pl_test_gui_wait_for (pl_test_gui_is_drawn, fixture.panel);

  /* Removing the selected reaction clears the selection everywhere. */
  g_assert_true (pl_briefing_remove_item (fixture.briefing, PL_ITEM (other)));
  g_assert_null (pl_view_state_get_selected (fixture.state));
  g_assert_null (gtk_single_selection_get_selected_item (selection));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (reaction_specs) - 1);

  /* Another briefing: nothing selected. */
  pl_view_state_set_selected (fixture.state, PL_ITEM (reaction));
  pl_view_state_set_briefing (fixture.state, NULL);
  g_assert_null (gtk_single_selection_get_selected_item (selection));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  fixture_teardown (&fixture);
}

static void
test_reactions_builtin (void)
{
  Fixture fixture;
  PlReactionsPanel *panel;
  GListModel *model;
  guint total = 0;

  fixture_setup (&fixture, PL_TYPE_REACTIONS_PANEL, pl_builtin_briefing_new ());
  panel = reactions_panel (&fixture);
  model = pl_reactions_panel_get_model (panel);
  g_assert_cmpuint (g_list_model_get_n_items (model), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==,
                    g_list_model_get_n_items (pl_briefing_get_reactions (fixture.briefing)));
  assert_reactions_sorted (model, pl_briefing_get_reactions (fixture.briefing));
  for (PlStance stance = PL_STANCE_SUPPORT; stance <= PL_STANCE_NEUTRAL; stance++)
    {
      g_autofree char *expected = g_strdup_printf ("%u", count_stance (fixture.briefing, stance));
      GtkToggleButton *button = _pl_reactions_panel_get_stance_button (panel, stance);

      g_assert_cmpstr (get_button_count (button), ==, expected);
      total += count_stance (fixture.briefing, stance);
    }
  g_assert_cmpuint (total, ==, g_list_model_get_n_items (model));
  check_headers (_pl_reactions_panel_get_list_view (panel), model, PL_TYPE_REACTION_ROW, reaction_group);
  fixture_teardown (&fixture);
}

/* Risks. */

static void
assert_risks_sorted (GListModel *model)
{
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (PlRisk) a = g_list_model_get_item (model, i - 1);
      g_autoptr (PlRisk) b = g_list_model_get_item (model, i);

      g_assert_cmpint (pl_risk_get_severity (a), >=, pl_risk_get_severity (b));
      if (pl_risk_get_severity (a) == pl_risk_get_severity (b))
        g_assert_cmpint (pl_risk_get_likelihood (a), >=, pl_risk_get_likelihood (b));
    }
}

static void
test_risks (void)
{
  static const char *const expected_order[] = { "Risk 3", "Risk 6", "Risk 1", "Risk 5", "Risk 2", "Risk 0", "Risk 4" };
  Fixture fixture;
  PlRisksPanel *panel;
  GListModel *model;
  GtkDropDown *categories;

  fixture_setup (&fixture, PL_TYPE_RISKS_PANEL, make_briefing ());
  panel = risks_panel (&fixture);
  model = pl_risks_panel_get_model (panel);
  categories = _pl_risks_panel_get_category_dropdown (panel);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected_order));
  for (guint i = 0; i < G_N_ELEMENTS (expected_order); i++)
    {
      g_autoptr (PlRisk) risk = g_list_model_get_item (model, i);
      g_assert_cmpstr (pl_risk_get_text (risk), ==, expected_order[i]);
    }
  assert_risks_sorted (model);
  g_assert_cmpuint (check_headers (_pl_risks_panel_get_list_view (panel), model, PL_TYPE_RISK_ROW, risk_group), ==, 3);

  g_assert_cmpstr (get_button_name (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_HIGH)), ==, "High");
  g_assert_cmpstr (get_button_count (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_HIGH)), ==, "3");
  g_assert_cmpstr (get_button_count (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_MEDIUM)), ==, "2");
  g_assert_cmpstr (get_button_count (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_LOW)), ==, "2");

  gtk_toggle_button_set_active (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_HIGH), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  gtk_toggle_button_set_active (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_LOW), TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 5);
  assert_risks_sorted (model);
  gtk_drop_down_set_selected (categories, 1 + PL_CATEGORY_SECURITY);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  gtk_toggle_button_set_active (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_HIGH), FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_cmpstr (_pl_risks_panel_get_page (panel), ==, "no-match");
  pl_risks_panel_clear_filters (panel);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (expected_order));

  /* A severity changed: the risk moves and the counts follow. */
  {
    g_autoptr (PlRisk) risk = g_list_model_get_item (pl_briefing_get_risks (fixture.briefing), 4);
    g_autoptr (PlRisk) first = NULL;

    pl_risk_set_severity (risk, PL_LEVEL_HIGH);
    pl_risk_set_likelihood (risk, PL_LEVEL_HIGH);
    pl_test_gui_drain ();
    first = g_list_model_get_item (model, 0);
    g_assert_cmpstr (pl_risk_get_text (first), ==, "Risk 3");
    g_assert_cmpuint (position_in (model, risk), ==, 1);
    assert_risks_sorted (model);
    g_assert_cmpstr (get_button_count (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_HIGH)), ==, "4");
    g_assert_cmpstr (get_button_count (_pl_risks_panel_get_severity_button (panel, PL_LEVEL_LOW)), ==, "1");
  }
  fixture_teardown (&fixture);
}

static void
test_risks_selection (void)
{
  Fixture fixture;
  PlRisksPanel *panel;
  GtkSingleSelection *selection;
  g_autoptr (PlRisk) risk = NULL;
  g_autoptr (PlReaction) reaction = NULL;

  fixture_setup (&fixture, PL_TYPE_RISKS_PANEL, make_briefing ());
  panel = risks_panel (&fixture);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (_pl_risks_panel_get_list_view (panel)));

  risk = g_list_model_get_item (pl_briefing_get_risks (fixture.briefing), 0);
  pl_view_state_set_selected (fixture.state, PL_ITEM (risk));
  g_assert_true (gtk_single_selection_get_selected_item (selection) == (gpointer) risk);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (selection), 0, TRUE);
  g_assert_cmpstr (pl_risk_get_text (PL_RISK (pl_view_state_get_selected (fixture.state))), ==, "Risk 3");

  /* A reaction is not in this list. */
  reaction = g_list_model_get_item (pl_briefing_get_reactions (fixture.briefing), 0);
  pl_view_state_set_selected (fixture.state, PL_ITEM (reaction));
  g_assert_null (gtk_single_selection_get_selected_item (selection));
  g_assert_true (pl_view_state_get_selected (fixture.state) == PL_ITEM (reaction));
  fixture_teardown (&fixture);
}

/* The real window: the panels, the timeline and the view state agree. */

static gboolean
window_has_briefing (gpointer data)
{
  return pl_window_get_briefing (data) != NULL && !pl_window_get_busy (data);
}

static void
test_window (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());
  PlReactionsPanel *reactions = _pl_window_get_reactions_panel (window);
  PlRisksPanel *risks = _pl_window_get_risks_panel (window);
  PlTimelineView *timeline = _pl_window_get_timeline_view (window);
  PlViewState *state = pl_timeline_view_get_view_state (timeline);
  GtkSingleSelection *reaction_selection;
  GtkSingleSelection *risk_selection;
  PlBriefing *briefing;
  g_autoptr (PlPhase) phase = NULL;

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_has_briefing, window);
  briefing = pl_window_get_briefing (window);

  g_assert_true (pl_reactions_panel_get_view_state (reactions) == state);
  g_assert_true (pl_risks_panel_get_view_state (risks) == state);
  g_assert_cmpuint (g_list_model_get_n_items (pl_reactions_panel_get_model (reactions)), ==,
                    g_list_model_get_n_items (pl_briefing_get_reactions (briefing)));
  g_assert_cmpuint (g_list_model_get_n_items (pl_risks_panel_get_model (risks)), ==,
                    g_list_model_get_n_items (pl_briefing_get_risks (briefing)));
  reaction_selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (_pl_reactions_panel_get_list_view (reactions)));
  risk_selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (_pl_risks_panel_get_list_view (risks)));

  /* A reaction selected in its panel, then a risk in the other. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (reaction_selection), 1, TRUE);
  g_assert_true (PL_IS_REACTION (pl_view_state_get_selected (state)));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (risk_selection), 0, TRUE);
  g_assert_true (PL_IS_RISK (pl_view_state_get_selected (state)));
  g_assert_null (gtk_single_selection_get_selected_item (reaction_selection));

  /* Then a phase, as the timeline selects one. */
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (reaction_selection), 0, TRUE);
  phase = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  pl_view_state_set_selected (state, PL_ITEM (phase));
  g_assert_null (gtk_single_selection_get_selected_item (reaction_selection));
  g_assert_null (gtk_single_selection_get_selected_item (risk_selection));

  /* Another briefing: the panels show it. */
  pl_window_show_builtin (window);
  pl_test_gui_wait_for (window_has_briefing, window);
  g_assert_null (pl_view_state_get_selected (state));
  g_assert_cmpuint (g_list_model_get_n_items (pl_reactions_panel_get_model (reactions)), ==,
                    g_list_model_get_n_items (pl_briefing_get_reactions (pl_window_get_briefing (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Find (Ctrl+F) in the real window: the text reaches the view state, the
 * count says how many items match, Enter steps through them, the timeline
 * dims the rest, and closing the bar ends the search. */
static void
test_window_search (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());
  PlTimelineView *timeline = _pl_window_get_timeline_view (window);
  PlViewState *state = pl_timeline_view_get_view_state (timeline);
  PlItem *first, *second;

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_has_briefing, window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "ceasefire");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpstr (pl_view_state_get_search_text (state), ==, "ceasefire");
  g_assert_cmpstr (gtk_label_get_label (window->search_count), ==, "2 found");

  g_signal_emit_by_name (window->search_entry, "activate");
  first = pl_view_state_get_selected (state);
  g_assert_nonnull (first);
  g_assert_true (pl_view_state_item_matches (state, first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-next", NULL));
  second = pl_view_state_get_selected (state);
  g_assert_true (second != first && pl_view_state_item_matches (state, second));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  g_assert_true (pl_view_state_get_selected (state) == first);

  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "no such words anywhere");
  g_signal_emit_by_name (window->search_entry, "search-changed");
  g_assert_cmpstr (gtk_label_get_label (window->search_count), ==, "Not found");

  gtk_search_bar_set_search_mode (window->search_bar, FALSE);
  g_assert_null (pl_view_state_get_search_text (state));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An edit made in the details panel goes through the window's history:
 * the item changes, the window has unsaved changes, and undo takes it back. */
static void
test_window_details_edit (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());
  PlViewState *state = pl_timeline_view_get_view_state (_pl_window_get_timeline_view (window));
  g_autoptr (PlPhase) phase = NULL;
  g_autofree char *old_name = NULL;
  PlHistory *history;

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_has_briefing, window);
  history = _pl_window_get_history (window);
  g_assert_nonnull (history);
  phase = g_list_model_get_item (pl_briefing_get_phases (pl_window_get_briefing (window)), 1);
  old_name = g_strdup (pl_phase_get_name (phase));
  pl_view_state_set_selected (state, PL_ITEM (phase));

  g_signal_emit_by_name (window->details_panel, "edit-field", phase, "name", "Stabilisation");
  g_assert_cmpstr (pl_phase_get_name (phase), ==, "Stabilisation");
  g_assert_true (pl_history_get_can_undo (history));
  g_assert_true (pl_history_get_dirty (history));

  g_assert_true (pl_history_undo (history));
  g_assert_cmpstr (pl_phase_get_name (phase), ==, old_name);
  g_assert_false (pl_history_get_dirty (history));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Words selected in the article become a new item with them as evidence,
 * through the history: selected, shown in Details, and undone in one step. */
static void
test_window_add_from_article (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());
  PlViewState *state = pl_timeline_view_get_view_state (_pl_window_get_timeline_view (window));
  PlBriefing *briefing;
  g_autoptr (PlSource) source = NULL;
  g_autoptr (PlPhase) first_phase = NULL;
  const char *text, *words;
  guint start, end, n_risks, n_components;
  PlItem *added;
  PlHistory *history;

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_has_briefing, window);
  briefing = pl_window_get_briefing (window);
  history = _pl_window_get_history (window);
  source = g_list_model_get_item (pl_briefing_get_sources (briefing), 0);
  text = pl_source_get_text (source);
  words = strstr (text, "trust between the parties is limited");
  g_assert_nonnull (words);
  start = (guint) g_utf8_pointer_to_offset (text, words);
  end = start + (guint) g_utf8_strlen ("trust between the parties is limited", -1);

  /* A risk. */
  n_risks = g_list_model_get_n_items (pl_briefing_get_risks (briefing));
  g_signal_emit_by_name (window->article_view, "add-item", PL_TYPE_RISK, source, start, end);
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_risks (briefing)), ==, n_risks + 1);
  added = pl_view_state_get_selected (state);
  g_assert_true (PL_IS_RISK (added));
  g_assert_cmpstr (pl_risk_get_text (PL_RISK (added)), ==, "trust between the parties is limited");
  g_assert_cmpuint (pl_item_get_n_evidence (added), ==, 1);
  {
    g_autofree char *quote = pl_briefing_dup_evidence_text (briefing, pl_item_get_evidence (added, 0));

    g_assert_cmpstr (quote, ==, "trust between the parties is limited");
  }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->lower_stack), ==, "details");
  g_assert_true (pl_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_risks (briefing)), ==, n_risks);

  /* A component goes to the selected phase. */
  first_phase = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  pl_view_state_set_selected (state, PL_ITEM (first_phase));
  n_components = g_list_model_get_n_items (pl_phase_get_components (first_phase));
  g_signal_emit_by_name (window->article_view, "add-item", PL_TYPE_COMPONENT, source, start, end);
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (first_phase)), ==, n_components + 1);
  g_assert_true (PL_IS_COMPONENT (pl_view_state_get_selected (state)));

  /* A reaction gets a placeholder actor for the user to replace. */
  g_signal_emit_by_name (window->article_view, "add-item", PL_TYPE_REACTION, source, start, end);
  added = pl_view_state_get_selected (state);
  g_assert_true (PL_IS_REACTION (added));
  g_assert_cmpstr (pl_reaction_get_actor (PL_REACTION (added)), ==, "Unnamed actor");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/panels/reactions/sort", test_reactions_sort);
  g_test_add_func ("/panels/reactions/counts", test_reactions_counts);
  g_test_add_func ("/panels/reactions/filter", test_reactions_filter);
  g_test_add_func ("/panels/reactions/empty", test_reactions_empty);
  g_test_add_func ("/panels/reactions/selection", test_reactions_selection);
  g_test_add_func ("/panels/reactions/builtin", test_reactions_builtin);
  g_test_add_func ("/panels/risks", test_risks);
  g_test_add_func ("/panels/risks/selection", test_risks_selection);
  g_test_add_func ("/panels/window", test_window);
  g_test_add_func ("/panels/window/search", test_window_search);
  g_test_add_func ("/panels/window/details-edit", test_window_details_edit);
  g_test_add_func ("/panels/window/add-from-article", test_window_add_from_article);

  return pl_test_gui_run ();
}
