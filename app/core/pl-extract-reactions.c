/* pl-extract-reactions.c: who said or did what about the plan.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-enum-types.h"
#include "pl-extract-private.h"

/* An actor's name is at most this many tokens. */
#define MAX_ACTOR_TOKENS 10
/* A pronoun refers to an actor named at most this many sentences before. */
#define PRONOUN_REACH 3

typedef struct
{
  guint first;
  guint end;
} Actor;

static gboolean
is_lex (Extraction *x,
        guint token,
        const char *group,
        const char *key)
{
  PlToken *t = PL_TOKEN (x->a, token);

  return t->is_word && pl_lex_list_lookup (pl_lexicon_list (group, key), t->lower) != NULL;
}

/* Reads an actor's name backwards from just before its verb:
 * "Some governments and humanitarian organizations | welcomed". */
static gboolean
actor_before (Extraction *x,
              guint sentence_first,
              guint verb,
              Actor *actor)
{
  guint t = verb, n = 0;

  while (t > sentence_first && is_lex (x, t - 1, "reactions", "auxiliaries"))
    t--;
  actor->end = t;
  while (t > sentence_first && n < MAX_ACTOR_TOKENS)
    {
      PlToken *token = PL_TOKEN (x->a, t - 1);

      if (!token->is_word && strcmp (token->lower, "'") != 0 && strcmp (token->lower, ".") != 0 &&
          strcmp (token->lower, "-") != 0)
        break;
      if (token->is_word && !token->capitalized && is_lex (x, t - 1, "reactions", "boundaries"))
        break;
      t--, n++;
    }
  actor->first = t;
  /* Not "the", "a" or a preposition at its start. */
  while (actor->first < actor->end &&
         (g_strv_contains ((const char *[]){ "the", "a", "an", "of", "in", "on", "by", NULL },
                           PL_TOKEN (x->a, actor->first)->lower)))
    actor->first++;
  return actor->first < actor->end;
}

/* "said Juan Perez, senior trader …": the name after the verb. */
static gboolean
actor_after (Extraction *x,
             guint verb_end,
             guint end,
             Actor *actor)
{
  guint t = verb_end;

  while (t < end && PL_TOKEN (x->a, t)->is_word &&
         (PL_TOKEN (x->a, t)->capitalized || strcmp (PL_TOKEN (x->a, t)->lower, "the") == 0) &&
         t < verb_end + 6)
    t++;
  actor->first = verb_end;
  actor->end = t;
  while (actor->first < actor->end && strcmp (PL_TOKEN (x->a, actor->first)->lower, "the") == 0)
    actor->first++;
  return actor->first < actor->end;
}

/* "Omar Lamrani, a senior analyst at Stratfor, told …": the name at the
 * start of the sentence rather than the last part of its apposition. */
static gboolean
apposition_head (Extraction *x,
                 const PlSentence *s,
                 Actor *actor)
{
  guint t = s->first, end = s->first + s->n_tokens;

  while (t < end && PL_TOKEN (x->a, t)->is_word && PL_TOKEN (x->a, t)->capitalized && t < s->first + 5)
    t++;
  if (t - s->first < 2 || t >= end || !pl_analysis_is_punct (x->a, t, ","))
    return FALSE;
  actor->first = s->first;
  actor->end = t;
  return TRUE;
}

static gboolean
is_valid_actor (Extraction *x,
                const Actor *actor)
{
  g_autofree char *name = pl_analysis_dup_span (x->a, actor->first, actor->end);
  g_autofree char *lower = g_utf8_strdown (name, -1);
  PlToken *last = PL_TOKEN (x->a, actor->end - 1);

  if (pl_lex_list_lookup (pl_lexicon_list ("reactions", "not_actors"), lower) != NULL)
    return FALSE;
  /* "A recent report by …", "data released by …": documents, not actors. */
  for (guint t = actor->first; t < actor->end && t < actor->first + 3; t++)
    if (is_lex (x, t, "actors", "documents"))
      return FALSE;
  /* A name, a known kind of actor, or a plural noun ("critics"). */
  return last->capitalized || g_str_has_suffix (last->lower, "s") ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "government"), actor->first, actor->end, NULL) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "organization"), actor->first, actor->end, NULL) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "analyst"), actor->first, actor->end, NULL);
}

