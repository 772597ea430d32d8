/* pl-slide-view.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlideView"

#include "config.h"

#include "pl-slide-view.h"

#include <glib/gi18n.h>

struct _PlSlideView
{
  GtkWidget parent_instance;

  PlSlideDeck *deck;   /* owned, nullable */
  PlRenderStyle style; /* slides keep their own light look, as exported */
  int index;           /* the slide shown; -1 or past the end shows nothing */
  PlSlideBlank blank;
};

G_DEFINE_FINAL_TYPE (PlSlideView, pl_slide_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_DECK,
  PROP_INDEX,
  PROP_BLANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_label (PlSlideView *self);

static void
deck_changed_cb (PlSlideView *self)
{
  update_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
append_blank (GtkSnapshot *snapshot,
              PlSlideBlank blank,
              double width,
              double height)
{
  GdkRGBA color = { 0, 0, 0, 1 };

  if (blank == PL_SLIDE_BLANK_WHITE)
    color = (GdkRGBA){ 1, 1, 1, 1 };
  gtk_snapshot_append_color (snapshot, &color, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
pl_slide_view_snapshot (GtkWidget *widget,
                        GtkSnapshot *snapshot)
{
  PlSlideView *self = PL_SLIDE_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double deck_width, deck_height, scale, x, y;
  cairo_t *cr;

  if (self->blank != PL_SLIDE_BLANK_NONE)
    {
      append_blank (snapshot, self->blank, width, height);
      return;
    }
  if (self->deck == NULL || self->index < 0 || (guint) self->index >= pl_slide_deck_get_n_slides (self->deck) ||
      width < 1 || height < 1)
    return;

  deck_width = pl_slide_deck_get_width (self->deck);
  deck_height = pl_slide_deck_get_height (self->deck);
  scale = MIN (width / deck_width, height / deck_height);
  x = floor ((width - deck_width * scale) / 2);
  y = floor ((height - deck_height * scale) / 2);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (x, y, deck_width * scale, deck_height * scale));
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, deck_width, deck_height);
  cairo_clip (cr);
  pl_slide_deck_render (self->deck, (guint) self->index, cr, &self->style);
  cairo_destroy (cr);
}

static void
pl_slide_view_measure (GtkWidget *widget,
                       GtkOrientation orientation,
                       int for_size,
                       int *minimum,
                       int *natural,
                       int *minimum_baseline,
                       int *natural_baseline)
{
  /* Any size will do; the slide scales to it. A 16:9 natural size. */
  *minimum = 16;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 180;
}

static void
pl_slide_view_dispose (GObject *object)
{
  PlSlideView *self = PL_SLIDE_VIEW (object);

  g_clear_object (&self->deck);
  G_OBJECT_CLASS (pl_slide_view_parent_class)->dispose (object);
}

static void
pl_slide_view_finalize (GObject *object)
{
  PlSlideView *self = PL_SLIDE_VIEW (object);

  pl_render_style_clear (&self->style);
  G_OBJECT_CLASS (pl_slide_view_parent_class)->finalize (object);
}

static void
pl_slide_view_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  PlSlideView *self = PL_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DECK:
      g_value_set_object (value, self->deck);
      break;
    case PROP_INDEX:
      g_value_set_int (value, self->index);
      break;
    case PROP_BLANK:
      g_value_set_int (value, self->blank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_slide_view_set_property (GObject *object,
                            guint prop_id,
                            const GValue *value,
                            GParamSpec *pspec)
{
  PlSlideView *self = PL_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DECK:
      pl_slide_view_set_deck (self, g_value_get_object (value));
      break;
    case PROP_INDEX:
      pl_slide_view_set_index (self, g_value_get_int (value));
      break;
    case PROP_BLANK:
      pl_slide_view_set_blank (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_slide_view_class_init (PlSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_slide_view_dispose;
  object_class->finalize = pl_slide_view_finalize;
  object_class->get_property = pl_slide_view_get_property;
  object_class->set_property = pl_slide_view_set_property;
  widget_class->snapshot = pl_slide_view_snapshot;
  widget_class->measure = pl_slide_view_measure;

  properties[PROP_DECK] =
      g_param_spec_object ("deck", NULL, NULL, PL_TYPE_SLIDE_DECK,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INDEX] =
      g_param_spec_int ("index", NULL, NULL, -1, G_MAXINT, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BLANK] =
      g_param_spec_int ("blank", NULL, NULL, PL_SLIDE_BLANK_NONE, PL_SLIDE_BLANK_WHITE, PL_SLIDE_BLANK_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "slideview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pl_slide_view_init (PlSlideView *self)
{
  self->index = -1;
  pl_render_style_init (&self->style, FALSE, FALSE);
}

GtkWidget *
pl_slide_view_new (void)
{
  return g_object_new (PL_TYPE_SLIDE_VIEW, NULL);
}

PlSlideDeck *
pl_slide_view_get_deck (PlSlideView *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_VIEW (self), NULL);
  return self->deck;
}

/* A screen reader reads the slide's title, then where it is in the deck. */
static void
update_label (PlSlideView *self)
{
  const char *title = NULL;
  g_autofree char *position = NULL;
  guint n = self->deck != NULL ? pl_slide_deck_get_n_slides (self->deck) : 0;

  if (self->index >= 0 && (guint) self->index < n)
    {
      title = pl_slide_deck_get_slide_title (self->deck, (guint) self->index);
      /* Translators: where a slide is in the presentation, "Slide 3 of 12" */
      position = g_strdup_printf (_ ("Slide %u of %u"), (guint) self->index + 1, n);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, position != NULL ? position : "", -1);
}

void
pl_slide_view_set_deck (PlSlideView *self,
                        PlSlideDeck *deck)
{
  g_return_if_fail (PL_IS_SLIDE_VIEW (self));
  g_return_if_fail (deck == NULL || PL_IS_SLIDE_DECK (deck));

  if (self->deck == deck)
    return;
  if (self->deck != NULL)
    g_signal_handlers_disconnect_by_data (self->deck, self);
  g_set_object (&self->deck, deck);
  if (deck != NULL)
    g_signal_connect_object (deck, "notify", G_CALLBACK (deck_changed_cb), self, G_CONNECT_SWAPPED);
  update_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECK]);
}

int
pl_slide_view_get_index (PlSlideView *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_VIEW (self), -1);
  return self->index;
}

void
pl_slide_view_set_index (PlSlideView *self,
                         int index)
{
  g_return_if_fail (PL_IS_SLIDE_VIEW (self));

  index = MAX (index, -1);
  if (self->index == index)
    return;
  self->index = index;
  update_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDEX]);
}

PlSlideBlank
pl_slide_view_get_blank (PlSlideView *self)
{
  g_return_val_if_fail (PL_IS_SLIDE_VIEW (self), PL_SLIDE_BLANK_NONE);
  return self->blank;
}

void
pl_slide_view_set_blank (PlSlideView *self,
                         PlSlideBlank blank)
{
  g_return_if_fail (PL_IS_SLIDE_VIEW (self));

  if (self->blank == blank)
    return;
  self->blank = blank;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}
