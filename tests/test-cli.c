/* test-cli.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "pl-cli.h"
#include "pl-test-util.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *r)
{
  g_free (r->out);
  g_free (r->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs the real binary with no display at all: the headless commands must
 * never need one. */
static void
run (Result *r,
     const char *first,
     ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) env = g_get_environ ();
  g_autoptr (GError) error = NULL;
  const char *arg;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("PHASELINE_BIN"));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  env = g_environ_unsetenv (env, "DBUS_SESSION_BUS_ADDRESS");
  g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, &r->out, &r->err,
                &wait_status, &error);
  g_assert_no_error (error);
  r->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128 + WTERMSIG (wait_status);
  g_test_message ("exit %d\nstderr: %s", r->status, r->err);
}

static JsonObject *
parse_json (JsonParser *parser,
            const char *text)
{
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_dump_builtin (void)
{
  g_auto (Result) r = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  run (&r, "--dump", NULL);
  g_assert_cmpint (r.status, ==, PL_EXIT_OK);
  g_assert_cmpstr (r.err, ==, "");
  root = parse_json (parser, r.out);
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "phaseline-briefing");
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Gaza peace plan: the second phase");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "phases")), ==, 2);
}

static void
test_dump_merge (void)
{
  g_autofree char *path = pl_test_data_path ("ceasefire.phaseline");
  g_auto (Result) r = { 0 };
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root;

  run (&r, "--dump", path, path, NULL);
  g_assert_cmpint (r.status, ==, PL_EXIT_OK);
  root = parse_json (parser, r.out);
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Northern valley ceasefire");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "sources")), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "phases")), ==, 4);
}

static void
test_export (void)
{
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *input = pl_test_data_path ("ceasefire.phaseline");
  g_autofree char *json_path = g_build_filename (dir, "out.json", NULL);
  g_autofree char *phaseline_path = g_build_filename (dir, "out.PHASELINE", NULL);
  g_autofree char *json = NULL;
  g_auto (Result) a = { 0 };
  g_auto (Result) b = { 0 };
  g_auto (Result) c = { 0 };

  run (&a, "--export", json_path, input, NULL);
  g_assert_cmpint (a.status, ==, PL_EXIT_OK);
  g_assert_cmpstr (a.out, ==, "");
  g_assert_true (g_file_get_contents (json_path, &json, NULL, NULL));

  /* .phaseline out, then dumped again: the same briefing. */
  run (&b, "--export", phaseline_path, input, NULL);
  g_assert_cmpint (b.status, ==, PL_EXIT_OK);
  run (&c, "--dump", phaseline_path, NULL);
  g_assert_cmpint (c.status, ==, PL_EXIT_OK);
  g_assert_cmpstr (c.out, ==, json);
  pl_test_remove_tree (dir);
}

static void
test_export_unknown_format (void)
{
  g_auto (Result) r = { 0 };

  run (&r, "--export", "/tmp/out.docx", NULL);
  g_assert_cmpint (r.status, ==, PL_EXIT_USAGE);
  g_assert_nonnull (strstr (r.err, "/tmp/out.docx: cannot tell the format from the name; use one of: "
                                   ".phaseline, .json, .png, .svg, .pdf"));
  g_assert_false (g_file_test ("/tmp/out.docx", G_FILE_TEST_EXISTS));
}

static void
test_export_unwritable (void)
{
  g_auto (Result) r = { 0 };

  run (&r, "--export", "/nonexistent-dir/out.json", NULL);
  g_assert_cmpint (r.status, ==, PL_EXIT_OUTPUT);
  g_assert_true (g_str_has_prefix (r.err, "/nonexistent-dir/out.json: "));
}

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* `--export out.png --width 800 INPUT`: a PNG 800 px wide; at --scale 2,
 * twice as wide and tall. */
