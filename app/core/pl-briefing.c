/* pl-briefing.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlBriefing"

#include "config.h"

#include "pl-briefing.h"

#include <string.h>

#include "pl-briefing-private.h"
#include "pl-item-private.h"

/* The item lists in the order they are saved; components live in phases. */
typedef enum
{
  LIST_SOURCES,
  LIST_PHASES,
  LIST_REACTIONS,
  LIST_RISKS,
  LIST_EVENTS,
  N_LISTS
} ListKind;

struct _PlBriefing
{
  GObject parent_instance;

  char *title;    /* owned */
  char *subtitle; /* owned */
  char *byline;   /* owned */
  char *notes;    /* owned */
  PlDate published;

  GListStore *lists[N_LISTS];    /* owned */
  PlListWatch *watches[N_LISTS]; /* owned */

  GHashTable *by_id;        /* owned, lazily built: id → borrowed PlItem */
  GHashTable *slide_notes;  /* owned: slide key → speaker notes, both owned */
  guint64 serial;           /* counts changes */
  guint64 notes_serial;     /* counts the changes that were of speaker notes */
  guint changed_freeze;     /* while non-zero, "changed" waits */
  gboolean changed_pending; /* a change came while frozen */
};

G_DEFINE_FINAL_TYPE (PlBriefing, pl_briefing, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_BYLINE,
  PROP_PUBLISHED,
  PROP_NOTES,
  N_PROPS
};

