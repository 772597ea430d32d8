/* pl-error.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PL_ERROR (pl_error_quark ())

/**
 * PlError:
 * @PL_ERROR_IO: the file could not be read or written
 * @PL_ERROR_NOT_REGULAR: the path is a directory, device or other non-file
 * @PL_ERROR_TOO_LARGE: the file is over the size limit
 * @PL_ERROR_EMPTY: the file is empty
 * @PL_ERROR_BINARY: the file holds binary data, not text
 * @PL_ERROR_ENCODING: the text is not in an encoding Phaseline can read
 * @PL_ERROR_SYNTAX: the file is not well-formed
 * @PL_ERROR_FORBIDDEN: the file uses a construct refused for safety (DTDs, entities)
 * @PL_ERROR_INVALID: the file is well-formed but breaks the format's rules
 * @PL_ERROR_VERSION: the file was written by a newer, incompatible version
 * @PL_ERROR_UNSUPPORTED: Phaseline does not read or write this kind of file
 */
typedef enum
{
  PL_ERROR_IO,
  PL_ERROR_NOT_REGULAR,
  PL_ERROR_TOO_LARGE,
  PL_ERROR_EMPTY,
  PL_ERROR_BINARY,
  PL_ERROR_ENCODING,
  PL_ERROR_SYNTAX,
  PL_ERROR_FORBIDDEN,
  PL_ERROR_INVALID,
  PL_ERROR_VERSION,
  PL_ERROR_UNSUPPORTED,
} PlError;

GQuark pl_error_quark (void);

G_END_DECLS
