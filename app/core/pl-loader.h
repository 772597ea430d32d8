/* pl-loader.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-briefing.h"

G_BEGIN_DECLS

/* Told how far loading is, from 0 to 1, in the thread that loads. */
typedef void (*PlLoadProgressFunc) (double fraction,
                                    gpointer user_data);

PlBriefing *pl_load_files_full (PlBriefing *base,
                                GFile **files,
                                guint n_files,
                                GCancellable *cancellable,
                                PlLoadProgressFunc progress,
                                gpointer user_data,
                                GPtrArray *diagnostics,
                                GError **error);
PlBriefing *pl_load_file (GFile *file,
                          GPtrArray *diagnostics,
                          GError **error);
PlBriefing *pl_load_files (GFile **files,
                           guint n_files,
                           GPtrArray *diagnostics,
                           GError **error);
PlBriefing *pl_load_data (const char *data,
                          gsize length,
                          const char *display_name,
                          GPtrArray *diagnostics,
                          GError **error);
PlBriefing *pl_builtin_briefing_new (void);

G_END_DECLS
