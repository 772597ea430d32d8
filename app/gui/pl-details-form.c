/* pl-details-form.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The form of a details panel: an editor for each field of the item shown,
 * made for its kind of field, which loads the field's value, checks and
 * offers what is typed as an edit, and goes back to the value on Escape.
 */

#define G_LOG_DOMAIN "PlDetailsPanel"

#include "config.h"

#include "pl-details-panel-private.h"

#include <glib/gi18n.h>

#include "pl-enum-types.h"
#include "pl-labels.h"

/* One field of the form: its editor and the value it was last loaded with,
 * which Escape goes back to and which tells an edit in progress. Owned by
 * the editor widget (object data), so it lives exactly as long as it. */
typedef struct
{
  PlDetailsPanel *panel;     /* borrowed; NULL once the row left the form, as its
                          * editor may outlive it a little, holding the focus */
  const PlField *field;      /* borrowed: from the item's class */
  GtkWidget *editor;         /* borrowed: the widget owning this row */
  GtkLabel *message;         /* borrowed: says why a value was refused */
  char *loaded;              /* owned: the value in its saved text form, or NULL */
  GPtrArray *ref_ids;        /* owned, for PL_FIELD_REF: the id of each choice, NULL for "None" */
  char *ref_signature;       /* owned, for PL_FIELD_REF: the choices offered, to rebuild them only on change */
  gboolean invalid;          /* shows a value that was refused */
  GtkEventController *focus; /* weak: its controllers, whose widget may outlive */
  GtkEventController *key;   /* the row while a window is torn down */
} FieldRow;

/* Words. */

static const char *
get_enum_label (GType enum_type,
                int value)
{
  if (enum_type == PL_TYPE_STATUS)
    return pl_status_get_label (value);
  if (enum_type == PL_TYPE_CATEGORY)
    return pl_category_get_label (value);
  if (enum_type == PL_TYPE_ACTOR_KIND)
    return pl_actor_kind_get_label (value);
  if (enum_type == PL_TYPE_STANCE)
    return pl_stance_get_label (value);
  if (enum_type == PL_TYPE_LEVEL)
    return pl_level_get_label (value);
  return pl_enum_to_nick (enum_type, value);
}

/* The words for a field next to its editor. */
static const char *
get_field_title (PlItem *item,
                 const PlField *field)
{
  static const struct
  {
    const char *name;
    const char *title;
  } titles[] = {
    { "index", N_ ("Number") },
    { "name", N_ ("Name") },
    { "status", N_ ("Status") },
    { "start", N_ ("Start") },
    { "end", N_ ("End") },
    { "summary", N_ ("Summary") },
    { "parent", N_ ("Part of") },
    { "category", N_ ("Category") },
    { "actor", N_ ("Actor") },
    { "actor-kind", N_ ("Kind of actor") },
    { "stance", N_ ("Stance") },
    { "quote", N_ ("Quote") },
    { "likelihood", N_ ("Likelihood") },
    { "severity", N_ ("Severity") },
    { "date", N_ ("Date") },
    { "phase", N_ ("Phase") },
    { "title", N_ ("Title") },
    { "byline", N_ ("Byline") },
    { "published", N_ ("Published") },
    { "site", N_ ("Site") },
    { "url", N_ ("Address") },
    { "file", N_ ("File") },
    { "language", N_ ("Language") },
  };

  if (g_strcmp0 (field->name, "text") == 0)
    {
      if (PL_IS_REACTION (item))
        return _ ("Statement");
      if (PL_IS_EVENT (item))
        return _ ("What happened");
      return _ ("Description");
    }
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_strcmp0 (field->name, titles[i].name) == 0)
      return _ (titles[i].title);
  return field->name;
}

/* Reading and writing editors. */

