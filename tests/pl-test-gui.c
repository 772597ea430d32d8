/* pl-test-gui.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-test-gui.h"

#include "pl-timeline-view.h"
#include "pl-window-private.h"

#define TIMEOUT_MS 20000

static PlApplication *app;
static int test_status;

/**
 * pl_test_gui_app:
 *
 * Returns: (transfer none): the application the tests run in
 */
PlApplication *
pl_test_gui_app (void)
{
  return app;
}

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
poll_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/**
 * pl_test_gui_wait_for:
 *
 * Runs the main loop until @condition holds (failing the test after 20 s),
 * then lets the redraws and list updates that followed run too. The loop
 * wakes every 50 ms, so conditions no event announces are seen.
 */
void
pl_test_gui_wait_for (PlTestCondition condition,
                      gpointer data)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (TIMEOUT_MS, timeout_cb, &timed_out);
  guint poll_id = g_timeout_add (50, poll_cb, NULL);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (poll_id);
  if (!timed_out)
    g_source_remove (timeout_id);
  g_assert_false (timed_out);
  pl_test_gui_drain ();
}

/* Runs what is pending on the main loop, without waiting. */
void
pl_test_gui_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Closes every window, and lets what that set off run. */
void
pl_test_gui_destroy_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  pl_test_gui_drain ();
}

/* A condition: @widget is shown and has a size. */
gboolean
pl_test_gui_is_drawn (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_height (widget) > 0;
}

/* A window showing the built-in briefing, once its timeline is drawn. */
PlWindow *
pl_test_gui_new_builtin_window (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (pl_test_gui_is_drawn, _pl_window_get_timeline_view (window));
  return window;
}

/* The view state of @window's timeline, which its pages share. */
PlViewState *
pl_test_gui_get_view_state (PlWindow *window)
{
  return pl_timeline_view_get_view_state (_pl_window_get_timeline_view (window));
}

/**
 * pl_test_gui_get_item:
 *
 * Returns: (transfer none): the item of @model at @position, which must
 *   be there; the model holds it
 */
gpointer
pl_test_gui_get_item (GListModel *model,
                      guint position)
{
  g_autoptr (GObject) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return item; /* the model holds it */
}

static void
run_tests (gpointer user_data)
{
  pl_test_gui_destroy_windows ();
  test_status = g_test_run ();
  pl_test_gui_destroy_windows ();
  g_application_release (G_APPLICATION (app));
}

static void
startup_cb (GApplication *application)
{
  /* Animations would only slow the tests down. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The tests close every window in turn; the application must stay. */
  g_application_hold (application);
  g_idle_add_once (run_tests, NULL);
}

/**
 * pl_test_gui_run:
 *
 * Starts the application and runs the tests added since g_test_init() in
 * it, once it has started up.
 *
 * Returns: the tests' exit status
 */
int
pl_test_gui_run (void)
{
  app = pl_application_new_for_testing ();
  g_signal_connect_after (app, "startup", G_CALLBACK (startup_cb), NULL);
  g_application_run (G_APPLICATION (app), 0, NULL);
  g_clear_object (&app);
  return test_status;
}
