/* test-article-view.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The article view under Xvfb, in a plain GtkWindow: the source's text,
 * the selected item's evidence highlighted and scrolled to, the switcher
 * between sources, the "add-item" hook on selected text, and the empty
 * state.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "pl-application.h"
#include "pl-article-view.h"
#include "pl-loader.h"
#include "pl-test-gui.h"


typedef enum
{
  BRIEFING_BUILTIN,
  BRIEFING_TWO_SOURCES,
  BRIEFING_EMPTY,
} BriefingKind;

typedef struct
{
  GtkWindow *window;
  PlArticleView *view;
  PlViewState *state;
  PlBriefing *briefing;
} Fixture;

static PlSource *
make_source (const char *id,
             const char *title,
             const char *text,
             const PlBlock *blocks,
             guint n_blocks)
{
  PlSource *source = pl_source_new ();

  pl_item_set_id (PL_ITEM (source), id);
  pl_source_set_title (source, title);
  pl_source_set_text (source, text);
  pl_source_set_blocks (source, blocks, n_blocks);
  return source;
}

/* Two sources; a reaction with evidence in the second ("welcomed the
 * plan", after an accented word and a list item), a risk with none. */
static PlBriefing *
make_two_source_briefing (void)
{
  static const char first_text[] = "First report\nThe ceasefire holds.";
  static const PlBlock first_blocks[] = {
    { PL_BLOCK_HEADING, 1, 0, 12 },
    { PL_BLOCK_PARAGRAPH, 0, 13, 33 },
  };
  static const char second_text[] = "Reactions\nCafé owners:\nKeep talking\nThe mayor welcomed the plan.";
  static const PlBlock second_blocks[] = {
    { PL_BLOCK_HEADING, 1, 0, 9 },
    { PL_BLOCK_PARAGRAPH, 0, 10, 22 },
    { PL_BLOCK_LIST_ITEM, 1, 23, 35 },
    { PL_BLOCK_QUOTE, 0, 36, 64 },
  };
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlSource) first = make_source ("s1", "First report", first_text, first_blocks, 2);
  g_autoptr (PlSource) second = make_source ("s2", "Second report", second_text, second_blocks, 4);
  g_autoptr (PlReaction) reaction = pl_reaction_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  const char *at = strstr (second_text, "welcomed the plan");
  guint start = (guint) g_utf8_pointer_to_offset (second_text, at);

  pl_briefing_add_item (briefing, PL_ITEM (first));
  pl_briefing_add_item (briefing, PL_ITEM (second));
  pl_reaction_set_actor (reaction, "The mayor");
  pl_reaction_set_text (reaction, "Welcomed the plan");
  pl_item_add_evidence (PL_ITEM (reaction), "s2", start, start + (guint) strlen ("welcomed the plan"));
  pl_briefing_add_item (briefing, PL_ITEM (reaction));
  pl_risk_set_text (risk, "Talks may stall");
  pl_briefing_add_item (briefing, PL_ITEM (risk));
  return briefing;
}

static void
fixture_setup (Fixture *fixture,
               gconstpointer data)
{
  BriefingKind kind = GPOINTER_TO_INT (data);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 480, 360);
  fixture->view = PL_ARTICLE_VIEW (pl_article_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  fixture->state = pl_view_state_new ();
  fixture->briefing = kind == BRIEFING_BUILTIN       ? pl_builtin_briefing_new ()
                      : kind == BRIEFING_TWO_SOURCES ? make_two_source_briefing ()
                                                     : pl_briefing_new ();
  pl_view_state_set_briefing (fixture->state, fixture->briefing);
  pl_article_view_set_view_state (fixture->view, fixture->state);
  gtk_window_present (fixture->window);
  pl_test_gui_wait_for (pl_test_gui_is_drawn, fixture->view);
}

static void
fixture_teardown (Fixture *fixture,
                  gconstpointer data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->state);
  g_clear_object (&fixture->briefing);
  pl_test_gui_drain ();
}

/* Helpers */

static GtkTextBuffer *
get_buffer (Fixture *fixture)
{
  return gtk_text_view_get_buffer (pl_article_view_get_text_view (fixture->view));
}

static char *
dup_buffer_text (Fixture *fixture)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (get_buffer (fixture), &start, &end);
  return gtk_text_buffer_get_text (get_buffer (fixture), &start, &end, FALSE);
}

/* The text under the "evidence" tag, one string per span. */
static GPtrArray *
dup_tagged_spans (Fixture *fixture)
{
  GtkTextBuffer *buffer = get_buffer (fixture);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "evidence");
  GPtrArray *spans = g_ptr_array_new_with_free_func (g_free);
  GtkTextIter iter;

  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (gtk_text_iter_starts_tag (&iter, tag) || gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    {
      GtkTextIter end = iter;

      g_assert_true (gtk_text_iter_starts_tag (&iter, tag));
      gtk_text_iter_forward_to_tag_toggle (&end, tag);
      g_ptr_array_add (spans, gtk_text_iter_get_text (&iter, &end));
      iter = end;
    }
  return spans;
}

