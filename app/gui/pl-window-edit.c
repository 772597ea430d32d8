/* pl-window-edit.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Editing that never loses work: the window's undo history, the unsaved
 * mark in its title, the question on closing with unsaved changes, and an
 * autosave of unsaved work that the next start offers back.
 */

#define G_LOG_DOMAIN "PlWindowEdit"

#include "config.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pl-file-types.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-loader.h"
#include "pl-window-private.h"

/* How long after a change unsaved work is written to the autosave. */
#define AUTOSAVE_INTERVAL_MS (30 * 1000)
#define AUTOSAVE_EXTENSION ".phaseline"
/* Beside each autosave: the URI of the file the briefing came from. */
#define ORIGIN_EXTENSION ".origin"

struct _PlWindowEdit
{
  PlHistory *history;         /* owned, of the briefing shown; NULL without one */
  GFile *autosave_file;       /* owned, nullable: this window's autosave */
  GtkWidget *close_dialog;    /* weak: asking whether to save before closing */
  GtkWidget *recovery_dialog; /* weak: offering an autosave back */
  guint autosave_id;
  guint autosave_interval; /* ms */
  guint close_after_save : 1;
  guint close_confirmed : 1;
};

/* Autosaves that windows of this process own, which are not offered back:
 * paths. */
static GHashTable *autosaves_in_use;
/* Whether the first window shown has looked for autosaves. */
static gboolean recovery_checked;

static void map_cb (PlWindow *self);

static GFile *
get_autosave_dir (void)
{
  const char *dir = g_getenv ("PHASELINE_AUTOSAVE_DIR");

  if (dir != NULL && *dir != '\0')
    return g_file_new_for_path (dir);
  return g_file_new_build_filename (g_get_user_state_dir (), "phaseline", "autosave", NULL);
}

static GFile *
get_origin_file (GFile *autosave)
{
  g_autofree char *path = g_file_get_path (autosave);
  g_autofree char *origin = g_strconcat (path, ORIGIN_EXTENSION, NULL);

  return g_file_new_for_path (origin);
}

static void
set_in_use (GFile *file,
            gboolean in_use)
{
  if (autosaves_in_use == NULL)
    autosaves_in_use = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (in_use)
    g_hash_table_add (autosaves_in_use, g_file_get_path (file));
  else
    {
      g_autofree char *path = g_file_get_path (file);
      g_hash_table_remove (autosaves_in_use, path);
    }
}

static gboolean
is_in_use (GFile *file)
{
  g_autofree char *path = g_file_get_path (file);

  return autosaves_in_use != NULL && g_hash_table_contains (autosaves_in_use, path);
}

static void
delete_autosave_file (GFile *file)
{
  g_autoptr (GFile) origin = get_origin_file (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (origin, NULL, NULL);
}

/* Deletes the window's autosave: its work is saved or discarded. */
static void
delete_autosave (PlWindow *self)
{
  PlWindowEdit *edit = self->edit;

  g_clear_handle_id (&edit->autosave_id, g_source_remove);
  if (edit->autosave_file == NULL)
    return;
  delete_autosave_file (edit->autosave_file);
  set_in_use (edit->autosave_file, FALSE);
  g_clear_object (&edit->autosave_file);
}

/* Lets the window's autosave go without deleting it, for the next start
 * to offer back. */
static void
release_autosave (PlWindow *self)
{
  PlWindowEdit *edit = self->edit;

  g_clear_handle_id (&edit->autosave_id, g_source_remove);
  if (edit->autosave_file != NULL)
    set_in_use (edit->autosave_file, FALSE);
  g_clear_object (&edit->autosave_file);
}

static GFile *
ensure_autosave_file (PlWindow *self,
                      GError **error)
{
  PlWindowEdit *edit = self->edit;
  g_autoptr (GFile) dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;

  if (edit->autosave_file != NULL)
    return edit->autosave_file;

  dir = get_autosave_dir ();
  path = g_file_get_path (dir);
  if (g_mkdir_with_parents (path, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno), "%s: %s", path,
                   g_strerror (saved_errno));
      return NULL;
    }
  uuid = g_uuid_string_random ();
  name = g_strconcat (uuid, AUTOSAVE_EXTENSION, NULL);
  edit->autosave_file = g_file_get_child (dir, name);
  set_in_use (edit->autosave_file, TRUE);
  return edit->autosave_file;
}

