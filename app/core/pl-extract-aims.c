/* pl-extract-aims.c: what the plan and its phases set out to do:
 * their aims and commitments (after an aim verb, a modal or an opening
 * phrase, and through a paragraph), the goals its parties state, who
 * those parties are, and the actions the lead tells.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <string.h>

#include "pl-extract-private.h"

/* What follows an aim verb at @t: components, or the phase's gist. */
void
_pl_extract_take_aim (Extraction *x,
                      PhaseDraft *draft,
                      guint si,
                      guint t)
{
  PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, length = 0, stop;
  gboolean summary_verb = pl_analysis_match (x->a, pl_lexicon_list ("components", "summary_verbs"), t, end, NULL) != NULL;

  if (pl_analysis_match (x->a, pl_lexicon_list ("components", "aim_verbs"), t, end, &length) == NULL)
    return;
  t += length;
  stop = _pl_extract_aim_end (x, t, end);
  if (stop <= t || _pl_extract_is_anaphoric (x, t, stop) || _pl_extract_take_gist (x, draft, si, t, stop, summary_verb))
    return;
  _pl_extract_add_parts (x, draft, si, t, stop, FALSE);
}

/* "signed", "paid", "sold": a past participle, for a passive. */
gboolean
_pl_extract_is_participle (Extraction *x,
                           guint t)
{
  return g_str_has_suffix (PL_TOKEN (x->a, t)->lower, "ed") || _pl_extract_in_components_list (x, "participles", t);
}

/* Whether a commitment's modal ("will", "is to") starts at @t; sets
 * @length to its number of tokens. */
gboolean
_pl_extract_is_commitment (Extraction *x,
                           guint t,
                           guint end,
                           guint *length)
{
  return pl_analysis_match (x->a, pl_lexicon_list ("components", "commit_modals"), t, end, length) != NULL;
}

/* What the main clause commits to after a modal at @modal, its subject
 * from @subject: "Yahoo will sell the stock" gives "sell the stock";
 * "the hostages will be released" is a part as a whole. Adds the parts
 * to @draft (%NULL: the plan). */
void
_pl_extract_take_commitment (Extraction *x,
                             PhaseDraft *draft,
                             guint si,
                             guint subject,
                             guint modal,
                             guint length)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, aim = modal + length;

  while (aim < end && aim < modal + length + 2 && _pl_extract_in_components_list (x, "leading", aim))
    aim++;
  /* "will not only end X" commits to X; "will no longer accept X" is a
   * commitment of its own. */
  if (aim + 2 < end && _pl_extract_token_is (x, aim, "not") && _pl_extract_token_is (x, aim + 1, "only"))
    aim += 2;
  if (aim + 2 < end && _pl_extract_token_is (x, aim, "no") && _pl_extract_token_is (x, aim + 1, "longer"))
    {
      _pl_extract_add_sentence_part (x, draft, si, aim, _pl_extract_aim_end (x, aim + 2, end), NULL, PART_PROSE);
      return;
    }
  if (aim >= end || _pl_extract_in_components_list (x, "negations", aim) || _pl_extract_in_components_list (x, "hedges", aim) ||
      (subject != G_MAXUINT && _pl_extract_is_anaphoric (x, subject, modal)))
    return;
  /* "will be $10 billion": a state, no aim; "will be the transfer of…"
   * is read by the aim verbs. */
  if (_pl_extract_token_is (x, aim, "be") && (aim + 1 >= end || !_pl_extract_is_participle (x, aim + 1)))
    return;
  /* A passive: what is done to the subject; the plan's own ("the deal
   * will be signed") is no part of it. */
  if (_pl_extract_token_is (x, aim, "be") && aim + 1 < end && _pl_extract_is_participle (x, aim + 1))
    {
      if (subject != G_MAXUINT && modal > subject + 1 && !_pl_extract_in_components_list (x, "pronouns", subject))
        _pl_extract_add_sentence_part (x, draft, si, subject, _pl_extract_aim_end (x, aim, end), NULL, PART_PROSE);
      return;
    }
  /* "allow the company to pay down debt": what it allows. */
  if (_pl_extract_in_components_list (x, "enable_verbs", aim))
    for (guint to = aim + 2; to < end && to < aim + 7; to++)
      if (_pl_extract_token_is (x, to, "to"))
        {
          Span actor = { aim + 1, to };
          guint stop = _pl_extract_aim_end (x, to + 1, end);

          if (stop > to + 2)
            _pl_extract_add_parts_of (x, draft, si, to + 1, stop, FALSE, &actor);
          return;
        }
  _pl_extract_add_parts (x, draft, si, aim, _pl_extract_aim_end (x, aim, end), FALSE);
}

