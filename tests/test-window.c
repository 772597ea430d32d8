/* test-window.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drives the real application in this process: PlApplication is made with
 * pl_application_new_for_testing() (non-unique, so it never takes a name
 * on the session bus) and run with g_application_run(); the tests run from
 * an idle callback once it has started. Needs a display (xvfb-run) and
 * GSETTINGS_SCHEMA_DIR pointing at the compiled schema. Recent files go
 * to a data directory inside the temporary directory, never the user's.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <string.h>

#include "pl-application.h"
#include "pl-format.h"
#include "pl-json.h"
#include "pl-loader.h"
#include "pl-phase-row.h"
#include "pl-window-private.h"
#include "pl-test-gui.h"

/* Nothing here should take more than a moment; fail rather than hang. */
static char *tmpdir;

static gboolean
window_is_idle (gpointer data)
{
  return !pl_window_get_busy (PL_WINDOW (data));
}

static void
wait_until_idle (PlWindow *window)
{
  pl_test_gui_wait_for (window_is_idle, window);
}

static PlWindow *
new_window (void)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static PlPhase *
make_phase (guint index,
            const char *name,
            PlStatus status)
{
  PlPhase *phase = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();
  g_autofree char *text = g_strdup_printf ("Step %u of the plan", index);

  pl_phase_set_index (phase, index);
  pl_phase_set_name (phase, name);
  pl_phase_set_status (phase, status);
  pl_phase_set_summary (phase, "What happens in this phase, in a sentence long enough to wrap.");
  pl_component_set_text (component, text);
  pl_component_set_category (component, PL_CATEGORY_DIPLOMACY);
  pl_phase_add_component (phase, component);
  return phase;
}

/* A small briefing, built in code so the tests do not depend on data files. */
static PlBriefing *
make_briefing (const char *title,
               guint n_phases)
{
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlSource) source = pl_source_new ();
  g_autoptr (PlReaction) reaction = pl_reaction_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  PlDate start = pl_date_make (2026, 3, 1);

  pl_briefing_set_title (briefing, title);
  pl_briefing_set_subtitle (briefing, "Harbour access and a joint customs board");
  pl_briefing_set_byline (briefing, "Test desk");

  pl_source_set_title (source, "Ports deal signed");
  pl_source_set_text (source, "Both sides signed the ports deal on Monday.");
  pl_briefing_add_item (briefing, PL_ITEM (source));

  for (guint i = 1; i <= n_phases; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s, stage %u", title, i);
      g_autoptr (PlPhase) phase = make_phase (i, name, i == 1 ? PL_STATUS_CURRENT : PL_STATUS_PLANNED);

      if (i == 1)
        pl_phase_set_start (phase, &start);
      pl_briefing_add_item (briefing, PL_ITEM (phase));
    }

  pl_reaction_set_actor (reaction, "Port workers' union");
  pl_reaction_set_actor_kind (reaction, PL_ACTOR_KIND_ORGANIZATION);
  pl_reaction_set_stance (reaction, PL_STANCE_MIXED);
  pl_reaction_set_text (reaction, "Welcomes the deal but fears job losses.");
  pl_reaction_set_quote (reaction, "We will watch every shift.");
  pl_briefing_add_item (briefing, PL_ITEM (reaction));

  pl_risk_set_text (risk, "Customs board deadlocks");
  pl_risk_set_category (risk, PL_CATEGORY_GOVERNANCE);
  pl_risk_set_likelihood (risk, PL_LEVEL_LOW);
  pl_risk_set_severity (risk, PL_LEVEL_HIGH);
  pl_briefing_add_item (briefing, PL_ITEM (risk));
  return briefing;
}

