/* pl-component.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlComponent"

#include "config.h"

#include "pl-component.h"

#include "pl-enum-types.h"
#include "pl-item-private.h"

struct _PlComponent
{
  PlItem parent_instance;

  char *text; /* owned */
  PlCategory category;
  PlStatus status;
};

G_DEFINE_FINAL_TYPE (PlComponent, pl_component, PL_TYPE_ITEM)

enum
{
  FIELD_TEXT,
  FIELD_CATEGORY,
  FIELD_STATUS,
  N_FIELDS
};

static const PlField fields[N_FIELDS] = {
  [FIELD_TEXT] = { "text", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlComponent, text), .required = TRUE, .is_label = TRUE },
  [FIELD_CATEGORY] = { "category", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlComponent, category), pl_category_get_type, PL_CATEGORY_OTHER },
  [FIELD_STATUS] = { "status", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlComponent, status), pl_status_get_type, PL_STATUS_UNKNOWN },
};

static void
pl_component_class_init (PlComponentClass *klass)
{
  _pl_item_class_install_fields (PL_ITEM_CLASS (klass), "component", "c", fields, N_FIELDS);
}

static void
pl_component_init (PlComponent *self)
{
}

PlComponent *
pl_component_new (void)
{
  return g_object_new (PL_TYPE_COMPONENT, NULL);
}

const char *
pl_component_get_text (PlComponent *self)
{
  g_return_val_if_fail (PL_IS_COMPONENT (self), NULL);
  return self->text;
}

void
pl_component_set_text (PlComponent *self,
                       const char *text)
{
  g_return_if_fail (PL_IS_COMPONENT (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_TEXT, text);
}

PlCategory
pl_component_get_category (PlComponent *self)
{
  g_return_val_if_fail (PL_IS_COMPONENT (self), 0);
  return self->category;
}

void
pl_component_set_category (PlComponent *self,
                           PlCategory category)
{
  g_return_if_fail (PL_IS_COMPONENT (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_CATEGORY, category);
}

PlStatus
pl_component_get_status (PlComponent *self)
{
  g_return_val_if_fail (PL_IS_COMPONENT (self), 0);
  return self->status;
}

void
pl_component_set_status (PlComponent *self,
                         PlStatus status)
{
  g_return_if_fail (PL_IS_COMPONENT (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_STATUS, status);
}
