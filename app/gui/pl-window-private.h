/* pl-window-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-article-view.h"
#include "pl-details-panel.h"
#include "pl-error-banner.h"
#include "pl-history.h"
#include "pl-presentation.h"
#include "pl-reactions-panel.h"
#include "pl-risks-panel.h"
#include "pl-side-list.h"
#include "pl-timeline-view.h"
#include "pl-window.h"

G_BEGIN_DECLS

/* What to do with files dropped on a window showing a briefing of the
 * user's; also the responses of the dialog that asks. */
typedef enum
{
  PL_DROP_CHOICE_ASK,
  PL_DROP_CHOICE_ADD,
  PL_DROP_CHOICE_NEW_WINDOW,
  PL_DROP_CHOICE_CANCEL,
} PlDropChoice;

/* The history, autosave and close prompt, in pl-window-edit.c. */
typedef struct _PlWindowEdit PlWindowEdit;

/* Shared by pl-window.c, pl-window-actions.c, pl-window-dnd.c and
 * pl-window-load.c. */
struct _PlWindow
{
  GtkApplicationWindow parent_instance;

  /* Template widgets */
  GtkLabel *title_label;
  GtkLabel *subtitle_label;
  GtkSpinner *spinner;
  GtkMenuButton *recent_button;
  GtkMenuButton *primary_menu_button;
  PlErrorBanner *error_banner;
  GtkStack *content_stack;
  GtkSpinner *loading_spinner;
  GtkLabel *loading_label;
  GtkWidget *loading_progress_box;
  GtkProgressBar *loading_progress_bar;
  GtkRevealer *progress_revealer;
  GtkLabel *progress_label;
  GtkProgressBar *progress_bar;
  GtkWidget *drop_hint;
  GtkLabel *drop_hint_title;
  GtkLabel *drop_hint_detail;
  GtkPaned *paned;
  GtkPaned *timeline_paned;
  PlTimelineView *timeline_view;
  GtkDrawingArea *legend_area;
  GtkLabel *heading_title;
  GtkLabel *heading_subtitle;
  GtkLabel *heading_meta;
  GtkStack *phase_stack;
  GtkListView *phase_list;
  GtkWidget *sidebar;
  PlReactionsPanel *reactions_panel;
  PlRisksPanel *risks_panel;
  PlArticleView *article_view;
  PlDetailsPanel *details_panel;
  GtkStack *lower_stack;
  GtkSearchBar *search_bar;
  GtkSearchEntry *search_entry;
  GtkLabel *search_count;
  GMenu *recent_menu;
  GMenuModel *item_menu; /* the context menu of an item in a panel */
  GMenu *move_to_menu;   /* its submenu: the phases a component can go to */

  /* Borrowed references */
  GtkWidget *drop_dialog;    /* weak: the one asking what to do with a drop */
  GtkWidget *present_dialog; /* weak: the one asking where to present */

  /* The evidence popover, from pl-evidence-popover.ui: parented on the
   * timeline view, and unparented in dispose */
  GtkPopover *evidence_popover;
  GtkBox *evidence_rows;           /* a source title and a quote each */
  GtkWidget *evidence_empty_label; /* shown when the item has none */

  /* Owned references */
  PlBriefing *briefing; /* NULL until something loaded */
  GPtrArray *files;     /* of GFile: where the briefing came from */
  GSignalGroup *briefing_signals;
  GCancellable *load_cancellable; /* of the load in progress, else NULL */
  GtkNativeDialog *file_chooser;  /* the one being shown */
  GtkRecentManager *recent_manager;
  PlViewState *view_state;      /* the briefing shown and the selection, for every view */
  PlSideList *phase_side_list;  /* the models of phase_list */
  PlWindowEdit *edit;           /* owned: the undo history and autosave */
  PlPresentation *presentation; /* owned: the last one started, maybe ended */

  /* State */
  guint n_busy;        /* loads and writes in progress */
  int sidebar_width;   /* to apply once the paned has a size */
  int timeline_height; /* as the user dragged it; 0 fits the content */
  guint progress_timeout_id;
  guint progress_delay;     /* ms before the progress shows */
  double progress_fraction; /* of the load in progress */
  guint n_progress_updates; /* that reached the main thread */
  PlDropChoice drop_choice; /* ASK but in tests */
  int export_content;       /* PlExportContent: what the export filter picked says a PDF holds */
  guint sidebar_width_pending : 1;
  guint timeline_dragging : 1; /* a drag on the timeline's handle */
  guint sidebar_visible : 1;
  guint is_builtin : 1;
  guint progress_shown : 1;
  guint disposed : 1;
};

/* pl-window-actions.c */
void _pl_window_class_actions_init (GtkWidgetClass *widget_class);
void _pl_window_actions_update (PlWindow *self);

