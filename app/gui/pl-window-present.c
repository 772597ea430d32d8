/* pl-window-present.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Present: the dialog that asks where, then the presentation itself,
 * starting at the slide of the item selected. */

#define G_LOG_DOMAIN "PlWindowPresent"

#include "config.h"

#include "pl-application.h"
#include "pl-present-dialog.h"
#include "pl-window-private.h"

static void
dialog_start_cb (PlPresentDialog *dialog,
                 PlWindow *self)
{
  PlPresentOptions options;

  pl_present_dialog_get_options (dialog, &options);
  _pl_window_start_presentation (self, &options);
}

/**
 * _pl_window_present:
 *
 * What Present does: brings a running presentation to the front, or asks
 * where and how to present.
 */
void
_pl_window_present (PlWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  GtkWidget *dialog;

  if (self->briefing == NULL || !PL_IS_APPLICATION (application))
    return;
  if (self->presentation != NULL && pl_presentation_get_running (self->presentation))
    {
      gtk_window_present (pl_presentation_get_audience_window (self->presentation));
      return;
    }
  if (self->present_dialog != NULL)
    {
      gtk_window_present (GTK_WINDOW (self->present_dialog));
      return;
    }

  dialog = pl_present_dialog_new (GTK_WINDOW (self), pl_application_get_settings (PL_APPLICATION (application)));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "start", G_CALLBACK (dialog_start_cb), self, 0);
  g_set_weak_pointer (&self->present_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _pl_window_start_presentation:
 * @options: where and how
 *
 * Starts presenting the window's briefing, at the slide of the selected
 * item if it has one.
 */
void
_pl_window_start_presentation (PlWindow *self,
                               const PlPresentOptions *options)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  int start = -1;

  g_return_if_fail (self->briefing != NULL && application != NULL);

  if (self->presentation != NULL)
    pl_presentation_stop (self->presentation);
  g_clear_object (&self->presentation);
  /* What is being typed in the details panel is part of what is shown. */
  pl_details_panel_commit (self->details_panel);
  self->presentation = pl_presentation_new (application, self->briefing, 0);
  pl_presentation_set_history (self->presentation, _pl_window_get_history (self));
  if (selected != NULL)
    start = pl_slide_deck_find_slide_for_item (pl_presentation_get_deck (self->presentation), selected);
  if (start > 0)
    pl_presentation_go_to (self->presentation, (guint) start);
  pl_presentation_start (self->presentation, options);
}

void
_pl_window_present_dispose (PlWindow *self)
{
  if (self->present_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->present_dialog));
  g_clear_weak_pointer (&self->present_dialog);
  /* A presentation running goes on; it holds the briefing. */
  g_clear_object (&self->presentation);
}

PlPresentation *
_pl_window_get_presentation (PlWindow *self)
{
  return self->presentation;
}

GtkWidget *
_pl_window_get_present_dialog (PlWindow *self)
{
  return self->present_dialog;
}
