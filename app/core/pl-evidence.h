/* pl-evidence.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * PlEvidence:
 * @source: the id of the #PlSource the words come from
 * @start: offset of the first character, counted in Unicode characters
 *   (code points) from the start of the source's text
 * @end: offset just past the last character; @start <= @end
 *
 * Where in an article an extracted point comes from.
 */
typedef struct
{
  char *source;
  guint start;
  guint end;
} PlEvidence;

#define PL_TYPE_EVIDENCE (pl_evidence_get_type ())

GType pl_evidence_get_type (void) G_GNUC_CONST;
PlEvidence *pl_evidence_new (const char *source,
                             guint start,
                             guint end);
PlEvidence *pl_evidence_copy (const PlEvidence *evidence);
void pl_evidence_free (PlEvidence *evidence);
gboolean pl_evidence_equal (const PlEvidence *a,
                            const PlEvidence *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlEvidence, pl_evidence_free)

G_END_DECLS
