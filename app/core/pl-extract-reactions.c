/* pl-extract-reactions.c: who said or did what about the plan.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A reaction is an actor's statement or act with its stance toward the
 * plan. Each sentence gives at most one statement: the first cue (a verb
 * of saying or reacting, a state such as "remain skeptical", "according
 * to") whose actor can be read, preferring a main clause to a clause
 * opened by "after" or "when". A quotation that goes on after an
 * attributed sentence is more of the same statement. An actor's
 * statements make one reaction per stance that can hold at once: support
 * with doubts is mixed, but support and opposition are about two things
 * and make two reactions. Reading an actor's name and kind is in
 * pl-extract-actors.c.
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pl-enum-types.h"
#include "pl-extract-private.h"

/* A pronoun refers to an actor named at most this many sentences before. */
#define PRONOUN_REACH 3
/* "Rejected these accusations": the object within this many tokens. */
#define OBJECT_REACH 4
/* A negation ("not a risk") at most this many tokens before a word. */
#define NEGATION_REACH 3
/* A remedy ("help families suffering") at most this many tokens before a harm word. */
#define REMEDY_REACH 4
/* A sentence opening with a year this much before publication is history. */
#define HISTORY_YEARS 5
/* The first sentences of a story, where a plan is announced. */
#define LEAD_SENTENCES 3
/* A critic's words this much more negative than positive are opposition. */
#define CRITIC_COMPLAINT 3
/* Words of harm this heavy after a verb of doubt make it opposition. */
#define STRONG_DOUBT 2

/* A word inside a name of several capitalised words ("the Pension
 * Benefit Guarantee Corp."): it says nothing of the plan. */
static gboolean
in_name (Extraction *x,
         guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  if (!t->capitalized)
    return FALSE;
  return (token > 0 && PL_TOKEN (x->a, token - 1)->is_word && PL_TOKEN (x->a, token - 1)->capitalized &&
          PL_TOKEN (x->a, token - 1)->end + 1 == t->start) ||
         (token + 1 < x->a->tokens->len && PL_TOKEN (x->a, token + 1)->is_word &&
          PL_TOKEN (x->a, token + 1)->capitalized && t->end + 1 == PL_TOKEN (x->a, token + 1)->start);
}

/* Whether a harm word is the evil a remedy fights: "would help
 * families suffering from debt", "to tackle the crisis". */
static gboolean
is_remedied (Extraction *x,
             guint first,
             guint token)
{
  const PlLexList *remedies = pl_lexicon_list ("reactions", "remedies");

  for (guint b = token; b > first && b + REMEDY_REACH > token; b--)
    if (pl_analysis_match (x->a, remedies, b - 1, token, NULL) != NULL)
      return TRUE;
  return FALSE;
}

/* Counts the words of @list in the tokens, leaving out those under a
 * negation ("not a proliferation risk", "does not support"); their
 * weight goes to @negated if given ("not a good deal" leans the other
 * way). "not only good" is no negation. Harm that a remedy fights counts
 * nothing. */
static int
count_unnegated_full (Extraction *x,
                      const char *key,
                      guint first,
                      guint end,
                      int *negated_sum)
{
  const PlLexList *list = pl_lexicon_list ("reactions", key);
  const PlLexList *negations = pl_lexicon_list ("reactions", "negations");
  gboolean harm = strcmp (key, "negative") == 0;
  int sum = 0;

  for (guint t = first; t < end;)
    {
      guint length = 1;
      const PlLexEntry *entry = pl_analysis_match (x->a, list, t, end, &length);
      gboolean negated = FALSE;
      int weight;

      if (entry == NULL || in_name (x, t) || (harm && is_remedied (x, first, t)))
        {
          t += entry != NULL ? length : 1;
          continue;
        }
      for (guint b = t; b > first && b + NEGATION_REACH > t; b--)
        if (pl_analysis_match (x->a, negations, b - 1, t, NULL) != NULL && !_pl_extract_is_word (x, b, "only"))
          negated = TRUE;
      /* "very disappointing": a word of degree makes it weigh more. */
      weight = (entry->value ? entry->value : 1) + (t > first && _pl_extract_is_lex (x, t - 1, "reactions", "degree") ? 1 : 0);
      if (!negated)
        sum += weight;
      else if (negated_sum != NULL)
        *negated_sum += weight;
      t += length;
    }
  return sum;
}

static int
count_unnegated (Extraction *x,
                 const char *key,
                 guint first,
                 guint end)
{
  return count_unnegated_full (x, key, first, end, NULL);
}

/* Whether the tokens deny a claim: "the allegations are false", "rejected
 * these accusations": a denial says nothing of the plan. */
static gboolean
denies_claim (Extraction *x,
              guint first,
              guint end)
{
  return _pl_extract_matches (x, "reactions", "claims", first, end) && _pl_extract_matches (x, "reactions", "denials", first, end);
}

/* Whether the tokens speak of a plan: "a plan", "the deal", "phase two". */
static gboolean
names_plan (Extraction *x,
            guint first,
            guint end)
{
  return _pl_extract_matches (x, "components", "plan_nouns", first, end) || _pl_extract_matches (x, "phases", "nouns", first, end);
}

/* Whether a verb of reacting is aimed at something else than the plan:
 * someone's view ("questioned the minister's concern", "rejected the
 * critics' arguments") or "such" with no plan ("resisted such
 * pessimism"). */