/* "In the second step, at the closing, Yahoo will sell the stock",
 * "During phase one, the army would withdraw": a phase named in the
 * phrase that opens the sentence; what the main clause commits to is a
 * part of that phase. */
static void
opening_phrase_aim (Extraction *x,
                    PhaseDraft *draft,
                    guint si,
                    guint mention)
{
  const PlSentence *s = PL_SENTENCE (x->a, si);
  guint end = s->first + s->n_tokens, subject = G_MAXUINT;

  if (mention > s->first + 3 || !_pl_extract_in_components_list (x, "phase_openers", s->first))
    return;
  for (guint t = mention + 1; t < end && t < mention + 24; t++)
    {
      guint length = 0;

      if (pl_analysis_is_punct (x->a, t, ";:—–()"))
        return;
      if (pl_analysis_is_punct (x->a, t, ","))
        subject = t + 1;
      else if (subject != G_MAXUINT && t > subject && t < subject + 8 && _pl_extract_is_commitment (x, t, end, &length))
        {
          _pl_extract_take_commitment (x, draft, si, subject, t, length);
          return;
        }
    }
}

/* "In the second step, Yahoo will sell the stock. At that point, Yahoo
 * will change its name": in the paragraph that names a numbered phase,
 * and in those after it that go on about it, what a named party will do
 * is part of that phase. */
static guint
paragraph_aims (Extraction *x,
                PhaseDraft *draft,
                guint si)
{
  guint home = PL_SENTENCE (x->a, si)->block, block = home;

  for (guint next = si + 1; next < x->a->sentences->len; next++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, next);
      guint end = s->first + s->n_tokens;

      if (s->block != block &&
          (s->kind == PL_BLOCK_HEADING || !(_pl_extract_continues_phase (x, next) || _pl_extract_introduced_in (x, next, home))))
        return next;
      block = s->block;

      if (x->sentence_phase[next] >= 0 && x->sentence_phase[next] != draft->key)
        return next;
      for (guint t = s->first + 1; t < end && t < s->first + 16; t++)
        {
          guint length = 0, start;
          gboolean named = FALSE;

          if (PL_TOKEN (x->a, t)->quoted || !_pl_extract_is_commitment (x, t, end, &length))
            continue;
          start = _pl_extract_aim_subject_start (x, s, t);
          for (guint u = start; u < t; u++)
            named |= PL_TOKEN (x->a, u)->capitalized && PL_TOKEN (x->a, u)->is_word && !_pl_extract_is_function_word (x, u) &&
                     !_pl_extract_in_components_list (x, "pronouns", u) && !g_str_has_suffix (PL_TOKEN (x->a, u)->lower, "ed");
          if (named && t - start <= 6 && (start == s->first || pl_analysis_is_punct (x->a, start - 1, ",")) &&
              !_pl_extract_in_components_list (x, "pronouns", start))
            _pl_extract_take_commitment (x, draft, next, start, t, length);
          break;
        }
    }
  return x->a->sentences->len;
}

/* "the initial stage, which focused primarily on X and Y", "the next
 * phase aims to X", "the second phase is expected to involve X". */