static void
field_row_free (gpointer data)
{
  FieldRow *row = data;

  /* The focus may leave the field after the row is gone, while the window
   * around it is destroyed: the controllers must not call back into it. */
  if (row->focus != NULL)
    g_signal_handlers_disconnect_by_data (row->focus, row);
  if (row->key != NULL)
    g_signal_handlers_disconnect_by_data (row->key, row);
  g_clear_weak_pointer (&row->focus);
  g_clear_weak_pointer (&row->key);
  g_free (row->loaded);
  g_clear_pointer (&row->ref_ids, g_ptr_array_unref);
  g_free (row->ref_signature);
  g_free (row);
}

static gboolean
is_choice_field (const PlField *field)
{
  return field->kind == PL_FIELD_ENUM || field->kind == PL_FIELD_REF;
}

static GtkTextView *
row_get_text_view (FieldRow *row)
{
  GtkWidget *scrolled = gtk_frame_get_child (GTK_FRAME (row->editor));

  return GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)));
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

/* The value the editor shows, in its saved text form; NULL when empty. */
static char *
row_dup_value (FieldRow *row)
{
  g_autofree char *text = NULL;

  switch (row->field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_DATE:
      text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->editor))));
      break;

    case PL_FIELD_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (row_get_text_view (row));
        GtkTextIter start, end;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        if (is_blank (text))
          g_clear_pointer (&text, g_free);
        break;
      }

    case PL_FIELD_ORDINAL:
      {
        int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (row->editor));
        text = value > 0 ? g_strdup_printf ("%d", value) : NULL;
        break;
      }

    case PL_FIELD_ENUM:
    case PL_FIELD_REF:
    default:
      g_assert_not_reached ();
    }
  return text != NULL && *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
row_set_invalid (FieldRow *row,
                 const char *message)
{
  row->invalid = message != NULL;
  gtk_label_set_label (row->message, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row->message), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (row->editor, "error");
  else
    gtk_widget_remove_css_class (row->editor, "error");

  if (message != NULL)
    gtk_widget_set_tooltip_text (row->editor, message);
  else if (row->field->kind == PL_FIELD_DATE)
    gtk_widget_set_tooltip_text (row->editor, _ ("A year, a month or a day, such as 2025, 2025-10 or 2025-10-14; "
                                                 "a time as in 2025-10-14T09:30Z; ~ at the end when approximate"));
  else
    gtk_widget_set_tooltip_text (row->editor, NULL);
  gtk_accessible_update_state (GTK_ACCESSIBLE (row->editor), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

/* Whether the user changed the editor since it was loaded. */
static gboolean
row_is_edited (FieldRow *row)
{
  g_autofree char *value = NULL;

  if (is_choice_field (row->field))
    return FALSE;
  if (row->invalid)
    return TRUE;
  /* A spin button's value follows its text only once it is committed. */
  if (row->field->kind == PL_FIELD_ORDINAL)
    {
      value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row->editor))));
      if (*value == '\0')
        g_clear_pointer (&value, g_free);
    }
  else
    value = row_dup_value (row);
  return g_strcmp0 (value, row->loaded) != 0;
}

static gboolean
row_has_focus (FieldRow *row)
{
  GtkRoot *root = gtk_widget_get_root (row->editor);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == row->editor || gtk_widget_is_ancestor (focus, row->editor));
}

static guint
find_choice (FieldRow *row,
             const char *value)
{
  if (row->field->kind == PL_FIELD_ENUM)
    {
      int number = 0;
      g_autoptr (GEnumClass) klass = g_type_class_ref (row->field->get_enum_type ());

      if (value == NULL || !pl_enum_from_nick (row->field->get_enum_type (), value, &number))
        return GTK_INVALID_LIST_POSITION;
      for (guint i = 0; i < klass->n_values; i++)
        if (klass->values[i].value == number)
          return i;
      return GTK_INVALID_LIST_POSITION;
    }

  for (guint i = 0; i < row->ref_ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (row->ref_ids, i), value) == 0)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static void
