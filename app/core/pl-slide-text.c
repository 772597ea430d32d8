/* pl-slide-text.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pl-slide-private.h"

/* The text of slides: the sizes of things, the fonts, and the blocks of
 * text that are measured with Pango at the slide's real size and split
 * between lines when a block is taller than a slide. */

#define LOGICAL_HEIGHT 720.0
#define LOGICAL_NARROW_WIDTH 960.0 /* a 4:3 slide */
#define GUTTER 30.0                /* units: room for a marker */

static const struct
{
  double size; /* units */
  PangoWeight weight;
  double spacing; /* line height, as a factor of the font's */
} font_specs[PL_SLIDE_N_FONTS] = {
  [PL_SLIDE_FONT_TITLE] = { 50, PANGO_WEIGHT_BOLD, 1.05 },
  [PL_SLIDE_FONT_SUBTITLE] = { 26, PANGO_WEIGHT_NORMAL, 1.15 },
  [PL_SLIDE_FONT_HEADER] = { 36, PANGO_WEIGHT_BOLD, 1.05 },
  [PL_SLIDE_FONT_HEADER_SMALL] = { 29, PANGO_WEIGHT_BOLD, 1.05 },
  [PL_SLIDE_FONT_KICKER] = { 17, PANGO_WEIGHT_BOLD, 1.1 },
  [PL_SLIDE_FONT_HEADING] = { 21, PANGO_WEIGHT_BOLD, 1.1 },
  [PL_SLIDE_FONT_BODY] = { 23, PANGO_WEIGHT_NORMAL, 1.15 },
  [PL_SLIDE_FONT_SMALL] = { 18, PANGO_WEIGHT_NORMAL, 1.15 },
  [PL_SLIDE_FONT_NOTES] = { 21, PANGO_WEIGHT_NORMAL, 1.25 },
  [PL_SLIDE_FONT_FOOTER] = { 14, PANGO_WEIGHT_NORMAL, 1.0 },
};

/**
 * _pl_slide_font_size:
 *
 * Returns: the size of @font in units
 */
double
_pl_slide_font_size (PlSlideFont font)
{
  return font_specs[font].size;
}

static PangoContext *
create_context (gboolean rtl)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *font_options = cairo_font_options_create ();

  /* Unhinted metrics and glyphs placed between pixels: a slide lays out
   * the same at every size, on screen and in a PDF, so what was measured
   * is what is drawn and text keeps its proportion to the slide. */
  cairo_font_options_set_hint_metrics (font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (font_options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, font_options);
  pango_cairo_context_set_resolution (context, 96);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (font_options);
  if (rtl)
    pango_context_set_base_dir (context, PANGO_DIRECTION_RTL);
  return context;
}

/**
 * _pl_slide_metrics_init:
 * @rtl: whether slides mirror, for a right-to-left language
 *
 * The sizes of everything on a @width × @height slide, and its fonts.
 */
void
_pl_slide_metrics_init (PlSlideMetrics *m,
                        double width,
                        double height,
                        gboolean rtl)
{
  double u;

  /* The height sets the unit, unless the slide is narrower than 4:3. */
  u = MIN (height / LOGICAL_HEIGHT, width / LOGICAL_NARROW_WIDTH);
  _pl_slide_metrics_init_scaled (m, width, height, u, rtl);
  /* Not rounded to whole px, so that everything scales with the unit. */
  m->margin_x = MAX (64 * u, width * 0.055);
  m->margin_top = 44 * u;
  m->footer_y = height - 44 * u;
  m->content_bottom = m->footer_y - 16 * u;
}

/**
 * _pl_slide_metrics_init_scaled:
 * @unit: px per unit: the sizes of the fonts and markers
 *
 * Metrics of a @width × @height page whose text is set at @unit, such as
 * a printed page; the margins are left at 0 for the caller to set.
 */
void
_pl_slide_metrics_init_scaled (PlSlideMetrics *m,
                               double width,
                               double height,
                               double unit,
                               gboolean rtl)
{
  PlRenderStyle style;
  double u = unit;

  memset (m, 0, sizeof *m);
  m->width = width;
  m->height = height;
  m->unit = unit;
  m->rtl = rtl;

  pl_render_style_init (&style, FALSE, FALSE);
  m->font_family = g_steal_pointer (&style.font_family);
  pl_render_style_clear (&style);

  m->context = create_context (rtl);
  for (guint i = 0; i < PL_SLIDE_N_FONTS; i++)
    {
      m->fonts[i] = pango_font_description_from_string (m->font_family);
      pango_font_description_set_absolute_size (m->fonts[i], font_specs[i].size * u * PANGO_SCALE);
      pango_font_description_set_weight (m->fonts[i], font_specs[i].weight);
    }
}