void
_pl_extract_aim_components (Extraction *x)
{
  for (guint pi = 0; pi < x->phases->len; pi++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, pi);
      /* A later mention in the paragraph an earlier one's scan covered
       * would scan the same sentences again: a phase named in every
       * sentence of a long paragraph would cost its square. */
      guint scanned_from = 0, scanned_until = 0, scanned_home = G_MAXUINT;

      for (guint mi = 0; mi < draft->mentions->len; mi++)
        {
          guint first = g_array_index (draft->mentions, guint, mi);
          guint si = _pl_extract_sentence_of_token (x, first);
          PlSentence *s = PL_SENTENCE (x->a, si);

          if (s->kind != PL_BLOCK_HEADING && !_pl_extract_is_named_key (draft->key))
            {
              _pl_extract_take_aim (x, draft, si, _pl_extract_skip_to_aim (x, first, s->first + s->n_tokens));
              opening_phrase_aim (x, draft, si, first);
              if (_pl_extract_is_numbered_key (draft->key) && x->sentence_phase[si] == draft->key &&
                  !(si >= scanned_from && si < scanned_until && s->block == scanned_home))
                {
                  scanned_from = si;
                  scanned_until = paragraph_aims (x, draft, si);
                  scanned_home = s->block;
                }
            }
        }
    }
}

/* Words the text writes capitalized inside a sentence: names. */
GHashTable *
_pl_extract_name_words (Extraction *x)
{
  GHashTable *names = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);

      for (guint t = s->first + 1; t < s->first + s->n_tokens; t++)
        if (PL_TOKEN (x->a, t)->is_word && PL_TOKEN (x->a, t)->capitalized && !PL_TOKEN (x->a, t)->quoted &&
            !_pl_extract_is_function_word (x, t) && !_pl_extract_in_components_list (x, "pronouns", t) && !_pl_extract_in_components_list (x, "time_words", t))
          g_hash_table_add (names, PL_TOKEN (x->a, t)->lower);
    }
  return names;
}

/* Adds the names between the tokens to the plan's parties. */
void
_pl_extract_add_parties (Extraction *x,
                         GHashTable *names,
                         guint first,
                         guint end)
{
  for (guint t = first; t < end; t++)
    if (PL_TOKEN (x->a, t)->capitalized && g_hash_table_contains (names, PL_TOKEN (x->a, t)->lower))
      g_hash_table_add (x->parties, PL_TOKEN (x->a, t)->lower);
}

static gboolean
is_title_word_char (const char *p)
{
  return g_unichar_isalnum (g_utf8_get_char (p)) || (*p != '\0' && strchr ("_'.-", *p) != NULL);
}

/* Who takes part in the plan: the names in the headline, in the lead's
 * sentences that speak of the plan, and those a plan as the subject
 * names ("the deal will enrich Northwind", "the agreement with Contoso
 * allows…"), as far as the text writes them as names. Critics and
 * reporters named elsewhere are none. */
void
_pl_extract_find_parties (Extraction *x)
{
  g_autoptr (GHashTable) names = _pl_extract_name_words (x);
  const PlLexList *nouns = pl_lexicon_list ("components", "plan_nouns");
  const char *title = x->a->source != NULL ? pl_source_get_title (x->a->source) : NULL;
  guint lead = 0;

  x->parties = g_hash_table_new (g_str_hash, g_str_equal);
  if (title != NULL)
    {
      g_autofree char *lower = g_utf8_strdown (title, -1);
      char *p = lower;

      /* Words of letters, digits, apostrophes, dots and hyphens, without
       * a trailing dot or apostrophe or a possessive "'s". */
      while (*p != '\0')
        {
          char *word = p, *next, *found;
          gsize n;

          while (*p != '\0' && is_title_word_char (p))
            p = g_utf8_next_char (p);
          for (next = p; *next != '\0' && !is_title_word_char (next);)
            next = g_utf8_next_char (next);
          n = (gsize) (p - word);
          *p = '\0';
          p = next;
          while (n > 0 && strchr (".'", word[n - 1]) != NULL)
            word[--n] = '\0';
          if (n > 2 && g_str_has_suffix (word, "'s"))
            word[n - 2] = '\0';
          if (*word != '\0' && g_hash_table_lookup_extended (names, word, (gpointer *) &found, NULL))
            g_hash_table_add (x->parties, found);
        }
    }
  for (guint si = 0; si < x->a->sentences->len && lead < 3; si++)
    {
      const PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      lead++;
      for (guint t = s->first; t < end; t++)
        if (_pl_extract_has_cue (x, t, CUE_PLAN_NOUN) && pl_analysis_match (x->a, nouns, t, end, NULL) != NULL)
          {
            _pl_extract_add_parties (x, names, s->first, end);
            break;
          }
    }
}

