/* pl-format.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-briefing.h"
#include "pl-xml.h"

G_BEGIN_DECLS

/* The .phaseline format: XML in this namespace, with a format version on
 * the root element. A reader accepts its own version and older ones. */
#define PL_FORMAT_NAMESPACE "https://phaseline.github.io/ns/briefing"
#define PL_FORMAT_VERSION 1
#define PL_FORMAT_SCHEMA_RESOURCE "/io/github/phaseline/Phaseline/core/phaseline.rng"
#define PL_FORMAT_MIME_TYPE "application/x-phaseline"

gboolean pl_format_is_briefing (PlXmlDoc *doc);
PlBriefing *pl_format_read (PlXmlDoc *doc,
                            GPtrArray *diagnostics,
                            GError **error);
GBytes *pl_format_write (PlBriefing *briefing);

G_END_DECLS
