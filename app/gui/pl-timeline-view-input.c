/* pl-timeline-view-input.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The timeline's input: focus walking, selection, the pointer's
 * gestures, key bindings, the context menu, the widget's actions and
 * its tooltips. Layout, style, drawing and properties are in
 * pl-timeline-view.c.
 */

#define G_LOG_DOMAIN "PlTimelineView"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "pl-timeline-view-private.h"

/* One step of the zoom keys and buttons, and of a mouse wheel click. */
#define ZOOM_STEP 1.25
/* How far a wheel click or Ctrl+Up/Down scrolls, in px. */
#define SCROLL_STEP 48.0
/* How far Ctrl+Left/Right pans, as a part of the width. */
#define PAN_FRACTION 0.125
/* How far a touchpad's smooth scroll must go to zoom by e. */
#define SMOOTH_ZOOM_PX 200.0
/* How many labels a cluster's tooltip lists. */
#define N_CLUSTER_LABELS 4

typedef enum
{
  MOVE_STEP, /* by the amount in time order */
  MOVE_END,  /* to the first (< 0) or last (> 0) */
} MoveKind;

/* Focus and selection */

static const PlTimelineEntry *
get_entry (PlTimelineView *self,
           int entry)
{
  if (self->layout == NULL || entry < 0 ||
      (guint) entry >= pl_timeline_layout_get_n_entries (self->layout))
    return NULL;
  return pl_timeline_layout_get_entry (self->layout, (guint) entry);
}

static void
reveal (PlTimelineView *self,
        int entry)
{
  if (self->layout == NULL || entry < 0 || self->viewport.width <= 0)
    return;
  pl_timeline_layout_reveal (self->layout, &self->viewport, (guint) entry);
  _pl_timeline_view_viewport_changed (self);
}

