/* pl-window.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include "pl-window.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pl-error-banner.h"
#include "pl-file-types.h"
#include "pl-file.h"
#include "pl-item-menu.h"
#include "pl-item-row.h"
#include "pl-labels.h"
#include "pl-loader.h"
#include "pl-timeline-renderer.h"
#include "pl-phase-row.h"
#include "pl-reactions-panel.h"
#include "pl-recent.h"
#include "pl-risks-panel.h"
#include "pl-window-private.h"

/* How many recent files the Open button's menu lists. */
#define MAX_RECENT_FILES 10

/* How long a load may take before its progress shows. */
#define PROGRESS_DELAY_MS 300

G_DEFINE_FINAL_TYPE (PlWindow, pl_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_BRIEFING,
  PROP_BUSY,
  PROP_SIDEBAR_VISIBLE,
  PROP_TIMELINE_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
get_settings (PlWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return PL_IS_APPLICATION (app) ? pl_application_get_settings (PL_APPLICATION (app)) : NULL;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Where the briefing came from, for the header bar's second line. */
static char *
dup_origin (PlWindow *self)
{
  guint n_files = self->files->len;
  guint n_sources;

  if (self->briefing == NULL)
    return g_strdup (self->n_busy > 0 ? _ ("Opening…") : _ ("No briefing open"));
  if (self->is_builtin)
    return g_strdup (_ ("Built-in example briefing"));

  n_sources = g_list_model_get_n_items (pl_briefing_get_sources (self->briefing));
  if (n_files == 1)
    {
      g_autofree char *display = pl_file_dup_display (g_ptr_array_index (self->files, 0));
      return g_path_get_basename (display);
    }
  if (n_files > 1 && n_sources > 0)
    /* Translators: how many articles a briefing made from several files draws on */
    return g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources);
  if (n_files > 1)
    /* Translators: the briefing was made by merging several files */
    return g_strdup_printf (ngettext ("Merged from %u file", "Merged from %u files", n_files), n_files);
  return g_strdup (_ ("Unsaved briefing"));
}

static char *
dup_origin_tooltip (PlWindow *self)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < self->files->len; i++)
    {
      g_autofree char *display = pl_file_dup_display (g_ptr_array_index (self->files, i));

      if (i > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, display);
    }
  return g_string_free (str, str->len == 0);
}

static const char *
get_display_title (PlWindow *self)
{
  const char *title;

  if (self->briefing == NULL)
    return PACKAGE_NAME;
  title = pl_briefing_get_title (self->briefing);
  return is_empty (title) ? _ ("Untitled Briefing") : title;
}

static void
update_title (PlWindow *self)
{
  g_autofree char *origin = dup_origin (self);
  g_autofree char *tooltip = dup_origin_tooltip (self);
  g_autofree char *title = _pl_window_edit_dup_title (self, get_display_title (self));

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
  gtk_label_set_label (self->subtitle_label, origin);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
}

static void
set_optional_text (GtkLabel *label,
                   const char *text)
{
  gtk_label_set_label (label, is_empty (text) ? "" : text);
  gtk_widget_set_visible (GTK_WIDGET (label), !is_empty (text));
}

/* “By …  ·  Published …  ·  3 sources” below the briefing's title. */
static char *
dup_heading_meta (PlBriefing *briefing)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *published = pl_date_format_display (pl_briefing_get_published (briefing));
  guint n_sources = g_list_model_get_n_items (pl_briefing_get_sources (briefing));

  if (!is_empty (pl_briefing_get_byline (briefing)))
    g_ptr_array_add (parts, g_strdup (pl_briefing_get_byline (briefing)));
  if (published != NULL)
    /* Translators: when the briefing was published, as in “Published 14 October 2025” */
    g_ptr_array_add (parts, g_strdup_printf (_ ("Published %s"), published));
  if (n_sources == 0)
    g_ptr_array_add (parts, g_strdup (_ ("No sources")));
  else
    /* Translators: how many articles the briefing draws on */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the parts of the byline line */
  return g_strjoinv (_ ("  ·  "), (char **) parts->pdata);
}

