/* pl-extract.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

void pl_extract_source (PlBriefing *briefing,
                        PlSource *source);
void pl_extract_source_deferred (PlBriefing *briefing,
                                 PlSource *source);

G_END_DECLS
