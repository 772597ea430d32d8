/* pl-briefing-ids.c: ids, copies and merging of briefings.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlBriefing"

#include "config.h"

#include <string.h>

#include "pl-briefing-private.h"
#include "pl-item-private.h"

typedef struct
{
  GHashTable *used;     /* owned: set of owned ids */
  GHashTable *counters; /* owned: borrowed prefix → last number tried */
  GHashTable *kept;     /* owned: set of borrowed items whose id stays */
} IdState;

static void
id_state_init (IdState *state)
{
  state->used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  state->counters = g_hash_table_new (g_str_hash, g_str_equal);
  state->kept = g_hash_table_new (NULL, NULL);
}

static void
id_state_clear (IdState *state)
{
  g_hash_table_unref (state->used);
  g_hash_table_unref (state->counters);
  g_hash_table_unref (state->kept);
}

static char *
next_free_id (IdState *state,
              const char *prefix)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (state->counters, prefix));
  char *id = NULL;

  do
    {
      g_free (id);
      id = g_strdup_printf ("%s%u", prefix, ++n);
    }
  while (g_hash_table_contains (state->used, id));

  g_hash_table_insert (state->counters, (gpointer) prefix, GUINT_TO_POINTER (n));
  g_hash_table_add (state->used, g_strdup (id));
  return id;
}

static void
collect_id (gpointer item,
            gpointer user_data)
{
  IdState *state = user_data;
  const char *id = pl_item_get_id (item);

  if (id != NULL && !g_hash_table_contains (state->used, id))
    {
      g_hash_table_add (state->used, g_strdup (id));
      g_hash_table_add (state->kept, item);
    }
}

static void
assign_id (gpointer item,
           gpointer user_data)
{
  IdState *state = user_data;

  if (!g_hash_table_contains (state->kept, item))
    {
      g_autofree char *id = next_free_id (state, pl_item_get_id_prefix (item));
      pl_item_set_id (item, id);
    }
}

/**
 * pl_briefing_ensure_ids:
 *
 * Gives every item without an id, and every item after the first that
 * shares an id, a new id unique within the briefing.
 */
void
pl_briefing_ensure_ids (PlBriefing *self)
{
  IdState state;

  g_return_if_fail (PL_IS_BRIEFING (self));

  id_state_init (&state);
  pl_briefing_foreach_item (self, collect_id, &state);
  pl_briefing_foreach_item (self, assign_id, &state);
  id_state_clear (&state);
}

static void
copy_fields (PlItem *from,
             PlItem *to)
{
  guint n_fields;
  const PlField *fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (from), &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_auto (GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (from), fields[i].name, &value);
      g_object_set_property (G_OBJECT (to), fields[i].name, &value);
    }
  for (guint i = 0; i < pl_item_get_n_evidence (from); i++)
    {
      const PlEvidence *e = pl_item_get_evidence (from, i);
      pl_item_add_evidence (to, e->source, e->start, e->end);
    }
}

/**
 * pl_item_copy:
 *
 * Returns: (transfer full): a deep copy of @item, with the same id; a
 *   phase's copy has copies of its components, a source's its blocks
 */
PlItem *
pl_item_copy (PlItem *item)
{
  PlItem *copy;

  g_return_val_if_fail (PL_IS_ITEM (item), NULL);

  copy = g_object_new (G_OBJECT_TYPE (item), NULL);
  g_object_freeze_notify (G_OBJECT (copy));
  pl_item_set_id (copy, pl_item_get_id (item));
  copy_fields (item, copy);
  g_object_thaw_notify (G_OBJECT (copy));

  if (PL_IS_PHASE (item))
    {
      GListModel *components = pl_phase_get_components (PL_PHASE (item));

      for (guint i = 0; i < g_list_model_get_n_items (components); i++)
        {
          g_autoptr (PlItem) component = g_list_model_get_item (components, i);
          g_autoptr (PlItem) component_copy = pl_item_copy (component);

          pl_phase_add_component (PL_PHASE (copy), PL_COMPONENT (component_copy));
        }
    }
  else if (PL_IS_SOURCE (item))
    {
      guint n_blocks;
      const PlBlock *blocks = pl_source_get_blocks (PL_SOURCE (item), &n_blocks);

      pl_source_set_blocks (PL_SOURCE (copy), blocks, n_blocks);
    }
  return copy;
}

typedef struct
{
  GPtrArray *copies; /* owned: the copied items, in order */
  IdState ids;
  GHashTable *renamed; /* owned: old id → new id, both owned */
} MergeState;

static void
plan_rename (gpointer item,
             gpointer user_data)
{
  MergeState *state = user_data;
  const char *id = pl_item_get_id (item);

  if (!g_hash_table_contains (state->ids.used, id))
    g_hash_table_add (state->ids.used, g_strdup (id));
  else if (!g_hash_table_contains (state->renamed, id))
    g_hash_table_insert (state->renamed, g_strdup (id),
                         next_free_id (&state->ids, pl_item_get_id_prefix (item)));
}

static const char *
renamed_id (MergeState *state,
            const char *id)
{
  const char *new_id = id ? g_hash_table_lookup (state->renamed, id) : NULL;

  return new_id ? new_id : id;
}

