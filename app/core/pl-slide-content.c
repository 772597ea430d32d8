/* pl-slide-content.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlSlides"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pl-briefing-order-private.h"
#include "pl-labels.h"
#include "pl-slide-private.h"

/* What goes on the slides, as blocks for the flow: the title slide, one
 * slide per phase, the reactions by stance, the risks by severity, and
 * what to watch.
 *
 * "What to watch" closes the deck with what is still to come or still
 * uncertain: the planned phases, the high-severity risks, and open
 * questions. An open question is a phase whose status is not stated, a
 * planned phase with no dates, a current phase with no end date, and every
 * skeptical or opposing reaction: each is something the audience may ask
 * about, or that the plan still has to answer. */

#define SEP "\u00a0· " /* the dot stays on the line of what it follows */

typedef GPtrArray Specs; /* of PlSlideSpec, owned by whoever flows them */

static PlSlideSpec *
add_text (Specs *specs,
          PlSlideBlockKind kind,
          PlSlideFont font,
          PlSlideRole role,
          const char *text)
{
  PlSlideSpec *spec = _pl_slide_spec_new_text (kind, font, role, text);

  g_ptr_array_add (specs, spec);
  return spec;
}

static PlSlideSpec *
add_heading (Specs *specs,
             const char *text,
             PlSlideMarker marker,
             int value)
{
  PlSlideSpec *spec = add_text (specs, PL_SLIDE_BLOCK_HEADING, PL_SLIDE_FONT_HEADING, PL_SLIDE_ROLE_FOREGROUND, text);

  _pl_slide_spec_set_marker (spec, marker, value);
  spec->keep_with_next = TRUE;
  return spec;
}

static PlSlideSpec *
add_item (Specs *specs,
          gpointer item,
          PlSlideFont font,
          PlSlideMarker marker,
          int value)
{
  PlSlideSpec *spec = _pl_slide_spec_new (PL_SLIDE_BLOCK_ITEM, font, PL_SLIDE_ROLE_FOREGROUND);

  _pl_slide_spec_set_marker (spec, marker, value);
  _pl_slide_spec_set_item (spec, item);
  g_ptr_array_add (specs, spec);
  return spec;
}

