/* pl-extract-merge.c: adding what one source says to the briefing.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlExtract"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pl-extract-private.h"

/* Items this alike are the same item reported twice. */
#define SAME_COMPONENT 0.6
#define SAME_RISK 0.5
#define SAME_EVENT 0.4

static void
copy_evidence (PlItem *from,
               PlItem *to)
{
  for (guint i = 0; i < pl_item_get_n_evidence (from); i++)
    {
      const PlEvidence *e = pl_item_get_evidence (from, i);
      gboolean known = FALSE;

      /* Sources are extracted one after the other, so what @to already
       * holds from @e's source is at its end: look no further back. */
      for (guint j = pl_item_get_n_evidence (to); j-- > 0 && !known;)
        {
          const PlEvidence *f = pl_item_get_evidence (to, j);

          if (g_strcmp0 (f->source, e->source) != 0)
            break;
          known = pl_evidence_equal (e, f);
        }
      if (!known)
        pl_item_add_evidence (to, e->source, e->start, e->end);
    }
}

static char *
default_name (int key)
{
  if (key == PHASE_KEY_PLAN)
    return g_strdup (_ ("The plan"));
  if (key == PHASE_KEY_FINAL)
    return g_strdup (_ ("Final phase"));
  /* Translators: the name of a plan's phase the text gives no name, %d is its number */
  return g_strdup_printf (_ ("Phase %d"), key);
}

static PlPhase *
find_phase (PlBriefing *briefing,
            const PhaseDraft *draft,
            const char *name)
{
  GListModel *phases = pl_briefing_get_phases (briefing);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      guint index = pl_phase_get_index (phase);

      if ((draft->key > 0 && draft->key < PHASE_KEY_FINAL && index == (guint) draft->key) ||
          (index == 0 && g_ascii_strcasecmp (pl_phase_get_name (phase), name) == 0))
        return phase;
    }
  return NULL;
}

static void
merge_components (PlPhase *from,
                  PlPhase *to)
{
  GListModel *incoming = pl_phase_get_components (from);
  GListModel *existing = pl_phase_get_components (to);

  for (guint i = 0; i < g_list_model_get_n_items (incoming); i++)
    {
      g_autoptr (PlComponent) component = g_list_model_get_item (incoming, i);
      gboolean merged = FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (existing) && !merged; j++)
        {
          g_autoptr (PlComponent) other = g_list_model_get_item (existing, j);

          if (_pl_extract_item_similarity (PL_ITEM (component), pl_component_get_text (component), PL_ITEM (other),
                                           pl_component_get_text (other)) >= SAME_COMPONENT)
            {
              copy_evidence (PL_ITEM (component), PL_ITEM (other));
              merged = TRUE;
            }
        }
      if (!merged)
        {
          g_autoptr (PlItem) copy = pl_item_copy (PL_ITEM (component));
          pl_item_set_id (copy, NULL);
          pl_phase_add_component (to, PL_COMPONENT (copy));
        }
    }
}

/* Returns the briefing's phase for the draft. Sources come oldest first,
 * so a later source's status is the newer news. */
static PlPhase *
merge_phase (Extraction *x,
             PhaseDraft *draft)
{
  g_autofree char *name = draft->name ? g_strdup (draft->name) : default_name (draft->key);
  PlPhase *phase = find_phase (x->briefing, draft, name);

  if (phase == NULL)
    {
      pl_phase_set_name (draft->phase, name);
      pl_briefing_add_item (x->briefing, PL_ITEM (draft->phase));
      return draft->phase;
    }
  copy_evidence (PL_ITEM (draft->phase), PL_ITEM (phase));
  if (pl_phase_get_status (draft->phase) != PL_STATUS_UNKNOWN)
    pl_phase_set_status (phase, pl_phase_get_status (draft->phase));
  if (!pl_date_is_set (pl_phase_get_start (phase)))
    pl_phase_set_start (phase, pl_phase_get_start (draft->phase));
  if (!pl_date_is_set (pl_phase_get_end (phase)))
    pl_phase_set_end (phase, pl_phase_get_end (draft->phase));
  merge_components (draft->phase, phase);
  return phase;
}

