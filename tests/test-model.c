/* test-model.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-briefing.h"
#include "pl-enum-types.h"
#include "pl-error.h"
#include "pl-test-util.h"

static void
count_cb (gpointer object,
          guint *counter)
{
  (*counter)++;
}

static void
count_notify_cb (GObject *object,
                 GParamSpec *pspec,
                 guint *counter)
{
  (*counter)++;
}

static void
test_properties_notify_once (void)
{
  g_autoptr (PlReaction) reaction = pl_reaction_new ();
  guint notified = 0, changed = 0;
  g_autofree char *actor = NULL;
  PlStance stance;

  g_signal_connect (reaction, "notify::actor", G_CALLBACK (count_notify_cb), &notified);
  g_signal_connect (reaction, "changed", G_CALLBACK (count_cb), &changed);

  pl_reaction_set_actor (reaction, "Critics");
  pl_reaction_set_actor (reaction, "Critics");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpstr (pl_item_get_label (PL_ITEM (reaction)), ==, "Critics");

  /* Blank optional texts are stored as NULL. */
  pl_reaction_set_actor (reaction, "   ");
  g_assert_null (pl_reaction_get_actor (reaction));
  g_assert_cmpuint (notified, ==, 2);

  g_object_set (reaction, "actor", "Analysts", "stance", PL_STANCE_OPPOSE, NULL);
  g_object_get (reaction, "actor", &actor, "stance", &stance, NULL);
  g_assert_cmpstr (actor, ==, "Analysts");
  g_assert_cmpint (stance, ==, PL_STANCE_OPPOSE);
  g_assert_cmpint (pl_reaction_get_stance (reaction), ==, PL_STANCE_OPPOSE);
}

static void
test_defaults (void)
{
  g_autoptr (PlPhase) phase = pl_phase_new ();
  g_autoptr (PlReaction) reaction = pl_reaction_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  g_autoptr (PlComponent) component = pl_component_new ();

  g_assert_cmpint (pl_phase_get_status (phase), ==, PL_STATUS_UNKNOWN);
  g_assert_cmpuint (pl_phase_get_index (phase), ==, 0);
  g_assert_false (pl_date_is_set (pl_phase_get_start (phase)));
  g_assert_cmpint (pl_reaction_get_stance (reaction), ==, PL_STANCE_NEUTRAL);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_MEDIUM);
  g_assert_cmpint (pl_component_get_category (component), ==, PL_CATEGORY_OTHER);
  g_assert_cmpstr (pl_enum_to_nick (PL_TYPE_STANCE, PL_STANCE_SKEPTICAL), ==, "skeptical");
  g_assert_cmpstr (pl_enum_to_nick (PL_TYPE_ACTOR_KIND, PL_ACTOR_KIND_ORGANIZATION), ==, "organization");
}

static void
test_field_strings (void)
{
  g_autoptr (PlRisk) risk = pl_risk_new ();
  g_autoptr (PlPhase) phase = pl_phase_new ();
  g_autoptr (GError) error = NULL;
  const PlField *severity = pl_item_class_find_field (PL_ITEM_GET_CLASS (risk), "severity");
  const PlField *start = pl_item_class_find_field (PL_ITEM_GET_CLASS (phase), "start");
  const PlField *index = pl_item_class_find_field (PL_ITEM_GET_CLASS (phase), "index");
  g_autofree char *text = NULL;

  g_assert_nonnull (severity);
  g_assert_true (pl_item_set_field_string (PL_ITEM (risk), severity, "high", &error));
  g_assert_no_error (error);
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);

  g_assert_false (pl_item_set_field_string (PL_ITEM (risk), severity, "extreme", &error));
  g_assert_error (error, PL_ERROR, PL_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "low, medium, high"));
  g_assert_cmpint (pl_risk_get_severity (risk), ==, PL_LEVEL_HIGH);
  g_clear_error (&error);

  g_assert_false (pl_item_set_field_string (PL_ITEM (phase), start, "soon", &error));
  g_assert_error (error, PL_ERROR, PL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (pl_item_set_field_string (PL_ITEM (phase), start, "2026-01~", &error));
  text = pl_item_dup_field_string (PL_ITEM (phase), start);
  g_assert_cmpstr (text, ==, "2026-01~");

  g_assert_false (pl_item_set_field_string (PL_ITEM (phase), index, "-1", &error));
  g_clear_error (&error);
  g_assert_true (pl_item_set_field_string (PL_ITEM (phase), index, "3", &error));
  g_assert_cmpuint (pl_phase_get_index (phase), ==, 3);
}

