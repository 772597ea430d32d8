/* test-window-items.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Adding, deleting and moving items in the real window, the filters that
 * dim the timeline, the Phases page's share of the selection and the
 * items' context menu, under Xvfb. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pl-application.h"
#include "pl-export.h"
#include "pl-item-menu.h"
#include "pl-item-row.h"
#include "pl-side-list.h"
#include "pl-test-gui.h"
#include "pl-timeline-view-private.h"
#include "pl-window-private.h"

static gboolean
activate (PlWindow *window,
          const char *action,
          const char *target)
{
  if (target != NULL)
    return gtk_widget_activate_action (GTK_WIDGET (window), action, "s", target);
  return gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
}

/* Each kind of item can be added; it is selected and shown in Details, and
 * one undo takes it away again. */
static void
test_add (void)
{
  static const char *const kinds[] = { "phase", "component", "reaction", "risk", "event" };
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlBriefing *briefing = pl_window_get_briefing (window);
  PlViewState *state = pl_test_gui_get_view_state (window);
  PlHistory *history = _pl_window_get_history (window);
  GType types[G_N_ELEMENTS (kinds)] = { PL_TYPE_PHASE, PL_TYPE_COMPONENT, PL_TYPE_REACTION, PL_TYPE_RISK,
                                        PL_TYPE_EVENT };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      guint n_before = pl_briefing_get_n_items (briefing);
      PlItem *added;

      g_assert_true (activate (window, "win.add-item", kinds[i]));
      g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_before + 1);
      added = pl_view_state_get_selected (state);
      g_assert_nonnull (added);
      g_assert_true (G_TYPE_CHECK_INSTANCE_TYPE (added, types[i]));
      g_assert_nonnull (pl_item_get_id (added));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (window->lower_stack), ==, "details");
      g_assert_true (pl_details_panel_get_item (window->details_panel) == added);
      g_assert_true (pl_history_get_dirty (history));

      g_assert_true (pl_history_undo (history));
      g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_before);
      g_assert_null (pl_view_state_get_selected (state));
    }

  /* A new phase comes last, numbered after the others, and planned. */
  {
    GListModel *phases = pl_briefing_get_phases (briefing);
    guint n = g_list_model_get_n_items (phases);
    PlPhase *last = pl_test_gui_get_item (phases, n - 1);
    PlPhase *added;

    activate (window, "win.add-item", "phase");
    added = pl_test_gui_get_item (phases, n);
    g_assert_cmpuint (pl_phase_get_index (added), ==, pl_phase_get_index (last) + 1);
    g_assert_cmpint (pl_phase_get_status (added), ==, PL_STATUS_PLANNED);
    pl_history_undo (history);
  }

  /* A new component goes right after the selected one. */
  {
    PlPhase *phase = pl_test_gui_get_item (pl_briefing_get_phases (briefing), 0);
    GListModel *components = pl_phase_get_components (phase);
    guint n = g_list_model_get_n_items (components);

    pl_view_state_set_selected (state, pl_test_gui_get_item (components, 0));
    activate (window, "win.add-item", "component");
    g_assert_cmpuint (g_list_model_get_n_items (components), ==, n + 1);
    g_assert_true (pl_test_gui_get_item (components, 1) == (gpointer) pl_view_state_get_selected (state));
    pl_history_undo (history);
  }

  /* A filter that would hide the new item is let go of. */
  pl_view_state_set_filter (state, PL_FILTER_STANCE, 1u << PL_STANCE_OPPOSE);
  activate (window, "win.add-item", "reaction");
  g_assert_cmpuint (pl_view_state_get_filter (state, PL_FILTER_STANCE), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Delete takes the selected item away, and undo puts it back in its
 * place; a phase goes with its components. */
static void
test_delete (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlBriefing *briefing = pl_window_get_briefing (window);
  PlViewState *state = pl_test_gui_get_view_state (window);
  PlHistory *history = _pl_window_get_history (window);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint n_reactions = g_list_model_get_n_items (reactions);
  guint n_items = pl_briefing_get_n_items (briefing);
  PlItem *second = pl_test_gui_get_item (reactions, 1);
  PlPhase *phase = pl_test_gui_get_item (phases, 0);
  guint n_components = g_list_model_get_n_items (pl_phase_get_components (phase));

  /* Nothing selected: nothing to delete. */
  pl_view_state_set_selected (state, NULL);
  activate (window, "win.delete-item", NULL);
  g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_items);

  pl_view_state_set_selected (state, second);
  g_assert_true (activate (window, "win.delete-item", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (reactions), ==, n_reactions - 1);
  g_assert_null (pl_view_state_get_selected (state));
  pl_history_undo (history);
  g_assert_true (pl_test_gui_get_item (reactions, 1) == (gpointer) second);

  pl_view_state_set_selected (state, PL_ITEM (phase));
  g_assert_true (activate (window, "win.delete-item", NULL));
  g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_items - 1 - n_components);
  pl_history_undo (history);
  g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, n_items);
  g_assert_true (pl_test_gui_get_item (phases, 0) == (gpointer) phase);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Move Up and Move Down reorder within the item's list, stop at its ends,
 * and a phase swaps its number with its neighbour's in the same step. */
