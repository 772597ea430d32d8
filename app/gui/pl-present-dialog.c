/* pl-present-dialog.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPresentDialog"

#include "config.h"

#include "pl-present-dialog.h"

#include <glib/gi18n.h>

struct _PlPresentDialog
{
  GtkWindow parent_instance;

  /* Template widgets */
  GtkDropDown *monitor_list;
  GtkLabel *hint_label;
  GtkCheckButton *console_check;
  GtkCheckButton *windowed_check;
  GtkSpinButton *duration_spin;
  GtkWidget *start_button;

  /* Owned references */
  GSettings *settings;
  GPtrArray *monitors; /* of GdkMonitor, in the list's order after "Automatic" */
};

G_DEFINE_FINAL_TYPE (PlPresentDialog, pl_present_dialog, GTK_TYPE_WINDOW)

enum
{
  START,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_hint (PlPresentDialog *self)
{
  gboolean console = gtk_check_button_get_active (self->console_check);
  gboolean windowed = gtk_check_button_get_active (self->windowed_check);
  const char *hint;

  if (self->monitors->len >= 2)
    hint = windowed ? _ ("The slides open in a window you can share; the console fills the other screen.")
                    : _ ("The slides fill the chosen screen; the console fills another. S swaps them.");
  else if (console)
    hint = _ ("Only one screen: the slides open in a window beside the presenter console. F makes them full screen.");
  else if (windowed)
    hint = _ ("Only one screen: the slides open in a window.");
  else
    hint = _ ("Only one screen: the slides fill it, with no console.");
  gtk_label_set_text (self->hint_label, hint);
}

static void
fill_monitors (PlPresentDialog *self)
{
  GListModel *model = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *remembered = g_settings_get_string (self->settings, "present-monitor");
  guint selected = 0;

  gtk_string_list_append (names, g_list_model_get_n_items (model) >= 2
                                     ? _ ("Automatic: another screen than this window")
                                     : _ ("Automatic"));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (model, i);
      g_autofree char *name = pl_present_dialog_dup_monitor_name (monitor);
      g_autofree char *id = pl_present_dialog_dup_monitor_id (monitor);

      g_ptr_array_add (self->monitors, g_object_ref (monitor));
      gtk_string_list_append (names, name);
      if (*remembered != '\0' && g_str_equal (id, remembered))
        selected = self->monitors->len;
    }
  gtk_drop_down_set_model (self->monitor_list, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->monitor_list, selected);
}

static void
cancel_clicked_cb (PlPresentDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start_clicked_cb (PlPresentDialog *self)
{
  _pl_present_dialog_start (self);
}

/* Enter starts at once: the focus begins on Start. */
static void
pl_present_dialog_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (pl_present_dialog_parent_class)->map (widget);
  gtk_widget_grab_focus (PL_PRESENT_DIALOG (widget)->start_button);
}

static void
pl_present_dialog_dispose (GObject *object)
{
  PlPresentDialog *self = PL_PRESENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_PRESENT_DIALOG);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->monitors, g_ptr_array_unref);
  G_OBJECT_CLASS (pl_present_dialog_parent_class)->dispose (object);
}

