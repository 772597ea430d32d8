/* pl-risks-panel.h
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

#define PL_TYPE_RISKS_PANEL (pl_risks_panel_get_type ())

/* The risks of the view state's briefing, the most severe and likely
 * first, with a toggle per severity that tells how many there are and a
 * choice of category to filter them. Its selection is the view state's. */
G_DECLARE_FINAL_TYPE (PlRisksPanel, pl_risks_panel, PL, RISKS_PANEL, GtkWidget)

GtkWidget *pl_risks_panel_new (void);
PlViewState *pl_risks_panel_get_view_state (PlRisksPanel *self);
void pl_risks_panel_set_view_state (PlRisksPanel *self,
                                    PlViewState *view_state);
GListModel *pl_risks_panel_get_model (PlRisksPanel *self);
void pl_risks_panel_clear_filters (PlRisksPanel *self);

/* For tests. */
GtkListView *_pl_risks_panel_get_list_view (PlRisksPanel *self);
GtkToggleButton *_pl_risks_panel_get_severity_button (PlRisksPanel *self,
                                                      PlLevel severity);
GtkDropDown *_pl_risks_panel_get_category_dropdown (PlRisksPanel *self);
const char *_pl_risks_panel_get_page (PlRisksPanel *self);

G_END_DECLS
