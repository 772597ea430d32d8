/* test-timeline-view.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline widget under Xvfb, in a plain GtkWindow and in the real
 * window: zoom, pan, keyboard focus, selection by key and pointer, the
 * context menu's actions and what a screen reader is told. GTK 4 has no
 * public way to send input events, so keys go through the widget's own
 * shortcuts (the same path a key press takes) and pointer input through
 * its gestures' signals, at positions taken from the frame drawn.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <math.h>
#include <string.h>

#include "pl-application.h"
#include "pl-loader.h"
#include "pl-timeline-view.h"
#include "pl-window-private.h"
#include "pl-test-gui.h"

#define WIDTH 800
#define HEIGHT 360


static gboolean
has_frame (gpointer data)
{
  return gtk_widget_get_width (data) > 0 && pl_timeline_view_get_frame (data) != NULL;
}

typedef struct
{
  GtkWindow *window;
  PlTimelineView *view;
  GtkWidget *button; /* after the view in the focus chain */
  PlViewState *state;
  PlBriefing *briefing;
} Fixture;

/* A dated briefing: two phases a month apart, a component, an event. */
static PlBriefing *
make_dated_briefing (void)
{
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlPhase) first = pl_phase_new ();
  g_autoptr (PlPhase) second = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();
  g_autoptr (PlEvent) event = pl_event_new ();
  PlDate date;

  pl_briefing_set_title (briefing, "Dated plan");
  date = pl_date_make (2026, 3, 1);
  pl_briefing_set_published (briefing, &date);

  pl_phase_set_index (first, 1);
  pl_phase_set_name (first, "Ceasefire");
  pl_phase_set_status (first, PL_STATUS_COMPLETED);
  date = pl_date_make (2026, 1, 1);
  pl_phase_set_start (first, &date);
  date = pl_date_make (2026, 2, 15);
  pl_phase_set_end (first, &date);
  pl_briefing_add_item (briefing, PL_ITEM (first));

  pl_phase_set_index (second, 2);
  pl_phase_set_name (second, "Reconstruction");
  pl_phase_set_status (second, PL_STATUS_CURRENT);
  date = pl_date_make (2026, 2, 16);
  pl_phase_set_start (second, &date);
  date = pl_date_make (2026, 6, 30);
  pl_phase_set_end (second, &date);
  pl_component_set_text (component, "Rebuild the harbour");
  pl_component_set_category (component, PL_CATEGORY_ECONOMY);
  pl_phase_add_component (second, component);
  pl_briefing_add_item (briefing, PL_ITEM (second));

  pl_event_set_text (event, "Talks in Cairo");
  date = pl_date_make (2026, 3, 10);
  pl_event_set_date (event, &date);
  pl_briefing_add_item (briefing, PL_ITEM (event));
  return briefing;
}

/* The view in a window of its own, drawn, with a button after it. */
static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gboolean dated = GPOINTER_TO_INT (data);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, WIDTH, HEIGHT);
  fixture->view = PL_TIMELINE_VIEW (pl_timeline_view_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (fixture->view), TRUE);
  fixture->button = gtk_button_new_with_label ("After");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (fixture->view));
  gtk_box_append (GTK_BOX (box), fixture->button);
  gtk_window_set_child (fixture->window, box);

  fixture->state = g_object_ref (pl_timeline_view_get_view_state (fixture->view));
  fixture->briefing = dated ? make_dated_briefing () : pl_builtin_briefing_new ();
  pl_view_state_set_briefing (fixture->state, fixture->briefing);

  gtk_window_present (fixture->window);
  pl_test_gui_wait_for (has_frame, fixture->view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->view));
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->state);
  g_clear_object (&fixture->briefing);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static PlTimelineViewport
get_viewport (Fixture *fixture)
{
  const PlTimelineFrame *frame = pl_timeline_view_get_frame (fixture->view);

  g_assert_nonnull (frame);
  return frame->viewport;
}