static gboolean
aimed_elsewhere (Extraction *x,
                 guint verb_end,
                 guint end)
{
  guint reach = MIN (end, verb_end + OBJECT_REACH);

  if (verb_end < end && _pl_extract_is_word (x, verb_end, "such"))
    return !names_plan (x, verb_end + 1, MIN (end, verb_end + 3));
  for (guint t = verb_end; t < reach; t++)
    {
      /* "the critics' view": the apostrophe is part of the object. */
      if (names_plan (x, t, t + 1) || (!PL_TOKEN (x->a, t)->is_word && strcmp (PL_TOKEN (x->a, t)->lower, "'") != 0))
        return FALSE;
      if (_pl_extract_is_lex (x, t, "reactions", "opinions"))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  guint verb;       /* first token of the cue */
  guint verb_end;   /* past it */
  const char *tag;  /* the stance it shows, "say", or how to read it */
  gboolean passive; /* "was welcomed by …": the actor follows "by" */
} Cue;

/* The leaning words of a statement, counted over its sentences. */
typedef struct
{
  int pos;
  int neg;
  int rejected;
  int demands;       /* "must", "we need": wanting more or other */
  gboolean critic;   /* said by a critic of plans: a union, the opposition */
  gboolean affected; /* said by those the plan acts on: workers, residents */
  gboolean backer;   /* said by those named as its backers: "supporters" */
  gboolean goal;
} Lean;

/* "they will do what they can to block a deal": the speakers' own
 * intent to stop a plan is opposition. */
static int
own_obstruction (Extraction *x,
                 guint first,
                 guint end)
{
  int sum = 0;

  for (guint t = first + 1; t < end; t++)
    {
      gboolean subject = FALSE;

      if (!_pl_extract_is_lex (x, t, "reactions", "obstruction") || !_pl_extract_is_lex (x, t - 1, "reactions", "intent") ||
          !_pl_extract_matches (x, "components", "plan_nouns", t + 1, MIN (end, t + 1 + OBJECT_REACH)))
        continue;
      for (guint b = t; b > first && b + MAX_ACTOR_TOKENS > t && !subject; b--)
        subject = _pl_extract_is_lex (x, b - 1, "reactions", "intent_subjects");
      sum += subject ? 2 : 0;
    }
  return sum;
}

/* Counts the leaning words of what was said, outside the actor's name;
 * a denial of a claim counts nothing. */
static void
lean_add (Extraction *x,
          guint first,
          guint end,
          const Actor *actor,
          gboolean own_position,
          Lean *lean)
{
  guint a_first = actor ? actor->first : end, a_end = actor ? actor->end : end;
  int refusals, mixed;

  if (actor != NULL && (actor->first < first || actor->end > end))
    a_first = a_end = end;
  if (denies_claim (x, first, end))
    return;
  lean->pos += count_unnegated_full (x, "positive", first, a_first, &lean->neg) +
               count_unnegated_full (x, "positive", a_end, end, &lean->neg);
  mixed = count_unnegated (x, "mixed", first, a_first) + count_unnegated (x, "mixed", a_end, end);
  lean->pos += mixed;
  lean->neg += mixed;
  lean->neg += count_unnegated (x, "negative", first, a_first) + count_unnegated (x, "negative", a_end, end);
  lean->rejected += count_unnegated (x, "rejection", first, a_first) + count_unnegated (x, "rejection", a_end, end);
  /* "Russia is unlikely to agree": a refusal of the actor's own is
   * opposition; of someone else's, a doubt. */
  refusals = count_unnegated (x, "refusals", a_end, end);
  if (own_position)
    lean->rejected += refusals;
  else
    lean->neg += refusals;
  /* "would raise tariffs if no deal is reached": wanting the deal and
   * threatening without it. */
  refusals = count_unnegated (x, "ultimatums", a_end, end);
  lean->pos += refusals;
  lean->neg += refusals;
  lean->rejected += own_obstruction (x, a_end, end);
  lean->demands += count_unnegated (x, "demands", first, a_first) + count_unnegated (x, "demands", a_end, end);
  /* "The goal is to cut emissions by half": setting out the plan's aims. */
  lean->goal = lean->goal || _pl_extract_matches (x, "reactions", "goals", a_end, end);
}

/* Rejection ("premature", "unacceptable") is opposition, doubt is
 * skepticism, praise is support, both together mixed. */
static PlStance
lean_stance (const Lean *lean)
{
  /* A critic's demand ("the union insists the law must change") wants
   * other than the plan gives; a critic's clear complaint is
   * opposition. */
  int rejected = lean->rejected + (lean->critic && lean->demands > 0 ? 1 : 0);

  /* Those the plan acts on, telling of clear harm to them (losses,
   * fear, leaving), reject it too. */
  if ((lean->critic || lean->affected) && lean->neg >= lean->pos + CRITIC_COMPLAINT)
    rejected += lean->neg;
  if (rejected > 0 && rejected >= lean->pos)
    return PL_STANCE_OPPOSE;
  if (lean->pos > 0 && lean->neg > 0 && ABS (lean->pos - lean->neg) <= 1)
    return PL_STANCE_MIXED;
  if (lean->neg > lean->pos)
    return PL_STANCE_SKEPTICAL;
  /* "Supporters of the plan say it will create jobs": those named as
   * its backers back it unless their words say otherwise. */
  if (lean->pos > lean->neg || lean->goal || (lean->backer && lean->neg == 0 && lean->rejected == 0))
    return PL_STANCE_SUPPORT;
  return PL_STANCE_NEUTRAL;
}

/* After a verb with a stance of its own, a contrast ("but", "though")
 * followed by words that lean the other way makes the view mixed. */
static PlStance
turned_stance (Extraction *x,
               guint from,
               guint end,
               PlStance stance)
{
  for (guint t = from; t < end; t++)
    {
      Lean tail = { 0 };
      const PlLexEntry *verb;
      guint length = 0;

      if (!_pl_extract_is_lex (x, t, "reactions", "contrasts"))
        continue;
      lean_add (x, t + 1, end, NULL, FALSE, &tail);
      for (guint v = t + 1; v < end; v++)
        if ((verb = pl_analysis_match (x->a, pl_lexicon_list ("reactions", "verbs"), v, end, &length)) != NULL)
          {
            if (strcmp (verb->tag, "skeptical") == 0 || strcmp (verb->tag, "oppose") == 0)
              tail.neg += 2;
            else if (strcmp (verb->tag, "support") == 0)
              tail.pos += 2;
            break;
          }
      if (stance == PL_STANCE_SUPPORT && tail.neg + tail.rejected > tail.pos)
        return PL_STANCE_MIXED;
      if ((stance == PL_STANCE_SKEPTICAL || stance == PL_STANCE_OPPOSE) && tail.pos > tail.neg + tail.rejected)
        return PL_STANCE_MIXED;
      return stance;
    }
  return stance;
}

/* Whether the words name a critic of plans: "union leaders", "the
 * opposition", "protesters". A word inside a longer proper name
 * ("European Union") names something else. */
static gboolean
names_critic (Extraction *x,
              guint first,
              guint end)
{
  const PlLexList *critics = pl_lexicon_list ("actors", "critics");

  for (guint t = first; t < end; t++)
    if (pl_analysis_match (x->a, critics, t, end, NULL) != NULL &&
        !(t > first && PL_TOKEN (x->a, t)->capitalized && PL_TOKEN (x->a, t - 1)->capitalized))
      return TRUE;
  return FALSE;
}

/* Whether the words name a plan's backers as such: "supporters",
 * "backers of the bill", "some proponents"; the head word comes first,
 * after a quantifier. */
static gboolean
names_backer (Extraction *x,
              guint first,
              guint end)
{
  while (first + 1 < end && (_pl_extract_is_determiner (x, first) || _pl_extract_is_lex (x, first, "actors", "quantifiers")))
    first++;
  return first < end && _pl_extract_is_lex (x, first, "actors", "backers");
}

/* What a statement says of the plan, from its cue and its words; -1 when
 * it is no reaction (an announcement of something else). When the stance
 * comes from the words alone, @lean gets them, and @from_words is set. */
static int
statement_stance (Extraction *x,
                  const PlSentence *s,
                  const Cue *cue,
                  const Actor *actor,
                  gboolean own_position,
                  Lean *lean,
                  gboolean *from_words)
{
  guint end = s->first + s->n_tokens;
  g_autofree char *name = pl_analysis_dup_span (x->a, actor->first, actor->end);
  g_autofree char *role = actor->app_end > actor->app_first
                              ? pl_analysis_dup_span (x->a, actor->app_first, actor->app_end)
                              : NULL;
  /* The proponent, or one of its people: "Ann Lee, the agency's
   * director"; or one who wrote the plan: "Ann Lee, who sponsored the
   * bill". */
  gboolean proponent = _pl_extract_refers_to_proponent (x, name) || (role && _pl_extract_is_proponent (x, role)) ||
                       (role && _pl_extract_matches (x, "reactions", "authors", actor->app_first, actor->app_end));
  int value = PL_STANCE_NEUTRAL;

  *lean = (Lean){ 0 };
  *from_words = FALSE;
  if (strcmp (cue->tag, "say") == 0 || strcmp (cue->tag, "according") == 0 || strcmp (cue->tag, "report") == 0 ||
      strcmp (cue->tag, "call") == 0)
    {
      PlStance stance;

      if (proponent)
        return PL_STANCE_SUPPORT;
      /* "what the minister calls a partnership": naming, no stance. */
      if (strcmp (cue->tag, "call") == 0 && actor->first > s->first && _pl_extract_is_word (x, actor->first - 1, "what"))
        return -1;
      lean_add (x, s->first, end, actor, own_position, lean);
      lean->critic = names_critic (x, actor->first, actor->end) ||
                     (role && names_critic (x, actor->app_first, actor->app_end));
      lean->affected = _pl_extract_matches (x, "actors", "affected", actor->first, actor->end) ||
                       (role && _pl_extract_matches (x, "actors", "affected", actor->app_first, actor->app_end));
      lean->backer = names_backer (x, actor->first, actor->end);
      *from_words = TRUE;
      stance = lean_stance (lean);
      /* "what the minister calls a partnership": naming, no stance. */
      return stance == PL_STANCE_NEUTRAL && strcmp (cue->tag, "call") == 0 ? -1 : (int) stance;
    }
  if (strcmp (cue->tag, "deny") == 0)
    return PL_STANCE_NEUTRAL;
  /* "accused U.S. forces of disrupting a UN plan": whoever accuses
   * another of hindering the plan wants it; other accusations are about
   * the accused. */
  if (strcmp (cue->tag, "accuse") == 0)
    {
      for (guint t = cue->verb_end; t < end; t++)
        if (_pl_extract_is_lex (x, t, "reactions", "obstruction") && names_plan (x, t + 1, end))
          return PL_STANCE_SUPPORT;
      return PL_STANCE_NEUTRAL;
    }
  /* "announced the deal", "revealed plans to expand": who announces a
   * plan stands behind it; an announcement of anything else is news. */
  if (strcmp (cue->tag, "announce") == 0)
    {
      PlStance stance;

      if (!_pl_extract_matches (x, "components", "plan_nouns", s->first, end))
        return -1;
      lean_add (x, s->first, end, actor, TRUE, lean);
      stance = lean_stance (lean);
      return stance == PL_STANCE_NEUTRAL ? PL_STANCE_SUPPORT : (int) stance;
    }
  pl_enum_from_nick (PL_TYPE_STANCE, cue->tag, &value);
  if (aimed_elsewhere (x, cue->verb_end, end))
    return -1;
  /* "rejected these accusations as false": a denial, not a stance. */
  if ((value == PL_STANCE_OPPOSE || value == PL_STANCE_SKEPTICAL) &&
      (_pl_extract_matches (x, "reactions", "claims", cue->verb_end, MIN (end, cue->verb_end + OBJECT_REACH)) ||
       denies_claim (x, cue->verb_end, end)))
    return PL_STANCE_NEUTRAL;
  /* "welcomed the deal but warned of delays": a turn the other way
   * makes the view mixed. */
  if (value != PL_STANCE_NEUTRAL && value != PL_STANCE_MIXED)
    {
      PlStance turned = turned_stance (x, cue->verb_end, end, (PlStance) value);

      if (turned != (PlStance) value)
        return turned;
    }
  /* "strongly criticized": doubt said forcefully is opposition. */
  for (guint t = cue->verb; value == PL_STANCE_SKEPTICAL && t > s->first && _pl_extract_is_lex (x, t - 1, "reactions", "auxiliaries");
       t--)
    if (_pl_extract_is_lex (x, t - 1, "reactions", "intensifiers"))
      value = PL_STANCE_OPPOSE;
  /* "is concerned the law would crush small firms": a worry whose
   * words reject, or tell of clear harm with no good and no hedge, is
   * opposition; doubt named as such ("remain skeptical, noting …") and
   * harm that only could come ("warned it could fail") stay doubt. */
  if (value == PL_STANCE_SKEPTICAL && !_pl_extract_matches (x, "reactions", "doubts", cue->verb, cue->verb_end))
    {
      Lean words = { 0 };

      lean_add (x, cue->verb_end, end, actor, own_position, &words);
      if (words.pos == 0 &&
          (words.rejected > 0 || (words.neg >= STRONG_DOUBT && !_pl_extract_matches (x, "reactions", "hedges", cue->verb_end, end))))
        value = PL_STANCE_OPPOSE;
    }
  return value;
}

static char *
find_quote (Extraction *x,
            const PlSentence *s)
{
  const char *text = x->a->text + s->start;
  gsize length = s->end - s->start;
  const char *open = g_strstr_len (text, (gssize) length, "“");
  const char *close = open ? g_strstr_len (open, (gssize) (text + length - open), "”") : NULL;
  g_autofree char *quote = NULL;

  if (open == NULL || close == NULL)
    return NULL;
  quote = g_strndup (open + strlen ("“"), (gsize) (close - open - strlen ("“")));
  g_strstrip (quote);
  return strchr (quote, ' ') != NULL && g_utf8_strlen (quote, -1) > 12 ? g_steal_pointer (&quote) : NULL;
}

static gboolean
is_personal (PlActorKind kind)
{
  return kind == PL_ACTOR_KIND_PERSON || kind == PL_ACTOR_KIND_ANALYST;
}

/* The last word of a name: "Lee" of "Agency chief Ann Lee". */
static const char *
last_word (const char *name)
{
  const char *space = strrchr (name, ' ');

  return space ? space + 1 : name;
}

/* The proponent speaks through many mouths ("the United States", "U.S.
 * officials", "Washington", "officials"): one actor. A person speaking
 * for it ("Agency chief Ann Lee") is a person of their own, the same as
 * another mention only by surname. */
static gboolean
same_actor (Extraction *x,
            PlReaction *reaction,
            const char *name,
            PlActorKind kind)
{
  const char *other = pl_reaction_get_actor (reaction);

  if (g_ascii_strcasecmp (other, name) == 0)
    return TRUE;
  if (is_personal (kind) || is_personal (pl_reaction_get_actor_kind (reaction)))
    return is_personal (kind) && is_personal (pl_reaction_get_actor_kind (reaction)) &&
           g_ascii_strcasecmp (last_word (other), last_word (name)) == 0;
  return !_pl_extract_is_joint (other) && !_pl_extract_is_joint (name) && _pl_extract_refers_to_proponent (x, other) && _pl_extract_refers_to_proponent (x, name);
}

/* "Simpson" after "Charles Simpson": the same person. */
static gboolean
is_surname_of (const char *short_name,
               const char *full_name)
{
  gsize n = strlen (short_name), m = strlen (full_name);

  return strchr (short_name, ' ') == NULL && m > n + 1 && full_name[m - n - 1] == ' ' &&
         strcmp (full_name + m - n, short_name) == 0;
}

/* Support and opposition cannot be the same actor's view of one thing:
 * they go to separate reactions. */
static gboolean
compatible (Extraction *x,
            PlReaction *reaction,
            PlStance stance)
{
  guint *votes = g_hash_table_lookup (x->stance_votes, reaction);

  if (stance == PL_STANCE_OPPOSE)
    return votes[PL_STANCE_SUPPORT] == 0;
  if (stance == PL_STANCE_SUPPORT)
    return votes[PL_STANCE_OPPOSE] == 0;
  return TRUE;
}

static PlReaction *
find_actor_reaction (Extraction *x,
                     const char *name,
                     PlActorKind kind,
                     PlStance stance)
{
  for (guint i = 0; i < x->reactions->len; i++)
    {
      PlReaction *other = g_ptr_array_index (x->reactions, i);

      if ((same_actor (x, other, name, kind) || is_surname_of (name, pl_reaction_get_actor (other))) &&
          compatible (x, other, stance))
        return other;
    }
  return NULL;
}

static void
add_statement (Extraction *x,
               PlReaction *reaction,
               const PlSentence *s,
               PlStance stance)
{
  g_autofree char *quote = find_quote (x, s);
  guint *votes = g_hash_table_lookup (x->stance_votes, reaction);

  if (pl_reaction_get_quote (reaction) == NULL)
    pl_reaction_set_quote (reaction, quote);
  votes[stance]++;
  _pl_extract_add_evidence (x, PL_ITEM (reaction), s->first, s->first + s->n_tokens);
}

/* The actor's reaction with that stance, new or found, with the
 * statement counted. */
static PlReaction *
add_reaction (Extraction *x,
              const PlSentence *s,
              const Actor *actor,
              PlStance stance,
              gboolean *from_words)
{
  g_autofree char *name = _pl_extract_actor_name (x, actor);
  PlActorKind kind = _pl_extract_actor_kind (x, actor);
  PlReaction *reaction = find_actor_reaction (x, name, kind, stance);

  /* Leaning words that go against what the same actor's verb said
   * ("cautioned against …", then a quote with praise in it) are weaker
   * than the verb: the quote is more of that statement. */
  if (reaction == NULL && *from_words && (reaction = find_actor_reaction (x, name, kind, PL_STANCE_NEUTRAL)) != NULL)
    {
      _pl_extract_add_evidence (x, PL_ITEM (reaction), s->first, s->first + s->n_tokens);
      /* No vote was counted, so none is to be recounted. */
      *from_words = FALSE;
      return reaction;
    }

  /* "Acme" (a kind guessed from capitals), then "agency officials" (a
   * kind the words tell): the words are believed. */
  if (reaction != NULL && !is_personal (kind) && kind != pl_reaction_get_actor_kind (reaction) &&
      !is_personal (pl_reaction_get_actor_kind (reaction)) && _pl_extract_kind_of_words (x, actor->first, actor->end) >= 0 &&
      !_pl_extract_is_joint (name) && !_pl_extract_is_joint (pl_reaction_get_actor (reaction)))
    pl_reaction_set_actor_kind (reaction, kind);
  /* "Lee", then "Agency chief Ann Lee": the fuller name is shown. */
  if (reaction != NULL && is_personal (kind) && strlen (name) > strlen (pl_reaction_get_actor (reaction)) &&
      is_surname_of (pl_reaction_get_actor (reaction), name))
    pl_reaction_set_actor (reaction, name);
  if (reaction == NULL)
    {
      g_autofree char *text = pl_analysis_dup_sentence (x->a, s);

      reaction = pl_reaction_new ();
      pl_reaction_set_actor (reaction, name);
      pl_reaction_set_actor_kind (reaction, kind);
      pl_reaction_set_text (reaction, text);
      g_ptr_array_add (x->reactions, reaction);
      g_hash_table_insert (x->stance_votes, reaction, g_new0 (guint, PL_STANCE_NEUTRAL + 1));
    }
  add_statement (x, reaction, s, stance);
  return reaction;
}

/* An actor's statements that lean different ways are a mixed stance; one
 * leaning, however often repeated, is that stance; neutral remarks do
 * not change a leaning. The proponent's caveats do not make it less a
 * supporter. */
static void
settle_stances (Extraction *x)
{
  for (guint i = 0; i < x->reactions->len; i++)
    {
      PlReaction *reaction = g_ptr_array_index (x->reactions, i);
      guint *votes = g_hash_table_lookup (x->stance_votes, reaction);
      PlStance stance = PL_STANCE_NEUTRAL;
      guint kinds = 0;

      for (PlStance st = PL_STANCE_SUPPORT; st < PL_STANCE_NEUTRAL; st++)
        if (votes[st] > 0)
          stance = st, kinds++;
      if (kinds > 1 && votes[PL_STANCE_SUPPORT] + votes[PL_STANCE_MIXED] > 0)
        stance = PL_STANCE_MIXED;
      else if (kinds > 1)
        stance = votes[PL_STANCE_OPPOSE] > 0 ? PL_STANCE_OPPOSE : PL_STANCE_SKEPTICAL;
      if (votes[PL_STANCE_OPPOSE] == 0 && _pl_extract_is_proponent (x, pl_reaction_get_actor (reaction)))
        stance = PL_STANCE_SUPPORT;
      pl_reaction_set_stance (reaction, stance);
    }
}

/* The subject of a headline's verb ("Acme Picks Three Firms for Moon
 * Project"): the capitalised words before it, outside quotations. With
 * @future, also the subject of a headline's future ("Acme to cut
 * jobs"), weaker than an announcement in the text; "to" before a name
 * ("Sale to Acme") is a preposition. */
static char *
headline_proponent (Extraction *x,
                    gboolean future)
{
  const char *title = pl_source_get_title (x->a->source);
  g_autoptr (PlSource) source = NULL;
  g_autoptr (PlAnalysis) a = NULL;
  const PlLexList *verbs = pl_lexicon_list ("reactions", "headline_verbs");

  if (title == NULL)
    return NULL;
  source = pl_source_new ();
  pl_source_set_text (source, title);
  a = pl_analysis_new (source);
  for (guint t = 1; t < a->tokens->len && t <= MAX_NAME_TOKENS; t++)
    {
      PlToken *token = PL_TOKEN (a, t);

      /* "AT&T", "P&G": an ampersand inside a name. */
      if (strcmp (token->lower, "&") == 0 && t + 1 < a->tokens->len && PL_TOKEN (a, t + 1)->capitalized &&
          PL_TOKEN (a, t + 1)->start == token->end)
        continue;
      if (!token->is_word || token->quoted)
        return NULL;
      if (pl_lex_list_lookup (verbs, token->lower) != NULL &&
          (strcmp (token->lower, "to") != 0 ||
           (future && t + 1 < a->tokens->len && PL_TOKEN (a, t + 1)->is_word && !PL_TOKEN (a, t + 1)->capitalized)))
        {
          g_autofree char *name = g_strndup (a->text + PL_TOKEN (a, 0)->start, PL_TOKEN (a, t - 1)->end - PL_TOKEN (a, 0)->start);

          /* "Officials Outline …" does not tell whose officials. */
          if (t == 1 && pl_lex_list_lookup (pl_lexicon_list ("actors", "reference_speakers"), PL_TOKEN (a, 0)->lower) != NULL)
            return NULL;
          return g_utf8_strdown (name, -1);
        }
      if (!token->capitalized)
        return NULL;
    }
  return NULL;
}

static gboolean
find_cue (Extraction *x,
          const PlSentence *s,
          guint from,
          gboolean quoted,
          Cue *cue)
{
  const PlLexList *verbs = pl_lexicon_list ("reactions", "verbs");
  const PlLexList *states = pl_lexicon_list ("reactions", "states");
  guint end = s->first + s->n_tokens;

  for (guint t = from; t < end; t++)
    {
      guint length = 1;
      int stance;
      const PlLexEntry *entry;

      /* Words inside a quotation are what was said, not who said it,
       * unless quotations are searched. */
      if (PL_TOKEN (x->a, t)->quoted != quoted)
        continue;
      entry = pl_analysis_match (x->a, states, t, end, &length);

      if (entry == NULL)
        entry = pl_analysis_match (x->a, verbs, t, end, &length);
      /* Verbs are lower case: "States" in "United States" is a name. */
      if (entry != NULL && PL_TOKEN (x->a, t)->capitalized && t > s->first)
        entry = NULL;
      /* "U.S. states where…", "Android support can…": a noun. */
      if (entry != NULL && length == 1 && _pl_extract_is_lex (x, t, "reactions", "homographs") && t + 1 < end &&
          !_pl_extract_is_lex (x, t + 1, "reactions", "verb_objects") && !PL_TOKEN (x->a, t + 1)->capitalized &&
          !pl_analysis_is_punct (x->a, t + 1, ":\"“'‘"))
        entry = NULL;
      /* "was criticized by": a passive names the actor after "by", which
       * only a verb with a stance of its own says of the plan; "added 20
       * points": a number is no statement. */
      cue->passive = entry != NULL && t + length + 1 < end && _pl_extract_is_word (x, t + length, "by") && t > s->first &&
                     _pl_extract_is_lex (x, t - 1, "reactions", "passive_auxiliaries") &&
                     pl_enum_from_nick (PL_TYPE_STANCE, entry->tag, &stance);
      /* "drew criticism from rights groups": the actor follows. */
      if (entry != NULL && !cue->passive && _pl_extract_is_word (x, t + length - 1, "from") && t + length < end)
        {
          cue->passive = TRUE;
          length--;
        }
      if (entry != NULL && !cue->passive && t + length < end &&
          (_pl_extract_is_word (x, t + length, "by") || g_ascii_isdigit (PL_TOKEN (x->a, t + length)->lower[0])))
        entry = NULL;
      if (entry == NULL && t + 1 < end && _pl_extract_is_word (x, t, "according") && _pl_extract_is_word (x, t + 1, "to"))
        {
          cue->verb = t;
          cue->verb_end = t + 2;
          cue->tag = "according";
          cue->passive = FALSE;
          return TRUE;
        }
      if (entry != NULL)
        {
          cue->verb = t;
          cue->verb_end = t + length;
          cue->tag = entry->tag;
          return TRUE;
        }
    }
  return FALSE;
}

/* "sources told Reuters that Russia is unlikely to agree": the position
 * is the named subject's. */
static gboolean
reported_subject (Extraction *x,
                  const PlSentence *s,
                  const Cue *cue,
                  Actor *actor)
{
  guint end = s->first + s->n_tokens, t;

  for (t = cue->verb_end; t < end && t < cue->verb_end + OBJECT_REACH && !_pl_extract_is_word (x, t, "that"); t++)
    ;
  if (t >= end || !_pl_extract_is_word (x, t, "that"))
    return FALSE;
  *actor = (Actor){ t + 1, t + 1, 0, 0 };
  while (actor->end < end && actor->end < actor->first + MAX_NAME_TOKENS &&
         _pl_extract_is_name_token (x, actor->end, actor->first, end))
    actor->end++;
  return actor->end > actor->first && actor->end < end && !PL_TOKEN (x->a, actor->end)->capitalized &&
         PL_TOKEN (x->a, actor->end)->is_word && !_pl_extract_is_determiner (x, actor->first) && _pl_extract_is_valid_actor (x, actor);
}

/* What the reader of the text knows at a sentence: who spoke last, who
 * was named last, for "he", "it" and "they", and the statement a quote
 * goes on with. */
typedef struct
{
  Actor person; /* the last person named */
  guint person_sentence;
  Actor thing; /* the last body, country or group named */
  guint thing_sentence;
  Actor any;
  guint any_sentence;
  PlReaction *speaker; /* whose quotation may go on */
  guint speaker_sentence;
} Context;

static void
remember (Context *c,
          guint si,
          const Actor *actor,
          PlReaction *reaction)
{
  const char *name = pl_reaction_get_actor (reaction);
  PlActorKind kind = pl_reaction_get_actor_kind (reaction);

  if (kind == PL_ACTOR_KIND_PERSON || kind == PL_ACTOR_KIND_ANALYST)
    c->person = *actor, c->person_sentence = si;
  else if (!_pl_extract_is_joint (name))
    c->thing = *actor, c->thing_sentence = si;
  c->any = *actor, c->any_sentence = si;
}

static gboolean
recent (guint si,
        guint then)
{
  return then != G_MAXUINT && si - then <= PRONOUN_REACH;
}

/* "he" is the last person named, "it" the last body or country, "they"
 * and "we" whoever was last. */
static gboolean
resolve_pronoun (Extraction *x,
                 Context *c,
                 guint si,
                 Actor *actor)
{
  guint t = actor->first;

  if (_pl_extract_is_word (x, t, "he") || _pl_extract_is_word (x, t, "she"))
    return recent (si, c->person_sentence) ? (*actor = c->person, TRUE) : FALSE;
  if (_pl_extract_is_word (x, t, "it"))
    return recent (si, c->thing_sentence) ? (*actor = c->thing, TRUE) : FALSE;
  return recent (si, c->any_sentence) ? (*actor = c->any, TRUE) : FALSE;
}

/* "Russia has walked a fine line": a country or body named as the
 * subject of a sentence without a statement, for a later "it". */
static void
track_subject (Extraction *x,
               Context *c,
               guint si)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint first = _pl_extract_first_word (x, s), end = s->first + s->n_tokens, t;
  Actor actor;

  if (first < end && (_pl_extract_is_lex (x, first, "reactions", "boundaries") || _pl_extract_is_lex (x, first, "reactions", "openers")))
    first++;
  t = first;
  while (t < end && t < first + MAX_NAME_TOKENS && _pl_extract_is_name_token (x, t, first, end))
    t++;
  /* Not "Russia's announcement": a possessive is no subject. */
  if (t == first || t >= end || !PL_TOKEN (x->a, t)->is_word || PL_TOKEN (x->a, t)->capitalized ||
      g_str_has_suffix (PL_TOKEN (x->a, t - 1)->lower, "'s"))
    return;
  actor = (Actor){ first, t, 0, 0 };
  /* "it" is no person, and no day or month; "Take a look" is no
   * subject. */
  if (!_pl_extract_is_determiner (x, first) && !_pl_extract_is_lex (x, t, "reactions", "verb_objects") && !_pl_extract_is_lex (x, first, "reactions", "time_names") && !_pl_extract_ends_with_person (x, first, t))
    c->thing = actor, c->thing_sentence = si;
}

