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

struct _PlViewState
{
  GObject parent_instance;

  /* Owned references */
  PlBriefing *briefing; /* NULL when nothing is shown */
  PlItem *selected;     /* NULL when nothing is selected */
  char *search_text;    /* NULL when not searching */
  char *search_key;     /* its case-folded form */

  gulong changed_id; /* of the briefing's "changed" */
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
 * Whether @item matches the search: any of its fields, or the words of the
 * article its evidence points to, contains the search text, whatever the
 * case. Everything matches when nothing is searched for.
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
