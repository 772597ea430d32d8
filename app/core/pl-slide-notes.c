/* pl-slide-notes.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pl-slide-private.h"

/* Notes pages, the size of a slide: the slide drawn small on the start side
 * with its speaker notes beside it, going on over further pages when they
 * are long. */

#define THUMBNAIL_SHARE 0.36 /* of the content box's width */

/**
 * _pl_slide_notes_build:
 * @slide: the slide the notes are for
 * @index: its position in the deck
 * @notes: (nullable): its speaker notes
 * @out_pages: (element-type PlSlide): where to add the pages
 */
void
_pl_slide_notes_build (const PlSlideMetrics *m,
                       const PlSlide *slide,
                       guint index,
                       const char *notes,
                       GPtrArray *out_pages)
{
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  g_autofree char *key = g_strdup_printf ("notes:%s", slide->key);
  /* Translators: the title of a page of speaker notes */
  g_autofree char *title = g_strdup_printf (_ ("Speaker notes, slide %u"), index + 1);
  PlSlideSection section = { .kind = PL_SLIDE_KIND_NOTES, .key = key, .title = title, .section = _ ("Speaker notes"), .accent = -1, .of_slide = (int) index };
  double width = m->width - 2 * m->margin_x;
  double gap = 32 * m->unit;
  double thumb_width = width * THUMBNAIL_SHARE;
  guint first_page = out_pages->len;
  PlSlide *page;

  section.start_reserve = thumb_width + gap;
  if (notes != NULL)
    {
      g_auto (GStrv) lines = g_strsplit (notes, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strchomp (lines[i]);
          if (*lines[i] != '\0')
            g_ptr_array_add (specs, _pl_slide_spec_new_text (PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_NOTES,
                                                             PL_SLIDE_ROLE_FOREGROUND, lines[i]));
        }
    }
  if (specs->len == 0)
    {
      PlSlideSpec *spec = _pl_slide_spec_new (PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_NOTES, PL_SLIDE_ROLE_SECONDARY);

      _pl_slide_spec_append (spec, _ ("No speaker notes for this slide."), PL_SLIDE_ROLE_SECONDARY,
                             PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
      g_ptr_array_add (specs, spec);
    }
  _pl_slide_flow (m, &section, specs, out_pages);

  /* The slide itself, at the top of the start side of the first page. */
  page = g_ptr_array_index (out_pages, first_page);
  {
    PlSlideBlock thumb = { 0 };

    _pl_slide_place (page, m, _pl_slide_spec_new (PL_SLIDE_BLOCK_THUMBNAIL, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND),
                     NULL, m->margin_x, page->content.y, thumb_width, thumb_width * m->height / m->width);
    /* First in the page's blocks, as it comes first in reading order. */
    thumb = g_array_index (page->blocks, PlSlideBlock, page->blocks->len - 1);
    memmove (&g_array_index (page->blocks, PlSlideBlock, 1), &g_array_index (page->blocks, PlSlideBlock, 0),
             (page->blocks->len - 1) * sizeof (PlSlideBlock));
    g_array_index (page->blocks, PlSlideBlock, 0) = thumb;
  }
  /* Its content box is the whole width again, the slide included. */
  page->content.x = m->margin_x;
  page->content.width = width;
}
