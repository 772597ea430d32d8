/* pl-briefing-reader.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlBriefingReader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-briefing-private.h"
#include "pl-diagnostic.h"
#include "pl-enum-types.h"
#include "pl-error.h"
#include "pl-format.h"
#include "pl-resources.h"

typedef struct
{
  PlXmlDoc *doc;          /* borrowed */
  GPtrArray *diagnostics; /* borrowed, nullable */
  PlBriefing *briefing;   /* owned */
  GHashTable *nodes;      /* owned: borrowed PlItem → its xmlNode */
  GHashTable *ids;        /* owned: borrowed id → its xmlNode */
  guint n_errors;
  char *first_error; /* owned */
} Reader;

static void
reader_error (Reader *reader,
              xmlNode *node,
              const char *format,
              ...) G_GNUC_PRINTF (3, 4);

static void
reader_error (Reader *reader,
              xmlNode *node,
              const char *format,
              ...)
{
  g_autofree char *message = NULL;
  g_autoptr (PlDiagnostic) d = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  pl_xml_doc_position (reader->doc, node, &line, &column);
  d = pl_diagnostic_new (PL_SEVERITY_ERROR, reader->doc->file, line, column, message);
  if (reader->first_error == NULL)
    reader->first_error = pl_diagnostic_format (d);
  if (reader->diagnostics != NULL)
    g_ptr_array_add (reader->diagnostics, g_steal_pointer (&d));
  reader->n_errors++;
}

static gboolean
is_ours (xmlNode *node,
         const char *name)
{
  return pl_xml_is_element (node, PL_FORMAT_NAMESPACE, name);
}

static xmlNode *
find_child (xmlNode *node,
            const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_ours (child, name))
      return child;
  return NULL;
}

static gboolean
parse_offset (const char *text,
              guint *out_value)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &value, NULL))
    return FALSE;
  *out_value = (guint) value;
  return TRUE;
}

static const char *
name_of (xmlNode *node)
{
  return (const char *) node->name;
}

static char *
join_names (GPtrArray *names)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (str, "%s<%s>", i ? ", " : "", (const char *) names->pdata[i]);
  return g_string_free (str, FALSE);
}

static gboolean
names_contain (GPtrArray *names,
               const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (strcmp (names->pdata[i], name) == 0)
      return TRUE;
  return FALSE;
}

static const char *const no_attributes[] = { NULL };

/* Reports attributes other than @allowed (NULL-terminated). */
static void
check_attributes (Reader *reader,
                  xmlNode *node,
                  const char *const *allowed)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    if (attr->ns != NULL || !g_strv_contains (allowed, (const char *) attr->name))
      reader_error (reader, node, _ ("<%s> has an unknown attribute “%s”"), name_of (node),
                    (const char *) attr->name);
}

/* Reports child elements not in @allowed, elements of @allowed other than
 * @repeatable that appear twice, and stray text. */
static void
check_children (Reader *reader,
                xmlNode *node,
                GPtrArray *allowed,
                const char *repeatable)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
          !xmlIsBlankNode (child))
        reader_error (reader, node, _ ("<%s> holds text outside its elements"), name_of (node));
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!is_ours (child, NULL) || !names_contain (allowed, name_of (child)))
        {
          g_autofree char *expected = join_names (allowed);
          reader_error (reader, child, _ ("unexpected element <%s> in <%s>; expected %s"),
                        name_of (child), name_of (node), expected);
        }
      else if (g_strcmp0 (repeatable, name_of (child)) != 0 &&
               !g_hash_table_add (seen, (gpointer) name_of (child)))
        reader_error (reader, child, _ ("<%s> appears more than once in <%s>"), name_of (child),
                      name_of (node));
    }
}

/* Elements holding a text hold nothing else, and have no attributes. */
static void
check_text_element (Reader *reader,
                    xmlNode *node)
{
  check_attributes (reader, node, no_attributes);
  for (xmlNode *c = node->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE)
      reader_error (reader, c, _ ("<%s> holds only text, not elements such as <%s>"),
                    name_of (node), name_of (c));
}