enum
{
  CHANGED,
  SLIDE_NOTES_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GType
list_item_type (ListKind kind)
{
  switch (kind)
    {
    case LIST_SOURCES:
      return PL_TYPE_SOURCE;
    case LIST_PHASES:
      return PL_TYPE_PHASE;
    case LIST_REACTIONS:
      return PL_TYPE_REACTION;
    case LIST_RISKS:
      return PL_TYPE_RISK;
    case LIST_EVENTS:
      return PL_TYPE_EVENT;
    case N_LISTS:
    default:
      g_assert_not_reached ();
    }
}

static GListStore *
store_for_type (PlBriefing *self,
                GType item_type)
{
  for (ListKind kind = 0; kind < N_LISTS; kind++)
    if (g_type_is_a (item_type, list_item_type (kind)))
      return self->lists[kind];
  return NULL;
}

static void
emit_changed (PlBriefing *self)
{
  self->serial++;
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  if (self->changed_freeze > 0)
    {
      self->changed_pending = TRUE;
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/* One edit made of several list changes, such as a move, is one change:
 * no one sees the moment the item is in neither place. */
void
_pl_briefing_freeze_changed (PlBriefing *self)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  self->changed_freeze++;
}

void
_pl_briefing_thaw_changed (PlBriefing *self)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  g_return_if_fail (self->changed_freeze > 0);

  if (--self->changed_freeze == 0 && self->changed_pending)
    {
      self->changed_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

static void
list_changed_cb (gpointer user_data)
{
  emit_changed (PL_BRIEFING (user_data));
}

static void
pl_briefing_dispatch_properties_changed (GObject *object,
                                         guint n_pspecs,
                                         GParamSpec **pspecs)
{
  G_OBJECT_CLASS (pl_briefing_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
  emit_changed (PL_BRIEFING (object));
}

static void
pl_briefing_dispose (GObject *object)
{
  PlBriefing *self = PL_BRIEFING (object);

  for (ListKind kind = 0; kind < N_LISTS; kind++)
    {
      g_clear_pointer (&self->watches[kind], _pl_list_watch_free);
      g_clear_object (&self->lists[kind]);
    }
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->slide_notes, g_hash_table_unref);
  G_OBJECT_CLASS (pl_briefing_parent_class)->dispose (object);
}

static void
pl_briefing_finalize (GObject *object)
{
  PlBriefing *self = PL_BRIEFING (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->byline);
  g_free (self->notes);
  G_OBJECT_CLASS (pl_briefing_parent_class)->finalize (object);
}

static void
pl_briefing_get_property (GObject *object,
                          guint prop_id,
                          GValue *value,
                          GParamSpec *pspec)
{
  PlBriefing *self = PL_BRIEFING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    case PROP_BYLINE:
      g_value_set_string (value, self->byline);
      break;

    case PROP_PUBLISHED:
      g_value_set_boxed (value, &self->published);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_briefing_set_property (GObject *object,
                          guint prop_id,
                          const GValue *value,
                          GParamSpec *pspec)
{
  PlBriefing *self = PL_BRIEFING (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      pl_briefing_set_title (self, g_value_get_string (value));
      break;

    case PROP_SUBTITLE:
      pl_briefing_set_subtitle (self, g_value_get_string (value));
      break;

    case PROP_BYLINE:
      pl_briefing_set_byline (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      pl_briefing_set_published (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      pl_briefing_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_briefing_class_init (PlBriefingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pl_briefing_dispose;
  object_class->finalize = pl_briefing_finalize;
  object_class->get_property = pl_briefing_get_property;
  object_class->set_property = pl_briefing_set_property;
  object_class->dispatch_properties_changed = pl_briefing_dispatch_properties_changed;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_BYLINE] = g_param_spec_string ("byline", NULL, NULL, NULL, flags);
  properties[PROP_PUBLISHED] = g_param_spec_boxed ("published", NULL, NULL, PL_TYPE_DATE, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlBriefing::changed:
   *
   * Emitted after any change of the briefing's properties, of its lists or
   * of any item in them.
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);

  /**
   * PlBriefing::slide-notes-changed:
   * @key: the key of the slide whose speaker notes changed
   *
   * Emitted when the speaker notes of a slide were set, changed or removed,
   * just before #PlBriefing::changed. The detail is the slide key.
   */
  signals[SLIDE_NOTES_CHANGED] =
      g_signal_new ("slide-notes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED, 0,
                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
pl_briefing_init (PlBriefing *self)
{
  for (ListKind kind = 0; kind < N_LISTS; kind++)
    {
      self->lists[kind] = g_list_store_new (list_item_type (kind));
      self->watches[kind] = _pl_list_watch_new (G_LIST_MODEL (self->lists[kind]),
                                                G_CALLBACK (list_changed_cb), self);
    }
  self->slide_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PlBriefing *
pl_briefing_new (void)
{
  return g_object_new (PL_TYPE_BRIEFING, NULL);
}

static void
set_string_property (PlBriefing *self,
                     char **field,
                     const char *value,
                     guint prop_id)
{
  if (prop_id != PROP_NOTES)
    value = _pl_nonblank (value);
  if (_pl_set_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

const char *
pl_briefing_get_title (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return self->title;
}

void
pl_briefing_set_title (PlBriefing *self,
                       const char *title)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  set_string_property (self, &self->title, title, PROP_TITLE);
}

const char *
pl_briefing_get_subtitle (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return self->subtitle;
}

void
pl_briefing_set_subtitle (PlBriefing *self,
                          const char *subtitle)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  set_string_property (self, &self->subtitle, subtitle, PROP_SUBTITLE);
}

const char *
pl_briefing_get_byline (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return self->byline;
}

void
pl_briefing_set_byline (PlBriefing *self,
                        const char *byline)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  set_string_property (self, &self->byline, byline, PROP_BYLINE);
}

/**
 * pl_briefing_get_published:
 *
 * Returns: (transfer none): the publication date; unset when unknown
 */
const PlDate *
pl_briefing_get_published (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return &self->published;
}

void
pl_briefing_set_published (PlBriefing *self,
                           const PlDate *published)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  if (_pl_set_date (&self->published, published))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLISHED]);
}

const char *
pl_briefing_get_notes (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return self->notes;
}

void
pl_briefing_set_notes (PlBriefing *self,
                       const char *notes)
{
  g_return_if_fail (PL_IS_BRIEFING (self));
  set_string_property (self, &self->notes, notes, PROP_NOTES);
}

/**
 * pl_briefing_get_sources:
 *
 * Returns: (transfer none): a #GListModel of #PlSource
 */
GListModel *
pl_briefing_get_sources (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_SOURCES]);
}

/**
 * pl_briefing_get_phases:
 *
 * Returns: (transfer none): a #GListModel of #PlPhase, nested phases included
 */
GListModel *
pl_briefing_get_phases (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_PHASES]);
}

/**
 * pl_briefing_get_reactions:
 *
 * Returns: (transfer none): a #GListModel of #PlReaction
 */
GListModel *
pl_briefing_get_reactions (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_REACTIONS]);
}

