/* test-details-panel.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The details panel under Xvfb, in a plain GtkWindow with a view state of
 * its own: the form made from each kind of item's fields, the edits it
 * offers as "edit-field" or applies itself, refused dates, refreshing when
 * the item changes elsewhere, Escape, Tab and the empty state.
 */

#include "config.h"

#include <gtk/gtk.h>

#include <string.h>

#include "pl-application.h"
#include "pl-details-panel.h"
#include "pl-labels.h"
#include "pl-loader.h"
#include "pl-test-gui.h"


static void
wait_until_drawn (GtkWidget *widget)
{
  pl_test_gui_wait_for (pl_test_gui_is_drawn, widget);
}

/* A briefing made in code. */

static const char article[] =
    "The ceasefire begins on 10 October. The United Nations welcomed the plan. "
    "Spoilers could break the truce.";

static void
add_evidence (PlItem *item,
              const char *words)
{
  const char *at = strstr (article, words);

  g_assert_nonnull (at);
  pl_item_add_evidence (item, "s1", (guint) (at - article), (guint) (at - article + strlen (words)));
}

static PlDate
parse_date (const char *text)
{
  PlDate date;

  g_assert_true (pl_date_parse (text, &date));
  return date;
}

static void
add_phases (PlBriefing *briefing)
{
  g_autoptr (PlPhase) first = pl_phase_new ();
  g_autoptr (PlPhase) second = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();
  PlDate start = parse_date ("2025-10-10");
  PlDate end = parse_date ("2025-11~");

  pl_item_set_id (PL_ITEM (first), "p1");
  pl_phase_set_index (first, 1);
  pl_phase_set_name (first, "Ceasefire");
  pl_phase_set_status (first, PL_STATUS_CURRENT);
  pl_phase_set_start (first, &start);
  pl_phase_set_end (first, &end);
  pl_phase_set_summary (first, "Fighting stops.");
  add_evidence (PL_ITEM (first), "The ceasefire begins on 10 October.");
  pl_item_set_id (PL_ITEM (component), "c1");
  pl_component_set_text (component, "Hostages are released");
  pl_component_set_category (component, PL_CATEGORY_HUMANITARIAN);
  pl_phase_add_component (first, component);
  pl_briefing_add_item (briefing, PL_ITEM (first));

  pl_item_set_id (PL_ITEM (second), "p2");
  pl_phase_set_index (second, 2);
  pl_phase_set_name (second, "Withdrawal");
  pl_phase_set_parent (second, "p1");
  pl_briefing_add_item (briefing, PL_ITEM (second));
}

static PlBriefing *
make_briefing (void)
{
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlSource) source = pl_source_new ();
  g_autoptr (PlReaction) reaction = pl_reaction_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  g_autoptr (PlEvent) event = pl_event_new ();
  PlDate date = parse_date ("2025-10-10");

  pl_briefing_set_title (briefing, "Details");
  pl_item_set_id (PL_ITEM (source), "s1");
  pl_source_set_title (source, "Truce announced");
  pl_source_set_text (source, article);
  pl_briefing_add_item (briefing, PL_ITEM (source));
  add_phases (briefing);

  pl_item_set_id (PL_ITEM (reaction), "r1");
  pl_reaction_set_actor (reaction, "United Nations");
  pl_reaction_set_actor_kind (reaction, PL_ACTOR_KIND_ORGANIZATION);
  pl_reaction_set_stance (reaction, PL_STANCE_SUPPORT);
  pl_reaction_set_text (reaction, "Welcomed the plan.");
  pl_reaction_set_quote (reaction, "A step towards peace.");
  add_evidence (PL_ITEM (reaction), "The United Nations welcomed the plan.");
  pl_briefing_add_item (briefing, PL_ITEM (reaction));

  pl_item_set_id (PL_ITEM (risk), "k1");
  pl_risk_set_text (risk, "Spoilers could break the truce.");
  pl_risk_set_severity (risk, PL_LEVEL_HIGH);
  pl_briefing_add_item (briefing, PL_ITEM (risk));

  pl_item_set_id (PL_ITEM (event), "e1");
  pl_event_set_text (event, "The ceasefire began.");
  pl_event_set_date (event, &date);
  pl_event_set_phase (event, "p1");
  pl_briefing_add_item (briefing, PL_ITEM (event));
  return briefing;
}

