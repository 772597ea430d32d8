/* test-slides.c: the slide deck, its pagination, speaker notes, and the
 * PDF of slides.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "pl-briefing-private.h"
#include "pl-cli.h"
#include "pl-error.h"
#include "pl-export.h"
#include "pl-format.h"
#include "pl-loader.h"
#include "pl-slide-deck.h"
#include "pl-test-briefing.h"
#include "pl-test-long.h"
#include "pl-test-util.h"

#define EPSILON 0.5 /* px: what rounding may leave */

typedef struct
{
  const char *path;
  double width;
  double height;
} SlideSize;

static const SlideSize sizes[] = {
  { "/slides/pagination/1280x720", 1280, 720 },
  { "/slides/pagination/1920x1080", 1920, 1080 },
  { "/slides/pagination/3840x2160", 3840, 2160 },
  { "/slides/pagination/1024x768", 1024, 768 },
};

/* ---- helpers ------------------------------------------------------------- */

static gboolean
rect_inside (const PlRect *inner,
             const PlRect *outer)
{
  return inner->x >= outer->x - EPSILON && inner->y >= outer->y - EPSILON &&
         inner->x + inner->width <= outer->x + outer->width + EPSILON &&
         inner->y + inner->height <= outer->y + outer->height + EPSILON;
}

static gboolean
rects_overlap (const PlRect *a,
               const PlRect *b)
{
  return a->x + EPSILON < b->x + b->width && b->x + EPSILON < a->x + a->width && a->y + EPSILON < b->y + b->height &&
         b->y + EPSILON < a->y + a->height;
}

/* Every block inside its page's content box, with some size, and none
 * over another. */
static void
check_blocks (guint n_blocks,
              const PlRect *box,
              const PlSlideBlockInfo *blocks,
              double width,
              double height)
{
  PlRect page = { 0, 0, width, height };

  g_assert_true (rect_inside (box, &page));
  g_assert_cmpuint (n_blocks, >, 0);
  for (guint b = 0; b < n_blocks; b++)
    {
      const PlSlideBlockInfo *block = &blocks[b];

      if (!rect_inside (&block->rect, box))
        g_error ("block %u (%s) at %g,%g %g×%g is outside the box %g,%g %g×%g", b,
                 block->text ? block->text : "a drawing", block->rect.x, block->rect.y, block->rect.width,
                 block->rect.height, box->x, box->y, box->width, box->height);
      g_assert_cmpfloat (block->rect.width, >, 0);
      g_assert_cmpfloat (block->rect.height, >, 0);
      for (guint o = 0; o < b; o++)
        if (rects_overlap (&block->rect, &blocks[o].rect))
          g_error ("block %u overlaps block %u", b, o);
    }
}

static void
check_slide (PlSlideDeck *deck,
             guint index)
{
  guint n = pl_slide_deck_get_n_blocks (deck, index);
  g_autofree PlSlideBlockInfo *blocks = g_new0 (PlSlideBlockInfo, MAX (n, 1));
  PlRect box;

  pl_slide_deck_get_content_box (deck, index, &box);
  for (guint b = 0; b < n; b++)
    pl_slide_deck_get_block (deck, index, b, &blocks[b]);
  check_blocks (n, &box, blocks, pl_slide_deck_get_width (deck), pl_slide_deck_get_height (deck));
  /* A heading never ends a slide or a column: what it heads follows it,
   * under it. */
  for (guint b = 0; b < n; b++)
    if (blocks[b].kind == PL_SLIDE_BLOCK_HEADING &&
        (b + 1 == n || blocks[b + 1].rect.x != blocks[b].rect.x || blocks[b + 1].rect.y < blocks[b].rect.y))
      g_error ("on slide %u (%s), nothing follows the heading “%s”", index, pl_slide_deck_get_slide_key (deck, index),
               blocks[b].text);
}

static void
check_notes_page (PlSlideDeck *deck,
                  guint index,
                  guint page)
{
  guint n = pl_slide_deck_get_notes_page_n_blocks (deck, index, page);
  g_autofree PlSlideBlockInfo *blocks = g_new0 (PlSlideBlockInfo, MAX (n, 1));
  PlRect box;

  pl_slide_deck_get_notes_page_content_box (deck, index, page, &box);
  for (guint b = 0; b < n; b++)
    pl_slide_deck_get_notes_page_block (deck, index, page, b, &blocks[b]);
  check_blocks (n, &box, blocks, pl_slide_deck_get_width (deck), pl_slide_deck_get_height (deck));
  if (page == 0)
    g_assert_cmpint (blocks[0].kind, ==, PL_SLIDE_BLOCK_THUMBNAIL);
}

