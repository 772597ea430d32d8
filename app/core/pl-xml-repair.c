/* pl-xml-repair.c: pl_xml_doc_parse_lenient(), which mends XML before reading it.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlXml"

#include "config.h"

#include "pl-xml.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-xml-private.h"

/* Lenient parsing, for XML that others write: feeds.
 *
 * A feed that is not well-formed is still worth reading, and libxml2's
 * own recovery does poorly with the usual faults: after the first error it
 * drops every entity reference, &amp; and &lt; included, and it closes the
 * wrong elements on a stray end tag. So the text is first mended (an
 * ampersand that starts no reference becomes &#38;, HTML entity names
 * become character references, end tags are balanced) and only then given
 * to libxml2 in recovery mode. A well-formed document is parsed as it is,
 * apart from its DOCTYPE, which is blanked out: nothing a DTD declares is
 * ever read, expanded or fetched. */

typedef enum
{
  REPAIR_LIGHT, /* blank the DOCTYPE, spell HTML entities as numbers */
  REPAIR_FULL,  /* also escape stray "&" and "<", balance tags, drop controls */
} RepairMode;

/* Elements deeper than this are not balanced: libxml2 stops at 256. */
#define MAX_REPAIR_DEPTH 1024

/* An end tag closes an open element at most this far down, so that
 * hostile input cannot make balancing quadratic. */
#define MAX_REPAIR_SEARCH 64

/* Longer than any entity name HTML defines. */
#define MAX_ENTITY_NAME 32

typedef struct
{
  gsize start; /* offset of an open element's name in the input */
  gsize length;
} Span;

typedef struct
{
  const char *data;   /* borrowed: the input */
  const char *p;      /* the next byte to read */
  const char *end;    /* just past the input */
  const char *copied; /* the input before this is in out */
  GString *out;       /* owned; NULL while nothing has changed */
  RepairMode mode;
  GArray *open; /* owned: the Spans of the open elements */
} Repair;

/* Replaces the input from r->p to @until with @text. */
static void
repair_replace (Repair *r,
                const char *until,
                const char *text,
                gssize length)
{
  if (r->out == NULL)
    r->out = g_string_sized_new ((gsize) (r->end - r->data) + 256);
  g_string_append_len (r->out, r->copied, r->p - r->copied);
  g_string_append_len (r->out, text, length);
  r->p = r->copied = until;
}

/* Writes @c as a character reference in place of r->p … @until, padded
 * with zeros to the same width where it fits, so that columns stay true. */
static void
repair_char_ref (Repair *r,
                 const char *until,
                 gunichar c)
{
  int width = MIN ((int) (until - r->p) - 3, 16);
  g_autofree char *text = g_strdup_printf ("&#%0*u;", MAX (width, 1), c);

  repair_replace (r, until, text, -1);
}

static gboolean
is_xml_char (guint64 c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

static gboolean
is_name_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80;
}

/* An ampersand that starts no reference: text in a full repair. */
static void
repair_stray_ampersand (Repair *r)
{
  if (r->mode == REPAIR_FULL)
    repair_replace (r, r->p + 1, "&#38;", -1);
  else
    r->p++;
}

/* "&#38;", "&#x26;": kept, unless they name no XML character. */
static void
repair_char_reference (Repair *r)
{
  const char *q = r->p + 2;
  gboolean hex = q < r->end && (*q == 'x' || *q == 'X');
  guint64 value = 0;
  guint n = 0;

  if (hex)
    q++;
  for (; q < r->end && n < 10 && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)); q++, n++)
    value = value * (hex ? 16 : 10) + (guint64) (hex ? g_ascii_xdigit_value (*q) : *q - '0');
  if (n == 0 || q >= r->end || *q != ';')
    repair_stray_ampersand (r);
  else if (r->mode == REPAIR_FULL && (!is_xml_char (value) || r->p[2] == 'X'))
    repair_char_ref (r, q + 1, is_xml_char (value) ? (gunichar) value : 0xFFFD);
  else
    r->p = q + 1;
}

