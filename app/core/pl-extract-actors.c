/* pl-extract-actors.c: who speaks, read from the text.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An actor is read from the tokens around a cue: a name before or after
 * its verb, with an apposition that says what it is ("Ann Lee, a senior
 * analyst at …"), a role before a name, the name after "by" or
 * "according to". Its kind (person, analyst, government, organization,
 * public, group) comes from the words of its name and apposition. The
 * plan's proponent may go by other names (an alias, its ministry's
 * minister, "the agency").
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-extract-private.h"

/* "Russia, in turn, argues": an aside between commas of at most this many words. */
#define MAX_ASIDE_TOKENS 3

/* The kind of actor its words name ("officials", "analysts"), or -1. The
 * first kind listed whose word appears wins. */
static const char *const kind_keys[] = { "analyst", "organization", "government", "public", "group" };
static const PlActorKind kind_values[] = { PL_ACTOR_KIND_ANALYST, PL_ACTOR_KIND_ORGANIZATION,
                                           PL_ACTOR_KIND_GOVERNMENT, PL_ACTOR_KIND_PUBLIC,
                                           PL_ACTOR_KIND_GROUP };

int
_pl_extract_kind_of_words (Extraction *x,
                           guint first,
                           guint end)
{
  for (guint k = 0; k < G_N_ELEMENTS (kind_keys); k++)
    if (_pl_extract_matches (x, "actors", kind_keys[k], first, end))
      return (int) kind_values[k];
  return -1;
}

/* "M" in "Robert M. Danin", "P.J" in "P.J. Crowley": single letters,
 * dotted. */
static gboolean
is_initial (Extraction *x,
            guint token)
{
  PlToken *t = PL_TOKEN (x->a, token);

  if (!t->is_word || !t->capitalized)
    return FALSE;
  for (const char *p = t->lower; *p; p = g_utf8_next_char (p))
    {
      const char *next = g_utf8_next_char (p);

      if (*p != '.' && *next != '\0' && *next != '.')
        return FALSE;
    }
  return TRUE;
}

/* A full stop that belongs to the word before it: "U.S.", "Cmdr.", "M.". */
static gboolean
is_name_dot (Extraction *x,
             guint token)
{
  PlToken *before;

  if (token == 0 || !pl_analysis_is_punct (x->a, token, "."))
    return FALSE;
  before = PL_TOKEN (x->a, token - 1);
  return before->end == PL_TOKEN (x->a, token)->start &&
         (is_initial (x, token - 1) || strchr (before->lower, '.') != NULL ||
          pl_lex_list_lookup (pl_lexicon_list ("sentences", "abbreviations"), before->lower) != NULL);
}

/* A token of a person's or body's name: a capitalised word, a dot after
 * an initial, or a particle inside the name ("Ursula von der Leyen"). */
gboolean
_pl_extract_is_name_token (Extraction *x,
                           guint token,
                           guint first,
                           guint end)
{
  PlToken *t = PL_TOKEN (x->a, token);

  if (t->is_word && t->capitalized)
    return TRUE;
  if (is_name_dot (x, token))
    return TRUE;
  /* "von der Leyen": particles up to a capitalised word. */
  if (token == first || !_pl_extract_is_lex (x, token, "actors", "name_particles"))
    return FALSE;
  for (guint next = token + 1; next < end; next++)
    if (PL_TOKEN (x->a, next)->capitalized)
      return TRUE;
    else if (!_pl_extract_is_lex (x, next, "actors", "name_particles"))
      return FALSE;
  return FALSE;
}

/* The first word of a sentence: its capital says nothing. */
guint
_pl_extract_first_word (Extraction *x,
                        const PlSentence *s)
{
  guint t = s->first, end = s->first + s->n_tokens;

  while (t < end && !PL_TOKEN (x->a, t)->is_word)
    t++;
  return t;
}

gboolean
_pl_extract_has_and (Extraction *x,
                     guint first,
                     guint end)
{
  for (guint t = first; t < end; t++)
    if (_pl_extract_is_word (x, t, "and"))
      return TRUE;
  return FALSE;
}

/* Reads an actor's name backwards from just before its verb:
 * "Some governments and humanitarian organizations | welcomed". Words
 * allowed between them ("have also", "in October") are skipped. */
