/* pl-slide-deck.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include "pl-slide-deck.h"

#include "pl-briefing-private.h"
#include "pl-slide-private.h"

/* The slide deck: the slides of a briefing at one size, laid out when first
 * asked for and again after the briefing changes. A change of speaker notes
 * only lays out that slide's notes pages again. */

struct _PlSlideDeck
{
  GObject parent_instance;

  PlBriefing *briefing; /* owned */
  double width;
  double height;
  PlTimelineMode mode;

  /* What the last layout made; slides is NULL until the next one. */
  gboolean has_metrics;
  PlSlideMetrics metrics;
  GPtrArray *slides;         /* owned: PlSlide */
  PlSlideTimeline *timeline; /* owned, nullable */
  GHashTable *by_key;        /* owned: borrowed key → index + 1 */
  GHashTable *by_item;       /* owned: borrowed PlItem → index + 1 */
  GPtrArray *notes_pages;    /* owned: per slide, a GPtrArray of PlSlide or NULL */
  guint64 serial;            /* of the briefing, when last looked at */
  guint64 notes_serial;
};

G_DEFINE_FINAL_TYPE (PlSlideDeck, pl_slide_deck, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BRIEFING,
  PROP_WIDTH,
  PROP_HEIGHT,
  PROP_TIMELINE_MODE,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
invalidate (PlSlideDeck *self)
{
  g_clear_pointer (&self->notes_pages, g_ptr_array_unref);
  g_clear_pointer (&self->by_item, g_hash_table_unref);
  g_clear_pointer (&self->by_key, g_hash_table_unref);
  g_clear_pointer (&self->slides, g_ptr_array_unref);
  g_clear_pointer (&self->timeline, _pl_slide_timeline_free);
  if (self->has_metrics)
    _pl_slide_metrics_clear (&self->metrics);
  self->has_metrics = FALSE;
}

/* The slide showing @item is its own (a phase's meta line), else the first
 * slide that shows it. */
static void
index_items (PlSlideDeck *self)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->slides->len; i++)
      {
        PlSlide *slide = g_ptr_array_index (self->slides, i);

        for (guint b = 0; b < slide->blocks->len; b++)
          {
            PlItem *item = g_array_index (slide->blocks, PlSlideBlock, b).info.item;
            PlSlideBlockKind kind = g_array_index (slide->blocks, PlSlideBlock, b).info.kind;

            if (item == NULL || g_hash_table_contains (self->by_item, item))
              continue;
            if (pass == 1 || (kind == PL_SLIDE_BLOCK_TEXT && slide->kind == PL_SLIDE_KIND_PHASE))
              g_hash_table_insert (self->by_item, item, GUINT_TO_POINTER (i + 1));
          }
      }
}

static void
free_pages (gpointer pages)
{
  if (pages != NULL)
    g_ptr_array_unref (pages);
}

static void
ensure_built (PlSlideDeck *self)
{
  if (self->slides != NULL)
    return;

  _pl_slide_metrics_init (&self->metrics, self->width, self->height, pl_locale_is_rtl ());
  self->has_metrics = TRUE;
  self->slides = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_slide_free);

  _pl_slide_content_title (&self->metrics, self->briefing, self->slides);
  self->timeline = _pl_slide_timeline_new (&self->metrics, self->briefing, self->mode);
  if (!_pl_slide_timeline_is_empty (self->timeline))
    _pl_slide_timeline_paginate (self->timeline, &self->metrics, self->slides);
  _pl_slide_content_body (&self->metrics, self->briefing, self->slides);

  self->by_key = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->slides->len; i++)
    {
      PlSlide *slide = g_ptr_array_index (self->slides, i);
      g_hash_table_insert (self->by_key, slide->key, GUINT_TO_POINTER (i + 1));
    }
  self->by_item = g_hash_table_new (NULL, NULL);
  index_items (self);
  self->notes_pages = g_ptr_array_new_full (self->slides->len, free_pages);
  g_ptr_array_set_size (self->notes_pages, (int) self->slides->len);
}

