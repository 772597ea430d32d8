/* pl-cairo-stream-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

cairo_status_t _pl_cairo_stream_write (void *closure,
                                       const unsigned char *data,
                                       unsigned int length);
cairo_surface_t *_pl_cairo_stream_new_pdf (GByteArray *out,
                                           double width,
                                           double height,
                                           const char *title);
cairo_status_t _pl_cairo_stream_finish (cairo_t *cr,
                                        cairo_surface_t *surface);

G_END_DECLS
