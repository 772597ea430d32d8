/* pl-article-view.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlArticleView"

#include "config.h"

#include "pl-article-view.h"

#include <glib/gi18n.h>

#include "pl-labels.h"

/* What goes before each list item. It is not in the source's text, so
 * offsets past it are shifted: see source_to_buffer() and
 * buffer_to_source(). */
#define BULLET "•\t"
#define BULLET_CHARS 2
#define SUB_BULLET "◦\t"

#define MARGIN 18
#define INDENT 22
#define BULLET_WIDTH 16

struct _PlArticleView
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkWidget *switcher_box;
  GtkDropDown *switcher;
  GtkStringList *source_titles;
  GtkTextView *text_view;
  GtkRevealer *add_revealer;

  GtkTextBuffer *buffer;    /* borrowed from text_view */
  GtkTextTag *evidence_tag; /* borrowed from buffer's tag table */
  GtkTextTag *meta_tag;     /* borrowed */
  GtkTextMark *scroll_mark; /* borrowed: where the evidence begins */

  PlViewState *view_state; /* owned */
  PlBriefing *briefing;    /* owned */
  PlSource *source;        /* owned: the source shown, or NULL */
  GPtrArray *sources;      /* owned, of owned PlSource: the switcher's order */

  /* The shown text: where the source's text starts in the buffer, and the
   * source offsets where a bullet was put before a list item, in order. */
  guint text_start;
  GArray *bullets; /* of guint */

  guint refresh_idle_id;
  guint scroll_idle_id;
  gboolean text_dirty;
  gboolean scroll_pending;
  gboolean updating_switcher;
};

G_DEFINE_FINAL_TYPE (PlArticleView, pl_article_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW_STATE,
  PROP_SOURCE,
  N_PROPS
};

enum
{
  ADD_ITEM,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void update_highlight (PlArticleView *self,
                              gboolean reveal);
static void briefing_changed_cb (PlArticleView *self);

/* Offsets */

/* The buffer offset of a source offset. @is_end: whether @offset ends a
 * span, so that a span ending where a list item begins leaves its bullet out. */
static guint
source_to_buffer (PlArticleView *self,
                  guint offset,
                  gboolean is_end)
{
  guint shift = 0;

  for (guint i = 0; i < self->bullets->len; i++)
    {
      guint at = g_array_index (self->bullets, guint, i);

      if (at > offset || (is_end && at == offset))
        break;
      shift += BULLET_CHARS;
    }
  return self->text_start + offset + shift;
}

/* The source offset of a buffer offset; the header and bullets map to the
 * start of the text or item that follows them. */
static guint
buffer_to_source (PlArticleView *self,
                  guint offset)
{
  guint rel, shift = 0;

  if (offset <= self->text_start)
    return 0;
  rel = offset - self->text_start;
  for (guint i = 0; i < self->bullets->len; i++)
    {
      guint at = g_array_index (self->bullets, guint, i);
      guint bullet = at + shift;

      if (rel < bullet)
        break;
      if (rel < bullet + BULLET_CHARS)
        return at;
      shift += BULLET_CHARS;
    }
  return MIN (rel - shift, pl_source_get_length (self->source));
}

/* Colours */

static double
luminance (const GdkRGBA *rgba)
{
  return 0.2126 * rgba->red + 0.7152 * rgba->green + 0.0722 * rgba->blue;
}

/* A highlighter's yellow under dark text, a deeper amber under light text
 * (a dark theme), so the evidence stands out without hurting legibility
 * and stays apart from the blue of the selection. */
static void
update_colors (PlArticleView *self)
{
  GdkRGBA fg, background, dim;
  gboolean dark;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  dark = luminance (&fg) > 0.5;
  if (dark)
    background = (GdkRGBA){ 0.93, 0.68, 0.0, 0.42 };
  else
    background = (GdkRGBA){ 1.0, 0.83, 0.0, 0.5 };
  dim = fg;
  dim.alpha *= 0.7;
  g_object_set (self->evidence_tag, "background-rgba", &background, NULL);
  g_object_set (self->meta_tag, "foreground-rgba", &dim, NULL);
}

static void
create_tags (PlArticleView *self)
{
  g_autoptr (PangoTabArray) tabs = NULL;

  gtk_text_buffer_create_tag (self->buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.45,
                              "pixels-below-lines", 6, NULL);
  self->meta_tag = gtk_text_buffer_create_tag (self->buffer, "meta", "scale", 0.92,
                                               "pixels-below-lines", 2, NULL);
  gtk_text_buffer_create_tag (self->buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.2,
                              "pixels-above-lines", 6, "pixels-below-lines", 2, NULL);
  gtk_text_buffer_create_tag (self->buffer, "subheading", "weight", PANGO_WEIGHT_BOLD,
                              "scale", 1.08, "pixels-above-lines", 4, "pixels-below-lines", 2, NULL);
  gtk_text_buffer_create_tag (self->buffer, "quote", "style", PANGO_STYLE_ITALIC,
                              "left-margin", MARGIN + INDENT, "right-margin", MARGIN + INDENT, NULL);
  tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, BULLET_WIDTH);
  for (guint level = 1; level <= 3; level++)
    {
      g_autofree char *name = g_strdup_printf ("list-item-%u", level);

      /* A hanging indent (Pango's negative indent moves the lines after
       * the first): the bullet starts the first line, and a tab takes the
       * first word to where the wrapped lines begin. */
      gtk_text_buffer_create_tag (self->buffer, name, "left-margin", MARGIN + 8 + INDENT * (level - 1),
                                  "indent", -BULLET_WIDTH, "tabs", tabs, "pixels-below-lines", 2, NULL);
    }
  /* Last, so it has the highest priority and shows over the others. */
  self->evidence_tag = gtk_text_buffer_create_tag (self->buffer, "evidence", NULL);
}

