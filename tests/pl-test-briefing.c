/* pl-test-briefing.c: believable synthetic briefings of any size, for
 * tests and benchmarks.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-test-briefing.h"

static const char *const phase_names[] = {
  "Ceasefire",
  "Hostage and detainee exchange",
  "Aid corridors",
  "Troop withdrawal",
  "Disarmament",
  "Border reopening",
  "Transitional governance",
  "Reconstruction",
  "Donor conference",
  "Elections",
  "Security handover",
  "Monitoring mission",
};

static const char *const component_texts[][2] = {
  { "Release of ", " detainees held since the start of the conflict" },
  { "Opening of ", " crossings for aid lorries every day" },
  { "Withdrawal of forces to a line ", " kilometres from the border" },
  { "A monitoring committee of ", " members from neutral states" },
  { "Reconstruction of ", " schools and clinics" },
  { "A fund of ", " million dollars for reconstruction" },
  { "Handover of ", " checkpoints to the transitional police" },
  { "Elections within ", " months of the ceasefire" },
  { "Return of ", " thousand displaced families to their homes" },
  { "A technocratic committee of ", " administrators to run public services" },
};

static const char *const event_texts[][2] = {
  { "Mediators meet in ", "" },
  { "First aid convoy reaches ", "" },
  { "Talks suspended after clashes near ", "" },
  { "Prisoner exchange completed in ", "" },
  { "Monitoring mission deploys to ", "" },
  { "Donors pledge funds at a meeting in ", "" },
  { "Crossing at ", " reopens" },
  { "Security council endorses the plan in ", "" },
};

static const char *const places[] = {
  "Cairo",
  "Doha",
  "Geneva",
  "Rafah",
  "Amman",
  "New York",
  "Istanbul",
  "the northern valley",
};

static const char *const actors[] = {
  "The United Nations",
  "The European Union",
  "The foreign minister",
  "Local councils",
  "Aid agencies",
  "The opposition",
  "Regional analysts",
  "Residents",
};

static const char *const reaction_texts[] = {
  "Welcomed the phase as a needed step.",
  "Said the timetable was too ambitious.",
  "Called for guarantees before the next phase.",
  "Rejected the terms as one-sided.",
  "Asked for more detail on funding.",
};

static const char *const risk_texts[] = {
  "Renewed fighting could stall the withdrawal",
  "Funding shortfalls may delay reconstruction",
  "Disputes over the monitoring mandate",
  "Spoilers may attack aid convoys",
  "Elections could be postponed indefinitely",
};

typedef struct
{
  guint start; /* Julian days */
  guint end;   /* exclusive */
} Span;

typedef struct
{
  GRand *rand;          /* owned */
  PlBriefing *briefing; /* borrowed */
  gboolean dated;
  guint first_day; /* Julian day of the plan's first day */
  guint n_days;
  guint n_phases;
  guint n_sources;
  Span *spans;          /* owned; per phase */
  PlPhase **phases;     /* owned array of borrowed phases */
  guint *source_length; /* owned; per source */
} Generator;

#define PICK(gen, array) ((array)[g_rand_int_range ((gen)->rand, 0, (gint32) G_N_ELEMENTS (array))])

static PlDate
date_from_julian (guint julian,
                  PlDatePrecision precision)
{
  GDate g;

  g_date_clear (&g, 1);
  g_date_set_julian (&g, julian);
  return pl_date_make (g_date_get_year (&g), precision >= PL_DATE_PRECISION_MONTH ? g_date_get_month (&g) : 0,
                       precision >= PL_DATE_PRECISION_DAY ? g_date_get_day (&g) : 0);
}

/* Mostly days, some months, a few years; now and then approximate. */
static PlDate
random_date (Generator *gen,
             guint julian,
             gboolean allow_time)
{
  double r = g_rand_double (gen->rand);
  PlDate date;

  if (r < 0.06)
    date = date_from_julian (julian, PL_DATE_PRECISION_YEAR);
  else if (r < 0.2)
    date = date_from_julian (julian, PL_DATE_PRECISION_MONTH);
  else
    date = date_from_julian (julian, PL_DATE_PRECISION_DAY);
  if (allow_time && r > 0.9)
    {
      date.hour = (guint8) g_rand_int_range (gen->rand, 0, 24);
      date.minute = (guint8) (g_rand_int_range (gen->rand, 0, 4) * 15);
      date.precision = PL_DATE_PRECISION_MINUTE;
      date.has_utc_offset = TRUE;
    }
  if (g_rand_double (gen->rand) < 0.08)
    date.approximate = TRUE;
  return date;
}

