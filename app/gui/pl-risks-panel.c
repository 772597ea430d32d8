/* pl-risks-panel.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlRisksPanel"

#include "config.h"

#include "pl-risks-panel.h"

#include <glib/gi18n.h>

#include "pl-enum-types.h"
#include "pl-labels.h"
#include "pl-risk-row.h"
#include "pl-risk.h"
#include "pl-side-list.h"

#define N_LEVELS (PL_LEVEL_HIGH + 1)
#define N_CATEGORIES (PL_CATEGORY_OTHER + 1)

struct _PlRisksPanel
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkStack *list_stack;
  GtkFlowBox *severity_box;
  GtkDropDown *category_dropdown;
  GtkListView *list_view;

  /* Borrowed: children of severity_box, one per PlLevel */
  GtkToggleButton *severity_buttons[N_LEVELS];
  GtkLabel *count_labels[N_LEVELS];

  /* Owned references */
  PlSideList *list;

  /* State */
  gboolean syncing; /* while the filter widgets follow the view state */
};

G_DEFINE_FINAL_TYPE (PlRisksPanel, pl_risks_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW_STATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GListModel *
get_risks (PlBriefing *briefing)
{
  return pl_briefing_get_risks (briefing);
}

/* The most severe first, then the most likely. */
static int
compare_risks (PlItem *a,
               PlItem *b)
{
  PlRisk *risk_a = PL_RISK (a);
  PlRisk *risk_b = PL_RISK (b);
  int result = (int) pl_risk_get_severity (risk_b) - (int) pl_risk_get_severity (risk_a);

  if (result != 0)
    return result;
  return (int) pl_risk_get_likelihood (risk_b) - (int) pl_risk_get_likelihood (risk_a);
}

static int
get_severity (PlItem *item)
{
  return pl_risk_get_severity (PL_RISK (item));
}

static char *
dup_severity_header (int severity)
{
  switch ((PlLevel) severity)
    {
    case PL_LEVEL_HIGH:
      return g_strdup (_ ("High severity"));

    case PL_LEVEL_MEDIUM:
      return g_strdup (_ ("Medium severity"));

    case PL_LEVEL_LOW:
    default:
      return g_strdup (_ ("Low severity"));
    }
}

static const PlSideListClassInfo side_list_info = {
  .item_type = G_TYPE_INVALID, /* set in class_init */
  .items = get_risks,
  .compare = compare_risks,
  .group = get_severity,
  .header = dup_severity_header,
};

static PlSideListClassInfo risks_info;

static void
update_counts (PlRisksPanel *self)
{
  GListModel *items = pl_side_list_get_items (self->list);
  guint n = items != NULL ? g_list_model_get_n_items (items) : 0;
  guint counts[N_LEVELS] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlRisk) risk = g_list_model_get_item (items, i);
      PlLevel severity = pl_risk_get_severity (risk);

      if (severity < N_LEVELS)
        counts[severity]++;
    }

  for (guint i = 0; i < N_LEVELS; i++)
    {
      g_autofree char *count = g_strdup_printf ("%u", counts[i]);
      /* Translators: a severity toggle for a screen reader, as in “High, 3 risks” */
      g_autofree char *description = g_strdup_printf (ngettext ("%s, %u risk", "%s, %u risks", counts[i]),
                                                      pl_level_get_label (i), counts[i]);
      GtkWidget *button = GTK_WIDGET (self->severity_buttons[i]);

      gtk_label_set_label (self->count_labels[i], count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
      /* One turned on stays usable, to turn it off. */
      /* On the flow box's child, not only the button: GTK 4.8's flow box
       * gives Tab to a child whose button cannot take it, and the focus
       * would stay stuck on the toggle before. */
      gtk_widget_set_sensitive (gtk_widget_get_parent (button),
                                counts[i] > 0 || gtk_toggle_button_get_active (self->severity_buttons[i]));
    }
}

static void
update_pages (PlRisksPanel *self)
{
  GListModel *items = pl_side_list_get_items (self->list);
  GListModel *shown = pl_side_list_get_model (self->list);
  gboolean has_items = items != NULL && g_list_model_get_n_items (items) > 0;

  gtk_stack_set_visible_child_name (self->stack, has_items ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->list_stack, g_list_model_get_n_items (shown) > 0 ? "list" : "no-match");
}

