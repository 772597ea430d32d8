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

/* The lists the phase and component passes look for at every token, as
 * bits of Extraction.cues. One look-up per token tells which of them may
 * match there, so that each pass tries only those: the text has tens of
 * thousands of tokens, the lists are many. */
enum
{
  CUE_PHASE_NOUN = 1 << 0,
  CUE_ORDINAL = 1 << 1,
  CUE_STAGE_NOUN = 1 << 2,
  CUE_PROCESS = 1 << 3,
  CUE_SEQUENCE = 1 << 4,
  CUE_PLAN_NOUN = 1 << 5,
  CUE_NUMBER = 1 << 6,
  CUE_TERM = 1 << 7,
  CUE_GOAL_VERB = 1 << 8,
  CUE_ORDER = 1 << 9,
  CUE_TARGET = 1 << 10,
  CUE_ACHIEVE = 1 << 11,
  CUE_EXAMPLE = 1 << 12,
  CUE_RULE_MODAL = 1 << 13,
};

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
GHashTable *_pl_extract_word_set (const char *text,
                                  gboolean numbers);
gboolean _pl_extract_has_cue (Extraction *x,
                              guint token,
                              guint32 cues);
gboolean _pl_extract_is_named_key (int key);
gboolean _pl_extract_is_numbered_key (int key);
gboolean _pl_extract_token_is (Extraction *x,
                               guint token,
                               const char *word);
gboolean _pl_extract_is_phase_noun (Extraction *x,
                                    guint token);
gboolean _pl_extract_is_function_word (Extraction *x,
                                       guint token);
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

/* Actors (pl-extract-actors.c). */

/* An actor's name is at most this many tokens. */
#define MAX_ACTOR_TOKENS 10
/* A name after its verb ("…, said Juan Perez") is at most this long. */
#define MAX_NAME_TOKENS 6

typedef struct
{
  guint first; /* the name */
  guint end;
  guint app_first; /* what an apposition says of it ("a senior analyst at …"), or empty */
  guint app_end;
} Actor;

int _pl_extract_kind_of_words (Extraction *x,
                               guint first,
                               guint end);
gboolean _pl_extract_is_name_token (Extraction *x,
                                    guint token,
                                    guint first,
                                    guint end);
guint _pl_extract_first_word (Extraction *x,
                              const PlSentence *s);
gboolean _pl_extract_has_and (Extraction *x,
                              guint first,
                              guint end);
gboolean _pl_extract_actor_before (Extraction *x,
                                   const PlSentence *s,
                                   guint verb,
                                   Actor *actor);
gboolean _pl_extract_actor_after (Extraction *x,
                                  guint verb_end,
                                  guint end,
                                  Actor *actor);
gboolean _pl_extract_apposition_head (Extraction *x,
                                      const PlSentence *s,
                                      guint verb,
                                      Actor *actor);
gboolean _pl_extract_actor_before_aside (Extraction *x,
                                         const PlSentence *s,
                                         guint verb,
                                         Actor *actor);
gboolean _pl_extract_actor_before_clause (Extraction *x,
                                          const PlSentence *s,
                                          guint verb,
                                          Actor *actor);
gboolean _pl_extract_actor_before_relative (Extraction *x,
                                            const PlSentence *s,
                                            guint verb,
                                            Actor *actor);
gboolean _pl_extract_is_joint (const char *name);
gboolean _pl_extract_refers_to_proponent (Extraction *x,
                                          const char *name);
gboolean _pl_extract_is_valid_actor (Extraction *x,
                                     const Actor *actor);
char *_pl_extract_actor_name (Extraction *x,
                              const Actor *actor);
gboolean _pl_extract_ends_with_person (Extraction *x,
                                       guint first,
                                       guint end);
PlActorKind _pl_extract_actor_kind (Extraction *x,
                                    const Actor *actor);
gboolean _pl_extract_actor_up_to_comma (Extraction *x,
                                        guint first,
                                        guint end,
                                        Actor *actor);
gboolean _pl_extract_actor_by (Extraction *x,
                               guint first,
                               guint end,
                               Actor *actor);
gboolean _pl_extract_role_then_name (Extraction *x,
                                     const PlSentence *s,
                                     guint verb,
                                     Actor *actor);

G_END_DECLS