/* The fixture: the panel in a window, and the edits it offered. */

typedef struct
{
  GtkWindow *window;
  PlDetailsPanel *panel;
  PlViewState *state;
  PlBriefing *briefing;
  GPtrArray *edits; /* of "item-id field=value" */
} Fixture;

static void
edit_field_cb (PlDetailsPanel *panel,
               PlItem *item,
               const char *field_name,
               const char *value,
               Fixture *fixture)
{
  g_ptr_array_add (fixture->edits, g_strdup_printf ("%s %s=%s", pl_item_get_id (item), field_name,
                                                    value ? value : "(null)"));
}

static void
fixture_setup (Fixture *fixture,
               PlBriefing *briefing)
{
  fixture->briefing = briefing;
  fixture->edits = g_ptr_array_new_with_free_func (g_free);
  fixture->state = pl_view_state_new ();
  pl_view_state_set_briefing (fixture->state, briefing);
  fixture->panel = PL_DETAILS_PANEL (g_object_new (PL_TYPE_DETAILS_PANEL, "view-state", fixture->state, NULL));
  g_signal_connect (fixture->panel, "edit-field", G_CALLBACK (edit_field_cb), fixture);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 420, 900);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->panel));
  gtk_window_present (fixture->window);
  wait_until_drawn (GTK_WIDGET (fixture->panel));
}

static void
fixture_teardown (Fixture *fixture)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->state);
  g_clear_object (&fixture->briefing);
  g_ptr_array_unref (fixture->edits);
}

static void
select_item (Fixture *fixture,
             const char *id)
{
  PlItem *item = pl_briefing_lookup (fixture->briefing, id);

  g_assert_nonnull (item);
  pl_view_state_set_selected (fixture->state, item);
  pl_test_gui_drain ();
  g_assert_cmpstr (_pl_details_panel_get_page (fixture->panel), ==, "item");
}

static GtkWidget *
editor (Fixture *fixture,
        const char *field_name)
{
  GtkWidget *widget = _pl_details_panel_get_editor (fixture->panel, field_name);

  g_assert_nonnull (widget);
  return widget;
}

static const char *
entry_text (Fixture *fixture,
            const char *field_name)
{
  return gtk_editable_get_text (GTK_EDITABLE (editor (fixture, field_name)));
}

static char *
text_view_text (Fixture *fixture,
                const char *field_name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor (fixture, field_name)));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
dropdown_label (Fixture *fixture,
                const char *field_name)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (editor (fixture, field_name));
  GtkStringObject *selected = gtk_drop_down_get_selected_item (dropdown);

  return selected ? gtk_string_object_get_string (selected) : NULL;
}

static void
choose (Fixture *fixture,
        const char *field_name,
        const char *label)
{
  GtkDropDown *dropdown = GTK_DROP_DOWN (editor (fixture, field_name));
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      {
        gtk_drop_down_set_selected (dropdown, i);
        return;
      }
  g_assert_not_reached ();
}

/* Enter in an entry: the text inside it is what activates. */
static void
activate (GtkWidget *entry)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "activate");
}

static void
type_and_activate (Fixture *fixture,
                   const char *field_name,
                   const char *text)
{
  GtkWidget *entry = editor (fixture, field_name);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  activate (entry);
  pl_test_gui_drain ();
}

static void
assert_edits (Fixture *fixture,
              const char *const *expected)
{
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < fixture->edits->len; i++)
    g_test_message ("edit: %s", (char *) g_ptr_array_index (fixture->edits, i));
  for (guint i = 0; i < MIN (n, fixture->edits->len); i++)
    g_assert_cmpstr (g_ptr_array_index (fixture->edits, i), ==, expected[i]);
  g_assert_cmpuint (fixture->edits->len, ==, n);
  g_ptr_array_set_size (fixture->edits, 0);
}

/* Sends Escape to the panel's key controller on @widget, as a key press would. */
static gboolean
press_escape (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (g_strcmp0 (gtk_event_controller_get_name (controller), "pl-details-escape") == 0)
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_Escape, 0, 0, &handled);
    }
  return handled;
}

/* Tests. */

