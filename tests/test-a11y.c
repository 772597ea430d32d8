/* test-a11y.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a screen reader is told, through GTK's accessibility test API:
 * the roles, names, descriptions and states of Phaseline's own widgets,
 * and a name for every button that shows only an icon. */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "pl-application.h"
#include "pl-diagnostic.h"
#include "pl-item-row.h"
#include "pl-labels.h"
#include "pl-presentation.h"
#include "pl-presenter-window.h"
#include "pl-test-gui.h"
#include "pl-timeline-view-private.h"
#include "pl-window-private.h"

/* Every descendant of @widget of @type that is shown, in order. */
static void
collect (GtkWidget *widget,
         GType type,
         GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The list view's own row around @widget: it has the focus and the
 * selection. */
static GtkWidget *
get_list_row (GtkWidget *widget)
{
  while (widget != NULL && !GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)))
    widget = gtk_widget_get_parent (widget);
  g_assert_nonnull (widget);
  return widget;
}

/* The row showing @item, among the item rows under @widget. */
static PlItemRow *
find_row (gpointer widget,
          gpointer item)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();

  collect (widget, PL_TYPE_ITEM_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (pl_item_row_get_item (g_ptr_array_index (rows, i)) == item)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static gboolean
has_text (const char *text)
{
  return text != NULL && *text != '\0';
}

/* The timeline is a labelled group whose description is the focused
 * item, said to be selected once it is. */
static void
test_timeline (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlTimelineView *timeline = _pl_window_get_timeline_view (window);
  PlPhase *phase = pl_test_gui_get_item (pl_briefing_get_phases (pl_window_get_briefing (window)), 0);
  char *error;

  gtk_test_accessible_assert_role (timeline, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (timeline, GTK_ACCESSIBLE_PROPERTY_LABEL, "Timeline");

  pl_view_state_set_selected (pl_test_gui_get_view_state (window), PL_ITEM (phase));
  pl_test_gui_drain ();
  g_assert_true (pl_timeline_view_get_focused_item (timeline) == PL_ITEM (phase));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* The description names the phase and ends by saying it is selected. */
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, pl_phase_get_name (phase)));
  g_assert_nonnull (strstr (error, "Selected."));
  g_free (error);

  pl_view_state_set_selected (pl_test_gui_get_view_state (window), NULL);
  pl_test_gui_drain ();
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (timeline), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");
  g_assert_null (strstr (error, "Selected."));
  g_free (error);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A reaction row is one group named by who reacted and how; its row in
 * the list is selected with the item. */
static void
test_reaction_row (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlReaction *reaction = pl_test_gui_get_item (pl_briefing_get_reactions (pl_window_get_briefing (window)), 0);
  PlItemRow *row;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (window->sidebar, TRUE);
  pl_view_state_set_selected (pl_test_gui_get_view_state (window), PL_ITEM (reaction));
  pl_test_gui_wait_for (pl_test_gui_is_drawn, window->reactions_panel);
  row = find_row (window->reactions_panel, reaction);
  g_assert_nonnull (row);

  label = g_strdup_printf ("%s, %s: %s", pl_reaction_get_actor (reaction),
                           pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)),
                           pl_stance_get_label (pl_reaction_get_stance (reaction)));
  gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* The list's own row, around it, has the focus and the selection. */
  gtk_test_accessible_assert_role (get_list_row (GTK_WIDGET (row)), GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_state (get_list_row (GTK_WIDGET (row)), GTK_ACCESSIBLE_STATE_SELECTED, TRUE);

  /* A change to the reaction is heard at once. */
  pl_reaction_set_actor (reaction, "Somebody else");
  g_free (label);
  label = g_strdup_printf ("Somebody else, %s: %s", pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)),
                           pl_stance_get_label (pl_reaction_get_stance (reaction)));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_risk_row (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlRisk *risk = pl_test_gui_get_item (pl_briefing_get_risks (pl_window_get_briefing (window)), 0);
  g_autofree char *description = NULL;
  PlItemRow *row;

  gtk_widget_set_visible (window->sidebar, TRUE);
  gtk_stack_set_visible_child_name (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (window->risks_panel))), "risks");
  pl_view_state_set_selected (pl_test_gui_get_view_state (window), PL_ITEM (risk));
  pl_test_gui_wait_for (pl_test_gui_is_drawn, window->risks_panel);
  row = find_row (window->risks_panel, risk);
  g_assert_nonnull (row);
  gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, pl_risk_get_text (risk));
  description = g_strdup_printf ("%s. Likelihood: %s. Severity: %s.", pl_category_get_label (pl_risk_get_category (risk)),
                                 pl_level_get_label (pl_risk_get_likelihood (risk)),
                                 pl_level_get_label (pl_risk_get_severity (risk)));
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A phase card is named "Phase N: Name"; its components are list items
 * named by their words, with status and category as the description,
 * and the selected one is said to be. */
