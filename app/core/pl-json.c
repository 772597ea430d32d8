/* pl-json.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlJson"

#include "config.h"

#include "pl-json.h"

#include <json-glib/json-glib.h>

#include "pl-enum-types.h"

/* Field names use "-" as GObject properties do; JSON uses "_". */
static void
set_member_name (JsonBuilder *b,
                 const char *name)
{
  g_autofree char *json_name = g_strdelimit (g_strdup (name), "-", '_');

  json_builder_set_member_name (b, json_name);
}

static void
add_string_or_null (JsonBuilder *b,
                    const char *name,
                    const char *value)
{
  set_member_name (b, name);
  if (value != NULL)
    json_builder_add_string_value (b, value);
  else
    json_builder_add_null_value (b);
}

static void
add_evidence (JsonBuilder *b,
              PlBriefing *briefing,
              PlItem *item)
{
  json_builder_set_member_name (b, "evidence");
  json_builder_begin_array (b);
  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *e = pl_item_get_evidence (item, i);
      g_autofree char *text = pl_briefing_dup_evidence_text (briefing, e);

      json_builder_begin_object (b);
      add_string_or_null (b, "source", e->source);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, e->start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, e->end);
      add_string_or_null (b, "text", text);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_blocks (JsonBuilder *b,
            PlSource *source)
{
  guint n_blocks;
  const PlBlock *blocks = pl_source_get_blocks (source, &n_blocks);

  json_builder_set_member_name (b, "blocks");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_blocks; i++)
    {
      json_builder_begin_object (b);
      add_string_or_null (b, "kind", pl_enum_to_nick (PL_TYPE_BLOCK_KIND, blocks[i].kind));
      json_builder_set_member_name (b, "level");
      json_builder_add_int_value (b, blocks[i].level);
      json_builder_set_member_name (b, "start");
      json_builder_add_int_value (b, blocks[i].start);
      json_builder_set_member_name (b, "end");
      json_builder_add_int_value (b, blocks[i].end);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void add_list (JsonBuilder *b,
                      PlBriefing *briefing,
                      const char *name,
                      GListModel *list);

static void
add_item (JsonBuilder *b,
          PlBriefing *briefing,
          PlItem *item)
{
  guint n_fields;
  const PlField *fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (item), &n_fields);

  json_builder_begin_object (b);
  add_string_or_null (b, "id", pl_item_get_id (item));
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].kind == PL_FIELD_ORDINAL)
        {
          guint value = pl_item_get_field_ordinal (item, &fields[i]);

          set_member_name (b, fields[i].name);
          if (value > 0)
            json_builder_add_int_value (b, value);
          else
            json_builder_add_null_value (b);
        }
      else
        {
          g_autofree char *value = pl_item_dup_field_string (item, &fields[i]);
          add_string_or_null (b, fields[i].name, value);
        }
    }
  if (PL_IS_PHASE (item))
    add_list (b, briefing, "components", pl_phase_get_components (PL_PHASE (item)));
  if (PL_IS_SOURCE (item))
    add_blocks (b, PL_SOURCE (item));
  else
    add_evidence (b, briefing, item);
  json_builder_end_object (b);
}

static void
add_list (JsonBuilder *b,
          PlBriefing *briefing,
          const char *name,
          GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlItem) item = g_list_model_get_item (list, i);
      add_item (b, briefing, item);
    }
  json_builder_end_array (b);
}

/**
 * pl_json_write:
 *
 * Writes @briefing in Phaseline's public JSON interface: "format",
 * "version", the header fields, then "sources", "phases" (each with its
 * "components"), "reactions", "risks" and "events". Every item has an
 * "id"; every item but a source has "evidence", a list of {"source",
 * "start", "end", "text"} where offsets count Unicode characters. Unknown
 * values are null.
 *
 * Returns: (transfer full): the JSON text, UTF-8, ending in a newline
 */
GBytes *
pl_json_write (PlBriefing *briefing)
{
  g_autoptr (JsonBuilder) b = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *published = NULL;
  char *text;
  gsize length;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  pl_briefing_ensure_ids (briefing);
  published = pl_date_to_string (pl_briefing_get_published (briefing));

  json_builder_begin_object (b);
  add_string_or_null (b, "format", PL_JSON_FORMAT);
  json_builder_set_member_name (b, "version");
  json_builder_add_int_value (b, PL_JSON_VERSION);
  add_string_or_null (b, "title", pl_briefing_get_title (briefing));
  add_string_or_null (b, "subtitle", pl_briefing_get_subtitle (briefing));
  add_string_or_null (b, "byline", pl_briefing_get_byline (briefing));
  add_string_or_null (b, "published", published);
  add_string_or_null (b, "notes", pl_briefing_get_notes (briefing));
  add_list (b, briefing, "sources", pl_briefing_get_sources (briefing));
  add_list (b, briefing, "phases", pl_briefing_get_phases (briefing));
  add_list (b, briefing, "reactions", pl_briefing_get_reactions (briefing));
  add_list (b, briefing, "risks", pl_briefing_get_risks (briefing));
  add_list (b, briefing, "events", pl_briefing_get_events (briefing));
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, &length);
  text = g_realloc (text, length + 2);
  text[length++] = '\n';
  text[length] = '\0';
  return g_bytes_new_take (text, length);
}
