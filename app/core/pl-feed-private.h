/* pl-feed-private.h: what the feed reader's parts share.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "pl-article.h"
#include "pl-xml.h"

G_BEGIN_DECLS

/* The vocabularies a feed's elements come from, whatever their prefix. */
typedef enum
{
  VOCAB_OTHER,
  VOCAB_NATIVE, /* in a lookup: the feed's own (RSS or Atom) */
  VOCAB_PLAIN,  /* no namespace */
  VOCAB_RSS,
  VOCAB_ATOM,
  VOCAB_RDF,
  VOCAB_CONTENT,
  VOCAB_DC,
  VOCAB_XHTML,
  VOCAB_MEDIA,
  VOCAB_ITUNES,
} Vocabulary;

typedef enum
{
  FORMAT_RSS,
  FORMAT_ATOM,
} Format;

/* A feed being read. */
typedef struct
{
  PlXmlDoc *doc;          /* borrowed */
  const char *file;       /* borrowed: the display name */
  GPtrArray *diagnostics; /* borrowed, nullable */
  GPtrArray *articles;    /* borrowed: where the items go */
  Format format;
  gboolean plain_atom; /* an Atom feed that forgot its namespace */
  char *site;          /* owned: the feed's title */
  char *language;      /* owned: the feed's language */
  char *base;          /* owned: the absolute URL relative links resolve against */
  char *author;        /* owned: the feed's author, which Atom entries inherit */
  char *basename;      /* owned: the file's name, for the articles */
  guint n_skipped;
  gboolean warned_date;
  gboolean warned_limit;
} Feed;

/* Elements (pl-feed.c) */
Vocabulary _pl_feed_vocabulary_of (xmlNode *node);
gboolean _pl_feed_is_element (Feed *feed,
                              xmlNode *node,
                              Vocabulary vocabulary,
                              const char *name);
xmlNode *_pl_feed_find_child (Feed *feed,
                              xmlNode *parent,
                              Vocabulary vocabulary,
                              const char *name);
char *_pl_feed_dup_text (xmlNode *node);
char *_pl_feed_dup_attribute (xmlNode *node,
                              const char *name);

/* Text (pl-feed-text.c) */
char *_pl_feed_read_line (Feed *feed,
                          xmlNode *node);
char *_pl_feed_item_title (Feed *feed,
                           xmlNode *item);
void _pl_feed_read_main_text (Feed *feed,
                              xmlNode *item,
                              PlArticle *article);

G_END_DECLS
