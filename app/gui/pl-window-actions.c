/* pl-window-actions.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindowActions"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "pl-export.h"
#include "pl-file-types.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-print.h"
#include "pl-window-private.h"

#define BRIEFING_EXTENSION ".phaseline"

typedef enum
{
  WRITE_SAVE,
  WRITE_EXPORT,
} WriteKind;

/* What a write needs in its thread. The contents are made in the main
 * thread, since the briefing belongs to it. */
typedef struct
{
  GFile *file;        /* owned */
  GBytes *bytes;      /* owned */
  PlHistory *history; /* owned, nullable: of the briefing saved */
  guint64 state;      /* of the history when the bytes were made */
  WriteKind kind;
} WriteData;

/* What to do with a file the user chose once any overwrite is confirmed. */
typedef void (*FileChosenFunc) (PlWindow *self,
                                GFile *file);

static void
write_data_free (WriteData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_clear_object (&data->history);
  g_free (data);
}

static void
show_write_error (PlWindow *self,
                  WriteKind kind,
                  GFile *file,
                  const char *cause)
{
  g_autofree char *display = pl_file_dup_display (file);
  g_autofree char *message = g_strdup_printf ("%s: %s", display, cause);

  _pl_window_show_error (self,
                         kind == WRITE_SAVE ? _ ("Could not save the briefing")
                                            : _ ("Could not export the briefing"),
                         message, NULL);
}

static void
write_thread (GTask *task,
              gpointer source_object,
              gpointer task_data,
              GCancellable *cancellable)
{
  WriteData *data = task_data;
  GError *error = NULL;

  if (pl_file_replace (data->file, data->bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_finished_cb (GObject *object,
                   GAsyncResult *result,
                   gpointer user_data)
{
  PlWindow *self = PL_WINDOW (object);
  WriteData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr (GError) error = NULL;
  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  /* A closed window has nothing left to tell. */
  if (!self->disposed && !written)
    {
      show_write_error (self, data->kind, data->file, error->message);
      if (data->kind == WRITE_SAVE)
        _pl_window_edit_save_cancelled (self);
    }
  else if (!self->disposed && data->kind == WRITE_SAVE)
    {
      _pl_window_set_file (self, data->file);
      _pl_window_add_recent (self, data->file);
    }
  _pl_window_end_busy (self);
  /* Last: a save asked for on closing closes the window. */
  if (!self->disposed && written && data->kind == WRITE_SAVE)
    _pl_window_edit_saved (self, data->history, data->state);
}

static void
write_in_thread (PlWindow *self,
                 GFile *file,
                 GBytes *bytes,
                 WriteKind kind)
{
  g_autoptr (GTask) task = g_task_new (self, NULL, write_finished_cb, NULL);
  WriteData *data = g_new0 (WriteData, 1);
  PlHistory *history = _pl_window_get_history (self);

  data->file = g_object_ref (file);
  data->bytes = g_bytes_ref (bytes);
  data->kind = kind;
  if (history != NULL)
    {
      data->history = g_object_ref (history);
      data->state = pl_history_get_state (history);
    }
  g_task_set_source_tag (task, write_in_thread);
  g_task_set_task_data (task, data, (GDestroyNotify) write_data_free);
  _pl_window_begin_busy (self);
  g_task_run_in_thread (task, write_thread);
}

/* A file name from the briefing's title, without extension. */
static char *
dup_suggested_name (PlWindow *self)
{
  const char *title = pl_briefing_get_title (self->briefing);
  g_autofree char *name = NULL;

  if (title == NULL || *title == '\0')
    return g_strdup (_ ("Briefing"));

  name = g_utf8_substring (title, 0, MIN (g_utf8_strlen (title, -1), 80));
  g_strdelimit (name, "/\\", '-');
  g_strstrip (name);
  return *name != '\0' && *name != '.' ? g_steal_pointer (&name) : g_strdup (_ ("Briefing"));
}

static gboolean
has_extension (const char *name,
               const char *extension)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return g_str_has_suffix (lower, extension) && strlen (lower) > strlen (extension);
}

static GtkFileFilter *
create_briefing_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _ ("Phaseline briefings"));
  gtk_file_filter_add_suffix (filter, &BRIEFING_EXTENSION[1]);
  gtk_file_filter_add_mime_type (filter, PL_FORMAT_MIME_TYPE);
  return filter;
}

