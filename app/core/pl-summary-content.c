/* pl-summary-content.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSummary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-briefing-order-private.h"
#include "pl-component.h"
#include "pl-labels.h"
#include "pl-phase.h"
#include "pl-reaction.h"
#include "pl-risk.h"
#include "pl-source.h"
#include "pl-summary-private.h"

/* What the printed summary says, as rows: the header, the timeline, the
 * phases with their components as a table, the reactions by stance, the
 * risks by severity, and the sources with the evidence as numbered notes.
 * Every item's evidence gets a note number, cited after its text. */

#define SEP "\u00a0· " /* the dot stays on the line of what it follows */

static const double component_columns[] = { 0.70, 0.30 };
static const double reaction_columns[] = { 0.28, 0.72 };
static const double risk_columns[] = { 0.62, 0.17, 0.21 };

typedef struct
{
  PlBriefing *briefing;
  GPtrArray *rows;            /* PlSummaryRow */
  GPtrArray *notes;           /* PlSlideSpec: the evidence notes, numbered in order */
  GHashTable *source_numbers; /* source id → GUINT_TO_POINTER (number) */
} Content;

void
_pl_summary_row_free (PlSummaryRow *row)
{
  if (row == NULL)
    return;
  g_ptr_array_unref (row->cells);
  g_free (row);
}

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

/**
 * _pl_summary_format_date:
 *
 * Returns: (transfer full): @when as "2 March 2026", in the user's words
 */
char *
_pl_summary_format_date (GDateTime *when)
{
  PlDate date = pl_date_make (g_date_time_get_year (when), g_date_time_get_month (when),
                              g_date_time_get_day_of_month (when));

  return pl_date_format_display (&date);
}

static PlSummaryRow *
add_row (Content *c,
         PlSummaryRowKind kind,
         double gap)
{
  PlSummaryRow *row = g_new0 (PlSummaryRow, 1);

  row->kind = kind;
  row->gap = gap;
  row->cells = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_slide_spec_free);
  g_ptr_array_add (c->rows, row);
  return row;
}

static PlSlideSpec *
add_text (Content *c,
          PlSlideFont font,
          PlSlideRole role,
          const char *text,
          double gap)
{
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_TEXT, gap);
  PlSlideSpec *spec = _pl_slide_spec_new_text (PL_SLIDE_BLOCK_TEXT, font, role, text);

  g_ptr_array_add (row->cells, spec);
  return spec;
}

static PlSlideSpec *
cell (PlSummaryRow *row,
      PlSlideFont font)
{
  PlSlideSpec *spec = _pl_slide_spec_new (PL_SLIDE_BLOCK_ITEM, font, PL_SLIDE_ROLE_FOREGROUND);

  g_ptr_array_add (row->cells, spec);
  return spec;
}

