/* pl-details-panel-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-details-panel.h"

G_BEGIN_DECLS

/* Shared by pl-details-panel.c and pl-details-form.c. */
struct _PlDetailsPanel
{
  GtkWidget parent_instance;

  /* Template widgets */
  GtkStack *stack;
  GtkLabel *heading_label;
  GtkBox *form_box;
  GtkLabel *no_evidence_label;
  GtkBox *evidence_box;

  /* Owned references */
  PlViewState *view_state;
  PlBriefing *briefing; /* the view state's, while connected to it */
  PlItem *item;         /* the selected item shown */

  /* Borrowed: the rows of the form, owned by their editors */
  GPtrArray *rows;

  /* State */
  gboolean apply_edits;
  gboolean loading;  /* while values are put into editors: no edits come from them */
  gboolean building; /* while the form is torn down or made: no commits */
};

/* In pl-details-panel.c: offers @value as an edit of @field of the item
 * shown, unless it has that value already. */
void _pl_details_panel_emit_edit (PlDetailsPanel *self,
                                  const PlField *field,
                                  const char *value);

/* In pl-details-form.c: the form of the item's fields. */
void _pl_details_form_build (PlDetailsPanel *self);
void _pl_details_form_load (PlDetailsPanel *self);
void _pl_details_form_detach_rows (PlDetailsPanel *self);

G_END_DECLS
