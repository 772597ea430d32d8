/* pl-risk.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-enums.h"
#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_RISK (pl_risk_get_type ())

/* What could go wrong. */
G_DECLARE_FINAL_TYPE (PlRisk, pl_risk, PL, RISK, PlItem)

PlRisk *pl_risk_new (void);
const char *pl_risk_get_text (PlRisk *self);
void pl_risk_set_text (PlRisk *self,
                       const char *text);
PlCategory pl_risk_get_category (PlRisk *self);
void pl_risk_set_category (PlRisk *self,
                           PlCategory category);
PlLevel pl_risk_get_likelihood (PlRisk *self);
void pl_risk_set_likelihood (PlRisk *self,
                             PlLevel likelihood);
PlLevel pl_risk_get_severity (PlRisk *self);
void pl_risk_set_severity (PlRisk *self,
                           PlLevel severity);

G_END_DECLS
