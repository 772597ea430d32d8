/* pl-history-edits.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The edits a history records: what each kind stores, its label, and how
 * it is done and undone on the briefing.
 */

#define G_LOG_DOMAIN "PlHistory"

#include "config.h"

#include "pl-history-private.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-briefing-private.h"
#include "pl-error.h"

void
_pl_history_command_free (Command *command)
{
  g_free (command->label);
  g_clear_object (&command->item);
  g_free (command->field_name);
  g_free (command->old_value);
  g_free (command->new_value);
  g_clear_object (&command->phase);
  g_clear_object (&command->to_phase);
  g_clear_pointer (&command->children, g_ptr_array_unref);
  g_free (command);
}

Command *
_pl_history_command_new (PlHistory *self,
                         CommandKind kind,
                         PlItem *item,
                         char *label)
{
  Command *command = g_new0 (Command, 1);

  command->kind = kind;
  command->id = self->next_id++;
  command->item = item != NULL ? g_object_ref (item) : NULL;
  command->label = label;
  if (kind == COMMAND_GROUP)
    command->children = g_ptr_array_new_with_free_func ((GDestroyNotify) _pl_history_command_free);
  return command;
}

const char *
_pl_history_get_kind_label (PlItem *item)
{
  if (PL_IS_SOURCE (item))
    return C_ ("item kind", "Source");
  if (PL_IS_PHASE (item))
    return C_ ("item kind", "Phase");
  if (PL_IS_COMPONENT (item))
    return C_ ("item kind", "Component");
  if (PL_IS_REACTION (item))
    return C_ ("item kind", "Reaction");
  if (PL_IS_RISK (item))
    return C_ ("item kind", "Risk");
  if (PL_IS_EVENT (item))
    return C_ ("item kind", "Event");
  return C_ ("item kind", "Item");
}

char *
_pl_history_dup_field_label (const char *field_name)
{
  if (g_str_has_prefix (field_name, SLIDE_NOTES_PREFIX))
    /* Translators: an undo step, as in “Undo Change Speaker Notes” */
    return g_strdup (_ ("Change Speaker Notes"));
  g_autofree char *words = g_strdelimit (g_strdup (field_name), "-_", ' ');

  /* Translators: an undo step, as in “Undo Change actor kind”; %s is a field */
  return g_strdup_printf (_ ("Change %s"), words);
}

/* The model behind pl_briefing_get_list_for_type() is a GListStore; the
 * history inserts there to put an item back where it was. */
GListStore *
_pl_history_get_store (PlHistory *self,
                       PlItem *item)
{
  GListModel *list = pl_briefing_get_list_for_type (self->briefing, G_OBJECT_TYPE (item));

  return G_IS_LIST_STORE (list) ? G_LIST_STORE (list) : NULL;
}

static gboolean
find_in_model (GListModel *model,
               gpointer item,
               guint *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) other = g_list_model_get_item (model, i);

      if (other == item)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Where @item is: a component in its phase, anything else in its list. */
gboolean
_pl_history_locate (PlHistory *self,
                    PlItem *item,
                    PlPhase **phase,
                    guint *position)
{
  GListModel *phases = pl_briefing_get_phases (self->briefing);
  GListStore *store;

  *phase = NULL;
  if (!PL_IS_COMPONENT (item))
    {
      store = _pl_history_get_store (self, item);
      return store != NULL && find_in_model (G_LIST_MODEL (store), item, position);
    }

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) candidate = g_list_model_get_item (phases, i);

      if (find_in_model (pl_phase_get_components (candidate), item, position))
        {
          *phase = candidate;
          return TRUE;
        }
    }
  return FALSE;
}

void
_pl_history_insert_at (PlHistory *self,
                       PlItem *item,
                       PlPhase *phase,
                       guint position)
{
  GListStore *store;

  if (phase != NULL)
    {
      pl_phase_insert_component (phase, position, PL_COMPONENT (item));
      return;
    }

  store = _pl_history_get_store (self, item);
  g_return_if_fail (store != NULL);
  g_list_store_insert (store, MIN (position, g_list_model_get_n_items (G_LIST_MODEL (store))), item);
}

