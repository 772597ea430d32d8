/* pl-resources.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PL_CORE_RESOURCE_PREFIX "/io/github/phaseline/Phaseline/core/"

void pl_core_ensure_resources (void);
GBytes *pl_core_lookup_resource (const char *name);

G_END_DECLS
