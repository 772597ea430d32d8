/* fuzz-feed.c: the feed loader and the extraction behind it.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "pl-feed.h"
#include "pl-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  /* Loaders read what a file gives them: the bytes and a NUL after them. */
  g_autofree char *text = fuzz_dup_bytes (data, size);
  g_autoptr (GPtrArray) articles = pl_feed_load (text, size, "fuzz.xml", NULL, NULL);
  g_autoptr (PlBriefing) briefing = NULL;

  if (articles == NULL)
    return 0;
  briefing = pl_import_articles (NULL, articles, NULL, NULL, NULL, NULL);
  fuzz_check_round_trip (briefing);
  return 0;
}