gboolean
_pl_extract_actor_before (Extraction *x,
                          const PlSentence *s,
                          guint verb,
                          Actor *actor)
{
  guint t = verb, n = 0, opening = _pl_extract_first_word (x, s);

  for (gboolean again = TRUE; again;)
    {
      again = FALSE;
      while (t > s->first && _pl_extract_is_lex (x, t - 1, "reactions", "auxiliaries"))
        t--, again = TRUE;
      /* "Clark in October revealed", "X last week said". */
      if (t >= s->first + 2 && _pl_extract_is_lex (x, t - 1, "reactions", "time_names") &&
          _pl_extract_is_lex (x, t - 2, "reactions", "time_prepositions"))
        t -= 2, again = TRUE;
    }
  *actor = (Actor){ t, t, 0, 0 };
  /* "it has strongly criticized": the pronoun alone. */
  if (t > s->first && _pl_extract_is_lex (x, t - 1, "reactions", "pronouns"))
    {
      actor->first = t - 1;
      return TRUE;
    }
  while (t > s->first && n < MAX_ACTOR_TOKENS)
    {
      PlToken *token = PL_TOKEN (x->a, t - 1);

      if (!token->is_word && strcmp (token->lower, "'") != 0 && !is_name_dot (x, t - 1))
        break;
      /* "since 2014 and Microsoft": a number is no part of a name. */
      if (token->is_word && g_ascii_isdigit (token->lower[0]))
        break;
      /* A capital keeps "When" in a name, except where every word has one. */
      if (token->is_word && (!token->capitalized || t - 1 == opening) &&
          _pl_extract_is_lex (x, t - 1, "reactions", "boundaries"))
        break;
      t--, n++;
    }
  /* "Britain, France and Germany said": a list of names goes on over
   * its commas. */
  if (_pl_extract_has_and (x, t, actor->end))
    while (t > s->first + 1 && pl_analysis_is_punct (x->a, t - 1, ","))
      {
        guint v = t - 1;

        while (v > s->first && t - 1 - v < MAX_NAME_TOKENS && PL_TOKEN (x->a, v - 1)->is_word &&
               PL_TOKEN (x->a, v - 1)->capitalized && !_pl_extract_is_lex (x, v - 1, "reactions", "openers") &&
               !(v - 1 == opening && _pl_extract_is_lex (x, v - 1, "reactions", "boundaries")))
          v--;
        if (v == t - 1 || !(v == s->first || pl_analysis_is_punct (x->a, v - 1, ",")) ||
            actor->end - v > MAX_ACTOR_TOKENS)
          break;
        t = v;
      }
  actor->first = t;
  /* "a program Iran | says": a relative clause, not a subject. */
  if (actor->first + 2 < actor->end && _pl_extract_is_determiner (x, actor->first) &&
      !PL_TOKEN (x->a, actor->first + 1)->capitalized && PL_TOKEN (x->a, actor->first + 2)->capitalized &&
      !_pl_extract_is_lex (x, actor->first + 1, "actors", "titles") && !_pl_extract_matches (x, "actors", "analyst", actor->first + 1, actor->first + 2))
    return FALSE;
  /* Not "the", "a", "a number of" or a preposition at its start. */
  for (gboolean again = TRUE; again && actor->first < actor->end;)
    {
      guint length = 0;

      again = FALSE;
      if (pl_analysis_match (x->a, pl_lexicon_list ("actors", "leading"), actor->first, actor->end, &length))
        actor->first += length, again = TRUE;
    }
  return actor->first < actor->end;
}

/* The apposition after a name: ", a market analyst with …" up to the next
 * comma or the end of the sentence. */
static void
apposition_after (Extraction *x,
                  guint name_end,
                  guint end,
                  Actor *actor)
{
  guint t;

  if (name_end >= end || !pl_analysis_is_punct (x->a, name_end, ","))
    return;
  for (t = name_end + 1; t < end && !pl_analysis_is_punct (x->a, t, ",;:()\"“”"); t++)
    ;
  actor->app_first = name_end + 1;
  actor->app_end = t;
}