static gboolean
is_valid_id (const char *id)
{
  gsize length = strlen (id);

  if (length == 0 || length > 64 || !(g_ascii_isalpha (id[0]) || id[0] == '_'))
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '.' && *p != '-')
      return FALSE;
  return TRUE;
}

static void
check_item_structure (Reader *reader,
                      xmlNode *node,
                      PlItem *item)
{
  static const char *const evidence_attributes[] = { "source", "start", "end", NULL };
  g_autoptr (GPtrArray) elements = g_ptr_array_new ();
  g_autoptr (GStrvBuilder) attributes = g_strv_builder_new ();
  g_auto (GStrv) attribute_names = NULL;
  guint n_fields;
  const PlField *fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (item), &n_fields);

  g_strv_builder_add (attributes, "id");
  for (guint i = 0; i < n_fields; i++)
    {
      gboolean is_element = pl_field_is_text (&fields[i]);
      xmlNode *child = is_element ? find_child (node, fields[i].name) : NULL;

      if (!is_element)
        g_strv_builder_add (attributes, fields[i].name);
      else
        g_ptr_array_add (elements, (gpointer) fields[i].name);
      if (is_element && fields[i].required && child == NULL)
        reader_error (reader, node, _ ("<%s> is missing its <%s> element"), name_of (node), fields[i].name);
      if (child != NULL)
        check_text_element (reader, child);
    }
  if (PL_IS_PHASE (item))
    g_ptr_array_add (elements, (gpointer) "components");
  if (PL_IS_SOURCE (item))
    g_ptr_array_add (elements, (gpointer) "blocks");
  if (!PL_IS_SOURCE (item))
    g_ptr_array_add (elements, (gpointer) "evidence");

  attribute_names = g_strv_builder_end (attributes);
  check_attributes (reader, node, (const char *const *) attribute_names);
  check_children (reader, node, elements, "evidence");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_ours (child, "evidence"))
      {
        check_attributes (reader, child, evidence_attributes);
        if (child->children != NULL)
          reader_error (reader, child, _ ("<evidence> must be empty"));
      }
}

static void
check_id (Reader *reader,
          xmlNode *node,
          const char *id)
{
  if (id == NULL)
    reader_error (reader, node, _ ("<%s> is missing its id attribute"), name_of (node));
  else if (!is_valid_id (id))
    reader_error (reader, node,
                  _ ("“%s” is not a valid id: use up to 64 letters, digits, “_”, “.” and “-”, "
                     "starting with a letter or “_”"),
                  id);
  else if (g_hash_table_contains (reader->ids, id))
    {
      guint line, column;

      pl_xml_doc_position (reader->doc, g_hash_table_lookup (reader->ids, id), &line, &column);
      reader_error (reader, node, _ ("the id “%s” is already used on line %u"), id, line);
    }
}

static void
read_evidence (Reader *reader,
               PlItem *item,
               xmlNode *node)
{
  g_autofree char *source = pl_xml_dup_attribute (node, "source");
  g_autofree char *start_text = pl_xml_dup_attribute (node, "start");
  g_autofree char *end_text = pl_xml_dup_attribute (node, "end");
  guint start, end;

  if (source == NULL || !is_valid_id (source))
    {
      reader_error (reader, node, _ ("evidence needs a source attribute naming a source's id"));
      return;
    }
  if (!parse_offset (start_text, &start) || !parse_offset (end_text, &end))
    {
      reader_error (reader, node, _ ("evidence needs start and end offsets that are whole numbers"));
      return;
    }
  if (start > end)
    {
      reader_error (reader, node, _ ("evidence starts at %u, after its end at %u"), start, end);
      return;
    }
  pl_item_add_evidence (item, source, start, end);
}

static char *
read_field (xmlNode *node,
            const PlField *field)
{
  xmlNode *child;

  if (!pl_field_is_text (field))
    return pl_xml_dup_attribute (node, field->name);
  child = find_child (node, field->name);
  return child ? pl_xml_dup_text (child) : NULL;
}

