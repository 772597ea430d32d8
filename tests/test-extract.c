/* test-extract.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-extract.h"
#include "pl-loader.h"
#include "pl-test-util.h"

static PlBriefing *
load (const char *first,
      ...)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing;
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    {
      g_autofree char *path = pl_test_data_path (name);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  va_end (args);
  briefing = pl_load_files ((GFile **) files->pdata, files->len, NULL, &error);
  g_assert_no_error (error);
  return briefing;
}

/* A briefing from an article given as text: a title line, a blank line
 * and the body. Sentence-level tests of single rules use it; the text is
 * ours, written for the test. */
static PlBriefing *
extract_text (const char *body)
{
  g_autofree char *text = g_strconcat ("Officials outline the plan\n\nBy Test Writer\nMarch 3, 2025\n\n", body, "\n", NULL);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing = pl_load_data (text, strlen (text), "test.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

static PlPhase *
phase_at (PlBriefing *briefing,
          guint index)
{
  GListModel *phases = pl_briefing_get_phases (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      if (pl_phase_get_index (phase) == index)
        return phase;
    }
  return NULL;
}

static gpointer
find_labelled (GListModel *list,
               const char *needle)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr (PlItem) item = g_list_model_get_item (list, i);
      if (strstr (pl_item_get_label (item), needle) != NULL)
        return item;
    }
  return NULL;
}

static char *
first_evidence (PlBriefing *briefing,
                gpointer item)
{
  g_assert_cmpuint (pl_item_get_n_evidence (item), >, 0);
  return pl_briefing_dup_evidence_text (briefing, pl_item_get_evidence (item, 0));
}

static void
test_phases (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  PlPhase *first = phase_at (briefing, 1), *second = phase_at (briefing, 2), *third = phase_at (briefing, 3);
  g_autofree char *start = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (briefing)), ==, 3);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_cmpint (pl_phase_get_status (first), ==, PL_STATUS_COMPLETED);
  g_assert_cmpint (pl_phase_get_status (second), ==, PL_STATUS_CURRENT);
  g_assert_cmpint (pl_phase_get_status (third), ==, PL_STATUS_PLANNED);
  /* "on Monday began the second phase", published Monday 2 March. */
  start = pl_date_to_string (pl_phase_get_start (second));
  g_assert_cmpstr (start, ==, "2026-03-02");
}

static void
test_components (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *first = pl_phase_get_components (phase_at (briefing, 1));
  GListModel *second = pl_phase_get_components (phase_at (briefing, 2));
  PlComponent *crossings = find_labelled (second, "river crossings");
  PlComponent *commission = find_labelled (second, "joint commission");
  g_autofree char *evidence = NULL;

  /* "focused on withdrawing heavy weapons and exchanging prisoners". */
  g_assert_nonnull (find_labelled (first, "Withdrawing heavy weapons"));
  g_assert_nonnull (find_labelled (first, "Exchanging prisoners"));
  /* The list after "the new phase includes:". */
  g_assert_cmpuint (g_list_model_get_n_items (second), ==, 3);
  g_assert_nonnull (crossings);
  g_assert_nonnull (commission);
  g_assert_cmpint (pl_component_get_category (commission), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_cmpint (pl_component_get_category (find_labelled (second, "electricity")), ==, PL_CATEGORY_HUMANITARIAN);
  evidence = first_evidence (briefing, crossings);
  g_assert_cmpstr (evidence, ==, "Reopening the four river crossings to civilian traffic");
  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (briefing, 3)), "Elections"));
}

static void
test_reactions (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  PlReaction *un = find_labelled (reactions, "United Nations");
  PlReaction *opposition = find_labelled (reactions, "Opposition leaders");
  PlReaction *analysts = find_labelled (reactions, "analysts");
  PlReaction *park = find_labelled (reactions, "Lena Park");
  g_autofree char *evidence = NULL;

  g_assert_nonnull (un);
  g_assert_cmpint (pl_reaction_get_stance (un), ==, PL_STANCE_SUPPORT);
  g_assert_cmpint (pl_reaction_get_actor_kind (un), ==, PL_ACTOR_KIND_ORGANIZATION);
  g_assert_cmpint (pl_reaction_get_stance (opposition), ==, PL_STANCE_SKEPTICAL);
  g_assert_cmpint (pl_reaction_get_stance (analysts), ==, PL_STANCE_SKEPTICAL);
  g_assert_cmpint (pl_reaction_get_actor_kind (analysts), ==, PL_ACTOR_KIND_ANALYST);
  /* "Lena Park, a researcher at the Border Studies Institute": a named
   * expert speaks as an analyst. */
  g_assert_cmpint (pl_reaction_get_actor_kind (park), ==, PL_ACTOR_KIND_ANALYST);
  g_assert_cmpstr (pl_reaction_get_quote (park), ==, NULL); /* straight quotes: not a “…” quote */
  evidence = first_evidence (briefing, un);
  g_assert_true (g_str_has_prefix (evidence, "The United Nations welcomed"));
}

/* The reaction of @actor with @stance, or NULL. */
static PlReaction *
reaction_of (PlBriefing *briefing,
             const char *actor,
             PlStance stance)
{
  GListModel *reactions = pl_briefing_get_reactions (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);

      if (g_strcmp0 (pl_reaction_get_actor (reaction), actor) == 0 && pl_reaction_get_stance (reaction) == stance)
        return reaction;
    }
  return NULL;
}

static guint
n_reactions (PlBriefing *briefing)
{
  return g_list_model_get_n_items (pl_briefing_get_reactions (briefing));
}

