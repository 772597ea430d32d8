/* pl-print.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPrint"

#include "config.h"

#include "pl-print.h"

#include "pl-print-preview.h"

#include <errno.h>
#include <glib/gi18n.h>

/* Printing is a GtkPrintOperation over the core's PlSummary: begin-print
 * lays the summary out on the page set up (its paper, orientation and the
 * printer's margins), draw-page draws a page with pl_summary_render_page(),
 * the same code that writes the summary's PDF. GTK's print dialog brings
 * "Print to File"; the Summary tab chooses the sections; Preview opens
 * Phaseline's own window (pl-print-preview.c), as GTK's would need a
 * viewer program.
 * Page setup and settings are kept in a key file in the user's config
 * folder, as GtkPageSetup and GtkPrintSettings write them. */

#define SETTINGS_GROUP "Print Settings"
#define PAGE_SETUP_GROUP "Page Setup"

static const char *const section_ids[PL_SUMMARY_N_SECTIONS] = {
  "timeline",
  "phases",
  "reactions",
  "risks",
  "sources",
};

struct _PlPrintOperation
{
  GtkPrintOperation parent_instance;

  PlBriefing *briefing;        /* owned */
  PlSummary *summary;          /* owned: laid out in begin-print */
  PlSummarySections sections;  /* what to print */
  GtkBuilder *options_builder; /* owned while the dialog shows its tab */
  GtkWindow *preview_window;   /* weak: the last preview, for tests */
  cairo_t *preview_cr;         /* owned: what the preview's print context holds */
};

G_DEFINE_FINAL_TYPE (PlPrintOperation, pl_print_operation, GTK_TYPE_PRINT_OPERATION)

static char *
dup_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "phaseline", "print.ini", NULL);
}

static void
load_settings (PlPrintOperation *self)
{
  g_autofree char *path = dup_settings_path ();
  g_autoptr (GKeyFile) keys = g_key_file_new ();
  g_autoptr (GtkPrintSettings) settings = NULL;
  g_autoptr (GtkPageSetup) setup = NULL;

  if (!g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
    return;
  settings = gtk_print_settings_new_from_key_file (keys, SETTINGS_GROUP, NULL);
  setup = gtk_page_setup_new_from_key_file (keys, PAGE_SETUP_GROUP, NULL);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (self), settings);
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
}

/**
 * pl_print_operation_save_settings:
 *
 * Remembers the print settings and page setup last used, for the next
 * print, whichever window or run it comes from.
 */
void
pl_print_operation_save_settings (PlPrintOperation *self)
{
  GtkPrintOperation *op = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (op);
  GtkPageSetup *setup = gtk_print_operation_get_default_page_setup (op);
  g_autofree char *path = dup_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr (GKeyFile) keys = g_key_file_new ();
  g_autoptr (GError) error = NULL;

  if (settings != NULL)
    gtk_print_settings_to_key_file (settings, keys, SETTINGS_GROUP);
  if (setup != NULL)
    gtk_page_setup_to_key_file (setup, keys, PAGE_SETUP_GROUP);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (keys, path, &error))
    g_warning ("could not remember the print settings in %s: %s", path,
               error != NULL ? error->message : g_strerror (errno));
}

static void
pl_print_operation_begin_print (GtkPrintOperation *op,
                                GtkPrintContext *context)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (op);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  PlSummaryPage page = { 0 };

  page.width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
  page.height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
  page.margin_top = gtk_page_setup_get_top_margin (setup, GTK_UNIT_POINTS);
  page.margin_bottom = gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_POINTS);
  page.margin_left = gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS);
  page.margin_right = gtk_page_setup_get_right_margin (setup, GTK_UNIT_POINTS);
  g_clear_object (&self->summary);
  self->summary = pl_summary_new (self->briefing, &page, self->sections, PL_TIMELINE_MODE_AUTO, NULL);
  gtk_print_operation_set_n_pages (op, (int) pl_summary_get_n_pages (self->summary));
}

static void
pl_print_operation_draw_page (GtkPrintOperation *op,
                              GtkPrintContext *context,
                              int page_nr)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (op);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  PlRenderStyle style;

  if (self->summary == NULL || page_nr < 0 || (guint) page_nr >= pl_summary_get_n_pages (self->summary))
    return;
  pl_render_style_init (&style, FALSE, FALSE);
  pl_summary_render_page (self->summary, (guint) page_nr, cr, &style);
  pl_render_style_clear (&style);
}

/* The page set up in the dialog, which GTK gives the preview before any
 * begin-print. */
static gboolean
pl_print_operation_preview (GtkPrintOperation *op,
                            GtkPrintOperationPreview *preview,
                            GtkPrintContext *context,
                            GtkWindow *parent)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (op);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);

  /* GTK wants a context on the print context before it paginates; the
   * window draws on its own. */
  g_clear_pointer (&self->preview_cr, cairo_destroy);
  self->preview_cr = cairo_create (surface);
  cairo_surface_destroy (surface);
  gtk_print_context_set_cairo_context (context, self->preview_cr, 72, 72);
  pl_print_operation_begin_print (op, context);
  g_set_weak_pointer (&PL_PRINT_OPERATION (op)->preview_window,
                      pl_print_preview_show (PL_PRINT_OPERATION (op)->summary, preview, parent));
  return TRUE;
}

static void
pl_print_operation_done (GtkPrintOperation *op,
                         GtkPrintOperationResult result)
{
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    pl_print_operation_save_settings (PL_PRINT_OPERATION (op));
}

static void
timeline_only_toggled_cb (GtkCheckButton *only,
                          GtkBuilder *builder)
{
  gboolean active = gtk_check_button_get_active (only);

  for (guint i = 1; i < PL_SUMMARY_N_SECTIONS; i++)
    gtk_widget_set_sensitive (GTK_WIDGET (gtk_builder_get_object (builder, section_ids[i])), !active);
}