/* Changes of speaker notes alone leave the slides as they are. */
static void
briefing_changed_cb (PlSlideDeck *self)
{
  guint64 notes_serial;
  guint64 serial = _pl_briefing_get_serial (self->briefing, &notes_serial);
  gboolean notes_only = serial - self->serial == notes_serial - self->notes_serial;

  self->serial = serial;
  self->notes_serial = notes_serial;
  if (notes_only)
    return;
  invalidate (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
slide_notes_changed_cb (PlSlideDeck *self,
                        const char *key)
{
  guint index;

  if (self->slides == NULL || key == NULL)
    return;
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_key, key));
  if (index > 0)
    g_clear_pointer (&g_ptr_array_index (self->notes_pages, index - 1), g_ptr_array_unref);
}

static void
pl_slide_deck_constructed (GObject *object)
{
  PlSlideDeck *self = PL_SLIDE_DECK (object);

  G_OBJECT_CLASS (pl_slide_deck_parent_class)->constructed (object);
  g_return_if_fail (PL_IS_BRIEFING (self->briefing));
  self->serial = _pl_briefing_get_serial (self->briefing, &self->notes_serial);
  g_signal_connect_object (self->briefing, "slide-notes-changed", G_CALLBACK (slide_notes_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->briefing, "changed", G_CALLBACK (briefing_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
pl_slide_deck_dispose (GObject *object)
{
  PlSlideDeck *self = PL_SLIDE_DECK (object);

  invalidate (self);
  g_clear_object (&self->briefing);
  G_OBJECT_CLASS (pl_slide_deck_parent_class)->dispose (object);
}

static void
pl_slide_deck_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  PlSlideDeck *self = PL_SLIDE_DECK (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;

    case PROP_WIDTH:
      g_value_set_double (value, self->width);
      break;

    case PROP_HEIGHT:
      g_value_set_double (value, self->height);
      break;

    case PROP_TIMELINE_MODE:
      g_value_set_int (value, self->mode);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_slide_deck_set_property (GObject *object,
                            guint prop_id,
                            const GValue *value,
                            GParamSpec *pspec)
{
  PlSlideDeck *self = PL_SLIDE_DECK (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      self->briefing = g_value_dup_object (value);
      break;

    case PROP_WIDTH:
      pl_slide_deck_set_size (self, g_value_get_double (value), self->height);
      break;

    case PROP_HEIGHT:
      pl_slide_deck_set_size (self, self->width, g_value_get_double (value));
      break;

    case PROP_TIMELINE_MODE:
      pl_slide_deck_set_timeline_mode (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_slide_deck_class_init (PlSlideDeckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = pl_slide_deck_constructed;
  object_class->dispose = pl_slide_deck_dispose;
  object_class->get_property = pl_slide_deck_get_property;
  object_class->set_property = pl_slide_deck_set_property;

  properties[PROP_BRIEFING] =
      g_param_spec_object ("briefing", NULL, NULL, PL_TYPE_BRIEFING,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDTH] = g_param_spec_double ("width", NULL, NULL, PL_SLIDE_MIN_SIDE, PL_SLIDE_MAX_SIDE,
                                                PL_SLIDE_DEFAULT_WIDTH, flags);
  properties[PROP_HEIGHT] = g_param_spec_double ("height", NULL, NULL, PL_SLIDE_MIN_SIDE, PL_SLIDE_MAX_SIDE,
                                                 PL_SLIDE_DEFAULT_HEIGHT, flags);
  properties[PROP_TIMELINE_MODE] = g_param_spec_int ("timeline-mode", NULL, NULL, PL_TIMELINE_MODE_AUTO,
                                                     PL_TIMELINE_MODE_SEQUENCE, PL_TIMELINE_MODE_AUTO, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlSlideDeck::changed:
   *
   * Emitted when the slides are to be laid out anew, after a change of the
   * briefing, the size or the timeline's mode. Speaker notes are not part
   * of the slides: their changes do not emit it.
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
pl_slide_deck_init (PlSlideDeck *self)
{
  self->width = PL_SLIDE_DEFAULT_WIDTH;
  self->height = PL_SLIDE_DEFAULT_HEIGHT;
}

/**
 * pl_slide_deck_new:
 * @briefing: what the slides show
 * @width: of a slide in px, from %PL_SLIDE_MIN_SIDE to %PL_SLIDE_MAX_SIDE,
 *   such as 1280 or 3840 for 16:9 and 1024 for 4:3
 * @height: of a slide in px, such as 720, 2160 or 768
 *
 * Returns: (transfer full): the slides of @briefing
 */
PlSlideDeck *
pl_slide_deck_new (PlBriefing *briefing,
                   double width,
                   double height)
{
  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  return g_object_new (PL_TYPE_SLIDE_DECK, "briefing", briefing, "width", width, "height", height, NULL);
}

/**
 * pl_slide_deck_get_briefing:
 *
 * Returns: (transfer none): the briefing the slides show
 */
PlBriefing *
pl_slide_deck_get_briefing (PlSlideDeck *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), NULL);
  return self->briefing;
}

double
pl_slide_deck_get_width (PlSlideDeck *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), 0);
  return self->width;
}

double
pl_slide_deck_get_height (PlSlideDeck *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), 0);
  return self->height;
}

/**
 * pl_slide_deck_set_size:
 *
 * Lays the slides out again at @width × @height px. Text keeps its
 * proportion to the slide: a 3840 × 2160 slide looks like a 1280 × 720 one.
 */
void
pl_slide_deck_set_size (PlSlideDeck *self,
                        double width,
                        double height)
{
  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  g_return_if_fail (width >= PL_SLIDE_MIN_SIDE && width <= PL_SLIDE_MAX_SIDE);
  g_return_if_fail (height >= PL_SLIDE_MIN_SIDE && height <= PL_SLIDE_MAX_SIDE);

  if (width == self->width && height == self->height)
    return;
  g_object_freeze_notify (G_OBJECT (self));
  if (width != self->width)
    {
      self->width = width;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDTH]);
    }
  if (height != self->height)
    {
      self->height = height;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEIGHT]);
    }
  invalidate (self);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

PlTimelineMode
pl_slide_deck_get_timeline_mode (PlSlideDeck *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), PL_TIMELINE_MODE_AUTO);
  return self->mode;
}

