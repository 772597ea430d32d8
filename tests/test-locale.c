/* test-locale.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The translations load and are complete, plurals follow each language's
 * rules, dates follow the locale, and Arabic turns the layout right to
 * left. Messages need only LANGUAGE; month names need the system's locale
 * data, and those checks skip, saying so, where it is not installed. */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "pl-labels.h"
#include "pl-render-style.h"

static const char *const languages[] = { "ar", "es", "fr" };

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* gettext caches what it found: a new textdomain call drops the cache. */
  textdomain (textdomain (NULL));
}

/* Every language of LINGUAS is built and translates what the window shows
 * first. */
static void
test_messages (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      use_language (languages[i]);
      /* (“Phases” is French for phases.) */
      g_assert_cmpstr (_ ("Reactions"), !=, "Reactions");
      g_assert_cmpstr (_ ("Risks"), !=, "Risks");
      /* The format keeps its two numbers. */
      {
        g_autofree char *page = g_strdup_printf (_ ("Page %u of %u"), 3, 7);

        g_assert_nonnull (strstr (page, "3"));
        g_assert_nonnull (strstr (page, "7"));
      }
    }
  use_language ("en");
  g_assert_cmpstr (_ ("Risks"), ==, "Risks");
}

/* Arabic has six plural forms; French puts 0 with 1; Spanish does not. */
static void
test_plurals (void)
{
  /* One, two (the dual), three to ten and eleven to ninety-nine each have
   * their own word; zero and a hundred may share one's. */
  static const gulong arabic_counts[] = { 1, 2, 3, 11 };
  g_autoptr (GHashTable) forms = g_hash_table_new (g_str_hash, g_str_equal);

  use_language ("ar");
  for (guint i = 0; i < G_N_ELEMENTS (arabic_counts); i++)
    g_hash_table_add (forms, (gpointer) ngettext ("%u item", "%u items", arabic_counts[i]));
  g_assert_cmpuint (g_hash_table_size (forms), ==, G_N_ELEMENTS (arabic_counts));
  g_assert_cmpstr (ngettext ("%u item", "%u items", 3), ==, ngettext ("%u item", "%u items", 10));
  g_assert_cmpstr (ngettext ("%u item", "%u items", 11), ==, ngettext ("%u item", "%u items", 99));

  use_language ("fr");
  g_assert_cmpstr (ngettext ("%u item", "%u items", 0), ==, ngettext ("%u item", "%u items", 1));
  g_assert_cmpstr (ngettext ("%u item", "%u items", 1), !=, ngettext ("%u item", "%u items", 2));

  use_language ("es");
  g_assert_cmpstr (ngettext ("%u item", "%u items", 0), ==, ngettext ("%u item", "%u items", 2));
  g_assert_cmpstr (ngettext ("%u item", "%u items", 1), !=, ngettext ("%u item", "%u items", 2));
  use_language ("en");
}

/* Arabic lays everything out right to left: the timeline, slides and
 * printed pages ask pl_locale_is_rtl(). */
static void
test_direction (void)
{
  g_unsetenv ("PHASELINE_DIRECTION");
  use_language ("fr");
  g_assert_false (pl_locale_is_rtl ());
  use_language ("ar");
  if (g_strcmp0 (g_dgettext ("gtk40", "default:LTR"), "default:RTL") != 0)
    {
      g_test_skip ("GTK's own Arabic translation, which tells the direction, is not installed");
      use_language ("en");
      return;
    }
  g_assert_true (pl_locale_is_rtl ());
  use_language ("en");
}

/* Words of a briefing run in their own direction, whatever the window's:
 * the first letter decides, as in a paragraph. */
static void
test_text_direction (void)
{
  g_assert_cmpint (pl_text_get_direction ("خطة إعادة الإعمار"), ==, PANGO_DIRECTION_RTL);
  g_assert_cmpint (pl_text_get_direction ("2025 – المرحلة الثانية (Phase 2)"), ==, PANGO_DIRECTION_RTL);
  g_assert_cmpint (pl_text_get_direction ("Phase 2: إعادة الإعمار"), ==, PANGO_DIRECTION_LTR);
  g_assert_cmpint (pl_text_get_direction ("שלב ב"), ==, PANGO_DIRECTION_RTL);
  g_assert_cmpint (pl_text_get_direction ("« 12 – 14 »"), ==, PANGO_DIRECTION_NEUTRAL);
  g_assert_cmpint (pl_text_get_direction (NULL), ==, PANGO_DIRECTION_NEUTRAL);
}

typedef struct
{
  const char *locale;
  const char *language;
  const char *month; /* March, in that language */
} DateCase;

/* Dates use the language's order and the locale's month names. */
static void
test_dates (void)
{
  static const DateCase cases[] = {
    { "fr_FR.UTF-8", "fr", "mars" },
    { "es_ES.UTF-8", "es", "marzo" },
    { "ar_EG.UTF-8", "ar", "مارس" },
  };
  PlDate date = pl_date_make (2025, 3, 1);
  guint n_checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      if (setlocale (LC_ALL, cases[i].locale) == NULL)
        continue;
      use_language (cases[i].language);
      text = pl_date_format_display (&date);
      g_test_message ("%s: %s", cases[i].locale, text);
      g_assert_nonnull (strstr (text, cases[i].month));
      g_assert_nonnull (strstr (text, "2025"));
      n_checked++;
    }
  setlocale (LC_ALL, "C.UTF-8");
  use_language ("en");
  if (n_checked == 0)
    g_test_skip ("none of fr_FR, es_ES and ar_EG.UTF-8 is installed (localedef makes them)");
}

int
main (int argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PHASELINE_LOCALEDIR");

  setlocale (LC_ALL, "C.UTF-8");
  if (localedir == NULL)
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* GLib decides once, at its first translation, whether to translate at
   * all: in the C locale without a catalogue it would never. Decide with
   * a language whose catalogue is there. */
  use_language ("fr");
  g_assert_cmpstr (_ ("Risks"), !=, "Risks");
  use_language ("en");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/locale/messages", test_messages);
  g_test_add_func ("/locale/plurals", test_plurals);
  g_test_add_func ("/locale/direction", test_direction);
  g_test_add_func ("/locale/dates", test_dates);
  g_test_add_func ("/locale/text-direction", test_text_direction);
  return g_test_run ();
}