/* The headline's first words: where it names who acts. */
#define HEADLINE_SUBJECT_WORDS 4

/* Whether the headline opens with @word, or its plural or singular,
 * among its first words: "the county" in a story headed "County
 * ends…", not "the server" in one headed "Exploit crashes servers". */
static gboolean
title_has_word (Extraction *x,
                const char *word)
{
  const char *title = x->a->source != NULL ? pl_source_get_title (x->a->source) : NULL;
  g_autofree char *lower = NULL;
  gsize n = strlen (word);
  char *cut;
  guint words = 0;

  if (title == NULL || n < 3)
    return FALSE;
  lower = g_utf8_strdown (title, -1);
  for (cut = lower; *cut != '\0'; cut++)
    if (*cut == ' ' && ++words == HEADLINE_SUBJECT_WORDS)
      {
        *cut = '\0';
        break;
      }
  for (const char *p = strstr (lower, word); p != NULL; p = strstr (p + 1, word))
    {
      const char *after = p + n;

      if (p > lower && g_ascii_isalnum (p[-1]))
        continue;
      if (*after == 's' && !g_str_has_suffix (word, "s"))
        after++;
      if (!g_ascii_isalnum (*after))
        return TRUE;
    }
  /* "the doctors" and a headline's "Doctor". */
  if (n > 3 && word[n - 1] == 's')
    {
      g_autofree char *singular = g_strndup (word, n - 1);

      return title_has_word (x, singular);
    }
  return FALSE;
}

/* "the county", "the health department", "the doctors": who the
 * headline names by its kind, or a body by its kind, named with an
 * article. */
static gboolean
is_headline_kind (Extraction *x,
                  guint first,
                  guint end)
{
  PlToken *head;

  if (end < first + 2 || end > first + 4 || !_pl_extract_token_is (x, first, "the"))
    return FALSE;
  head = PL_TOKEN (x->a, end - 1);
  if (!head->is_word || head->capitalized || _pl_extract_is_function_word (x, end - 1) || _pl_extract_in_components_list (x, "plan_nouns", end - 1) ||
      _pl_extract_in_components_list (x, "topic_nouns", end - 1) || _pl_extract_in_components_list (x, "pronouns", end - 1))
    return FALSE;
  for (guint t = first + 1; t + 1 < end; t++)
    if ((!PL_TOKEN (x->a, t)->is_word || _pl_extract_is_function_word (x, t)) && !_pl_extract_token_is (x, t, "'s"))
      return FALSE;
  /* "the probation department", "the state's largest utility": a body
   * by its kind, in a story about a body's plan. */
  return _pl_extract_in_components_list (x, "party_kinds", end - 1) || title_has_word (x, head->lower);
}

/* Whether the words name one who takes part in the plan ("Northwind",
 * "Contoso's new unit"), not merely mention one ("peace in Gaza"), or
 * the body the story is about by its kind ("the merged company"). */
static gboolean
is_party (Extraction *x,
          guint first,
          guint end)
{
  gboolean named = FALSE;

  if (x->parties == NULL || end <= first)
    return FALSE;
  if (end <= first + 4 && _pl_extract_count_matches (x, pl_lexicon_list ("components", "party_nouns"), first, end, NULL) > 0)
    return TRUE;
  if (is_headline_kind (x, first, end))
    return TRUE;
  for (guint t = first; t < end; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);

      if (token->capitalized && g_hash_table_contains (x->parties, token->lower))
        named = TRUE;
      else if (token->is_word && !token->capitalized && !_pl_extract_token_is (x, t, "the") && !_pl_extract_token_is (x, t, "'s") &&
               !_pl_extract_in_components_list (x, "subject_tail", t))
        return FALSE;
    }
  return named;
}