static void
merge_reaction (Extraction *x,
                PlReaction *reaction)
{
  GListModel *reactions = pl_briefing_get_reactions (x->briefing);

  for (guint i = 0; i < g_list_model_get_n_items (reactions); i++)
    {
      g_autoptr (PlReaction) other = g_list_model_get_item (reactions, i);

      if (g_ascii_strcasecmp (pl_reaction_get_actor (other), pl_reaction_get_actor (reaction)) == 0 &&
          pl_reaction_get_stance (other) == pl_reaction_get_stance (reaction))
        {
          copy_evidence (PL_ITEM (reaction), PL_ITEM (other));
          return;
        }
    }
  pl_briefing_add_item (x->briefing, PL_ITEM (reaction));
}

static void
merge_risk (Extraction *x,
            PlRisk *risk)
{
  GListModel *risks = pl_briefing_get_risks (x->briefing);

  for (guint i = 0; i < g_list_model_get_n_items (risks); i++)
    {
      g_autoptr (PlRisk) other = g_list_model_get_item (risks, i);

      if (_pl_extract_item_similarity (PL_ITEM (other), pl_risk_get_text (other), PL_ITEM (risk),
                                       pl_risk_get_text (risk)) >= SAME_RISK)
        {
          copy_evidence (PL_ITEM (risk), PL_ITEM (other));
          pl_risk_set_severity (other, MAX (pl_risk_get_severity (other), pl_risk_get_severity (risk)));
          return;
        }
    }
  pl_briefing_add_item (x->briefing, PL_ITEM (risk));
}

static void
merge_event (Extraction *x,
             PlEvent *event,
             PlPhase *phase)
{
  GListModel *events = pl_briefing_get_events (x->briefing);

  if (phase != NULL)
    pl_event_set_phase (event, pl_item_get_id (PL_ITEM (phase)));
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr (PlEvent) other = g_list_model_get_item (events, i);

      if (pl_date_equal (pl_event_get_date (other), pl_event_get_date (event)) &&
          _pl_extract_item_similarity (PL_ITEM (other), pl_event_get_text (other), PL_ITEM (event),
                                       pl_event_get_text (event)) >= SAME_EVENT)
        {
          copy_evidence (PL_ITEM (event), PL_ITEM (other));
          return;
        }
    }
  pl_briefing_add_item (x->briefing, PL_ITEM (event));
}

/**
 * _pl_extract_merge:
 *
 * Adds the drafts to the briefing: a phase with the same number (or, for
 * unnumbered ones, the same name) as one already there is that phase;
 * alike components, reactions by the same actor with the same stance,
 * alike risks and alike events on the same date are one item with the
 * evidence of each.
 */
void
_pl_extract_merge (Extraction *x)
{
  g_autoptr (GHashTable) by_key = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < x->phases->len; i++)
    {
      PhaseDraft *draft = g_ptr_array_index (x->phases, i);

      /* A phase only ever named as "the next one", with nothing in it. */
      if (draft->name == NULL && draft->key != PHASE_KEY_PLAN &&
          g_list_model_get_n_items (pl_phase_get_components (draft->phase)) == 0 &&
          draft->mentions->len < 2)
        continue;
      g_hash_table_insert (by_key, GINT_TO_POINTER (draft->key + 1), merge_phase (x, draft));
    }
  for (guint i = 0; i < x->reactions->len; i++)
    merge_reaction (x, g_ptr_array_index (x->reactions, i));
  for (guint i = 0; i < x->risks->len; i++)
    merge_risk (x, g_ptr_array_index (x->risks, i));
  for (guint i = 0; i < x->events->len; i++)
    {
      int key = g_array_index (x->event_phases, int, i);
      merge_event (x, g_ptr_array_index (x->events, i),
                   key >= 0 ? g_hash_table_lookup (by_key, GINT_TO_POINTER (key + 1)) : NULL);
    }
}
