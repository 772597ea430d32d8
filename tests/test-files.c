/* test-files.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "pl-error.h"
#include "pl-file.h"
#include "pl-format.h"
#include "pl-loader.h"
#include "pl-test-util.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture *f,
               gconstpointer data)
{
  f->dir = pl_test_make_tmpdir ();
}

static void
fixture_teardown (Fixture *f,
                  gconstpointer data)
{
  pl_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
assert_refused (const char *path,
                PlError code,
                const char *message)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = pl_load_file (file, NULL, &error);
  g_autofree char *expected = g_strdup_printf (g_ascii_isdigit (message[0]) ? "%s:%s" : "%s: %s",
                                               path, message);

  g_assert_null (briefing);
  g_test_message ("%s", error->message);
  g_assert_error (error, PL_ERROR, (gint) code);
  g_assert_true (g_str_has_prefix (error->message, expected));
}

static void
test_missing (Fixture *f,
              gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "nowhere.phaseline", NULL);

  assert_refused (path, PL_ERROR_IO, "no such file");
}

static void
test_directory (Fixture *f,
                gconstpointer data)
{
  assert_refused (f->dir, PL_ERROR_NOT_REGULAR, "is a folder, not a file");
}

static void
test_empty (Fixture *f,
            gconstpointer data)
{
  g_autofree char *path = pl_test_write_file (f->dir, "empty.phaseline", "", 0);

  assert_refused (path, PL_ERROR_EMPTY, "is empty");
}

static void
test_binary (Fixture *f,
             gconstpointer data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
  g_autofree char *path = pl_test_write_file (f->dir, "picture.phaseline", png, sizeof png);

  assert_refused (path, PL_ERROR_BINARY, "3:1: holds binary data");
}

static void
test_invalid_utf8 (Fixture *f,
                   gconstpointer data)
{
  g_autofree char *path = pl_test_write_file (
      f->dir, "latin1.phaseline",
      "<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\">\n<title>Tr\xeave</title></briefing>", -1);

  assert_refused (path, PL_ERROR_SYNTAX, "2:10: the text is not valid UTF-8 here");
}

static void
test_utf16 (Fixture *f,
            gconstpointer data)
{
  const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                    "<briefing xmlns=\"" PL_FORMAT_NAMESPACE "\" version=\"1\"><title>Trêve</title></briefing>";
  g_autofree char *utf16 = NULL;
  g_autofree char *with_bom = NULL;
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (PlBriefing) briefing = NULL;
  gsize length;

  utf16 = g_convert (xml, -1, "UTF-16LE", "UTF-8", NULL, &length, &error);
  g_assert_no_error (error);
  with_bom = g_malloc (length + 2);
  memcpy (with_bom, "\xff\xfe", 2);
  memcpy (with_bom + 2, utf16, length);
  path = pl_test_write_file (f->dir, "utf16.phaseline", with_bom, (gssize) length + 2);
  file = g_file_new_for_path (path);
  briefing = pl_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pl_briefing_get_title (briefing), ==, "Trêve");
}

static void
test_too_large (Fixture *f,
                gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "huge.phaseline", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  g_autoptr (GFileOutputStream) out = g_file_create (file, G_FILE_CREATE_NONE, NULL, &error);

  /* A sparse file: refused from its size, without being read. */
  g_assert_no_error (error);
  g_assert_true (g_seekable_truncate (G_SEEKABLE (out), 100000000, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL);
  assert_refused (path, PL_ERROR_TOO_LARGE, "is too large to open (100.0");
}

static void
test_fifo (Fixture *f,
           gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "pipe.phaseline", NULL);

  /* Opening a pipe with no writer would block for ever. */
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  assert_refused (path, PL_ERROR_NOT_REGULAR, "is not a regular file");
}

static void
test_device (Fixture *f,
             gconstpointer data)
{
  assert_refused ("/dev/zero", PL_ERROR_NOT_REGULAR, "is not a regular file");
}

static GBytes *
bytes_of (const char *text)
{
  return g_bytes_new (text, strlen (text));
}