static gunichar
predefined_entity (const char *name)
{
  static const struct
  {
    const char *name;
    gunichar value;
  } entities[] = { { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' }, { "apos", '\'' } };

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if (strcmp (name, entities[i].name) == 0)
      return entities[i].value;
  return 0;
}

/* At "&": HTML's entities ("&nbsp;", "&eacute;"), which feeds use as if
 * they were XML's, become character references; in a full repair, so do
 * XML's own, and unknown names stay as text. */
static void
repair_reference (Repair *r)
{
  const char *name = r->p + 1, *q = name;
  char buffer[MAX_ENTITY_NAME + 1];
  const htmlEntityDesc *html;
  gunichar value;

  if (q < r->end && *q == '#')
    {
      repair_char_reference (r);
      return;
    }
  while (q < r->end && q - name < MAX_ENTITY_NAME && is_name_byte (*q))
    q++;
  if (q == name || q >= r->end || *q != ';' || g_ascii_isdigit (*name) || *name == '-' || *name == '.')
    {
      repair_stray_ampersand (r);
      return;
    }

  memcpy (buffer, name, (gsize) (q - name));
  buffer[q - name] = '\0';
  value = predefined_entity (buffer);
  html = value == 0 ? htmlEntityLookup ((const xmlChar *) buffer) : NULL;
  if (html != NULL || (value != 0 && r->mode == REPAIR_FULL))
    repair_char_ref (r, q + 1, html != NULL ? html->value : value);
  else if (value == 0)
    repair_stray_ampersand (r);
  else
    r->p = q + 1;
}

static const char *
find_bytes (const char *from,
            const char *end,
            const char *needle)
{
  gsize n = strlen (needle);

  for (const char *p = from; p != NULL && p + n <= end; p++)
    {
      p = memchr (p, needle[0], (gsize) (end - p));
      if (p == NULL || p + n > end)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
    }
  return NULL;
}

static gboolean
repair_at (Repair *r,
           const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (r->end - r->p) >= n && memcmp (r->p, prefix, n) == 0;
}

