/* pl-test-util.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "pl-briefing.h"

G_BEGIN_DECLS

char *pl_test_make_tmpdir (void);
void pl_test_remove_tree (const char *path);
char *pl_test_write_file (const char *dir,
                          const char *name,
                          const char *contents,
                          gssize length);
const char *pl_test_shared_dir (void);
char *pl_test_data_path (const char *name);
PlBriefing *pl_test_make_briefing (void);
char *pl_test_briefing_json (PlBriefing *briefing);
PlBriefing *pl_test_load_string (const char *xml,
                                 GPtrArray *diagnostics,
                                 GError **error);

G_END_DECLS
