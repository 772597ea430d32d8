/* test-keyboard.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Every task from the keyboard alone, under Xvfb: open, browse the
 * timeline, read a reaction, edit, present and print, and every key the
 * shortcuts window lists bound to something.
 *
 * GTK 4 has no public way to make a key event, so press_key() does what
 * GTK's own dispatch does with one: it starts from the focused widget and
 * runs the event controllers of it and its ancestors, capture phase from
 * the window down, then bubble phase back up. A shortcut controller
 * (class key bindings, the application's accelerators, the window's
 * shortcuts) runs the shortcut whose trigger is the key; a key controller
 * gets "key-pressed". The first that handles the key stops it, as in GTK.
 * Text is typed as an input method commits it, with
 * gtk_editable_insert_text(): a text field's own key controller feeds its
 * input method, which needs a real event. */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pl-application.h"
#include "pl-item-row.h"
#include "pl-presentation.h"
#include "pl-print.h"
#include "pl-test-gui.h"
#include "pl-timeline-view-private.h"
#include "pl-window-private.h"

/* Keys the shortcuts window lists that no shortcut controller binds: a key
 * controller takes them, and the walks below press each of them. */
static const char *const key_controller_keys[] = {
  "Delete",
  "<Alt>Up",
  "<Alt>Down",
  "Menu",
  "<Shift>F10",
};

/* Key dispatch */

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint keyval,
                 GdkModifierType mods)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods);
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return gdk_keyval_to_lower (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger))) ==
               gdk_keyval_to_lower (keyval) &&
           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods;
  return FALSE;
}

/* The shortcut of @controller that @keyval and @mods trigger, if any. */
static GtkShortcut *
find_shortcut (GtkShortcutController *controller,
               guint keyval,
               GdkModifierType mods)
{
  GListModel *shortcuts = G_LIST_MODEL (controller);

  if (gtk_shortcut_controller_get_scope (controller) != GTK_SHORTCUT_SCOPE_LOCAL)
    return NULL; /* a shortcut manager runs these, through its own controllers */
  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);

      if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, mods))
        return shortcut; /* the controller holds it */
    }
  return NULL;
}

typedef struct
{
  guint keyval;
  GdkModifierType mods;
  gboolean activate;     /* else only find what would take the key */
  GtkShortcut *shortcut; /* out: the shortcut found, or NULL */
  gboolean handled;      /* out */
} KeyPress;

static gboolean
run_controller (GtkWidget *widget,
                GtkEventController *controller,
                KeyPress *press)
{
  if (GTK_IS_SHORTCUT_CONTROLLER (controller))
    {
      GtkShortcut *shortcut = find_shortcut (GTK_SHORTCUT_CONTROLLER (controller), press->keyval, press->mods);

      if (shortcut == NULL)
        return FALSE;
      press->shortcut = shortcut;
      if (!press->activate)
        return TRUE;

      return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                           gtk_shortcut_get_arguments (shortcut));
    }
  /* Text fields feed their key controllers to an input method, and the
   * file chooser's type-ahead forwards them to its location field: both
   * need a real event. Their shortcuts still run. */
  if (GTK_IS_EVENT_CONTROLLER_KEY (controller) && press->activate && !GTK_IS_TEXT (widget) &&
      !GTK_IS_TEXT_VIEW (widget) && !GTK_IS_FILE_CHOOSER_WIDGET (widget))
    {
      gboolean handled = FALSE;

      g_signal_emit_by_name (controller, "key-pressed", press->keyval, 0, press->mods, &handled);
      return handled;
    }
  return FALSE;
}

static gboolean
run_controllers (GtkWidget *widget,
                 GtkPropagationPhase phase,
                 gboolean is_target,
                 KeyPress *press)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);
      GtkPropagationPhase own = gtk_event_controller_get_propagation_phase (controller);

      if (own == phase || (phase == GTK_PHASE_BUBBLE && own == GTK_PHASE_TARGET && is_target))
        if (run_controller (widget, controller, press))
          return TRUE;
    }
  return FALSE;
}