static void
pl_present_dialog_class_init (PlPresentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_present_dialog_dispose;
  widget_class->map = pl_present_dialog_map;

  signals[START] = g_signal_new ("start", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/phaseline/Phaseline/ui/pl-present-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PlPresentDialog, monitor_list);
  gtk_widget_class_bind_template_child (widget_class, PlPresentDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, PlPresentDialog, console_check);
  gtk_widget_class_bind_template_child (widget_class, PlPresentDialog, windowed_check);
  gtk_widget_class_bind_template_child (widget_class, PlPresentDialog, duration_spin);
  gtk_widget_class_bind_template_child (widget_class, PlPresentDialog, start_button);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_hint);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pl_present_dialog_init (PlPresentDialog *self)
{
  self->monitors = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_present_dialog_new:
 * @parent: the window presenting
 * @settings: where the answers are remembered
 */
GtkWidget *
pl_present_dialog_new (GtkWindow *parent,
                       GSettings *settings)
{
  PlPresentDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (PL_TYPE_PRESENT_DIALOG, "transient-for", parent, "modal", TRUE, NULL);
  self->settings = g_object_ref (settings);
  fill_monitors (self);
  gtk_check_button_set_active (self->console_check, g_settings_get_boolean (settings, "present-console"));
  gtk_check_button_set_active (self->windowed_check, g_settings_get_boolean (settings, "present-windowed"));
  gtk_spin_button_set_value (self->duration_spin, g_settings_get_uint (settings, "present-duration"));
  update_hint (self);
  return GTK_WIDGET (self);
}

/**
 * pl_present_dialog_get_options:
 * @out_options: (out): what the user chose; its monitor is borrowed from
 *   the display
 */
void
pl_present_dialog_get_options (PlPresentDialog *self,
                               PlPresentOptions *out_options)
{
  guint selected;

  g_return_if_fail (PL_IS_PRESENT_DIALOG (self));

  selected = gtk_drop_down_get_selected (self->monitor_list);
  out_options->monitor = selected >= 1 && selected <= self->monitors->len ? g_ptr_array_index (self->monitors, selected - 1)
                                                                          : NULL;
  out_options->console = gtk_check_button_get_active (self->console_check);
  out_options->windowed = gtk_check_button_get_active (self->windowed_check);
  out_options->duration_min = (guint) gtk_spin_button_get_value_as_int (self->duration_spin);
}

/**
 * pl_present_dialog_dup_monitor_name:
 *
 * Returns: (transfer full): how the chooser names @monitor: maker and
 *   model, or its connector, and its size
 */
char *
pl_present_dialog_dup_monitor_name (GdkMonitor *monitor)
{
  const char *manufacturer = gdk_monitor_get_manufacturer (monitor);
  const char *model = gdk_monitor_get_model (monitor);
  const char *connector = gdk_monitor_get_connector (monitor);
  g_autoptr (GString) name = g_string_new (NULL);
  GdkRectangle geometry;
  int scale = gdk_monitor_get_scale_factor (monitor);

  gdk_monitor_get_geometry (monitor, &geometry);
  if (manufacturer != NULL && *manufacturer != '\0')
    g_string_append (name, manufacturer);
  if (model != NULL && *model != '\0')
    g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", model);
  if (connector != NULL && *connector != '\0' && g_strcmp0 (connector, model) != 0)
    g_string_append_printf (name, name->len > 0 ? " (%s)" : "%s", connector);
  if (name->len == 0)
    g_string_append (name, _ ("Screen"));
  /* Translators: a screen's name and its size in pixels, "DELL U2720Q (DP-1), 3840 × 2160" */
  return g_strdup_printf (_ ("%s, %d × %d"), name->str, geometry.width * scale, geometry.height * scale);
}

/**
 * pl_present_dialog_dup_monitor_id:
 *
 * Returns: (transfer full): what the settings remember of @monitor: its
 *   connector, else its model, else ""
 */
char *
pl_present_dialog_dup_monitor_id (GdkMonitor *monitor)
{
  const char *connector = gdk_monitor_get_connector (monitor);
  const char *model = gdk_monitor_get_model (monitor);

  if (connector != NULL && *connector != '\0')
    return g_strdup (connector);
  return g_strdup (model != NULL ? model : "");
}

/**
 * pl_present_dialog_find_monitor:
 * @id: as pl_present_dialog_dup_monitor_id() gives
 *
 * Returns: (transfer none) (nullable): the monitor of @display with @id
 */
GdkMonitor *
pl_present_dialog_find_monitor (GdkDisplay *display,
                                const char *id)
{
  GListModel *model = gdk_display_get_monitors (display);

  if (id == NULL || *id == '\0')
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (GdkMonitor) monitor = g_list_model_get_item (model, i);
      g_autofree char *other = pl_present_dialog_dup_monitor_id (monitor);

      if (g_str_equal (id, other))
        return monitor; /* the display holds it */
    }
  return NULL;
}

GtkDropDown *
_pl_present_dialog_get_monitor_list (PlPresentDialog *self)
{
  g_return_val_if_fail (PL_IS_PRESENT_DIALOG (self), NULL);
  return self->monitor_list;
}

/**
 * _pl_present_dialog_start:
 *
 * What Start does: remembers the answers, emits "start" and closes.
 */
void
_pl_present_dialog_start (PlPresentDialog *self)
{
  PlPresentOptions options;
  g_autofree char *id = NULL;

  g_return_if_fail (PL_IS_PRESENT_DIALOG (self));

  pl_present_dialog_get_options (self, &options);
  id = options.monitor != NULL ? pl_present_dialog_dup_monitor_id (options.monitor) : g_strdup ("");
  g_settings_set_string (self->settings, "present-monitor", id);
  g_settings_set_boolean (self->settings, "present-console", options.console);
  g_settings_set_boolean (self->settings, "present-windowed", options.windowed);
  g_settings_set_uint (self->settings, "present-duration", options.duration_min);
  g_object_ref (self);
  g_signal_emit (self, signals[START], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}