/**
 * pl_briefing_get_risks:
 *
 * Returns: (transfer none): a #GListModel of #PlRisk
 */
GListModel *
pl_briefing_get_risks (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_RISKS]);
}

/**
 * pl_briefing_get_events:
 *
 * Returns: (transfer none): a #GListModel of #PlEvent
 */
GListModel *
pl_briefing_get_events (PlBriefing *self)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_EVENTS]);
}

/**
 * pl_briefing_get_list_for_type:
 * @item_type: %PL_TYPE_SOURCE, %PL_TYPE_PHASE, %PL_TYPE_REACTION,
 *   %PL_TYPE_RISK or %PL_TYPE_EVENT
 *
 * Returns: (transfer none) (nullable): the list holding items of @item_type
 */
GListModel *
pl_briefing_get_list_for_type (PlBriefing *self,
                               GType item_type)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  return G_LIST_MODEL (store_for_type (self, item_type));
}

static void index_item (gpointer item,
                        gpointer user_data);

static GHashTable *
get_index (PlBriefing *self)
{
  if (self->by_id == NULL)
    {
      self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
      pl_briefing_foreach_item (self, index_item, self->by_id);
    }
  return self->by_id;
}

static char *
free_id (PlBriefing *self,
         PlItem *item)
{
  GListModel *list = pl_briefing_get_list_for_type (self, G_OBJECT_TYPE (item));
  guint n = list ? g_list_model_get_n_items (list) : 0;
  char *id = NULL;

  do
    {
      g_free (id);
      id = g_strdup_printf ("%s%u", pl_item_get_id_prefix (item), ++n);
    }
  while (g_hash_table_contains (get_index (self), id));
  return id;
}

/**
 * pl_briefing_add_item:
 * @item: a source, phase, reaction, risk or event not yet in a briefing
 *
 * Appends @item to its list. An item without an id, or whose id is taken,
 * is given a new one. Components are added to their phase instead.
 */
void
pl_briefing_add_item (PlBriefing *self,
                      PlItem *item)
{
  GListStore *store;
  GHashTable *index;
  guint64 serial;

  g_return_if_fail (PL_IS_BRIEFING (self));
  g_return_if_fail (PL_IS_ITEM (item));

  store = store_for_type (self, G_OBJECT_TYPE (item));
  g_return_if_fail (store != NULL);

  index = get_index (self);
  if (pl_item_get_id (item) == NULL || g_hash_table_contains (index, pl_item_get_id (item)))
    {
      g_autofree char *id = free_id (self, item);
      pl_item_set_id (item, id);
    }

  /* Appending invalidates the id index; when nothing else changed during
   * the emission, add the one new entry instead of rebuilding it all, so
   * that adding n items costs O(n), not O(n²). */
  index = g_steal_pointer (&self->by_id);
  serial = self->serial;
  g_list_store_append (store, item);
  if (self->serial == serial + 1 && self->by_id == NULL)
    {
      g_hash_table_insert (index, (gpointer) pl_item_get_id (item), item);
      self->by_id = index;

      /* A phase brings its components: index them too, or, when one has
       * no id or a taken one, let the next lookup rebuild the index. */
      if (PL_IS_PHASE (item))
        {
          GListModel *components = pl_phase_get_components (PL_PHASE (item));

          for (guint i = 0; i < g_list_model_get_n_items (components) && self->by_id; i++)
            {
              g_autoptr (PlItem) component = g_list_model_get_item (components, i);
              const char *id = pl_item_get_id (component);

              if (id == NULL || g_hash_table_contains (self->by_id, id))
                g_clear_pointer (&self->by_id, g_hash_table_unref);
              else
                g_hash_table_insert (self->by_id, (gpointer) id, component);
            }
        }
    }
  else
    g_hash_table_unref (index);
}

/**
 * _pl_briefing_append_items:
 * @items: (element-type PlItem): items of one type, with ids that are
 *   unique in the briefing
 *
 * Appends @items in one change, for loaders.
 */
void
_pl_briefing_append_items (PlBriefing *self,
                           GType item_type,
                           GPtrArray *items)
{
  GListStore *store = store_for_type (self, item_type);

  g_return_if_fail (store != NULL);
  g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, items->pdata,
                       items->len);
}