static gboolean
dispatch (GtkWindow *window,
          KeyPress *press)
{
  GtkWidget *target = gtk_window_get_focus (window);
  g_autoptr (GPtrArray) chain = g_ptr_array_new_with_free_func (g_object_unref);

  /* A focus widget taken out of the window leaves the window the target. */
  if (target == NULL || gtk_widget_get_root (target) != GTK_ROOT (window))
    target = GTK_WIDGET (window);
  /* Held: a handler may take a widget out of the window. */
  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, g_object_ref (w));
  for (guint i = 0; i < chain->len; i++)
    if (run_controllers (g_ptr_array_index (chain, i), GTK_PHASE_CAPTURE, FALSE, press))
      return TRUE;
  for (guint i = chain->len; i-- > 0;)
    if (run_controllers (g_ptr_array_index (chain, i), GTK_PHASE_BUBBLE, i == chain->len - 1, press))
      return TRUE;
  return FALSE;
}

/* Presses @accel, such as "<Control>o", in @window; TRUE when handled. */
static gboolean
press_key (gpointer window,
           const char *accel)
{
  KeyPress press = { 0 };
  gboolean handled;

  g_assert_true (gtk_accelerator_parse (accel, &press.keyval, &press.mods));
  press.activate = TRUE;
  handled = dispatch (GTK_WINDOW (window), &press);
  pl_test_gui_drain ();
  return handled;
}

/* The shortcut @accel runs in @window, without running it. */
static GtkShortcut *
resolve_key (gpointer window,
             const char *accel)
{
  KeyPress press = { 0 };

  g_assert_true (gtk_accelerator_parse (accel, &press.keyval, &press.mods));
  dispatch (GTK_WINDOW (window), &press);
  return press.shortcut;
}

/* Types @text into the focused text field, over its selection. */
static void
type_text (gpointer window,
           const char *text)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));
  int position;

  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_delete_selection (GTK_EDITABLE (focus));
  position = gtk_editable_get_position (GTK_EDITABLE (focus));
  gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &position);
  gtk_editable_set_position (GTK_EDITABLE (focus), position);
  pl_test_gui_drain ();
}

/* Helpers */

static GtkWidget *
get_focus (PlWindow *window)
{
  return gtk_window_get_focus (GTK_WINDOW (window));
}

static gboolean
focus_is_in (PlWindow *window,
             gpointer region)
{
  GtkWidget *focus = get_focus (window);

  return focus != NULL && (focus == region || gtk_widget_is_ancestor (focus, region));
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_is_drawable (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The item of the list row that has the focus, if it is one. */
static PlItem *
get_focused_row_item (PlWindow *window)
{
  GtkWidget *focus = get_focus (window);
  GtkWidget *row = focus != NULL ? find_descendant (focus, PL_TYPE_ITEM_ROW) : NULL;

  return row != NULL && GTK_IS_LIST_VIEW (gtk_widget_get_parent (focus)) ? pl_item_row_get_item (PL_ITEM_ROW (row))
                                                                         : NULL;
}

/* Presses @accel until the focus is in @region; fails after @limit. */
static void
press_until_in (PlWindow *window,
                const char *accel,
                gpointer region,
                guint limit)
{
  for (guint i = 0; i < limit && !focus_is_in (window, region); i++)
    {
      g_assert_true (press_key (window, accel));
      g_test_message ("%s: focus on %s", accel, get_focus (window) ? G_OBJECT_TYPE_NAME (get_focus (window)) : "nothing");
    }
  g_assert_true (focus_is_in (window, region));
}

static guint
position_of (GListModel *model,
             gpointer item)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  g_assert_not_reached ();
}

static PlWindow *
new_window (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();

  /* F9 shows the sidebar of reactions and risks. */
  if (!gtk_widget_get_visible (window->sidebar))
    g_assert_true (press_key (window, "F9"));
  g_assert_true (gtk_widget_get_visible (window->sidebar));
  return window;
}

/* Tests */

static gboolean
is_key_controller_key (const char *accel)
{
  guint keyval, other_keyval;
  GdkModifierType mods, other_mods;

  gtk_accelerator_parse (accel, &keyval, &mods);
  for (guint i = 0; i < G_N_ELEMENTS (key_controller_keys); i++)
    {
      gtk_accelerator_parse (key_controller_keys[i], &other_keyval, &other_mods);
      if (keyval == other_keyval && mods == other_mods)
        return TRUE;
    }
  return FALSE;
}

/* Checks one shortcut of the shortcuts window: an action's keys run that
 * action from the timeline; a key of the timeline or the window is bound
 * there, or taken by a key controller. */
static void
check_listed_shortcut (PlWindow *window,
                       GtkWidget *entry,
                       const char *group)
{
  g_autofree char *action = NULL;
  g_autofree char *accelerator = NULL;
  g_auto (GStrv) accels = NULL;

  g_object_get (entry, "action-name", &action, "accelerator", &accelerator, NULL);
  if (action != NULL)
    {
      accels = gtk_application_get_accels_for_action (GTK_APPLICATION (pl_test_gui_app ()), action);
      g_assert_nonnull (accels);
      g_assert_nonnull (accels[0]);
      for (guint i = 0; accels[i] != NULL; i++)
        {
          GtkShortcut *shortcut = resolve_key (window, accels[i]);
          GtkShortcutAction *run = shortcut != NULL ? gtk_shortcut_get_action (shortcut) : NULL;

          g_test_message ("%s: %s", action, accels[i]);
          g_assert_true (GTK_IS_NAMED_ACTION (run));
          g_assert_cmpstr (gtk_named_action_get_action_name (GTK_NAMED_ACTION (run)), ==, action);
        }
      return;
    }
  if (accelerator == NULL || g_str_equal (group, "presenting"))
    return; /* the presentation's keys: test_present */
  accels = g_strsplit (accelerator, " ", -1);
  for (guint i = 0; accels[i] != NULL; i++)
    {
      g_test_message ("%s: %s", group, accels[i]);
      g_assert_true (resolve_key (window, accels[i]) != NULL || is_key_controller_key (accels[i]));
    }
}

/* Every key in the shortcuts window does something from the timeline. */
static void
test_help_overlay (void)
{
  PlWindow *window = new_window ();
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/gtk/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);
  guint n_checked = 0;

  press_until_in (window, "F6", _pl_window_get_timeline_view (window), 4);
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      GtkWidget *group;
      g_autofree char *title = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      group = gtk_widget_get_ancestor (l->data, GTK_TYPE_SHORTCUTS_GROUP);
      g_assert_nonnull (group);
      g_object_get (group, "title", &title, NULL);
      check_listed_shortcut (window, l->data, g_str_equal (title, "Presenting") ? "presenting" : title);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >=, 40);
  g_slist_free (objects);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tab reaches every region of the window: the header bar's buttons, the
 * timeline and its toolbar, the phases with their components, the page
 * switcher and the sidebar's list; F6 goes round the regions at once. */
