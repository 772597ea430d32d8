/* pl-recent.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlRecent"

#include "config.h"

#include "pl-recent.h"

#include <glib/gi18n.h>

#include "pl-file-types.h"
#include "pl-file.h"

typedef struct
{
  GtkRecentInfo *info; /* owned */
  GDateTime *stamp;    /* borrowed from info: when Phaseline last used it */
  char *display;       /* owned: the file's name for people */
} Entry;

static void
entry_free (Entry *entry)
{
  g_clear_pointer (&entry->info, gtk_recent_info_unref);
  g_clear_pointer (&entry->display, g_free);
  g_free (entry);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Entry, entry_free)

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const Entry *x = *(Entry *const *) a;
  const Entry *y = *(Entry *const *) b;

  return g_date_time_compare (y->stamp, x->stamp);
}

/* Files Phaseline used, of a kind it opens, that are still there. Remote
 * files cannot be checked cheaply, so they stay. */
static Entry *
entry_new (GtkRecentInfo *info)
{
  g_autoptr (Entry) entry = NULL;
  g_autoptr (GFile) file = NULL;
  const char *app_name = g_get_application_name ();
  GDateTime *stamp = NULL;
  const char *exec;
  guint count;

  /* The name GTK registers files under too, as its file chooser does. */
  if (app_name == NULL || !gtk_recent_info_has_application (info, app_name) ||
      !gtk_recent_info_get_application_info (info, app_name, &exec, &count, &stamp) ||
      stamp == NULL || !pl_file_types_is_supported (gtk_recent_info_get_uri (info)) ||
      (gtk_recent_info_is_local (info) && !gtk_recent_info_exists (info)))
    return NULL;

  entry = g_new0 (Entry, 1);
  entry->info = gtk_recent_info_ref (info);
  entry->stamp = stamp;
  file = g_file_new_for_uri (gtk_recent_info_get_uri (info));
  entry->display = pl_file_dup_display (file);
  return g_steal_pointer (&entry);
}

static GPtrArray *
collect_entries (GtkRecentManager *manager,
                 guint max_items)
{
  GList *items = gtk_recent_manager_get_items (manager);
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);

  for (GList *l = items; l != NULL; l = l->next)
    {
      Entry *entry = entry_new (l->data);

      if (entry != NULL)
        g_ptr_array_add (entries, entry);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);

  g_ptr_array_sort (entries, compare_newest_first);
  if (entries->len > max_items)
    g_ptr_array_set_size (entries, max_items);
  return entries;
}

static gboolean
has_duplicate_name (GPtrArray *entries,
                    guint index,
                    const char *name)
{
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *other = g_ptr_array_index (entries, i);
      g_autofree char *other_name = g_path_get_basename (other->display);

      if (i != index && g_str_equal (name, other_name))
        return TRUE;
    }
  return FALSE;
}

/* The file's name, and its folder's when another entry has the same name.
 * Underscores are doubled: menu labels take them for mnemonics. */
static char *
dup_label (GPtrArray *entries,
           guint index)
{
  const Entry *entry = g_ptr_array_index (entries, index);
  g_autofree char *name = g_path_get_basename (entry->display);
  g_autofree char *folder = NULL;
  g_autofree char *folder_name = NULL;
  g_autofree char *label = NULL;
  g_auto (GStrv) parts = NULL;

  if (has_duplicate_name (entries, index, name))
    {
      folder = g_path_get_dirname (entry->display);
      folder_name = g_path_get_basename (folder);
      /* Translators: a file name and the name of the folder it is in */
      label = g_strdup_printf (_ ("%s — %s"), name, folder_name);
    }
  else
    label = g_steal_pointer (&name);

  parts = g_strsplit (label, "_", -1);
  return g_strjoinv ("__", parts);
}

/**
 * pl_recent_add_file:
 * @file: a file Phaseline opened or saved
 *
 * Adds @file to the recent files with its MIME type.
 */
void
pl_recent_add_file (GtkRecentManager *manager,
                    GFile *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *mime_type = NULL;
  g_autofree char *app_exec = NULL;
  GtkRecentData data = { 0 };

  g_return_if_fail (GTK_IS_RECENT_MANAGER (manager));
  g_return_if_fail (G_IS_FILE (file));

  if (g_get_application_name () == NULL)
    return;
  uri = g_file_get_uri (file);
  mime_type = pl_file_types_dup_mime_type (file);
  app_exec = g_strdup_printf ("%s %%u", g_get_prgname () != NULL ? g_get_prgname () : "phaseline");
  data.mime_type = mime_type;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = app_exec;
  gtk_recent_manager_add_full (manager, uri, &data);
}

/**
 * pl_recent_fill_menu:
 * @menu: the menu to fill; what it held is removed
 * @action_name: the action each item activates, with the file's URI
 * @max_items: how many files to list at most
 *
 * Lists the files Phaseline opened or saved last, newest first, leaving
 * out those that are gone and those of kinds it does not open.
 */
void
pl_recent_fill_menu (GtkRecentManager *manager,
                     GMenu *menu,
                     const char *action_name,
                     guint max_items)
{
  g_autoptr (GPtrArray) entries = NULL;

  g_return_if_fail (GTK_IS_RECENT_MANAGER (manager));
  g_return_if_fail (G_IS_MENU (menu));

  entries = collect_entries (manager, max_items);
  g_menu_remove_all (menu);
  for (guint i = 0; i < entries->len; i++)
    {
      const Entry *entry = g_ptr_array_index (entries, i);
      g_autofree char *label = dup_label (entries, i);
      g_autoptr (GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, action_name,
                                               g_variant_new_string (gtk_recent_info_get_uri (entry->info)));
      g_menu_append_item (menu, item);
    }

  /* Says why the menu is empty. Without the file the action needs as its
   * target, GTK shows the item insensitive and never activates it. */
  if (entries->len == 0)
    g_menu_append (menu, _ ("No Recent Files"), action_name);
}