static gboolean
is_control (guchar c)
{
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

/* Comments, CDATA sections and processing instructions are kept as they
 * are; a full repair turns control characters into spaces and closes one
 * that the input cut short. */
static void
repair_skip_past (Repair *r,
                  const char *terminator)
{
  const char *found = find_bytes (r->p + 2, r->end, terminator);
  const char *until = found != NULL ? found + strlen (terminator) : r->end;

  while (r->p < until)
    {
      if (r->mode == REPAIR_FULL && is_control ((guchar) *r->p))
        repair_replace (r, r->p + 1, " ", 1);
      else
        r->p++;
    }
  if (found == NULL && r->mode == REPAIR_FULL)
    repair_replace (r, r->end, terminator, -1);
}

/* Where a DOCTYPE ends: its internal subset may hold quoted ">" and "]"
 * and comments. */
static const char *
doctype_end (const char *p,
             const char *end)
{
  gboolean subset = FALSE;
  char quote = 0;

  for (; p < end; p++)
    {
      if (quote != 0)
        {
          if (*p == quote)
            quote = 0;
        }
      else if (*p == '"' || *p == '\'')
        quote = *p;
      else if (subset && *p == '<' && end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = find_bytes (p + 4, end, "-->");
          p = close != NULL ? close + 2 : end - 1;
        }
      else if (*p == '[' || *p == ']')
        subset = *p == '[';
      else if (*p == '>' && !subset)
        return p + 1;
    }
  return end;
}

/* Replaces the whole DOCTYPE with spaces, keeping its line breaks so that
 * every later line and column stays true. */
static void
repair_blank_doctype (Repair *r)
{
  const char *until = doctype_end (r->p + 2, r->end);
  g_autoptr (GString) blank = g_string_sized_new ((gsize) (until - r->p));

  for (const char *q = r->p; q < until; q++)
    g_string_append_c (blank, *q == '\n' || *q == '\r' ? *q : ' ');
  repair_replace (r, until, blank->str, (gssize) blank->len);
}

static void
repair_push (Repair *r,
             const char *name,
             gsize length)
{
  Span span = { (gsize) (name - r->data), length };

  if (r->mode == REPAIR_FULL && r->open->len < MAX_REPAIR_DEPTH)
    g_array_append_val (r->open, span);
}

/* Inside a start tag: references in attribute values are mended, a
 * stray "<" ends the tag in a full repair. */
static void
repair_start_tag (Repair *r)
{
  const char *start = r->p, *name = r->p + 1, *q = name;
  char quote = 0;

  while (q < r->end && is_name_byte (*q))
    q++;
  for (r->p = q; r->p < r->end;)
    {
      char c = *r->p;

      if (c == '&' && quote != 0)
        repair_reference (r);
      else if (c == '<' && r->mode == REPAIR_FULL && quote != 0)
        repair_replace (r, r->p + 1, "&#60;", -1);
      else if (c == '<' && r->mode == REPAIR_FULL)
        {
          repair_replace (r, r->p, ">", 1);
          repair_push (r, name, (gsize) (q - name));
          return;
        }
      else if (c == '>' && quote == 0)
        {
          if (r->p[-1] != '/')
            repair_push (r, name, (gsize) (q - name));
          r->p++;
          return;
        }
      else
        {
          if (c == '"' || c == '\'')
            quote = quote == 0 ? c : quote == c ? 0
                                                : quote;
          r->p++;
        }
    }
  /* Cut short by the end of the input: drop what there is of it. */
  r->p = start;
  if (r->mode == REPAIR_FULL)
    repair_replace (r, r->end, "", 0);
  else
    r->p = r->end;
}

static gboolean
span_is (Repair *r,
         guint index,
         const char *name,
         gsize length)
{
  const Span *span = &g_array_index (r->open, Span, index);

  return span->length == length && memcmp (r->data + span->start, name, length) == 0;
}

static void
append_end_tags (Repair *r,
                 GString *out,
                 guint down_to)
{
  for (guint i = r->open->len; i > down_to; i--)
    {
      const Span *span = &g_array_index (r->open, Span, i - 1);

      g_string_append (out, "</");
      g_string_append_len (out, r->data + span->start, (gssize) span->length);
      g_string_append_c (out, '>');
    }
  g_array_set_size (r->open, down_to);
}

/* An end tag closes the elements opened inside its own, as HTML parsers
 * do; one that matches no open element is dropped. */
static void
repair_end_tag (Repair *r)
{
  const char *name = r->p + 2, *q = name, *close;
  guint i = r->open->len, lowest = r->open->len > MAX_REPAIR_SEARCH ? r->open->len - MAX_REPAIR_SEARCH : 0;
  g_autoptr (GString) text = NULL;

  while (q < r->end && is_name_byte (*q))
    q++;
  close = memchr (q, '>', (gsize) (r->end - q));
  if (r->mode != REPAIR_FULL)
    {
      r->p = close != NULL ? close + 1 : r->end;
      return;
    }

  while (i > lowest && !span_is (r, i - 1, name, (gsize) (q - name)))
    i--;
  if (close == NULL || i == lowest)
    {
      repair_replace (r, close != NULL ? close + 1 : r->end, "", 0);
      return;
    }
  if (i == r->open->len)
    {
      g_array_set_size (r->open, i - 1);
      r->p = close + 1;
      return;
    }
  text = g_string_new (NULL);
  append_end_tags (r, text, i);
  g_array_set_size (r->open, i - 1);
  g_string_append_len (text, r->p, close + 1 - r->p);
  repair_replace (r, close + 1, text->str, (gssize) text->len);
}

static void
repair_markup (Repair *r)
{
  guchar next = r->p + 1 < r->end ? (guchar) r->p[1] : 0;

  if (repair_at (r, "<!--"))
    repair_skip_past (r, "-->");
  else if (repair_at (r, "<![CDATA["))
    repair_skip_past (r, "]]>");
  else if (repair_at (r, "<?"))
    repair_skip_past (r, "?>");
  else if (r->end - r->p >= 9 && g_ascii_strncasecmp (r->p, "<!DOCTYPE", 9) == 0)
    repair_blank_doctype (r);
  else if (next == '/')
    repair_end_tag (r);
  else if (g_ascii_isalpha (next) || next == '_' || next == ':' || next >= 0x80)
    repair_start_tag (r);
  else if (r->mode == REPAIR_FULL)
    repair_replace (r, r->p + 1, "&#60;", -1);
  else
    r->p++;
}

/* Returns: (transfer full) (nullable): the mended text, or %NULL when
 *   nothing needed mending */
static GString *
repair_text (const char *data,
             gsize length,
             RepairMode mode)
{
  Repair r = { data, data, data + length, data, NULL, mode, g_array_new (FALSE, FALSE, sizeof (Span)) };

  while (r.p < r.end)
    {
      guchar c = (guchar) *r.p;

      if (c == '&')
        repair_reference (&r);
      else if (c == '<')
        repair_markup (&r);
      else if (mode == REPAIR_FULL && is_control (c))
        repair_replace (&r, r.p + 1, " ", 1);
      else
        r.p++;
    }
  if (r.open->len > 0)
    {
      g_autoptr (GString) closing = g_string_new (NULL);

      append_end_tags (&r, closing, 0);
      repair_replace (&r, r.end, closing->str, (gssize) closing->len);
    }
  g_array_unref (r.open);
  if (r.out != NULL)
    g_string_append_len (r.out, r.copied, r.end - r.copied);
  return r.out;
}

typedef struct
{
  ParseState base;     /* first: the shared callbacks read it */
  xmlParserCtxt *ctxt; /* borrowed, while parsing */
  gboolean failed;     /* a fatal error was seen */
  gboolean first_pass; /* report nothing after the first fatal error */
  gboolean quiet;      /* report nothing more */
  gboolean recovering; /* the second pass: skip what the first reported */
  guint fatal_index;   /* its warning among the diagnostics, or G_MAXUINT */
  guint fatal_line;    /* where the first fatal error was */
  guint fatal_column;
  char *fatal_message; /* owned: what it was */
} LenientState;

static char *
lenient_message (const xmlError *error)
{
  if (error->domain == XML_FROM_I18N || error->domain == XML_FROM_IO)
    return g_strdup (_ ("part of the text could not be decoded from the encoding it declares"));
  if (error->code == XML_ERR_INVALID_CHAR && error->message != NULL &&
      strstr (error->message, "UTF-8") != NULL)
    return g_strdup (_ ("the text is not valid UTF-8 here"));
  if (error->code == XML_ERR_ENTITYREF_SEMICOL_MISSING ||
      (error->code == XML_ERR_NAME_REQUIRED && error->message != NULL &&
       strstr (error->message, "EntityRef") != NULL))
    return g_strdup (_ ("an “&” starts no entity reference here; an ampersand is written “&amp;”"));
  if (error->message != NULL && strstr (error->message, "Excessive depth") != NULL)
    return g_strdup (_ ("elements nest more than 256 deep here; what lies deeper was not read"));
  return _pl_xml_clean_message (error->message);
}

/* Every problem is a warning. In the first pass, the first fatal error
 * ends the reports (what follows it is noise) and is remembered; the
 * second pass does not repeat what the first reported. */
static void
lenient_report (LenientState *state,
                const xmlError *error)
{
  guint line = error->line > 0 ? (guint) error->line : 0;
  guint column = error->int2 > 0 ? (guint) error->int2 : 0;
  g_autofree char *message = NULL;

  if (line == 0 && state->ctxt != NULL && state->ctxt->input != NULL)
    line = (guint) MAX (state->ctxt->input->line, 0);
  if (state->quiet || (state->recovering && line <= state->fatal_line))
    return;
  message = lenient_message (error);
  if (error->level == XML_ERR_FATAL && error->domain == XML_FROM_PARSER && state->first_pass)
    {
      state->fatal_line = line;
      state->fatal_column = column;
      state->fatal_message = g_strdup (message);
      state->fatal_index = state->base.diagnostics ? state->base.diagnostics->len : G_MAXUINT;
      state->quiet = TRUE;
      g_free (message);
      message = g_strdup_printf (_ ("not well-formed XML: %s"), state->fatal_message);
    }
  _pl_xml_report (&state->base, PL_SEVERITY_WARNING, line, column, message);
}

static void
lenient_error_cb (void *user_data,
                  xmlError *error)
{
  xmlParserCtxt *ctxt = user_data;

  lenient_report (ctxt->_private, error);
}

/* Decoding errors come without a parser context. */
static void
lenient_global_error_cb (void *user_data,
                         xmlError *error)
{
  lenient_report (user_data, error);
}

/* Entities a DTD declares are never defined, loaded or expanded. The
 * DOCTYPE is blanked out before parsing; these handlers are the second
 * line of defence should one ever get through. */
static void
ignore_entity_decl_cb (void *ctx,
                       const xmlChar *name,
                       int type,
                       const xmlChar *public_id,
                       const xmlChar *system_id,
                       xmlChar *content)
{
}

static void
ignore_unparsed_entity_decl_cb (void *ctx,
                                const xmlChar *name,
                                const xmlChar *public_id,
                                const xmlChar *system_id,
                                const xmlChar *notation_name)
{
}

static void
ignore_external_subset_cb (void *ctx,
                           const xmlChar *name,
                           const xmlChar *external_id,
                           const xmlChar *system_id)
{
}

static xmlParserInput *
refuse_resolve_entity_cb (void *ctx,
                          const xmlChar *public_id,
                          const xmlChar *system_id)
{
  return NULL;
}

static xmlEntity *
no_parameter_entity_cb (void *ctx,
                        const xmlChar *name)
{
  return NULL;
}

static void
lenient_set_handlers (xmlSAXHandler *sax)
{
  sax->startElementNs = _pl_xml_start_element_cb;
  sax->serror = lenient_error_cb;
  sax->error = NULL;
  sax->warning = NULL;
  sax->fatalError = NULL;
  sax->entityDecl = ignore_entity_decl_cb;
  sax->unparsedEntityDecl = ignore_unparsed_entity_decl_cb;
  sax->externalSubset = ignore_external_subset_cb;
  sax->resolveEntity = refuse_resolve_entity_cb;
  sax->getParameterEntity = no_parameter_entity_cb;
  sax->reference = NULL;
}

static xmlParserCtxt *
lenient_context_new (const char *data,
                     gsize length,
                     const char *encoding,
                     LenientState *state)
{
  xmlParserCtxt *ctxt = length <= G_MAXINT ? xmlCreateMemoryParserCtxt (data, (int) length) : NULL;
  int options = XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR |
                XML_PARSE_NOWARNING | (state->first_pass ? 0 : XML_PARSE_RECOVER);

  if (ctxt == NULL)
    return NULL;
  state->base.default_start_element = ctxt->sax->startElementNs;
  ctxt->_private = state;
  lenient_set_handlers (ctxt->sax);
  if (encoding != NULL)
    {
      xmlCharEncodingHandler *handler = xmlFindCharEncodingHandler (encoding);

      if (handler != NULL && xmlSwitchToEncoding (ctxt, handler) == 0)
        options |= XML_PARSE_IGNORE_ENC;
    }
  xmlCtxtUseOptions (ctxt, options);
  return ctxt;
}

static PlXmlDoc *
lenient_pass (const char *data,
              gsize length,
              const char *file,
              const char *encoding,
              GPtrArray *diagnostics,
              LenientState *state)
{
  xmlStructuredErrorFunc saved_handler = xmlStructuredError;
  void *saved_context = xmlStructuredErrorContext;
  PlXmlDoc *self = g_new0 (PlXmlDoc, 1);
  xmlParserCtxt *ctxt;

  self->file = g_strdup (file);
  self->positions = g_array_new (FALSE, FALSE, sizeof (Position));
  state->base.file = file;
  state->base.diagnostics = diagnostics;
  state->base.doc = self;
  state->failed = TRUE;

  /* Decoding errors come without a parser context: catch them as well,
   * rather than let libxml2 print them. */
  xmlSetStructuredErrorFunc (state, lenient_global_error_cb);
  ctxt = state->ctxt = lenient_context_new (data, length, encoding, state);
  if (ctxt != NULL)
    {
      xmlParseDocument (ctxt);
      state->failed = !ctxt->wellFormed || ctxt->myDoc == NULL;
      self->doc = ctxt->myDoc;
      ctxt->myDoc = NULL;
      xmlFreeParserCtxt (ctxt);
      state->ctxt = NULL;
    }
  xmlSetStructuredErrorFunc (saved_context, saved_handler);
  return self;
}

/* The encoding named by the XML declaration, if there is one. */
static char *
declared_encoding (const char *data,
                   gsize length)
{
  const char *end = data + MIN (length, 512);
  const char *decl = find_bytes (data, end, "<?xml");
  const char *close = decl ? find_bytes (decl, end, "?>") : NULL;
  const char *p = close ? find_bytes (decl, close, "encoding") : NULL;
  const char *value;
  char quote;

  if (p == NULL)
    return NULL;
  for (p += strlen ("encoding"); p < close && (g_ascii_isspace (*p) || *p == '='); p++)
    ;
  quote = p < close ? *p : 0;
  if (quote != '"' && quote != '\'')
    return NULL;
  for (value = ++p; p < close && *p != quote; p++)
    ;
  return p < close && p > value ? g_strndup (value, (gsize) (p - value)) : NULL;
}

/* Whether the markup can be mended byte by byte: not in UTF-16 or
 * UTF-32, nor in an encoding whose bytes can look like "&" or "<". */
static gboolean
is_ascii_compatible (const char *data,
                     gsize length,
                     const char *declared)
{
  static const char *const wide[] = { "utf-16", "utf16", "utf-32", "utf32", "ucs", "iso-2022", "ebcdic", NULL };
  const guchar *u = (const guchar *) data;

  if (length >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) || u[0] == 0 || u[1] == 0))
    return FALSE;
  for (guint i = 0; declared != NULL && wide[i] != NULL; i++)
    if (g_ascii_strncasecmp (declared, wide[i], strlen (wide[i])) == 0)
      return FALSE;
  return TRUE;
}