static void
test_tab_reaches_everything (void)
{
  PlWindow *window = new_window ();
  PlTimelineView *timeline = _pl_window_get_timeline_view (window);
  GtkWidget *phase_list = GTK_WIDGET (_pl_window_get_phase_list (window));
  GtkWidget *reactions = GTK_WIDGET (_pl_window_get_reactions_panel (window));
  gboolean seen_timeline = FALSE, seen_phase = FALSE, seen_component = FALSE, seen_reaction = FALSE;
  gboolean seen_header = FALSE, seen_toolbar = FALSE;
  GtkWidget *first;

  press_until_in (window, "F6", timeline, 4);
  first = get_focus (window);
  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;

      g_assert_true (press_key (window, "Tab"));
      focus = get_focus (window);
      g_assert_nonnull (focus);
      g_test_message ("Tab %u: %s", i, G_OBJECT_TYPE_NAME (focus));
      seen_timeline |= focus == GTK_WIDGET (timeline);
      seen_phase |= focus_is_in (window, phase_list) && GTK_IS_LIST_VIEW (gtk_widget_get_parent (focus));
      seen_component |= GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_is_ancestor (focus, phase_list);
      seen_reaction |= focus_is_in (window, reactions) && get_focused_row_item (window) != NULL;
      seen_header |= gtk_widget_get_ancestor (focus, GTK_TYPE_HEADER_BAR) != NULL;
      seen_toolbar |= gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON) != NULL &&
                      gtk_widget_is_ancestor (focus, gtk_widget_get_parent (GTK_WIDGET (timeline)));
      /* The list views keep one row in the Tab order; the arrows do the
       * rest (test_read_reaction). */
      if (focus == first && seen_header)
        break;
    }
  g_assert_true (seen_timeline);
  g_assert_true (seen_phase);
  g_assert_true (seen_component);
  g_assert_true (seen_reaction);
  g_assert_true (seen_header);
  g_assert_true (seen_toolbar);

  /* F6 and Shift+F6 go round the three regions and back. */
  g_assert_true (press_key (window, "F6"));
  g_assert_true (focus_is_in (window, window->lower_stack));
  g_assert_true (press_key (window, "F6"));
  g_assert_true (focus_is_in (window, window->sidebar));
  g_assert_true (press_key (window, "F6"));
  g_assert_true (focus_is_in (window, timeline));
  g_assert_true (press_key (window, "<Shift>F6"));
  g_assert_true (focus_is_in (window, window->sidebar));

  /* The other pages below the timeline, picked from their switcher by
   * keyboard: the article's text takes the focus. */
  gtk_stack_set_visible_child_name (window->lower_stack, "article");
  pl_test_gui_drain ();
  press_until_in (window, "F6", window->lower_stack, 3);
  press_until_in (window, "Tab", window->article_view, 10);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Browse the timeline: the arrows move the focus through the items in
 * time order, Home goes to the first, and Enter selects. */
