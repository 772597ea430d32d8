/* pl-html-extract.c: finding the article in a news page.
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page is measured once, without recursion: each element gets a
 * record, in document order, of how much text it holds, how much of that
 * is link text, how much lies in paragraphs that read as prose, and what
 * its tag, class, id and role say about it. Sums over subtrees come from
 * walking the records backwards, since a child always comes after its
 * parent.
 *
 * Boilerplate (navigation, share bars, related links, comments, captions,
 * bylines, advertisements) is then marked for leaving out, and the
 * content is the element whose remaining text is the most prose and the
 * least of anything else. Its blocks are written without what was marked.
 */

#define G_LOG_DOMAIN "PlHtml"

#include "config.h"

#include "pl-html-extract.h"

#include <string.h>

#include "pl-html-private.h"

#define NO_PARENT G_MAXUINT

/* The page itself and its main element are never boilerplate. */
#define PL_HTML_TAG_NEVER_JUNK PL_HTML_TAG_ROOT

/* Shorter text is a label, a link, a date: not a paragraph. */
#define MIN_PROSE_CHARS 30

/* How much each character outside prose costs a candidate, against each
 * character of prose it gains: link text (menus, teasers) costs most;
 * other short text (labels, dates, table cells) less. */
#define LINK_COST 1.0
#define TEXT_COST 0.3

/* Each level deeper makes a candidate this much better: a wrapper must
 * add more than a stray paragraph to be taken instead of its content. */
#define DEPTH_GAIN 0.05

/* Hints at most this strong (negative) make an element boilerplate;
 * hints this strong name the article's own container. */
#define JUNK_HINT (-3)
#define STRONG_HINT 4

/* Text outside links this long makes a clause: "The suspect was
 * <a>sentenced to life</a>" is a sentence, not a link list. */
#define MIN_CLAUSE_CHARS 40

/* Paragraphs this short may be a label, a byline or a dateline. */
#define MAX_FURNITURE_CHARS 100

/* Elements with less prose than this are small: a byline, a caption. */
#define SMALL_PROSE 400

/* A link alone in its paragraph, this long, is a headline. */
#define MIN_HEADLINE_CHARS 15

/* A paragraph starting with a link this long, then some text, is a
 * teaser: headline and summary in one. */
#define MIN_TEASER_LINK_CHARS 25

/* Teasers are short. */
#define MAX_TEASER_CHARS 400
#define MAX_CARD_CHARS 1000

/* A class or id matching a pattern adds the weight. Patterns match
 * anywhere in the value with case and punctuation ignored
 * ("article__body" and "articleBody" are "articlebody"), or, with
 * HINT_WORD, only as a word of it ("ad" in "ad-slot" but not in
 * "header"). HINT_SMALL patterns name small things (a byline, a date, a
 * caption) and count only on elements with little prose: WordPress
 * writes "author-jane" on the whole article. */
typedef enum
{
  HINT_WORD = 1 << 0,
  HINT_SMALL = 1 << 1,
} HintFlags;

typedef struct
{
  const char *pattern;
  gint8 weight;
  guint8 flags;
} Hint;

