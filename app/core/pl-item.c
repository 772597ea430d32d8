/* pl-item.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlItem"

#include "config.h"

#include "pl-item-private.h"

#include <glib/gi18n-lib.h>

#include "pl-enums.h"
#include "pl-enum-types.h"
#include "pl-error.h"

#include <string.h>

typedef struct
{
  char *id;            /* owned */
  GPtrArray *evidence; /* owned, of owned PlEvidence */
} PlItemPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlItem, pl_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

struct _PlListWatch
{
  GListModel *model; /* owned */
  GPtrArray *shadow; /* owned: the items as last seen, with a reference each */
  GCallback func;
  gpointer user_data;
  gulong items_changed_id;
};

/* Characters XML 1.0 cannot carry become U+FFFD, one for one, so that
 * every text of the model can be saved and character offsets survive. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

/* Whether valid UTF-8 holds a character XML cannot: a C0 control other
 * than tab, newline or carriage return, or U+FFFE/U+FFFF (EF BF BE/BF). */
static gboolean
needs_replacing (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if ((*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r') ||
        (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)))
      return TRUE;
  return FALSE;
}

char *
_pl_sanitize_text (const char *text,
                   gssize length)
{
  g_autofree char *valid = NULL;
  GString *out;

  if (text == NULL)
    return NULL;

  valid = g_utf8_make_valid (text, length);
  if (!needs_replacing (valid))
    return g_steal_pointer (&valid);

  out = g_string_sized_new (strlen (valid) + 16);
  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_string_append_unichar (out, is_xml_char (c) ? c : 0xFFFD);
    }
  return g_string_free (out, FALSE);
}

gboolean
_pl_set_string (char **field,
                const char *value)
{
  g_autofree char *clean = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  clean = _pl_sanitize_text (value, -1);
  if (g_strcmp0 (*field, clean) == 0)
    return FALSE;
  g_free (*field);
  *field = g_steal_pointer (&clean);
  return TRUE;
}

gboolean
_pl_set_date (PlDate *field,
              const PlDate *value)
{
  PlDate unset = { 0 };

  if (value == NULL || !pl_date_is_set (value))
    value = &unset;
  if (pl_date_equal (field, value))
    return FALSE;
  *field = *value;
  return TRUE;
}

const char *
_pl_nonblank (const char *value)
{
  if (value == NULL)
    return NULL;
  for (const char *p = value; *p; p++)
    if (!g_ascii_isspace (*p))
      return value;
  return NULL;
}

static void
watch_item_changed_cb (PlItem *item,
                       PlListWatch *watch)
{
  ((void (*) (gpointer)) watch->func) (watch->user_data);
}

static void
watch_items_changed_cb (GListModel *model,
                        guint position,
                        guint removed,
                        guint added,
                        PlListWatch *watch)
{
  for (guint i = 0; i < removed; i++)
    {
      gpointer item = g_ptr_array_index (watch->shadow, position + i);
      g_signal_handlers_disconnect_by_func (item, watch_item_changed_cb, watch);
    }
  g_ptr_array_remove_range (watch->shadow, position, removed);

  for (guint i = 0; i < added; i++)
    {
      PlItem *item = g_list_model_get_item (model, position + i);

      if (PL_IS_ITEM (item))
        g_signal_connect (item, "changed", G_CALLBACK (watch_item_changed_cb), watch);
      g_ptr_array_insert (watch->shadow, position + i, item);
    }

  ((void (*) (gpointer)) watch->func) (watch->user_data);
}

PlListWatch *
_pl_list_watch_new (GListModel *model,
                    GCallback func,
                    gpointer user_data)
{
  PlListWatch *watch = g_new0 (PlListWatch, 1);
  guint n = g_list_model_get_n_items (model);

  watch->model = g_object_ref (model);
  watch->shadow = g_ptr_array_new_with_free_func (g_object_unref);
  watch->func = func;
  watch->user_data = user_data;
  for (guint i = 0; i < n; i++)
    {
      PlItem *item = g_list_model_get_item (model, i);
      g_signal_connect (item, "changed", G_CALLBACK (watch_item_changed_cb), watch);
      g_ptr_array_add (watch->shadow, item);
    }
  watch->items_changed_id =
      g_signal_connect (model, "items-changed", G_CALLBACK (watch_items_changed_cb), watch);
  return watch;
}

