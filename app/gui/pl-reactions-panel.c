/* pl-reactions-panel.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlReactionsPanel"

#include "config.h"

#include "pl-reactions-panel.h"

#include <glib/gi18n.h>

#include "pl-enum-types.h"
#include "pl-labels.h"
#include "pl-reaction-row.h"
#include "pl-reaction.h"
#include "pl-side-list.h"

#define N_STANCES (PL_STANCE_NEUTRAL + 1)
#define N_ACTOR_KINDS (PL_ACTOR_KIND_PUBLIC + 1)

struct _PlReactionsPanel
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkStack *list_stack;
  GtkFlowBox *stance_box;
  GtkDropDown *kind_dropdown;
  GtkListView *list_view;

  /* Borrowed: children of stance_box, one per PlStance */
  GtkToggleButton *stance_buttons[N_STANCES];
  GtkLabel *count_labels[N_STANCES];

  /* Owned references */
  PlSideList *list;

  /* State */
  gboolean syncing; /* while the filter widgets follow the view state */
};

G_DEFINE_FINAL_TYPE (PlReactionsPanel, pl_reactions_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_reactions (PlBriefing *briefing)
{
  return pl_briefing_get_reactions (briefing);
}

static int
compare_stance (PlItem *a,
                PlItem *b)
{
  return (int) pl_reaction_get_stance (PL_REACTION (a)) - (int) pl_reaction_get_stance (PL_REACTION (b));
}

static int
get_stance (PlItem *item)
{
  return pl_reaction_get_stance (PL_REACTION (item));
}

/* The name of a group of reactions: pl_stance_get_label() describes one
 * reaction (“Supports”), a group and its toggle are named by the stance. */
static const char *
get_stance_name (PlStance stance)
{
  switch (stance)
    {
    case PL_STANCE_SUPPORT:
      return C_ ("stance group", "Support");

    case PL_STANCE_MIXED:
      return C_ ("stance group", "Mixed");

    case PL_STANCE_SKEPTICAL:
      return C_ ("stance group", "Skeptical");

    case PL_STANCE_OPPOSE:
      return C_ ("stance group", "Oppose");

    case PL_STANCE_NEUTRAL:
    default:
      return C_ ("stance group", "Neutral");
    }
}

static char *
dup_stance_header (int stance)
{
  return g_strdup (get_stance_name (stance));
}

static const PlSideListClassInfo side_list_info = {
  .item_type = G_TYPE_INVALID, /* set in class_init */
  .items = get_reactions,
  .compare = compare_stance,
  .group = get_stance,
  .header = dup_stance_header,
};

static PlSideListClassInfo reactions_info;

static void
update_counts (PlReactionsPanel *self)
{
  GListModel *items = pl_side_list_get_items (self->list);
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;
  guint counts[N_STANCES] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (items, i);
      PlStance stance = pl_reaction_get_stance (reaction);

      if (stance < N_STANCES)
        counts[stance]++;
    }

  for (guint i = 0; i < N_STANCES; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[i]);
      /* Translators: a stance toggle for a screen reader, as in “Support, 3 reactions” */
      g_autofree char *description = g_strdup_printf (ngettext ("%s, %u reaction", "%s, %u reactions", counts[i]),
                                                      get_stance_name (i), counts[i]);
      GtkWidget *button = GTK_WIDGET (self->stance_buttons[i]);

      gtk_label_set_label (self->count_labels[i], count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      /* One turned on stays usable, to turn it off. */
      /* On the flow box's child, not only the button: GTK 4.8's flow box
       * gives Tab to a child whose button cannot take it, and the focus
       * would stay stuck on the toggle before. */
      gtk_widget_set_sensitive (gtk_widget_get_parent (button),
                                counts[i] > 0 || gtk_toggle_button_get_active (self->stance_buttons[i]));
    }
}

static void
update_pages (PlReactionsPanel *self)
{
  GListModel *items = pl_side_list_get_items (self->list);
  GListModel *shown = pl_side_list_get_model (self->list);
  gboolean has_items = items != NULL && g_list_model_get_n_items (items) > 0;

  gtk_stack_set_visible_child_name (self->stack, has_items ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, g_list_model_get_n_items (shown) > 0 ? "list" : "no-match");
}

static void
list_changed_cb (PlReactionsPanel *self)
{
  update_counts (self);
  update_pages (self);
}