/* The actor of a cue, or FALSE. @subordinate says it is in a clause
 * opened by "after", "when" or the like; @own_position that the words
 * after it are the actor's own position ("sources said Russia is
 * unlikely to agree"). */
static gboolean
find_actor (Extraction *x,
            Context *c,
            guint si,
            const PlSentence *s,
            const Cue *cue,
            Actor *actor,
            gboolean *own_position)
{
  guint end = s->first + s->n_tokens;
  gboolean say = strcmp (cue->tag, "say") == 0;
  gboolean listener = g_str_has_prefix (PL_TOKEN (x->a, cue->verb)->lower, "told") ||
                      g_str_has_prefix (PL_TOKEN (x->a, cue->verb)->lower, "tell");

  *own_position = FALSE;
  if (cue->passive)
    return _pl_extract_actor_by (x, cue->verb_end + 1, end, actor) && _pl_extract_is_valid_actor (x, actor);
  if (strcmp (cue->tag, "according") == 0)
    return _pl_extract_actor_up_to_comma (x, cue->verb_end, end, actor) && _pl_extract_is_valid_actor (x, actor);
  /* "The news organization, citing a government source, reported": the
   * source is the actor; a report of its own is news, not a reaction. */
  if (strcmp (cue->tag, "report") == 0)
    {
      for (guint t = s->first; t < end; t++)
        if (_pl_extract_is_lex (x, t, "reactions", "citing"))
          return _pl_extract_actor_up_to_comma (x, t + 1, end, actor) && _pl_extract_is_valid_actor (x, actor);
      return FALSE;
    }
  /* "…, too, said Mary Lovely": a name after the verb first; after
   * "told" it is the listener. */
  if (say && !listener && cue->verb > s->first && pl_analysis_is_punct (x->a, cue->verb - 1, ",") && cue->verb_end < end &&
      PL_TOKEN (x->a, cue->verb_end)->capitalized && !_pl_extract_is_lex (x, cue->verb_end, "reactions", "pronouns") &&
      _pl_extract_actor_after (x, cue->verb_end, end, actor) && _pl_extract_is_valid_actor (x, actor))
    return TRUE;
  if (cue->verb > s->first && pl_analysis_is_punct (x->a, cue->verb - 1, ",") && _pl_extract_apposition_head (x, s, cue->verb, actor))
    return _pl_extract_is_valid_actor (x, actor);
  if (cue->verb > s->first && pl_analysis_is_punct (x->a, cue->verb - 1, ",") && _pl_extract_role_then_name (x, s, cue->verb, actor))
    return _pl_extract_is_valid_actor (x, actor);
  if (_pl_extract_actor_before (x, s, cue->verb, actor) || _pl_extract_actor_before_aside (x, s, cue->verb, actor) ||
      _pl_extract_actor_before_clause (x, s, cue->verb, actor) ||
      (!say && _pl_extract_actor_before_relative (x, s, cue->verb, actor)))
    {
      if (actor->end - actor->first == 1 && _pl_extract_is_lex (x, actor->first, "reactions", "pronouns"))
        return resolve_pronoun (x, c, si, actor);
      /* "the Conservative MP said": a person named by a role after
       * "the" is the person last named. */
      if (actor->first > s->first && _pl_extract_is_word (x, actor->first - 1, "the") && recent (si, c->person_sentence) &&
          _pl_extract_actor_kind (x, actor) == PL_ACTOR_KIND_PERSON)
        {
          *actor = c->person;
          return TRUE;
        }
      if (_pl_extract_matches (x, "reactions", "anonymous", actor->end - 1, actor->end) && reported_subject (x, s, cue, actor))
        return *own_position = TRUE;
      /* "Omar Lamrani, a senior analyst at Stratfor, said": the part
       * read back was the apposition. */
      if (actor->first > s->first && pl_analysis_is_punct (x->a, actor->first - 1, ",") &&
          !PL_TOKEN (x->a, actor->first)->capitalized)
        _pl_extract_apposition_head (x, s, cue->verb, actor);
      return _pl_extract_is_valid_actor (x, actor);
    }
  /* “…,” said Juan Perez: the name after a verb of saying that follows
   * the quotation. */
  if (say && !listener && cue->verb > s->first && pl_analysis_is_punct (x->a, cue->verb - 1, ",\"”'’"))
    return _pl_extract_actor_after (x, cue->verb_end, end, actor) && _pl_extract_is_valid_actor (x, actor);
  return FALSE;
}