static PlTimelineLayout *
get_layout (Fixture *fixture)
{
  PlTimelineLayout *layout = pl_timeline_view_get_layout (fixture->view);

  g_assert_nonnull (layout);
  return layout;
}

static PlItem *
item_at_order (Fixture *fixture,
               guint order)
{
  PlTimelineLayout *layout = get_layout (fixture);
  int entry = pl_timeline_layout_entry_at_order (layout, order);

  g_assert_cmpint (entry, >=, 0);
  return pl_timeline_layout_get_entry (layout, (guint) entry)->item;
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

/* Does what pressing the key does: runs the widget's shortcut for it. */
static void
press_key (Fixture *fixture,
           guint keyval,
           GdkModifierType modifiers)
{
  GtkWidget *widget = GTK_WIDGET (fixture->view);
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
            continue;
          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                       GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                                       gtk_shortcut_get_arguments (shortcut)));
          while (g_main_context_iteration (NULL, FALSE))
            ;
          return;
        }
    }
  g_assert_not_reached ();
}

/* A box of @kind in the frame drawn, or NULL. */
static const PlTimelineBox *
find_box (Fixture *fixture,
          PlTimelineBoxKind kind)
{
  const PlTimelineFrame *frame = pl_timeline_view_get_frame (fixture->view);

  for (guint i = 0; i < frame->boxes->len; i++)
    {
      const PlTimelineBox *box = &g_array_index (frame->boxes, PlTimelineBox, i);

      if (box->kind == kind && box->rect.width >= 4 && box->rect.height >= 4)
        return box;
    }
  return NULL;
}

static void
click (Fixture *fixture,
       double x,
       double y)
{
  GtkEventController *gesture = find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_CLICK);

  g_assert_nonnull (gesture);
  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
  g_signal_emit_by_name (gesture, "released", 1, x, y);
}

static void
test_draws (Fixture *fixture,
            gconstpointer data)
{
  const PlTimelineFrame *frame = pl_timeline_view_get_frame (fixture->view);
  PlTimelineLayout *layout = get_layout (fixture);

  g_assert_cmpuint (pl_timeline_layout_get_n_entries (layout), >, 0);
  g_assert_cmpuint (frame->boxes->len, >, 0);
  g_assert_cmpfloat (frame->viewport.width, ==, gtk_widget_get_width (GTK_WIDGET (fixture->view)));
  g_assert_cmpfloat (frame->viewport.height, ==, gtk_widget_get_height (GTK_WIDGET (fixture->view)));
  g_assert_false (frame->viewport.rtl);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (fixture->view)), >=, 200);

  /* Auto chose from the data: the built-in briefing has no phase dates. */
  g_assert_cmpint (pl_timeline_view_get_mode (fixture->view), ==, PL_TIMELINE_MODE_AUTO);
  g_assert_cmpint (pl_timeline_view_get_effective_mode (fixture->view), ==,
                   data != NULL ? PL_TIMELINE_MODE_CHRONOLOGICAL : PL_TIMELINE_MODE_SEQUENCE);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (fixture->view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Timeline");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (fixture->view)));
}

static void
test_zoom (Fixture *fixture,
           gconstpointer data)
{
  PlTimelineViewport fit = get_viewport (fixture);
  PlTimelineViewport viewport;

  g_assert_cmpfloat (fit.px_per_unit, >, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.zoom-in", NULL));
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit * 1.25, 1e-9);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.zoom-out", NULL));
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit, 1e-9);

  /* The keys: + and = zoom in, with or without Ctrl; − zooms out. */
  press_key (fixture, GDK_KEY_plus, 0);
  press_key (fixture, GDK_KEY_equal, GDK_CONTROL_MASK);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit * 1.25 * 1.25, 1e-9);
  press_key (fixture, GDK_KEY_minus, GDK_CONTROL_MASK);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit * 1.25, 1e-9);

  /* Zooming in keeps the middle where it was. */
  g_assert_cmpfloat_with_epsilon (pl_timeline_viewport_x_to_time (&viewport, viewport.width / 2),
                                  pl_timeline_viewport_x_to_time (&fit, fit.width / 2), 1e-6);

  /* 0 zooms to fit again. */
  pl_timeline_view_zoom (fixture->view, 3);
  press_key (fixture, GDK_KEY_0, 0);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit, 1e-9);
  g_assert_cmpfloat_with_epsilon (viewport.time_start, fit.time_start, 1e-9);
  pl_timeline_view_zoom (fixture->view, 3);
  press_key (fixture, GDK_KEY_0, GDK_CONTROL_MASK);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit, 1e-9);
}