void
_pl_slide_metrics_clear (PlSlideMetrics *m)
{
  for (guint i = 0; i < PL_SLIDE_N_FONTS; i++)
    g_clear_pointer (&m->fonts[i], pango_font_description_free);
  g_clear_object (&m->context);
  g_clear_pointer (&m->font_family, g_free);
}

/**
 * _pl_slide_layout_new:
 * @width: px to wrap at, or < 0 for no wrapping
 *
 * Returns: (transfer full): @text in @font, wrapped between words (and
 *   inside a word longer than a line), aligned to the start side
 */
PangoLayout *
_pl_slide_layout_new (const PlSlideMetrics *m,
                      PlSlideFont font,
                      const char *text,
                      double width)
{
  PangoLayout *layout = pango_layout_new (m->context);

  pango_layout_set_font_description (layout, m->fonts[font]);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, width < 0 ? -1 : (int) floor (width * PANGO_SCALE));
  pango_layout_set_line_spacing (layout, (float) font_specs[font].spacing);
  if (m->rtl)
    {
      /* Every paragraph reads from the right, whatever its script. */
      pango_layout_set_auto_dir (layout, FALSE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
    }
  pango_layout_set_text (layout, text ? text : "", -1);
  return layout;
}

/**
 * _pl_slide_layout_height:
 *
 * Returns: the height of @layout's lines in px, its line spacing included
 */
double
_pl_slide_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) (logical.y + logical.height) / PANGO_SCALE;
}

int
_pl_slide_layout_n_lines (PangoLayout *layout)
{
  return pango_layout_get_line_count (layout);
}

/* ---- specs --------------------------------------------------------------- */

PlSlideSpec *
_pl_slide_spec_new (PlSlideBlockKind kind,
                    PlSlideFont font,
                    PlSlideRole role)
{
  PlSlideSpec *spec = g_new0 (PlSlideSpec, 1);

  spec->kind = kind;
  spec->font = font;
  spec->role = role;
  spec->text = g_strdup ("");
  return spec;
}

