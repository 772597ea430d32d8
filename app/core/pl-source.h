/* pl-source.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-enums.h"
#include "pl-item.h"

G_BEGIN_DECLS

#define PL_TYPE_SOURCE (pl_source_get_type ())

/* One loaded article: its metadata and the full main text that evidence offsets point into. */
G_DECLARE_FINAL_TYPE (PlSource, pl_source, PL, SOURCE, PlItem)

PlSource *pl_source_new (void);
const char *pl_source_get_title (PlSource *self);
void pl_source_set_title (PlSource *self,
                          const char *title);
const char *pl_source_get_byline (PlSource *self);
void pl_source_set_byline (PlSource *self,
                           const char *byline);
const PlDate *pl_source_get_published (PlSource *self);
void pl_source_set_published (PlSource *self,
                              const PlDate *published);
const char *pl_source_get_site (PlSource *self);
void pl_source_set_site (PlSource *self,
                         const char *site);
const char *pl_source_get_url (PlSource *self);
void pl_source_set_url (PlSource *self,
                        const char *url);
const char *pl_source_get_file (PlSource *self);
void pl_source_set_file (PlSource *self,
                         const char *file);
const char *pl_source_get_language (PlSource *self);
void pl_source_set_language (PlSource *self,
                             const char *language);
const char *pl_source_get_text (PlSource *self);
void pl_source_set_text (PlSource *self,
                         const char *text);

guint pl_source_get_length (PlSource *self);
char *pl_source_dup_excerpt (PlSource *self,
                             guint start,
                             guint end);

G_END_DECLS