void
_pl_list_watch_free (PlListWatch *watch)
{
  if (watch == NULL)
    return;
  g_clear_signal_handler (&watch->items_changed_id, watch->model);
  for (guint i = 0; i < watch->shadow->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (watch->shadow, i),
                                          watch_item_changed_cb, watch);
  g_ptr_array_unref (watch->shadow);
  g_object_unref (watch->model);
  g_free (watch);
}

/* Generic accessors for the properties made from a field table. */
static void
field_get_property (GObject *object,
                    guint prop_id,
                    GValue *value,
                    GParamSpec *pspec)
{
  PlItemClass *klass = PL_ITEM_GET_CLASS (object);
  const PlField *field;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &klass->fields[prop_id - 1];
  switch (field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_TEXT:
    case PL_FIELD_REF:
      g_value_set_string (value, G_STRUCT_MEMBER (char *, object, field->offset));
      break;

    case PL_FIELD_ENUM:
      g_value_set_enum (value, G_STRUCT_MEMBER (int, object, field->offset));
      break;

    case PL_FIELD_DATE:
      g_value_set_boxed (value, &G_STRUCT_MEMBER (PlDate, object, field->offset));
      break;

    case PL_FIELD_ORDINAL:
      g_value_set_uint (value, G_STRUCT_MEMBER (guint, object, field->offset));
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
field_set_property (GObject *object,
                    guint prop_id,
                    const GValue *value,
                    GParamSpec *pspec)
{
  PlItemClass *klass = PL_ITEM_GET_CLASS (object);
  PlItem *self = PL_ITEM (object);
  guint index = prop_id - 1;

  if (prop_id == 0 || prop_id > klass->n_fields)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  switch (klass->fields[index].kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_TEXT:
    case PL_FIELD_REF:
      _pl_item_set_string (self, index, g_value_get_string (value));
      break;

    case PL_FIELD_ENUM:
      _pl_item_set_enum (self, index, g_value_get_enum (value));
      break;

    case PL_FIELD_DATE:
      _pl_item_set_date (self, index, g_value_get_boxed (value));
      break;

    case PL_FIELD_ORDINAL:
      _pl_item_set_ordinal (self, index, g_value_get_uint (value));
      break;

    default:
      g_assert_not_reached ();
    }
}

static GParamSpec *
field_pspec_new (const PlField *field)
{
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  switch (field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_TEXT:
    case PL_FIELD_REF:
      return g_param_spec_string (field->name, NULL, NULL, NULL, flags);

    case PL_FIELD_ENUM:
      return g_param_spec_enum (field->name, NULL, NULL, field->get_enum_type (),
                                field->default_value, flags);

    case PL_FIELD_DATE:
      return g_param_spec_boxed (field->name, NULL, NULL, PL_TYPE_DATE, flags);

    case PL_FIELD_ORDINAL:
      return g_param_spec_uint (field->name, NULL, NULL, 0, G_MAXINT, 0, flags);

    default:
      g_assert_not_reached ();
    }
}

void
_pl_item_class_install_fields (PlItemClass *klass,
                               const char *kind_name,
                               const char *id_prefix,
                               const PlField *fields,
                               guint n_fields)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = field_get_property;
  object_class->set_property = field_set_property;

  klass->kind_name = kind_name;
  klass->id_prefix = id_prefix;
  klass->fields = fields;
  klass->n_fields = n_fields;
  klass->field_pspecs = g_new0 (GParamSpec *, n_fields);
  klass->label_field = G_MAXUINT;
  for (guint i = 0; i < n_fields; i++)
    {
      klass->field_pspecs[i] = field_pspec_new (&fields[i]);
      g_object_class_install_property (object_class, i + 1, klass->field_pspecs[i]);
      if (fields[i].is_label)
        klass->label_field = i;
    }
}

static void
notify_field (PlItem *self,
              guint field_index)
{
  PlItemClass *klass = PL_ITEM_GET_CLASS (self);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), klass->field_pspecs[field_index]);
  if (field_index == klass->label_field)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
  g_object_thaw_notify (G_OBJECT (self));
}

static const PlField *
get_field (PlItem *self,
           guint field_index)
{
  PlItemClass *klass = PL_ITEM_GET_CLASS (self);

  g_assert (field_index < klass->n_fields);
  return &klass->fields[field_index];
}

void
_pl_item_set_string (PlItem *self,
                     guint field_index,
                     const char *value)
{
  const PlField *field = get_field (self, field_index);

  if (field->kind != PL_FIELD_TEXT)
    value = _pl_nonblank (value);
  if (_pl_set_string (&G_STRUCT_MEMBER (char *, self, field->offset), value))
    notify_field (self, field_index);
}