static void
test_empty (void)
{
  Fixture fixture;

  fixture_setup (&fixture, make_briefing ());
  g_assert_cmpstr (_pl_details_panel_get_page (fixture.panel), ==, "empty");
  g_assert_null (pl_details_panel_get_item (fixture.panel));

  select_item (&fixture, "p1");
  pl_view_state_set_selected (fixture.state, NULL);
  pl_test_gui_drain ();
  g_assert_cmpstr (_pl_details_panel_get_page (fixture.panel), ==, "empty");

  /* Removing the selected item empties the panel too. */
  select_item (&fixture, "r1");
  pl_briefing_remove_item (fixture.briefing, pl_briefing_lookup (fixture.briefing, "r1"));
  pl_test_gui_drain ();
  g_assert_cmpstr (_pl_details_panel_get_page (fixture.panel), ==, "empty");
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  fixture_teardown (&fixture);
}

static void
test_phase (void)
{
  Fixture fixture;
  g_autofree char *summary = NULL;
  GtkWidget *evidence;

  fixture_setup (&fixture, make_briefing ());
  select_item (&fixture, "p1");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Phase 1");
  g_assert_cmpstr (entry_text (&fixture, "name"), ==, "Ceasefire");
  g_assert_cmpstr (dropdown_label (&fixture, "status"), ==, pl_status_get_label (PL_STATUS_CURRENT));
  g_assert_cmpstr (entry_text (&fixture, "start"), ==, "2025-10-10");
  g_assert_cmpstr (entry_text (&fixture, "end"), ==, "2025-11~");
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (editor (&fixture, "index"))), ==, 1);
  summary = text_view_text (&fixture, "summary");
  g_assert_cmpstr (summary, ==, "Fighting stops.");
  g_assert_cmpstr (dropdown_label (&fixture, "parent"), ==, "None");

  evidence = gtk_widget_get_first_child (_pl_details_panel_get_evidence_box (fixture.panel));
  g_assert_nonnull (evidence);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_first_child (evidence))), ==, "Truce announced");
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (evidence))), ==,
                   "“The ceasefire begins on 10 October.”");

  /* A phase nested in another offers the others as its parent, not itself. */
  select_item (&fixture, "p2");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Phase 2");
  g_assert_cmpstr (dropdown_label (&fixture, "parent"), ==, "1. Ceasefire");
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (editor (&fixture, "parent")))), ==, 2);
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  fixture_teardown (&fixture);
}

static void
test_other_kinds (void)
{
  Fixture fixture;
  g_autofree char *statement = NULL;
  g_autofree char *quote = NULL;

  fixture_setup (&fixture, make_briefing ());
  select_item (&fixture, "r1");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Reaction");
  g_assert_cmpstr (entry_text (&fixture, "actor"), ==, "United Nations");
  g_assert_cmpstr (dropdown_label (&fixture, "actor-kind"), ==, pl_actor_kind_get_label (PL_ACTOR_KIND_ORGANIZATION));
  g_assert_cmpstr (dropdown_label (&fixture, "stance"), ==, pl_stance_get_label (PL_STANCE_SUPPORT));
  statement = text_view_text (&fixture, "text");
  quote = text_view_text (&fixture, "quote");
  g_assert_cmpstr (statement, ==, "Welcomed the plan.");
  g_assert_cmpstr (quote, ==, "A step towards peace.");

  select_item (&fixture, "c1");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Component of Ceasefire");
  g_assert_cmpstr (dropdown_label (&fixture, "category"), ==, pl_category_get_label (PL_CATEGORY_HUMANITARIAN));

  select_item (&fixture, "k1");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Risk");
  g_assert_cmpstr (dropdown_label (&fixture, "severity"), ==, pl_level_get_label (PL_LEVEL_HIGH));
  g_assert_cmpstr (dropdown_label (&fixture, "likelihood"), ==, pl_level_get_label (PL_LEVEL_MEDIUM));
  g_assert_null (gtk_widget_get_first_child (_pl_details_panel_get_evidence_box (fixture.panel)));

  select_item (&fixture, "e1");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Event");
  g_assert_cmpstr (entry_text (&fixture, "date"), ==, "2025-10-10");
  g_assert_cmpstr (dropdown_label (&fixture, "phase"), ==, "1. Ceasefire");
  choose (&fixture, "phase", "None");
  assert_edits (&fixture, (const char *[]){ "e1 phase=(null)", NULL });
  fixture_teardown (&fixture);
}