static void
apply_renames (PlItem *item,
               MergeState *state)
{
  guint n_fields;
  const PlField *fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (item), &n_fields);
  g_autoptr (GPtrArray) evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_evidence_free);

  pl_item_set_id (item, renamed_id (state, pl_item_get_id (item)));
  for (guint i = 0; i < n_fields; i++)
    if (fields[i].kind == PL_FIELD_REF)
      {
        g_autofree char *ref = pl_item_dup_field_string (item, &fields[i]);
        pl_item_set_field_string (item, &fields[i], renamed_id (state, ref), NULL);
      }

  for (guint i = 0; i < pl_item_get_n_evidence (item); i++)
    g_ptr_array_add (evidence, pl_evidence_copy (pl_item_get_evidence (item, i)));
  pl_item_clear_evidence (item);
  for (guint i = 0; i < evidence->len; i++)
    {
      PlEvidence *e = g_ptr_array_index (evidence, i);
      pl_item_add_evidence (item, renamed_id (state, e->source), e->start, e->end);
    }
}

static void
merge_item (gpointer item,
            gpointer user_data)
{
  MergeState *state = user_data;
  g_autoptr (PlItem) copy = NULL;

  if (PL_IS_COMPONENT (item))
    return; /* copied with its phase */

  copy = pl_item_copy (item);
  apply_renames (copy, state);
  if (PL_IS_PHASE (copy))
    {
      GListModel *components = pl_phase_get_components (PL_PHASE (copy));
      for (guint i = 0; i < g_list_model_get_n_items (components); i++)
        {
          g_autoptr (PlItem) component = g_list_model_get_item (components, i);
          apply_renames (component, state);
        }
    }
  g_ptr_array_add (state->copies, g_steal_pointer (&copy));
}

/* Appends @copies to their lists, one change per list. */
static void
append_by_type (PlBriefing *self,
                GPtrArray *copies)
{
  const GType types[] = { PL_TYPE_SOURCE, PL_TYPE_PHASE, PL_TYPE_REACTION, PL_TYPE_RISK, PL_TYPE_EVENT };

  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      g_autoptr (GPtrArray) of_type = g_ptr_array_new ();

      for (guint i = 0; i < copies->len; i++)
        if (G_OBJECT_TYPE (copies->pdata[i]) == types[t])
          g_ptr_array_add (of_type, copies->pdata[i]);
      if (of_type->len > 0)
        _pl_briefing_append_items (self, types[t], of_type);
    }
}

/* Speaker notes of @other's slides that @self has no notes for; a phase's
 * slide follows its phase when the phase's id was renamed. */
static void
merge_slide_notes (PlBriefing *self,
                   PlBriefing *other,
                   MergeState *state)
{
  g_auto (GStrv) keys = pl_briefing_dup_slide_note_keys (other);

  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *notes = pl_briefing_get_slide_notes (other, keys[i]);
      g_autofree char *key = g_strdup (keys[i]);

      if (g_str_has_prefix (keys[i], "phase:"))
        {
          const char *id_start = keys[i] + strlen ("phase:");
          const char *hash = strchr (id_start, '#');
          g_autofree char *id = g_strndup (id_start, hash ? (gsize) (hash - id_start) : strlen (id_start));

          g_free (key);
          key = g_strconcat ("phase:", renamed_id (state, id), hash ? hash : "", NULL);
        }
      if (pl_slide_key_is_valid (key) && pl_briefing_get_slide_notes (self, key) == NULL)
        pl_briefing_set_slide_notes (self, key, notes);
    }
}

/**
 * pl_briefing_merge:
 * @other: a briefing to merge into @self
 *
 * Appends copies of all of @other's items to @self. Ids of @other that
 * @self already uses are renamed, and references to them (parent phases,
 * event phases, evidence sources) follow. Empty header fields of @self are
 * filled from @other.
 */
void
pl_briefing_merge (PlBriefing *self,
                   PlBriefing *other)
{
  MergeState state;

  g_return_if_fail (PL_IS_BRIEFING (self));
  g_return_if_fail (PL_IS_BRIEFING (other));
  g_return_if_fail (self != other);

  g_object_freeze_notify (G_OBJECT (self));
  if (pl_briefing_get_title (self) == NULL)
    pl_briefing_set_title (self, pl_briefing_get_title (other));
  if (pl_briefing_get_subtitle (self) == NULL)
    pl_briefing_set_subtitle (self, pl_briefing_get_subtitle (other));
  if (pl_briefing_get_byline (self) == NULL)
    pl_briefing_set_byline (self, pl_briefing_get_byline (other));
  if (!pl_date_is_set (pl_briefing_get_published (self)))
    pl_briefing_set_published (self, pl_briefing_get_published (other));
  if (pl_briefing_get_notes (self) == NULL)
    pl_briefing_set_notes (self, pl_briefing_get_notes (other));
  g_object_thaw_notify (G_OBJECT (self));

  pl_briefing_ensure_ids (self);
  pl_briefing_ensure_ids (other);

  state.copies = g_ptr_array_new_with_free_func (g_object_unref);
  id_state_init (&state.ids);
  state.renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  pl_briefing_foreach_item (self, collect_id, &state.ids);
  pl_briefing_foreach_item (other, plan_rename, &state);
  pl_briefing_foreach_item (other, merge_item, &state);
  append_by_type (self, state.copies);
  g_ptr_array_unref (state.copies);
  merge_slide_notes (self, other, &state);

  id_state_clear (&state.ids);
  g_hash_table_unref (state.renamed);
}