static gboolean
encoding_is_known (const char *name)
{
  xmlCharEncodingHandler *handler = xmlFindCharEncodingHandler (name);

  if (handler == NULL)
    return FALSE;
  xmlCharEncCloseFunc (handler);
  return TRUE;
}

/* Whether text that is not valid UTF-8 is UTF-8 with a few bad bytes
 * rather than text in a single-byte encoding. */
static gboolean
is_mostly_utf8 (const char *text,
                gsize length)
{
  const char *p = text, *end = text + length;
  guint valid = 0, invalid = 0;

  while (p < end)
    {
      gunichar c = (guchar) *p < 0x80 ? 0 : g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        invalid++, p++;
      else
        valid += c != 0, p = g_utf8_next_char (p);
    }
  return valid > 0 && valid >= invalid;
}

/* What the second pass decodes with: the declared encoding when libxml2
 * knows it (%NULL: libxml2 decides), else UTF-8 when the bytes are UTF-8
 * or nearly so (bad bytes become U+FFFD), else Windows-1252, as browsers
 * do with undeclared text. */
static const char *
recovery_encoding (const char *declared,
                   GString *text)
{
  if (declared != NULL && g_ascii_strcasecmp (declared, "utf-8") != 0 &&
      g_ascii_strcasecmp (declared, "utf8") != 0 && encoding_is_known (declared))
    return NULL;
  if (g_utf8_validate_len (text->str, text->len, NULL))
    return "UTF-8";
  if (is_mostly_utf8 (text->str, text->len))
    {
      g_autofree char *valid = g_utf8_make_valid (text->str, (gssize) text->len);

      g_string_assign (text, valid);
      return "UTF-8";
    }
  return "windows-1252";
}

