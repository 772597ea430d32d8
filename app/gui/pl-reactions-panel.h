/* pl-reactions-panel.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-enums.h"
#include "pl-view-state.h"

G_BEGIN_DECLS

#define PL_TYPE_REACTIONS_PANEL (pl_reactions_panel_get_type ())

/* The stakeholder reactions of the view state's briefing, grouped by
 * stance, with a toggle per stance that tells how many there are and a
 * choice of actor kind to filter them. Its selection is the view state's. */
G_DECLARE_FINAL_TYPE (PlReactionsPanel, pl_reactions_panel, PL, REACTIONS_PANEL, GtkWidget)

GtkWidget *pl_reactions_panel_new (void);
PlViewState *pl_reactions_panel_get_view_state (PlReactionsPanel *self);
void pl_reactions_panel_set_view_state (PlReactionsPanel *self,
                                        PlViewState *view_state);
GListModel *pl_reactions_panel_get_model (PlReactionsPanel *self);
void pl_reactions_panel_clear_filters (PlReactionsPanel *self);

/* For tests. */
GtkListView *_pl_reactions_panel_get_list_view (PlReactionsPanel *self);
GtkToggleButton *_pl_reactions_panel_get_stance_button (PlReactionsPanel *self,
                                                        PlStance stance);
GtkDropDown *_pl_reactions_panel_get_kind_dropdown (PlReactionsPanel *self);
const char *_pl_reactions_panel_get_page (PlReactionsPanel *self);

G_END_DECLS