static gboolean
read_block (Reader *reader,
            xmlNode *node,
            guint length,
            PlBlock *block)
{
  static const char *const attributes[] = { "kind", "level", "start", "end", NULL };
  g_autofree char *kind = pl_xml_dup_attribute (node, "kind");
  g_autofree char *level = pl_xml_dup_attribute (node, "level");
  g_autofree char *start = pl_xml_dup_attribute (node, "start");
  g_autofree char *end = pl_xml_dup_attribute (node, "end");
  int kind_value;
  guint64 level_value = 0;

  check_attributes (reader, node, attributes);
  if (!pl_enum_from_nick (PL_TYPE_BLOCK_KIND, kind, &kind_value))
    reader_error (reader, node, _ ("“%s” is not a kind of block; expected paragraph, heading, list-item or quote"),
                  kind ? kind : "");
  else if (level != NULL && !g_ascii_string_to_unsigned (level, 10, 0, 64, &level_value, NULL))
    reader_error (reader, node, _ ("“%s” is not a valid block level; expected 0 to 64"), level);
  else if (!parse_offset (start, &block->start) || !parse_offset (end, &block->end))
    reader_error (reader, node, _ ("a block needs start and end offsets that are whole numbers"));
  else if (block->start > block->end || block->end > length)
    reader_error (reader, node, _ ("the block from %u to %u is not inside the text (%u characters)"),
                  block->start, block->end, length);
  else
    {
      block->kind = (PlBlockKind) kind_value;
      block->level = (guint) level_value;
      return TRUE;
    }
  return FALSE;
}

static void
read_blocks (Reader *reader,
             PlSource *source,
             xmlNode *node)
{
  g_autoptr (GArray) blocks = g_array_new (FALSE, FALSE, sizeof (PlBlock));
  g_autoptr (GPtrArray) allowed = g_ptr_array_new ();

  if (node == NULL)
    return;
  g_ptr_array_add (allowed, (gpointer) "block");
  check_attributes (reader, node, no_attributes);
  check_children (reader, node, allowed, "block");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      PlBlock block;

      if (is_ours (child, "block") && read_block (reader, child, pl_source_get_length (source), &block))
        g_array_append_val (blocks, block);
    }
  pl_source_set_blocks (source, (const PlBlock *) (gpointer) blocks->data, blocks->len);
}

static void read_components (Reader *reader,
                             PlPhase *phase,
                             xmlNode *node);

static PlItem *
read_item (Reader *reader,
           xmlNode *node,
           GType item_type)
{
  g_autoptr (PlItem) item = g_object_new (item_type, NULL);
  g_autofree char *id = pl_xml_dup_attribute (node, "id");
  guint n_fields;
  const PlField *fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (item), &n_fields);

  check_id (reader, node, id);
  check_item_structure (reader, node, item);
  pl_item_set_id (item, id);
  if (pl_item_get_id (item) != NULL && !g_hash_table_contains (reader->ids, id))
    g_hash_table_insert (reader->ids, (gpointer) pl_item_get_id (item), node);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = read_field (node, &fields[i]);
      g_autoptr (GError) error = NULL;

      if (fields[i].kind == PL_FIELD_REF && value != NULL && !is_valid_id (value))
        reader_error (reader, node, _ ("the %s attribute “%s” does not name an id"),
                      fields[i].name, value);
      else if (!pl_item_set_field_string (item, &fields[i], value, &error))
        {
          /* Name the element that holds a bad text, not just its item. */
          xmlNode *at = pl_field_is_text (&fields[i]) ? find_child (node, fields[i].name) : node;
          reader_error (reader, at, "%s", error->message);
        }
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_ours (child, "evidence"))
      read_evidence (reader, item, child);

  if (PL_IS_PHASE (item))
    read_components (reader, PL_PHASE (item), find_child (node, "components"));
  if (PL_IS_SOURCE (item))
    read_blocks (reader, PL_SOURCE (item), find_child (node, "blocks"));

  g_hash_table_insert (reader->nodes, item, node);
  return g_steal_pointer (&item);
}