/* Names of states and their capitals ("Paris", "the U.S."), from the
 * lexicon's aliases, without dots, read once. */
static GHashTable *
state_names (void)
{
  static GHashTable *names;

  if (g_once_init_enter (&names))
    {
      const char *const *raw = pl_lexicon_get_strings ("actors", "aliases");
      /* Owns its keys: "u.s" and "us" are one name, the second replaces the first. */
      GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint g = 0; raw[g] != NULL; g++)
        {
          g_auto (GStrv) group = g_strsplit (raw[g], ",", -1);

          for (guint n = 0; group[n] != NULL; n++)
            {
              GString *name = g_string_new (NULL);

              for (const char *p = g_strstrip (group[n]); *p; p++)
                if (*p != '.')
                  g_string_append_c (name, g_ascii_tolower (*p));
              g_hash_table_add (set, g_string_free (name, FALSE));
            }
        }
      g_once_init_leave (&names, set);
    }
  return names;
}

static gboolean
is_state_name (Extraction *x,
               guint first,
               guint end)
{
  GHashTable *names = state_names ();

  for (guint t = first; t < end; t++)
    {
      PlToken *token = PL_TOKEN (x->a, t);
      char buffer[64];
      gsize n = 0;

      if (!token->is_word || !token->capitalized)
        continue;
      /* One word, then the same with the next one: "South Korea". */
      for (guint w = t; w < end && w < t + 2; w++)
        {
          const char *lower = PL_TOKEN (x->a, w)->lower;

          if (w > t && n + 1 < sizeof buffer)
            buffer[n++] = ' ';
          for (; *lower && n + 1 < sizeof buffer; lower++)
            if (*lower != '.')
              buffer[n++] = *lower;
          buffer[n] = '\0';
          if (g_hash_table_contains (names, buffer))
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the words name who is behind the plan: its proponent, a
 * government, a state by its name or capital, or an organisation. */
static gboolean
is_goal_subject (Extraction *x,
                 guint first,
                 guint end)
{
  g_autofree char *name = NULL;

  if (end <= first)
    return FALSE;
  name = pl_analysis_dup_span (x->a, first, end);
  return _pl_extract_is_proponent (x, name) || is_state_name (x, first, end) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "government"), first, end, NULL) > 0 ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "organization"), first, end, NULL) > 0;
}

/* Who commits to what it "will" do: the plan's proponent or a state, not
 * any organisation ("the companies will let you…"). */
static gboolean
is_state_subject (Extraction *x,
                  guint first,
                  guint end)
{
  g_autofree char *name = NULL;

  if (end <= first)
    return FALSE;
  name = pl_analysis_dup_span (x->a, first, end);
  return _pl_extract_is_proponent (x, name) || is_state_name (x, first, end) ||
         _pl_extract_count_matches (x, pl_lexicon_list ("actors", "government"), first, end, NULL) > 0;
}

/* Where the subject of a verb at @t starts: back to a comma, a
 * conjunction, "that" or a verb of saying. */
guint
_pl_extract_aim_subject_start (Extraction *x,
                               const PlSentence *s,
                               guint t)
{
  guint start = t;

  while (start > s->first && t - start < 14 && !pl_analysis_is_punct (x->a, start - 1, ",;:—–") &&
         !_pl_extract_in_components_list (x, "subject_stops", start - 1) && !PL_TOKEN (x->a, start - 1)->quoted)
    start--;
  return start;
}

/* Whether a party's words from @start are what someone else says of
 * it ("analysts say that Northwind will…"): a guess, no commitment. */
