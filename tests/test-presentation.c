/* test-presentation.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Presenting the built-in briefing under Xvfb: the keys of both windows,
 * going to a typed number, black and white screens, Escape, starting at
 * the selected item's slide, windowed and full screen, the screensaver,
 * the speaker notes, the pace and the Present dialog's monitors. Nothing
 * waits on a clock: times are passed in and timeouts are run by hand. */

#include "config.h"

#include <gtk/gtk.h>

#include "pl-application.h"
#include "pl-audience-window.h"
#include "pl-present-dialog.h"
#include "pl-presentation.h"
#include "pl-presenter-window.h"
#include "pl-test-gui.h"
#include "pl-window-private.h"

static PlPresentation *
start (PlWindow *window,
       gboolean console,
       gboolean windowed,
       guint duration)
{
  PlPresentOptions options = { NULL, windowed, console, duration };
  PlPresentation *presentation;

  _pl_window_start_presentation (window, &options);
  presentation = _pl_window_get_presentation (window);
  g_assert_nonnull (presentation);
  g_assert_true (pl_presentation_get_running (presentation));
  pl_test_gui_wait_for (pl_test_gui_is_drawn, pl_presentation_get_audience_window (presentation));
  g_assert_cmpuint (pl_presentation_get_n_slides (presentation), >=, 5);
  return presentation;
}

static void
press (PlPresentation *presentation,
       guint keyval)
{
  g_assert_true (pl_presentation_handle_key (presentation, keyval, 0));
  pl_test_gui_drain ();
}

/* Every navigation key, and the same commands as actions of each window. */
static void
test_keys (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = start (window, TRUE, FALSE, 0);
  guint last = pl_presentation_get_n_slides (p) - 1;
  static const struct
  {
    guint keyval;
    guint expected;
  } steps[] = {
    { GDK_KEY_Right, 1 },
    { GDK_KEY_space, 2 },
    { GDK_KEY_Page_Down, 3 },
    { GDK_KEY_Left, 2 },
    { GDK_KEY_BackSpace, 1 },
    { GDK_KEY_Page_Up, 0 },
    { GDK_KEY_Left, 0 },
  };

  g_assert_cmpuint (pl_presentation_get_current (p), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      press (p, steps[i].keyval);
      g_assert_cmpuint (pl_presentation_get_current (p), ==, steps[i].expected);
    }
  press (p, GDK_KEY_End);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, last);
  press (p, GDK_KEY_Right);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, last);
  press (p, GDK_KEY_Home);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 0);

  /* A key the presentation has no use for goes on to the widgets. */
  g_assert_false (pl_presentation_handle_key (p, GDK_KEY_x, 0));
  g_assert_false (pl_presentation_handle_key (p, GDK_KEY_Right, GDK_ALT_MASK));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pl_presentation_get_audience_window (p)),
                                             "presentation.next", NULL));
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pl_presentation_get_presenter_window (p)),
                                             "presentation.go-to", "u", 4));
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 4);
  g_assert_cmpint (pl_slide_view_get_index (PL_SLIDE_VIEW (_pl_audience_window_get_slide_view (
                       PL_AUDIENCE_WINDOW (pl_presentation_get_audience_window (p))))),
                   ==, 4);

  pl_test_gui_destroy_windows ();
}

/* Digits then Enter go to that slide, counted from 1; the console shows
 * what is being typed; a number past the end goes nowhere. */