row_load_value (FieldRow *row,
                const char *value)
{
  switch (row->field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_DATE:
      gtk_editable_set_text (GTK_EDITABLE (row->editor), value ? value : "");
      break;

    case PL_FIELD_TEXT:
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (row_get_text_view (row)), value ? value : "", -1);
      break;

    case PL_FIELD_ORDINAL:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (row->editor), value ? g_ascii_strtod (value, NULL) : 0);
      /* The spin button keeps its text when the value is unchanged. */
      gtk_spin_button_update (GTK_SPIN_BUTTON (row->editor));
      break;

    case PL_FIELD_ENUM:
    case PL_FIELD_REF:
      gtk_drop_down_set_selected (GTK_DROP_DOWN (row->editor), find_choice (row, value));
      break;

    default:
      g_assert_not_reached ();
    }
}

/* Puts @value into the editor, unless the user is editing it or it shows a
 * refused value to correct: then it only becomes what Escape goes back to. */
static void
row_load (FieldRow *row,
          const char *value)
{
  PlDetailsPanel *self = row->panel;
  gboolean keep = row->invalid || (row_has_focus (row) && row_is_edited (row));

  g_free (row->loaded);
  row->loaded = g_strdup (value);
  if (keep)
    return;

  self->loading = TRUE;
  row_load_value (row, value);
  self->loading = FALSE;
  row_set_invalid (row, NULL);
}

/* The choices of a reference: "None" and the briefing's phases, but for a
 * phase itself, which cannot be its own parent. */
static void
row_update_ref_choices (FieldRow *row)
{
  PlDetailsPanel *self = row->panel;
  GListModel *phases = self->briefing ? pl_briefing_get_phases (self->briefing) : NULL;
  guint n = phases ? g_list_model_get_n_items (phases) : 0;
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GString *signature = g_string_new (NULL);

  gtk_string_list_append (labels, C_ ("phase", "None"));
  g_ptr_array_add (ids, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (PlPhase) phase = g_list_model_get_item (phases, i);
      const char *id = pl_item_get_id (PL_ITEM (phase));
      guint index = pl_phase_get_index (phase);
      g_autofree char *label = NULL;

      if (id == NULL || PL_ITEM (phase) == self->item)
        continue;
      /* Translators: a phase in a list of choices: its number and name */
      label = index > 0 ? g_strdup_printf (_ ("%u. %s"), index, pl_item_get_label (PL_ITEM (phase)))
                        : g_strdup (pl_item_get_label (PL_ITEM (phase)));
      gtk_string_list_append (labels, label);
      g_ptr_array_add (ids, g_strdup (id));
      g_string_append_printf (signature, "%s\t%s\n", id, label);
    }

  if (g_strcmp0 (signature->str, row->ref_signature) == 0)
    {
      g_string_free (signature, TRUE);
      return;
    }
  g_free (row->ref_signature);
  row->ref_signature = g_string_free (signature, FALSE);
  g_clear_pointer (&row->ref_ids, g_ptr_array_unref);
  row->ref_ids = g_steal_pointer (&ids);
  self->loading = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (row->editor), G_LIST_MODEL (labels));
  self->loading = FALSE;
}

/* Edits. */

static gboolean
validate (const PlField *field,
          const char *value,
          char **message)
{
  PlDate date;

  if (value == NULL)
    return TRUE;
  if (field->kind == PL_FIELD_DATE && !pl_date_parse (value, &date))
    {
      /* Translators: %s is what was typed */
      *message = g_strdup_printf (_ ("“%s” is not a date. Write a year, a month or a day, such as 2025, 2025-10 "
                                     "or 2025-10-14, with ~ at the end when approximate."),
                                  value);
      return FALSE;
    }
  if (field->is_valid != NULL && !field->is_valid (value))
    {
      /* Translators: %s is what was typed */
      *message = g_strdup_printf (_ ("“%s” is not valid here."), value);
      return FALSE;
    }
  return TRUE;
}

