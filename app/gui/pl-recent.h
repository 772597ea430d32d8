/* pl-recent.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The files Phaseline opened or saved, as the desktop's recent files. */
void pl_recent_add_file (GtkRecentManager *manager,
                         GFile *file);
void pl_recent_fill_menu (GtkRecentManager *manager,
                          GMenu *menu,
                          const char *action_name,
                          guint max_items);

G_END_DECLS