/**
 * pl_briefing_remove_item:
 * @item: an item of the briefing, a component included
 *
 * Returns: whether @item was found and removed
 */
gboolean
pl_briefing_remove_item (PlBriefing *self,
                         PlItem *item)
{
  GListStore *store;
  GListModel *phases;
  guint position;

  g_return_val_if_fail (PL_IS_BRIEFING (self), FALSE);
  g_return_val_if_fail (PL_IS_ITEM (item), FALSE);

  store = store_for_type (self, G_OBJECT_TYPE (item));
  if (store != NULL)
    {
      if (!g_list_store_find (store, item, &position))
        return FALSE;
      g_list_store_remove (store, position);
      return TRUE;
    }

  phases = G_LIST_MODEL (self->lists[LIST_PHASES]);
  for (guint i = 0; i < g_list_model_get_n_items (phases) && PL_IS_COMPONENT (item); i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);

      if (pl_phase_remove_component (phase, PL_COMPONENT (item)))
        return TRUE;
    }
  return FALSE;
}

/**
 * pl_briefing_foreach_item:
 * @func: called with each item and @user_data
 *
 * Calls @func for every item in save order: sources, then each phase
 * followed by its components, reactions, risks and events.
 */
void
pl_briefing_foreach_item (PlBriefing *self,
                          GFunc func,
                          gpointer user_data)
{
  g_return_if_fail (PL_IS_BRIEFING (self));

  for (ListKind kind = 0; kind < N_LISTS; kind++)
    {
      GListModel *list = G_LIST_MODEL (self->lists[kind]);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (PlItem) item = g_list_model_get_item (list, i);

          func (item, user_data);
          if (PL_IS_PHASE (item))
            {
              GListModel *components = pl_phase_get_components (PL_PHASE (item));
              guint n_components = g_list_model_get_n_items (components);

              for (guint j = 0; j < n_components; j++)
                {
                  g_autoptr (PlItem) component = g_list_model_get_item (components, j);
                  func (component, user_data);
                }
            }
        }
    }
}

static void
count_item (gpointer item,
            gpointer user_data)
{
  (*(guint *) user_data)++;
}

/**
 * pl_briefing_get_n_items:
 *
 * Returns: the number of items of every kind, components included
 */
guint
pl_briefing_get_n_items (PlBriefing *self)
{
  guint n = 0;

  g_return_val_if_fail (PL_IS_BRIEFING (self), 0);
  pl_briefing_foreach_item (self, count_item, &n);
  return n;
}

static void
index_item (gpointer item,
            gpointer user_data)
{
  const char *id = pl_item_get_id (item);

  /* The first item wins a duplicate id, as it does when saving. */
  if (id != NULL && !g_hash_table_contains (user_data, id))
    g_hash_table_insert (user_data, (gpointer) id, item);
}

/**
 * pl_briefing_lookup:
 * @id: an item id
 *
 * Returns: (transfer none) (nullable): the item with @id
 */
PlItem *
pl_briefing_lookup (PlBriefing *self,
                    const char *id)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);

  if (id == NULL)
    return NULL;
  return g_hash_table_lookup (get_index (self), id);
}

/**
 * pl_briefing_lookup_source:
 *
 * Returns: (transfer none) (nullable): the source with @id
 */
PlSource *
pl_briefing_lookup_source (PlBriefing *self,
                           const char *id)
{
  PlItem *item = pl_briefing_lookup (self, id);

  return PL_IS_SOURCE (item) ? PL_SOURCE (item) : NULL;
}

/**
 * pl_briefing_lookup_phase:
 *
 * Returns: (transfer none) (nullable): the phase with @id
 */
PlPhase *
pl_briefing_lookup_phase (PlBriefing *self,
                          const char *id)
{
  PlItem *item = pl_briefing_lookup (self, id);

  return PL_IS_PHASE (item) ? PL_PHASE (item) : NULL;
}

/**
 * pl_briefing_dup_evidence_text:
 *
 * Returns: (transfer full) (nullable): the words @evidence points at, or
 *   %NULL when its source is not in the briefing
 */
