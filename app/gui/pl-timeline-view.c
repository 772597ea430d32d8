/* pl-timeline-view.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlTimelineView"

#include "config.h"

#include "pl-timeline-view.h"

#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "pl-timeline-renderer.h"
#include "pl-timeline-view-private.h"

#define MIN_HEIGHT 120
#define MAX_NATURAL_HEIGHT 420
#define MIN_WIDTH 160
#define NATURAL_WIDTH 480

G_DEFINE_FINAL_TYPE (PlTimelineView, pl_timeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW_STATE,
  PROP_MODE,
  PROP_EFFECTIVE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SHOW_EVIDENCE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * pl_timeline_view_mode_get_type:
 *
 * Returns: the #GType of #PlTimelineMode, for properties and actions
 */
GType
pl_timeline_view_mode_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { PL_TIMELINE_MODE_AUTO, "PL_TIMELINE_MODE_AUTO", "auto" },
    { PL_TIMELINE_MODE_CHRONOLOGICAL, "PL_TIMELINE_MODE_CHRONOLOGICAL", "chronological" },
    { PL_TIMELINE_MODE_SEQUENCE, "PL_TIMELINE_MODE_SEQUENCE", "sequence" },
    { 0, NULL, NULL },
  };

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id, g_enum_register_static (g_intern_static_string ("PlTimelineViewMode"), values));
  return type_id;
}

/* Layout and frame */

static void
invalidate_frame (PlTimelineView *self)
{
  g_clear_pointer (&self->frame, pl_timeline_frame_free);
}

void
_pl_timeline_view_update_accessible (PlTimelineView *self)
{
  g_autofree char *description = NULL;

  if (self->layout != NULL && self->focused >= 0)
    description = pl_timeline_layout_dup_description (self->layout, (guint) self->focused);
  if (description != NULL && self->focus_item != NULL && self->view_state != NULL &&
      pl_view_state_get_selected (self->view_state) == self->focus_item)
    {
      /* Translators: said after the description of the focused item of the
       * timeline when it is the selected one */
      g_autofree char *selected = g_strdup_printf (_ ("%s Selected."), description);
      g_free (description);
      description = g_steal_pointer (&selected);
    }
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    description, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

void
_pl_timeline_view_update_actions (PlTimelineView *self)
{
  gboolean has_entry = self->layout != NULL && self->menu_entry >= 0;
  gboolean has_layout = self->briefing != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.copy-text", has_entry);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.show-evidence", has_entry);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-in", has_layout);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-out", has_layout);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "timeline.zoom-fit", has_layout);
}

/* Once changes have settled: the layout is made again, and whether auto
 * chose another mode told, outside of GTK's layout and drawing. */
static gboolean
update_idle_cb (gpointer user_data)
{
  PlTimelineView *self = user_data;

  self->update_idle_id = 0;
  _pl_timeline_view_ensure_layout (self);
  if (self->effective_mode_changed)
    {
      self->effective_mode_changed = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EFFECTIVE_MODE]);
    }
  return G_SOURCE_REMOVE;
}

/* After a change of the briefing, the mode or the style. Many changes in a
 * row cost one layout. */
static void
invalidate_layout (PlTimelineView *self)
{
  invalidate_frame (self);
  g_clear_pointer (&self->layout, pl_timeline_layout_free);
  g_clear_pointer (&self->dimmed, g_free);
  self->focused = -1;
  self->hovered = -1;
  self->menu_entry = -1;
  if (self->briefing == NULL && self->effective_mode != PL_TIMELINE_MODE_AUTO)
    {
      self->effective_mode = PL_TIMELINE_MODE_AUTO;
      self->effective_mode_changed = TRUE;
    }
  if (self->update_idle_id == 0)
    self->update_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_idle_cb, self, NULL);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ensure_style (PlTimelineView *self)
{
  if (self->style_valid)
    return;

  pl_render_style_clear (&self->style);
  _pl_timeline_view_fill_style (GTK_WIDGET (self), &self->style);
  self->style_valid = TRUE;
}

