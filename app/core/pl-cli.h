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

/* The image options of `--export` as given on the command line; %NULL
 * (or %FALSE) for those not given. --content, --ratio and --notes choose
 * and shape the slides. */
typedef struct
{
  const char *width;
  const char *height;
  const char *scale;
  const char *mode;
  const char *content; /* timeline, slides or summary */
  const char *ratio;   /* 16:9 or 4:3 */
  gboolean notes;
  const char *paper;       /* a4 or letter */
  const char *orientation; /* portrait or landscape */
  const char *sections;    /* timeline,phases,reactions,risks,sources */
} PlCliImageArgs;

gboolean pl_cli_image_args_given (const PlCliImageArgs *args);
const GOptionEntry *pl_cli_get_slide_option_entries (void);
void pl_cli_lookup_slide_options (GVariantDict *options,
                                  PlCliImageArgs *args);
const GOptionEntry *pl_cli_get_summary_option_entries (void);
void pl_cli_lookup_summary_options (GVariantDict *options,
                                    PlCliImageArgs *args);
int pl_cli_export (const char *output,
                   const char *const *inputs,
                   const PlCliImageArgs *image_args);
int pl_cli_dump (const char *const *inputs);

G_END_DECLS