static void
append (PlSlideSpec *spec,
        const char *text)
{
  _pl_slide_spec_append (spec, text, PL_SLIDE_ROLE_FOREGROUND, PANGO_WEIGHT_NORMAL, PANGO_STYLE_NORMAL);
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
  _pl_slide_spec_append (spec, text, PL_SLIDE_ROLE_FOREGROUND, PANGO_WEIGHT_BOLD, PANGO_STYLE_NORMAL);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Lists of short items (components, reactions, risks, what to watch) take
 * two columns on a wide slide, where one would leave its right half empty. */
static guint
list_columns (const PlSlideMetrics *m)
{
  return m->width / m->height >= 1.5 ? 2 : 1;
}

static void
flow (const PlSlideMetrics *m,
      const PlSlideSection *section,
      Specs *specs,
      GPtrArray *out_slides)
{
  _pl_slide_flow (m, section, specs, out_slides);
}

static const char *
phase_name (PlPhase *phase)
{
  const char *name = pl_phase_get_name (phase);

  return is_blank (name) ? _ ("Unnamed phase") : name;
}

/* ---- the title slide ----------------------------------------------------- */

static void
add_source (Specs *specs,
            PlSource *source)
{
  PlSlideSpec *spec = add_item (specs, source, PL_SLIDE_FONT_SMALL, PL_SLIDE_MARKER_BULLET, 0);
  g_autofree char *date = pl_date_format_display (pl_source_get_published (source));
  const char *title = pl_source_get_title (source);
  const char *by = pl_source_get_site (source) ? pl_source_get_site (source) : pl_source_get_byline (source);
  g_autoptr (GString) rest = g_string_new (NULL);

  if (is_blank (title))
    title = pl_source_get_file (source) ? pl_source_get_file (source) : _ ("Untitled article");
  append (spec, title);
  if (!is_blank (by))
    g_string_append_printf (rest, "%s%s", SEP, by);
  if (date != NULL)
    g_string_append_printf (rest, "%s%s", SEP, date);
  append_secondary (spec, rest->str);
}

/**
 * _pl_slide_content_title:
 *
 * The title slide: the briefing's title and subtitle, its date and byline,
 * and the articles it comes from.
 */
void
_pl_slide_content_title (const PlSlideMetrics *m,
                         PlBriefing *briefing,
                         GPtrArray *out_slides)
{
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  GListModel *sources = pl_briefing_get_sources (briefing);
  guint n_sources = g_list_model_get_n_items (sources);
  const char *title = pl_briefing_get_title (briefing);
  g_autofree char *date = pl_date_format_display (pl_briefing_get_published (briefing));
  g_autoptr (GString) meta = g_string_new (NULL);
  PlSlideSection section = { .kind = PL_SLIDE_KIND_TITLE, .key = "title", .section = _ ("Overview"), .accent = -1, .centered = TRUE, .no_header = TRUE, .of_slide = -1 };
  g_autoptr (PangoLayout) probe = NULL;

  if (is_blank (title))
    title = _ ("Untitled briefing");
  /* A title of more than four lines is set smaller, as a slide's title. */
  probe = _pl_slide_layout_new (m, PL_SLIDE_FONT_TITLE, title, m->width - 2 * m->margin_x);
  add_text (specs, PL_SLIDE_BLOCK_TEXT,
            _pl_slide_layout_n_lines (probe) > 4 ? PL_SLIDE_FONT_HEADER_SMALL : PL_SLIDE_FONT_TITLE,
            PL_SLIDE_ROLE_FOREGROUND, title);
  if (!is_blank (pl_briefing_get_subtitle (briefing)))
    add_text (specs, PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_SUBTITLE, PL_SLIDE_ROLE_SECONDARY,
              pl_briefing_get_subtitle (briefing));
  if (date != NULL)
    g_string_append (meta, date);
  if (!is_blank (pl_briefing_get_byline (briefing)))
    g_string_append_printf (meta, "%s%s", meta->len ? SEP : "", pl_briefing_get_byline (briefing));
  if (meta->len > 0)
    add_text (specs, PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY, meta->str);

  if (n_sources > 0)
    add_heading (specs, g_dngettext (GETTEXT_PACKAGE, "Source", "Sources", n_sources), PL_SLIDE_MARKER_NONE, 0);
  for (guint i = 0; i < n_sources; i++)
    {
      g_autoptr (PlSource) source = g_list_model_get_item (sources, i);
      add_source (specs, source);
    }

  section.title = title;
  flow (m, &section, specs, out_slides);
}

/* ---- phases -------------------------------------------------------------- */

typedef struct
{
  PlBriefing *briefing; /* borrowed */
  GHashTable *children; /* owned: parent id → GPtrArray of borrowed PlPhase */
  GPtrArray *order;     /* owned: borrowed PlPhase, parents before their parts */
  GHashTable *number;   /* owned: PlPhase → its top-level number */
  GHashTable *seen;     /* owned: set of PlPhase */
  guint n_top;
} PhaseTree;

static void
tree_visit (PhaseTree *tree,
            PlPhase *phase,
            guint number)
{
  GPtrArray *children;

  if (!g_hash_table_add (tree->seen, phase))
    return; /* a cycle */
  g_ptr_array_add (tree->order, phase);
  g_hash_table_insert (tree->number, phase, GUINT_TO_POINTER (number));
  children = g_hash_table_lookup (tree->children, pl_item_get_id (PL_ITEM (phase)) ? pl_item_get_id (PL_ITEM (phase)) : "");
  for (guint i = 0; children != NULL && i < children->len; i++)
    tree_visit (tree, children->pdata[i], number);
}

static gboolean
is_top_level (PlBriefing *briefing,
              PlPhase *phase)
{
  const char *parent = pl_phase_get_parent (phase);
  PlPhase *found = parent ? pl_briefing_lookup_phase (briefing, parent) : NULL;

  return found == NULL || found == phase;
}

/* The phases, each followed by its parts; phases in a cycle of parents
 * come last, so that none is left out. */
static void
tree_init (PhaseTree *tree,
           PlBriefing *briefing)
{
  GListModel *phases = pl_briefing_get_phases (briefing);
  guint n = g_list_model_get_n_items (phases);
  guint number = 0;

  tree->briefing = briefing;
  tree->children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  tree->order = g_ptr_array_new ();
  tree->number = g_hash_table_new (NULL, NULL);
  tree->seen = g_hash_table_new (NULL, NULL);
  tree->n_top = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      GPtrArray *list;

      if (is_top_level (briefing, phase))
        {
          tree->n_top++;
          continue;
        }
      list = g_hash_table_lookup (tree->children, pl_phase_get_parent (phase));
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (tree->children, (gpointer) pl_phase_get_parent (phase), list);
        }
      g_ptr_array_add (list, phase); /* the briefing keeps it alive */
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);

      if (is_top_level (briefing, phase))
        tree_visit (tree, phase, ++number);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);

      if (!g_hash_table_contains (tree->seen, phase))
        tree_visit (tree, phase, 0);
    }
}

