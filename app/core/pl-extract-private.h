/* pl-extract-private.h: what the extraction passes share.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

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

/* Small tests of a token, shared by the passes and inlined in each. */
static inline gboolean
_pl_extract_is_word (Extraction *x,
                     guint token,
                     const char *word)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && strcmp (t->lower, word) == 0;
}

static inline gboolean
_pl_extract_is_lex (Extraction *x,
                    guint token,
                    const char *group,
                    const char *key)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && pl_lex_list_lookup (pl_lexicon_list (group, key), t->lower) != NULL;
}

static inline gboolean
_pl_extract_is_determiner (Extraction *x,
                           guint token)
{
  return _pl_extract_is_word (x, token, "the") || _pl_extract_is_word (x, token, "a") ||
         _pl_extract_is_word (x, token, "an");
}

/* Whether an entry of the list matches anywhere between the tokens. */
static inline gboolean
_pl_extract_matches (Extraction *x,
                     const char *group,
                     const char *key,
                     guint first,
                     guint end)
{
  return _pl_extract_count_matches (x, pl_lexicon_list (group, key), first, end, NULL) > 0;
}
GArray *_pl_extract_split_list (Extraction *x,
                                guint first_token,
                                guint end_token,
                                gboolean gerunds_only);

typedef struct
{
  guint first;
  guint end;
} Span;

/* Risks (pl-extract-risks.c: the rules; pl-extract-risk-text.c: the words
 * of a risk). */

/* A risk names at least this many things besides its cue words. */
#define MIN_CONTENT_WORDS 4

typedef struct
{
  Extraction *x;
  guint first_risk;     /* the first of x->risks this pass made */
  GPtrArray *keys;      /* of owned char * or NULL: per risk from first_risk, what makes two one */
  guint plan_sentence;  /* one past the sentence of the last intent to kill the plan, or 0 */
  guint plan_risk;      /* its risk */
  guint doubt_sentence; /* one past the sentence of the last open outcome, or 0 */
  guint doubt_risk;     /* its risk */
  guint sentence;       /* the sentence being read */
  guint *masks;         /* owned: per token, the RiskTrigger lists that may match there */
  guint sentence_mask;  /* the same for the whole sentence */
  guint cue_end;        /* one past the last token a stated risk's cue may start at, or 0 for any */
} RiskPass;

typedef struct
{
  Span label;           /* the words shown */
  Span evidence;        /* the words cited */
  Span cue;             /* the words that make it a risk, for grading */
  int severity;         /* 1 low … 3 high, before the words around the cue */
  int likelihood;       /* 1 … 3, or 0: from the wording */
  const char *key;      /* (nullable): risks of an article with the same key are one */
  const char *category; /* (nullable): the category's nick, when the rule knows it */
} RiskDraft;

typedef enum
{
  LIST_ADVICE_SUBJECTS,
  LIST_AMOUNTS,
  LIST_BACKGROUND,
  LIST_CATEGORY_WORDS,
  LIST_CAUSES,
  LIST_COMMITMENTS,
  LIST_COMPOUNDS,
  LIST_CONCESSIONS,
  LIST_CONDITIONS,
  LIST_CONNECTIVES,
  LIST_CUES,
  LIST_CUE_CATEGORIES,
  LIST_DANGER_CATEGORIES,
  LIST_DANGERS,
  LIST_EMPTY,
  LIST_ENTITLEMENTS,
  LIST_FEARS,
  LIST_GENERIC,
  LIST_HARM,
  LIST_HARM_PASSIVE,
  LIST_HARM_TO_PLAN,
  LIST_HISTORY,
  LIST_HOSTILE,
  LIST_IDIOMS,
  LIST_INTENTS,
  LIST_LACKS,
  LIST_LIKELY,
  LIST_MODALS,
  LIST_NEGATION_LINKS,
  LIST_NEGATIONS,
  LIST_PAST,
  LIST_PERSISTENT,
  LIST_PHRASE_STOPS,
  LIST_PRECONDITION_ENDS,
  LIST_PRECONDITIONS,
  LIST_PREVENTION,
  LIST_PROTECTION,
  LIST_RECORDS,
  LIST_RECORD_SPANS,
  LIST_REMEDIES,
  LIST_SHORTFALL,
  LIST_STRONGER,
  LIST_TARGETS,
  LIST_UNCERTAINTY,
  LIST_UNLIKELY,
  LIST_UNMET,
  LIST_VENTURES,
  LIST_WEAK,
  LIST_WEAKER,
  LIST_SPEECH_VERBS,
  N_LISTS
} RiskList;

