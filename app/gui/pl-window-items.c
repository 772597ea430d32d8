/* pl-window-items.c: adding, deleting and moving items.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-window-private.h"

/* The Add menu, the panels' add buttons, Delete and the Move items of the
 * context menus all act on the view state's selection through the undo
 * history, so every one of them is one step to undo. A new item is
 * selected and opened in Details for the user to fill in. */

/**
 * _pl_window_get_target_phase:
 * @position: (out) (optional): where in it: after the selected component,
 *   else %PL_HISTORY_END
 *
 * The phase a new component goes to: the selected one or the one holding
 * the selected component, else the current phase, else the last.
 *
 * Returns: (transfer full) (nullable): the phase, or %NULL when the
 *   briefing has none
 */
PlPhase *
_pl_window_get_target_phase (PlWindow *self,
                             PlBriefing *briefing,
                             guint *position)
{
  guint ignored;
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint n = g_list_model_get_n_items (phases);
  PlPhase *phase = NULL;
  guint at;

  if (position == NULL)
    position = &ignored;
  *position = PL_HISTORY_END;
  if (PL_IS_PHASE (selected))
    return g_object_ref (PL_PHASE (selected));
  /* Right after the selected component. */
  if (PL_IS_COMPONENT (selected) && history != NULL && pl_history_locate (history, selected, &phase, &at, NULL) && phase != NULL)
    {
      *position = at + 1;
      return g_object_ref (phase);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlPhase) candidate = g_list_model_get_item (phases, i);

      if (pl_phase_get_status (candidate) == PL_STATUS_CURRENT)
        return g_steal_pointer (&candidate);
    }
  return n > 0 ? g_list_model_get_item (phases, n - 1) : NULL;
}

/* The number after the highest a phase has. */
static guint
next_phase_index (PlBriefing *briefing)
{
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint highest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);

      highest = MAX (highest, pl_phase_get_index (phase));
    }
  return highest + 1;
}

static PlItem *
create_item (PlWindow *self,
             const char *kind,
             PlBriefing *briefing,
             PlPhase **phase,
             guint *position)
{
  *phase = NULL;
  *position = PL_HISTORY_END;

  if (g_str_equal (kind, "phase"))
    {
      PlPhase *item = pl_phase_new ();

      pl_phase_set_index (item, next_phase_index (briefing));
      pl_phase_set_name (item, _ ("New phase"));
      pl_phase_set_status (item, PL_STATUS_PLANNED);
      return PL_ITEM (item);
    }
  if (g_str_equal (kind, "component"))
    {
      PlComponent *item;

      *phase = _pl_window_get_target_phase (self, briefing, position);
      if (*phase == NULL)
        {
          pl_error_banner_show (self->error_banner, _ ("Could not add the component"),
                                _ ("A component belongs to a phase, and this briefing has none yet. Add a phase first."),
                                NULL);
          return NULL;
        }
      item = pl_component_new ();
      pl_component_set_text (item, _ ("New component"));
      pl_component_set_status (item, pl_phase_get_status (*phase));
      return PL_ITEM (item);
    }
  if (g_str_equal (kind, "reaction"))
    {
      PlReaction *item = pl_reaction_new ();

      /* TRANSLATORS: the actor of a new reaction, until the user names one */
      pl_reaction_set_actor (item, _ ("Unnamed actor"));
      pl_reaction_set_text (item, _ ("New reaction"));
      return PL_ITEM (item);
    }
  if (g_str_equal (kind, "risk"))
    {
      PlRisk *item = pl_risk_new ();

      pl_risk_set_text (item, _ ("New risk"));
      return PL_ITEM (item);
    }
  if (g_str_equal (kind, "event"))
    {
      PlEvent *item = pl_event_new ();

      pl_event_set_text (item, _ ("New event"));
      return PL_ITEM (item);
    }
  g_return_val_if_reached (NULL);
}