static void
tree_clear (PhaseTree *tree)
{
  g_hash_table_unref (tree->children);
  g_ptr_array_unref (tree->order);
  g_hash_table_unref (tree->number);
  g_hash_table_unref (tree->seen);
}

static char *
dates_of (PlPhase *phase)
{
  char *range = pl_date_range_format (pl_phase_get_start (phase), pl_phase_get_end (phase));

  return range ? range : g_strdup (_ ("no dates given"));
}

/* "Current · 1 March 2025 – 30 June 2026", by the phase's status mark. */
static void
add_phase_meta (Specs *specs,
                PlPhase *phase)
{
  PlSlideSpec *spec = _pl_slide_spec_new (PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND);
  g_autofree char *dates = dates_of (phase);

  _pl_slide_spec_set_marker (spec, PL_SLIDE_MARKER_STATUS, pl_phase_get_status (phase));
  _pl_slide_spec_set_item (spec, phase);
  append_bold (spec, pl_status_get_label (pl_phase_get_status (phase)));
  append_secondary (spec, SEP);
  append_secondary (spec, dates);
  g_ptr_array_add (specs, spec);
}

static void
add_parts (Specs *specs,
           PhaseTree *tree,
           PlPhase *phase)
{
  const char *id = pl_item_get_id (PL_ITEM (phase));
  GPtrArray *children = id ? g_hash_table_lookup (tree->children, id) : NULL;

  if (children == NULL || children->len == 0)
    return;
  add_heading (specs, _ ("Parts"), PL_SLIDE_MARKER_NONE, 0);
  for (guint i = 0; i < children->len; i++)
    {
      PlPhase *child = children->pdata[i];
      PlSlideSpec *spec = add_item (specs, child, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_STATUS, pl_phase_get_status (child));
      g_autofree char *dates = dates_of (child);

      append (spec, phase_name (child));
      append_secondary (spec, SEP);
      append_secondary (spec, dates);
    }
}

static void
add_components (Specs *specs,
                PlPhase *phase)
{
  GListModel *components = pl_phase_get_components (phase);
  guint n = g_list_model_get_n_items (components);

  for (int category = 0; category < PL_N_CATEGORIES; category++)
    {
      gboolean headed = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (PlComponent) component = g_list_model_get_item (components, i);
          PlStatus status = pl_component_get_status (component);
          PlSlideSpec *spec;

          if ((int) pl_component_get_category (component) != category)
            continue;
          if (!headed)
            add_heading (specs, pl_category_get_label (category), PL_SLIDE_MARKER_SWATCH, category);
          headed = TRUE;
          spec = add_item (specs, component, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_STRIPE, category);
          append (spec, is_blank (pl_component_get_text (component)) ? _ ("(no text)") : pl_component_get_text (component));
          if (status != PL_STATUS_UNKNOWN && status != pl_phase_get_status (phase))
            {
              append_secondary (spec, SEP);
              append_secondary (spec, pl_status_get_label (status));
            }
        }
    }
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  PlEvent *x = *(PlEvent *const *) a;
  PlEvent *y = *(PlEvent *const *) b;

  return pl_date_compare (pl_event_get_date (x), pl_event_get_date (y));
}

