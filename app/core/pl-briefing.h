/* pl-briefing.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-component.h"
#include "pl-event.h"
#include "pl-phase.h"
#include "pl-reaction.h"
#include "pl-risk.h"
#include "pl-source.h"

G_BEGIN_DECLS

#define PL_TYPE_BRIEFING (pl_briefing_get_type ())

/* A plan as understood from one or more articles: its sources, phases,
 * reactions, risks and events. Emits "changed" after any change within. */
G_DECLARE_FINAL_TYPE (PlBriefing, pl_briefing, PL, BRIEFING, GObject)

PlBriefing *pl_briefing_new (void);

const char *pl_briefing_get_title (PlBriefing *self);
void pl_briefing_set_title (PlBriefing *self,
                            const char *title);
const char *pl_briefing_get_subtitle (PlBriefing *self);
void pl_briefing_set_subtitle (PlBriefing *self,
                               const char *subtitle);
const char *pl_briefing_get_byline (PlBriefing *self);
void pl_briefing_set_byline (PlBriefing *self,
                             const char *byline);
const PlDate *pl_briefing_get_published (PlBriefing *self);
void pl_briefing_set_published (PlBriefing *self,
                                const PlDate *published);
const char *pl_briefing_get_notes (PlBriefing *self);
void pl_briefing_set_notes (PlBriefing *self,
                            const char *notes);

GListModel *pl_briefing_get_sources (PlBriefing *self);
GListModel *pl_briefing_get_phases (PlBriefing *self);
GListModel *pl_briefing_get_reactions (PlBriefing *self);
GListModel *pl_briefing_get_risks (PlBriefing *self);
GListModel *pl_briefing_get_events (PlBriefing *self);
GListModel *pl_briefing_get_list_for_type (PlBriefing *self,
                                           GType item_type);

void pl_briefing_add_item (PlBriefing *self,
                           PlItem *item);
gboolean pl_briefing_remove_item (PlBriefing *self,
                                  PlItem *item);
PlItem *pl_briefing_lookup (PlBriefing *self,
                            const char *id);
PlSource *pl_briefing_lookup_source (PlBriefing *self,
                                     const char *id);
PlPhase *pl_briefing_lookup_phase (PlBriefing *self,
                                   const char *id);
char *pl_briefing_dup_evidence_text (PlBriefing *self,
                                     const PlEvidence *evidence);
guint pl_briefing_get_n_items (PlBriefing *self);
void pl_briefing_foreach_item (PlBriefing *self,
                               GFunc func,
                               gpointer user_data);

void pl_briefing_ensure_ids (PlBriefing *self);
void pl_briefing_merge (PlBriefing *self,
                        PlBriefing *other);

gboolean pl_slide_key_is_valid (const char *key);
const char *pl_briefing_get_slide_notes (PlBriefing *self,
                                         const char *slide_key);
void pl_briefing_set_slide_notes (PlBriefing *self,
                                  const char *slide_key,
                                  const char *notes);
char **pl_briefing_dup_slide_note_keys (PlBriefing *self);

PlItem *pl_item_copy (PlItem *item);

G_END_DECLS