static void
test_pinch (Fixture *fixture,
            gconstpointer data)
{
  GtkEventController *pinch = find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_ZOOM);
  PlTimelineViewport fit = get_viewport (fixture);
  PlTimelineViewport viewport;

  g_assert_nonnull (pinch);
  g_signal_emit_by_name (pinch, "begin", NULL);

  /* A pinch to twice the size, in two steps. */
  g_signal_emit_by_name (pinch, "scale-changed", 1.5);
  g_signal_emit_by_name (pinch, "scale-changed", 2.0);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit * 2.0, 1e-9);
}

static void
test_pan (Fixture *fixture,
          gconstpointer data)
{
  GtkEventController *scroll = find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  GtkEventController *drag = find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_DRAG);
  PlTimelineViewport before;
  PlTimelineViewport viewport;
  gboolean handled = FALSE;
  PlItem *focused;

  /* At fit there is nowhere to go; zoomed in, there is. */
  pl_timeline_view_zoom (fixture->view, 4);
  before = get_viewport (fixture);

  pl_timeline_view_pan (fixture->view, 100, 0);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.time_start, before.time_start + 100 / before.px_per_unit, 1e-9);
  g_assert_cmpfloat (viewport.px_per_unit, ==, before.px_per_unit);

  /* Ctrl+Left pans back an eighth of the width, without moving the focus. */
  before = viewport;
  focused = pl_timeline_view_get_focused_item (fixture->view);
  press_key (fixture, GDK_KEY_Left, GDK_CONTROL_MASK);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat (viewport.time_start, <, before.time_start);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == focused);
  press_key (fixture, GDK_KEY_Right, GDK_CONTROL_MASK);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.time_start, before.time_start, 1e-9);

  /* A wheel click sideways. */
  g_signal_emit_by_name (scroll, "scroll", 1.0, 0.0, &handled);
  g_assert_true (handled);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat (viewport.time_start, >, before.time_start);

  /* Dragging to the right shows what is before. */
  before = viewport;
  g_signal_emit_by_name (drag, "drag-begin", 300.0, 100.0);
  g_signal_emit_by_name (drag, "drag-update", 60.0, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 60.0, 0.0);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat_with_epsilon (viewport.time_start, before.time_start - 60 / before.px_per_unit, 1e-9);

  /* However far it goes, the view stays by the content. */
  pl_timeline_view_pan (fixture->view, -1e7, 0);
  viewport = get_viewport (fixture);
  before = viewport;
  pl_timeline_view_pan (fixture->view, -100, 0);
  viewport = get_viewport (fixture);
  g_assert_cmpfloat (viewport.time_start, ==, before.time_start);
}