static const Hint hints[] = {
  /* The article's own container */
  { "articlebody", 4, 0 },
  { "articlecontent", 4, 0 },
  { "articletext", 4, 0 },
  { "storybody", 4, 0 },
  { "storycontent", 4, 0 },
  { "storytext", 4, 0 },
  { "entrycontent", 4, 0 },
  { "entrybody", 4, 0 },
  { "postcontent", 4, 0 },
  { "postbody", 4, 0 },
  { "posttext", 4, 0 },
  { "bodytext", 4, 0 },
  { "richtext", 2, 0 },
  { "article", 1, 0 },
  { "content", 1, 0 },
  { "story", 1, 0 },
  { "entry", 1, 0 },
  { "main", 1, 0 },
  { "post", 1, 0 },
  { "body", 1, 0 },
  { "text", 1, 0 },
  { "blog", 1, 0 },
  { "prose", 1, 0 },

  /* Quoted posts embedded in the article: "social-media-embed" */
  { "embed", 3, 0 },
  { "tweet", 3, 0 },

  /* Reader interaction */
  { "comment", -5, 0 },
  { "disqus", -5, 0 },
  { "share", -5, 0 },
  { "sharing", -5, 0 },
  { "social", -5, 0 },
  { "newsletter", -5, 0 },
  { "subscri", -5, 0 },
  { "signup", -5, 0 },
  { "login", -4, 0 },
  { "follow", -3, 0 },
  { "feedback", -3, 0 },
  { "poll", -3, HINT_WORD },
  { "donate", -4, 0 },

  /* Elsewhere on the site */
  { "related", -5, 0 },
  { "recommend", -5, 0 },
  { "readmore", -4, 0 },
  { "readalso", -4, 0 },
  { "seealso", -4, 0 },
  { "morefrom", -4, 0 },
  { "moreon", -3, 0 },
  { "trending", -5, 0 },
  { "popular", -4, 0 },
  { "mostread", -5, 0 },
  { "outbrain", -5, 0 },
  { "taboola", -5, 0 },
  { "teaser", -3, 0 },
  { "sidebar", -5, 0 },
  { "widget", -3, 0 },
  { "rail", -3, HINT_WORD },

  /* Advertising */
  { "advert", -5, 0 },
  { "ad", -5, HINT_WORD },
  { "ads", -5, HINT_WORD },
  { "adslot", -5, 0 },
  { "adunit", -5, 0 },
  { "dfp", -5, HINT_WORD },
  { "sponsor", -5, 0 },
  { "promo", -5, 0 },
  { "banner", -3, 0 },
  { "affiliate", -4, 0 },

  /* Page furniture */
  { "cookie", -5, 0 },
  { "consent", -5, 0 },
  { "gdpr", -5, 0 },
  { "popup", -5, 0 },
  { "modal", -5, 0 },
  { "footer", -5, 0 },
  { "navbar", -5, 0 },
  { "navigation", -5, 0 },
  { "nav", -5, HINT_WORD },
  { "menu", -5, 0 },
  { "breadcrumb", -5, 0 },
  { "toolbar", -5, 0 },
  { "masthead", -5, 0 },
  { "pagination", -5, 0 },
  { "pager", -4, HINT_WORD },
  { "skip", -3, HINT_WORD },
  { "print", -3, HINT_WORD },
  { "rss", -4, HINT_WORD },

  /* Around the article rather than in it: the standfirst is the
   * article's subtitle, not its text */
  { "byline", -5, HINT_SMALL },
  { "author", -4, HINT_SMALL },
  { "dateline", -4, HINT_SMALL },
  { "timestamp", -4, HINT_SMALL },
  { "date", -3, HINT_WORD | HINT_SMALL },
  { "meta", -3, HINT_WORD | HINT_SMALL },
  { "caption", -8, HINT_SMALL },
  { "credit", -4, HINT_SMALL },
  { "tags", -5, HINT_WORD | HINT_SMALL },
  { "tag", -3, HINT_WORD | HINT_SMALL },
  { "keywords", -4, HINT_SMALL },
  { "header", -3, HINT_SMALL },
  { "dek", -5, HINT_WORD | HINT_SMALL },
  { "standfirst", -5, HINT_SMALL },
};

/* What page furniture says, alone in a paragraph, in lower case. */
static const char *const labels[] = {
  "advertisement", "advert", "ad", "ads", "anzeige", "werbung", "publicité", "publicidad", "pubblicità",
  "reklama", "sponsored", "sponsored content", "paid content", "related", "related articles",
  "related stories", "related posts", "read more", "read also", "also read", "see also", "more",
  "share", "share this", "share this article", "share this story", "comments", "comment",
  "leave a comment", "print", "email", "tweet", "skip to content", "back to top", "loading",
  "subscribe", "sign up", "follow us", "newsletter", "photo", "video", "image", "click here",
  "continue reading", "lesen sie auch", "mehr zum thema", "weiterlesen", "lire aussi",
  "à lire aussi", "voir aussi", "leia também", "leia mais", "lee también", "te puede interesar",
  "this slideshow requires javascript", "recommended", "trending", "most read", "most popular",
  "top stories", "you may also like", NULL
};

/* ARIA roles of page furniture, and of the content itself. */
static const char *const junk_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
  "dialog", "alertdialog", "toolbar", "tablist", "note", NULL
};
static const char *const content_roles[] = { "main", "article", NULL };

typedef enum
{
  FLAG_INLINE = 1 << 0,    /* its text belongs to its parent's paragraph */
  FLAG_LINK = 1 << 1,      /* inside a link */
  FLAG_DROP = 1 << 2,      /* left out, with all it holds */
  FLAG_REMOVED = 1 << 3,   /* it or an ancestor is left out */
  FLAG_SEEN_TEXT = 1 << 4, /* some of its text is recorded */
  FLAG_LEAD_LINK = 1 << 5, /* its text starts with a link */
  FLAG_CARD = 1 << 6,      /* a headline and a summary, maybe a teaser */
  FLAG_IN_BODY = 1 << 7,   /* inside what the page calls the article body */
} Flags;

/* What a paragraph (an element's own text) is. */
typedef enum
{
  UNIT_NONE,
  UNIT_PROSE,    /* sentences */
  UNIT_HEADLINE, /* a link on its own: a teaser's headline, a menu entry */
  UNIT_TEASER,   /* a long link then a little text: a teaser in one piece */
  UNIT_OTHER,    /* a label, a date, a table cell */
} Unit;

