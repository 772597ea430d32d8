/* pl-side-list.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSideList"

#include "config.h"

#include "pl-side-list.h"

#include "pl-item-row.h"

struct _PlSideList
{
  GObject parent_instance;

  const PlSideListClassInfo *info; /* static */

  /* Borrowed references */
  GtkListView *list_view; /* weak */
  GPtrArray *list_items;  /* of GtkListItem: those set up, for their headers */

  /* Owned references */
  GtkSortListModel *sort_model;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GtkSorter *sorter; /* the sort model holds it too */
  GtkFilter *filter; /* the filter model holds it too */
  PlViewState *view_state;
  PlBriefing *briefing;
  GListModel *items; /* the briefing's list shown */
  GSignalGroup *briefing_signals;
  GHashTable *positions;      /* item → its position in items + 1, built on demand */
  GdkFrameClock *frame_clock; /* the list view's, while a scroll waits for it */

  gulong items_changed_id;
  guint refresh_id;        /* an idle to sort and filter again */
  gulong after_paint_id;   /* of frame_clock */
  gboolean scroll_pending; /* to the selected row, once it is laid out */
  gboolean syncing;        /* while the selection follows the view state */
};

G_DEFINE_FINAL_TYPE (PlSideList, pl_side_list, G_TYPE_OBJECT)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
get_item_position (PlSideList *self,
                   gpointer item)
{
  if (self->positions == NULL)
    {
      guint n = self->items != NULL ? g_list_model_get_n_items (self->items) : 0;

      self->positions = g_hash_table_new (NULL, NULL);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr (GObject) other = g_list_model_get_item (self->items, i);
          g_hash_table_insert (self->positions, other, GUINT_TO_POINTER (i + 1));
        }
    }
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, item));
}

/* The panel's order first, then the briefing's. */
static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer user_data)
{
  PlSideList *self = user_data;
  int result = self->info->compare != NULL ? self->info->compare (PL_ITEM ((gpointer) a), PL_ITEM ((gpointer) b)) : 0;
  guint pos_a;
  guint pos_b;

  if (result != 0)
    return result;
  pos_a = get_item_position (self, (gpointer) a);
  pos_b = get_item_position (self, (gpointer) b);
  return pos_a < pos_b ? -1 : pos_a > pos_b;
}

static gboolean
filter_cb (gpointer item,
           gpointer user_data)
{
  PlSideList *self = user_data;

  return self->info->unfiltered || self->view_state == NULL ||
         pl_view_state_item_passes_filters (self->view_state, PL_ITEM (item));
}

static guint
find_position (PlSideList *self,
               PlItem *item)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (model);

  if (item != NULL && self->info->owner != NULL && self->briefing != NULL &&
      !G_TYPE_CHECK_INSTANCE_TYPE (item, self->info->item_type))
    item = self->info->owner (self->briefing, item);
  if (item == NULL || !G_TYPE_CHECK_INSTANCE_TYPE (item, self->info->item_type))
    return GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlItem) other = g_list_model_get_item (model, i);

      if (other == item)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Headers: a row shows one when its group differs from the row above's. */

static void
update_header (PlSideList *self,
               GtkListItem *list_item)
{
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkLabel *header = GTK_LABEL (gtk_widget_get_first_child (box));
  PlItem *item = gtk_list_item_get_item (list_item);
  guint position = gtk_list_item_get_position (list_item);
  g_autoptr (PlItem) previous = NULL;
  g_autofree char *text = NULL;
  int group;

  if (item == NULL || position == GTK_INVALID_LIST_POSITION || self->info->group == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (header), FALSE);
      return;
    }

  group = self->info->group (item);
  if (position > 0)
    previous = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position - 1);
  if (previous != NULL && self->info->group (previous) == group)
    {
      gtk_widget_set_visible (GTK_WIDGET (header), FALSE);
      return;
    }
  text = self->info->header (group);
  gtk_label_set_label (header, text);
  gtk_widget_set_visible (GTK_WIDGET (header), TRUE);
}

