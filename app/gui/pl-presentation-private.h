/* pl-presentation-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-presentation.h"

G_BEGIN_DECLS

#define MAX_TYPED_DIGITS 4
#define NOTES_SIZE_MIN 8
#define NOTES_SIZE_MAX 72
#define NOTES_SIZE_DEFAULT 18
#define PACE_SLACK 0.1

struct _PlPresentation
{
  GObject parent_instance;

  /* Owned references */
  PlSlideDeck *deck;
  PlHistory *history; /* the window's, for notes; NULL edits directly */
  GSimpleActionGroup *actions;
  GString *typed; /* digits typed before Enter */

  /* Borrowed references */
  GtkApplication *application;   /* weak */
  GtkWindow *audience;           /* until its "destroy" */
  GtkWindow *presenter;          /* until its "destroy" */
  GdkMonitor *audience_monitor;  /* weak */
  GdkMonitor *presenter_monitor; /* weak */

  guint current;
  PlSlideBlank blank;
  int notes_size;
  guint duration_min;
  gint64 start_time; /* monotonic µs */
  guint inhibit_cookie;
  guint n_inhibits;
  guint running : 1;
  guint stopping : 1;
  guint windowed : 1;
  guint keys_visible : 1;
  guint overview_visible : 1;
};

/* pl-presentation-screens.c: which monitor shows what, and the
 * screensaver. */
guint _pl_presentation_get_n_monitors (void);
GdkMonitor *_pl_presentation_get_monitor (guint position);
GdkMonitor *_pl_presentation_get_other_monitor (GdkMonitor *monitor);
GdkMonitor *_pl_presentation_get_active_monitor (PlPresentation *self);
void _pl_presentation_place_audience (PlPresentation *self);
void _pl_presentation_place_presenter (PlPresentation *self);
void _pl_presentation_swap_screens (PlPresentation *self);
void _pl_presentation_inhibit (PlPresentation *self);
void _pl_presentation_uninhibit (PlPresentation *self);

G_END_DECLS
