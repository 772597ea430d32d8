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
  g_assert_nonnull (reaction_of (others_intent, "Critics", PL_STANCE_NEUTRAL));
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
    "The talks were criticized by the opposition.",
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
  g_autoptr (PlBriefing) pending = extract_text ("The promised rules are yet to see the light of day.");
  g_autoptr (PlBriefing) hostile = extract_text ("The neighbouring state has threatened to impose sanctions on the port authority.");
  g_autoptr (PlBriefing) condition = extract_text ("Inspectors need to complete a survey of the site before granting access to the convoys.");
  g_autoptr (PlBriefing) advice = extract_text ("You need to register online before you vote in the local elections.");
  PlRisk *risk;

  risk = find_labelled (pl_briefing_get_risks (unlikely), "unlikely to approve the new budget");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_likelihood (risk), ==, PL_LEVEL_HIGH);
  g_assert_nonnull (find_labelled (pl_briefing_get_risks (failed), "failed to honour"));
  g_assert_cmpuint (n_risks (past), ==, 0);
  risk = find_labelled (pl_briefing_get_risks (pending), "yet to see the light of day");
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
      extract_text ("The pledged funds are nowhere near enough to rebuild the port. Critics say the plan is insufficient to repair the damage.");
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
  risk = find_labelled (pl_briefing_get_risks (shortfall), "nowhere near enough");
  g_assert_nonnull (risk);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);
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
  g_test_add_func ("/extract/plan-gist", test_plan_gist);
  g_test_add_func ("/extract/components", test_components);
  g_test_add_func ("/extract/reactions", test_reactions);
  g_test_add_func ("/extract/reaction-stances", test_reaction_stances);
  g_test_add_func ("/extract/reaction-split", test_reaction_split);
  g_test_add_func ("/extract/reaction-statements", test_reaction_statements);
  g_test_add_func ("/extract/reaction-actors", test_reaction_actors);
  g_test_add_func ("/extract/reaction-not-reactions", test_reaction_not_reactions);
  g_test_add_func ("/extract/risks", test_risks);
  g_test_add_func ("/extract/risk-outcomes", test_risk_outcomes);
  g_test_add_func ("/extract/risk-dangers", test_risk_dangers);
  g_test_add_func ("/extract/risk-commitments", test_risk_commitments);
  g_test_add_func ("/extract/risk-not-risks", test_risk_not_risks);
  g_test_add_func ("/extract/risk-labels", test_risk_labels);
  g_test_add_func ("/extract/events", test_events);
  g_test_add_func ("/extract/merge-sources", test_merge_sources);
  g_test_add_func ("/extract/empty-and-large", test_empty_and_large);
  return g_test_run ();
}