static void
test_phase_row (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPhase *phase = pl_test_gui_get_item (pl_briefing_get_phases (pl_window_get_briefing (window)), 0);
  PlComponent *component = pl_test_gui_get_item (pl_phase_get_components (phase), 0);
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  GtkWidget *component_row = NULL;
  PlItemRow *row;

  pl_test_gui_wait_for (pl_test_gui_is_drawn, _pl_window_get_phase_list (window));
  row = find_row (_pl_window_get_phase_list (window), phase);
  g_assert_nonnull (row);
  label = g_strdup_printf ("Phase %u: %s", pl_phase_get_index (phase), pl_phase_get_name (phase));
  gtk_test_accessible_assert_role (row, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (row, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  collect (GTK_WIDGET (row), GTK_TYPE_LIST_BOX_ROW, rows);
  g_assert_cmpuint (rows->len, ==, g_list_model_get_n_items (pl_phase_get_components (phase)));
  component_row = g_ptr_array_index (rows, 0);
  description = g_strdup_printf ("%s. %s.", pl_status_get_label (pl_component_get_status (component)),
                                 pl_category_get_label (pl_component_get_category (component)));
  gtk_test_accessible_assert_role (component_row, GTK_ACCESSIBLE_ROLE_LIST_ITEM);
  gtk_test_accessible_assert_property (component_row, GTK_ACCESSIBLE_PROPERTY_LABEL, pl_component_get_text (component));
  gtk_test_accessible_assert_property (component_row, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);

  /* The list may show the phase in another row once it is selected. */
  pl_view_state_set_selected (pl_test_gui_get_view_state (window), PL_ITEM (component));
  pl_test_gui_drain ();
  row = find_row (_pl_window_get_phase_list (window), phase);
  g_assert_nonnull (row);
  g_ptr_array_set_size (rows, 0);
  collect (GTK_WIDGET (row), GTK_TYPE_LIST_BOX_ROW, rows);
  g_assert_cmpuint (rows->len, >=, 2);
  component_row = g_ptr_array_index (rows, 0);
  gtk_test_accessible_assert_state (component_row, GTK_ACCESSIBLE_STATE_SELECTED, TRUE);
  gtk_test_accessible_assert_state (g_ptr_array_index (rows, 1), GTK_ACCESSIBLE_STATE_SELECTED, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The error banner is an alert; its Details button says whether it has
 * disclosed the problems; its close button has a name. */
static void
test_error_banner (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *banner = pl_error_banner_new ();
  g_autoptr (GPtrArray) diagnostics = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_diagnostic_free);
  g_autoptr (GPtrArray) boxes = g_ptr_array_new ();
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  GtkWidget *alert = NULL;
  GtkWidget *details = NULL;

  gtk_window_set_child (GTK_WINDOW (window), banner);
  g_ptr_array_add (diagnostics, pl_diagnostic_new (PL_SEVERITY_ERROR, "a.phaseline", 1, 2, "first"));
  g_ptr_array_add (diagnostics, pl_diagnostic_new (PL_SEVERITY_ERROR, "a.phaseline", 3, 4, "second"));
  pl_error_banner_show (PL_ERROR_BANNER (banner), "Could not open", "Two problems", diagnostics);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_drain ();

  collect (banner, GTK_TYPE_BOX, boxes);
  for (guint i = 0; i < boxes->len && alert == NULL; i++)
    if (gtk_test_accessible_has_role (g_ptr_array_index (boxes, i), GTK_ACCESSIBLE_ROLE_ALERT))
      alert = g_ptr_array_index (boxes, i);
  g_assert_nonnull (alert);

  collect (banner, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (GTK_IS_TOGGLE_BUTTON (button))
        details = button;
      else
        gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Dismiss");
    }
  g_assert_nonnull (details);
  gtk_test_accessible_assert_state (details, GTK_ACCESSIBLE_STATE_EXPANDED, FALSE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (details), TRUE);
  gtk_test_accessible_assert_state (details, GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The article is a labelled group; its read-only text says which article
 * it is; the legend is a picture with its key in words. */
static void
test_article_and_legend (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlSource *source = pl_test_gui_get_item (pl_briefing_get_sources (pl_window_get_briefing (window)), 0);
  g_autoptr (GPtrArray) views = g_ptr_array_new ();

  gtk_stack_set_visible_child_name (window->lower_stack, "article");
  pl_test_gui_drain ();
  gtk_test_accessible_assert_role (window->article_view, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (window->article_view, GTK_ACCESSIBLE_PROPERTY_LABEL, "Article");
  collect (GTK_WIDGET (window->article_view), GTK_TYPE_TEXT_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  gtk_test_accessible_assert_role (g_ptr_array_index (views, 0), GTK_ACCESSIBLE_ROLE_DOCUMENT);
  gtk_test_accessible_assert_property (g_ptr_array_index (views, 0), GTK_ACCESSIBLE_PROPERTY_LABEL, "Article text");
  gtk_test_accessible_assert_property (g_ptr_array_index (views, 0), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE);
  gtk_test_accessible_assert_property (g_ptr_array_index (views, 0), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       pl_source_get_title (source));

  gtk_test_accessible_assert_role (window->legend_area, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (window->legend_area, GTK_ACCESSIBLE_PROPERTY_LABEL, "Legend");
  g_assert_true (
      gtk_test_accessible_has_property (GTK_ACCESSIBLE (window->legend_area), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether @button shows words of its own. */
static gboolean
has_visible_label (GtkWidget *button)
{
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();

  if (GTK_IS_MENU_BUTTON (button))
    return has_text (gtk_menu_button_get_label (GTK_MENU_BUTTON (button)));
  if (has_text (gtk_button_get_label (GTK_BUTTON (button))) && gtk_button_get_icon_name (GTK_BUTTON (button)) == NULL)
    return TRUE;
  collect (button, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (has_text (gtk_label_get_label (g_ptr_array_index (labels, i))))
      return TRUE;
  return FALSE;
}

/* Every button of the window that shows only an icon has a name. */
static void
test_icon_buttons_named (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  g_autoptr (GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr (GPtrArray) menu_buttons = g_ptr_array_new ();
  guint n_icon_only = 0;

  gtk_widget_set_visible (window->sidebar, TRUE);
  gtk_search_bar_set_search_mode (window->search_bar, TRUE);
  pl_test_gui_drain ();
  collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, buttons);
  collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, menu_buttons);
  g_ptr_array_extend (buttons, menu_buttons, NULL, NULL);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      /* A menu button's own inner button: the menu button is checked. */
      if (gtk_widget_get_ancestor (gtk_widget_get_parent (button), GTK_TYPE_MENU_BUTTON) != NULL)
        continue;
      if (has_visible_label (button))
        continue;
      n_icon_only++;
      g_test_message ("button %s, tooltip %s", G_OBJECT_TYPE_NAME (button), gtk_widget_get_tooltip_text (button));
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
    }
  g_assert_cmpuint (n_icon_only, >=, 8);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Slides are pictures named by their title, with their place in the
 * deck; the console says the pace in words, not only in colour. */
static void
test_presenter (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentOptions options = { NULL, TRUE, TRUE, 10 };
  PlPresentation *presentation;
  PlPresenterWindow *console;
  GtkWidget *current;
  g_autofree char *position = NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  const gint64 minute = 60 * G_USEC_PER_SEC;
  gboolean found_pace = FALSE;

  _pl_window_start_presentation (window, &options);
  presentation = _pl_window_get_presentation (window);
  console = PL_PRESENTER_WINDOW (pl_presentation_get_presenter_window (presentation));
  g_assert_nonnull (console);
  current = _pl_presenter_window_get_current_view (console);
  gtk_test_accessible_assert_role (current, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (current, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       pl_slide_deck_get_slide_title (pl_presentation_get_deck (presentation), 0));
  position = g_strdup_printf ("Slide 1 of %u", pl_presentation_get_n_slides (presentation));
  gtk_test_accessible_assert_property (current, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, position);

  _pl_presenter_window_update_time (console, 5 * minute);
  collect (GTK_WIDGET (console), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (g_ptr_array_index (labels, i)), _pl_presenter_window_get_elapsed_text (console)) == 0)
      {
        gtk_test_accessible_assert_property (
            g_ptr_array_index (labels, i), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
            "Behind time. Time since the presentation started, against the target.");
        found_pace = TRUE;
      }
  g_assert_true (found_pace);
  pl_presentation_stop (presentation);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc,
      char *argv[])
{
  /* The test backend, which records what a screen reader would get. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/a11y/timeline", test_timeline);
  g_test_add_func ("/a11y/reaction-row", test_reaction_row);
  g_test_add_func ("/a11y/risk-row", test_risk_row);
  g_test_add_func ("/a11y/phase-row", test_phase_row);
  g_test_add_func ("/a11y/error-banner", test_error_banner);
  g_test_add_func ("/a11y/article-and-legend", test_article_and_legend);
  g_test_add_func ("/a11y/icon-buttons-named", test_icon_buttons_named);
  g_test_add_func ("/a11y/presenter", test_presenter);
  return pl_test_gui_run ();
}
