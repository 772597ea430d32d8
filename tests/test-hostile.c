/* test-hostile.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pl-diagnostic.h"
#include "pl-error.h"
#include "pl-loader.h"
#include "pl-test-util.h"

typedef struct
{
  const char *file;
  PlError code;
  const char *message;
} HostileCase;

static const HostileCase own_cases[] = {
  { "laughs.phaseline", PL_ERROR_FORBIDDEN, "document type declaration" },
  { "quadratic.phaseline", PL_ERROR_FORBIDDEN, "document type declaration" },
  { "external-entity.phaseline", PL_ERROR_FORBIDDEN, "document type declaration" },
  { "external-dtd.phaseline", PL_ERROR_FORBIDDEN, "document type declaration" },
  { "parameter-entity.phaseline", PL_ERROR_FORBIDDEN, "document type declaration" },
  { "deep.phaseline", PL_ERROR_SYNTAX, "depth" },
  { "xinclude.phaseline", PL_ERROR_INVALID, "unexpected element <include>" },
};

static void
test_own_case (gconstpointer data)
{
  const HostileCase *c = data;
  g_autofree char *path = pl_test_data_path (c->file);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = pl_load_file (file, NULL, &error);

  g_assert_null (briefing);
  g_test_message ("%s", error->message);
  g_assert_error (error, PL_ERROR, (gint) c->code);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, c->message));
}

static void
accept_cb (GSocketService *service,
           GSocketConnection *connection,
           GObject *source,
           gpointer user_data)
{
  (*(guint *) user_data)++;
}

/* An entity pointing at a listening port on this machine: loading must
 * never connect to it. */
static void
test_no_network (void)
{
  g_autoptr (GSocketService) service = g_socket_service_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *xml = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (PlBriefing) briefing = NULL;
  guint connections = 0;
  guint16 port;

  port = g_socket_listener_add_any_inet_port (G_SOCKET_LISTENER (service), NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (service, "incoming", G_CALLBACK (accept_cb), &connections);
  g_socket_service_start (service);

  xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                         "<!DOCTYPE briefing SYSTEM \"http://127.0.0.1:%u/dtd\" [\n"
                         "  <!ENTITY remote SYSTEM \"http://127.0.0.1:%u/entity\">\n]>\n"
                         "<briefing xmlns=\"https://phaseline.github.io/ns/briefing\" version=\"1\">"
                         "<title>&remote;</title></briefing>\n",
                         port, port);
  path = pl_test_write_file (dir, "fetch.phaseline", xml, -1);
  file = g_file_new_for_path (path);
  briefing = pl_load_file (file, NULL, &error);
  g_assert_null (briefing);
  g_assert_error (error, PL_ERROR, PL_ERROR_FORBIDDEN);

  /* Give a connection that was started time to arrive. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (connections, ==, 0);
  g_socket_service_stop (service);
  pl_test_remove_tree (dir);
}

/* Every file of a third-party corpus folder is read or refused with a
 * message naming it, quickly and without crashing. */
static void
check_corpus_dir (const char *subdir,
                  const char *suffix)
{
  const char *shared = pl_test_shared_dir ();
  g_autofree char *dir_path = NULL;
  g_autoptr (GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (shared == NULL)
    {
      g_test_skip ("../shared/corpus is not present (as on a user's machine)");
      return;
    }

  dir_path = g_build_filename (shared, "corpus", subdir, NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr (GFile) file = g_file_new_for_path (path);
      g_autoptr (GPtrArray) diagnostics = pl_diagnostics_new ();
      g_autoptr (GError) error = NULL;
      g_autoptr (PlBriefing) briefing = NULL;
      gint64 start;

      if (!g_str_has_suffix (name, suffix))
        continue;
      start = g_get_monotonic_time ();
      briefing = pl_load_file (file, diagnostics, &error);
      g_test_message ("%.1f ms: %s", (g_get_monotonic_time () - start) / 1000.0,
                      error ? error->message : "read as an article");
      /* XML is refused unless it is a briefing; anything else (text with
       * no markup) may be read as an article, but never crashes. */
      if (briefing == NULL)
        {
          g_assert_nonnull (error);
          g_assert_true (g_str_has_prefix (error->message, path));
          g_assert_cmpuint (diagnostics->len, >, 0);
        }
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_defusedxml (void)
{
  check_corpus_dir ("defusedxml-xmltestdata/xmltestdata", ".xml");
}

static void
test_libxml2_recurse (void)
{
  check_corpus_dir ("libxml2-tests/test/recurse", ".xml");
}

static void
test_libxml2_errors (void)
{
  check_corpus_dir ("libxml2-tests/test/errors", ".xml");
}

static void
test_libxml2_feeds (void)
{
  /* Real feeds, one in UTF-16: read, but not briefings. */
  check_corpus_dir ("libxml2-tests/test", ".xml");
  check_corpus_dir ("libxml2-tests/test", ".rdf");
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (own_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/hostile/own/%s", own_cases[i].file);
      g_test_add_data_func (path, &own_cases[i], test_own_case);
    }
  g_test_add_func ("/hostile/no-network", test_no_network);
  g_test_add_func ("/hostile/corpus/defusedxml", test_defusedxml);
  g_test_add_func ("/hostile/corpus/libxml2-recurse", test_libxml2_recurse);
  g_test_add_func ("/hostile/corpus/libxml2-errors", test_libxml2_errors);
  g_test_add_func ("/hostile/corpus/libxml2-feeds", test_libxml2_feeds);
  return g_test_run ();
}