static void
read_components (Reader *reader,
                 PlPhase *phase,
                 xmlNode *node)
{
  g_autoptr (GPtrArray) allowed = g_ptr_array_new ();

  if (node == NULL)
    return;
  g_ptr_array_add (allowed, (gpointer) "component");
  check_attributes (reader, node, (const char *[]){ NULL });
  check_children (reader, node, allowed, "component");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_ours (child, "component"))
      {
        g_autoptr (PlItem) component = read_item (reader, child, PL_TYPE_COMPONENT);
        pl_phase_add_component (phase, PL_COMPONENT (component));
      }
}

static const struct
{
  const char *list;
  const char *item;
  GType (*get_type) (void);
} item_lists[] = {
  { "sources", "source", pl_source_get_type },
  { "phases", "phase", pl_phase_get_type },
  { "reactions", "reaction", pl_reaction_get_type },
  { "risks", "risk", pl_risk_get_type },
  { "events", "event", pl_event_get_type },
};

static void
read_list (Reader *reader,
           xmlNode *node,
           guint kind)
{
  g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) allowed = g_ptr_array_new ();

  g_ptr_array_add (allowed, (gpointer) item_lists[kind].item);
  check_attributes (reader, node, (const char *[]){ NULL });
  check_children (reader, node, allowed, item_lists[kind].item);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (is_ours (child, item_lists[kind].item))
      g_ptr_array_add (items, read_item (reader, child, item_lists[kind].get_type ()));
  _pl_briefing_append_items (reader->briefing, item_lists[kind].get_type (), items);
}

static void
read_header_field (Reader *reader,
                   xmlNode *node)
{
  g_autofree char *text = pl_xml_dup_text (node);
  const char *name = (const char *) node->name;

  if (strcmp (name, "title") == 0)
    pl_briefing_set_title (reader->briefing, text);
  else if (strcmp (name, "subtitle") == 0)
    pl_briefing_set_subtitle (reader->briefing, text);
  else if (strcmp (name, "byline") == 0)
    pl_briefing_set_byline (reader->briefing, text);
  else if (strcmp (name, "notes") == 0)
    pl_briefing_set_notes (reader->briefing, text);
  else if (strcmp (name, "published") == 0)
    {
      PlDate date;

      if (pl_date_parse (text, &date))
        pl_briefing_set_published (reader->briefing, &date);
      else
        reader_error (reader, node, _ ("“%s” is not a valid published date"), text);
    }
}

static const char *const header_fields[] = { "title", "subtitle", "byline", "published", "notes" };

/* <speaker-notes><note slide="KEY">text</note>…</speaker-notes>: the notes
 * of each slide, by the slide's key. */
static void
read_speaker_notes (Reader *reader,
                    xmlNode *node)
{
  static const char *const note_attributes[] = { "slide", NULL };
  g_autoptr (GPtrArray) allowed = g_ptr_array_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_ptr_array_add (allowed, (gpointer) "note");
  check_attributes (reader, node, no_attributes);
  check_children (reader, node, allowed, "note");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *key = NULL;
      g_autofree char *text = NULL;

      if (!is_ours (child, "note"))
        continue;
      check_attributes (reader, child, note_attributes);
      for (xmlNode *c = child->children; c != NULL; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
          reader_error (reader, c, _ ("<%s> holds only text, not elements such as <%s>"), name_of (child),
                        name_of (c));
      key = pl_xml_dup_attribute (child, "slide");
      text = pl_xml_dup_text (child);
      if (key == NULL)
        reader_error (reader, child, _ ("<note> is missing its slide attribute"));
      else if (!pl_slide_key_is_valid (key))
        reader_error (reader, child, _ ("“%s” is not a valid slide key: use 1 to 256 characters, none of them control characters"),
                      key);
      else if (!g_hash_table_add (seen, g_strdup (key)))
        reader_error (reader, child, _ ("the slide “%s” has notes more than once"), key);
      else
        pl_briefing_set_slide_notes (reader->briefing, key, text);
    }
}

