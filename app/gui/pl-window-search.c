/* pl-window-search.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-window-private.h"

/* Find (Ctrl+F): the search text goes into the window's view state, where
 * every view reads it (the timeline dims what is not found); Enter and the
 * arrows select the next or previous item found, and the views follow the
 * selection as always. */

typedef struct
{
  PlViewState *view_state;
  GPtrArray *found;
} Collect;

static void
collect_cb (gpointer item,
            gpointer user_data)
{
  Collect *collect = user_data;

  if (!PL_IS_SOURCE (item) && pl_view_state_item_matches (collect->view_state, item))
    g_ptr_array_add (collect->found, item);
}

/* The items found, in the briefing's order: phases with their components,
 * then reactions, risks and events. */
static GPtrArray *
collect_found (PlWindow *self)
{
  Collect collect = { self->view_state, g_ptr_array_new () };
  PlBriefing *briefing = pl_view_state_get_briefing (self->view_state);

  if (briefing != NULL && pl_view_state_get_search_text (self->view_state) != NULL)
    pl_briefing_foreach_item (briefing, collect_cb, &collect);
  return collect.found;
}

static void
update_count (PlWindow *self)
{
  g_autoptr (GPtrArray) found = collect_found (self);
  g_autofree char *text = NULL;

  if (pl_view_state_get_search_text (self->view_state) == NULL)
    text = g_strdup ("");
  else if (found->len == 0)
    text = g_strdup (_ ("Not found"));
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u found", "%u found", found->len), found->len);
  gtk_label_set_label (self->search_count, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-next", found->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.find-previous", found->len > 0);
}

static void
step (PlWindow *self,
      int direction)
{
  g_autoptr (GPtrArray) found = collect_found (self);
  PlItem *selected = pl_view_state_get_selected (self->view_state);
  guint index;
  int next;

  if (found->len == 0)
    return;
  if (selected != NULL && g_ptr_array_find (found, selected, &index))
    next = ((int) index + direction + (int) found->len) % (int) found->len;
  else
    next = direction > 0 ? 0 : (int) found->len - 1;
  pl_view_state_set_selected (self->view_state, found->pdata[next]);
}

static void
search_changed_cb (PlWindow *self)
{
  pl_view_state_set_search_text (self->view_state, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_count (self);
}

static void
search_mode_cb (PlWindow *self)
{
  /* Closing the bar ends the search: nothing stays dimmed. */
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    pl_view_state_set_search_text (self->view_state, NULL);
  else
    search_changed_cb (self);
}

static void
find_action (GtkWidget *widget,
             const char *action_name,
             GVariant *parameter)
{
  PlWindow *self = PL_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
find_next_action (GtkWidget *widget,
                  const char *action_name,
                  GVariant *parameter)
{
  step (PL_WINDOW (widget), g_str_equal (action_name, "win.find-previous") ? -1 : 1);
}

static void
next_match_cb (PlWindow *self)
{
  step (self, 1);
}

static void
previous_match_cb (PlWindow *self)
{
  step (self, -1);
}

void
_pl_window_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "win.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.find-previous", NULL);
}

/* GTK 4.8's search bar gives its close button an icon and no name; a
 * screen reader would say only "button". */
static void
name_close_button (GtkWidget *widget,
                   GtkWidget *ours)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL &&
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), "window-close-symbolic") == 0)
        {
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, _ ("Close Find"), -1);
          gtk_widget_set_tooltip_text (child, _ ("Close Find (Esc)"));
        }
      else if (child != ours)
        name_close_button (child, ours);
    }
}

void
_pl_window_search_init (PlWindow *self)
{
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  name_close_button (GTK_WIDGET (self->search_bar), gtk_search_bar_get_child (self->search_bar));
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (next_match_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match", G_CALLBACK (next_match_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "previous-match", G_CALLBACK (previous_match_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (search_mode_cb), self,
                           G_CONNECT_SWAPPED);
  /* What is found is what the filters show and the search matches. */
  g_signal_connect_object (self->view_state, "filters-changed", G_CALLBACK (update_count), self,
                           G_CONNECT_SWAPPED);
  update_count (self);
}

/* The briefing shown changed: the count, and what is dimmed, follow. */
void
_pl_window_search_update (PlWindow *self)
{
  update_count (self);
}
