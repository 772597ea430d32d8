/* pl-file.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Larger files are refused before they are read. */
#define PL_FILE_SIZE_LIMIT ((gsize) 64 * 1024 * 1024)

GBytes *pl_file_read (GFile *file,
                      gsize limit,
                      GError **error);
gboolean pl_file_replace (GFile *file,
                          GBytes *contents,
                          GError **error);
char *pl_file_dup_display (GFile *file);

G_END_DECLS
