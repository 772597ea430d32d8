/* test-print.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "pl-loader.h"
#include "pl-print.h"
#include "pl-test-gui.h"

/* Printing: the print operation writes the summary's pages, as "Print to
 * File" does, with what the Summary tab chose, and remembers its setup. */

static char *config_dir;

static guint
pdf_pages (const char *path)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  guint pages = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  for (gsize i = 0; i + 10 < length; i++)
    if (memcmp (data + i, "/Type /Page", 11) == 0 && data[i + 11] != 's')
      pages++;
  return pages;
}

static char *
pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  const char *argv[] = { tool, "-enc", "UTF-8", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (tool == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, NULL));
  return out;
}

/* Prints @sections of the built-in briefing to a PDF; returns its path. */
static char *
print_to_file (PlSummarySections sections,
               GtkPageSetup *setup,
               guint *out_expected)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlPrintOperation) op = pl_print_operation_new (briefing);
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (config_dir, "printed.pdf", NULL);
  GtkPrintOperationResult result;

  pl_print_operation_set_sections (op, sections);
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (op), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (op), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  pl_test_gui_drain ();
  {
    PlSummaryPage page = { 0 };
    GtkPageSetup *used = setup;
    g_autoptr (GtkPageSetup) fallback = NULL;
    g_autoptr (PlSummary) summary = NULL;

    if (used == NULL)
      used = fallback = gtk_page_setup_new ();
    page.width = gtk_page_setup_get_paper_width (used, GTK_UNIT_POINTS);
    page.height = gtk_page_setup_get_paper_height (used, GTK_UNIT_POINTS);
    page.margin_top = gtk_page_setup_get_top_margin (used, GTK_UNIT_POINTS);
    page.margin_bottom = gtk_page_setup_get_bottom_margin (used, GTK_UNIT_POINTS);
    page.margin_left = gtk_page_setup_get_left_margin (used, GTK_UNIT_POINTS);
    page.margin_right = gtk_page_setup_get_right_margin (used, GTK_UNIT_POINTS);
    summary = pl_summary_new (briefing, &page, sections, PL_TIMELINE_MODE_AUTO, NULL);
    *out_expected = pl_summary_get_n_pages (summary);
  }
  pl_print_operation_save_settings (op);
  return path;
}

static void
test_print_all (void)
{
  guint expected = 0;
  g_autofree char *path = print_to_file (PL_SUMMARY_SECTIONS_ALL, NULL, &expected);
  g_autofree char *text = NULL;
  g_autofree char *settings = g_build_filename (config_dir, "phaseline", "print.ini", NULL);

  g_assert_cmpuint (expected, >=, 2);
  g_assert_cmpuint (pdf_pages (path), ==, expected);
  g_assert_true (g_file_test (settings, G_FILE_TEST_EXISTS));
  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Gaza peace plan: the second phase"));
  g_assert_nonnull (strstr (text, "Reactions"));
  g_assert_nonnull (strstr (text, "Sources and evidence"));
}

/* The Summary tab's "Timeline only": one page, no reactions. */
static void
test_print_timeline_only (void)
{
  guint expected = 0;
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) letter = gtk_paper_size_new (GTK_PAPER_NAME_LETTER);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  gtk_page_setup_set_paper_size_and_default_margins (setup, letter);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  path = print_to_file (PL_SUMMARY_SECTION_TIMELINE, setup, &expected);
  g_assert_cmpuint (expected, ==, 1);
  g_assert_cmpuint (pdf_pages (path), ==, 1);
  text = pdf_text (path);
  if (text == NULL)
    {
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Timeline"));
  g_assert_null (strstr (text, "Reactions"));
  g_assert_null (strstr (text, "Sources and evidence"));
}

/* The custom tab reads and writes the sections. */
static void
test_custom_tab (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlPrintOperation) op = pl_print_operation_new (briefing);
  GtkPrintOperationClass *klass = GTK_PRINT_OPERATION_GET_CLASS (op);
  GtkWidget *tab;
  GtkWidget *child;

  pl_print_operation_set_sections (op, PL_SUMMARY_SECTION_RISKS | PL_SUMMARY_SECTION_PHASES);
  tab = klass->create_custom_widget (GTK_PRINT_OPERATION (op));
  g_object_ref_sink (tab);
  /* Untick phases: only the risks remain. */
  for (child = gtk_widget_get_first_child (tab); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_CHECK_BUTTON (child) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)),
                                                  "_Phases and components") == 0)
      {
        g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (child)));
        gtk_check_button_set_active (GTK_CHECK_BUTTON (child), FALSE);
      }
  klass->custom_widget_apply (GTK_PRINT_OPERATION (op), tab);
  g_assert_cmpint (pl_print_operation_get_sections (op), ==, PL_SUMMARY_SECTION_RISKS);
  g_object_unref (tab);
}

static guint
count_pages (GtkWidget *widget)
{
  guint n = GTK_IS_DRAWING_AREA (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_pages (child);
  return n;
}

static gboolean
has_preview (gpointer op)
{
  return _pl_print_operation_get_preview_window (op) != NULL;
}

/* Preview shows Phaseline's own window with every page, and closing it
 * ends the preview. */
static void
test_preview (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlPrintOperation) op = pl_print_operation_new (briefing);
  g_autoptr (GError) error = NULL;
  GtkWindow *window;

  /* Not waiting in run() for the preview to end: the test ends it. */
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (op), TRUE);
  gtk_print_operation_run (GTK_PRINT_OPERATION (op), GTK_PRINT_OPERATION_ACTION_PREVIEW, NULL, &error);
  g_assert_no_error (error);
  pl_test_gui_wait_for (has_preview, op);
  window = _pl_print_operation_get_preview_window (op);
  pl_test_gui_wait_for (pl_test_gui_is_drawn, window);
  g_assert_cmpuint (count_pages (GTK_WIDGET (window)), >=, 2);
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Print Preview");
  gtk_window_close (window);
  pl_test_gui_drain ();
  g_assert_null (_pl_print_operation_get_preview_window (op));
}

int
main (int argc,
      char *argv[])
{
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  config_dir = g_dir_make_tmp ("phaseline-print-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print/all", test_print_all);
  g_test_add_func ("/print/timeline-only", test_print_timeline_only);
  g_test_add_func ("/print/custom-tab", test_custom_tab);
  g_test_add_func ("/print/preview", test_preview);

  status = pl_test_gui_run ();
  {
    g_autofree char *pdf = g_build_filename (config_dir, "printed.pdf", NULL);
    g_autofree char *ini = g_build_filename (config_dir, "phaseline", "print.ini", NULL);
    g_autofree char *sub = g_build_filename (config_dir, "phaseline", NULL);

    g_remove (pdf);
    g_remove (ini);
    g_rmdir (sub);
    g_rmdir (config_dir);
  }
  g_free (config_dir);
  return status;
}
