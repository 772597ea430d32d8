/* pl-details-panel.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlDetailsPanel"

#include "config.h"

#include "pl-details-panel-private.h"

#include <glib/gi18n.h>

G_DEFINE_FINAL_TYPE (PlDetailsPanel, pl_details_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_VIEW_STATE,
  PROP_APPLY_EDITS,
  N_PROPS
};

enum
{
  EDIT_FIELD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void refresh (PlDetailsPanel *self);

/* The heading. */

static PlPhase *
find_phase_of (PlBriefing *briefing,
               PlItem *component)
{
  GListModel *phases;

  if (briefing == NULL)
    return NULL;
  phases = pl_briefing_get_phases (briefing);
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      GListModel *components = pl_phase_get_components (phase);

      for (guint j = 0; j < g_list_model_get_n_items (components); j++)
        {
          g_autoptr (PlItem) item = g_list_model_get_item (components, j);
          if (item == component)
            return phase;
        }
    }
  return NULL;
}

/* What kind of item is shown: "Phase 2", "Component of Ceasefire", … */
static char *
dup_heading (PlDetailsPanel *self)
{
  PlItem *item = self->item;

  if (PL_IS_PHASE (item))
    {
      guint index = pl_phase_get_index (PL_PHASE (item));
      /* Translators: the heading of a phase's details, as in “Phase 2” */
      return index > 0 ? g_strdup_printf (_ ("Phase %u"), index) : g_strdup (_ ("Phase"));
    }
  if (PL_IS_COMPONENT (item))
    {
      PlPhase *phase = find_phase_of (self->briefing, item);
      /* Translators: the heading of a component's details; %s is its phase's name */
      return phase ? g_strdup_printf (_ ("Component of %s"), pl_item_get_label (PL_ITEM (phase)))
                   : g_strdup (_ ("Component"));
    }
  if (PL_IS_REACTION (item))
    return g_strdup (_ ("Reaction"));
  if (PL_IS_RISK (item))
    return g_strdup (_ ("Risk"));
  if (PL_IS_EVENT (item))
    return g_strdup (_ ("Event"));
  if (PL_IS_SOURCE (item))
    return g_strdup (C_ ("kind of item", "Source"));
  return g_strdup (pl_item_get_kind_name (item));
}

/* Edits. */

void
_pl_details_panel_emit_edit (PlDetailsPanel *self,
                             const PlField *field,
                             const char *value)
{
  g_autoptr (PlItem) item = g_object_ref (self->item);
  g_autofree char *current = pl_item_dup_field_string (item, field);

  if (g_strcmp0 (current, value) == 0)
    return;
  g_signal_emit (self, signals[EDIT_FIELD], 0, item, field->name, value);
}

/* Callbacks. */

static void
item_changed_cb (PlDetailsPanel *self)
{
  refresh (self);
}

/* The evidence. */

