/* pl-window-add.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include <glib/gi18n.h>

#include "pl-article.h"
#include "pl-window-private.h"

/* "Add Selection As" in the article: the selected words become a new
 * component, reaction, risk or event, with those words as its evidence,
 * added through the undo history, then selected and shown in Details for
 * the user to finish. */

#define MAX_TEXT_CHARS 400

/* The selected words as one line, not too long for a field. */
static char *
selection_text (PlSource *source,
                guint start,
                guint end)
{
  g_autofree char *excerpt = pl_source_dup_excerpt (source, start, end);
  g_autofree char *line = pl_text_normalize_space (excerpt, -1);

  if (g_utf8_strlen (line, -1) > MAX_TEXT_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (line, 0, MAX_TEXT_CHARS);

      return g_strconcat (cut, "…", NULL);
    }
  return g_steal_pointer (&line);
}

static void
add_item_cb (PlWindow *self,
             GType item_type,
             PlSource *source,
             guint start,
             guint end)
{
  PlBriefing *briefing = pl_view_state_get_briefing (self->view_state);
  PlHistory *history = _pl_window_get_history (self);
  g_autofree char *text = NULL;
  g_autoptr (PlItem) item = NULL;
  g_autoptr (PlPhase) phase = NULL;

  if (briefing == NULL || history == NULL || source == NULL || end <= start)
    return;
  text = selection_text (source, start, end);
  if (*text == '\0')
    return;

  if (item_type == PL_TYPE_COMPONENT)
    {
      /* At the end of the phase, where the words usually come from. */
      phase = _pl_window_get_target_phase (self, briefing, NULL);
      if (phase == NULL)
        {
          pl_error_banner_show (self->error_banner, _ ("Could not add the component"),
                                _ ("A component belongs to a phase, and this briefing has none yet."), NULL);
          return;
        }
      item = PL_ITEM (pl_component_new ());
      pl_component_set_text (PL_COMPONENT (item), text);
      pl_component_set_status (PL_COMPONENT (item), pl_phase_get_status (phase));
    }
  else if (item_type == PL_TYPE_REACTION)
    {
      item = PL_ITEM (pl_reaction_new ());
      /* TRANSLATORS: the actor of a reaction added from selected text, until the user names one */
      pl_reaction_set_actor (PL_REACTION (item), _ ("Unnamed actor"));
      pl_reaction_set_text (PL_REACTION (item), text);
    }
  else if (item_type == PL_TYPE_RISK)
    {
      item = PL_ITEM (pl_risk_new ());
      pl_risk_set_text (PL_RISK (item), text);
    }
  else if (item_type == PL_TYPE_EVENT)
    {
      item = PL_ITEM (pl_event_new ());
      pl_event_set_text (PL_EVENT (item), text);
    }
  else
    return;

  pl_item_add_evidence (item, pl_item_get_id (PL_ITEM (source)), start, end);
  pl_history_add_item (history, item, phase, PL_HISTORY_END);
  pl_view_state_set_selected (self->view_state, item);
  gtk_stack_set_visible_child_name (self->lower_stack, "details");
}

void
_pl_window_add_init (PlWindow *self)
{
  g_signal_connect_object (self->article_view, "add-item", G_CALLBACK (add_item_cb), self, G_CONNECT_SWAPPED);
}
