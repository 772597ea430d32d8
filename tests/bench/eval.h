/* eval.h: the extraction evaluation, one section per file.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *shared;  /* the ../shared folder: corpus/ and articles/ */
  const char *data;    /* the project's tests/data folder */
  gboolean verbose;    /* print a line per page/feed/article as well */
  guint n_failed_bars; /* sections add one per bar they miss */
} PlEval;

/* Each prints a Markdown section to standard output. */
void eval_html (PlEval *eval);
void eval_feeds (PlEval *eval);
void eval_structure (PlEval *eval);

/* Word 4-gram shingle precision/recall/F1, the article-extraction
 * benchmark's metric: tokens are runs of word characters. */
typedef struct
{
  double tp;
  double fp;
  double fn;
} PlShingleCounts;

void eval_shingles (const char *expected,
                    const char *predicted,
                    PlShingleCounts *counts);
int eval_compare_strings (gconstpointer a,
                          gconstpointer b);
void eval_bar (PlEval *eval,
               const char *what,
               double value,
               double bar);

G_END_DECLS
