/* pl-summary-export.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-summary.h"

G_BEGIN_DECLS

/* How to write the summary. Zero fields take defaults: A4 portrait, every
 * section, the timeline's mode from its data, printed now. */
typedef struct
{
  PlSummaryPage page;
  PlSummarySections sections; /* 0 means all */
  PlTimelineMode mode;
  GDateTime *printed; /* nullable: now */
  gboolean dark;
} PlSummaryExportOptions;

void pl_summary_page_init (PlSummaryPage *page,
                           gboolean letter,
                           gboolean landscape);
GBytes *pl_summary_export_pdf (PlBriefing *briefing,
                               const PlSummaryExportOptions *options,
                               GError **error);
GBytes *pl_summary_export_markdown (PlBriefing *briefing,
                                    const PlSummaryExportOptions *options);

G_END_DECLS