static void
add_evidence (Generator *gen,
              PlItem *item)
{
  guint source = (guint) g_rand_int_range (gen->rand, 0, (gint32) gen->n_sources);
  guint length = gen->source_length[source];
  guint start = (guint) g_rand_int_range (gen->rand, 0, (gint32) (length - 60));
  g_autofree char *id = g_strdup_printf ("s%u", source + 1);

  pl_item_add_evidence (item, id, start, start + 20 + (guint) g_rand_int_range (gen->rand, 0, 40));
}

static void
add_sources (Generator *gen)
{
  for (guint i = 0; i < gen->n_sources; i++)
    {
      g_autoptr (PlSource) source = pl_source_new ();
      g_autoptr (GString) text = g_string_new (NULL);
      g_autofree char *id = g_strdup_printf ("s%u", i + 1);
      g_autofree char *title = g_strdup_printf ("%s: report %u on the plan", PICK (gen, places), i + 1);
      g_autofree char *url = g_strdup_printf ("https://news.example/plan/%u", i + 1);
      PlDate published = date_from_julian (gen->first_day + (guint) ((double) gen->n_days * (i + 0.5) / gen->n_sources),
                                           PL_DATE_PRECISION_DAY);

      for (guint s = 0; s < 12; s++)
        g_string_append_printf (text, "On day %u of the talks, %s: %s ", s + 1, PICK (gen, actors),
                                PICK (gen, reaction_texts));
      pl_item_set_id (PL_ITEM (source), id);
      pl_source_set_title (source, title);
      pl_source_set_byline (source, "Staff reporter");
      pl_source_set_site (source, "News Example");
      pl_source_set_url (source, url);
      pl_source_set_language (source, "en");
      if (gen->dated)
        pl_source_set_published (source, &published);
      pl_source_set_text (source, text->str);
      gen->source_length[i] = pl_source_get_length (source);
      pl_briefing_add_item (gen->briefing, PL_ITEM (source));
    }
}

static PlStatus
status_for (Generator *gen,
            guint phase)
{
  guint now = gen->first_day + gen->n_days * 3 / 5;

  if (!gen->dated)
    return phase < gen->n_phases * 2 / 5    ? PL_STATUS_COMPLETED
           : phase == gen->n_phases * 2 / 5 ? PL_STATUS_CURRENT
                                            : PL_STATUS_PLANNED;
  if (gen->spans[phase].end <= now)
    return PL_STATUS_COMPLETED;
  return gen->spans[phase].start > now ? PL_STATUS_PLANNED : PL_STATUS_CURRENT;
}

/* Top-level phases follow each other, some overlapping the next; about one
 * in five is nested in the last top-level phase, inside its span. */