static void
add_events (Specs *specs,
            PlBriefing *briefing,
            PlPhase *phase)
{
  GListModel *events = pl_briefing_get_events (briefing);
  const char *id = pl_item_get_id (PL_ITEM (phase));
  g_autoptr (GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; id != NULL && i < g_list_model_get_n_items (events); i++)
    {
      PlEvent *event = g_list_model_get_item (events, i);

      if (g_strcmp0 (pl_event_get_phase (event), id) == 0)
        g_ptr_array_add (mine, event);
      else
        g_object_unref (event);
    }
  if (mine->len == 0)
    return;
  g_ptr_array_sort (mine, compare_events);
  add_heading (specs, _ ("Events"), PL_SLIDE_MARKER_NONE, 0);
  for (guint i = 0; i < mine->len; i++)
    {
      PlEvent *event = mine->pdata[i];
      PlSlideSpec *spec = add_item (specs, event, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_BULLET, 0);
      g_autofree char *date = pl_date_format_display (pl_event_get_date (event));

      if (date != NULL)
        {
          append_bold (spec, date);
          append_secondary (spec, SEP);
        }
      append (spec, is_blank (pl_event_get_text (event)) ? _ ("(no text)") : pl_event_get_text (event));
    }
}

static void
add_phase (const PlSlideMetrics *m,
           PhaseTree *tree,
           PlPhase *phase,
           guint position,
           GPtrArray *out_slides)
{
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  const char *id = pl_item_get_id (PL_ITEM (phase));
  g_autofree char *key = id ? g_strdup_printf ("phase:%s", id) : g_strdup_printf ("phase:@%u", position);
  g_autofree char *kicker = NULL;
  guint number = GPOINTER_TO_UINT (g_hash_table_lookup (tree->number, phase));
  const char *parent_id = pl_phase_get_parent (phase);
  PlPhase *parent = parent_id ? pl_briefing_lookup_phase (tree->briefing, parent_id) : NULL;
  PlSlideSection section = { .kind = PL_SLIDE_KIND_PHASE, .key = key, .title = phase_name (phase), .section = _ ("Phases"), .accent = (int) pl_phase_get_status (phase), .columns = list_columns (m), .of_slide = -1 };
  guint before;

  if (parent != NULL && parent != phase && number > 0)
    /* Translators: above the title of a slide about a part of a phase */
    kicker = g_strdup_printf (_ ("Part of phase %u"), number);
  else if (number > 0)
    /* Translators: above the title of a phase's slide */
    kicker = g_strdup_printf (_ ("Phase %u of %u"), number, tree->n_top);
  section.kicker = kicker;

  add_phase_meta (specs, phase);
  if (parent != NULL && parent != phase)
    {
      g_autofree char *text = g_strdup_printf (_ ("Part of “%s”"), phase_name (parent));
      add_text (specs, PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_SMALL, PL_SLIDE_ROLE_SECONDARY, text);
    }
  if (!is_blank (pl_phase_get_summary (phase)))
    add_text (specs, PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_FOREGROUND, pl_phase_get_summary (phase));
  before = specs->len;
  add_parts (specs, tree, phase);
  add_components (specs, phase);
  add_events (specs, tree->briefing, phase);
  if (specs->len == before && is_blank (pl_phase_get_summary (phase)))
    add_text (specs, PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_SECONDARY,
              _ ("The briefing records no components for this phase."));
  flow (m, &section, specs, out_slides);
}

/* ---- reactions and risks ------------------------------------------------- */

/* A reaction: its actor, then what they said, then their words quoted.
 * What to watch names the stance instead of the kind of actor, and leaves
 * the quote to the reactions' slides. */
static void
append_reaction (PlSlideSpec *spec,
                 PlReaction *reaction,
                 gboolean with_stance)
{
  const char *actor = pl_reaction_get_actor (reaction);
  const char *text = pl_reaction_get_text (reaction);
  const char *quote = pl_reaction_get_quote (reaction);

  append_bold (spec, is_blank (actor) ? _ ("Unnamed actor") : actor);
  append_secondary (spec, SEP);
  append_secondary (spec, with_stance ? pl_stance_get_label (pl_reaction_get_stance (reaction))
                                      : pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)));
  if (!is_blank (text))
    {
      append (spec, "\n");
      append (spec, text);
    }
  if (!is_blank (quote) && !with_stance)
    {
      g_autofree char *quoted = g_strdup_printf (_ ("“%s”"), quote);

      append (spec, "\n");
      _pl_slide_spec_append (spec, quoted, PL_SLIDE_ROLE_SECONDARY, PANGO_WEIGHT_NORMAL, PANGO_STYLE_ITALIC);
    }
}

