/* pl-enums.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The nick of each value (the part after the prefix, lower case) is the
 * name used in .phaseline files and in the JSON interface: never rename one.
 * Values are in their natural order (sorting by severity or stance uses
 * it); the default of each field is set in its item's field table. */

typedef enum
{
  PL_STATUS_UNKNOWN,
  PL_STATUS_COMPLETED,
  PL_STATUS_CURRENT,
  PL_STATUS_PLANNED,
} PlStatus;

typedef enum
{
  PL_CATEGORY_SECURITY,
  PL_CATEGORY_HUMANITARIAN,
  PL_CATEGORY_DIPLOMACY,
  PL_CATEGORY_GOVERNANCE,
  PL_CATEGORY_ECONOMY,
  PL_CATEGORY_OTHER,
} PlCategory;

typedef enum
{
  PL_ACTOR_KIND_GOVERNMENT,
  PL_ACTOR_KIND_ORGANIZATION,
  PL_ACTOR_KIND_PERSON,
  PL_ACTOR_KIND_GROUP,
  PL_ACTOR_KIND_ANALYST,
  PL_ACTOR_KIND_PUBLIC,
} PlActorKind;

typedef enum
{
  PL_STANCE_SUPPORT,
  PL_STANCE_MIXED,
  PL_STANCE_SKEPTICAL,
  PL_STANCE_OPPOSE,
  PL_STANCE_NEUTRAL,
} PlStance;

typedef enum
{
  PL_LEVEL_LOW,
  PL_LEVEL_MEDIUM,
  PL_LEVEL_HIGH,
} PlLevel;

/* The kinds of block an article's text is made of. */
typedef enum
{
  PL_BLOCK_PARAGRAPH,
  PL_BLOCK_HEADING,
  PL_BLOCK_LIST_ITEM,
  PL_BLOCK_QUOTE,
} PlBlockKind;

const char *pl_enum_to_nick (GType enum_type,
                             int value);
gboolean pl_enum_from_nick (GType enum_type,
                            const char *nick,
                            int *out_value);

G_END_DECLS