static void
test_sanitize (void)
{
  g_autoptr (PlSource) source = pl_source_new ();
  g_autofree char *excerpt = NULL;

  /* Invalid UTF-8 and characters XML cannot hold must never reach a
   * saved file; control characters keep their place as U+FFFD so that
   * character offsets stay right. */
  pl_source_set_text (source, "a\001b\xff"
                              "c");
  g_assert_true (g_utf8_validate (pl_source_get_text (source), -1, NULL));
  g_assert_cmpstr (pl_source_get_text (source), ==, "a\xef\xbf\xbd"
                                                    "b\xef\xbf\xbd"
                                                    "c");
  g_assert_cmpuint (pl_source_get_length (source), ==, 5);
  excerpt = pl_source_dup_excerpt (source, 2, 5);
  g_assert_cmpstr (excerpt, ==, "b\xef\xbf\xbd"
                                "c");
}

static void
test_excerpt (void)
{
  g_autoptr (PlSource) source = pl_source_new ();
  GString *text = g_string_new (NULL);
  g_autofree char *excerpt = NULL;

  /* Long enough to cross the excerpt index's stride several times. */
  for (guint i = 0; i < 1000; i++)
    g_string_append (text, i % 2 ? "é" : "a");
  g_string_append (text, "🚀end");
  pl_source_set_text (source, text->str);
  g_string_free (text, TRUE);

  g_assert_cmpuint (pl_source_get_length (source), ==, 1004);
  excerpt = pl_source_dup_excerpt (source, 999, 1004);
  g_assert_cmpstr (excerpt, ==, "é🚀end");
  g_clear_pointer (&excerpt, g_free);
  excerpt = pl_source_dup_excerpt (source, 1000, 5000);
  g_assert_cmpstr (excerpt, ==, "🚀end");
  g_clear_pointer (&excerpt, g_free);
  excerpt = pl_source_dup_excerpt (source, 10, 10);
  g_assert_cmpstr (excerpt, ==, "");
}

static void
test_changed_propagates (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlPhase) phase = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();
  g_autoptr (PlComponent) removed = NULL;
  guint changed = 0;

  g_signal_connect (briefing, "changed", G_CALLBACK (count_cb), &changed);

  pl_briefing_set_title (briefing, "Plan");
  g_assert_cmpuint (changed, ==, 1);
  pl_briefing_add_item (briefing, PL_ITEM (phase));
  g_assert_cmpuint (changed, ==, 2);
  pl_phase_set_name (phase, "One");
  g_assert_cmpuint (changed, ==, 3);
  pl_phase_add_component (phase, component);
  g_assert_cmpuint (changed, ==, 4);
  pl_component_set_text (component, "Aid");
  g_assert_cmpuint (changed, ==, 5);
  pl_item_add_evidence (PL_ITEM (component), "s1", 0, 3);
  g_assert_cmpuint (changed, ==, 6);

  /* A removed item no longer reaches the briefing. */
  removed = g_object_ref (component);
  g_assert_true (pl_briefing_remove_item (briefing, PL_ITEM (component)));
  g_assert_cmpuint (changed, ==, 7);
  pl_component_set_text (removed, "Other");
  g_assert_cmpuint (changed, ==, 7);

  g_assert_true (pl_briefing_remove_item (briefing, PL_ITEM (phase)));
  g_assert_cmpuint (changed, ==, 8);
  pl_phase_set_name (phase, "Two");
  g_assert_cmpuint (changed, ==, 8);
  g_assert_false (pl_briefing_remove_item (briefing, PL_ITEM (phase)));
}

