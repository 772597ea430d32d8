/* pl-text.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-article.h"

G_BEGIN_DECLS

char *pl_text_decode (const char *data,
                      gsize length,
                      const char **out_encoding);
GString *_pl_windows_1252_to_utf8 (const char *data,
                                   gsize length,
                                   gboolean as_controls);
PlArticle *pl_text_load (const char *data,
                         gsize length,
                         const char *display_name,
                         GPtrArray *diagnostics,
                         GError **error);

G_END_DECLS
