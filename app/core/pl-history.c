/* pl-history.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlHistory"

#include "config.h"

#include "pl-history-private.h"

#include <glib/gi18n-lib.h>

#include "pl-briefing-private.h"
#include "pl-error.h"

/* Edits of one field closer together than this make one undo step. */
#define DEFAULT_MERGE_INTERVAL_MS 1000
/* The saved state when no state of the history matches the file. */
#define STATE_NEVER G_MAXUINT64

G_DEFINE_FINAL_TYPE (PlHistory, pl_history, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_BRIEFING,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_DIRTY,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static Command *
get_top (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static gboolean
set_label (char **field,
           const char *label)
{
  if (g_strcmp0 (*field, label) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (label);
  return TRUE;
}

/* Notifies the properties whose values changed since last time. */
static void
update_state (PlHistory *self)
{
  GObject *object = G_OBJECT (self);
  Command *undo = get_top (self->undo_stack);
  Command *redo = get_top (self->redo_stack);
  gboolean can_undo = undo != NULL;
  gboolean can_redo = redo != NULL;
  gboolean dirty = pl_history_get_state (self) != self->saved_state;

  g_object_freeze_notify (object);
  if (self->can_undo != can_undo)
    {
      self->can_undo = can_undo;
      g_object_notify_by_pspec (object, properties[PROP_CAN_UNDO]);
    }
  if (self->can_redo != can_redo)
    {
      self->can_redo = can_redo;
      g_object_notify_by_pspec (object, properties[PROP_CAN_REDO]);
    }
  if (set_label (&self->undo_label, undo != NULL ? undo->label : NULL))
    g_object_notify_by_pspec (object, properties[PROP_UNDO_LABEL]);
  if (set_label (&self->redo_label, redo != NULL ? redo->label : NULL))
    g_object_notify_by_pspec (object, properties[PROP_REDO_LABEL]);
  if (self->dirty != dirty)
    {
      self->dirty = dirty;
      g_object_notify_by_pspec (object, properties[PROP_DIRTY]);
    }
  g_object_thaw_notify (object);
}

/* A new edit of the field the last one changed, soon after it, extends it:
 * typing a word is one undo step. Never into the saved state, which undo
 * must still reach. */
static gboolean
try_merge (PlHistory *self,
           Command *command)
{
  Command *top = get_top (self->undo_stack);

  if (command->kind != COMMAND_SET_FIELD || top == NULL || top->kind != COMMAND_SET_FIELD ||
      self->groups->len > 0 || self->redo_stack->len > 0 || self->merge_interval == 0 ||
      top->item != command->item || g_strcmp0 (top->field_name, command->field_name) != 0 ||
      top->id == self->saved_state ||
      command->time - top->time >= (gint64) self->merge_interval * G_TIME_SPAN_MILLISECOND)
    return FALSE;

  g_free (top->new_value);
  top->new_value = g_steal_pointer (&command->new_value);
  top->time = command->time;
  top->id = command->id;
  _pl_history_command_free (command);
  return TRUE;
}

static gboolean
has_state (GPtrArray *stack,
           guint64 state)
{
  for (guint i = 0; i < stack->len; i++)
    if (((Command *) g_ptr_array_index (stack, i))->id == state)
      return TRUE;
  return FALSE;
}

/* Takes @command, whose edit is already done. */
static void
record (PlHistory *self,
        Command *command)
{
  command->time = g_get_monotonic_time ();
  if (!try_merge (self, command))
    {
      /* What could be redone no longer can, the saved state with it. */
      if (has_state (self->redo_stack, self->saved_state))
        self->saved_state = STATE_NEVER;
      g_ptr_array_set_size (self->redo_stack, 0);

      if (self->groups->len > 0)
        g_ptr_array_add (((Command *) get_top (self->groups))->children, command);
      else
        g_ptr_array_add (self->undo_stack, command);
    }
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
pl_history_dispose (GObject *object)
{
  PlHistory *self = PL_HISTORY (object);

  /* Commands hold the items they moved or removed. */
  if (self->undo_stack != NULL)
    g_ptr_array_set_size (self->undo_stack, 0);
  if (self->redo_stack != NULL)
    g_ptr_array_set_size (self->redo_stack, 0);
  if (self->groups != NULL)
    g_ptr_array_set_size (self->groups, 0);
  g_clear_object (&self->briefing);
  G_OBJECT_CLASS (pl_history_parent_class)->dispose (object);
}

static void
pl_history_finalize (GObject *object)
{
  PlHistory *self = PL_HISTORY (object);

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_free (self->undo_label);
  g_free (self->redo_label);
  G_OBJECT_CLASS (pl_history_parent_class)->finalize (object);
}

static void
pl_history_get_property (GObject *object,
                         guint prop_id,
                         GValue *value,
                         GParamSpec *pspec)
{
  PlHistory *self = PL_HISTORY (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, pl_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, pl_history_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, pl_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, pl_history_get_redo_label (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, pl_history_get_dirty (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_history_set_property (GObject *object,
                         guint prop_id,
                         const GValue *value,
                         GParamSpec *pspec)
{
  PlHistory *self = PL_HISTORY (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      self->briefing = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_history_class_init (PlHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pl_history_dispose;
  object_class->finalize = pl_history_finalize;
  object_class->get_property = pl_history_get_property;
  object_class->set_property = pl_history_set_property;

  properties[PROP_BRIEFING] =
      g_param_spec_object ("briefing", NULL, NULL, PL_TYPE_BRIEFING,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  /* Whether the briefing differs from its last save. */
  properties[PROP_DIRTY] = g_param_spec_boolean ("dirty", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlHistory::changed:
   *
   * Emitted after an edit was recorded, undone or redone.
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);
}

static void
pl_history_init (PlHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_history_command_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_history_command_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_history_command_free);
  /* State 0 is the briefing as given, which counts as saved. */
  self->next_id = 1;
  self->merge_interval = DEFAULT_MERGE_INTERVAL_MS;
}

/**
 * pl_history_new:
 * @briefing: the briefing whose edits the history records
 *
 * Returns: (transfer full): an empty history, with @briefing as saved
 */
PlHistory *
pl_history_new (PlBriefing *briefing)
{
  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);
  return g_object_new (PL_TYPE_HISTORY, "briefing", briefing, NULL);
}

/**
 * pl_history_get_briefing:
 *
 * Returns: (transfer none): the briefing
 */
PlBriefing *
pl_history_get_briefing (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), NULL);
  return self->briefing;
}

/**
 * pl_history_set_field:
 * @item: an item of the briefing
 * @field_name: the name of one of its fields, as in its #PlField table
 * @value: (nullable): the new value in its saved text form, %NULL to unset
 *
 * Sets the field, as pl_item_set_field_string() does, and records the
 * change. Setting the value the field has records nothing.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
pl_history_set_field (PlHistory *self,
                      PlItem *item,
                      const char *field_name,
                      const char *value,
                      GError **error)
{
  const PlField *field;
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  Command *command;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PL_IS_ITEM (item), FALSE);
  g_return_val_if_fail (field_name != NULL, FALSE);

  field = pl_item_class_find_field (PL_ITEM_GET_CLASS (item), field_name);
  if (field == NULL)
    {
      g_set_error (error, PL_ERROR, PL_ERROR_INVALID, _ ("A %s has no field “%s”"),
                   pl_item_get_kind_name (item), field_name);
      return FALSE;
    }

  old_value = pl_item_dup_field_string (item, field);
  if (!pl_item_set_field_string (item, field, value, error))
    return FALSE;
  new_value = pl_item_dup_field_string (item, field);
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  command = _pl_history_command_new (self, COMMAND_SET_FIELD, item, _pl_history_dup_field_label (field_name));
  command->field_name = g_strdup (field_name);
  command->old_value = g_steal_pointer (&old_value);
  command->new_value = g_steal_pointer (&new_value);
  record (self, command);
  return TRUE;
}

/**
 * pl_history_set_briefing_field:
 * @field_name: "title", "subtitle", "byline", "published" or "notes"
 * @value: (nullable): the new value, a date in its text form for
 *   "published"; %NULL to unset
 *
 * Sets a property of the briefing itself and records the change.
 *
 * Returns: %TRUE on success; on failure nothing changed
 */
gboolean
pl_history_set_briefing_field (PlHistory *self,
                               const char *field_name,
                               const char *value,
                               GError **error)
{
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;
  Command *command;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (_pl_history_is_briefing_field (field_name), FALSE);

  old_value = _pl_history_briefing_dup_field (self->briefing, field_name);
  if (!_pl_history_briefing_set_field (self->briefing, field_name, value, error))
    return FALSE;
  new_value = _pl_history_briefing_dup_field (self->briefing, field_name);
  if (g_strcmp0 (old_value, new_value) == 0)
    return TRUE;

  command = _pl_history_command_new (self, COMMAND_SET_FIELD, NULL, _pl_history_dup_field_label (field_name));
  command->field_name = g_strdup (field_name);
  command->old_value = g_steal_pointer (&old_value);
  command->new_value = g_steal_pointer (&new_value);
  record (self, command);
  return TRUE;
}

/**
 * pl_history_set_slide_notes:
 * @slide_key: the key of a slide of the briefing's deck
 * @notes: (nullable): its speaker notes; %NULL or empty removes them
 *
 * Changes a slide's speaker notes as an undoable step. Typing in a row
 * merges into one step, as for fields.
 */
void
pl_history_set_slide_notes (PlHistory *self,
                            const char *slide_key,
                            const char *notes)
{
  g_autofree char *field = NULL;

  g_return_if_fail (PL_IS_HISTORY (self));
  g_return_if_fail (pl_slide_key_is_valid (slide_key));

  field = g_strconcat (SLIDE_NOTES_PREFIX, slide_key, NULL);
  pl_history_set_briefing_field (self, field, notes != NULL && *notes != '\0' ? notes : NULL, NULL);
}

/**
 * pl_history_add_item:
 * @item: a new item, in no briefing yet
 * @phase: (nullable): for a component, the phase to add it to; else %NULL
 * @position: where in its list, or %PL_HISTORY_END
 *
 * Adds @item to the briefing, as pl_briefing_add_item() does (giving it an
 * id when it has none or a taken one), or a component to @phase.
 */
void
pl_history_add_item (PlHistory *self,
                     PlItem *item,
                     PlPhase *phase,
                     guint position)
{
  g_autoptr (PlItem) held = NULL;
  Command *command;
  GListStore *store;
  guint n;

  g_return_if_fail (PL_IS_HISTORY (self));
  g_return_if_fail (PL_IS_ITEM (item));
  g_return_if_fail (PL_IS_COMPONENT (item) == (phase != NULL));

  held = g_object_ref (item);
  if (phase != NULL)
    {
      position = MIN (position, g_list_model_get_n_items (pl_phase_get_components (phase)));
      pl_phase_insert_component (phase, position, PL_COMPONENT (item));
      if (pl_item_get_id (item) == NULL)
        pl_briefing_ensure_ids (self->briefing);
    }
  else
    {
      store = _pl_history_get_store (self, item);
      g_return_if_fail (store != NULL);
      pl_briefing_add_item (self->briefing, item);
      n = g_list_model_get_n_items (G_LIST_MODEL (store));
      if (position < n - 1)
        {
          g_list_store_remove (store, n - 1);
          g_list_store_insert (store, position, item);
        }
      else
        position = n - 1;
    }

  /* Translators: an undo step, as in “Undo Add Reaction” */
  command = _pl_history_command_new (self, COMMAND_INSERT, item, g_strdup_printf (_ ("Add %s"), _pl_history_get_kind_label (item)));
  command->phase = phase != NULL ? g_object_ref (phase) : NULL;
  command->position = position;
  record (self, command);
}

/**
 * pl_history_remove_item:
 * @item: an item of the briefing, a component included
 *
 * Removes @item; undo puts it back where it was. A phase keeps its
 * components, which come back with it.
 *
 * Returns: whether @item was in the briefing
 */
gboolean
pl_history_remove_item (PlHistory *self,
                        PlItem *item)
{
  PlPhase *phase;
  guint position;
  Command *command;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PL_IS_ITEM (item), FALSE);

  if (!_pl_history_locate (self, item, &phase, &position))
    return FALSE;

  /* Translators: an undo step, as in “Undo Delete Risk” */
  command = _pl_history_command_new (self, COMMAND_REMOVE, item, g_strdup_printf (_ ("Delete %s"), _pl_history_get_kind_label (item)));
  command->phase = phase != NULL ? g_object_ref (phase) : NULL;
  command->position = position;
  _pl_history_detach (self, item, phase);
  record (self, command);
  return TRUE;
}

/* Takes @item from where it is to (to_phase, position) and records it. */
static gboolean
move (PlHistory *self,
      PlItem *item,
      PlPhase *from_phase,
      guint from_position,
      PlPhase *to_phase,
      guint position)
{
  GListModel *list;
  Command *command;
  guint n;

  /* Translators: an undo step, as in “Undo Move Component” */
  command = _pl_history_command_new (self, COMMAND_MOVE, item, g_strdup_printf (_ ("Move %s"), _pl_history_get_kind_label (item)));
  command->phase = from_phase != NULL ? g_object_ref (from_phase) : NULL;
  command->position = from_position;
  command->to_phase = to_phase != NULL ? g_object_ref (to_phase) : NULL;

  /* One change: no one sees the item in neither place. */
  _pl_briefing_freeze_changed (self->briefing);
  _pl_history_detach (self, item, from_phase);
  list = to_phase != NULL ? pl_phase_get_components (to_phase) : G_LIST_MODEL (_pl_history_get_store (self, item));
  n = g_list_model_get_n_items (list);
  command->to_position = MIN (position, n);
  _pl_history_insert_at (self, item, to_phase, command->to_position);
  _pl_briefing_thaw_changed (self->briefing);
  record (self, command);
  return TRUE;
}

/**
 * pl_history_move_component:
 * @component: a component of a phase of the briefing
 * @to_phase: the phase to move it to, which may be its own
 * @position: where among @to_phase's components, counted without
 *   @component; or %PL_HISTORY_END
 *
 * Returns: whether @component was found
 */
gboolean
pl_history_move_component (PlHistory *self,
                           PlComponent *component,
                           PlPhase *to_phase,
                           guint position)
{
  PlPhase *phase;
  guint from_position;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PL_IS_COMPONENT (component), FALSE);
  g_return_val_if_fail (PL_IS_PHASE (to_phase), FALSE);

  if (!_pl_history_locate (self, PL_ITEM (component), &phase, &from_position))
    return FALSE;
  if (phase == to_phase &&
      MIN (position, g_list_model_get_n_items (pl_phase_get_components (phase)) - 1) == from_position)
    return TRUE;
  return move (self, PL_ITEM (component), phase, from_position, to_phase, position);
}

/**
 * pl_history_move_item:
 * @item: an item of the briefing, a component included
 * @position: its new place in its list (a component's: its phase's),
 *   counted without @item; or %PL_HISTORY_END
 *
 * Reorders @item within its list.
 *
 * Returns: whether @item was found
 */
gboolean
pl_history_move_item (PlHistory *self,
                      PlItem *item,
                      guint position)
{
  PlPhase *phase;
  guint from_position;
  guint n;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PL_IS_ITEM (item), FALSE);

  if (!_pl_history_locate (self, item, &phase, &from_position))
    return FALSE;
  n = g_list_model_get_n_items (phase != NULL ? pl_phase_get_components (phase)
                                              : G_LIST_MODEL (_pl_history_get_store (self, item)));
  if (MIN (position, n - 1) == from_position)
    return TRUE;
  return move (self, item, phase, from_position, phase, position);
}

/**
 * pl_history_locate:
 * @item: an item of the briefing, a component included
 * @phase: (out) (optional) (transfer none) (nullable): the phase holding a
 *   component, else %NULL
 * @position: (out) (optional): @item's place in its list
 * @n_siblings: (out) (optional): how many items that list has, @item
 *   included
 *
 * Where @item is, in the terms pl_history_move_item() takes.
 *
 * Returns: whether @item is in the briefing
 */
gboolean
pl_history_locate (PlHistory *self,
                   PlItem *item,
                   PlPhase **phase,
                   guint *position,
                   guint *n_siblings)
{
  PlPhase *holder = NULL;
  guint at = 0;
  GListModel *list;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (PL_IS_ITEM (item), FALSE);

  if (!_pl_history_locate (self, item, &holder, &at))
    return FALSE;
  list = holder != NULL ? pl_phase_get_components (holder) : G_LIST_MODEL (_pl_history_get_store (self, item));
  if (phase != NULL)
    *phase = holder;
  if (position != NULL)
    *position = at;
  if (n_siblings != NULL)
    *n_siblings = g_list_model_get_n_items (list);
  return TRUE;
}

/**
 * pl_history_begin_group:
 * @label: (nullable): what the group does, for the undo and redo labels;
 *   %NULL for the label of its first edit
 *
 * Makes the edits until the matching pl_history_end_group() one undo
 * step. Groups nest; the outermost makes the step.
 */
void
pl_history_begin_group (PlHistory *self,
                        const char *label)
{
  g_return_if_fail (PL_IS_HISTORY (self));
  g_ptr_array_add (self->groups, _pl_history_command_new (self, COMMAND_GROUP, NULL, g_strdup (label)));
}

void
pl_history_end_group (PlHistory *self)
{
  Command *group;
  Command *first;

  g_return_if_fail (PL_IS_HISTORY (self));
  g_return_if_fail (self->groups->len > 0);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  if (group->children->len == 0)
    {
      _pl_history_command_free (group);
      return;
    }

  first = g_ptr_array_index (group->children, 0);
  if (group->label == NULL)
    group->label = g_strdup (first->label);
  if (self->groups->len > 0)
    g_ptr_array_add (((Command *) get_top (self->groups))->children, group);
  else
    {
      /* The edits cleared the redo stack as they were recorded. */
      g_ptr_array_add (self->undo_stack, group);
      update_state (self);
    }
}

/**
 * pl_history_undo:
 *
 * Undoes the last step. Not while a group is open.
 *
 * Returns: whether there was a step to undo
 */
gboolean
pl_history_undo (PlHistory *self)
{
  Command *command;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (self->undo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  _pl_history_command_apply (self, command, FALSE);
  g_ptr_array_add (self->redo_stack, command);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

/**
 * pl_history_redo:
 *
 * Redoes the last step undone. Not while a group is open.
 *
 * Returns: whether there was a step to redo
 */
gboolean
pl_history_redo (PlHistory *self)
{
  Command *command;

  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (self->groups->len == 0, FALSE);

  if (self->redo_stack->len == 0)
    return FALSE;

  command = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  _pl_history_command_apply (self, command, TRUE);
  g_ptr_array_add (self->undo_stack, command);
  update_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
pl_history_get_can_undo (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  return self->undo_stack->len > 0;
}

gboolean
pl_history_get_can_redo (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  return self->redo_stack->len > 0;
}

/**
 * pl_history_get_undo_label:
 *
 * Returns: (nullable): what undo would undo, as “Change name”
 */
const char *
pl_history_get_undo_label (PlHistory *self)
{
  Command *top;

  g_return_val_if_fail (PL_IS_HISTORY (self), NULL);
  top = get_top (self->undo_stack);
  return top != NULL ? top->label : NULL;
}

/**
 * pl_history_get_redo_label:
 *
 * Returns: (nullable): what redo would redo
 */
const char *
pl_history_get_redo_label (PlHistory *self)
{
  Command *top;

  g_return_val_if_fail (PL_IS_HISTORY (self), NULL);
  top = get_top (self->redo_stack);
  return top != NULL ? top->label : NULL;
}

/**
 * pl_history_get_dirty:
 *
 * Returns: whether the briefing differs from the state last marked saved
 */
gboolean
pl_history_get_dirty (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), FALSE);
  return pl_history_get_state (self) != self->saved_state;
}

/**
 * pl_history_get_state:
 *
 * Returns: a token for the briefing as it is now: the same after undoing
 *   and redoing back to it, different after any other edit
 */
guint64
pl_history_get_state (PlHistory *self)
{
  Command *top;

  g_return_val_if_fail (PL_IS_HISTORY (self), 0);

  /* An open group with edits in it is a state of its own. */
  if (self->groups->len > 0 && ((Command *) g_ptr_array_index (self->groups, 0))->children->len > 0)
    return ((Command *) g_ptr_array_index (self->groups, 0))->id;
  top = get_top (self->undo_stack);
  return top != NULL ? top->id : 0;
}

/**
 * pl_history_mark_saved_state:
 * @state: a token from pl_history_get_state(), such as the state that was
 *   written by a save that has just finished
 */
void
pl_history_mark_saved_state (PlHistory *self,
                             guint64 state)
{
  g_return_if_fail (PL_IS_HISTORY (self));
  self->saved_state = state;
  update_state (self);
}

/**
 * pl_history_mark_saved:
 *
 * Marks the briefing as it is now as saved.
 */
void
pl_history_mark_saved (PlHistory *self)
{
  g_return_if_fail (PL_IS_HISTORY (self));
  pl_history_mark_saved_state (self, pl_history_get_state (self));
}

/**
 * pl_history_mark_unsaved:
 *
 * Marks the briefing as differing from any saved file, such as one
 * recovered from an autosave, until it is next marked saved.
 */
void
pl_history_mark_unsaved (PlHistory *self)
{
  g_return_if_fail (PL_IS_HISTORY (self));
  pl_history_mark_saved_state (self, STATE_NEVER);
}

guint
pl_history_get_merge_interval (PlHistory *self)
{
  g_return_val_if_fail (PL_IS_HISTORY (self), 0);
  return self->merge_interval;
}

/**
 * pl_history_set_merge_interval:
 * @interval_ms: how close in time edits of one field must be to make one
 *   step; 0 never merges them
 */
void
pl_history_set_merge_interval (PlHistory *self,
                               guint interval_ms)
{
  g_return_if_fail (PL_IS_HISTORY (self));
  self->merge_interval = interval_ms;
}