static void
test_ids (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlPhase) a = pl_phase_new ();
  g_autoptr (PlPhase) b = pl_phase_new ();
  g_autoptr (PlPhase) c = pl_phase_new ();
  g_autoptr (PlComponent) x = pl_component_new ();
  g_autoptr (PlComponent) y = pl_component_new ();

  pl_item_set_id (PL_ITEM (a), "p2");
  pl_briefing_add_item (briefing, PL_ITEM (a));
  pl_briefing_add_item (briefing, PL_ITEM (b));
  pl_item_set_id (PL_ITEM (c), "p2");
  pl_briefing_add_item (briefing, PL_ITEM (c));

  g_assert_cmpstr (pl_item_get_id (PL_ITEM (a)), ==, "p2");
  g_assert_nonnull (pl_item_get_id (PL_ITEM (b)));
  g_assert_nonnull (pl_item_get_id (PL_ITEM (c)));
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (b)), !=, "p2");
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (c)), !=, "p2");
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (b)), !=, pl_item_get_id (PL_ITEM (c)));
  g_assert_true (pl_briefing_lookup (briefing, "p2") == PL_ITEM (a));
  g_assert_true (pl_briefing_lookup_phase (briefing, pl_item_get_id (PL_ITEM (c))) == c);
  g_assert_null (pl_briefing_lookup_source (briefing, "p2"));

  /* Components added to a phase get ids when the briefing ensures them. */
  pl_phase_add_component (a, x);
  pl_item_set_id (PL_ITEM (y), "p2");
  pl_phase_add_component (a, y);
  pl_briefing_ensure_ids (briefing);
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (x)), ==, "c1");
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (y)), ==, "c2");
  g_assert_true (pl_briefing_lookup (briefing, "c2") == PL_ITEM (y));
  g_assert_cmpuint (pl_briefing_get_n_items (briefing), ==, 5);
}

static void
test_many_items (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();

  /* Adding is O(1) each: this would take minutes if every add rebuilt
   * the id index. */
  for (guint i = 0; i < 20000; i++)
    {
      g_autoptr (PlRisk) risk = pl_risk_new ();
      pl_briefing_add_item (briefing, PL_ITEM (risk));
    }
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_risks (briefing)), ==, 20000);
  g_assert_nonnull (pl_briefing_lookup (briefing, "k20000"));
}

static void
test_copy (void)
{
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  PlPhase *phase = pl_briefing_lookup_phase (briefing, "p2");
  g_autoptr (PlItem) copy = pl_item_copy (PL_ITEM (phase));
  g_autoptr (PlComponent) component = NULL;
  g_autoptr (PlComponent) original = NULL;

  g_assert_cmpstr (pl_item_get_id (copy), ==, "p2");
  g_assert_cmpstr (pl_phase_get_name (PL_PHASE (copy)), ==, "Phase two");
  g_assert_cmpstr (pl_phase_get_parent (PL_PHASE (copy)), ==, "p1");
  g_assert_cmpuint (g_list_model_get_n_items (pl_phase_get_components (PL_PHASE (copy))), ==, 1);
  component = g_list_model_get_item (pl_phase_get_components (PL_PHASE (copy)), 0);
  original = g_list_model_get_item (pl_phase_get_components (phase), 0);
  g_assert_true (component != original);
  g_assert_cmpstr (pl_component_get_text (component), ==, pl_component_get_text (original));
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (component)), ==, 1);
}

