/* pl-import.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-article.h"
#include "pl-briefing.h"
#include "pl-loader.h"

G_BEGIN_DECLS

PlBriefing *pl_import_articles (PlBriefing *briefing,
                                GPtrArray *articles,
                                GCancellable *cancellable,
                                PlLoadProgressFunc progress,
                                gpointer user_data,
                                GError **error);

G_END_DECLS