void
_pl_timeline_view_set_focused (PlTimelineView *self,
                               int entry,
                               gboolean scroll)
{
  const PlTimelineEntry *e = get_entry (self, entry);

  if (e == NULL)
    entry = -1;
  self->menu_entry = entry;
  _pl_timeline_view_update_actions (self);
  if (scroll)
    reveal (self, entry);
  if (entry == self->focused)
    return;

  self->focused = entry;
  g_clear_object (&self->focus_item);
  if (e != NULL)
    self->focus_item = g_object_ref (e->item);
  _pl_timeline_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
entry_at_order (PlTimelineView *self,
                gint64 order)
{
  guint n = self->layout != NULL ? pl_timeline_layout_get_n_entries (self->layout) : 0;

  if (n == 0 || order < 0 || order >= n)
    return -1;
  return pl_timeline_layout_entry_at_order (self->layout, (guint) order);
}

/* Moves the focus in time order; FALSE when it cannot go further. */
static gboolean
move_focus (PlTimelineView *self,
            MoveKind kind,
            int amount)
{
  const PlTimelineEntry *e;
  guint n;
  int entry;

  _pl_timeline_view_ensure_layout (self);
  n = self->layout != NULL ? pl_timeline_layout_get_n_entries (self->layout) : 0;
  if (n == 0)
    return FALSE;

  e = get_entry (self, self->focused);
  if (kind == MOVE_END)
    entry = entry_at_order (self, amount < 0 ? 0 : (gint64) n - 1);
  else if (e == NULL)
    entry = entry_at_order (self, amount > 0 ? 0 : (gint64) n - 1);
  else
    entry = entry_at_order (self, (gint64) e->order + amount);
  if (entry < 0)
    return FALSE;

  _pl_timeline_view_set_focused (self, entry, TRUE);
  return TRUE;
}

static void
select_entry (PlTimelineView *self,
              int entry)
{
  const PlTimelineEntry *e = get_entry (self, entry);

  pl_view_state_set_selected (self->view_state, e != NULL ? e->item : NULL);
}

/* Viewport */

static gboolean
content_is_taller (PlTimelineView *self)
{
  return self->layout != NULL &&
         pl_timeline_layout_get_content_height (self->layout) +
                 pl_timeline_layout_get_axis_height (self->layout) >
             self->viewport.height;
}

/* Tooltips and the context menu */

static GdkRectangle
rect_to_gdk (const PlRect *rect)
{
  return (GdkRectangle){ (int) floor (rect->x), (int) floor (rect->y),
                         MAX (1, (int) ceil (rect->width)), MAX (1, (int) ceil (rect->height)) };
}

static void
append_escaped (GString *str,
                const char *prefix,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (str, "%s%s", prefix, escaped);
}

/* Whether @e is one of the entries @box, a cluster starting with @first,
 * stands for: of the same kind, in the same lane for phases, and in time
 * within the box. */
static gboolean
in_cluster (PlTimelineView *self,
            const PlTimelineBox *box,
            const PlTimelineEntry *first,
            const PlTimelineEntry *e)
{
  double x = pl_timeline_viewport_time_to_x (&self->viewport, e->span.start);

  if (e == first)
    return TRUE;
  if (e->kind != first->kind || (e->kind == PL_TIMELINE_ENTRY_PHASE && e->y != first->y))
    return FALSE;
  return x >= box->rect.x - 1 && x <= box->rect.x + box->rect.width + 1;
}

/* The first few labels of what a cluster stands for. */
static void
append_cluster_labels (PlTimelineView *self,
                       const PlTimelineBox *box,
                       GString *str)
{
  const PlTimelineEntry *first = get_entry (self, box->entry);
  guint n = pl_timeline_layout_get_n_entries (self->layout);
  guint shown = 0;

  for (guint i = 0; i < n && shown < MIN (box->count, N_CLUSTER_LABELS); i++)
    {
      const PlTimelineEntry *e = pl_timeline_layout_get_entry (self->layout, i);

      if (!in_cluster (self, box, first, e))
        continue;
      append_escaped (str, "\n• ", e->label);
      shown++;
    }
  if (box->count > shown)
    g_string_append (str, "\n…");
}

static char *
dup_tooltip_text (PlTimelineView *self,
                  const PlTimelineBox *box)
{
  const PlTimelineEntry *e = get_entry (self, box->entry);
  g_autofree char *description = NULL;
  GString *str;

  if (e == NULL)
    return NULL;

  if (box->kind == PL_TIMELINE_BOX_CLUSTER)
    {
      str = g_string_new (NULL);
      /* Translators: the first line of the tooltip of several items drawn as one */
      g_string_printf (str, ngettext ("%u item", "%u items", box->count), box->count);
      append_cluster_labels (self, box, str);
      return g_string_free (str, FALSE);
    }

  /* The label whole, then what it is part of. */
  str = g_string_new ("<b>");
  append_escaped (str, "", e->label);
  g_string_append (str, "</b>");
  description = pl_timeline_layout_dup_description (self->layout, (guint) box->entry);
  if (description != NULL && *description != '\0' && g_strcmp0 (description, e->label) != 0)
    append_escaped (str, "\n", description);
  return g_string_free (str, FALSE);
}

static void
popup_menu (PlTimelineView *self,
            int entry,
            double x,
            double y)
{
  const PlTimelineFrame *frame = _pl_timeline_view_ensure_frame (self);
  const PlTimelineBox *box = frame != NULL && entry >= 0 ? pl_timeline_frame_find_entry (frame, entry) : NULL;
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  self->menu_entry = entry;
  _pl_timeline_view_update_actions (self);
  if (x < 0 && box != NULL)
    rect = rect_to_gdk (&box->rect);
  else if (x < 0)
    rect = (GdkRectangle){ gtk_widget_get_width (GTK_WIDGET (self)) / 2,
                           gtk_widget_get_height (GTK_WIDGET (self)) / 2, 1, 1 };
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* Pointer */

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int n_press,
                  double x,
                  double y,
                  PlTimelineView *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  const PlTimelineFrame *frame;
  const PlTimelineBox *box;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (button != GDK_BUTTON_SECONDARY)
    return;

  frame = _pl_timeline_view_ensure_frame (self);
  box = frame != NULL ? pl_timeline_frame_hit (frame, x, y) : NULL;
  if (box != NULL)
    _pl_timeline_view_set_focused (self, box->entry, FALSE);
  popup_menu (self, box != NULL ? box->entry : -1, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

/* A click selects what it hits, or nothing; a cluster zooms in. */
static void
click_released_cb (GtkGestureClick *gesture,
                   int n_press,
                   double x,
                   double y,
                   PlTimelineView *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  const PlTimelineFrame *frame;
  const PlTimelineBox *box;

  if (button == GDK_BUTTON_SECONDARY || self->dragging)
    return;

  frame = _pl_timeline_view_ensure_frame (self);
  box = frame != NULL ? pl_timeline_frame_hit (frame, x, y) : NULL;
  if (box == NULL)
    {
      select_entry (self, -1);
      return;
    }

  _pl_timeline_view_set_focused (self, box->entry, FALSE);
  if (box->kind == PL_TIMELINE_BOX_CLUSTER)
    _pl_timeline_view_zoom_at (self, 2.0, x);
  else
    select_entry (self, box->entry);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double x,
               double y,
               PlTimelineView *self)
{
  self->drag_time_start = self->viewport.time_start;
  self->drag_scroll_y = self->viewport.scroll_y;
  self->dragging = FALSE;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double offset_x,
                double offset_y,
                PlTimelineView *self)
{
  if (self->layout == NULL || self->viewport.px_per_unit <= 0)
    return;
  if (!self->dragging)
    {
      if (!gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0, (int) offset_x, (int) offset_y))
        return;
      self->dragging = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }

  self->viewport.time_start = self->drag_time_start - (self->viewport.rtl ? -offset_x : offset_x) / self->viewport.px_per_unit;
  self->viewport.scroll_y = self->drag_scroll_y - offset_y;
  _pl_timeline_view_viewport_changed (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double offset_x,
             double offset_y,
             PlTimelineView *self)
{
  if (!self->dragging)
    return;
  self->dragging = FALSE;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
}

static void
pinch_begin_cb (GtkGesture *gesture,
                GdkEventSequence *sequence,
                PlTimelineView *self)
{
  self->pinch_scale = 1.0;
}

static void
pinch_scale_changed_cb (GtkGestureZoom *gesture,
                        double scale,
                        PlTimelineView *self)
{
  double x = self->viewport.width / 2;
  double y;

  if (scale <= 0 || self->pinch_scale <= 0)
    return;
  if (gtk_gesture_is_recognized (GTK_GESTURE (gesture)))
    gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y);
  _pl_timeline_view_zoom_at (self, scale / self->pinch_scale, x);
  self->pinch_scale = scale;
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double dx,
           double dy,
           PlTimelineView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean smooth = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
  double step = smooth ? 1.0 : SCROLL_STEP;

  if (self->layout == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      double factor = smooth ? exp (-dy / SMOOTH_ZOOM_PX) : pow (ZOOM_STEP, -dy);
      _pl_timeline_view_zoom_at (self, factor, self->pointer_x);
    }
  else if (state & GDK_SHIFT_MASK)
    _pl_timeline_view_pan_by (self, (dx + dy) * step, 0);
  else if (content_is_taller (self))
    _pl_timeline_view_pan_by (self, dx * step, dy * step);
  else
    _pl_timeline_view_pan_by (self, (dx + dy) * step, 0);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double x,
           double y,
           PlTimelineView *self)
{
  const PlTimelineFrame *frame = self->frame;
  const PlTimelineBox *box = frame != NULL ? pl_timeline_frame_hit (frame, x, y) : NULL;
  int hovered = box != NULL ? box->entry : -1;

  self->pointer_x = x;
  if (hovered == self->hovered)
    return;
  self->hovered = hovered;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (PlTimelineView *self)
{
  if (self->hovered < 0)
    return;
  self->hovered = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Key bindings */

static gboolean
move_binding_cb (GtkWidget *widget,
                 GVariant *args,
                 gpointer user_data)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  int kind;
  int amount;
  gboolean visual;

  g_variant_get (args, "(iib)", &kind, &amount, &visual);
  /* Left and Right follow the screen: time runs leftwards in RTL. */
  if (visual && gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    amount = -amount;
  move_focus (self, kind, amount);
  return TRUE;
}

static gboolean
pan_binding_cb (GtkWidget *widget,
                GVariant *args,
                gpointer user_data)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  double fx;
  double dy;

  g_variant_get (args, "(dd)", &fx, &dy);
  _pl_timeline_view_pan_by (self, fx * PAN_FRACTION * self->viewport.width, dy * SCROLL_STEP);
  return TRUE;
}

/* Actions */

static void
zoom_in_action (GtkWidget *widget,
                const char *action_name,
                GVariant *parameter)
{
  pl_timeline_view_zoom (PL_TIMELINE_VIEW (widget), ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *parameter)
{
  pl_timeline_view_zoom (PL_TIMELINE_VIEW (widget), 1.0 / ZOOM_STEP);
}

static void
zoom_fit_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *parameter)
{
  pl_timeline_view_zoom_to_fit (PL_TIMELINE_VIEW (widget));
}

static void
select_action (GtkWidget *widget,
               const char *action_name,
               GVariant *parameter)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);

  _pl_timeline_view_ensure_layout (self);
  if (self->focused < 0)
    move_focus (self, MOVE_END, -1);
  select_entry (self, self->focused);
}

static void
menu_action (GtkWidget *widget,
             const char *action_name,
             GVariant *parameter)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);

  _pl_timeline_view_ensure_layout (self);
  popup_menu (self, self->focused, -1, -1);
}