static void
test_merge (void)
{
  g_autoptr (PlBriefing) a = pl_test_make_briefing ();
  g_autoptr (PlBriefing) b = pl_test_make_briefing ();
  g_autoptr (PlBriefing) empty = pl_briefing_new ();
  g_autoptr (PlPhase) phase = NULL;
  g_autoptr (PlEvent) event = NULL;
  const PlEvidence *evidence;
  guint n_before = pl_briefing_get_n_items (a);

  pl_briefing_merge (a, b);
  g_assert_cmpuint (pl_briefing_get_n_items (a), ==, 2 * n_before);
  g_assert_cmpuint (g_list_model_get_n_items (pl_briefing_get_sources (a)), ==, 2);

  /* The second copy of p2 was renamed, and what pointed at b's items
   * points at their renamed copies. */
  phase = g_list_model_get_item (pl_briefing_get_phases (a), 3);
  g_assert_cmpstr (pl_phase_get_name (phase), ==, "Phase two");
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (phase)), !=, "p2");
  g_assert_nonnull (pl_briefing_lookup_phase (a, pl_phase_get_parent (phase)));
  g_assert_cmpstr (pl_phase_get_parent (phase), !=, "p1");
  event = g_list_model_get_item (pl_briefing_get_events (a), 1);
  g_assert_cmpstr (pl_event_get_phase (event), ==, pl_phase_get_parent (phase));
  evidence = pl_item_get_evidence (PL_ITEM (event), 0);
  g_assert_cmpstr (evidence->source, !=, "s1");
  g_assert_nonnull (pl_briefing_lookup_source (a, evidence->source));

  /* b itself is unchanged. */
  g_assert_nonnull (pl_briefing_lookup_phase (b, "p2"));

  /* Header fields come from the first briefing that has them. */
  pl_briefing_merge (empty, a);
  g_assert_cmpstr (pl_briefing_get_title (empty), ==, pl_briefing_get_title (a));
  g_assert_cmpuint (pl_briefing_get_n_items (empty), ==, 2 * n_before);
}

static void
test_evidence_text (void)
{
  g_autoptr (PlBriefing) briefing = pl_test_make_briefing ();
  PlItem *reaction = pl_briefing_lookup (briefing, "r1");
  g_autofree char *text = pl_briefing_dup_evidence_text (briefing, pl_item_get_evidence (reaction, 1));
  g_autoptr (PlEvidence) dangling = pl_evidence_new ("nowhere", 0, 1);

  g_assert_cmpstr (text, ==, "Ceasefire");
  g_assert_null (pl_briefing_dup_evidence_text (briefing, dangling));
  pl_item_remove_evidence (reaction, 0);
  g_assert_cmpuint (pl_item_get_n_evidence (reaction), ==, 1);
  pl_item_clear_evidence (reaction);
  g_assert_cmpuint (pl_item_get_n_evidence (reaction), ==, 0);
}

/* Adding a phase indexes its components: looking one up by id finds it at
 * once, without a full rebuild in between. */
static void
test_lookup_components (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlPhase) phase = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();
  g_autoptr (PlComponent) clash = pl_component_new ();
  g_autoptr (PlPhase) second = pl_phase_new ();

  pl_item_set_id (PL_ITEM (component), "c1");
  pl_component_set_text (component, "Open the crossings");
  pl_phase_add_component (phase, component);
  pl_briefing_add_item (briefing, PL_ITEM (phase));
  g_assert_true (pl_briefing_lookup (briefing, "c1") == PL_ITEM (component));
  g_assert_true (pl_briefing_lookup (briefing, pl_item_get_id (PL_ITEM (phase))) == PL_ITEM (phase));

  /* A component whose id is taken: the index is rebuilt, the lookup still right. */
  pl_item_set_id (PL_ITEM (clash), "c1");
  pl_component_set_text (clash, "Another");
  pl_phase_add_component (second, clash);
  pl_briefing_add_item (briefing, PL_ITEM (second));
  g_assert_true (pl_briefing_lookup (briefing, "c1") == PL_ITEM (component));
  g_assert_true (pl_briefing_lookup (briefing, pl_item_get_id (PL_ITEM (second))) == PL_ITEM (second));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/model/properties/notify-once", test_properties_notify_once);
  g_test_add_func ("/model/properties/defaults", test_defaults);
  g_test_add_func ("/model/properties/field-strings", test_field_strings);
  g_test_add_func ("/model/text/sanitize", test_sanitize);
  g_test_add_func ("/model/text/excerpt", test_excerpt);
  g_test_add_func ("/model/briefing/changed", test_changed_propagates);
  g_test_add_func ("/model/briefing/ids", test_ids);
  g_test_add_func ("/model/briefing/many-items", test_many_items);
  g_test_add_func ("/model/briefing/copy", test_copy);
  g_test_add_func ("/model/briefing/merge", test_merge);
  g_test_add_func ("/model/briefing/evidence-text", test_evidence_text);
  g_test_add_func ("/model/briefing/lookup-components", test_lookup_components);
  return g_test_run ();
}
