/* pl-window.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlWindow"

#include "config.h"

#include "pl-window.h"

#include <glib/gi18n.h>

#include "pl-diagnostic.h"
#include "pl-error-banner.h"
#include "pl-file.h"
#include "pl-item-row.h"
#include "pl-labels.h"
#include "pl-loader.h"
#include "pl-phase-row.h"
#include "pl-reaction-row.h"
#include "pl-risk-row.h"
#include "pl-window-private.h"

/* What a load needs in its thread and leaves for the main thread. */
typedef struct
{
  GPtrArray *files;       /* owned, of GFile */
  GPtrArray *diagnostics; /* owned, of PlDiagnostic */
} LoadData;

G_DEFINE_FINAL_TYPE (PlWindow, pl_window, GTK_TYPE_APPLICATION_WINDOW)

enum
{
  PROP_0,
  PROP_BRIEFING,
  PROP_BUSY,
  PROP_SIDEBAR_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
load_data_free (LoadData *data)
{
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_clear_pointer (&data->diagnostics, g_ptr_array_unref);
  g_free (data);
}

static GSettings *
get_settings (PlWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return PL_IS_APPLICATION (app) ? pl_application_get_settings (PL_APPLICATION (app)) : NULL;
}

static gboolean
is_empty (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Where the briefing came from, for the header bar's second line. */
static char *
dup_origin (PlWindow *self)
{
  guint n_files = self->files->len;

  if (self->briefing == NULL)
    return g_strdup (self->n_busy > 0 ? _ ("Opening…") : _ ("No briefing open"));
  if (self->is_builtin)
    return g_strdup (_ ("Built-in example briefing"));
  if (n_files == 1)
    {
      g_autofree char *display = pl_file_dup_display (g_ptr_array_index (self->files, 0));
      return g_path_get_basename (display);
    }
  if (n_files > 1)
    /* Translators: the briefing was made by merging several files */
    return g_strdup_printf (ngettext ("Merged from %u file", "Merged from %u files", n_files), n_files);
  return g_strdup (_ ("Unsaved briefing"));
}

static char *
dup_origin_tooltip (PlWindow *self)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < self->files->len; i++)
    {
      g_autofree char *display = pl_file_dup_display (g_ptr_array_index (self->files, i));

      if (i > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, display);
    }
  return g_string_free (str, str->len == 0);
}

static const char *
get_display_title (PlWindow *self)
{
  const char *title;

  if (self->briefing == NULL)
    return PACKAGE_NAME;
  title = pl_briefing_get_title (self->briefing);
  return is_empty (title) ? _ ("Untitled Briefing") : title;
}

static void
update_title (PlWindow *self)
{
  g_autofree char *origin = dup_origin (self);
  g_autofree char *tooltip = dup_origin_tooltip (self);
  const char *title = get_display_title (self);

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_label (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
  gtk_label_set_label (self->subtitle_label, origin);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), tooltip);
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), TRUE);
}

static void
set_optional_text (GtkLabel *label,
                   const char *text)
{
  gtk_label_set_label (label, is_empty (text) ? "" : text);
  gtk_widget_set_visible (GTK_WIDGET (label), !is_empty (text));
}

/* “By …  ·  Published …  ·  3 sources” below the briefing's title. */
static char *
dup_heading_meta (PlBriefing *briefing)
{
  g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *published = pl_date_format_display (pl_briefing_get_published (briefing));
  guint n_sources = g_list_model_get_n_items (pl_briefing_get_sources (briefing));

  if (!is_empty (pl_briefing_get_byline (briefing)))
    g_ptr_array_add (parts, g_strdup (pl_briefing_get_byline (briefing)));
  if (published != NULL)
    /* Translators: when the briefing was published, as in “Published 14 October 2025” */
    g_ptr_array_add (parts, g_strdup_printf (_ ("Published %s"), published));
  if (n_sources == 0)
    g_ptr_array_add (parts, g_strdup (_ ("No sources")));
  else
    /* Translators: how many articles the briefing draws on */
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u source", "%u sources", n_sources), n_sources));
  g_ptr_array_add (parts, NULL);

  /* Translators: the separator between the parts of the byline line */
  return g_strjoinv (_ ("  ·  "), (char **) parts->pdata);
}