static void
test_export_png (void)
{
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *input = pl_test_data_path ("ceasefire.phaseline");
  g_autofree char *png = g_build_filename (dir, "out.png", NULL);
  g_autofree char *png2 = g_build_filename (dir, "out@2.png", NULL);
  g_autofree char *data = NULL;
  g_autofree char *data2 = NULL;
  gsize length, length2;
  g_auto (Result) a = { 0 };
  g_auto (Result) b = { 0 };

  run (&a, "--export", png, "--width", "800", input, NULL);
  g_assert_cmpint (a.status, ==, PL_EXIT_OK);
  g_assert_cmpstr (a.err, ==, "");
  g_assert_true (g_file_get_contents (png, &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  g_assert_cmpuint (read_be32 ((const guint8 *) data + 16), ==, 800);

  run (&b, "--export", png2, "--width=800", "--scale=2", "--mode=dates", input, NULL);
  g_assert_cmpint (b.status, ==, PL_EXIT_OK);
  g_assert_true (g_file_get_contents (png2, &data2, &length2, NULL));
  g_assert_cmpuint (read_be32 ((const guint8 *) data2 + 16), ==, 1600);
  g_assert_cmpuint (read_be32 ((const guint8 *) data2 + 20), ==, 2 * read_be32 ((const guint8 *) data + 20));
  pl_test_remove_tree (dir);
}

typedef struct
{
  const char *args[4];
  const char *message;
} BadImageOption;

/* Wrong image options are usage errors, with a message, and write nothing. */
static void
test_export_bad_options (void)
{
  static const BadImageOption cases[] = {
    { { "--scale", "abc" }, "--scale must be a number above 0" },
    { { "--scale=0" }, "--scale must be a number above 0" },
    { { "--scale=-2" }, "--scale must be a number above 0" },
    { { "--scale=1e9" }, "--scale must be a number above 0" },
    { { "--width=wide" }, "--width must be a whole number of pixels from 200 to 16384" },
    { { "--width=100000" }, "--width must be a whole number of pixels from 200 to 16384" },
    { { "--height=0" }, "--height must be a whole number of pixels from 100 to 16384" },
    { { "--mode=gantt" }, "--mode must be auto, dates or sequence" },
    { { "--width=16000", "--scale=4" }, "over the limit of 16384 px a side" },
  };
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *png = g_build_filename (dir, "out.png", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto (Result) r = { 0 };

      run (&r, "--export", png, cases[i].args[0], cases[i].args[1], NULL);
      g_assert_cmpint (r.status, ==, PL_EXIT_USAGE);
      g_assert_nonnull (strstr (r.err, cases[i].message));
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
    }
  pl_test_remove_tree (dir);
}

/* The image options need --export to an image. */
static void
test_image_options_misplaced (void)
{
  g_auto (Result) a = { 0 };
  g_auto (Result) b = { 0 };

  run (&a, "--export", "/tmp/pl-never-written.json", "--width=800", NULL);
  g_assert_cmpint (a.status, ==, PL_EXIT_USAGE);
  g_assert_nonnull (strstr (a.err, "apply only to the timeline formats .png, .svg and .pdf, not .json"));
  g_assert_false (g_file_test ("/tmp/pl-never-written.json", G_FILE_TEST_EXISTS));

  run (&b, "--dump", "--scale=2", NULL);
  g_assert_cmpint (b.status, ==, PL_EXIT_USAGE);
  g_assert_cmpstr (b.out, ==, "");
  g_assert_nonnull (strstr (b.err, "apply only to --export"));
}

static void
test_errors (void)
{
  g_autofree char *dir = pl_test_make_tmpdir ();
  g_autofree char *bad = pl_test_write_file (
      dir, "bad.phaseline",
      "<?xml version=\"1.0\"?>\n<briefing xmlns=\"https://phaseline.github.io/ns/briefing\" version=\"1\">\n"
      "  <title>t</title>\n  <phases>\n    <phase id=\"p1\" status=\"done\"><name>x</name></phase>\n"
      "  </phases>\n</briefing>\n",
      -1);
  g_autofree char *missing = g_build_filename (dir, "missing.phaseline", NULL);
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autofree char *expected_bad = g_strdup_printf ("%s:5:5: “done” is not a valid status", bad);
  g_autofree char *expected_missing = g_strdup_printf ("%s: no such file", missing);
  g_auto (Result) r = { 0 };

  /* Every problem of every input is reported; nothing is written. */
  run (&r, "--export", out, bad, missing, NULL);
  g_assert_cmpint (r.status, ==, PL_EXIT_INPUT);
  g_assert_nonnull (strstr (r.err, expected_bad));
  g_assert_nonnull (strstr (r.err, expected_missing));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  pl_test_remove_tree (dir);
}

static void
test_hostile (void)
{
  g_autofree char *path = pl_test_data_path ("laughs.phaseline");
  g_autofree char *expected = g_strdup_printf ("%s:3:1: a document type declaration", path);
  g_auto (Result) r = { 0 };

  run (&r, "--dump", path, NULL);
  g_assert_cmpint (r.status, ==, PL_EXIT_INPUT);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_true (g_str_has_prefix (r.err, expected));
}

static void
test_version (void)
{
  g_auto (Result) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, "Phaseline " PACKAGE_VERSION "\n");
}

/* The real binary starts a window on a file, and on a file that fails,
 * and keeps running: criticals are fatal, so a broken start would end it. */
static void
check_window_starts (const char *input)
{
  const char *argv[] = { g_getenv ("PHASELINE_BIN"), input, NULL };
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "G_DEBUG", "fatal-criticals", TRUE);
  g_autoptr (GError) error = NULL;
  GPid pid;
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("no display (the quick-start script runs the suite under Xvfb)");
      return;
    }

  g_spawn_async (NULL, (char **) argv, env,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_usleep (2 * G_USEC_PER_SEC);
  g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);
  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
}

static void
test_window_starts (void)
{
  g_autofree char *good = pl_test_data_path ("ceasefire.phaseline");
  g_autofree char *bad = pl_test_data_path ("laughs.phaseline");

  check_window_starts (good);
  check_window_starts (bad);
}

static void
test_bad_option (void)
{
  g_auto (Result) r = { 0 };

  run (&r, "--no-such-option", NULL);
  g_assert_cmpint (r.status, !=, 0);
  g_assert_nonnull (strstr (r.err, "no-such-option"));
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("PHASELINE_BIN"));
  g_test_add_func ("/cli/dump/builtin", test_dump_builtin);
  g_test_add_func ("/cli/dump/merge", test_dump_merge);
  g_test_add_func ("/cli/export/round-trip", test_export);
  g_test_add_func ("/cli/export/unknown-format", test_export_unknown_format);
  g_test_add_func ("/cli/export/unwritable", test_export_unwritable);
  g_test_add_func ("/cli/export/png", test_export_png);
  g_test_add_func ("/cli/export/bad-image-options", test_export_bad_options);
  g_test_add_func ("/cli/export/image-options-misplaced", test_image_options_misplaced);
  g_test_add_func ("/cli/errors", test_errors);
  g_test_add_func ("/cli/hostile", test_hostile);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/bad-option", test_bad_option);
  g_test_add_func ("/cli/window-starts", test_window_starts);
  return g_test_run ();
}