static void
copy_text_action (GtkWidget *widget,
                  const char *action_name,
                  GVariant *parameter)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  const PlTimelineEntry *e = get_entry (self, self->menu_entry);

  if (e != NULL)
    gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), e->label);
}

static void
show_evidence_action (GtkWidget *widget,
                      const char *action_name,
                      GVariant *parameter)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  const PlTimelineEntry *e = get_entry (self, self->menu_entry);
  g_autoptr (PlItem) item = NULL;

  if (e == NULL)
    return;
  item = g_object_ref (e->item);
  pl_view_state_set_selected (self->view_state, item);
  _pl_timeline_view_emit_show_evidence (self, item);
}

/* Tab walks the items and leaves the widget after the last (or before
 * the first): returning FALSE lets GTK move the focus on. */
gboolean
_pl_timeline_view_focus (GtkWidget *widget,
                         GtkDirectionType direction)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  gboolean forward = direction != GTK_DIR_TAB_BACKWARD && direction != GTK_DIR_LEFT &&
                     direction != GTK_DIR_UP;

  if (!gtk_widget_get_focusable (widget) || !gtk_widget_is_sensitive (widget))
    return FALSE;

  if (!gtk_widget_is_focus (widget))
    {
      _pl_timeline_view_ensure_layout (self);
      if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD || self->focused < 0)
        move_focus (self, MOVE_END, forward ? -1 : 1);
      gtk_widget_grab_focus (widget);
      return TRUE;
    }

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    return move_focus (self, MOVE_STEP, forward ? 1 : -1);
  return FALSE;
}