static void
add_phase (Generator *gen,
           guint p,
           int *last_top,
           guint *n_top)
{
  g_autoptr (PlPhase) phase = pl_phase_new ();
  g_autofree char *id = g_strdup_printf ("p%u", p + 1);
  g_autofree char *name = NULL;
  double slot = (double) gen->n_days / gen->n_phases;
  Span *span = &gen->spans[p];

  if (*last_top >= 0 && g_rand_double (gen->rand) < 0.2)
    {
      const Span *outer = &gen->spans[*last_top];
      guint length = outer->end - outer->start;
      g_autofree char *parent = g_strdup_printf ("p%d", *last_top + 1);

      span->start = outer->start + (guint) g_rand_int_range (gen->rand, 0, (gint32) MAX (1, length / 2));
      span->end = MIN (outer->end, span->start + 1 + (guint) g_rand_int_range (gen->rand, 0, (gint32) MAX (1, length / 2)));
      name = g_strdup_printf ("%s, part %u", PICK (gen, phase_names), p - (guint) *last_top);
      pl_phase_set_parent (phase, parent);
    }
  else
    {
      span->start = gen->first_day + (guint) (slot * p) + (guint) g_rand_int_range (gen->rand, 0, (gint32) MAX (1, slot / 4));
      span->end = span->start + 1 + (guint) (slot * (0.6 + 1.2 * g_rand_double (gen->rand)));
      *last_top = (int) p;
      ++*n_top;
      pl_phase_set_index (phase, *n_top);
      name = g_strdup_printf ("Phase %u: %s", *n_top, PICK (gen, phase_names));
    }

  pl_item_set_id (PL_ITEM (phase), id);
  pl_phase_set_name (phase, name);
  pl_phase_set_summary (phase, "What this phase is meant to achieve, as the plan describes it.");
  pl_phase_set_status (phase, status_for (gen, p));
  if (gen->dated)
    {
      PlDate start = random_date (gen, span->start, FALSE);
      PlDate end = random_date (gen, span->end - 1, FALSE);

      pl_phase_set_start (phase, &start);
      if (g_rand_double (gen->rand) >= 0.1)
        pl_phase_set_end (phase, &end);
    }
  add_evidence (gen, PL_ITEM (phase));
  pl_briefing_add_item (gen->briefing, PL_ITEM (phase));
  gen->phases[p] = phase;
}

static void
add_components (Generator *gen,
                guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlComponent) component = pl_component_new ();
      PlPhase *phase = gen->phases[g_rand_int_range (gen->rand, 0, (gint32) gen->n_phases)];
      const char *const *parts = PICK (gen, component_texts);
      g_autofree char *text = g_strdup_printf ("%s%u%s", parts[0], (guint) g_rand_int_range (gen->rand, 2, 400),
                                               parts[1]);

      pl_component_set_text (component, text);
      pl_component_set_category (component, (PlCategory) g_rand_int_range (gen->rand, 0, PL_CATEGORY_OTHER + 1));
      pl_component_set_status (component, g_rand_double (gen->rand) < 0.8 ? pl_phase_get_status (phase)
                                                                          : PL_STATUS_UNKNOWN);
      add_evidence (gen, PL_ITEM (component));
      pl_phase_add_component (phase, component);
    }
}

/* Events cluster around their phase's span; most name it. */
static void
add_events (Generator *gen,
            guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlEvent) event = pl_event_new ();
      guint p = (guint) g_rand_int_range (gen->rand, 0, (gint32) gen->n_phases);
      g_autofree char *phase = g_strdup_printf ("p%u", p + 1);
      const char *const *parts = PICK (gen, event_texts);
      g_autofree char *text = g_strdup_printf ("%s%s%s", parts[0], PICK (gen, places), parts[1]);
      const Span *span = &gen->spans[p];
      guint day = span->start + (guint) g_rand_int_range (gen->rand, 0, (gint32) (span->end - span->start + 30));

      if (gen->dated)
        {
          PlDate date = random_date (gen, MAX (day, 31u) - 30, TRUE);
          pl_event_set_date (event, &date);
        }
      pl_event_set_text (event, text);
      if (g_rand_double (gen->rand) < 0.7)
        pl_event_set_phase (event, phase);
      add_evidence (gen, PL_ITEM (event));
      pl_briefing_add_item (gen->briefing, PL_ITEM (event));
    }
}

