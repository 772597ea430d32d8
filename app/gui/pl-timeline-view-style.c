/* pl-timeline-view-style.c: how the timeline looks, from the theme's CSS.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimelineView"

#include "config.h"

#include <string.h>

#include "pl-timeline-view-private.h"


static PlColor
color_from_rgba (const GdkRGBA *rgba)
{
  return (PlColor){ rgba->red, rgba->green, rgba->blue, rgba->alpha };
}

static double
luminance (const GdkRGBA *rgba)
{
  return 0.2126 * rgba->red + 0.7152 * rgba->green + 0.0722 * rgba->blue;
}

static gboolean
is_high_contrast (GtkWidget *widget)
{
  g_autofree char *theme = NULL;

  g_object_get (gtk_widget_get_settings (widget), "gtk-theme-name", &theme, NULL);
  return theme != NULL && strstr (theme, "HighContrast") != NULL;
}

/* Looks up "pl_timeline_dark_NAME" on dark themes, then "pl_timeline_NAME". */
static void
lookup_color (GtkStyleContext *context,
              gboolean dark,
              const char *name,
              PlColor *color)
{
  g_autofree char *dark_name = g_strconcat ("pl_timeline_dark_", name, NULL);
  g_autofree char *light_name = g_strconcat ("pl_timeline_", name, NULL);
  GdkRGBA rgba;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if ((dark && gtk_style_context_lookup_color (context, dark_name, &rgba)) ||
      gtk_style_context_lookup_color (context, light_name, &rgba))
    *color = color_from_rgba (&rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static void
fill_font (GtkWidget *widget,
           PlRenderStyle *style)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double dpi = pango_cairo_context_get_resolution (context);
  const char *family;
  double size;

  if (font == NULL)
    return;

  family = pango_font_description_get_family (font);
  if (family != NULL)
    {
      g_free (style->font_family);
      style->font_family = g_strdup (family);
    }
  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    size *= (dpi > 0 ? dpi : 96.0) / 72.0;
  if (size > 0)
    style->font_size = size;
}

/* The style from the CSS: the text colour, the pl_timeline_* colours of
 * style.css, and the font. Dark when the text is light. */
void
_pl_timeline_view_fill_style (GtkWidget *widget,
                              PlRenderStyle *style)
{
  static const struct
  {
    const char *name;
    gsize offset;
    gboolean in_high_contrast;
  } colors[] = {
    { "secondary", G_STRUCT_OFFSET (PlRenderStyle, secondary), FALSE },
    { "background", G_STRUCT_OFFSET (PlRenderStyle, background), TRUE },
    { "surface", G_STRUCT_OFFSET (PlRenderStyle, surface), FALSE },
    { "grid", G_STRUCT_OFFSET (PlRenderStyle, grid), FALSE },
    { "accent", G_STRUCT_OFFSET (PlRenderStyle, accent), TRUE },
    { "focus", G_STRUCT_OFFSET (PlRenderStyle, focus), TRUE },
    { "now", G_STRUCT_OFFSET (PlRenderStyle, now), FALSE },
  };
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean high_contrast = is_high_contrast (widget);
  gboolean dark;
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dark = luminance (&fg) > 0.5;

  pl_render_style_init (style, dark, high_contrast);
  style->foreground = color_from_rgba (&fg);
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    if (!high_contrast || colors[i].in_high_contrast)
      lookup_color (context, dark, colors[i].name,
                    G_STRUCT_MEMBER_P (style, colors[i].offset));
  if (high_contrast)
    {
      /* What pl_render_style_init() derives, from the theme's colours. */
      style->secondary = style->foreground;
      style->surface = style->background;
      style->grid = pl_color_mix (style->foreground, style->background, 0.5);
    }
  fill_font (widget, style);
}

gboolean
_pl_timeline_view_style_equal (const PlRenderStyle *a,
                               const PlRenderStyle *b)
{
  /* Everything before the font is colours, compared as doubles. */
  return memcmp (a, b, G_STRUCT_OFFSET (PlRenderStyle, font_family)) == 0 &&
         g_strcmp0 (a->font_family, b->font_family) == 0 &&
         a->font_size == b->font_size && a->dark == b->dark &&
         a->high_contrast == b->high_contrast;
}