/* Without dots, so that "U.S." and "u.s" and "US" compare alike. */
static char *
undotted (const char *text)
{
  GString *out = g_string_new (" ");

  for (const char *p = text; *p; p++)
    if (*p != '.')
      g_string_append_c (out, strchr (",;:()\"", *p) ? ' ' : g_ascii_tolower (*p));
  g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

/* The alias groups, each a list of undotted names, read once. */
static GPtrArray *
alias_groups (void)
{
  static GPtrArray *groups;

  if (g_once_init_enter (&groups))
    {
      const char *const *raw = pl_lexicon_get_strings ("actors", "aliases");
      GPtrArray *parsed = g_ptr_array_new ();

      for (guint g = 0; raw[g] != NULL; g++)
        {
          g_auto (GStrv) names = g_strsplit (raw[g], ",", -1);
          GPtrArray *group = g_ptr_array_new ();

          for (guint n = 0; names[n] != NULL; n++)
            g_ptr_array_add (group, undotted (names[n]));
          g_ptr_array_add (parsed, group);
        }
      g_once_init_leave (&groups, parsed);
    }
  return groups;
}

static int
alias_group (const char *lower_name)
{
  GPtrArray *groups = alias_groups ();
  g_autofree char *padded = undotted (lower_name);

  for (guint g = 0; g < groups->len; g++)
    {
      GPtrArray *names = g_ptr_array_index (groups, g);

      for (guint n = 0; n < names->len; n++)
        if (strstr (padded, g_ptr_array_index (names, n)) != NULL)
          return (int) g;
    }
  return -1;
}

gboolean
_pl_extract_is_proponent (Extraction *x,
                          const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  int group;

  if (x->proponent == NULL)
    return FALSE;
  if (strstr (lower, x->proponent) != NULL || strstr (x->proponent, lower) != NULL)
    return TRUE;
  group = alias_group (lower);
  if (group >= 0 && group == alias_group (x->proponent))
    return TRUE;
  /* Bare "officials" or "diplomats" in a story about a government's plan. */
  return alias_group (x->proponent) >= 0 &&
         (strcmp (lower, "officials") == 0 || strcmp (lower, "diplomats") == 0 ||
          strcmp (lower, "the officials") == 0);
}

static const char *const kind_keys[] = { "analyst", "organization", "government", "public", "group" };
static const PlActorKind kind_values[] = { PL_ACTOR_KIND_ANALYST, PL_ACTOR_KIND_ORGANIZATION,
                                           PL_ACTOR_KIND_GOVERNMENT, PL_ACTOR_KIND_PUBLIC,
                                           PL_ACTOR_KIND_GROUP };

static int
kind_of_span (Extraction *x,
              guint first,
              guint end)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_keys); k++)
    if (_pl_extract_count_matches (x, pl_lexicon_list ("actors", kind_keys[k]), first, end, NULL))
      return (int) k;
  return -1;
}

/* The kind of actor: from the words of its name; several kinds joined by
 * "and" make a group; a name of capitalised words is a person. */
static PlActorKind
actor_kind (Extraction *x,
            const Actor *actor)
{
  int kind = -1;
  guint start = actor->first;
  gboolean all_capitalized = TRUE;

  for (guint t = actor->first; t <= actor->end; t++)
    {
      if (t == actor->end || strcmp (PL_TOKEN (x->a, t)->lower, "and") == 0)
        {
          int part = kind_of_span (x, start, t);
          if (part >= 0 && kind >= 0 && part != kind)
            return PL_ACTOR_KIND_GROUP;
          if (part >= 0)
            kind = part;
          start = t + 1;
        }
      else if (PL_TOKEN (x->a, t)->is_word && !PL_TOKEN (x->a, t)->capitalized)
        all_capitalized = FALSE;
    }
  if (kind >= 0)
    return kind_values[kind];
  {
    g_autofree char *name = pl_analysis_dup_span (x->a, actor->first, actor->end);
    g_autofree char *lower = g_utf8_strdown (name, -1);

    if (alias_group (lower) >= 0)
      return PL_ACTOR_KIND_GOVERNMENT;
  }
  return all_capitalized && actor->end - actor->first >= 2 ? PL_ACTOR_KIND_PERSON : PL_ACTOR_KIND_GROUP;
}

static PlStance
stance_from (const char *tag)
{
  int value = PL_STANCE_NEUTRAL;

  if (tag != NULL && strcmp (tag, "say") != 0)
    pl_enum_from_nick (PL_TYPE_STANCE, tag, &value);
  return (PlStance) value;
}