static void
update_headers (PlSideList *self)
{
  for (guint i = 0; i < self->list_items->len; i++)
    update_header (self, g_ptr_array_index (self->list_items, i));
}

static void
position_changed_cb (GtkListItem *list_item,
                     GParamSpec *pspec,
                     gpointer user_data)
{
  update_header (PL_SIDE_LIST (user_data), list_item);
}

/* A row picked an item it shows inside its own. */
static void
row_select_item_cb (PlSideList *self,
                    PlItem *item)
{
  if (self->view_state != NULL)
    pl_view_state_set_selected (self->view_state, item);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *list_item,
                  gpointer user_data)
{
  PlSideList *self = user_data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = gtk_label_new (NULL);
  GtkWidget *row = g_object_new (self->info->row_type, NULL);

  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_label_set_wrap (GTK_LABEL (header), TRUE);
  gtk_widget_add_css_class (header, "group-header");
  gtk_widget_set_visible (header, FALSE);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), row);
  g_signal_connect_object (row, "select-item", G_CALLBACK (row_select_item_cb), self, G_CONNECT_SWAPPED);

  /* Clicking a row selects it and selects its item everywhere. */
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_list_item_set_child (list_item, box);
  g_ptr_array_add (self->list_items, list_item);
  g_signal_connect (list_item, "notify::position", G_CALLBACK (position_changed_cb), self);
}

static void
factory_teardown_cb (GtkSignalListItemFactory *factory,
                     GtkListItem *list_item,
                     gpointer user_data)
{
  PlSideList *self = user_data;

  g_signal_handlers_disconnect_by_func (list_item, position_changed_cb, self);
  g_ptr_array_remove_fast (self->list_items, list_item);
}

static PlItemRow *
get_row (GtkListItem *list_item)
{
  return PL_ITEM_ROW (gtk_widget_get_last_child (gtk_list_item_get_child (list_item)));
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *list_item,
                 gpointer user_data)
{
  PlSideList *self = user_data;
  PlItemRow *row = get_row (list_item);

  pl_item_row_set_item (row, gtk_list_item_get_item (list_item));
  pl_item_row_show_selected (row, self->view_state != NULL ? pl_view_state_get_selected (self->view_state) : NULL);
  update_header (self, list_item);
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem *list_item,
                   gpointer user_data)
{
  pl_item_row_set_item (get_row (list_item), NULL);
}

/* The selection, both ways. */

/* Also when the list view unmaps: a frame clock loses its handlers when
 * its surface goes. */
static void
stop_waiting_for_frame (PlSideList *self)
{
  if (self->after_paint_id != 0 && g_signal_handler_is_connected (self->frame_clock, self->after_paint_id))
    g_signal_handler_disconnect (self->frame_clock, self->after_paint_id);
  self->after_paint_id = 0;
  g_clear_object (&self->frame_clock);
}

static void
after_paint_cb (PlSideList *self)
{
  PlItem *item = self->view_state != NULL ? pl_view_state_get_selected (self->view_state) : NULL;
  guint position = find_position (self, item);

  stop_waiting_for_frame (self);
  self->scroll_pending = FALSE;
  if (position != GTK_INVALID_LIST_POSITION && self->list_view != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* GTK 4.8 can only scroll to a row it has laid out: after the next frame,
 * and when a hidden list view shows. */
static void
scroll_when_laid_out (PlSideList *self)
{
  GdkFrameClock *frame_clock;

  if (!self->scroll_pending || self->list_view == NULL || self->frame_clock != NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    return;

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->list_view));
  if (frame_clock == NULL)
    return;
  self->frame_clock = g_object_ref (frame_clock);
  self->after_paint_id = g_signal_connect_swapped (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self->list_view));
}