static void
update_heading (PlWindow *self)
{
  g_autofree char *meta = NULL;

  if (self->briefing == NULL)
    return;

  meta = dup_heading_meta (self->briefing);
  gtk_label_set_label (self->heading_title, get_display_title (self));
  pl_label_follow_text (self->heading_title);
  set_optional_text (self->heading_subtitle, pl_briefing_get_subtitle (self->briefing));
  pl_label_follow_text (self->heading_subtitle);
  gtk_label_set_label (self->heading_meta, meta);
}

static void
show_list_or_placeholder (GtkStack *stack,
                          GListModel *model)
{
  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (model) > 0 ? "list" : "empty");
}

static void
update_content (PlWindow *self)
{
  if (self->briefing != NULL)
    {
      show_list_or_placeholder (self->phase_stack, pl_briefing_get_phases (self->briefing));
      gtk_stack_set_visible_child_name (self->content_stack, "briefing");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, self->n_busy > 0 ? "loading" : "empty");
  _pl_window_update_progress (self);
}

static void
briefing_changed_cb (PlWindow *self)
{
  update_title (self);
  update_heading (self);
  _pl_window_search_update (self);
  _pl_window_items_update (self);
  update_content (self);
}

static GListModel *
get_phases (PlBriefing *briefing)
{
  return pl_briefing_get_phases (briefing);
}

/* A component shows inside its phase's row. */
static PlItem *
get_phase_of (PlBriefing *briefing,
              PlItem *item)
{
  GListModel *phases = pl_briefing_get_phases (briefing);

  if (!PL_IS_COMPONENT (item))
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      GListModel *components = pl_phase_get_components (phase);

      for (guint k = 0; k < g_list_model_get_n_items (components); k++)
        {
          g_autoptr (PlItem) component = g_list_model_get_item (components, k);

          if (component == item)
            return PL_ITEM (phase); /* the briefing holds it */
        }
    }
  return NULL;
}

/* The Phases page lists every phase in the briefing's order, whatever the
 * filters, which dim them on the timeline instead. */
static const PlSideListClassInfo phases_info = {
  .item_type = G_TYPE_INVALID, /* set in class_init */
  .items = get_phases,
  .owner = get_phase_of,
  .unfiltered = TRUE,
};

static PlSideListClassInfo phase_list_info;

static void
set_files (PlWindow *self,
           GFile **files,
           guint n_files,
           gboolean is_builtin)
{
  g_ptr_array_set_size (self->files, 0);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->files, g_object_ref (files[i]));
  self->is_builtin = is_builtin;
}

/* The paned would give the timeline only its minimum height; it gets the
 * height the user last dragged it to, else as much as its content wants,
 * which the view keeps within bounds. */
static void
fit_timeline_pane (PlWindow *self)
{
  GtkWidget *top = gtk_paned_get_start_child (self->timeline_paned);
  int natural;

  if (self->timeline_height > 0)
    {
      gtk_paned_set_position (self->timeline_paned, self->timeline_height);
      return;
    }
  gtk_widget_measure (top, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  /* On a short screen, or with large text, the page below keeps two fifths. */
  if (gtk_widget_get_height (GTK_WIDGET (self->timeline_paned)) > 0)
    natural = MIN (natural, gtk_widget_get_height (GTK_WIDGET (self->timeline_paned)) * 3 / 5);
  gtk_paned_set_position (self->timeline_paned, natural);
}

/* The window changed size: a timeline the user has not sized fits again. */
static void
timeline_paned_resized_cb (PlWindow *self)
{
  if (self->timeline_height <= 0 && self->briefing != NULL)
    fit_timeline_pane (self);
}

/* Only a drag on the handle says what height the user wants: GTK moves
 * the handle too, as the window and the content change size. The paned's
 * own gesture takes the drag, so this only watches the presses and
 * releases go by. */
static gboolean
on_handle (PlWindow *self,
           double x,
           double y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->timeline_paned), x, y, GTK_PICK_DEFAULT);
  GtkWidget *start = gtk_paned_get_start_child (self->timeline_paned);
  GtkWidget *end = gtk_paned_get_end_child (self->timeline_paned);

  return picked != NULL && picked != start && picked != end && !gtk_widget_is_ancestor (picked, start) &&
         !gtk_widget_is_ancestor (picked, end);
}

