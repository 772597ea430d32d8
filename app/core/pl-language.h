/* pl-language.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *pl_language_detect (const char *text,
                                gssize length);

G_END_DECLS
