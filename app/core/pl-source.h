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

/**
 * PlBlock:
 * @kind: what the block is
 * @level: for a heading 1 (top) to 6; for a list item its nesting depth
 *   from 1; otherwise 0
 * @start: offset of its first character in the source's text
 * @end: offset just past its last character
 *
 * One block of an article's main text, as the loader found it.
 */
typedef struct
{
  PlBlockKind kind;
  guint level;
  guint start;
  guint end;
} PlBlock;

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

const PlBlock *pl_source_get_blocks (PlSource *self,
                                     guint *n_blocks);
void pl_source_set_blocks (PlSource *self,
                           const PlBlock *blocks,
                           guint n_blocks);

gboolean pl_language_tag_is_valid (const char *text);
char *pl_language_tag_normalize (const char *text);

G_END_DECLS
