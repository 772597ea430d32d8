/* pl-slide-view.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-slide-deck.h"

G_BEGIN_DECLS

/**
 * PlSlideBlank:
 * @PL_SLIDE_BLANK_NONE: the slide shows
 * @PL_SLIDE_BLANK_BLACK: the screen is black
 * @PL_SLIDE_BLANK_WHITE: the screen is white
 */
typedef enum
{
  PL_SLIDE_BLANK_NONE,
  PL_SLIDE_BLANK_BLACK,
  PL_SLIDE_BLANK_WHITE,
} PlSlideBlank;

#define PL_TYPE_SLIDE_VIEW (pl_slide_view_get_type ())

/* One slide of a deck, scaled to fit and letterboxed; a thin adapter over
 * pl_slide_deck_render(). */
G_DECLARE_FINAL_TYPE (PlSlideView, pl_slide_view, PL, SLIDE_VIEW, GtkWidget)

GtkWidget *pl_slide_view_new (void);
PlSlideDeck *pl_slide_view_get_deck (PlSlideView *self);
void pl_slide_view_set_deck (PlSlideView *self,
                             PlSlideDeck *deck);
int pl_slide_view_get_index (PlSlideView *self);
void pl_slide_view_set_index (PlSlideView *self,
                              int index);
PlSlideBlank pl_slide_view_get_blank (PlSlideView *self);
void pl_slide_view_set_blank (PlSlideView *self,
                              PlSlideBlank blank);

G_END_DECLS