/* "“…,” said Juan Perez, senior trader …": the name after the verb. */
gboolean
_pl_extract_actor_after (Extraction *x,
                         guint verb_end,
                         guint end,
                         Actor *actor)
{
  guint t = verb_end, first = verb_end;

  /* "said veteran industry analyst Ann Lee": a role in lower case
   * before the name. */
  while (first < end && first < verb_end + MAX_NAME_TOKENS && PL_TOKEN (x->a, first)->is_word &&
         !PL_TOKEN (x->a, first)->capitalized && !g_ascii_isdigit (PL_TOKEN (x->a, first)->lower[0]) &&
         !_pl_extract_is_lex (x, first, "reactions", "boundaries") && !_pl_extract_is_lex (x, first, "actors", "complements") &&
         !_pl_extract_is_lex (x, first, "reactions", "pronouns"))
    first++;
  if (first > verb_end && (first >= end || !PL_TOKEN (x->a, first)->capitalized))
    first = verb_end;
  t = first;
  while (t < end && t < first + MAX_NAME_TOKENS && _pl_extract_is_name_token (x, t, first, end))
    t++;
  /* Not the dot that ends the sentence. */
  while (t > first && t == end && pl_analysis_is_punct (x->a, t - 1, "."))
    t--;
  if (t == first)
    return FALSE;
  while (verb_end < first && _pl_extract_is_determiner (x, verb_end))
    verb_end++;
  *actor = (Actor){ verb_end, t, 0, 0 };
  apposition_after (x, t, end, actor);
  return actor->first < actor->end;
}

/* "Omar Lamrani, a senior analyst at Stratfor, told …" and "Robertson,
 * the U.S. commander, said": the name at the start of the sentence, what
 * follows it up to @verb its apposition. */
/* Where the subject of a sentence can start: after a quotation that opens
 * it ("“…,” Thomas Lee, …, said") and after a conjunction or opener ("But
 * Ann Lee, …", "Meanwhile, Ann Lee, …"). */
static guint
subject_start (Extraction *x,
               const PlSentence *s,
               guint verb)
{
  guint t = _pl_extract_first_word (x, s);

  if (t < verb && PL_TOKEN (x->a, t)->quoted)
    {
      while (t < verb && (PL_TOKEN (x->a, t)->quoted || !PL_TOKEN (x->a, t)->is_word))
        t++;
      /* The quotation ends in a comma: “…,” or “…”, */
      if (t >= verb || !pl_analysis_is_punct (x->a, t - 1, ",\"”") || !pl_analysis_is_punct (x->a, t - 2, ",\"”"))
        return verb;
    }
  if (t + 2 < verb && _pl_extract_is_lex (x, t, "reactions", "conjunctions"))
    t++;
  if (t + 2 < verb && _pl_extract_is_lex (x, t, "reactions", "openers") && pl_analysis_is_punct (x->a, t + 1, ","))
    t += 2;
  return t;
}

gboolean
_pl_extract_apposition_head (Extraction *x,
                             const PlSentence *s,
                             guint verb,
                             Actor *actor)
{
  guint first = subject_start (x, s, verb), t = first, end = s->first + s->n_tokens, app_end = verb;

  if (t >= verb || !PL_TOKEN (x->a, t)->capitalized || _pl_extract_is_lex (x, t, "reactions", "boundaries") ||
      _pl_extract_is_lex (x, t, "reactions", "openers"))
    return FALSE;
  while (t < end && t < first + MAX_NAME_TOKENS && _pl_extract_is_name_token (x, t, first, end))
    t++;
  if (t == first || t >= verb || !pl_analysis_is_punct (x->a, t, ","))
    return FALSE;
  while (app_end > t + 1 && (_pl_extract_is_lex (x, app_end - 1, "reactions", "auxiliaries") ||
                             pl_analysis_is_punct (x->a, app_end - 1, ",")))
    app_end--;
  /* One word is a name when an apposition with an article or a
   * relative clause follows: "Robertson, the commander, said", "Lee, who
   * chairs the board, said"; "Still, the U.S. sees" is none. */
  if (t - first < 2 && !((_pl_extract_is_determiner (x, t + 1) || _pl_extract_is_word (x, t + 1, "who")) && app_end < verb &&
                         pl_analysis_is_punct (x->a, app_end, ",")))
    return FALSE;
  *actor = (Actor){ first, t, t + 1, app_end };
  return TRUE;
}

