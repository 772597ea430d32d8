/* pl-resources.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-resources.h"

#include "pl-core-resources.h"

/**
 * pl_core_ensure_resources:
 *
 * Registers the core library's resources (the schema and the built-in
 * briefing) once. They are built with --manual-register: registering by
 * hand also keeps the linker from dropping them from the static library.
 */
void
pl_core_ensure_resources (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      pl_core_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

/**
 * pl_core_lookup_resource:
 * @name: a file name in the core resources, such as "phaseline.rng"
 *
 * Returns: (transfer full) (nullable): its contents
 */
GBytes *
pl_core_lookup_resource (const char *name)
{
  g_autofree char *path = g_strconcat (PL_CORE_RESOURCE_PREFIX, name, NULL);

  pl_core_ensure_resources ();
  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}