static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* What the deck says, slide titles and block after block, with the parts
 * of a split block joined and repeated headings left out, without white
 * space. */
static char *
deck_text (PlSlideDeck *deck)
{
  GString *text = g_string_new (NULL);

  for (guint s = 0; s < pl_slide_deck_get_n_slides (deck); s++)
    {
      g_autofree char *title = squeeze (pl_slide_deck_get_slide_title (deck, s));
      g_string_append_printf (text, "\x1f%s", title);
    }
  for (guint s = 0; s < pl_slide_deck_get_n_slides (deck); s++)
    for (guint b = 0; b < pl_slide_deck_get_n_blocks (deck, s); b++)
      {
        PlSlideBlockInfo block;
        g_autofree char *squeezed = NULL;

        pl_slide_deck_get_block (deck, s, b, &block);
        if (block.text == NULL || block.repeated)
          continue;
        squeezed = squeeze (block.text);
        g_string_append (text, block.continues ? "" : "\x1f");
        g_string_append (text, squeezed);
      }
  return g_string_free (text, FALSE);
}

static void
assert_said (const char *said,
             const char *text)
{
  g_autofree char *needle = NULL;

  if (text == NULL || *text == '\0')
    return;
  needle = squeeze (text);
  if (strstr (said, needle) == NULL)
    g_error ("the slides leave out “%.80s”", text);
}

static void
assert_nothing_lost (PlSlideDeck *deck,
                     PlBriefing *briefing)
{
  g_autofree char *said = deck_text (deck);
  GListModel *phases = pl_briefing_get_phases (briefing);
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  GListModel *risks = pl_briefing_get_risks (briefing);
  GListModel *sources = pl_briefing_get_sources (briefing);

  assert_said (said, pl_briefing_get_title (briefing));
  assert_said (said, pl_briefing_get_subtitle (briefing));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      assert_said (said, pl_source_get_title (source));
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      GListModel *components = pl_phase_get_components (phase);

      assert_said (said, pl_phase_get_name (phase));
      assert_said (said, pl_phase_get_summary (phase));
      for (guint j = 0; j < g_list_model_get_n_items (components); j++)
        {
          g_autoptr (PlComponent) component = g_list_model_get_item (components, j);
          assert_said (said, pl_component_get_text (component));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);

      assert_said (said, pl_reaction_get_actor (reaction));
      assert_said (said, pl_reaction_get_text (reaction));
      assert_said (said, pl_reaction_get_quote (reaction));
    }
  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr (PlRisk) risk = g_list_model_get_item (risks, i);
      assert_said (said, pl_risk_get_text (risk));
    }
}

static PlBriefing *
long_briefing (void)
{
  PlBriefing *briefing = pl_test_briefing_generate (1000, 11, TRUE);

  pl_test_briefing_lengthen (briefing);
  return briefing;
}

/* ---- the deck ------------------------------------------------------------ */

static void
test_builtin_deck (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);
  GListModel *phases = pl_briefing_get_phases (briefing);
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = pl_slide_deck_get_n_slides (deck);
  g_autoptr (PlReaction) reaction = g_list_model_get_item (pl_briefing_get_reactions (briefing), 0);
  g_autoptr (PlRisk) risk = g_list_model_get_item (pl_briefing_get_risks (briefing), 0);
  g_autoptr (PlSource) source = g_list_model_get_item (pl_briefing_get_sources (briefing), 0);

  g_assert_cmpuint (n, >=, 7);
  g_assert_cmpstr (pl_slide_deck_get_slide_key (deck, 0), ==, "title");
  g_assert_cmpstr (pl_slide_deck_get_slide_title (deck, 0), ==, pl_briefing_get_title (briefing));
  g_assert_cmpstr (pl_slide_deck_get_slide_key (deck, 1), ==, "timeline");
  g_assert_cmpstr (pl_slide_deck_get_slide_key (deck, n - 1), ==, "watch");
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "reactions"), >, 1);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "risks"), >, pl_slide_deck_find_slide (deck, "reactions"));
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "no such slide"), ==, -1);

  for (guint i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (keys, (gpointer) pl_slide_deck_get_slide_key (deck, i)));
      g_assert_true (pl_slide_key_is_valid (pl_slide_deck_get_slide_key (deck, i)));
      check_slide (deck, i);
    }

  /* Each phase has its slide, and starting at a phase starts there. */
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      g_autoptr (PlComponent) component = g_list_model_get_item (pl_phase_get_components (phase), 0);
      g_autofree char *key = g_strdup_printf ("phase:%s", pl_item_get_id (PL_ITEM (phase)));
      int index = pl_slide_deck_find_slide (deck, key);

      g_assert_cmpint (index, >, 1);
      g_assert_cmpint (pl_slide_deck_find_slide_for_item (deck, PL_ITEM (phase)), ==, index);
      g_assert_cmpstr (pl_slide_deck_get_slide_title (deck, (guint) index), ==, pl_phase_get_name (phase));
      if (component != NULL)
        g_assert_true (g_str_has_prefix (
            pl_slide_deck_get_slide_key (deck, (guint) pl_slide_deck_find_slide_for_item (deck, PL_ITEM (component))),
            key));
    }
  g_assert_true (g_str_has_prefix (
      pl_slide_deck_get_slide_key (deck, (guint) pl_slide_deck_find_slide_for_item (deck, PL_ITEM (reaction))),
      "reactions"));
  g_assert_true (g_str_has_prefix (
      pl_slide_deck_get_slide_key (deck, (guint) pl_slide_deck_find_slide_for_item (deck, PL_ITEM (risk))), "risks"));
  g_assert_cmpint (pl_slide_deck_find_slide_for_item (deck, PL_ITEM (source)), ==, 0);
  assert_nothing_lost (deck, briefing);
}