void
_pl_item_set_enum (PlItem *self,
                   guint field_index,
                   int value)
{
  const PlField *field = get_field (self, field_index);
  int *slot = &G_STRUCT_MEMBER (int, self, field->offset);

  g_return_if_fail (pl_enum_to_nick (field->get_enum_type (), value) != NULL);
  if (*slot == value)
    return;
  *slot = value;
  notify_field (self, field_index);
}

void
_pl_item_set_date (PlItem *self,
                   guint field_index,
                   const PlDate *value)
{
  const PlField *field = get_field (self, field_index);

  if (_pl_set_date (&G_STRUCT_MEMBER (PlDate, self, field->offset), value))
    notify_field (self, field_index);
}

void
_pl_item_set_ordinal (PlItem *self,
                      guint field_index,
                      guint value)
{
  const PlField *field = get_field (self, field_index);
  guint *slot = &G_STRUCT_MEMBER (guint, self, field->offset);

  if (*slot == value)
    return;
  *slot = value;
  notify_field (self, field_index);
}

/* Enum fields start at their default, which need not be the enum's 0.
 * This runs before any property given to g_object_new() is set. */
static void
pl_item_constructed (GObject *object)
{
  PlItemClass *klass = PL_ITEM_GET_CLASS (object);

  for (guint i = 0; i < klass->n_fields; i++)
    if (klass->fields[i].kind == PL_FIELD_ENUM)
      G_STRUCT_MEMBER (int, object, klass->fields[i].offset) = klass->fields[i].default_value;
  G_OBJECT_CLASS (pl_item_parent_class)->constructed (object);
}

/* Every property change of an item is a change of the item: one hook here
 * spares each setter from emitting "changed". */
static void
pl_item_dispatch_properties_changed (GObject *object,
                                     guint n_pspecs,
                                     GParamSpec **pspecs)
{
  G_OBJECT_CLASS (pl_item_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
  g_signal_emit (object, signals[CHANGED], 0);
}

static void
pl_item_finalize (GObject *object)
{
  PlItem *self = PL_ITEM (object);
  PlItemPrivate *priv = pl_item_get_instance_private (self);
  PlItemClass *klass = PL_ITEM_GET_CLASS (self);

  for (guint i = 0; i < klass->n_fields; i++)
    {
      PlFieldKind kind = klass->fields[i].kind;

      if (kind == PL_FIELD_STRING || kind == PL_FIELD_TEXT || kind == PL_FIELD_REF)
        g_free (G_STRUCT_MEMBER (char *, self, klass->fields[i].offset));
    }
  g_free (priv->id);
  g_ptr_array_unref (priv->evidence);
  G_OBJECT_CLASS (pl_item_parent_class)->finalize (object);
}

static void
pl_item_get_property (GObject *object,
                      guint prop_id,
                      GValue *value,
                      GParamSpec *pspec)
{
  PlItem *self = PL_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, pl_item_get_id (self));
      break;

    case PROP_LABEL:
      g_value_set_string (value, pl_item_get_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_item_set_property (GObject *object,
                      guint prop_id,
                      const GValue *value,
                      GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_ID:
      pl_item_set_id (PL_ITEM (object), g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_item_class_init (PlItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = pl_item_constructed;
  object_class->finalize = pl_item_finalize;
  object_class->get_property = pl_item_get_property;
  object_class->set_property = pl_item_set_property;
  object_class->dispatch_properties_changed = pl_item_dispatch_properties_changed;

  klass->kind_name = "item";
  klass->id_prefix = "i";
  klass->label_field = G_MAXUINT;

  properties[PROP_ID] =
      g_param_spec_string ("id", NULL, NULL, NULL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Notified by subclasses when the text their label comes from changes. */
  properties[PROP_LABEL] =
      g_param_spec_string ("label", NULL, NULL, NULL,
                           G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlItem::changed:
   *
   * Emitted after any property or the evidence of the item changed, and,
   * for a phase, when its components changed.
   */
  signals[CHANGED] =
      g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 0);
}

static void
pl_item_init (PlItem *self)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  priv->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify) pl_evidence_free);
}

const char *
pl_item_get_id (PlItem *self)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_val_if_fail (PL_IS_ITEM (self), NULL);
  return priv->id;
}

void
pl_item_set_id (PlItem *self,
                const char *id)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_if_fail (PL_IS_ITEM (self));
  if (_pl_set_string (&priv->id, _pl_nonblank (id)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * pl_item_get_label:
 *
 * Returns: (transfer none): a short text naming @self (its name, text or
 *   actor), its id when that is empty, never %NULL
 */
const char *
pl_item_get_label (PlItem *self)
{
  PlItemClass *klass;
  const char *label = NULL;

  g_return_val_if_fail (PL_IS_ITEM (self), NULL);

  klass = PL_ITEM_GET_CLASS (self);
  if (klass->label_field < klass->n_fields)
    label = G_STRUCT_MEMBER (char *, self, klass->fields[klass->label_field].offset);
  if (label == NULL)
    label = pl_item_get_id (self);
  return label ? label : "";
}

const char *
pl_item_get_id_prefix (PlItem *self)
{
  g_return_val_if_fail (PL_IS_ITEM (self), NULL);
  return PL_ITEM_GET_CLASS (self)->id_prefix;
}

/**
 * pl_item_get_kind_name:
 *
 * Returns: (transfer none): the stable name of @self's kind, as used for
 *   its XML element and in JSON: "source", "phase", "component",
 *   "reaction", "risk" or "event"
 */
const char *
pl_item_get_kind_name (PlItem *self)
{
  g_return_val_if_fail (PL_IS_ITEM (self), NULL);
  return PL_ITEM_GET_CLASS (self)->kind_name;
}

guint
pl_item_get_n_evidence (PlItem *self)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_val_if_fail (PL_IS_ITEM (self), 0);
  return priv->evidence->len;
}

/**
 * pl_item_get_evidence:
 *
 * Returns: (transfer none): the evidence at @position
 */
const PlEvidence *
pl_item_get_evidence (PlItem *self,
                      guint position)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_val_if_fail (PL_IS_ITEM (self), NULL);
  g_return_val_if_fail (position < priv->evidence->len, NULL);
  return g_ptr_array_index (priv->evidence, position);
}

void
pl_item_add_evidence (PlItem *self,
                      const char *source,
                      guint start,
                      guint end)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_if_fail (PL_IS_ITEM (self));
  g_return_if_fail (source != NULL);
  g_return_if_fail (start <= end);

  g_ptr_array_add (priv->evidence, pl_evidence_new (source, start, end));
  pl_item_emit_changed (self);
}

