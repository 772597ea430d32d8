/* pl-reaction.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-enums.h"
#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_REACTION (pl_reaction_get_type ())

/* Who said or did what about the plan. */
G_DECLARE_FINAL_TYPE (PlReaction, pl_reaction, PL, REACTION, PlItem)

PlReaction *pl_reaction_new (void);
const char *pl_reaction_get_actor (PlReaction *self);
void pl_reaction_set_actor (PlReaction *self,
                            const char *actor);
PlActorKind pl_reaction_get_actor_kind (PlReaction *self);
void pl_reaction_set_actor_kind (PlReaction *self,
                                 PlActorKind actor_kind);
PlStance pl_reaction_get_stance (PlReaction *self);
void pl_reaction_set_stance (PlReaction *self,
                             PlStance stance);
const char *pl_reaction_get_text (PlReaction *self);
void pl_reaction_set_text (PlReaction *self,
                           const char *text);
const char *pl_reaction_get_quote (PlReaction *self);
void pl_reaction_set_quote (PlReaction *self,
                            const char *quote);

G_END_DECLS