static GtkFileChooser *
create_chooser (PlWindow *self,
                const char *title,
                GtkFileChooserAction action,
                const char *accept_label)
{
  GtkFileChooserNative *chooser =
      gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, _ ("_Cancel"));
  g_autoptr (GFile) folder = _pl_window_get_folder (self);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  return GTK_FILE_CHOOSER (chooser);
}

/* The window keeps the chooser alive while it is shown. */
static void
show_chooser (PlWindow *self,
              GtkFileChooser *chooser,
              GCallback response_cb)
{
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  self->file_chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect_object (chooser, "response", response_cb, self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->file_chooser);
}

static GtkNativeDialog *
take_chooser (PlWindow *self,
              GtkNativeDialog *dialog)
{
  g_return_val_if_fail (self->file_chooser == dialog, g_object_ref (dialog));
  return g_steal_pointer (&self->file_chooser);
}

static void
overwrite_response_cb (PlWindow *self,
                       int response,
                       GtkDialog *dialog)
{
  FileChosenFunc func = g_object_get_data (G_OBJECT (dialog), "pl-file-chosen");
  GFile *file = g_object_get_data (G_OBJECT (dialog), "pl-file");

  if (response == GTK_RESPONSE_ACCEPT)
    func (self, file);
  else
    _pl_window_edit_save_cancelled (self);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
confirm_overwrite (PlWindow *self,
                   GFile *file,
                   FileChosenFunc func)
{
  g_autofree char *name = g_file_get_basename (file);
  GtkWidget *dialog;
  GtkWidget *replace;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is a file name */
                                   _ ("Replace “%s”?"), name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            _ ("A file with this name already exists. Replacing it overwrites its contents."));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  replace = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Replace"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (replace, "destructive-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);

  g_object_set_data_full (G_OBJECT (dialog), "pl-file", g_object_ref (file), g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "pl-file-chosen", func);
  g_signal_connect_object (dialog, "response", G_CALLBACK (overwrite_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Adds @extension when the chosen name has none it knows. The chooser only
 * asked about overwriting the name as typed, so ask again for the new one. */
static void
use_chosen_file (PlWindow *self,
                 GFile *chosen,
                 const char *extension,
                 FileChosenFunc func)
{
  g_autofree char *name = g_file_get_basename (chosen);
  g_autofree char *full_name = NULL;
  g_autoptr (GFile) parent = NULL;
  g_autoptr (GFile) file = NULL;

  if (extension == NULL || name == NULL)
    {
      func (self, chosen);
      return;
    }

  full_name = g_strconcat (name, extension, NULL);
  parent = g_file_get_parent (chosen);
  file = parent != NULL ? g_file_get_child (parent, full_name) : g_object_ref (chosen);
  if (g_file_query_exists (file, NULL))
    confirm_overwrite (self, file, func);
  else
    func (self, file);
}

static void
open_response_cb (PlWindow *self,
                  int response,
                  GtkNativeDialog *dialog)
{
  g_autoptr (GtkNativeDialog) chooser = take_chooser (self, dialog);
  g_autoptr (GListModel) files = NULL;
  g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  if (response != GTK_RESPONSE_ACCEPT)
    return;

  files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (array, g_list_model_get_item (files, i));
  if (array->len > 0)
    pl_window_open (self, (GFile **) array->pdata, array->len);
}

static void
open_action (GtkWidget *widget,
             const char *action_name,
             GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  GtkFileChooser *chooser = create_chooser (self, _ ("Open Briefings or Articles"),
                                            GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"));

  /* Several files make one briefing, their articles its sources. */
  gtk_file_chooser_set_select_multiple (chooser, TRUE);
  pl_file_types_add_open_filters (chooser);
  show_chooser (self, chooser, G_CALLBACK (open_response_cb));
}

static void
open_recent_action (GtkWidget *widget,
                    const char *action_name,
                    GVariant *parameter)
{
  g_autoptr (GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  pl_window_open (PL_WINDOW (widget), &file, 1);
}

static void
cancel_open_action (GtkWidget *widget,
                    const char *action_name,
                    GVariant *parameter)
{
  _pl_window_cancel_load (PL_WINDOW (widget));
}

static void
save_as_response_cb (PlWindow *self,
                     int response,
                     GtkNativeDialog *dialog)
{
  g_autoptr (GtkNativeDialog) chooser = take_chooser (self, dialog);
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->briefing == NULL)
    {
      _pl_window_edit_save_cancelled (self);
      return;
    }

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  use_chosen_file (self, file, has_extension (name, BRIEFING_EXTENSION) ? NULL : BRIEFING_EXTENSION,
                   _pl_window_save_to_file);
}

static void
save_as_action (GtkWidget *widget,
                const char *action_name,
                GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  GtkFileChooser *chooser = create_chooser (self, _ ("Save Briefing"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                            _ ("_Save"));
  g_autoptr (GtkFileFilter) briefings = create_briefing_filter ();
  g_autofree char *name = dup_suggested_name (self);
  g_autofree char *file_name = g_strconcat (name, BRIEFING_EXTENSION, NULL);

  gtk_file_chooser_add_filter (chooser, briefings);
  gtk_file_chooser_set_current_name (chooser, file_name);
  show_chooser (self, chooser, G_CALLBACK (save_as_response_cb));
}

static void
save_action (GtkWidget *widget,
             const char *action_name,
             GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  GFile *file = _pl_window_get_file (self);

  /* The built-in briefing and merged files have nowhere to go back to. */
  if (file == NULL)
    save_as_action (widget, "win.save-as", NULL);
  else
    _pl_window_save_to_file (self, file);
}

static void
export_response_cb (PlWindow *self,
                    int response,
                    GtkNativeDialog *dialog)
{
  g_autoptr (GtkNativeDialog) chooser = take_chooser (self, dialog);
  g_autoptr (GFile) file = NULL;
  g_autofree char *name = NULL;
  GtkFileFilter *filter;
  const PlExporter *exporter = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->briefing == NULL)
    return;

  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));

  /* The extension typed decides the format; else the format picked does.
   * A PDF holds what its filter says, else what its name says. */
  if (name != NULL && pl_exporter_for_name (name) == NULL && filter != NULL)
    exporter = g_object_get_data (G_OBJECT (filter), "pl-exporter");
  self->export_content = filter != NULL ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (filter), "pl-content"))
                                        : PL_EXPORT_CONTENT_AUTO;
  use_chosen_file (self, file, exporter != NULL ? exporter->extension : NULL,
                   _pl_window_export_to_file);
}