static void
test_move (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlBriefing *briefing = pl_window_get_briefing (window);
  PlViewState *state = pl_test_gui_get_view_state (window);
  PlHistory *history = _pl_window_get_history (window);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint n_reactions = g_list_model_get_n_items (reactions);
  PlItem *first = pl_test_gui_get_item (reactions, 0);
  PlItem *last = pl_test_gui_get_item (reactions, n_reactions - 1);
  PlPhase *phase_1 = pl_test_gui_get_item (phases, 0);
  PlPhase *phase_2 = pl_test_gui_get_item (phases, 1);

  pl_view_state_set_selected (state, first);
  activate (window, "win.move-item-up", NULL);
  g_assert_true (pl_test_gui_get_item (reactions, 0) == (gpointer) first);
  g_assert_true (activate (window, "win.move-item-down", NULL));
  g_assert_true (pl_test_gui_get_item (reactions, 1) == (gpointer) first);
  g_assert_true (pl_view_state_get_selected (state) == first);
  g_assert_true (activate (window, "win.move-item-up", NULL));
  g_assert_true (pl_test_gui_get_item (reactions, 0) == (gpointer) first);
  pl_history_undo (history);
  g_assert_true (pl_test_gui_get_item (reactions, 1) == (gpointer) first);
  pl_history_undo (history);
  g_assert_true (pl_test_gui_get_item (reactions, 0) == (gpointer) first);

  pl_view_state_set_selected (state, last);
  activate (window, "win.move-item-down", NULL);
  g_assert_true (pl_test_gui_get_item (reactions, n_reactions - 1) == (gpointer) last);

  /* Phases carry their numbers along. */
  g_assert_cmpuint (pl_phase_get_index (phase_1), ==, 1);
  g_assert_cmpuint (pl_phase_get_index (phase_2), ==, 2);
  pl_view_state_set_selected (state, PL_ITEM (phase_2));
  g_assert_true (activate (window, "win.move-item-up", NULL));
  g_assert_true (pl_test_gui_get_item (phases, 0) == (gpointer) phase_2);
  g_assert_cmpuint (pl_phase_get_index (phase_2), ==, 1);
  g_assert_cmpuint (pl_phase_get_index (phase_1), ==, 2);
  g_assert_cmpstr (pl_history_get_undo_label (history), !=, NULL);
  pl_history_undo (history);
  g_assert_true (pl_test_gui_get_item (phases, 0) == (gpointer) phase_1);
  g_assert_cmpuint (pl_phase_get_index (phase_1), ==, 1);
  g_assert_cmpuint (pl_phase_get_index (phase_2), ==, 2);

  /* A component moves within its phase, and to another. */
  {
    GListModel *components_1 = pl_phase_get_components (phase_1);
    GListModel *components_2 = pl_phase_get_components (phase_2);
    guint n_1 = g_list_model_get_n_items (components_1);
    guint n_2 = g_list_model_get_n_items (components_2);
    PlItem *component = pl_test_gui_get_item (components_1, 0);
    GMenuModel *move_to = G_MENU_MODEL (window->move_to_menu);
    g_autofree char *target = NULL;

    pl_view_state_set_selected (state, component);
    /* The menu offers every other phase. */
    g_assert_cmpint (g_menu_model_get_n_items (move_to), ==, (int) g_list_model_get_n_items (phases) - 1);
    g_menu_model_get_item_attribute (move_to, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target);
    g_assert_cmpstr (target, ==, pl_item_get_id (PL_ITEM (phase_2)));
    g_assert_true (activate (window, "win.move-to-phase", pl_item_get_id (PL_ITEM (phase_2))));
    g_assert_cmpuint (g_list_model_get_n_items (components_1), ==, n_1 - 1);
    g_assert_cmpuint (g_list_model_get_n_items (components_2), ==, n_2 + 1);
    g_assert_true (pl_test_gui_get_item (components_2, n_2) == (gpointer) component);
    pl_history_undo (history);
    g_assert_true (pl_test_gui_get_item (components_1, 0) == (gpointer) component);

    /* Reactions have no phase to move to. */
    pl_view_state_set_selected (state, first);
    g_assert_cmpint (g_menu_model_get_n_items (move_to), ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static PlSource *
get_source (PlBriefing *briefing)
{
  return pl_test_gui_get_item (pl_briefing_get_sources (briefing), 0);
}

/* The panels' filters live in the view state: the timeline dims what they
 * turn away, and the panels follow each other's changes. */
static void
test_filters (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlBriefing *briefing = pl_window_get_briefing (window);
  PlViewState *state = pl_test_gui_get_view_state (window);
  PlTimelineView *timeline = _pl_window_get_timeline_view (window);
  PlReactionsPanel *reactions = _pl_window_get_reactions_panel (window);
  PlRisksPanel *risks = _pl_window_get_risks_panel (window);
  PlSource *source = get_source (briefing);
  PlPhase *phase_1 = pl_test_gui_get_item (pl_briefing_get_phases (briefing), 0);
  PlPhase *phase_2 = pl_test_gui_get_item (pl_briefing_get_phases (briefing), 1);
  GListModel *components_1 = pl_phase_get_components (phase_1);
  PlComponent *security = NULL;
  PlComponent *other = NULL;


  /* No reaction opposes: the one article, which quotes none that do, is
   * turned away (the sequence the built-in briefing shows draws no
   * sources; a dated one does, test-view-state covers which). */
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (reactions, PL_STANCE_OPPOSE), TRUE);
  g_assert_cmpuint (pl_view_state_get_filter (state, PL_FILTER_STANCE), ==, 1u << PL_STANCE_OPPOSE);
  g_assert_false (pl_view_state_item_matches (state, PL_ITEM (source)));
  g_assert_false (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (phase_1)));
  g_assert_cmpuint (g_list_model_get_n_items (pl_reactions_panel_get_model (reactions)), ==, 0);
  gtk_toggle_button_set_active (_pl_reactions_panel_get_stance_button (reactions, PL_STANCE_SUPPORT), TRUE);
  g_assert_true (pl_view_state_item_matches (state, PL_ITEM (source)));
  g_assert_cmpuint (g_list_model_get_n_items (pl_reactions_panel_get_model (reactions)), >, 0);

  /* Set from elsewhere, the panel's toggles follow. */
  pl_view_state_clear_filters (state);
  g_assert_false (gtk_toggle_button_get_active (_pl_reactions_panel_get_stance_button (reactions, PL_STANCE_SUPPORT)));
  pl_view_state_set_filter (state, PL_FILTER_SEVERITY, 1u << PL_LEVEL_HIGH);
  g_assert_true (gtk_toggle_button_get_active (_pl_risks_panel_get_severity_button (risks, PL_LEVEL_HIGH)));
  pl_risks_panel_clear_filters (risks);
  g_assert_cmpuint (pl_view_state_get_filter (state, PL_FILTER_SEVERITY), ==, 0);

  /* The risks' category picks components, and their phases, on the
   * timeline too. */
  for (guint i = 0; i < g_list_model_get_n_items (components_1); i++)
    {
      PlComponent *component = pl_test_gui_get_item (components_1, i);

      if (pl_component_get_category (component) == PL_CATEGORY_SECURITY)
        security = component;
      else
        other = component;
    }
  g_assert_nonnull (security);
  g_assert_nonnull (other);
  gtk_drop_down_set_selected (_pl_risks_panel_get_category_dropdown (risks), 1 + PL_CATEGORY_SECURITY);
  g_assert_cmpuint (pl_view_state_get_filter (state, PL_FILTER_CATEGORY), ==, 1u << PL_CATEGORY_SECURITY);
  g_assert_false (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (security)));
  g_assert_true (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (other)));
  g_assert_false (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (phase_1)));
  {
    GListModel *components_2 = pl_phase_get_components (phase_2);
    gboolean has_security = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (components_2); i++)
      has_security |= pl_component_get_category (pl_test_gui_get_item (components_2, i)) == PL_CATEGORY_SECURITY;
    g_assert_cmpint (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (phase_2)), ==, !has_security);
  }

  /* The search narrows further, and clearing the filters leaves it. */
  pl_view_state_set_search_text (state, "no such words anywhere");
  g_assert_true (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (security)));
  pl_view_state_set_search_text (state, NULL);
  pl_risks_panel_clear_filters (risks);
  g_assert_false (_pl_timeline_view_get_item_dimmed (timeline, PL_ITEM (other)));
  g_assert_false (pl_view_state_get_narrowed (state));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The widget inside @top that shows @item, found afresh. */