static gboolean
said_by_other (Extraction *x,
               const PlSentence *s,
               guint start)
{
  guint say = start, from;

  /* Back over the rest of a joint subject: "Contoso and Northwind". */
  while (say > s->first + 1 && say + 8 > start && (_pl_extract_is_conjunction (x, say - 1) || _pl_extract_token_is (x, say - 1, "the")) &&
         PL_TOKEN (x->a, say - 2)->capitalized)
    for (say--; say > s->first && PL_TOKEN (x->a, say - 1)->capitalized;)
      say--;
  while (say > s->first && say + 3 > start && (_pl_extract_token_is (x, say - 1, "that") || _pl_extract_in_components_list (x, "time_words", say - 1)))
    say--;
  if (say <= s->first || !(_pl_extract_in_components_list (x, "say_verbs", say - 1) || _pl_extract_token_is (x, say - 1, "say") || _pl_extract_token_is (x, say - 1, "expect")))
    return FALSE;
  from = _pl_extract_aim_subject_start (x, s, say - 1);
  return !is_goal_subject (x, from, say - 1) && !is_party (x, from, say - 1);
}

/* Whether the subject of a goal's verb at @t, from @start, is who is
 * behind the plan. Auxiliaries before the verb are passed ("has been
 * trying to"), a negation denies the goal ("is not trying to"). A
 * pronoun stands for who said so just before ("Moscow announced Friday
 * it will…") or for the subject of the sentence before ("It has been
 * trying to…"). A plan's own aims are read where it is named. */
static gboolean
is_goal_subject_at (Extraction *x,
                    guint si,
                    guint start,
                    guint t)
{
  const PlSentence *s = PL_SENTENCE (x->a, si), *before;
  gboolean modal = _pl_extract_in_components_list (x, "modals", t), reported = start > s->first && _pl_extract_in_components_list (x, "say_verbs", start - 1);
  gboolean (*subject) (Extraction *, guint, guint) = modal ? is_state_subject : is_goal_subject;
  guint head = t, say;

  while (head > start && (_pl_extract_in_components_list (x, "subject_tail", head - 1) || _pl_extract_in_components_list (x, "negations", head - 1)))
    if (_pl_extract_in_components_list (x, "negations", --head))
      return FALSE;
  if (head <= start || _pl_extract_count_matches (x, pl_lexicon_list ("components", "plan_nouns"), start, head, NULL) > 0)
    return FALSE;
  if (!_pl_extract_in_components_list (x, "pronouns", head - 1))
    /* "would" commits only in reported speech: "Bosma said lawmakers
     * would…", not "they thought Russia would become…". */
    return head - start <= 8 && (!_pl_extract_token_is (x, t, "would") || reported) &&
           (subject (x, start, head) || (is_party (x, start, head) && !said_by_other (x, s, start)));
  /* "As for the new unit, it will…": the topic the sentence opens with. */
  if (head > s->first + 4 && pl_analysis_is_punct (x->a, head - 2, ",") &&
      pl_analysis_match (x->a, pl_lexicon_list ("components", "topic_openers"), s->first, head, &say) != NULL &&
      s->first + say < head - 2)
    return subject (x, s->first + say, head - 2) || is_party (x, s->first + say, head - 2);
  if (head - 1 == s->first)
    {
      if (modal || si == 0 || (before = PL_SENTENCE (x->a, si - 1))->kind == PL_BLOCK_HEADING)
        return FALSE;
      for (guint v = before->first + 1; v < before->first + before->n_tokens && v < before->first + 8; v++)
        if (pl_analysis_is_punct (x->a, v, ",") || !PL_TOKEN (x->a, v)->capitalized)
          return subject (x, before->first, v);
      return FALSE;
    }
  /* Back from the pronoun over "that" and a time to the verb of saying;
   * "to announce" has no subject of its own. */
  for (say = head - 2; say > s->first && say + 5 > head && (_pl_extract_token_is (x, say, "that") || _pl_extract_in_components_list (x, "time_words", say));)
    say--;
  if (!_pl_extract_in_components_list (x, "say_verbs", say) || say == s->first || _pl_extract_token_is (x, say - 1, "to"))
    return FALSE;
  return subject (x, _pl_extract_aim_subject_start (x, s, say), say) || is_party (x, _pl_extract_aim_subject_start (x, s, say), say);
}

