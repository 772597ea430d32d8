/* pl-side-list.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-view-state.h"

G_BEGIN_DECLS

#define PL_TYPE_SIDE_LIST (pl_side_list_get_type ())

/* Which list of the briefing a side list shows. */
typedef GListModel *(*PlSideListItemsFunc) (PlBriefing *briefing);
/* Orders two items; equal ones keep the briefing's order. */
typedef int (*PlSideListCompareFunc) (PlItem *a,
                                      PlItem *b);
/* The group @item is shown under, and the words of its header. */
typedef int (*PlSideListGroupFunc) (PlItem *item);
typedef char *(*PlSideListHeaderFunc) (int group);
/* The item of the list that shows @selected, which may be inside it (a
 * phase for its component); NULL when none does. */
typedef PlItem *(*PlSideListOwnerFunc) (PlBriefing *briefing,
                                        PlItem *selected);

typedef struct
{
  GType item_type;
  GType row_type; /* a PlItemRow */
  PlSideListItemsFunc items;
  PlSideListCompareFunc compare; /* optional: NULL keeps the briefing's order */
  PlSideListGroupFunc group;     /* optional: NULL shows no headers */
  PlSideListHeaderFunc header;
  PlSideListOwnerFunc owner; /* optional */
  gboolean unfiltered;       /* shows every item whatever the filters */
} PlSideListClassInfo;

/* The models behind a side panel's list view: one list of the view
 * state's briefing, sorted, grouped under headers and filtered by the view
 * state's filters (not its search, which only marks), and a
 * single selection that follows the view state's both ways. Emits
 * "changed" when the briefing or its items change, for counts. */
G_DECLARE_FINAL_TYPE (PlSideList, pl_side_list, PL, SIDE_LIST, GObject)

PlSideList *pl_side_list_new (GtkListView *list_view,
                              const PlSideListClassInfo *info);
PlViewState *pl_side_list_get_view_state (PlSideList *self);
void pl_side_list_set_view_state (PlSideList *self,
                                  PlViewState *view_state);
PlBriefing *pl_side_list_get_briefing (PlSideList *self);
GListModel *pl_side_list_get_items (PlSideList *self);
GListModel *pl_side_list_get_model (PlSideList *self);
GtkSingleSelection *pl_side_list_get_selection (PlSideList *self);
void pl_side_list_refilter (PlSideList *self);

/* A panel's filter widgets and the view state's filter masks. */
guint pl_filter_toggles_get_mask (GtkToggleButton *const *buttons,
                                  guint n_buttons);
void pl_filter_toggles_set_mask (GtkToggleButton *const *buttons,
                                 guint n_buttons,
                                 guint mask);
guint pl_filter_dropdown_get_mask (GtkDropDown *dropdown);
void pl_filter_dropdown_set_mask (GtkDropDown *dropdown,
                                  guint n_values,
                                  guint mask);

G_END_DECLS