static void
append (PlSlideSpec *spec,
        const char *text)
{
  _pl_slide_spec_append (spec, text, spec->role, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
}

static void
append_secondary (PlSlideSpec *spec,
                  const char *text)
{
  _pl_slide_spec_append (spec, text, PL_SLIDE_ROLE_SECONDARY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
}

static void
append_bold (PlSlideSpec *spec,
             const char *text)
{
  _pl_slide_spec_append (spec, text, spec->role, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
}

/* A section's heading, which the outline lists. */
static void
add_section (Content *c,
             PlSummarySections section)
{
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_TEXT, 30);
  PlSlideSpec *spec = _pl_slide_spec_new_text (PL_SLIDE_BLOCK_HEADING, PL_SLIDE_FONT_HEADER_SMALL,
                                               PL_SLIDE_ROLE_FOREGROUND, pl_summary_section_get_label (section));

  g_ptr_array_add (row->cells, spec);
  row->keep_with_next = TRUE;
  row->section = section;
  row->section_title = spec->text;
}

static void
add_group (Content *c,
           const char *text,
           PlSlideMarker marker,
           int value)
{
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_TEXT, 16);
  PlSlideSpec *spec = _pl_slide_spec_new_text (PL_SLIDE_BLOCK_HEADING, PL_SLIDE_FONT_HEADING, PL_SLIDE_ROLE_ACCENT,
                                               text);

  _pl_slide_spec_set_marker (spec, marker, value);
  g_ptr_array_add (row->cells, spec);
  row->keep_with_next = TRUE;
}

/* The column headings of a table, repeated on each page it goes on to. */
static void
add_table_header (Content *c,
                  const double *columns,
                  const char *const *titles,
                  guint n)
{
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_CELLS, 8);

  row->columns = columns;
  row->table_header = TRUE;
  row->keep_with_next = TRUE;
  row->ruled = TRUE;
  for (guint i = 0; i < n; i++)
    {
      PlSlideSpec *spec = _pl_slide_spec_new (PL_SLIDE_BLOCK_HEADING, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY);

      spec->gutter = TRUE; /* lines up with the cells' text */
      _pl_slide_spec_append (spec, titles[i], PL_SLIDE_ROLE_SECONDARY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
      g_ptr_array_add (row->cells, spec);
    }
}

static guint
source_number (Content *c,
               const char *id)
{
  return id ? GPOINTER_TO_UINT (g_hash_table_lookup (c->source_numbers, id)) : 0;
}

/* Numbers @item's evidence as notes, and cites them after its text. */
static void
cite (Content *c,
      PlSlideSpec *spec,
      gpointer item)
{
  guint n = pl_item_get_n_evidence (item);
  g_autoptr (GString) refs = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      const PlEvidence *evidence = pl_item_get_evidence (item, i);
      g_autofree char *words = pl_briefing_dup_evidence_text (c->briefing, evidence);
      guint number = c->notes->len + 1;
      guint source = source_number (c, evidence->source);
      PlSlideSpec *note = _pl_slide_spec_new (PL_SLIDE_BLOCK_ITEM, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_FOREGROUND);
      g_autofree char *label = g_strdup_printf ("[%u]\u00a0", number);
      g_autofree char *quoted = NULL;
      g_autofree char *where = NULL;

      _pl_slide_spec_append (note, label, PL_SLIDE_ROLE_ACCENT, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
      /* Translators: evidence quoted from an article */
      quoted = g_strdup_printf (_ ("“%s”"), is_blank (words) ? _ ("(the words are not in the briefing)") : words);
      append (note, quoted);
      if (source > 0)
        /* Translators: after a quote: which item it is evidence for, and the number of its source */
        where = g_strdup_printf (_ (" — %s, source %u"), pl_item_get_label (item), source);
      else
        where = g_strdup_printf (" — %s", pl_item_get_label (item));
      append_secondary (note, where);
      _pl_slide_spec_set_item (note, item);
      g_ptr_array_add (c->notes, note);
      g_string_append_printf (refs, "%s%u", i ? ", " : "", number);
    }
  if (refs->len > 0)
    {
      g_autofree char *text = g_strdup_printf ("\u00a0[%s]", refs->str);
      _pl_slide_spec_append (spec, text, PL_SLIDE_ROLE_ACCENT, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
    }
}

/* ---- the header ---------------------------------------------------------- */

static void
append_source_line (PlSlideSpec *spec,
                    PlSource *source)
{
  g_autofree char *date = pl_date_format_display (pl_source_get_published (source));
  const char *by[] = { pl_source_get_byline (source), pl_source_get_site (source), date };

  for (guint i = 0; i < G_N_ELEMENTS (by); i++)
    if (!is_blank (by[i]))
      {
        append_secondary (spec, SEP);
        append_secondary (spec, by[i]);
      }
}

static const char *
source_title (PlSource *source)
{
  const char *title = pl_source_get_title (source);

  if (is_blank (title))
    title = pl_source_get_file (source) ? pl_source_get_file (source) : _ ("Untitled article");
  return title;
}

static void
add_header (Content *c,
            GDateTime *printed)
{
  PlBriefing *b = c->briefing;
  GListModel *sources = pl_briefing_get_sources (b);
  const char *title = pl_briefing_get_title (b);
  g_autofree char *published = pl_date_format_display (pl_briefing_get_published (b));
  g_autofree char *printed_text = _pl_summary_format_date (printed);
  g_autofree char *printed_line = g_strdup_printf (_ ("Printed %s"), printed_text);
  PlSlideSpec *meta;
  guint n = g_list_model_get_n_items (sources);

  add_text (c, PL_SLIDE_FONT_TITLE, PL_SLIDE_ROLE_FOREGROUND, is_blank (title) ? _ ("Untitled briefing") : title, 0);
  if (!is_blank (pl_briefing_get_subtitle (b)))
    add_text (c, PL_SLIDE_FONT_SUBTITLE, PL_SLIDE_ROLE_SECONDARY, pl_briefing_get_subtitle (b), 6);
  meta = add_text (c, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY, "", 10);
  if (!is_blank (pl_briefing_get_byline (b)))
    {
      append_bold (meta, pl_briefing_get_byline (b));
      append (meta, SEP);
    }
  if (published != NULL)
    {
      g_autofree char *line = g_strdup_printf (_ ("Published %s"), published);
      append (meta, line);
      append (meta, SEP);
    }
  append (meta, printed_line);

  if (n == 0)
    return;
  {
    const char *heading = ngettext ("Source", "Sources", n);
    PlSlideSpec *spec = add_text (c, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY, "", 12);

    spec->kind = PL_SLIDE_BLOCK_HEADING;
    _pl_slide_spec_append (spec, heading, PL_SLIDE_ROLE_SECONDARY, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
    ((PlSummaryRow *) g_ptr_array_index (c->rows, c->rows->len - 1))->keep_with_next = TRUE;
  }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      PlSlideSpec *spec = add_text (c, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_FOREGROUND, "", 3);
      g_autofree char *number = g_strdup_printf ("%u.\u00a0", i + 1);

      spec->kind = PL_SLIDE_BLOCK_ITEM;
      append_secondary (spec, number);
      append_bold (spec, source_title (source));
      append_source_line (spec, source);
      _pl_slide_spec_set_item (spec, source);
    }
}

/* ---- phases -------------------------------------------------------------- */

static void
add_phase (Content *c,
           PlPhase *phase)
{
  GListModel *components = pl_phase_get_components (phase);
  guint n = g_list_model_get_n_items (components);
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_TEXT, 14);
  PlSlideSpec *spec = cell (row, PL_SLIDE_FONT_BODY);
  g_autofree char *dates = pl_date_range_format (pl_phase_get_start (phase), pl_phase_get_end (phase));
  const char *name = is_blank (pl_phase_get_name (phase)) ? _ ("Unnamed phase") : pl_phase_get_name (phase);

  row->keep_with_next = n > 0;
  row->indent = pl_phase_get_parent (phase) != NULL ? 20 : 0;
  _pl_slide_spec_set_marker (spec, PL_SLIDE_MARKER_STATUS, pl_phase_get_status (phase));
  _pl_slide_spec_set_item (spec, phase);
  if (pl_phase_get_index (phase) > 0)
    {
      /* Translators: the number of a phase, before its name */
      g_autofree char *number = g_strdup_printf (_ ("Phase %u: "), pl_phase_get_index (phase));
      append_bold (spec, number);
    }
  append_bold (spec, name);
  cite (c, spec, phase);
  append_secondary (spec, "\n");
  append_secondary (spec, pl_status_get_label (pl_phase_get_status (phase)));
  append_secondary (spec, SEP);
  append_secondary (spec, dates ? dates : _ ("no dates given"));
  if (!is_blank (pl_phase_get_summary (phase)))
    {
      append (spec, "\n");
      append (spec, pl_phase_get_summary (phase));
    }
  if (n == 0)
    {
      PlSlideSpec *none = add_text (c, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY, _ ("No components recorded."), 4);
      none->gutter = TRUE;
      ((PlSummaryRow *) g_ptr_array_index (c->rows, c->rows->len - 1))->indent = row->indent;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlComponent) component = g_list_model_get_item (components, i);
      PlSummaryRow *crow = add_row (c, PL_SUMMARY_ROW_CELLS, 0);
      PlSlideSpec *text = cell (crow, PL_SLIDE_FONT_BODY);
      PlSlideSpec *category = cell (crow, PL_SLIDE_FONT_SMALL);
      PlStatus status = pl_component_get_status (component);

      crow->columns = component_columns;
      crow->ruled = TRUE;
      crow->indent = row->indent;
      _pl_slide_spec_set_marker (text, PL_SLIDE_MARKER_STRIPE, pl_component_get_category (component));
      _pl_slide_spec_set_item (text, component);
      append (text, is_blank (pl_component_get_text (component)) ? _ ("(no text)") : pl_component_get_text (component));
      cite (c, text, component);
      _pl_slide_spec_set_marker (category, PL_SLIDE_MARKER_SWATCH, pl_component_get_category (component));
      append (category, pl_category_get_label (pl_component_get_category (component)));
      if (status != PL_STATUS_UNKNOWN)
        {
          append_secondary (category, SEP);
          append_secondary (category, pl_status_get_label (status));
        }
    }
}

