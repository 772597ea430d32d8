/* pl-slide-export.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-briefing.h"
#include "pl-timeline-layout.h"

G_BEGIN_DECLS

/* How to write the slides into a PDF. Zero fields take defaults. */
typedef struct
{
  double width;   /* of a slide in px; 0 means 1280 */
  double height;  /* px; 0 means 9/16 of the width */
  gboolean notes; /* each slide is followed by its notes pages */
  PlTimelineMode mode;
  gboolean dark;
} PlSlideExportOptions;

GBytes *pl_slide_export_pdf (PlBriefing *briefing,
                             const PlSlideExportOptions *options,
                             GError **error);

G_END_DECLS
