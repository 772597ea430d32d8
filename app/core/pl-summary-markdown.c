/* pl-summary-markdown.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSummary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-briefing-order-private.h"
#include "pl-component.h"
#include "pl-event.h"
#include "pl-labels.h"
#include "pl-phase.h"
#include "pl-reaction.h"
#include "pl-risk.h"
#include "pl-source.h"
#include "pl-summary-export.h"
#include "pl-summary-private.h"

/* The summary as Markdown, for pasting into mail and documents: the same
 * sections and order as the printed summary, the evidence as footnotes
 * ([^n], which GitHub, pandoc and most editors read). Text from the
 * briefing is escaped so that it reads as written. */

#define SEP " · "

typedef struct
{
  PlBriefing *briefing;
  GString *out;
  GString *notes; /* the footnotes, written at the end */
  guint n_notes;
  GHashTable *source_numbers; /* source id → number */
} Writer;

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* @text with Markdown's punctuation escaped and its lines joined, so that
 * it stays one paragraph or list item. */
static void
append_escaped (GString *out,
                const char *text)
{
  gboolean line_start = TRUE;

  for (const char *p = text ? text : ""; *p; p++)
    {
      if (*p == '\n' || *p == '\r')
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          line_start = TRUE;
          continue;
        }
      if (strchr ("\\`*_[]<>|", *p) != NULL || (line_start && strchr ("#+-", *p) != NULL))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
      line_start = line_start && *p == ' ';
    }
}

static void
cite (Writer *w,
      gpointer item)
{
  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *evidence = pl_item_get_evidence (item, i);
      g_autofree char *words = pl_briefing_dup_evidence_text (w->briefing, evidence);
      guint source = evidence->source ? GPOINTER_TO_UINT (g_hash_table_lookup (w->source_numbers, evidence->source)) : 0;

      w->n_notes++;
      g_string_append_printf (w->out, "[^%u]", w->n_notes);
      g_string_append_printf (w->notes, "[^%u]: “", w->n_notes);
      append_escaped (w->notes, is_blank (words) ? _ ("(the words are not in the briefing)") : words);
      g_string_append (w->notes, "” — ");
      append_escaped (w->notes, pl_item_get_label (item));
      if (source > 0)
        g_string_append_printf (w->notes, _ (", source %u"), source);
      g_string_append (w->notes, "\n");
    }
}

static void
heading (Writer *w,
         guint level,
         const char *text)
{
  /* One blank line before a heading, whatever came before. */
  if (!g_str_has_suffix (w->out->str, "\n\n"))
    g_string_append_c (w->out, '\n');
  g_string_append_printf (w->out, "%.*s ", level, "######");
  append_escaped (w->out, text);
  g_string_append (w->out, "\n\n");
}

static void
source_line (Writer *w,
             PlSource *source,
             guint number)
{
  g_autofree char *date = pl_date_format_display (pl_source_get_published (source));
  const char *parts[] = { pl_source_get_byline (source), pl_source_get_site (source), date };
  const char *title = pl_source_get_title (source);

  g_string_append_printf (w->out, "%u. **", number);
  append_escaped (w->out, is_blank (title) ? _ ("Untitled article") : title);
  g_string_append (w->out, "**");
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (!is_blank (parts[i]))
      {
        g_string_append (w->out, SEP);
        append_escaped (w->out, parts[i]);
      }
  g_string_append (w->out, "\n");
}

static void
write_header (Writer *w,
              GDateTime *printed)
{
  PlBriefing *b = w->briefing;
  const char *title = pl_briefing_get_title (b);
  g_autofree char *published = pl_date_format_display (pl_briefing_get_published (b));
  g_autofree char *printed_text = _pl_summary_format_date (printed);
  GListModel *sources = pl_briefing_get_sources (b);
  guint n = g_list_model_get_n_items (sources);

  g_string_append (w->out, "# ");
  append_escaped (w->out, is_blank (title) ? _ ("Untitled briefing") : title);
  g_string_append (w->out, "\n\n");
  if (!is_blank (pl_briefing_get_subtitle (b)))
    {
      g_string_append (w->out, "*");
      append_escaped (w->out, pl_briefing_get_subtitle (b));
      g_string_append (w->out, "*\n\n");
    }
  if (!is_blank (pl_briefing_get_byline (b)))
    {
      append_escaped (w->out, pl_briefing_get_byline (b));
      g_string_append (w->out, SEP);
    }
  if (published != NULL)
    {
      g_string_append_printf (w->out, _ ("Published %s"), published);
      g_string_append (w->out, SEP);
    }
  g_string_append_printf (w->out, _ ("Printed %s"), printed_text);
  g_string_append (w->out, "\n");
  if (n > 0)
    g_string_append_printf (w->out, "\n**%s**\n\n", ngettext ("Source", "Sources", n));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      source_line (w, source, i + 1);
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  return pl_date_compare (pl_event_get_date (*(PlEvent **) a), pl_event_get_date (*(PlEvent **) b));
}

