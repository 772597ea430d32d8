/* pl-timeline-renderer.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pl-timeline-layout.h"

G_BEGIN_DECLS

/* What is marked on top of the plain drawing; entries are layout indices,
 * -1 for none. @dimmed, when set, says per entry whether it is filtered out. */
typedef struct
{
  int selected;
  int focused;
  int hovered;
  const gboolean *dimmed;
} PlTimelineMarks;

#define PL_TIMELINE_MARKS_NONE ((PlTimelineMarks){ -1, -1, -1, NULL })

void pl_timeline_renderer_draw (cairo_t *cr,
                                PlTimelineLayout *layout,
                                const PlTimelineFrame *frame,
                                const PlRenderStyle *style,
                                const PlTimelineMarks *marks);
double pl_timeline_renderer_legend_height (const PlRenderStyle *style,
                                           double width);
void pl_timeline_renderer_draw_legend (cairo_t *cr,
                                       const PlRenderStyle *style,
                                       double x,
                                       double y,
                                       double width,
                                       gboolean rtl);

G_END_DECLS
