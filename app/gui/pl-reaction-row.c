/* pl-reaction-row.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlReactionRow"

#include "config.h"

#include "pl-reaction-row.h"

#include <glib/gi18n.h>

#include "pl-enum-types.h"
#include "pl-labels.h"
#include "pl-reaction.h"

struct _PlReactionRow
{
  PlItemRow parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkLabel *actor_label;
  GtkLabel *kind_label;
  GtkLabel *stance_label;
  GtkLabel *text_label;
  GtkLabel *quote_label;
};

G_DEFINE_FINAL_TYPE (PlReactionRow, pl_reaction_row, PL_TYPE_ITEM_ROW)

static void
update_quote (PlReactionRow *self,
              const char *quote)
{
  g_autofree char *quoted = NULL;
  gboolean has_quote = quote != NULL && *quote != '\0';

  if (has_quote)
    /* Translators: a quotation; use your language's quotation marks */
    quoted = g_strdup_printf (_ ("“%s”"), quote);
  gtk_label_set_label (self->quote_label, has_quote ? quoted : "");
  pl_label_follow_text (self->quote_label);
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label), has_quote);
}

/* One name for a screen reader: who, what kind, which stance; the
 * statement and the quote as its description. */
static void
update_accessible (PlReactionRow *self,
                   PlReaction *reaction)
{
  g_autofree char *label = NULL;
  g_autofree char *description = NULL;
  const char *text = gtk_label_get_label (self->text_label);
  const char *quote = gtk_label_get_label (self->quote_label);

  /* Translators: read by a screen reader for a reaction: the actor, the
   * kind of actor and the stance, as in “EU, Organization: Support” */
  label = g_strdup_printf (_ ("%s, %s: %s"), gtk_label_get_label (self->actor_label),
                           pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)),
                           pl_stance_get_label (pl_reaction_get_stance (reaction)));
  description = g_strjoin (" ", text, quote, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, g_strstrip (description), -1);
}

static void
pl_reaction_row_update (PlItemRow *row,
                        PlItem *item)
{
  PlReactionRow *self = PL_REACTION_ROW (row);
  PlReaction *reaction = item != NULL ? PL_REACTION (item) : NULL;
  const char *actor;
  const char *text;

  if (reaction == NULL)
    return;

  actor = pl_reaction_get_actor (reaction);
  gtk_label_set_label (self->actor_label,
                       actor != NULL && *actor != '\0' ? actor : _ ("Unnamed stakeholder"));
  pl_label_follow_text (self->actor_label);
  pl_label_set_tag (self->kind_label, pl_actor_kind_get_label (pl_reaction_get_actor_kind (reaction)),
                    "actor-kind", PL_TYPE_ACTOR_KIND, pl_reaction_get_actor_kind (reaction));
  pl_label_set_tag (self->stance_label, pl_stance_get_label (pl_reaction_get_stance (reaction)),
                    "stance", PL_TYPE_STANCE, pl_reaction_get_stance (reaction));

  text = pl_reaction_get_text (reaction);
  gtk_label_set_label (self->text_label, text != NULL ? text : "");
  pl_label_follow_text (self->text_label);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), text != NULL && *text != '\0');
  update_quote (self, pl_reaction_get_quote (reaction));
  update_accessible (self, reaction);
}

static void
pl_reaction_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PL_TYPE_REACTION_ROW);
  G_OBJECT_CLASS (pl_reaction_row_parent_class)->dispose (object);
}

static void
pl_reaction_row_class_init (PlReactionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlItemRowClass *row_class = PL_ITEM_ROW_CLASS (klass);

  object_class->dispose = pl_reaction_row_dispose;
  row_class->update = pl_reaction_row_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-reaction-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlReactionRow, box);
  gtk_widget_class_bind_template_child (widget_class, PlReactionRow, actor_label);
  gtk_widget_class_bind_template_child (widget_class, PlReactionRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, PlReactionRow, stance_label);
  gtk_widget_class_bind_template_child (widget_class, PlReactionRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, PlReactionRow, quote_label);
  gtk_widget_class_set_css_name (widget_class, "reactionrow");
}

static void
pl_reaction_row_init (PlReactionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