/* "Artemis aims to put…": a name that opens the sentence and states its
 * own aim, a programme or a body, is behind the plan. */
static gboolean
is_named_aim (Extraction *x,
              const PlSentence *s,
              guint start,
              guint t)
{
  if (start != s->first || t == start || t > start + 3 ||
      pl_analysis_match (x->a, pl_lexicon_list ("components", "summary_verbs"), t, s->first + s->n_tokens, NULL) == NULL)
    return FALSE;
  for (guint u = start; u < t; u++)
    if (!PL_TOKEN (x->a, u)->capitalized || _pl_extract_is_function_word (x, u) || _pl_extract_in_components_list (x, "pronouns", u))
      return FALSE;
  return TRUE;
}

/* Where the sentence first names a phase, or its end. */
static guint
first_phase_noun (Extraction *x,
                  const PlSentence *s)
{
  guint end = s->first + s->n_tokens;

  for (guint t = s->first; t < end; t++)
    if (_pl_extract_is_phase_noun (x, t))
      return t;
  return end;
}

/* "Oslo plans to install 5 GW of wind power by 2030", "the government
 * wants to help manufacturers raise efficiency", "the president said he would
 * raise tariffs", "the U.S. will keep its base": the goals and
 * commitments of who is behind the plan. */
void
_pl_extract_goal_components (Extraction *x)
{
  const PlLexList *verbs = pl_lexicon_list ("components", "goal_verbs");

  for (guint si = 0; si < x->a->sentences->len; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens, phase = G_MAXUINT;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      for (guint t = s->first + 1; t < end; t++)
        {
          guint length = 0, start, aim, context;
          Span actor = { 0, 0 };

          if (!_pl_extract_has_cue (x, t, CUE_GOAL_VERB) || PL_TOKEN (x->a, t)->quoted ||
              pl_analysis_match (x->a, verbs, t, end, &length) == NULL)
            continue;
          /* "is looking to…", not "looking to the future, …": a
           * participle is a goal with its auxiliary only. */
          if (_pl_extract_is_component_gerund (x, t) && !_pl_extract_in_components_list (x, "subject_tail", t - 1))
            continue;
          /* "has unveiled a plan to…": the noun, read with the plan's terms. */
          if (_pl_extract_in_components_list (x, "definites", t - 1) || _pl_extract_token_is (x, t - 1, "a") || g_str_has_suffix (PL_TOKEN (x->a, t - 1)->lower, "'s"))
            continue;
          start = _pl_extract_aim_subject_start (x, s, t);
          /* "the next phase aims to…" is the phase's aim, read there. */
          if (phase == G_MAXUINT)
            phase = first_phase_noun (x, s);
          if (phase < t)
            break;
          if (!is_goal_subject_at (x, si, start, t) && !is_named_aim (x, s, start, t))
            continue;
          aim = context = t + length;
          /* "expects producers to raise…", "is looking to the private
           * sector to build…": what comes after "to"; whose task it is
           * tells the goal's field too. */
          if ((!g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to") || _pl_extract_in_components_list (x, "definites", aim)) &&
              !g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "that") && !_pl_extract_in_components_list (x, "modals", t))
            for (guint to = aim; to < end && to < aim + 8 && !pl_analysis_is_punct (x->a, to, ",;:"); to++)
              if (_pl_extract_token_is (x, to, "to"))
                {
                  actor = (Span){ aim, to };
                  aim = to + 1;
                  break;
                }
          /* "hopes that it can finish…": past the subject and the modal. */
          while (aim < end && aim < context + 3 && (_pl_extract_in_components_list (x, "pronouns", aim) || _pl_extract_in_components_list (x, "modals", aim)))
            aim++;
          if (aim >= end || _pl_extract_in_components_list (x, "negations", aim))
            break;
          {
            guint stop = _pl_extract_aim_end (x, aim, end);
            PhaseDraft *draft = _pl_extract_phase_for_sentence (x, si);

            if (stop > aim + 1 && !_pl_extract_is_anaphoric (x, aim, stop) && !_pl_extract_take_gist (x, draft, si, aim, stop, FALSE))
              _pl_extract_add_parts_of (x, draft, si, aim, stop, FALSE, &actor);
          }
          break;
        }
    }
}