static void
test_go_to_number (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = start (window, TRUE, FALSE, 0);
  PlPresenterWindow *console = PL_PRESENTER_WINDOW (pl_presentation_get_presenter_window (p));
  g_autofree char *position = NULL;

  press (p, GDK_KEY_4);
  g_assert_cmpstr (pl_presentation_get_typed_number (p), ==, "4");
  g_assert_nonnull (strstr (_pl_presenter_window_get_position_text (console), "4"));
  press (p, GDK_KEY_Return);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 3);
  g_assert_cmpstr (pl_presentation_get_typed_number (p), ==, "");
  position = g_strdup_printf ("Slide 4 of %u", pl_presentation_get_n_slides (p));
  g_assert_cmpstr (_pl_presenter_window_get_position_text (console), ==, position);

  press (p, GDK_KEY_KP_1);
  press (p, GDK_KEY_KP_Enter);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 0);

  press (p, GDK_KEY_9);
  press (p, GDK_KEY_9);
  press (p, GDK_KEY_Return);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 0);

  /* Escape forgets a number half typed, and the presentation goes on. */
  press (p, GDK_KEY_2);
  press (p, GDK_KEY_Escape);
  g_assert_cmpstr (pl_presentation_get_typed_number (p), ==, "");
  g_assert_true (pl_presentation_get_running (p));

  pl_test_gui_destroy_windows ();
}

/* B and period black, W and comma white, each again to show the slide;
 * the first Escape leaves black or white, the next ends. */
static void
test_blank_and_escape (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = g_object_ref (start (window, TRUE, FALSE, 0));
  PlSlideView *view = PL_SLIDE_VIEW (
      _pl_audience_window_get_slide_view (PL_AUDIENCE_WINDOW (pl_presentation_get_audience_window (p))));

  press (p, GDK_KEY_b);
  g_assert_cmpint (pl_presentation_get_blank (p), ==, PL_SLIDE_BLANK_BLACK);
  g_assert_cmpint (pl_slide_view_get_blank (view), ==, PL_SLIDE_BLANK_BLACK);
  press (p, GDK_KEY_B);
  g_assert_cmpint (pl_presentation_get_blank (p), ==, PL_SLIDE_BLANK_NONE);
  press (p, GDK_KEY_period);
  g_assert_cmpint (pl_presentation_get_blank (p), ==, PL_SLIDE_BLANK_BLACK);
  press (p, GDK_KEY_w);
  g_assert_cmpint (pl_presentation_get_blank (p), ==, PL_SLIDE_BLANK_WHITE);
  g_assert_cmpint (pl_slide_view_get_blank (view), ==, PL_SLIDE_BLANK_WHITE);
  press (p, GDK_KEY_comma);
  g_assert_cmpint (pl_presentation_get_blank (p), ==, PL_SLIDE_BLANK_NONE);

  press (p, GDK_KEY_W);
  press (p, GDK_KEY_Escape);
  g_assert_cmpint (pl_presentation_get_blank (p), ==, PL_SLIDE_BLANK_NONE);
  g_assert_true (pl_presentation_get_running (p));
  g_assert_nonnull (pl_presentation_get_audience_window (p));

  press (p, GDK_KEY_Escape);
  g_assert_false (pl_presentation_get_running (p));
  g_assert_null (pl_presentation_get_audience_window (p));
  g_assert_null (pl_presentation_get_presenter_window (p));
  g_assert_false (_pl_presentation_get_inhibited (p));
  /* The main window stays. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_object_unref (p);
  pl_test_gui_destroy_windows ();
}

/* Present with an item selected starts at the slide that shows it. */
static void
test_start_at_item (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlBriefing *briefing = pl_window_get_briefing (window);
  GListModel *phases = pl_briefing_get_phases (briefing);
  g_autoptr (PlItem) phase = g_list_model_get_item (phases, g_list_model_get_n_items (phases) - 1);
  PlPresentation *p;
  int expected;

  pl_view_state_set_selected (window->view_state, phase);
  p = start (window, TRUE, FALSE, 0);
  expected = pl_slide_deck_find_slide_for_item (pl_presentation_get_deck (p), phase);
  g_assert_cmpint (expected, >, 0);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, (guint) expected);
  pl_test_gui_destroy_windows ();
}

/* With one monitor and the console the audience opens in a window; F
 * toggles full screen; without the console it fills the screen. */