static GtkWidget *
make_evidence_row (PlDetailsPanel *self,
                   const PlEvidence *evidence)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  PlSource *source = pl_briefing_lookup_source (self->briefing, evidence->source);
  const char *title = source ? pl_source_get_title (source) : NULL;
  g_autofree char *text = pl_briefing_dup_evidence_text (self->briefing, evidence);
  g_autofree char *quoted = NULL;
  GtkWidget *source_label, *text_label;

  if (title == NULL)
    title = source ? _ ("Untitled article") : _ ("An article not in this briefing");
  /* Translators: a quoted passage of an article */
  quoted = text ? g_strdup_printf (_ ("“%s”"), g_strstrip (text)) : g_strdup ("");

  source_label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (source_label), 0);
  gtk_label_set_wrap (GTK_LABEL (source_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (source_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (source_label, "caption");
  gtk_widget_add_css_class (source_label, "dim-label");
  text_label = gtk_label_new (quoted);
  gtk_label_set_xalign (GTK_LABEL (text_label), 0);
  gtk_label_set_wrap (GTK_LABEL (text_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text_label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_visible (text_label, text != NULL);

  gtk_box_append (GTK_BOX (box), source_label);
  gtk_box_append (GTK_BOX (box), text_label);
  return box;
}

static void
update_evidence (PlDetailsPanel *self)
{
  GtkWidget *child;
  guint n = self->item ? pl_item_get_n_evidence (self->item) : 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->evidence_box))) != NULL)
    gtk_box_remove (self->evidence_box, child);
  for (guint i = 0; i < n && self->briefing != NULL; i++)
    gtk_box_append (self->evidence_box, make_evidence_row (self, pl_item_get_evidence (self->item, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->no_evidence_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->evidence_box), n > 0);
}

/* Brings the form up to date with the item, keeping an edit in progress. */
static void
refresh (PlDetailsPanel *self)
{
  g_autofree char *heading = NULL;

  if (self->item == NULL)
    return;

  heading = dup_heading (self);
  gtk_label_set_label (self->heading_label, heading);
  _pl_details_form_load (self);
  update_evidence (self);
}

static void
set_briefing (PlDetailsPanel *self,
              PlBriefing *briefing)
{
  if (self->briefing == briefing)
    return;
  if (self->briefing != NULL)
    g_signal_handlers_disconnect_by_data (self->briefing, self);
  g_set_object (&self->briefing, briefing);
  if (briefing != NULL)
    g_signal_connect_object (briefing, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
is_in_briefing (PlDetailsPanel *self)
{
  const char *id = pl_item_get_id (self->item);

  if (self->briefing == NULL)
    return TRUE;
  return id != NULL && pl_briefing_lookup (self->briefing, id) == self->item;
}

static void
set_item (PlDetailsPanel *self,
          PlItem *item)
{
  if (self->item == item)
    return;

  /* What was typed into the last item is not lost by selecting another,
   * unless that item left the briefing. */
  if (self->item != NULL && is_in_briefing (self))
    pl_details_panel_commit (self);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  if (item != NULL)
    g_signal_connect_object (item, "changed", G_CALLBACK (item_changed_cb), self, G_CONNECT_SWAPPED);

  _pl_details_form_build (self);
  refresh (self);
  gtk_stack_set_visible_child_name (self->stack, item != NULL ? "item" : "empty");
}

static void
view_state_changed_cb (PlDetailsPanel *self)
{
  PlViewState *state = self->view_state;

  set_briefing (self, state ? pl_view_state_get_briefing (state) : NULL);
  set_item (self, state ? pl_view_state_get_selected (state) : NULL);
  /* A new briefing with the same item selected: its phases may differ. */
  refresh (self);
}

/* The default handler of "edit-field". */
static void
edit_field_default (PlDetailsPanel *self,
                    PlItem *item,
                    const char *field_name,
                    const char *value)
{
  const PlField *field;
  g_autoptr (GError) error = NULL;

  if (!self->apply_edits)
    return;
  field = pl_item_class_find_field (PL_ITEM_GET_CLASS (item), field_name);
  g_return_if_fail (field != NULL);
  if (!pl_item_set_field_string (item, field, value, &error))
    g_warning ("Could not set %s: %s", field_name, error->message);
}

/* Vfuncs. */

static void
pl_details_panel_dispose (GObject *object)
{
  PlDetailsPanel *self = PL_DETAILS_PANEL (object);

  self->building = TRUE;
  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  set_briefing (self, NULL);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  g_clear_object (&self->view_state);
  _pl_details_form_detach_rows (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_DETAILS_PANEL);
  G_OBJECT_CLASS (pl_details_panel_parent_class)->dispose (object);
}

static void
pl_details_panel_finalize (GObject *object)
{
  PlDetailsPanel *self = PL_DETAILS_PANEL (object);

  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (pl_details_panel_parent_class)->finalize (object);
}

static void
pl_details_panel_get_property (GObject *object,
                               guint prop_id,
                               GValue *value,
                               GParamSpec *pspec)
{
  PlDetailsPanel *self = PL_DETAILS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      g_value_set_object (value, self->view_state);
      break;

    case PROP_APPLY_EDITS:
      g_value_set_boolean (value, self->apply_edits);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_details_panel_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  PlDetailsPanel *self = PL_DETAILS_PANEL (object);

  switch (prop_id)
    {
    case PROP_VIEW_STATE:
      pl_details_panel_set_view_state (self, g_value_get_object (value));
      break;

    case PROP_APPLY_EDITS:
      pl_details_panel_set_apply_edits (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_details_panel_class_init (PlDetailsPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_details_panel_dispose;
  object_class->finalize = pl_details_panel_finalize;
  object_class->get_property = pl_details_panel_get_property;
  object_class->set_property = pl_details_panel_set_property;

  /**
   * PlDetailsPanel:view-state:
   *
   * The view state whose selected item is shown.
   */
  properties[PROP_VIEW_STATE] =
      g_param_spec_object ("view-state", NULL, NULL, PL_TYPE_VIEW_STATE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * PlDetailsPanel:apply-edits:
   *
   * Whether "edit-field", when no handler stops it, sets the field itself.
   * Off by default: the window applies edits through its undo history.
   */
  properties[PROP_APPLY_EDITS] =
      g_param_spec_boolean ("apply-edits", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlDetailsPanel::edit-field:
   * @item: the item edited
   * @field_name: the name of the field, as in its field table
   * @new_value: (nullable): the value in its saved text form, %NULL to clear it
   *
   * Emitted when the user changed a field, after checking the value. The
   * item is unchanged; the default handler sets the field when
   * #PlDetailsPanel:apply-edits is on.
   */
  signals[EDIT_FIELD] =
      g_signal_new_class_handler ("edit-field", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  G_CALLBACK (edit_field_default), NULL, NULL, NULL, G_TYPE_NONE, 3,
                                  PL_TYPE_ITEM, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-details-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, PlDetailsPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, PlDetailsPanel, heading_label);
  gtk_widget_class_bind_template_child (widget_class, PlDetailsPanel, form_box);
  gtk_widget_class_bind_template_child (widget_class, PlDetailsPanel, no_evidence_label);
  gtk_widget_class_bind_template_child (widget_class, PlDetailsPanel, evidence_box);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "detailspanel");
}

static void
pl_details_panel_init (PlDetailsPanel *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* Public API. */

/**
 * pl_details_panel_new:
 *
 * Returns: (transfer full): a panel showing nothing until it has a view state
 */
GtkWidget *
pl_details_panel_new (void)
{
  return g_object_new (PL_TYPE_DETAILS_PANEL, NULL);
}

/**
 * pl_details_panel_get_view_state:
 *
 * Returns: (transfer none) (nullable): the view state shown
 */
PlViewState *
pl_details_panel_get_view_state (PlDetailsPanel *self)
{
  g_return_val_if_fail (PL_IS_DETAILS_PANEL (self), NULL);
  return self->view_state;
}

/**
 * pl_details_panel_set_view_state:
 * @view_state: (nullable): the view state whose selection to show
 */
void
pl_details_panel_set_view_state (PlDetailsPanel *self,
                                 PlViewState *view_state)
{
  g_return_if_fail (PL_IS_DETAILS_PANEL (self));
  g_return_if_fail (view_state == NULL || PL_IS_VIEW_STATE (view_state));

  if (self->view_state == view_state)
    return;

  if (self->view_state != NULL)
    g_signal_handlers_disconnect_by_data (self->view_state, self);
  g_set_object (&self->view_state, view_state);
  if (view_state != NULL)
    {
      g_signal_connect_object (view_state, "notify::briefing", G_CALLBACK (view_state_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (view_state, "notify::selected", G_CALLBACK (view_state_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  view_state_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW_STATE]);
}

gboolean
pl_details_panel_get_apply_edits (PlDetailsPanel *self)
{
  g_return_val_if_fail (PL_IS_DETAILS_PANEL (self), FALSE);
  return self->apply_edits;
}

void
pl_details_panel_set_apply_edits (PlDetailsPanel *self,
                                  gboolean apply_edits)
{
  g_return_if_fail (PL_IS_DETAILS_PANEL (self));

  apply_edits = !!apply_edits;
  if (self->apply_edits == apply_edits)
    return;
  self->apply_edits = apply_edits;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLY_EDITS]);
}

/**
 * pl_details_panel_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown
 */
PlItem *
pl_details_panel_get_item (PlDetailsPanel *self)
{
  g_return_val_if_fail (PL_IS_DETAILS_PANEL (self), NULL);
  return self->item;
}


const char *
_pl_details_panel_get_page (PlDetailsPanel *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
_pl_details_panel_get_heading (PlDetailsPanel *self)
{
  return gtk_label_get_label (self->heading_label);
}

GtkWidget *
_pl_details_panel_get_evidence_box (PlDetailsPanel *self)
{
  return GTK_WIDGET (self->evidence_box);
}