static GFile *
write_file (const char *name,
            const char *contents,
            gssize length)
{
  g_autofree char *path = g_build_filename (tmpdir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static GFile *
write_briefing (const char *name,
                const char *title,
                guint n_phases)
{
  g_autoptr (PlBriefing) briefing = make_briefing (title, n_phases);
  g_autoptr (GBytes) bytes = pl_format_write (briefing);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  return write_file (name, data, (gssize) length);
}

static char *
dup_json (PlBriefing *briefing)
{
  g_autoptr (GBytes) bytes = pl_json_write (briefing);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count_phase_rows (GtkWidget *widget)
{
  guint n = PL_IS_PHASE_ROW (widget) && pl_item_row_get_item (PL_ITEM_ROW (widget)) != NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_phase_rows (child);
  return n;
}

typedef struct
{
  PlWindow *window;
  guint n_rows;
} RowsWanted;

static gboolean
has_phase_rows (gpointer data)
{
  RowsWanted *wanted = data;

  return count_phase_rows (GTK_WIDGET (_pl_window_get_phase_list (wanted->window))) ==
         wanted->n_rows;
}

static guint
get_n_phases_shown (PlWindow *window)
{
  GtkSelectionModel *model = gtk_list_view_get_model (_pl_window_get_phase_list (window));

  return model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;
}

/* Opens @file and waits for the load to end. */
static void
open_and_wait (PlWindow *window,
               GFile *file)
{
  pl_window_open (window, &file, 1);
  g_assert_true (pl_window_get_busy (window));
  wait_until_idle (window);
}

static void
test_activate_builtin (void)
{
  g_autoptr (PlBriefing) builtin = pl_builtin_briefing_new ();
  guint n_phases = g_list_model_get_n_items (pl_briefing_get_phases (builtin));
  RowsWanted wanted;
  GtkWindow *active;
  PlWindow *window;

  pl_test_gui_destroy_windows ();
  g_application_activate (G_APPLICATION (pl_test_gui_app ()));

  active = gtk_application_get_active_window (GTK_APPLICATION (pl_test_gui_app ()));
  g_assert_true (PL_IS_WINDOW (active));
  window = PL_WINDOW (active);
  wait_until_idle (window);

  g_assert_cmpstr (_pl_window_get_title_text (window), ==, pl_briefing_get_title (builtin));
  g_assert_cmpstr (gtk_window_get_title (active), ==, pl_briefing_get_title (builtin));
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "Built-in example briefing");
  g_assert_cmpuint (n_phases, >, 0);
  g_assert_cmpuint (get_n_phases_shown (window), ==, n_phases);

  /* Every phase gets a row once the window is laid out. */
  wanted.window = window;
  wanted.n_rows = n_phases;
  pl_test_gui_wait_for (has_phase_rows, &wanted);

  /* Activating again presents the same window. */
  g_application_activate (G_APPLICATION (pl_test_gui_app ()));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ()))), ==, 1);
  pl_test_gui_destroy_windows ();
}

static void
test_open_file (void)
{
  g_autoptr (GFile) file = write_briefing ("ports.phaseline", "Ports deal", 3);
  PlWindow *window = new_window ();
  PlErrorBanner *banner = _pl_window_get_error_banner (window);

  /* Nothing is shown yet, so there is nothing to save. */
  g_assert_null (pl_window_get_briefing (window));

  open_and_wait (window, file);

  g_assert_nonnull (pl_window_get_briefing (window));
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Ports deal");
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "ports.phaseline");
  g_assert_cmpuint (get_n_phases_shown (window), ==, 3);
  g_assert_false (pl_error_banner_get_revealed (banner));
  g_assert_true (g_file_equal (_pl_window_get_file (window), file));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_merged (void)
{
  g_autoptr (GFile) first = write_briefing ("first.phaseline", "First plan", 2);
  g_autoptr (GFile) second = write_briefing ("second.phaseline", "Second plan", 3);
  GFile *files[] = { first, second };
  PlWindow *window = new_window ();

  pl_window_open (window, files, G_N_ELEMENTS (files));
  wait_until_idle (window);

  /* The first file's title wins; the phases of both are kept. */
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "First plan");
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "2 sources");
  g_assert_cmpuint (get_n_phases_shown (window), ==, 5);
  g_assert_null (_pl_window_get_file (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_window_count (gpointer data)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ()))) ==
         GPOINTER_TO_UINT (data);
}

static void
test_application_open (void)
{
  g_autoptr (GFile) file = write_briefing ("opened.phaseline", "Opened by the shell", 1);
  GtkWindow *window;

  pl_test_gui_destroy_windows ();
  g_application_open (G_APPLICATION (pl_test_gui_app ()), &file, 1, "");
  pl_test_gui_wait_for (has_window_count, GUINT_TO_POINTER (1));

  window = GTK_WINDOW (gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ()))->data);
  wait_until_idle (PL_WINDOW (window));
  g_assert_cmpstr (_pl_window_get_title_text (PL_WINDOW (window)), ==, "Opened by the shell");
  pl_test_gui_destroy_windows ();
}

typedef struct
{
  const char *path;
  const char *name; /* file to write, or NULL for a folder */
  const char *contents;
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "/window/open/broken/truncated", "truncated.phaseline",
    "<?xml version=\"1.0\"?>\n<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\">\n<title>Cut" },
  /* Plain text is an article now; an empty file is still nothing to open. */
  { "/window/open/broken/empty", "empty.txt", "" },
  { "/window/open/broken/folder", NULL, NULL },
};