static void
add_reactions (const PlSlideMetrics *m,
               PlBriefing *briefing,
               GPtrArray *out_slides)
{
  g_autoptr (GPtrArray) groups = _pl_briefing_group_reactions (briefing);
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  PlSlideSection section = { .kind = PL_SLIDE_KIND_REACTIONS, .key = "reactions", .title = _ ("Reactions"), .section = _ ("Reactions"), .accent = -1, .columns = list_columns (m), .of_slide = -1 };

  if (groups->len == 0)
    return;
  for (guint g = 0; g < groups->len; g++)
    {
      PlBriefingGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *heading = g_strdup_printf ("%s" SEP "%u", pl_stance_get_label (group->key), group->items->len);

      add_heading (specs, heading, PL_SLIDE_MARKER_STANCE, group->key);
      for (guint i = 0; i < group->items->len; i++)
        {
          PlReaction *reaction = g_ptr_array_index (group->items, i);

          append_reaction (add_item (specs, reaction, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_BAR, group->key),
                           reaction, FALSE);
        }
    }
  flow (m, &section, specs, out_slides);
}

static void
append_risk (PlSlideSpec *spec,
             PlRisk *risk)
{
  g_autofree char *likelihood = g_strdup_printf (_ ("Likelihood: %s"),
                                                 pl_level_get_label (pl_risk_get_likelihood (risk)));

  append (spec, is_blank (pl_risk_get_text (risk)) ? _ ("(no text)") : pl_risk_get_text (risk));
  append_secondary (spec, "\n");
  append_secondary (spec, likelihood);
  append_secondary (spec, SEP);
  append_secondary (spec, pl_category_get_label (pl_risk_get_category (risk)));
}

static void
add_risks (const PlSlideMetrics *m,
           PlBriefing *briefing,
           GPtrArray *out_slides)
{
  g_autoptr (GPtrArray) groups = _pl_briefing_group_risks (briefing);
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  PlSlideSection section = { .kind = PL_SLIDE_KIND_RISKS, .key = "risks", .title = _ ("Risks"), .section = _ ("Risks"), .accent = -1, .columns = list_columns (m), .of_slide = -1 };

  if (groups->len == 0)
    return;
  for (guint g = 0; g < groups->len; g++)
    {
      PlBriefingGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *heading = g_strdup_printf ("%s" SEP "%u", _pl_briefing_severity_heading (group->key), group->items->len);

      add_heading (specs, heading, PL_SLIDE_MARKER_SEVERITY, group->key);
      for (guint i = 0; i < group->items->len; i++)
        {
          PlRisk *risk = g_ptr_array_index (group->items, i);

          append_risk (add_item (specs, risk, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_STRIPE, pl_risk_get_category (risk)),
                       risk);
        }
    }
  flow (m, &section, specs, out_slides);
}

/* ---- what to watch ------------------------------------------------------- */

static void
add_watch_phases (Specs *specs,
                  PhaseTree *tree)
{
  gboolean headed = FALSE;

  for (guint i = 0; i < tree->order->len; i++)
    {
      PlPhase *phase = tree->order->pdata[i];
      PlSlideSpec *spec;
      g_autofree char *dates = NULL;

      if (pl_phase_get_status (phase) != PL_STATUS_PLANNED)
        continue;
      if (!headed)
        add_heading (specs, _ ("Planned phases"), PL_SLIDE_MARKER_NONE, 0);
      headed = TRUE;
      spec = add_item (specs, phase, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_STATUS, PL_STATUS_PLANNED);
      dates = dates_of (phase);
      append (spec, phase_name (phase));
      append_secondary (spec, SEP);
      append_secondary (spec, dates);
    }
}

