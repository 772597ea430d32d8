/* pl-briefing-order-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

/* One group of a briefing's reactions or risks, in the order the slides,
 * the printed summary and the Markdown summary show them. */
typedef struct
{
  int key;          /* the PlStance of the reactions, or the PlLevel severity of the risks */
  GPtrArray *items; /* (element-type PlItem): the group's reactions or risks, in order */
} PlBriefingGroup;

GPtrArray *_pl_briefing_group_reactions (PlBriefing *briefing);
GPtrArray *_pl_briefing_group_risks (PlBriefing *briefing);
const char *_pl_briefing_severity_heading (int severity);

G_END_DECLS