char *
pl_briefing_dup_evidence_text (PlBriefing *self,
                               const PlEvidence *evidence)
{
  PlSource *source;

  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);
  g_return_val_if_fail (evidence != NULL, NULL);

  source = pl_briefing_lookup_source (self, evidence->source);
  if (source == NULL)
    return NULL;
  return pl_source_dup_excerpt (source, evidence->start, evidence->end);
}

/* ---- speaker notes ------------------------------------------------------- */

/**
 * pl_slide_key_is_valid:
 * @key: (nullable): a slide key, such as "title" or "phase:p2#2"
 *
 * Slide keys are what the slide deck names its slides by: 1 to 256 bytes
 * of UTF-8 without control characters.
 *
 * Returns: whether @key can name a slide
 */
gboolean
pl_slide_key_is_valid (const char *key)
{
  gsize length;

  if (key == NULL || !g_utf8_validate (key, -1, NULL))
    return FALSE;
  length = strlen (key);
  if (length == 0 || length > 256)
    return FALSE;
  for (const char *p = key; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }
  return TRUE;
}

/**
 * pl_briefing_get_slide_notes:
 * @slide_key: the key of a slide (see pl_slide_deck_get_slide_key())
 *
 * Returns: (transfer none) (nullable): the speaker notes of that slide
 */
const char *
pl_briefing_get_slide_notes (PlBriefing *self,
                             const char *slide_key)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);

  if (slide_key == NULL)
    return NULL;
  return g_hash_table_lookup (self->slide_notes, slide_key);
}

/**
 * pl_briefing_set_slide_notes:
 * @slide_key: a key for which pl_slide_key_is_valid() holds
 * @notes: (nullable): the speaker notes; %NULL or "" removes them. What
 *   is not valid UTF-8 or cannot be saved in XML becomes U+FFFD.
 *
 * Sets the speaker notes of a slide. Notes are kept by key even when no
 * slide of the current deck has that key, so that they come back with it.
 * Emits #PlBriefing::slide-notes-changed, then #PlBriefing::changed, when
 * the notes changed.
 */
void
pl_briefing_set_slide_notes (PlBriefing *self,
                             const char *slide_key,
                             const char *notes)
{
  g_autofree char *clean = NULL;

  g_return_if_fail (PL_IS_BRIEFING (self));
  g_return_if_fail (pl_slide_key_is_valid (slide_key));

  if (notes != NULL && *notes != '\0')
    clean = _pl_sanitize_text (notes, -1);
  if (g_strcmp0 (g_hash_table_lookup (self->slide_notes, slide_key), clean) == 0)
    return;
  if (clean == NULL)
    g_hash_table_remove (self->slide_notes, slide_key);
  else
    g_hash_table_replace (self->slide_notes, g_strdup (slide_key), g_steal_pointer (&clean));
  self->notes_serial++;
  g_signal_emit (self, signals[SLIDE_NOTES_CHANGED], g_quark_from_string (slide_key), slide_key);
  emit_changed (self);
}

/**
 * _pl_briefing_get_serial:
 * @out_notes_serial: (out): how many of the changes were of speaker notes
 *
 * Lets a view that shows no notes, such as the slides, tell from the
 * counts whether what changed since it last looked was only notes, even
 * when several changes came as one #PlBriefing::changed.
 *
 * Returns: how many changes the briefing has seen
 */
guint64
_pl_briefing_get_serial (PlBriefing *self,
                         guint64 *out_notes_serial)
{
  g_return_val_if_fail (PL_IS_BRIEFING (self), 0);
  *out_notes_serial = self->notes_serial;
  return self->serial;
}

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer user_data)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/**
 * pl_briefing_dup_slide_note_keys:
 *
 * Returns: (transfer full) (array zero-terminated=1): the keys of the
 *   slides that have speaker notes, sorted
 */
char **
pl_briefing_dup_slide_note_keys (PlBriefing *self)
{
  g_autofree gpointer *keys = NULL;
  guint n;
  char **result;

  g_return_val_if_fail (PL_IS_BRIEFING (self), NULL);

  keys = g_hash_table_get_keys_as_array (self->slide_notes, &n);
  result = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    result[i] = g_strdup (keys[i]);
  g_qsort_with_data (result, (gint) n, sizeof (char *), compare_keys, NULL);
  return result;
}