/* Offers the editor's value as an edit, when it differs from the item's. */
static void
row_commit (FieldRow *row)
{
  PlDetailsPanel *self = row->panel;
  g_autofree char *value = NULL;
  g_autofree char *message = NULL;

  if (self == NULL || self->loading || self->building || self->item == NULL)
    return;

  value = row_dup_value (row);
  if (!validate (row->field, value, &message))
    {
      row_set_invalid (row, message);
      return;
    }
  row_set_invalid (row, NULL);
  _pl_details_panel_emit_edit (self, row->field, value);
}

static void
row_revert (FieldRow *row)
{
  PlDetailsPanel *self = row->panel;

  if (self == NULL)
    return;
  self->loading = TRUE;
  row_load_value (row, row->loaded);
  self->loading = FALSE;
  row_set_invalid (row, NULL);
}

/* Callbacks. */

static void
entry_activate_cb (GtkWidget *editor,
                   FieldRow *row)
{
  row_commit (row);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                FieldRow *row)
{
  row_commit (row);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint keyval,
                guint keycode,
                GdkModifierType state,
                FieldRow *row)
{
  if (row->panel == NULL || keyval != GDK_KEY_Escape || (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;
  /* Nothing to take back: let Escape do what it does around the panel. */
  if (!row_is_edited (row))
    return GDK_EVENT_PROPAGATE;
  row_revert (row);
  return GDK_EVENT_STOP;
}

static void
choice_selected_cb (GtkDropDown *dropdown,
                    GParamSpec *pspec,
                    FieldRow *row)
{
  PlDetailsPanel *self = row->panel;
  guint selected = gtk_drop_down_get_selected (dropdown);
  const char *value = NULL;

  if (self == NULL || self->loading || self->building || self->item == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row->field->kind == PL_FIELD_ENUM)
    {
      g_autoptr (GEnumClass) klass = g_type_class_ref (row->field->get_enum_type ());
      if (selected >= klass->n_values)
        return;
      value = klass->values[selected].value_nick;
      _pl_details_panel_emit_edit (self, row->field, value);
    }
  else if (row->ref_ids != NULL && selected < row->ref_ids->len)
    _pl_details_panel_emit_edit (self, row->field, g_ptr_array_index (row->ref_ids, selected));
}

static void
spin_value_changed_cb (GtkSpinButton *spin,
                       FieldRow *row)
{
  row_commit (row);
}

/* 0, unknown, shows as nothing. */
static gboolean
spin_output_cb (GtkSpinButton *spin,
                gpointer user_data)
{
  if (gtk_spin_button_get_value_as_int (spin) != 0)
    return FALSE;
  if (*gtk_editable_get_text (GTK_EDITABLE (spin)) != '\0')
    gtk_editable_set_text (GTK_EDITABLE (spin), "");
  return TRUE;
}

static int
spin_input_cb (GtkSpinButton *spin,
               double *new_value,
               gpointer user_data)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin))));

  if (*text != '\0')
    return FALSE;
  *new_value = 0;
  return TRUE;
}

static void
date_changed_cb (GtkEditable *editable,
                 FieldRow *row)
{
  /* Typing again takes back the complaint until the next commit. */
  if (row->panel != NULL && row->invalid && !row->panel->loading)
    row_set_invalid (row, NULL);
}

/* Making the form. */

/* Escape takes an edit back; leaving the field commits it, but for a spin
 * button, which commits its value itself when left. */
static void
add_controllers (FieldRow *row,
                 GtkWidget *target)
{
  GtkEventController *key = gtk_event_controller_key_new ();

  if (row->field->kind != PL_FIELD_ORDINAL)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), row);
      g_set_weak_pointer (&row->focus, focus);
      gtk_widget_add_controller (target, focus);
    }
  gtk_event_controller_set_name (key, "pl-details-escape");
  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), row);
  g_set_weak_pointer (&row->key, key);
  gtk_widget_add_controller (target, key);
}

