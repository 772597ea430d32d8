/* fuzz-common.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"

#include "pl-format.h"
#include "pl-json.h"
#include "pl-loader.h"

#include <string.h>

char *
fuzz_dup_bytes (const uint8_t *data,
                size_t size)
{
  char *copy = g_malloc (size + 1);

  memcpy (copy, data, size);
  copy[size] = '\0';
  return copy;
}

void
fuzz_check_round_trip (PlBriefing *briefing)
{
  g_autoptr (GBytes) saved = NULL;
  g_autoptr (GBytes) json = NULL;
  g_autoptr (PlBriefing) reloaded = NULL;
  g_autoptr (GError) error = NULL;

  if (briefing == NULL)
    return;
  saved = pl_format_write (briefing);
  json = pl_json_write (briefing);
  reloaded = pl_load_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), "fuzz.phaseline", NULL, &error);
  if (reloaded == NULL)
    g_error ("a briefing made from fuzzed input does not load back: %s", error->message);
}