static void
test_browse_timeline (void)
{
  PlWindow *window = new_window ();
  PlTimelineView *timeline = _pl_window_get_timeline_view (window);
  PlViewState *state = pl_test_gui_get_view_state (window);
  PlItem *first, *second;

  press_until_in (window, "F6", timeline, 4);
  g_assert_true (press_key (window, "Home"));
  first = pl_timeline_view_get_focused_item (timeline);
  g_assert_nonnull (first);
  g_assert_true (press_key (window, "Right"));
  second = pl_timeline_view_get_focused_item (timeline);
  g_assert_nonnull (second);
  g_assert_true (second != first);
  g_assert_true (press_key (window, "Left"));
  g_assert_true (pl_timeline_view_get_focused_item (timeline) == first);
  g_assert_true (press_key (window, "Right"));

  g_assert_true (pl_view_state_get_selected (state) != second);
  g_assert_true (press_key (window, "Return"));
  g_assert_true (pl_view_state_get_selected (state) == second);
  /* Zoom keys work on the focused timeline too. */
  g_assert_true (press_key (window, "plus"));
  g_assert_true (press_key (window, "0"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Read a reaction: into the sidebar's list, down with the arrows; the
 * reaction the keyboard is on is the selection, shown in Details. */
static void
test_read_reaction (void)
{
  PlWindow *window = new_window ();
  PlViewState *state = pl_test_gui_get_view_state (window);
  GtkWidget *reactions = GTK_WIDGET (_pl_window_get_reactions_panel (window));
  PlItem *item;

  press_until_in (window, "F6", window->sidebar, 4);
  press_until_in (window, "Tab", find_descendant (reactions, GTK_TYPE_LIST_VIEW), 20);
  g_assert_true (press_key (window, "Down"));
  g_assert_true (press_key (window, "Down"));
  item = get_focused_row_item (window);
  g_assert_true (PL_IS_REACTION (item));
  g_assert_true (pl_view_state_get_selected (state) == item);
  g_assert_true (pl_details_panel_get_item (window->details_panel) == item);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Whether @widget is the button of @stack's switcher for the page titled
 * @title. */
static gboolean
is_page_button (GtkWidget *widget,
                GtkStack *stack,
                const char *title)
{
  GtkWidget *switcher = widget != NULL ? gtk_widget_get_parent (widget) : NULL;
  GtkWidget *label;

  if (!GTK_IS_TOGGLE_BUTTON (widget) || !GTK_IS_STACK_SWITCHER (switcher) ||
      gtk_stack_switcher_get_stack (GTK_STACK_SWITCHER (switcher)) != stack)
    return FALSE;
  label = find_descendant (widget, GTK_TYPE_LABEL);
  return label != NULL && g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), title) == 0;
}

static gboolean
shows_details (gpointer data)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (PL_WINDOW (data)->lower_stack), "details") == 0;
}

static gboolean
has_search_count (gpointer data)
{
  return *gtk_label_get_label (PL_WINDOW (data)->search_count) != '\0';
}

/* Edit: find, delete and undo, move, and change a field in Details by
 * typing; every step from the keyboard. */
