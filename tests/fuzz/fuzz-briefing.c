/* fuzz-briefing.c: the .phaseline reader, and everything pl_load_data()
 * tells apart by content.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "pl-loader.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  /* Loaders read what a file gives them: the bytes and a NUL after them. */
  g_autofree char *text = fuzz_dup_bytes (data, size);
  g_autoptr (PlBriefing) briefing = pl_load_data (text, size, "fuzz.phaseline", NULL, NULL);

  fuzz_check_round_trip (briefing);
  return 0;
}