static void
test_keyboard_focus (Fixture *fixture,
                     gconstpointer data)
{
  PlTimelineLayout *layout = get_layout (fixture);
  guint n = pl_timeline_layout_get_n_entries (layout);
  g_autofree char *description = NULL;
  int entry;

  g_assert_cmpuint (n, >=, 3);
  /* The window's first focus goes to the first item in time. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->view)));
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 0));

  /* Right goes on in time order. */
  press_key (fixture, GDK_KEY_Right, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 1));
  press_key (fixture, GDK_KEY_Down, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 2));
  press_key (fixture, GDK_KEY_Left, 0);
  press_key (fixture, GDK_KEY_Up, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 0));

  press_key (fixture, GDK_KEY_End, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, n - 1));
  /* Past the end it stays. */
  press_key (fixture, GDK_KEY_Right, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, n - 1));
  press_key (fixture, GDK_KEY_Left, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, n - 2));
  press_key (fixture, GDK_KEY_Home, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 0));

  /* A screen reader hears what has the focus. */
  entry = pl_timeline_layout_entry_at_order (layout, 0);
  description = pl_timeline_layout_dup_description (layout, (guint) entry);
  g_assert_nonnull (description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  g_clear_pointer (&description, g_free);
  press_key (fixture, GDK_KEY_End, 0);
  entry = pl_timeline_layout_entry_at_order (layout, n - 1);
  description = pl_timeline_layout_dup_description (layout, (guint) entry);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (fixture->view),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
}

/* The view follows the focus: an item off screen comes into view. */
static void
test_focus_reveals (Fixture *fixture,
                    gconstpointer data)
{
  PlTimelineLayout *layout = get_layout (fixture);
  guint n = pl_timeline_layout_get_n_entries (layout);
  const PlTimelineFrame *frame;
  int last = pl_timeline_layout_entry_at_order (layout, n - 1);

  pl_timeline_view_zoom (fixture->view, 8);
  pl_timeline_view_pan (fixture->view, -1e7, 0);
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  press_key (fixture, GDK_KEY_End, 0);
  frame = pl_timeline_view_get_frame (fixture->view);
  g_assert_nonnull (pl_timeline_frame_find_entry (frame, last));
}

static void
test_tab (Fixture *fixture,
          gconstpointer data)
{
  PlTimelineLayout *layout = get_layout (fixture);
  guint n = pl_timeline_layout_get_n_entries (layout);
  GtkWidget *view = GTK_WIDGET (fixture->view);

  /* Tab into the view goes to the first item, then on through them all. */
  gtk_widget_grab_focus (fixture->button);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_has_focus (view));
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, n - 1));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_BACKWARD));
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, n - 2));

  press_key (fixture, GDK_KEY_Home, 0);
  for (guint i = 1; i < n; i++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_widget_has_focus (view));
      g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, i));
    }

  /* After the last, Tab leaves the timeline. */
  gtk_widget_child_focus (GTK_WIDGET (fixture->window), GTK_DIR_TAB_FORWARD);
  g_assert_true (gtk_widget_has_focus (fixture->button));
}

static void
test_select_key (Fixture *fixture,
                 gconstpointer data)
{
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  g_assert_null (pl_view_state_get_selected (fixture->state));

  press_key (fixture, GDK_KEY_Home, 0);
  press_key (fixture, GDK_KEY_Right, 0);
  g_assert_null (pl_view_state_get_selected (fixture->state));
  press_key (fixture, GDK_KEY_Return, 0);
  g_assert_nonnull (pl_view_state_get_selected (fixture->state));
  g_assert_true (pl_view_state_get_selected (fixture->state) == pl_timeline_view_get_focused_item (fixture->view));

  press_key (fixture, GDK_KEY_Right, 0);
  press_key (fixture, GDK_KEY_space, 0);
  g_assert_true (pl_view_state_get_selected (fixture->state) == item_at_order (fixture, 2));

  /* Selected elsewhere: the focus follows. */
  pl_view_state_set_selected (fixture->state, item_at_order (fixture, 0));
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 0));
}