/* A briefing with nothing but a title still makes a deck. */
static void
test_empty_deck (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 128, 72);
  cairo_t *cr = cairo_create (surface);

  g_assert_cmpuint (pl_slide_deck_get_n_slides (deck), ==, 2);
  g_assert_cmpstr (pl_slide_deck_get_slide_key (deck, 0), ==, "title");
  g_assert_cmpstr (pl_slide_deck_get_slide_key (deck, 1), ==, "watch");
  cairo_scale (cr, 0.1, 0.1);
  for (guint i = 0; i < 2; i++)
    {
      check_slide (deck, i);
      pl_slide_deck_render (deck, i, cr, NULL);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
render_all (PlSlideDeck *deck)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 160, 90);
  cairo_t *cr = cairo_create (surface);
  PlRenderStyle dark;

  pl_render_style_init (&dark, TRUE, FALSE);
  cairo_scale (cr, 160 / pl_slide_deck_get_width (deck), 90 / pl_slide_deck_get_height (deck));
  for (guint i = 0; i < pl_slide_deck_get_n_slides (deck); i++)
    pl_slide_deck_render (deck, i, cr, i % 2 ? &dark : NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  pl_render_style_clear (&dark);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Long texts and many items at each size: every block inside its box and
 * clear of the others, nothing left out, and what does not fit continued. */
static void
test_pagination (gconstpointer data)
{
  const SlideSize *size = data;
  g_autoptr (PlBriefing) briefing = long_briefing ();
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, size->width, size->height);
  g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (PlPhase) first = g_list_model_get_item (pl_briefing_get_phases (briefing), 0);
  g_autofree char *first_key = g_strdup_printf ("phase:%s#2", pl_item_get_id (PL_ITEM (first)));
  guint n = pl_slide_deck_get_n_slides (deck);
  guint continued = 0, split = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *key = pl_slide_deck_get_slide_key (deck, i);

      g_assert_true (g_hash_table_add (keys, (gpointer) key));
      continued += strchr (key, '#') != NULL;
      check_slide (deck, i);
      for (guint b = 0; b < pl_slide_deck_get_n_blocks (deck, i); b++)
        {
          PlSlideBlockInfo block;

          pl_slide_deck_get_block (deck, i, b, &block);
          split += block.continues;
        }
    }
  g_assert_cmpuint (continued, >, 10);
  g_assert_cmpuint (split, >, 3);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "title#2"), ==, 1);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, first_key), >, 0);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "reactions#2"), >, 0);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "risks#2"), >, 0);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "timeline#2"), >, 0);
  assert_nothing_lost (deck, briefing);
  render_all (deck);

  /* The built-in briefing too. */
  {
    g_autoptr (PlBriefing) builtin = pl_builtin_briefing_new ();
    g_autoptr (PlSlideDeck) small = pl_slide_deck_new (builtin, size->width, size->height);

    for (guint i = 0; i < pl_slide_deck_get_n_slides (small); i++)
      check_slide (small, i);
    assert_nothing_lost (small, builtin);
  }
}