static gboolean
write_autosave (PlWindow *self,
                GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GFile) origin = NULL;
  g_autoptr (GBytes) origin_uri = NULL;
  g_autofree char *uri = NULL;
  GFile *original = _pl_window_get_file (self);
  GFile *file;

  if (self->briefing == NULL || (file = ensure_autosave_file (self, error)) == NULL)
    return FALSE;

  bytes = pl_format_write (self->briefing);
  if (!pl_file_replace (file, bytes, error))
    return FALSE;

  origin = get_origin_file (file);
  if (original == NULL)
    {
      g_file_delete (origin, NULL, NULL);
      return TRUE;
    }
  uri = g_file_get_uri (original);
  origin_uri = g_bytes_new (uri, strlen (uri));
  return pl_file_replace (origin, origin_uri, error);
}

static gboolean
autosave_cb (gpointer user_data)
{
  PlWindow *self = PL_WINDOW (user_data);
  g_autoptr (GError) error = NULL;

  self->edit->autosave_id = 0;
  if (self->edit->history == NULL || !pl_history_get_dirty (self->edit->history))
    return G_SOURCE_REMOVE;

  if (!write_autosave (self, &error))
    _pl_window_show_error (self, _ ("Could not keep a copy of the unsaved changes"), error->message, NULL);
  return G_SOURCE_REMOVE;
}

/* After every edit, undo, redo and save. */
static void
history_state_cb (PlWindow *self)
{
  PlWindowEdit *edit = self->edit;

  if (edit->history != NULL && pl_history_get_dirty (edit->history))
    {
      if (edit->autosave_id == 0)
        edit->autosave_id = g_timeout_add (edit->autosave_interval, autosave_cb, self);
    }
  else
    delete_autosave (self);
}

static void
history_dirty_cb (PlWindow *self)
{
  history_state_cb (self);
  _pl_window_update_title (self);
}

void
_pl_window_edit_init (PlWindow *self)
{
  self->edit = g_new0 (PlWindowEdit, 1);
  self->edit->autosave_interval = AUTOSAVE_INTERVAL_MS;
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}

/* Closing without the question, as when the process ends, keeps the
 * autosave for the next start. */
void
_pl_window_edit_dispose (PlWindow *self)
{
  PlWindowEdit *edit = self->edit;

  if (edit == NULL)
    return;
  if (edit->close_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (edit->close_dialog));
  g_clear_weak_pointer (&edit->close_dialog);
  if (edit->recovery_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (edit->recovery_dialog));
  g_clear_weak_pointer (&edit->recovery_dialog);
  release_autosave (self);
  if (edit->history != NULL)
    g_signal_handlers_disconnect_by_data (edit->history, self);
  g_clear_object (&edit->history);
  g_clear_pointer (&self->edit, g_free);
}

/**
 * _pl_window_edit_set_briefing:
 * @briefing: (nullable): the briefing the window now shows
 *
 * Starts a new history for @briefing. Unsaved work on the briefing it
 * replaces is written to its autosave, which the next start offers back.
 */
void
_pl_window_edit_set_briefing (PlWindow *self,
                              PlBriefing *briefing)
{
  PlWindowEdit *edit = self->edit;

  if (edit->history != NULL && pl_history_get_briefing (edit->history) == briefing)
    return;

  if (edit->history != NULL)
    {
      if (pl_history_get_dirty (edit->history))
        {
          g_autoptr (GError) error = NULL;

          if (!write_autosave (self, &error))
            g_warning ("Could not keep the unsaved changes: %s", error->message);
          release_autosave (self);
        }
      else
        delete_autosave (self);
      g_signal_handlers_disconnect_by_data (edit->history, self);
      g_clear_object (&edit->history);
    }

  if (briefing == NULL)
    return;
  edit->history = pl_history_new (briefing);
  g_signal_connect_object (edit->history, "changed", G_CALLBACK (history_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (edit->history, "notify::dirty", G_CALLBACK (history_dirty_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (edit->history, "notify::can-undo", G_CALLBACK (_pl_window_actions_update), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (edit->history, "notify::can-redo", G_CALLBACK (_pl_window_actions_update), self,
                           G_CONNECT_SWAPPED);
}

/**
 * _pl_window_get_history:
 *
 * Returns: (transfer none) (nullable): the history of the briefing shown,
 *   through which editors make their changes
 */
PlHistory *
_pl_window_get_history (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);
  return self->edit != NULL ? self->edit->history : NULL;
}

gboolean
_pl_window_get_dirty (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), FALSE);
  return self->edit != NULL && self->edit->history != NULL && pl_history_get_dirty (self->edit->history);
}

/**
 * _pl_window_edit_dup_title:
 * @title: the briefing's title
 *
 * Returns: (transfer full): @title, marked when there are unsaved changes
 */
char *
_pl_window_edit_dup_title (PlWindow *self,
                           const char *title)
{
  if (!_pl_window_get_dirty (self))
    return g_strdup (title);
  /* Translators: the window title of a briefing with unsaved changes */
  return g_strdup_printf (_ ("• %s"), title);
}

/* Save and Save As. */

/**
 * _pl_window_edit_saved:
 * @history: the history of the briefing that was saved
 * @state: its state when the save began
 */
void
_pl_window_edit_saved (PlWindow *self,
                       PlHistory *history,
                       guint64 state)
{
  PlWindowEdit *edit = self->edit;

  if (edit == NULL || history != edit->history)
    return;
  pl_history_mark_saved_state (history, state);
  if (edit->close_after_save && !pl_history_get_dirty (history))
    gtk_window_close (GTK_WINDOW (self));
  edit->close_after_save = FALSE;
}

/* A save failed or was cancelled: the window stays open. */
void
_pl_window_edit_save_cancelled (PlWindow *self)
{
  if (self->edit != NULL)
    self->edit->close_after_save = FALSE;
}

/* Closing. */

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (PlWindow *self,
                   int response,
                   GtkDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  switch (response)
    {
    case GTK_RESPONSE_ACCEPT:
      self->edit->close_after_save = TRUE;
      gtk_widget_activate_action (GTK_WIDGET (self), "win.save", NULL);
      break;

    case GTK_RESPONSE_REJECT:
      delete_autosave (self);
      self->edit->close_confirmed = TRUE;
      /* Not during the dialog's response: it outlives its emission, and
       * must not outlive the window it is transient for. */
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
      break;

    default:
      break;
    }
}

static GtkWidget *
create_close_dialog (PlWindow *self)
{
  const char *title = pl_briefing_get_title (self->briefing);
  GtkWidget *dialog;
  GtkWidget *button;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   _ ("Save changes before closing?"));
  if (title != NULL && *title != '\0')
    /* Translators: %s is the briefing's title */
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                              _ ("“%s” has unsaved changes. If you close without saving, "
                                                 "they are lost."),
                                              title);
  else
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                              _ ("The briefing has unsaved changes. If you close without "
                                                 "saving, they are lost."));
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (button, "destructive-action");
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Save"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, G_CONNECT_SWAPPED);
  return dialog;
}

