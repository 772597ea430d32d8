/* pl-xml-private.h: what the strict and the lenient XML parsers share.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/parser.h>

#include "pl-diagnostic.h"
#include "pl-xml.h"

G_BEGIN_DECLS

/* Where an element's start tag is: PlXmlDoc's positions hold these, and
 * an element's _private is its index there plus one. */
typedef struct
{
  guint line;
  guint column;
} Position;

/* What the parser callbacks keep, in ctxt->_private; the lenient parser
 * embeds it as the first member of its own state. */
typedef struct
{
  const char *file;       /* borrowed */
  GPtrArray *diagnostics; /* borrowed, nullable */
  PlXmlDoc *doc;          /* borrowed */
  guint n_errors;
  guint n_reported;
  gboolean forbidden;
  char *first_error; /* owned, formatted */
  startElementNsSAX2Func default_start_element;
  gboolean has_anchor; /* the last start tag's place is known: */
  gsize anchor;        /* its offset in the input */
  guint anchor_column; /* and its column */
} ParseState;

void _pl_xml_report (ParseState *state,
                     PlSeverity severity,
                     guint line,
                     guint column,
                     const char *message);
char *_pl_xml_clean_message (const char *message);
void _pl_xml_start_element_cb (void *ctx,
                               const xmlChar *localname,
                               const xmlChar *prefix,
                               const xmlChar *uri,
                               int nb_namespaces,
                               const xmlChar **namespaces,
                               int nb_attributes,
                               int nb_defaulted,
                               const xmlChar **attributes);

G_END_DECLS