/* Building the text */

static char *
dup_source_title (PlSource *source)
{
  const char *title = pl_source_get_title (source);
  const char *file = pl_source_get_file (source);

  if (title != NULL && *title != '\0')
    return g_strdup (title);
  if (file != NULL && *file != '\0')
    return g_path_get_basename (file);
  return g_strdup (_ ("Untitled article"));
}

static void
insert_tagged (GtkTextBuffer *buffer,
               const char *text,
               const char *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_with_tags_by_name (buffer, &end, text, -1, tag, NULL);
}

/* Title, byline, then site and date, each on a line of its own. */
static void
insert_header (PlArticleView *self)
{
  g_autofree char *title = dup_source_title (self->source);
  g_autofree char *date = pl_date_format_display (pl_source_get_published (self->source));
  const char *byline = pl_source_get_byline (self->source);
  const char *site = pl_source_get_site (self->source);
  g_autoptr (GString) meta = g_string_new (NULL);
  GtkTextIter end;

  insert_tagged (self->buffer, title, "title");
  insert_tagged (self->buffer, "\n", "title");
  if (byline != NULL && *byline != '\0')
    {
      insert_tagged (self->buffer, byline, "meta");
      insert_tagged (self->buffer, "\n", "meta");
    }
  if (site != NULL && *site != '\0')
    g_string_append (meta, site);
  if (date != NULL)
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", date);
  if (meta->len > 0)
    {
      g_string_append_c (meta, '\n');
      insert_tagged (self->buffer, meta->str, "meta");
    }
  insert_tagged (self->buffer, "\n", NULL);
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  self->text_start = (guint) gtk_text_iter_get_offset (&end);
}

/* The source's text with a bullet before each list item, its bullets
 * recorded in self->bullets. */
