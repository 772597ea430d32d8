/* pl-error-banner.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PL_TYPE_ERROR_BANNER (pl_error_banner_get_type ())

/* A strip across the top of the content that says what went wrong, with
 * every diagnostic behind a Details button. */
G_DECLARE_FINAL_TYPE (PlErrorBanner, pl_error_banner, PL, ERROR_BANNER, GtkWidget)

GtkWidget *pl_error_banner_new (void);
void pl_error_banner_show (PlErrorBanner *self,
                           const char *heading,
                           const char *message,
                           GPtrArray *diagnostics);
void pl_error_banner_dismiss (PlErrorBanner *self);
const char *pl_error_banner_get_heading (PlErrorBanner *self);
const char *pl_error_banner_get_message (PlErrorBanner *self);
gboolean pl_error_banner_get_revealed (PlErrorBanner *self);

G_END_DECLS
