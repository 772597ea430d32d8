/* pl-briefing-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"

G_BEGIN_DECLS

guint64 _pl_briefing_get_serial (PlBriefing *self,
                                 guint64 *out_notes_serial);
void _pl_briefing_freeze_changed (PlBriefing *self);
void _pl_briefing_thaw_changed (PlBriefing *self);
void _pl_briefing_append_items (PlBriefing *self,
                                GType item_type,
                                GPtrArray *items);

G_END_DECLS
