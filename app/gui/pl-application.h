/* pl-application.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PL_TYPE_APPLICATION (pl_application_get_type ())

/* The application: command line, app actions and keys, style sheet and
 * the settings. pl_application_new_for_testing() adds
 * G_APPLICATION_NON_UNIQUE so tests can drive it in-process without taking
 * a name on the session bus. */
G_DECLARE_FINAL_TYPE (PlApplication, pl_application, PL, APPLICATION, GtkApplication)

PlApplication *pl_application_new (void);
PlApplication *pl_application_new_for_testing (void);
GSettings *pl_application_get_settings (PlApplication *self);

G_END_DECLS
