/* pl-item-row.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlItemRow"

#include "config.h"

#include "pl-item-row.h"

#include "pl-enums.h"
#include "pl-labels.h"

typedef struct
{
  PlItem *item;               /* owned */
  GSignalGroup *item_signals; /* owned */
} PlItemRowPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (PlItemRow, pl_item_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SELECT_ITEM,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update (PlItemRow *self)
{
  PlItemRowPrivate *priv = pl_item_row_get_instance_private (self);

  PL_ITEM_ROW_GET_CLASS (self)->update (self, priv->item);
}

static void
factory_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem *list_item,
                  gpointer user_data)
{
  GType row_type = (GType) GPOINTER_TO_SIZE (user_data);

  /* Nothing happens on activation. GTK 4.8 only lets a row take keyboard
   * focus when it is selectable or activatable; the lists use
   * GtkNoSelection, so selectable rows can be focused and read with the
   * arrow keys without ever showing as selected. */
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_list_item_set_child (list_item, g_object_new (row_type, NULL));
}

static void
factory_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *list_item,
                 gpointer user_data)
{
  pl_item_row_set_item (PL_ITEM_ROW (gtk_list_item_get_child (list_item)),
                        gtk_list_item_get_item (list_item));
}

static void
factory_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem *list_item,
                   gpointer user_data)
{
  pl_item_row_set_item (PL_ITEM_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static void
pl_item_row_dispose (GObject *object)
{
  PlItemRow *self = PL_ITEM_ROW (object);
  PlItemRowPrivate *priv = pl_item_row_get_instance_private (self);

  g_signal_group_set_target (priv->item_signals, NULL);
  g_clear_object (&priv->item);
  G_OBJECT_CLASS (pl_item_row_parent_class)->dispose (object);
}

static void
pl_item_row_finalize (GObject *object)
{
  PlItemRow *self = PL_ITEM_ROW (object);
  PlItemRowPrivate *priv = pl_item_row_get_instance_private (self);

  g_clear_object (&priv->item_signals);
  G_OBJECT_CLASS (pl_item_row_parent_class)->finalize (object);
}

static void
pl_item_row_get_property (GObject *object,
                          guint prop_id,
                          GValue *value,
                          GParamSpec *pspec)
{
  PlItemRow *self = PL_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, pl_item_row_get_item (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_item_row_set_property (GObject *object,
                          guint prop_id,
                          const GValue *value,
                          GParamSpec *pspec)
{
  PlItemRow *self = PL_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      pl_item_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_item_row_class_init (PlItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_item_row_dispose;
  object_class->finalize = pl_item_row_finalize;
  object_class->get_property = pl_item_row_get_property;
  object_class->set_property = pl_item_row_set_property;

  properties[PROP_ITEM] =
      g_param_spec_object ("item", NULL, NULL, PL_TYPE_ITEM,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PlItemRow::select-item:
   * @item: the item the user picked inside the row
   *
   * The user picked an item the row shows inside its own, such as a
   * component of a phase.
   */
  signals[SELECT_ITEM] =
      g_signal_new ("select-item", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                    G_TYPE_NONE, 1, PL_TYPE_ITEM);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A screen reader gets one name for the row, set by the subclass in
   * update(), rather than a string of tags. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pl_item_row_init (PlItemRow *self)
{
  PlItemRowPrivate *priv = pl_item_row_get_instance_private (self);

  priv->item_signals = g_signal_group_new (PL_TYPE_ITEM);
  g_signal_group_connect_object (priv->item_signals, "changed", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
}

/**
 * pl_item_row_get_item:
 *
 * Returns: (transfer none) (nullable): the item shown
 */
PlItem *
pl_item_row_get_item (PlItemRow *self)
{
  PlItemRowPrivate *priv = pl_item_row_get_instance_private (self);

  g_return_val_if_fail (PL_IS_ITEM_ROW (self), NULL);
  return priv->item;
}

/**
 * pl_item_row_set_item:
 * @item: (nullable): the item to show, of the type the row class expects
 */
void
pl_item_row_set_item (PlItemRow *self,
                      PlItem *item)
{
  PlItemRowPrivate *priv = pl_item_row_get_instance_private (self);

  g_return_if_fail (PL_IS_ITEM_ROW (self));
  g_return_if_fail (item == NULL || PL_IS_ITEM (item));

  if (!g_set_object (&priv->item, item))
    return;

  g_signal_group_set_target (priv->item_signals, item);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

/**
 * pl_item_row_show_selected:
 * @selected: (nullable): the item selected in the view state
 *
 * Lets a row that shows items inside its own mark the selected one.
 */
void
pl_item_row_show_selected (PlItemRow *self,
                           PlItem *selected)
{
  g_return_if_fail (PL_IS_ITEM_ROW (self));

  if (PL_ITEM_ROW_GET_CLASS (self)->show_selected != NULL)
    PL_ITEM_ROW_GET_CLASS (self)->show_selected (self, selected);
}

/**
 * pl_item_row_select_item:
 * @item: an item shown inside the row
 *
 * Emits #PlItemRow::select-item: for subclasses, when the user picks @item.
 */
void
pl_item_row_select_item (PlItemRow *self,
                         PlItem *item)
{
  g_return_if_fail (PL_IS_ITEM_ROW (self));
  g_return_if_fail (PL_IS_ITEM (item));

  g_signal_emit (self, signals[SELECT_ITEM], 0, item);
}

/**
 * pl_item_row_factory_new:
 * @row_type: a subclass of #PlItemRow
 *
 * Returns: (transfer full): a factory for list views whose rows are
 *   @row_type, each showing the item at its position
 */
GtkListItemFactory *
pl_item_row_factory_new (GType row_type)
{
  GtkListItemFactory *factory;

  g_return_val_if_fail (g_type_is_a (row_type, PL_TYPE_ITEM_ROW), NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (factory_setup_cb), GSIZE_TO_POINTER (row_type));
  g_signal_connect (factory, "bind", G_CALLBACK (factory_bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (factory_unbind_cb), NULL);
  return factory;
}

/**
 * pl_label_follow_text:
 * @label: a label showing words of a briefing, not of the interface
 *
 * Lays @label out in the direction of the words it shows, so that an
 * Arabic actor or phase name starts at the right even in an English
 * window, and an English one at the left in an Arabic window. Words with
 * no direction of their own follow the window.
 */
void
pl_label_follow_text (GtkLabel *label)
{
  PangoDirection direction;

  g_return_if_fail (GTK_IS_LABEL (label));

  direction = pl_text_get_direction (gtk_label_get_text (label));
  gtk_widget_set_direction (GTK_WIDGET (label), direction == PANGO_DIRECTION_RTL   ? GTK_TEXT_DIR_RTL
                                                : direction == PANGO_DIRECTION_LTR ? GTK_TEXT_DIR_LTR
                                                                                   : GTK_TEXT_DIR_NONE);
}

/**
 * pl_label_set_tag:
 * @label: the label that shows the tag
 * @text: the words on the tag
 * @kind: what the tag tells, such as "stance"; also a style class
 * @enum_type: the enum type of @value
 * @value: the value shown, whose nick gives the style class "KIND-NICK"
 *
 * Makes @label a small tag whose colour follows the value, through the
 * classes "tag", @kind and "@kind-nick" in style.css.
 */
void
pl_label_set_tag (GtkLabel *label,
                  const char *text,
                  const char *kind,
                  GType enum_type,
                  int value)
{
  g_autofree char *value_class = NULL;
  const char *nick;

  g_return_if_fail (GTK_IS_LABEL (label));

  nick = pl_enum_to_nick (enum_type, value);
  value_class = g_strdup_printf ("%s-%s", kind, nick != NULL ? nick : "unknown");
  gtk_label_set_label (label, text);
  gtk_widget_set_css_classes (GTK_WIDGET (label),
                              (const char *[]){ "tag", kind, value_class, NULL });
}