/* Other briefings, with their long texts in other places. */
static void
test_seeds (void)
{
  for (guint32 seed = 1; seed <= 8; seed++)
    {
      g_autoptr (PlBriefing) briefing = pl_test_briefing_generate (300 + 100 * seed, seed, seed % 2);
      g_autoptr (PlSlideDeck) deck = NULL;

      pl_test_briefing_lengthen (briefing);
      deck = pl_slide_deck_new (briefing, seed % 3 ? 1280 : 1024, seed % 3 ? 720 : 768);
      for (guint i = 0; i < pl_slide_deck_get_n_slides (deck); i++)
        check_slide (deck, i);
      assert_nothing_lost (deck, briefing);
    }
}

/* Text keeps its proportion to the slide: 1280 × 720 and 3840 × 2160 make
 * the same slides. */
static void
test_proportion (void)
{
  g_autoptr (PlBriefing) briefing = long_briefing ();
  g_autoptr (PlSlideDeck) small = pl_slide_deck_new (briefing, 1280, 720);
  g_autoptr (PlSlideDeck) large = pl_slide_deck_new (briefing, 3840, 2160);

  g_assert_cmpuint (pl_slide_deck_get_n_slides (small), ==, pl_slide_deck_get_n_slides (large));
  for (guint i = 0; i < pl_slide_deck_get_n_slides (small); i++)
    g_assert_cmpstr (pl_slide_deck_get_slide_key (small, i), ==, pl_slide_deck_get_slide_key (large, i));
}

/* Mirrored for right-to-left languages: markers and text on the right. In
 * a subprocess, which sets the direction before any thread runs. */
static void
test_rtl_subprocess (void)
{
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (PlSlideDeck) deck = NULL;
  guint n_items = 0;

  g_setenv ("PHASELINE_DIRECTION", "rtl", TRUE);
  briefing = long_briefing ();
  deck = pl_slide_deck_new (briefing, 1280, 720);
  for (guint i = 0; i < pl_slide_deck_get_n_slides (deck); i++)
    {
      PlRect box;

      check_slide (deck, i);
      pl_slide_deck_get_content_box (deck, i, &box);
      for (guint b = 0; b < pl_slide_deck_get_n_blocks (deck, i); b++)
        {
          PlSlideBlockInfo block;

          pl_slide_deck_get_block (deck, i, b, &block);
          if (block.kind != PL_SLIDE_BLOCK_ITEM)
            continue;
          /* On the right, or in a second column, on the left. */
          if (fabs (block.rect.x + block.rect.width - (box.x + box.width)) > EPSILON)
            {
              g_assert_cmpfloat_with_epsilon (block.rect.x, box.x, EPSILON);
              g_assert_cmpfloat (block.rect.x + block.rect.width, <, box.x + box.width / 2);
            }
          n_items++;
        }
    }
  g_assert_cmpuint (n_items, >, 100);
  assert_nothing_lost (deck, briefing);
  render_all (deck);
  for (guint p = 0; p < pl_slide_deck_get_n_notes_pages (deck, 2); p++)
    check_notes_page (deck, 2, p);
}

