/* pl-extract-private.h: what the extraction passes share.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-analysis.h"
#include "pl-briefing.h"

G_BEGIN_DECLS

/* Keys of phases without a number. */
#define PHASE_KEY_FINAL 1000
#define PHASE_KEY_PLAN 0

/* A phase as found in one source: its key (its number, or one of the
 * keys above), how the text names it and what it says of its status. */
typedef struct
{
  int key;
  char *name;       /* owned */
  GArray *mentions; /* of guint: the first token of each mention */
  double scores[4]; /* by PlStatus */
  PlPhase *phase;   /* owned: the draft, with evidence */
} PhaseDraft;

typedef struct
{
  PlAnalysis *a;        /* owned */
  PlBriefing *briefing; /* borrowed */
  const char *source;   /* the source's id */
  PlDate published;
  GPtrArray *phases;        /* of owned PhaseDraft, in order of key */
  int *sentence_phase;      /* owned: per sentence, the key of the phase it is about, or -1 */
  GPtrArray *reactions;     /* of owned PlReaction drafts */
  GHashTable *stance_votes; /* owned: borrowed PlReaction → owned guint[] by PlStance */
  GPtrArray *risks;         /* of owned PlRisk drafts */
  GPtrArray *events;        /* of owned PlEvent drafts */
  GArray *event_phases;     /* of int: per event, the key of its phase, or -1 */
  char *proponent;          /* owned: who announced the plan, lower case, or NULL */
  GHashTable *surnames;     /* owned, made when first needed: words the text gives a first name or title, borrowed from @a */
  guint32 *cues;            /* owned: per token, the phase and component cue lists its word may start */
  int *sentence_context;    /* owned: per sentence, the key of the phase spoken of last, or -1 */
  GHashTable *parties;      /* owned, made by the component pass: lower-case names of who takes part in the plan */
} Extraction;

/* Passes, in the order they run. */
void _pl_extract_find_proponent (Extraction *x);
void _pl_extract_phases (Extraction *x);
void _pl_extract_components (Extraction *x);
void _pl_extract_reactions (Extraction *x);
void _pl_extract_risks (Extraction *x);
void _pl_extract_events (Extraction *x);
void _pl_extract_merge (Extraction *x);

/* Helpers. */
gboolean _pl_extract_is_proponent (Extraction *x,
                                   const char *name);
void _pl_extract_add_evidence (Extraction *x,
                               PlItem *item,
                               guint first_token,
                               guint end_token);
PhaseDraft *_pl_extract_find_phase (Extraction *x,
                                    int key);
PhaseDraft *_pl_extract_ensure_phase (Extraction *x,
                                      int key,
                                      const char *name);
PlCategory _pl_extract_categorize (Extraction *x,
                                   guint first_token,
                                   guint end_token);
char *_pl_extract_clean_phrase (const char *text);
double _pl_extract_similarity (const char *a,
                               const char *b);
double _pl_extract_item_similarity (PlItem *a,
                                    const char *a_text,
                                    PlItem *b,
                                    const char *b_text);
guint _pl_extract_count_matches (Extraction *x,
                                 const PlLexList *list,
                                 guint first_token,
                                 guint end_token,
                                 int *out_sum);
GArray *_pl_extract_split_list (Extraction *x,
                                guint first_token,
                                guint end_token,
                                gboolean gerunds_only);

typedef struct
{
  guint first;
  guint end;
} Span;

G_END_DECLS
