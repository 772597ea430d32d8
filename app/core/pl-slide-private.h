/* pl-slide-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

#include "pl-slide-deck.h"

G_BEGIN_DECLS

/* The text blocks, their flow and their painting are shared by the slide
 * deck and the printed summary (pl-summary-*.c), which lays its pages out
 * with the same measuring, splitting and markers at print sizes.
 *
 * Shared by the parts of the slide deck: the text blocks and their
 * measuring (pl-slide-text.c), the flow of blocks onto slides
 * (pl-slide-flow.c), what goes on each slide (pl-slide-content.c), the
 * timeline slides (pl-slide-timeline.c), the notes pages (pl-slide-notes.c)
 * and the drawing (pl-slide-paint.c).
 *
 * Everything is laid out in device pixels at the deck's size, from sizes
 * given in units: a unit is a pixel of a 1280 × 720 slide (of a 960 × 720
 * one at 4:3), so that text keeps its proportion at every size. */

typedef enum
{
  PL_SLIDE_FONT_TITLE,        /* the title slide's title */
  PL_SLIDE_FONT_SUBTITLE,     /* its subtitle */
  PL_SLIDE_FONT_HEADER,       /* a slide's title */
  PL_SLIDE_FONT_HEADER_SMALL, /* a slide's title too long for the other */
  PL_SLIDE_FONT_KICKER,       /* the line above a slide's title */
  PL_SLIDE_FONT_HEADING,      /* a group's heading */
  PL_SLIDE_FONT_BODY,         /* items and paragraphs */
  PL_SLIDE_FONT_SMALL,        /* dates, sources, secondary lines */
  PL_SLIDE_FONT_NOTES,        /* speaker notes on notes pages */
  PL_SLIDE_FONT_FOOTER,       /* the slide number */
  PL_SLIDE_N_FONTS
} PlSlideFont;

/* Colours are chosen when drawing, from the style given then. */
typedef enum
{
  PL_SLIDE_ROLE_FOREGROUND,
  PL_SLIDE_ROLE_SECONDARY,
  PL_SLIDE_ROLE_ACCENT,
} PlSlideRole;

/* What is drawn in a block's gutter, on its start side. */
typedef enum
{
  PL_SLIDE_MARKER_NONE,
  PL_SLIDE_MARKER_BULLET,   /* a dot */
  PL_SLIDE_MARKER_STRIPE,   /* value: a PlCategory, drawn as the timeline's card stripe */
  PL_SLIDE_MARKER_SWATCH,   /* value: a PlCategory, a square by a heading */
  PL_SLIDE_MARKER_STATUS,   /* value: a PlStatus, the timeline's status mark */
  PL_SLIDE_MARKER_SEVERITY, /* value: a PlLevel, a meter of three bars */
  PL_SLIDE_MARKER_STANCE,   /* value: a PlStance, a disc shaped by the stance */
  PL_SLIDE_MARKER_BAR,      /* value: a PlStance, a bar along a reaction */
  PL_SLIDE_MARKER_QUESTION, /* an open question */
} PlSlideMarker;

/* A run of text in a colour role other than the block's own. */
typedef struct
{
  guint start; /* bytes */
  guint end;
  PlSlideRole role;
} PlSlideSpan;

/* A block's text and look, before it is placed. */
typedef struct
{
  PlSlideBlockKind kind;
  PlSlideFont font;
  char *text;           /* owned */
  PangoAttrList *attrs; /* owned, nullable: weights and styles */
  GArray *spans;        /* owned, nullable: PlSlideSpan */
  PlSlideRole role;
  PlSlideMarker marker;
  int value;       /* of the marker */
  gboolean gutter; /* leaves room for a marker, even when it has none */
  PlItem *item;    /* owned reference, nullable */
  gboolean keep_with_next;
  gboolean continues;
  gboolean repeated;
} PlSlideSpec;