static void
test_rtl (void)
{
  g_test_trap_subprocess ("/slides/pagination/rtl/subprocess", 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
count_cb (gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* The deck follows its briefing; notes do not lay the slides out again. */
static void
test_follows_briefing (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);
  g_autoptr (PlRisk) risk = pl_risk_new ();
  guint changes = 0, before;

  g_signal_connect_swapped (deck, "changed", G_CALLBACK (count_cb), &changes);
  before = pl_slide_deck_get_n_slides (deck);
  pl_briefing_set_slide_notes (briefing, "title", "Welcome everyone.");
  g_assert_cmpuint (changes, ==, 0);
  g_assert_cmpstr (pl_slide_deck_get_slide_notes (deck, 0), ==, "Welcome everyone.");

  pl_briefing_set_title (briefing, "Another title");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpstr (pl_slide_deck_get_slide_title (deck, 0), ==, "Another title");

  /* Notes and another change as one "changed", as an undoable edit makes. */
  _pl_briefing_freeze_changed (briefing);
  pl_briefing_set_slide_notes (briefing, "watch", "Last words.");
  pl_briefing_set_title (briefing, "A third title");
  _pl_briefing_thaw_changed (briefing);
  g_assert_cmpuint (changes, ==, 2);
  g_assert_cmpstr (pl_slide_deck_get_slide_title (deck, 0), ==, "A third title");

  /* So many risks that they need another slide. */
  pl_risk_set_text (risk, "A new risk");
  pl_risk_set_severity (risk, PL_LEVEL_HIGH);
  for (guint i = 0; i < 12; i++)
    {
      g_autoptr (PlItem) copy = pl_item_copy (PL_ITEM (risk));
      pl_briefing_add_item (briefing, copy);
    }
  g_assert_cmpuint (pl_slide_deck_get_n_slides (deck), >, before);
  g_assert_cmpint (pl_slide_deck_find_slide (deck, "risks#2"), >, 0);

  pl_slide_deck_set_size (deck, 1024, 768);
  g_assert_cmpfloat (pl_slide_deck_get_width (deck), ==, 1024);
  pl_slide_deck_set_timeline_mode (deck, PL_TIMELINE_MODE_SEQUENCE);
  g_assert_cmpint (pl_slide_deck_get_timeline_mode (deck), ==, PL_TIMELINE_MODE_SEQUENCE);
  for (guint i = 0; i < pl_slide_deck_get_n_slides (deck); i++)
    check_slide (deck, i);
}

/* ---- speaker notes ------------------------------------------------------- */

static void
notes_changed_cb (PlBriefing *briefing,
                  const char *key,
                  gpointer user_data)
{
  g_string_append_printf (user_data, "%s;", key);
}

static void
test_notes_model (void)
{
  g_autoptr (PlBriefing) briefing = pl_briefing_new ();
  g_autoptr (GString) log = g_string_new (NULL);
  g_auto (GStrv) keys = NULL;
  guint changes = 0;

  g_signal_connect (briefing, "slide-notes-changed", G_CALLBACK (notes_changed_cb), log);
  g_signal_connect_swapped (briefing, "changed", G_CALLBACK (count_cb), &changes);

  g_assert_null (pl_briefing_get_slide_notes (briefing, "title"));
  pl_briefing_set_slide_notes (briefing, "title", "Say hello");
  pl_briefing_set_slide_notes (briefing, "title", "Say hello");
  pl_briefing_set_slide_notes (briefing, "phase:p1#2", "Line one\nline two");
  g_assert_cmpstr (pl_briefing_get_slide_notes (briefing, "title"), ==, "Say hello");
  g_assert_cmpstr (log->str, ==, "title;phase:p1#2;");
  g_assert_cmpuint (changes, ==, 2);

  keys = pl_briefing_dup_slide_note_keys (briefing);
  g_assert_cmpuint (g_strv_length (keys), ==, 2);
  g_assert_cmpstr (keys[0], ==, "phase:p1#2");
  g_assert_cmpstr (keys[1], ==, "title");

  /* Empty notes are no notes; what XML cannot hold is replaced. */
  pl_briefing_set_slide_notes (briefing, "title", "");
  g_assert_null (pl_briefing_get_slide_notes (briefing, "title"));
  pl_briefing_set_slide_notes (briefing, "watch", "bell\a");
  g_assert_cmpstr (pl_briefing_get_slide_notes (briefing, "watch"), ==, "bell\xef\xbf\xbd");

  g_assert_true (pl_slide_key_is_valid ("phase:a.b-c#3"));
  g_assert_false (pl_slide_key_is_valid (""));
  g_assert_false (pl_slide_key_is_valid (NULL));
  g_assert_false (pl_slide_key_is_valid ("tab\there"));
  g_assert_false (pl_slide_key_is_valid ("\xff"));
}

static void
test_notes_round_trip (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlBriefing) loaded = NULL;
  g_autoptr (PlBriefing) old = NULL;
  g_autoptr (GBytes) saved = NULL;
  g_autoptr (GBytes) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *xml = NULL;
  g_auto (GStrv) keys = NULL;

  pl_briefing_set_slide_notes (briefing, "title", "Welcome. <Plan> & “quotes”\n\nSecond paragraph.");
  pl_briefing_set_slide_notes (briefing, "phase:p1", "The first phase is over.");
  pl_briefing_set_slide_notes (briefing, "phase:p2#2", "  spaces kept  ");
  saved = pl_format_write (briefing);
  xml = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  g_assert_nonnull (strstr (xml, "<speaker-notes>"));
  g_assert_nonnull (strstr (xml, "<note slide=\"phase:p1\">The first phase is over.</note>"));

  loaded = pl_test_load_string (xml, NULL, &error);
  g_assert_no_error (error);
  keys = pl_briefing_dup_slide_note_keys (loaded);
  g_assert_cmpuint (g_strv_length (keys), ==, 3);
  g_assert_cmpstr (pl_briefing_get_slide_notes (loaded, "title"), ==,
                   "Welcome. <Plan> & “quotes”\n\nSecond paragraph.");
  g_assert_cmpstr (pl_briefing_get_slide_notes (loaded, "phase:p2#2"), ==, "  spaces kept  ");
  again = pl_format_write (loaded);
  g_assert_true (g_bytes_equal (saved, again));

  /* Files from before speaker notes load as they did. */
  old = pl_test_load_string ("<?xml version=\"1.0\"?>\n<briefing xmlns=\"https://phaseline.github.io/ns/briefing\" "
                             "version=\"1\"><title>Old</title></briefing>\n",
                             NULL, &error);
  g_assert_no_error (error);
  g_assert_null (pl_briefing_get_slide_notes (old, "title"));
}

static void
test_notes_errors (void)
{
  static const struct
  {
    const char *notes;
    const char *message;
  } cases[] = {
    { "<note>x</note>", "test.phaseline:4:3: <note> is missing its slide attribute" },
    { "<note slide=\"a\">x</note><note slide=\"a\">y</note>", "the slide “a” has notes more than once" },
    { "<note slide=\"a\" key=\"b\">x</note>", "<note> has an unknown attribute “key”" },
    { "<note slide=\"a\"><b/></note>", "<note> holds only text" },
    { "<other/>", "unexpected element <other> in <speaker-notes>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n<briefing xmlns=\"https://phaseline.github.io/ns/"
                                              "briefing\" version=\"1\"><title>t</title>\n<speaker-notes>\n  %s\n"
                                              "</speaker-notes></briefing>\n",
                                              cases[i].notes);
      g_autoptr (GError) error = NULL;
      g_autoptr (PlBriefing) briefing = pl_test_load_string (xml, NULL, &error);

      g_assert_null (briefing);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("expected “%s” in “%s”", cases[i].message, error->message);
    }
}

/* Merging keeps the notes, and a phase's follow it when it is renamed. */
static void
test_notes_merge (void)
{
  g_autoptr (PlBriefing) first = pl_builtin_briefing_new ();
  g_autoptr (PlBriefing) second = pl_builtin_briefing_new ();
  g_autoptr (PlPhase) renamed = NULL;
  g_autofree char *key = NULL;

  pl_briefing_set_slide_notes (first, "title", "Mine");
  pl_briefing_set_slide_notes (second, "title", "Theirs");
  pl_briefing_set_slide_notes (second, "phase:p1#2", "Theirs, on the first phase");
  pl_briefing_merge (first, second);
  g_assert_cmpstr (pl_briefing_get_slide_notes (first, "title"), ==, "Mine");
  renamed = g_list_model_get_item (pl_briefing_get_phases (first), 2);
  key = g_strdup_printf ("phase:%s#2", pl_item_get_id (PL_ITEM (renamed)));
  g_assert_cmpstr (pl_item_get_id (PL_ITEM (renamed)), !=, "p1");
  g_assert_cmpstr (pl_briefing_get_slide_notes (first, key), ==, "Theirs, on the first phase");
}

static void
test_notes_pages (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);
  g_autoptr (GString) notes = g_string_new (NULL);
  guint pages;

  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *paragraph = pl_test_long_text ("Notes", 90, i);
      g_string_append_printf (notes, "%s\n", paragraph);
    }
  g_assert_cmpuint (pl_slide_deck_get_n_notes_pages (deck, 0), ==, 1);
  check_notes_page (deck, 0, 0);
  pl_briefing_set_slide_notes (briefing, "title", notes->str);
  pages = pl_slide_deck_get_n_notes_pages (deck, 0);
  g_assert_cmpuint (pages, >, 2);
  for (guint p = 0; p < pages; p++)
    check_notes_page (deck, 0, p);
}