static char *
dup_text_with_bullets (PlArticleView *self,
                       const PlBlock *blocks,
                       guint n_blocks)
{
  const char *text = pl_source_get_text (self->source);
  guint length = pl_source_get_length (self->source);
  GString *out = g_string_new (NULL);
  const char *p = text != NULL ? text : "";
  guint at = 0;

  for (guint i = 0; i < n_blocks; i++)
    {
      const char *next;

      if (blocks[i].kind != PL_BLOCK_LIST_ITEM || blocks[i].start < at || blocks[i].start > length)
        continue;
      next = g_utf8_offset_to_pointer (p, blocks[i].start - at);
      g_string_append_len (out, p, next - p);
      g_string_append (out, blocks[i].level > 1 ? SUB_BULLET : BULLET);
      g_array_append_val (self->bullets, blocks[i].start);
      p = next;
      at = blocks[i].start;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

static const char *
tag_for_block (const PlBlock *block)
{
  static const char *const list_tags[] = { "list-item-1", "list-item-2", "list-item-3" };

  switch (block->kind)
    {
    case PL_BLOCK_HEADING:
      return block->level <= 1 ? "heading" : "subheading";
    case PL_BLOCK_LIST_ITEM:
      return list_tags[CLAMP (block->level, 1, 3) - 1];
    case PL_BLOCK_QUOTE:
      return "quote";
    case PL_BLOCK_PARAGRAPH:
    default:
      return NULL;
    }
}

static void
tag_blocks (PlArticleView *self,
            const PlBlock *blocks,
            guint n_blocks)
{
  guint length = pl_source_get_length (self->source);

  for (guint i = 0; i < n_blocks; i++)
    {
      const char *tag = tag_for_block (&blocks[i]);
      GtkTextIter start, end;
      guint from;

      if (tag == NULL || blocks[i].start >= blocks[i].end || blocks[i].end > length)
        continue;
      /* A list item's tag starts at its bullet, the start of its line. */
      from = source_to_buffer (self, blocks[i].start, FALSE);
      if (blocks[i].kind == PL_BLOCK_LIST_ITEM)
        from -= BULLET_CHARS;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start, (int) from);
      gtk_text_buffer_get_iter_at_offset (self->buffer, &end,
                                          (int) source_to_buffer (self, blocks[i].end, TRUE));
      gtk_text_buffer_apply_tag_by_name (self->buffer, tag, &start, &end);
    }
}

static void
rebuild_text (PlArticleView *self)
{
  const PlBlock *blocks;
  guint n_blocks = 0;
  g_autofree char *text = NULL;
  GtkTextIter end;

  self->text_dirty = FALSE;
  g_array_set_size (self->bullets, 0);
  self->text_start = 0;
  gtk_text_buffer_set_text (self->buffer, "", 0);
  if (self->source == NULL)
    return;

  insert_header (self);
  blocks = pl_source_get_blocks (self->source, &n_blocks);
  text = dup_text_with_bullets (self, blocks, n_blocks);
  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_insert (self->buffer, &end, text, -1);
  tag_blocks (self, blocks, n_blocks);
  gtk_text_buffer_get_start_iter (self->buffer, &end);
  gtk_text_buffer_place_cursor (self->buffer, &end);
}

/* Scrolling */

static gboolean
scroll_idle_cb (gpointer data)
{
  PlArticleView *self = data;

  self->scroll_idle_id = 0;
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    return G_SOURCE_REMOVE; /* map_cb scrolls */
  self->scroll_pending = FALSE;
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.05, TRUE, 0.0, 0.3);
  return G_SOURCE_REMOVE;
}

/* Scrolls to the scroll mark once the view is shown and has its size. */
static void
queue_scroll (PlArticleView *self)
{
  self->scroll_pending = TRUE;
  if (self->scroll_idle_id == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->text_view)))
    self->scroll_idle_id = g_idle_add_full (G_PRIORITY_LOW, scroll_idle_cb, self, NULL);
}

static void
text_view_map_cb (PlArticleView *self)
{
  if (self->scroll_pending)
    queue_scroll (self);
}

/* Sources and the switcher */

static gboolean
sources_changed (PlArticleView *self,
                 GListModel *sources)
{
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;

  if (n != self->sources->len)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      g_autofree char *title = dup_source_title (source);

      if (source != g_ptr_array_index (self->sources, i) ||
          g_strcmp0 (title, gtk_string_list_get_string (self->source_titles, i)) != 0)
        return TRUE;
    }
  return FALSE;
}