/**
 * pl_slide_deck_set_timeline_mode:
 *
 * How the timeline slides draw the timeline: by dates or in sequence;
 * %PL_TIMELINE_MODE_AUTO, the default, chooses from the briefing.
 */
void
pl_slide_deck_set_timeline_mode (PlSlideDeck *self,
                                 PlTimelineMode mode)
{
  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  g_return_if_fail (mode <= PL_TIMELINE_MODE_SEQUENCE);

  if (mode == self->mode)
    return;
  self->mode = mode;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_MODE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

guint
pl_slide_deck_get_n_slides (PlSlideDeck *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), 0);
  ensure_built (self);
  return self->slides->len;
}

static PlSlide *
get_slide (PlSlideDeck *self,
           guint index)
{
  ensure_built (self);
  g_return_val_if_fail (index < self->slides->len, NULL);
  return g_ptr_array_index (self->slides, index);
}

/**
 * pl_slide_deck_get_slide_key:
 *
 * A slide's key names it for its speaker notes and stays the same while
 * the briefing's structure does: "title", "timeline", "phase:ID" for a
 * phase's slide, "reactions", "risks", "watch", with "#2", "#3"… added for
 * the slides that continue one, such as "phase:p2#2".
 *
 * Returns: (transfer none): the key of slide @index
 */
const char *
pl_slide_deck_get_slide_key (PlSlideDeck *self,
                             guint index)
{
  PlSlide *slide;

  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), NULL);
  slide = get_slide (self, index);
  return slide ? slide->key : NULL;
}