static gboolean
timeline_paned_event_cb (GtkEventControllerLegacy *controller,
                         GdkEvent *event,
                         PlWindow *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  GSettings *settings;
  double x;
  double y;

  if (type == GDK_BUTTON_PRESS || type == GDK_TOUCH_BEGIN)
    {
      GtkWidget *paned = GTK_WIDGET (self->timeline_paned);
      GtkNative *native = gtk_widget_get_native (paned);
      graphene_point_t point;
      double dx;
      double dy;

      /* Event positions are in the surface's coordinates. */
      gdk_event_get_position (event, &x, &y);
      gtk_native_get_surface_transform (native, &dx, &dy);
      if (!gtk_widget_compute_point (GTK_WIDGET (native), paned, &GRAPHENE_POINT_INIT ((float) (x - dx), (float) (y - dy)),
                                     &point))
        return GDK_EVENT_PROPAGATE;
      self->timeline_dragging = on_handle (self, point.x, point.y);
    }
  else if ((type == GDK_BUTTON_RELEASE || type == GDK_TOUCH_END || type == GDK_TOUCH_CANCEL) &&
           self->timeline_dragging)
    {
      self->timeline_dragging = FALSE;
      self->timeline_height = MAX (1, gtk_paned_get_position (self->timeline_paned));
      settings = get_settings (self);
      if (settings != NULL)
        g_settings_set_int (settings, "timeline-height", CLAMP (self->timeline_height, 1, 16384));
    }
  return GDK_EVENT_PROPAGATE;
}

static void
set_briefing (PlWindow *self,
              PlBriefing *briefing)
{
  g_set_object (&self->briefing, briefing);
  _pl_window_edit_set_briefing (self, briefing);
  g_signal_group_set_target (self->briefing_signals, briefing);
  /* Each briefing gets the mode its data suggests. */
  pl_timeline_view_set_mode (self->timeline_view, PL_TIMELINE_MODE_AUTO);
  pl_view_state_set_briefing (self->view_state, briefing);
  _pl_window_search_update (self);
  fit_timeline_pane (self);
  /* What it quotes is the last briefing's. */
  if (self->evidence_popover != NULL)
    gtk_popover_popdown (self->evidence_popover);

  {
    GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->phase_list));

    if (vadjustment != NULL)
      gtk_adjustment_set_value (vadjustment, 0);
  }
  briefing_changed_cb (self);
  _pl_window_actions_update (self);

  if (gtk_window_get_focus (GTK_WINDOW (self)) == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->phase_list));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEFING]);
}

static void
timeline_mode_cb (PlWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMELINE_MODE]);
}

/* The sidebar's width is restored once the paned knows its own width:
 * the paned's position counts from the start, the setting from the end. */
static void
paned_max_position_cb (PlWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  if (!self->sidebar_width_pending || !self->sidebar_visible || width <= 0)
    return;

  self->sidebar_width_pending = FALSE;
  gtk_paned_set_position (self->paned, MAX (0, width - self->sidebar_width));
}

/* Before the recent files menu opens. */
static void
recent_popup_cb (GtkMenuButton *button,
                 gpointer user_data)
{
  _pl_window_update_recent_menu (PL_WINDOW (user_data));
}