static void
clamp_viewport (PlTimelineView *self)
{
  if (self->layout != NULL && self->viewport.width > 0 && self->viewport.height > 0)
    pl_timeline_layout_clamp (self->layout, &self->viewport);
}

void
_pl_timeline_view_ensure_layout (PlTimelineView *self)
{
  PlTimelineMode effective;

  if (self->layout != NULL || self->briefing == NULL)
    return;

  ensure_style (self);
  self->layout = pl_timeline_layout_new (self->briefing, self->mode, &self->style,
                                         gtk_widget_get_pango_context (GTK_WIDGET (self)));

  if (self->focus_item != NULL)
    self->focused = pl_timeline_layout_find_item (self->layout, self->focus_item);
  if (self->focused < 0)
    g_clear_object (&self->focus_item);
  self->menu_entry = self->focused;
  if (self->needs_fit && self->viewport.width > 0)
    {
      pl_timeline_layout_fit (self->layout, &self->viewport);
      self->needs_fit = FALSE;
    }
  clamp_viewport (self);
  _pl_timeline_view_update_accessible (self);
  _pl_timeline_view_update_actions (self);

  /* Told from the idle: this may run while GTK lays out or draws. */
  effective = pl_timeline_layout_get_mode (self->layout);
  if (effective != self->effective_mode)
    {
      self->effective_mode = effective;
      self->effective_mode_changed = TRUE;
      if (self->update_idle_id == 0)
        self->update_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_idle_cb, self, NULL);
    }
}

const PlTimelineFrame *
_pl_timeline_view_ensure_frame (PlTimelineView *self)
{
  _pl_timeline_view_ensure_layout (self);
  if (self->frame == NULL && self->layout != NULL && self->viewport.width > 0 &&
      self->viewport.height > 0)
    self->frame = pl_timeline_frame_build (self->layout, &self->viewport);
  return self->frame;
}