/* The widgets say what the user picked; the view state keeps it. */
static void
stance_toggled_cb (GtkToggleButton *button,
                   PlReactionsPanel *self)
{
  PlViewState *view_state = pl_side_list_get_view_state (self->list);

  if (!self->syncing && view_state != NULL)
    pl_view_state_set_filter (view_state, PL_FILTER_STANCE, pl_filter_toggles_get_mask (self->stance_buttons, N_STANCES));
  update_counts (self);
}

static void
kind_selected_cb (PlReactionsPanel *self)
{
  PlViewState *view_state = self->list != NULL ? pl_side_list_get_view_state (self->list) : NULL;

  if (!self->syncing && view_state != NULL)
    pl_view_state_set_filter (view_state, PL_FILTER_ACTOR_KIND, pl_filter_dropdown_get_mask (self->kind_dropdown));
}

static void
filters_changed_cb (PlReactionsPanel *self)
{
  PlViewState *view_state = pl_side_list_get_view_state (self->list);
  guint stances = view_state != NULL ? pl_view_state_get_filter (view_state, PL_FILTER_STANCE) : 0;
  guint kinds = view_state != NULL ? pl_view_state_get_filter (view_state, PL_FILTER_ACTOR_KIND) : 0;

  self->syncing = TRUE;
  pl_filter_toggles_set_mask (self->stance_buttons, N_STANCES, stances);
  pl_filter_dropdown_set_mask (self->kind_dropdown, N_ACTOR_KINDS, kinds);
  self->syncing = FALSE;
  update_counts (self);
}

static void
clear_filters_cb (PlReactionsPanel *self)
{
  pl_reactions_panel_clear_filters (self);
}

/* A toggle per stance, in the order of the list: its name and a count. */
static void
add_stance_buttons (PlReactionsPanel *self)
{
  for (guint i = 0; i < N_STANCES; i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (get_stance_name (i));
      GtkWidget *count = gtk_label_new ("0");
      GtkWidget *button = gtk_toggle_button_new ();
      g_autofree char *stance_class = g_strdup_printf ("stance-%s", pl_enum_to_nick (PL_TYPE_STANCE, i));

      gtk_widget_add_css_class (count, "count");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), count);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "filter-toggle");
      /* The flow box spreads a line over its width; the buttons keep theirs. */
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, stance_class);
      g_signal_connect (button, "toggled", G_CALLBACK (stance_toggled_cb), self);
      gtk_flow_box_append (self->stance_box, button);
      /* The button takes the focus, not the box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->stance_buttons[i] = GTK_TOGGLE_BUTTON (button);
      self->count_labels[i] = GTK_LABEL (count);
    }
}

static void
setup_kind_dropdown (PlReactionsPanel *self)
{
  g_autoptr (GtkStringList) kinds = gtk_string_list_new (NULL);

  gtk_string_list_append (kinds, _ ("All kinds"));
  for (guint i = 0; i < N_ACTOR_KINDS; i++)
    gtk_string_list_append (kinds, pl_actor_kind_get_label (i));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_selected_cb), self);
}

static void
pl_reactions_panel_dispose (GObject *object)
{
  PlReactionsPanel *self = PL_REACTIONS_PANEL (object);

  /* First: its filter reads the template's widgets. */
  if (self->list != NULL)
    {
      g_signal_handlers_disconnect_by_data (pl_side_list_get_model (self->list), self);
      g_signal_handlers_disconnect_by_data (self->list, self);
    }
  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_REACTIONS_PANEL);
  G_OBJECT_CLASS (pl_reactions_panel_parent_class)->dispose (object);
}

