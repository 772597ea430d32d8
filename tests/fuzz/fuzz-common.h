/* fuzz-common.h: what the libFuzzer harnesses share.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "pl-briefing.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t size);

/* A copy of @data followed by a NUL byte, as pl_file_read() gives. */
char *fuzz_dup_bytes (const uint8_t *data,
                      size_t size);

/* Saves @briefing and reads it back: whatever was extracted from any
 * input must make a valid file. Aborts when it does not. */
void fuzz_check_round_trip (PlBriefing *briefing);