static void
select_from_view_state (PlSideList *self,
                        gboolean scroll)
{
  PlItem *item = self->view_state != NULL ? pl_view_state_get_selected (self->view_state) : NULL;
  guint position = find_position (self, item);

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  if (scroll && position != GTK_INVALID_LIST_POSITION)
    {
      self->scroll_pending = TRUE;
      scroll_when_laid_out (self);
    }
}

static void
view_state_selected_cb (PlSideList *self)
{
  PlItem *selected = pl_view_state_get_selected (self->view_state);

  select_from_view_state (self, TRUE);
  for (guint i = 0; i < self->list_items->len; i++)
    pl_item_row_show_selected (get_row (g_ptr_array_index (self->list_items, i)), selected);
}

static void
selection_changed_cb (PlSideList *self)
{
  PlItem *item = gtk_single_selection_get_selected_item (self->selection);
  PlItem *current;

  if (self->syncing || self->view_state == NULL)
    return;
  if (item != NULL)
    {
      pl_view_state_set_selected (self->view_state, item);
      return;
    }
  /* Nothing selected here: the user unselected the item, or it went out of
   * the list, filtered out or removed. Only the first is a new selection. */
  current = pl_view_state_get_selected (self->view_state);
  if (find_position (self, current) != GTK_INVALID_LIST_POSITION)
    pl_view_state_set_selected (self->view_state, NULL);
}

/* After the selection has seen the change: the selected item may be back
 * in the list, and rows may have a new row above them. */
static void
filter_items_changed_cb (PlSideList *self)
{
  select_from_view_state (self, FALSE);
  update_headers (self);
}

/* The briefing. */

static void
items_changed_cb (PlSideList *self)
{
  g_clear_pointer (&self->positions, g_hash_table_unref);
}

static gboolean
is_sorted (PlSideList *self)
{
  GListModel *model = G_LIST_MODEL (self->sort_model);
  guint n = g_list_model_get_n_items (model);
  g_autoptr (GObject) previous = n > 0 ? g_list_model_get_item (model, 0) : NULL;

  for (guint i = 1; i < n; i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (model, i);

      if (item == NULL || compare_cb (previous, item, self) > 0)
        return FALSE;
      g_set_object (&previous, item);
    }
  return TRUE;
}

/* An item edited may belong elsewhere now, or no longer pass the filters. */
static gboolean
refresh_cb (gpointer user_data)
{
  PlSideList *self = user_data;

  self->refresh_id = 0;
  if (!is_sorted (self))
    gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_headers (self);
  return G_SOURCE_REMOVE;
}

/* The briefing tells of a change to its lists before the models over them
 * have seen it, so they are looked at again once it is over, before the
 * next frame is drawn. The counts come from the list itself, now. */
static void
briefing_changed_cb (PlSideList *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, refresh_cb, self, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_briefing (PlSideList *self,
              PlBriefing *briefing)
{
  if (self->briefing == briefing)
    return;

  g_clear_signal_handler (&self->items_changed_id, self->items);
  g_clear_object (&self->items);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_set_object (&self->briefing, briefing);
  g_signal_group_set_target (self->briefing_signals, briefing);
  if (briefing != NULL)
    {
      /* Connected before the sort model, so the positions are new when it sorts. */
      self->items = g_object_ref (self->info->items (briefing));
      self->items_changed_id = g_signal_connect_swapped (self->items, "items-changed",
                                                         G_CALLBACK (items_changed_cb), self);
    }
  gtk_sort_list_model_set_model (self->sort_model, self->items);
  if (self->list_view != NULL)
    gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->list_view)), 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
view_state_briefing_cb (PlSideList *self)
{
  set_briefing (self, pl_view_state_get_briefing (self->view_state));
  select_from_view_state (self, FALSE);
}

