/* pl-phase-row.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-item-row.h"

G_BEGIN_DECLS

#define PL_TYPE_PHASE_ROW (pl_phase_row_get_type ())

/* A phase in the timeline list: its index, dates, status, name, summary
 * and components. */
G_DECLARE_FINAL_TYPE (PlPhaseRow, pl_phase_row, PL, PHASE_ROW, PlItemRow)

G_END_DECLS
