/* pl-phase-row.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPhaseRow"

#include "config.h"

#include "pl-phase-row.h"

#include <glib/gi18n.h>

#include "pl-enum-types.h"
#include "pl-item-menu.h"
#include "pl-labels.h"
#include "pl-phase.h"

struct _PlPhaseRow
{
  PlItemRow parent_instance;

  /* Template widgets */
  GtkWidget *card;
  GtkLabel *index_label;
  GtkLabel *dates_label;
  GtkLabel *status_label;
  GtkLabel *name_label;
  GtkLabel *summary_label;
  GtkListBox *components_list;

  /* The item selected in the view state; only compared, never followed */
  PlItem *selected;
};

G_DEFINE_FINAL_TYPE (PlPhaseRow, pl_phase_row, PL_TYPE_ITEM_ROW)

static void pl_phase_row_show_selected (PlItemRow *row,
                                        PlItem *selected);

/* Sets a label's text, hiding it when there is none. */
static void
set_optional_text (GtkLabel *label,
                   const char *text)
{
  gboolean has_text = text != NULL && *text != '\0';

  gtk_label_set_label (label, has_text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), has_text);
}

static GtkWidget *
create_status_dot (PlStatus status)
{
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *status_class =
      g_strdup_printf ("status-%s", pl_enum_to_nick (PL_TYPE_STATUS, status));

  gtk_widget_set_css_classes (dot, (const char *[]){ "status-dot", status_class, NULL });
  gtk_widget_set_valign (dot, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (dot, pl_status_get_label (status));
  return dot;
}

/* A screen reader reads the component's words, then its status and
 * category, which the row shows as a dot and a tag. */
static void
describe_component (GtkWidget *row,
                    PlComponent *component)
{
  g_autofree char *description = NULL;
  const char *text = pl_component_get_text (component);

  /* Translators: read by a screen reader after a component of a phase:
   * its status and its category, as in “Planned. Security.” */
  description = g_strdup_printf (_ ("%s. %s."), pl_status_get_label (pl_component_get_status (component)),
                                 pl_category_get_label (pl_component_get_category (component)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text != NULL ? text : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* Components are few and change rarely: rows are rebuilt on any change. */
static GtkWidget *
create_component_row (gpointer item,
                      gpointer user_data)
{
  PlComponent *component = PL_COMPONENT (item);
  PlCategory category = pl_component_get_category (component);
  PlStatus status = pl_component_get_status (component);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_label_new (pl_component_get_text (component));
  GtkWidget *tag = gtk_label_new (NULL);

  pl_label_follow_text (GTK_LABEL (text));
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_hexpand (text, TRUE);

  pl_label_set_tag (GTK_LABEL (tag), pl_category_get_label (category), "category",
                    PL_TYPE_CATEGORY, category);
  gtk_widget_set_valign (tag, GTK_ALIGN_START);
  gtk_widget_set_visible (tag, category != PL_CATEGORY_OTHER);

  gtk_box_append (GTK_BOX (box), create_status_dot (status));
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), tag);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  /* Clicking a component, or Enter on it, selects it everywhere. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  pl_item_widget_set_item (row, PL_ITEM (component));
  describe_component (row, component);
  return row;
}

static void
update_index (PlPhaseRow *self,
              PlPhase *phase)
{
  g_autofree char *index = NULL;

  /* Index 0 means the article does not number the phase. */
  if (pl_phase_get_index (phase) > 0)
    /* Translators: the number of a phase of the plan, as in “Phase 2” */
    index = g_strdup_printf (_ ("Phase %u"), pl_phase_get_index (phase));
  set_optional_text (self->index_label, index);
}

/* One name for a screen reader, “Phase 2: Name”, and the status, dates
 * and number of components as the description. */
static void
update_accessible (PlPhaseRow *self,
                   PlPhase *phase)
{
  guint n = g_list_model_get_n_items (pl_phase_get_components (phase));
  const char *index = gtk_label_get_label (self->index_label);
  const char *name = gtk_label_get_label (self->name_label);
  const char *dates = gtk_label_get_label (self->dates_label);
  g_autofree char *label = NULL;
  g_autofree char *components = NULL;
  g_autofree char *description = NULL;

  if (*index != '\0')
    /* Translators: read by a screen reader for a phase, as in “Phase 2: Rebuilding” */
    label = g_strdup_printf (_ ("%s: %s"), index, name);
  components = g_strdup_printf (ngettext ("%u component", "%u components", n), n);
  description = g_strjoin (". ", pl_status_get_label (pl_phase_get_status (phase)),
                           *dates != '\0' ? dates : components, *dates != '\0' ? components : NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
pl_phase_row_update (PlItemRow *row,
                     PlItem *item)
{
  PlPhaseRow *self = PL_PHASE_ROW (row);
  PlPhase *phase = item != NULL ? PL_PHASE (item) : NULL;
  g_autofree char *dates = NULL;
  const char *name;

  if (phase == NULL)
    {
      gtk_list_box_bind_model (self->components_list, NULL, NULL, NULL, NULL);
      return;
    }

  update_index (self, phase);
  dates = pl_date_range_format (pl_phase_get_start (phase), pl_phase_get_end (phase));
  set_optional_text (self->dates_label, dates);
  pl_label_set_tag (self->status_label, pl_status_get_label (pl_phase_get_status (phase)),
                    "status", PL_TYPE_STATUS, pl_phase_get_status (phase));

  name = pl_phase_get_name (phase);
  gtk_label_set_label (self->name_label, name != NULL && *name != '\0' ? name : _ ("Unnamed phase"));
  pl_label_follow_text (self->name_label);
  set_optional_text (self->summary_label, pl_phase_get_summary (phase));
  pl_label_follow_text (self->summary_label);

  gtk_list_box_bind_model (self->components_list, pl_phase_get_components (phase),
                           create_component_row, NULL, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->components_list),
                          g_list_model_get_n_items (pl_phase_get_components (phase)) > 0);
  update_accessible (self, phase);
  pl_phase_row_show_selected (row, self->selected);
}

static void
component_activated_cb (PlPhaseRow *self,
                        GtkListBoxRow *row)
{
  PlItem *component = pl_item_widget_get_item (GTK_WIDGET (row));

  if (component != NULL)
    pl_item_row_select_item (PL_ITEM_ROW (self), component);
}

/* The selected component is marked; the list box's own selection would
 * also follow the keyboard focus, which does not select. */
static void
pl_phase_row_show_selected (PlItemRow *row,
                            PlItem *selected)
{
  PlPhaseRow *self = PL_PHASE_ROW (row);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->components_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gboolean is_selected = selected != NULL && pl_item_widget_get_item (child) == selected;

      if (is_selected)
        gtk_widget_add_css_class (child, "selected-component");
      else
        gtk_widget_remove_css_class (child, "selected-component");
      if (GTK_IS_ACCESSIBLE (child))
        gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_SELECTED, is_selected, -1);
    }
  self->selected = selected;
}

static void
pl_phase_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PL_TYPE_PHASE_ROW);
  G_OBJECT_CLASS (pl_phase_row_parent_class)->dispose (object);
}

static void
pl_phase_row_class_init (PlPhaseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlItemRowClass *row_class = PL_ITEM_ROW_CLASS (klass);

  object_class->dispose = pl_phase_row_dispose;
  row_class->update = pl_phase_row_update;
  row_class->show_selected = pl_phase_row_show_selected;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-phase-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, card);
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, index_label);
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, dates_label);
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, PlPhaseRow, components_list);
  gtk_widget_class_bind_template_callback (widget_class, component_activated_cb);
  gtk_widget_class_set_css_name (widget_class, "phaserow");
}

/* A click on the phase outside its components selects the phase, also
 * when the list already shows it selected for one of its components. */
static void
released_cb (GtkGestureClick *gesture,
             int n_press,
             double x,
             double y,
             PlPhaseRow *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);
  PlItem *phase = pl_item_row_get_item (PL_ITEM_ROW (self));

  if (phase == NULL || (picked != NULL && gtk_widget_is_ancestor (picked, GTK_WIDGET (self->components_list))))
    return;
  pl_item_row_select_item (PL_ITEM_ROW (self), phase);
}

static void
pl_phase_row_init (PlPhaseRow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