static void
pl_side_list_dispose (GObject *object)
{
  PlSideList *self = PL_SIDE_LIST (object);

  if (self->list_view != NULL)
    {
      gtk_list_view_set_model (self->list_view, NULL);
      gtk_list_view_set_factory (self->list_view, NULL);
    }
  g_clear_weak_pointer (&self->list_view);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  stop_waiting_for_frame (self);
  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_clear_object (&self->view_state);
  set_briefing (self, NULL);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->sorter);
  g_clear_object (&self->filter);
  G_OBJECT_CLASS (pl_side_list_parent_class)->dispose (object);
}

static void
pl_side_list_finalize (GObject *object)
{
  PlSideList *self = PL_SIDE_LIST (object);

  g_clear_object (&self->briefing_signals);
  g_clear_pointer (&self->list_items, g_ptr_array_unref);
  G_OBJECT_CLASS (pl_side_list_parent_class)->finalize (object);
}

static void
pl_side_list_class_init (PlSideListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_side_list_dispose;
  object_class->finalize = pl_side_list_finalize;

  /**
   * PlSideList::changed:
   *
   * The briefing shown, or an item of it, changed.
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);
}

static void
pl_side_list_init (PlSideList *self)
{
  self->list_items = g_ptr_array_new ();
  self->briefing_signals = g_signal_group_new (PL_TYPE_BRIEFING);
  g_signal_group_connect_object (self->briefing_signals, "changed", G_CALLBACK (briefing_changed_cb),
                                 self, G_CONNECT_SWAPPED);
}

static void
setup_models (PlSideList *self)
{
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, self, NULL));
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_cb, self, NULL));
  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (self->sorter));
  self->filter_model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sort_model)),
                                                  g_object_ref (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (selection_changed_cb), self);
  /* After the selection's own handler. */
  g_signal_connect_swapped (self->filter_model, "items-changed", G_CALLBACK (filter_items_changed_cb), self);
}

/**
 * pl_side_list_new:
 * @list_view: the list view to fill, which the panel owns
 * @info: (not nullable): what to show and how; must outlive the list
 *
 * Returns: (transfer full): the models of @list_view, which shows
 *   nothing until a view state is set
 */
PlSideList *
pl_side_list_new (GtkListView *list_view,
                  const PlSideListClassInfo *info)
{
  g_autoptr (GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  PlSideList *self;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (list_view), NULL);
  g_return_val_if_fail (info != NULL, NULL);

  self = g_object_new (PL_TYPE_SIDE_LIST, NULL);
  self->info = info;
  g_set_weak_pointer (&self->list_view, list_view);
  g_signal_connect_object (list_view, "map", G_CALLBACK (scroll_when_laid_out), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (list_view, "unmap", G_CALLBACK (stop_waiting_for_frame), self, G_CONNECT_SWAPPED);
  setup_models (self);

  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (factory_teardown_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), self);
  gtk_list_view_set_factory (list_view, factory);
  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (self->selection));
  return self;
}

/**
 * pl_side_list_get_view_state:
 *
 * Returns: (transfer none) (nullable): the view state followed
 */
PlViewState *
pl_side_list_get_view_state (PlSideList *self)
{
  g_return_val_if_fail (PL_IS_SIDE_LIST (self), NULL);
  return self->view_state;
}

/**
 * pl_side_list_set_view_state:
 * @view_state: (nullable): the view state whose briefing to show and
 *   whose selection to follow
 */