/* Whether an actor is the subject of a clause opened by "after", "when",
 * "while": a main clause says more. */
static gboolean
is_subordinate (Extraction *x,
                const PlSentence *s,
                const Actor *actor)
{
  guint t = actor->first;

  while (t > s->first && _pl_extract_is_determiner (x, t - 1))
    t--;
  return t > s->first && _pl_extract_is_lex (x, t - 1, "reactions", "subordinators");
}

/* "In 1991, when Prime Minister Yitzhak Shamir opposed the talks":
 * history, not a reaction to today's plan. */
static gboolean
is_history (Extraction *x,
            const PlSentence *s)
{
  guint t = _pl_extract_first_word (x, s);
  PlToken *year;

  if (x->published.precision == PL_DATE_PRECISION_NONE || t + 1 >= s->first + s->n_tokens ||
      !_pl_extract_is_word (x, t, "in"))
    return FALSE;
  year = PL_TOKEN (x->a, t + 1);
  return strlen (year->lower) == 4 && g_ascii_isdigit (year->lower[0]) &&
         atoi (year->lower) + HISTORY_YEARS < x->published.year;
}

/* An anonymous source ("a senior political source") or a role without
 * a name ("his spokesman", "the agency chief"). */
static gboolean
is_unnamed (Extraction *x,
            const Actor *actor)
{
  return _pl_extract_is_lex (x, actor->end - 1, "reactions", "anonymous") ||
         (!PL_TOKEN (x->a, actor->end - 1)->capitalized && _pl_extract_is_lex (x, actor->end - 1, "actors", "titles") &&
          !_pl_extract_has_and (x, actor->first, actor->end));
}