static char *
read_text (const char *path)
{
  g_autoptr (GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_entries (const char *dir_path)
{
  g_autoptr (GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_replace (Fixture *f,
              gconstpointer data)
{
  g_autofree char *path = pl_test_write_file (f->dir, "plan.phaseline", "old", -1);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GBytes) bytes = bytes_of ("new contents");
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  GStatBuf st;

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_true (pl_file_replace (file, bytes, &error));
  g_assert_no_error (error);
  text = read_text (path);
  g_assert_cmpstr (text, ==, "new contents");

  /* Permissions are kept and no temporary file is left behind. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

static void
test_replace_through_link (Fixture *f,
                           gconstpointer data)
{
  g_autofree char *target = pl_test_write_file (f->dir, "real.phaseline", "old", -1);
  g_autofree char *link = g_build_filename (f->dir, "link.phaseline", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (link);
  g_autoptr (GBytes) bytes = bytes_of ("through the link");
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_cmpint (symlink ("real.phaseline", link), ==, 0);
  g_assert_true (pl_file_replace (file, bytes, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  text = read_text (target);
  g_assert_cmpstr (text, ==, "through the link");
}

static void
test_replace_errors (Fixture *f,
                     gconstpointer data)
{
  g_autofree char *sub = g_build_filename (f->dir, "folder.phaseline", NULL);
  g_autofree char *inside = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "dir.phaseline", NULL);
  g_autoptr (GFile) dir_file = g_file_new_for_path (sub);
  g_autoptr (GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr (GBytes) bytes = bytes_of ("x");
  g_autoptr (GError) error = NULL;

  g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
  inside = pl_test_write_file (sub, "keep.txt", "kept", -1);

  /* Writing over a folder fails and leaves it as it was. */
  g_assert_false (pl_file_replace (dir_file, bytes, &error));
  g_assert_error (error, PL_ERROR, PL_ERROR_NOT_REGULAR);
  g_clear_error (&error);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  g_assert_false (pl_file_replace (missing_file, bytes, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (count_entries (f->dir), ==, 1);
}

/* Kills a process that is saving in a loop at a random moment, many
 * times: the file is always one whole version, never a mix or a stub. */
static void
test_replace_killed (Fixture *f,
                     gconstpointer data)
{
  gsize size = 4 * 1024 * 1024;
  g_autofree char *a = g_malloc (size);
  g_autofree char *b = g_malloc (size);
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GBytes) bytes_a = NULL;
  g_autoptr (GBytes) bytes_b = NULL;

  memset (a, 'a', size);
  memset (b, 'b', size);
  path = pl_test_write_file (f->dir, "plan.phaseline", a, (gssize) size);
  file = g_file_new_for_path (path);
  bytes_a = g_bytes_new_static (a, size);
  bytes_b = g_bytes_new_static (b, size);

  for (guint round = 0; round < 12; round++)
    {
      g_autofree char *contents = NULL;
      gsize length = 0;
      int status;
      pid_t pid = fork ();

      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          for (guint i = 0;; i++)
            pl_file_replace (file, i % 2 ? bytes_a : bytes_b, NULL);
        }
      g_usleep (g_random_int_range (1000, 60000));
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, ==, size);
      g_assert_true (memcmp (contents, a, size) == 0 || memcmp (contents, b, size) == 0);
    }
}

static void
add (const char *path,
     void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown);
}

int
main (int argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  add ("/files/read/missing", test_missing);
  add ("/files/read/directory", test_directory);
  add ("/files/read/empty", test_empty);
  add ("/files/read/binary", test_binary);
  add ("/files/read/invalid-utf8", test_invalid_utf8);
  add ("/files/read/utf16", test_utf16);
  add ("/files/read/too-large", test_too_large);
  add ("/files/read/fifo", test_fifo);
  add ("/files/read/device", test_device);
  add ("/files/replace/basic", test_replace);
  add ("/files/replace/through-link", test_replace_through_link);
  add ("/files/replace/errors", test_replace_errors);
  add ("/files/replace/killed", test_replace_killed);
  return g_test_run ();
}