/* A placed block. Drawings (timeline, legend, thumbnail) have no layout. */
typedef struct
{
  PlSlideBlockInfo info; /* info.text and info.item borrow from spec */
  PlSlideSpec *spec;     /* owned */
  PangoLayout *layout;   /* owned, nullable */
  double text_x;         /* of the layout, from info.rect.x */
  double first_line;     /* middle of the first line, from info.rect.y */
} PlSlideBlock;

typedef enum
{
  PL_SLIDE_KIND_TITLE,
  PL_SLIDE_KIND_TIMELINE,
  PL_SLIDE_KIND_PHASE,
  PL_SLIDE_KIND_REACTIONS,
  PL_SLIDE_KIND_RISKS,
  PL_SLIDE_KIND_WATCH,
  PL_SLIDE_KIND_NOTES,
} PlSlideKind;

typedef struct
{
  PlSlideKind kind;
  char *key;           /* owned */
  char *title;         /* owned: the whole title, for lists */
  char *section;       /* owned: the footer's label, nullable */
  PangoLayout *kicker; /* owned, nullable */
  PangoLayout *header; /* owned, nullable: the title as drawn */
  double kicker_y;
  double header_y;
  double rule_y;  /* < 0 when there is no header */
  int accent;     /* a PlStatus for the rule's accent, or -1 */
  PlRect content; /* what blocks must stay inside */
  GArray *blocks; /* owned: PlSlideBlock */

  /* Timeline slides: which part of the timeline, in its own px. */
  double timeline_top;    /* scroll */
  double timeline_bottom; /* content px shown down to */
  double timeline_scale;  /* timeline px to units */
  int of_slide;           /* notes pages: the slide they belong to */
} PlSlide;

typedef struct
{
  double width;
  double height;
  double unit; /* px per unit */
  double margin_x;
  double margin_top;
  double footer_y; /* the top of the footer line */
  double content_bottom;
  gboolean rtl;
  char *font_family;                             /* owned */
  PangoContext *context;                         /* owned */
  PangoFontDescription *fonts[PL_SLIDE_N_FONTS]; /* owned */
} PlSlideMetrics;

/* pl-slide-text.c */
void _pl_slide_metrics_init (PlSlideMetrics *m,
                             double width,
                             double height,
                             gboolean rtl);
void _pl_slide_metrics_init_scaled (PlSlideMetrics *m,
                                    double width,
                                    double height,
                                    double unit,
                                    gboolean rtl);
void _pl_slide_metrics_clear (PlSlideMetrics *m);
double _pl_slide_font_size (PlSlideFont font);
PangoLayout *_pl_slide_layout_new (const PlSlideMetrics *m,
                                   PlSlideFont font,
                                   const char *text,
                                   double width);
double _pl_slide_layout_height (PangoLayout *layout);
int _pl_slide_layout_n_lines (PangoLayout *layout);

PlSlideSpec *_pl_slide_spec_new (PlSlideBlockKind kind,
                                 PlSlideFont font,
                                 PlSlideRole role);
void _pl_slide_spec_free (PlSlideSpec *spec);
PlSlideSpec *_pl_slide_spec_copy (const PlSlideSpec *spec);
void _pl_slide_spec_append (PlSlideSpec *spec,
                            const char *text,
                            PlSlideRole role,
                            PangoWeight weight,
                            PangoStyle style);
PlSlideSpec *_pl_slide_spec_new_text (PlSlideBlockKind kind,
                                      PlSlideFont font,
                                      PlSlideRole role,
                                      const char *text);
void _pl_slide_spec_set_marker (PlSlideSpec *spec,
                                PlSlideMarker marker,
                                int value);
void _pl_slide_spec_set_item (PlSlideSpec *spec,
                              gpointer item);
double _pl_slide_spec_gutter (const PlSlideMetrics *m,
                              const PlSlideSpec *spec);
PangoLayout *_pl_slide_spec_measure (const PlSlideMetrics *m,
                                     const PlSlideSpec *spec,
                                     double width);
