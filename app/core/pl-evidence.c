/* pl-evidence.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-evidence.h"

G_DEFINE_BOXED_TYPE (PlEvidence, pl_evidence, pl_evidence_copy, pl_evidence_free)

PlEvidence *
pl_evidence_new (const char *source,
                 guint start,
                 guint end)
{
  PlEvidence *self;

  g_return_val_if_fail (source != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_new0 (PlEvidence, 1);
  self->source = g_strdup (source);
  self->start = start;
  self->end = end;
  return self;
}

PlEvidence *
pl_evidence_copy (const PlEvidence *evidence)
{
  return pl_evidence_new (evidence->source, evidence->start, evidence->end);
}

void
pl_evidence_free (PlEvidence *evidence)
{
  if (evidence == NULL)
    return;
  g_free (evidence->source);
  g_free (evidence);
}

gboolean
pl_evidence_equal (const PlEvidence *a,
                   const PlEvidence *b)
{
  return g_strcmp0 (a->source, b->source) == 0 && a->start == b->start && a->end == b->end;
}
