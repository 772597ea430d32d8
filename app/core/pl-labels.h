/* pl-labels.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pl-date.h"
#include "pl-enums.h"

#include <pango/pango.h>

G_BEGIN_DECLS

/* Words for the user, where pl_enum_to_nick() gives the stable file names. */
const char *pl_status_get_label (PlStatus status);
const char *pl_category_get_label (PlCategory category);
const char *pl_actor_kind_get_label (PlActorKind actor_kind);
const char *pl_stance_get_label (PlStance stance);
const char *pl_level_get_label (PlLevel level);

PangoDirection pl_text_get_direction (const char *text);
char *pl_date_format_display (const PlDate *date);
char *pl_date_range_format (const PlDate *start,
                            const PlDate *end);


G_END_DECLS