static void
list_changed_cb (PlRisksPanel *self)
{
  update_counts (self);
  update_pages (self);
}

/* The widgets say what the user picked; the view state keeps it. */
static void
severity_toggled_cb (GtkToggleButton *button,
                     PlRisksPanel *self)
{
  PlViewState *view_state = pl_side_list_get_view_state (self->list);

  if (!self->syncing && view_state != NULL)
    pl_view_state_set_filter (view_state, PL_FILTER_SEVERITY, pl_filter_toggles_get_mask (self->severity_buttons, N_LEVELS));
  update_counts (self);
}

static void
category_selected_cb (PlRisksPanel *self)
{
  PlViewState *view_state = self->list != NULL ? pl_side_list_get_view_state (self->list) : NULL;

  if (!self->syncing && view_state != NULL)
    pl_view_state_set_filter (view_state, PL_FILTER_CATEGORY, pl_filter_dropdown_get_mask (self->category_dropdown));
}

static void
filters_changed_cb (PlRisksPanel *self)
{
  PlViewState *view_state = pl_side_list_get_view_state (self->list);
  guint levels = view_state != NULL ? pl_view_state_get_filter (view_state, PL_FILTER_SEVERITY) : 0;
  guint categories = view_state != NULL ? pl_view_state_get_filter (view_state, PL_FILTER_CATEGORY) : 0;

  self->syncing = TRUE;
  pl_filter_toggles_set_mask (self->severity_buttons, N_LEVELS, levels);
  pl_filter_dropdown_set_mask (self->category_dropdown, N_CATEGORIES, categories);
  self->syncing = FALSE;
  update_counts (self);
}

static void
clear_filters_cb (PlRisksPanel *self)
{
  pl_risks_panel_clear_filters (self);
}

/* A toggle per severity, in the order of the list: its name and a count. */
static void
add_severity_buttons (PlRisksPanel *self)
{
  for (int i = N_LEVELS - 1; i >= 0; i--)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *name = gtk_label_new (pl_level_get_label (i));
      GtkWidget *count = gtk_label_new ("0");
      GtkWidget *button = gtk_toggle_button_new ();
      g_autofree char *level_class = g_strdup_printf ("level-%s", pl_enum_to_nick (PL_TYPE_LEVEL, i));

      gtk_widget_add_css_class (count, "count");
      gtk_box_append (GTK_BOX (box), name);
      gtk_box_append (GTK_BOX (box), count);
      gtk_button_set_child (GTK_BUTTON (button), box);
      gtk_widget_add_css_class (button, "filter-toggle");
      /* The flow box spreads a line over its width; the buttons keep theirs. */
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, level_class);
      g_signal_connect (button, "toggled", G_CALLBACK (severity_toggled_cb), self);
      gtk_flow_box_append (self->severity_box, button);
      /* The button takes the focus, not the box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      self->severity_buttons[i] = GTK_TOGGLE_BUTTON (button);
      self->count_labels[i] = GTK_LABEL (count);
    }
}

static void
setup_category_dropdown (PlRisksPanel *self)
{
  g_autoptr (GtkStringList) categories = gtk_string_list_new (NULL);

  gtk_string_list_append (categories, _ ("All categories"));
  for (guint i = 0; i < N_CATEGORIES; i++)
    gtk_string_list_append (categories, pl_category_get_label (i));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  g_signal_connect_swapped (self->category_dropdown, "notify::selected", G_CALLBACK (category_selected_cb), self);
}

static void
pl_risks_panel_dispose (GObject *object)
{
  PlRisksPanel *self = PL_RISKS_PANEL (object);

  /* First: its filter reads the template's widgets. */
  if (self->list != NULL)
    {
      g_signal_handlers_disconnect_by_data (pl_side_list_get_model (self->list), self);
      g_signal_handlers_disconnect_by_data (self->list, self);
    }
  g_clear_object (&self->list);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_RISKS_PANEL);
  G_OBJECT_CLASS (pl_risks_panel_parent_class)->dispose (object);
}