static void
update_heading (PlWindow *self)
{
  g_autofree char *meta = NULL;

  if (self->briefing == NULL)
    return;

  meta = dup_heading_meta (self->briefing);
  gtk_label_set_label (self->heading_title, get_display_title (self));
  set_optional_text (self->heading_subtitle, pl_briefing_get_subtitle (self->briefing));
  gtk_label_set_label (self->heading_meta, meta);
}

static void
show_list_or_placeholder (GtkStack *stack,
                          GListModel *model)
{
  gtk_stack_set_visible_child_name (stack, g_list_model_get_n_items (model) > 0 ? "list" : "empty");
}

static void
update_content (PlWindow *self)
{
  if (self->briefing != NULL)
    {
      show_list_or_placeholder (self->phase_stack, pl_briefing_get_phases (self->briefing));
      show_list_or_placeholder (self->reaction_stack, pl_briefing_get_reactions (self->briefing));
      show_list_or_placeholder (self->risk_stack, pl_briefing_get_risks (self->briefing));
      gtk_stack_set_visible_child_name (self->content_stack, "briefing");
    }
  else
    gtk_stack_set_visible_child_name (self->content_stack, self->n_busy > 0 ? "loading" : "empty");
}

static void
briefing_changed_cb (PlWindow *self)
{
  update_title (self);
  update_heading (self);
  update_content (self);
}

static void
set_list_model (GtkListView *list_view,
                GListModel *model)
{
  g_autoptr (GtkNoSelection) selection = gtk_no_selection_new (g_object_ref (model));
  GtkAdjustment *vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list_view));

  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (selection));
  if (vadjustment != NULL)
    gtk_adjustment_set_value (vadjustment, 0);
}

static void
set_files (PlWindow *self,
           GFile **files,
           guint n_files,
           gboolean is_builtin)
{
  g_ptr_array_set_size (self->files, 0);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (self->files, g_object_ref (files[i]));
  self->is_builtin = is_builtin;
}

static void
set_briefing (PlWindow *self,
              PlBriefing *briefing)
{
  g_set_object (&self->briefing, briefing);
  g_signal_group_set_target (self->briefing_signals, briefing);

  set_list_model (self->phase_list, pl_briefing_get_phases (briefing));
  set_list_model (self->reaction_list, pl_briefing_get_reactions (briefing));
  set_list_model (self->risk_list, pl_briefing_get_risks (briefing));
  briefing_changed_cb (self);
  _pl_window_actions_update (self);

  if (gtk_window_get_focus (GTK_WINDOW (self)) == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->phase_list));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BRIEFING]);
}

static void
load_thread (GTask *task,
             gpointer source_object,
             gpointer task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  PlBriefing *briefing;

  briefing = pl_load_files ((GFile **) data->files->pdata, data->files->len, data->diagnostics,
                            &error);
  if (briefing == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, briefing, g_object_unref);
}

static void
show_load_result (PlWindow *self,
                  PlBriefing *briefing,
                  GError *error,
                  LoadData *data)
{
  if (briefing == NULL)
    {
      /* The briefing shown before, if any, stays. */
      _pl_window_show_error (self, _ ("Could not open the briefing"), error->message,
                             data->diagnostics);
      return;
    }

  pl_error_banner_dismiss (self->error_banner);
  set_files (self, (GFile **) data->files->pdata, data->files->len, FALSE);
  set_briefing (self, briefing);
}

static void
load_finished_cb (GObject *object,
                  GAsyncResult *result,
                  gpointer user_data)
{
  PlWindow *self = PL_WINDOW (object);
  g_autoptr (PlBriefing) briefing = NULL;
  g_autoptr (GError) error = NULL;

  briefing = g_task_propagate_pointer (G_TASK (result), &error);

  /* Unless a newer load replaced this one, or the window was closed. */
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && !self->disposed)
    show_load_result (self, briefing, error, g_task_get_task_data (G_TASK (result)));
  _pl_window_end_busy (self);
}

/* The sidebar's width is restored once the paned knows its own width:
 * the paned's position counts from the start, the setting from the end. */
static void
paned_max_position_cb (PlWindow *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self->paned));

  if (!self->sidebar_width_pending || !self->sidebar_visible || width <= 0)
    return;

  self->sidebar_width_pending = FALSE;
  gtk_paned_set_position (self->paned, MAX (0, width - self->sidebar_width));
}

static void
set_sidebar_visible (PlWindow *self,
                     gboolean visible)
{
  visible = !!visible;
  if (self->sidebar_visible == visible)
    return;

  self->sidebar_visible = visible;
  gtk_widget_set_visible (self->sidebar, visible);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIDEBAR_VISIBLE]);
}

