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

/* What the user is looking at, shared by every view of one briefing: the
 * briefing, the selected item and what is searched for. Views bind to it and never talk to each
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

G_END_DECLS