/* ---- PDF and command line ------------------------------------------------ */

static guint
pdf_pages (GBytes *pdf)
{
  gsize length;
  const char *data = g_bytes_get_data (pdf, &length);
  guint pages = 0;

  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
  for (gsize i = 0; i + 11 < length; i++)
    if (memcmp (data + i, "/Type /Page", 11) == 0 && data[i + 11] != 's')
      pages++;
  return pages;
}

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

static guint
expected_pages (PlBriefing *briefing,
                gboolean notes)
{
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);
  guint n = pl_slide_deck_get_n_slides (deck);
  guint pages = n;

  for (guint i = 0; notes && i < n; i++)
    pages += pl_slide_deck_get_n_notes_pages (deck, i);
  return pages;
}

static void
test_pdf_pages (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *slides = g_build_filename (dir, "Slides-monday.pdf", NULL);
  g_autofree char *timeline = g_build_filename (dir, "timeline.pdf", NULL);
  g_autoptr (GFile) slides_file = g_file_new_for_path (slides);
  g_autoptr (GFile) timeline_file = g_file_new_for_path (timeline);
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) pdf = NULL;
  g_autoptr (GBytes) with_notes = NULL;
  g_autoptr (GBytes) as_timeline = NULL;
  PlExportOptions notes = { .slides = { .notes = TRUE } };
  PlExportOptions forced = { .content = PL_EXPORT_CONTENT_SLIDES };

  pl_briefing_set_slide_notes (briefing, "timeline", "Point at the second phase.");
  g_assert_cmpint (pl_export_content_for_name ("slides.pdf", PL_EXPORT_CONTENT_AUTO), ==, PL_EXPORT_CONTENT_SLIDES);
  g_assert_cmpint (pl_export_content_for_name ("/x/SLIDES 2.PDF", PL_EXPORT_CONTENT_AUTO), ==,
                   PL_EXPORT_CONTENT_SLIDES);
  g_assert_cmpint (pl_export_content_for_name ("/slides/plan.pdf", PL_EXPORT_CONTENT_AUTO), ==,
                   PL_EXPORT_CONTENT_TIMELINE);
  g_assert_cmpint (pl_export_content_for_name ("slides.png", PL_EXPORT_CONTENT_AUTO), ==, PL_EXPORT_CONTENT_TIMELINE);
  g_assert_cmpint (pl_export_content_for_name ("plan.pdf", PL_EXPORT_CONTENT_SLIDES), ==, PL_EXPORT_CONTENT_SLIDES);

  g_assert_true (pl_export_to_file (briefing, slides_file, NULL, &error));
  g_assert_no_error (error);
  pdf = read_bytes (slides);
  g_assert_cmpuint (pdf_pages (pdf), ==, expected_pages (briefing, FALSE));

  g_assert_true (pl_export_to_file (briefing, slides_file, &notes, &error));
  with_notes = read_bytes (slides);
  g_assert_cmpuint (pdf_pages (with_notes), ==, expected_pages (briefing, TRUE));
  g_assert_cmpuint (pdf_pages (with_notes), ==, 2 * pdf_pages (pdf));

  /* Any other name is the timeline, on one page, unless told otherwise. */
  g_assert_true (pl_export_to_file (briefing, timeline_file, NULL, &error));
  as_timeline = read_bytes (timeline);
  g_assert_cmpuint (pdf_pages (as_timeline), ==, 1);
  g_clear_pointer (&as_timeline, g_bytes_unref);
  g_assert_true (pl_export_to_file (briefing, timeline_file, &forced, &error));
  as_timeline = read_bytes (timeline);
  g_assert_cmpuint (pdf_pages (as_timeline), ==, pdf_pages (pdf));
  pl_test_remove_tree (dir);
}