static gboolean
has_quote (Extraction *x,
           const PlSentence *s)
{
  for (guint t = s->first; t < s->first + s->n_tokens; t++)
    if (PL_TOKEN (x->a, t)->quoted)
      return TRUE;
  return FALSE;
}

/* "Travellers must self-isolate from Saturday, the transport secretary
 * said": in the first sentences, an official or a body that tells what
 * will or must be done, with no view of it, is announcing the plan. A possessive before the
 * role ("Austria's") is left out, so that the same role with a name
 * later ("Interior Minister Ann Lee") is the same speaker. */
static char *
lead_announcer (Extraction *x)
{
  Context c = { .person_sentence = G_MAXUINT,
                .thing_sentence = G_MAXUINT,
                .any_sentence = G_MAXUINT,
                .speaker_sentence = G_MAXUINT };

  for (guint si = 0; si < x->a->sentences->len && si < LEAD_SENTENCES; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;
      gboolean own_position;
      PlActorKind kind;
      Lean lean = { 0 };
      Actor actor;
      Cue cue;

      if (s->kind == PL_BLOCK_HEADING || !find_cue (x, s, s->first, FALSE, &cue) || strcmp (cue.tag, "say") != 0 ||
          !find_actor (x, &c, si, s, &cue, &actor, &own_position) || is_unnamed (x, &actor) ||
          names_critic (x, actor.first, actor.end))
        continue;
      kind = _pl_extract_actor_kind (x, &actor);
      if (kind != PL_ACTOR_KIND_GOVERNMENT && kind != PL_ACTOR_KIND_ORGANIZATION && kind != PL_ACTOR_KIND_PERSON)
        continue;
      if (!_pl_extract_matches (x, "reactions", "measures", s->first, actor.first) && !_pl_extract_matches (x, "reactions", "measures", actor.end, end))
        continue;
      /* Telling, not judging: "it would be premature" is a view, and
       * a quotation tells what someone thinks. */
      lean_add (x, s->first, end, &actor, own_position, &lean);
      if (lean.pos + lean.neg + lean.rejected > 0 || has_quote (x, s))
        continue;
      while (actor.first + 1 < actor.end && g_str_has_suffix (PL_TOKEN (x->a, actor.first)->lower, "'s"))
        actor.first++;
      {
        g_autofree char *name = pl_analysis_dup_span (x->a, actor.first, actor.end);

        return g_utf8_strdown (name, -1);
      }
    }
  return NULL;
}