/* What was said leans positive, negative, both or neither. */
static PlStance
stance_of_content (Extraction *x,
                   const PlSentence *s,
                   const Actor *actor,
                   gboolean proponent)
{
  int pos = 0, neg = 0, before_pos = 0, before_neg = 0;
  guint end = s->first + s->n_tokens;

  _pl_extract_count_matches (x, pl_lexicon_list ("reactions", "positive"), actor->end, end, &pos);
  _pl_extract_count_matches (x, pl_lexicon_list ("reactions", "negative"), actor->end, end, &neg);
  _pl_extract_count_matches (x, pl_lexicon_list ("reactions", "positive"), s->first, actor->first, &before_pos);
  _pl_extract_count_matches (x, pl_lexicon_list ("reactions", "negative"), s->first, actor->first, &before_neg);
  pos += before_pos;
  neg += before_neg;

  /* A plan's own proponent supports it, whatever caveats it adds. */
  if (proponent)
    return PL_STANCE_SUPPORT;
  if (pos > 0 && neg > 0 && ABS (pos - neg) <= 1)
    return PL_STANCE_MIXED;
  if (neg > pos)
    return PL_STANCE_SKEPTICAL;
  if (pos > neg)
    return PL_STANCE_SUPPORT;
  return PL_STANCE_NEUTRAL;
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

/* The proponent speaks through many mouths ("the United States", "U.S.
 * officials", "Washington", "officials"): one actor, one reaction per
 * stance. */
static gboolean
same_actor (Extraction *x,
            PlReaction *reaction,
            const char *name)
{
  return g_ascii_strcasecmp (pl_reaction_get_actor (reaction), name) == 0 ||
         (_pl_extract_is_proponent (x, pl_reaction_get_actor (reaction)) && _pl_extract_is_proponent (x, name));
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

static PlReaction *
find_actor_reaction (Extraction *x,
                     const char *name)
{
  for (guint i = 0; i < x->reactions->len; i++)
    {
      PlReaction *other = g_ptr_array_index (x->reactions, i);

      if (same_actor (x, other, name) || is_surname_of (name, pl_reaction_get_actor (other)))
        return other;
    }
  return NULL;
}

/* One reaction per actor in a source, with the stance of each of its
 * statements counted; the stance is settled once all are read. */
static void
add_reaction (Extraction *x,
              guint si,
              const Actor *actor,
              PlStance stance)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  g_autofree char *raw = pl_analysis_dup_span (x->a, actor->first, actor->end);
  g_autofree char *name = _pl_extract_clean_phrase (raw);
  g_autofree char *text = pl_analysis_dup_sentence (x->a, s);
  g_autofree char *quote = find_quote (x, s);
  PlReaction *reaction = find_actor_reaction (x, name);
  guint *votes;

  if (reaction == NULL)
    {
      reaction = pl_reaction_new ();
      pl_reaction_set_actor (reaction, name);
      pl_reaction_set_actor_kind (reaction, actor_kind (x, actor));
      pl_reaction_set_text (reaction, text);
      g_ptr_array_add (x->reactions, reaction);
      g_hash_table_insert (x->stance_votes, reaction, g_new0 (guint, PL_STANCE_NEUTRAL + 1));
    }
  if (pl_reaction_get_quote (reaction) == NULL)
    pl_reaction_set_quote (reaction, quote);
  votes = g_hash_table_lookup (x->stance_votes, reaction);
  votes[stance]++;
  _pl_extract_add_evidence (x, PL_ITEM (reaction), s->first, s->first + s->n_tokens);
}

/* An actor's statements that lean different ways are a mixed stance; one
 * leaning, however often repeated, is that stance; neutral remarks do
 * not change a leaning. */
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
      if (_pl_extract_is_proponent (x, pl_reaction_get_actor (reaction)))
        stance = PL_STANCE_SUPPORT;
      pl_reaction_set_stance (reaction, stance);
    }
}

/* The last actor named shortly before, for "he", "she", "they". */
static gboolean
resolve_pronoun (Extraction *x,
                 guint si,
                 Actor *actor,
                 guint *last_sentence,
                 Actor *last)
{
  if (*last_sentence == G_MAXUINT || si - *last_sentence > PRONOUN_REACH)
    return FALSE;
  *actor = *last;
  return TRUE;
}

/**
 * _pl_extract_find_proponent:
 *
 * The plan's proponent is who announced, launched or unveiled it in the
 * first sentences.
 */
void
_pl_extract_find_proponent (Extraction *x)
{
  const PlLexList *announce = pl_lexicon_list ("reactions", "announce");

  for (guint si = 0; si < MIN (x->a->sentences->len, 8) && x->proponent == NULL; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      for (guint t = s->first; t < end; t++)
        {
          Actor actor;

          if (pl_analysis_match (x->a, announce, t, end, NULL) == NULL)
            continue;
          if (actor_before (x, s->first, t, &actor) && is_valid_actor (x, &actor))
            {
              g_autofree char *name = pl_analysis_dup_span (x->a, actor.first, actor.end);
              x->proponent = g_utf8_strdown (name, -1);
            }
          break;
        }
    }
}

typedef struct
{
  guint verb;      /* first token of the cue */
  guint verb_end;  /* past it */
  const char *tag; /* the stance it shows, or "say" */
} Cue;

