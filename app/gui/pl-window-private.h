/* pl-window-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-error-banner.h"
#include "pl-window.h"

G_BEGIN_DECLS

/* Shared by pl-window.c and pl-window-actions.c. */
struct _PlWindow
{
  GtkApplicationWindow parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkSpinner *spinner;
  GtkMenuButton *primary_menu_button;
  PlErrorBanner *error_banner;
  GtkStack *content_stack;
  GtkSpinner *loading_spinner;
  GtkPaned *paned;
  GtkLabel *heading_title;
  GtkLabel *heading_subtitle;
  GtkLabel *heading_meta;
  GtkStack *phase_stack;
  GtkListView *phase_list;
  GtkWidget *sidebar;
  GtkStack *reaction_stack;
  GtkListView *reaction_list;
  GtkStack *risk_stack;
  GtkListView *risk_list;

  /* Owned references */
  PlBriefing *briefing; /* NULL until something loaded */
  GPtrArray *files;     /* of GFile: where the briefing came from */
  GSignalGroup *briefing_signals;
  GCancellable *load_cancellable; /* of the load in progress */
  GtkNativeDialog *file_chooser;  /* the one being shown */

  /* State */
  guint n_busy;      /* loads and writes in progress */
  int sidebar_width; /* to apply once the paned has a size */
  guint sidebar_width_pending : 1;
  guint sidebar_visible : 1;
  guint is_builtin : 1;
  guint disposed : 1;
};

void _pl_window_class_actions_init (GtkWidgetClass *widget_class);
void _pl_window_actions_update (PlWindow *self);

void _pl_window_begin_busy (PlWindow *self);
void _pl_window_end_busy (PlWindow *self);
void _pl_window_show_error (PlWindow *self,
                            const char *heading,
                            const char *message,
                            GPtrArray *diagnostics);
GFile *_pl_window_get_file (PlWindow *self);
void _pl_window_set_file (PlWindow *self,
                          GFile *file);

/* The write paths behind Save, Save As and Export, without the dialogs.
 * They return at once; pl_window_get_busy() is FALSE again when done. */
void _pl_window_save_to_file (PlWindow *self,
                              GFile *file);
void _pl_window_export_to_file (PlWindow *self,
                                GFile *file);

/* For tests. */
const char *_pl_window_get_title_text (PlWindow *self);
const char *_pl_window_get_subtitle_text (PlWindow *self);
PlErrorBanner *_pl_window_get_error_banner (PlWindow *self);
GtkListView *_pl_window_get_phase_list (PlWindow *self);

G_END_DECLS