/* The timeline in words: its dated events in order. */
static void
write_timeline (Writer *w)
{
  GListModel *events = pl_briefing_get_events (w->briefing);
  g_autoptr (GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (events, i));
  if (sorted->len == 0)
    return;
  heading (w, 2, pl_summary_section_get_label (PL_SUMMARY_SECTION_TIMELINE));
  g_ptr_array_sort (sorted, compare_events);
  for (guint i = 0; i < sorted->len; i++)
    {
      PlEvent *event = sorted->pdata[i];
      g_autofree char *date = pl_date_format_display (pl_event_get_date (event));

      g_string_append (w->out, "- **");
      append_escaped (w->out, date ? date : _ ("undated"));
      g_string_append (w->out, "**: ");
      append_escaped (w->out, pl_event_get_text (event));
      cite (w, event);
      g_string_append (w->out, "\n");
    }
}

static void
write_phase (Writer *w,
             PlPhase *phase)
{
  GListModel *components = pl_phase_get_components (phase);
  g_autofree char *dates = pl_date_range_format (pl_phase_get_start (phase), pl_phase_get_end (phase));
  g_autofree char *title = NULL;
  const char *name = is_blank (pl_phase_get_name (phase)) ? _ ("Unnamed phase") : pl_phase_get_name (phase);

  if (pl_phase_get_index (phase) > 0)
    {
      g_autofree char *number = g_strdup_printf (_ ("Phase %u: "), pl_phase_get_index (phase));
      title = g_strconcat (number, name, NULL);
    }
  heading (w, 3, title ? title : name);
  g_string_append_printf (w->out, "%s" SEP "%s", pl_status_get_label (pl_phase_get_status (phase)),
                          dates ? dates : _ ("no dates given"));
  cite (w, phase);
  g_string_append (w->out, "\n\n");
  if (!is_blank (pl_phase_get_summary (phase)))
    {
      append_escaped (w->out, pl_phase_get_summary (phase));
      g_string_append (w->out, "\n\n");
    }
  for (guint i = 0; i < g_list_model_get_n_items (components); i++)
    {
      g_autoptr (PlComponent) component = g_list_model_get_item (components, i);

      g_string_append_printf (w->out, "- **%s**: ", pl_category_get_label (pl_component_get_category (component)));
      append_escaped (w->out, pl_component_get_text (component));
      if (pl_component_get_status (component) != PL_STATUS_UNKNOWN)
        g_string_append_printf (w->out, " (%s)", pl_status_get_label (pl_component_get_status (component)));
      cite (w, component);
      g_string_append (w->out, "\n");
    }
}

static void
write_phases (Writer *w)
{
  GListModel *phases = pl_briefing_get_phases (w->briefing);

  heading (w, 2, pl_summary_section_get_label (PL_SUMMARY_SECTION_PHASES));
  if (g_list_model_get_n_items (phases) == 0)
    g_string_append_printf (w->out, "%s\n", _ ("No phases recorded."));
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      write_phase (w, phase);
    }
}

static void
write_reaction (Writer *w,
                PlReaction *reaction)
{
  const char *actor = pl_reaction_get_actor (reaction);

  g_string_append (w->out, "- **");
  append_escaped (w->out, is_blank (actor) ? _ ("Unnamed actor") : actor);
  g_string_append_printf (w->out, "** (%s)", pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)));
  if (!is_blank (pl_reaction_get_text (reaction)))
    {
      g_string_append (w->out, ": ");
      append_escaped (w->out, pl_reaction_get_text (reaction));
    }
  if (!is_blank (pl_reaction_get_quote (reaction)))
    {
      g_string_append (w->out, " — *“");
      append_escaped (w->out, pl_reaction_get_quote (reaction));
      g_string_append (w->out, "”*");
    }
  cite (w, reaction);
  g_string_append (w->out, "\n");
}