static void
pl_risks_panel_get_property (GObject *object,
                             guint prop_id,
                             GValue *value,
                             GParamSpec *pspec)
{
  PlRisksPanel *self = PL_RISKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      g_value_set_object (value, pl_risks_panel_get_view_state (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_risks_panel_set_property (GObject *object,
                             guint prop_id,
                             const GValue *value,
                             GParamSpec *pspec)
{
  PlRisksPanel *self = PL_RISKS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      pl_risks_panel_set_view_state (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_risks_panel_class_init (PlRisksPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_risks_panel_dispose;
  object_class->get_property = pl_risks_panel_get_property;
  object_class->set_property = pl_risks_panel_set_property;

  /**
   * PlRisksPanel:view-state:
   *
   * The view state whose briefing is shown and whose selection the list
   * follows and sets.
   */
  properties[PROP_VIEW_STATE] =
      g_param_spec_object ("view-state", NULL, NULL, PL_TYPE_VIEW_STATE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  risks_info = side_list_info;
  risks_info.item_type = PL_TYPE_RISK;
  risks_info.row_type = PL_TYPE_RISK_ROW;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-risks-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PlRisksPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PlRisksPanel, list_stack);
  gtk_widget_class_bind_template_child (widget_class, PlRisksPanel, severity_box);
  gtk_widget_class_bind_template_child (widget_class, PlRisksPanel, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PlRisksPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "riskspanel");
}

static void
pl_risks_panel_init (PlRisksPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  add_severity_buttons (self);
  setup_category_dropdown (self);
  self->list = pl_side_list_new (self->list_view, &risks_info);
  g_signal_connect_object (self->list, "changed", G_CALLBACK (list_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pl_side_list_get_model (self->list), "items-changed", G_CALLBACK (update_pages),
                           self, G_CONNECT_SWAPPED);
  list_changed_cb (self);
}

/**
 * pl_risks_panel_new:
 *
 * Returns: (transfer full): a panel showing nothing until it has a view state
 */
GtkWidget *
pl_risks_panel_new (void)
{
  return g_object_new (PL_TYPE_RISKS_PANEL, NULL);
}

/**
 * pl_risks_panel_get_view_state:
 *
 * Returns: (transfer none) (nullable): the view state shown
 */
PlViewState *
pl_risks_panel_get_view_state (PlRisksPanel *self)
{
  g_return_val_if_fail (PL_IS_RISKS_PANEL (self), NULL);
  return pl_side_list_get_view_state (self->list);
}

/**
 * pl_risks_panel_set_view_state:
 * @view_state: (nullable): the view state to show and select in
 */
void
pl_risks_panel_set_view_state (PlRisksPanel *self,
                               PlViewState *view_state)
{
  g_return_if_fail (PL_IS_RISKS_PANEL (self));
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
 * pl_risks_panel_get_model:
 *
 * Returns: (transfer none): the risks listed: sorted by severity and
 *   likelihood, and filtered
 */
GListModel *
pl_risks_panel_get_model (PlRisksPanel *self)
{
  g_return_val_if_fail (PL_IS_RISKS_PANEL (self), NULL);
  return pl_side_list_get_model (self->list);
}

/**
 * pl_risks_panel_clear_filters:
 *
 * Lists every risk again: clears the view state's severity and category
 * filters.
 */
void
pl_risks_panel_clear_filters (PlRisksPanel *self)
{
  PlViewState *view_state;

  g_return_if_fail (PL_IS_RISKS_PANEL (self));

  view_state = pl_side_list_get_view_state (self->list);
  if (view_state != NULL)
    {
      pl_view_state_set_filter (view_state, PL_FILTER_SEVERITY, 0);
      pl_view_state_set_filter (view_state, PL_FILTER_CATEGORY, 0);
    }
  filters_changed_cb (self);
}

GtkListView *
_pl_risks_panel_get_list_view (PlRisksPanel *self)
{
  return self->list_view;
}

GtkToggleButton *
_pl_risks_panel_get_severity_button (PlRisksPanel *self,
                                     PlLevel severity)
{
  g_return_val_if_fail (severity < N_LEVELS, NULL);
  return self->severity_buttons[severity];
}

GtkDropDown *
_pl_risks_panel_get_category_dropdown (PlRisksPanel *self)
{
  return self->category_dropdown;
}

const char *
_pl_risks_panel_get_page (PlRisksPanel *self)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0)
    return "empty";
  return gtk_stack_get_visible_child_name (self->list_stack);
}