static PlXmlDoc *
lenient_first_pass (const char *data,
                    gsize length,
                    const char *file,
                    GPtrArray *diagnostics,
                    LenientState *state)
{
  g_autofree char *declared = declared_encoding (data, length);
  g_autoptr (GString) mended = NULL;

  if (is_ascii_compatible (data, length, declared))
    mended = repair_text (data, length, REPAIR_LIGHT);
  state->first_pass = TRUE;
  return lenient_pass (mended ? mended->str : data, mended ? mended->len : length, file, NULL,
                       diagnostics, state);
}

static PlXmlDoc *
lenient_second_pass (const char *data,
                     gsize length,
                     const char *file,
                     GPtrArray *diagnostics,
                     LenientState *state)
{
  g_autofree char *declared = declared_encoding (data, length);
  g_autoptr (GString) mended = NULL;
  const char *encoding = NULL;

  if (is_ascii_compatible (data, length, declared))
    {
      mended = repair_text (data, length, REPAIR_FULL);
      if (mended == NULL)
        mended = g_string_new_len (data, (gssize) length);
      encoding = recovery_encoding (declared, mended);
    }
  state->first_pass = FALSE;
  state->quiet = FALSE;
  state->recovering = TRUE;
  return lenient_pass (mended ? mended->str : data, mended ? mended->len : length, file, encoding,
                       diagnostics, state);
}