/* The stance toward the plan, not the tone of the verb. */
static void
test_reaction_stances (void)
{
  g_autoptr (PlBriefing) accuse = extract_text ("The Eastland and Westmark defence ministries accused the rebels of disrupting the peace plan.");
  g_autoptr (PlBriefing) accuse_other = extract_text ("The Eastland defence ministry accused the rebels of kidnapping two officials.");
  g_autoptr (PlBriefing) reject_claim = extract_text ("The rebel command rejected these accusations as baseless.");
  g_autoptr (PlBriefing) denial = extract_text ("Dana Whitfield, a researcher at Lakeside University, said the allegations were false.");
  g_autoptr (PlBriefing) strong = extract_text ("Northland strongly criticized the new tariffs.");
  g_autoptr (PlBriefing) plain = extract_text ("Northland criticized the new tariffs.");
  g_autoptr (PlBriefing) against = extract_text ("Minister Ana Ruiz warned against signing a bad treaty.");
  g_autoptr (PlBriefing) premature = extract_text ("Minister Ana Ruiz said it would be premature to go ahead with the project.");
  g_autoptr (PlBriefing) negated = extract_text ("Inspectors said the reactor was not a failure.");
  g_autoptr (PlBriefing) doubt = extract_text ("Inspectors said the reactor was a failure.");
  g_autoptr (PlBriefing) no_problem = extract_text ("Formally, Westmark has no problem with the reactor.");
  g_autoptr (PlBriefing) goal = extract_text ("Commission President Ursula von der Leyen stated that the goal is to cut emissions by half.");
  g_autoptr (PlBriefing) doubt_is_hard = extract_text ("“Now it is hard to see what could persuade them,” Tom Baker said.");
  g_autoptr (PlBriefing) ultimatum = extract_text ("President Hale said he would raise tariffs if no deal is reached.");
  g_autoptr (PlBriefing) intent = extract_text ("“The Republicans have said they will do what they can to block a deal,” Tom Baker said.");
  g_autoptr (PlBriefing) others_intent = extract_text ("Critics said the rebels would block the deal.");
  PlReaction *reaction;

  /* Accusing another of hindering the plan is backing it. */
  g_assert_nonnull (reaction_of (accuse, "Eastland and Westmark defence ministries", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (accuse_other, "Eastland defence ministry", PL_STANCE_NEUTRAL));
  /* Rejecting an accusation, denying a claim: nothing about the plan. */
  g_assert_nonnull (reaction_of (reject_claim, "Rebel command", PL_STANCE_NEUTRAL));
  reaction = reaction_of (denial, "Dana Whitfield", PL_STANCE_NEUTRAL);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ANALYST);
  /* Criticism said forcefully is opposition; otherwise doubt. */
  g_assert_nonnull (reaction_of (strong, "Northland", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (plain, "Northland", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (against, "Minister Ana Ruiz", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (premature, "Minister Ana Ruiz", PL_STANCE_OPPOSE));
  /* "not a failure" is no doubt. */
  g_assert_nonnull (reaction_of (negated, "Inspectors", PL_STANCE_NEUTRAL));
  g_assert_nonnull (reaction_of (doubt, "Inspectors", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (no_problem, "Westmark", PL_STANCE_SUPPORT));
  /* Setting out the plan's goal is backing it. */
  reaction = reaction_of (goal, "Commission President Ursula von der Leyen", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  g_assert_nonnull (reaction_of (doubt_is_hard, "Tom Baker", PL_STANCE_SKEPTICAL));
  /* A threat for want of a deal: the deal wanted on one's terms. */
  g_assert_nonnull (reaction_of (ultimatum, "President Hale", PL_STANCE_MIXED));
  /* One's own intent to stop the plan, here reported inside a quote. */
  g_assert_nonnull (reaction_of (intent, "Tom Baker", PL_STANCE_NEUTRAL));
  reaction = reaction_of (intent, "Republicans", PL_STANCE_OPPOSE);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GROUP);
  g_assert_null (reaction_of (others_intent, "Critics", PL_STANCE_OPPOSE));
}

/* Stance from wider evaluative wording: verbs of backing and attacking,
 * words of degree, and the demands and complaints of critics. */
static void
test_reaction_critic_stances (void)
{
  g_autoptr (PlBriefing) defended = extract_text ("Governor Dan Moss defended the budget.");
  g_autoptr (PlBriefing) boasted = extract_text ("Governor Dan Moss boasted of the new budget.");
  g_autoptr (PlBriefing) alarm = extract_text ("The dockworkers union raised the alarm over the merger.");
  g_autoptr (PlBriefing) in_arms = extract_text ("Residents are up in arms over the plan.");
  g_autoptr (PlBriefing) degree = extract_text ("Tom Baker said the accord was a good start but very disappointing.");
  g_autoptr (PlBriefing) plain = extract_text ("Tom Baker said the accord was a good start but disappointing.");
  g_autoptr (PlBriefing) demand = extract_text ("The dockworkers union said the port plan must include higher wages.");
  g_autoptr (PlBriefing) official = extract_text ("Minister Ana Ruiz said the port plan must include higher wages.");
  g_autoptr (PlBriefing) complaint = extract_text ("Opposition leader Kim Lane said the bill was flawed, rushed and unfair.");
  g_autoptr (PlBriefing) doubt = extract_text ("Tom Baker said the bill was flawed, rushed and unfair.");
  g_autoptr (PlBriefing) named = extract_text ("The European Union said exporters must register by May.");
  g_autoptr (PlBriefing) ship = extract_text ("The navy said a destroyer would escort the convoy.");

  g_assert_nonnull (reaction_of (defended, "Governor Dan Moss", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (boasted, "Governor Dan Moss", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (alarm, "Dockworkers union", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (in_arms, "Residents", PL_STANCE_OPPOSE));
  /* "very disappointing" outweighs "a good start". */
  g_assert_nonnull (reaction_of (degree, "Tom Baker", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (plain, "Tom Baker", PL_STANCE_MIXED));
  /* A critic's demand is opposition; an official's is not. */
  g_assert_nonnull (reaction_of (demand, "Dockworkers union", PL_STANCE_OPPOSE));
  g_assert_null (reaction_of (official, "Minister Ana Ruiz", PL_STANCE_OPPOSE));
  /* A critic's clear complaint is opposition; another's is doubt. */
  g_assert_nonnull (reaction_of (complaint, "Opposition leader Kim Lane", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (doubt, "Tom Baker", PL_STANCE_SKEPTICAL));
  /* "Union" inside a longer name is no critic; a "destroyer" is a ship. */
  g_assert_null (reaction_of (named, "European Union", PL_STANCE_OPPOSE));
  g_assert_null (reaction_of (ship, "Navy", PL_STANCE_SKEPTICAL));
}

/* A speaker named by a common noun alone telling a fact is a source of
 * news; a named one, a quotation or an analyst's reading is kept. */
static void
test_reaction_reported_facts (void)
{
  g_autoptr (PlBriefing) officials = extract_text ("Officials said the talks were postponed until June.");
  g_autoptr (PlBriefing) named = extract_text ("Northland said the talks were postponed until June.");
  g_autoptr (PlBriefing) quoted = extract_text ("Officials said the talks were “postponed for now”.");
  g_autoptr (PlBriefing) analysts = extract_text ("Analysts said both sides would stress cooperation.");

  g_assert_cmpuint (n_reactions (officials), ==, 0);
  g_assert_nonnull (reaction_of (named, "Northland", PL_STANCE_NEUTRAL));
  g_assert_cmpuint (n_reactions (quoted), ==, 1);
  g_assert_nonnull (reaction_of (analysts, "Analysts", PL_STANCE_NEUTRAL));
}

/* One reaction per actor and compatible stance: support and opposition
 * are about two things. */
static void
test_reaction_split (void)
{
  g_autoptr (PlBriefing) two = extract_text ("Northland said the accord is essential for lasting peace. "
                                             "Northland also condemned the sanctions imposed last week.");
  g_autoptr (PlBriefing) hedged = extract_text ("Northland welcomed the accord. Northland warned that it could fail.");

  g_assert_cmpuint (n_reactions (two), ==, 2);
  g_assert_nonnull (reaction_of (two, "Northland", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (two, "Northland", PL_STANCE_OPPOSE));
  g_assert_cmpuint (n_reactions (hedged), ==, 1);
  g_assert_nonnull (reaction_of (hedged, "Northland", PL_STANCE_MIXED));
}

/* Statements without a plain "X said": pronouns, asides, quotes that go
 * on, sources, reports and announcements. */
static void
test_reaction_statements (void)
{
  g_autoptr (PlBriefing) pronoun = extract_text ("Southland has walked a fine line for years. "
                                                 "Seen as a broker, it has strongly criticized the new sanctions.");
  g_autoptr (PlBriefing) aside = extract_text ("Eastland, in turn, argues that the accord is essential for peace.");
  g_autoptr (PlBriefing) quote = extract_text ("“The accord is a start,” said Tom Baker, a senior fellow at the Harbor Institute. "
                                               "“But it faces a structural problem.”");
  g_autoptr (PlBriefing) source = extract_text ("Prices fell after sources told reporters that Northland is unlikely to agree to deeper cuts.");
  g_autoptr (PlBriefing) cited = extract_text ("The newspaper, citing a senior government source, reported that officials doubt the deal.");
  g_autoptr (PlBriefing) announced = extract_text ("Executives of both airlines announced the deal on Monday.");
  g_autoptr (PlBriefing) main_clause = extract_text ("After Northland said in March that the plant would open, "
                                                     "Minister Ana Ruiz said it would be premature to proceed.");
  g_autoptr (PlBriefing) relative = extract_text ("Protest groups like Green Future and River Watch which contested the targets marched.");
  PlReaction *reaction;

  g_assert_nonnull (reaction_of (pronoun, "Southland", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (aside, "Eastland", PL_STANCE_SUPPORT));
  reaction = reaction_of (quote, "Tom Baker", PL_STANCE_SKEPTICAL);
  g_assert_nonnull (reaction);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (reaction)), ==, 2);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ANALYST);
  /* An anonymous source tells the position of whom it names. */
  g_assert_nonnull (reaction_of (source, "Northland", PL_STANCE_OPPOSE));
  g_assert_cmpuint (n_reactions (source), ==, 1);
  reaction = reaction_of (cited, "Senior government source", PL_STANCE_SKEPTICAL);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GOVERNMENT);
  reaction = reaction_of (announced, "Executives of both airlines", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GROUP);
  /* The main clause speaks, not the one opened by "after". */
  g_assert_cmpuint (n_reactions (main_clause), ==, 1);
  g_assert_nonnull (reaction_of (main_clause, "Minister Ana Ruiz", PL_STANCE_OPPOSE));
  reaction = reaction_of (relative, "Green Future and River Watch", PL_STANCE_OPPOSE);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GROUP);
}

/* Names as a reader would write them, and their kinds. */
static void
test_reaction_actors (void)
{
  g_autoptr (PlBriefing) initials = extract_text ("“It will not last,” said Robert K. Lane, a senior fellow at the Harbor Institute. "
                                                  "“Both sides want calm,” Lane said.");
  g_autoptr (PlBriefing) titled = extract_text ("Eastland Foreign Minister Ana Ruiz said the deal was a step forward.");
  g_autoptr (PlBriefing) surname = extract_text ("President Hale visited the border. Hale said the deal was a step forward.");
  g_autoptr (PlBriefing) head = extract_text ("Analysts at Harbor Bank said the deal was a step forward. "
                                              "A number of analysts said the talks would go on.");
  g_autoptr (PlBriefing) country = extract_text ("Still, the U.S. sees the move as a false signal.");
  g_autoptr (PlBriefing) list = extract_text ("Britain, France and Germany said the accord was a step forward.");
  g_autoptr (PlBriefing) joint = extract_text ("Moscow announced the plan on Friday. Russian and Iranian officials said the reactor would open in May.");
  PlReaction *reaction;

  reaction = reaction_of (initials, "Robert K. Lane", PL_STANCE_NEUTRAL);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ANALYST);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (reaction)), ==, 2);
  reaction = reaction_of (titled, "Eastland Foreign Minister Ana Ruiz", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  reaction = reaction_of (surname, "Hale", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  reaction = reaction_of (head, "Analysts at Harbor Bank", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ANALYST);
  g_assert_nonnull (reaction_of (head, "Analysts", PL_STANCE_NEUTRAL));
  reaction = reaction_of (country, "U.S.", PL_STANCE_SKEPTICAL);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GOVERNMENT);
  reaction = reaction_of (list, "Britain, France and Germany", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GOVERNMENT);
  /* The proponent with another speaks jointly, not as the proponent. */
  g_assert_nonnull (reaction_of (joint, "Moscow", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (joint, "Russian and Iranian officials", PL_STANCE_SUPPORT));
}

/* Words that look like a statement and are none. */
static void
test_reaction_not_reactions (void)
{
  static const char *const texts[] = {
    /* A ticker and a number. */
    "On Wall Street, the Nasdaq Composite .IXIC added 20.72 points.",
    /* A medium's report, documents and sourced facts. */
    "The markets fell after the Daily Courier reported that the mood in the capital was gloomy.",
    "A recent report by the Energy Agency stated that prices fell.",
    "According to data released by the ministry in May, exports rose.",
    "According to the Eastland government, exports rose by a tenth.",
    "The election results also suggest that the deal is popular.",
    /* History, decades before the article. */
    "In 1990, when Prime Minister John Hale opposed the talks, the old truce collapsed.",
    /* Nouns that are also verbs of saying. */
    "The map shows the U.S. states where the law applies.",
    "Android support can be enabled in the settings.",
    "The ministry's claim was widely shared.",
    /* An announcement of anything but a plan, a passive, a relative clause. */
    "The company announced a loss of two million dollars.",
    "They want to stop enrichment -- a program Eastland says it needs.",
    /* An anonymous source alone, a pronoun with no one before it. */
    "“Nobody is leaving,” the source said.",
    "He has always denied the allegations.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (texts[i]);

      if (n_reactions (briefing) != 0)
        g_error ("“%s”: %u reactions", texts[i], n_reactions (briefing));
    }
}

/* Reaction of @actor whatever its stance, or NULL. */
static PlReaction *
reaction_by (PlBriefing *briefing,
             const char *actor)
{
  GListModel *reactions = pl_briefing_get_reactions (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);

      if (g_strcmp0 (pl_reaction_get_actor (reaction), actor) == 0)
        return reaction;
    }
  return NULL;
}

/* Attributions after a quotation, after a conjunction, with a role in
 * lower case, and people speaking for the plan's proponent. */
static void
test_reaction_attribution (void)
{
  g_autoptr (PlBriefing) officials = extract_text (
      "The Harbor Agency announced a new ferry plan on Monday. "
      "“The ferries will bring the islands closer,” Harbor Agency Director Ann Lee said in a statement. "
      "“We will start in the north,” Tom Baker, the Harbor Agency's chief engineer for the northern ports, said. "
      "The plan will cost two million dollars, agency officials said.");
  g_autoptr (PlBriefing) conjunction = extract_text ("But Tom Baker, an economist at Lakeside University, said the plan was flawed.");
  g_autoptr (PlBriefing) role = extract_text ("“Costs will rise,” says veteran industry analyst Ann Lee.");
  g_autoptr (PlBriefing) opened = extract_text ("“The accord is flawed. Nobody in the valley expects it to hold,” said Tom Baker, "
                                                "a senior fellow at the Harbor Institute.");
  g_autoptr (PlBriefing) passive = extract_text ("The accord was welcomed by some governments and aid groups on Monday.");
  g_autoptr (PlBriefing) fold = extract_text ("Ann Lee, an analyst at Harbor Bank, cautioned against the merger. "
                                              "“The bank is a success story,” she said.");
  PlReaction *reaction;

  /* The proponent's people are persons of their own, and back the plan. */
  reaction = reaction_of (officials, "Harbor Agency Director Ann Lee", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  reaction = reaction_of (officials, "Tom Baker", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  /* "agency officials" are the agency. */
  g_assert_cmpuint (n_reactions (officials), ==, 3);
  reaction = reaction_of (conjunction, "Tom Baker", PL_STANCE_SKEPTICAL);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ANALYST);
  reaction = reaction_by (role, "Veteran industry analyst Ann Lee");
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ANALYST);
  /* The sentences a quotation opened with are the speaker's too. */
  reaction = reaction_of (opened, "Tom Baker", PL_STANCE_SKEPTICAL);
  g_assert_nonnull (reaction);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (reaction)), ==, 2);
  /* A passive names the actor after "by". */
  reaction = reaction_of (passive, "Some governments and aid groups", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GROUP);
  /* Praise in a quote does not outweigh the verb just before. */
  g_assert_cmpuint (n_reactions (fold), ==, 1);
  reaction = reaction_of (fold, "Ann Lee", PL_STANCE_OPPOSE);
  g_assert_nonnull (reaction);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (reaction)), ==, 2);
}

