/* pl-xml.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlXml"

#include "config.h"

#include "pl-xml.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/SAX2.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-xml-private.h"

/* Past this many problems in one file the rest are noise. */
#define MAX_DIAGNOSTICS 50

/* Adds a problem to the diagnostics, up to MAX_DIAGNOSTICS of them, and
 * counts errors, keeping the first, formatted, for the GError. */
void
_pl_xml_report (ParseState *state,
                PlSeverity severity,
                guint line,
                guint column,
                const char *message)
{
  g_autoptr (PlDiagnostic) d = pl_diagnostic_new (severity, state->file, line, column, message);

  if (severity == PL_SEVERITY_ERROR)
    {
      state->n_errors++;
      if (state->first_error == NULL)
        state->first_error = pl_diagnostic_format (d);
    }
  if (state->diagnostics != NULL && state->n_reported < MAX_DIAGNOSTICS)
    {
      g_ptr_array_add (state->diagnostics, g_steal_pointer (&d));
      state->n_reported++;
    }
}

/* Longer messages quote hostile names at length: cut them. */
#define MAX_MESSAGE_CHARS 240

/* libxml2's messages end in a newline, sometimes carry details on a second
 * line, and are not always valid UTF-8: make them one clean line. */
char *
_pl_xml_clean_message (const char *message)
{
  g_autofree char *text = g_utf8_make_valid (message ? message : _ ("unknown error"), -1);

  g_strdelimit (g_strstrip (text), "\n\r\t", ' ');
  if (g_utf8_strlen (text, -1) > MAX_MESSAGE_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (text, 0, MAX_MESSAGE_CHARS);
      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&text);
}

static void
structured_error_cb (void *user_data,
                     xmlError *error)
{
  xmlParserCtxt *ctxt = user_data;
  ParseState *state = ctxt->_private;
  g_autofree char *message = NULL;

  /* After a refused DOCTYPE libxml2 only reports that we stopped it. */
  if (state->forbidden || error->code == XML_ERR_USER_STOP)
    return;

  if (error->code == XML_ERR_INVALID_CHAR && error->message != NULL &&
      strstr (error->message, "UTF-8") != NULL)
    message = g_strdup (_ ("the text is not valid UTF-8 here: save the file as UTF-8, "
                           "or name its encoding in the XML declaration"));
  else
    message = _pl_xml_clean_message (error->message);
  _pl_xml_report (state, error->level == XML_ERR_WARNING ? PL_SEVERITY_WARNING : PL_SEVERITY_ERROR,
                  error->line > 0 ? (guint) error->line : 0, error->int2 > 0 ? (guint) error->int2 : 0,
                  message);
}

/* A briefing never needs a DTD, and every XML bomb and external-entity
 * attack needs one: refuse the document as soon as a DOCTYPE appears,
 * before any entity is declared, let alone expanded or fetched. */
static void
internal_subset_cb (void *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  _pl_xml_report (state, PL_SEVERITY_ERROR, (guint) ctxt->input->line, 1,
                  _ ("a document type declaration (<!DOCTYPE …>) is not allowed: it could declare "
                     "entities that expand without limit or fetch other files"));
  state->forbidden = TRUE;
  xmlStopParser (ctxt);
}

/* Finds where the start tag that was just read begins: libxml2 keeps
 * only a line number per element, and we want to name the column too.
 * Columns are counted from the previous start tag when it is on the same
 * line, so that a document written on one long line stays linear. */
static Position
start_tag_position (ParseState *state,
                    xmlParserCtxt *ctxt)
{
  const xmlChar *base = ctxt->input->base;
  const xmlChar *p = ctxt->input->cur;
  gsize consumed = (gsize) ctxt->input->consumed;
  Position pos = { (guint) MAX (ctxt->input->line, 1), 1 };

  while (p > base && *p != '<')
    {
      p--;
      if (*p == '\n' && pos.line > 1)
        pos.line--;
    }
  for (const xmlChar *q = p; q > base && q[-1] != '\n'; q--)
    {
      if (state->has_anchor && consumed + (gsize) (q - base) == state->anchor)
        {
          pos.column += state->anchor_column - 1;
          break;
        }
      if ((q[-1] & 0xC0) != 0x80)
        pos.column++;
    }
  state->has_anchor = TRUE;
  state->anchor = consumed + (gsize) (p - base);
  state->anchor_column = pos.column;
  return pos;
}

