/* fuzz-html.c: the web page loader and the extraction behind it.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "fuzz-common.h"
#include "pl-html.h"
#include "pl-import.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t size)
{
  /* Loaders read what a file gives them: the bytes and a NUL after them. */
  g_autofree char *text = fuzz_dup_bytes (data, size);
  g_autoptr (GPtrArray) articles = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_article_free);
  g_autoptr (PlBriefing) briefing = NULL;
  PlArticle *article = pl_html_load (text, size, "fuzz.html", NULL, NULL);

  if (article == NULL)
    return 0;
  g_ptr_array_add (articles, article);
  briefing = pl_import_articles (NULL, articles, NULL, NULL, NULL, NULL);
  fuzz_check_round_trip (briefing);
  return 0;
}