/* The lists whose entries start a rule, looked at on every token. */
typedef enum
{
  TRIGGER_MODALS = 1 << 0,
  TRIGGER_HARM = 1 << 1,
  TRIGGER_HARM_TO_PLAN = 1 << 2,
  TRIGGER_INTENTS = 1 << 3,
  TRIGGER_UNMET = 1 << 4,
  TRIGGER_PRECONDITIONS = 1 << 5,
  TRIGGER_PREVENTION = 1 << 6,
  TRIGGER_FEARS = 1 << 7,
  TRIGGER_PROTECTION = 1 << 8,
  TRIGGER_CUES = 1 << 9,
  TRIGGER_SHORTFALL = 1 << 10,
  TRIGGER_WEAK = 1 << 11,
  TRIGGER_UNCERTAINTY = 1 << 12,
  TRIGGER_LACKS = 1 << 13,
  TRIGGER_RECORDS = 1 << 14,
} RiskTrigger;

guint *_pl_risk_token_masks (Extraction *x);
const PlLexList *_pl_risk_list (RiskList id);
const char *_pl_risk_lower (Extraction *x,
                            guint token);
gboolean _pl_risk_is_word (Extraction *x,
                           guint token,
                           const char *word);
const PlLexEntry *_pl_risk_match (Extraction *x,
                                  RiskList id,
                                  guint token,
                                  guint end,
                                  guint *out_length);
guint _pl_risk_sentence_end (const PlSentence *s);
gboolean _pl_risk_is_break (Extraction *x,
                            guint token);
gboolean _pl_risk_entry_before (Extraction *x,
                                RiskList id,
                                guint first,
                                guint token,
                                guint window);
const PlLexEntry *_pl_risk_entry_after (Extraction *x,
                                        RiskList id,
                                        guint token,
                                        guint end,
                                        guint window,
                                        guint *out_token,
                                        guint *out_length);
gboolean _pl_risk_is_negation (Extraction *x,
                               guint token,
                               guint end);
gboolean _pl_risk_negated (Extraction *x,
                           guint first,
                           guint token);
gboolean _pl_risk_cue_stands (Extraction *x,
                              const PlSentence *s,
                              guint token,
                              guint length);
gboolean _pl_risk_is_speech_verb (Extraction *x,
                                  guint token,
                                  guint end);
guint _pl_risk_content_words (Extraction *x,
                              guint first,
                              guint end);
Span _pl_risk_clause_around (Extraction *x,
                             const PlSentence *s,
                             guint token);
guint _pl_risk_clause_end (Extraction *x,
                           const PlSentence *s,
                           guint token);
Span _pl_risk_evidence_around (Extraction *x,
                               const PlSentence *s,
                               guint token);
Span _pl_risk_phrase_after (Extraction *x,
                            guint token,
                            guint end);
Span _pl_risk_phrase_before (Extraction *x,
                             const PlSentence *s,
                             guint token);
const PlLexEntry *_pl_risk_find_danger (Extraction *x,
                                        Span span,
                                        guint *out_token,
                                        guint *out_length);
char *_pl_risk_danger_key (const PlLexEntry *danger);
const char *_pl_risk_danger_category (const PlLexEntry *danger);
guint _pl_risk_emit (RiskPass *p,
                     const PlSentence *s,
                     RiskDraft *d);
void _pl_risk_add_evidence (RiskPass *p,
                            guint index,
                            const PlSentence *s,
                            const RiskDraft *d);

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

/* Components (pl-extract-components.c). */

/* An aim is at most this many tokens. */
#define MAX_AIM_TOKENS 30

