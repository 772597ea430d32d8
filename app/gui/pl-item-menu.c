/* pl-item-menu.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlItemMenu"

#include "config.h"

#include "pl-item-menu.h"

#include "pl-item-row.h"

/* The context menu of the items a panel lists: a right click, a long
 * press, Shift+F10 or the Menu key on an item's row selects the item and
 * opens the menu on it. The menu's actions act on the selection, so one
 * menu serves every list. */

#define ITEM_MENU_KEY "pl-item-menu"
#define ITEM_KEY "pl-item"

typedef struct
{
  GtkWidget *widget; /* borrowed: the one the menu is attached to */
  PlViewState *view_state;
  GtkWidget *popover; /* a child of widget until it is destroyed */
} ItemMenu;

static void
item_menu_free (gpointer data)
{
  ItemMenu *menu = data;

  g_clear_object (&menu->view_state);
  g_free (menu);
}

/**
 * pl_item_widget_set_item:
 * @item: (nullable): the item @widget shows
 *
 * Tells the item menus which item a widget that is not a #PlItemRow shows,
 * such as the row of a component inside a phase's row.
 */
void
pl_item_widget_set_item (GtkWidget *widget,
                         PlItem *item)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_object_set_data_full (G_OBJECT (widget), ITEM_KEY, item ? g_object_ref (item) : NULL, g_object_unref);
}

/**
 * pl_item_widget_get_item:
 *
 * Returns: (transfer none) (nullable): the item set with
 *   pl_item_widget_set_item()
 */
PlItem *
pl_item_widget_get_item (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  return g_object_get_data (G_OBJECT (widget), ITEM_KEY);
}

/* The item shown by @widget or the nearest widget around it, up to
 * @top. */
static PlItem *
find_item (GtkWidget *widget,
           GtkWidget *top)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      PlItem *item = pl_item_widget_get_item (widget);

      if (item != NULL)
        return item;
      if (PL_IS_ITEM_ROW (widget))
        return pl_item_row_get_item (PL_ITEM_ROW (widget));
      if (widget == top)
        break;
    }
  return NULL;
}

/* The item of the row inside @widget: a list view gives the keyboard
 * focus to its own row widget, around the item row. */
static PlItem *
find_item_inside (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      PlItem *item = PL_IS_ITEM_ROW (child) ? pl_item_row_get_item (PL_ITEM_ROW (child)) : find_item_inside (child);

      if (item != NULL)
        return item;
    }
  return NULL;
}

static gboolean
popup (ItemMenu *menu,
       GtkWidget *target,
       double x,
       double y,
       gboolean at_point)
{
  PlItem *item = find_item (target, menu->widget);
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  if (item == NULL && !at_point && GTK_IS_LIST_VIEW (gtk_widget_get_parent (target)))
    item = find_item_inside (target);

  if (item == NULL)
    return FALSE;
  pl_view_state_set_selected (menu->view_state, item);
  if (pl_view_state_get_selected (menu->view_state) != item)
    return FALSE;
  if (!at_point)
    {
      graphene_rect_t bounds;

      /* Point at the row: its start, so a long row's menu stays near. */
      if (!gtk_widget_compute_bounds (target, menu->widget, &bounds))
        return FALSE;
      rect.x = (int) bounds.origin.x + MIN (24, (int) bounds.size.width / 2);
      rect.y = (int) bounds.origin.y + (int) bounds.size.height / 2;
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (menu->popover), &rect);
  gtk_popover_popup (GTK_POPOVER (menu->popover));
  return TRUE;
}

static void
pressed_cb (GtkGestureClick *gesture,
            int n_press,
            double x,
            double y,
            ItemMenu *menu)
{
  GtkWidget *picked = gtk_widget_pick (menu->widget, x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && popup (menu, picked, x, y, TRUE))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double x,
                 double y,
                 ItemMenu *menu)
{
  pressed_cb (NULL, 1, x, y, menu);
}

static gboolean
menu_key_cb (GtkWidget *widget,
             GVariant *args,
             gpointer user_data)
{
  ItemMenu *menu = g_object_get_data (G_OBJECT (widget), ITEM_MENU_KEY);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = GTK_IS_WINDOW (root) ? gtk_window_get_focus (GTK_WINDOW (root)) : NULL;

  if (menu == NULL || focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    return FALSE;
  return popup (menu, focus, 0, 0, FALSE);
}

static void
destroy_cb (GtkWidget *widget,
            ItemMenu *menu)
{
  if (menu->popover != NULL)
    gtk_widget_unparent (menu->popover);
  menu->popover = NULL;
}

/**
 * pl_item_menu_attach:
 * @widget: a panel, or a list inside one
 * @view_state: whose selection the menu sets before it opens
 * @menu: the menu, whose actions act on the selection
 *
 * Gives the items shown inside @widget a context menu.
 */
void
pl_item_menu_attach (GtkWidget *widget,
                     PlViewState *view_state,
                     GMenuModel *model)
{
  ItemMenu *menu;
  GtkGesture *click;
  GtkGesture *long_press;
  GtkEventController *shortcuts;
  GtkShortcutAction *action;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (PL_IS_VIEW_STATE (view_state));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  menu = g_new0 (ItemMenu, 1);
  menu->widget = widget;
  menu->view_state = g_object_ref (view_state);
  menu->popover = gtk_popover_menu_new_from_model (model);
  gtk_popover_set_has_arrow (GTK_POPOVER (menu->popover), FALSE);
  gtk_widget_set_halign (menu->popover, GTK_ALIGN_START);
  gtk_widget_set_parent (menu->popover, widget);
  g_object_set_data_full (G_OBJECT (widget), ITEM_MENU_KEY, menu, item_menu_free);
  g_signal_connect (widget, "destroy", G_CALLBACK (destroy_cb), menu);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), menu);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), menu);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (long_press));

  shortcuts = gtk_shortcut_controller_new ();
  action = gtk_callback_action_new (menu_key_cb, NULL, NULL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_alternative_trigger_new (
                                                              gtk_keyval_trigger_new (GDK_KEY_F10, GDK_SHIFT_MASK),
                                                              gtk_keyval_trigger_new (GDK_KEY_Menu, 0)),
                                                          action));
  gtk_widget_add_controller (widget, shortcuts);
}

GtkPopover *
_pl_item_menu_get_popover (GtkWidget *widget)
{
  ItemMenu *menu = g_object_get_data (G_OBJECT (widget), ITEM_MENU_KEY);

  return menu != NULL ? GTK_POPOVER (menu->popover) : NULL;
}

/* For tests: opens the menu on the item @target shows, as the Menu key
 * does on the focus. */
gboolean
_pl_item_menu_popup_at (GtkWidget *widget,
                        GtkWidget *target)
{
  ItemMenu *menu = g_object_get_data (G_OBJECT (widget), ITEM_MENU_KEY);

  return menu != NULL && popup (menu, target, 0, 0, FALSE);
}