/* "Russia, in turn, argues": the aside is skipped, the actor is before it. */
gboolean
_pl_extract_actor_before_aside (Extraction *x,
                                const PlSentence *s,
                                guint verb,
                                Actor *actor)
{
  guint comma = verb, t, length = 0;

  while (comma > s->first && _pl_extract_is_lex (x, comma - 1, "reactions", "auxiliaries"))
    comma--;
  if (comma <= s->first || !pl_analysis_is_punct (x->a, comma - 1, ","))
    return FALSE;
  comma--;
  for (t = comma; t > s->first && !pl_analysis_is_punct (x->a, t - 1, ","); t--)
    if (comma - t >= MAX_ASIDE_TOKENS)
      return FALSE;
  if (t == comma || t <= s->first ||
      pl_analysis_match (x->a, pl_lexicon_list ("reactions", "asides"), t, comma, &length) == NULL ||
      t + length != comma)
    return FALSE;
  return _pl_extract_actor_before (x, s, t - 1, actor);
}

/* "The union, which represents nurses, welcomed", "Several states,
 * including Poland, rejected": the actor is before the clause between
 * commas. */
gboolean
_pl_extract_actor_before_clause (Extraction *x,
                                 const PlSentence *s,
                                 guint verb,
                                 Actor *actor)
{
  guint comma = verb, t;

  while (comma > s->first && _pl_extract_is_lex (x, comma - 1, "reactions", "auxiliaries"))
    comma--;
  if (comma <= s->first || !pl_analysis_is_punct (x->a, comma - 1, ","))
    return FALSE;
  comma--;
  for (t = comma; t > s->first && !pl_analysis_is_punct (x->a, t - 1, ",;:\"“”"); t--)
    ;
  if (t == comma || t <= s->first + 1 || !pl_analysis_is_punct (x->a, t - 1, ",") ||
      !_pl_extract_is_lex (x, t, "reactions", "clause_openers"))
    return FALSE;
  return _pl_extract_actor_before (x, s, t - 1, actor);
}

/* "Fridays For Future and Extinction Rebellion which contested": the
 * name before "which" or "who". */