/**
 * _pl_window_edit_close_request:
 *
 * Returns: %TRUE to keep the window open, while asking whether to save
 */
gboolean
_pl_window_edit_close_request (PlWindow *self)
{
  PlWindowEdit *edit = self->edit;

  if (edit == NULL || edit->close_confirmed || !_pl_window_get_dirty (self))
    return FALSE;

  if (edit->close_dialog == NULL)
    g_set_weak_pointer (&edit->close_dialog, create_close_dialog (self));
  gtk_window_present (GTK_WINDOW (edit->close_dialog));
  return TRUE;
}

/* Recovery. */

typedef struct
{
  GFile *file;
  guint64 mtime;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  return ca->mtime < cb->mtime ? 1 : ca->mtime > cb->mtime ? -1
                                                           : 0;
}

/* The newest autosave no window owns, or NULL. */
static GFile *
find_autosave (guint64 *mtime)
{
  g_autoptr (GFile) dir = get_autosave_dir ();
  g_autoptr (GFileEnumerator) children = NULL;
  g_autoptr (GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  GFile *found = NULL;
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      Candidate candidate = { g_file_get_child (dir, g_file_info_get_name (info)),
                              g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) };

      if (g_str_has_suffix (g_file_info_get_name (info), AUTOSAVE_EXTENSION) && !is_in_use (candidate.file))
        g_array_append_val (candidates, candidate);
      else
        g_object_unref (candidate.file);
      g_object_unref (info);
    }

  g_array_sort (candidates, compare_candidates);
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      if (i == 0)
        {
          found = g_steal_pointer (&candidate->file);
          *mtime = candidate->mtime;
        }
      g_clear_object (&candidate->file);
    }
  return found;
}

static GFile *
read_origin (GFile *autosave)
{
  g_autoptr (GFile) origin = get_origin_file (autosave);
  g_autofree char *uri = NULL;

  if (!g_file_load_contents (origin, NULL, &uri, NULL, NULL, NULL))
    return NULL;
  g_strstrip (uri);
  return *uri != '\0' ? g_file_new_for_uri (uri) : NULL;
}

/* The window to show a recovered briefing in: this one, when it shows
 * nothing of the user's, else a new one. */