static void
restore_state (PlWindow *self,
               GSettings *settings)
{
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  self->sidebar_width = g_settings_get_int (settings, "sidebar-width");
  self->sidebar_width_pending = TRUE;
  g_settings_bind (settings, "sidebar-visible", self, "sidebar-visible", G_SETTINGS_BIND_DEFAULT);
}

static void
save_state (PlWindow *self,
            GSettings *settings)
{
  gboolean maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  int paned_width = gtk_widget_get_width (GTK_WIDGET (self->paned));
  int width;
  int height;

  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", maximized);
  if (!maximized)
    {
      /* GTK keeps the default size up to date while not maximized. */
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (settings, "window-width", CLAMP (width, 360, 16384));
      g_settings_set_int (settings, "window-height", CLAMP (height, 300, 16384));
    }
  if (self->sidebar_visible && !self->sidebar_width_pending && paned_width > 0)
    {
      width = paned_width - gtk_paned_get_position (self->paned);
      g_settings_set_int (settings, "sidebar-width", CLAMP (width, 200, 4096));
    }
  g_settings_apply (settings);
}

static gboolean
pl_window_close_request (GtkWindow *window)
{
  PlWindow *self = PL_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    save_state (self, settings);
  return GTK_WINDOW_CLASS (pl_window_parent_class)->close_request (window);
}

static void
pl_window_dispose (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  /* Loads and writes still running finish into a window without widgets. */
  self->disposed = TRUE;
  g_cancellable_cancel (self->load_cancellable);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  g_signal_group_set_target (self->briefing_signals, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_WINDOW);

  g_clear_object (&self->briefing);
  g_clear_object (&self->load_cancellable);
  G_OBJECT_CLASS (pl_window_parent_class)->dispose (object);
}

static void
pl_window_finalize (GObject *object)
{
  PlWindow *self = PL_WINDOW (object);

  g_clear_pointer (&self->files, g_ptr_array_unref);
  g_clear_object (&self->briefing_signals);
  G_OBJECT_CLASS (pl_window_parent_class)->finalize (object);
}

static void
pl_window_get_property (GObject *object,
                        guint prop_id,
                        GValue *value,
                        GParamSpec *pspec)
{
  PlWindow *self = PL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_BRIEFING:
      g_value_set_object (value, self->briefing);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, self->n_busy > 0);
      break;

    case PROP_SIDEBAR_VISIBLE:
      g_value_set_boolean (value, self->sidebar_visible);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_window_set_property (GObject *object,
                        guint prop_id,
                        const GValue *value,
                        GParamSpec *pspec)
{
  PlWindow *self = PL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_VISIBLE:
      set_sidebar_visible (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_window_class_init (PlWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pl_window_dispose;
  object_class->finalize = pl_window_finalize;
  object_class->get_property = pl_window_get_property;
  object_class->set_property = pl_window_set_property;
  window_class->close_request = pl_window_close_request;

  properties[PROP_BRIEFING] =
      g_param_spec_object ("briefing", NULL, NULL, PL_TYPE_BRIEFING,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
      g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_VISIBLE] =
      g_param_spec_boolean ("sidebar-visible", NULL, NULL, TRUE,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PL_TYPE_ERROR_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/pl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, error_banner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, heading_title);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, heading_subtitle);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, heading_meta);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, phase_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, phase_list);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, reaction_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, reaction_list);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, risk_stack);
  gtk_widget_class_bind_template_child (widget_class, PlWindow, risk_list);
  gtk_widget_class_bind_template_callback (widget_class, paned_max_position_cb);

  _pl_window_class_actions_init (widget_class);
}

