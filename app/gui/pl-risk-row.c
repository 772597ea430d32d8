/* pl-risk-row.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlRiskRow"

#include "config.h"

#include "pl-risk-row.h"

#include <glib/gi18n.h>

#include "pl-enum-types.h"
#include "pl-labels.h"
#include "pl-risk.h"

struct _PlRiskRow
{
  PlItemRow parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkLabel *text_label;
  GtkLabel *category_label;
  GtkLabel *likelihood_label;
  GtkLabel *severity_label;
};

G_DEFINE_FINAL_TYPE (PlRiskRow, pl_risk_row, PL_TYPE_ITEM_ROW)

static void
update_levels (PlRiskRow *self,
               PlRisk *risk)
{
  g_autofree char *likelihood = NULL;
  g_autofree char *severity = NULL;

  /* Translators: how likely a risk is, as in “Likelihood: High” */
  likelihood = g_strdup_printf (_ ("Likelihood: %s"), pl_level_get_label (pl_risk_get_likelihood (risk)));
  /* Translators: how bad it would be, as in “Severity: Medium” */
  severity = g_strdup_printf (_ ("Severity: %s"), pl_level_get_label (pl_risk_get_severity (risk)));

  pl_label_set_tag (self->likelihood_label, likelihood, "level", PL_TYPE_LEVEL,
                    pl_risk_get_likelihood (risk));
  pl_label_set_tag (self->severity_label, severity, "level", PL_TYPE_LEVEL,
                    pl_risk_get_severity (risk));
}

/* One name for a screen reader, the risk's words, and its category and
 * levels as the description. */
static void
update_accessible (PlRiskRow *self,
                   PlRisk *risk)
{
  g_autofree char *description = NULL;

  /* Translators: read by a screen reader after a risk: its category, then
   * “Likelihood: High” and “Severity: Medium” */
  description = g_strdup_printf (_ ("%s. %s. %s."), pl_category_get_label (pl_risk_get_category (risk)),
                                 gtk_label_get_label (self->likelihood_label),
                                 gtk_label_get_label (self->severity_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_label (self->text_label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static void
pl_risk_row_update (PlItemRow *row,
                    PlItem *item)
{
  PlRiskRow *self = PL_RISK_ROW (row);
  PlRisk *risk = item != NULL ? PL_RISK (item) : NULL;
  const char *text;

  if (risk == NULL)
    return;

  text = pl_risk_get_text (risk);
  gtk_label_set_label (self->text_label, text != NULL && *text != '\0' ? text : _ ("Undescribed risk"));
  pl_label_follow_text (self->text_label);
  pl_label_set_tag (self->category_label, pl_category_get_label (pl_risk_get_category (risk)),
                    "category", PL_TYPE_CATEGORY, pl_risk_get_category (risk));
  update_levels (self, risk);
  update_accessible (self, risk);
}

static void
pl_risk_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PL_TYPE_RISK_ROW);
  G_OBJECT_CLASS (pl_risk_row_parent_class)->dispose (object);
}

static void
pl_risk_row_class_init (PlRiskRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  PlItemRowClass *row_class = PL_ITEM_ROW_CLASS (klass);

  object_class->dispose = pl_risk_row_dispose;
  row_class->update = pl_risk_row_update;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-risk-row.ui");
  gtk_widget_class_bind_template_child (widget_class, PlRiskRow, box);
  gtk_widget_class_bind_template_child (widget_class, PlRiskRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, PlRiskRow, category_label);
  gtk_widget_class_bind_template_child (widget_class, PlRiskRow, likelihood_label);
  gtk_widget_class_bind_template_child (widget_class, PlRiskRow, severity_label);
  gtk_widget_class_set_css_name (widget_class, "riskrow");
}

static void
pl_risk_row_init (PlRiskRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