/* Whether the evidence's first character is on screen. */
static gboolean
evidence_visible (gpointer data)
{
  Fixture *fixture = data;
  GtkTextView *text_view = pl_article_view_get_text_view (fixture->view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (get_buffer (fixture)),
                                               "evidence");
  GdkRectangle visible, location;
  GtkTextIter iter;

  gtk_text_buffer_get_start_iter (get_buffer (fixture), &iter);
  if (!gtk_text_iter_forward_to_tag_toggle (&iter, tag))
    return FALSE;
  gtk_text_view_get_visible_rect (text_view, &visible);
  gtk_text_view_get_iter_location (text_view, &iter, &location);
  return location.y >= visible.y && location.y + location.height <= visible.y + visible.height;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType type,
             const char *action_name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (action_name == NULL ||
       g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action_name) == 0))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_spans_match (Fixture *fixture,
                    PlItem *item)
{
  g_autoptr (GPtrArray) spans = dup_tagged_spans (fixture);
  const char *source_id = pl_item_get_id (PL_ITEM (pl_article_view_get_source (fixture->view)));
  guint n = 0;

  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *evidence = pl_item_get_evidence (item, i);
      g_autofree char *expected = NULL;

      if (g_strcmp0 (evidence->source, source_id) != 0)
        continue;
      expected = pl_briefing_dup_evidence_text (pl_view_state_get_briefing (
                                                    pl_article_view_get_view_state (fixture->view)),
                                                evidence);
      g_assert_cmpuint (n, <, spans->len);
      g_assert_cmpstr (g_ptr_array_index (spans, n), ==, expected);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (spans->len, ==, n);
}

/* Tests */

static void
test_text (Fixture *fixture,
           gconstpointer data)
{
  PlSource *source = pl_article_view_get_source (fixture->view);
  g_autofree char *text = dup_buffer_text (fixture);
  g_autoptr (GString) selected = NULL;
  g_autofree char *selected_text = NULL;
  GtkTextIter start, end;
  guint n_blocks;
  const PlBlock *blocks = pl_source_get_blocks (source, &n_blocks);

  g_assert_nonnull (source);
  g_assert_true (g_str_has_prefix (text, pl_source_get_title (source)));
  if (pl_source_get_byline (source) != NULL)
    g_assert_nonnull (strstr (text, pl_source_get_byline (source)));
  for (guint i = 0; i < n_blocks; i++)
    {
      g_autofree char *excerpt = pl_source_dup_excerpt (source, blocks[i].start, blocks[i].end);

      g_assert_nonnull (strstr (text, excerpt));
    }

  /* The whole source selected is its text, give or take the bullets. */
  pl_article_view_select (fixture->view, 0, pl_source_get_length (source));
  g_assert_true (gtk_text_buffer_get_selection_bounds (get_buffer (fixture), &start, &end));
  selected_text = gtk_text_buffer_get_text (get_buffer (fixture), &start, &end, FALSE);
  selected = g_string_new (selected_text);
  g_string_replace (selected, "•\t", "", 0);
  g_assert_cmpstr (selected->str, ==, pl_source_get_text (source));
}

static void
test_evidence (Fixture *fixture,
               gconstpointer data)
{
  GListModel *phases = pl_briefing_get_phases (fixture->briefing);
  g_autoptr (PlPhase) phase = g_list_model_get_item (phases, 0);
  g_autoptr (PlItem) component = g_list_model_get_item (pl_phase_get_components (phase), 0);
  g_autoptr (GPtrArray) spans = NULL;
  g_autoptr (PlItem) last = NULL;
  GListModel *risks = pl_briefing_get_risks (fixture->briefing);

  g_assert_cmpuint (pl_item_get_n_evidence (component), >, 0);
  pl_view_state_set_selected (fixture->state, component);
  assert_spans_match (fixture, component);
  pl_test_gui_wait_for (evidence_visible, fixture);

  /* Far down the article: the view scrolls to it. */
  g_assert_cmpuint (g_list_model_get_n_items (risks), >, 0);
  last = g_list_model_get_item (risks, g_list_model_get_n_items (risks) - 1);
  g_assert_cmpuint (pl_item_get_n_evidence (last), >, 0);
  pl_view_state_set_selected (fixture->state, last);
  assert_spans_match (fixture, last);
  pl_test_gui_wait_for (evidence_visible, fixture);

  pl_view_state_set_selected (fixture->state, NULL);
  spans = dup_tagged_spans (fixture);
  g_assert_cmpuint (spans->len, ==, 0);
}