gboolean
_pl_extract_actor_before_relative (Extraction *x,
                                   const PlSentence *s,
                                   guint verb,
                                   Actor *actor)
{
  guint t = verb;

  while (t > s->first && _pl_extract_is_lex (x, t - 1, "reactions", "auxiliaries"))
    t--;
  if (t <= s->first + 1 || !(_pl_extract_is_word (x, t - 1, "which") || _pl_extract_is_word (x, t - 1, "who")))
    return FALSE;
  t--;
  if (pl_analysis_is_punct (x->a, t - 1, ","))
    t--;
  return _pl_extract_actor_before (x, s, t, actor) && PL_TOKEN (x->a, actor->end - 1)->capitalized;
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

static int
span_alias_group (Extraction *x,
                  guint first,
                  guint end)
{
  g_autofree char *name = pl_analysis_dup_span (x->a, first, end);
  g_autofree char *lower = g_utf8_strdown (name, -1);

  return alias_group (lower);
}

/* Several actors named together ("Russian and Iranian officials") speak
 * jointly, not as one of them. */
gboolean
_pl_extract_is_joint (const char *name)
{
  return strstr (name, " and ") != NULL;
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
  /* "the Interior Ministry" and "Interior Minister Ann Lee": the
   * ministry speaks through its minister. */
  if (g_str_has_suffix (x->proponent, " ministry"))
    {
      g_autofree char *head = g_strndup (x->proponent, strlen (x->proponent) - strlen ("ministry"));
      g_autofree char *minister = g_strconcat (head, "minister", NULL);

      if (strstr (lower, minister) != NULL)
        return TRUE;
    }
  group = alias_group (lower);
  if (group >= 0 && group == alias_group (x->proponent))
    return TRUE;
  /* Bare "officials" or "diplomats" in a story about a government's plan. */
  return alias_group (x->proponent) >= 0 &&
         (strcmp (lower, "officials") == 0 || strcmp (lower, "diplomats") == 0 ||
          strcmp (lower, "the officials") == 0);
}

/* "the agency", "company officials", "company CEO Ann Lee": a body
 * named by its kind alone, in a story about a body's plan, is that
 * body. */
gboolean
_pl_extract_refers_to_proponent (Extraction *x,
                                 const char *name)
{
  g_autofree char *lower = g_utf8_strdown (name, -1);
  g_auto (GStrv) words = NULL;
  const char *const *w;

  if (_pl_extract_is_proponent (x, name))
    return TRUE;
  if (x->proponent == NULL || alias_group (x->proponent) >= 0)
    return FALSE;
  words = g_strsplit (g_str_has_prefix (lower, "the ") ? lower + 4 : lower, " ", -1);
  w = (const char *const *) words;
  if (w[0] == NULL || pl_lex_list_lookup (pl_lexicon_list ("actors", "references"), w[0]) == NULL)
    return FALSE;
  if (w[1] == NULL)
    return TRUE;
  /* "company officials"; "company CEO Ann Lee": a title, then a name. */
  if (pl_lex_list_lookup (pl_lexicon_list ("actors", "reference_speakers"), w[1]) != NULL)
    return w[2] == NULL || pl_lex_list_lookup (pl_lexicon_list ("actors", "titles"), w[1]) != NULL;
  return w[2] != NULL && pl_lex_list_lookup (pl_lexicon_list ("actors", "titles"), w[1]) != NULL;
}

/* "the White House": a kind of actor named in two words. */
static gboolean
ends_with_kind_phrase (Extraction *x,
                       const Actor *actor)
{
  if (actor->end - actor->first < 2)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (kind_keys); k++)
    {
      guint length = 0;

      if (pl_analysis_match (x->a, pl_lexicon_list ("actors", kind_keys[k]), actor->end - 2, actor->end, &length) &&
          length == 2)
        return TRUE;
    }
  return FALSE;
}

gboolean
_pl_extract_is_valid_actor (Extraction *x,
                            const Actor *actor)
{
  g_autofree char *name = pl_analysis_dup_span (x->a, actor->first, actor->end);
  g_autofree char *lower = g_utf8_strdown (name, -1);
  PlToken *last = PL_TOKEN (x->a, actor->end - 1);

  if (pl_lex_list_lookup (pl_lexicon_list ("reactions", "not_actors"), lower) != NULL)
    return FALSE;
  /* "A recent report by …", "data released by …": documents, not actors. */
  for (guint t = actor->first; t < actor->end && t < actor->first + 3; t++)
    if (_pl_extract_is_lex (x, t, "reactions", "documents"))
      return FALSE;
  /* "the ministry's claim": a possessive is no subject. */
  if (g_str_has_suffix (last->lower, "'s"))
    return FALSE;
  /* "studies over the last 40 years indicated": a time is no actor. */
  if (_pl_extract_is_lex (x, actor->end - 1, "reactions", "time_names"))
    return FALSE;
  /* "the source said": who, no one can tell. */
  if (actor->end - actor->first == 1 && _pl_extract_is_lex (x, actor->first, "reactions", "anonymous"))
    return FALSE;
  /* "… stirs up some": a quantifier is an actor only alone. */
  if (actor->end - actor->first > 1 && _pl_extract_is_lex (x, actor->end - 1, "actors", "quantifiers"))
    return FALSE;
  /* "Critics of the plan": the words before the preposition name it. */
  for (guint t = actor->first + 1; t + 1 < actor->end; t++)
    if (_pl_extract_is_lex (x, t, "actors", "complements"))
      {
        Actor head = { actor->first, t, 0, 0 };

        if (_pl_extract_is_valid_actor (x, &head))
          return TRUE;
        break;
      }
  /* Its last word is a name, a known kind of actor or a plural noun
   * ("critics"): not "The company flat-out". */
  return last->capitalized || is_name_dot (x, actor->end - 1) || g_str_has_suffix (last->lower, "s") ||
         _pl_extract_kind_of_words (x, actor->end - 1, actor->end) >= 0 || _pl_extract_is_lex (x, actor->end - 1, "reactions", "anonymous") ||
         _pl_extract_is_lex (x, actor->end - 1, "actors", "titles") ||
         ends_with_kind_phrase (x, actor);
}