static void
test_click (Fixture *fixture,
            gconstpointer data)
{
  PlTimelineLayout *layout = get_layout (fixture);
  const PlTimelineBox *box = find_box (fixture, PL_TIMELINE_BOX_COMPONENT);
  PlItem *item;
  double x;
  double y;

  if (box == NULL)
    box = find_box (fixture, PL_TIMELINE_BOX_PHASE);
  g_assert_nonnull (box);
  item = pl_timeline_layout_get_entry (layout, (guint) box->entry)->item;
  x = box->rect.x + box->rect.width / 2;
  y = box->rect.y + box->rect.height / 2;
  g_assert_true (pl_timeline_frame_hit (pl_timeline_view_get_frame (fixture->view), x, y) == box);

  click (fixture, x, y);
  g_assert_true (pl_view_state_get_selected (fixture->state) == item);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->view)));

  /* A click on nothing selects nothing. */
  click (fixture, 1, gtk_widget_get_height (GTK_WIDGET (fixture->view)) - 1);
  g_assert_null (pl_timeline_frame_hit (pl_timeline_view_get_frame (fixture->view), 1,
                                        gtk_widget_get_height (GTK_WIDGET (fixture->view)) - 1));
  g_assert_null (pl_view_state_get_selected (fixture->state));
}

static void
show_evidence_cb (PlTimelineView *view,
                  PlItem *item,
                  PlItem **out_item)
{
  *out_item = item;
}

static void
clipboard_text_cb (GObject *source,
                   GAsyncResult *result,
                   gpointer user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static gboolean
is_hidden (gpointer data)
{
  return !gtk_widget_get_visible (data);
}

static void
test_context_menu (Fixture *fixture,
                   gconstpointer data)
{
  GtkWidget *view = GTK_WIDGET (fixture->view);
  PlTimelineLayout *layout = get_layout (fixture);
  const PlTimelineEntry *entry;
  PlItem *evidence_item = NULL;
  g_autofree char *text = NULL;
  GtkWidget *menu = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER_MENU (child))
      menu = child;
  g_assert_nonnull (menu);

  gtk_widget_grab_focus (view);
  press_key (fixture, GDK_KEY_Home, 0);
  entry = pl_timeline_layout_get_entry (layout, (guint) pl_timeline_layout_entry_at_order (layout, 0));

  /* Shift+F10 opens the menu for the focused item. */
  press_key (fixture, GDK_KEY_F10, GDK_SHIFT_MASK);
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  pl_test_gui_wait_for (is_hidden, menu);

  g_assert_true (gtk_widget_activate_action (view, "timeline.copy-text", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (view), NULL, clipboard_text_cb, &text);
  pl_test_gui_wait_for (is_set, &text);
  g_assert_cmpstr (text, ==, entry->label);

  g_signal_connect (view, "show-evidence", G_CALLBACK (show_evidence_cb), &evidence_item);
  g_assert_true (gtk_widget_activate_action (view, "timeline.show-evidence", NULL));
  g_assert_true (evidence_item == entry->item);
  g_assert_true (pl_view_state_get_selected (fixture->state) == entry->item);
}

static void
count_notify_cb (GObject *object,
                 GParamSpec *pspec,
                 guint *count)
{
  (*count)++;
}

static void
test_mode (Fixture *fixture,
           gconstpointer data)
{
  guint notified = 0;
  PlTimelineMode mode;

  g_signal_connect (fixture->view, "notify::effective-mode", G_CALLBACK (count_notify_cb), &notified);

  pl_timeline_view_set_mode (fixture->view, PL_TIMELINE_MODE_CHRONOLOGICAL);
  g_assert_cmpint (pl_timeline_view_get_effective_mode (fixture->view), ==, PL_TIMELINE_MODE_CHRONOLOGICAL);
  g_object_get (fixture->view, "mode", &mode, NULL);
  g_assert_cmpint (mode, ==, PL_TIMELINE_MODE_CHRONOLOGICAL);
  pl_test_gui_wait_for (has_frame, fixture->view);
  g_assert_cmpint (pl_timeline_view_get_frame (fixture->view)->mode, ==, PL_TIMELINE_MODE_CHRONOLOGICAL);

  g_object_set (fixture->view, "mode", PL_TIMELINE_MODE_SEQUENCE, NULL);
  g_object_get (fixture->view, "effective-mode", &mode, NULL);
  g_assert_cmpint (mode, ==, PL_TIMELINE_MODE_SEQUENCE);
  pl_test_gui_wait_for (has_frame, fixture->view);
  g_assert_cmpint (pl_timeline_view_get_frame (fixture->view)->mode, ==, PL_TIMELINE_MODE_SEQUENCE);
  g_assert_cmpuint (notified, >=, 1);
  g_signal_handlers_disconnect_by_data (fixture->view, &notified);
}

/* Changes to the briefing show at once; the focus stays on its item. */
static void
test_briefing_changes (Fixture *fixture,
                       gconstpointer data)
{
  PlTimelineLayout *layout = get_layout (fixture);
  guint n = pl_timeline_layout_get_n_entries (layout);
  GListModel *phases = pl_briefing_get_phases (fixture->briefing);
  g_autoptr (PlPhase) last_phase = g_list_model_get_item (phases, g_list_model_get_n_items (phases) - 1);
  g_autoptr (PlPhase) added = pl_phase_new ();
  PlItem *focused;

  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  press_key (fixture, GDK_KEY_Home, 0);
  focused = pl_timeline_view_get_focused_item (fixture->view);

  pl_phase_set_name (added, "An added phase");
  pl_briefing_add_item (fixture->briefing, PL_ITEM (added));
  g_assert_cmpuint (pl_timeline_layout_get_n_entries (get_layout (fixture)), ==, n + 1);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == focused);
  pl_test_gui_wait_for (has_frame, fixture->view);

  /* Removing the selected item clears the selection. */
  pl_view_state_set_selected (fixture->state, PL_ITEM (last_phase));
  g_assert_true (pl_briefing_remove_item (fixture->briefing, PL_ITEM (last_phase)));
  g_assert_null (pl_view_state_get_selected (fixture->state));
  g_assert_cmpint (pl_timeline_layout_find_item (get_layout (fixture), PL_ITEM (last_phase)), <, 0);

  /* Another briefing: nothing focused, and the view fits it. */
  pl_view_state_set_briefing (fixture->state, NULL);
  g_assert_null (pl_timeline_view_get_layout (fixture->view));
  g_assert_null (pl_timeline_view_get_focused_item (fixture->view));
  pl_view_state_set_briefing (fixture->state, fixture->briefing);
  pl_test_gui_wait_for (has_frame, fixture->view);
  g_assert_null (pl_timeline_view_get_focused_item (fixture->view));
}

