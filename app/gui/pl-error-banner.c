/* pl-error-banner.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlErrorBanner"

#include "config.h"

#include "pl-error-banner.h"

#include "pl-diagnostic.h"

struct _PlErrorBanner
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkRevealer *revealer;
  GtkLabel *heading_label;
  GtkLabel *message_label;
  GtkToggleButton *details_button;
  GtkLabel *details_label;
};

G_DEFINE_FINAL_TYPE (PlErrorBanner, pl_error_banner, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_HEADING,
  PROP_MESSAGE,
  PROP_REVEALED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
format_diagnostics (GPtrArray *diagnostics)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < diagnostics->len; i++)
    {
      g_autofree char *line = pl_diagnostic_format (g_ptr_array_index (diagnostics, i));

      if (i > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, line);
    }
  return g_string_free (str, FALSE);
}

static void
close_clicked_cb (PlErrorBanner *self)
{
  pl_error_banner_dismiss (self);
}

/* The Details button discloses the list of problems. */
static void
details_toggled_cb (PlErrorBanner *self)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->details_button), GTK_ACCESSIBLE_STATE_EXPANDED,
                               gtk_toggle_button_get_active (self->details_button), -1);
}

static void
pl_error_banner_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PL_TYPE_ERROR_BANNER);
  G_OBJECT_CLASS (pl_error_banner_parent_class)->dispose (object);
}

static void
pl_error_banner_get_property (GObject *object,
                              guint prop_id,
                              GValue *value,
                              GParamSpec *pspec)
{
  PlErrorBanner *self = PL_ERROR_BANNER (object);

  switch (prop_id)
    {
    case PROP_HEADING:
      g_value_set_string (value, pl_error_banner_get_heading (self));
      break;

    case PROP_MESSAGE:
      g_value_set_string (value, pl_error_banner_get_message (self));
      break;

    case PROP_REVEALED:
      g_value_set_boolean (value, pl_error_banner_get_revealed (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_error_banner_class_init (PlErrorBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pl_error_banner_dispose;
  object_class->get_property = pl_error_banner_get_property;

  properties[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, NULL, flags);
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties[PROP_REVEALED] = g_param_spec_boolean ("revealed", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-error-banner.ui");
  gtk_widget_class_bind_template_child (widget_class, PlErrorBanner, revealer);
  gtk_widget_class_bind_template_child (widget_class, PlErrorBanner, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PlErrorBanner, message_label);
  gtk_widget_class_bind_template_child (widget_class, PlErrorBanner, details_button);
  gtk_widget_class_bind_template_child (widget_class, PlErrorBanner, details_label);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, details_toggled_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "errorbanner");
}

static void
pl_error_banner_init (PlErrorBanner *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
pl_error_banner_new (void)
{
  return g_object_new (PL_TYPE_ERROR_BANNER, NULL);
}

/**
 * pl_error_banner_show:
 * @heading: what failed, such as "Could not open the briefing"
 * @message: why: the first error, which names the file and position
 * @diagnostics: (nullable) (element-type PlDiagnostic): every problem
 *   found; a Details button lists them when there is more than one
 *
 * Shows the banner, replacing whatever it showed before.
 */
void
pl_error_banner_show (PlErrorBanner *self,
                      const char *heading,
                      const char *message,
                      GPtrArray *diagnostics)
{
  gboolean has_details;

  g_return_if_fail (PL_IS_ERROR_BANNER (self));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (message != NULL);

  has_details = diagnostics != NULL && diagnostics->len > 1;
  if (has_details)
    {
      g_autofree char *details = format_diagnostics (diagnostics);
      gtk_label_set_label (self->details_label, details);
    }
  else
    gtk_label_set_label (self->details_label, "");

  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->message_label, message);
  gtk_toggle_button_set_active (self->details_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->details_button), has_details);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEADING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MESSAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

/**
 * pl_error_banner_dismiss:
 *
 * Hides the banner. Its text stays until the next pl_error_banner_show().
 */
void
pl_error_banner_dismiss (PlErrorBanner *self)
{
  g_return_if_fail (PL_IS_ERROR_BANNER (self));

  if (!gtk_revealer_get_reveal_child (self->revealer))
    return;

  gtk_revealer_set_reveal_child (self->revealer, FALSE);
  gtk_toggle_button_set_active (self->details_button, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVEALED]);
}

const char *
pl_error_banner_get_heading (PlErrorBanner *self)
{
  g_return_val_if_fail (PL_IS_ERROR_BANNER (self), NULL);
  return gtk_label_get_label (self->heading_label);
}

const char *
pl_error_banner_get_message (PlErrorBanner *self)
{
  g_return_val_if_fail (PL_IS_ERROR_BANNER (self), NULL);
  return gtk_label_get_label (self->message_label);
}

/**
 * pl_error_banner_get_revealed:
 *
 * Returns: whether the banner is shown or being shown
 */
gboolean
pl_error_banner_get_revealed (PlErrorBanner *self)
{
  g_return_val_if_fail (PL_IS_ERROR_BANNER (self), FALSE);
  return gtk_revealer_get_reveal_child (self->revealer);
}
