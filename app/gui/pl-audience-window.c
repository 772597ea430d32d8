/* pl-audience-window.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlAudienceWindow"

#include "config.h"

#include "pl-audience-window.h"

#include "pl-key-sheet.h"
#include "pl-presentation.h"
#include "pl-slide-view.h"

#define POINTER_IDLE_MS 2000

struct _PlAudienceWindow
{
  GtkWindow parent_instance;

  /* Template widgets */
  PlSlideView *slide_view;
  PlKeySheet *key_sheet;

  /* Owned references */
  PlPresentation *presentation;

  guint pointer_timeout_id;
  double last_x, last_y; /* of the pointer, to tell real motion */
  gboolean pointer_hidden;
};

G_DEFINE_FINAL_TYPE (PlAudienceWindow, pl_audience_window, GTK_TYPE_WINDOW)

static void
set_pointer_hidden (PlAudienceWindow *self,
                    gboolean hidden)
{
  self->pointer_hidden = hidden;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->slide_view), hidden ? "none" : NULL);
}

static void
pointer_idle_cb (gpointer data)
{
  PlAudienceWindow *self = data;

  self->pointer_timeout_id = 0;
  set_pointer_hidden (self, TRUE);
}

static void
restart_pointer_timeout (PlAudienceWindow *self)
{
  g_clear_handle_id (&self->pointer_timeout_id, g_source_remove);
  self->pointer_timeout_id = g_timeout_add_once (POINTER_IDLE_MS, pointer_idle_cb, self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double x,
           double y,
           PlAudienceWindow *self)
{
  /* Windows get a motion when the cursor changes; only a move counts. */
  if (fabs (x - self->last_x) < 1 && fabs (y - self->last_y) < 1)
    return;
  self->last_x = x;
  self->last_y = y;
  if (self->pointer_hidden)
    set_pointer_hidden (self, FALSE);
  restart_pointer_timeout (self);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int n_press,
            double x,
            double y,
            PlAudienceWindow *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GActionGroup *actions = pl_presentation_get_actions (self->presentation);

  if (pl_presentation_get_keys_visible (self->presentation))
    g_action_group_activate_action (actions, "show-keys", NULL);
  else if (button == GDK_BUTTON_SECONDARY)
    g_action_group_activate_action (actions, "previous", NULL);
  else
    g_action_group_activate_action (actions, "next", NULL);
}

static void
update_title (PlAudienceWindow *self)
{
  PlBriefing *briefing = pl_presentation_get_briefing (self->presentation);
  const char *title = pl_briefing_get_title (briefing);

  gtk_window_set_title (GTK_WINDOW (self), title != NULL && *title != '\0' ? title : g_get_application_name ());
}

static void
pl_audience_window_dispose (GObject *object)
{
  PlAudienceWindow *self = PL_AUDIENCE_WINDOW (object);

  g_clear_handle_id (&self->pointer_timeout_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_AUDIENCE_WINDOW);
  g_clear_object (&self->presentation);
  G_OBJECT_CLASS (pl_audience_window_parent_class)->dispose (object);
}

static void
pl_audience_window_class_init (PlAudienceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_audience_window_dispose;

  g_type_ensure (PL_TYPE_SLIDE_VIEW);
  g_type_ensure (PL_TYPE_KEY_SHEET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/phaseline/Phaseline/ui/pl-audience-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlAudienceWindow, slide_view);
  gtk_widget_class_bind_template_child (widget_class, PlAudienceWindow, key_sheet);
  gtk_widget_class_bind_template_callback (widget_class, motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, pressed_cb);
}

static void
pl_audience_window_init (PlAudienceWindow *self)
{
  self->last_x = self->last_y = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * pl_audience_window_new:
 * @presentation: what to show; the window holds it
 */
GtkWidget *
pl_audience_window_new (PlPresentation *presentation)
{
  PlAudienceWindow *self;

  g_return_val_if_fail (PL_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (PL_TYPE_AUDIENCE_WINDOW, NULL);
  self->presentation = g_object_ref (presentation);
  pl_slide_view_set_deck (self->slide_view, pl_presentation_get_deck (presentation));
  g_object_bind_property (presentation, "current", self->slide_view, "index", G_BINDING_SYNC_CREATE);
  g_object_bind_property (presentation, "blank", self->slide_view, "blank", G_BINDING_SYNC_CREATE);
  g_object_bind_property (presentation, "keys-visible", self->key_sheet, "visible", G_BINDING_SYNC_CREATE);
  pl_presentation_add_key_controller (presentation, GTK_WIDGET (self));
  update_title (self);
  restart_pointer_timeout (self);
  return GTK_WIDGET (self);
}

GtkWidget *
_pl_audience_window_get_slide_view (PlAudienceWindow *self)
{
  g_return_val_if_fail (PL_IS_AUDIENCE_WINDOW (self), NULL);
  return GTK_WIDGET (self->slide_view);
}

gboolean
_pl_audience_window_get_pointer_hidden (PlAudienceWindow *self)
{
  g_return_val_if_fail (PL_IS_AUDIENCE_WINDOW (self), FALSE);
  return self->pointer_hidden;
}

/* For tests: what the idle timeout does, without waiting for it. */
void
_pl_audience_window_hide_pointer_now (PlAudienceWindow *self)
{
  g_return_if_fail (PL_IS_AUDIENCE_WINDOW (self));
  g_clear_handle_id (&self->pointer_timeout_id, g_source_remove);
  pointer_idle_cb (self);
}