gboolean
_pl_timeline_view_query_tooltip (GtkWidget *widget,
                                 int x,
                                 int y,
                                 gboolean keyboard_mode,
                                 GtkTooltip *tooltip)
{
  PlTimelineView *self = PL_TIMELINE_VIEW (widget);
  const PlTimelineFrame *frame = _pl_timeline_view_ensure_frame (self);
  const PlTimelineBox *box = NULL;
  g_autofree char *text = NULL;
  GdkRectangle area;

  if (frame != NULL && keyboard_mode)
    box = self->focused >= 0 ? pl_timeline_frame_find_entry (frame, self->focused) : NULL;
  else if (frame != NULL)
    box = pl_timeline_frame_hit (frame, x, y);
  if (box == NULL || (text = dup_tooltip_text (self, box)) == NULL)
    return FALSE;

  area = rect_to_gdk (&box->rect);
  gtk_tooltip_set_markup (tooltip, text);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

/* Setup */

static void
add_move_binding (GtkWidgetClass *widget_class,
                  guint keyval,
                  guint kp_keyval,
                  MoveKind kind,
                  int amount,
                  gboolean visual)
{
  gtk_widget_class_add_binding (widget_class, keyval, 0, move_binding_cb, "(iib)", kind, amount, visual);
  gtk_widget_class_add_binding (widget_class, kp_keyval, 0, move_binding_cb, "(iib)", kind, amount, visual);
}

static void
add_action_binding (GtkWidgetClass *widget_class,
                    guint keyval,
                    const char *action)
{
  gtk_widget_class_add_binding_action (widget_class, keyval, 0, action, NULL);
  gtk_widget_class_add_binding_action (widget_class, keyval, GDK_CONTROL_MASK, action, NULL);
}

static void
add_bindings (GtkWidgetClass *widget_class)
{
  add_move_binding (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, MOVE_STEP, -1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, MOVE_STEP, 1, TRUE);
  add_move_binding (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, MOVE_STEP, -1, FALSE);
  add_move_binding (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, MOVE_STEP, 1, FALSE);
  add_move_binding (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, MOVE_END, -1, FALSE);
  add_move_binding (widget_class, GDK_KEY_End, GDK_KEY_KP_End, MOVE_END, 1, FALSE);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_CONTROL_MASK, pan_binding_cb, "(dd)", -1.0, 0.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_CONTROL_MASK, pan_binding_cb, "(dd)", 1.0, 0.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, GDK_CONTROL_MASK, pan_binding_cb, "(dd)", 0.0, -1.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, GDK_CONTROL_MASK, pan_binding_cb, "(dd)", 0.0, 1.0);

  add_action_binding (widget_class, GDK_KEY_plus, "timeline.zoom-in");
  add_action_binding (widget_class, GDK_KEY_equal, "timeline.zoom-in");
  add_action_binding (widget_class, GDK_KEY_KP_Add, "timeline.zoom-in");
  add_action_binding (widget_class, GDK_KEY_minus, "timeline.zoom-out");
  add_action_binding (widget_class, GDK_KEY_KP_Subtract, "timeline.zoom-out");
  add_action_binding (widget_class, GDK_KEY_0, "timeline.zoom-fit");
  add_action_binding (widget_class, GDK_KEY_KP_0, "timeline.zoom-fit");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "timeline.select", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "timeline.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "timeline.menu", NULL);
}