/* How a part was found, which decides how much of it to trust. */
typedef enum
{
  PART_PROSE = 0,
  PART_LIST_ITEM = 1 << 0, /* an item of a list: taken as written */
  PART_NO_MEANS = 1 << 1,  /* already the means of another part */
  PART_LISTED = 1 << 2,    /* one of several listed: one word is enough */
} PartFlags;

guint _pl_extract_sentence_of_token (Extraction *x,
                                     guint token);
gboolean _pl_extract_is_conjunction (Extraction *x,
                                     guint t);
gboolean _pl_extract_in_components_list (Extraction *x,
                                         const char *key,
                                         guint token);
gboolean _pl_extract_is_component_gerund (Extraction *x,
                                          guint token);
gboolean _pl_extract_is_anaphoric (Extraction *x,
                                   guint first,
                                   guint end);
PlComponent *_pl_extract_add_sentence_part (Extraction *x,
                                            PhaseDraft *draft,
                                            guint si,
                                            guint first,
                                            guint end,
                                            const Span *actor,
                                            PartFlags flags);
gboolean _pl_extract_continues_phase (Extraction *x,
                                      guint si);
gboolean _pl_extract_introduced_in (Extraction *x,
                                    guint si,
                                    guint block);
PhaseDraft *_pl_extract_phase_for_sentence (Extraction *x,
                                            guint si);
gboolean _pl_extract_is_skippable (Extraction *x,
                                   guint token);
guint _pl_extract_aim_end (Extraction *x,
                           guint start,
                           guint end);
guint _pl_extract_skip_to_aim (Extraction *x,
                               guint mention,
                               guint end);
void _pl_extract_add_parts_of (Extraction *x,
                               PhaseDraft *draft,
                               guint si,
                               guint first,
                               guint end,
                               gboolean split_pairs,
                               const Span *actor);
void _pl_extract_add_parts (Extraction *x,
                            PhaseDraft *draft,
                            guint si,
                            guint first,
                            guint end,
                            gboolean split_pairs);
void _pl_extract_set_summary (Extraction *x,
                              PhaseDraft *draft,
                              guint si);
gboolean _pl_extract_take_gist (Extraction *x,
                                PhaseDraft *draft,
                                guint si,
                                guint t,
                                guint stop,
                                gboolean summary_verb);

/* Aims and commitments (pl-extract-aims.c). */

void _pl_extract_take_aim (Extraction *x,
                           PhaseDraft *draft,
                           guint si,
                           guint t);
gboolean _pl_extract_is_participle (Extraction *x,
                                    guint t);
gboolean _pl_extract_is_commitment (Extraction *x,
                                    guint t,
                                    guint end,
                                    guint *length);
void _pl_extract_take_commitment (Extraction *x,
                                  PhaseDraft *draft,
                                  guint si,
                                  guint subject,
                                  guint modal,
                                  guint length);
void _pl_extract_aim_components (Extraction *x);
GHashTable *_pl_extract_name_words (Extraction *x);
void _pl_extract_add_parties (Extraction *x,
                              GHashTable *names,
                              guint first,
                              guint end);
void _pl_extract_find_parties (Extraction *x);
guint _pl_extract_aim_subject_start (Extraction *x,
                                     const PlSentence *s,
                                     guint t);
void _pl_extract_goal_components (Extraction *x);
void _pl_extract_lead_components (Extraction *x);

/* Provisions and terms (pl-extract-provisions.c). */

void _pl_extract_plan_components (Extraction *x);
void _pl_extract_stated_terms (Extraction *x);
void _pl_extract_priority_components (Extraction *x);
void _pl_extract_term_components (Extraction *x);
void _pl_extract_under_components (Extraction *x);
void _pl_extract_provision_components (Extraction *x);
void _pl_extract_rule_components (Extraction *x);
void _pl_extract_order_components (Extraction *x);
void _pl_extract_counted_components (Extraction *x);
void _pl_extract_means_components (Extraction *x);
void _pl_extract_example_components (Extraction *x);
void _pl_extract_topic_measure_components (Extraction *x);

G_END_DECLS
