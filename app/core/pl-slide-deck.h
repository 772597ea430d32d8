/* pl-slide-deck.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "pl-briefing.h"
#include "pl-render-style.h"
#include "pl-timeline-layout.h"

G_BEGIN_DECLS

#define PL_SLIDE_DEFAULT_WIDTH 1280.0
#define PL_SLIDE_DEFAULT_HEIGHT 720.0
#define PL_SLIDE_MIN_SIDE 320.0
#define PL_SLIDE_MAX_SIDE 16384.0

/**
 * PlSlideBlockKind:
 * @PL_SLIDE_BLOCK_TEXT: a paragraph: a title, a summary, a line of dates
 * @PL_SLIDE_BLOCK_HEADING: the heading of a group: a category, a stance, a severity
 * @PL_SLIDE_BLOCK_ITEM: one item: a component, reaction, risk, event or source
 * @PL_SLIDE_BLOCK_TIMELINE: the timeline, drawn by the timeline renderer
 * @PL_SLIDE_BLOCK_LEGEND: the key to the timeline's colours and marks
 * @PL_SLIDE_BLOCK_THUMBNAIL: on a notes page, the slide drawn small
 */
typedef enum
{
  PL_SLIDE_BLOCK_TEXT,
  PL_SLIDE_BLOCK_HEADING,
  PL_SLIDE_BLOCK_ITEM,
  PL_SLIDE_BLOCK_TIMELINE,
  PL_SLIDE_BLOCK_LEGEND,
  PL_SLIDE_BLOCK_THUMBNAIL,
} PlSlideBlockKind;

/* One laid-out block of a slide, as tests and accessibility see it. */
typedef struct
{
  PlSlideBlockKind kind;
  PlRect rect;        /* px in the slide, its marker included */
  const char *text;   /* what it says, whole; NULL for drawings */
  PlItem *item;       /* the item it shows, or NULL */
  gboolean continues; /* goes on from the last block of the slide before */
  gboolean repeated;  /* a group heading repeated from the slide before */
} PlSlideBlockInfo;

#define PL_TYPE_SLIDE_DECK (pl_slide_deck_get_type ())

/* The briefing as slides: a title slide, the timeline, a slide per phase,
 * the reactions, the risks and what to watch, each continued on further
 * slides when it does not fit. Follows the briefing's changes. */
G_DECLARE_FINAL_TYPE (PlSlideDeck, pl_slide_deck, PL, SLIDE_DECK, GObject)

PlSlideDeck *pl_slide_deck_new (PlBriefing *briefing,
                                double width,
                                double height);
PlBriefing *pl_slide_deck_get_briefing (PlSlideDeck *self);
double pl_slide_deck_get_width (PlSlideDeck *self);
double pl_slide_deck_get_height (PlSlideDeck *self);
void pl_slide_deck_set_size (PlSlideDeck *self,
                             double width,
                             double height);
PlTimelineMode pl_slide_deck_get_timeline_mode (PlSlideDeck *self);
void pl_slide_deck_set_timeline_mode (PlSlideDeck *self,
                                      PlTimelineMode mode);

guint pl_slide_deck_get_n_slides (PlSlideDeck *self);
const char *pl_slide_deck_get_slide_key (PlSlideDeck *self,
                                         guint index);
const char *pl_slide_deck_get_slide_title (PlSlideDeck *self,
                                           guint index);
const char *pl_slide_deck_get_slide_notes (PlSlideDeck *self,
                                           guint index);
int pl_slide_deck_find_slide (PlSlideDeck *self,
                              const char *key);
int pl_slide_deck_find_slide_for_item (PlSlideDeck *self,
                                       PlItem *item);

void pl_slide_deck_render (PlSlideDeck *self,
                           guint index,
                           cairo_t *cr,
                           const PlRenderStyle *style);
void pl_slide_deck_get_content_box (PlSlideDeck *self,
                                    guint index,
                                    PlRect *out_box);
guint pl_slide_deck_get_n_blocks (PlSlideDeck *self,
                                  guint index);
void pl_slide_deck_get_block (PlSlideDeck *self,
                              guint index,
                              guint block,
                              PlSlideBlockInfo *out_info);

guint pl_slide_deck_get_n_notes_pages (PlSlideDeck *self,
                                       guint index);
void pl_slide_deck_render_notes_page (PlSlideDeck *self,
                                      guint index,
                                      guint page,
                                      cairo_t *cr,
                                      const PlRenderStyle *style);
void pl_slide_deck_get_notes_page_content_box (PlSlideDeck *self,
                                               guint index,
                                               guint page,
                                               PlRect *out_box);
guint pl_slide_deck_get_notes_page_n_blocks (PlSlideDeck *self,
                                             guint index,
                                             guint page);
void pl_slide_deck_get_notes_page_block (PlSlideDeck *self,
                                         guint index,
                                         guint page,
                                         guint block,
                                         PlSlideBlockInfo *out_info);

G_END_DECLS
