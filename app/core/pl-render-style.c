/* pl-render-style.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-render-style.h"

#include <string.h>

static PlColor
rgb (guint32 hex)
{
  return (PlColor){ ((hex >> 16) & 0xff) / 255.0, ((hex >> 8) & 0xff) / 255.0, (hex & 0xff) / 255.0, 1 };
}

/* Categories take the Okabe-Ito palette, which stays distinct for the common
 * kinds of colour blindness; the dark variants are the same hues lightened so
 * that text on them keeps its contrast. */
static const guint32 category_light[PL_N_CATEGORIES] = {
  0xd55e00, /* security: vermillion */
  0x009e73, /* humanitarian: bluish green */
  0x0072b2, /* diplomacy: blue */
  0xcc79a7, /* governance: reddish purple */
  0xe69f00, /* economy: orange */
  0x8a8a8a, /* other: grey */
};
static const guint32 category_dark[PL_N_CATEGORIES] = {
  0xf07b2d,
  0x2cc69b,
  0x56b4e9,
  0xe29ac2,
  0xf0b429,
  0xa8a8a8,
};

/**
 * pl_render_style_init:
 * @style: (out caller-allocates): the style to fill
 * @dark: whether for a dark background
 * @high_contrast: whether for the high-contrast theme
 *
 * Fills @style with Phaseline's own look; views then override what their
 * theme says. Free it with pl_render_style_clear().
 */
void
pl_render_style_init (PlRenderStyle *style,
                      gboolean dark,
                      gboolean high_contrast)
{
  memset (style, 0, sizeof *style);
  style->dark = dark;
  style->high_contrast = high_contrast;
  style->font_family = g_strdup ("Cantarell, DejaVu Sans, sans-serif");
  style->font_size = 13;

  if (dark)
    {
      style->foreground = rgb (0xffffff);
      style->secondary = rgb (0xb8b8be);
      style->background = rgb (0x242424);
      style->surface = rgb (0x333338);
      style->grid = rgb (0x4a4a50);
      style->accent = rgb (0x78aeed);
      style->focus = rgb (0x78aeed);
      style->now = rgb (0xff7b63);
    }
  else
    {
      style->foreground = rgb (0x1e1e22);
      style->secondary = rgb (0x5e5c64);
      style->background = rgb (0xfafafa);
      style->surface = rgb (0xffffff);
      style->grid = rgb (0xdeddda);
      style->accent = rgb (0x1c71d8);
      style->focus = rgb (0x1c71d8);
      style->now = rgb (0xc01c28);
    }
  for (guint i = 0; i < PL_N_CATEGORIES; i++)
    style->category[i] = rgb (dark ? category_dark[i] : category_light[i]);

  style->status[PL_STATUS_UNKNOWN] = style->secondary;
  style->status[PL_STATUS_COMPLETED] = rgb (dark ? 0x57e389 : 0x26a269);
  style->status[PL_STATUS_CURRENT] = rgb (dark ? 0x78aeed : 0x1c71d8);
  style->status[PL_STATUS_PLANNED] = rgb (dark ? 0xc0bfbc : 0x77767b);

  if (high_contrast)
    {
      style->secondary = style->foreground;
      style->grid = pl_color_mix (style->foreground, style->background, 0.5);
      style->surface = style->background;
    }
}

void
pl_render_style_clear (PlRenderStyle *style)
{
  g_clear_pointer (&style->font_family, g_free);
}

void
pl_render_style_copy (PlRenderStyle *dest,
                      const PlRenderStyle *src)
{
  *dest = *src;
  dest->font_family = g_strdup (src->font_family);
}

/**
 * pl_color_mix:
 *
 * Returns: @a moved towards @b by @amount (0 keeps @a, 1 gives @b)
 */
PlColor
pl_color_mix (PlColor a,
              PlColor b,
              double amount)
{
  return (PlColor){
    a.red + (b.red - a.red) * amount,
    a.green + (b.green - a.green) * amount,
    a.blue + (b.blue - a.blue) * amount,
    a.alpha + (b.alpha - a.alpha) * amount,
  };
}

/**
 * pl_color_parse:
 * @text: "#rgb" or "#rrggbb"
 *
 * Returns: whether @text was a colour
 */
gboolean
pl_color_parse (const char *text,
                PlColor *out_color)
{
  guint32 value = 0;
  size_t len;

  if (text == NULL || text[0] != '#')
    return FALSE;
  len = strlen (text + 1);
  if (len != 3 && len != 6)
    return FALSE;
  for (size_t i = 1; i <= len; i++)
    {
      int digit = g_ascii_xdigit_value (text[i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (guint32) digit;
      if (len == 3)
        value = value * 16 + (guint32) digit;
    }
  *out_color = rgb (value);
  return TRUE;
}

/**
 * pl_locale_is_rtl:
 *
 * Whether the user's language is written from right to left, so that
 * drawings made without a widget (exports, printed pages) mirror as the
 * window does. It asks GTK's own catalogue the question GTK asks, through
 * gettext alone, so the core stays free of GTK.
 *
 * Returns: %TRUE in an Arabic, Hebrew or other right-to-left locale
 */
gboolean
pl_locale_is_rtl (void)
{
  const char *value = g_dgettext ("gtk40", "default:LTR");

  if (g_strcmp0 (g_getenv ("PHASELINE_DIRECTION"), "rtl") == 0)
    return TRUE;
  if (g_strcmp0 (g_getenv ("PHASELINE_DIRECTION"), "ltr") == 0)
    return FALSE;
  return g_strcmp0 (value, "default:RTL") == 0;
}
