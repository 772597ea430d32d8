/* pl-print-preview.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPrint"

#include "config.h"

#include "pl-print-preview.h"

#include <glib/gi18n.h>

/* The print dialog's Preview, in Phaseline itself: GTK's own preview hands
 * a PDF to a viewer program that may not be installed. The window shows
 * every page of the summary as laid out for the page set up in the
 * dialog, drawn by the same renderer as the printed pages, one under the
 * other at the window's width. Closing it ends the preview, and the print
 * dialog comes back as GTK leaves it. */

#define PAGE_GAP 18
#define PAGE_WIDTH 680 /* px, whatever the paper: the window scrolls */

typedef struct
{
  PlSummary *summary; /* owned */
  guint page;
} PageData;

static void
page_data_free (gpointer data)
{
  PageData *page = data;

  g_clear_object (&page->summary);
  g_free (page);
}

static void
draw_page_cb (GtkDrawingArea *area,
              cairo_t *cr,
              int width,
              int height,
              gpointer user_data)
{
  PageData *page = user_data;
  PlRenderStyle style;
  double page_width, page_height;

  pl_summary_get_page_size (page->summary, &page_width, &page_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, width / page_width, height / page_height);
  pl_render_style_init (&style, FALSE, FALSE);
  pl_summary_render_page (page->summary, page->page, cr, &style);
  pl_render_style_clear (&style);
}

static void
preview_closed_cb (GtkWindow *window,
                   GtkPrintOperationPreview *preview)
{
  gtk_print_operation_preview_end_preview (preview);
}

/**
 * pl_print_preview_show:
 * @summary: the summary laid out for the page set up
 * @preview: GTK's preview, ended when the window closes
 * @parent: (nullable): the print dialog's parent
 *
 * Returns: (transfer none): the preview window, which destroys itself
 *   when closed
 */
GtkWindow *
pl_print_preview_show (PlSummary *summary,
                       GtkPrintOperationPreview *preview,
                       GtkWindow *parent)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, PAGE_GAP);
  guint n_pages = pl_summary_get_n_pages (summary);
  g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u page", "%u pages", n_pages), n_pages);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_ ("Print Preview"));
  GtkWidget *count = gtk_label_new (subtitle);

  g_return_val_if_fail (PL_IS_SUMMARY (summary), NULL);

  gtk_widget_add_css_class (title, "title");
  gtk_widget_add_css_class (count, "subtitle");
  gtk_box_append (GTK_BOX (title_box), title);
  gtk_box_append (GTK_BOX (title_box), count);
  gtk_widget_set_valign (title_box, GTK_ALIGN_CENTER);
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), title_box);
  gtk_window_set_titlebar (GTK_WINDOW (window), header);
  gtk_window_set_title (GTK_WINDOW (window), _ ("Print Preview"));
  gtk_window_set_default_size (GTK_WINDOW (window), PAGE_WIDTH + 4 * PAGE_GAP, 900);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (window), parent);
      gtk_window_set_modal (GTK_WINDOW (window), TRUE);
    }
  gtk_widget_add_css_class (window, "print-preview");

  gtk_widget_set_margin_top (pages, PAGE_GAP);
  gtk_widget_set_margin_bottom (pages, PAGE_GAP);
  for (guint i = 0; i < n_pages; i++)
    {
      GtkWidget *area = gtk_drawing_area_new ();
      PageData *data = g_new0 (PageData, 1);
      /* Translators: the name of a page of the print preview for screen readers */
      g_autofree char *name = g_strdup_printf (_ ("Page %u of %u"), i + 1, n_pages);

      data->summary = g_object_ref (summary);
      data->page = i;
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_page_cb, data, page_data_free);
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (area, "preview-page");
      gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_box_append (GTK_BOX (pages), area);
    }
  {
    double page_width, page_height;

    pl_summary_get_page_size (summary, &page_width, &page_height);
    for (GtkWidget *child = gtk_widget_get_first_child (pages); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      gtk_widget_set_size_request (child, PAGE_WIDTH, (int) (PAGE_WIDTH * page_height / page_width));
  }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), pages);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);

  g_signal_connect_object (window, "close-request", G_CALLBACK (preview_closed_cb), preview, 0);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}