/* The name as shown: "U.S." keeps its last dot. */
char *
_pl_extract_actor_name (Extraction *x,
                        const Actor *actor)
{
  g_autofree char *raw = pl_analysis_dup_span (x->a, actor->first, actor->end);
  char *name = _pl_extract_clean_phrase (raw);

  if (is_name_dot (x, actor->end - 1) && !g_str_has_suffix (name, "."))
    {
      char *dotted = g_strconcat (name, ".", NULL);
      g_free (name);
      return dotted;
    }
  return name;
}

/* Whether a lone capitalised word is a person's surname: somewhere in
 * the text it follows a first name or a title ("Benjamin Netanyahu's",
 * "President Obama"). The words so placed are gathered in one pass, when
 * first asked; the set borrows the analysis's strings. */
static gboolean
is_surname (Extraction *x,
            guint token)
{
  const char *name = PL_TOKEN (x->a, token)->lower;
  g_autofree char *possessive = g_strconcat (name, "'s", NULL);

  if (x->surnames == NULL)
    {
      x->surnames = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint t = 1; t < x->a->tokens->len; t++)
        {
          PlToken *here = PL_TOKEN (x->a, t), *before = PL_TOKEN (x->a, t - 1);

          const char *hyphen = strchr (before->lower, '-');

          /* Not "The Acme", "In Acme", "Globex's Acme", "Boston-based
           * Acme", nor a heading's last word before the next line: no
           * first name. */
          if (!here->is_word || !here->capitalized || !before->is_word || !before->capitalized ||
              g_str_has_suffix (before->lower, "'s") || _pl_extract_is_lex (x, t - 1, "actors", "leading") ||
              (hyphen && !g_ascii_isupper (x->a->text[before->start + (hyphen - before->lower) + 1])) ||
              memchr (x->a->text + before->end, '\n', here->start - before->end) != NULL)
            continue;
          if (_pl_extract_is_lex (x, t - 1, "actors", "titles") ||
              (_pl_extract_kind_of_words (x, t - 1, t) < 0 && !_pl_extract_is_lex (x, t - 1, "reactions", "boundaries") &&
               !_pl_extract_is_lex (x, t - 1, "reactions", "openers")))
            g_hash_table_add (x->surnames, here->lower);
        }
    }
  return g_hash_table_contains (x->surnames, name) || g_hash_table_contains (x->surnames, possessive);
}

/* "Gates" in "Secretary Robert Gates": a surname that ends like a plural
 * ("Gates", "Jones") is known for one only after a title and a first
 * name. */
static gboolean
is_titled_surname (Extraction *x,
                   guint token)
{
  const char *name = PL_TOKEN (x->a, token)->lower;

  for (guint t = 2; t < x->a->tokens->len; t++)
    if (PL_TOKEN (x->a, t)->is_word && strcmp (PL_TOKEN (x->a, t)->lower, name) == 0 &&
        PL_TOKEN (x->a, t - 1)->capitalized && _pl_extract_is_name_token (x, t - 1, t - 1, t) &&
        (_pl_extract_is_lex (x, t - 2, "actors", "titles") || _pl_extract_is_lex (x, t - 1, "actors", "titles")))
      return TRUE;
  return FALSE;
}

/* Whether the tokens are a country's name ("South Africa"). */
static gboolean
is_country (Extraction *x,
            guint first,
            guint end)
{
  guint length = 0;

  return pl_analysis_match (x->a, pl_lexicon_list ("actors", "countries"), first, end, &length) != NULL &&
         first + length == end;
}

/* A person's name at the end of a part of an actor: capitalised words
 * after a title or role ("U.S. President | Donald Trump", "Commerzbank
 * analyst | Carsten Fritsch"), two or more that name no body or country,
 * or a surname the text gives a first name or title elsewhere. */
