/* pl-export.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-briefing.h"
#include "pl-slide-export.h"
#include "pl-summary-export.h"
#include "pl-timeline-export.h"

G_BEGIN_DECLS

/**
 * PlExportContent:
 * @PL_EXPORT_CONTENT_AUTO: chosen from the file name: a PDF whose name
 *   starts with "slides" holds the slides, one whose name starts with
 *   "summary" the printable summary, any other the timeline
 * @PL_EXPORT_CONTENT_TIMELINE: the whole timeline
 * @PL_EXPORT_CONTENT_SLIDES: the slides, one per page
 * @PL_EXPORT_CONTENT_SUMMARY: the summary, on A4 or Letter pages
 *
 * What a PDF holds.
 */
typedef enum
{
  PL_EXPORT_CONTENT_AUTO,
  PL_EXPORT_CONTENT_TIMELINE,
  PL_EXPORT_CONTENT_SLIDES,
  PL_EXPORT_CONTENT_SUMMARY,
} PlExportContent;

/**
 * PlExportOptions:
 * @timeline: size, scale and mode of the exporters that draw the timeline
 * @content: what a PDF holds
 * @slides: size, notes and timeline mode of the slides
 * @summary: paper, sections and timeline mode of the summary (PDF and
 *   Markdown)
 *
 * How to export; zero fields take defaults, and each exporter reads only
 * what concerns it.
 */
typedef struct
{
  PlTimelineExportOptions timeline;
  PlExportContent content;
  PlSlideExportOptions slides;
  PlSummaryExportOptions summary;
} PlExportOptions;

/**
 * PlExporter:
 * @extension: the file name extension that selects it, with the dot
 * @mime_type: the MIME type of what it writes
 * @description: a translatable name of the format, for file choosers
 * @write: produces the file's contents; @options may be %NULL
 * @draws_timeline: whether it draws the timeline, and so reads
 *   @options->timeline (a PDF of slides reads @options->slides instead)
 *
 * One output format of `phaseline --export` and of Export in the window.
 */
typedef struct
{
  const char *extension;
  const char *mime_type;
  const char *description;
  GBytes *(*write) (PlBriefing *briefing,
                    const PlExportOptions *options,
                    GError **error);
  gboolean draws_timeline;
} PlExporter;

const PlExporter *pl_exporters_get_all (guint *n_exporters);
const PlExporter *pl_exporter_for_name (const char *file_name);
PlExportContent pl_export_content_for_name (const char *file_name,
                                            PlExportContent content);
gboolean pl_export_check_name (const char *file_name,
                               GError **error);
gboolean pl_export_to_file (PlBriefing *briefing,
                            GFile *file,
                            const PlExportOptions *options,
                            GError **error);

G_END_DECLS