static void
add_reactions_and_risks (Generator *gen,
                         guint n_reactions,
                         guint n_risks)
{
  for (guint i = 0; i < n_reactions; i++)
    {
      g_autoptr (PlReaction) reaction = pl_reaction_new ();

      pl_reaction_set_actor (reaction, PICK (gen, actors));
      pl_reaction_set_actor_kind (reaction, (PlActorKind) g_rand_int_range (gen->rand, 0, PL_ACTOR_KIND_PUBLIC + 1));
      pl_reaction_set_stance (reaction, (PlStance) g_rand_int_range (gen->rand, 0, PL_STANCE_NEUTRAL + 1));
      pl_reaction_set_text (reaction, PICK (gen, reaction_texts));
      if (g_rand_boolean (gen->rand))
        pl_reaction_set_quote (reaction, "We will judge the plan by what happens on the ground.");
      add_evidence (gen, PL_ITEM (reaction));
      pl_briefing_add_item (gen->briefing, PL_ITEM (reaction));
    }
  for (guint i = 0; i < n_risks; i++)
    {
      g_autoptr (PlRisk) risk = pl_risk_new ();

      pl_risk_set_text (risk, PICK (gen, risk_texts));
      pl_risk_set_category (risk, (PlCategory) g_rand_int_range (gen->rand, 0, PL_CATEGORY_OTHER + 1));
      pl_risk_set_likelihood (risk, (PlLevel) g_rand_int_range (gen->rand, 0, PL_LEVEL_HIGH + 1));
      pl_risk_set_severity (risk, (PlLevel) g_rand_int_range (gen->rand, 0, PL_LEVEL_HIGH + 1));
      add_evidence (gen, PL_ITEM (risk));
      pl_briefing_add_item (gen->briefing, PL_ITEM (risk));
    }
}

static void
set_header (Generator *gen,
            guint n_items)
{
  g_autofree char *title = g_strdup_printf ("Generated plan of %u items", n_items);
  PlDate published = date_from_julian (gen->first_day + gen->n_days * 3 / 5, PL_DATE_PRECISION_DAY);

  pl_briefing_set_title (gen->briefing, title);
  pl_briefing_set_subtitle (gen->briefing, "A synthetic briefing for tests and benchmarks");
  pl_briefing_set_byline (gen->briefing, "Phaseline test suite");
  if (gen->dated)
    pl_briefing_set_published (gen->briefing, &published);
}

/**
 * pl_test_briefing_generate:
 * @n_items: about how many items: phases, components, events, sources,
 *   reactions and risks together
 * @seed: the same seed gives the same briefing
 * @dated: whether phases, events and sources have dates; without them the
 *   timeline shows phases in sequence
 *
 * A believable plan: about one phase per 50 items, some nested and some
 * overlapping, across years when @dated, with statuses from completed to
 * planned; components with categories; mostly events; a few sources with
 * their text, which every item cites; reactions and risks.
 *
 * Returns: (transfer full): the briefing, with ids
 */
PlBriefing *
pl_test_briefing_generate (guint n_items,
                           guint32 seed,
                           gboolean dated)
{
  PlBriefing *briefing = pl_briefing_new ();
  Generator gen = { 0 };
  GDate first;
  guint rest, n_components, n_reactions, n_risks, n_top = 0;
  int last_top = -1;

  gen.rand = g_rand_new_with_seed (seed);
  gen.briefing = briefing;
  gen.dated = dated;
  gen.n_phases = MAX (1, (n_items + 25) / 50);
  gen.n_sources = CLAMP (n_items / 250 + 1, 1, 400);
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 6, G_DATE_MARCH, 2018);
  gen.first_day = g_date_get_julian (&first);
  gen.n_days = 365 * CLAMP (gen.n_phases / 3 + 2, 2, 40);
  gen.spans = g_new0 (Span, gen.n_phases);
  gen.phases = g_new0 (PlPhase *, gen.n_phases);
  gen.source_length = g_new0 (guint, gen.n_sources);

  rest = n_items > gen.n_phases + gen.n_sources ? n_items - gen.n_phases - gen.n_sources : 0;
  n_components = rest * 3 / 10;
  n_reactions = rest / 20;
  n_risks = rest / 20;

  set_header (&gen, n_items);
  add_sources (&gen);
  for (guint p = 0; p < gen.n_phases; p++)
    add_phase (&gen, p, &last_top, &n_top);
  add_components (&gen, n_components);
  add_events (&gen, rest - n_components - n_reactions - n_risks);
  add_reactions_and_risks (&gen, n_reactions, n_risks);
  pl_briefing_ensure_ids (briefing);

  g_free (gen.spans);
  g_free (gen.phases);
  g_free (gen.source_length);
  g_rand_free (gen.rand);
  return briefing;
}