/* The lead is the first sentences of the text that are no heading. */
#define LEAD_SENTENCES 2

/* Whether the action at @t is told of a subject: after an auxiliary
 * ("has ordered", "is cutting") that follows words of its own, or right
 * after a name ("NASA selected"); not in a passive. */
static gboolean
is_lead_action (Extraction *x,
                const PlSentence *s,
                guint t,
                guint length)
{
  guint aux_length = 0;

  /* "approved by the board" is done to it. */
  if (_pl_extract_token_is (x, t + 1, "by"))
    return FALSE;
  if (t > s->first + 1 && _pl_extract_is_component_gerund (x, t) && _pl_extract_in_components_list (x, "lead_progressives", t - 1))
    return PL_TOKEN (x->a, t - 2)->is_word && !_pl_extract_in_components_list (x, "relatives", t - 2);
  for (guint aux = t; aux > s->first + 1 && aux + 3 > t; aux--)
    if (pl_analysis_match (x->a, pl_lexicon_list ("components", "lead_auxiliaries"), aux - 1, t, &aux_length) != NULL &&
        aux - 1 + aux_length == t)
      return PL_TOKEN (x->a, aux - 2)->is_word && !_pl_extract_in_components_list (x, "relatives", aux - 2) &&
             !_pl_extract_in_components_list (x, "conditions", aux - 2);
  /* "NASA selected", "the senate voted to": a verb right after its
   * subject, a name or a noun with its verb's "to". */
  return t > s->first && PL_TOKEN (x->a, t - 1)->is_word && !_pl_extract_is_function_word (x, t - 1) &&
         !_pl_extract_in_components_list (x, "pronouns", t - 1) &&
         (PL_TOKEN (x->a, t - 1)->capitalized || g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to"));
}

/* "The minister has ordered a review of the force's size", "the company
 * is cutting 4,000 jobs as part of its plan to…": in the lead, a plan
 * told as a fact, its action a part. What "a plan to…" is to do is read
 * with the plan's terms. */
void
_pl_extract_lead_components (Extraction *x)
{
  const PlLexList *actions = pl_lexicon_list ("components", "lead_actions");

  for (guint si = 0, n = 0; si < x->a->sentences->len && n < LEAD_SENTENCES; si++)
    {
      PlSentence *s = PL_SENTENCE (x->a, si);
      guint end = s->first + s->n_tokens;

      if (s->kind == PL_BLOCK_HEADING)
        continue;
      n++;
      for (guint t = s->first + 1; t + 2 < end; t++)
        {
          guint length = 0, aim, stop;

          if (PL_TOKEN (x->a, t)->quoted || pl_analysis_match (x->a, actions, t, end, &length) == NULL ||
              !is_lead_action (x, s, t, length))
            continue;
          aim = g_str_has_suffix (PL_TOKEN (x->a, t + length - 1)->lower, "to") ? t + length : t;
          /* "moved to the square" goes somewhere, does nothing. */
          if (aim > t && (!PL_TOKEN (x->a, aim)->is_word || _pl_extract_is_function_word (x, aim)))
            break;
          stop = _pl_extract_aim_end (x, aim == t ? t + length : aim, end);
          /* "passed a bill" names the plan, not a part of it. */
          if (stop <= aim + 4 && _pl_extract_in_components_list (x, "plan_nouns", stop - 1))
            stop = aim;
          for (guint u = aim + 1; u < stop && u < aim + 4; u++)
            if (_pl_extract_in_components_list (x, "intent_nouns", u) && _pl_extract_token_is (x, u + 1, "to"))
              stop = aim;
          if (stop > aim + 1 && !_pl_extract_is_anaphoric (x, aim, stop))
            _pl_extract_add_sentence_part (x, _pl_extract_phase_for_sentence (x, si), si, aim, stop, NULL, PART_PROSE);
          break;
        }
    }
}
