/* pl-file-types.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The kinds of file Phaseline opens, by name. The loader decides by
 * content; names only serve the Open dialog and the recent files. */
void pl_file_types_add_open_filters (GtkFileChooser *chooser);
gboolean pl_file_types_is_supported (const char *name);
gboolean pl_file_types_is_briefing (GFile *file);
char *pl_file_types_dup_mime_type (GFile *file);

G_END_DECLS