static PlWindow *
get_recovery_window (PlWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  PlWindow *window;

  if ((self->briefing == NULL || self->is_builtin) && self->n_busy == 0 && !_pl_window_get_dirty (self))
    return self;
  window = pl_window_new (PL_APPLICATION (app));
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
recover (PlWindow *self,
         GFile *file,
         PlBriefing *briefing)
{
  g_autoptr (GFile) origin = read_origin (file);
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  PlWindow *window = get_recovery_window (self);

  if (origin != NULL && pl_file_types_is_briefing (origin))
    g_ptr_array_add (files, g_object_ref (origin));
  _pl_window_show_loaded (window, briefing, files);

  /* The window takes the autosave over: it is kept up to date, and goes
   * when the work is saved or discarded. */
  release_autosave (window);
  window->edit->autosave_file = g_object_ref (file);
  set_in_use (file, TRUE);
  pl_history_mark_unsaved (window->edit->history);
}

static void
recovery_response_cb (PlWindow *self,
                      int response,
                      GtkDialog *dialog)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "pl-file");
  PlBriefing *briefing = g_object_get_data (G_OBJECT (dialog), "pl-briefing");
  gboolean next = FALSE;

  g_object_ref (dialog);
  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response == GTK_RESPONSE_ACCEPT)
    recover (self, file, briefing);
  else if (response == GTK_RESPONSE_REJECT)
    {
      set_in_use (file, FALSE);
      delete_autosave_file (file);
      next = TRUE;
    }
  else
    /* Kept for the next start. */
    set_in_use (file, FALSE);
  g_object_unref (dialog);

  if (next)
    _pl_window_offer_recovery (self);
}

static char *
dup_mtime_text (guint64 mtime)
{
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_local ((gint64) mtime);

  /* Translators: when an autosave was written, a g_date_time_format() format */
  return time != NULL ? g_date_time_format (time, _ ("%-d %B %Y at %H:%M")) : g_strdup ("?");
}

static GtkWidget *
create_recovery_dialog (PlWindow *self,
                        PlBriefing *briefing,
                        guint64 mtime)
{
  g_autofree char *when = dup_mtime_text (mtime);
  const char *title = pl_briefing_get_title (briefing);
  GtkWidget *dialog;
  GtkWidget *button;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is a date and time */
                                   _ ("Recover unsaved changes from %s?"), when);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            /* Translators: %s is the briefing's title */
                                            _ ("Phaseline closed before changes to “%s” were saved. "
                                               "Recovering opens them as an unsaved briefing."),
                                            title != NULL && *title != '\0' ? title : _ ("Untitled Briefing"));
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Discard"), GTK_RESPONSE_REJECT);
  gtk_widget_add_css_class (button, "destructive-action");
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Recover"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  return dialog;
}

/**
 * _pl_window_offer_recovery:
 *
 * Looks for the newest autosave no window owns and, when there is one,
 * asks whether to recover it. The first window shown does this once.
 *
 * Returns: whether it asked
 */
gboolean
_pl_window_offer_recovery (PlWindow *self)
{
  PlWindowEdit *edit = self->edit;
  g_autoptr (GFile) file = NULL;
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (GError) error = NULL;
  guint64 mtime = 0;
  GtkWidget *dialog;

  if (edit == NULL || edit->recovery_dialog != NULL)
    return FALSE;

  /* One that cannot be read is left alone, not deleted. */
  while ((file = find_autosave (&mtime)) != NULL &&
         (briefing = pl_load_file (file, NULL, &error)) == NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      g_warning ("Could not read the autosave %s: %s", path, error->message);
      g_clear_error (&error);
      /* Skipped until the process ends. */
      set_in_use (file, TRUE);
      g_clear_object (&file);
    }
  if (file == NULL)
    return FALSE;

  /* While it is offered, no other window offers it too. */
  set_in_use (file, TRUE);
  dialog = create_recovery_dialog (self, briefing, mtime);
  g_object_set_data_full (G_OBJECT (dialog), "pl-file", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "pl-briefing", g_object_ref (briefing), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recovery_response_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&edit->recovery_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static gboolean
offer_recovery_idle_cb (gpointer user_data)
{
  PlWindow *self = PL_WINDOW (user_data);

  if (!self->disposed)
    _pl_window_offer_recovery (self);
  return G_SOURCE_REMOVE;
}

/* The first window shown looks for autosaves once it is on screen. */
static void
map_cb (PlWindow *self)
{
  if (recovery_checked)
    return;
  recovery_checked = TRUE;
  g_idle_add_full (G_PRIORITY_LOW, offer_recovery_idle_cb, g_object_ref (self), g_object_unref);
}

/* For tests. */

void
_pl_window_set_autosave_interval (PlWindow *self,
                                  guint interval_ms)
{
  self->edit->autosave_interval = interval_ms;
}

GFile *
_pl_window_get_autosave_file (PlWindow *self)
{
  return self->edit->autosave_file;
}

GtkWidget *
_pl_window_get_close_dialog (PlWindow *self)
{
  return self->edit->close_dialog;
}

GtkWidget *
_pl_window_get_recovery_dialog (PlWindow *self)
{
  return self->edit->recovery_dialog;
}
