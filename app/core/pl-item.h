/* pl-item.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "pl-date.h"
#include "pl-evidence.h"

G_BEGIN_DECLS

/**
 * PlFieldKind:
 * @PL_FIELD_STRING: a short text, one line
 * @PL_FIELD_TEXT: a long text that may hold several paragraphs
 * @PL_FIELD_ENUM: a value of a GEnum type, written as its nick
 * @PL_FIELD_DATE: a #PlDate, written in its text form
 * @PL_FIELD_ORDINAL: a counting number; 0 means unknown
 * @PL_FIELD_REF: the id of another item of the same briefing
 *
 * The kinds of field an item has. Serialisers and editors work from the
 * field table of each item class instead of from code per type.
 */
typedef enum
{
  PL_FIELD_STRING,
  PL_FIELD_TEXT,
  PL_FIELD_ENUM,
  PL_FIELD_DATE,
  PL_FIELD_ORDINAL,
  PL_FIELD_REF,
} PlFieldKind;

/**
 * PlField:
 * @name: the property name; also the XML name, and with "_" for "-" the JSON name
 * @kind: what the field holds
 * @offset: where the value lives in the instance struct
 * @get_enum_type: for %PL_FIELD_ENUM, the enum's get_type function
 * @default_value: for %PL_FIELD_ENUM, the value of a new item
 * @required: whether a saved item must have it
 * @is_label: whether the field is the item's label
 * @is_valid: for text fields, an optional check of values read from files
 * @expected: what @is_valid accepts, in words for an error message
 */
typedef struct
{
  const char *name;
  PlFieldKind kind;
  gsize offset;
  GType (*get_enum_type) (void);
  int default_value;
  guint required : 1;
  guint is_label : 1;
  gboolean (*is_valid) (const char *text);
  const char *expected;
} PlField;

gboolean pl_field_is_text (const PlField *field);

#define PL_TYPE_ITEM (pl_item_get_type ())

/* PlItem is derivable because six concrete types share its id, evidence,
 * change signal and field table: sources, phases, components, reactions,
 * risks and events. Views and the selection deal in PlItem. */
G_DECLARE_DERIVABLE_TYPE (PlItem, pl_item, PL, ITEM, GObject)

struct _PlItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  const char *kind_name;
  const char *id_prefix;
  const PlField *fields;
  guint n_fields;
  GParamSpec **field_pspecs;
  guint label_field;
};

const char *pl_item_get_id (PlItem *self);
void pl_item_set_id (PlItem *self,
                     const char *id);
const char *pl_item_get_label (PlItem *self);
const char *pl_item_get_id_prefix (PlItem *self);
const char *pl_item_get_kind_name (PlItem *self);

const PlField *pl_item_class_get_fields (PlItemClass *klass,
                                         guint *n_fields);
const PlField *pl_item_class_find_field (PlItemClass *klass,
                                         const char *name);
char *pl_item_dup_field_string (PlItem *self,
                                const PlField *field);
gboolean pl_item_set_field_string (PlItem *self,
                                   const PlField *field,
                                   const char *text,
                                   GError **error);
guint pl_item_get_field_ordinal (PlItem *self,
                                 const PlField *field);

guint pl_item_get_n_evidence (PlItem *self);
const PlEvidence *pl_item_get_evidence (PlItem *self,
                                        guint position);
void pl_item_add_evidence (PlItem *self,
                           const char *source,
                           guint start,
                           guint end);
void pl_item_remove_evidence (PlItem *self,
                              guint position);
void pl_item_clear_evidence (PlItem *self);
void pl_item_emit_changed (PlItem *self);

G_END_DECLS