/**
 * pl_slide_deck_get_slide_title:
 *
 * Returns: (transfer none): the title of slide @index, whole, even when
 *   its header shows it shortened
 */
const char *
pl_slide_deck_get_slide_title (PlSlideDeck *self,
                               guint index)
{
  PlSlide *slide;

  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), NULL);
  slide = get_slide (self, index);
  return slide ? slide->title : NULL;
}

/**
 * pl_slide_deck_get_slide_notes:
 *
 * Returns: (transfer none) (nullable): the speaker notes of slide @index,
 *   kept in the briefing by the slide's key
 */
const char *
pl_slide_deck_get_slide_notes (PlSlideDeck *self,
                               guint index)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), NULL);
  return pl_briefing_get_slide_notes (self->briefing, pl_slide_deck_get_slide_key (self, index));
}

/**
 * pl_slide_deck_find_slide:
 *
 * Returns: the index of the slide with @key, or -1
 */
int
pl_slide_deck_find_slide (PlSlideDeck *self,
                          const char *key)
{
  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), -1);

  if (key == NULL)
    return -1;
  ensure_built (self);
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->by_key, key)) - 1;
}

/**
 * pl_slide_deck_find_slide_for_item:
 * @item: an item of the briefing
 *
 * The slide to start a presentation at for @item: a phase's own slide; the
 * slide listing a component, reaction, risk, source or an event of a
 * phase; the timeline for other events.
 *
 * Returns: the index of the slide, or -1 when no slide shows @item
 */
int
pl_slide_deck_find_slide_for_item (PlSlideDeck *self,
                                   PlItem *item)
{
  guint index;

  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), -1);
  g_return_val_if_fail (item == NULL || PL_IS_ITEM (item), -1);

  if (item == NULL)
    return -1;
  ensure_built (self);
  index = GPOINTER_TO_UINT (g_hash_table_lookup (self->by_item, item));
  if (index > 0)
    return (int) index - 1;
  if (PL_IS_EVENT (item))
    return pl_slide_deck_find_slide (self, "timeline");
  return -1;
}

/**
 * pl_slide_deck_render:
 * @style: (nullable): the colours; %NULL for Phaseline's light look
 *
 * Draws slide @index into @cr at the deck's size, from (0, 0); scale @cr
 * to draw it at another size.
 */
void
pl_slide_deck_render (PlSlideDeck *self,
                      guint index,
                      cairo_t *cr,
                      const PlRenderStyle *style)
{
  PlRenderStyle defaults;
  PlSlide *slide;

  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  g_return_if_fail (cr != NULL);

  slide = get_slide (self, index);
  if (slide == NULL)
    return;
  pl_render_style_init (&defaults, FALSE, FALSE);
  _pl_slide_paint (&self->metrics, slide, index + 1, self->slides->len, NULL, self->timeline, cr,
                   style ? style : &defaults);
  pl_render_style_clear (&defaults);
}

static void
mirror_box (PlSlideDeck *self,
            const PlRect *box,
            PlRect *out_box)
{
  *out_box = *box;
  if (self->metrics.rtl)
    out_box->x = self->width - box->x - box->width;
}

/**
 * pl_slide_deck_get_content_box:
 * @out_box: (out): where the blocks of slide @index must stay, in px
 */
void
pl_slide_deck_get_content_box (PlSlideDeck *self,
                               guint index,
                               PlRect *out_box)
{
  PlSlide *slide;

  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  slide = get_slide (self, index);
  g_return_if_fail (slide != NULL);
  mirror_box (self, &slide->content, out_box);
}

guint
pl_slide_deck_get_n_blocks (PlSlideDeck *self,
                            guint index)
{
  PlSlide *slide;

  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), 0);
  slide = get_slide (self, index);
  return slide ? slide->blocks->len : 0;
}

/**
 * pl_slide_deck_get_block:
 * @out_info: (out): block @block of slide @index, in reading order; its
 *   strings and item belong to the deck until its next layout
 */