/* Records where each element starts, in its _private, then builds it as
 * libxml2 would. */
void
_pl_xml_start_element_cb (void *ctx,
                          const xmlChar *localname,
                          const xmlChar *prefix,
                          const xmlChar *uri,
                          int nb_namespaces,
                          const xmlChar **namespaces,
                          int nb_attributes,
                          int nb_defaulted,
                          const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;
  Position pos = start_tag_position (state, ctxt);

  state->default_start_element (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                                nb_attributes, nb_defaulted, attributes);
  if (ctxt->node != NULL && ctxt->node->_private == NULL)
    {
      g_array_append_val (state->doc->positions, pos);
      ctxt->node->_private = GUINT_TO_POINTER (state->doc->positions->len);
    }
}

static void
set_error_from_state (GError **error,
                      ParseState *state,
                      PlError code)
{
  if (state->first_error != NULL)
    g_set_error_literal (error, PL_ERROR, code, state->first_error);
  else
    g_set_error (error, PL_ERROR, code, _ ("%s: not a well-formed XML document"), state->file);
}

void
pl_xml_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

/**
 * pl_xml_doc_parse:
 * @data: the document
 * @length: its length in bytes
 * @file: the file name for diagnostics
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Parses XML safely: nothing is fetched from the network or the disk,
 * DOCTYPEs (and with them all entity declarations) are refused, and
 * libxml2's limits on text, names and depth stay on.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL when it is
 *   not well-formed or was refused
 */
PlXmlDoc *
pl_xml_doc_parse (const char *data,
                  gsize length,
                  const char *file,
                  GPtrArray *diagnostics,
                  GError **error)
{
  g_autoptr (PlXmlDoc) self = NULL;
  xmlParserCtxt *ctxt;
  ParseState state = { 0 };
  gboolean ok;

  g_return_val_if_fail (data != NULL, NULL);

  pl_xml_init ();
  if (length > G_MAXINT)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_TOO_LARGE, _ ("%s: is too large to open"), file);
      return NULL;
    }

  self = g_new0 (PlXmlDoc, 1);
  self->file = g_strdup (file);
  self->positions = g_array_new (FALSE, FALSE, sizeof (Position));

  ctxt = xmlCreateMemoryParserCtxt (data, (int) length);
  if (ctxt == NULL)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_IO, _ ("%s: out of memory"), file);
      return NULL;
    }

  state.file = file;
  state.diagnostics = diagnostics;
  state.doc = self;
  state.default_start_element = ctxt->sax->startElementNs;
  ctxt->_private = &state;
  ctxt->sax->startElementNs = _pl_xml_start_element_cb;
  ctxt->sax->internalSubset = internal_subset_cb;
  ctxt->sax->serror = structured_error_cb;
  ctxt->sax->error = NULL;
  ctxt->sax->warning = NULL;
  ctxt->sax->fatalError = NULL;
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES |
                               XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  xmlParseDocument (ctxt);
  ok = ctxt->wellFormed && !state.forbidden && state.n_errors == 0 && ctxt->myDoc != NULL;
  self->doc = ctxt->myDoc;
  ctxt->myDoc = NULL;
  xmlFreeParserCtxt (ctxt);

  if (!ok)
    {
      set_error_from_state (error, &state, state.forbidden ? PL_ERROR_FORBIDDEN : PL_ERROR_SYNTAX);
      g_free (state.first_error);
      return NULL;
    }
  g_free (state.first_error);
  return g_steal_pointer (&self);
}

void
pl_xml_doc_free (PlXmlDoc *self)
{
  if (self == NULL)
    return;
  if (self->doc != NULL)
    xmlFreeDoc (self->doc);
  g_free (self->file);
  g_array_unref (self->positions);
  g_free (self);
}

/**
 * pl_xml_doc_position:
 * @node: (nullable): an element of @self, or any node within one
 * @line: (out): its 1-based line, 0 when unknown
 * @column: (out): the 1-based column of its start tag, 0 when unknown
 */