static GtkWidget *
find_item_widget (GtkWidget *top,
                  PlItem *item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (top); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_visible (child))
        continue;
      if (pl_item_widget_get_item (child) == item)
        return child;
      found = find_item_widget (child, item);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The Phases page shares the selection: a phase, or the phase of the
 * selected component, is selected in it, and picking a component in a
 * phase's row selects the component everywhere. */
static void
test_phase_list (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlBriefing *briefing = pl_window_get_briefing (window);
  PlViewState *state = pl_test_gui_get_view_state (window);
  GtkListView *list = _pl_window_get_phase_list (window);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
  PlPhase *phase_2 = pl_test_gui_get_item (pl_briefing_get_phases (briefing), 1);
  PlItem *component = pl_test_gui_get_item (pl_phase_get_components (phase_2), 1);

  g_assert_true (GTK_IS_SINGLE_SELECTION (selection));
  pl_view_state_set_selected (state, PL_ITEM (phase_2));
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  pl_view_state_set_selected (state, component);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 1);
  pl_view_state_set_selected (state, NULL);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, GTK_INVALID_LIST_POSITION);

  /* Selecting in the list selects everywhere. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_true (pl_view_state_get_selected (state) == pl_test_gui_get_item (pl_briefing_get_phases (briefing), 0));

  /* A phase row marks its selected component, and picks one. The list
   * view may rebuild its rows on any change: look each time. */
  pl_test_gui_wait_for (pl_test_gui_is_drawn, list);
  pl_view_state_set_selected (state, component);
  pl_test_gui_drain ();
  g_assert_true (gtk_widget_has_css_class (find_item_widget (GTK_WIDGET (list), component), "selected-component"));

  pl_view_state_set_selected (state, NULL);
  pl_test_gui_drain ();
  {
    GtkWidget *component_row = find_item_widget (GTK_WIDGET (list), component);

    g_assert_false (gtk_widget_has_css_class (component_row, "selected-component"));
    g_signal_emit_by_name (gtk_widget_get_parent (component_row), "row-activated", component_row);
    g_assert_true (pl_view_state_get_selected (state) == component);
  }

  /* Its context menu opens on it, with it selected. */
  pl_view_state_set_selected (state, NULL);
  pl_test_gui_drain ();
  g_assert_true (_pl_item_menu_popup_at (GTK_WIDGET (list), find_item_widget (GTK_WIDGET (list), component)));
  g_assert_true (pl_view_state_get_selected (state) == component);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (_pl_item_menu_get_popover (GTK_WIDGET (list)))));
  gtk_popover_popdown (_pl_item_menu_get_popover (GTK_WIDGET (list)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The timeline's height the user dragged to comes back in a new window;
 * 0 fits the timeline to its content. */
static void
test_timeline_height (void)
{
  GSettings *settings = pl_application_get_settings (pl_test_gui_app ());
  PlWindow *window;
  int fitted;

  g_settings_set_int (settings, "timeline-height", 0);
  window = pl_test_gui_new_builtin_window ();
  fitted = gtk_paned_get_position (window->timeline_paned);
  g_assert_cmpint (fitted, >, 200);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_set_int (settings, "timeline-height", fitted - 40);
  window = pl_test_gui_new_builtin_window ();
  g_assert_cmpint (gtk_paned_get_position (window->timeline_paned), ==, fitted - 40);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "timeline-height");
}

static gboolean
window_is_idle (gpointer data)
{
  return !pl_window_get_busy (PL_WINDOW (data));
}

/* How many pages a PDF written by Cairo has. */
static guint
count_pdf_pages (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* The streams hold NUL bytes: look at every byte, not up to a NUL. */
  for (gsize i = 0; i + 12 <= length; i++)
    if (memcmp (contents + i, "/Type /Page", 11) == 0 && contents[i + 11] != 's')
      n++;
  return n;
}

/* Export writes what a PDF's filter picked (the summary, the slides or the
 * timeline), else what its name says. */
static void
test_export_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("phaseline-export-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "briefing.pdf", NULL);
  g_autofree char *slides = g_build_filename (dir, "slides.pdf", NULL);
  g_autoptr (GFile) plain_file = g_file_new_for_path (plain);
  g_autoptr (GFile) slides_file = g_file_new_for_path (slides);
  PlWindow *window = pl_test_gui_new_builtin_window ();
  guint timeline_pages, summary_pages, slide_pages;

  /* By name: a plain name is the timeline, "slides…" the deck. */
  _pl_window_export_to_file (window, plain_file);
  pl_test_gui_wait_for (window_is_idle, window);
  timeline_pages = count_pdf_pages (plain);
  _pl_window_export_to_file (window, slides_file);
  pl_test_gui_wait_for (window_is_idle, window);
  slide_pages = count_pdf_pages (slides);
  g_assert_cmpuint (timeline_pages, ==, 1);
  g_assert_cmpuint (slide_pages, >, 3);

  /* The filter picked wins over the name, once. */
  window->export_content = PL_EXPORT_CONTENT_SUMMARY;
  _pl_window_export_to_file (window, plain_file);
  pl_test_gui_wait_for (window_is_idle, window);
  summary_pages = count_pdf_pages (plain);
  g_assert_cmpuint (summary_pages, >, 1);
  g_assert_cmpuint (summary_pages, !=, slide_pages);
  _pl_window_export_to_file (window, plain_file);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_cmpuint (count_pdf_pages (plain), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (plain);
  g_unlink (slides);
  g_rmdir (dir);
}

int
main (int argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/window-items/add", test_add);
  g_test_add_func ("/window-items/delete", test_delete);
  g_test_add_func ("/window-items/move", test_move);
  g_test_add_func ("/window-items/filters", test_filters);
  g_test_add_func ("/window-items/phase-list", test_phase_list);
  g_test_add_func ("/window-items/timeline-height", test_timeline_height);
  g_test_add_func ("/window-items/export-pdf", test_export_pdf);

  return pl_test_gui_run ();
}
