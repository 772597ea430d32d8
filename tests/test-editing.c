/* test-editing.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing in the real window: the history behind Undo and Redo, the
 * unsaved mark in the title, saving and reopening, the question on
 * closing with unsaved changes, autosave and recovery. Needs a display
 * (xvfb-run). Autosaves go to PHASELINE_AUTOSAVE_DIR inside a temporary
 * directory. With PL_SCREENSHOT_DIR set, screenshots of the title, the
 * close prompt and the recovery offer are written there.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pl-application.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-loader.h"
#include "pl-window-private.h"
#include "pl-test-gui.h"

/* Nothing here should take more than a moment; fail rather than hang. */
static char *tmpdir;
static char *autosave_dir;

static gboolean
window_is_idle (gpointer data)
{
  return !pl_window_get_busy (PL_WINDOW (data));
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_query_exists (G_FILE (data), NULL);
}

static gboolean
file_is_gone (gpointer data)
{
  return !g_file_query_exists (G_FILE (data), NULL);
}

static PlWindow *
new_window (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static char *
dup_saved (PlBriefing *briefing)
{
  g_autoptr (GBytes) bytes = pl_format_write (briefing);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
dup_contents (GFile *file)
{
  char *contents = NULL;
  g_autoptr (GError) error = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* A briefing file of two phases, a component in each, two reactions. */
static GFile *
write_briefing (const char *name)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;

  pl_briefing_set_title (briefing, "Harbour plan");
  for (guint i = 1; i <= 2; i++)
    {
      g_autoptr (PlPhase) phase = pl_phase_new ();
      g_autoptr (PlComponent) component = pl_component_new ();
      g_autoptr (PlReaction) reaction = pl_reaction_new ();
      g_autofree char *text = g_strdup_printf ("Step %u", i);

      pl_phase_set_index (phase, i);
      pl_phase_set_name (phase, text);
      pl_component_set_text (component, text);
      pl_phase_add_component (phase, component);
      pl_briefing_add_item (briefing, PL_ITEM (phase));
      pl_reaction_set_actor (reaction, i == 1 ? "Port workers" : "Shipping lines");
      pl_reaction_set_text (reaction, "Says something about it.");
      pl_reaction_set_stance (reaction, PL_STANCE_MIXED);
      pl_briefing_add_item (briefing, PL_ITEM (reaction));
    }
  pl_briefing_ensure_ids (briefing);
  bytes = pl_format_write (briefing);
  pl_file_replace (file, bytes, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&file);
}

static void
open_and_wait (PlWindow *window,
               GFile *file)
{
  pl_window_open (window, &file, 1);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_nonnull (pl_window_get_briefing (window));
}

static PlItem *
get_reaction (PlWindow *window,
              guint position)
{
  GListModel *reactions = pl_briefing_get_reactions (pl_window_get_briefing (window));
  g_autoptr (PlItem) item = g_list_model_get_item (reactions, position);

  g_assert_nonnull (item);
  return item;
}

static void
edit (PlWindow *window,
      const char *actor)
{
  g_autoptr (GError) error = NULL;

  g_assert_true (pl_history_set_field (_pl_window_get_history (window), get_reaction (window, 0), "actor",
                                       actor, &error));
  g_assert_no_error (error);
}

/* Screenshots for people, only when asked for. */
static void
save_screenshot (GtkWidget *widget,
                 const char *name)
{
  const char *dir = g_getenv ("PL_SCREENSHOT_DIR");
  g_autoptr (GdkPaintable) paintable = NULL;
  g_autoptr (GtkSnapshot) snapshot = NULL;
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL || width <= 0 || height <= 0)
    return;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
test_undo_redo (void)
{
  g_autoptr (GFile) file = write_briefing ("undo.phaseline");
  PlWindow *window = new_window ();
  PlHistory *history;

  open_and_wait (window, file);
  history = _pl_window_get_history (window);
  g_assert_nonnull (history);
  g_assert_true (pl_history_get_briefing (history) == pl_window_get_briefing (window));
  g_assert_false (_pl_window_get_dirty (window));
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Harbour plan");
  /* Nothing to undo yet. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_false (pl_history_get_can_redo (history));

  edit (window, "Dock workers");
  g_assert_true (_pl_window_get_dirty (window));
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "• Harbour plan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Harbour plan");
  pl_test_gui_wait_for (window_is_idle, window);
  save_screenshot (GTK_WIDGET (window), "editing-unsaved-title.png");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (_pl_window_get_dirty (window));
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Harbour plan");
  g_assert_cmpstr (pl_reaction_get_actor (PL_REACTION (get_reaction (window, 0))), ==, "Port workers");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_true (_pl_window_get_dirty (window));
  g_assert_cmpstr (pl_reaction_get_actor (PL_REACTION (get_reaction (window, 0))), ==, "Dock workers");

  /* A new briefing gets a new history. Held, the old one cannot be freed
   * and its address given to the new one. */
  g_object_ref (history);
  open_and_wait (window, file);
  g_assert_true (_pl_window_get_history (window) != history);
  g_assert_true (pl_history_get_briefing (_pl_window_get_history (window)) == pl_window_get_briefing (window));
  g_object_unref (history);
  g_assert_false (_pl_window_get_dirty (window));
  g_assert_false (pl_history_get_can_undo (_pl_window_get_history (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_reopen (void)
{
  g_autoptr (GFile) file = write_briefing ("edited.phaseline");
  g_autofree char *target_path = g_build_filename (tmpdir, "edited copy.phaseline", NULL);
  g_autoptr (GFile) target = g_file_new_for_path (target_path);
  g_autofree char *shown = NULL;
  g_autofree char *written = NULL;
  g_autofree char *reopened = NULL;
  PlWindow *window = new_window ();
  PlWindow *other = NULL;
  PlHistory *history;
  PlBriefing *briefing;
  PlPhase *phase;
  g_autoptr (PlComponent) component = NULL;

  open_and_wait (window, file);
  history = _pl_window_get_history (window);
  briefing = pl_window_get_briefing (window);
  edit (window, "Dock workers");
  pl_history_remove_item (history, get_reaction (window, 1));
  phase = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  component = g_list_model_get_item (pl_phase_get_components (phase), 0);
  g_object_unref (phase);
  phase = g_list_model_get_item (pl_briefing_get_phases (briefing), 1);
  g_assert_true (pl_history_move_component (history, component, phase, 0));
  g_object_unref (phase);

  _pl_window_save_to_file (window, target);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_false (_pl_window_get_dirty (window));
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Harbour plan");

  shown = dup_saved (briefing);
  written = dup_contents (target);
  g_assert_cmpstr (written, ==, shown);

  other = new_window ();
  open_and_wait (other, target);
  reopened = dup_saved (pl_window_get_briefing (other));
  g_assert_cmpstr (reopened, ==, shown);
  g_assert_false (_pl_window_get_dirty (other));

  /* Undoing past the save is unsaved again; redoing back is not. */
  pl_history_undo (history);
  g_assert_true (_pl_window_get_dirty (window));
  pl_history_redo (history);
  g_assert_false (_pl_window_get_dirty (window));
  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_close_prompt (void)
{
  g_autoptr (GFile) file = write_briefing ("close.phaseline");
  g_autofree char *saved = NULL;
  PlWindow *window = new_window ();
  gpointer weak = window;
  GtkWidget *dialog;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  open_and_wait (window, file);

  /* Nothing changed: closes without asking, so test on a dirty one. */
  edit (window, "Dock workers");
  gtk_window_close (GTK_WINDOW (window));
  pl_test_gui_wait_for (window_is_idle, window);
  dialog = _pl_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  save_screenshot (dialog, "editing-close-prompt.png");

  /* Cancel: the window stays, with its changes. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_nonnull (weak);
  g_assert_null (_pl_window_get_close_dialog (window));
  g_assert_true (_pl_window_get_dirty (window));

  /* Save: writes the file, then closes. */
  gtk_window_close (GTK_WINDOW (window));
  dialog = _pl_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pl_test_gui_wait_for (is_null, &weak);
  saved = dup_contents (file);
  g_assert_nonnull (strstr (saved, "Dock workers"));

  /* Discard: closes without saving. */
  window = new_window ();
  weak = window;
  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  open_and_wait (window, file);
  edit (window, "Tug crews");
  gtk_window_close (GTK_WINDOW (window));
  dialog = _pl_window_get_close_dialog (window);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_REJECT);
  pl_test_gui_wait_for (is_null, &weak);
  g_free (saved);
  saved = dup_contents (file);
  g_assert_null (strstr (saved, "Tug crews"));
}

static void
remove_autosaves (void)
{
  g_autoptr (GDir) dir = g_dir_open (autosave_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (autosave_dir, name, NULL);
      g_unlink (path);
    }
}

static void
test_autosave (void)
{
  g_autoptr (GFile) file = write_briefing ("autosave.phaseline");
  g_autoptr (GFile) autosave = NULL;
  g_autofree char *written = NULL;
  g_autofree char *shown = NULL;
  PlWindow *window = new_window ();

  remove_autosaves ();
  _pl_window_set_autosave_interval (window, 50);
  open_and_wait (window, file);
  g_assert_null (_pl_window_get_autosave_file (window));

  edit (window, "Dock workers");
  /* Not at once: a while after the change. */
  g_assert_null (_pl_window_get_autosave_file (window));
  while (_pl_window_get_autosave_file (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  autosave = g_object_ref (_pl_window_get_autosave_file (window));
  pl_test_gui_wait_for (file_exists, autosave);
  g_assert_true (g_str_has_prefix (g_file_peek_path (autosave), autosave_dir));
  written = dup_contents (autosave);
  shown = dup_saved (pl_window_get_briefing (window));
  g_assert_cmpstr (written, ==, shown);

  /* Back to what is saved: the autosave goes. */
  pl_history_undo (_pl_window_get_history (window));
  pl_test_gui_wait_for (file_is_gone, autosave);
  g_assert_null (_pl_window_get_autosave_file (window));

  /* A save removes it too. */
  pl_history_redo (_pl_window_get_history (window));
  while (_pl_window_get_autosave_file (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_clear_object (&autosave);
  autosave = g_object_ref (_pl_window_get_autosave_file (window));
  pl_test_gui_wait_for (file_exists, autosave);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_false (_pl_window_get_dirty (window));
  pl_test_gui_wait_for (file_is_gone, autosave);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_recovery (void)
{
  g_autoptr (GFile) file = write_briefing ("crashed.phaseline");
  g_autoptr (GFile) autosave = NULL;
  g_autofree char *edited = NULL;
  g_autofree char *recovered = NULL;
  PlWindow *window = new_window ();
  GtkWidget *dialog;

  remove_autosaves ();
  _pl_window_set_autosave_interval (window, 20);
  open_and_wait (window, file);
  edit (window, "Dock workers");
  while (_pl_window_get_autosave_file (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  autosave = g_object_ref (_pl_window_get_autosave_file (window));
  pl_test_gui_wait_for (file_exists, autosave);
  edited = dup_saved (pl_window_get_briefing (window));

  /* Another window does not offer what a live window owns. */
  {
    PlWindow *other = new_window ();
    g_assert_false (_pl_window_offer_recovery (other));
    gtk_window_destroy (GTK_WINDOW (other));
  }

  /* Gone without the question, as in a crash: the autosave stays. */
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_true (g_file_query_exists (autosave, NULL));

  window = new_window ();
  pl_window_show_builtin (window);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_true (_pl_window_offer_recovery (window));
  dialog = _pl_window_get_recovery_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  pl_test_gui_wait_for (window_is_idle, window);
  save_screenshot (dialog, "editing-recovery-offer.png");

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  pl_test_gui_wait_for (window_is_idle, window);
  g_assert_null (_pl_window_get_recovery_dialog (window));
  recovered = dup_saved (pl_window_get_briefing (window));
  g_assert_cmpstr (recovered, ==, edited);
  g_assert_true (_pl_window_get_dirty (window));
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "• Harbour plan");
  /* Save writes back to the file it came from. */
  g_assert_nonnull (_pl_window_get_file (window));
  g_assert_true (g_file_equal (_pl_window_get_file (window), file));
  g_assert_true (g_file_equal (_pl_window_get_autosave_file (window), autosave));

  /* Discarding on close deletes it, and nothing is offered again. */
  gtk_window_close (GTK_WINDOW (window));
  gtk_dialog_response (GTK_DIALOG (_pl_window_get_close_dialog (window)), GTK_RESPONSE_REJECT);
  pl_test_gui_wait_for (file_is_gone, autosave);
  window = new_window ();
  g_assert_false (_pl_window_offer_recovery (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_recovery_discard (void)
{
  g_autofree char *path = g_build_filename (autosave_dir, "left-over.phaseline", NULL);
  g_autoptr (GFile) autosave = write_briefing ("left-over.phaseline");
  g_autoptr (GFile) left_over = g_file_new_for_path (path);
  PlWindow *window;

  remove_autosaves ();
  g_mkdir_with_parents (autosave_dir, 0700);
  g_assert_true (g_file_copy (autosave, left_over, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  window = new_window ();
  g_assert_true (_pl_window_offer_recovery (window));
  gtk_dialog_response (GTK_DIALOG (_pl_window_get_recovery_dialog (window)), GTK_RESPONSE_REJECT);
  g_assert_false (g_file_query_exists (left_over, NULL));
  g_assert_null (pl_window_get_briefing (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("phaseline-test-editing-XXXXXX", &error);
  g_assert_no_error (error);
  data_dir = g_build_filename (tmpdir, "data", NULL);
  g_mkdir (data_dir, 0700);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  autosave_dir = g_build_filename (tmpdir, "autosave", NULL);
  g_setenv ("PHASELINE_AUTOSAVE_DIR", autosave_dir, TRUE);

  g_test_add_func ("/editing/undo-redo", test_undo_redo);
  g_test_add_func ("/editing/save-reopen", test_save_reopen);
  g_test_add_func ("/editing/close-prompt", test_close_prompt);
  g_test_add_func ("/editing/autosave", test_autosave);
  g_test_add_func ("/editing/recovery", test_recovery);
  g_test_add_func ("/editing/recovery/discard", test_recovery_discard);

  status = pl_test_gui_run ();

  remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  g_clear_pointer (&autosave_dir, g_free);
  return status;
}