static void
set_sidebar_visible (PlWindow *self,
                     gboolean visible)
{
  visible = !!visible;
  if (self->sidebar_visible == visible)
    return;

  self->sidebar_visible = visible;
  gtk_widget_set_visible (self->sidebar, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
restore_state (PlWindow *self,
               GSettings *settings)
{
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->sidebar_width = g_settings_get_int (settings, "sidebar-width");
  self->sidebar_width_pending = TRUE;
  self->timeline_height = g_settings_get_int (settings, "timeline-height");
  g_settings_bind (settings, "sidebar-visible", self, "sidebar-visible", G_SETTINGS_BIND_DEFAULT);
}

static void
save_state (PlWindow *self,
            GSettings *settings)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int paned_width = gtk_widget_get_width (GTK_WIDGET (self->paned));
  int width;
  int height;

  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (!maximized)
    {
      /* GTK keeps the default size up to date while not maximized. */
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (settings, "window-width", CLAMP (width, 360, 16384));
      g_settings_set_int (settings, "window-height", CLAMP (height, 300, 16384));
    }
  if (self->sidebar_visible && !self->sidebar_width_pending && paned_width > 0)
    {
      width = paned_width - gtk_paned_get_position (self->paned);
      g_settings_set_int (settings, "sidebar-width", CLAMP (width, 200, 4096));
    }
  g_settings_apply (settings);
}

static gboolean
pl_window_close_request (GtkWindow *window)
{
  PlWindow *self = PL_WINDOW (window);
  GSettings *settings = get_settings (self);

  /* Asks first when there are unsaved changes. */
  if (_pl_window_edit_close_request (self))
    return TRUE;
  if (settings != NULL)
    save_state (self, settings);
  return GTK_WINDOW_CLASS (pl_window_parent_class)->close_request (window);
}

static void
pl_window_dispose (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  /* Loads and writes still running finish into a window without widgets. */
  self->disposed = TRUE;
  _pl_window_edit_dispose (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_handle_id (&self->progress_timeout_id, g_source_remove);
  if (self->drop_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->drop_dialog));
  g_clear_weak_pointer (&self->drop_dialog);
  _pl_window_present_dispose (self);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  g_signal_group_set_target (self->briefing_signals, NULL);
  /* Not a template child: a child of the timeline, which goes next. */
  if (self->evidence_popover != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->evidence_popover));
  self->evidence_popover = NULL;
  self->evidence_rows = NULL;
  self->evidence_empty_label = NULL;

  g_clear_object (&self->phase_side_list);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_WINDOW);

  g_clear_object (&self->view_state);
  g_clear_object (&self->briefing);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->recent_manager);
  G_OBJECT_CLASS (pl_window_parent_class)->dispose (object);
}

static void
pl_window_finalize (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_object (&self->briefing_signals);
  G_OBJECT_CLASS (pl_window_parent_class)->finalize (object);
}

