/* pl-test-long.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

char *pl_test_long_text (const char *start,
                         guint n_words,
                         guint32 seed);
void pl_test_briefing_lengthen (PlBriefing *briefing);

G_END_DECLS
