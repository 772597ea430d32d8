/* pl-phase.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-component.h"
#include "pl-enums.h"
#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_PHASE (pl_phase_get_type ())

/* A stage of the plan. Phases nest through their parent and may overlap. */
G_DECLARE_FINAL_TYPE (PlPhase, pl_phase, PL, PHASE, PlItem)

PlPhase *pl_phase_new (void);
guint pl_phase_get_index (PlPhase *self);
void pl_phase_set_index (PlPhase *self,
                         guint index);
const char *pl_phase_get_name (PlPhase *self);
void pl_phase_set_name (PlPhase *self,
                        const char *name);
PlStatus pl_phase_get_status (PlPhase *self);
void pl_phase_set_status (PlPhase *self,
                          PlStatus status);
const PlDate *pl_phase_get_start (PlPhase *self);
void pl_phase_set_start (PlPhase *self,
                         const PlDate *start);
const PlDate *pl_phase_get_end (PlPhase *self);
void pl_phase_set_end (PlPhase *self,
                       const PlDate *end);
const char *pl_phase_get_summary (PlPhase *self);
void pl_phase_set_summary (PlPhase *self,
                           const char *summary);
const char *pl_phase_get_parent (PlPhase *self);
void pl_phase_set_parent (PlPhase *self,
                          const char *parent);

GListModel *pl_phase_get_components (PlPhase *self);
void pl_phase_add_component (PlPhase *self,
                             PlComponent *component);
void pl_phase_insert_component (PlPhase *self,
                                guint position,
                                PlComponent *component);
gboolean pl_phase_remove_component (PlPhase *self,
                                    PlComponent *component);

G_END_DECLS