/* Kinds of actors from their names, and unnamed voices. */
static void
test_reaction_kinds (void)
{
  g_autoptr (PlBriefing) country = extract_text ("South Africa said the talks were a step forward.");
  g_autoptr (PlBriefing) company = extract_text ("Acme says it has no plans to bid for the rest of the company.");
  g_autoptr (PlBriefing) investor = extract_text ("On Monday, fund investor Leon Hale criticized the merger.");
  g_autoptr (PlBriefing) plural_surname = extract_text ("Defense Secretary Mark Jones ordered a review of the fleet. "
                                                        "Jones said the fleet had become a success.");
  g_autoptr (PlBriefing) in_name = extract_text ("Acme said it had asked the Public Welfare Benefit Fund for a loan.");
  g_autoptr (PlBriefing) source = extract_text ("The bridge would open in May, a senior government source said.");
  g_autoptr (PlBriefing) spokesman = extract_text ("The minister returned to the capital on Tuesday, his spokesman said.");
  PlReaction *reaction;

  reaction = reaction_of (country, "South Africa", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GOVERNMENT);
  /* A lone name that is no person's; its own refusal is opposition. */
  reaction = reaction_of (company, "Acme", PL_STANCE_OPPOSE);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_ORGANIZATION);
  reaction = reaction_of (investor, "Fund investor Leon Hale", PL_STANCE_SKEPTICAL);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  reaction = reaction_by (plural_surname, "Jones");
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_stance (reaction), ==, PL_STANCE_SUPPORT);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_PERSON);
  /* "Benefit" in a name is no praise. */
  g_assert_nonnull (reaction_of (in_name, "Acme", PL_STANCE_NEUTRAL));
  /* An unnamed voice telling a fact is sourcing, not a reaction. */
  g_assert_cmpuint (n_reactions (source), ==, 0);
  g_assert_cmpuint (n_reactions (spokesman), ==, 0);
}

/* One statement each: its actor and stance. */
static void
test_reaction_patterns (void)
{
  static const struct
  {
    const char *text;
    const char *actor;
    PlStance stance;
  } cases[] = {
    { "Critics of the plan said it would fail to protect workers.", "Critics of the plan", PL_STANCE_SKEPTICAL },
    { "Northland's foreign ministry called the proposal unacceptable.", "Northland's foreign ministry", PL_STANCE_OPPOSE },
    { "The union, which represents 20,000 nurses, welcomed the agreement.", "Union", PL_STANCE_SUPPORT },
    { "Several member states, including Eastland and Westmark, have rejected the proposal.", "Several member states",
      PL_STANCE_OPPOSE },
    { "The plan has drawn criticism from human rights groups.", "Human rights groups", PL_STANCE_SKEPTICAL },
    { "“This is a historic day for our valley,” said Maria Gomez, the mayor of Northville.", "Maria Gomez",
      PL_STANCE_SUPPORT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (cases[i].text);

      if (reaction_of (briefing, cases[i].actor, cases[i].stance) == NULL)
        g_error ("“%s”: no reaction of %s", cases[i].text, cases[i].actor);
    }
}

/* Stance from evaluative wording, negation and contrast; statements of
 * two actors in one sentence; verbs aimed at a view, not at the plan. */
static void
test_reaction_wording (void)
{
  g_autoptr (PlBriefing) contrast = extract_text ("Northland welcomed the accord but warned that the timetable was unrealistic.");
  g_autoptr (PlBriefing) negated = extract_text ("Westmark said the treaty was not a good deal for farmers.");
  g_autoptr (PlBriefing) overdue = extract_text ("Ann Lee said the reform was long overdue.");
  g_autoptr (PlBriefing) doomed = extract_text ("Tom Baker said the accord was doomed.");
  g_autoptr (PlBriefing) feelings = extract_text ("Ann Lee said she had mixed feelings about the reform.");
  g_autoptr (PlBriefing) view = extract_text ("Critics questioned the minister's concern about the costs.");
  g_autoptr (PlBriefing) such = extract_text ("Some unions resisted such pessimism.");
  g_autoptr (PlBriefing) two = extract_text (
      "Lake County said the vote was delayed, and the unions said the plan was a step forward.");
  g_autoptr (PlBriefing) states = extract_text ("Investors are eager to sell; lenders remain unconvinced.");

  g_assert_nonnull (reaction_of (contrast, "Northland", PL_STANCE_MIXED));
  g_assert_nonnull (reaction_of (negated, "Westmark", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (overdue, "Ann Lee", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (doomed, "Tom Baker", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (feelings, "Ann Lee", PL_STANCE_MIXED));
  g_assert_cmpuint (n_reactions (view), ==, 0);
  g_assert_cmpuint (n_reactions (such), ==, 0);
  g_assert_nonnull (reaction_of (two, "Lake County", PL_STANCE_NEUTRAL));
  g_assert_nonnull (reaction_of (two, "Unions", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (states, "Investors", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (states, "Lenders", PL_STANCE_SKEPTICAL));
}

/* An opinion piece's writer, known from the byline, holds the view its
 * headline and unattributed sentences give; a news report's writer
 * holds none. A body the words name ("agency officials") has the kind
 * the words tell. */
static void
test_reaction_writer (void)
{
  const char *body = "The plan will raise prices for families. It is a costly and misguided gamble. "
                     "Officials said the vote is set for May.";
  g_autofree char *text =
      g_strconcat ("Opinion: The new tariff plan is a mistake\n\nBy Test Writer\nMarch 3, 2025\n\n", body, "\n", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) opinion = pl_load_data (text, strlen (text), "test.txt", NULL, &error);
  g_autoptr (PlBriefing) news = extract_text (body);
  g_autoptr (PlBriefing) agency =
      extract_text ("ESRA announced a lunar programme on Monday. Agency officials said the programme would cost $2 billion.");
  PlReaction *reaction;

  g_assert_no_error (error);
  g_assert_nonnull (reaction_of (opinion, "Test Writer", PL_STANCE_SKEPTICAL));
  g_assert_null (reaction_of (news, "Test Writer", PL_STANCE_SKEPTICAL));
  /* Officials telling a date is news, no reaction. */
  g_assert_cmpuint (n_reactions (news), ==, 0);
  reaction = reaction_of (agency, "ESRA", PL_STANCE_SUPPORT);
  g_assert_nonnull (reaction);
  g_assert_cmpint (pl_reaction_get_actor_kind (reaction), ==, PL_ACTOR_KIND_GOVERNMENT);
}

/* With no announcement in the text, the subject of the headline's verb
 * is behind the plan: its officials speak for it. */
static void
test_reaction_headline_proponent (void)
{
  const char *text = "Acme Picks Three Firms for Moon Project\n\nBy Test Writer\nMarch 3, 2025\n\n"
                     "Three firms will build landers for the project, company officials said.\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = pl_load_data (text, strlen (text), "test.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reaction_of (briefing, "Company officials", PL_STANCE_SUPPORT));
}

/* A headline's plural subject ("Farmers Offer …"), a name with an
 * ampersand ("B&K Begins …") and, failing an announcement, a headline's
 * future ("Acme to close …") give the proponent; its people speak for
 * it, also as "company CEO Ann Lee". */
static void
test_reaction_headline_subjects (void)
{
  const char *plural = "Farmers Offer Free Water to Drought Towns\n\nBy Test Writer\nMarch 3, 2025\n\n"
                       "The farmers said the towns face a grim summer without help.\n";
  const char *ampersand = "B&K Begins Power Cuts in Dry Counties\n\nBy Test Writer\nMarch 3, 2025\n\n"
                          "The cuts are hard on shops, said Tom Reed, B&K's chief engineer.\n";
  const char *future = "Acme to close three plants this year\n\nBy Test Writer\nMarch 3, 2025\n\n"
                       "The closures have been painful, company CEO Ann Lee said.\n";
  const char *preposition = "Acme's Sale to Bolt Leaves Staff Uneasy\n\nBy Test Writer\nMarch 3, 2025\n\n"
                            "The sale is a bad deal for staff, Bolt spokesman Tom Reed said.\n";
  g_autoptr (PlBriefing) farmers = pl_load_data (plural, strlen (plural), "test.txt", NULL, NULL);
  g_autoptr (PlBriefing) engineer = pl_load_data (ampersand, strlen (ampersand), "test.txt", NULL, NULL);
  g_autoptr (PlBriefing) chief = pl_load_data (future, strlen (future), "test.txt", NULL, NULL);
  g_autoptr (PlBriefing) sale = pl_load_data (preposition, strlen (preposition), "test.txt", NULL, NULL);

  g_assert_nonnull (reaction_of (farmers, "Farmers", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (engineer, "Tom Reed", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (chief, "Company CEO Ann Lee", PL_STANCE_SUPPORT));
  /* "Sale to Bolt": no future, so Bolt is not behind a plan. */
  g_assert_nonnull (reaction_of (sale, "Bolt spokesman Tom Reed", PL_STANCE_SKEPTICAL));
}

/* Those named as a plan's backers back it unless their words say
 * otherwise; words of plain harm after a verb of doubt make it
 * opposition; comparisons of harm ("harder to", "poorer") lean against. */
static void
test_reaction_stance_degrees (void)
{
  g_autoptr (PlBriefing) backers = extract_text ("Backers of the levy say it will fund new parks.");
  g_autoptr (PlBriefing) doubting = extract_text ("Some supporters of the levy say it has failed so far.");
  g_autoptr (PlBriefing) harm = extract_text ("The Press Club is concerned the law would crush local reporting.");
  g_autoptr (PlBriefing) doubt = extract_text ("The Press Club is concerned the law is vague.");
  g_autoptr (PlBriefing) hedged = extract_text ("The Press Club warned the law could crush local reporting.");
  g_autoptr (PlBriefing) harder = extract_text ("Higher prices make it harder to compete, said Ann Lee, an economist.");

  g_assert_nonnull (reaction_of (backers, "Backers of the levy", PL_STANCE_SUPPORT));
  g_assert_null (reaction_of (doubting, "Some supporters of the levy", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (harm, "Press Club", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (doubt, "Press Club", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (hedged, "Press Club", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (harder, "Ann Lee", PL_STANCE_SKEPTICAL));
}

/* Stance from what a plan does to people: harm told by those it acts on
 * is doubt, clear harm rejection; harm a remedy fights is no doubt; "at
 * best" is no praise. */
static void
test_reaction_consequences (void)
{
  g_autoptr (PlBriefing) losses = extract_text ("Farmer Tom Reed said his farm stands to lose thousands because there are not enough workers.");
  g_autoptr (PlBriefing) fear = extract_text ("Tom Baker said he was afraid to drive.");
  g_autoptr (PlBriefing) remedy = extract_text ("Lawmakers said the bill would help families suffering from debt.");
  g_autoptr (PlBriefing) at_best = extract_text ("Tom Baker said the plan was at best a small step.");

  g_assert_nonnull (reaction_of (losses, "Farmer Tom Reed", PL_STANCE_OPPOSE));
  g_assert_nonnull (reaction_of (fear, "Tom Baker", PL_STANCE_SKEPTICAL));
  g_assert_nonnull (reaction_of (remedy, "Lawmakers", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (at_best, "Tom Baker", PL_STANCE_SKEPTICAL));
}

/* Those who made the plan speak for it: a sponsor named after the role,
 * an official announcing what must be done in the first sentences; "the
 * MP" later is the person last named. */
static void
test_reaction_plan_makers (void)
{
  g_autoptr (PlBriefing) sponsor = extract_text ("One of the bill's sponsors, Sen. Ann Lee, said she expected problems.");
  g_autoptr (PlBriefing) announcer = extract_text ("Visitors from abroad must quarantine for ten days from Monday, Health Minister Ann Lee said. "
                                                   "Separately, Ann Lee said the figures showed the need to act.");
  g_autoptr (PlBriefing) role = extract_text ("Tom Baker warned the plan was risky. Speaking later, the Conservative MP said it was a good start.");

  g_assert_nonnull (reaction_of (sponsor, "Sen. Ann Lee", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (announcer, "Health Minister Ann Lee", PL_STANCE_SUPPORT));
  g_assert_nonnull (reaction_of (role, "Tom Baker", PL_STANCE_MIXED));
  g_assert_cmpuint (n_reactions (role), ==, 1);
}

static void
test_risks (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *risks = pl_briefing_get_risks (briefing);
  PlRisk *violation = find_labelled (risks, "Violation of the ceasefire");
  PlRisk *mistrust = find_labelled (risks, "mistrust");
  g_autofree char *evidence = NULL;

  /* "Any violation …, delays in …, or a dispute … could derail" is three. */
  g_assert_nonnull (violation);
  g_assert_nonnull (find_labelled (risks, "Delays in paying"));
  g_assert_nonnull (find_labelled (risks, "river islands"));
  g_assert_nonnull (mistrust);
  g_assert_cmpint (pl_risk_get_category (violation), ==, PL_CATEGORY_SECURITY);
  g_assert_cmpint (pl_risk_get_severity (violation), ==, PL_LEVEL_HIGH);
  evidence = first_evidence (briefing, violation);
  g_assert_cmpstr (evidence, ==, "violation of the ceasefire");
}

static guint
n_risks (PlBriefing *briefing)
{
  return g_list_model_get_n_items (pl_briefing_get_risks (briefing));
}

/* Dangers stated as possible outcomes for the plan. */
static void
test_risk_outcomes (void)
{
  g_autoptr (PlBriefing) opponents = extract_text ("Opposition parties are likely to try to derail the agreement in parliament.");
  g_autoptr (PlBriefing) relative = extract_text ("The mediators warned against provocations that could undermine the truce.");
  g_autoptr (PlBriefing) causes = extract_text ("Unpaid salaries could lead to the collapse of the regional government.");
  g_autoptr (PlBriefing) benign = extract_text ("The new bridge could lead to more trade between the two towns. The agreement could end the war within months.");
  PlRisk *risk;

  risk = find_labelled (pl_briefing_get_risks (opponents), "derail the agreement");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);
  g_assert_cmpint (pl_risk_get_likelihood (risk), ==, PL_LEVEL_HIGH);

  risk = find_labelled (pl_briefing_get_risks (relative), "Provocations that could undermine the truce");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_SECURITY);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_MEDIUM);

  /* What "lead to" causes is the risk when it is harm. */
  risk = find_labelled (pl_briefing_get_risks (causes), "Unpaid salaries");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);
  g_assert_cmpuint (n_risks (benign), ==, 0);
}

/* Threats named as nouns of harm: what is prevented, feared or guarded
 * against; one risk per kind of danger. */
static void
test_risk_dangers (void)
{
  g_autoptr (PlBriefing) feared = extract_text ("Many villagers are afraid of reprisals by the militias.");
  g_autoptr (PlBriefing) prevented = extract_text ("The checkpoints are meant to prevent arms smuggling across the northern border.");
  g_autoptr (PlBriefing) guarded = extract_text ("The patrols give the camps some protection against air raids and shelling by the army.");
  g_autoptr (PlBriefing) same = extract_text ("Mediators want to avert a return to open fighting in the valley. "
                                              "Both sides also pledged to avoid further escalation.");
  PlRisk *risk;

  risk = find_labelled (pl_briefing_get_risks (feared), "Reprisals by the militias");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_SECURITY);
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (prevented), "Arms smuggling across the northern border"));
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (guarded), "shelling by the army"));
  g_assert_cmpuint (n_risks (same), ==, 1);
  risk = find_labelled (pl_briefing_get_risks (same), "A return to open fighting");
  g_assert_nonnull (risk);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (risk)), ==, 2);
}

/* Commitments in doubt or broken, threatened acts, conditions not met. */
static void
test_risk_commitments (void)
{
  g_autoptr (PlBriefing) unlikely = extract_text ("The ministry is unlikely to approve the new budget before the summer.");
  g_autoptr (PlBriefing) failed = extract_text ("The rebels failed to honour the prisoner exchange last month.");
  g_autoptr (PlBriefing) past = extract_text ("Previous governments failed to deliver on similar promises.");
  g_autoptr (PlBriefing) pending = extract_text ("The promised rules are yet to take effect.");
  g_autoptr (PlBriefing) hostile = extract_text ("The neighbouring state has threatened to impose sanctions on the port authority.");
  g_autoptr (PlBriefing) condition = extract_text ("Inspectors need to complete a survey of the site before granting access to the convoys.");
  g_autoptr (PlBriefing) advice = extract_text ("You need to register online before you vote in the local elections.");
  PlRisk *risk;

  risk = find_labelled (pl_briefing_get_risks (unlikely), "unlikely to approve the new budget");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_likelihood (risk), ==, PL_LEVEL_HIGH);
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (failed), "failed to honour"));
  g_assert_cmpuint (n_risks (past), ==, 0);
  risk = find_labelled (pl_briefing_get_risks (pending), "yet to take effect");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_LOW);
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (hostile), "threatened to impose sanctions"));
  risk = find_labelled (pl_briefing_get_risks (condition), "before granting access");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_LOW);
  g_assert_cmpuint (n_risks (advice), ==, 0);
}

