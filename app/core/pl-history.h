/* pl-history.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pl-briefing.h"

G_BEGIN_DECLS

/* Appends at the end of a list, in pl_history_add_item() and the moves. */
#define PL_HISTORY_END G_MAXUINT

#define PL_TYPE_HISTORY (pl_history_get_type ())

/* The one undo and redo history of the edits of a briefing. Editors make
 * their changes through it rather than on the briefing, so that each can
 * be undone, and it tells whether the briefing differs from its last save.
 * Emits "changed" after an edit is recorded, undone or redone. */
G_DECLARE_FINAL_TYPE (PlHistory, pl_history, PL, HISTORY, GObject)

PlHistory *pl_history_new (PlBriefing *briefing);
PlBriefing *pl_history_get_briefing (PlHistory *self);

gboolean pl_history_set_field (PlHistory *self,
                               PlItem *item,
                               const char *field_name,
                               const char *value,
                               GError **error);
gboolean pl_history_set_briefing_field (PlHistory *self,
                                        const char *field_name,
                                        const char *value,
                                        GError **error);
void pl_history_set_slide_notes (PlHistory *self,
                                 const char *slide_key,
                                 const char *notes);
void pl_history_add_item (PlHistory *self,
                          PlItem *item,
                          PlPhase *phase,
                          guint position);
gboolean pl_history_remove_item (PlHistory *self,
                                 PlItem *item);
gboolean pl_history_move_component (PlHistory *self,
                                    PlComponent *component,
                                    PlPhase *to_phase,
                                    guint position);
gboolean pl_history_move_item (PlHistory *self,
                               PlItem *item,
                               guint position);
gboolean pl_history_locate (PlHistory *self,
                            PlItem *item,
                            PlPhase **phase,
                            guint *position,
                            guint *n_siblings);

void pl_history_begin_group (PlHistory *self,
                             const char *label);
void pl_history_end_group (PlHistory *self);

gboolean pl_history_undo (PlHistory *self);
gboolean pl_history_redo (PlHistory *self);
gboolean pl_history_get_can_undo (PlHistory *self);
gboolean pl_history_get_can_redo (PlHistory *self);
const char *pl_history_get_undo_label (PlHistory *self);
const char *pl_history_get_redo_label (PlHistory *self);

gboolean pl_history_get_dirty (PlHistory *self);
void pl_history_mark_saved (PlHistory *self);
void pl_history_mark_unsaved (PlHistory *self);
guint64 pl_history_get_state (PlHistory *self);
void pl_history_mark_saved_state (PlHistory *self,
                                  guint64 state);

guint pl_history_get_merge_interval (PlHistory *self);
void pl_history_set_merge_interval (PlHistory *self,
                                    guint interval_ms);

G_END_DECLS