PlSlideSpec *
_pl_slide_spec_new_text (PlSlideBlockKind kind,
                         PlSlideFont font,
                         PlSlideRole role,
                         const char *text)
{
  PlSlideSpec *spec = _pl_slide_spec_new (kind, font, role);

  _pl_slide_spec_append (spec, text, role, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
  return spec;
}

void
_pl_slide_spec_free (PlSlideSpec *spec)
{
  if (spec == NULL)
    return;
  g_free (spec->text);
  g_clear_pointer (&spec->attrs, pango_attr_list_unref);
  g_clear_pointer (&spec->spans, g_array_unref);
  g_clear_object (&spec->item);
  g_free (spec);
}

PlSlideSpec *
_pl_slide_spec_copy (const PlSlideSpec *spec)
{
  PlSlideSpec *copy = g_memdup2 (spec, sizeof *spec);

  copy->text = g_strdup (spec->text);
  copy->attrs = spec->attrs ? pango_attr_list_copy (spec->attrs) : NULL;
  if (spec->spans != NULL)
    {
      copy->spans = g_array_sized_new (FALSE, FALSE, sizeof (PlSlideSpan), spec->spans->len);
      g_array_append_vals (copy->spans, spec->spans->data, spec->spans->len);
    }
  copy->item = spec->item ? g_object_ref (spec->item) : NULL;
  return copy;
}

/**
 * _pl_slide_spec_append:
 * @text: (nullable): what to add
 *
 * Adds @text at the end of @spec's text, in @role's colour, @weight and
 * @style.
 */
void
_pl_slide_spec_append (PlSlideSpec *spec,
                       const char *text,
                       PlSlideRole role,
                       PangoWeight weight,
                       PangoStyle style)
{
  guint start = (guint) strlen (spec->text);
  guint end;
  char *joined;

  if (text == NULL || *text == '\0')
    return;
  joined = g_strconcat (spec->text, text, NULL);
  g_free (spec->text);
  spec->text = joined;
  end = (guint) strlen (spec->text);

  if (weight != PANGO_WEIGHT_NORMAL || style != PANGO_STYLE_NORMAL)
    {
      if (spec->attrs == NULL)
        spec->attrs = pango_attr_list_new ();
      if (weight != PANGO_WEIGHT_NORMAL)
        {
          PangoAttribute *attr = pango_attr_weight_new (weight);

          attr->start_index = start;
          attr->end_index = end;
          pango_attr_list_insert (spec->attrs, attr);
        }
      if (style != PANGO_STYLE_NORMAL)
        {
          PangoAttribute *attr = pango_attr_style_new (style);

          attr->start_index = start;
          attr->end_index = end;
          pango_attr_list_insert (spec->attrs, attr);
        }
    }
  if (role != spec->role)
    {
      PlSlideSpan span = { start, end, role };

      if (spec->spans == NULL)
        spec->spans = g_array_new (FALSE, FALSE, sizeof (PlSlideSpan));
      g_array_append_val (spec->spans, span);
    }
}

void
_pl_slide_spec_set_marker (PlSlideSpec *spec,
                           PlSlideMarker marker,
                           int value)
{
  spec->marker = marker;
  spec->value = value;
  spec->gutter = marker != PL_SLIDE_MARKER_NONE;
}

void
_pl_slide_spec_set_item (PlSlideSpec *spec,
                         gpointer item)
{
  g_set_object (&spec->item, item);
}

/**
 * _pl_slide_spec_gutter:
 *
 * Returns: px left on the start side for the marker
 */
double
_pl_slide_spec_gutter (const PlSlideMetrics *m,
                       const PlSlideSpec *spec)
{
  return spec->gutter ? GUTTER * m->unit : 0;
}

/**
 * _pl_slide_spec_measure:
 * @width: of the whole block, its gutter included
 *
 * Returns: (transfer full): the block's text laid out
 */
PangoLayout *
_pl_slide_spec_measure (const PlSlideMetrics *m,
                        const PlSlideSpec *spec,
                        double width)
{
  PangoLayout *layout = _pl_slide_layout_new (m, spec->font, spec->text, width - _pl_slide_spec_gutter (m, spec));

  if (spec->attrs != NULL)
    pango_layout_set_attributes (layout, spec->attrs);
  return layout;
}

/* The spans of @spans from byte @from on, moved to start at 0. */
static GArray *
shift_spans (GArray *spans,
             guint from,
             guint to)
{
  GArray *result;

  if (spans == NULL)
    return NULL;
  result = g_array_new (FALSE, FALSE, sizeof (PlSlideSpan));
  for (guint i = 0; i < spans->len; i++)
    {
      PlSlideSpan span = g_array_index (spans, PlSlideSpan, i);

      span.start = MAX (span.start, from);
      span.end = MIN (span.end, to);
      if (span.start >= span.end)
        continue;
      span.start -= from;
      span.end -= from;
      g_array_append_val (result, span);
    }
  return result;
}

/**
 * _pl_slide_spec_split:
 * @layout: @spec measured
 * @available: px of height for the head
 * @out_head: (out): the lines that fit in @available
 * @out_tail: (out): the others, to go on in the next slide
 *
 * Splits a block between two lines: the head keeps the marker, the tail
 * keeps the gutter and a stripe or a bar.
 *
 * Returns: %FALSE when not even one line fits, or all of them do
 */
gboolean
_pl_slide_spec_split (const PlSlideSpec *spec,
                      PangoLayout *layout,
                      double available,
                      PlSlideSpec **out_head,
                      PlSlideSpec **out_tail)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int split = -1;
  guint n_fit = 0;
  guint length = (guint) strlen (spec->text);
  guint head_end;
  PlSlideSpec *head, *tail;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if ((double) y1 / PANGO_SCALE > available)
        {
          split = pango_layout_iter_get_line_readonly (iter)->start_index;
          break;
        }
      n_fit++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (n_fit == 0 || split <= 0 || (guint) split >= length)
    return FALSE;

  /* A head ending in a paragraph break would draw an empty last line. */
  head_end = (guint) split;
  while (head_end > 0 && (spec->text[head_end - 1] == '\n' || spec->text[head_end - 1] == '\r'))
    head_end--;
  if (head_end == 0)
    return FALSE;

  head = _pl_slide_spec_copy (spec);
  head->text[head_end] = '\0';
  head->keep_with_next = FALSE;
  g_clear_pointer (&head->spans, g_array_unref);
  head->spans = shift_spans (spec->spans, 0, head_end);

  tail = _pl_slide_spec_copy (spec);
  g_free (tail->text);
  tail->text = g_strdup (spec->text + split);
  if (tail->attrs != NULL)
    pango_attr_list_update (tail->attrs, 0, split, 0);
  g_clear_pointer (&tail->spans, g_array_unref);
  tail->spans = shift_spans (spec->spans, (guint) split, length);
  tail->continues = TRUE;
  if (tail->marker != PL_SLIDE_MARKER_STRIPE && tail->marker != PL_SLIDE_MARKER_BAR)
    tail->marker = PL_SLIDE_MARKER_NONE;

  *out_head = head;
  *out_tail = tail;
  return TRUE;
}