static void
test_edit (void)
{
  PlWindow *window = new_window ();
  PlViewState *state = pl_test_gui_get_view_state (window);
  PlBriefing *briefing = pl_window_get_briefing (window);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  GtkWidget *reactions_panel = GTK_WIDGET (_pl_window_get_reactions_panel (window));
  guint n = g_list_model_get_n_items (reactions);
  PlItem *item;
  GtkWidget *field;
  GtkWidget *popover;
  g_autofree char *old_text = NULL;

  /* Find: Ctrl+F to the search field, typing, Escape. */
  press_until_in (window, "F6", _pl_window_get_timeline_view (window), 4);
  g_assert_true (press_key (window, "<Control>f"));
  g_assert_true (gtk_search_bar_get_search_mode (window->search_bar));
  g_assert_true (focus_is_in (window, window->search_entry));
  type_text (window, "ceasefire");
  /* The search entry waits a moment before it searches. */
  pl_test_gui_wait_for (has_search_count, window);
  g_assert_true (press_key (window, "Escape"));
  g_assert_false (gtk_search_bar_get_search_mode (window->search_bar));

  /* Delete the reaction the keyboard is on, and undo. */
  press_until_in (window, "F6", window->sidebar, 4);
  press_until_in (window, "Tab", find_descendant (reactions_panel, GTK_TYPE_LIST_VIEW), 20);
  g_assert_true (press_key (window, "Down"));
  item = get_focused_row_item (window);
  g_assert_true (pl_view_state_get_selected (state) == item);
  g_assert_true (press_key (window, "Delete"));
  g_assert_cmpuint (g_list_model_get_n_items (reactions), ==, n - 1);
  g_assert_true (press_key (window, "<Control>z"));
  g_assert_cmpuint (g_list_model_get_n_items (reactions), ==, n);

  /* Move the reaction the keyboard is on down, and undo. */
  press_until_in (window, "Tab", find_descendant (reactions_panel, GTK_TYPE_LIST_VIEW), 20);
  g_assert_true (press_key (window, "Down"));
  item = get_focused_row_item (window);
  g_assert_true (PL_IS_REACTION (item));
  g_assert_true (pl_view_state_get_selected (state) == item);
  {
    guint before = position_of (reactions, item);

    g_assert_true (press_key (window, "<Alt>Down"));
    g_assert_cmpuint (position_of (reactions, item), ==, before + 1);
    g_assert_true (press_key (window, "<Control>z"));
    g_assert_cmpuint (position_of (reactions, item), ==, before);
  }

  /* The item menu opens from the keyboard, on the row the keyboard is on,
   * and Escape closes it. */
  press_until_in (window, "Tab", find_descendant (reactions_panel, GTK_TYPE_LIST_VIEW), 20);
  g_assert_true (press_key (window, "Down"));
  g_assert_nonnull (get_focused_row_item (window));
  g_assert_true (press_key (window, "<Shift>F10"));
  popover = gtk_widget_get_ancestor (get_focus (window), GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (press_key (window, "Escape"));
  g_assert_false (gtk_widget_get_visible (popover));

  /* Details: the statement of the selected reaction, typed over. */
  pl_view_state_set_selected (state, item);
  g_assert_true (pl_details_panel_get_item (window->details_panel) == item);
  press_until_in (window, "F6", _pl_window_get_timeline_view (window), 4);
  for (guint i = 0; i < 80 && !is_page_button (get_focus (window), window->lower_stack, "Details"); i++)
    g_assert_true (press_key (window, "Tab"));
  g_assert_true (is_page_button (get_focus (window), window->lower_stack, "Details"));
  /* A button pressed by key clicks when the key is let go, or after a
   * moment. */
  g_assert_true (press_key (window, "space"));
  pl_test_gui_wait_for (shows_details, window);
  press_until_in (window, "F6", window->details_panel, 3);
  field = NULL;
  for (guint i = 0; i < 30 && field == NULL; i++)
    {
      GtkWidget *focus = get_focus (window);

      if (GTK_IS_TEXT (focus) && gtk_editable_get_editable (GTK_EDITABLE (focus)) &&
          g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (focus)), pl_reaction_get_actor (PL_REACTION (item))) == 0)
        field = focus;
      else
        g_assert_true (press_key (window, "Tab"));
    }
  g_assert_nonnull (field);
  old_text = g_strdup (pl_reaction_get_actor (PL_REACTION (item)));
  gtk_editable_select_region (GTK_EDITABLE (field), 0, -1);
  type_text (window, "Typed actor");
  g_assert_true (press_key (window, "Return"));
  g_assert_cmpstr (pl_reaction_get_actor (PL_REACTION (item)), ==, "Typed actor");
  /* Out of the field, Ctrl+Z undoes the edit. */
  g_assert_true (press_key (window, "F6"));
  g_assert_true (press_key (window, "<Control>z"));
  g_assert_cmpstr (pl_reaction_get_actor (PL_REACTION (item)), ==, old_text);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_present_dialog (gpointer data)
{
  return _pl_window_get_present_dialog (data) != NULL;
}

static gboolean
presentation_running (gpointer data)
{
  PlPresentation *presentation = _pl_window_get_presentation (data);

  return presentation != NULL && pl_presentation_get_running (presentation);
}