void
pl_xml_doc_position (PlXmlDoc *self,
                     xmlNode *node,
                     guint *line,
                     guint *column)
{
  *line = 0;
  *column = 0;

  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->parent;
  if (node == NULL)
    return;

  if (node->_private != NULL)
    {
      guint index = GPOINTER_TO_UINT (node->_private) - 1;

      if (index < self->positions->len)
        {
          Position *pos = &g_array_index (self->positions, Position, index);
          *line = pos->line;
          *column = pos->column;
          return;
        }
    }
  *line = (guint) MAX (xmlGetLineNo (node), 0);
}

static void
validity_error_cb (void *user_data,
                   xmlError *error)
{
  ParseState *state = user_data;
  g_autofree char *message = _pl_xml_clean_message (error->message);
  guint line = 0, column = 0;

  pl_xml_doc_position (state->doc, error->node, &line, &column);
  if (line == 0 && error->line > 0)
    line = (guint) error->line;
  _pl_xml_report (state, PL_SEVERITY_ERROR, line, column, message);
}

static xmlRelaxNG *
load_schema (const char *schema_resource)
{
  static GHashTable *schemas; /* resource path → xmlRelaxNG, kept for the process */
  static GMutex lock;
  xmlRelaxNG *schema;

  g_mutex_lock (&lock);
  if (schemas == NULL)
    schemas = g_hash_table_new (g_str_hash, g_str_equal);
  schema = g_hash_table_lookup (schemas, schema_resource);
  if (schema == NULL)
    {
      g_autoptr (GBytes) bytes = g_resources_lookup_data (schema_resource, 0, NULL);
      xmlRelaxNGParserCtxt *pctxt;
      gsize size;
      const char *data = bytes ? g_bytes_get_data (bytes, &size) : NULL;

      g_assert (data != NULL);
      pctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
      schema = xmlRelaxNGParse (pctxt);
      xmlRelaxNGFreeParserCtxt (pctxt);
      g_assert (schema != NULL);
      g_hash_table_insert (schemas, g_strdup (schema_resource), schema);
    }
  g_mutex_unlock (&lock);
  return schema;
}

/**
 * pl_xml_doc_validate:
 * @schema_resource: the GResource path of a RELAX NG schema
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Returns: %TRUE when @self is valid against the schema
 */
gboolean
pl_xml_doc_validate (PlXmlDoc *self,
                     const char *schema_resource,
                     GPtrArray *diagnostics,
                     GError **error)
{
  xmlRelaxNGValidCtxt *vctxt;
  ParseState state = { 0 };
  int result;

  vctxt = xmlRelaxNGNewValidCtxt (load_schema (schema_resource));
  state.file = self->file;
  state.diagnostics = diagnostics;
  state.doc = self;
  xmlRelaxNGSetValidStructuredErrors (vctxt, validity_error_cb, &state);
  result = xmlRelaxNGValidateDoc (vctxt, self->doc);
  xmlRelaxNGFreeValidCtxt (vctxt);

  if (result != 0)
    {
      if (state.n_errors == 0)
        _pl_xml_report (&state, PL_SEVERITY_ERROR, 0, 0, _ ("the document does not follow the format"));
      set_error_from_state (error, &state, PL_ERROR_INVALID);
    }
  g_free (state.first_error);
  return result == 0;
}

/**
 * pl_xml_is_element:
 * @ns: (nullable): the namespace URI, or %NULL for any
 *
 * Returns: whether @node is an element named @name in @ns
 */
gboolean
pl_xml_is_element (xmlNode *node,
                   const char *ns,
                   const char *name)
{
  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  if (name != NULL && strcmp ((const char *) node->name, name) != 0)
    return FALSE;
  if (ns != NULL && (node->ns == NULL || strcmp ((const char *) node->ns->href, ns) != 0))
    return FALSE;
  return TRUE;
}

/**
 * pl_xml_dup_text:
 *
 * Returns: (transfer full): the text content of @node, "" when it has none
 */
char *
pl_xml_dup_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strdup (content ? (const char *) content : "");

  xmlFree (content);
  return text;
}

/**
 * pl_xml_dup_attribute:
 *
 * Returns: (transfer full) (nullable): the value of the attribute @name
 *   without a namespace, or %NULL when absent
 */
char *
pl_xml_dup_attribute (xmlNode *node,
                      const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, (const xmlChar *) name);
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}
