/* pl-article.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-source.h"

G_BEGIN_DECLS

/**
 * PlArticle:
 * @title: the headline, without the site's name
 * @subtitle: the dek or standfirst
 * @byline: the author or authors, without "By"
 * @site: the publication's name
 * @language: a BCP 47 language tag
 * @url: where the article was published
 * @file: the file it was read from, as the user named it
 * @published: when it was published
 *
 * What a loader makes of one article: metadata and the main text as a
 * sequence of blocks. Build the text with pl_article_add_block(); the
 * metadata fields are plain and owned (set them with g_free()/g_strdup()
 * or pl_article_set_field()).
 */
typedef struct
{
  char *title;
  char *subtitle;
  char *byline;
  char *site;
  char *language;
  char *url;
  char *file;
  PlDate published;

  /*< private >*/
  GString *text;
  GArray *blocks;
  guint length;
} PlArticle;

PlArticle *pl_article_new (void);
void pl_article_free (PlArticle *self);
void pl_article_set_field (char **field,
                           const char *value);
void pl_article_add_block (PlArticle *self,
                           PlBlockKind kind,
                           guint level,
                           const char *text,
                           gssize length);
const char *pl_article_get_text (PlArticle *self);
guint pl_article_get_length (PlArticle *self);
const PlBlock *pl_article_get_blocks (PlArticle *self,
                                      guint *n_blocks);
PlSource *pl_article_to_source (PlArticle *self);

char *pl_text_normalize_space (const char *text,
                               gssize length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlArticle, pl_article_free)

G_END_DECLS