/* Returns: (transfer none): the filter, which @chooser holds */
static GtkFileFilter *
add_export_filter (GtkFileChooser *chooser,
                   const PlExporter *exporter,
                   const char *description,
                   PlExportContent content)
{
  g_autoptr (GtkFileFilter) filter = gtk_file_filter_new ();
  /* Translators: a file format and its extension, as in “JSON data (.json)” */
  g_autofree char *filter_name = g_strdup_printf (_ ("%s (%s)"), description, exporter->extension);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_suffix (filter, exporter->extension + 1);
  g_object_set_data (G_OBJECT (filter), "pl-exporter", (gpointer) exporter);
  g_object_set_data (G_OBJECT (filter), "pl-content", GINT_TO_POINTER (content));
  gtk_file_chooser_add_filter (chooser, filter);
  return filter;
}

/* One filter per output format, and one per thing a PDF can hold; the one
 * picked adds its extension when the name typed has none. The summary, the
 * usual handout, is picked first. */
static void
add_export_filters (GtkFileChooser *chooser)
{
  guint n_exporters;
  const PlExporter *exporters = pl_exporters_get_all (&n_exporters);

  for (guint i = 0; i < n_exporters; i++)
    {
      if (!g_str_equal (exporters[i].extension, ".pdf"))
        {
          add_export_filter (chooser, &exporters[i], _ (exporters[i].description), PL_EXPORT_CONTENT_AUTO);
          continue;
        }
      gtk_file_chooser_set_filter (chooser, add_export_filter (chooser, &exporters[i], _ ("Printable summary"),
                                                               PL_EXPORT_CONTENT_SUMMARY));
      add_export_filter (chooser, &exporters[i], _ ("Slides"), PL_EXPORT_CONTENT_SLIDES);
      add_export_filter (chooser, &exporters[i], _ ("Whole timeline"), PL_EXPORT_CONTENT_TIMELINE);
    }
}