static char *
pdf_text (const char *path)
{
  g_autofree char *tool = g_find_program_in_path ("pdftotext");
  g_autofree char *out = NULL;
  g_autoptr (GError) error = NULL;
  int status = 0;
  const char *argv[] = { tool, "-enc", "UTF-8", path, "-", NULL };

  if (tool == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static void
test_pdf_text (void)
{
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "slides.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr (PlSlideDeck) deck = pl_slide_deck_new (briefing, 1280, 720);
  g_autofree char *count = NULL;
  g_autofree char *squeezed = NULL;
  PlExportOptions options = { .slides = { .notes = TRUE } };

  pl_briefing_set_slide_notes (briefing, "risks", "Stress the first risk.");
  g_assert_true (pl_export_to_file (briefing, file, &options, &error));
  text = pdf_text (path);
  if (text == NULL)
    {
      pl_test_remove_tree (dir);
      g_test_skip ("pdftotext is not installed");
      return;
    }
  g_assert_nonnull (strstr (text, "Gaza peace plan: the second phase"));
  g_assert_nonnull (strstr (text, "What to watch"));
  g_assert_nonnull (strstr (text, "Stress the first risk."));
  g_assert_nonnull (strstr (text, "Speaker notes, slide 1"));
  /* pdftotext may drop the spaces around the slash. */
  count = g_strdup_printf ("2/%u", pl_slide_deck_get_n_slides (deck));
  squeezed = squeeze (text);
  g_assert_nonnull (strstr (squeezed, count));
  for (guint i = 0; i < pl_slide_deck_get_n_slides (deck); i++)
    if (strchr (pl_slide_deck_get_slide_key (deck, i), '#') == NULL)
      g_assert_nonnull (strstr (text, pl_slide_deck_get_slide_title (deck, i)));
  pl_test_remove_tree (dir);
}

typedef struct
{
  const char *output;
  PlCliImageArgs args;
  int status;
} CliCase;

/* Options that do not go together are usage errors, and write nothing. */
static void
test_cli_errors (void)
{
  static const CliCase cases[] = {
    { "slides.png", { .content = "slides" }, PL_EXIT_USAGE },
    { "out.pdf", { .content = "weather" }, PL_EXIT_USAGE },
    { "slides.pdf", { .ratio = "5:4" }, PL_EXIT_USAGE },
    { "slides.pdf", { .height = "700" }, PL_EXIT_USAGE },
    { "slides.pdf", { .scale = "2" }, PL_EXIT_USAGE },
    { "slides.pdf", { .width = "100" }, PL_EXIT_USAGE },
    { "slides.pdf", { .mode = "gantt" }, PL_EXIT_USAGE },
    { "timeline.pdf", { .notes = TRUE }, PL_EXIT_USAGE },
    { "slides.pdf", { .content = "timeline", .ratio = "4:3" }, PL_EXIT_USAGE },
    { "out.json", { .notes = TRUE }, PL_EXIT_USAGE },
  };
  g_autofree char *dir = pl_test_make_tmpdir ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *output = g_build_filename (dir, cases[i].output, NULL);

      g_assert_cmpint (pl_cli_export (output, NULL, &cases[i].args), ==, cases[i].status);
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }
  pl_test_remove_tree (dir);
}

static void
assert_media_box (GBytes *pdf,
                  const char *box)
{
  gsize length, box_length = strlen (box);
  const char *data = g_bytes_get_data (pdf, &length);

  for (gsize i = 0; i + box_length <= length; i++)
    if (memcmp (data + i, box, box_length) == 0)
      return;
  g_error ("no page of %s", box);
}

static void
test_cli_slides (void)
{
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *wide = g_build_filename (dir, "slides.pdf", NULL);
  g_autofree char *square = g_build_filename (dir, "deck.pdf", NULL);
  PlCliImageArgs args43 = { .content = "slides", .ratio = "4:3", .width = "1024", .notes = TRUE, .mode = "sequence" };
  g_autoptr (GBytes) a = NULL;
  g_autoptr (GBytes) b = NULL;
  g_autoptr (PlBriefing) briefing = pl_builtin_briefing_new ();

  g_assert_cmpint (pl_cli_export (wide, NULL, NULL), ==, PL_EXIT_OK);
  a = read_bytes (wide);
  assert_media_box (a, "/MediaBox [ 0 0 960 540 ]");
  g_assert_cmpuint (pdf_pages (a), ==, expected_pages (briefing, FALSE));

  g_assert_cmpint (pl_cli_export (square, NULL, &args43), ==, PL_EXIT_OK);
  b = read_bytes (square);
  assert_media_box (b, "/MediaBox [ 0 0 768 576 ]");
  g_assert_cmpuint (pdf_pages (b), >, pdf_pages (a));

  g_assert_cmpint (pl_cli_export (wide, (const char *[]){ "/nonexistent/input.phaseline", NULL }, NULL), ==,
                   PL_EXIT_INPUT);
  g_assert_cmpint (pl_cli_export ("/nonexistent-dir/slides.pdf", NULL, NULL), ==, PL_EXIT_OUTPUT);
  pl_test_remove_tree (dir);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!g_test_subprocess ())
    g_setenv ("PHASELINE_DIRECTION", "ltr", TRUE);

  g_test_add_func ("/slides/deck/builtin", test_builtin_deck);
  g_test_add_func ("/slides/deck/empty", test_empty_deck);
  g_test_add_func ("/slides/deck/follows-briefing", test_follows_briefing);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    g_test_add_data_func (sizes[i].path, &sizes[i], test_pagination);
  g_test_add_func ("/slides/pagination/seeds", test_seeds);
  g_test_add_func ("/slides/pagination/proportion", test_proportion);
  g_test_add_func ("/slides/pagination/rtl", test_rtl);
  g_test_add_func ("/slides/pagination/rtl/subprocess", test_rtl_subprocess);
  g_test_add_func ("/slides/notes/model", test_notes_model);
  g_test_add_func ("/slides/notes/round-trip", test_notes_round_trip);
  g_test_add_func ("/slides/notes/errors", test_notes_errors);
  g_test_add_func ("/slides/notes/merge", test_notes_merge);
  g_test_add_func ("/slides/notes/pages", test_notes_pages);
  g_test_add_func ("/slides/pdf/pages", test_pdf_pages);
  g_test_add_func ("/slides/pdf/text", test_pdf_text);
  g_test_add_func ("/slides/cli/errors", test_cli_errors);
  g_test_add_func ("/slides/cli/slides", test_cli_slides);
  return g_test_run ();
}