typedef struct
{
  xmlNode *node;    /* borrowed */
  guint parent;     /* index of the parent's record, or NO_PARENT */
  guint tag;        /* PlHtmlTag flags */
  gint8 hint;       /* what class, id and role say: < 0 for boilerplate */
  gint8 small_hint; /* what they say if it holds little prose */
  guint8 flags;
  guint16 n_cards; /* children that look like teasers */
  guint16 depth;

  /* Text directly inside, or inside inline descendants: its paragraph */
  guint own_chars;
  guint own_links;

  /* The whole subtree */
  guint chars;
  guint link_chars;
  guint prose;       /* characters of paragraphs that read as prose */
  guint n_prose;     /* paragraphs that read as prose */
  guint n_headlines; /* headlines and teasers */
  guint n_linked_headings;

  /* What the output would keep of the subtree */
  guint kept_chars;
  guint kept_link_chars;
  guint kept_prose;
  guint kept_links; /* link text outside prose */
  guint kept_text;  /* other text outside prose */
  guint dropped;    /* characters left out */
} Info;

/* A class or id value already matched on the page, and what its hints
 * weigh. */
typedef struct
{
  const char *value; /* borrowed from the page; NULL in a free slot */
  gsize length;
  guint hash;
  gint8 any;
  gint8 small;
} HintEntry;

/* Pages repeat the same few class names on thousands of elements: the
 * weights of each value, by open addressing. */
typedef struct
{
  HintEntry *entries; /* owned */
  guint mask;         /* slots - 1, a power of two minus one */
  guint n_entries;
} HintCache;

typedef struct
{
  GArray *infos;        /* owned: Info, in document order */
  HintCache hint_cache; /* owned */
  const char *title;    /* borrowed, nullable */
  const char *byline;   /* borrowed, nullable */
} Extract;

static Info *
info_at (Extract *x,
         guint index)
{
  return &g_array_index (x->infos, Info, index);
}

/* The record of an element, via the index stored in its _private. */
static guint
index_of (xmlNode *node)
{
  return GPOINTER_TO_UINT (node->_private) - 1;
}

/* Hints */

/* Lower-case letters and digits of @value, and its words: split at
 * punctuation and at camelCase humps, each followed by a NUL. */
static void
split_value (const char *value,
             char *squashed,
             char *words,
             gsize size)
{
  gsize s = 0, w = 0;
  char previous = ' ';

  for (const char *p = value; *p && s + 1 < size && w + 2 < size; p++)
    {
      char c = *p;

      if (!g_ascii_isalnum (c))
        {
          if (w > 0 && words[w - 1] != '\0')
            words[w++] = '\0';
          previous = ' ';
          continue;
        }
      if (g_ascii_isupper (c) && g_ascii_islower (previous) && w > 0 && words[w - 1] != '\0')
        words[w++] = '\0';
      squashed[s++] = _pl_html_ascii_lower (c);
      words[w++] = _pl_html_ascii_lower (c);
      previous = c;
    }
  squashed[s] = '\0';
  if (w > 0 && words[w - 1] != '\0')
    words[w++] = '\0';
  words[w] = '\0'; /* an empty word ends the list */
}

/* The weights of the hints @value matches: those of any element, and
 * those of small ones. */
typedef struct
{
  int any;
  int small;
} Weights;

/* The hints matched anywhere are found in one pass however many there
 * are; those matching whole words by their first letter. Built once. */
#define N_LETTERS 27 /* a to z, and the rest */

typedef struct
{
  PlHtmlMatcher *matcher;             /* owned: the hints matched anywhere */
  guint8 anywhere[PL_HTML_MAX_WORDS]; /* the matcher's words' hints */
  guint8 words_start[N_LETTERS + 1];  /* where each first letter's word hints start */
  guint8 words[G_N_ELEMENTS (hints)];
} HintIndex;

static guint
letter_index (char c)
{
  return c >= 'a' && c <= 'z' ? (guint) (c - 'a') : N_LETTERS - 1;
}

static const HintIndex *
hint_index (void)
{
  static HintIndex *index;

  if (g_once_init_enter (&index))
    {
      HintIndex *made = g_new0 (HintIndex, 1);
      const char *patterns[PL_HTML_MAX_WORDS];
      guint counts[N_LETTERS] = { 0 };
      guint fill[N_LETTERS];
      guint n_patterns = 0, n = 0;

      for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
        if (!(hints[i].flags & HINT_WORD))
          {
            g_assert (n_patterns < PL_HTML_MAX_WORDS);
            made->anywhere[n_patterns] = (guint8) i;
            patterns[n_patterns++] = hints[i].pattern;
          }
      made->matcher = _pl_html_matcher_new (patterns, n_patterns);

      for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
        if (hints[i].flags & HINT_WORD)
          counts[letter_index (hints[i].pattern[0])]++;
      for (guint b = 0; b < N_LETTERS; b++)
        {
          made->words_start[b] = (guint8) n;
          fill[b] = n;
          n += counts[b];
        }
      made->words_start[N_LETTERS] = (guint8) n;
      for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
        if (hints[i].flags & HINT_WORD)
          made->words[fill[letter_index (hints[i].pattern[0])]++] = (guint8) i;
      g_once_init_leave (&index, made);
    }
  return index;
}