/* Fills the switcher from the briefing's sources, if they changed. */
static void
update_switcher (PlArticleView *self)
{
  GListModel *sources = self->briefing != NULL ? pl_briefing_get_sources (self->briefing) : NULL;
  guint n = sources != NULL ? g_list_model_get_n_items (sources) : 0;
  g_autoptr (GPtrArray) titles = NULL;

  gtk_widget_set_visible (self->switcher_box, n > 1);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "article" : "empty");
  if (!sources_changed (self, sources))
    return;

  titles = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_set_size (self->sources, 0);
  for (guint i = 0; i < n; i++)
    {
      PlSource *source = g_list_model_get_item (sources, i);

      g_ptr_array_add (self->sources, source);
      g_ptr_array_add (titles, dup_source_title (source));
    }
  g_ptr_array_add (titles, NULL);
  self->updating_switcher = TRUE;
  gtk_string_list_splice (self->source_titles, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->source_titles)),
                          (const char *const *) titles->pdata);
  self->updating_switcher = FALSE;
}

static void
source_changed_cb (PlArticleView *self)
{
  self->text_dirty = TRUE;
  briefing_changed_cb (self);
}

/* A screen reader hears which article the text is. */
static void
describe_text (PlArticleView *self)
{
  g_autofree char *title = self->source != NULL ? dup_source_title (self->source) : NULL;

  if (title != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Shows @source, which is NULL or one of self->sources. */
static void
show_source (PlArticleView *self,
             PlSource *source)
{
  guint position;

  if (self->source != source)
    {
      if (self->source != NULL)
        g_signal_handlers_disconnect_by_func (self->source, source_changed_cb, self);
      g_set_object (&self->source, source);
      if (source != NULL)
        g_signal_connect_object (source, "changed", G_CALLBACK (source_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      self->text_dirty = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
    }
  if (source != NULL && g_ptr_array_find (self->sources, source, &position) &&
      gtk_drop_down_get_selected (self->switcher) != position)
    {
      self->updating_switcher = TRUE;
      gtk_drop_down_set_selected (self->switcher, position);
      self->updating_switcher = FALSE;
    }
  if (self->text_dirty)
    {
      rebuild_text (self);
      update_highlight (self, FALSE);
    }
  describe_text (self);
}

static void
switcher_selected_cb (PlArticleView *self)
{
  guint position = gtk_drop_down_get_selected (self->switcher);

  if (self->updating_switcher || position >= self->sources->len)
    return;
  show_source (self, g_ptr_array_index (self->sources, position));
  update_highlight (self, TRUE);
}

/* Brings the switcher and text up to date with the briefing, keeping the
 * source shown if it is still there. */
static void
refresh (PlArticleView *self)
{
  PlSource *source = self->source;

  g_clear_handle_id (&self->refresh_idle_id, g_source_remove);
  update_switcher (self);
  if (source == NULL || !g_ptr_array_find (self->sources, source, NULL))
    source = self->sources->len > 0 ? g_ptr_array_index (self->sources, 0) : NULL;
  show_source (self, source);
  update_highlight (self, FALSE);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  PlArticleView *self = data;

  self->refresh_idle_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

/* Highlighting */

/* The first evidence of @item in a source of the briefing, or NULL. */
static PlSource *
find_evidence_source (PlArticleView *self,
                      PlItem *item)
{
  guint n = item != NULL ? pl_item_get_n_evidence (item) : 0;

  for (guint i = 0; i < n && self->briefing != NULL; i++)
    {
      const PlEvidence *evidence = pl_item_get_evidence (item, i);
      PlSource *source = pl_briefing_lookup_source (self->briefing, evidence->source);

      if (source != NULL && g_ptr_array_find (self->sources, source, NULL))
        return source;
    }
  return NULL;
}

/* Tags every span of @item's evidence in the source shown; returns
 * whether there was one, with @first set to where the first begins. */
static gboolean
tag_evidence (PlArticleView *self,
              PlItem *item,
              GtkTextIter *first)
{
  const char *id = pl_item_get_id (PL_ITEM (self->source));
  guint length = pl_source_get_length (self->source);
  guint n = pl_item_get_n_evidence (item);
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      const PlEvidence *evidence = pl_item_get_evidence (item, i);
      GtkTextIter start, end;

      if (g_strcmp0 (evidence->source, id) != 0 || evidence->start >= evidence->end ||
          evidence->start >= length)
        continue;
      gtk_text_buffer_get_iter_at_offset (self->buffer, &start,
                                          (int) source_to_buffer (self, evidence->start, FALSE));
      gtk_text_buffer_get_iter_at_offset (
          self->buffer, &end, (int) source_to_buffer (self, MIN (evidence->end, length), TRUE));
      gtk_text_buffer_apply_tag (self->buffer, self->evidence_tag, &start, &end);
      if (!found || gtk_text_iter_compare (&start, first) < 0)
        *first = start;
      found = TRUE;
    }
  return found;
}

/* Highlights the selected item's evidence in the source shown. @reveal:
 * whether to scroll the first span into view. */
static void
update_highlight (PlArticleView *self,
                  gboolean reveal)
{
  PlItem *item = self->view_state != NULL ? pl_view_state_get_selected (self->view_state) : NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->evidence_tag, &start, &end);
  if (item == NULL || self->source == NULL || !tag_evidence (self, item, &start))
    return;
  if (reveal)
    {
      gtk_text_buffer_move_mark (self->buffer, self->scroll_mark, &start);
      queue_scroll (self);
    }
}

/* Callbacks */

static void
briefing_changed_cb (PlArticleView *self)
{
  /* One refresh for a burst of changes, such as a merge. */
  if (self->refresh_idle_id == 0)
    self->refresh_idle_id = g_idle_add (refresh_idle_cb, self);
}

static void
set_briefing (PlArticleView *self,
              PlBriefing *briefing)
{
  if (self->briefing == briefing)
    return;

  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_func (self->briefing, briefing_changed_cb, self);
  g_set_object (&self->briefing, briefing);
  if (briefing != NULL)
    g_signal_connect_object (briefing, "changed", G_CALLBACK (briefing_changed_cb), self,
                             G_CONNECT_SWAPPED);
  refresh (self);
}

static void
view_state_briefing_cb (PlArticleView *self)
{
  set_briefing (self, pl_view_state_get_briefing (self->view_state));
}

/* Shows the source of the selected item's first evidence, with the
 * evidence highlighted and scrolled into view. */
static void
view_state_selected_cb (PlArticleView *self)
{
  PlItem *item = pl_view_state_get_selected (self->view_state);
  PlSource *source;

  /* Changes not yet shown come first, so offsets meet the text they point into. */
  if (self->refresh_idle_id != 0)
    refresh (self);
  source = find_evidence_source (self, item);
  if (source != NULL && source != self->source)
    show_source (self, source);
  update_highlight (self, TRUE);
}

static void
selection_changed_cb (PlArticleView *self)
{
  gboolean has_selection = pl_article_view_get_selection (self, NULL, NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.add-component", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.add-reaction", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.add-risk", has_selection);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "article.add-event", has_selection);
  gtk_revealer_set_reveal_child (self->add_revealer, has_selection);
}

static void
add_item_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *parameter)
{
  PlArticleView *self = PL_ARTICLE_VIEW (widget);
  GType type;
  guint start, end;

  if (!pl_article_view_get_selection (self, &start, &end))
    return;
  if (g_str_equal (action_name, "article.add-component"))
    type = PL_TYPE_COMPONENT;
  else if (g_str_equal (action_name, "article.add-reaction"))
    type = PL_TYPE_REACTION;
  else if (g_str_equal (action_name, "article.add-risk"))
    type = PL_TYPE_RISK;
  else
    type = PL_TYPE_EVENT;
  g_signal_emit (self, signals[ADD_ITEM], 0, type, self->source, start, end);
}

/* Vfuncs */

static void
pl_article_view_css_changed (GtkWidget *widget,
                             GtkCssStyleChange *change)
{
  PlArticleView *self = PL_ARTICLE_VIEW (widget);

  GTK_WIDGET_CLASS (pl_article_view_parent_class)->css_changed (widget, change);
  update_colors (self);
}

static void
pl_article_view_dispose (GObject *object)
{
  PlArticleView *self = PL_ARTICLE_VIEW (object);

  g_clear_handle_id (&self->refresh_idle_id, g_source_remove);
  g_clear_handle_id (&self->scroll_idle_id, g_source_remove);
  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_data (self->briefing, self);
  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  self->updating_switcher = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (object), PL_TYPE_ARTICLE_VIEW);
  self->buffer = NULL;
  g_clear_object (&self->view_state);
  g_clear_object (&self->briefing);
  g_clear_object (&self->source);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  G_OBJECT_CLASS (pl_article_view_parent_class)->dispose (object);
}

static void
pl_article_view_finalize (GObject *object)
{
  PlArticleView *self = PL_ARTICLE_VIEW (object);

  g_clear_pointer (&self->bullets, g_array_unref);
  G_OBJECT_CLASS (pl_article_view_parent_class)->finalize (object);
}

static void
pl_article_view_get_property (GObject *object,
                              guint prop_id,
                              GValue *value,
                              GParamSpec *pspec)
{
  PlArticleView *self = PL_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      g_value_set_object (value, self->view_state);
      break;

    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_article_view_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  PlArticleView *self = PL_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      pl_article_view_set_view_state (self, g_value_get_object (value));
      break;

    case PROP_SOURCE:
      pl_article_view_set_source (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties_and_signals (GObjectClass *object_class)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  /* The briefing shown and the item whose evidence is highlighted. */
  properties[PROP_VIEW_STATE] = g_param_spec_object ("view-state", NULL, NULL, PL_TYPE_VIEW_STATE, flags);
  /* The source article shown, one of the briefing's sources or NULL. */
  properties[PROP_SOURCE] = g_param_spec_object ("source", NULL, NULL, PL_TYPE_SOURCE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlArticleView::add-item:
   * @item_type: the #GType of item to add: a component, reaction, risk or event
   * @source: the #PlSource the words are in
   * @start: the selection's start, in characters of the source's text, the
   *   unit of #PlEvidence
   * @end: just past the selection's end
   *
   * The user asked to add an item with the selected words as its evidence.
   */
  signals[ADD_ITEM] = g_signal_new ("add-item", G_TYPE_FROM_CLASS (object_class), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 4, G_TYPE_GTYPE,
                                    PL_TYPE_SOURCE, G_TYPE_UINT, G_TYPE_UINT);
}

static void
pl_article_view_class_init (PlArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_article_view_dispose;
  object_class->finalize = pl_article_view_finalize;
  object_class->get_property = pl_article_view_get_property;
  object_class->set_property = pl_article_view_set_property;
  widget_class->css_changed = pl_article_view_css_changed;
  install_properties_and_signals (object_class);

  gtk_widget_class_install_action (widget_class, "article.add-component", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "article.add-reaction", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "article.add-risk", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "article.add-event", NULL, add_item_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PlArticleView, stack);
  gtk_widget_class_bind_template_child (widget_class, PlArticleView, switcher_box);
  gtk_widget_class_bind_template_child (widget_class, PlArticleView, switcher);
  gtk_widget_class_bind_template_child (widget_class, PlArticleView, source_titles);
  gtk_widget_class_bind_template_child (widget_class, PlArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, PlArticleView, add_revealer);
  gtk_widget_class_bind_template_callback (widget_class, switcher_selected_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_article_view_init (PlArticleView *self)
{
  GtkTextIter start;

  self->sources = g_ptr_array_new_with_free_func (g_object_unref);
  self->bullets = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_text_view_get_buffer (self->text_view);
  create_tags (self);
  gtk_text_buffer_get_start_iter (self->buffer, &start);
  self->scroll_mark = gtk_text_buffer_create_mark (self->buffer, NULL, &start, TRUE);
  g_signal_connect_object (self->buffer, "notify::has-selection", G_CALLBACK (selection_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->buffer, "mark-set", G_CALLBACK (selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->text_view, "map", G_CALLBACK (text_view_map_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Article"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Article text"), GTK_ACCESSIBLE_PROPERTY_READ_ONLY, TRUE, -1);
  selection_changed_cb (self);
  pl_article_view_set_view_state (self, NULL);
}

/* Public API */

/**
 * pl_article_view_new:
 *
 * Returns: (transfer full): a new article view with a view state of its own
 */
GtkWidget *
pl_article_view_new (void)
{
  return g_object_new (PL_TYPE_ARTICLE_VIEW, NULL);
}

/**
 * pl_article_view_get_view_state:
 *
 * Returns: (transfer none): the view state shown
 */
PlViewState *
pl_article_view_get_view_state (PlArticleView *self)
{
  g_return_val_if_fail (PL_IS_ARTICLE_VIEW (self), NULL);
  return self->view_state;
}

/**
 * pl_article_view_set_view_state:
 * @view_state: (nullable): the view state to show; %NULL for a new one of
 *   its own
 */
void
pl_article_view_set_view_state (PlArticleView *self,
                                PlViewState *view_state)
{
  g_autoptr (PlViewState) owned = NULL;

  g_return_if_fail (PL_IS_ARTICLE_VIEW (self));
  g_return_if_fail (view_state == NULL || PL_IS_VIEW_STATE (view_state));

  if (view_state == NULL)
    view_state = owned = pl_view_state_new ();
  if (self->view_state == view_state)
    return;

  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_set_object (&self->view_state, view_state);
  g_signal_connect_object (view_state, "notify::briefing", G_CALLBACK (view_state_briefing_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view_state, "notify::selected", G_CALLBACK (view_state_selected_cb),
                           self, G_CONNECT_SWAPPED);
  set_briefing (self, pl_view_state_get_briefing (view_state));
  view_state_selected_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_STATE]);
}

/**
 * pl_article_view_get_source:
 *
 * Returns: (transfer none) (nullable): the source article shown
 */
PlSource *
pl_article_view_get_source (PlArticleView *self)
{
  g_return_val_if_fail (PL_IS_ARTICLE_VIEW (self), NULL);
  return self->source;
}

/**
 * pl_article_view_set_source:
 * @source: one of the briefing's sources
 *
 * Shows @source, as picking it in the switcher does.
 */
void
pl_article_view_set_source (PlArticleView *self,
                            PlSource *source)
{
  g_return_if_fail (PL_IS_ARTICLE_VIEW (self));
  g_return_if_fail (source == NULL || PL_IS_SOURCE (source));

  if (self->refresh_idle_id != 0)
    refresh (self);
  if (source == NULL || !g_ptr_array_find (self->sources, source, NULL))
    return;
  show_source (self, source);
  update_highlight (self, FALSE);
}

/**
 * pl_article_view_select:
 * @start: the first character, as an offset into the shown source's text
 * @end: just past the last character
 *
 * Selects the words from @start to @end of the source shown.
 */
void
pl_article_view_select (PlArticleView *self,
                        guint start,
                        guint end)
{
  GtkTextIter from, to;
  guint length;

  g_return_if_fail (PL_IS_ARTICLE_VIEW (self));

  if (self->source == NULL)
    return;
  length = pl_source_get_length (self->source);
  start = MIN (start, length);
  end = CLAMP (end, start, length);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &from, (int) source_to_buffer (self, start, FALSE));
  gtk_text_buffer_get_iter_at_offset (self->buffer, &to, (int) source_to_buffer (self, end, TRUE));
  gtk_text_buffer_select_range (self->buffer, &from, &to);
}

/**
 * pl_article_view_get_selection:
 * @start: (out) (optional): the selection's start in the shown source's text
 * @end: (out) (optional): just past its end
 *
 * Returns: whether some of the source's text is selected
 */
gboolean
pl_article_view_get_selection (PlArticleView *self,
                               guint *start,
                               guint *end)
{
  GtkTextIter from, to;
  guint first, last;

  g_return_val_if_fail (PL_IS_ARTICLE_VIEW (self), FALSE);

  if (self->source == NULL || !gtk_text_buffer_get_selection_bounds (self->buffer, &from, &to))
    return FALSE;
  first = buffer_to_source (self, (guint) gtk_text_iter_get_offset (&from));
  last = buffer_to_source (self, (guint) gtk_text_iter_get_offset (&to));
  if (first >= last)
    return FALSE;
  if (start != NULL)
    *start = first;
  if (end != NULL)
    *end = last;
  return TRUE;
}

/**
 * pl_article_view_get_text_view:
 *
 * Returns: (transfer none): the text view that shows the article
 */
GtkTextView *
pl_article_view_get_text_view (PlArticleView *self)
{
  g_return_val_if_fail (PL_IS_ARTICLE_VIEW (self), NULL);
  return self->text_view;
}
