/* pl-item-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-item.h"

G_BEGIN_DECLS

/* Returns valid UTF-8 in which characters XML cannot hold are U+FFFD. */
char *_pl_sanitize_text (const char *text,
                         gssize length);

/* Stores a sanitized copy of @value in *@field; returns whether it changed. */
gboolean _pl_set_string (char **field,
                         const char *value);

/* Stores @value (unset when NULL) in *@field; returns whether it changed. */
gboolean _pl_set_date (PlDate *field,
                       const PlDate *value);

/* Returns NULL for a NULL, empty or blank text, else @value: every optional
 * text of the model is NULL when absent. */
const char *_pl_nonblank (const char *value);

/* For class_init of an item type: installs one property per field, with
 * property ids 1 … n_fields in table order, and generic accessors. */
void _pl_item_class_install_fields (PlItemClass *klass,
                                    const char *kind_name,
                                    const char *id_prefix,
                                    const PlField *fields,
                                    guint n_fields);

/* Setters behind the typed public API; @field_index is the table position. */
void _pl_item_set_string (PlItem *self,
                          guint field_index,
                          const char *value);
void _pl_item_set_enum (PlItem *self,
                        guint field_index,
                        int value);
void _pl_item_set_date (PlItem *self,
                        guint field_index,
                        const PlDate *value);
void _pl_item_set_ordinal (PlItem *self,
                           guint field_index,
                           guint value);

typedef struct _PlListWatch PlListWatch;

/* Calls @func (@user_data) whenever @model's membership changes or one of
 * its PlItems emits "changed". */
PlListWatch *_pl_list_watch_new (GListModel *model,
                                 GCallback func,
                                 gpointer user_data);
void _pl_list_watch_free (PlListWatch *watch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlListWatch, _pl_list_watch_free)

G_END_DECLS