/* Sentences that only contain a risk word are not risks. */
static void
test_risk_not_risks (void)
{
  const char *texts[] = {
    "Inspectors say the new reactor is not a proliferation risk.",
    "Bond yields slipped as risk appetite weakened across the markets.",
    "Both leaders have shown a willingness to take political risks for peace.",
    "Despite the setbacks caused by the floods, the programme is ahead of schedule.",
    "The refugee crisis is one of the greatest threats facing the region.",
    "Volunteers are dedicated to addressing the breakdown of local water services.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (texts[i]);

      g_assert_cmpuint (n_risks (briefing), ==, 0);
    }
}

/* Labels without connective and attribution; the severity from the
 * words next to the cue; a danger said again is one risk. */
static void
test_risk_labels (void)
{
  g_autoptr (PlBriefing) obstacle =
      extract_text ("However, officials acknowledged that deep mistrust between the factions remains a major obstacle to the talks.");
  g_autoptr (PlBriefing) again =
      extract_text ("The repeated delays in paying salaries have angered teachers. The delays have also worried foreign donors.");
  g_autoptr (PlBriefing) shortfall =
      extract_text ("The pledged funds are not enough to rebuild the port. Critics say the plan is insufficient to repair the damage.");
  PlRisk *risk;

  risk = find_labelled (pl_briefing_get_risks (obstacle), "Deep mistrust between the factions");
  g_assert_nonnull (risk);
  g_assert_true (g_str_has_prefix (pl_risk_get_text (risk), "Deep mistrust"));
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_DIPLOMACY);
  g_assert_cmpuint (n_risks (again), ==, 1);
  risk = find_labelled (pl_briefing_get_risks (again), "delays");
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (risk)), ==, 2);
  g_assert_cmpuint (n_risks (shortfall), ==, 1);
  risk = find_labelled (pl_briefing_get_risks (shortfall), "not enough");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_MEDIUM);
}

/* The general vocabulary of risk: obstacles, opposition, withdrawal,
 * legal and regulatory hurdles, doubt, delay and harm in the passive, each
 * a risk of its own; idioms and plain news are not risks. */
static void
test_risk_vocabulary (void)
{
  const char *risks[][2] = {
    { "The merger could face opposition from farm groups in three states.", "could face opposition" },
    { "It is unclear whether the council will approve the budget before the deadline.", "unclear whether" },
    { "The tunnel has been plagued by cost overruns at the northern portal.", "cost overruns" },
    { "Fishing crews have filed a lawsuit to stop the wind farm.", "lawsuit" },
    { "The takeover still requires regulatory approval in two countries.", "regulatory approval" },
    { "There is no guarantee that the truce will hold through the winter.", "no guarantee" },
    { "Two of the lenders have threatened to pull out of the rescue package.", "pull out" },
    { "The vote on the pension reform could be delayed until after the summer.", "could be delayed" },
    { "Dozens of jobs are at stake if the mill closes next spring.", "at stake" },
    { "The county council could block the bypass when it votes in May.", "council could block the bypass" },
    { "Doubts remain over whether the new agency will have enough staff.", "Doubts remain" },
    { "Growers fear the port could go bankrupt before the new quay opens.", "bankrupt" },
    { "Residents say the road closures have been terribly disruptive for shops.", "disruptive" },
    { "The new trust is a model that has yet to be tested anywhere in the state.", "yet to be tested" },
    { "Small bakers find it harder to compete with the imported bread.", "find it harder to" },
    { "Dairy farmers hit by the new export duties are asking for help.", "hit by" },
    { "The higher import costs are likely to be passed on to consumers.", "passed on to consumers" },
    { "Any slowdown at the docks could mean layoffs for the haulage firms.", "could mean layoffs" },
    { "Regulators say the utility failed to share outage maps with the towns in time.", "failed to share" },
  };
  const char *not_risks[] = {
    "It is hard to overstate how much the new ferry has changed life on the island.",
    "The winning crew walked away with a prize of two million dollars.",
    "Ticket sales may not be the only measure of the fair's success.",
    "The company said it would cancel its annual conference and hold it online.",
    "The first shipment of grain arrived at the port on Tuesday morning.",
  };
  g_autoptr (PlBriefing) restated = extract_text ("It is unclear whether the two utilities will merge after the sale. "
                                                  "Plans for the grid company are still in flux.");
  g_autoptr (PlBriefing) legal = extract_text ("A court challenge by the fishing industry is expected within weeks.");
  PlRisk *risk;

  for (guint i = 0; i < G_N_ELEMENTS (risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (risks[i][0]);

      if (find_labelled (pl_briefing_get_risks (briefing), risks[i][1]) == NULL)
        g_error ("“%s”: no risk labelled “%s”", risks[i][0], risks[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (not_risks[i]);

      if (n_risks (briefing) != 0)
        g_error ("“%s”: %u risks", not_risks[i], n_risks (briefing));
    }
  /* An open outcome said again in the next sentence is one risk. */
  g_assert_cmpuint (n_risks (restated), ==, 1);
  risk = g_list_model_get_item (pl_briefing_get_risks (restated), 0);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (risk)), ==, 2);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_LOW);
  g_object_unref (risk);
  /* The cue's own domain gives the category. */
  risk = find_labelled (pl_briefing_get_risks (legal), "court challenge");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_GOVERNANCE);
}

