/* pl-html.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/HTMLparser.h>

#include "pl-article.h"

G_BEGIN_DECLS

gboolean pl_html_sniff (const char *data,
                        gsize length);
xmlDoc *pl_html_parse (const char *data,
                       gsize length,
                       const char *display_name,
                       GPtrArray *diagnostics,
                       GError **error);
void pl_html_append_blocks (PlArticle *article,
                            xmlNode *node);
void pl_html_fragment_to_article (PlArticle *article,
                                  const char *html,
                                  gssize length);
PlArticle *pl_html_load (const char *data,
                         gsize length,
                         const char *display_name,
                         GPtrArray *diagnostics,
                         GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

G_END_DECLS
