/* pl-item-menu.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-view-state.h"

G_BEGIN_DECLS

void pl_item_menu_attach (GtkWidget *widget,
                          PlViewState *view_state,
                          GMenuModel *menu);
void pl_item_widget_set_item (GtkWidget *widget,
                              PlItem *item);
PlItem *pl_item_widget_get_item (GtkWidget *widget);
GtkPopover *_pl_item_menu_get_popover (GtkWidget *widget);
gboolean _pl_item_menu_popup_at (GtkWidget *widget,
                                 GtkWidget *target);

G_END_DECLS