/* Risks told as what stakeholders lose or go without, as open outcomes
 * and as harm after a modal; a price, plain doubt and the background of
 * the plan are not risks. */
static void
test_risk_consequences (void)
{
  const char *risks[][2] = {
    { "Small shareholders will not receive any cash from the sale unless the board pays a dividend.", "will not receive" },
    { "Under the new rules, tenants would have no legal recourse against the landlord.", "no legal recourse" },
    { "Hundreds of miners could lose their jobs if the smelter closes.", "lose their jobs" },
    { "It is not clear whether the ministry will fund the second stage of the scheme.", "not clear whether" },
    { "It remains to be seen whether the two councils can agree on a shared budget.", "remains to be seen" },
    { "Smaller carriers could be forced to leave the regional market.", "forced to leave" },
    { "The new quotas could cost the fishing fleet hundreds of jobs.", "could cost" },
    { "The treaty may not be ratified by the northern assembly this year.", "may not be ratified" },
    { "The opening of the new terminal has been postponed until the spring.", "postponed" },
    { "If the talks fail, hundreds of workers at the mill could lose their jobs.", "Hundreds of workers at the mill could lose" },
  };
  const char *not_risks[] = {
    "The new bypass could cost about $40 million to build.",
    "An earlier round of talks fell apart years ago over the border question.",
    "A similar referendum was postponed in 2019 amid protests.",
    "The second film may not be as gripping as the first one.",
    "The reserve goalkeeper may not have played his best game.",
  };
  g_autoptr (PlBriefing) long_label =
      extract_text ("Farmers in the three northern provinces who signed up for the irrigation scheme last autumn after "
                    "months of talks with the ministry could face heavy fines from the regional tax office over late filings.");
  g_autoptr (PlBriefing) court = extract_text ("The opening of the new museum wing could be delayed by a court ruling on the permits.");
  g_autoptr (PlBriefing) navy = extract_text ("The navy's amphibious role is at stake in the defence review.");
  PlRisk *risk;

  for (guint i = 0; i < G_N_ELEMENTS (risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (risks[i][0]);

      if (find_labelled (pl_briefing_get_risks (briefing), risks[i][1]) == NULL)
        g_error ("“%s”: no risk labelled “%s”", risks[i][0], risks[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (not_risks[i]);

      if (n_risks (briefing) != 0)
        g_error ("“%s”: %u risks", not_risks[i], n_risks (briefing));
    }
  /* A long label cut short keeps what the cue is about. */
  risk = find_labelled (pl_briefing_get_risks (long_label), "could face heavy fines");
  g_assert_nonnull (risk);
  /* The category from the clause's words, not the cue's ("at stake"). */
  risk = find_labelled (pl_briefing_get_risks (court), "court ruling");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_GOVERNANCE);
  risk = find_labelled (pl_briefing_get_risks (navy), "at stake");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_SECURITY);
}

/* Problems stated as they are, with no word of risk: a plan judged
 * flawed or useless, harm to the people it touches, bad conditions it
 * must deal with, a vote that falls short, a record of decline, delay
 * and a promise not kept. */
static void
test_risk_conditions (void)
{
  const char *risks[][2] = {
    { "Critics say the new licensing scheme is deeply flawed.", "deeply flawed" },
    { "The extra inspectors do nothing to fix the backlog at the border crossing.", "do nothing to fix" },
    { "Union leaders say a second review would be a waste of time for everyone involved.", "waste of time" },
    { "The ministry said running a mobile clinic in the valley was not feasible this winter.", "not feasible" },
    { "Farm groups fear the new levy would cripple small dairy producers in the north.", "cripple small dairy" },
    { "Inspectors found overcrowded cells at two of the city's shelters.", "overcrowded cells" },
    { "A cholera outbreak at the camp forced aid workers to close the clinic.", "cholera outbreak" },
    { "The governing bloc was five votes short of the majority needed to pass the budget.", "five votes short" },
    { "The province recorded its lowest wage growth since 1998 during the first quarter.", "lowest wage growth" },
    { "The opening of the new terminal has been delayed by three months.", "delayed by three months" },
    { "The union said the company is not following through on its pledge to protect pensions.",
      "not following through" },
  };
  const char *not_risks[] = {
    "The bridge can reopen next week without any risk to drivers.",
    "This is the slowest route, since it avoids the motorway along the coast.",
    "Prices for the new phone fell to an all-time low this week.",
  };
  g_autoptr (PlBriefing) votes = extract_text ("The governing bloc was five votes short of the majority needed to pass the budget.");
  g_autoptr (PlBriefing) specific = extract_text (
      "Residents voiced concern about the plan, noting that the public hearing on the new road had been postponed twice.");
  g_autoptr (PlBriefing) apposition = extract_text (
      "The mayor said the tram line along the river would not close again, a concern that had been raised by shop owners.");
  g_autoptr (PlBriefing) short_clause =
      extract_text ("The teachers' union answered the proposal in a statement on Friday, threatening legal action.");
  PlRisk *risk;

  for (guint i = 0; i < G_N_ELEMENTS (risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (risks[i][0]);

      g_assert_nonnull (find_labelled (pl_briefing_get_risks (briefing), risks[i][1]));
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (not_risks[i]);

      g_assert_cmpuint (n_risks (briefing), ==, 0);
    }
  risk = find_labelled (pl_briefing_get_risks (votes), "votes short");
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);
  /* Of two cues as strong, the one that names a danger. */
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (specific), "postponed"));
  /* "…, a concern raised by …" is about the clause before it. */
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (apposition), "tram line"));
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (short_clause), "answered the proposal"));
}

/* Harm the plan does to people and the economy, an approval still
 * pending, fear of what comes next; a count nobody knows and a past
 * lawsuit are not risks. */
static void
test_risk_people (void)
{
  const char *risks[][2] = {
    { "The new toll on the bridge may be backfiring on the shops downtown.", "backfiring" },
    { "The merger, once approved by the regulator, will close three regional offices.", "once approved" },
    { "Growers say they fear there will be nobody left to pick the apples this autumn.", "nobody left to pick" },
    { "Tenants without legal representation signed the new leases in a hurry.", "without legal representation" },
    { "Without the extra nurses, it will take even longer for the clinic to clear its waiting list.", "take even longer" },
    { "Union leaders warn against a single national rule for every school district.", "warn against" },
  };
  const char *not_risks[] = {
    "It is not clear how many families have moved to the coast.",
    "The agreement follows a lawsuit filed last year by three of the villages.",
  };
  g_autoptr (PlBriefing) both = extract_text ("The closures will deal a blow to the town's economy and could slow the "
                                              "repair of the harbour walls.");
  g_autoptr (PlBriefing) approval = extract_text ("The settlement must still be approved by a federal judge before it takes effect.");
  PlRisk *risk;

  for (guint i = 0; i < G_N_ELEMENTS (risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (risks[i][0]);

      if (find_labelled (pl_briefing_get_risks (briefing), risks[i][1]) == NULL)
        g_error ("“%s”: no risk labelled “%s”", risks[i][0], risks[i][1]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (not_risks); i++)
    {
      g_autoptr (PlBriefing) briefing = extract_text (not_risks[i]);

      if (n_risks (briefing) != 0)
        g_error ("“%s”: %u risks", not_risks[i], n_risks (briefing));
    }
  /* Two harms joined by "and" are two risks. */
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (both), "blow to"));
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (both), "could slow the repair"));
  risk = find_labelled (pl_briefing_get_risks (approval), "approved");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_category (risk), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_LOW);
}

static void
test_events (void)
{
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord.txt", NULL);
  GListModel *events = pl_briefing_get_events (briefing);
  const char *expected[][2] = {
    { "2026-03-02", "began the second phase" },
    { "2026-02-23~", "ended last week" },
    { "2027", "Phase 3" },
    { "2026-04-01~", "within 30 days" },
  };

  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr (PlEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = pl_date_to_string (pl_event_get_date (event));

      g_assert_cmpstr (date, ==, expected[i][0]);
      g_assert_nonnull (strstr (pl_event_get_text (event), expected[i][1]));
    }
}

/* The dates of the events of one made-up sentence, published on Monday,
 * March 3, 2025, joined by ",". */
static char *
event_dates (const char *body)
{
  g_autoptr (PlBriefing) briefing = extract_text (body);
  GListModel *events = pl_briefing_get_events (briefing);
  GString *dates = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (PlEvent) event = g_list_model_get_item (events, i);
      g_autofree char *date = pl_date_to_string (pl_event_get_date (event));

      g_string_append_printf (dates, "%s%s", i > 0 ? "," : "", date);
    }
  return g_string_free (dates, FALSE);
}