static void
test_modes (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = start (window, TRUE, FALSE, 0);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  guint n_monitors = g_list_model_get_n_items (gdk_display_get_monitors (display));

  g_assert_nonnull (pl_presentation_get_presenter_window (p));
  g_assert_nonnull (pl_presentation_get_audience_monitor (p));
  g_assert_cmpint (pl_presentation_get_windowed (p), ==, n_monitors < 2);
  press (p, GDK_KEY_f);
  g_assert_cmpint (pl_presentation_get_windowed (p), ==, n_monitors >= 2);
  press (p, GDK_KEY_F);
  g_assert_cmpint (pl_presentation_get_windowed (p), ==, n_monitors < 2);
  /* S with one monitor only brings the other window forward. */
  press (p, GDK_KEY_s);
  g_assert_true (pl_presentation_get_running (p));
  pl_presentation_stop (p);
  pl_test_gui_drain ();

  window = PL_WINDOW (gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ()))->data);
  p = start (window, FALSE, FALSE, 0);
  g_assert_null (pl_presentation_get_presenter_window (p));
  g_assert_false (pl_presentation_get_windowed (p));
  pl_presentation_stop (p);
  pl_test_gui_drain ();

  p = start (window, FALSE, TRUE, 0);
  g_assert_true (pl_presentation_get_windowed (p));
  pl_test_gui_destroy_windows ();
}

/* The screensaver is asked to stay off once, and let go at the end. */
static void
test_inhibit (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = g_object_ref (start (window, TRUE, FALSE, 0));

  g_assert_cmpuint (_pl_presentation_get_n_inhibits (p), ==, 1);
  g_assert_true (_pl_presentation_get_inhibited (p));
  pl_presentation_stop (p);
  g_assert_false (_pl_presentation_get_inhibited (p));
  g_assert_cmpuint (_pl_presentation_get_n_inhibits (p), ==, 1);
  g_object_unref (p);
  pl_test_gui_destroy_windows ();
}

/* Notes typed in the console are the briefing's notes for that slide, and
 * come back with it; Ctrl+plus and Ctrl+minus change their size. */
