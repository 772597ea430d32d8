/* pl-event.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlEvent"

#include "config.h"

#include "pl-event.h"

#include "pl-enum-types.h"
#include "pl-item-private.h"

struct _PlEvent
{
  PlItem parent_instance;

  PlDate date;
  char *text;  /* owned */
  char *phase; /* owned */
};

G_DEFINE_FINAL_TYPE (PlEvent, pl_event, PL_TYPE_ITEM)

enum
{
  FIELD_DATE,
  FIELD_TEXT,
  FIELD_PHASE,
  N_FIELDS
};

static const PlField fields[N_FIELDS] = {
  [FIELD_DATE] = { "date", PL_FIELD_DATE, G_STRUCT_OFFSET (PlEvent, date) },
  [FIELD_TEXT] = { "text", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlEvent, text), .required = TRUE, .is_label = TRUE },
  [FIELD_PHASE] = { "phase", PL_FIELD_REF, G_STRUCT_OFFSET (PlEvent, phase) },
};

static void
pl_event_class_init (PlEventClass *klass)
{
  _pl_item_class_install_fields (PL_ITEM_CLASS (klass), "event", "e", fields, N_FIELDS);
}

static void
pl_event_init (PlEvent *self)
{
}

PlEvent *
pl_event_new (void)
{
  return g_object_new (PL_TYPE_EVENT, NULL);
}

const PlDate *
pl_event_get_date (PlEvent *self)
{
  g_return_val_if_fail (PL_IS_EVENT (self), NULL);
  return &self->date;
}

void
pl_event_set_date (PlEvent *self,
                   const PlDate *date)
{
  g_return_if_fail (PL_IS_EVENT (self));
  _pl_item_set_date (PL_ITEM (self), FIELD_DATE, date);
}

const char *
pl_event_get_text (PlEvent *self)
{
  g_return_val_if_fail (PL_IS_EVENT (self), NULL);
  return self->text;
}

void
pl_event_set_text (PlEvent *self,
                   const char *text)
{
  g_return_if_fail (PL_IS_EVENT (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_TEXT, text);
}

const char *
pl_event_get_phase (PlEvent *self)
{
  g_return_val_if_fail (PL_IS_EVENT (self), NULL);
  return self->phase;
}

void
pl_event_set_phase (PlEvent *self,
                    const char *phase)
{
  g_return_if_fail (PL_IS_EVENT (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_PHASE, phase);
}
