/* pl-feed.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-article.h"

G_BEGIN_DECLS

gboolean pl_feed_sniff (const char *data,
                        gsize length);
GPtrArray *pl_feed_load (const char *data,
                         gsize length,
                         const char *display_name,
                         GPtrArray *diagnostics,
                         GError **error);

G_END_DECLS