static GMenuModel *
make_menu (void)
{
  g_autoptr (GMenu) menu = g_menu_new ();
  g_autoptr (GMenu) item_section = g_menu_new ();
  g_autoptr (GMenu) zoom_section = g_menu_new ();

  g_menu_append (item_section, _ ("_Copy Text"), "timeline.copy-text");
  g_menu_append (item_section, _ ("Show _Evidence"), "timeline.show-evidence");
  g_menu_append (zoom_section, _ ("Zoom _In"), "timeline.zoom-in");
  g_menu_append (zoom_section, _ ("Zoom _Out"), "timeline.zoom-out");
  g_menu_append (zoom_section, _ ("Zoom to _Fit"), "timeline.zoom-fit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (item_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (zoom_section));
  return G_MENU_MODEL (g_steal_pointer (&menu));
}

static void
add_controllers (PlTimelineView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (pinch, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pinch));

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, scroll);

  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, motion);
}


/* Internal API, for pl-timeline-view.c */

void
_pl_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.select", NULL, select_action);
  gtk_widget_class_install_action (widget_class, "timeline.menu", NULL, menu_action);
  gtk_widget_class_install_action (widget_class, "timeline.copy-text", NULL, copy_text_action);
  gtk_widget_class_install_action (widget_class, "timeline.show-evidence", NULL, show_evidence_action);
  add_bindings (widget_class);
}

void
_pl_timeline_view_init_input (PlTimelineView *self)
{
  g_autoptr (GMenuModel) menu = make_menu ();

  self->menu = gtk_popover_menu_new_from_model (menu);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_widget_set_halign (self->menu, GTK_ALIGN_START);

  add_controllers (self);
}