/* After the viewport moved or zoomed. */
void
_pl_timeline_view_viewport_changed (PlTimelineView *self)
{
  clamp_viewport (self);
  invalidate_frame (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* A change of how things look: the layout measures text, so it goes too. */
static void
refresh_style (PlTimelineView *self)
{
  PlRenderStyle style = { 0 };

  _pl_timeline_view_fill_style (GTK_WIDGET (self), &style);
  if (self->style_valid && _pl_timeline_view_style_equal (&style, &self->style))
    {
      pl_render_style_clear (&style);
      return;
    }

  pl_render_style_clear (&self->style);
  self->style = style;
  self->style_valid = TRUE;
  if (self->layout != NULL)
    invalidate_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Viewport */

void
_pl_timeline_view_pan_by (PlTimelineView *self,
                          double dx,
                          double dy)
{
  if (self->layout == NULL || self->viewport.px_per_unit <= 0)
    return;
  self->viewport.time_start += (self->viewport.rtl ? -dx : dx) / self->viewport.px_per_unit;
  self->viewport.scroll_y += dy;
  _pl_timeline_view_viewport_changed (self);
}

void
_pl_timeline_view_zoom_at (PlTimelineView *self,
                           double factor,
                           double anchor_x)
{
  _pl_timeline_view_ensure_layout (self);
  if (self->layout == NULL || factor <= 0 || self->viewport.width <= 0)
    return;
  pl_timeline_viewport_zoom (&self->viewport, factor, anchor_x);
  _pl_timeline_view_viewport_changed (self);
}

/* Signals */

void
_pl_timeline_view_emit_show_evidence (PlTimelineView *self,
                                      PlItem *item)
{
  g_signal_emit (self, signals[SHOW_EVIDENCE], 0, item);
}

/* Callbacks */

static void
briefing_changed_cb (PlTimelineView *self)
{
  invalidate_layout (self);
}

/* What the search does not find, or the filters turn away, is dimmed:
 * worked out once per search, filter or layout, not per frame. */
static const gboolean *
ensure_dimmed (PlTimelineView *self)
{
  guint n;

  if (self->layout == NULL || !pl_view_state_get_narrowed (self->view_state))
    return NULL;
  if (self->dimmed != NULL)
    return self->dimmed;
  n = pl_timeline_layout_get_n_entries (self->layout);
  self->dimmed = g_new0 (gboolean, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      const PlTimelineEntry *entry = pl_timeline_layout_get_entry (self->layout, i);

      self->dimmed[i] = !pl_view_state_item_matches (self->view_state, entry->item);
    }
  return self->dimmed;
}

static void
search_changed_cb (PlTimelineView *self)
{
  g_clear_pointer (&self->dimmed, g_free);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selected_changed_cb (PlTimelineView *self)
{
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  int entry;

  _pl_timeline_view_ensure_layout (self);
  entry = selected != NULL && self->layout != NULL ? pl_timeline_layout_find_item (self->layout, selected) : -1;
  /* Selected elsewhere, such as in a panel: show it here. */
  if (entry >= 0)
    _pl_timeline_view_set_focused (self, entry, TRUE);
  _pl_timeline_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_briefing (PlTimelineView *self,
              PlBriefing *briefing)
{
  if (self->briefing == briefing)
    return;

  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_data (self->briefing, self);
  g_set_object (&self->briefing, briefing);
  if (briefing != NULL)
    g_signal_connect_object (briefing, "changed", G_CALLBACK (briefing_changed_cb), self,
                             G_CONNECT_SWAPPED);

  g_clear_object (&self->focus_item);
  self->needs_fit = TRUE;
  self->viewport.scroll_y = 0;
  invalidate_layout (self);
  _pl_timeline_view_update_actions (self);
}

static void
view_state_briefing_cb (PlTimelineView *self)
{
  set_briefing (self, pl_view_state_get_briefing (self->view_state));
}

static void
settings_changed_cb (PlTimelineView *self)
{
  refresh_style (self);
}

/* Vfuncs */

static void
pl_timeline_view_measure (GtkWidget *widget,
                          GtkOrientation orientation,
                          int for_size,
                          int *minimum,
                          int *natural,
                          int *minimum_baseline,
                          int *natural_baseline)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  double height = MIN_HEIGHT;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }

  _pl_timeline_view_ensure_layout (self);
  if (self->layout != NULL)
    height = pl_timeline_layout_get_content_height (self->layout) +
             pl_timeline_layout_get_axis_height (self->layout);
  *minimum = MIN_HEIGHT;
  *natural = (int) CLAMP (ceil (height), MIN_HEIGHT, MAX_NATURAL_HEIGHT);
}

static void
pl_timeline_view_size_allocate (GtkWidget *widget,
                                int width,
                                int height,
                                int baseline)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);

  self->viewport.width = width;
  self->viewport.height = height;
  self->viewport.rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  _pl_timeline_view_ensure_layout (self);
  if (self->layout != NULL && self->needs_fit && width > 0)
    {
      pl_timeline_layout_fit (self->layout, &self->viewport);
      self->needs_fit = FALSE;
    }
  clamp_viewport (self);
  invalidate_frame (self);
  /* The context menu, and popovers parented here by others, such as the
   * window's evidence. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
pl_timeline_view_snapshot (GtkWidget *widget,
                           GtkSnapshot *snapshot)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  const PlTimelineFrame *frame;
  PlTimelineMarks marks = PL_TIMELINE_MARKS_NONE;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  ensure_style (self);
  frame = _pl_timeline_view_ensure_frame (self);
  if (frame == NULL)
    return;

  if (selected != NULL)
    marks.selected = pl_timeline_layout_find_item (self->layout, selected);
  if (gtk_widget_has_visible_focus (widget))
    marks.focused = self->focused;
  marks.hovered = self->hovered;
  marks.dimmed = ensure_dimmed (self);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  pl_timeline_renderer_draw (cr, self->layout, frame, &self->style, &marks);
  cairo_destroy (cr);
}

static void
pl_timeline_view_css_changed (GtkWidget *widget,
                              GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pl_timeline_view_parent_class)->css_changed (widget, change);
  refresh_style (PL_TIMELINE_VIEW (widget));
}

static void
pl_timeline_view_system_setting_changed (GtkWidget *widget,
                                         GtkSystemSetting setting)
{
  GTK_WIDGET_CLASS (pl_timeline_view_parent_class)->system_setting_changed (widget, setting);
  refresh_style (PL_TIMELINE_VIEW (widget));
}

static void
pl_timeline_view_direction_changed (GtkWidget *widget,
                                    GtkTextDirection previous)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (pl_timeline_view_parent_class)->direction_changed (widget, previous);
  self->viewport.rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  _pl_timeline_view_viewport_changed (self);
}

static void
pl_timeline_view_state_flags_changed (GtkWidget *widget,
                                      GtkStateFlags previous)
{
  GtkStateFlags changed = previous ^ gtk_widget_get_state_flags (widget);

  GTK_WIDGET_CLASS (pl_timeline_view_parent_class)->state_flags_changed (widget, previous);
  if (changed & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE | GTK_STATE_FLAG_FOCUS_WITHIN))
    gtk_widget_queue_draw (widget);
}

static void
pl_timeline_view_root (GtkWidget *widget)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (pl_timeline_view_parent_class)->root (widget);
  self->settings = g_object_ref (gtk_widget_get_settings (widget));
  g_signal_connect_object (self->settings, "notify::gtk-theme-name",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  refresh_style (self);
}

static void
pl_timeline_view_unroot (GtkWidget *widget)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  GTK_WIDGET_CLASS (pl_timeline_view_parent_class)->unroot (widget);
}

static void
pl_timeline_view_dispose (GObject *object)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (object);

  g_clear_handle_id (&self->update_idle_id, g_source_remove);
  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_data (self->briefing, self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_pointer (&self->frame, pl_timeline_frame_free);
  g_clear_pointer (&self->layout, pl_timeline_layout_free);
  g_clear_pointer (&self->dimmed, g_free);
  g_clear_object (&self->focus_item);
  g_clear_object (&self->briefing);
  g_clear_object (&self->view_state);
  G_OBJECT_CLASS (pl_timeline_view_parent_class)->dispose (object);
}

static void
pl_timeline_view_finalize (GObject *object)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (object);

  pl_render_style_clear (&self->style);
  G_OBJECT_CLASS (pl_timeline_view_parent_class)->finalize (object);
}

static void
pl_timeline_view_get_property (GObject *object,
                               guint prop_id,
                               GValue *value,
                               GParamSpec *pspec)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      g_value_set_object (value, self->view_state);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_EFFECTIVE_MODE:
      g_value_set_enum (value, pl_timeline_view_get_effective_mode (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_timeline_view_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      pl_timeline_view_set_view_state (self, g_value_get_object (value));
      break;

    case PROP_MODE:
      pl_timeline_view_set_mode (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_timeline_view_class_init (PlTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_timeline_view_dispose;
  object_class->finalize = pl_timeline_view_finalize;
  object_class->get_property = pl_timeline_view_get_property;
  object_class->set_property = pl_timeline_view_set_property;
  widget_class->measure = pl_timeline_view_measure;
  widget_class->size_allocate = pl_timeline_view_size_allocate;
  widget_class->snapshot = pl_timeline_view_snapshot;
  widget_class->focus = _pl_timeline_view_focus;
  widget_class->query_tooltip = _pl_timeline_view_query_tooltip;
  widget_class->css_changed = pl_timeline_view_css_changed;
  widget_class->system_setting_changed = pl_timeline_view_system_setting_changed;
  widget_class->direction_changed = pl_timeline_view_direction_changed;
  widget_class->state_flags_changed = pl_timeline_view_state_flags_changed;
  widget_class->root = pl_timeline_view_root;
  widget_class->unroot = pl_timeline_view_unroot;

  /**
   * PlTimelineView:view-state:
   *
   * The briefing shown and the selection, shared with other views.
   */
  properties[PROP_VIEW_STATE] =
      g_param_spec_object ("view-state", NULL, NULL, PL_TYPE_VIEW_STATE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlTimelineView:mode:
   *
   * The mode asked for, %PL_TIMELINE_MODE_AUTO to choose from the data.
   */
  properties[PROP_MODE] =
      g_param_spec_enum ("mode", NULL, NULL, PL_TYPE_TIMELINE_VIEW_MODE, PL_TIMELINE_MODE_AUTO,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlTimelineView:effective-mode:
   *
   * The mode shown: never %PL_TIMELINE_MODE_AUTO but while nothing is shown.
   */
  properties[PROP_EFFECTIVE_MODE] =
      g_param_spec_enum ("effective-mode", NULL, NULL, PL_TYPE_TIMELINE_VIEW_MODE, PL_TIMELINE_MODE_AUTO,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlTimelineView::show-evidence:
   * @item: the item whose evidence to show
   *
   * Asks for the passages of the sources that @item comes from.
   */
  signals[SHOW_EVIDENCE] =
      g_signal_new ("show-evidence", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                    NULL, G_TYPE_NONE, 1, PL_TYPE_ITEM);

  /* The timeline.* actions and the key bindings: pl-timeline-view-input.c */
  _pl_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_timeline_view_init (PlTimelineView *self)
{
  self->focused = -1;
  self->hovered = -1;
  self->menu_entry = -1;
  self->needs_fit = TRUE;
  self->mode = PL_TIMELINE_MODE_AUTO;
  self->effective_mode = PL_TIMELINE_MODE_AUTO;
  pl_render_style_init (&self->style, FALSE, FALSE);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _ ("Timeline"), -1);

  /* The context menu and the event controllers */
  _pl_timeline_view_init_input (self);
  pl_timeline_view_set_view_state (self, NULL);
}

/**
 * pl_timeline_view_new:
 *
 * Returns: (transfer full): a new timeline with a view state of its own
 */
GtkWidget *
pl_timeline_view_new (void)
{
  return g_object_new (PL_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * pl_timeline_view_get_view_state:
 *
 * Returns: (transfer none): the view state shown
 */
PlViewState *
pl_timeline_view_get_view_state (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), NULL);
  return self->view_state;
}

/**
 * pl_timeline_view_set_view_state:
 * @view_state: (nullable): the view state to show and select in; %NULL
 *   for a new one of its own
 */
void
pl_timeline_view_set_view_state (PlTimelineView *self,
                                 PlViewState *view_state)
{
  g_autoptr (PlViewState) owned = NULL;

  g_return_if_fail (PL_IS_TIMELINE_VIEW (self));
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
  g_signal_connect_object (view_state, "notify::selected", G_CALLBACK (selected_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view_state, "notify::search-text", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view_state, "filters-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  set_briefing (self, pl_view_state_get_briefing (view_state));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_STATE]);
}

/**
 * pl_timeline_view_get_mode:
 *
 * Returns: the mode asked for
 */
PlTimelineMode
pl_timeline_view_get_mode (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), PL_TIMELINE_MODE_AUTO);
  return self->mode;
}

/**
 * pl_timeline_view_set_mode:
 * @mode: how to lay the briefing out; %PL_TIMELINE_MODE_AUTO chooses
 *   from the data
 *
 * Lays the briefing out again and zooms to fit.
 */
void
pl_timeline_view_set_mode (PlTimelineView *self,
                           PlTimelineMode mode)
{
  g_return_if_fail (PL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (mode <= PL_TIMELINE_MODE_SEQUENCE);

  if (self->mode == mode)
    return;

  self->mode = mode;
  self->needs_fit = TRUE;
  self->viewport.scroll_y = 0;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/**
 * pl_timeline_view_get_effective_mode:
 *
 * Returns: the mode shown, which %PL_TIMELINE_MODE_AUTO chose from the
 *   data; %PL_TIMELINE_MODE_AUTO while nothing is shown
 */
PlTimelineMode
pl_timeline_view_get_effective_mode (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), PL_TIMELINE_MODE_AUTO);

  _pl_timeline_view_ensure_layout (self);
  return self->layout != NULL ? pl_timeline_layout_get_mode (self->layout) : PL_TIMELINE_MODE_AUTO;
}

/**
 * pl_timeline_view_zoom:
 * @factor: > 1 to zoom in, < 1 to zoom out
 *
 * Zooms around the middle of the view.
 */
void
pl_timeline_view_zoom (PlTimelineView *self,
                       double factor)
{
  g_return_if_fail (PL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  _pl_timeline_view_zoom_at (self, factor, self->viewport.width / 2);
}

/**
 * pl_timeline_view_zoom_to_fit:
 *
 * Shows the whole briefing.
 */
void
pl_timeline_view_zoom_to_fit (PlTimelineView *self)
{
  g_return_if_fail (PL_IS_TIMELINE_VIEW (self));

  _pl_timeline_view_ensure_layout (self);
  self->viewport.scroll_y = 0;
  if (self->layout == NULL || self->viewport.width <= 0)
    {
      self->needs_fit = TRUE;
      return;
    }
  pl_timeline_layout_fit (self->layout, &self->viewport);
  self->needs_fit = FALSE;
  _pl_timeline_view_viewport_changed (self);
}

/**
 * pl_timeline_view_pan:
 * @dx: px to move the view by towards the end of the screen (right, or
 *   left in right-to-left locales); negative to go back
 * @dy: px to scroll down by
 */
void
pl_timeline_view_pan (PlTimelineView *self,
                      double dx,
                      double dy)
{
  g_return_if_fail (PL_IS_TIMELINE_VIEW (self));

  _pl_timeline_view_ensure_layout (self);
  _pl_timeline_view_pan_by (self, dx, dy);
}

/**
 * pl_timeline_view_get_focused_item:
 *
 * Returns: (transfer none) (nullable): the item with keyboard focus
 */
PlItem *
pl_timeline_view_get_focused_item (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), NULL);

  _pl_timeline_view_ensure_layout (self);
  return self->focus_item;
}

/**
 * pl_timeline_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the layout shown, for tests
 */
PlTimelineLayout *
pl_timeline_view_get_layout (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), NULL);

  _pl_timeline_view_ensure_layout (self);
  return self->layout;
}

/**
 * pl_timeline_view_get_render_style:
 *
 * Returns: (transfer none): the colours and font the timeline draws with,
 *   from its CSS; for drawing things that must match it, such as its legend
 */
const PlRenderStyle *
pl_timeline_view_get_render_style (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), NULL);
  ensure_style (self);
  return &self->style;
}

/**
 * pl_timeline_view_get_frame:
 *
 * Returns: (transfer none) (nullable): what is drawn at the present size
 *   and viewport, for tests; %NULL before the widget has a size
 */
const PlTimelineFrame *
pl_timeline_view_get_frame (PlTimelineView *self)
{
  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), NULL);
  return _pl_timeline_view_ensure_frame (self);
}

/* For tests: whether @item is drawn dimmed, as not found or filtered out. */
gboolean
_pl_timeline_view_get_item_dimmed (PlTimelineView *self,
                                   PlItem *item)
{
  const gboolean *dimmed;
  int entry;

  g_return_val_if_fail (PL_IS_TIMELINE_VIEW (self), FALSE);

  _pl_timeline_view_ensure_layout (self);
  dimmed = ensure_dimmed (self);
  entry = self->layout != NULL ? pl_timeline_layout_find_item (self->layout, item) : -1;
  return dimmed != NULL && entry >= 0 && dimmed[entry];
}
