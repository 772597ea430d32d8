/* pl-event.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-enums.h"
#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_EVENT (pl_event_get_type ())

/* A dated happening, optionally within a phase. */
G_DECLARE_FINAL_TYPE (PlEvent, pl_event, PL, EVENT, PlItem)

PlEvent *pl_event_new (void);
const PlDate *pl_event_get_date (PlEvent *self);
void pl_event_set_date (PlEvent *self,
                        const PlDate *date);
const char *pl_event_get_text (PlEvent *self);
void pl_event_set_text (PlEvent *self,
                        const char *text);
const char *pl_event_get_phase (PlEvent *self);
void pl_event_set_phase (PlEvent *self,
                         const char *phase);

G_END_DECLS