static void
test_open_broken (gconstpointer data)
{
  const BrokenCase *test = data;
  g_autoptr (GFile) good = write_briefing ("good.phaseline", "Good briefing", 2);
  g_autoptr (GFile) broken = NULL;
  g_autofree char *display = NULL;
  g_autofree char *json_before = NULL;
  g_autofree char *json_after = NULL;
  PlWindow *window = new_window ();
  PlErrorBanner *banner = _pl_window_get_error_banner (window);
  PlBriefing *before;

  open_and_wait (window, good);
  before = pl_window_get_briefing (window);
  json_before = dup_json (before);

  if (test->name != NULL)
    broken = write_file (test->name, test->contents, -1);
  else
    broken = g_file_new_for_path (tmpdir);
  display = g_file_get_parse_name (broken);
  open_and_wait (window, broken);

  /* The banner names the file; the briefing shown before stays as it was. */
  g_assert_true (pl_error_banner_get_revealed (banner));
  g_assert_cmpstr (pl_error_banner_get_heading (banner), ==, "Could not open the briefing");
  g_assert_nonnull (strstr (pl_error_banner_get_message (banner), display));
  g_assert_true (pl_window_get_briefing (window) == before);
  json_after = dup_json (pl_window_get_briefing (window));
  g_assert_cmpstr (json_after, ==, json_before);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Good briefing");
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "good.phaseline");

  /* A good file afterwards clears the banner. */
  open_and_wait (window, good);
  g_assert_false (pl_error_banner_get_revealed (banner));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_as (void)
{
  g_autoptr (GFile) source = write_briefing ("source.phaseline", "Saved plan", 2);
  g_autofree char *target_path = g_build_filename (tmpdir, "saved copy.phaseline", NULL);
  g_autoptr (GFile) target = g_file_new_for_path (target_path);
  g_autofree char *target_uri = NULL;
  g_autoptr (PlBriefing) reloaded = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *json_shown = NULL;
  g_autofree char *json_saved = NULL;
  PlWindow *window = new_window ();

  open_and_wait (window, source);
  _pl_window_save_to_file (window, target);
  g_assert_true (pl_window_get_busy (window));
  wait_until_idle (window);

  g_assert_false (pl_error_banner_get_revealed (_pl_window_get_error_banner (window)));
  reloaded = pl_load_file (target, NULL, &error);
  g_assert_no_error (error);
  json_shown = dup_json (pl_window_get_briefing (window));
  json_saved = dup_json (reloaded);
  g_assert_cmpstr (json_saved, ==, json_shown);

  /* Save now writes to the new file. */
  g_assert_true (g_file_equal (_pl_window_get_file (window), target));
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "saved copy.phaseline");
  target_uri = g_file_get_uri (target);
  g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), target_uri));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_save_error (void)
{
  g_autoptr (GFile) source = write_briefing ("unsaved.phaseline", "Unsaved plan", 1);
  g_autoptr (GFile) folder = g_file_new_for_path (tmpdir);
  PlWindow *window = new_window ();
  PlErrorBanner *banner = _pl_window_get_error_banner (window);

  open_and_wait (window, source);
  _pl_window_save_to_file (window, folder);
  wait_until_idle (window);

  g_assert_true (pl_error_banner_get_revealed (banner));
  g_assert_cmpstr (pl_error_banner_get_heading (banner), ==, "Could not save the briefing");
  g_assert_nonnull (strstr (pl_error_banner_get_message (banner), tmpdir));
  /* The window keeps its file. */
  g_assert_true (g_file_equal (_pl_window_get_file (window), source));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export (void)
{
  g_autoptr (GFile) source = write_briefing ("export.phaseline", "Exported plan", 2);
  g_autofree char *json_path = g_build_filename (tmpdir, "export.json", NULL);
  g_autofree char *bad_path = g_build_filename (tmpdir, "export.unknown", NULL);
  g_autoptr (GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr (GFile) bad_file = g_file_new_for_path (bad_path);
  g_autofree char *written = NULL;
  g_autofree char *expected = NULL;
  g_autoptr (GError) error = NULL;
  PlWindow *window = new_window ();
  PlErrorBanner *banner = _pl_window_get_error_banner (window);

  open_and_wait (window, source);
  _pl_window_export_to_file (window, json_file);
  wait_until_idle (window);
  g_assert_false (pl_error_banner_get_revealed (banner));

  g_file_get_contents (json_path, &written, NULL, &error);
  g_assert_no_error (error);
  expected = dup_json (pl_window_get_briefing (window));
  g_assert_cmpstr (written, ==, expected);
  /* Exporting does not change where Save writes. */
  g_assert_true (g_file_equal (_pl_window_get_file (window), source));

  _pl_window_export_to_file (window, bad_file);
  wait_until_idle (window);
  g_assert_true (pl_error_banner_get_revealed (banner));
  g_assert_cmpstr (pl_error_banner_get_heading (banner), ==, "Could not export the briefing");
  g_assert_false (g_file_query_exists (bad_file, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sidebar_setting (void)
{
  GSettings *settings = pl_application_get_settings (pl_test_gui_app ());
  PlWindow *window = new_window ();
  gboolean visible;

  pl_window_show_builtin (window);
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_object_get (window, "sidebar-visible", &visible, NULL);
  g_assert_false (visible);
  g_assert_false (g_settings_get_boolean (settings, "sidebar-visible"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_assert_true (g_settings_get_boolean (settings, "sidebar-visible"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
sidebar_is_restored (gpointer data)
{
  PlWindow *window = data;

  return gtk_widget_get_width (GTK_WIDGET (window->paned)) > 0 && !window->sidebar_width_pending;
}

static int
get_sidebar_width (PlWindow *window)
{
  return gtk_widget_get_width (GTK_WIDGET (window->paned)) - gtk_paned_get_position (window->paned);
}

static PlWindow *
new_window_with_size (int width,
                      int height)
{
  PlWindow *window = pl_window_new (pl_test_gui_app ());

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (sidebar_is_restored, window);
  return window;
}

static void
test_window_state (void)
{
  GSettings *settings = pl_application_get_settings (pl_test_gui_app ());
  PlWindow *window;
  int width;
  int height;
  int restored_width;
  int restored_height;

  /* The sidebar gets the width the settings give it... */
  g_settings_set_int (settings, "sidebar-width", 360);
  window = new_window_with_size (1000, 560);
  /* (Well above the panels' least width, which varies by a few pixels with
   * their contents and the build, so the setting is what decides.) */
  {
    int sidebar_min;

    gtk_widget_measure (gtk_paned_get_end_child (window->paned), GTK_ORIENTATION_HORIZONTAL, -1, &sidebar_min, NULL,
                        NULL, NULL);
    g_assert_cmpint (sidebar_min, <, 360);
  }
  g_assert_cmpint (get_sidebar_width (window), ==, 360);

  /* ...and closing the window remembers its size and the sidebar's. GTK
   * keeps the default size at the size the window really got, which a
   * small screen may have limited. */
  gtk_paned_set_position (window->paned, gtk_widget_get_width (GTK_WIDGET (window->paned)) - 380);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, width);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, height);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  g_assert_cmpint (g_settings_get_int (settings, "sidebar-width"), ==, 380);

  /* A new window starts where the last one ended. */
  window = pl_window_new (pl_test_gui_app ());
  gtk_window_get_default_size (GTK_WINDOW (window), &restored_width, &restored_height);
  g_assert_cmpint (restored_width, ==, width);
  g_assert_cmpint (restored_height, ==, height);
  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
  pl_test_gui_wait_for (sidebar_is_restored, window);
  g_assert_cmpint (get_sidebar_width (window), ==, 380);
  gtk_window_destroy (GTK_WINDOW (window));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "sidebar-width");
}

/* Article fixtures, written for these tests. */
#define TEXT_TITLE "Harbour deal enters its second phase"
#define HTML_TITLE "Customs board named for harbour deal"

static const char article_text[] =
    TEXT_TITLE "\n"
               "\n"
               "By Test Desk\n"
               "\n"
               "The port authority said on Monday that the first phase of the harbour deal, a halt to the "
               "blockade and the reopening of the northern quay, was complete.\n"
               "\n"
               "The second phase will bring customs inspectors and a joint board to run the port. Officials "
               "expect it to begin next month.\n"
               "\n"
               "The dockworkers' union welcomed the plan but warned that jobs could be lost if the joint "
               "board moves too fast.\n";

static const char article_html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" HTML_TITLE "</title></head>\n"
    "<body><article><h1>" HTML_TITLE "</h1>\n"
    "<p>The two governments named the members of the joint customs board on Thursday, the first "
    "step of the deal's second phase.</p>\n"
    "<p>The third phase, a shared tariff schedule, is planned for next year. Traders welcomed "
    "the news.</p>\n"
    "</article></body></html>\n";

/* A feed of @n_items short articles, big enough to take a while. */
static GFile *
write_feed (const char *name,
            guint n_items)
{
  g_autoptr (GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<rss version=\"2.0\"><channel><title>Harbour Wire</title>"
                                          "<link>https://example.org/</link>\n");

  for (guint i = 0; i < n_items; i++)
    g_string_append_printf (xml,
                            "<item><title>Harbour talks, update %u</title>"
                            "<link>https://example.org/a/%u</link>"
                            "<pubDate>Mon, %02u Sep 2025 10:00:00 +0000</pubDate>"
                            "<description>&lt;p&gt;The first phase of the harbour plan begins with "
                            "the reopening of the northern port. Officials said phase two would "
                            "follow once customs inspectors are in place. Update %u.&lt;/p&gt;"
                            "</description></item>\n",
                            i, i, 1 + i % 28, i);
  g_string_append (xml, "</channel></rss>\n");
  return write_file (name, xml->str, (gssize) xml->len);
}

static guint
get_n_sources (PlWindow *window)
{
  PlBriefing *briefing = pl_window_get_briefing (window);

  return briefing != NULL ? g_list_model_get_n_items (pl_briefing_get_sources (briefing)) : 0;
}

static void
test_import_text (void)
{
  g_autoptr (GFile) file = write_file ("harbour-deal.txt", article_text, -1);
  PlWindow *window = new_window ();

  open_and_wait (window, file);

  g_assert_false (pl_error_banner_get_revealed (_pl_window_get_error_banner (window)));
  g_assert_cmpuint (get_n_sources (window), ==, 1);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, TEXT_TITLE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, TEXT_TITLE);
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "harbour-deal.txt");
  /* Save never writes a briefing over an article. */
  g_assert_null (_pl_window_get_file (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_html (void)
{
  g_autoptr (GFile) file = write_file ("customs_board.html", article_html, -1);
  PlWindow *window = new_window ();

  open_and_wait (window, file);

  g_assert_false (pl_error_banner_get_revealed (_pl_window_get_error_banner (window)));
  g_assert_cmpuint (get_n_sources (window), >=, 1);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, HTML_TITLE);
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "customs_board.html");
  g_assert_null (_pl_window_get_file (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_merged (void)
{
  g_autoptr (GFile) text = write_file ("harbour-deal.txt", article_text, -1);
  g_autoptr (GFile) page = write_file ("customs_board.html", article_html, -1);
  GFile *files[] = { text, page };
  PlWindow *window = new_window ();

  pl_window_open (window, files, G_N_ELEMENTS (files));
  wait_until_idle (window);

  /* Both articles are sources of one briefing, titled after the first. */
  g_assert_false (pl_error_banner_get_revealed (_pl_window_get_error_banner (window)));
  g_assert_cmpuint (get_n_sources (window), ==, 2);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, TEXT_TITLE);
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "2 sources");
  g_assert_null (_pl_window_get_file (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
progress_is_visible (gpointer data)
{
  return _pl_window_get_progress_visible (PL_WINDOW (data));
}

static gboolean
has_progress_updates (gpointer data)
{
  return _pl_window_get_n_progress_updates (PL_WINDOW (data)) > 0;
}

static gboolean
count_tick_cb (gpointer data)
{
  guint *n_ticks = data;

  (*n_ticks)++;
  return G_SOURCE_CONTINUE;
}

static void
test_import_progress (void)
{
  g_autoptr (GFile) feed = write_feed ("progress.xml", 300);
  PlWindow *window = new_window ();

  /* Nothing shown yet: the progress goes on the loading page. */
  _pl_window_set_progress_delay (window, 0);
  pl_window_open (window, &feed, 1);
  g_assert_false (_pl_window_get_progress_visible (window));
  pl_test_gui_wait_for (progress_is_visible, window);
  /* On a fast machine the load can end in the very iteration that showed
   * the progress; the loading page is only checked while it lasts. */
  if (pl_window_get_busy (window))
    {
      g_assert_cmpstr (gtk_stack_get_visible_child_name (window->content_stack), ==, "loading");
      g_assert_true (gtk_widget_get_visible (window->loading_progress_box));
    }

  wait_until_idle (window);
  g_assert_cmpuint (_pl_window_get_n_progress_updates (window), >, 0);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (window->loading_progress_bar), ==, 1.0);
  g_assert_false (_pl_window_get_progress_visible (window));
  g_assert_false (gtk_widget_get_visible (window->loading_progress_box));
  g_assert_cmpuint (get_n_sources (window), ==, 300);
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "progress.xml");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
spin_done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_import_cancel (void)
{
  g_autoptr (GFile) good = write_briefing ("kept.phaseline", "Kept briefing", 2);
  g_autoptr (GFile) feed = write_feed ("cancelled.xml", 1500);
  g_autofree char *json_before = NULL;
  g_autofree char *json_after = NULL;
  gboolean spun = FALSE;
  guint n_ticks = 0;
  guint tick_id;
  PlWindow *window = new_window ();
  PlBriefing *before;

  open_and_wait (window, good);
  before = pl_window_get_briefing (window);
  json_before = dup_json (before);

  /* A briefing is shown: the progress hangs over it. */
  _pl_window_set_progress_delay (window, 0);
  pl_window_open (window, &feed, 1);
  tick_id = g_timeout_add (5, count_tick_cb, &n_ticks);
  pl_test_gui_wait_for (has_progress_updates, window);
  g_assert_true (gtk_revealer_get_reveal_child (window->progress_revealer));

  /* The window stays responsive while the worker reads. */
  g_timeout_add (100, spin_done_cb, &spun);
  pl_test_gui_wait_for (is_true, &spun);
  g_assert_true (pl_window_get_busy (window));
  g_assert_cmpuint (n_ticks, >=, 5);
  g_source_remove (tick_id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-open", NULL));
  g_assert_false (_pl_window_get_progress_visible (window));
  g_assert_false (gtk_revealer_get_reveal_child (window->progress_revealer));
  wait_until_idle (window);

  /* Nothing changed, and nothing went wrong. */
  g_assert_true (pl_window_get_briefing (window) == before);
  json_after = dup_json (pl_window_get_briefing (window));
  g_assert_cmpstr (json_after, ==, json_before);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Kept briefing");
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "kept.phaseline");
  g_assert_false (pl_error_banner_get_revealed (_pl_window_get_error_banner (window)));
  g_assert_false (_pl_window_get_progress_visible (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Drops @files as the drop target's handler would. */
static void
drop_files (PlWindow *window,
            GFile *first,
            ...)
{
  g_autoptr (GSList) files = NULL;
  va_list args;

  va_start (args, first);
  for (GFile *file = first; file != NULL; file = va_arg (args, GFile *))
    files = g_slist_append (files, file);
  va_end (args);
  _pl_window_drop_files (window, files);
}

static void
test_drop_replaces_builtin (void)
{
  g_autoptr (GFile) text = write_file ("dropped.txt", article_text, -1);
  PlWindow *window = new_window ();

  /* The example is replaced without a question. */
  pl_window_show_builtin (window);
  drop_files (window, text, NULL);
  g_assert_null (_pl_window_get_drop_dialog (window));
  wait_until_idle (window);

  g_assert_cmpstr (_pl_window_get_title_text (window), ==, TEXT_TITLE);
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "dropped.txt");
  g_assert_cmpuint (get_n_sources (window), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_ask_cancel (void)
{
  g_autoptr (GFile) good = write_briefing ("asked.phaseline", "Asked briefing", 2);
  g_autoptr (GFile) text = write_file ("dropped.txt", article_text, -1);
  PlWindow *window = new_window ();
  GtkWidget *dialog;
  PlBriefing *before;

  open_and_wait (window, good);
  before = pl_window_get_briefing (window);
  drop_files (window, text, NULL);

  dialog = _pl_window_get_drop_dialog (window);
  g_assert_true (GTK_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_false (pl_window_get_busy (window));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  g_assert_null (_pl_window_get_drop_dialog (window));
  g_assert_false (pl_window_get_busy (window));
  g_assert_true (pl_window_get_briefing (window) == before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_add (void)
{
  g_autoptr (GFile) good = write_briefing ("added-to.phaseline", "Briefing added to", 2);
  g_autoptr (GFile) text = write_file ("dropped.txt", article_text, -1);
  g_autoptr (GFile) page = write_file ("dropped.html", article_html, -1);
  g_autoptr (PlBriefing) before = NULL;
  g_autofree char *json_before = NULL;
  g_autofree char *json_after = NULL;
  PlWindow *window = new_window ();
  GtkWidget *dialog;
  guint n_phases_before;

  open_and_wait (window, good);
  before = g_object_ref (pl_window_get_briefing (window));
  json_before = dup_json (before);
  n_phases_before = get_n_phases_shown (window);

  /* Asked, the user adds the article. */
  drop_files (window, text, NULL);
  dialog = _pl_window_get_drop_dialog (window);
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), PL_DROP_CHOICE_ADD);
  g_assert_null (_pl_window_get_drop_dialog (window));
  g_assert_true (pl_window_get_busy (window));
  wait_until_idle (window);

  /* A new briefing with one more source; the one shown before is as it was. */
  g_assert_false (pl_error_banner_get_revealed (_pl_window_get_error_banner (window)));
  g_assert_true (pl_window_get_briefing (window) != before);
  g_assert_cmpuint (get_n_sources (window), ==, 2);
  g_assert_cmpuint (get_n_phases_shown (window), >=, n_phases_before);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Briefing added to");
  g_assert_cmpstr (pl_briefing_get_subtitle (pl_window_get_briefing (window)), ==,
                   pl_briefing_get_subtitle (before));
  g_assert_cmpstr (_pl_window_get_subtitle_text (window), ==, "2 sources");
  g_assert_null (_pl_window_get_file (window));
  json_after = dup_json (before);
  g_assert_cmpstr (json_after, ==, json_before);

  /* With the choice made beforehand, as a test may: two more files. */
  _pl_window_set_drop_choice (window, PL_DROP_CHOICE_ADD);
  drop_files (window, page, text, NULL);
  g_assert_null (_pl_window_get_drop_dialog (window));
  wait_until_idle (window);
  g_assert_cmpuint (get_n_sources (window), ==, 4);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Briefing added to");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
other_window_is_idle (gpointer data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ()));

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != data && pl_window_get_briefing (l->data) != NULL && !pl_window_get_busy (l->data))
      return TRUE;
  return FALSE;
}

static void
test_drop_new_window (void)
{
  g_autoptr (GFile) good = write_briefing ("stays.phaseline", "Briefing that stays", 1);
  g_autoptr (GFile) text = write_file ("dropped.txt", article_text, -1);
  PlWindow *window;
  PlWindow *other = NULL;
  PlBriefing *before;

  pl_test_gui_destroy_windows ();
  window = new_window ();
  open_and_wait (window, good);
  before = pl_window_get_briefing (window);

  _pl_window_set_drop_choice (window, PL_DROP_CHOICE_NEW_WINDOW);
  drop_files (window, text, NULL);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ()))), ==, 2);
  pl_test_gui_wait_for (other_window_is_idle, window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (pl_test_gui_app ())); l != NULL; l = l->next)
    if (l->data != window)
      other = l->data;
  g_assert_cmpstr (_pl_window_get_title_text (other), ==, TEXT_TITLE);
  g_assert_true (pl_window_get_briefing (window) == before);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Briefing that stays");
  pl_test_gui_destroy_windows ();
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

static void
test_drop_highlight (void)
{
  PlWindow *window = new_window ();
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  GdkDragAction action = 0;

  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target),
                                                    GDK_TYPE_FILE_LIST));
  g_assert_false (_pl_window_get_drop_hint_visible (window));

  g_signal_emit_by_name (target, "enter", 20.0, 20.0, &action);
  g_assert_cmpint (action, ==, GDK_ACTION_COPY);
  g_assert_true (_pl_window_get_drop_hint_visible (window));
  g_signal_emit_by_name (target, "leave");
  g_assert_false (_pl_window_get_drop_hint_visible (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
menu_has_target (GMenuModel *menu,
                 const char *uri)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *target = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target) &&
          g_str_equal (target, uri))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  PlWindow *window;
  const char *uri;
} RecentWanted;

static gboolean
recent_menu_has (gpointer data)
{
  RecentWanted *wanted = data;

  return menu_has_target (_pl_window_get_recent_menu (wanted->window), wanted->uri);
}

static char *
dup_recent_label (GMenuModel *menu,
                  const char *uri)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *target = NULL;
      char *label = NULL;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_TARGET, "s", &target) &&
          g_str_equal (target, uri) &&
          g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return label;
    }
  return NULL;
}

static void
assert_recent_mime_type (const char *uri,
                         const char *mime_type)
{
  g_autoptr (GtkRecentInfo) info = NULL;
  g_autoptr (GError) error = NULL;

  info = gtk_recent_manager_lookup_item (gtk_recent_manager_get_default (), uri, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_recent_info_get_mime_type (info), ==, mime_type);
}

static void
test_recent (void)
{
  g_autoptr (GFile) briefing = write_briefing ("recent.phaseline", "Recent briefing", 1);
  g_autoptr (GFile) text = write_file ("recent_article.txt", article_text, -1);
  g_autofree char *briefing_uri = g_file_get_uri (briefing);
  g_autofree char *text_uri = g_file_get_uri (text);
  g_autofree char *other_dir = g_build_filename (tmpdir, "other", NULL);
  g_autofree char *other_path = g_build_filename (other_dir, "recent.phaseline", NULL);
  g_autoptr (GFile) other = g_file_new_for_path (other_path);
  g_autofree char *other_uri = g_file_get_uri (other);
  g_autofree char *text_type = g_content_type_guess ("recent_article.txt", NULL, 0, NULL);
  g_autofree char *text_mime_type = g_content_type_get_mime_type (text_type);
  g_autofree char *label = NULL;
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  PlWindow *window = new_window ();
  RecentWanted wanted = { window, NULL };
  GMenuModel *menu = _pl_window_get_recent_menu (window);

  open_and_wait (window, briefing);
  open_and_wait (window, text);

  /* Both files are recent, with their types, and listed in the menu. */
  g_assert_true (gtk_recent_manager_has_item (manager, briefing_uri));
  g_assert_true (gtk_recent_manager_has_item (manager, text_uri));
  assert_recent_mime_type (briefing_uri, "application/x-phaseline");
  assert_recent_mime_type (text_uri, text_mime_type);
  wanted.uri = text_uri;
  pl_test_gui_wait_for (recent_menu_has, &wanted);
  g_assert_true (menu_has_target (menu, briefing_uri));

  /* Underscores are not mnemonics; files of the same name show their folder. */
  label = dup_recent_label (menu, text_uri);
  g_assert_cmpstr (label, ==, "recent__article.txt");
  g_clear_pointer (&label, g_free);
  label = dup_recent_label (menu, briefing_uri);
  g_assert_cmpstr (label, ==, "recent.phaseline");
  g_clear_pointer (&label, g_free);
  g_assert_cmpint (g_mkdir (other_dir, 0700), ==, 0);
  g_assert_true (g_file_copy (briefing, other, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL));
  open_and_wait (window, other);
  wanted.uri = other_uri;
  pl_test_gui_wait_for (recent_menu_has, &wanted);
  label = dup_recent_label (menu, other_uri);
  g_assert_cmpstr (label, ==, "recent.phaseline — other");

  /* A file deleted since is left out. */
  g_assert_true (g_file_delete (text, NULL, NULL));
  _pl_window_update_recent_menu (window);
  g_assert_false (menu_has_target (menu, text_uri));
  g_assert_true (menu_has_target (menu, briefing_uri));

  /* Its item opens the file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", briefing_uri));
  g_assert_true (pl_window_get_busy (window));
  wait_until_idle (window);
  g_assert_cmpstr (_pl_window_get_title_text (window), ==, "Recent briefing");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

int
main (int argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autofree char *data_dir = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GIO_USE_VFS", "local", TRUE);
  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("phaseline-test-window-XXXXXX", &error);
  g_assert_no_error (error);
  data_dir = g_build_filename (tmpdir, "data", NULL);
  g_mkdir (data_dir, 0700);
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);

  g_test_add_func ("/window/activate/builtin", test_activate_builtin);
  g_test_add_func ("/window/open/file", test_open_file);
  g_test_add_func ("/window/open/merged", test_open_merged);
  g_test_add_func ("/window/open/application", test_application_open);
  g_test_add_func ("/window/import/text", test_import_text);
  g_test_add_func ("/window/import/html", test_import_html);
  g_test_add_func ("/window/import/merged", test_import_merged);
  g_test_add_func ("/window/import/progress", test_import_progress);
  g_test_add_func ("/window/import/cancel", test_import_cancel);
  g_test_add_func ("/window/drop/replaces-builtin", test_drop_replaces_builtin);
  g_test_add_func ("/window/drop/ask-cancel", test_drop_ask_cancel);
  g_test_add_func ("/window/drop/add", test_drop_add);
  g_test_add_func ("/window/drop/new-window", test_drop_new_window);
  g_test_add_func ("/window/drop/highlight", test_drop_highlight);
  g_test_add_func ("/window/recent", test_recent);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    g_test_add_data_func (broken_cases[i].path, &broken_cases[i], test_open_broken);
  g_test_add_func ("/window/save-as", test_save_as);
  g_test_add_func ("/window/save-as/error", test_save_error);
  g_test_add_func ("/window/export", test_export);
  g_test_add_func ("/window/sidebar/setting", test_sidebar_setting);
  g_test_add_func ("/window/state", test_window_state);

  status = pl_test_gui_run ();

  remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  return status;
}