static void
add_weight (Weights *w,
            guint8 *seen,
            guint hint)
{
  if (seen[hint])
    return;
  seen[hint] = TRUE;
  if (hints[hint].flags & HINT_SMALL)
    w->small += hints[hint].weight;
  else
    w->any += hints[hint].weight;
}

/* The weights of the hints @value matches: those of any element, and
 * those of small ones; each hint counts once. */
static Weights
match_hints (const char *value)
{
  const HintIndex *index = hint_index ();
  char squashed[256], words[258];
  guint8 seen[G_N_ELEMENTS (hints)] = { 0 };
  PlHtmlMatches matches;
  Weights w = { 0, 0 };

  G_STATIC_ASSERT (G_N_ELEMENTS (hints) < 255);
  split_value (value, squashed, words, sizeof squashed);
  _pl_html_matcher_find (index->matcher, squashed, strlen (squashed), &matches);
  for (guint k = 0; k < G_N_ELEMENTS (matches.bits); k++)
    for (guint64 bits = matches.bits[k]; bits != 0; bits &= bits - 1)
      add_weight (&w, seen, index->anywhere[k * 64 + (guint) __builtin_ctzll (bits)]);
  for (const char *word = words; *word; word += strlen (word) + 1)
    {
      guint letter = letter_index (*word);

      for (guint i = index->words_start[letter]; i < index->words_start[letter + 1]; i++)
        if (strcmp (word, hints[index->words[i]].pattern) == 0)
          add_weight (&w, seen, index->words[i]);
    }
  w.any = CLAMP (w.any, -100, 100);
  w.small = CLAMP (w.small, -100, 100);
  return w;
}

/* Eight bytes at a time: every byte of these is 0x01, 0x80. */
#define ONES G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static guint64
load_word (const guchar *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return word;
}

/* A hash of the @length bytes of @value, eight at a time. */
static guint
hash_value (const char *value,
            gsize length)
{
  guint64 h = length * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  gsize i = 0;

  for (; i + 8 <= length; i += 8)
    h = (h ^ load_word ((const guchar *) value + i)) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
  if (i < length)
    {
      guint64 tail = 0;

      memcpy (&tail, value + i, length - i);
      h = (h ^ tail) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
    }
  return (guint) (h ^ (h >> 32));
}

static void
hint_cache_init (HintCache *cache)
{
  cache->mask = 255;
  cache->n_entries = 0;
  cache->entries = g_new0 (HintEntry, cache->mask + 1);
}

static void
hint_cache_clear (HintCache *cache)
{
  g_clear_pointer (&cache->entries, g_free);
}

/* The slot of @value, or the free one where it would go. */
static HintEntry *
hint_cache_slot (HintEntry *entries,
                 guint mask,
                 const char *value,
                 gsize length,
                 guint hash)
{
  for (guint i = hash & mask;; i = (i + 1) & mask)
    {
      HintEntry *entry = &entries[i];

      if (entry->value == NULL ||
          (entry->hash == hash && entry->length == length && memcmp (entry->value, value, length) == 0))
        return entry;
    }
}

/* Doubles the slots when half are taken. */
static void
hint_cache_grow (HintCache *cache)
{
  HintEntry *old = cache->entries;
  guint old_size = cache->mask + 1;

  cache->mask = 2 * old_size - 1;
  cache->entries = g_new0 (HintEntry, cache->mask + 1);
  for (guint i = 0; i < old_size; i++)
    if (old[i].value != NULL)
      *hint_cache_slot (cache->entries, cache->mask, old[i].value, old[i].length, old[i].hash) = old[i];
  g_free (old);
}

/* The weights of @value's hints, each value matched once a page. */
static Weights
cached_hint (Extract *x,
             const char *value)
{
  HintCache *cache = &x->hint_cache;
  Weights w = { 0, 0 };
  HintEntry *entry;
  gsize length;
  guint hash;

  if (value == NULL || *value == '\0')
    return w;
  length = strlen (value);
  hash = hash_value (value, length);
  entry = hint_cache_slot (cache->entries, cache->mask, value, length, hash);
  if (entry->value != NULL)
    {
      w.any = entry->any;
      w.small = entry->small;
      return w;
    }
  w = match_hints (value);
  *entry = (HintEntry){ value, length, hash, (gint8) w.any, (gint8) w.small };
  if (++cache->n_entries * 2 > cache->mask + 1)
    hint_cache_grow (cache);
  return w;
}

static guint
count_words (const char *words)
{
  guint n = 0;

  for (const char *p = words; *p; p += strlen (p) + 1)
    n++;
  return n;
}

/* Documentation and blog generators give a section the id of its
 * heading's words ("sharing-with-a-developer"): a title, not a hint.
 * Short ids ("comments" over "Comments") are hints all the same. */