void
pl_slide_deck_get_block (PlSlideDeck *self,
                         guint index,
                         guint block,
                         PlSlideBlockInfo *out_info)
{
  PlSlide *slide;

  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  slide = get_slide (self, index);
  g_return_if_fail (slide != NULL && block < slide->blocks->len);
  *out_info = g_array_index (slide->blocks, PlSlideBlock, block).info;
}

/* ---- notes pages --------------------------------------------------------- */

static GPtrArray *
get_notes_pages (PlSlideDeck *self,
                 guint index)
{
  PlSlide *slide = get_slide (self, index);
  GPtrArray **pages;

  if (slide == NULL)
    return NULL;
  pages = (GPtrArray **) &g_ptr_array_index (self->notes_pages, index);
  if (*pages == NULL)
    {
      *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_slide_free);
      _pl_slide_notes_build (&self->metrics, slide, index, pl_briefing_get_slide_notes (self->briefing, slide->key),
                             *pages);
    }
  return *pages;
}

static PlSlide *
get_notes_page (PlSlideDeck *self,
                guint index,
                guint page)
{
  GPtrArray *pages = get_notes_pages (self, index);

  g_return_val_if_fail (pages != NULL && page < pages->len, NULL);
  return g_ptr_array_index (pages, page);
}

/**
 * pl_slide_deck_get_n_notes_pages:
 *
 * Notes pages are the size of a slide: the slide small, with its speaker
 * notes beside it, on as many pages as they need; at least one.
 *
 * Returns: how many notes pages slide @index has
 */
guint
pl_slide_deck_get_n_notes_pages (PlSlideDeck *self,
                                 guint index)
{
  GPtrArray *pages;

  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), 0);
  pages = get_notes_pages (self, index);
  return pages ? pages->len : 0;
}

/**
 * pl_slide_deck_render_notes_page:
 * @style: (nullable): the colours; %NULL for Phaseline's light look
 *
 * Draws notes page @page of slide @index into @cr at the deck's size.
 */
void
pl_slide_deck_render_notes_page (PlSlideDeck *self,
                                 guint index,
                                 guint page,
                                 cairo_t *cr,
                                 const PlRenderStyle *style)
{
  PlRenderStyle defaults;
  PlSlide *notes;

  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  g_return_if_fail (cr != NULL);

  notes = get_notes_page (self, index, page);
  if (notes == NULL)
    return;
  pl_render_style_init (&defaults, FALSE, FALSE);
  _pl_slide_paint (&self->metrics, notes, index + 1, self->slides->len, g_ptr_array_index (self->slides, index),
                   self->timeline, cr, style ? style : &defaults);
  pl_render_style_clear (&defaults);
}

void
pl_slide_deck_get_notes_page_content_box (PlSlideDeck *self,
                                          guint index,
                                          guint page,
                                          PlRect *out_box)
{
  PlSlide *notes;

  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  notes = get_notes_page (self, index, page);
  g_return_if_fail (notes != NULL);
  mirror_box (self, &notes->content, out_box);
}

guint
pl_slide_deck_get_notes_page_n_blocks (PlSlideDeck *self,
                                       guint index,
                                       guint page)
{
  PlSlide *notes;

  g_return_val_if_fail (PL_IS_SLIDE_DECK (self), 0);
  notes = get_notes_page (self, index, page);
  return notes ? notes->blocks->len : 0;
}

void
pl_slide_deck_get_notes_page_block (PlSlideDeck *self,
                                    guint index,
                                    guint page,
                                    guint block,
                                    PlSlideBlockInfo *out_info)
{
  PlSlide *notes;

  g_return_if_fail (PL_IS_SLIDE_DECK (self));
  notes = get_notes_page (self, index, page);
  g_return_if_fail (notes != NULL && block < notes->blocks->len);
  *out_info = g_array_index (notes->blocks, PlSlideBlock, block).info;
}