static void
move_diagnostics (GPtrArray *from,
                  GPtrArray *to)
{
  for (guint i = 0; to != NULL && i < from->len; i++)
    g_ptr_array_add (to, pl_diagnostic_copy (g_ptr_array_index (from, i)));
}

/**
 * pl_xml_doc_parse_lenient:
 * @data: the document
 * @length: its length in bytes
 * @file: the file name for diagnostics
 * @diagnostics: (nullable): where to add every problem found, as warnings
 * @error: why nothing could be read, formatted as "FILE:LINE:COLUMN: message"
 *
 * Parses XML written by others, such as feeds, as far as it can be read.
 * Unlike pl_xml_doc_parse(), a DOCTYPE is allowed, but nothing in it is
 * used: its entity declarations are ignored, and neither its external
 * subset nor any entity is loaded. HTML's named entities ("&nbsp;",
 * "&eacute;"), which feeds use as if the DTDs they cite were read, are
 * understood. A document that is not well-formed is mended (stray "&" and
 * "<" kept as text, end tags balanced, undeclared entities kept as text,
 * the encoding guessed when the declared one is wrong) and read with
 * libxml2's recovery, each problem reported as a warning with its line
 * and column. Nothing is fetched from the network or the disk, and
 * libxml2's limits on text, names and depth stay on.
 *
 * Returns: (transfer full) (nullable): the document, or %NULL when not
 *   even a root element could be read
 */