static void
pl_window_init (PlWindow *self)
{
  g_autoptr (GtkListItemFactory) phase_factory = pl_item_row_factory_new (PL_TYPE_PHASE_ROW);
  g_autoptr (GtkListItemFactory) reaction_factory = pl_item_row_factory_new (PL_TYPE_REACTION_ROW);
  g_autoptr (GtkListItemFactory) risk_factory = pl_item_row_factory_new (PL_TYPE_RISK_ROW);

  self->files = g_ptr_array_new_with_free_func (g_object_unref);
  self->sidebar_visible = TRUE;
  self->briefing_signals = g_signal_group_new (PL_TYPE_BRIEFING);
  g_signal_group_connect_object (self->briefing_signals, "changed",
                                 G_CALLBACK (briefing_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_view_set_factory (self->phase_list, phase_factory);
  gtk_list_view_set_factory (self->reaction_list, reaction_factory);
  gtk_list_view_set_factory (self->risk_list, risk_factory);

  update_title (self);
  update_content (self);
  _pl_window_actions_update (self);
}

/**
 * pl_window_new:
 * @application: the application, which has started up
 *
 * Returns: (transfer full): a new window, sized and laid out as the last
 *   one closed, showing nothing until a briefing is opened
 */
PlWindow *
pl_window_new (PlApplication *application)
{
  PlWindow *self;

  g_return_val_if_fail (PL_IS_APPLICATION (application), NULL);

  self = g_object_new (PL_TYPE_WINDOW, "application", application, NULL);
  restore_state (self, pl_application_get_settings (application));
  return self;
}

/**
 * pl_window_get_briefing:
 *
 * Returns: (transfer none) (nullable): the briefing shown
 */
PlBriefing *
pl_window_get_briefing (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), NULL);
  return self->briefing;
}

/**
 * pl_window_get_busy:
 *
 * Returns: whether a briefing is being opened, saved or exported
 */
gboolean
pl_window_get_busy (PlWindow *self)
{
  g_return_val_if_fail (PL_IS_WINDOW (self), FALSE);
  return self->n_busy > 0;
}

/**
 * pl_window_show_builtin:
 *
 * Shows the example briefing that comes with Phaseline.
 */
void
pl_window_show_builtin (PlWindow *self)
{
  g_autoptr (PlBriefing) briefing = NULL;

  g_return_if_fail (PL_IS_WINDOW (self));

  /* A small resource: no need for a thread. */
  briefing = pl_builtin_briefing_new ();
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  pl_error_banner_dismiss (self->error_banner);
  set_files (self, NULL, 0, TRUE);
  set_briefing (self, briefing);
}

/**
 * pl_window_open:
 * @files: (array length=n_files): the files to open, merged into one
 *   briefing when there are several
 *
 * Starts opening @files in a worker thread, replacing any load already
 * under way. On success the window shows the new briefing; on failure it
 * keeps the briefing it showed and says what went wrong.
 */
void
pl_window_open (PlWindow *self,
                GFile **files,
                guint n_files)
{
  g_autoptr (GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (PL_IS_WINDOW (self));
  g_return_if_fail (files != NULL && n_files > 0);

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));
  data->diagnostics = pl_diagnostics_new ();

  task = g_task_new (self, self->load_cancellable, load_finished_cb, NULL);
  g_task_set_source_tag (task, pl_window_open);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  _pl_window_begin_busy (self);
  g_task_run_in_thread (task, load_thread);
}

void
_pl_window_begin_busy (PlWindow *self)
{
  if (self->n_busy++ > 0)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  gtk_spinner_start (self->loading_spinner);
  update_title (self);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
_pl_window_end_busy (PlWindow *self)
{
  g_return_if_fail (self->n_busy > 0);

  if (--self->n_busy > 0 || self->disposed)
    return;

  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_spinner_stop (self->loading_spinner);
  update_title (self);
  update_content (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

void
_pl_window_show_error (PlWindow *self,
                       const char *heading,
                       const char *message,
                       GPtrArray *diagnostics)
{
  pl_error_banner_show (self->error_banner, heading, message, diagnostics);
}

/**
 * _pl_window_get_file:
 *
 * Returns: (transfer none) (nullable): the file Save writes to: the one
 *   file the briefing was opened from or last saved to
 */
GFile *
_pl_window_get_file (PlWindow *self)
{
  return self->files->len == 1 ? g_ptr_array_index (self->files, 0) : NULL;
}

void
_pl_window_set_file (PlWindow *self,
                     GFile *file)
{
  set_files (self, &file, 1, FALSE);
  update_title (self);
}

const char *
_pl_window_get_title_text (PlWindow *self)
{
  return gtk_label_get_label (self->title_label);
}

const char *
_pl_window_get_subtitle_text (PlWindow *self)
{
  return gtk_label_get_label (self->subtitle_label);
}

PlErrorBanner *
_pl_window_get_error_banner (PlWindow *self)
{
  return self->error_banner;
}

GtkListView *
_pl_window_get_phase_list (PlWindow *self)
{
  return self->phase_list;
}
