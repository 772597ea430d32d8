/* pl-window-evidence.c: Show Evidence, the popover that quotes an item's
 * sources.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-window-private.h"

/* How wide the evidence popover's labels grow before they wrap. */
#define EVIDENCE_WIDTH_CHARS 60

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Evidence: the passages of the sources an item of the timeline comes
 * from, in a popover pointing at the item, for its Show Evidence. */

static GtkWidget *
make_evidence_label (const char *text,
                     const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), EVIDENCE_WIDTH_CHARS);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The source's title, then the words quoted from it. */
static GtkWidget *
make_evidence_row (PlBriefing *briefing,
                   const PlEvidence *evidence)
{
  PlSource *source = pl_briefing_lookup_source (briefing, evidence->source);
  const char *title = source != NULL ? pl_source_get_title (source) : NULL;
  g_autofree char *text = pl_briefing_dup_evidence_text (briefing, evidence);
  g_autofree char *quoted = NULL;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_box_append (GTK_BOX (row), make_evidence_label (is_blank (title) ? _ ("Untitled Source") : title,
                                                      "heading"));
  if (text != NULL)
    {
      /* Translators: the words of a source that an item comes from */
      quoted = g_strdup_printf (_ ("“%s”"), text);
      gtk_box_append (GTK_BOX (row), make_evidence_label (quoted, NULL));
    }
  else
    gtk_box_append (GTK_BOX (row), make_evidence_label (_ ("This source is not in the briefing."),
                                                        "dim-label"));
  return row;
}

static void
fill_evidence (PlWindow *self,
               PlItem *item)
{
  guint n = pl_item_get_n_evidence (item);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_rows))) != NULL)
    gtk_box_remove (self->evidence_rows, child);
  for (guint i = 0; i < n; i++)
    gtk_box_append (self->evidence_rows, make_evidence_row (self->briefing, pl_item_get_evidence (item, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_rows), n > 0);
  gtk_widget_set_visible (self->evidence_empty_label, n == 0);
}

/* Where @item is drawn on its own on the timeline, within the view; the
 * middle of the view when it is not, as in a cluster. */
static GdkRectangle
get_item_rect (PlWindow *self,
               PlItem *item)
{
  GtkWidget *view = GTK_WIDGET (self->timeline_view);
  PlTimelineLayout *layout = pl_timeline_view_get_layout (self->timeline_view);
  const PlTimelineFrame *frame = pl_timeline_view_get_frame (self->timeline_view);
  int entry = layout != NULL ? pl_timeline_layout_find_item (layout, item) : -1;
  const PlTimelineBox *box = frame != NULL && entry >= 0 ? pl_timeline_frame_find_entry (frame, entry) : NULL;
  int width = gtk_widget_get_width (view);
  int height = gtk_widget_get_height (view);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, width, height);
  graphene_rect_t rect;

  if (box != NULL &&
      graphene_rect_intersection (&GRAPHENE_RECT_INIT (box->rect.x, box->rect.y, box->rect.width, box->rect.height),
                                  &bounds, &rect))
    return (GdkRectangle){ (int) floor (rect.origin.x), (int) floor (rect.origin.y),
                           MAX (1, (int) ceil (rect.size.width)), MAX (1, (int) ceil (rect.size.height)) };
  return (GdkRectangle){ width / 2, height / 2, 1, 1 };
}

static void
show_evidence_cb (PlWindow *self,
                  PlItem *item)
{
  GdkRectangle rect;
  GtkWidget *focus;

  if (self->briefing == NULL || self->evidence_popover == NULL)
    return;

  fill_evidence (self, item);
  rect = get_item_rect (self, item);
  gtk_popover_set_pointing_to (self->evidence_popover, &rect);
  gtk_popover_popup (self->evidence_popover);

  /* The first label takes the focus as the popover opens, and GTK selects
   * the whole of a selectable label that does. */
  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (GTK_IS_LABEL (focus) && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->evidence_popover)))
    gtk_label_select_region (GTK_LABEL (focus), 0, 0);
}

void
_pl_window_evidence_init (PlWindow *self)
{
  g_autoptr (GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/pl-evidence-popover.ui");

  self->evidence_popover = GTK_POPOVER (gtk_builder_get_object (builder, "evidence_popover"));
  self->evidence_rows = GTK_BOX (gtk_builder_get_object (builder, "evidence_rows"));
  self->evidence_empty_label = GTK_WIDGET (gtk_builder_get_object (builder, "evidence_empty_label"));
  gtk_widget_set_parent (GTK_WIDGET (self->evidence_popover), GTK_WIDGET (self->timeline_view));
  g_signal_connect_object (self->timeline_view, "show-evidence", G_CALLBACK (show_evidence_cb), self,
                           G_CONNECT_SWAPPED);
}