static void
check_briefing_structure (Reader *reader,
                          xmlNode *root)
{
  static const char *const root_attributes[] = { "version", NULL };
  g_autoptr (GPtrArray) allowed = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    g_ptr_array_add (allowed, (gpointer) header_fields[i]);
  for (guint i = 0; i < G_N_ELEMENTS (item_lists); i++)
    g_ptr_array_add (allowed, (gpointer) item_lists[i].list);
  g_ptr_array_add (allowed, (gpointer) "speaker-notes");
  check_attributes (reader, root, root_attributes);
  check_children (reader, root, allowed, NULL);
  if (find_child (root, "title") == NULL)
    reader_error (reader, root, _ ("<briefing> is missing its <title> element"));
  if (xmlHasProp (root, (const xmlChar *) "version") == NULL)
    reader_error (reader, root, _ ("<briefing> is missing its version attribute"));
  else
    {
      g_autofree char *version = pl_xml_dup_attribute (root, "version");

      if (!g_ascii_string_to_unsigned (version, 10, 1, G_MAXUINT, NULL, NULL))
        reader_error (reader, root, _ ("“%s” is not a valid format version; expected a whole number"),
                      version);
    }
  for (guint i = 0; i < G_N_ELEMENTS (header_fields); i++)
    {
      xmlNode *child = find_child (root, header_fields[i]);

      if (child != NULL)
        check_text_element (reader, child);
    }
}

static void
read_briefing (Reader *reader,
               xmlNode *root)
{
  check_briefing_structure (reader, root);
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      gboolean is_list = FALSE;

      if (!is_ours (child, NULL))
        continue;
      if (strcmp ((const char *) child->name, "speaker-notes") == 0)
        {
          read_speaker_notes (reader, child);
          continue;
        }
      for (guint kind = 0; kind < G_N_ELEMENTS (item_lists); kind++)
        if (strcmp ((const char *) child->name, item_lists[kind].list) == 0)
          {
            read_list (reader, child, kind);
            is_list = TRUE;
          }
      if (!is_list)
        read_header_field (reader, child);
    }
}

static void
check_phase_ref (Reader *reader,
                 PlItem *item,
                 const char *ref,
                 const char *what)
{
  if (ref != NULL && pl_briefing_lookup_phase (reader->briefing, ref) == NULL)
    reader_error (reader, g_hash_table_lookup (reader->nodes, item),
                  _ ("the %s “%s” is not a phase of this briefing"), what, ref);
}

/* A parent chain longer than the number of phases has a cycle. */
static void
check_parent_cycle (Reader *reader,
                    PlPhase *phase,
                    guint n_phases)
{
  PlPhase *p = phase;

  for (guint steps = 0; p != NULL; steps++)
    {
      p = pl_briefing_lookup_phase (reader->briefing, pl_phase_get_parent (p));
      if (p == phase || steps > n_phases)
        {
          reader_error (reader, g_hash_table_lookup (reader->nodes, phase),
                        _ ("the phase “%s” is its own parent through its parent chain"),
                        pl_item_get_id (PL_ITEM (phase)));
          return;
        }
    }
}

static void
check_evidence (Reader *reader,
                PlItem *item)
{
  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *e = pl_item_get_evidence (item, i);
      PlSource *source = pl_briefing_lookup_source (reader->briefing, e->source);
      xmlNode *node = g_hash_table_lookup (reader->nodes, item);

      if (source == NULL)
        reader_error (reader, node, _ ("evidence points to “%s”, which is not a source of this briefing"),
                      e->source);
      else if (e->end > pl_source_get_length (source))
        reader_error (reader, node,
                      _ ("evidence ends at character %u, past the end of source “%s” (%u characters)"),
                      e->end, e->source, pl_source_get_length (source));
    }
}