PlXmlDoc *
pl_xml_doc_parse_lenient (const char *data,
                          gsize length,
                          const char *file,
                          GPtrArray *diagnostics,
                          GError **error)
{
  g_autoptr (GPtrArray) found = pl_diagnostics_new ();
  g_autoptr (PlXmlDoc) self = NULL;
  LenientState state = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  state.fatal_index = G_MAXUINT;
  pl_xml_init ();
  /* Mending can make the text longer: keep within libxml2's int sizes. */
  if (length > G_MAXINT / 8)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_TOO_LARGE, file, 0, 0, _ ("is too large to open"));
      return NULL;
    }

  self = lenient_first_pass (data, length, file, found, &state);
  if (state.failed || xmlDocGetRootElement (self->doc) == NULL)
    {
      g_clear_pointer (&self, pl_xml_doc_free);
      self = lenient_second_pass (data, length, file, found, &state);
    }
  if ((self->doc == NULL || xmlDocGetRootElement (self->doc) == NULL) && state.fatal_index < found->len)
    g_ptr_array_remove_index (found, state.fatal_index); /* the error below says it */
  move_diagnostics (found, diagnostics);
  if (self->doc == NULL || xmlDocGetRootElement (self->doc) == NULL)
    {
      pl_diagnostics_fail (diagnostics, error, PL_ERROR_SYNTAX, file, state.fatal_line,
                           state.fatal_column,
                           state.fatal_message ? state.fatal_message : _ ("is not an XML document"));
      g_clear_pointer (&self, pl_xml_doc_free);
    }
  g_free (state.fatal_message);
  return g_steal_pointer (&self);
}