static void
pl_window_get_property (GObject *object,
                        guint prop_id,
                        GValue *value,
                        GParamSpec *pspec)
{
  PlWindow *self = PL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->n_busy > 0);
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;

    case PROP_TIMELINE_MODE:
      g_value_set_enum (value, self->timeline_view != NULL ? pl_timeline_view_get_effective_mode (self->timeline_view) : PL_TIMELINE_MODE_AUTO);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_window_set_property (GObject *object,
                        guint prop_id,
                        const GValue *value,
                        GParamSpec *pspec)
{
  PlWindow *self = PL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      set_sidebar_visible (self, g_value_get_boolean (value));
      break;

    case PROP_TIMELINE_MODE:
      pl_timeline_view_set_mode (self->timeline_view, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The legend is drawn by the same renderer, in the timeline's own style, so
 * it always matches what the timeline shows. */
static void
draw_legend_cb (GtkDrawingArea *area,
                cairo_t *cr,
                int width,
                int height,
                gpointer user_data)
{
  PlWindow *self = user_data;
  const PlRenderStyle *style = pl_timeline_view_get_render_style (self->timeline_view);

  pl_timeline_renderer_draw_legend (cr, style, 0, 0, width,
                                    gtk_widget_get_direction (GTK_WIDGET (area)) == GTK_TEXT_DIR_RTL);
}

static void
legend_resize_cb (PlWindow *self)
{
  const PlRenderStyle *style = pl_timeline_view_get_render_style (self->timeline_view);
  int width = gtk_drawing_area_get_content_width (self->legend_area);

  gtk_drawing_area_set_content_height (self->legend_area, (int) ceil (pl_timeline_renderer_legend_height (style, width)));
}

/* Edits in the details panel go through the history, so they can be
 * undone; the panel's own handler, which would apply them directly, is
 * stopped. */
static void
details_edit_cb (PlWindow *self,
                 PlItem *item,
                 const char *field_name,
                 const char *value)
{
  PlHistory *history = _pl_window_get_history (self);
  g_autoptr (GError) error = NULL;

  g_signal_stop_emission_by_name (self->details_panel, "edit-field");
  if (history == NULL)
    return;
  if (!pl_history_set_field (history, item, field_name, value, &error))
    pl_error_banner_show (self->error_banner, _ ("Could not change the item"), error->message, NULL);
}

static void
pl_window_class_init (PlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pl_window_dispose;
  object_class->finalize = pl_window_finalize;
  object_class->get_property = pl_window_get_property;
  object_class->set_property = pl_window_set_property;
  window_class->close_request = pl_window_close_request;

  properties[PROP_BRIEFING] =
      g_param_spec_object ("briefing", NULL, NULL, PL_TYPE_BRIEFING,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
      g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
      g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The mode the timeline shows, which the Dates and Sequence buttons
   * tell and set: the one auto chose until the user picks. */
  properties[PROP_TIMELINE_MODE] =
      g_param_spec_enum ("timeline-mode", NULL, NULL, PL_TYPE_TIMELINE_VIEW_MODE, PL_TIMELINE_MODE_AUTO,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  phase_list_info = phases_info;
  phase_list_info.item_type = PL_TYPE_PHASE;
  phase_list_info.row_type = PL_TYPE_PHASE_ROW;

  g_type_ensure (PL_TYPE_ARTICLE_VIEW);
  g_type_ensure (PL_TYPE_DETAILS_PANEL);
  g_type_ensure (PL_TYPE_ERROR_BANNER);
  g_type_ensure (PL_TYPE_REACTIONS_PANEL);
  g_type_ensure (PL_TYPE_RISKS_PANEL);
  g_type_ensure (PL_TYPE_TIMELINE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, recent_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, error_banner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, loading_progress_box);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, loading_progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, drop_hint);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, drop_hint_title);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, drop_hint_detail);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, timeline_paned);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, legend_area);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, heading_title);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, heading_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, heading_meta);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, phase_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, phase_list);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, details_panel);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, lower_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, search_count);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, reactions_panel);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, risks_panel);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, item_menu);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, move_to_menu);
  gtk_widget_class_bind_template_callback (widget_class, paned_max_position_cb);

  _pl_window_class_actions_init (widget_class);
  _pl_window_search_class_init (widget_class);
  _pl_window_items_class_init (widget_class);
  _pl_window_focus_class_init (widget_class);
}

