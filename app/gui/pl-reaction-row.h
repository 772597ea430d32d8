/* pl-reaction-row.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-item-row.h"

G_BEGIN_DECLS

#define PL_TYPE_REACTION_ROW (pl_reaction_row_get_type ())

/* A stakeholder reaction: the actor, what kind of actor, their stance,
 * what they said or did, and their words when quoted. */
G_DECLARE_FINAL_TYPE (PlReactionRow, pl_reaction_row, PL, REACTION_ROW, PlItemRow)

G_END_DECLS