/* pl-window.c */
void _pl_window_begin_busy (PlWindow *self);
void _pl_window_end_busy (PlWindow *self);
void _pl_window_show_error (PlWindow *self,
                            const char *heading,
                            const char *message,
                            GPtrArray *diagnostics);
void _pl_window_show_loaded (PlWindow *self,
                             PlBriefing *briefing,
                             GPtrArray *files);
GFile *_pl_window_get_file (PlWindow *self);
GFile *_pl_window_get_folder (PlWindow *self);
void _pl_window_set_file (PlWindow *self,
                          GFile *file);
void _pl_window_add_recent (PlWindow *self,
                            GFile *file);
void _pl_window_update_title (PlWindow *self);

/* pl-window-edit.c: the undo history, the unsaved mark, the question on
 * closing, autosave and recovery. */
void _pl_window_edit_init (PlWindow *self);
void _pl_window_edit_dispose (PlWindow *self);
void _pl_window_edit_set_briefing (PlWindow *self,
                                   PlBriefing *briefing);
char *_pl_window_edit_dup_title (PlWindow *self,
                                 const char *title);
gboolean _pl_window_edit_close_request (PlWindow *self);
void _pl_window_edit_saved (PlWindow *self,
                            PlHistory *history,
                            guint64 state);
void _pl_window_edit_save_cancelled (PlWindow *self);
PlHistory *_pl_window_get_history (PlWindow *self);
gboolean _pl_window_get_dirty (PlWindow *self);
gboolean _pl_window_offer_recovery (PlWindow *self);

/* pl-window-load.c: loads in a worker thread, with progress. */
void _pl_window_load_files (PlWindow *self,
                            GFile **files,
                            guint n_files,
                            gboolean add);
void _pl_window_cancel_load (PlWindow *self);
void _pl_window_update_progress (PlWindow *self);

/* pl-window-dnd.c: files dropped on the window. */
void _pl_window_dnd_init (PlWindow *self);
gboolean _pl_window_can_add_files (PlWindow *self);
void _pl_window_drop_files (PlWindow *self,
                            GSList *files);

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
PlTimelineView *_pl_window_get_timeline_view (PlWindow *self);
PlReactionsPanel *_pl_window_get_reactions_panel (PlWindow *self);
PlRisksPanel *_pl_window_get_risks_panel (PlWindow *self);
void _pl_window_set_progress_delay (PlWindow *self,
                                    guint delay_ms);
gboolean _pl_window_get_progress_visible (PlWindow *self);
guint _pl_window_get_n_progress_updates (PlWindow *self);
void _pl_window_set_drop_choice (PlWindow *self,
                                 PlDropChoice choice);
GtkWidget *_pl_window_get_drop_dialog (PlWindow *self);
gboolean _pl_window_get_drop_hint_visible (PlWindow *self);
GMenuModel *_pl_window_get_recent_menu (PlWindow *self);
void _pl_window_update_recent_menu (PlWindow *self);
void _pl_window_set_autosave_interval (PlWindow *self,
                                       guint interval_ms);
GFile *_pl_window_get_autosave_file (PlWindow *self);
GtkWidget *_pl_window_get_close_dialog (PlWindow *self);
GtkWidget *_pl_window_get_recovery_dialog (PlWindow *self);

void _pl_window_add_init (PlWindow *self);

/* pl-window-evidence.c: the Show Evidence popover. */
void _pl_window_evidence_init (PlWindow *self);

/* pl-window-focus.c: F6 moves between the timeline, the page below and
 * the sidebar. */
void _pl_window_focus_class_init (GtkWidgetClass *widget_class);
void _pl_window_focus_init (PlWindow *self);

/* pl-window-present.c: Present, its dialog and the presentation. */
void _pl_window_present (PlWindow *self);
void _pl_window_start_presentation (PlWindow *self,
                                    const PlPresentOptions *options);
void _pl_window_present_dispose (PlWindow *self);
PlPresentation *_pl_window_get_presentation (PlWindow *self);
GtkWidget *_pl_window_get_present_dialog (PlWindow *self);

/* pl-window-items.c: adding, deleting and moving items. */
void _pl_window_items_class_init (GtkWidgetClass *widget_class);
void _pl_window_items_init (PlWindow *self);
void _pl_window_items_update (PlWindow *self);
PlPhase *_pl_window_get_target_phase (PlWindow *self,
                                      PlBriefing *briefing,
                                      guint *position);
void _pl_window_search_class_init (GtkWidgetClass *widget_class);
void _pl_window_search_init (PlWindow *self);
void _pl_window_search_update (PlWindow *self);

G_END_DECLS