static void
add_phases (Content *c)
{
  GListModel *phases = pl_briefing_get_phases (c->briefing);
  const char *titles[] = { _ ("Component"), _ ("Category") };

  add_section (c, PL_SUMMARY_SECTION_PHASES);
  if (g_list_model_get_n_items (phases) == 0)
    {
      add_text (c, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_SECONDARY, _ ("No phases recorded."), 8);
      return;
    }
  add_table_header (c, component_columns, titles, G_N_ELEMENTS (titles));
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      add_phase (c, phase);
    }
}

/* ---- reactions and risks ------------------------------------------------- */

static void
add_reaction (Content *c,
              PlReaction *reaction)
{
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_CELLS, 0);
  PlSlideSpec *who = cell (row, PL_SLIDE_FONT_BODY);
  PlSlideSpec *said = cell (row, PL_SLIDE_FONT_BODY);
  const char *actor = pl_reaction_get_actor (reaction);
  const char *text = pl_reaction_get_text (reaction);
  const char *quote = pl_reaction_get_quote (reaction);

  row->columns = reaction_columns;
  row->ruled = TRUE;
  _pl_slide_spec_set_marker (who, PL_SLIDE_MARKER_BAR, pl_reaction_get_stance (reaction));
  _pl_slide_spec_set_item (who, reaction);
  append_bold (who, is_blank (actor) ? _ ("Unnamed actor") : actor);
  append_secondary (who, "\n");
  append_secondary (who, pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)));
  said->gutter = TRUE;
  append (said, is_blank (text) ? "" : text);
  if (!is_blank (quote))
    {
      g_autofree char *quoted = g_strdup_printf (_ ("“%s”"), quote);

      if (!is_blank (text))
        append (said, "\n");
      _pl_slide_spec_append (said, quoted, PL_SLIDE_ROLE_SECONDARY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
    }
  cite (c, said, reaction);
}