static void
test_edit_signal (void)
{
  Fixture fixture;
  PlPhase *phase;

  fixture_setup (&fixture, make_briefing ());
  phase = pl_briefing_lookup_phase (fixture.briefing, "p1");
  select_item (&fixture, "p1");

  /* Typing alone offers nothing; Enter does; the item is left alone. */
  gtk_editable_set_text (GTK_EDITABLE (editor (&fixture, "name")), "Truce");
  pl_test_gui_drain ();
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  activate (editor (&fixture, "name"));
  assert_edits (&fixture, (const char *[]){ "p1 name=Truce", NULL });
  g_assert_cmpstr (pl_phase_get_name (phase), ==, "Ceasefire");

  /* Enter on an unchanged value, or on what the item already has, offers nothing. */
  type_and_activate (&fixture, "start", "2025-10-10");
  assert_edits (&fixture, (const char *[]){ NULL });

  choose (&fixture, "status", pl_status_get_label (PL_STATUS_COMPLETED));
  choose (&fixture, "parent", "2. Withdrawal");
  type_and_activate (&fixture, "end", "");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (editor (&fixture, "index")), 3);
  assert_edits (&fixture, (const char *[]){ "p1 status=completed", "p1 parent=p2", "p1 end=(null)", "p1 index=3", NULL });
  g_assert_cmpint (pl_phase_get_status (phase), ==, PL_STATUS_CURRENT);
  fixture_teardown (&fixture);
}

static void
test_focus_out (void)
{
  Fixture fixture;
  GtkTextView *summary;

  fixture_setup (&fixture, make_briefing ());
  select_item (&fixture, "p1");

  gtk_widget_grab_focus (editor (&fixture, "name"));
  gtk_editable_set_text (GTK_EDITABLE (editor (&fixture, "name")), "Truce");
  summary = GTK_TEXT_VIEW (editor (&fixture, "summary"));
  gtk_widget_grab_focus (GTK_WIDGET (summary));
  pl_test_gui_drain ();
  assert_edits (&fixture, (const char *[]){ "p1 name=Truce", NULL });

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (summary), "Fighting stops everywhere.", -1);
  pl_test_gui_drain ();
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  gtk_widget_grab_focus (editor (&fixture, "name"));
  pl_test_gui_drain ();
  assert_edits (&fixture, (const char *[]){ "p1 summary=Fighting stops everywhere.", NULL });

  /* Selecting another item does not lose what was typed. */
  gtk_editable_set_text (GTK_EDITABLE (editor (&fixture, "name")), "Armistice");
  pl_view_state_set_selected (fixture.state, pl_briefing_lookup (fixture.briefing, "r1"));
  pl_test_gui_drain ();
  assert_edits (&fixture, (const char *[]){ "p1 name=Armistice", NULL });
  fixture_teardown (&fixture);
}

static void
stop_edit_cb (PlDetailsPanel *panel)
{
  g_signal_stop_emission_by_name (panel, "edit-field");
}

static void
test_apply (void)
{
  Fixture fixture;
  PlReaction *reaction;
  gulong stop_id;

  fixture_setup (&fixture, make_briefing ());
  g_assert_false (pl_details_panel_get_apply_edits (fixture.panel));
  g_object_set (fixture.panel, "apply-edits", TRUE, NULL);
  reaction = PL_REACTION (pl_briefing_lookup (fixture.briefing, "r1"));
  select_item (&fixture, "r1");

  type_and_activate (&fixture, "actor", "  UN Secretary-General ");
  g_assert_cmpstr (pl_reaction_get_actor (reaction), ==, "UN Secretary-General");
  g_assert_cmpstr (entry_text (&fixture, "actor"), ==, "UN Secretary-General");
  choose (&fixture, "stance", pl_stance_get_label (PL_STANCE_SKEPTICAL));
  g_assert_cmpint (pl_reaction_get_stance (reaction), ==, PL_STANCE_SKEPTICAL);
  assert_edits (&fixture, (const char *[]){ "r1 actor=UN Secretary-General", "r1 stance=skeptical", NULL });

  /* A handler that stops the signal keeps the panel from applying it. */
  stop_id = g_signal_connect (fixture.panel, "edit-field", G_CALLBACK (stop_edit_cb), NULL);
  type_and_activate (&fixture, "actor", "Someone else");
  g_assert_cmpstr (pl_reaction_get_actor (reaction), ==, "UN Secretary-General");
  g_signal_handler_disconnect (fixture.panel, stop_id);
  fixture_teardown (&fixture);
}