static void
test_event_dates (void)
{
  const char *cases[][2] = {
    /* Weekdays and months without a year: the last one, unless the
     * words around speak of the future. */
    { "The council approved the budget on Friday.", "2025-02-28" },
    { "The ministers will meet on Friday to sign the accord.", "2025-03-07" },
    { "The envoys signed the truce Monday.", "2025-03-03" },
    { "The ministry announced the plan in November.", "2024-11" },
    { "The licence is set to expire in February.", "2026-02" },
    { "The agency selected four bidders this past May.", "2024-05" },
    { "The minister said on Monday that talks would resume on Wednesday.", "2025-03-03,2025-03-05" },
    { "The chief executive told investors on Oct. 31 that the merger would be completed soon.", "2024-10-31" },
    { "The board approved the merger on Nov. 14.", "2024-11-14" },
    { "The rules took effect in May last year.", "2024-05" },
    /* Any verb in the past just before a date that names its month. */
    { "Duties on imported steel were increased in May 2019.", "2019-05" },
    { "The list of goods covered expanded in September 2018.", "2018-09" },
    { "The index has recorded gains since early August.", "" },
    { "The vote is on Dec. 15.", "2025-12-15" },
    { "In December, the firm made a bid for the company.", "2024-12" },
    { "The treaty has to be ratified by June.", "2025-06" },
    { "The prisoner was due to be released in September.", "2024-09" },
    /* Counted from the publication date. */
    { "The government unveiled the framework two weeks ago.", "2025-02-17~" },
    { "The president announced the project a year ago.", "2024-03~" },
    { "The panel is due to hold its first meeting within 30 days.", "2025-04-02~" },
    { "The programme will run until the end of the year.", "2025" },
    /* One event per dated action, and deadlines of their own. */
    { "The firms had until Nov. 1 to submit bids, and the agency is expected to pick winners early next year.",
      "2024-11-01,2026" },
    { "The programme aims to cut emissions by 2030 and to reach net zero by 2050.", "2030,2050" },
    { "The company signed a 2019 contract to build the plant.", "2019" },
    { "Module costs are to fall to a third by 2030.", "2030" },
    { "Until 2014, the camp was small.", "" },
    /* Dates that are not happenings. */
    { "The company reported a loss in the third quarter ended Sept. 29.", "" },
    { "\"We signed it in May,\" the minister said.", "" },
    { "PARIS (March 3) -- The envoys announced a new round of talks.", "" },
    { "Emissions fell by half from 2010 levels, officials announced.", "" },
    { "Theresa May announced the plan.", "" },
    { "The minister told May that talks would resume.", "" },
    { "Opposition to May's deal grew after the vote.", "" },
    { "Shoppers crowded stores on Black Friday, the retailer announced.", "" },
    /* The same happening told twice is one event. */
    { "Voters cast ballots in Tuesday's election. Turnout in Tuesday's election was high.", "2025-02-25" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dates = event_dates (cases[i][0]);

      g_test_message ("%s", cases[i][0]);
      g_assert_cmpstr (dates, ==, cases[i][1]);
    }
}

static void
test_merge_sources (void)
{
  /* Given newest first, the briefing still reads oldest first. */
  g_autoptr (PlBriefing) briefing = load ("articles/river-accord-update.txt", "articles/river-accord.txt", NULL);
  g_autoptr (PlSource) first = g_list_model_get_item (pl_briefing_get_sources (briefing), 0);
  PlPhase *second = phase_at (briefing, 2);
  PlReaction *un = find_labelled (pl_briefing_get_reactions (briefing), "United Nations");
  PlRisk *violation = find_labelled (pl_briefing_get_risks (briefing), "iolation of the ceasefire");
  g_autoptr (GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpstr (pl_source_get_title (first), ==, "Northern River Accord Enters Its Second Phase");
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (briefing)), ==, 3);
  /* One phase, one reaction, one risk, with evidence from both. */
  for (guint i = 0; i < pl_item_get_n_evidence (PL_ITEM (second)); i++)
    g_hash_table_add (sources, pl_item_get_evidence (PL_ITEM (second), i)->source);
  g_assert_cmpuint (g_hash_table_size (sources), ==, 2);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (un)), ==, 2);
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (violation)), ==, 2);
}

static void
test_empty_and_large (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlSource) empty = pl_source_new ();
  g_autoptr (PlSource) large = pl_source_new ();
  GString *text = g_string_new (NULL);

  pl_briefing_add_item (briefing, PL_ITEM (empty));
  pl_extract_source (briefing, empty);

  /* Ten thousand sentences of cues: time grows with the text, no more. */
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (text, "Officials said the second phase will include step %u, and critics warned it could fail. ", i);
  pl_source_set_text (large, text->str);
  g_string_free (text, TRUE);
  pl_briefing_add_item (briefing, PL_ITEM (large));
  pl_extract_source (briefing, large);
  g_assert_nonnull (phase_at (briefing, 2));
}

static void
test_sentence_phase (void)
{
  g_autoptr (PlBriefing) briefing =
      extract_text ("The ministry said the second phase of the programme will begin in May.");
  PlPhase *second = phase_at (briefing, 2);

  g_assert_nonnull (second);
  g_assert_cmpint (pl_phase_get_status (second), ==, PL_STATUS_PLANNED);
}

static GListModel *
plan_parts (PlBriefing *briefing)
{
  PlPhase *plan = phase_at (briefing, 0);

  g_assert_nonnull (plan);
  return pl_phase_get_components (plan);
}

static guint
n_parts (PlBriefing *briefing)
{
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      n += g_list_model_get_n_items (pl_phase_get_components (phase));
    }
  return n;
}

static PlPhase *
phase_named (PlBriefing *briefing,
             const char *name)
{
  PlPhase *phase = find_labelled (pl_briefing_get_phases (briefing), name);

  g_assert_nonnull (phase);
  return phase;
}

/* A status cue counts for the phase named in its own clause. */
static void
test_status_scope (void)
{
  g_autoptr (PlBriefing) briefing = extract_text (
      "The ministry said the second phase of the programme will begin in May, once the first phase has been completed.");
  g_autoptr (PlBriefing) dated = extract_text ("The second phase will begin on June 1, once the first phase has been completed.");
  g_autofree char *start = NULL;

  g_assert_cmpint (pl_phase_get_status (phase_at (briefing, 2)), ==, PL_STATUS_PLANNED);
  g_assert_cmpint (pl_phase_get_status (phase_at (briefing, 1)), ==, PL_STATUS_COMPLETED);
  /* The date is the main clause's phase's, not the last one named. */
  start = pl_date_to_string (pl_phase_get_start (phase_at (dated, 2)));
  g_assert_cmpstr (start, ==, "2025-06-01");
  g_assert_false (pl_date_is_set (pl_phase_get_start (phase_at (dated, 1))));
}

/* "Will be completed" is still to come; "has not started" is not under way. */
static void
test_status_tense (void)
{
  g_autoptr (PlBriefing) future = extract_text ("Officials said the third phase will be completed next year.");
  g_autoptr (PlBriefing) negated = extract_text ("The second phase has not started.");

  g_assert_cmpint (pl_phase_get_status (phase_at (future, 3)), ==, PL_STATUS_PLANNED);
  g_assert_cmpint (pl_phase_get_status (phase_at (negated, 2)), !=, PL_STATUS_CURRENT);
}

/* Stages named by what they are about, set in sequence. */
static void
test_named_stages (void)
{
  g_autoptr (PlBriefing) briefing = extract_text (
      "The airline said its current period of consolidation will be followed by a phase of expansion in the early 2020s.");
  g_autoptr (PlBriefing) planned = extract_text ("A period of stabilization will be followed by a phase of reconstruction.");
  g_autoptr (PlBriefing) alone = extract_text ("The testing phase of the new engine was delayed by a month.");
  PlPhase *consolidation = phase_named (briefing, "Consolidation");
  PlPhase *expansion = phase_named (briefing, "Expansion");

  g_assert_cmpuint (pl_phase_get_index (consolidation), ==, 0);
  g_assert_cmpint (pl_phase_get_status (consolidation), ==, PL_STATUS_CURRENT);
  g_assert_cmpint (pl_phase_get_status (expansion), ==, PL_STATUS_PLANNED);
  /* What follows a stage still to come is to come too. */
  g_assert_cmpint (pl_phase_get_status (phase_named (planned, "Stabilization")), ==, PL_STATUS_PLANNED);
  g_assert_cmpint (pl_phase_get_status (phase_named (planned, "Reconstruction")), ==, PL_STATUS_PLANNED);
  /* A stage named alone, in no sequence, is no phase of the plan. */
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_phases (alone)), ==, 0);
}

/* The terms of a deal: what it is to do, what is bought, what a party
 * stands on in the talks, what happens under it. */
static void
test_plan_terms (void)
{
  g_autoptr (PlBriefing) deal = extract_text ("The airline finalized a deal to purchase 30 narrow-body jets, executives said.");
  g_autoptr (PlBriefing) stance =
      extract_text ("Officials said the government's reluctance to roll back tariffs was slowing the trade talks.");
  g_autoptr (PlBriefing) order = extract_text (
      "The carrier placed an order for 40 narrow-body jets on Monday. In addition to its order of 40 jets, it bought engines.");
  g_autoptr (PlBriefing) under = extract_text (
      "Washington will keep its embassy in the capital after foreign troops leave the country under the peace agreement.");
  g_autoptr (PlBriefing) verbs = extract_text ("We plan to visit the museum. She is committed to publishing the letters.");
  PlComponent *part;

  part = find_labelled (plan_parts (deal), "Purchase 30 narrow-body jets");
  g_assert_nonnull (part);
  g_assert_cmpstr (pl_component_get_text (part), ==, "Purchase 30 narrow-body jets");
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  part = find_labelled (plan_parts (stance), "Roll back tariffs");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  /* "its order" is the one told of before. */
  g_assert_cmpuint (n_parts (order), ==, 1);
  g_assert_nonnull (find_labelled (plan_parts (order), "Order for 40 narrow-body jets"));
  g_assert_nonnull (find_labelled (plan_parts (under), "Keep its embassy in the capital"));
  part = find_labelled (plan_parts (under), "Foreign troops leave the country");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_SECURITY);
  /* "plan to" and "committed to publishing" are no terms of a plan. */
  g_assert_cmpuint (n_parts (verbs), ==, 0);
}

/* What a government says it will do; not what someone thought would be. */
static void
test_plan_commitments (void)
{
  g_autoptr (PlBriefing) said = extract_text ("The president said he would raise tariffs on imported steel if no deal is reached.");
  g_autoptr (PlBriefing) thought = extract_text ("They thought the country would become richer.");
  g_autoptr (PlBriefing) fragment = extract_text ("Estimates say the agreement would lead to emissions of 52 gigatonnes in 2030.");
  PlComponent *part;

  part = find_labelled (plan_parts (said), "Raise tariffs");
  g_assert_nonnull (part);
  /* The condition is not part of the label. */
  g_assert_cmpstr (pl_component_get_text (part), ==, "Raise tariffs on imported steel");
  g_assert_cmpuint (n_parts (thought), ==, 0);
  g_assert_cmpuint (n_parts (fragment), ==, 0);
}

/* A target and the means to reach it are two parts; so are the means of a
 * target said in a sentence of its own. */
static void
test_plan_targets (void)
{
  g_autoptr (PlBriefing) goal = extract_text ("The minister stated that the goal is to cut emissions by 40% by 2030, "
                                              "through the mobilisation of $50 billion in public funds.");
  g_autoptr (PlBriefing) means = extract_text ("That target is expected to be met through new wind farms along the coast.");
  PlComponent *part;

  g_assert_cmpuint (n_parts (goal), ==, 2);
  g_assert_nonnull (find_labelled (plan_parts (goal), "Cut emissions by 40% by 2030"));
  part = find_labelled (plan_parts (goal), "Mobilisation of $50 billion");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  g_assert_nonnull (find_labelled (plan_parts (means), "New wind farms along the coast"));
}

/* "Step" and "round" name stages only when the text numbers two of them
 * or counts them; "the first phases of wars" are no stages of a plan. */
