/* pl-presentation-screens.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPresentation"

#include "config.h"

#include "pl-presentation-private.h"

#include <glib/gi18n.h>

/* Which monitor shows the slides and which the console, swapping them,
 * and keeping the screensaver away while presenting. */

guint
_pl_presentation_get_n_monitors (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  return display != NULL ? g_list_model_get_n_items (gdk_display_get_monitors (display)) : 0;
}

GdkMonitor *
_pl_presentation_get_monitor (guint position)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr (GdkMonitor) monitor = g_list_model_get_item (monitors, position);

  return monitor; /* the display holds it */
}

/* Another monitor than @monitor, the next in the display's list. */
GdkMonitor *
_pl_presentation_get_other_monitor (GdkMonitor *monitor)
{
  guint n = _pl_presentation_get_n_monitors ();

  for (guint i = 0; i < n; i++)
    if (_pl_presentation_get_monitor (i) == monitor)
      return _pl_presentation_get_monitor ((i + 1) % n);
  return n > 0 ? _pl_presentation_get_monitor (0) : NULL;
}

/* Where the window the user presented from is, so the audience goes to
 * another monitor by default. */
GdkMonitor *
_pl_presentation_get_active_monitor (PlPresentation *self)
{
  GtkWindow *active = self->application != NULL ? gtk_application_get_active_window (self->application) : NULL;
  GdkSurface *surface = active != NULL ? gtk_native_get_surface (GTK_NATIVE (active)) : NULL;

  if (surface == NULL)
    return NULL;
  return gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
}

void
_pl_presentation_place_audience (PlPresentation *self)
{
  if (self->audience == NULL)
    return;
  if (self->windowed)
    gtk_window_unfullscreen (self->audience);
  else if (self->audience_monitor != NULL)
    gtk_window_fullscreen_on_monitor (self->audience, self->audience_monitor);
  else
    gtk_window_fullscreen (self->audience);
}

void
_pl_presentation_place_presenter (PlPresentation *self)
{
  if (self->presenter == NULL)
    return;
  /* Full screen only where it does not cover the audience's screen. */
  if (self->presenter_monitor != NULL && self->presenter_monitor != self->audience_monitor)
    gtk_window_fullscreen_on_monitor (self->presenter, self->presenter_monitor);
  else
    gtk_window_unfullscreen (self->presenter);
}

void
_pl_presentation_swap_screens (PlPresentation *self)
{
  GdkMonitor *old = self->audience_monitor;
  GdkMonitor *next;

  if (_pl_presentation_get_n_monitors () < 2 || old == NULL)
    {
      /* One screen: bring the other window to the front instead. */
      if (self->presenter != NULL && gtk_window_is_active (GTK_WINDOW (self->audience)))
        gtk_window_present (self->presenter);
      else if (self->audience != NULL)
        gtk_window_present (self->audience);
      return;
    }
  next = _pl_presentation_get_other_monitor (old);
  g_set_weak_pointer (&self->audience_monitor, next);
  g_set_weak_pointer (&self->presenter_monitor, old);
  _pl_presentation_place_audience (self);
  _pl_presentation_place_presenter (self);
}

void
_pl_presentation_inhibit (PlPresentation *self)
{
  if (self->application == NULL || self->inhibit_cookie != 0)
    return;
  self->n_inhibits++;
  self->inhibit_cookie = gtk_application_inhibit (self->application, self->audience, GTK_APPLICATION_INHIBIT_IDLE,
                                                  _ ("Presenting a briefing"));
}

void
_pl_presentation_uninhibit (PlPresentation *self)
{
  if (self->inhibit_cookie != 0 && self->application != NULL)
    gtk_application_uninhibit (self->application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
}