/* Present: F5, Enter to start, Right, then Escape leaves. */
static void
test_present (void)
{
  PlWindow *window = new_window ();
  PlPresentation *presentation;
  GtkWindow *console;
  GtkWidget *dialog;

  press_until_in (window, "F6", _pl_window_get_timeline_view (window), 4);
  g_assert_true (press_key (window, "F5"));
  pl_test_gui_wait_for (has_present_dialog, window);
  dialog = _pl_window_get_present_dialog (window);
  g_assert_true (GTK_IS_BUTTON (gtk_window_get_focus (GTK_WINDOW (dialog))));
  g_assert_true (press_key (dialog, "Return"));
  pl_test_gui_wait_for (presentation_running, window);
  presentation = _pl_window_get_presentation (window);
  console = pl_presentation_get_presenter_window (presentation);
  if (console == NULL)
    console = pl_presentation_get_audience_window (presentation);
  g_assert_nonnull (console);

  g_assert_cmpuint (pl_presentation_get_current (presentation), ==, 0);
  g_assert_true (press_key (console, "Right"));
  g_assert_cmpuint (pl_presentation_get_current (presentation), ==, 1);
  g_assert_true (press_key (console, "End"));
  g_assert_cmpuint (pl_presentation_get_current (presentation), ==, pl_presentation_get_n_slides (presentation) - 1);
  g_assert_true (press_key (console, "Home"));
  g_assert_true (press_key (console, "3"));
  g_assert_true (press_key (console, "Return"));
  g_assert_cmpuint (pl_presentation_get_current (presentation), ==, 2);
  g_assert_true (press_key (console, "b"));
  g_assert_cmpint (pl_presentation_get_blank (presentation), ==, PL_SLIDE_BLANK_BLACK);
  g_assert_true (press_key (console, "Escape"));
  g_assert_cmpint (pl_presentation_get_blank (presentation), ==, PL_SLIDE_BLANK_NONE);
  g_assert_true (press_key (console, "o"));
  g_assert_true (pl_presentation_get_overview_visible (presentation));
  g_assert_true (press_key (console, "o"));
  g_assert_true (press_key (console, "F1"));
  g_assert_true (pl_presentation_get_keys_visible (presentation));
  g_assert_true (press_key (console, "Escape"));
  g_assert_false (pl_presentation_get_keys_visible (presentation));
  g_assert_true (press_key (console, "Escape"));
  g_assert_false (pl_presentation_get_running (presentation));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Print: Ctrl+P prints; the print dialog cannot be driven here, so the
 * test hook makes it print to a file as Print to File does. */
static void
test_print (void)
{
  PlWindow *window = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("phaseline-keyboard-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *data = NULL;
  gsize length = 0;

  _pl_print_set_test_export (path);
  press_until_in (window, "F6", _pl_window_get_timeline_view (window), 4);
  g_assert_true (press_key (window, "<Control>p"));
  _pl_print_set_test_export (NULL);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF"));
  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels (); /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static gboolean
has_chooser (gpointer data)
{
  return find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_gone (gpointer data)
{
  return PL_WINDOW (data)->file_chooser == NULL && find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL;
}

/* Open: Ctrl+O shows the chooser and Escape closes it, leaving the
 * briefing shown. GTK's chooser is GTK's own to test from the keyboard. */
static void
test_open (void)
{
  PlWindow *window;
  GtkWidget *chooser;

#ifdef __SANITIZE_ADDRESS__
  /* GTK's file chooser makes GLib grow its table of quarks past 2 048
   * names, and GLib leaves the old table behind on purpose; LeakSanitizer
   * cannot tell that from a leak of ours. */
  g_test_skip ("GLib's quark table grows with the file chooser: not a leak of ours");
  return;
#endif
  window = new_window ();

  press_until_in (window, "F6", _pl_window_get_timeline_view (window), 4);
  g_assert_true (press_key (window, "<Control>o"));
  pl_test_gui_wait_for (has_chooser, NULL);
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (press_key (chooser, "Escape"));
  pl_test_gui_wait_for (chooser_gone, window);

  g_assert_true (window->is_builtin);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/keyboard/help-overlay", test_help_overlay);
  g_test_add_func ("/keyboard/tab-reaches-everything", test_tab_reaches_everything);
  g_test_add_func ("/keyboard/browse-timeline", test_browse_timeline);
  g_test_add_func ("/keyboard/read-reaction", test_read_reaction);
  g_test_add_func ("/keyboard/edit", test_edit);
  g_test_add_func ("/keyboard/present", test_present);
  g_test_add_func ("/keyboard/print", test_print);
  g_test_add_func ("/keyboard/open", test_open);
  return pl_test_gui_run ();
}
