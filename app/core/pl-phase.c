/* pl-phase.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPhase"

#include "config.h"

#include "pl-phase.h"

#include "pl-component.h"

#include "pl-enum-types.h"
#include "pl-item-private.h"

struct _PlPhase
{
  PlItem parent_instance;

  guint index;
  char *name; /* owned */
  PlStatus status;
  PlDate start;
  PlDate end;
  char *summary; /* owned */
  char *parent;  /* owned */

  GListStore *components;        /* owned, of PlComponent */
  PlListWatch *components_watch; /* owned */
};

G_DEFINE_FINAL_TYPE (PlPhase, pl_phase, PL_TYPE_ITEM)

enum
{
  FIELD_INDEX,
  FIELD_NAME,
  FIELD_STATUS,
  FIELD_START,
  FIELD_END,
  FIELD_SUMMARY,
  FIELD_PARENT,
  N_FIELDS
};

static const PlField fields[N_FIELDS] = {
  [FIELD_INDEX] = { "index", PL_FIELD_ORDINAL, G_STRUCT_OFFSET (PlPhase, index) },
  [FIELD_NAME] = { "name", PL_FIELD_STRING, G_STRUCT_OFFSET (PlPhase, name), .required = TRUE, .is_label = TRUE },
  [FIELD_STATUS] = { "status", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlPhase, status), pl_status_get_type, PL_STATUS_UNKNOWN },
  [FIELD_START] = { "start", PL_FIELD_DATE, G_STRUCT_OFFSET (PlPhase, start) },
  [FIELD_END] = { "end", PL_FIELD_DATE, G_STRUCT_OFFSET (PlPhase, end) },
  [FIELD_SUMMARY] = { "summary", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlPhase, summary) },
  [FIELD_PARENT] = { "parent", PL_FIELD_REF, G_STRUCT_OFFSET (PlPhase, parent) },
};

static void
components_changed_cb (gpointer user_data)
{
  pl_item_emit_changed (PL_ITEM (user_data));
}

static void
pl_phase_dispose (GObject *object)
{
  PlPhase *self = PL_PHASE (object);

  g_clear_pointer (&self->components_watch, _pl_list_watch_free);
  if (self->components != NULL)
    g_list_store_remove_all (self->components);
  g_clear_object (&self->components);
  G_OBJECT_CLASS (pl_phase_parent_class)->dispose (object);
}

static void
pl_phase_class_init (PlPhaseClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = pl_phase_dispose;
  _pl_item_class_install_fields (PL_ITEM_CLASS (klass), "phase", "p", fields, N_FIELDS);
}

static void
pl_phase_init (PlPhase *self)
{
  self->components = g_list_store_new (PL_TYPE_COMPONENT);
  self->components_watch = _pl_list_watch_new (G_LIST_MODEL (self->components),
                                               G_CALLBACK (components_changed_cb), self);
}

PlPhase *
pl_phase_new (void)
{
  return g_object_new (PL_TYPE_PHASE, NULL);
}

guint
pl_phase_get_index (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), 0);
  return self->index;
}

void
pl_phase_set_index (PlPhase *self,
                    guint index)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_ordinal (PL_ITEM (self), FIELD_INDEX, index);
}

const char *
pl_phase_get_name (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), NULL);
  return self->name;
}

void
pl_phase_set_name (PlPhase *self,
                   const char *name)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_NAME, name);
}

PlStatus
pl_phase_get_status (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), 0);
  return self->status;
}

void
pl_phase_set_status (PlPhase *self,
                     PlStatus status)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_STATUS, status);
}

const PlDate *
pl_phase_get_start (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), NULL);
  return &self->start;
}

void
pl_phase_set_start (PlPhase *self,
                    const PlDate *start)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_date (PL_ITEM (self), FIELD_START, start);
}

const PlDate *
pl_phase_get_end (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), NULL);
  return &self->end;
}

void
pl_phase_set_end (PlPhase *self,
                  const PlDate *end)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_date (PL_ITEM (self), FIELD_END, end);
}

const char *
pl_phase_get_summary (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), NULL);
  return self->summary;
}

void
pl_phase_set_summary (PlPhase *self,
                      const char *summary)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_SUMMARY, summary);
}

const char *
pl_phase_get_parent (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), NULL);
  return self->parent;
}

void
pl_phase_set_parent (PlPhase *self,
                     const char *parent)
{
  g_return_if_fail (PL_IS_PHASE (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_PARENT, parent);
}

/**
 * pl_phase_get_components:
 *
 * Returns: (transfer none): the components, a #GListModel of #PlComponent
 */
GListModel *
pl_phase_get_components (PlPhase *self)
{
  g_return_val_if_fail (PL_IS_PHASE (self), NULL);
  return G_LIST_MODEL (self->components);
}

void
pl_phase_add_component (PlPhase *self,
                        PlComponent *component)
{
  g_return_if_fail (PL_IS_PHASE (self));
  g_return_if_fail (PL_IS_COMPONENT (component));
  g_list_store_append (self->components, component);
}

void
pl_phase_insert_component (PlPhase *self,
                           guint position,
                           PlComponent *component)
{
  g_return_if_fail (PL_IS_PHASE (self));
  g_return_if_fail (PL_IS_COMPONENT (component));
  g_list_store_insert (self->components, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->components))), component);
}

/**
 * pl_phase_remove_component:
 *
 * Returns: whether @component was one of the phase's components
 */
gboolean
pl_phase_remove_component (PlPhase *self,
                           PlComponent *component)
{
  guint position;

  g_return_val_if_fail (PL_IS_PHASE (self), FALSE);
  if (!g_list_store_find (self->components, component, &position))
    return FALSE;
  g_list_store_remove (self->components, position);
  return TRUE;
}
