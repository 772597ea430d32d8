/* pl-application.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlApplication"

#include "config.h"

#include "pl-application.h"

#include <glib/gi18n.h>

#include "pl-cli.h"
#include "pl-gui-resources.h"
#include "pl-window.h"

struct _PlApplication
{
  GtkApplication parent_instance;

  /* Owned references */
  GSettings *settings;      /* from startup on */
  GPtrArray *pending_files; /* of GFile: from the command line, for activate */
};

G_DEFINE_FINAL_TYPE (PlApplication, pl_application, GTK_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "export", 'e', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_ ("Write the briefing to OUTPUT without opening a window; the extension of OUTPUT selects the format: "
        ".phaseline, .json, the whole timeline as .png, .svg or .pdf, the slides as a .pdf named slides…, "
        "or the printable summary as a .pdf named summary… or as Markdown (.md)"),
    N_ ("OUTPUT") },
  { "width", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export to an image: the width of the timeline in pixels (default 1600)"), N_ ("PX") },
  { "height", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export to an image: its height in pixels (default: as tall as the timeline needs)"), N_ ("PX") },
  { "scale", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export to .png: device pixels per pixel, such as 2 for high-density screens (default 1)"),
    N_ ("N") },
  { "mode", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING, NULL,
    N_ ("With --export to an image: auto, dates or sequence (default auto: dates when the phases have them)"),
    N_ ("MODE") },
  { "dump", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Print the briefing as JSON without opening a window"), NULL },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_ ("Show the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL,
    N_ ("[FILE…]") },
  { NULL }
};

/* Keys of the application and window actions. */
static const struct
{
  const char *action;
  const char *accels[2];
} accels[] = {
  { "app.new-window", { "<Primary>n", NULL } },
  { "app.quit", { "<Primary>q", NULL } },
  { "win.open", { "<Primary>o", NULL } },
  { "win.save", { "<Primary>s", NULL } },
  { "win.save-as", { "<Primary><Shift>s", NULL } },
  { "win.export", { "<Primary>e", NULL } },
  { "win.print", { "<Primary>p", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
  { "win.show-help-overlay", { "<Primary>question", NULL } },
  { "window.close", { "<Primary>w", NULL } },
};

static void
open_in_new_window (PlApplication *self,
                    GFile **files,
                    guint n_files)
{
  PlWindow *window = pl_window_new (self);

  pl_window_open (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

/* `phaseline FILE…` without --export or --dump: the files go to the
 * running instance if there is one, else to activate in this one. */
static int
open_from_command_line (PlApplication *self,
                        const char *const *inputs)
{
  g_autoptr (GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GError) error = NULL;

  for (guint i = 0; inputs[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (inputs[i]));

  if (!g_application_register (G_APPLICATION (self), NULL, &error))
    {
      g_printerr ("phaseline: %s\n", error->message);
      return 1;
    }

  if (g_application_get_is_remote (G_APPLICATION (self)))
    {
      g_application_open (G_APPLICATION (self), (GFile **) files->pdata, (int) files->len, "");
      return 0;
    }

  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  self->pending_files = g_steal_pointer (&files);
  return -1;
}

/* Runs before startup: --export and --dump never touch GTK, the display
 * or D-Bus. */
static int
pl_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  PlApplication *self = PL_APPLICATION (app);
  g_autofree const char **inputs = NULL;
  const char *output = NULL;
  gboolean dump = g_variant_dict_contains (options, "dump");
  PlCliImageArgs image_args = { NULL };

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &inputs);
  g_variant_dict_lookup (options, "export", "^&ay", &output);
  g_variant_dict_lookup (options, "width", "&s", &image_args.width);
  g_variant_dict_lookup (options, "height", "&s", &image_args.height);
  g_variant_dict_lookup (options, "scale", "&s", &image_args.scale);
  g_variant_dict_lookup (options, "mode", "&s", &image_args.mode);
  pl_cli_lookup_slide_options (options, &image_args);
  pl_cli_lookup_summary_options (options, &image_args);

  if (output != NULL && dump)
    {
      g_printerr (_ ("phaseline: --export and --dump cannot be used together\n"));
      return PL_EXIT_USAGE;
    }
  if (output == NULL && pl_cli_image_args_given (&image_args))
    {
      g_printerr (_ ("phaseline: --width, --height, --scale, --mode, --content, --ratio, --notes, --paper, "
                     "--orientation and --sections apply only to --export\n"));
      return PL_EXIT_USAGE;
    }
  if (output != NULL)
    return pl_cli_export (output, inputs, &image_args);
  if (dump)
    return pl_cli_dump (inputs);
  if (inputs == NULL || inputs[0] == NULL)
    return -1;
  return open_from_command_line (self, inputs);
}

static void
new_window_activated (GSimpleAction *action,
                      GVariant *parameter,
                      gpointer user_data)
{
  PlApplication *self = PL_APPLICATION (user_data);
  PlWindow *window = pl_window_new (self);

  pl_window_show_builtin (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer user_data)
{
  PlApplication *self = PL_APPLICATION (user_data);
  static const char *authors[] = { "The Phaseline developers", NULL };
  const char *translators = _ ("translator-credits");

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", PACKAGE_NAME,
                         "version", PACKAGE_VERSION,
                         "comments", _ ("Turn news coverage of a plan into a phased briefing"),
                         "website", PACKAGE_WEBSITE,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "logo-icon-name", APP_ID,
                         "authors", authors,
                         "copyright", "© 2026 The Phaseline developers",
                         /* Only when a translation names its translators. */
                         "translator-credits",
                         g_strcmp0 (translators, "translator-credits") != 0 ? translators : NULL,
                         NULL);
}

/* Closing each window lets it save its size, as the close button does. */
static void
quit_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer user_data)
{
  PlApplication *self = PL_APPLICATION (user_data);
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static const GActionEntry app_entries[] = {
  { "new-window", new_window_activated, NULL, NULL, NULL },
  { "about", about_activated, NULL, NULL, NULL },
  { "quit", quit_activated, NULL, NULL, NULL },
};

static void
load_style (void)
{
  g_autoptr (GtkCssProvider) provider = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
pl_application_startup (GApplication *app)
{
  PlApplication *self = PL_APPLICATION (app);

  G_APPLICATION_CLASS (pl_application_parent_class)->startup (app);

  self->settings = g_settings_new (APP_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries, G_N_ELEMENTS (app_entries),
                                   self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  load_style ();
  gtk_window_set_default_icon_name (APP_ID);
}

static void
pl_application_activate (GApplication *app)
{
  PlApplication *self = PL_APPLICATION (app);
  GtkWindow *window;

  if (self->pending_files != NULL)
    {
      g_autoptr (GPtrArray) files = g_steal_pointer (&self->pending_files);

      open_in_new_window (self, (GFile **) files->pdata, files->len);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (pl_window_new (self));
      pl_window_show_builtin (PL_WINDOW (window));
    }
  gtk_window_present (window);
}

static void
pl_application_open (GApplication *app,
                     GFile **files,
                     int n_files,
                     const char *hint)
{
  if (n_files > 0)
    open_in_new_window (PL_APPLICATION (app), files, (guint) n_files);
}

static void
pl_application_finalize (GObject *object)
{
  PlApplication *self = PL_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  G_OBJECT_CLASS (pl_application_parent_class)->finalize (object);
}

static void
pl_application_class_init (PlApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = pl_application_finalize;
  app_class->handle_local_options = pl_application_handle_local_options;
  app_class->startup = pl_application_startup;
  app_class->activate = pl_application_activate;
  app_class->open = pl_application_open;

  /* The templates, style sheet and shortcuts window. */
  pl_gui_register_resource ();
}

static void
pl_application_init (PlApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_add_main_option_entries (G_APPLICATION (self), pl_cli_get_slide_option_entries ());
  g_application_add_main_option_entries (G_APPLICATION (self), pl_cli_get_summary_option_entries ());
  g_application_set_option_context_summary (
      G_APPLICATION (self),
      _ ("Turn news coverage of a plan into a phased briefing. Opens each FILE in one window, "
         "merged into one briefing; with --export or --dump, works without a display."));
}

static PlApplication *
create (GApplicationFlags flags)
{
  return g_object_new (PL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", flags,
                       NULL);
}

/**
 * pl_application_new:
 *
 * Returns: (transfer full): the application, unique on the session bus:
 *   a second `phaseline FILE` hands FILE to the first
 */
PlApplication *
pl_application_new (void)
{
  return create (G_APPLICATION_HANDLES_OPEN);
}

/**
 * pl_application_new_for_testing:
 *
 * The application as pl_application_new() makes it, plus
 * %G_APPLICATION_NON_UNIQUE: it never takes its name on the session bus,
 * so in-process tests run next to a running Phaseline and without a bus.
 * Register it with g_application_register() (which runs startup) or run
 * it with g_application_run(), then create windows with pl_window_new().
 *
 * Returns: (transfer full): a non-unique application
 */
PlApplication *
pl_application_new_for_testing (void)
{
  return create (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
}

/**
 * pl_application_get_settings:
 *
 * Returns: (transfer none): the application's settings; available from
 *   startup on
 */
GSettings *
pl_application_get_settings (PlApplication *self)
{
  g_return_val_if_fail (PL_IS_APPLICATION (self), NULL);
  return self->settings;
}