static gboolean
find_cue (Extraction *x,
          const PlSentence *s,
          guint from,
          Cue *cue)
{
  const PlLexList *verbs = pl_lexicon_list ("reactions", "verbs");
  const PlLexList *states = pl_lexicon_list ("reactions", "states");
  guint end = s->first + s->n_tokens;

  for (guint t = from; t < end; t++)
    {
      guint length = 1;
      const PlLexEntry *entry;

      /* Words inside a quotation are what was said, not who said it. */
      if (PL_TOKEN (x->a, t)->quoted)
        continue;
      entry = pl_analysis_match (x->a, states, t, end, &length);

      if (entry == NULL)
        entry = pl_analysis_match (x->a, verbs, t, end, &length);
      /* Verbs are lower case: "States" in "United States" is a name. */
      if (entry != NULL && PL_TOKEN (x->a, t)->capitalized && t > s->first)
        entry = NULL;
      if (entry == NULL && t + 1 < end && strcmp (PL_TOKEN (x->a, t)->lower, "according") == 0 &&
          strcmp (PL_TOKEN (x->a, t + 1)->lower, "to") == 0)
        {
          cue->verb = t;
          cue->verb_end = t + 2;
          cue->tag = "according";
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

/* "According to U.S. officials, …": the actor up to the comma. */
static gboolean
actor_according (Extraction *x,
                 const PlSentence *s,
                 const Cue *cue,
                 Actor *actor)
{
  guint end = s->first + s->n_tokens, t = cue->verb_end;

  while (t < end && !pl_analysis_is_punct (x->a, t, ",;:") && t < cue->verb_end + MAX_ACTOR_TOKENS)
    t++;
  actor->first = cue->verb_end;
  actor->end = t;
  while (actor->first < actor->end && strcmp (PL_TOKEN (x->a, actor->first)->lower, "the") == 0)
    actor->first++;
  return actor->first < actor->end && t < end;
}

static gboolean
find_actor (Extraction *x,
            guint si,
            const Cue *cue,
            Actor *actor,
            guint *last_sentence,
            Actor *last)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens;

  if (strcmp (cue->tag, "according") == 0)
    return actor_according (x, s, cue, actor) && is_valid_actor (x, actor);
  /* "Omar Lamrani, a senior analyst at Stratfor, told …": the name
   * before the apposition. */
  if (cue->verb > s->first && pl_analysis_is_punct (x->a, cue->verb - 1, ",") &&
      apposition_head (x, s, actor) && actor->end < cue->verb)
    return is_valid_actor (x, actor);
  if (actor_before (x, s->first, cue->verb, actor))
    {
      if (actor->end - actor->first == 1 &&
          is_lex (x, actor->first, "reactions", "pronouns"))
        return resolve_pronoun (x, si, actor, last_sentence, last);
      if (actor->first > s->first && pl_analysis_is_punct (x->a, actor->first - 1, ","))
        apposition_head (x, s, actor);
      return is_valid_actor (x, actor);
    }
  /* “…,” said Juan Perez — but "told Reuters" names the listener. */
  if (g_str_has_prefix (PL_TOKEN (x->a, cue->verb)->lower, "told") ||
      g_str_has_prefix (PL_TOKEN (x->a, cue->verb)->lower, "tell"))
    return FALSE;
  return actor_after (x, cue->verb_end, end, actor) && is_valid_actor (x, actor);
}

/**
 * _pl_extract_reactions:
 *
 * Finds reactions: an actor with a verb of saying or reacting ("X said",
 * "X welcomed", "X remain skeptical", "according to X", "…, said X"),
 * the actor's kind, and the stance from the verb or from what was said.
 * Statements of the plan's own proponent lean to support.
 */
void
_pl_extract_reactions (Extraction *x)
{
  guint last_sentence = G_MAXUINT;
  Actor last = { 0 };

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      Cue cue;
      Actor actor;
      PlStance stance;

      if (s->kind == PL_BLOCK_HEADING || !find_cue (x, s, s->first, &cue))
        continue;
      if (!find_actor (x, si, &cue, &actor, &last_sentence, &last))
        continue;
      {
        g_autofree char *name = pl_analysis_dup_span (x->a, actor.first, actor.end);
        gboolean proponent = _pl_extract_is_proponent (x, name);

        stance = strcmp (cue.tag, "say") == 0 || strcmp (cue.tag, "according") == 0
                     ? stance_of_content (x, s, &actor, proponent)
                     : stance_from (cue.tag);
      }
      add_reaction (x, si, &actor, stance);
      last = actor;
      last_sentence = si;
    }
  settle_stances (x);
}
