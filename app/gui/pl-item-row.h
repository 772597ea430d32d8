/* pl-item-row.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_ITEM_ROW (pl_item_row_get_type ())

/* The base of the rows that show one item of a briefing in a list view:
 * phases, reactions, risks. It holds the item and calls update() whenever
 * the item changes, so subclasses only fill in their template. A row that
 * shows further items inside its own (a phase's components) emits
 * "select-item" when the user picks one. */
G_DECLARE_DERIVABLE_TYPE (PlItemRow, pl_item_row, PL, ITEM_ROW, GtkWidget)

struct _PlItemRowClass
{
  GtkWidgetClass parent_class;

  /* Shows @item, or lets go of everything shown when @item is %NULL. */
  void (*update) (PlItemRow *self,
                  PlItem *item);
  /* Optional: marks @selected when the row shows it inside its item, as a
   * phase row does its components; %NULL marks nothing. */
  void (*show_selected) (PlItemRow *self,
                         PlItem *selected);
};

PlItem *pl_item_row_get_item (PlItemRow *self);
void pl_item_row_set_item (PlItemRow *self,
                           PlItem *item);
void pl_item_row_show_selected (PlItemRow *self,
                                PlItem *selected);
void pl_item_row_select_item (PlItemRow *self,
                              PlItem *item);
GtkListItemFactory *pl_item_row_factory_new (GType row_type);

void pl_label_follow_text (GtkLabel *label);
void pl_label_set_tag (GtkLabel *label,
                       const char *text,
                       const char *kind,
                       GType enum_type,
                       int value);

G_END_DECLS
