/* pl-briefing-writer.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlBriefingWriter"

#include "config.h"

#include <libxml/xmlwriter.h>

#include "pl-enum-types.h"
#include "pl-format.h"

#define BAD_STR(s) ((const xmlChar *) (s))

static void
write_text_element (xmlTextWriter *w,
                    const char *name,
                    const char *text)
{
  xmlTextWriterWriteElement (w, BAD_STR (name), BAD_STR (text ? text : ""));
}

static void
write_evidence (xmlTextWriter *w,
                PlItem *item)
{
  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *e = pl_item_get_evidence (item, i);

      xmlTextWriterStartElement (w, BAD_STR ("evidence"));
      xmlTextWriterWriteAttribute (w, BAD_STR ("source"), BAD_STR (e->source));
      xmlTextWriterWriteFormatAttribute (w, BAD_STR ("start"), "%u", e->start);
      xmlTextWriterWriteFormatAttribute (w, BAD_STR ("end"), "%u", e->end);
      xmlTextWriterEndElement (w);
    }
}

static void
write_blocks (xmlTextWriter *w,
              PlSource *source)
{
  guint n_blocks;
  const PlBlock *blocks = pl_source_get_blocks (source, &n_blocks);

  if (n_blocks == 0)
    return;
  xmlTextWriterStartElement (w, BAD_STR ("blocks"));
  for (guint i = 0; i < n_blocks; i++)
    {
      xmlTextWriterStartElement (w, BAD_STR ("block"));
      xmlTextWriterWriteAttribute (w, BAD_STR ("kind"),
                                   BAD_STR (pl_enum_to_nick (PL_TYPE_BLOCK_KIND, blocks[i].kind)));
      if (blocks[i].level > 0)
        xmlTextWriterWriteFormatAttribute (w, BAD_STR ("level"), "%u", blocks[i].level);
      xmlTextWriterWriteFormatAttribute (w, BAD_STR ("start"), "%u", blocks[i].start);
      xmlTextWriterWriteFormatAttribute (w, BAD_STR ("end"), "%u", blocks[i].end);
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
}

static void write_item (xmlTextWriter *w,
                        PlItem *item);

static void
write_list (xmlTextWriter *w,
            const char *name,
            GListModel *list)
{
  guint n = g_list_model_get_n_items (list);

  if (n == 0)
    return;
  xmlTextWriterStartElement (w, BAD_STR (name));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlItem) item = g_list_model_get_item (list, i);
      write_item (w, item);
    }
  xmlTextWriterEndElement (w);
}

static void
write_item (xmlTextWriter *w,
            PlItem *item)
{
  guint n_fields;
  const PlField *fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (item), &n_fields);

  xmlTextWriterStartElement (w, BAD_STR (pl_item_get_kind_name (item)));
  xmlTextWriterWriteAttribute (w, BAD_STR ("id"), BAD_STR (pl_item_get_id (item)));
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = pl_item_dup_field_string (item, &fields[i]);

      if (!pl_field_is_text (&fields[i]) && value != NULL)
        xmlTextWriterWriteAttribute (w, BAD_STR (fields[i].name), BAD_STR (value));
    }
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = pl_item_dup_field_string (item, &fields[i]);

      /* Required texts are written even when empty, so the file stays valid. */
      if (pl_field_is_text (&fields[i]) && (value != NULL || fields[i].required))
        write_text_element (w, fields[i].name, value);
    }
  if (PL_IS_PHASE (item))
    write_list (w, "components", pl_phase_get_components (PL_PHASE (item)));
  if (PL_IS_SOURCE (item))
    write_blocks (w, PL_SOURCE (item));
  write_evidence (w, item);
  xmlTextWriterEndElement (w);
}

static void
write_header (xmlTextWriter *w,
              PlBriefing *briefing)
{
  g_autofree char *published = pl_date_to_string (pl_briefing_get_published (briefing));

  write_text_element (w, "title", pl_briefing_get_title (briefing));
  if (pl_briefing_get_subtitle (briefing) != NULL)
    write_text_element (w, "subtitle", pl_briefing_get_subtitle (briefing));
  if (pl_briefing_get_byline (briefing) != NULL)
    write_text_element (w, "byline", pl_briefing_get_byline (briefing));
  if (published != NULL)
    write_text_element (w, "published", published);
  if (pl_briefing_get_notes (briefing) != NULL)
    write_text_element (w, "notes", pl_briefing_get_notes (briefing));
}

static void
write_speaker_notes (xmlTextWriter *w,
                     PlBriefing *briefing)
{
  g_auto (GStrv) keys = pl_briefing_dup_slide_note_keys (briefing);

  if (keys[0] == NULL)
    return;
  xmlTextWriterStartElement (w, BAD_STR ("speaker-notes"));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      xmlTextWriterStartElement (w, BAD_STR ("note"));
      xmlTextWriterWriteAttribute (w, BAD_STR ("slide"), BAD_STR (keys[i]));
      xmlTextWriterWriteString (w, BAD_STR (pl_briefing_get_slide_notes (briefing, keys[i])));
      xmlTextWriterEndElement (w);
    }
  xmlTextWriterEndElement (w);
}

/**
 * pl_format_write:
 *
 * Serialises @briefing as a .phaseline document. Items without an id, or
 * with a duplicate one, are given an id first.
 *
 * Returns: (transfer full): the document, UTF-8
 */
GBytes *
pl_format_write (PlBriefing *briefing)
{
  xmlBuffer *buffer;
  xmlTextWriter *w;
  GBytes *bytes;

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  pl_briefing_ensure_ids (briefing);

  buffer = xmlBufferCreate ();
  w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, BAD_STR ("  "));

  xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  xmlTextWriterStartElementNS (w, NULL, BAD_STR ("briefing"), BAD_STR (PL_FORMAT_NAMESPACE));
  xmlTextWriterWriteFormatAttribute (w, BAD_STR ("version"), "%d", PL_FORMAT_VERSION);
  write_header (w, briefing);
  write_list (w, "sources", pl_briefing_get_sources (briefing));
  write_list (w, "phases", pl_briefing_get_phases (briefing));
  write_list (w, "reactions", pl_briefing_get_reactions (briefing));
  write_list (w, "risks", pl_briefing_get_risks (briefing));
  write_list (w, "events", pl_briefing_get_events (briefing));
  write_speaker_notes (w, briefing);
  xmlTextWriterEndDocument (w);
  xmlFreeTextWriter (w);

  bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}
