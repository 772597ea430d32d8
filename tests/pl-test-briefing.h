/* pl-test-briefing.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

PlBriefing *pl_test_briefing_generate (guint n_items,
                                       guint32 seed,
                                       gboolean dated);

G_END_DECLS
