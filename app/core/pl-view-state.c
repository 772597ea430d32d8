/* pl-view-state.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlViewState"

#include "config.h"

#include "pl-view-state.h"

#include <string.h>

#include "pl-component.h"
#include "pl-phase.h"
#include "pl-reaction.h"
#include "pl-risk.h"
#include "pl-source.h"

struct _PlViewState
{
  GObject parent_instance;

  /* Owned references */
  PlBriefing *briefing; /* NULL when nothing is shown */
  PlItem *selected;     /* NULL when nothing is selected */
  char *search_text;    /* NULL when not searching */
  char *search_key;     /* its case-folded form */
  /* The ids of the sources that something passing the filters quotes,
   * worked out when first asked; NULL when stale */
  GHashTable *passing_sources;

  guint filters[PL_N_FILTERS]; /* a bit per value let through; 0 lets all */
  gulong changed_id;           /* of the briefing's "changed" */
};

G_DEFINE_FINAL_TYPE (PlViewState, pl_view_state, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BRIEFING,
  PROP_SELECTED,
  PROP_SEARCH_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  FILTERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  PlItem *wanted;
  gboolean found;
} FindData;

static void
find_item_cb (gpointer item,
              gpointer user_data)
{
  FindData *data = user_data;

  if (item == data->wanted)
    data->found = TRUE;
}

/* Whether @item is still part of @briefing: by its id first, which is a
 * hash lookup, and by a walk over every item when that fails, for an item
 * without an id or one whose id another item shares. */
static gboolean
briefing_contains (PlBriefing *briefing,
                   PlItem *item)
{
  FindData data = { item, FALSE };

  if (pl_briefing_lookup (briefing, pl_item_get_id (item)) == item)
    return TRUE;
  pl_briefing_foreach_item (briefing, find_item_cb, &data);
  return data.found;
}

static void
briefing_changed_cb (PlViewState *self)
{
  g_clear_pointer (&self->passing_sources, g_hash_table_unref);
  if (self->selected != NULL && !briefing_contains (self->briefing, self->selected))
    pl_view_state_set_selected (self, NULL);
}

static void
pl_view_state_dispose (GObject *object)
{
  PlViewState *self = PL_VIEW_STATE (object);

  g_clear_signal_handler (&self->changed_id, self->briefing);
  g_clear_object (&self->briefing);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->search_text, g_free);
  g_clear_pointer (&self->search_key, g_free);
  g_clear_pointer (&self->passing_sources, g_hash_table_unref);
  G_OBJECT_CLASS (pl_view_state_parent_class)->dispose (object);
}