/**
 * _pl_extract_find_proponent:
 *
 * The plan's proponent is who announced, launched or unveiled it in the
 * first sentences; failing that, the subject of the headline's verb
 * ("Acme Unveils …"), or who is later said to have announced or
 * proposed a plan; failing all these, an official who tells in the
 * first sentences what will or must be done, or the subject of the
 * headline's future ("Acme to cut jobs").
 */
void
_pl_extract_find_proponent (Extraction *x)
{
  const PlLexList *announce = pl_lexicon_list ("reactions", "announce");

  for (guint si = 0; si < x->a->sentences->len && x->proponent == NULL; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (si == 8 && (x->proponent = headline_proponent (x, FALSE)) != NULL)
        break;
      /* Later on, only a sentence about a plan. */
      if (si >= 8 && !names_plan (x, s->first, end))
        continue;
      for (guint t = s->first; t < end; t++)
        {
          Actor actor;

          if (pl_analysis_match (x->a, announce, t, end, NULL) == NULL)
            continue;
          if (_pl_extract_actor_before (x, s, t, &actor) && !_pl_extract_is_lex (x, actor.first, "reactions", "pronouns") &&
              _pl_extract_is_valid_actor (x, &actor))
            {
              g_autofree char *name = pl_analysis_dup_span (x->a, actor.first, actor.end);
              x->proponent = g_utf8_strdown (name, -1);
            }
          break;
        }
    }
  if (x->proponent == NULL)
    x->proponent = headline_proponent (x, FALSE);
  if (x->proponent == NULL)
    x->proponent = lead_announcer (x);
  if (x->proponent == NULL)
    x->proponent = headline_proponent (x, TRUE);
}