static void
test_rtl (Fixture *fixture,
          gconstpointer data)
{
  gtk_widget_set_direction (GTK_WIDGET (fixture->view), GTK_TEXT_DIR_RTL);
  pl_test_gui_wait_for (has_frame, fixture->view);
  g_assert_true (get_viewport (fixture).rtl);

  /* Left goes on in time, Right back. */
  gtk_widget_grab_focus (GTK_WIDGET (fixture->view));
  press_key (fixture, GDK_KEY_Home, 0);
  press_key (fixture, GDK_KEY_Left, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 1));
  press_key (fixture, GDK_KEY_Right, 0);
  g_assert_true (pl_timeline_view_get_focused_item (fixture->view) == item_at_order (fixture, 0));
}

static gboolean
window_has_frame (gpointer data)
{
  PlWindow *window = data;

  return pl_window_get_briefing (window) != NULL &&
         has_frame (_pl_window_get_timeline_view (window));
}

/* In the real window: the view state is the window's, the toolbar works. */
static void
test_window (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());
  PlTimelineView *view = _pl_window_get_timeline_view (window);
  PlViewState *state = pl_timeline_view_get_view_state (view);
  PlTimelineViewport fit;
  PlTimelineViewport viewport;
  PlTimelineMode mode;

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_has_frame, window);

  g_assert_true (pl_view_state_get_briefing (state) == pl_window_get_briefing (window));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 200);
  g_object_get (window, "timeline-mode", &mode, NULL);
  g_assert_cmpint (mode, ==, PL_TIMELINE_MODE_SEQUENCE);

  fit = pl_timeline_view_get_frame (view)->viewport;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-zoom-in", NULL));
  viewport = pl_timeline_view_get_frame (view)->viewport;
  g_assert_cmpfloat (viewport.px_per_unit, >, fit.px_per_unit);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-zoom-out", NULL));
  viewport = pl_timeline_view_get_frame (view)->viewport;
  g_assert_cmpfloat (viewport.px_per_unit, <, fit.px_per_unit);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-zoom-fit", NULL));
  viewport = pl_timeline_view_get_frame (view)->viewport;
  g_assert_cmpfloat_with_epsilon (viewport.px_per_unit, fit.px_per_unit, 1e-9);

  /* The Dates button asks for dates; the built-in briefing has none, so
   * the buttons go on showing the sequence. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-mode", "s", "chronological"));
  g_assert_cmpint (pl_timeline_view_get_mode (view), ==, PL_TIMELINE_MODE_CHRONOLOGICAL);
  pl_test_gui_wait_for (window_has_frame, window);
  g_object_get (window, "timeline-mode", &mode, NULL);
  g_assert_cmpint (mode, ==, PL_TIMELINE_MODE_SEQUENCE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.timeline-mode", "s", "sequence"));
  g_assert_cmpint (pl_timeline_view_get_mode (view), ==, PL_TIMELINE_MODE_SEQUENCE);

  /* Another briefing goes back to auto. */
  pl_window_show_builtin (window);
  pl_test_gui_wait_for (window_has_frame, window);
  g_assert_cmpint (pl_timeline_view_get_mode (view), ==, PL_TIMELINE_MODE_AUTO);
  g_assert_true (pl_view_state_get_briefing (state) == pl_window_get_briefing (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The built-in briefing's first component: the first phase's first. */
static PlItem *
get_first_component (PlBriefing *briefing)
{
  GListModel *phases = pl_briefing_get_phases (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      GListModel *components = pl_phase_get_components (phase);

      if (g_list_model_get_n_items (components) > 0)
        {
          g_autoptr (PlItem) component = g_list_model_get_item (components, 0);
          return component; /* the phase holds it */
        }
    }
  g_assert_not_reached ();
}

/* The popover the window parents on the timeline, apart from its menu. */
static GtkWidget *
find_evidence_popover (GtkWidget *view)
{
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && !GTK_IS_POPOVER_MENU (child))
      return child;
  return NULL;
}

/* Whether a label shown under @widget has @text in it, and can be
 * selected. */
static gboolean
shows_text (GtkWidget *widget,
            const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget)) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, text))
      return TRUE;
  return FALSE;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Show Evidence in the real window quotes the item's sources in a popover
 * pointing at it. */
