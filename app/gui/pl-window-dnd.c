/* pl-window-dnd.c: files dropped on the window.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindowDnd"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-file.h"
#include "pl-window-private.h"

static void
open_in_new_window (PlWindow *self,
                    GPtrArray *files)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  PlWindow *window;

  g_return_if_fail (PL_IS_APPLICATION (app));

  window = pl_window_new (PL_APPLICATION (app));
  pl_window_open (window, (GFile **) files->pdata, files->len);
  gtk_window_present (GTK_WINDOW (window));
}

static void
apply_choice (PlWindow *self,
              PlDropChoice choice,
              GPtrArray *files)
{
  switch (choice)
    {
    case PL_DROP_CHOICE_ADD:
      /* The briefing may have gone while the dialog was up. */
      if (_pl_window_can_add_files (self))
        _pl_window_load_files (self, (GFile **) files->pdata, files->len, TRUE);
      else
        pl_window_open (self, (GFile **) files->pdata, files->len);
      break;

    case PL_DROP_CHOICE_NEW_WINDOW:
      open_in_new_window (self, files);
      break;

    case PL_DROP_CHOICE_ASK:
    case PL_DROP_CHOICE_CANCEL:
    default:
      break;
    }
}

static void
ask_response_cb (PlWindow *self,
                 int response,
                 GtkDialog *dialog)
{
  g_autoptr (GPtrArray) files = g_object_steal_data (G_OBJECT (dialog), "pl-files");

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (files != NULL && (response == PL_DROP_CHOICE_ADD || response == PL_DROP_CHOICE_NEW_WINDOW))
    apply_choice (self, (PlDropChoice) response, files);
}

static char *
dup_first_name (GPtrArray *files)
{
  g_autofree char *display = pl_file_dup_display (g_ptr_array_index (files, 0));

  return g_path_get_basename (display);
}

static GtkWidget *
create_ask_dialog (PlWindow *self,
                   GPtrArray *files)
{
  g_autofree char *name = dup_first_name (files);
  g_autofree char *text = NULL;
  GtkWidget *dialog;
  GtkWidget *add;

  if (files->len == 1)
    /* Translators: %s is the name of a file dropped on the window */
    text = g_strdup_printf (_ ("Add “%s” to This Briefing?"), name);
  else
    text = g_strdup_printf (ngettext ("Add %u File to This Briefing?", "Add %u Files to This Briefing?",
                                      files->len),
                            files->len);

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s", text);
  gtk_message_dialog_format_secondary_text (
      GTK_MESSAGE_DIALOG (dialog), "%s",
      ngettext ("Its articles can become new sources of the briefing shown, or a briefing of their own in a new window.",
                "Their articles can become new sources of the briefing shown, or a briefing of their own in a new window.",
                files->len));
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Cancel"), GTK_RESPONSE_CANCEL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("Open in New _Window"), PL_DROP_CHOICE_NEW_WINDOW);
  add = gtk_dialog_add_button (GTK_DIALOG (dialog), _ ("_Add to This Briefing"), PL_DROP_CHOICE_ADD);
  gtk_widget_add_css_class (add, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), PL_DROP_CHOICE_ADD);
  return dialog;
}

static void
ask_what_to_do (PlWindow *self,
                GPtrArray *files)
{
  GtkWidget *dialog = create_ask_dialog (self, files);

  /* A second drop replaces the question. */
  if (self->drop_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->drop_dialog));
  g_set_weak_pointer (&self->drop_dialog, dialog);

  g_object_set_data_full (G_OBJECT (dialog), "pl-files", g_ptr_array_ref (files),
                          (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (ask_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_drop_hint_visible (PlWindow *self,
                       gboolean visible)
{
  gboolean can_add = _pl_window_can_add_files (self);

  gtk_label_set_label (self->drop_hint_title, can_add ? _ ("Add or Open Files") : _ ("Open Files"));
  gtk_label_set_label (self->drop_hint_detail,
                       can_add ? _ ("Add their articles to this briefing, or open them in a new window")
                               : _ ("Phaseline briefings, web pages, plain text and feeds"));
  gtk_widget_set_visible (self->drop_hint, visible);
}

static GdkDragAction
drop_enter_cb (PlWindow *self,
               double x,
               double y)
{
  set_drop_hint_visible (self, TRUE);
  return GDK_ACTION_COPY;
}

static void
drop_leave_cb (PlWindow *self)
{
  set_drop_hint_visible (self, FALSE);
}

static gboolean
drop_cb (PlWindow *self,
         const GValue *value,
         double x,
         double y)
{
  GdkFileList *list = g_value_get_boxed (value);
  GSList *files = list != NULL ? gdk_file_list_get_files (list) : NULL;

  set_drop_hint_visible (self, FALSE);
  _pl_window_drop_files (self, files);
  g_slist_free (files);
  return TRUE;
}

/**
 * _pl_window_dnd_init:
 *
 * Lets files be dropped anywhere on the window.
 */
void
_pl_window_dnd_init (PlWindow *self)
{
  GtkDropTarget *target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

/**
 * _pl_window_can_add_files:
 *
 * Returns: whether the window shows a briefing files can be added to: one
 *   of the user's with something in it, not the built-in example
 */
gboolean
_pl_window_can_add_files (PlWindow *self)
{
  return self->briefing != NULL && !self->is_builtin && pl_briefing_get_n_items (self->briefing) > 0;
}

/**
 * _pl_window_drop_files:
 * @files: (element-type GFile): the files dropped
 *
 * Opens @files in place of an example or of nothing; with a briefing of
 * the user's shown, asks whether to add them to it or to open them in a
 * new window.
 */
void
_pl_window_drop_files (PlWindow *self,
                       GSList *files)
{
  g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (PL_IS_WINDOW (self));

  for (GSList *l = files; l != NULL; l = l->next)
    if (G_IS_FILE (l->data))
      g_ptr_array_add (array, g_object_ref (l->data));
  if (array->len == 0)
    return;

  if (!_pl_window_can_add_files (self))
    pl_window_open (self, (GFile **) array->pdata, array->len);
  else if (self->drop_choice != PL_DROP_CHOICE_ASK)
    apply_choice (self, self->drop_choice, array);
  else
    ask_what_to_do (self, array);
}

void
_pl_window_set_drop_choice (PlWindow *self,
                            PlDropChoice choice)
{
  self->drop_choice = choice;
}

GtkWidget *
_pl_window_get_drop_dialog (PlWindow *self)
{
  return self->drop_dialog;
}

gboolean
_pl_window_get_drop_hint_visible (PlWindow *self)
{
  return gtk_widget_get_visible (self->drop_hint);
}