gboolean _pl_slide_spec_split (const PlSlideSpec *spec,
                               PangoLayout *layout,
                               double available,
                               PlSlideSpec **out_head,
                               PlSlideSpec **out_tail);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlSlideSpec, _pl_slide_spec_free)

/* pl-slide-flow.c */
PlSlide *_pl_slide_new (const PlSlideMetrics *m,
                        PlSlideKind kind,
                        const char *key,
                        const char *title,
                        const char *short_title,
                        const char *kicker,
                        const char *section,
                        int accent,
                        gboolean with_header,
                        PlSlideSpec **out_title_block);
void _pl_slide_free (PlSlide *slide);
void _pl_slide_place (PlSlide *slide,
                      const PlSlideMetrics *m,
                      PlSlideSpec *spec,
                      PangoLayout *layout,
                      double x,
                      double y,
                      double width,
                      double height);

/* What _pl_slide_flow() pours onto slides. */
typedef struct
{
  PlSlideKind kind;
  const char *key;
  const char *title;
  const char *kicker;   /* nullable */
  const char *section;  /* nullable */
  int accent;           /* a PlStatus, or -1 */
  gboolean centered;    /* the first slide's blocks sit in the middle */
  gboolean no_header;   /* the first slide has no header (the title slide) */
  guint columns;        /* side by side on a slide; 0 or 1 for one */
  int of_slide;         /* for notes pages */
  double start_reserve; /* px kept free on the start side of the first slide */
} PlSlideSection;

void _pl_slide_flow (const PlSlideMetrics *m,
                     const PlSlideSection *section,
                     GPtrArray *specs,
                     GPtrArray *out_slides);

/* pl-slide-content.c */
void _pl_slide_content_title (const PlSlideMetrics *m,
                              PlBriefing *briefing,
                              GPtrArray *out_slides);
void _pl_slide_content_body (const PlSlideMetrics *m,
                             PlBriefing *briefing,
                             GPtrArray *out_slides);

/* pl-slide-timeline.c */
typedef struct _PlSlideTimeline PlSlideTimeline;

PlSlideTimeline *_pl_slide_timeline_new (const PlSlideMetrics *m,
                                         PlBriefing *briefing,
                                         PlTimelineMode mode);
void _pl_slide_timeline_free (PlSlideTimeline *timeline);
gboolean _pl_slide_timeline_is_empty (PlSlideTimeline *timeline);
PlTimelineLayout *_pl_slide_timeline_get_layout (PlSlideTimeline *timeline);
const PlRenderStyle *_pl_slide_timeline_get_style (PlSlideTimeline *timeline);
void _pl_slide_timeline_paginate (PlSlideTimeline *timeline,
                                  const PlSlideMetrics *m,
                                  GPtrArray *out_slides);
void _pl_slide_timeline_draw (PlSlideTimeline *timeline,
                              const PlSlideMetrics *m,
                              const PlSlide *slide,
                              const PlSlideBlock *block,
                              cairo_t *cr,
                              const PlRenderStyle *style);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlSlideTimeline, _pl_slide_timeline_free)

/* pl-slide-notes.c */
void _pl_slide_notes_build (const PlSlideMetrics *m,
                            const PlSlide *slide,
                            guint index,
                            const char *notes,
                            GPtrArray *out_pages);

/* pl-slide-paint.c */
void _pl_slide_paint_block (const PlSlideMetrics *m,
                            const PlSlide *slide,
                            const PlSlideBlock *block,
                            PlSlideTimeline *timeline,
                            cairo_t *cr,
                            const PlRenderStyle *style);
void _pl_slide_paint (const PlSlideMetrics *m,
                      const PlSlide *slide,
                      guint number,
                      guint n_slides,
                      const PlSlide *shown,
                      PlSlideTimeline *timeline,
                      cairo_t *cr,
                      const PlRenderStyle *style);

G_END_DECLS
