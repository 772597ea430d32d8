/* pl-error.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-error.h"

G_DEFINE_QUARK (pl_error_quark, pl_error)
