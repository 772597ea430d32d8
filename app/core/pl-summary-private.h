/* pl-summary-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-slide-private.h"
#include "pl-summary.h"

G_BEGIN_DECLS

/* The printed summary is made of rows poured onto pages: a row is one
 * text block across the column, or the cells of a table row side by side,
 * or the timeline. Its text blocks are the slides' (PlSlideSpec, measured,
 * split and painted by pl-slide-text.c and pl-slide-paint.c) at print
 * sizes; the timeline is cut into pages by pl-timeline-pages.c. */

typedef enum
{
  PL_SUMMARY_ROW_TEXT,     /* one block; split between lines when taller than a page */
  PL_SUMMARY_ROW_CELLS,    /* table cells side by side, kept whole */
  PL_SUMMARY_ROW_TIMELINE, /* the timeline and its legend */
} PlSummaryRowKind;

typedef struct
{
  PlSummaryRowKind kind;
  GPtrArray *cells;          /* owned: PlSlideSpec */
  const double *columns;     /* borrowed: the cells' share of the width */
  double indent;             /* units from the start edge */
  double gap;                /* units above the row */
  gboolean keep_with_next;   /* a heading: never the last row of a page */
  gboolean table_header;     /* repeated on each page its table goes on to */
  gboolean ruled;            /* a hairline under it, as a table row */
  int section;               /* the PlSummarySections it opens, or 0 */
  const char *section_title; /* borrowed from cells, for the outline */
} PlSummaryRow;

void _pl_summary_row_free (PlSummaryRow *row);

/* pl-summary-content.c */
GPtrArray *_pl_summary_content_build (PlBriefing *briefing,
                                      PlSummarySections sections,
                                      GDateTime *printed,
                                      gboolean has_timeline);
char *_pl_summary_format_date (GDateTime *when);

G_END_DECLS
