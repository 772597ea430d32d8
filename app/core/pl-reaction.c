/* pl-reaction.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlReaction"

#include "config.h"

#include "pl-reaction.h"

#include "pl-enum-types.h"
#include "pl-item-private.h"

struct _PlReaction
{
  PlItem parent_instance;

  char *actor; /* owned */
  PlActorKind actor_kind;
  PlStance stance;
  char *text;  /* owned */
  char *quote; /* owned */
};

G_DEFINE_FINAL_TYPE (PlReaction, pl_reaction, PL_TYPE_ITEM)

enum
{
  FIELD_ACTOR,
  FIELD_ACTOR_KIND,
  FIELD_STANCE,
  FIELD_TEXT,
  FIELD_QUOTE,
  N_FIELDS
};

static const PlField fields[N_FIELDS] = {
  [FIELD_ACTOR] = { "actor", PL_FIELD_STRING, G_STRUCT_OFFSET (PlReaction, actor), .required = TRUE, .is_label = TRUE },
  [FIELD_ACTOR_KIND] = { "actor-kind", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlReaction, actor_kind), pl_actor_kind_get_type, PL_ACTOR_KIND_GROUP },
  [FIELD_STANCE] = { "stance", PL_FIELD_ENUM, G_STRUCT_OFFSET (PlReaction, stance), pl_stance_get_type, PL_STANCE_NEUTRAL },
  [FIELD_TEXT] = { "text", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlReaction, text), .required = TRUE },
  [FIELD_QUOTE] = { "quote", PL_FIELD_TEXT, G_STRUCT_OFFSET (PlReaction, quote) },
};

static void
pl_reaction_class_init (PlReactionClass *klass)
{
  _pl_item_class_install_fields (PL_ITEM_CLASS (klass), "reaction", "r", fields, N_FIELDS);
}

static void
pl_reaction_init (PlReaction *self)
{
}

PlReaction *
pl_reaction_new (void)
{
  return g_object_new (PL_TYPE_REACTION, NULL);
}

const char *
pl_reaction_get_actor (PlReaction *self)
{
  g_return_val_if_fail (PL_IS_REACTION (self), NULL);
  return self->actor;
}

void
pl_reaction_set_actor (PlReaction *self,
                       const char *actor)
{
  g_return_if_fail (PL_IS_REACTION (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_ACTOR, actor);
}

PlActorKind
pl_reaction_get_actor_kind (PlReaction *self)
{
  g_return_val_if_fail (PL_IS_REACTION (self), 0);
  return self->actor_kind;
}

void
pl_reaction_set_actor_kind (PlReaction *self,
                            PlActorKind actor_kind)
{
  g_return_if_fail (PL_IS_REACTION (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_ACTOR_KIND, actor_kind);
}

PlStance
pl_reaction_get_stance (PlReaction *self)
{
  g_return_val_if_fail (PL_IS_REACTION (self), 0);
  return self->stance;
}

void
pl_reaction_set_stance (PlReaction *self,
                        PlStance stance)
{
  g_return_if_fail (PL_IS_REACTION (self));
  _pl_item_set_enum (PL_ITEM (self), FIELD_STANCE, stance);
}

const char *
pl_reaction_get_text (PlReaction *self)
{
  g_return_val_if_fail (PL_IS_REACTION (self), NULL);
  return self->text;
}

void
pl_reaction_set_text (PlReaction *self,
                      const char *text)
{
  g_return_if_fail (PL_IS_REACTION (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_TEXT, text);
}

const char *
pl_reaction_get_quote (PlReaction *self)
{
  g_return_val_if_fail (PL_IS_REACTION (self), NULL);
  return self->quote;
}

void
pl_reaction_set_quote (PlReaction *self,
                       const char *quote)
{
  g_return_if_fail (PL_IS_REACTION (self));
  _pl_item_set_string (PL_ITEM (self), FIELD_QUOTE, quote);
}
