/* main.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "pl-application.h"

int
main (int argc,
      char *argv[])
{
  g_autoptr (PlApplication) app = NULL;
  const char *localedir = g_getenv ("PHASELINE_LOCALEDIR");

  /* Run from the build tree, the translations are there, not installed. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = pl_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