void
pl_side_list_set_view_state (PlSideList *self,
                             PlViewState *view_state)
{
  g_return_if_fail (PL_IS_SIDE_LIST (self));
  g_return_if_fail (view_state == NULL || PL_IS_VIEW_STATE (view_state));

  if (self->view_state == view_state)
    return;

  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_set_object (&self->view_state, view_state);
  if (view_state != NULL)
    {
      g_signal_connect_object (view_state, "notify::briefing", G_CALLBACK (view_state_briefing_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::selected", G_CALLBACK (view_state_selected_cb),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "filters-changed", G_CALLBACK (pl_side_list_refilter),
                               self, G_CONNECT_SWAPPED);
    }
  pl_side_list_refilter (self);
  set_briefing (self, view_state != NULL ? pl_view_state_get_briefing (view_state) : NULL);
  select_from_view_state (self, TRUE);
}

/**
 * pl_side_list_get_briefing:
 *
 * Returns: (transfer none) (nullable): the view state's briefing
 */
PlBriefing *
pl_side_list_get_briefing (PlSideList *self)
{
  g_return_val_if_fail (PL_IS_SIDE_LIST (self), NULL);
  return self->briefing;
}

/**
 * pl_side_list_get_items:
 *
 * Returns: (transfer none) (nullable): the briefing's list shown, as it is
 */
GListModel *
pl_side_list_get_items (PlSideList *self)
{
  g_return_val_if_fail (PL_IS_SIDE_LIST (self), NULL);
  return self->items;
}

/**
 * pl_side_list_get_model:
 *
 * Returns: (transfer none): the items shown, sorted and filtered
 */
GListModel *
pl_side_list_get_model (PlSideList *self)
{
  g_return_val_if_fail (PL_IS_SIDE_LIST (self), NULL);
  return G_LIST_MODEL (self->filter_model);
}

/**
 * pl_side_list_get_selection:
 *
 * Returns: (transfer none): the list view's selection
 */
GtkSingleSelection *
pl_side_list_get_selection (PlSideList *self)
{
  g_return_val_if_fail (PL_IS_SIDE_LIST (self), NULL);
  return self->selection;
}

/**
 * pl_side_list_refilter:
 *
 * Filters the list again; done by itself when the view state's filters
 * change.
 */
void
pl_side_list_refilter (PlSideList *self)
{
  g_return_if_fail (PL_IS_SIDE_LIST (self));
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * pl_filter_toggles_get_mask:
 * @buttons: (array length=n_buttons): a toggle per value, in value order
 *
 * Returns: a bit per value whose toggle is on; 0, every value, when none is
 */
guint
pl_filter_toggles_get_mask (GtkToggleButton *const *buttons,
                            guint n_buttons)
{
  guint mask = 0;

  for (guint i = 0; i < n_buttons && i < 32; i++)
    if (gtk_toggle_button_get_active (buttons[i]))
      mask |= 1u << i;
  return mask;
}

/**
 * pl_filter_toggles_set_mask:
 * @buttons: (array length=n_buttons): a toggle per value, in value order
 * @mask: a bit per value to turn on
 */
void
pl_filter_toggles_set_mask (GtkToggleButton *const *buttons,
                            guint n_buttons,
                            guint mask)
{
  for (guint i = 0; i < n_buttons && i < 32; i++)
    gtk_toggle_button_set_active (buttons[i], (mask & (1u << i)) != 0);
}

/**
 * pl_filter_dropdown_get_mask:
 * @dropdown: a choice of "all" first, then each value in order
 *
 * Returns: the bit of the value chosen; 0, every value, for "all"
 */
guint
pl_filter_dropdown_get_mask (GtkDropDown *dropdown)
{
  guint chosen = gtk_drop_down_get_selected (dropdown);

  return chosen == 0 || chosen == GTK_INVALID_LIST_POSITION || chosen > 32 ? 0 : 1u << (chosen - 1);
}

/**
 * pl_filter_dropdown_set_mask:
 * @dropdown: a choice of "all" first, then each of @n_values values
 * @mask: the values let through; the drop-down shows the first, or "all"
 */
void
pl_filter_dropdown_set_mask (GtkDropDown *dropdown,
                             guint n_values,
                             guint mask)
{
  guint chosen = 0;

  for (guint i = 0; i < n_values && i < 32 && chosen == 0; i++)
    if (mask & (1u << i))
      chosen = i + 1;
  gtk_drop_down_set_selected (dropdown, chosen);
}