static void
export_action (GtkWidget *widget,
               const char *action_name,
               GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  GtkFileChooser *chooser = create_chooser (self, _ ("Export Briefing"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                            _ ("_Export"));
  g_autofree char *name = dup_suggested_name (self);

  add_export_filters (chooser);
  gtk_file_chooser_set_current_name (chooser, name);
  show_chooser (self, chooser, G_CALLBACK (export_response_cb));
}

/* File → Print: the briefing's summary (pl-print.c). */
static void
print_action (GtkWidget *widget,
              const char *action_name,
              GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  if (self->briefing != NULL)
    pl_print_run (GTK_WINDOW (self), self->briefing);
}

static void
present_action (GtkWidget *widget,
                const char *action_name,
                GVariant *parameter)
{
  _pl_window_present (PL_WINDOW (widget));
}

static void
undo_action (GtkWidget *widget,
             const char *action_name,
             GVariant *parameter)
{
  PlHistory *history = _pl_window_get_history (PL_WINDOW (widget));

  if (history != NULL)
    pl_history_undo (history);
}

static void
redo_action (GtkWidget *widget,
             const char *action_name,
             GVariant *parameter)
{
  PlHistory *history = _pl_window_get_history (PL_WINDOW (widget));

  if (history != NULL)
    pl_history_redo (history);
}

static void
timeline_zoom_in_action (GtkWidget *widget,
                         const char *action_name,
                         GVariant *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (PL_WINDOW (widget)->timeline_view), "timeline.zoom-in", NULL);
}

static void
timeline_zoom_out_action (GtkWidget *widget,
                          const char *action_name,
                          GVariant *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (PL_WINDOW (widget)->timeline_view), "timeline.zoom-out", NULL);
}

static void
timeline_zoom_fit_action (GtkWidget *widget,
                          const char *action_name,
                          GVariant *parameter)
{
  gtk_widget_activate_action (GTK_WIDGET (PL_WINDOW (widget)->timeline_view), "timeline.zoom-fit", NULL);
}

void
_pl_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-open", NULL, cancel_open_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_property_action (widget_class, "win.toggle-sidebar", "sidebar-visible");
  /* The toolbar above the timeline, a sibling the timeline's own actions
   * do not reach. */
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-in", NULL, timeline_zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-out", NULL, timeline_zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-fit", NULL, timeline_zoom_fit_action);
  gtk_widget_class_install_property_action (widget_class, "win.timeline-mode", "timeline-mode");

  /* Escape stops opening, as in a web browser; popovers and dialogs take
   * it first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-open", NULL);
  /* A text field being edited takes these first, for its own undo. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
}

/* The one place that decides which window actions are enabled. */
void
_pl_window_actions_update (PlWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_briefing = self->briefing != NULL;
  PlHistory *history = _pl_window_get_history (self);

  gtk_widget_action_set_enabled (widget, "win.cancel-open", self->load_cancellable != NULL);
  gtk_widget_action_set_enabled (widget, "win.save", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.save-as", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.export", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.undo", history != NULL && pl_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", history != NULL && pl_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.toggle-sidebar", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.timeline-zoom-in", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.timeline-zoom-out", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.timeline-zoom-fit", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.timeline-mode", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.print", has_briefing);
  gtk_widget_action_set_enabled (widget, "win.present", has_briefing);
}

/**
 * _pl_window_save_to_file:
 * @file: where to write the briefing as a .phaseline file
 *
 * What Save and Save As do once they know the file. On success @file
 * becomes the window's file.
 */
void
_pl_window_save_to_file (PlWindow *self,
                         GFile *file)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* What is being typed in the details panel is part of what is saved. */
  pl_details_panel_commit (self->details_panel);
  g_return_if_fail (self->briefing != NULL);

  bytes = pl_format_write (self->briefing);
  write_in_thread (self, file, bytes, WRITE_SAVE);
}

/**
 * _pl_window_export_to_file:
 * @file: where to write; its extension selects the format
 *
 * What Export does once it knows the file.
 */
void
_pl_window_export_to_file (PlWindow *self,
                           GFile *file)
{
  g_autofree char *display = NULL;
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  const PlExporter *exporter;
  PlExportOptions options = { 0 };

  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->briefing != NULL);

  display = pl_file_dup_display (file);
  if (!pl_export_check_name (display, &error))
    {
      _pl_window_show_error (self, _ ("Could not export the briefing"), error->message, NULL);
      return;
    }

  exporter = pl_exporter_for_name (display);
  options.content = pl_export_content_for_name (display, self->export_content);
  self->export_content = PL_EXPORT_CONTENT_AUTO;
  bytes = exporter->write (self->briefing, &options, &error);
  if (bytes == NULL)
    show_write_error (self, WRITE_EXPORT, file, error->message);
  else
    write_in_thread (self, file, bytes, WRITE_EXPORT);
}
