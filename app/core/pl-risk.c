/* pl-risk.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlRisk"

#include "config.h"

#include "pl-risk.h"

#include "pl-enum-types.h"
#include "pl-item-private.h"

struct _PlRisk
{
  PlItem parent_instance;

  char *text; /* owned */
  PlCategory category;
  PlLevel likelihood;
  PlLevel severity;
};

G_DEFINE_FINAL_TYPE (PlRisk, pl_risk, PL_TYPE_ITEM)

enum
{
  FIELD_TEXT,
  FIELD_CATEGORY,
  FIELD_LIKELIHOOD,
  FIELD_SEVERITY,
  N_FIELDS
};

static const PlField fields[N_FIELDS] = {
  [FIELD_TEXT] = { "text", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlRisk, text), .required = TRUE, .is_label = TRUE },
  [FIELD_CATEGORY] = { "category", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlRisk, category), pl_category_get_type, PL_CATEGORY_OTHER },
  [FIELD_LIKELIHOOD] = { "likelihood", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlRisk, likelihood), pl_level_get_type, PL_LEVEL_MEDIUM },
  [FIELD_SEVERITY] = { "severity", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlRisk, severity), pl_level_get_type, PL_LEVEL_MEDIUM },
};

static void
pl_risk_class_init (PlRiskClass *klass)
{
  _pl_item_class_install_fields (PL_ITEM_CLASS (klass), "risk", "k", fields, N_FIELDS);
}

static void
pl_risk_init (PlRisk *self)
{
}

PlRisk *
pl_risk_new (void)
{
  return g_object_new (PL_TYPE_RISK, NULL);
}

const char *
pl_risk_get_text (PlRisk *self)
{
  g_return_val_if_fail (PL_IS_RISK (self), NULL);
  return self->text;
}

void
pl_risk_set_text (PlRisk *self,
                  const char *text)
{
  g_return_if_fail (PL_IS_RISK (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_TEXT, text);
}

PlCategory
pl_risk_get_category (PlRisk *self)
{
  g_return_val_if_fail (PL_IS_RISK (self), 0);
  return self->category;
}

void
pl_risk_set_category (PlRisk *self,
                      PlCategory category)
{
  g_return_if_fail (PL_IS_RISK (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_CATEGORY, category);
}

PlLevel
pl_risk_get_likelihood (PlRisk *self)
{
  g_return_val_if_fail (PL_IS_RISK (self), 0);
  return self->likelihood;
}

void
pl_risk_set_likelihood (PlRisk *self,
                        PlLevel likelihood)
{
  g_return_if_fail (PL_IS_RISK (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_LIKELIHOOD, likelihood);
}

PlLevel
pl_risk_get_severity (PlRisk *self)
{
  g_return_val_if_fail (PL_IS_RISK (self), 0);
  return self->severity;
}

void
pl_risk_set_severity (PlRisk *self,
                      PlLevel severity)
{
  g_return_if_fail (PL_IS_RISK (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_SEVERITY, severity);
}