static void
pl_reactions_panel_get_property (GObject *object,
                                 guint prop_id,
                                 GValue *value,
                                 GParamSpec *pspec)
{
  PlReactionsPanel *self = PL_REACTIONS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      g_value_set_object (value, pl_reactions_panel_get_view_state (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_reactions_panel_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  PlReactionsPanel *self = PL_REACTIONS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      pl_reactions_panel_set_view_state (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_reactions_panel_class_init (PlReactionsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_reactions_panel_dispose;
  object_class->get_property = pl_reactions_panel_get_property;
  object_class->set_property = pl_reactions_panel_set_property;

  /**
   * PlReactionsPanel:view-state:
   *
   * The view state whose briefing is shown and whose selection the list
   * follows and sets.
   */
  properties[PROP_VIEW_STATE] =
      g_param_spec_object ("view-state", NULL, NULL, PL_TYPE_VIEW_STATE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  reactions_info = side_list_info;
  reactions_info.item_type = PL_TYPE_REACTION;
  reactions_info.row_type = PL_TYPE_REACTION_ROW;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-reactions-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PlReactionsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PlReactionsPanel, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlReactionsPanel, stance_box);
  gtk_widget_class_bind_template_child (widget_class, PlReactionsPanel, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlReactionsPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reactionspanel");
}

static void
pl_reactions_panel_init (PlReactionsPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_stance_buttons (self);
  setup_kind_dropdown (self);
  self->list = pl_side_list_new (self->list_view, &reactions_info);
  g_signal_connect_object (self->list, "changed", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pl_side_list_get_model (self->list), "items-changed", G_CALLBACK (update_pages),
                           self, G_CONNECT_SWAPPED);
  list_changed_cb (self);
}

/**
 * pl_reactions_panel_new:
 *
 * Returns: (transfer full): a panel showing nothing until it has a view state
 */
GtkWidget *
pl_reactions_panel_new (void)
{
  return g_object_new (PL_TYPE_REACTIONS_PANEL, NULL);
}

/**
 * pl_reactions_panel_get_view_state:
 *
 * Returns: (transfer none) (nullable): the view state shown
 */
PlViewState *
pl_reactions_panel_get_view_state (PlReactionsPanel *self)
{
  g_return_val_if_fail (PL_IS_REACTIONS_PANEL (self), NULL);
  return pl_side_list_get_view_state (self->list);
}

/**
 * pl_reactions_panel_set_view_state:
 * @view_state: (nullable): the view state to show and select in
 */
void
pl_reactions_panel_set_view_state (PlReactionsPanel *self,
                                   PlViewState *view_state)
{
  g_return_if_fail (PL_IS_REACTIONS_PANEL (self));
  g_return_if_fail (view_state == NULL || PL_IS_VIEW_STATE (view_state));

  if (pl_side_list_get_view_state (self->list) == view_state)
    return;

  if (pl_side_list_get_view_state (self->list) != NULL)
    g_signal_handlers_disconnect_by_func (pl_side_list_get_view_state (self->list), filters_changed_cb, self);
  pl_side_list_set_view_state (self->list, view_state);
  if (view_state != NULL)
    g_signal_connect_object (view_state, "filters-changed", G_CALLBACK (filters_changed_cb), self,
                             G_CONNECT_SWAPPED);
  filters_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_STATE]);
}

/**
 * pl_reactions_panel_get_model:
 *
 * Returns: (transfer none): the reactions listed: sorted by stance and
 *   filtered
 */
GListModel *
pl_reactions_panel_get_model (PlReactionsPanel *self)
{
  g_return_val_if_fail (PL_IS_REACTIONS_PANEL (self), NULL);
  return pl_side_list_get_model (self->list);
}

/**
 * pl_reactions_panel_clear_filters:
 *
 * Lists every reaction again: clears the view state's stance and actor
 * kind filters.
 */
void
pl_reactions_panel_clear_filters (PlReactionsPanel *self)
{
  PlViewState *view_state;

  g_return_if_fail (PL_IS_REACTIONS_PANEL (self));

  view_state = pl_side_list_get_view_state (self->list);
  if (view_state != NULL)
    {
      pl_view_state_set_filter (view_state, PL_FILTER_STANCE, 0);
      pl_view_state_set_filter (view_state, PL_FILTER_ACTOR_KIND, 0);
    }
  filters_changed_cb (self);
}

GtkListView *
_pl_reactions_panel_get_list_view (PlReactionsPanel *self)
{
  return self->list_view;
}

GtkToggleButton *
_pl_reactions_panel_get_stance_button (PlReactionsPanel *self,
                                       PlStance stance)
{
  g_return_val_if_fail (stance < N_STANCES, NULL);
  return self->stance_buttons[stance];
}

GtkDropDown *
_pl_reactions_panel_get_kind_dropdown (PlReactionsPanel *self)
{
  return self->kind_dropdown;
}

const char *
_pl_reactions_panel_get_page (PlReactionsPanel *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0)
    return "empty";
  return gtk_stack_get_visible_child_name (self->list_stack);
}
