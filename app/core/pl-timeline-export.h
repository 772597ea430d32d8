/* pl-timeline-export.h
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

typedef enum
{
  PL_IMAGE_FORMAT_PNG,
  PL_IMAGE_FORMAT_SVG,
  PL_IMAGE_FORMAT_PDF,
} PlImageFormat;

/* How to draw the whole timeline into a file. Zero fields take defaults. */
typedef struct
{
  double width;  /* px at scale 1; 0 means 1600 */
  double height; /* px; 0 means as tall as the content and legend need */
  double scale;  /* device pixels per px for PNG; 0 means 1 */
  PlTimelineMode mode;
  gboolean dark;
} PlTimelineExportOptions;

GBytes *pl_timeline_export (PlBriefing *briefing,
                            PlImageFormat format,
                            const PlTimelineExportOptions *options,
                            GError **error);

G_END_DECLS