/* "Officials said the talks were postponed", "the unions said 15,000
 * registered": a speaker named by a common noun alone, telling a fact
 * without quoting anyone, is a source of news, not a reaction. */
static gboolean
reports_fact (Extraction *x,
              const PlSentence *s,
              const Actor *actor)
{
  guint opening = _pl_extract_first_word (x, s);

  /* Analysts tell a reading of events, not news. */
  if (_pl_extract_actor_kind (x, actor) == PL_ACTOR_KIND_ANALYST)
    return FALSE;
  /* "Officials said": a capital at the opening says nothing, but
   * "Israel said" is a name. */
  for (guint t = actor->first; t < actor->end; t++)
    if (PL_TOKEN (x->a, t)->capitalized &&
        (t != opening || (_pl_extract_kind_of_words (x, t, t + 1) < 0 && !_pl_extract_matches (x, "actors", "critics", t, t + 1))))
      return FALSE;
  for (guint t = s->first; t < s->first + s->n_tokens; t++)
    if (PL_TOKEN (x->a, t)->quoted)
      return FALSE;
  return TRUE;
}

/* A statement: who, with what stance; for a stance from the words
 * alone, the words counted, as a quotation may go on. */
typedef struct
{
  Actor actor;
  PlStance stance;
  Lean lean;
  gboolean from_words;
  guint cue_end; /* past its cue */
} Statement;

/* "Acme says it has no plans to bid": after a verb of saying, "it", "we"
 * or "they" is the speaker, whose refusal is their own position. */
static gboolean
speaks_of_self (Extraction *x,
                const PlSentence *s,
                const Cue *cue)
{
  guint t = cue->verb_end, end = s->first + s->n_tokens;

  if (strcmp (cue->tag, "say") != 0)
    return FALSE;
  if (t < end && _pl_extract_is_word (x, t, "that"))
    t++;
  return t < end && (_pl_extract_is_lex (x, t, "reactions", "intent_subjects") || _pl_extract_is_word (x, t, "it") || _pl_extract_is_word (x, t, "i"));
}

/* The statement of a sentence, or of a clause of it (@s): the first cue
 * with an actor, in a main clause if there is one. */
static gboolean
find_statement (Extraction *x,
                Context *c,
                guint si,
                const PlSentence *s,
                Statement *out)
{
  guint end = s->first + s->n_tokens;
  gboolean have_fallback = FALSE;
  Cue cue;

  for (guint from = s->first; from < end && find_cue (x, s, from, FALSE, &cue); from = cue.verb_end)
    {
      Statement st;
      gboolean own_position;
      int stance;

      if (!find_actor (x, c, si, s, &cue, &st.actor, &own_position))
        continue;
      st.cue_end = cue.verb_end;
      own_position = own_position || speaks_of_self (x, s, &cue);
      stance = statement_stance (x, s, &cue, &st.actor, own_position, &st.lean, &st.from_words);
      if (stance < 0)
        continue;
      st.stance = (PlStance) stance;
      /* "According to the Jordanian government, the country had
       * admitted …": sourcing a fact is no reaction by itself. */
      if (strcmp (cue.tag, "according") == 0 && stance == PL_STANCE_NEUTRAL)
        {
          g_autofree char *name = _pl_extract_actor_name (x, &st.actor);

          if (find_actor_reaction (x, name, _pl_extract_actor_kind (x, &st.actor), PL_STANCE_NEUTRAL) == NULL)
            continue;
        }
      /* "a senior source said", "his spokesman said": an unnamed
       * voice that only tells a fact is sourcing, not a reaction. */
      if (stance == PL_STANCE_NEUTRAL && (is_unnamed (x, &st.actor) || (strcmp (cue.tag, "say") == 0 && reports_fact (x, s, &st.actor))))
        continue;
      if (is_subordinate (x, s, &st.actor))
        {
          if (!have_fallback)
            *out = st, have_fallback = TRUE;
          continue;
        }
      *out = st;
      return TRUE;
    }
  return have_fallback;
}

/* Where a second clause with a subject of its own starts after @from:
 * "…, and the army said …", "…; critics are wary", "… – and investors
 * are eager to sell"; 0 if none. */
static guint
next_clause (Extraction *x,
             const PlSentence *s,
             guint from)
{
  guint end = s->first + s->n_tokens;

  for (guint t = from; t + 2 < end; t++)
    {
      if (PL_TOKEN (x->a, t)->quoted || PL_TOKEN (x->a, t)->is_word)
        continue;
      if (pl_analysis_is_punct (x->a, t, ";"))
        return t + 1;
      if (pl_analysis_is_punct (x->a, t, ",–—-") && _pl_extract_is_lex (x, t + 1, "reactions", "clause_conjunctions"))
        return t + 2;
    }
  return 0;
}

/* "“The Republicans have said they will block a deal,” Indyk said": a
 * third party's statement reported inside a quotation. */
static gboolean
find_quoted_statement (Extraction *x,
                       guint si,
                       Statement *out)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens;
  Cue cue;

  for (guint from = s->first; from < end && find_cue (x, s, from, TRUE, &cue); from = cue.verb_end)
    {
      gboolean inside = TRUE;
      int stance;

      /* A named third party, not "I" or "my statements". */
      if (!_pl_extract_actor_before (x, s, cue.verb, &out->actor) || !_pl_extract_is_valid_actor (x, &out->actor) ||
          !PL_TOKEN (x->a, out->actor.first)->capitalized || _pl_extract_is_lex (x, out->actor.first, "reactions", "pronouns"))
        continue;
      for (guint t = out->actor.first; t < out->actor.end; t++)
        inside = inside && PL_TOKEN (x->a, t)->quoted;
      stance = inside ? statement_stance (x, s, &cue, &out->actor, FALSE, &out->lean, &out->from_words) : -1;
      if (stance < 0)
        continue;
      out->stance = (PlStance) stance;
      return TRUE;
    }
  return FALSE;
}

/* A sentence that opens inside a quotation, right after a quoted
 * speaker's, goes on with what they said. A new paragraph goes on with
 * it after "the following:", or when the last one left its quotation
 * open, as quotes over several paragraphs are written. */
static gboolean
continues_quote (Extraction *x,
                 Context *c,
                 guint si)
{
  PlSentence *s = PL_SENTENCE (x->a, si), *before;
  guint t = _pl_extract_first_word (x, s), last;

  if (c->speaker == NULL || c->speaker_sentence + 1 != si || t >= s->first + s->n_tokens ||
      !PL_TOKEN (x->a, t)->quoted)
    return FALSE;
  before = PL_SENTENCE (x->a, si - 1);
  if (before->block == s->block)
    return TRUE;
  last = before->first + before->n_tokens - 1;
  if (pl_analysis_is_punct (x->a, last, ":"))
    return TRUE;
  while (last > before->first && !PL_TOKEN (x->a, last)->is_word && !pl_analysis_is_punct (x->a, last, "\"”"))
    last--;
  return PL_TOKEN (x->a, last)->is_word && PL_TOKEN (x->a, last)->quoted;
}