static void
write_reactions (Writer *w)
{
  g_autoptr (GPtrArray) groups = _pl_briefing_group_reactions (w->briefing);

  heading (w, 2, pl_summary_section_get_label (PL_SUMMARY_SECTION_REACTIONS));
  if (groups->len == 0)
    g_string_append_printf (w->out, "%s\n", _ ("No reactions recorded."));
  for (guint g = 0; g < groups->len; g++)
    {
      PlBriefingGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *title = g_strdup_printf ("%s (%u)", pl_stance_get_label (group->key), group->items->len);

      heading (w, 3, title);
      for (guint i = 0; i < group->items->len; i++)
        write_reaction (w, g_ptr_array_index (group->items, i));
    }
}

static void
write_risks (Writer *w)
{
  g_autoptr (GPtrArray) groups = _pl_briefing_group_risks (w->briefing);

  heading (w, 2, pl_summary_section_get_label (PL_SUMMARY_SECTION_RISKS));
  if (groups->len == 0)
    g_string_append_printf (w->out, "%s\n", _ ("No risks recorded."));
  for (guint g = 0; g < groups->len; g++)
    {
      PlBriefingGroup *group = g_ptr_array_index (groups, g);

      heading (w, 3, _pl_briefing_severity_heading (group->key));
      for (guint i = 0; i < group->items->len; i++)
        {
          PlRisk *risk = g_ptr_array_index (group->items, i);

          g_string_append (w->out, "- ");
          append_escaped (w->out, pl_risk_get_text (risk));
          g_string_append (w->out, " (");
          g_string_append_printf (w->out, _ ("likelihood %s"), pl_level_get_label (pl_risk_get_likelihood (risk)));
          g_string_append_printf (w->out, SEP "%s)", pl_category_get_label (pl_risk_get_category (risk)));
          cite (w, risk);
          g_string_append (w->out, "\n");
        }
    }
}

static void
write_sources (Writer *w)
{
  GListModel *sources = pl_briefing_get_sources (w->briefing);

  heading (w, 2, pl_summary_section_get_label (PL_SUMMARY_SECTION_SOURCES));
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);

      source_line (w, source, i + 1);
      if (!is_blank (pl_source_get_url (source)))
        g_string_append_printf (w->out, "   <%s>\n", pl_source_get_url (source));
    }
}

/**
 * pl_summary_export_markdown:
 * @options: (nullable): which sections; the paper is ignored
 *
 * Returns: (transfer full): the summary of @briefing as Markdown, in UTF-8
 */
GBytes *
pl_summary_export_markdown (PlBriefing *briefing,
                            const PlSummaryExportOptions *options)
{
  Writer w = { briefing };
  GListModel *sources = pl_briefing_get_sources (briefing);
  PlSummarySections sections = options && options->sections ? options->sections : PL_SUMMARY_SECTIONS_ALL;
  g_autoptr (GDateTime) now = NULL;
  GDateTime *printed = options && options->printed ? options->printed : (now = g_date_time_new_now_local ());

  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  w.out = g_string_new (NULL);
  w.notes = g_string_new (NULL);
  w.source_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);

      if (pl_item_get_id (PL_ITEM (source)) != NULL)
        g_hash_table_insert (w.source_numbers, (gpointer) pl_item_get_id (PL_ITEM (source)), GUINT_TO_POINTER (i + 1));
    }
  write_header (&w, printed);
  if (sections & PL_SUMMARY_SECTION_TIMELINE)
    write_timeline (&w);
  if (sections & PL_SUMMARY_SECTION_PHASES)
    write_phases (&w);
  if (sections & PL_SUMMARY_SECTION_REACTIONS)
    write_reactions (&w);
  if (sections & PL_SUMMARY_SECTION_RISKS)
    write_risks (&w);
  if (sections & PL_SUMMARY_SECTION_SOURCES)
    write_sources (&w);
  if (w.notes->len > 0)
    {
      g_string_append (w.out, "\n");
      g_string_append (w.out, w.notes->str);
    }
  g_string_free (w.notes, TRUE);
  g_hash_table_unref (w.source_numbers);
  return g_string_free_to_bytes (w.out);
}