void
_pl_history_detach (PlHistory *self,
                    PlItem *item,
                    PlPhase *phase)
{
  gboolean found;

  if (phase != NULL)
    found = pl_phase_remove_component (phase, PL_COMPONENT (item));
  else
    found = pl_briefing_remove_item (self->briefing, item);
  if (!found)
    g_warning ("The %s to undo or redo is no longer where the history left it",
               pl_item_get_kind_name (item));
}

char *
_pl_history_briefing_dup_field (PlBriefing *briefing,
                                const char *name)
{
  char *value = NULL;

  if (g_str_has_prefix (name, SLIDE_NOTES_PREFIX))
    return g_strdup (pl_briefing_get_slide_notes (briefing, name + strlen (SLIDE_NOTES_PREFIX)));
  if (g_str_equal (name, "published"))
    return pl_date_to_string (pl_briefing_get_published (briefing));
  g_object_get (briefing, name, &value, NULL);
  return value;
}

gboolean
_pl_history_briefing_set_field (PlBriefing *briefing,
                                const char *name,
                                const char *value,
                                GError **error)
{
  PlDate date = { 0 };

  if (g_str_has_prefix (name, SLIDE_NOTES_PREFIX))
    {
      pl_briefing_set_slide_notes (briefing, name + strlen (SLIDE_NOTES_PREFIX), value);
      return TRUE;
    }
  if (!g_str_equal (name, "published"))
    {
      g_object_set (briefing, name, value, NULL);
      return TRUE;
    }
  if (value != NULL && !pl_date_parse (value, &date))
    {
      g_set_error (error, PL_ERROR, PL_ERROR_INVALID, _ ("“%s” is not a valid date"), value);
      return FALSE;
    }
  pl_briefing_set_published (briefing, &date);
  return TRUE;
}

gboolean
_pl_history_is_briefing_field (const char *name)
{
  static const char *const names[] = { "title", "subtitle", "byline", "published", "notes" };

  if (name != NULL && g_str_has_prefix (name, SLIDE_NOTES_PREFIX))
    return pl_slide_key_is_valid (name + strlen (SLIDE_NOTES_PREFIX));

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
apply_value (PlHistory *self,
             Command *command,
             const char *value)
{
  g_autoptr (GError) error = NULL;
  gboolean done;

  if (command->item == NULL)
    done = _pl_history_briefing_set_field (self->briefing, command->field_name, value, &error);
  else
    done = pl_item_set_field_string (command->item,
                                     pl_item_class_find_field (PL_ITEM_GET_CLASS (command->item),
                                                               command->field_name),
                                     value, &error);
  if (!done)
    g_warning ("Could not restore %s: %s", command->field_name, error->message);
}

void
_pl_history_command_apply (PlHistory *self,
                           Command *command,
                           gboolean forward)
{
  switch (command->kind)
    {
    case COMMAND_SET_FIELD:
      apply_value (self, command, forward ? command->new_value : command->old_value);
      break;

    case COMMAND_INSERT:
    case COMMAND_REMOVE:
      if (forward == (command->kind == COMMAND_INSERT))
        _pl_history_insert_at (self, command->item, command->phase, command->position);
      else
        _pl_history_detach (self, command->item, command->phase);
      break;

    case COMMAND_MOVE:
      _pl_briefing_freeze_changed (self->briefing);
      _pl_history_detach (self, command->item, forward ? command->phase : command->to_phase);
      _pl_history_insert_at (self, command->item, forward ? command->to_phase : command->phase,
                             forward ? command->to_position : command->position);
      _pl_briefing_thaw_changed (self->briefing);
      break;

    case COMMAND_GROUP:
      for (guint i = 0; i < command->children->len; i++)
        _pl_history_command_apply (self, g_ptr_array_index (command->children, forward ? i : command->children->len - 1 - i),
                                   forward);
      break;

    default:
      g_assert_not_reached ();
    }
}