/* The first of the sentences before @si, in its paragraph, that open
 * inside the quotation @si closes and no one was found to say; @si if
 * none. */
static guint
quote_start (Extraction *x,
             guint si,
             const gboolean *handled)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint from = si, t = _pl_extract_first_word (x, s);

  if (t >= s->first + s->n_tokens || !PL_TOKEN (x->a, t)->quoted)
    return si;
  while (from > 0 && !handled[from - 1])
    {
      PlSentence *before = PL_SENTENCE (x->a, from - 1);
      guint first = _pl_extract_first_word (x, before);

      if (before->block != s->block || first >= before->first + before->n_tokens || !PL_TOKEN (x->a, first)->quoted)
        break;
      from--;
    }
  return from;
}

/* Whether a headline marks an opinion piece: a label ("Column: …",
 * "Opinion | …") or the writer speaking in the first person ("… isn't
 * enough to save us") outside a quotation. */
static gboolean
is_opinion_title (PlAnalysis *title)
{
  for (guint t = 0; t < title->tokens->len; t++)
    {
      PlToken *token = PL_TOKEN (title, t);

      if (!token->is_word || token->quoted)
        continue;
      if (t == 0 && t + 1 < title->tokens->len && pl_analysis_is_punct (title, 1, ":|") &&
          pl_lex_list_lookup (pl_lexicon_list ("reactions", "opinion_labels"), token->lower) != NULL)
        return TRUE;
      if (pl_lex_list_lookup (pl_lexicon_list ("reactions", "first_person"), token->lower) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* In an opinion piece, the writer's own view: the headline and the
 * sentences no one else is said to have spoken that lean one way. The
 * writer, known from the byline, is the actor. */
static void
writer_reaction (Extraction *x,
                 const gboolean *handled)
{
  const char *title = pl_source_get_title (x->a->source), *byline = pl_source_get_byline (x->a->source);
  g_autoptr (PlSource) title_source = NULL;
  g_autoptr (PlAnalysis) title_analysis = NULL;
  Extraction headline;
  Lean lean = { 0 };
  PlReaction *reaction = NULL;

  if (title == NULL || byline == NULL || *byline == '\0' || strchr (byline, ',') != NULL || strstr (byline, " and ") != NULL)
    return;
  title_source = pl_source_new ();
  pl_source_set_text (title_source, title);
  title_analysis = pl_analysis_new (title_source);
  if (!is_opinion_title (title_analysis))
    return;
  headline = *x;
  headline.a = title_analysis;
  lean_add (&headline, 0, title_analysis->tokens->len, NULL, FALSE, &lean);
  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint first = _pl_extract_first_word (x, s);
      Lean own = { 0 };

      if (handled[si] || s->kind == PL_BLOCK_HEADING || first >= s->first + s->n_tokens || PL_TOKEN (x->a, first)->quoted)
        continue;
      lean_add (x, s->first, s->first + s->n_tokens, NULL, FALSE, &own);
      if (own.pos + own.neg + own.rejected < 2)
        continue;
      lean.pos += own.pos, lean.neg += own.neg, lean.rejected += own.rejected;
      if (reaction == NULL)
        {
          reaction = pl_reaction_new ();
          pl_reaction_set_actor (reaction, byline);
          pl_reaction_set_actor_kind (reaction, PL_ACTOR_KIND_PERSON);
          pl_reaction_set_text (reaction, title);
          g_ptr_array_add (x->reactions, reaction);
          g_hash_table_insert (x->stance_votes, reaction, g_new0 (guint, PL_STANCE_NEUTRAL + 1));
        }
      _pl_extract_add_evidence (x, PL_ITEM (reaction), s->first, s->first + s->n_tokens);
    }
  if (reaction != NULL)
    {
      guint *votes = g_hash_table_lookup (x->stance_votes, reaction);

      votes[lean_stance (&lean)]++;
    }
}

/**
 * _pl_extract_reactions:
 *
 * Finds reactions: an actor with a verb of saying or reacting ("X said",
 * "X welcomed", "X remain skeptical", "according to X", "…, said X"),
 * the actor's kind, and the stance toward the plan from the verb or from
 * what was said. Statements of the plan's own proponent lean to support.
 */
void
_pl_extract_reactions (Extraction *x)
{
  Context c = { .person_sentence = G_MAXUINT,
                .thing_sentence = G_MAXUINT,
                .any_sentence = G_MAXUINT,
                .speaker_sentence = G_MAXUINT };
  Statement st = { 0 };
  g_autofree gboolean *handled = g_new0 (gboolean, x->a->sentences->len + 1);

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);

      if (s->kind == PL_BLOCK_HEADING || is_history (x, s))
        continue;
      if (find_statement (x, &c, si, s, &st))
        {
          Statement reported, second;
          guint from = quote_start (x, si, handled), clause = next_clause (x, s, st.cue_end);
          PlSentence head = *s, tail = *s;

          /* "X said …, and Y said …": two statements, each with the
           * words of its own clause. */
          tail.first = clause;
          tail.n_tokens = s->first + s->n_tokens - clause;
          head.n_tokens = clause - 1 - s->first;
          if (clause == 0 || !find_statement (x, &c, si, &tail, &second))
            clause = 0;
          else
            find_statement (x, &c, si, &head, &st);

          /* “One. Two,” said X: the sentences the quotation opened with
           * are X's too. */
          for (guint b = from; b < si && st.from_words; b++)
            {
              PlSentence *before = PL_SENTENCE (x->a, b);

              lean_add (x, before->first, before->first + before->n_tokens, NULL, FALSE, &st.lean);
              st.stance = lean_stance (&st.lean);
            }
          c.speaker = add_reaction (x, s, &st.actor, st.stance, &st.from_words);
          for (guint b = from; b < si; b++)
            {
              PlSentence *before = PL_SENTENCE (x->a, b);

              _pl_extract_add_evidence (x, PL_ITEM (c.speaker), before->first, before->first + before->n_tokens);
            }
          c.speaker_sentence = si;
          handled[si] = TRUE;
          remember (&c, si, &st.actor, c.speaker);
          if (find_quoted_statement (x, si, &reported))
            add_reaction (x, s, &reported.actor, reported.stance, &reported.from_words);
          if (clause > 0)
            remember (&c, si, &second.actor, add_reaction (x, s, &second.actor, second.stance, &second.from_words));
        }
      else if (continues_quote (x, &c, si))
        {
          guint *votes = g_hash_table_lookup (x->stance_votes, c.speaker);

          /* The quotation is one statement: its words are counted
           * together. */
          _pl_extract_add_evidence (x, PL_ITEM (c.speaker), s->first, s->first + s->n_tokens);
          if (st.from_words)
            {
              votes[st.stance]--;
              lean_add (x, s->first, s->first + s->n_tokens, NULL, FALSE, &st.lean);
              st.stance = lean_stance (&st.lean);
              votes[st.stance]++;
            }
          c.speaker_sentence = si;
          handled[si] = TRUE;
        }
      else
        track_subject (x, &c, si);
    }
  writer_reaction (x, handled);
  settle_stances (x);
}
