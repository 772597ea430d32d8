/* pl-json.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

/* The JSON interface is public and stable: names are never changed or
 * removed, only added. */
#define PL_JSON_FORMAT "phaseline-briefing"
#define PL_JSON_VERSION 1

GBytes *pl_json_write (PlBriefing *briefing);

G_END_DECLS
