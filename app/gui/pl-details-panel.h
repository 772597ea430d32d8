/* pl-details-panel.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-view-state.h"

G_BEGIN_DECLS

#define PL_TYPE_DETAILS_PANEL (pl_details_panel_get_type ())

/* Everything about the view state's selected item as a form made from the
 * item's field table, with its evidence below. Edits are not applied: they
 * are offered as "edit-field" for the window to route through its undo
 * history, unless "apply-edits" asks the panel to apply them itself. */
G_DECLARE_FINAL_TYPE (PlDetailsPanel, pl_details_panel, PL, DETAILS_PANEL, GtkWidget)

GtkWidget *pl_details_panel_new (void);
PlViewState *pl_details_panel_get_view_state (PlDetailsPanel *self);
void pl_details_panel_set_view_state (PlDetailsPanel *self,
                                      PlViewState *view_state);
gboolean pl_details_panel_get_apply_edits (PlDetailsPanel *self);
void pl_details_panel_set_apply_edits (PlDetailsPanel *self,
                                       gboolean apply_edits);
PlItem *pl_details_panel_get_item (PlDetailsPanel *self);
void pl_details_panel_commit (PlDetailsPanel *self);
void pl_details_panel_focus (PlDetailsPanel *self);

/* For tests. */
GtkWidget *_pl_details_panel_get_editor (PlDetailsPanel *self,
                                         const char *field_name);
const char *_pl_details_panel_get_page (PlDetailsPanel *self);
const char *_pl_details_panel_get_heading (PlDetailsPanel *self);
GtkWidget *_pl_details_panel_get_evidence_box (PlDetailsPanel *self);

G_END_DECLS
