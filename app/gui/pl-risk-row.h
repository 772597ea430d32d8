/* pl-risk-row.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-item-row.h"

G_BEGIN_DECLS

#define PL_TYPE_RISK_ROW (pl_risk_row_get_type ())

/* A risk to the plan: what could go wrong, its category, how likely it is
 * and how severe it would be. */
G_DECLARE_FINAL_TYPE (PlRiskRow, pl_risk_row, PL, RISK_ROW, PlItemRow)

G_END_DECLS
