/* pl-test-util.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pl-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

#include "pl-json.h"
#include "pl-loader.h"

char *
pl_test_make_tmpdir (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("phaseline-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
pl_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          pl_test_remove_tree (child);
        else
          g_unlink (child);
      }
  g_chmod (path, 0755);
  g_rmdir (path);
}

/* Writes @contents to @dir/@name and returns the path. */
char *
pl_test_write_file (const char *dir,
                    const char *name,
                    const char *contents,
                    gssize length)
{
  g_autoptr (GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* The third-party corpus beside the checkout, or NULL where it is absent,
 * as on a user's machine: tests that need it skip then. */
const char *
pl_test_shared_dir (void)
{
  static char *dir;

  if (dir == NULL)
    {
      const char *env = g_getenv ("PL_SHARED_DIR");
      g_autofree char *corpus = env ? g_build_filename (env, "corpus", NULL) : NULL;

      /* Canonical, as the messages under test name files. */
      dir = corpus && g_file_test (corpus, G_FILE_TEST_IS_DIR) ? g_canonicalize_filename (env, NULL)
                                                               : g_strdup ("");
    }
  return dir[0] ? dir : NULL;
}

char *
pl_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* A briefing that uses every field of every kind, with text that is hard
 * to save: non-ASCII, markup characters, carriage returns, tabs. */
PlBriefing *
pl_test_make_briefing (void)
{
  PlBriefing *briefing = pl_briefing_new ();
  g_autoptr (PlSource) source = pl_source_new ();
  g_autoptr (PlPhase) phase1 = pl_phase_new ();
  g_autoptr (PlPhase) phase2 = pl_phase_new ();
  g_autoptr (PlComponent) component = pl_component_new ();
  g_autoptr (PlReaction) reaction = pl_reaction_new ();
  g_autoptr (PlRisk) risk = pl_risk_new ();
  g_autoptr (PlEvent) event = pl_event_new ();
  static const PlBlock blocks[] = {
    { PL_BLOCK_HEADING, 1, 0, 27 },
    { PL_BLOCK_PARAGRAPH, 0, 29, 62 },
  };
  PlDate date;

  pl_briefing_set_title (briefing, "Plan <A> & \"B\"");
  pl_briefing_set_subtitle (briefing, "Trêve et reconstruction — المرحلة الثانية");
  pl_briefing_set_byline (briefing, "Desk of Ünïcödé");
  pl_date_parse ("2025-10-14", &date);
  pl_briefing_set_published (briefing, &date);
  pl_briefing_set_notes (briefing, "  Line one\r\nLine two\twith a tab\n\n");

  pl_item_set_id (PL_ITEM (source), "s1");
  pl_source_set_title (source, "Ceasefire holds");
  pl_source_set_byline (source, "A. Writer");
  pl_date_parse ("2025-10-14T09:30:00+02:00", &date);
  pl_source_set_published (source, &date);
  pl_source_set_site (source, "Example News");
  pl_source_set_url (source, "https://example.org/a?b=1&c=2");
  pl_source_set_file (source, "article.html");
  pl_source_set_language (source, "en");
  pl_source_set_text (source, "Ceasefire — phase one ends.\r\nPhase two: aid & talks. ✓ Done 🚀.");
  pl_source_set_blocks (source, blocks, G_N_ELEMENTS (blocks));
  pl_briefing_add_item (briefing, PL_ITEM (source));

  pl_item_set_id (PL_ITEM (phase1), "p1");
  pl_phase_set_index (phase1, 1);
  pl_phase_set_name (phase1, "Phase one");
  pl_phase_set_status (phase1, PL_STATUS_COMPLETED);
  pl_date_parse ("2025-10~", &date);
  pl_phase_set_start (phase1, &date);
  pl_date_parse ("2025-11-30", &date);
  pl_phase_set_end (phase1, &date);
  pl_phase_set_summary (phase1, "Stop the fighting.");
  pl_item_add_evidence (PL_ITEM (phase1), "s1", 0, 26);
  pl_briefing_add_item (briefing, PL_ITEM (phase1));

  pl_item_set_id (PL_ITEM (phase2), "p2");
  pl_phase_set_index (phase2, 2);
  pl_phase_set_name (phase2, "Phase two");
  pl_phase_set_status (phase2, PL_STATUS_PLANNED);
  pl_phase_set_parent (phase2, "p1");
  pl_item_set_id (PL_ITEM (component), "c1");
  pl_component_set_text (component, "Aid corridors");
  pl_component_set_category (component, PL_CATEGORY_HUMANITARIAN);
  pl_component_set_status (component, PL_STATUS_CURRENT);
  pl_item_add_evidence (PL_ITEM (component), "s1", 29, 51);
  pl_phase_add_component (phase2, component);
  pl_briefing_add_item (briefing, PL_ITEM (phase2));

  pl_item_set_id (PL_ITEM (reaction), "r1");
  pl_reaction_set_actor (reaction, "Critics");
  pl_reaction_set_actor_kind (reaction, PL_ACTOR_KIND_ANALYST);
  pl_reaction_set_stance (reaction, PL_STANCE_SKEPTICAL);
  pl_reaction_set_text (reaction, "Doubt it will hold.");
  pl_reaction_set_quote (reaction, "“It won't last,” one said.");
  pl_item_add_evidence (PL_ITEM (reaction), "s1", 52, 60);
  pl_item_add_evidence (PL_ITEM (reaction), "s1", 0, 9);
  pl_briefing_add_item (briefing, PL_ITEM (reaction));

  pl_item_set_id (PL_ITEM (risk), "k1");
  pl_risk_set_text (risk, "Breakdown of the truce");
  pl_risk_set_category (risk, PL_CATEGORY_SECURITY);
  pl_risk_set_likelihood (risk, PL_LEVEL_LOW);
  pl_risk_set_severity (risk, PL_LEVEL_HIGH);
  pl_briefing_add_item (briefing, PL_ITEM (risk));

  pl_item_set_id (PL_ITEM (event), "e1");
  pl_date_parse ("2025-10-10", &date);
  pl_event_set_date (event, &date);
  pl_event_set_text (event, "Ceasefire takes effect");
  pl_event_set_phase (event, "p1");
  pl_item_add_evidence (PL_ITEM (event), "s1", 0, 9);
  pl_briefing_add_item (briefing, PL_ITEM (event));

  return briefing;
}

char *
pl_test_briefing_json (PlBriefing *briefing)
{
  g_autoptr (GBytes) bytes = pl_json_write (briefing);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

PlBriefing *
pl_test_load_string (const char *xml,
                     GPtrArray *diagnostics,
                     GError **error)
{
  return pl_load_data (xml, strlen (xml), "test.phaseline", diagnostics, error);
}
