/* pl-key-sheet.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlKeySheet"

#include "config.h"

#include "pl-key-sheet.h"

struct _PlKeySheet
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (PlKeySheet, pl_key_sheet, GTK_TYPE_WIDGET)

static void
pl_key_sheet_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), PL_TYPE_KEY_SHEET);
  /* No child is bound, so the template leaves them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (pl_key_sheet_parent_class)->dispose (object);
}

static void
pl_key_sheet_class_init (PlKeySheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_key_sheet_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/phaseline/Phaseline/ui/pl-key-sheet.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "keysheet");
}

static void
pl_key_sheet_init (PlKeySheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
