/* pl-enums.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-enums.h"

/**
 * pl_enum_to_nick:
 * @enum_type: a GEnum type such as %PL_TYPE_STANCE
 * @value: one of its values
 *
 * Returns: (transfer none) (nullable): the stable name of @value, or %NULL
 *   when @value is not a member
 */
const char *
pl_enum_to_nick (GType enum_type,
                 int value)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  /* Enum classes are static: the nick outlives the reference. */
  g_type_class_unref (klass);
  return ev ? ev->value_nick : NULL;
}

/**
 * pl_enum_from_nick:
 * @enum_type: a GEnum type
 * @nick: (nullable): a stable name such as "skeptical"
 * @out_value: (out): the value
 *
 * Returns: %TRUE if @nick names a member of @enum_type
 */
gboolean
pl_enum_from_nick (GType enum_type,
                   const char *nick,
                   int *out_value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev != NULL)
    *out_value = ev->value;
  g_type_class_unref (klass);
  return ev != NULL;
}