static GtkWidget *
make_entry (FieldRow *row)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_hexpand (entry, TRUE);
  g_signal_connect (entry, "activate", G_CALLBACK (entry_activate_cb), row);
  if (row->field->kind == PL_FIELD_DATE)
    {
      /* Translators: an example of a date to type, in the form the files keep */
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("e.g. 2025-10-14"));
      g_signal_connect (entry, "changed", G_CALLBACK (date_changed_cb), row);
    }
  add_controllers (row, entry);
  return entry;
}

static GtkWidget *
make_text_view (FieldRow *row)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  /* GTK 4.8 may ask for the height of the text wrapped at an earlier,
   * wider width: scrolling keeps every line reachable then. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 88);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_frame_set_child (GTK_FRAME (frame), scrolled);
  add_controllers (row, view);
  return frame;
}

static GtkWidget *
make_spin_button (FieldRow *row)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, G_MAXINT, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 4);
  gtk_widget_set_halign (spin, GTK_ALIGN_START);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);
  g_signal_connect (spin, "input", G_CALLBACK (spin_input_cb), NULL);
  g_signal_connect (spin, "value-changed", G_CALLBACK (spin_value_changed_cb), row);
  add_controllers (row, spin);
  return spin;
}

static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem *list_item,
                 gpointer ellipsize)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (ellipsize))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  else
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem *list_item)
{
  GtkStringObject *string = gtk_list_item_get_item (list_item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), gtk_string_object_get_string (string));
}

static GtkListItemFactory *
make_choice_factory (gboolean ellipsize)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), GINT_TO_POINTER (ellipsize));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), NULL);
  return factory;
}

static GtkWidget *
make_dropdown (FieldRow *row)
{
  GtkWidget *dropdown = gtk_drop_down_new (NULL, NULL);

  gtk_widget_set_halign (dropdown, GTK_ALIGN_START);
  if (row->field->kind == PL_FIELD_ENUM)
    {
      g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);
      g_autoptr (GEnumClass) klass = g_type_class_ref (row->field->get_enum_type ());

      for (guint i = 0; i < klass->n_values; i++)
        gtk_string_list_append (labels, get_enum_label (row->field->get_enum_type (), klass->values[i].value));
      gtk_drop_down_set_model (GTK_DROP_DOWN (dropdown), G_LIST_MODEL (labels));
    }
  else
    {
      /* Phase names can be long: the button cuts them, the list wraps them. */
      g_autoptr (GtkListItemFactory) factory = make_choice_factory (TRUE);
      g_autoptr (GtkListItemFactory) list_factory = make_choice_factory (FALSE);

      gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), factory);
      gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list_factory);
      gtk_widget_set_halign (dropdown, GTK_ALIGN_FILL);
    }
  g_signal_connect (dropdown, "notify::selected", G_CALLBACK (choice_selected_cb), row);
  return dropdown;
}

static GtkWidget *
make_editor (FieldRow *row)
{
  switch (row->field->kind)
    {
    case PL_FIELD_STRING:
    case PL_FIELD_DATE:
      return make_entry (row);

    case PL_FIELD_TEXT:
      return make_text_view (row);

    case PL_FIELD_ORDINAL:
      return make_spin_button (row);

    case PL_FIELD_ENUM:
    case PL_FIELD_REF:
      return make_dropdown (row);

    default:
      g_assert_not_reached ();
    }
}

/* The widget that takes the focus and that the field's title names. */
static GtkWidget *
row_get_focus_widget (FieldRow *row)
{
  return row->field->kind == PL_FIELD_TEXT ? GTK_WIDGET (row_get_text_view (row)) : row->editor;
}

