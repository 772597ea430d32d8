/* pl-view-state.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

#define PL_TYPE_VIEW_STATE (pl_view_state_get_type ())

/* The filters the panels set, each a set of values let through. A filter
 * applies to the kinds of item that have its field, and to what holds
 * them: a phase passes the category filter when one of its components
 * does, a source when something quoted from it passes every filter that
 * applies. */
typedef enum
{
  PL_FILTER_STANCE,     /* reactions, by PlStance */
  PL_FILTER_ACTOR_KIND, /* reactions, by PlActorKind */
  PL_FILTER_SEVERITY,   /* risks, by PlLevel */
  PL_FILTER_CATEGORY,   /* risks and components, by PlCategory */
  PL_N_FILTERS
} PlFilter;

/* What the user is looking at, shared by every view of one briefing: the
 * briefing, the selected item, what is searched for and the filters. Views bind to it and never talk to each
 * other. Setting the briefing clears the selection; removing the selected
 * item from the briefing clears it too. */
G_DECLARE_FINAL_TYPE (PlViewState, pl_view_state, PL, VIEW_STATE, GObject)

PlViewState *pl_view_state_new (void);
PlBriefing *pl_view_state_get_briefing (PlViewState *self);
void pl_view_state_set_briefing (PlViewState *self,
                                 PlBriefing *briefing);
PlItem *pl_view_state_get_selected (PlViewState *self);
void pl_view_state_set_selected (PlViewState *self,
                                 PlItem *item);
const char *pl_view_state_get_search_text (PlViewState *self);
void pl_view_state_set_search_text (PlViewState *self,
                                    const char *text);
gboolean pl_view_state_item_matches (PlViewState *self,
                                     PlItem *item);
guint pl_view_state_get_filter (PlViewState *self,
                                PlFilter filter);
void pl_view_state_set_filter (PlViewState *self,
                               PlFilter filter,
                               guint mask);
void pl_view_state_clear_filters (PlViewState *self);
gboolean pl_view_state_get_narrowed (PlViewState *self);
gboolean pl_view_state_item_passes_filters (PlViewState *self,
                                            PlItem *item);

G_END_DECLS