static void
test_invalid_date (void)
{
  Fixture fixture;
  GtkWidget *start;

  fixture_setup (&fixture, make_briefing ());
  g_object_set (fixture.panel, "apply-edits", TRUE, NULL);
  select_item (&fixture, "p1");
  start = editor (&fixture, "start");

  type_and_activate (&fixture, "start", "next Tuesday");
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (start), "next Tuesday"));
  g_assert_cmpstr (entry_text (&fixture, "start"), ==, "next Tuesday");
  g_assert_cmpint (pl_phase_get_start (pl_briefing_lookup_phase (fixture.briefing, "p1"))->day, ==, 10);

  /* A change elsewhere keeps the refused text for the user to correct. */
  pl_phase_set_name (pl_briefing_lookup_phase (fixture.briefing, "p1"), "Truce");
  pl_test_gui_drain ();
  g_assert_cmpstr (entry_text (&fixture, "start"), ==, "next Tuesday");

  type_and_activate (&fixture, "start", "2025-12~");
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  assert_edits (&fixture, (const char *[]){ "p1 start=2025-12~", NULL });
  g_assert_cmpint (pl_phase_get_start (pl_briefing_lookup_phase (fixture.briefing, "p1"))->month, ==, 12);
  fixture_teardown (&fixture);
}

static void
test_refresh (void)
{
  Fixture fixture;
  PlPhase *phase;
  PlDate end = parse_date ("2026");

  fixture_setup (&fixture, make_briefing ());
  phase = pl_briefing_lookup_phase (fixture.briefing, "p1");
  select_item (&fixture, "p1");

  pl_phase_set_name (phase, "Truce");
  pl_phase_set_status (phase, PL_STATUS_PLANNED);
  pl_phase_set_end (phase, &end);
  pl_item_add_evidence (PL_ITEM (phase), "s1", 0, 3);
  pl_test_gui_drain ();
  g_assert_cmpstr (entry_text (&fixture, "name"), ==, "Truce");
  g_assert_cmpstr (dropdown_label (&fixture, "status"), ==, pl_status_get_label (PL_STATUS_PLANNED));
  g_assert_cmpstr (entry_text (&fixture, "end"), ==, "2026");
  g_assert_nonnull (gtk_widget_get_next_sibling (gtk_widget_get_first_child (_pl_details_panel_get_evidence_box (fixture.panel))));
  g_assert_cmpuint (fixture.edits->len, ==, 0);

  /* The component's heading follows its phase's name. */
  select_item (&fixture, "c1");
  g_assert_cmpstr (_pl_details_panel_get_heading (fixture.panel), ==, "Component of Truce");

  /* An edit in progress survives a change from outside; Escape then goes
   * back to the item's new value. */
  select_item (&fixture, "p1");
  gtk_widget_grab_focus (editor (&fixture, "name"));
  gtk_editable_set_text (GTK_EDITABLE (editor (&fixture, "name")), "Draft");
  pl_phase_set_name (phase, "Armistice");
  pl_test_gui_drain ();
  g_assert_cmpstr (entry_text (&fixture, "name"), ==, "Draft");
  g_assert_true (press_escape (editor (&fixture, "name")));
  g_assert_cmpstr (entry_text (&fixture, "name"), ==, "Armistice");
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  fixture_teardown (&fixture);
}

static void
test_escape (void)
{
  Fixture fixture;
  GtkWidget *summary, *start;
  g_autofree char *text = NULL;

  fixture_setup (&fixture, make_briefing ());
  select_item (&fixture, "p1");

  summary = editor (&fixture, "summary");
  gtk_widget_grab_focus (summary);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (summary)), "Nothing", -1);
  g_assert_true (press_escape (summary));
  text = text_view_text (&fixture, "summary");
  g_assert_cmpstr (text, ==, "Fighting stops.");
  /* Nothing to take back: Escape is left to others. */
  g_assert_false (press_escape (summary));

  start = editor (&fixture, "start");
  type_and_activate (&fixture, "start", "soon");
  g_assert_true (gtk_widget_has_css_class (start, "error"));
  g_assert_true (press_escape (start));
  g_assert_false (gtk_widget_has_css_class (start, "error"));
  g_assert_cmpstr (entry_text (&fixture, "start"), ==, "2025-10-10");

  gtk_widget_grab_focus (editor (&fixture, "index"));
  gtk_editable_set_text (GTK_EDITABLE (editor (&fixture, "index")), "7");
  g_assert_true (press_escape (editor (&fixture, "index")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor (&fixture, "index"))), ==, "1");
  gtk_widget_grab_focus (summary);
  pl_test_gui_drain ();
  g_assert_cmpuint (fixture.edits->len, ==, 0);
  fixture_teardown (&fixture);
}

