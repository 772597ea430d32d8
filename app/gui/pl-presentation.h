/* pl-presentation.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-history.h"

#include "pl-slide-deck.h"
#include "pl-slide-view.h"

G_BEGIN_DECLS

/**
 * PlPace:
 * @PL_PACE_NONE: no target duration
 * @PL_PACE_AHEAD: more slides done than the time used would ask for
 * @PL_PACE_ON_TIME: about where the time says
 * @PL_PACE_BEHIND: fewer slides done than the time used asks for
 * @PL_PACE_OVER: the target duration has passed
 */
typedef enum
{
  PL_PACE_NONE,
  PL_PACE_AHEAD,
  PL_PACE_ON_TIME,
  PL_PACE_BEHIND,
  PL_PACE_OVER,
} PlPace;

/* How to present, as the Present dialog chose it. */
typedef struct
{
  GdkMonitor *monitor; /* borrowed, nullable: where the audience goes; NULL picks */
  gboolean windowed;   /* the audience in a window, for screen sharing */
  gboolean console;    /* show the presenter console */
  guint duration_min;  /* target duration in minutes; 0 for none */
} PlPresentOptions;

#define PL_TYPE_PRESENTATION (pl_presentation_get_type ())

/* One running presentation: the deck, the slide shown, black or white
 * screen, the clock, and its two windows, the audience's and the
 * presenter console. Both windows hold it; it ends with
 * pl_presentation_stop() or when the audience window closes. */
G_DECLARE_FINAL_TYPE (PlPresentation, pl_presentation, PL, PRESENTATION, GObject)

PlPresentation *pl_presentation_new (GtkApplication *application,
                                     PlBriefing *briefing,
                                     guint start);
void pl_presentation_start (PlPresentation *self,
                            const PlPresentOptions *options);
void pl_presentation_stop (PlPresentation *self);
gboolean pl_presentation_get_running (PlPresentation *self);

PlSlideDeck *pl_presentation_get_deck (PlPresentation *self);
PlBriefing *pl_presentation_get_briefing (PlPresentation *self);
void pl_presentation_set_history (PlPresentation *self,
                                  PlHistory *history);
void pl_presentation_set_slide_notes (PlPresentation *self,
                                      guint index,
                                      const char *notes);
guint pl_presentation_get_n_slides (PlPresentation *self);
guint pl_presentation_get_current (PlPresentation *self);
void pl_presentation_go_to (PlPresentation *self,
                            guint index);
PlSlideBlank pl_presentation_get_blank (PlPresentation *self);
void pl_presentation_set_blank (PlPresentation *self,
                                PlSlideBlank blank);
gboolean pl_presentation_get_windowed (PlPresentation *self);
void pl_presentation_set_windowed (PlPresentation *self,
                                   gboolean windowed);
gboolean pl_presentation_get_keys_visible (PlPresentation *self);
gboolean pl_presentation_get_overview_visible (PlPresentation *self);
const char *pl_presentation_get_typed_number (PlPresentation *self);
int pl_presentation_get_notes_size (PlPresentation *self);
void pl_presentation_set_notes_size (PlPresentation *self,
                                     int size);
guint pl_presentation_get_duration (PlPresentation *self);
gint64 pl_presentation_get_elapsed (PlPresentation *self);
PlPace pl_presentation_get_pace (PlPresentation *self,
                                 gint64 elapsed_us);
GdkMonitor *pl_presentation_get_audience_monitor (PlPresentation *self);
GtkWindow *pl_presentation_get_audience_window (PlPresentation *self);
GtkWindow *pl_presentation_get_presenter_window (PlPresentation *self);
GActionGroup *pl_presentation_get_actions (PlPresentation *self);
gboolean pl_presentation_handle_key (PlPresentation *self,
                                     guint keyval,
                                     GdkModifierType state);
void pl_presentation_add_key_controller (PlPresentation *self,
                                         GtkWidget *window);

/* For tests: whether the screensaver was asked to stay off, and how many
 * times it was asked. */
gboolean _pl_presentation_get_inhibited (PlPresentation *self);
guint _pl_presentation_get_n_inhibits (PlPresentation *self);

G_END_DECLS