static void
add_reactions (Content *c)
{
  g_autoptr (GPtrArray) groups = _pl_briefing_group_reactions (c->briefing);

  add_section (c, PL_SUMMARY_SECTION_REACTIONS);
  if (groups->len == 0)
    add_text (c, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_SECONDARY, _ ("No reactions recorded."), 8);
  for (guint g = 0; g < groups->len; g++)
    {
      PlBriefingGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *heading = g_strdup_printf ("%s" SEP "%u", pl_stance_get_label (group->key), group->items->len);

      add_group (c, heading, PL_SLIDE_MARKER_STANCE, group->key);
      for (guint i = 0; i < group->items->len; i++)
        add_reaction (c, g_ptr_array_index (group->items, i));
    }
}

static void
add_risk (Content *c,
          PlRisk *risk)
{
  PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_CELLS, 0);
  PlSlideSpec *text = cell (row, PL_SLIDE_FONT_BODY);
  PlSlideSpec *likelihood = cell (row, PL_SLIDE_FONT_SMALL);
  PlSlideSpec *category = cell (row, PL_SLIDE_FONT_SMALL);

  row->columns = risk_columns;
  row->ruled = TRUE;
  _pl_slide_spec_set_marker (text, PL_SLIDE_MARKER_SEVERITY, pl_risk_get_severity (risk));
  _pl_slide_spec_set_item (text, risk);
  append (text, is_blank (pl_risk_get_text (risk)) ? _ ("(no text)") : pl_risk_get_text (risk));
  cite (c, text, risk);
  likelihood->gutter = TRUE;
  append (likelihood, pl_level_get_label (pl_risk_get_likelihood (risk)));
  _pl_slide_spec_set_marker (category, PL_SLIDE_MARKER_SWATCH, pl_risk_get_category (risk));
  append (category, pl_category_get_label (pl_risk_get_category (risk)));
}

