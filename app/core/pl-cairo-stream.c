/* pl-cairo-stream.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-cairo-stream-private.h"

#include <cairo-pdf.h>

/* The exports draw into memory: a Cairo surface that writes its file into
 * a GByteArray, which the export then hands out as GBytes. */

/**
 * _pl_cairo_stream_write:
 * @closure: the #GByteArray to append to
 *
 * A #cairo_write_func_t that appends what Cairo writes to a #GByteArray.
 */
cairo_status_t
_pl_cairo_stream_write (void *closure,
                        const unsigned char *data,
                        unsigned int length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * _pl_cairo_stream_new_pdf:
 * @out: where the PDF goes
 * @width: the page's width, in points
 * @height: the page's height, in points
 * @title: (nullable): the document's title; %NULL for none
 *
 * Returns: (transfer full): a PDF surface that writes to @out, with
 *   Phaseline as its creator
 */
cairo_surface_t *
_pl_cairo_stream_new_pdf (GByteArray *out,
                          double width,
                          double height,
                          const char *title)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (_pl_cairo_stream_write, out, width, height);

  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Phaseline");
  return surface;
}

/**
 * _pl_cairo_stream_finish:
 * @cr: (transfer full): what drew on @surface
 * @surface: (transfer full): the surface to finish
 *
 * Destroys @cr, then finishes @surface, which writes the rest of its file,
 * and destroys it.
 *
 * Returns: the first error of @cr or @surface, or %CAIRO_STATUS_SUCCESS
 */
cairo_status_t
_pl_cairo_stream_finish (cairo_t *cr,
                         cairo_surface_t *surface)
{
  cairo_status_t status = cairo_status (cr);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}
