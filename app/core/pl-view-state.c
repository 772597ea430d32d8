/* pl-view-state.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlViewState"

#include "config.h"

#include "pl-view-state.h"

struct _PlViewState
{
  GObject parent_instance;

  /* Owned references */
  PlBriefing *briefing; /* NULL when nothing is shown */
  PlItem *selected;     /* NULL when nothing is selected */

  gulong changed_id; /* of the briefing's "changed" */
};

G_DEFINE_FINAL_TYPE (PlViewState, pl_view_state, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BRIEFING,
  PROP_SELECTED,
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
