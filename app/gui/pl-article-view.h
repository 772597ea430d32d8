/* pl-article-view.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "pl-view-state.h"

G_BEGIN_DECLS

#define PL_TYPE_ARTICLE_VIEW (pl_article_view_get_type ())

/* The text of the briefing's source articles, one at a time, with the
 * selected item's evidence highlighted and scrolled into view. Text selected
 * in it can be offered as the evidence of a new item ("add-item"). */
G_DECLARE_FINAL_TYPE (PlArticleView, pl_article_view, PL, ARTICLE_VIEW, GtkWidget)

GtkWidget *pl_article_view_new (void);
PlViewState *pl_article_view_get_view_state (PlArticleView *self);
void pl_article_view_set_view_state (PlArticleView *self,
                                     PlViewState *view_state);
PlSource *pl_article_view_get_source (PlArticleView *self);
void pl_article_view_set_source (PlArticleView *self,
                                 PlSource *source);
void pl_article_view_select (PlArticleView *self,
                             guint start,
                             guint end);
gboolean pl_article_view_get_selection (PlArticleView *self,
                                        guint *start,
                                        guint *end);

/* The text view itself: for focus, and for tests. */
GtkTextView *pl_article_view_get_text_view (PlArticleView *self);

G_END_DECLS