static void
pl_window_init (PlWindow *self)
{
  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->sidebar_visible = TRUE;
  self->progress_delay = PROGRESS_DELAY_MS;
  _pl_window_edit_init (self);
  self->briefing_signals = g_signal_group_new (PL_TYPE_BRIEFING);
  g_signal_group_connect_object (self->briefing_signals, "changed",
                                 G_CALLBACK (briefing_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->view_state = pl_view_state_new ();
  pl_timeline_view_set_view_state (self->timeline_view, self->view_state);
  pl_article_view_set_view_state (self->article_view, self->view_state);
  pl_details_panel_set_view_state (self->details_panel, self->view_state);
  g_signal_connect_object (self->details_panel, "edit-field", G_CALLBACK (details_edit_cb), self, G_CONNECT_SWAPPED);
  _pl_window_search_init (self);
  _pl_window_add_init (self);
  _pl_window_items_init (self);
  _pl_window_focus_init (self);
  pl_reactions_panel_set_view_state (self->reactions_panel, self->view_state);
  pl_risks_panel_set_view_state (self->risks_panel, self->view_state);
  g_signal_connect_object (self->timeline_view, "notify::effective-mode",
                           G_CALLBACK (timeline_mode_cb), self, G_CONNECT_SWAPPED);
  gtk_drawing_area_set_draw_func (self->legend_area, draw_legend_cb, self, NULL);
  g_signal_connect_object (self->legend_area, "map", G_CALLBACK (legend_resize_cb), self, G_CONNECT_SWAPPED);
  _pl_window_evidence_init (self);

  {
    GtkEventController *watch = gtk_event_controller_legacy_new ();

    gtk_event_controller_set_propagation_phase (watch, GTK_PHASE_CAPTURE);
    g_signal_connect (watch, "event", G_CALLBACK (timeline_paned_event_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self->timeline_paned), watch);
    g_signal_connect_object (self->timeline_paned, "notify::max-position", G_CALLBACK (timeline_paned_resized_cb),
                             self, G_CONNECT_SWAPPED);
  }
  self->phase_side_list = pl_side_list_new (self->phase_list, &phase_list_info);
  pl_side_list_set_view_state (self->phase_side_list, self->view_state);
  pl_item_menu_attach (GTK_WIDGET (self->phase_list), self->view_state, self->item_menu);
  pl_item_menu_attach (GTK_WIDGET (self->reactions_panel), self->view_state, self->item_menu);
  pl_item_menu_attach (GTK_WIDGET (self->risks_panel), self->view_state, self->item_menu);

  /* The menu is filled afresh each time it opens, so that it leaves out
   * files deleted since, and whenever the list changes. */
  self->recent_manager = g_object_ref (gtk_recent_manager_get_default ());
  g_signal_connect_object (self->recent_manager, "changed", G_CALLBACK (_pl_window_update_recent_menu),
                           self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_create_popup_func (self->recent_button, recent_popup_cb, self, NULL);
  _pl_window_update_recent_menu (self);
  _pl_window_dnd_init (self);

  update_title (self);
  update_content (self);
  _pl_window_actions_update (self);
}

/**
 * pl_window_new:
 * @application: the application, which has started up
 *
 * Returns: (transfer full): a new window, sized and laid out as the last
 *   one closed, showing nothing until a briefing is opened
 */
PlWindow *
pl_window_new (PlApplication *application)
{
  PlWindow *self;

  g_return_val_if_fail (PL_IS_APPLICATION (application), NULL);

  self = g_object_new (PL_TYPE_WINDOW, "application", application, NULL);
  restore_state (self, pl_application_get_settings (application));
  return self;
}

/**
 * pl_window_get_briefing:
 *
 * Returns: (transfer none) (nullable): the briefing shown
 */
PlBriefing *
pl_window_get_briefing (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);
  return self->briefing;
}

/**
 * pl_window_get_busy:
 *
 * Returns: whether a briefing is being opened, saved or exported
 */
gboolean
pl_window_get_busy (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), FALSE);
  return self->n_busy > 0;
}

/**
 * pl_window_show_builtin:
 *
 * Shows the example briefing that comes with Phaseline.
 */
void
pl_window_show_builtin (PlWindow *self)
{
  g_autoptr (PlBriefing) briefing = NULL;

  g_return_if_fail (PL_IS_WINDOW (self));

  /* A small resource: no need for a thread. */
  briefing = pl_builtin_briefing_new ();
  _pl_window_cancel_load (self);
  pl_error_banner_dismiss (self->error_banner);
  set_files (self, NULL, 0, TRUE);
  set_briefing (self, briefing);
}