static void
test_switch (Fixture *fixture,
             gconstpointer data)
{
  GListModel *sources = pl_briefing_get_sources (fixture->briefing);
  g_autoptr (PlSource) first = g_list_model_get_item (sources, 0);
  g_autoptr (PlSource) second = g_list_model_get_item (sources, 1);
  g_autoptr (PlItem) reaction = g_list_model_get_item (pl_briefing_get_reactions (fixture->briefing), 0);
  g_autoptr (PlItem) risk = g_list_model_get_item (pl_briefing_get_risks (fixture->briefing), 0);
  GtkWidget *switcher = find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, NULL);
  g_autoptr (GPtrArray) spans = NULL;
  g_autofree char *text = NULL;

  g_assert_nonnull (switcher);
  g_assert_true (gtk_widget_is_visible (switcher));
  g_assert_true (pl_article_view_get_source (fixture->view) == first);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (switcher)), ==, 0);

  pl_view_state_set_selected (fixture->state, reaction);
  g_assert_true (pl_article_view_get_source (fixture->view) == second);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (switcher)), ==, 1);
  assert_spans_match (fixture, reaction);
  text = dup_buffer_text (fixture);
  g_assert_nonnull (strstr (text, "Café owners"));

  /* Back by hand: the highlight stays with its source. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (switcher), 0);
  g_assert_true (pl_article_view_get_source (fixture->view) == first);
  spans = dup_tagged_spans (fixture);
  g_assert_cmpuint (spans->len, ==, 0);
  g_clear_pointer (&spans, g_ptr_array_unref);

  /* An item without evidence clears the highlight and stays put. */
  pl_view_state_set_selected (fixture->state, NULL);
  pl_view_state_set_selected (fixture->state, reaction);
  g_assert_true (pl_article_view_get_source (fixture->view) == second);
  pl_view_state_set_selected (fixture->state, risk);
  g_assert_true (pl_article_view_get_source (fixture->view) == second);
  spans = dup_tagged_spans (fixture);
  g_assert_cmpuint (spans->len, ==, 0);
}

typedef struct
{
  guint count;
  GType type;
  PlSource *source;
  guint start;
  guint end;
} AddRecord;

static void
add_item_cb (PlArticleView *view,
             GType type,
             PlSource *source,
             guint start,
             guint end,
             AddRecord *record)
{
  record->count++;
  record->type = type;
  record->source = source;
  record->start = start;
  record->end = end;
}

/* The actions are enabled and the "Add Selection As" bar shown exactly
 * when some of the article's text is selected. */
static void
assert_add_enabled (Fixture *fixture,
                    gboolean enabled)
{
  static const char *const actions[] = {
    "article.add-component", "article.add-reaction", "article.add-risk", "article.add-event"
  };
  GtkWidget *revealer = find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_REVEALER, NULL);
  AddRecord record = { 0 };
  gulong id = g_signal_connect (fixture->view, "add-item", G_CALLBACK (add_item_cb), &record);

  g_assert_nonnull (revealer);
  g_assert_cmpint (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)), ==, enabled);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_activate_action (GTK_WIDGET (fixture->view), actions[i], NULL);
  g_assert_cmpuint (record.count, ==, enabled ? G_N_ELEMENTS (actions) : 0);
  g_signal_handler_disconnect (fixture->view, id);
}

