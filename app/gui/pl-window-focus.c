/* pl-window-focus.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* F6 and Shift+F6 move the keyboard focus between the regions of the
 * window: the timeline, the page below it (phases, article or details)
 * and the sidebar of reactions and risks. Tab walks every item of the
 * timeline before it leaves; F6 gets past it at once. */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include "pl-window-private.h"

#define N_REGIONS 3

static guint
get_regions (PlWindow *self,
             GtkWidget *regions[N_REGIONS])
{
  GtkWidget *candidates[N_REGIONS] = {
    GTK_WIDGET (self->timeline_view),
    gtk_stack_get_visible_child (self->lower_stack),
    self->sidebar,
  };
  guint n = 0;

  for (guint i = 0; i < N_REGIONS; i++)
    if (candidates[i] != NULL && gtk_widget_is_drawable (candidates[i]))
      regions[n++] = candidates[i];
  return n;
}

static void
focus_region_action (GtkWidget *widget,
                     const char *action_name,
                     GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));
  gboolean forward = g_str_equal (action_name, "win.focus-next-region");
  GtkWidget *regions[N_REGIONS];
  guint n = get_regions (self, regions);
  guint current = forward ? n - 1 : 0;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    if (focus != NULL && (focus == regions[i] || gtk_widget_is_ancestor (focus, regions[i])))
      current = i;

  /* The next region that takes the focus; a region without anything to
   * focus, such as an empty list, is passed over. */
  for (guint step = 1; step <= n; step++)
    {
      GtkWidget *region = regions[(current + (forward ? step : n - step)) % n];

      if (gtk_widget_child_focus (region, GTK_DIR_TAB_FORWARD) || gtk_widget_grab_focus (region))
        return;
    }
}

void
_pl_window_focus_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.focus-next-region", NULL, focus_region_action);
  gtk_widget_class_install_action (widget_class, "win.focus-previous-region", NULL, focus_region_action);
}

void
_pl_window_focus_init (PlWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  /* Before the focused widget: the panes' own F6 only goes between the
   * two sides of the pane the focus is in. */
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (shortcuts),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, 0), gtk_named_action_new ("win.focus-next-region")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_F6, GDK_SHIFT_MASK),
                                                          gtk_named_action_new ("win.focus-previous-region")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
}