static void
add_risks (Content *c)
{
  g_autoptr (GPtrArray) groups = _pl_briefing_group_risks (c->briefing);
  const char *titles[] = { _ ("Risk"), _ ("Likelihood"), _ ("Category") };

  add_section (c, PL_SUMMARY_SECTION_RISKS);
  if (groups->len == 0)
    {
      add_text (c, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_SECONDARY, _ ("No risks recorded."), 8);
      return;
    }
  add_table_header (c, risk_columns, titles, G_N_ELEMENTS (titles));
  for (guint g = 0; g < groups->len; g++)
    {
      PlBriefingGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *heading = g_strdup_printf ("%s" SEP "%u", _pl_briefing_severity_heading (group->key), group->items->len);

      add_group (c, heading, PL_SLIDE_MARKER_SEVERITY, group->key);
      for (guint i = 0; i < group->items->len; i++)
        add_risk (c, g_ptr_array_index (group->items, i));
    }
}

/* ---- sources and notes --------------------------------------------------- */

static void
add_sources (Content *c)
{
  GListModel *sources = pl_briefing_get_sources (c->briefing);
  guint n = g_list_model_get_n_items (sources);

  add_section (c, PL_SUMMARY_SECTION_SOURCES);
  if (n == 0)
    add_text (c, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_SECONDARY, _ ("No sources recorded."), 8);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      PlSlideSpec *spec = add_text (c, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND, "", 8);
      g_autofree char *number = g_strdup_printf ("%u.\u00a0", i + 1);

      spec->kind = PL_SLIDE_BLOCK_ITEM;
      append_secondary (spec, number);
      append_bold (spec, source_title (source));
      append_source_line (spec, source);
      if (!is_blank (pl_source_get_url (source)))
        {
          append_secondary (spec, "\n");
          append_secondary (spec, pl_source_get_url (source));
        }
      _pl_slide_spec_set_item (spec, source);
    }
  if (c->notes->len == 0)
    return;
  add_group (c, _ ("Evidence"), PL_SLIDE_MARKER_NONE, 0);
  for (guint i = 0; i < c->notes->len; i++)
    {
      PlSummaryRow *row = add_row (c, PL_SUMMARY_ROW_TEXT, 4);

      g_ptr_array_add (row->cells, g_steal_pointer (&g_ptr_array_index (c->notes, i)));
    }
}

/**
 * _pl_summary_content_build:
 * @has_timeline: whether the briefing has anything to draw on a timeline
 *
 * Returns: (transfer full) (element-type PlSummaryRow): the rows of the
 *   summary, in order
 */
GPtrArray *
_pl_summary_content_build (PlBriefing *briefing,
                           PlSummarySections sections,
                           GDateTime *printed,
                           gboolean has_timeline)
{
  Content c = { briefing };
  GListModel *sources = pl_briefing_get_sources (briefing);

  c.rows = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_summary_row_free);
  c.notes = g_ptr_array_new ();
  c.source_numbers = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      const char *id = pl_item_get_id (PL_ITEM (source));

      if (id != NULL)
        g_hash_table_insert (c.source_numbers, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }

  add_header (&c, printed);
  if ((sections & PL_SUMMARY_SECTION_TIMELINE) && has_timeline)
    {
      PlSummaryRow *row;

      add_section (&c, PL_SUMMARY_SECTION_TIMELINE);
      row = add_row (&c, PL_SUMMARY_ROW_TIMELINE, 10);
      g_ptr_array_add (row->cells, _pl_slide_spec_new (PL_SLIDE_BLOCK_TIMELINE, PL_SLIDE_FONT_BODY,
                                                       PL_SLIDE_ROLE_FOREGROUND));
    }
  if (sections & PL_SUMMARY_SECTION_PHASES)
    add_phases (&c);
  if (sections & PL_SUMMARY_SECTION_REACTIONS)
    add_reactions (&c);
  if (sections & PL_SUMMARY_SECTION_RISKS)
    add_risks (&c);
  if (sections & PL_SUMMARY_SECTION_SOURCES)
    add_sources (&c);

  /* Notes not printed (no sources section) are dropped. */
  g_ptr_array_set_free_func (c.notes, (GDestroyNotify) _pl_slide_spec_free);
  g_ptr_array_unref (c.notes);
  g_hash_table_unref (c.source_numbers);
  return c.rows;
}