static void
check_item (gpointer data,
            gpointer user_data)
{
  Reader *reader = user_data;
  PlItem *item = data;

  check_evidence (reader, item);
  if (PL_IS_PHASE (item))
    {
      const char *parent = pl_phase_get_parent (PL_PHASE (item));

      if (g_strcmp0 (parent, pl_item_get_id (item)) == 0)
        reader_error (reader, g_hash_table_lookup (reader->nodes, item),
                      _ ("the phase “%s” cannot be its own parent"), parent);
      else
        {
          check_phase_ref (reader, item, parent, _ ("parent"));
          check_parent_cycle (reader, PL_PHASE (item),
                              g_list_model_get_n_items (pl_briefing_get_phases (reader->briefing)));
        }
    }
  else if (PL_IS_EVENT (item))
    check_phase_ref (reader, item, pl_event_get_phase (PL_EVENT (item)), _ ("phase"));
}

gboolean
pl_format_is_briefing (PlXmlDoc *doc)
{
  return pl_xml_is_element (xmlDocGetRootElement (doc->doc), PL_FORMAT_NAMESPACE, "briefing");
}

static gboolean
check_version (PlXmlDoc *doc,
               GPtrArray *diagnostics,
               GError **error)
{
  xmlNode *root = xmlDocGetRootElement (doc->doc);
  g_autofree char *version = pl_xml_dup_attribute (root, "version");
  g_autofree char *message = NULL;
  guint64 number;
  guint line, column;

  /* A missing or malformed version is left to the schema to report. */
  if (version == NULL || !g_ascii_string_to_unsigned (version, 10, 1, G_MAXUINT, &number, NULL) ||
      number <= PL_FORMAT_VERSION)
    return TRUE;

  pl_xml_doc_position (doc, root, &line, &column);
  message = g_strdup_printf (_ ("this briefing was saved by a newer Phaseline (format version %s); "
                                "this version reads format version %d"),
                             version, PL_FORMAT_VERSION);
  pl_diagnostics_fail (diagnostics, error, PL_ERROR_VERSION, doc->file, line, column, message);
  return FALSE;
}

/**
 * pl_format_read:
 * @doc: a document for which pl_format_is_briefing() is %TRUE
 * @diagnostics: (nullable): where to add every problem found
 * @error: the first problem, formatted as "FILE:LINE:COLUMN: message"
 *
 * Builds a briefing from @doc after checking it: values of the right form,
 * unique ids, references that resolve, evidence inside its source, no
 * parent cycles, then the RELAX NG schema for everything else.
 *
 * Returns: (transfer full) (nullable): the briefing
 */
PlBriefing *
pl_format_read (PlXmlDoc *doc,
                GPtrArray *diagnostics,
                GError **error)
{
  Reader reader = { 0 };
  PlBriefing *result = NULL;

  g_return_val_if_fail (doc != NULL, NULL);
  g_return_val_if_fail (pl_format_is_briefing (doc), NULL);

  if (!check_version (doc, diagnostics, error))
    return NULL;

  pl_core_ensure_resources ();
  reader.doc = doc;
  reader.diagnostics = diagnostics;
  reader.briefing = pl_briefing_new ();
  reader.nodes = g_hash_table_new (NULL, NULL);
  reader.ids = g_hash_table_new (g_str_hash, g_str_equal);

  read_briefing (&reader, xmlDocGetRootElement (doc->doc));
  if (reader.n_errors == 0)
    pl_briefing_foreach_item (reader.briefing, check_item, &reader);

  /* Our own checks name the value and what was expected; the schema's
   * messages are vaguer, so it only speaks when ours found nothing. */
  if (reader.n_errors > 0)
    g_set_error_literal (error, PL_ERROR, PL_ERROR_INVALID, reader.first_error);
  else if (pl_xml_doc_validate (doc, PL_FORMAT_SCHEMA_RESOURCE, diagnostics, error))
    result = g_steal_pointer (&reader.briefing);

  g_clear_object (&reader.briefing);
  g_hash_table_unref (reader.nodes);
  g_hash_table_unref (reader.ids);
  g_free (reader.first_error);
  return result;
}