static void
test_notes (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = start (window, TRUE, FALSE, 0);
  PlPresenterWindow *console = PL_PRESENTER_WINDOW (pl_presentation_get_presenter_window (p));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_pl_presenter_window_get_notes_view (console));
  PlBriefing *briefing = pl_presentation_get_briefing (p);
  const char *key = pl_slide_deck_get_slide_key (pl_presentation_get_deck (p), 1);
  g_autofree char *text = NULL;
  GtkTextIter start_iter, end_iter;
  int size;

  press (p, GDK_KEY_Right);
  g_assert_false (_pl_window_get_dirty (window));
  gtk_text_buffer_set_text (buffer, "Mention the timeline's gaps.", -1);
  g_assert_cmpstr (pl_briefing_get_slide_notes (briefing, key), ==, "Mention the timeline's gaps.");
  /* Notes are part of the briefing's work: unsaved, and one undo away. */
  g_assert_true (_pl_window_get_dirty (window));
  g_assert_true (pl_history_undo (_pl_window_get_history (window)));
  g_assert_null (pl_briefing_get_slide_notes (briefing, key));
  g_assert_true (pl_history_redo (_pl_window_get_history (window)));
  g_assert_cmpstr (pl_briefing_get_slide_notes (briefing, key), ==, "Mention the timeline's gaps.");
  press (p, GDK_KEY_Right);
  gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
  g_assert_cmpint (gtk_text_iter_get_offset (&end_iter), ==, 0);
  press (p, GDK_KEY_Left);
  gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
  text = gtk_text_buffer_get_text (buffer, &start_iter, &end_iter, FALSE);
  g_assert_cmpstr (text, ==, "Mention the timeline's gaps.");

  size = pl_presentation_get_notes_size (p);
  g_assert_true (pl_presentation_handle_key (p, GDK_KEY_plus, GDK_CONTROL_MASK));
  g_assert_cmpint (pl_presentation_get_notes_size (p), ==, size + 2);
  g_assert_true (pl_presentation_handle_key (p, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_true (pl_presentation_handle_key (p, GDK_KEY_minus, GDK_CONTROL_MASK));
  g_assert_cmpint (pl_presentation_get_notes_size (p), ==, size - 2);
  g_assert_cmpint (g_settings_get_int (pl_application_get_settings (pl_test_gui_app ()), "presenter-notes-size"), ==,
                   size - 2);
  g_settings_reset (pl_application_get_settings (pl_test_gui_app ()), "presenter-notes-size");
  pl_test_gui_destroy_windows ();
}

/* The time used against a 10-minute target, with the pace. */
static void
test_pace (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = start (window, TRUE, FALSE, 10);
  PlPresenterWindow *console = PL_PRESENTER_WINDOW (pl_presentation_get_presenter_window (p));
  gint64 minute = 60 * G_USEC_PER_SEC;

  g_assert_cmpint (pl_presentation_get_pace (p, 0), ==, PL_PACE_ON_TIME);
  g_assert_cmpint (pl_presentation_get_pace (p, 5 * minute), ==, PL_PACE_BEHIND);
  g_assert_cmpint (pl_presentation_get_pace (p, 11 * minute), ==, PL_PACE_OVER);
  press (p, GDK_KEY_End);
  g_assert_cmpint (pl_presentation_get_pace (p, minute), ==, PL_PACE_AHEAD);
  press (p, GDK_KEY_Home);

  _pl_presenter_window_update_time (console, 5 * minute + 3 * G_USEC_PER_SEC);
  g_assert_cmpstr (_pl_presenter_window_get_elapsed_text (console), ==, "05:03 of 10:00");
  pl_test_gui_destroy_windows ();
}

/* The overview jumps to a slide and closes; the pointer hides when idle. */
static void
test_overview_and_pointer (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  PlPresentation *p = start (window, TRUE, FALSE, 0);
  PlPresenterWindow *console = PL_PRESENTER_WINDOW (pl_presentation_get_presenter_window (p));
  PlAudienceWindow *audience = PL_AUDIENCE_WINDOW (pl_presentation_get_audience_window (p));
  GtkFlowBox *overview = _pl_presenter_window_get_overview (console);
  GtkFlowBoxChild *child;
  GdkCursor *cursor;

  press (p, GDK_KEY_o);
  g_assert_true (pl_presentation_get_overview_visible (p));
  child = gtk_flow_box_get_child_at_index (overview, 3);
  g_assert_nonnull (child);
  g_assert_null (gtk_flow_box_get_child_at_index (overview, (int) pl_presentation_get_n_slides (p)));
  g_signal_emit_by_name (overview, "child-activated", child);
  g_assert_cmpuint (pl_presentation_get_current (p), ==, 3);
  g_assert_false (pl_presentation_get_overview_visible (p));

  press (p, GDK_KEY_question);
  g_assert_true (pl_presentation_get_keys_visible (p));
  press (p, GDK_KEY_Escape);
  g_assert_false (pl_presentation_get_keys_visible (p));
  g_assert_true (pl_presentation_get_running (p));

  g_assert_false (_pl_audience_window_get_pointer_hidden (audience));
  _pl_audience_window_hide_pointer_now (audience);
  g_assert_true (_pl_audience_window_get_pointer_hidden (audience));
  cursor = gtk_widget_get_cursor (_pl_audience_window_get_slide_view (audience));
  g_assert_nonnull (cursor);
  g_assert_cmpstr (gdk_cursor_get_name (cursor), ==, "none");
  pl_test_gui_destroy_windows ();
}

/* Present asks where: the dialog lists "Automatic" and every monitor by
 * name and size; Start remembers the answers and starts. */
static void
test_dialog (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  GSettings *settings = pl_application_get_settings (pl_test_gui_app ());
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GListModel *monitors = gdk_display_get_monitors (display);
  PlPresentDialog *dialog;
  GListModel *names;
  PlPresentation *p;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  dialog = PL_PRESENT_DIALOG (_pl_window_get_present_dialog (window));
  g_assert_nonnull (dialog);
  names = gtk_drop_down_get_model (_pl_present_dialog_get_monitor_list (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 1 + g_list_model_get_n_items (monitors));
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      g_autofree char *id = pl_present_dialog_dup_monitor_id (monitor);
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i + 1);

      g_assert_nonnull (strstr (name, " × "));
      g_assert_true (pl_present_dialog_find_monitor (display, id) == monitor || *id == '\0');
    }

  /* Choose the first monitor, a window and no console. */
  gtk_drop_down_set_selected (_pl_present_dialog_get_monitor_list (dialog), 1);
  g_settings_set_boolean (settings, "present-console", TRUE);
  _pl_present_dialog_start (dialog);
  pl_test_gui_drain ();
  g_assert_null (_pl_window_get_present_dialog (window));
  p = _pl_window_get_presentation (window);
  g_assert_nonnull (p);
  g_assert_true (pl_presentation_get_running (p));
  {
    g_autoptr (GdkMonitor) first = g_list_model_get_item (monitors, 0);
    g_autofree char *first_id = pl_present_dialog_dup_monitor_id (first);
    g_autofree char *remembered = g_settings_get_string (settings, "present-monitor");

    g_assert_cmpstr (remembered, ==, first_id);
    g_assert_true (pl_presentation_get_audience_monitor (p) == first);
  }

  /* Present again while presenting brings it forward, with no dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  g_assert_null (_pl_window_get_present_dialog (window));
  pl_presentation_stop (p);
  pl_test_gui_drain ();

  /* The next dialog selects what was remembered. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  dialog = PL_PRESENT_DIALOG (_pl_window_get_present_dialog (window));
  g_assert_cmpuint (gtk_drop_down_get_selected (_pl_present_dialog_get_monitor_list (dialog)), ==, 1);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_settings_reset (settings, "present-monitor");
  g_settings_reset (settings, "present-console");
  pl_test_gui_destroy_windows ();
}

/* S moves the audience to the next monitor and the console to its old
 * one. Xvfb's extra screens (-screen 1 …) are separate X screens, not
 * monitors of the display GTK opens, so this needs a real multi-monitor
 * display. */
static void
test_swap_screens (void)
{
  PlWindow *window = pl_test_gui_new_builtin_window ();
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (window)));
  PlPresentation *p;
  GdkMonitor *before;

  if (g_list_model_get_n_items (monitors) < 2)
    {
      pl_test_gui_destroy_windows ();
      g_test_skip ("the display has one monitor; Xvfb screens are not monitors of one display");
      return;
    }
  p = start (window, TRUE, FALSE, 0);
  before = pl_presentation_get_audience_monitor (p);
  press (p, GDK_KEY_s);
  g_assert_true (pl_presentation_get_audience_monitor (p) != before);
  press (p, GDK_KEY_S);
  g_assert_true (pl_presentation_get_audience_monitor (p) == before || g_list_model_get_n_items (monitors) > 2);
  pl_test_gui_destroy_windows ();
}

int
main (int argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presentation/keys", test_keys);
  g_test_add_func ("/presentation/go-to-number", test_go_to_number);
  g_test_add_func ("/presentation/blank-and-escape", test_blank_and_escape);
  g_test_add_func ("/presentation/start-at-item", test_start_at_item);
  g_test_add_func ("/presentation/modes", test_modes);
  g_test_add_func ("/presentation/inhibit", test_inhibit);
  g_test_add_func ("/presentation/notes", test_notes);
  g_test_add_func ("/presentation/pace", test_pace);
  g_test_add_func ("/presentation/overview-and-pointer", test_overview_and_pointer);
  g_test_add_func ("/presentation/dialog", test_dialog);
  g_test_add_func ("/presentation/swap-screens", test_swap_screens);

  return pl_test_gui_run ();
}
