/* pl-xml.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/**
 * PlXmlDoc:
 * @doc: the parsed tree
 * @file: the file name used in diagnostics
 *
 * A document parsed by pl_xml_doc_parse() or pl_xml_doc_parse_lenient(),
 * which remembers where each element starts in the file.
 */
typedef struct
{
  xmlDoc *doc;
  char *file;

  /*< private >*/
  GArray *positions;
} PlXmlDoc;

PlXmlDoc *pl_xml_doc_parse (const char *data,
                            gsize length,
                            const char *file,
                            GPtrArray *diagnostics,
                            GError **error);
PlXmlDoc *pl_xml_doc_parse_lenient (const char *data,
                                    gsize length,
                                    const char *file,
                                    GPtrArray *diagnostics,
                                    GError **error);
void pl_xml_doc_free (PlXmlDoc *self);
void pl_xml_doc_position (PlXmlDoc *self,
                          xmlNode *node,
                          guint *line,
                          guint *column);
gboolean pl_xml_doc_validate (PlXmlDoc *self,
                              const char *schema_resource,
                              GPtrArray *diagnostics,
                              GError **error);

gboolean pl_xml_is_element (xmlNode *node,
                            const char *ns,
                            const char *name);
char *pl_xml_dup_text (xmlNode *node);
char *pl_xml_dup_attribute (xmlNode *node,
                            const char *name);

void pl_xml_init (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlXmlDoc, pl_xml_doc_free)

G_END_DECLS
