/* pl-cli.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
#define PL_EXIT_OK 0
#define PL_EXIT_INPUT 1
#define PL_EXIT_OUTPUT 2
#define PL_EXIT_USAGE 64

int pl_cli_export (const char *output,
                   const char *const *inputs);
int pl_cli_dump (const char *const *inputs);

G_END_DECLS