static void
test_add (Fixture *fixture,
          gconstpointer data)
{
  static const char words[] = "Scaling up humanitarian aid";
  PlSource *source = pl_article_view_get_source (fixture->view);
  const char *text = pl_source_get_text (source);
  const char *at = strstr (text, words);
  guint expected_start = (guint) g_utf8_pointer_to_offset (text, at);
  GtkTextBuffer *buffer = get_buffer (fixture);
  AddRecord record = { 0 };
  GtkTextIter iter, start, end;
  guint got_start, got_end;

  g_assert_nonnull (at);
  g_signal_connect (fixture->view, "add-item", G_CALLBACK (add_item_cb), &record);
  assert_add_enabled (fixture, FALSE);
  g_assert_cmpuint (record.count, ==, 0);

  /* Selected as the user would, in the buffer: a list item, after bullets. */
  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (gtk_text_iter_forward_search (&iter, words, 0, &start, &end, NULL));
  gtk_text_buffer_select_range (buffer, &start, &end);
  assert_add_enabled (fixture, TRUE);
  record.count = 0;
  g_assert_true (pl_article_view_get_selection (fixture->view, &got_start, &got_end));
  g_assert_cmpuint (got_start, ==, expected_start);
  g_assert_cmpuint (got_end, ==, expected_start + strlen (words));

  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.add-reaction", NULL);
  g_assert_cmpuint (record.count, ==, 1);
  g_assert_true (record.type == PL_TYPE_REACTION);
  g_assert_true (record.source == source);
  g_assert_cmpuint (record.start, ==, expected_start);
  g_assert_cmpuint (record.end, ==, expected_start + strlen (words));
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.add-event", NULL);
  g_assert_true (record.type == PL_TYPE_EVENT);

  /* The selection taken back off disables the actions again. */
  gtk_text_buffer_place_cursor (buffer, &start);
  assert_add_enabled (fixture, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.add-component", NULL);
  g_assert_cmpuint (record.count, ==, 2);

  /* The header alone is not the article's text. */
  gtk_text_buffer_get_start_iter (buffer, &start);
  end = start;
  gtk_text_iter_forward_chars (&end, 5);
  gtk_text_buffer_select_range (buffer, &start, &end);
  assert_add_enabled (fixture, FALSE);
}

static void
test_add_offsets (Fixture *fixture,
                  gconstpointer data)
{
  AddRecord record = { 0 };
  g_autoptr (PlSource) second = g_list_model_get_item (pl_briefing_get_sources (fixture->briefing), 1);
  const char *text;

  pl_article_view_set_source (fixture->view, second);
  text = pl_source_get_text (second);
  g_signal_connect (fixture->view, "add-item", G_CALLBACK (add_item_cb), &record);
  /* "Keep talking" (after "é", in a list item) to "The mayor". */
  pl_article_view_select (fixture->view, 23, 45);
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "article.add-component", NULL);
  g_assert_cmpuint (record.count, ==, 1);
  g_assert_true (record.type == PL_TYPE_COMPONENT);
  g_assert_true (record.source == second);
  g_assert_cmpuint (record.start, ==, 23);
  g_assert_cmpuint (record.end, ==, 45);
  g_assert_true (g_str_has_prefix (g_utf8_offset_to_pointer (text, 23), "Keep talking"));
}

static void
test_empty (Fixture *fixture,
            gconstpointer data)
{
  GtkStack *stack = GTK_STACK (find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_STACK, NULL));
  g_autoptr (PlBriefing) builtin = pl_builtin_briefing_new ();

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (pl_article_view_get_source (fixture->view));
  assert_add_enabled (fixture, FALSE);

  pl_view_state_set_briefing (fixture->state, builtin);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "article");
  g_assert_nonnull (pl_article_view_get_source (fixture->view));
  g_assert_false (gtk_widget_is_visible (find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, NULL)));

  pl_view_state_set_briefing (fixture->state, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (pl_article_view_get_source (fixture->view));
}

static gboolean
buffer_has (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *text = dup_buffer_text (fixture);

  return strstr (text, "Edited words") != NULL;
}

static gboolean
shows_one_source (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *switcher = find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, NULL);

  return !gtk_widget_is_visible (switcher);
}

static void
test_briefing_changes (Fixture *fixture,
                       gconstpointer data)
{
  GListModel *sources = pl_briefing_get_sources (fixture->briefing);
  g_autoptr (PlSource) first = g_list_model_get_item (sources, 0);
  g_autoptr (PlSource) second = g_list_model_get_item (sources, 1);
  GtkWidget *switcher = find_widget (GTK_WIDGET (fixture->view), GTK_TYPE_DROP_DOWN, NULL);

  pl_source_set_blocks (first, NULL, 0);
  pl_source_set_text (first, "Edited words");
  pl_test_gui_wait_for (buffer_has, fixture);

  /* The shown source removed: the other one is shown, alone. */
  g_assert_true (pl_briefing_remove_item (fixture->briefing, PL_ITEM (first)));
  pl_test_gui_wait_for (shows_one_source, fixture);
  g_assert_true (pl_article_view_get_source (fixture->view) == second);
  g_assert_false (gtk_widget_is_visible (switcher));
}

static void
add_test (const char *path,
          BriefingKind kind,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, GINT_TO_POINTER (kind), fixture_setup, func, fixture_teardown);
}

int
main (int argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_test_init (&argc, &argv, NULL);

  add_test ("/article-view/text", BRIEFING_BUILTIN, test_text);
  add_test ("/article-view/text/blocks", BRIEFING_TWO_SOURCES, test_text);
  add_test ("/article-view/evidence", BRIEFING_BUILTIN, test_evidence);
  add_test ("/article-view/switch", BRIEFING_TWO_SOURCES, test_switch);
  add_test ("/article-view/add", BRIEFING_BUILTIN, test_add);
  add_test ("/article-view/add/offsets", BRIEFING_TWO_SOURCES, test_add_offsets);
  add_test ("/article-view/empty", BRIEFING_EMPTY, test_empty);
  add_test ("/article-view/briefing-changes", BRIEFING_TWO_SOURCES, test_briefing_changes);

  return pl_test_gui_run ();
}