static gboolean
is_in (GtkWidget *widget,
       GtkWidget *ancestor)
{
  return widget == ancestor || gtk_widget_is_ancestor (widget, ancestor);
}

/* Tab goes through every field of a reaction, in order. */
static void
test_tab (void)
{
  static const char *const fields[] = { "actor", "actor-kind", "stance", "text", "quote" };
  Fixture fixture;
  guint next = 0;

  fixture_setup (&fixture, make_briefing ());
  select_item (&fixture, "r1");
  gtk_widget_grab_focus (editor (&fixture, "actor"));
  for (guint i = 0; i < 40 && next < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture.window));

      if (focus != NULL && is_in (focus, editor (&fixture, fields[next])))
        next++;
      if (!gtk_widget_child_focus (GTK_WIDGET (fixture.window), GTK_DIR_TAB_FORWARD))
        break;
    }
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (fields));
  fixture_teardown (&fixture);
}

static void
test_builtin (void)
{
  Fixture fixture;
  GListModel *phases, *reactions;
  g_autoptr (PlPhase) phase = NULL;
  g_autoptr (PlReaction) reaction = NULL;

  fixture_setup (&fixture, pl_builtin_briefing_new ());
  phases = pl_briefing_get_phases (fixture.briefing);
  reactions = pl_briefing_get_reactions (fixture.briefing);
  g_assert_cmpuint (g_list_model_get_n_items (phases), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (reactions), >, 0);

  phase = g_list_model_get_item (phases, 0);
  select_item (&fixture, pl_item_get_id (PL_ITEM (phase)));
  g_assert_cmpstr (entry_text (&fixture, "name"), ==, pl_phase_get_name (phase));
  g_assert_cmpstr (dropdown_label (&fixture, "status"), ==, pl_status_get_label (pl_phase_get_status (phase)));
  g_assert_cmpuint (pl_item_get_n_evidence (PL_ITEM (phase)), >, 0);
  g_assert_nonnull (gtk_widget_get_first_child (_pl_details_panel_get_evidence_box (fixture.panel)));

  reaction = g_list_model_get_item (reactions, 0);
  select_item (&fixture, pl_item_get_id (PL_ITEM (reaction)));
  g_assert_cmpstr (entry_text (&fixture, "actor"), ==, pl_reaction_get_actor (reaction));
  g_assert_cmpstr (dropdown_label (&fixture, "stance"), ==, pl_stance_get_label (pl_reaction_get_stance (reaction)));
  g_assert_cmpstr (dropdown_label (&fixture, "actor-kind"), ==,
                   pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)));

  g_object_set (fixture.panel, "apply-edits", TRUE, NULL);
  type_and_activate (&fixture, "actor", "Someone");
  g_assert_cmpstr (pl_reaction_get_actor (reaction), ==, "Someone");
  fixture_teardown (&fixture);
}

int
main (int argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/details/empty", test_empty);
  g_test_add_func ("/details/phase", test_phase);
  g_test_add_func ("/details/other-kinds", test_other_kinds);
  g_test_add_func ("/details/edit/signal", test_edit_signal);
  g_test_add_func ("/details/edit/focus-out", test_focus_out);
  g_test_add_func ("/details/edit/apply", test_apply);
  g_test_add_func ("/details/edit/invalid-date", test_invalid_date);
  g_test_add_func ("/details/refresh", test_refresh);
  g_test_add_func ("/details/escape", test_escape);
  g_test_add_func ("/details/tab", test_tab);
  g_test_add_func ("/details/builtin", test_builtin);

  return pl_test_gui_run ();
}