static void
test_window_evidence (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());
  PlTimelineView *view = _pl_window_get_timeline_view (window);
  PlViewState *state = pl_timeline_view_get_view_state (view);
  PlBriefing *briefing;
  PlItem *component;
  const PlEvidence *evidence;
  const PlTimelineBox *box;
  g_autofree char *quote = NULL;
  g_autoptr (PlEvent) by_hand = pl_event_new ();
  GtkWidget *popover;
  GtkWidget *focus;
  GdkRectangle rect;
  int entry;

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_has_frame, window);
  popover = find_evidence_popover (GTK_WIDGET (view));
  g_assert_nonnull (popover);
  g_assert_false (gtk_widget_get_visible (popover));

  briefing = pl_window_get_briefing (window);
  component = get_first_component (briefing);
  g_assert_cmpuint (pl_item_get_n_evidence (component), >, 0);
  evidence = pl_item_get_evidence (component, 0);
  quote = pl_briefing_dup_evidence_text (briefing, evidence);
  g_assert_nonnull (quote);
  g_assert_cmpstr (quote, !=, "");

  /* As the context menu does: for the item focused by selecting it. */
  pl_view_state_set_selected (state, component);
  g_assert_true (pl_timeline_view_get_focused_item (view) == component);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.show-evidence", NULL));
  pl_test_gui_wait_for (is_mapped, popover);
  g_assert_true (shows_text (popover, quote));
  g_assert_true (shows_text (popover, pl_source_get_title (pl_briefing_lookup_source (briefing, evidence->source))));
  g_assert_false (shows_text (popover, "added by hand"));
  /* Nothing is selected to begin with. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus == NULL || !GTK_IS_LABEL (focus) ||
                 !gtk_label_get_selection_bounds (GTK_LABEL (focus), NULL, NULL));

  /* It points at the component's box. */
  entry = pl_timeline_layout_find_item (pl_timeline_view_get_layout (view), component);
  box = pl_timeline_frame_find_entry (pl_timeline_view_get_frame (view), entry);
  g_assert_nonnull (box);
  g_assert_true (gtk_popover_get_pointing_to (GTK_POPOVER (popover), &rect));
  g_assert_cmpint (rect.x, ==, (int) floor (MAX (box->rect.x, 0)));
  g_assert_cmpint (rect.y, ==, (int) floor (MAX (box->rect.y, 0)));
  g_assert_cmpint (rect.width, >=, 1);
  g_assert_cmpint (rect.height, >=, 1);
  gtk_popover_popdown (GTK_POPOVER (popover));
  pl_test_gui_wait_for (is_hidden, popover);

  /* An item added by hand has none. */
  g_signal_emit_by_name (view, "show-evidence", by_hand);
  pl_test_gui_wait_for (is_mapped, popover);
  g_assert_true (shows_text (popover, "No evidence: this item was added by hand."));
  g_assert_false (shows_text (popover, quote));
  gtk_popover_popdown (GTK_POPOVER (popover));
  pl_test_gui_wait_for (is_hidden, popover);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_test (const char *path,
          gboolean dated,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, GINT_TO_POINTER (dated), fixture_setup, func, fixture_teardown);
}