gboolean
_pl_extract_ends_with_person (Extraction *x,
                              guint first,
                              guint end)
{
  guint t = end;

  while (t > first && _pl_extract_is_name_token (x, t - 1, first, end) && _pl_extract_kind_of_words (x, t - 1, t) < 0 &&
         !_pl_extract_is_lex (x, t - 1, "actors", "titles"))
    t--;
  /* Nothing, or only a dot, after the role; or a country or a body. */
  if (t == end || (end - t == 1 && is_name_dot (x, t)) || span_alias_group (x, t, end) >= 0 ||
      _pl_extract_is_lex (x, end - 1, "actors", "bodies") || is_country (x, t, end))
    return FALSE;
  /* "investor Ann Lee": a first name and a surname after a role word. */
  if (t > first && end - t >= 2 && !PL_TOKEN (x->a, t - 1)->capitalized && PL_TOKEN (x->a, t - 1)->is_word &&
      !_pl_extract_is_lex (x, t - 1, "actors", "leading") && !_pl_extract_is_lex (x, t - 1, "actors", "complements") &&
      !_pl_extract_is_lex (x, t - 1, "reactions", "boundaries"))
    return TRUE;
  if (t > first)
    return _pl_extract_is_lex (x, t - 1, "actors", "titles") || _pl_extract_kind_of_words (x, t - 1, t) >= 0;
  if (end - t >= 2)
    return TRUE;
  /* Capitals only ("IAEA") name a body. */
  return g_utf8_strlen (PL_TOKEN (x->a, t)->lower, -1) > 1 && strchr (PL_TOKEN (x->a, t)->lower, '.') == NULL &&
         is_surname (x, t) && (!g_str_has_suffix (PL_TOKEN (x->a, t)->lower, "s") || is_titled_surname (x, t));
}

static PlActorKind
kind_of_part (Extraction *x,
              const Actor *actor,
              guint first,
              guint end)
{
  int kind;

  /* "Executives of both companies", "Sen. Elizabeth Warren of
   * Massachusetts": the words before the preposition name the actor. */
  if (!_pl_extract_ends_with_person (x, first, end))
    for (guint t = first + 1; t < end; t++)
      if (_pl_extract_is_lex (x, t, "actors", "complements"))
        {
          end = t;
          break;
        }
  if (_pl_extract_ends_with_person (x, first, end))
    {
      /* A named expert: by their role or where they work. */
      if (_pl_extract_matches (x, "actors", "analyst", first, end) ||
          (actor->app_end > actor->app_first &&
           (_pl_extract_matches (x, "actors", "analyst", actor->app_first, actor->app_end) ||
            _pl_extract_matches (x, "actors", "expertise", actor->app_first, actor->app_end))))
        return PL_ACTOR_KIND_ANALYST;
      return PL_ACTOR_KIND_PERSON;
    }
  kind = _pl_extract_kind_of_words (x, first, end);
  if (kind >= 0)
    return (PlActorKind) kind;
  if (span_alias_group (x, first, end) >= 0 || is_country (x, first, end))
    return PL_ACTOR_KIND_GOVERNMENT;
  if (_pl_extract_is_lex (x, end - 1, "actors", "bodies"))
    return PL_ACTOR_KIND_ORGANIZATION;
  /* "IAEA", "NATO": an acronym names a body. */
  for (guint t = first; t < end; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);
      g_autofree char *upper = NULL;

      if (!token->is_word || g_utf8_strlen (token->lower, -1) < 2)
        continue;
      upper = g_utf8_strup (token->lower, -1);
      if (strncmp (x->a->text + token->start, upper, token->end - token->start) == 0)
        return PL_ACTOR_KIND_ORGANIZATION;
    }
  /* One capitalised word that is no person's name nor a plural
   * ("Democrats") names a company or body: "Acme said". */
  if (end - first == 1 && PL_TOKEN (x->a, first)->capitalized && !g_str_has_suffix (PL_TOKEN (x->a, first)->lower, "s"))
    return PL_ACTOR_KIND_ORGANIZATION;
  return PL_ACTOR_KIND_GROUP;
}

/* The kind of actor: from the words of its name and apposition. Actors
 * of different kinds, or several persons, joined by "and" make a group. */