static gboolean
is_heading_slug (xmlNode *node,
                 const char *id)
{
  xmlNode *first = node->children;
  g_autofree char *heading = NULL;
  g_autoptr (GString) slug = g_string_new (NULL);
  char squashed[256], words[258];

  while (first != NULL && first->type != XML_ELEMENT_NODE)
    first = first->next;
  if (first == NULL || !(_pl_html_tag (first) & PL_HTML_TAG_HEADING))
    return FALSE;
  heading = _pl_html_text (first, 256);
  for (const char *p = heading; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (slug, _pl_html_ascii_lower (*p));
  split_value (id, squashed, words, sizeof squashed);
  return count_words (words) >= 3 && g_str_has_prefix (slug->str, squashed);
}

static void
set_hints (Extract *x,
           Info *info,
           const PlHtmlAttrs *attrs)
{
  Weights class = cached_hint (x, attrs->class);
  Weights id = cached_hint (x, attrs->id);

  if (id.any < 0 && is_heading_slug (info->node, attrs->id))
    id.any = id.small = 0;
  info->hint = (gint8) CLAMP (class.any + id.any, -100, 100);
  info->small_hint = (gint8) CLAMP (class.small + id.small, -100, 100);
  if (attrs->role != NULL && g_strv_contains (junk_roles, attrs->role))
    info->hint = (gint8) MAX (info->hint - 5, -100);
  else if (attrs->role != NULL && g_strv_contains (content_roles, attrs->role))
    info->hint = (gint8) MIN (info->hint + 3, 100);
  if (attrs->itemprop != NULL && strcmp (attrs->itemprop, "articleBody") == 0)
    info->hint = (gint8) MIN (info->hint + 8, 100);
}

/* Measuring */

static guint
add_info (Extract *x,
          xmlNode *node,
          guint tag,
          const PlHtmlAttrs *attrs,
          guint parent)
{
  Info info = { node, parent, tag };

  if (parent != NO_PARENT)
    {
      info.flags = info_at (x, parent)->flags & (FLAG_LINK | FLAG_IN_BODY);
      info.depth = (guint16) MIN (info_at (x, parent)->depth + 1, G_MAXUINT16);
    }
  if (info.tag & PL_HTML_TAG_LINK)
    info.flags |= FLAG_LINK;
  if (!(info.tag & PL_HTML_TAG_BLOCK))
    info.flags |= FLAG_INLINE;
  set_hints (x, &info, attrs);
  if (info.hint >= STRONG_HINT)
    info.flags |= FLAG_IN_BODY;
  g_array_append_val (x->infos, info);
  node->_private = GUINT_TO_POINTER (x->infos->len);
  return x->infos->len - 1;
}

/* How many of eight ASCII bytes are not g_ascii_isspace(): the spaces are
 * 0x20 and 0x09 to 0x0D, found in all eight at once. */
static guint
count_ascii_word (guint64 word)
{
  guint64 blank = word ^ (ONES * ' ');
  guint64 is_blank = ~(((blank & ~HIGHS) + ~HIGHS) | blank) & HIGHS;
  guint64 is_control = (word + ONES * (0x80 - '\t')) & ~(word + ONES * (0x80 - '\r' - 1)) & HIGHS;

  /* One bit at the top of each byte found: their sum, in the top byte */
  return 8 - (guint) ((((is_blank | is_control) >> 7) * ONES) >> 56);
}

/* Characters other than white space. */
static guint
count_chars (const guchar *text)
{
  gsize length = strlen ((const char *) text);
  const guchar *p = text;
  const guchar *end = text + length;
  guint n = 0;

  while (p < end)
    {
      guint64 word;

      if (end - p >= 8 && ((word = load_word (p)) & HIGHS) == 0)
        {
          n += count_ascii_word (word);
          p += 8;
          continue;
        }
      if (*p < 0x80)
        n += !g_ascii_isspace (*p);
      else if (*p >= 0xC0 && !(p[0] == 0xC2 && p[1] == 0xA0))
        n++;
      p++;
    }
  return n;
}

static void
add_text (Extract *x,
          xmlNode *text)
{
  guint index = index_of (text->parent);
  Info *info = info_at (x, index);
  gboolean in_link = (info->flags & FLAG_LINK) != 0;
  guint n = text->content ? count_chars (text->content) : 0;

  if (n == 0)
    return;
  info->own_chars += n;
  info->chars += n;
  if (in_link)
    {
      info->own_links += n;
      info->link_chars += n;
    }
  /* Whether the elements this text is the first of start with a link:
   * each element is marked once, so this climbs little. */
  while (!(info->flags & FLAG_SEEN_TEXT))
    {
      info->flags |= FLAG_SEEN_TEXT | (in_link ? FLAG_LEAD_LINK : 0);
      if (info->parent == NO_PARENT)
        break;
      info = info_at (x, info->parent);
    }
}

/* Records an element unless it is a script or hidden; returns whether
 * to look inside. */
static gboolean
record_element (Extract *x,
                xmlNode *node)
{
  guint tag = _pl_html_tag (node);
  PlHtmlAttrs attrs;

  if (tag & PL_HTML_TAG_SKIP)
    return FALSE;
  _pl_html_get_attrs (node, &attrs);
  if (_pl_html_attrs_hide (&attrs))
    return FALSE;
  add_info (x, node, tag, &attrs, index_of (node->parent));
  return node->children != NULL;
}

/* Records every element under @top in document order, without
 * recursion; hidden elements and scripts are not recorded. */
static void
record_elements (Extract *x,
                 xmlNode *top)
{
  xmlNode *node = top->children;
  PlHtmlAttrs attrs;

  _pl_html_get_attrs (top, &attrs);
  add_info (x, top, _pl_html_tag (top), &attrs, NO_PARENT);
  while (node != NULL && node != top)
    {
      gboolean descend = FALSE;

      if (node->type == XML_ELEMENT_NODE)
        descend = record_element (x, node);
      else if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
        add_text (x, node);

      if (descend)
        {
          node = node->children;
          continue;
        }
      while (node != top && node->next == NULL)
        node = node->parent;
      if (node != top)
        node = node->next;
    }
}

static Unit
unit_of (const Info *info)
{
  if ((info->flags & FLAG_INLINE) || info->own_chars == 0)
    return UNIT_NONE;
  if (info->own_links >= MIN_HEADLINE_CHARS && info->own_links * 10 >= info->own_chars * 9)
    return UNIT_HEADLINE;
  if ((info->flags & FLAG_LEAD_LINK) && info->own_links >= MIN_TEASER_LINK_CHARS &&
      info->own_chars - info->own_links >= MIN_PROSE_CHARS && info->own_chars < MAX_TEASER_CHARS)
    return UNIT_TEASER;
  if (info->own_chars >= MIN_PROSE_CHARS && info->own_links * 3 < info->own_chars)
    return UNIT_PROSE;
  return UNIT_OTHER;
}

/* Children come after their parents: walking backwards sums subtrees. */
static void
sum_subtrees (Extract *x)
{
  for (guint i = x->infos->len; i-- > 0;)
    {
      Info *info = info_at (x, i);
      Info *parent;
      Unit unit = unit_of (info);

      if (unit == UNIT_PROSE)
        {
          info->prose += info->own_chars - info->own_links;
          info->n_prose++;
        }
      else if (unit == UNIT_HEADLINE || unit == UNIT_TEASER)
        {
          info->n_headlines++;
          if (info->tag & PL_HTML_TAG_HEADING)
            info->n_linked_headings++;
        }
      if (info->parent == NO_PARENT)
        continue;
      parent = info_at (x, info->parent);
      parent->chars += info->chars;
      parent->link_chars += info->link_chars;
      parent->prose += info->prose;
      parent->n_prose += info->n_prose;
      parent->n_headlines += info->n_headlines;
      parent->n_linked_headings += info->n_linked_headings;
      if (info->flags & FLAG_INLINE)
        {
          parent->own_chars += info->own_chars;
          parent->own_links += info->own_links;
        }
    }
}

/* Leaving out */

/* A headline then at most a short summary: on its own it may be part of
 * the article, but several side by side are teasers for other stories. */
static gboolean
is_card (const Info *info)
{
  return !(info->flags & FLAG_INLINE) && !(info->tag & PL_HTML_TAG_NEVER_JUNK) &&
         ((info->flags & FLAG_LEAD_LINK) || info->n_linked_headings == 1) && info->n_headlines == 1 &&
         info->n_prose <= 2 && info->chars < MAX_CARD_CHARS && info->hint < STRONG_HINT;
}

static void
mark_cards (Extract *x)
{
  for (guint i = x->infos->len; i-- > 1;)
    if (is_card (info_at (x, i)))
      {
        info_at (x, i)->flags |= FLAG_CARD;
        info_at (x, info_at (x, i)->parent)->n_cards++;
      }
}

/* Whatever it looks like, an element holding most of the page's prose
 * is not boilerplate: a form around a whole page, a wrapper whose class
 * names its ad margins. */
static gboolean
holds_most_prose (const Info *info,
                  const Info *root)
{
  return info->prose > 0 && info->prose * 2 >= root->prose;
}

/* Boilerplate by its tag, class, id or role. */
static gboolean
is_junk (const Info *info,
         const Info *parent,
         const Info *root)
{
  if ((info->tag & PL_HTML_TAG_NEVER_JUNK) || holds_most_prose (info, root))
    return FALSE;
  if (info->hint + (info->prose < SMALL_PROSE ? info->small_hint : 0) <= JUNK_HINT)
    return TRUE;
  /* Teasers, unless the article itself is a list of them */
  if ((info->flags & FLAG_CARD) && parent->n_cards >= 2 && !(info->flags & FLAG_IN_BODY))
    return TRUE;
  /* Captions, navigation, asides, footers, forms, headers */
  return (info->tag & (PL_HTML_TAG_CAPTION | PL_HTML_TAG_CHROME | PL_HTML_TAG_HEADER)) != 0;
}

/* Lists of links, link bars, "read more" paragraphs: mostly links, with
 * little prose and not even a clause outside them. */
static gboolean
is_link_list (const Info *info)
{
  return info->kept_chars > 0 && info->kept_link_chars * 2 > info->kept_chars &&
         info->kept_prose * 4 < info->kept_chars && info->kept_chars - info->kept_link_chars < MIN_CLAUSE_CHARS;
}

/* Boilerplate judged on what is left once the boilerplate inside is
 * gone, so that a container is not taken for a link list because of the
 * link list it holds. */
static gboolean
is_leftover (const Info *info,
             const Info *root)
{
  /* On a page without prose, links and labels are all there is. */
  if ((info->flags & FLAG_INLINE) || (info->tag & PL_HTML_TAG_NEVER_JUNK) || holds_most_prose (info, root) ||
      root->prose == 0)
    return FALSE;
  /* What remains of a widget whose content is gone: its title, a label */
  return is_link_list (info) || (info->kept_prose == 0 && info->dropped > 2 * info->kept_chars);
}

static void
add_kept_own (Info *info)
{
  Unit unit = unit_of (info);

  info->kept_chars += info->own_chars;
  info->kept_link_chars += info->own_links;
  if (unit == UNIT_PROSE || unit == UNIT_TEASER)
    {
      info->kept_prose += info->own_chars - info->own_links;
      if (unit == UNIT_TEASER)
        info->kept_links += info->own_links;
    }
  else if (unit != UNIT_NONE)
    {
      info->kept_links += info->own_links;
      info->kept_text += info->own_chars - info->own_links;
    }
}

static void
add_kept_to_parent (Info *info,
                    Info *parent)
{
  gboolean inline_ = (info->flags & FLAG_INLINE) != 0;

  parent->kept_chars += info->kept_chars - (inline_ ? info->own_chars : 0);
  parent->kept_link_chars += info->kept_link_chars - (inline_ ? info->own_links : 0);
  parent->kept_prose += info->kept_prose;
  parent->kept_links += info->kept_links;
  parent->kept_text += info->kept_text;
  parent->dropped += info->dropped;
}

/* Backwards, children before parents: decides what is left out and sums
 * what each subtree would keep. */
static void
sum_kept (Extract *x)
{
  const Info *root = info_at (x, 0);

  for (guint i = x->infos->len; i-- > 0;)
    {
      Info *info = info_at (x, i);
      Info *parent = info->parent != NO_PARENT ? info_at (x, info->parent) : NULL;

      add_kept_own (info);
      if (parent == NULL)
        continue;
      if (is_junk (info, parent, root) || is_leftover (info, root))
        {
          info->flags |= FLAG_DROP;
          parent->dropped += info->chars;
        }
      else
        add_kept_to_parent (info, parent);
    }
}

static void
mark_removed (Extract *x)
{
  for (guint i = 1; i < x->infos->len; i++)
    {
      Info *info = info_at (x, i);

      if ((info->flags & FLAG_DROP) || (info_at (x, info->parent)->flags & FLAG_REMOVED))
        info->flags |= FLAG_REMOVED;
    }
}

/* Choosing */

static double
content_score (const Info *info)
{
  double bonus = info->hint > 0 ? 1.0 + 0.05 * MIN (info->hint, 8) : 1.0;
  double depth = 1.0 + DEPTH_GAIN * MIN (info->depth, 50);

  return depth * (info->kept_prose * bonus - LINK_COST * info->kept_links - TEXT_COST * info->kept_text);
}

/* The element whose kept text is the most prose and least else; the
 * deepest of equals, so that wrappers adding nothing are not taken. */
static guint
choose_content (Extract *x)
{
  guint best = 0;
  double best_score = content_score (info_at (x, 0));

  for (guint i = 1; i < x->infos->len; i++)
    {
      const Info *info = info_at (x, i);
      double score;

      if (info->flags & (FLAG_REMOVED | FLAG_INLINE))
        continue;
      score = content_score (info);
      if (score >= best_score)
        {
          best = i;
          best_score = score;
        }
    }
  /* Nothing reads as prose (a list, a poem, a page of links): all that
   * is not boilerplate. */
  return info_at (x, best)->kept_prose > 0 ? best : 0;
}

/* Writing */

/* The headline is the article's title, not part of its text. */
static gboolean
is_title_heading (Extract *x,
                  xmlNode *node)
{
  g_autofree char *text = NULL;

  if (x->title == NULL)
    return FALSE;
  text = _pl_html_text (node, 1024);
  return *text && _pl_html_fold_equal (text, x->title);
}

/* The length of the longest label, in bytes: longer text is none. */
static gsize
longest_label (void)
{
  static gsize longest;

  if (g_once_init_enter (&longest))
    {
      gsize n = 1;

      for (guint i = 0; labels[i] != NULL; i++)
        n = MAX (n, strlen (labels[i]));
      g_once_init_leave (&longest, n);
    }
  return longest;
}

/* Words a page's furniture says, alone in a paragraph. */
static gboolean
is_label (const char *text)
{
  g_autofree char *allocated = NULL;
  char buffer[512];
  char *folded = buffer;
  gsize n = 0;

  /* ASCII folds to its lower case: no need for g_utf8_casefold(). */
  for (; text[n] != '\0' && n < sizeof buffer && (guchar) text[n] < 0x80; n++)
    buffer[n] = _pl_html_ascii_lower (text[n]);
  if (n < sizeof buffer && text[n] == '\0')
    buffer[n] = '\0';
  else
    {
      folded = allocated = g_utf8_casefold (text, -1);
      n = strlen (folded);
    }
  while (n > 0 && strchr (".:!…>»›", folded[n - 1]) != NULL)
    folded[--n] = '\0';
  g_strstrip (folded);
  return strlen (folded) <= longest_label () && g_strv_contains (labels, folded);
}

static guint
count_text_words (const char *text)
{
  guint words = 1;

  for (const char *p = text; *p; p++)
    words += *p == ' ';
  return words;
}

/* "By Jane Doe", "Jane Doe 2019-11-20 17:27", "Updated: Nov. 19, 2019":
 * who wrote the article and when, said again above or below it. */
static gboolean
is_byline_or_dateline (Extract *x,
                       const char *text)
{
  const char *rest = text;
  PlDate date;
  guint words = count_text_words (text);

  if (words > 12)
    return FALSE;
  if (x->byline != NULL)
    {
      const char *names = strstr (text, x->byline);

      /* The byline with at most a prefix, a job and a date around it */
      if (names != NULL && words <= count_text_words (x->byline) + 6)
        return TRUE;
      rest += _pl_html_byline_prefix_length (rest);
      if (g_str_has_prefix (rest, x->byline))
        {
          rest += strlen (x->byline);
          rest += strspn (rest, " ,|-–—·•:");
          return *rest == '\0' || _pl_html_find_date (rest, FALSE, &date);
        }
    }
  /* A date within its first words */
  for (guint i = 0; i < 4 && *text; i++)
    {
      if (_pl_html_find_date (text, FALSE, &date))
        return TRUE;
      text = strchr (text, ' ') ? strchr (text, ' ') + 1 : "";
    }
  return FALSE;
}

/* Embedded posts sign off with their author and date: keep those. */
static gboolean
in_quote (xmlNode *node)
{
  for (guint depth = 0; node != NULL && node->type == XML_ELEMENT_NODE && depth < 8; depth++, node = node->parent)
    if (_pl_html_tag (node) & PL_HTML_TAG_QUOTE)
      return TRUE;
  return FALSE;
}

/* Short paragraphs that are not the article's: labels, bylines. */
static gboolean
is_furniture (Extract *x,
              const Info *info,
              xmlNode *node)
{
  g_autofree char *text = NULL;

  if ((info->flags & FLAG_INLINE) || info->chars == 0 || info->chars > MAX_FURNITURE_CHARS)
    return FALSE;
  text = _pl_html_text (node, 4 * MAX_FURNITURE_CHARS);
  return is_label (text) || (is_byline_or_dateline (x, text) && !in_quote (node));
}

static gboolean
keep_element (xmlNode *node,
              gpointer user_data)
{
  Extract *x = user_data;
  const Info *info;

  if (node->_private == NULL)
    return FALSE; /* hidden */
  info = info_at (x, index_of (node));
  if (info->flags & FLAG_DROP)
    return FALSE;
  if ((info->tag & PL_HTML_TAG_HEADING) && is_title_heading (x, node))
    return FALSE;
  return !is_furniture (x, info, node);
}

static xmlNode *
find_body (xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *child = root ? root->children : NULL; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && strcmp ((const char *) child->name, "body") == 0)
      return child;
  return root;
}

/**
 * pl_html_extract_content:
 * @doc: a parsed page
 * @article: the article to append the content to; its title, when
 *   known, is left out of the text
 *
 * Finds the page's main content and appends it to @article as blocks.
 */
void
pl_html_extract_content (xmlDoc *doc,
                         PlArticle *article)
{
  Extract x = { 0 };
  xmlNode *body = find_body (doc);
  guint best;

  if (body == NULL)
    return;
  x.infos = g_array_sized_new (FALSE, FALSE, sizeof (Info), 1024);
  hint_cache_init (&x.hint_cache);
  x.title = article->title;
  x.byline = article->byline;

  record_elements (&x, body);
  sum_subtrees (&x);
  mark_cards (&x);
  sum_kept (&x);
  mark_removed (&x);
  best = choose_content (&x);
  _pl_html_append_blocks_filtered (article, info_at (&x, best)->node, keep_element, &x);

  for (guint i = 0; i < x.infos->len; i++)
    info_at (&x, i)->node->_private = NULL;
  g_array_unref (x.infos);
  hint_cache_clear (&x.hint_cache);
}