/* The application opens a window of its own when it starts. */
int
main (int argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  /* GTK's test accessibility backend, which records what a screen reader
   * would be told, in place of none. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);

  add_test ("/timeline-view/draws", FALSE, test_draws);
  add_test ("/timeline-view/draws/dated", TRUE, test_draws);
  add_test ("/timeline-view/zoom", FALSE, test_zoom);
  add_test ("/timeline-view/zoom/dated", TRUE, test_zoom);
  add_test ("/timeline-view/zoom/pinch", TRUE, test_pinch);
  add_test ("/timeline-view/pan", TRUE, test_pan);
  add_test ("/timeline-view/pan/sequence", FALSE, test_pan);
  add_test ("/timeline-view/focus/keyboard", FALSE, test_keyboard_focus);
  add_test ("/timeline-view/focus/keyboard/dated", TRUE, test_keyboard_focus);
  add_test ("/timeline-view/focus/reveals", TRUE, test_focus_reveals);
  add_test ("/timeline-view/focus/tab", FALSE, test_tab);
  add_test ("/timeline-view/focus/rtl", FALSE, test_rtl);
  add_test ("/timeline-view/select/key", FALSE, test_select_key);
  add_test ("/timeline-view/select/click", FALSE, test_click);
  add_test ("/timeline-view/select/click/dated", TRUE, test_click);
  add_test ("/timeline-view/context-menu", FALSE, test_context_menu);
  add_test ("/timeline-view/mode", TRUE, test_mode);
  add_test ("/timeline-view/briefing-changes", FALSE, test_briefing_changes);
  g_test_add_func ("/timeline-view/window", test_window);
  g_test_add_func ("/timeline-view/window/evidence", test_window_evidence);

  return pl_test_gui_run ();
}
