/* pl-window-load.c: opening and adding files in a worker thread.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The worker only touches what its LoadData holds; the window and the
 * briefing it shows stay in the main thread. Progress goes back to the
 * main thread in small ProgressUpdates, at most one per percent.
 */

#define G_LOG_DOMAIN "PlWindowLoad"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-diagnostic.h"
#include "pl-file.h"
#include "pl-loader.h"
#include "pl-window-private.h"

/* The smallest change of the fraction worth telling the main thread. */
#define PROGRESS_STEP 0.01

/* What a load needs in its thread and leaves for the main thread. */
typedef struct
{
  GPtrArray *files;       /* owned, of GFile: the files to read */
  GPtrArray *diagnostics; /* owned, of PlDiagnostic */
  PlBriefing *base;       /* owned, nullable: a copy to add the files to */
  GPtrArray *base_files;  /* owned, nullable, of GFile: where it came from */
  double last_reported;   /* the worker's own */
} LoadData;

typedef struct
{
  GTask *task; /* owned */
  double fraction;
} ProgressUpdate;

static void
load_data_free (LoadData *data)
{
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_clear_pointer (&data->diagnostics, g_ptr_array_unref);
  g_clear_object (&data->base);
  g_clear_pointer (&data->base_files, g_ptr_array_unref);
  g_free (data);
}

static GPtrArray *
copy_files (GFile **files,
            guint n_files)
{
  GPtrArray *array = g_ptr_array_new_full (n_files, g_object_unref);

  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (array, g_object_ref (files[i]));
  return array;
}

static void
append_files (GPtrArray *files,
              GPtrArray *more)
{
  for (guint i = 0; more != NULL && i < more->len; i++)
    g_ptr_array_add (files, g_object_ref (g_ptr_array_index (more, i)));
}

static void
progress_update_free (ProgressUpdate *update)
{
  g_clear_object (&update->task);
  g_free (update);
}

static gboolean
is_current (PlWindow *self,
            GTask *task)
{
  return self->load_cancellable != NULL && g_task_get_cancellable (task) == self->load_cancellable;
}

/* In the main thread. */
static gboolean
apply_progress_cb (gpointer user_data)
{
  ProgressUpdate *update = user_data;
  PlWindow *self = g_task_get_source_object (update->task);

  /* A load replaced, cancelled or finished has nothing more to show. */
  if (self->disposed || !is_current (self, update->task))
    return G_SOURCE_REMOVE;

  self->n_progress_updates++;
  self->progress_fraction = update->fraction;
  _pl_window_update_progress (self);
  return G_SOURCE_REMOVE;
}

/* In the worker thread. */
static void
progress_cb (double fraction,
             gpointer user_data)
{
  GTask *task = user_data;
  LoadData *data = g_task_get_task_data (task);
  ProgressUpdate *update;

  if (fraction < 1.0 && fraction - data->last_reported < PROGRESS_STEP)
    return;

  data->last_reported = fraction;
  update = g_new0 (ProgressUpdate, 1);
  update->task = g_object_ref (task);
  update->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, apply_progress_cb,
                              update, (GDestroyNotify) progress_update_free);
}

static void
load_thread (GTask *task,
             gpointer source_object,
             gpointer task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  g_autoptr (PlBriefing) briefing = NULL;

  /* The base, if any, is this thread's own copy of the briefing shown:
   * dropped articles are added to it, their phases matched with its. */
  briefing = pl_load_files_full (data->base, (GFile **) data->files->pdata, data->files->len,
                                 cancellable, progress_cb, task, data->diagnostics, &error);
  if (briefing == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&briefing), g_object_unref);
}

/* Ends what the window shows of the current load. */
static void
end_load (PlWindow *self)
{
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  self->progress_shown = FALSE;
  _pl_window_update_progress (self);
  _pl_window_actions_update (self);
}

static void
show_load_result (PlWindow *self,
                  PlBriefing *briefing,
                  GError *error,
                  LoadData *data)
{
  g_autoptr (GPtrArray) files = NULL;

  if (briefing == NULL)
    {
      /* The briefing shown before, if any, stays. */
      _pl_window_show_error (self,
                             data->base != NULL ? _ ("Could not add to the briefing")
                                                : _ ("Could not open the briefing"),
                             error->message, data->diagnostics);
      return;
    }

  for (guint i = 0; i < data->files->len; i++)
    _pl_window_add_recent (self, g_ptr_array_index (data->files, i));

  /* Added files join those the briefing came from. */
  files = g_ptr_array_new_with_free_func (g_object_unref);
  append_files (files, data->base_files);
  append_files (files, data->files);
  _pl_window_show_loaded (self, briefing, files);
}

