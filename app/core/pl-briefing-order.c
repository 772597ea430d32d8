/* pl-briefing-order.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlBriefing"

#include "config.h"

#include "pl-briefing-order-private.h"

#include <glib/gi18n-lib.h>

#include "pl-reaction.h"
#include "pl-risk.h"

/* The order in which the briefing's reactions and risks are shown: the
 * reactions grouped by stance, supporters first; the risks grouped by
 * severity, the most severe first, and within a group the likeliest
 * first. Within that, the briefing's own order. Empty groups are left
 * out. The risks' groups share their headings too. */

static const PlStance stance_order[] = {
  PL_STANCE_SUPPORT,
  PL_STANCE_MIXED,
  PL_STANCE_SKEPTICAL,
  PL_STANCE_OPPOSE,
  PL_STANCE_NEUTRAL,
};

static void
group_free (gpointer data)
{
  PlBriefingGroup *group = data;

  g_ptr_array_unref (group->items);
  g_free (group);
}

/* Adds an empty group for @key to @groups. */
static PlBriefingGroup *
add_group (GPtrArray *groups,
           int key)
{
  PlBriefingGroup *group = g_new0 (PlBriefingGroup, 1);

  group->key = key;
  group->items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (groups, group);
  return group;
}

/* Drops the last group of @groups if it is empty. */
static void
drop_if_empty (GPtrArray *groups)
{
  PlBriefingGroup *group = g_ptr_array_index (groups, groups->len - 1);

  if (group->items->len == 0)
    g_ptr_array_remove_index (groups, groups->len - 1);
}

/**
 * _pl_briefing_group_reactions:
 *
 * Returns: (transfer full) (element-type PlBriefingGroup): the reactions of
 *   @briefing by stance, each group's key a #PlStance
 */
GPtrArray *
_pl_briefing_group_reactions (PlBriefing *briefing)
{
  GListModel *reactions = pl_briefing_get_reactions (briefing);
  guint n = g_list_model_get_n_items (reactions);
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);

  for (guint s = 0; s < G_N_ELEMENTS (stance_order); s++)
    {
      PlBriefingGroup *group = add_group (groups, stance_order[s]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (PlReaction) reaction = g_list_model_get_item (reactions, i);

          if (pl_reaction_get_stance (reaction) == stance_order[s])
            g_ptr_array_add (group->items, g_steal_pointer (&reaction));
        }
      drop_if_empty (groups);
    }
  return groups;
}

/**
 * _pl_briefing_group_risks:
 *
 * Returns: (transfer full) (element-type PlBriefingGroup): the risks of
 *   @briefing by severity, each group's key a #PlLevel
 */
GPtrArray *
_pl_briefing_group_risks (PlBriefing *briefing)
{
  GListModel *risks = pl_briefing_get_risks (briefing);
  guint n = g_list_model_get_n_items (risks);
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);

  for (int severity = PL_LEVEL_HIGH; severity >= PL_LEVEL_LOW; severity--)
    {
      PlBriefingGroup *group = add_group (groups, severity);

      for (int likelihood = PL_LEVEL_HIGH; likelihood >= PL_LEVEL_LOW; likelihood--)
        for (guint i = 0; i < n; i++)
          {
            g_autoptr (PlRisk) risk = g_list_model_get_item (risks, i);

            if ((int) pl_risk_get_severity (risk) == severity && (int) pl_risk_get_likelihood (risk) == likelihood)
              g_ptr_array_add (group->items, g_steal_pointer (&risk));
          }
      drop_if_empty (groups);
    }
  return groups;
}

/**
 * _pl_briefing_severity_heading:
 * @severity: a #PlLevel, the key of a group of risks
 *
 * Returns: the heading of the risks of @severity
 */
const char *
_pl_briefing_severity_heading (int severity)
{
  switch (severity)
    {
    case PL_LEVEL_HIGH:
      return _ ("High severity");
    case PL_LEVEL_LOW:
      return _ ("Low severity");
    case PL_LEVEL_MEDIUM:
    default:
      return _ ("Medium severity");
    }
}