PlActorKind
_pl_extract_actor_kind (Extraction *x,
                        const Actor *actor)
{
  PlActorKind kind = PL_ACTOR_KIND_GROUP;
  guint start = actor->first, parts = 0;

  for (guint t = actor->first; t <= actor->end; t++)
    {
      if (t < actor->end && !_pl_extract_is_word (x, t, "and"))
        continue;
      if (t > start)
        {
          PlActorKind part = kind_of_part (x, actor, start, t);

          if (parts > 0 && (part != kind || part == PL_ACTOR_KIND_PERSON))
            return PL_ACTOR_KIND_GROUP;
          kind = part;
          parts++;
        }
      start = t + 1;
    }
  return kind;
}

/* The name from @first up to a comma, without "the". */
gboolean
_pl_extract_actor_up_to_comma (Extraction *x,
                               guint first,
                               guint end,
                               Actor *actor)
{
  guint t = first;

  while (t < end && !pl_analysis_is_punct (x->a, t, ",;:") && t < first + MAX_ACTOR_TOKENS)
    t++;
  *actor = (Actor){ first, t, 0, 0 };
  while (actor->first < actor->end && _pl_extract_is_determiner (x, actor->first))
    actor->first++;
  /* Not the dot that ends the sentence. */
  while (actor->end > actor->first && actor->end == end && pl_analysis_is_punct (x->a, actor->end - 1, "."))
    actor->end--;
  return actor->first < actor->end && (t < end || t == actor->end);
}

/* "welcomed by some governments and aid groups on Monday": the name
 * after "by" up to a comma, a clause or a time. */
gboolean
_pl_extract_actor_by (Extraction *x,
                      guint first,
                      guint end,
                      Actor *actor)
{
  guint t;

  while (first < end && _pl_extract_is_determiner (x, first))
    first++;
  for (t = first; t < end && t < first + MAX_ACTOR_TOKENS; t++)
    if ((!PL_TOKEN (x->a, t)->is_word && !is_name_dot (x, t)) || _pl_extract_is_lex (x, t, "reactions", "boundaries") ||
        (_pl_extract_is_lex (x, t, "actors", "complements") && !_pl_extract_is_word (x, t, "of")) || _pl_extract_is_lex (x, t, "reactions", "time_names"))
      break;
    /* "supported by recent economic data": no actor. */
    else if (_pl_extract_is_lex (x, t, "reactions", "documents"))
      return FALSE;
  /* Not the dot that ends the sentence. */
  while (t > first && pl_analysis_is_punct (x->a, t - 1, "."))
    t--;
  *actor = (Actor){ first, t, 0, 0 };
  return t > first;
}

/* "One of the bill's authors, Sen. Ann Lee, said": a role opening the
 * sentence, then the name between commas; the role is its apposition. */
gboolean
_pl_extract_role_then_name (Extraction *x,
                            const PlSentence *s,
                            guint verb,
                            Actor *actor)
{
  guint comma = verb, first = subject_start (x, s, verb), name;
  gboolean lower = FALSE;

  while (comma > s->first && _pl_extract_is_lex (x, comma - 1, "reactions", "auxiliaries"))
    comma--;
  if (comma <= first + 3 || !pl_analysis_is_punct (x->a, comma - 1, ",") || _pl_extract_is_lex (x, first, "reactions", "openers"))
    return FALSE;
  comma--;
  for (name = comma; name > first && comma - name < MAX_NAME_TOKENS && _pl_extract_is_name_token (x, name - 1, first, comma); name--)
    ;
  if (name == comma || name <= first + 1 || !pl_analysis_is_punct (x->a, name - 1, ",") ||
      !_pl_extract_ends_with_person (x, name, comma))
    return FALSE;
  /* The role: words in lower case, no clause of its own. */
  for (guint t = first; t < name - 1; t++)
    {
      if (!PL_TOKEN (x->a, t)->is_word && !pl_analysis_is_punct (x->a, t, "'’"))
        return FALSE;
      if (PL_TOKEN (x->a, t)->is_word && !PL_TOKEN (x->a, t)->capitalized)
        lower = TRUE;
      if (PL_TOKEN (x->a, t)->quoted || _pl_extract_is_lex (x, t, "reactions", "subordinators"))
        return FALSE;
    }
  if (!lower)
    return FALSE;
  *actor = (Actor){ name, comma, first, name - 1 };
  return TRUE;
}