static void
load_finished_cb (GObject *object,
                  GAsyncResult *result,
                  gpointer user_data)
{
  PlWindow *self = PL_WINDOW (object);
  GTask *task = G_TASK (result);
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (GError) error = NULL;

  briefing = g_task_propagate_pointer (task, &error);
  if (!self->disposed && is_current (self, task))
    end_load (self);

  /* A load cancelled, by the user or by a newer one, changes nothing; nor
   * does one that finishes after the window closed. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && !self->disposed)
    show_load_result (self, briefing, error, g_task_get_task_data (task));
  _pl_window_end_busy (self);
}

static void
show_progress_cb (gpointer user_data)
{
  PlWindow *self = user_data;

  self->progress_timeout_id = 0;
  self->progress_shown = TRUE;
  _pl_window_update_progress (self);
}

/* “Opening “feed.xml”…” above the progress bar. */
static char *
dup_progress_text (GFile **files,
                   guint n_files,
                   gboolean add)
{
  g_autofree char *display = NULL;
  g_autofree char *name = NULL;

  if (n_files > 1)
    return g_strdup_printf (add ? ngettext ("Adding %u file…", "Adding %u files…", n_files)
                                : ngettext ("Opening %u file…", "Opening %u files…", n_files),
                            n_files);

  display = pl_file_dup_display (files[0]);
  name = g_path_get_basename (display);
  /* Translators: %s is a file name */
  return g_strdup_printf (add ? _ ("Adding “%s”…") : _ ("Opening “%s”…"), name);
}

static void
begin_load (PlWindow *self,
            GFile **files,
            guint n_files,
            gboolean add)
{
  g_autofree char *text = dup_progress_text (files, n_files, add);

  _pl_window_cancel_load (self);
  self->load_cancellable = g_cancellable_new ();
  self->progress_fraction = 0;
  self->progress_timeout_id = g_timeout_add_once (self->progress_delay, show_progress_cb, self);

  gtk_label_set_label (self->progress_label, text);
  gtk_label_set_label (self->loading_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->progress_label), text);
  _pl_window_update_progress (self);
  _pl_window_begin_busy (self);
  _pl_window_actions_update (self);
}

/**
 * _pl_window_load_files:
 * @files: (array length=n_files): the files to read, into one briefing
 * @add: whether to add their articles to the briefing shown, as new
 *   sources, instead of replacing it
 *
 * Starts loading @files in a worker thread, stopping any load already
 * under way. On success the window shows the result; on failure it keeps
 * its briefing and says what went wrong; cancelled, it keeps it quietly.
 */
void
_pl_window_load_files (PlWindow *self,
                       GFile **files,
                       guint n_files,
                       gboolean add)
{
  g_autoptr (GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (files != NULL && n_files > 0);
  g_return_if_fail (!add || self->briefing != NULL);

  begin_load (self, files, n_files, add);

  data = g_new0 (LoadData, 1);
  data->files = copy_files (files, n_files);
  data->diagnostics = pl_diagnostics_new ();
  data->last_reported = -1;
  if (add)
    {
      /* Merging into an empty briefing copies it; the worker gets the copy
       * and the briefing shown stays in this thread. */
      data->base = pl_briefing_new ();
      pl_briefing_merge (data->base, self->briefing);
      data->base_files = copy_files ((GFile **) self->files->pdata, self->files->len);
    }

  task = g_task_new (self, self->load_cancellable, load_finished_cb, NULL);
  g_task_set_source_tag (task, _pl_window_load_files);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * _pl_window_cancel_load:
 *
 * Stops the load under way, if any, leaving the window as it was.
 */
void
_pl_window_cancel_load (PlWindow *self)
{
  if (self->load_cancellable == NULL)
    return;

  g_cancellable_cancel (self->load_cancellable);
  end_load (self);
}

/**
 * _pl_window_update_progress:
 *
 * Shows how far the load is, once it took long enough to be worth it: on
 * the loading page when nothing else is shown, else in a bar above the
 * briefing.
 */
void
_pl_window_update_progress (PlWindow *self)
{
  gboolean on_loading_page = self->briefing == NULL;

  gtk_progress_bar_set_fraction (self->progress_bar, self->progress_fraction);
  gtk_progress_bar_set_fraction (self->loading_progress_bar, self->progress_fraction);
  gtk_revealer_set_reveal_child (self->progress_revealer, self->progress_shown && !on_loading_page);
  gtk_widget_set_visible (self->loading_progress_box, self->progress_shown);
}

void
_pl_window_set_progress_delay (PlWindow *self,
                               guint delay_ms)
{
  self->progress_delay = delay_ms;
}

gboolean
_pl_window_get_progress_visible (PlWindow *self)
{
  return self->progress_shown;
}

guint
_pl_window_get_n_progress_updates (PlWindow *self)
{
  return self->n_progress_updates;
}
