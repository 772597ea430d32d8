/* pl-timeline-pages.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-timeline-layout.h"

G_BEGIN_DECLS

/* Cutting a timeline taller than a page (a slide, a printed page) into
 * pages, shared by the slides and the printed summary. All heights are in
 * the timeline's own px, at its scale 1. */

/* How far a timeline is drawn smaller before it goes on over pages: a
 * timeline a little too tall shrinks to fit rather than leave a nearly
 * empty page of its own. */
#define PL_TIMELINE_PAGES_MIN_SHRINK 0.7

double _pl_timeline_pages_fit_scale (double natural_scale,
                                     double needed,
                                     double available,
                                     double min_shrink);
GArray *_pl_timeline_pages_split (PlTimelineLayout *layout,
                                  double first_page,
                                  double per_page);

G_END_DECLS