static void
add_item_action (GtkWidget *widget,
                 const char *action_name,
                 GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  PlBriefing *briefing = pl_view_state_get_briefing (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  g_autoptr (PlPhase) phase = NULL;
  g_autoptr (PlItem) item = NULL;
  guint position;

  if (briefing == NULL || history == NULL)
    return;
  item = create_item (self, g_variant_get_string (parameter, NULL), briefing, &phase, &position);
  if (item == NULL)
    return;
  /* A filter that would hide the new item would hide it from its maker. */
  pl_view_state_clear_filters (self->view_state);
  pl_history_add_item (history, item, phase, position);
  pl_view_state_set_selected (self->view_state, item);
  gtk_stack_set_visible_child_name (self->lower_stack, "details");
  pl_details_panel_focus (self->details_panel);
}

static void
delete_item_action (GtkWidget *widget,
                    const char *action_name,
                    GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  PlHistory *history = _pl_window_get_history (self);

  if (selected == NULL || history == NULL || PL_IS_SOURCE (selected))
    return;
  pl_history_remove_item (history, selected);
}

static void
move_item_action (GtkWidget *widget,
                  const char *action_name,
                  GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  gboolean up = g_str_equal (action_name, "win.move-item-up");
  g_autoptr (PlPhase) other = NULL;
  guint position;
  guint n;

  if (selected == NULL || history == NULL || PL_IS_SOURCE (selected) ||
      !pl_history_locate (history, selected, NULL, &position, &n))
    return;
  if ((up && position == 0) || (!up && position + 1 >= n))
    return;

  /* Phases are numbered in their order: moving one swaps its number with
   * its neighbour's, in the same step. */
  if (PL_IS_PHASE (selected))
    {
      GListModel *phases = pl_briefing_get_phases (pl_history_get_briefing (history));

      other = g_list_model_get_item (phases, up ? position - 1 : position + 1);
    }
  pl_history_begin_group (history, up ? _ ("Move Up") : _ ("Move Down"));
  pl_history_move_item (history, selected, up ? position - 1 : position + 1);
  if (other != NULL && pl_phase_get_index (other) > 0 && pl_phase_get_index (PL_PHASE (selected)) > 0)
    {
      g_autofree char *mine = g_strdup_printf ("%u", pl_phase_get_index (PL_PHASE (selected)));
      g_autofree char *theirs = g_strdup_printf ("%u", pl_phase_get_index (other));

      pl_history_set_field (history, selected, "index", theirs, NULL);
      pl_history_set_field (history, PL_ITEM (other), "index", mine, NULL);
    }
  pl_history_end_group (history);
}

static void
move_to_phase_action (GtkWidget *widget,
                      const char *action_name,
                      GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  PlPhase *phase;

  if (!PL_IS_COMPONENT (selected) || history == NULL)
    return;
  phase = pl_briefing_lookup_phase (pl_history_get_briefing (history), g_variant_get_string (parameter, NULL));
  if (phase != NULL)
    pl_history_move_component (history, PL_COMPONENT (selected), phase, PL_HISTORY_END);
}

/* The Move To menu of a component: every other phase, by number and name. */
static void
update_move_menu (PlWindow *self)
{
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  PlPhase *own = NULL;
  GListModel *phases;

  g_menu_remove_all (self->move_to_menu);
  if (!PL_IS_COMPONENT (selected) || history == NULL || !pl_history_locate (history, selected, &own, NULL, NULL))
    return;
  phases = pl_briefing_get_phases (pl_history_get_briefing (history));
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      g_autofree char *label = NULL;
      g_autoptr (GMenuItem) menu_item = NULL;

      if (phase == own || pl_item_get_id (PL_ITEM (phase)) == NULL)
        continue;
      if (pl_phase_get_index (phase) > 0)
        /* Translators: an item of the Move To menu: a phase's number, then its name */
        label = g_strdup_printf (_ ("Phase %u: %s"), pl_phase_get_index (phase), pl_item_get_label (PL_ITEM (phase)));
      else
        label = g_strdup (pl_item_get_label (PL_ITEM (phase)));
      menu_item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (menu_item, "win.move-to-phase", "s", pl_item_get_id (PL_ITEM (phase)));
      g_menu_append_item (self->move_to_menu, menu_item);
    }
}

/* The one place that decides which of these actions are enabled. */
void
_pl_window_items_update (PlWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  gboolean editable = history != NULL;
  gboolean movable = editable && selected != NULL && !PL_IS_SOURCE (selected);
  guint position = 0;
  guint n = 0;

  if (movable && !pl_history_locate (history, selected, NULL, &position, &n))
    movable = FALSE;
  gtk_widget_action_set_enabled (widget, "win.add-item", editable);
  gtk_widget_action_set_enabled (widget, "win.delete-item", movable);
  gtk_widget_action_set_enabled (widget, "win.move-item-up", movable && position > 0);
  gtk_widget_action_set_enabled (widget, "win.move-item-down", movable && position + 1 < n);
  update_move_menu (self);
  gtk_widget_action_set_enabled (widget, "win.move-to-phase", g_menu_model_get_n_items (G_MENU_MODEL (self->move_to_menu)) > 0);
}

/* Delete and Alt+arrows act on the selection only where the focus is not
 * in something that edits text, whose own keys they are. */
static gboolean
focus_takes_keys (PlWindow *self)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (self));

  if (focus == NULL)
    return FALSE;
  if (GTK_IS_TEXT_VIEW (focus))
    return gtk_text_view_get_editable (GTK_TEXT_VIEW (focus));
  return GTK_IS_EDITABLE (focus) || GTK_IS_DROP_DOWN (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN));
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint keyval,
                guint keycode,
                GdkModifierType state,
                PlWindow *self)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  const char *action = NULL;

  if (mods == 0 && (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete))
    action = "win.delete-item";
  else if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up))
    action = "win.move-item-up";
  else if (mods == GDK_ALT_MASK && (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down))
    action = "win.move-item-down";
  if (action == NULL || focus_takes_keys (self) || !gtk_widget_is_visible (GTK_WIDGET (self->content_stack)))
    return GDK_EVENT_PROPAGATE;
  return gtk_widget_activate_action (GTK_WIDGET (self), action, NULL) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

void
_pl_window_items_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.add-item", "s", add_item_action);
  gtk_widget_class_install_action (widget_class, "win.delete-item", NULL, delete_item_action);
  gtk_widget_class_install_action (widget_class, "win.move-item-up", NULL, move_item_action);
  gtk_widget_class_install_action (widget_class, "win.move-item-down", NULL, move_item_action);
  gtk_widget_class_install_action (widget_class, "win.move-to-phase", "s", move_to_phase_action);
}

void
_pl_window_items_init (PlWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* Before the focused widget: a list view would take the arrows. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (self->view_state, "notify::selected", G_CALLBACK (_pl_window_items_update), self,
                           G_CONNECT_SWAPPED);
  _pl_window_items_update (self);
}