static GtkWidget *
pl_print_operation_create_custom_widget (GtkPrintOperation *op)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (op);
  GtkBuilder *builder = gtk_builder_new_from_resource ("/io/github/phaseline/Phaseline/ui/pl-print-options.ui");
  GtkCheckButton *only = GTK_CHECK_BUTTON (gtk_builder_get_object (builder, "timeline_only"));

  g_clear_object (&self->options_builder);
  self->options_builder = builder;
  for (guint i = 0; i < PL_SUMMARY_N_SECTIONS; i++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (gtk_builder_get_object (builder, section_ids[i])),
                                 (self->sections & (1u << i)) != 0);
  gtk_check_button_set_active (only, self->sections == PL_SUMMARY_SECTION_TIMELINE);
  g_signal_connect (only, "toggled", G_CALLBACK (timeline_only_toggled_cb), builder);
  timeline_only_toggled_cb (only, builder);
  gtk_print_operation_set_custom_tab_label (op, _ ("Summary"));
  return g_object_ref (GTK_WIDGET (gtk_builder_get_object (builder, "options")));
}

static void
pl_print_operation_custom_widget_apply (GtkPrintOperation *op,
                                        GtkWidget *widget)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (op);
  GtkBuilder *builder = self->options_builder;
  PlSummarySections sections = 0;

  if (builder == NULL)
    return;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_builder_get_object (builder, "timeline_only"))))
    sections = PL_SUMMARY_SECTION_TIMELINE;
  else
    for (guint i = 0; i < PL_SUMMARY_N_SECTIONS; i++)
      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (gtk_builder_get_object (builder, section_ids[i]))))
        sections |= 1u << i;
  pl_print_operation_set_sections (self, sections);
}

static void
pl_print_operation_finalize (GObject *object)
{
  PlPrintOperation *self = PL_PRINT_OPERATION (object);

  g_clear_object (&self->briefing);
  g_clear_object (&self->summary);
  g_clear_object (&self->options_builder);
  g_clear_weak_pointer (&self->preview_window);
  g_clear_pointer (&self->preview_cr, cairo_destroy);
  G_OBJECT_CLASS (pl_print_operation_parent_class)->finalize (object);
}

static void
pl_print_operation_class_init (PlPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *op_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = pl_print_operation_finalize;
  op_class->begin_print = pl_print_operation_begin_print;
  op_class->draw_page = pl_print_operation_draw_page;
  op_class->done = pl_print_operation_done;
  op_class->preview = pl_print_operation_preview;
  op_class->create_custom_widget = pl_print_operation_create_custom_widget;
  op_class->custom_widget_apply = pl_print_operation_custom_widget_apply;
}

static void
pl_print_operation_init (PlPrintOperation *self)
{
  GtkPrintOperation *op = GTK_PRINT_OPERATION (self);

  self->sections = PL_SUMMARY_SECTIONS_ALL;
  /* The summary keeps the printer's margins itself and draws in points. */
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  gtk_print_operation_set_has_selection (op, FALSE);
  load_settings (self);
}

/**
 * pl_print_operation_new:
 *
 * Returns: (transfer full): an operation printing @briefing's summary
 */
PlPrintOperation *
pl_print_operation_new (PlBriefing *briefing)
{
  PlPrintOperation *self;
  const char *title;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  self = g_object_new (PL_TYPE_PRINT_OPERATION, NULL);
  self->briefing = g_object_ref (briefing);
  title = pl_briefing_get_title (briefing);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), title && *title ? title : _ ("Briefing summary"));
  return self;
}

PlSummarySections
pl_print_operation_get_sections (PlPrintOperation *self)
{
  g_return_val_if_fail (PL_IS_PRINT_OPERATION (self), 0);
  return self->sections;
}

/**
 * pl_print_operation_set_sections:
 * @sections: what to print after the header; none means all
 */
void
pl_print_operation_set_sections (PlPrintOperation *self,
                                 PlSummarySections sections)
{
  g_return_if_fail (PL_IS_PRINT_OPERATION (self));
  self->sections = sections != 0 ? sections : PL_SUMMARY_SECTIONS_ALL;
}

/* For tests: where Print writes its PDF, with no dialog, when not NULL. */
static char *test_export_filename;

/**
 * _pl_print_set_test_export:
 * @filename: (nullable): where pl_print_run() is to write its pages, as
 *   Print to File does, without showing the print dialog; %NULL shows it
 *   again
 *
 * For tests, which cannot drive the print dialog.
 */
GtkWindow *
_pl_print_operation_get_preview_window (PlPrintOperation *self)
{
  return self->preview_window;
}

void
_pl_print_set_test_export (const char *filename)
{
  g_free (test_export_filename);
  test_export_filename = g_strdup (filename);
}

/**
 * pl_print_run:
 * @parent: the window the dialog belongs to
 *
 * Opens the print dialog for @briefing's summary; errors are shown in a
 * message.
 */
void
pl_print_run (GtkWindow *parent,
              PlBriefing *briefing)
{
  g_autoptr (PlPrintOperation) op = pl_print_operation_new (briefing);
  g_autoptr (GError) error = NULL;
  GtkPrintOperationAction action = GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG;

  if (test_export_filename != NULL)
    {
      gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (op), test_export_filename);
      action = GTK_PRINT_OPERATION_ACTION_EXPORT;
    }
  gtk_print_operation_run (GTK_PRINT_OPERATION (op), action, parent, &error);
  if (error != NULL)
    {
      GtkWidget *dialog = gtk_message_dialog_new (parent, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                                  GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", _ ("Could not print"));

      gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
      g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}