static void
test_phase_weak_nouns (void)
{
  g_autoptr (PlBriefing) steps = extract_text ("The sale will be done in two steps. The first step will be the transfer of "
                                               "the shops to a new company. In the second step, the buyer will pay the "
                                               "owners in cash. At that point, Northwind will change its name.");
  g_autoptr (PlBriefing) figure = extract_text ("The minister called the truce the first step toward a lasting peace. "
                                                "Aid groups called it an important first step.");
  g_autoptr (PlBriefing) generic = extract_text ("Light forces are most useful in the first phases of wars, he said.");
  PlPhase *second;

  g_assert_nonnull (phase_at (steps, 1));
  second = phase_at (steps, 2);
  g_assert_nonnull (second);
  g_assert_cmpint (pl_phase_get_status (second), ==, PL_STATUS_PLANNED);
  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (steps, 1)), "Transfer of the shops"));
  g_assert_nonnull (find_labelled (pl_phase_get_components (second), "Pay the owners in cash"));
  g_assert_nonnull (find_labelled (pl_phase_get_components (second), "Change its name"));
  g_assert_null (phase_at (figure, 1));
  g_assert_null (phase_at (generic, 1));
}

/* A plan with no phases: what the plan itself will do or is aimed at. */
static void
test_plan_prose_aims (void)
{
  g_autoptr (PlBriefing) merger = extract_text ("The merger of the two chains, which closed on Tuesday, would allow the "
                                                "company to pay down debt and to return capital to shareholders.");
  g_autoptr (PlBriefing) pronoun = extract_text ("The minister outlined a wider overhaul of the army. "
                                                 "It will involve cutting headquarters staff across all the services.");
  g_autoptr (PlBriefing) aimed = extract_text ("Little is known of the talks, which appear to be aimed at a peaceful "
                                               "transition of power.");
  g_autoptr (PlBriefing) named = extract_text ("Horizon aims to land a crew on the moon by 2030 and to build a base "
                                               "near its south pole, officials said.");
  g_autoptr (PlBriefing) state = extract_text ("The deal will be signed next week. Critics of the deal will probably "
                                               "object. The plan would not raise taxes.");
  PlComponent *part;

  g_assert_nonnull (find_labelled (plan_parts (merger), "Pay down debt"));
  part = find_labelled (plan_parts (merger), "Return capital to shareholders");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  g_assert_nonnull (find_labelled (plan_parts (pronoun), "Cutting headquarters staff"));
  part = find_labelled (plan_parts (aimed), "Peaceful transition of power");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_cmpuint (n_parts (named), ==, 2);
  g_assert_nonnull (find_labelled (plan_parts (named), "Land a crew on the moon by 2030"));
  g_assert_nonnull (find_labelled (plan_parts (named), "Build a base near its south pole"));
  /* Signing is no aim, a critic is not the plan, a negation denies it. */
  g_assert_cmpuint (n_parts (state), ==, 0);
}

/* Enumerations: counted ones, lists after a lead-in, and the category of
 * a part among others. */
static void
test_plan_enumerations (void)
{
  g_autoptr (PlBriefing) counted = extract_text ("The talks cover two issues: border security and fishing rights.");
  g_autoptr (PlBriefing) pillars = extract_text ("The agreement has three pillars: a ceasefire, a prisoner exchange and reconstruction aid.");
  g_autoptr (PlBriefing) listed = extract_text ("The plan has three key elements:\n"
                                                "- Build shelters: crews will start work in the north\n"
                                                "- Train local police\n"
                                                "- Is it enough?");
  g_autoptr (PlBriefing) priorities = extract_text (
      "Aid corridors, medical evacuations, and rebuilding essential infrastructure are seen as immediate priorities.");
  g_autoptr (PlBriefing) siblings =
      extract_text ("The plan aims to introduce certification rules, minimum efficiency levels and industrial standards.");

  g_assert_cmpuint (n_parts (counted), ==, 2);
  g_assert_nonnull (find_labelled (plan_parts (counted), "Border security"));
  g_assert_nonnull (find_labelled (plan_parts (counted), "Fishing rights"));
  /* In a list, one word is a part. */
  g_assert_cmpuint (n_parts (pillars), ==, 3);
  g_assert_cmpint (pl_component_get_category (find_labelled (plan_parts (pillars), "Ceasefire")), ==, PL_CATEGORY_SECURITY);
  /* "Label: explanation" is named by its label; a question is no part. */
  g_assert_cmpuint (n_parts (listed), ==, 2);
  g_assert_cmpstr (pl_component_get_text (find_labelled (plan_parts (listed), "shelters")), ==, "Build shelters");
  /* Rebuilding infrastructure among humanitarian priorities serves them. */
  g_assert_cmpint (pl_component_get_category (find_labelled (plan_parts (priorities), "infrastructure")), ==,
                   PL_CATEGORY_HUMANITARIAN);
  /* Minimum levels, among rules and standards, are rules too. */
  g_assert_cmpint (pl_component_get_category (find_labelled (plan_parts (siblings), "Minimum efficiency levels")), ==,
                   PL_CATEGORY_GOVERNANCE);
}

/* A direction is the gist, not a part; nor are the fields a phase's
 * longer-term solutions focus on. */
static void
test_plan_gist (void)
{
  g_autoptr (PlBriefing) direction = extract_text ("The government aims to move beyond crisis management toward a more durable calm.");
  g_autoptr (PlBriefing) fields = extract_text ("The second phase was launched on Monday. Officials say the next phase aims to move "
                                                "beyond emergency relief toward longer-term solutions focused on security, "
                                                "governance, and recovery.");
  PlPhase *plan = phase_at (direction, 0);

  g_assert_nonnull (plan);
  g_assert_cmpuint (n_parts (direction), ==, 0);
  g_assert_true (g_str_has_prefix (pl_phase_get_summary (plan), "The government aims to move beyond"));
  g_assert_cmpuint (n_parts (fields), ==, 0);
  g_assert_nonnull (pl_phase_get_summary (phase_at (fields, 2)));
}

/* A briefing from an article with its own headline. */
static PlBriefing *
extract_titled (const char *title,
                const char *body)
{
  g_autofree char *text = g_strconcat (title, "\n\nBy Test Writer\nMarch 3, 2025\n\n", body, "\n", NULL);
  g_autoptr (GError) error = NULL;
  PlBriefing *briefing = pl_load_data (text, strlen (text), "test.txt", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (briefing);
  return briefing;
}

/* The parties of a deal, named in the headline or in the lead's sentences
 * about it, commit to parts of it, also as the topic a pronoun stands
 * for; others named later, what others say they will do, and names
 * merely mentioned in a subject do not. */
static void
test_plan_parties (void)
{
  g_autoptr (PlBriefing) party = extract_titled ("Northwind and Contoso agree to merge",
                                                 "The merger of Northwind and Contoso was approved on Monday. "
                                                 "Northwind will give up its stake in the joint venture at the end of next year.");
  g_autoptr (PlBriefing) pronoun = extract_titled ("Northwind buys Contoso",
                                                   "Jo Reed, the chief executive of Northwind, praised the deal on Monday.\n\n"
                                                   "Reed has said that he expects to save $50 million a year from the combination.");
  g_autoptr (PlBriefing) topic = extract_titled ("Northwind and Contoso agree to merge",
                                                 "The merger of Northwind and Contoso was approved on Monday.\n\n"
                                                 "As for Contoso, it will close two plants in the north.");
  g_autoptr (PlBriefing) other = extract_titled ("Northwind buys Contoso",
                                                 "The deal between Northwind and Contoso was signed on Monday.\n\n"
                                                 "Analysts say that Northwind and Contoso will cut hundreds of jobs. "
                                                 "Fabrikam will open three new stores next year. "
                                                 "Lasting calm at Contoso will require a new board.");
  PlComponent *part;

  g_assert_nonnull (find_labelled (plan_parts (party), "Give up its stake in the joint venture"));
  part = find_labelled (plan_parts (pronoun), "Save $50 million a year");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  g_assert_nonnull (find_labelled (plan_parts (topic), "Close two plants"));
  g_assert_cmpuint (n_parts (other), ==, 0);
}

/* An undertaking the headline names without calling it a plan ("a
 * campaign", "a shutoff") is read like a plan noun, also in a relative
 * clause; one the headline does not name only before what it consists
 * of. Who the headline names by its kind, or a body by its kind,
 * commits to parts. A bullet list in paragraphs of their own after a
 * lead-in gives one part per bullet. */
static void
test_plan_topic (void)
{
  g_autoptr (PlBriefing) campaign = extract_titled ("State launches anti-smoking campaign",
                                                    "The state launched an anti-smoking campaign on Monday.\n\n"
                                                    "The campaign, which includes radio spots and school visits, cost about $2 million.");
  g_autoptr (PlBriefing) unnamed = extract_titled ("Tenants weigh their options",
                                                   "Tenants met on Monday to weigh three options.\n\n"
                                                   "The switch would involve moving tenants to a new landlord.");
  g_autoptr (PlBriefing) not_topic = extract_titled ("Storm nears the coast",
                                                     "A storm neared the coast on Monday.\n\n"
                                                     "The campaign, which includes radio spots, cost about $2 million. "
                                                     "The planned blackout would be the largest in years.");
  g_autoptr (PlBriefing) kind = extract_titled ("Doctors offer free check-ups to pensioners",
                                                "A group of doctors offered on Monday to give free check-ups to pensioners.\n\n"
                                                "The doctors will set up a mobile clinic at the town hall. "
                                                "The utility said it will closely monitor its power lines.");
  g_autoptr (PlBriefing) bullets = extract_titled ("Party sets out its message",
                                                   "The party handed out a memo setting out its key messages, which include:\n\n"
                                                   "• Rents must come down for young families.\n\n"
                                                   "• Every town needs a new clinic. It should open by spring.\n\n"
                                                   "Opponents were unimpressed.");

  g_assert_nonnull (find_labelled (plan_parts (campaign), "Radio spots and school visits"));
  g_assert_nonnull (find_labelled (plan_parts (unnamed), "Moving tenants to a new landlord"));
  g_assert_cmpuint (n_parts (not_topic), ==, 0);
  g_assert_nonnull (find_labelled (plan_parts (kind), "Set up a mobile clinic"));
  g_assert_nonnull (find_labelled (plan_parts (kind), "Closely monitor its power lines"));
  g_assert_nonnull (find_labelled (plan_parts (bullets), "Rents must come down"));
  g_assert_nonnull (find_labelled (plan_parts (bullets), "Every town needs a new clinic"));
  g_assert_cmpuint (n_parts (bullets), ==, 2);
}

/* A measure done to the undertaking the headline names, told in a
 * sentence that opens with it, is a part; the same told of anything
 * else, or in a story headed otherwise, is none. */
static void
test_plan_topic_measures (void)
{
  g_autoptr (PlBriefing) tariffs = extract_titled ("A short guide to the new tariffs",
                                                   "The government has used tariffs against several neighbours.\n\n"
                                                   "Tariffs on imported cheese were raised from 5% to 15% in June. "
                                                   "Tariffs have also been imposed on imports of timber, including pine. "
                                                   "Prices were raised by shops across the country.");
  g_autoptr (PlBriefing) other = extract_titled ("Cheese prices climb again",
                                                 "Cheese prices rose again in June.\n\n"
                                                 "Tariffs on imported cheese were raised from 5% to 15% in June.");
  PlComponent *part = find_labelled (plan_parts (tariffs), "Tariffs on imported cheese were raised from 5% to 15%");

  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  g_assert_nonnull (find_labelled (plan_parts (tariffs), "Tariffs have also been imposed on imports of timber"));
  g_assert_null (find_labelled (plan_parts (tariffs), "Prices"));
  g_assert_cmpuint (n_parts (other), ==, 0);
}

/* A plan told in the lead as an action taken or under way, the aims of
 * an effort it is part of, parts given as examples, and the category of
 * a part from its own words first, then from its sentence. */
static void
test_plan_lead_actions (void)
{
  g_autoptr (PlBriefing) ordered = extract_text ("The health ministry has ordered a stockpile of flu vaccines for clinics.");
  g_autoptr (PlBriefing) cutting = extract_text ("The carmaker is cutting 2,000 jobs as part of its plan to reduce costs.");
  g_autoptr (PlBriefing) effort =
      extract_text ("The layoffs are part of an effort by the retailer to close stores, cut prices and sell its warehouses.");
  g_autoptr (PlBriefing) voted = extract_text ("The senate voted to impeach the governor over the misuse of state funds.");
  g_autoptr (PlBriefing) examples =
      extract_text ("The unions rejected the proposed measures, such as a wage freeze, a hiring pause and longer shifts.");
  g_autoptr (PlBriefing) not_parts = extract_text ("Protesters moved to the square on Friday. The firm was approved by regulators. "
                                                   "The parliament has passed a bill. Other efforts to end the strike failed.");
  g_autoptr (PlBriefing) context =
      extract_text ("The ministry plans to hand out blankets before winter, the refugee aid agency said.");
  g_autoptr (PlBriefing) no_context =
      extract_text ("The ministry plans to hand out blankets before winter, the spokeswoman said.");
  PlComponent *part;

  part = find_labelled (plan_parts (ordered), "Ordered a stockpile of flu vaccines");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_HUMANITARIAN);
  part = find_labelled (plan_parts (cutting), "Cutting 2,000 jobs");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  g_assert_nonnull (find_labelled (plan_parts (cutting), "Reduce costs"));
  g_assert_nonnull (find_labelled (plan_parts (effort), "Close stores"));
  g_assert_nonnull (find_labelled (plan_parts (effort), "Sell its warehouses"));
  part = find_labelled (plan_parts (voted), "Impeach the governor");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_nonnull (find_labelled (plan_parts (examples), "Wage freeze"));
  g_assert_nonnull (find_labelled (plan_parts (examples), "Hiring pause"));
  g_assert_cmpuint (n_parts (not_parts), ==, 0);
  /* No word of its own: the sentence says what it serves. */
  part = find_labelled (plan_parts (context), "Hand out blankets");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_HUMANITARIAN);
  part = find_labelled (plan_parts (no_context), "Hand out blankets");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_OTHER);
}