void
pl_item_remove_evidence (PlItem *self,
                         guint position)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_if_fail (PL_IS_ITEM (self));
  g_return_if_fail (position < priv->evidence->len);

  g_ptr_array_remove_index (priv->evidence, position);
  pl_item_emit_changed (self);
}

void
pl_item_clear_evidence (PlItem *self)
{
  PlItemPrivate *priv = pl_item_get_instance_private (self);

  g_return_if_fail (PL_IS_ITEM (self));
  if (priv->evidence->len == 0)
    return;
  g_ptr_array_set_size (priv->evidence, 0);
  pl_item_emit_changed (self);
}

/**
 * pl_item_emit_changed:
 *
 * Emits #PlItem::changed. For subclasses whose content changes without a
 * property notification, such as a phase whose components changed.
 */
void
pl_item_emit_changed (PlItem *self)
{
  g_return_if_fail (PL_IS_ITEM (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * pl_item_class_get_fields:
 * @n_fields: (out): the number of fields
 *
 * Returns: (transfer none) (array length=n_fields): the field table
 */
const PlField *
pl_item_class_get_fields (PlItemClass *klass,
                          guint *n_fields)
{
  g_return_val_if_fail (PL_IS_ITEM_CLASS (klass), NULL);
  *n_fields = klass->n_fields;
  return klass->fields;
}

const PlField *
pl_item_class_find_field (PlItemClass *klass,
                          const char *name)
{
  g_return_val_if_fail (PL_IS_ITEM_CLASS (klass), NULL);
  for (guint i = 0; i < klass->n_fields; i++)
    if (g_strcmp0 (klass->fields[i].name, name) == 0)
      return &klass->fields[i];
  return NULL;
}

/**
 * pl_item_dup_field_string:
 * @field: a field of @self's class
 *
 * Returns: (transfer full) (nullable): the value in its saved text form:
 *   the text, the enum nick, the date or the number; %NULL when unset
 */
char *
pl_item_dup_field_string (PlItem *self,
                          const PlField *field)
{
  g_return_val_if_fail (PL_IS_ITEM (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  switch (field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_TEXT:
    case PL_FIELD_REF:
      return g_strdup (G_STRUCT_MEMBER (char *, self, field->offset));

    case PL_FIELD_ENUM:
      return g_strdup (pl_enum_to_nick (field->get_enum_type (),
                                        G_STRUCT_MEMBER (int, self, field->offset)));

    case PL_FIELD_DATE:
      return pl_date_to_string (&G_STRUCT_MEMBER (PlDate, self, field->offset));

    case PL_FIELD_ORDINAL:
      {
        guint value = G_STRUCT_MEMBER (guint, self, field->offset);
        return value ? g_strdup_printf ("%u", value) : NULL;
      }

    default:
      g_assert_not_reached ();
    }
}

guint
pl_item_get_field_ordinal (PlItem *self,
                           const PlField *field)
{
  g_return_val_if_fail (PL_IS_ITEM (self), 0);
  g_return_val_if_fail (field != NULL && field->kind == PL_FIELD_ORDINAL, 0);
  return G_STRUCT_MEMBER (guint, self, field->offset);
}

static gboolean
parse_ordinal (const char *text,
               guint *out_value)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT, &value, NULL))
    return FALSE;
  *out_value = (guint) value;
  return TRUE;
}

static char *
enum_nicks (GType enum_type)
{
  GEnumClass *klass = g_type_class_ref (enum_type);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (str, "%s%s", i ? ", " : "", klass->values[i].value_nick);
  g_type_class_unref (klass);
  return g_string_free (str, FALSE);
}

/**
 * pl_item_set_field_string:
 * @field: a field of @self's class
 * @text: (nullable): the value in its saved text form, %NULL to unset
 *
 * Sets a field from its saved text form, checking it.
 *
 * Returns: %TRUE on success; on failure the field is unchanged and @error
 *   says what a valid value looks like
 */
gboolean
pl_item_set_field_string (PlItem *self,
                          const PlField *field,
                          const char *text,
                          GError **error)
{
  PlItemClass *klass;
  guint index;

  g_return_val_if_fail (PL_IS_ITEM (self), FALSE);
  g_return_val_if_fail (field != NULL, FALSE);

  klass = PL_ITEM_GET_CLASS (self);
  index = (guint) (field - klass->fields);
  g_return_val_if_fail (index < klass->n_fields, FALSE);

  switch (field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_TEXT:
    case PL_FIELD_REF:
      if (text != NULL && field->is_valid != NULL && !field->is_valid (text))
        {
          g_set_error (error, PL_ERROR, PL_ERROR_INVALID, _ ("“%s” is not a valid %s; expected %s"),
                       text, field->name, _ (field->expected));
          return FALSE;
        }
      _pl_item_set_string (self, index, text);
      return TRUE;

    case PL_FIELD_ENUM:
      {
        int value = 0;
        if (text != NULL && !pl_enum_from_nick (field->get_enum_type (), text, &value))
          {
            g_autofree char *nicks = enum_nicks (field->get_enum_type ());
            g_set_error (error, PL_ERROR, PL_ERROR_INVALID,
                         _ ("“%s” is not a valid %s; expected one of: %s"),
                         text, field->name, nicks);
            return FALSE;
          }
        _pl_item_set_enum (self, index, value);
        return TRUE;
      }

    case PL_FIELD_DATE:
      {
        PlDate date;
        if (!pl_date_parse (text, &date))
          {
            g_set_error (error, PL_ERROR, PL_ERROR_INVALID,
                         _ ("“%s” is not a valid %s; expected a form such as 2025, 2025-10, "
                            "2025-10-14 or 2025-10-14T09:30Z, with ~ at the end when approximate"),
                         text, strcmp (field->name, "date") == 0 ? _ ("date") : field->name);
            return FALSE;
          }
        _pl_item_set_date (self, index, &date);
        return TRUE;
      }

    case PL_FIELD_ORDINAL:
      {
        guint value = 0;
        if (text != NULL && !parse_ordinal (text, &value))
          {
            g_set_error (error, PL_ERROR, PL_ERROR_INVALID,
                         _ ("“%s” is not a valid %s; expected a whole number from 1 up"),
                         text, field->name);
            return FALSE;
          }
        _pl_item_set_ordinal (self, index, value);
        return TRUE;
      }

    default:
      g_assert_not_reached ();
    }
}

/**
 * pl_field_is_text:
 *
 * Returns: whether @field holds a text (saved as an element) rather than
 *   an enum, date, number or reference (saved as an attribute)
 */
gboolean
pl_field_is_text (const PlField *field)
{
  return field->kind == PL_FIELD_STRING || field->kind == PL_FIELD_TEXT;
}
