/* pl-import.c: from loaded articles to a briefing.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlImport"

#include "config.h"

#include "pl-import.h"

#include "pl-extract.h"

static int
compare_published (gconstpointer a,
                   gconstpointer b)
{
  const PlArticle *x = *(PlArticle *const *) a;
  const PlArticle *y = *(PlArticle *const *) b;

  return pl_date_compare (&x->published, &y->published);
}

/**
 * pl_import_articles:
 * @briefing: (nullable): a briefing to add to, or %NULL for a new one
 * @articles: (element-type PlArticle): loaded articles
 * @cancellable: (nullable): stops the work between articles
 * @progress: (nullable) (scope call): told how far the work is
 *
 * Adds @articles to a briefing: each becomes a source, oldest first
 * (undated ones last, in their order), and the plan's phases, components,
 * reactions, risks and events are extracted from each and merged with
 * what is already there. A new briefing's title and other header fields
 * come from its first source.
 *
 * Returns: (transfer full) (nullable): the briefing, or %NULL when
 *   cancelled
 */
PlBriefing *
pl_import_articles (PlBriefing *briefing,
                    GPtrArray *articles,
                    GCancellable *cancellable,
                    PlLoadProgressFunc progress,
                    gpointer user_data,
                    GError **error)
{
  g_autoptr (PlBriefing) result = briefing ? g_object_ref (briefing) : pl_briefing_new ();
  g_autoptr (GPtrArray) ordered = NULL;
  gboolean fresh = briefing == NULL;

  g_return_val_if_fail (articles != NULL, NULL);

  /* The copy borrows the articles; it must not free them too. A stable
   * sort keeps undated articles in the order they came. */
  ordered = g_ptr_array_copy (articles, NULL, NULL);
  g_ptr_array_set_free_func (ordered, NULL);
  g_ptr_array_sort (ordered, compare_published);
  for (guint i = 0; i < ordered->len; i++)
    {
      PlArticle *article = g_ptr_array_index (ordered, i);
      g_autoptr (PlSource) source = pl_article_to_source (article);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      pl_briefing_add_item (result, PL_ITEM (source));
      if (fresh && i == 0)
        {
          pl_briefing_set_title (result, article->title);
          pl_briefing_set_subtitle (result, article->subtitle);
          pl_briefing_set_byline (result, article->byline);
          pl_briefing_set_published (result, &article->published);
        }
      pl_extract_source_deferred (result, source);
      if (progress != NULL)
        progress (0.3 + 0.7 * (i + 1) / ordered->len, user_data);
    }
  pl_briefing_ensure_ids (result);
  return g_steal_pointer (&result);
}