/* Quoted words inside an aim are part of it; a plan that "allows" a
 * party to do something says what it allows; "in addition to" joins a
 * second aim. */
static void
test_plan_quoted_aims (void)
{
  g_autoptr (PlBriefing) quoted = extract_text ("The merger would allow the company to pay down debt and "
                                                "\u201cto return cash to shareholders.\u201d");
  g_autoptr (PlBriefing) allows = extract_text ("The agreement with Contoso allows Northwind to cancel the deal by paying "
                                                "a $20 million fee.");
  g_autoptr (PlBriefing) added = extract_text ("The merger would allow the company to cut its costs, in addition to "
                                               "investing in new stores.");

  g_assert_nonnull (find_labelled (plan_parts (quoted), "Pay down debt"));
  g_assert_nonnull (find_labelled (plan_parts (quoted), "Return cash to shareholders"));
  g_assert_nonnull (find_labelled (plan_parts (allows), "Cancel the deal"));
  g_assert_nonnull (find_labelled (plan_parts (added), "Cut its costs"));
  g_assert_nonnull (find_labelled (plan_parts (added), "Investing in new stores"));
}

/* What a paragraph says after the one that named a phase is the plan's,
 * unless it points back to the phase or speaks of what the phase brought
 * in; a heading that names a phase holds to the next heading; a lead
 * that names the phase makes the whole story about it. */
static void
test_phase_context (void)
{
  g_autoptr (PlBriefing) steps = extract_text ("The sale will be done in two steps. In the first step, Northwind will "
                                               "move its shops into a new unit called Fabrikam Stores.\n\n"
                                               "At that point, Northwind will close its old warehouses.\n\n"
                                               "Fabrikam Stores will become a listed company.\n\n"
                                               "The buyer will pay $5 million in cash to the owners.");
  g_autoptr (PlBriefing) lead = extract_text ("The government has launched the second phase of its housing plan.\n\n"
                                              "The government will build 500 new homes in the north.");
  g_autoptr (PlBriefing) section = extract_text ("The government has approved a housing plan with two phases.\n\n"
                                                 "The first phase\n\n"
                                                 "The government will buy land near the river.\n\n"
                                                 "The government will also hire new planners.\n\n"
                                                 "Funding\n\n"
                                                 "The government will borrow $40 million from the state.");

  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (steps, 1)), "Close its old warehouses"));
  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (steps, 1)), "Become a listed company"));
  g_assert_nonnull (find_labelled (plan_parts (steps), "Pay $5 million in cash"));
  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (lead, 2)), "Build 500 new homes"));
  g_assert_nonnull (find_labelled (pl_phase_get_components (phase_at (section, 1)), "Hire new planners"));
  g_assert_nonnull (find_labelled (plan_parts (section), "Borrow $40 million"));
}

/* The terms of a deal stated bare: a vote or a fee that there will be,
 * an amount to be paid, who is to hold which post; not a term under a
 * condition, nor someone's forecast. */
static void
test_plan_stated_terms (void)
{
  g_autoptr (PlBriefing) terms = extract_text ("The sale of the shops was approved on Monday. There will be a shareholder vote "
                                               "in May. There is a break fee of $20 million payable to the buyer. The $3 billion "
                                               "will be paid to the parent company. Jo Reed, who will be the merged company's "
                                               "chairman, praised the deal.");
  g_autoptr (PlBriefing) none = extract_text ("It is unclear whether there will be a vote. Analysts expect 16 million cars "
                                              "will be sold this year. There is a long history of fees in the industry.");
  PlComponent *part;

  g_assert_nonnull (find_labelled (plan_parts (terms), "There will be a shareholder vote"));
  part = find_labelled (plan_parts (terms), "There is a break fee of $20 million");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_ECONOMY);
  g_assert_nonnull (find_labelled (plan_parts (terms), "$3 billion will be paid to the parent company"));
  part = find_labelled (plan_parts (terms), "Jo Reed, who will be the merged company's chairman");
  g_assert_nonnull (part);
  g_assert_cmpint (pl_component_get_category (part), ==, PL_CATEGORY_GOVERNANCE);
  g_assert_cmpuint (n_parts (none), ==, 0);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/phases", test_phases);
  g_test_add_func ("/extract/sentence-phase", test_sentence_phase);
  g_test_add_func ("/extract/status-scope", test_status_scope);
  g_test_add_func ("/extract/status-tense", test_status_tense);
  g_test_add_func ("/extract/named-stages", test_named_stages);
  g_test_add_func ("/extract/plan-terms", test_plan_terms);
  g_test_add_func ("/extract/plan-commitments", test_plan_commitments);
  g_test_add_func ("/extract/plan-targets", test_plan_targets);
  g_test_add_func ("/extract/plan-enumerations", test_plan_enumerations);
  g_test_add_func ("/extract/phase-weak-nouns", test_phase_weak_nouns);
  g_test_add_func ("/extract/plan-prose-aims", test_plan_prose_aims);
  g_test_add_func ("/extract/plan-gist", test_plan_gist);
  g_test_add_func ("/extract/plan-parties", test_plan_parties);
  g_test_add_func ("/extract/plan-topic", test_plan_topic);
  g_test_add_func ("/extract/plan-topic-measures", test_plan_topic_measures);
  g_test_add_func ("/extract/plan-lead-actions", test_plan_lead_actions);
  g_test_add_func ("/extract/plan-quoted-aims", test_plan_quoted_aims);
  g_test_add_func ("/extract/phase-context", test_phase_context);
  g_test_add_func ("/extract/plan-stated-terms", test_plan_stated_terms);
  g_test_add_func ("/extract/components", test_components);
  g_test_add_func ("/extract/reactions", test_reactions);
  g_test_add_func ("/extract/reaction-stances", test_reaction_stances);
  g_test_add_func ("/extract/reaction-critic-stances", test_reaction_critic_stances);
  g_test_add_func ("/extract/reaction-reported-facts", test_reaction_reported_facts);
  g_test_add_func ("/extract/reaction-split", test_reaction_split);
  g_test_add_func ("/extract/reaction-statements", test_reaction_statements);
  g_test_add_func ("/extract/reaction-actors", test_reaction_actors);
  g_test_add_func ("/extract/reaction-not-reactions", test_reaction_not_reactions);
  g_test_add_func ("/extract/reaction-attribution", test_reaction_attribution);
  g_test_add_func ("/extract/reaction-kinds", test_reaction_kinds);
  g_test_add_func ("/extract/reaction-patterns", test_reaction_patterns);
  g_test_add_func ("/extract/reaction-wording", test_reaction_wording);
  g_test_add_func ("/extract/reaction-writer", test_reaction_writer);
  g_test_add_func ("/extract/reaction-headline-proponent", test_reaction_headline_proponent);
  g_test_add_func ("/extract/reaction-headline-subjects", test_reaction_headline_subjects);
  g_test_add_func ("/extract/reaction-stance-degrees", test_reaction_stance_degrees);
  g_test_add_func ("/extract/reaction-consequences", test_reaction_consequences);
  g_test_add_func ("/extract/reaction-plan-makers", test_reaction_plan_makers);
  g_test_add_func ("/extract/risks", test_risks);
  g_test_add_func ("/extract/risk-outcomes", test_risk_outcomes);
  g_test_add_func ("/extract/risk-dangers", test_risk_dangers);
  g_test_add_func ("/extract/risk-commitments", test_risk_commitments);
  g_test_add_func ("/extract/risk-not-risks", test_risk_not_risks);
  g_test_add_func ("/extract/risk-labels", test_risk_labels);
  g_test_add_func ("/extract/risk-vocabulary", test_risk_vocabulary);
  g_test_add_func ("/extract/risk-consequences", test_risk_consequences);
  g_test_add_func ("/extract/risk-conditions", test_risk_conditions);
  g_test_add_func ("/extract/risk-people", test_risk_people);
  g_test_add_func ("/extract/events", test_events);
  g_test_add_func ("/extract/event-dates", test_event_dates);
  g_test_add_func ("/extract/merge-sources", test_merge_sources);
  g_test_add_func ("/extract/empty-and-large", test_empty_and_large);
  return g_test_run ();
}
