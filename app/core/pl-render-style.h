/* pl-render-style.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "pl-enums.h"

G_BEGIN_DECLS

#define PL_N_CATEGORIES (PL_CATEGORY_OTHER + 1)
#define PL_N_STATUSES (PL_STATUS_PLANNED + 1)

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} PlColor;

/**
 * PlRenderStyle:
 *
 * Everything the core renderers need to know about how things look, as
 * plain values: the widget fills it from its CSS, exports from the defaults.
 * Sizes are in pixels at scale 1.
 */
typedef struct
{
  PlColor foreground; /* main text */
  PlColor secondary;  /* dates, counts, axis labels */
  PlColor background; /* behind everything */
  PlColor surface;    /* cards and bands */
  PlColor grid;       /* axis and tick lines */
  PlColor accent;     /* selection */
  PlColor focus;      /* keyboard focus ring */
  PlColor now;        /* the publication ("now") line */
  PlColor category[PL_N_CATEGORIES];
  PlColor status[PL_N_STATUSES];
  char *font_family; /* a Pango family list, such as "Cantarell, sans" */
  double font_size;  /* px */
  gboolean dark;
  gboolean high_contrast;
} PlRenderStyle;

void pl_render_style_init (PlRenderStyle *style,
                           gboolean dark,
                           gboolean high_contrast);
void pl_render_style_clear (PlRenderStyle *style);
void pl_render_style_copy (PlRenderStyle *dest,
                           const PlRenderStyle *src);
PlColor pl_color_mix (PlColor a,
                      PlColor b,
                      double amount);
gboolean pl_color_parse (const char *text,
                         PlColor *out_color);
gboolean pl_locale_is_rtl (void);

G_END_DECLS
