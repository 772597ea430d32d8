/* pl-component.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-enums.h"
#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_COMPONENT (pl_component_get_type ())

/* One part of what a phase consists of. */
G_DECLARE_FINAL_TYPE (PlComponent, pl_component, PL, COMPONENT, PlItem)

PlComponent *pl_component_new (void);
const char *pl_component_get_text (PlComponent *self);
void pl_component_set_text (PlComponent *self,
                            const char *text);
PlCategory pl_component_get_category (PlComponent *self);
void pl_component_set_category (PlComponent *self,
                                PlCategory category);
PlStatus pl_component_get_status (PlComponent *self);
void pl_component_set_status (PlComponent *self,
                              PlStatus status);

G_END_DECLS