static void
pl_view_state_get_property (GObject *object,
                            guint prop_id,
                            GValue *value,
                            GParamSpec *pspec)
{
  PlViewState *self = PL_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;

    case PROP_SELECTED:
      g_value_set_object (value, self->selected);
      break;

    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_view_state_set_property (GObject *object,
                            guint prop_id,
                            const GValue *value,
                            GParamSpec *pspec)
{
  PlViewState *self = PL_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      pl_view_state_set_briefing (self, g_value_get_object (value));
      break;

    case PROP_SELECTED:
      pl_view_state_set_selected (self, g_value_get_object (value));
      break;

    case PROP_SEARCH_TEXT:
      pl_view_state_set_search_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_view_state_class_init (PlViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = pl_view_state_dispose;
  object_class->get_property = pl_view_state_get_property;
  object_class->set_property = pl_view_state_set_property;

  /**
   * PlViewState:briefing:
   *
   * The briefing shown, or %NULL.
   */
  properties[PROP_BRIEFING] =
      g_param_spec_object ("briefing", NULL, NULL, PL_TYPE_BRIEFING,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlViewState:selected:
   *
   * The selected item of the briefing, or %NULL.
   */
  properties[PROP_SELECTED] =
      g_param_spec_object ("selected", NULL, NULL, PL_TYPE_ITEM,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * PlViewState:search-text:
   *
   * What the user searches for, or %NULL. Views dim or hide what does not
   * match (pl_view_state_item_matches()).
   */
  properties[PROP_SEARCH_TEXT] =
      g_param_spec_string ("search-text", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlViewState::filters-changed:
   *
   * A filter changed (pl_view_state_set_filter()).
   */
  signals[FILTERS_CHANGED] =
      g_signal_new ("filters-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);
}

static void
pl_view_state_init (PlViewState *self)
{
}

/**
 * pl_view_state_new:
 *
 * Returns: (transfer full): a view state showing nothing
 */
PlViewState *
pl_view_state_new (void)
{
  return g_object_new (PL_TYPE_VIEW_STATE, NULL);
}

/**
 * pl_view_state_get_briefing:
 *
 * Returns: (transfer none) (nullable): the briefing shown
 */
PlBriefing *
pl_view_state_get_briefing (PlViewState *self)
{
  g_return_val_if_fail (PL_IS_VIEW_STATE (self), NULL);
  return self->briefing;
}

/**
 * pl_view_state_set_briefing:
 * @briefing: (nullable): the briefing to show
 *
 * Shows @briefing, with nothing selected.
 */
void
pl_view_state_set_briefing (PlViewState *self,
                            PlBriefing *briefing)
{
  g_return_if_fail (PL_IS_VIEW_STATE (self));
  g_return_if_fail (briefing == NULL || PL_IS_BRIEFING (briefing));

  if (self->briefing == briefing)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  pl_view_state_set_selected (self, NULL);

  g_clear_signal_handler (&self->changed_id, self->briefing);
  g_clear_pointer (&self->passing_sources, g_hash_table_unref);
  g_set_object (&self->briefing, briefing);
  if (briefing != NULL)
    self->changed_id = g_signal_connect_swapped (briefing, "changed", G_CALLBACK (briefing_changed_cb), self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEFING]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * pl_view_state_get_selected:
 *
 * Returns: (transfer none) (nullable): the selected item
 */
PlItem *
pl_view_state_get_selected (PlViewState *self)
{
  g_return_val_if_fail (PL_IS_VIEW_STATE (self), NULL);
  return self->selected;
}

/**
 * pl_view_state_set_selected:
 * @item: (nullable): an item of the briefing, or %NULL to select nothing
 *
 * Selects @item. An item that is not part of the briefing shown selects
 * nothing.
 */
void
pl_view_state_set_selected (PlViewState *self,
                            PlItem *item)
{
  g_return_if_fail (PL_IS_VIEW_STATE (self));
  g_return_if_fail (item == NULL || PL_IS_ITEM (item));

  if (item != NULL && (self->briefing == NULL || !briefing_contains (self->briefing, item)))
    item = NULL;
  if (!g_set_object (&self->selected, item))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/**
 * pl_view_state_get_search_text:
 *
 * Returns: (transfer none) (nullable): what is searched for
 */
const char *
pl_view_state_get_search_text (PlViewState *self)
{
  g_return_val_if_fail (PL_IS_VIEW_STATE (self), NULL);
  return self->search_text;
}

/**
 * pl_view_state_set_search_text:
 * @text: (nullable): what to search for; %NULL or blank searches nothing
 */
void
pl_view_state_set_search_text (PlViewState *self,
                               const char *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (PL_IS_VIEW_STATE (self));

  stripped = g_strstrip (g_strdup (text ? text : ""));
  if (*stripped == '\0')
    g_clear_pointer (&stripped, g_free);
  if (g_strcmp0 (stripped, self->search_text) == 0)
    return;
  g_free (self->search_key);
  self->search_key = stripped ? g_utf8_casefold (stripped, -1) : NULL;
  g_free (self->search_text);
  self->search_text = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_TEXT]);
}

static gboolean
text_matches (const char *text,
              const char *key)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, key) != NULL;
}

/**
 * pl_view_state_item_matches:
 * @item: an item of the briefing
 *
 * Whether @item passes the filters (pl_view_state_item_passes_filters())
 * and matches the search: any of its fields, or the words of the article
 * its evidence points to, contains the search text, whatever the case.
 * Everything matches when nothing is searched for or filtered.
 *
 * Returns: whether to show @item as found
 */
gboolean
pl_view_state_item_matches (PlViewState *self,
                            PlItem *item)
{
  const PlField *fields;
  guint n_fields;

  g_return_val_if_fail (PL_IS_VIEW_STATE (self), TRUE);
  g_return_val_if_fail (PL_IS_ITEM (item), TRUE);

  if (!pl_view_state_item_passes_filters (self, item))
    return FALSE;
  if (self->search_key == NULL)
    return TRUE;
  fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (item), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *value = NULL;

      if (!pl_field_is_text (&fields[i]))
        continue;
      value = pl_item_dup_field_string (item, &fields[i]);
      if (text_matches (value, self->search_key))
        return TRUE;
    }
  for (guint i = 0; self->briefing && i < pl_item_get_n_evidence (item); i++)
    {
      g_autofree char *quote = pl_briefing_dup_evidence_text (self->briefing, pl_item_get_evidence (item, i));

      if (text_matches (quote, self->search_key))
        return TRUE;
    }
  return FALSE;
}

/**
 * pl_view_state_get_filter:
 * @filter: which filter
 *
 * Returns: the values @filter lets through, a bit per value (`1 << value`);
 *   0 when it lets everything through
 */
guint
pl_view_state_get_filter (PlViewState *self,
                          PlFilter filter)
{
  g_return_val_if_fail (PL_IS_VIEW_STATE (self), 0);
  g_return_val_if_fail (filter < PL_N_FILTERS, 0);
  return self->filters[filter];
}

/**
 * pl_view_state_set_filter:
 * @filter: which filter
 * @mask: the values to let through, a bit per value; 0 lets every value
 *   through
 *
 * Changes a filter, and emits #PlViewState::filters-changed when that
 * changes anything.
 */
void
pl_view_state_set_filter (PlViewState *self,
                          PlFilter filter,
                          guint mask)
{
  g_return_if_fail (PL_IS_VIEW_STATE (self));
  g_return_if_fail (filter < PL_N_FILTERS);

  if (self->filters[filter] == mask)
    return;
  self->filters[filter] = mask;
  g_clear_pointer (&self->passing_sources, g_hash_table_unref);
  g_signal_emit (self, signals[FILTERS_CHANGED], 0);
}

/**
 * pl_view_state_clear_filters:
 *
 * Lets everything through again, with one #PlViewState::filters-changed.
 */
void
pl_view_state_clear_filters (PlViewState *self)
{
  gboolean any = FALSE;

  g_return_if_fail (PL_IS_VIEW_STATE (self));

  for (guint i = 0; i < PL_N_FILTERS; i++)
    {
      any |= self->filters[i] != 0;
      self->filters[i] = 0;
    }
  if (!any)
    return;
  g_clear_pointer (&self->passing_sources, g_hash_table_unref);
  g_signal_emit (self, signals[FILTERS_CHANGED], 0);
}

static gboolean
any_filter (PlViewState *self)
{
  for (guint i = 0; i < PL_N_FILTERS; i++)
    if (self->filters[i] != 0)
      return TRUE;
  return FALSE;
}

/**
 * pl_view_state_get_narrowed:
 *
 * Returns: whether something is searched for or filtered, so that views
 *   should set apart what pl_view_state_item_matches() finds
 */
gboolean
pl_view_state_get_narrowed (PlViewState *self)
{
  g_return_val_if_fail (PL_IS_VIEW_STATE (self), FALSE);
  return self->search_key != NULL || any_filter (self);
}

static gboolean
lets (PlViewState *self,
      PlFilter filter,
      guint value)
{
  return self->filters[filter] == 0 || (value < 32 && (self->filters[filter] & (1u << value)) != 0);
}

/* Whether a filter that applies to @item's own fields turns it away; sets
 * @applies when one applies at all. */
static gboolean
own_fields_pass (PlViewState *self,
                 PlItem *item,
                 gboolean *applies)
{
  if (PL_IS_REACTION (item))
    {
      PlReaction *reaction = PL_REACTION (item);

      *applies = self->filters[PL_FILTER_STANCE] != 0 || self->filters[PL_FILTER_ACTOR_KIND] != 0;
      return lets (self, PL_FILTER_STANCE, pl_reaction_get_stance (reaction)) &&
             lets (self, PL_FILTER_ACTOR_KIND, pl_reaction_get_actor_kind (reaction));
    }
  if (PL_IS_RISK (item))
    {
      PlRisk *risk = PL_RISK (item);

      *applies = self->filters[PL_FILTER_SEVERITY] != 0 || self->filters[PL_FILTER_CATEGORY] != 0;
      return lets (self, PL_FILTER_SEVERITY, pl_risk_get_severity (risk)) &&
             lets (self, PL_FILTER_CATEGORY, pl_risk_get_category (risk));
    }
  if (PL_IS_COMPONENT (item))
    {
      *applies = self->filters[PL_FILTER_CATEGORY] != 0;
      return lets (self, PL_FILTER_CATEGORY, pl_component_get_category (PL_COMPONENT (item)));
    }
  *applies = FALSE;
  return TRUE;
}

static void
add_quoted_sources (PlViewState *self,
                    GHashTable *sources,
                    PlItem *item)
{
  gboolean applies;

  if (!own_fields_pass (self, item, &applies) || !applies)
    return;
  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    {
      const PlEvidence *evidence = pl_item_get_evidence (item, i);

      if (evidence->source != NULL)
        g_hash_table_add (sources, g_strdup (evidence->source));
    }
}

static void
collect_source_cb (gpointer item,
                   gpointer user_data)
{
  PlViewState *self = user_data;

  add_quoted_sources (self, self->passing_sources, item);
}

static gboolean
phase_passes (PlViewState *self,
              PlPhase *phase)
{
  GListModel *components = pl_phase_get_components (phase);
  guint n = g_list_model_get_n_items (components);

  if (self->filters[PL_FILTER_CATEGORY] == 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlComponent) component = g_list_model_get_item (components, i);

      if (lets (self, PL_FILTER_CATEGORY, pl_component_get_category (component)))
        return TRUE;
    }
  return FALSE;
}

/**
 * pl_view_state_item_passes_filters:
 * @item: an item of the briefing
 *
 * Whether the filters let @item through. A reaction, risk or component
 * passes when every filter of its fields lets its value through. A phase
 * passes the category filter when one of its components does. A source
 * passes when some reaction, risk or component that a filter applies to
 * and lets through quotes it. Other items, and everything when nothing is
 * filtered, pass.
 *
 * Returns: whether @item passes
 */
gboolean
pl_view_state_item_passes_filters (PlViewState *self,
                                   PlItem *item)
{
  gboolean applies;

  g_return_val_if_fail (PL_IS_VIEW_STATE (self), TRUE);
  g_return_val_if_fail (PL_IS_ITEM (item), TRUE);

  if (!any_filter (self))
    return TRUE;
  if (PL_IS_PHASE (item))
    return phase_passes (self, PL_PHASE (item));
  if (PL_IS_SOURCE (item))
    {
      if (self->briefing == NULL)
        return TRUE;
      if (self->passing_sources == NULL)
        {
          self->passing_sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          pl_briefing_foreach_item (self->briefing, collect_source_cb, self);
        }
      return g_hash_table_contains (self->passing_sources, pl_item_get_id (item));
    }
  return own_fields_pass (self, item, &applies);
}