/**
 * pl_window_open:
 * @files: (array length=n_files): the files to open, merged into one
 *   briefing when there are several
 *
 * Starts opening @files in a worker thread, replacing any load already
 * under way. On success the window shows the new briefing; on failure it
 * keeps the briefing it showed and says what went wrong.
 */
void
pl_window_open (PlWindow *self,
                GFile **files,
                guint n_files)
{
  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (files != NULL && n_files > 0);

  _pl_window_load_files (self, files, n_files, FALSE);
}

void
_pl_window_begin_busy (PlWindow *self)
{
  if (self->n_busy++ > 0)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  gtk_spinner_start (self->loading_spinner);
  update_title (self);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
_pl_window_end_busy (PlWindow *self)
{
  g_return_if_fail (self->n_busy > 0);

  if (--self->n_busy > 0 || self->disposed)
    return;

  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_spinner_stop (self->loading_spinner);
  update_title (self);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
_pl_window_show_error (PlWindow *self,
                       const char *heading,
                       const char *message,
                       GPtrArray *diagnostics)
{
  pl_error_banner_show (self->error_banner, heading, message, diagnostics);
}

/**
 * _pl_window_show_loaded:
 * @briefing: a briefing just loaded
 * @files: (element-type GFile): where it came from
 *
 * Shows @briefing in place of the one shown.
 */
void
_pl_window_show_loaded (PlWindow *self,
                        PlBriefing *briefing,
                        GPtrArray *files)
{
  pl_error_banner_dismiss (self->error_banner);
  set_files (self, (GFile **) files->pdata, files->len, FALSE);
  set_briefing (self, briefing);
}

/**
 * _pl_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file Save writes to: the one
 *   briefing file the briefing was opened from or last saved to. An
 *   article opened is never overwritten.
 */
GFile *
_pl_window_get_file (PlWindow *self)
{
  GFile *file = self->files->len == 1 ? g_ptr_array_index (self->files, 0) : NULL;

  return file != NULL && pl_file_types_is_briefing (file) ? file : NULL;
}

/**
 * _pl_window_get_folder:
 *
 * Returns: (transfer full) (nullable): the folder of the first file the
 *   briefing came from, where file choosers start
 */
GFile *
_pl_window_get_folder (PlWindow *self)
{
  return self->files->len > 0 ? g_file_get_parent (g_ptr_array_index (self->files, 0)) : NULL;
}

/**
 * _pl_window_add_recent:
 * @file: a file opened or saved
 */
void
_pl_window_add_recent (PlWindow *self,
                       GFile *file)
{
  pl_recent_add_file (self->recent_manager, file);
}

void
_pl_window_update_recent_menu (PlWindow *self)
{
  pl_recent_fill_menu (self->recent_manager, self->recent_menu, "win.open-recent", MAX_RECENT_FILES);
}

GMenuModel *
_pl_window_get_recent_menu (PlWindow *self)
{
  return G_MENU_MODEL (self->recent_menu);
}

void
_pl_window_update_title (PlWindow *self)
{
  update_title (self);
}

void
_pl_window_set_file (PlWindow *self,
                     GFile *file)
{
  set_files (self, &file, 1, FALSE);
  update_title (self);
}

const char *
_pl_window_get_title_text (PlWindow *self)
{
  return gtk_label_get_label (self->title_label);
}

const char *
_pl_window_get_subtitle_text (PlWindow *self)
{
  return gtk_label_get_label (self->subtitle_label);
}

PlErrorBanner *
_pl_window_get_error_banner (PlWindow *self)
{
  return self->error_banner;
}

GtkListView *
_pl_window_get_phase_list (PlWindow *self)
{
  return self->phase_list;
}

PlTimelineView *
_pl_window_get_timeline_view (PlWindow *self)
{
  return self->timeline_view;
}

PlReactionsPanel *
_pl_window_get_reactions_panel (PlWindow *self)
{
  return self->reactions_panel;
}

PlRisksPanel *
_pl_window_get_risks_panel (PlWindow *self)
{
  return self->risks_panel;
}