static void
add_watch_risks (Specs *specs,
                 PlBriefing *briefing)
{
  GListModel *risks = pl_briefing_get_risks (briefing);
  gboolean headed = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr (PlRisk) risk = g_list_model_get_item (risks, i);
      g_autofree char *likelihood = NULL;
      PlSlideSpec *spec;

      if (pl_risk_get_severity (risk) != PL_LEVEL_HIGH)
        continue;
      if (!headed)
        add_heading (specs, _ ("High risks"), PL_SLIDE_MARKER_NONE, 0);
      headed = TRUE;
      spec = add_item (specs, risk, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_STRIPE, pl_risk_get_category (risk));
      likelihood = g_strdup_printf (_ ("Likelihood: %s"), pl_level_get_label (pl_risk_get_likelihood (risk)));
      append (spec, is_blank (pl_risk_get_text (risk)) ? _ ("(no text)") : pl_risk_get_text (risk));
      append_secondary (spec, SEP);
      append_secondary (spec, likelihood);
    }
}

/* The question a phase leaves open, or NULL. */
static char *
phase_question (PlPhase *phase)
{
  PlStatus status = pl_phase_get_status (phase);
  gboolean has_start = pl_date_is_set (pl_phase_get_start (phase));
  gboolean has_end = pl_date_is_set (pl_phase_get_end (phase));

  if (status == PL_STATUS_UNKNOWN)
    return g_strdup_printf (_ ("Where does “%s” stand? Its status is not stated."), phase_name (phase));
  if (status == PL_STATUS_PLANNED && !has_start && !has_end)
    return g_strdup_printf (_ ("When does “%s” start? No dates are given."), phase_name (phase));
  if (status == PL_STATUS_CURRENT && !has_end)
    return g_strdup_printf (_ ("When does “%s” end? No end date is given."), phase_name (phase));
  return NULL;
}

static void
add_watch_questions (Specs *specs,
                     PhaseTree *tree)
{
  GListModel *reactions = pl_briefing_get_reactions (tree->briefing);
  gboolean headed = FALSE;

  for (guint i = 0; i < tree->order->len; i++)
    {
      PlPhase *phase = tree->order->pdata[i];
      g_autofree char *question = phase_question (phase);

      if (question == NULL)
        continue;
      if (!headed)
        add_heading (specs, _ ("Open questions"), PL_SLIDE_MARKER_NONE, 0);
      headed = TRUE;
      append (add_item (specs, phase, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_QUESTION, 0), question);
    }
  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);
      PlStance stance = pl_reaction_get_stance (reaction);

      if (stance != PL_STANCE_SKEPTICAL && stance != PL_STANCE_OPPOSE)
        continue;
      if (!headed)
        add_heading (specs, _ ("Open questions"), PL_SLIDE_MARKER_NONE, 0);
      headed = TRUE;
      append_reaction (add_item (specs, reaction, PL_SLIDE_FONT_BODY, PL_SLIDE_MARKER_QUESTION, 0), reaction, TRUE);
    }
}

static void
add_watch (const PlSlideMetrics *m,
           PhaseTree *tree,
           GPtrArray *out_slides)
{
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  PlSlideSection section = { .kind = PL_SLIDE_KIND_WATCH, .key = "watch", .title = _ ("What to watch"), .section = _ ("What to watch"), .accent = -1, .columns = list_columns (m), .of_slide = -1 };

  add_watch_phases (specs, tree);
  add_watch_risks (specs, tree->briefing);
  add_watch_questions (specs, tree);
  if (specs->len == 0)
    add_text (specs, PL_SLIDE_BLOCK_TEXT, PL_SLIDE_FONT_BODY, PL_SLIDE_ROLE_SECONDARY,
              _ ("No phase is still planned, no risk is of high severity and no question is left open."));
  flow (m, &section, specs, out_slides);
}

/**
 * _pl_slide_content_body:
 *
 * The slides after the timeline: the phases, reactions, risks and what to
 * watch.
 */
void
_pl_slide_content_body (const PlSlideMetrics *m,
                        PlBriefing *briefing,
                        GPtrArray *out_slides)
{
  PhaseTree tree;

  tree_init (&tree, briefing);
  for (guint i = 0; i < tree.order->len; i++)
    add_phase (m, &tree, tree.order->pdata[i], i + 1, out_slides);
  add_reactions (m, briefing, out_slides);
  add_risks (m, briefing, out_slides);
  add_watch (m, &tree, out_slides);
  tree_clear (&tree);
}
