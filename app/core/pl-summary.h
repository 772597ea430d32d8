/* pl-summary.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pl-briefing.h"
#include "pl-render-style.h"
#include "pl-timeline-layout.h"

G_BEGIN_DECLS

/**
 * PlSummarySections:
 * @PL_SUMMARY_SECTION_TIMELINE: the whole timeline, scaled to the page width
 * @PL_SUMMARY_SECTION_PHASES: the phases and their components, as a table
 * @PL_SUMMARY_SECTION_REACTIONS: the reactions, grouped by stance
 * @PL_SUMMARY_SECTION_RISKS: the risks, by severity
 * @PL_SUMMARY_SECTION_SOURCES: the sources and the evidence as numbered notes
 *
 * The sections of the summary after its header, which is always there.
 */
typedef enum
{
  PL_SUMMARY_SECTION_TIMELINE = 1 << 0,
  PL_SUMMARY_SECTION_PHASES = 1 << 1,
  PL_SUMMARY_SECTION_REACTIONS = 1 << 2,
  PL_SUMMARY_SECTION_RISKS = 1 << 3,
  PL_SUMMARY_SECTION_SOURCES = 1 << 4,
} PlSummarySections;

#define PL_SUMMARY_SECTIONS_ALL 0x1f
#define PL_SUMMARY_N_SECTIONS 5

/* Paper sizes in points (1/72 inch). */
#define PL_PAPER_A4_WIDTH 595.276
#define PL_PAPER_A4_HEIGHT 841.89
#define PL_PAPER_LETTER_WIDTH 612.0
#define PL_PAPER_LETTER_HEIGHT 792.0
/* The smallest margin the summary keeps, in points (15 mm). */
#define PL_SUMMARY_MIN_MARGIN 42.52

/**
 * PlSummaryPage:
 * @width: of the paper in points
 * @height: points
 * @margin_top: what the printer cannot print on, in points; the summary
 *   keeps at least %PL_SUMMARY_MIN_MARGIN on each side
 *
 * The page the summary is laid out on. Zero fields take A4 portrait.
 */
typedef struct
{
  double width;
  double height;
  double margin_top;
  double margin_bottom;
  double margin_left;
  double margin_right;
} PlSummaryPage;

/* One laid-out block of a page, as tests see it: in points on the page. */
typedef struct
{
  double x, y, width, height;
  const char *text; /* whole; NULL for drawings */
  gboolean is_heading;
} PlSummaryBlockInfo;

#define PL_TYPE_SUMMARY (pl_summary_get_type ())

/* The briefing as a printed document: header, timeline, phases, reactions,
 * risks and sources, on numbered pages with a running header. Laid out
 * once, when made; make a new one after the briefing changes. */
G_DECLARE_FINAL_TYPE (PlSummary, pl_summary, PL, SUMMARY, GObject)

PlSummary *pl_summary_new (PlBriefing *briefing,
                           const PlSummaryPage *page,
                           PlSummarySections sections,
                           PlTimelineMode mode,
                           GDateTime *printed);
guint pl_summary_get_n_pages (PlSummary *self);
void pl_summary_get_page_size (PlSummary *self,
                               double *out_width,
                               double *out_height);
void pl_summary_get_printable_box (PlSummary *self,
                                   double *out_x,
                                   double *out_y,
                                   double *out_width,
                                   double *out_height);
void pl_summary_render_page (PlSummary *self,
                             guint page,
                             cairo_t *cr,
                             const PlRenderStyle *style);
guint pl_summary_get_n_blocks (PlSummary *self,
                               guint page);
void pl_summary_get_block (PlSummary *self,
                           guint page,
                           guint block,
                           PlSummaryBlockInfo *out_info);
guint pl_summary_get_n_outline (PlSummary *self);
const char *pl_summary_get_outline (PlSummary *self,
                                    guint index,
                                    guint *out_page);
const char *pl_summary_section_get_label (PlSummarySections section);
gboolean pl_summary_sections_parse (const char *text,
                                    PlSummarySections *out_sections);

G_END_DECLS