static void
add_row (PlDetailsPanel *self,
         const PlField *field)
{
  FieldRow *row = g_new0 (FieldRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new_with_mnemonic (get_field_title (self->item, field));

  row->panel = self;
  row->field = field;
  row->editor = make_editor (row);
  g_object_set_data_full (G_OBJECT (row->editor), "pl-field-row", row, field_row_free);
  gtk_widget_set_name (row->editor, field->name);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), row_get_focus_widget (row));
  gtk_widget_add_css_class (title, "caption-heading");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), row->editor);
  row->message = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row->message, 0);
  gtk_label_set_wrap (row->message, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row->message), "error");
  gtk_widget_add_css_class (GTK_WIDGET (row->message), "caption");
  gtk_widget_set_visible (GTK_WIDGET (row->message), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->message));
  gtk_box_append (self->form_box, box);
  g_ptr_array_add (self->rows, row);
}

void
_pl_details_form_detach_rows (PlDetailsPanel *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    ((FieldRow *) g_ptr_array_index (self->rows, i))->panel = NULL;
  g_ptr_array_set_size (self->rows, 0);
}

static void
clear_form (PlDetailsPanel *self)
{
  GtkWidget *child;

  self->building = TRUE;
  _pl_details_form_detach_rows (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->form_box))) != NULL)
    gtk_box_remove (self->form_box, child);
  self->building = FALSE;
}

/* A source's text is the article itself, shown by the article view; the
 * evidence of every item points into it, so it is not edited here. */
static gboolean
is_shown (PlItem *item,
          const PlField *field)
{
  return !(PL_IS_SOURCE (item) && field->kind == PL_FIELD_TEXT);
}

void
_pl_details_form_build (PlDetailsPanel *self)
{
  const PlField *fields;
  guint n_fields;

  clear_form (self);
  if (self->item == NULL)
    return;

  self->building = TRUE;
  fields = pl_item_class_get_fields (PL_ITEM_GET_CLASS (self->item), &n_fields);
  for (guint i = 0; i < n_fields; i++)
    if (is_shown (self->item, &fields[i]))
      add_row (self, &fields[i]);
  self->building = FALSE;
}

/* Puts the item's values into the form, keeping an edit in progress. */
void
_pl_details_form_load (PlDetailsPanel *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);
      g_autofree char *value = pl_item_dup_field_string (self->item, row->field);

      if (row->field->kind == PL_FIELD_REF)
        row_update_ref_choices (row);
      row_load (row, value);
    }
}

/* Public API. */

/**
 * pl_details_panel_commit:
 *
 * Offers what is being typed into a field as an edit now, as leaving the
 * field would: before saving, for instance.
 */
void
pl_details_panel_commit (PlDetailsPanel *self)
{
  g_return_if_fail (PL_IS_DETAILS_PANEL (self));

  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      /* Leaving a field commits it: only the focused one can hold more. */
      if (!is_choice_field (row->field) && row_has_focus (row) && row_is_edited (row))
        row_commit (row);
    }
}

GtkWidget *
_pl_details_panel_get_editor (PlDetailsPanel *self,
                              const char *field_name)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (g_strcmp0 (row->field->name, field_name) == 0)
        return row_get_focus_widget (row);
    }
  return NULL;
}

/**
 * pl_details_panel_focus:
 *
 * Moves the focus to the field that names the item shown, else the first,
 * with its words selected to type over: for an item just made.
 */
void
pl_details_panel_focus (PlDetailsPanel *self)
{
  FieldRow *target = NULL;

  g_return_if_fail (PL_IS_DETAILS_PANEL (self));

  for (guint i = 0; i < self->rows->len && target == NULL; i++)
    {
      FieldRow *row = g_ptr_array_index (self->rows, i);

      if (row->field->is_label)
        target = row;
    }
  if (target == NULL && self->rows->len > 0)
    target = g_ptr_array_index (self->rows, 0);
  if (target == NULL)
    return;
  if (target->field->kind == PL_FIELD_TEXT)
    {
      GtkTextView *view = row_get_text_view (target);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_select_range (buffer, &start, &end);
      gtk_widget_grab_focus (GTK_WIDGET (view));
    }
  else
    gtk_widget_grab_focus (target->editor);
}
