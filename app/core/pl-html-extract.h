/* pl-html-extract.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/tree.h>

#include "pl-article.h"

G_BEGIN_DECLS

void pl_html_extract_content (xmlDoc *doc,
                              PlArticle *article);

G_END_DECLS
