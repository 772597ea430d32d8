/* pl-presenter-window.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPresenterWindow"

#include "config.h"

#include "pl-presenter-window.h"

#include <glib/gi18n.h>

#include "pl-key-sheet.h"
#include "pl-presentation.h"
#include "pl-slide-view.h"

#define THUMBNAIL_WIDTH 208
#define THUMBNAIL_HEIGHT 117

struct _PlPresenterWindow
{
  GtkWindow parent_instance;

  /* Template widgets */
  GtkLabel *position_label;
  GtkLabel *elapsed_label;
  GtkLabel *clock_label;
  GtkToggleButton *overview_button;
  GtkStack *stack;
  PlSlideView *current_view;
  GtkLabel *current_title;
  PlSlideView *next_view;
  GtkLabel *next_title;
  GtkLabel *blank_label;
  GtkTextView *notes_view;
  GtkFlowBox *overview;
  PlKeySheet *key_sheet;

  /* Owned references */
  PlPresentation *presentation;
  GtkCssProvider *notes_css;

  guint tick_id;
  guint n_thumbnails; /* slides in the overview */
  gboolean loading_notes;
};

G_DEFINE_FINAL_TYPE (PlPresenterWindow, pl_presenter_window, GTK_TYPE_WINDOW)

static const char *const pace_classes[] = {
  [PL_PACE_NONE] = NULL,
  [PL_PACE_AHEAD] = "pace-ahead",
  [PL_PACE_ON_TIME] = "pace-on-time",
  [PL_PACE_BEHIND] = "pace-behind",
  [PL_PACE_OVER] = "pace-over",
};

/* Helpers */

static char *
format_duration (gint64 us)
{
  gint64 seconds = us / G_USEC_PER_SEC;

  if (seconds >= 3600)
    return g_strdup_printf ("%d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60), (int) (seconds % 60));
  return g_strdup_printf ("%02d:%02d", (int) (seconds / 60), (int) (seconds % 60));
}

static const char *
dup_title (PlSlideDeck *deck,
           guint index)
{
  const char *title = pl_slide_deck_get_slide_title (deck, index);

  return title != NULL ? title : "";
}

static void
update_position (PlPresenterWindow *self)
{
  PlPresentation *p = self->presentation;
  guint n = pl_presentation_get_n_slides (p);
  guint current = pl_presentation_get_current (p);
  const char *typed = pl_presentation_get_typed_number (p);
  g_autofree char *text = NULL;

  if (*typed != '\0')
    /* Translators: a slide number being typed, before Enter goes to it */
    text = g_strdup_printf (_ ("Go to slide %s…"), typed);
  else
    /* Translators: where the presentation is, "Slide 3 of 12" */
    text = g_strdup_printf (_ ("Slide %u of %u"), MIN (current + 1, n), n);
  gtk_label_set_text (self->position_label, text);
}

static void
load_notes (PlPresenterWindow *self)
{
  PlSlideDeck *deck = pl_presentation_get_deck (self->presentation);
  guint current = pl_presentation_get_current (self->presentation);
  const char *notes = current < pl_slide_deck_get_n_slides (deck) ? pl_slide_deck_get_slide_notes (deck, current)
                                                                  : NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);

  self->loading_notes = TRUE;
  gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
  self->loading_notes = FALSE;
}

static void
update_slides (PlPresenterWindow *self)
{
  PlSlideDeck *deck = pl_presentation_get_deck (self->presentation);
  guint n = pl_presentation_get_n_slides (self->presentation);
  guint current = pl_presentation_get_current (self->presentation);
  GtkFlowBoxChild *child;

  pl_slide_view_set_index (self->current_view, (int) current);
  pl_slide_view_set_index (self->next_view, current + 1 < n ? (int) current + 1 : -1);
  gtk_label_set_text (self->current_title, current < n ? dup_title (deck, current) : "");
  gtk_label_set_text (self->next_title, current + 1 < n ? dup_title (deck, current + 1) : _ ("End of the presentation"));
  child = gtk_flow_box_get_child_at_index (self->overview, (int) current);
  if (child != NULL)
    gtk_flow_box_select_child (self->overview, child);
  update_position (self);
  load_notes (self);
}

static GtkWidget *
create_thumbnail (PlPresenterWindow *self,
                  guint index)
{
  PlSlideDeck *deck = pl_presentation_get_deck (self->presentation);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *view = pl_slide_view_new ();
  g_autofree char *text = g_strdup_printf ("%u. %s", index + 1, dup_title (deck, index));
  GtkWidget *label = gtk_label_new (text);

  pl_slide_view_set_deck (PL_SLIDE_VIEW (view), deck);
  pl_slide_view_set_index (PL_SLIDE_VIEW (view), (int) index);
  gtk_widget_set_size_request (view, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_widget_set_tooltip_text (label, dup_title (deck, index));
  gtk_box_append (GTK_BOX (box), view);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static void
fill_overview (PlPresenterWindow *self)
{
  guint n = pl_presentation_get_n_slides (self->presentation);
  GtkWidget *child;

  if (n == self->n_thumbnails)
    return;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->overview))) != NULL)
    gtk_flow_box_remove (self->overview, child);
  for (guint i = 0; i < n; i++)
    gtk_flow_box_append (self->overview, create_thumbnail (self, i));
  self->n_thumbnails = n;
}

static void
update_notes_size (PlPresenterWindow *self)
{
  g_autofree char *css = g_strdup_printf ("textview { font-size: %dpx; }",
                                          pl_presentation_get_notes_size (self->presentation));

  gtk_css_provider_load_from_data (self->notes_css, css, -1);
}

static void
update_blank (PlPresenterWindow *self)
{
  PlSlideBlank blank = pl_presentation_get_blank (self->presentation);

  gtk_widget_set_visible (GTK_WIDGET (self->blank_label), blank != PL_SLIDE_BLANK_NONE);
  gtk_label_set_text (self->blank_label, blank == PL_SLIDE_BLANK_WHITE ? _ ("The audience sees a white screen")
                                                                       : _ ("The audience sees a black screen"));
}

static void
update_overview (PlPresenterWindow *self)
{
  gboolean visible = pl_presentation_get_overview_visible (self->presentation);
  GtkFlowBoxChild *child;

  gtk_stack_set_visible_child_name (self->stack, visible ? "overview" : "console");
  child = gtk_flow_box_get_child_at_index (self->overview, (int) pl_presentation_get_current (self->presentation));
  if (visible && child != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (child));
  else if (!visible)
    gtk_widget_grab_focus (GTK_WIDGET (self->current_view));
}

static gboolean
tick_cb (gpointer data)
{
  PlPresenterWindow *self = data;

  _pl_presenter_window_update_time (self, pl_presentation_get_elapsed (self->presentation));
  return G_SOURCE_CONTINUE;
}

/* Callbacks */

static void
presentation_notify_cb (PlPresenterWindow *self,
                        GParamSpec *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "current"))
    update_slides (self);
  else if (g_str_equal (name, "typed-number"))
    update_position (self);
  else if (g_str_equal (name, "notes-size"))
    update_notes_size (self);
  else if (g_str_equal (name, "blank"))
    update_blank (self);
  else if (g_str_equal (name, "overview-visible"))
    update_overview (self);
}

static void
briefing_changed_cb (PlPresenterWindow *self)
{
  if (self->loading_notes)
    return;
  fill_overview (self);
  update_position (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->current_view));
  gtk_widget_queue_draw (GTK_WIDGET (self->next_view));
}

static void
notes_changed_cb (PlPresenterWindow *self,
                  GtkTextBuffer *buffer)
{
  PlSlideDeck *deck = pl_presentation_get_deck (self->presentation);
  guint current = pl_presentation_get_current (self->presentation);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->loading_notes || current >= pl_slide_deck_get_n_slides (deck))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  self->loading_notes = TRUE; /* the briefing's "changed" is ours */
  pl_presentation_set_slide_notes (self->presentation, current, *text != '\0' ? text : NULL);
  self->loading_notes = FALSE;
}

static void
overview_activated_cb (PlPresenterWindow *self,
                       GtkFlowBoxChild *child)
{
  GActionGroup *actions = pl_presentation_get_actions (self->presentation);

  g_action_group_activate_action (actions, "go-to", g_variant_new_uint32 (gtk_flow_box_child_get_index (child)));
  g_action_group_activate_action (actions, "overview", NULL);
}

/* Escape in the notes ends the editing, not the presentation. */
static gboolean
notes_key_pressed_cb (PlPresenterWindow *self,
                      guint keyval,
                      guint keycode,
                      GdkModifierType state)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->current_view));
  return TRUE;
}

static void
stop_clicked_cb (PlPresenterWindow *self)
{
  pl_presentation_stop (self->presentation);
}

/* GObject */

static void
pl_presenter_window_dispose (GObject *object)
{
  PlPresenterWindow *self = PL_PRESENTER_WINDOW (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PL_TYPE_PRESENTER_WINDOW);
  g_clear_object (&self->presentation);
  g_clear_object (&self->notes_css);
  G_OBJECT_CLASS (pl_presenter_window_parent_class)->dispose (object);
}

static void
pl_presenter_window_class_init (PlPresenterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pl_presenter_window_dispose;

  g_type_ensure (PL_TYPE_SLIDE_VIEW);
  g_type_ensure (PL_TYPE_KEY_SHEET);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/phaseline/Phaseline/ui/pl-presenter-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, position_label);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, clock_label);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, overview_button);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, current_view);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, current_title);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, next_view);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, next_title);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, blank_label);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, overview);
  gtk_widget_class_bind_template_child (widget_class, PlPresenterWindow, key_sheet);
  gtk_widget_class_bind_template_callback (widget_class, overview_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_clicked_cb);
}

static void
pl_presenter_window_init (PlPresenterWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->notes_css = gtk_css_provider_new ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->notes_view)),
                                  GTK_STYLE_PROVIDER (self->notes_css), GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed", G_CALLBACK (notes_changed_cb),
                           self, G_CONNECT_SWAPPED);
  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (notes_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->notes_view), controller);
}

/**
 * pl_presenter_window_new:
 * @presentation: what to show; the window holds it
 */
GtkWidget *
pl_presenter_window_new (PlPresentation *presentation)
{
  PlPresenterWindow *self;
  PlSlideDeck *deck;

  g_return_val_if_fail (PL_IS_PRESENTATION (presentation), NULL);

  self = g_object_new (PL_TYPE_PRESENTER_WINDOW, NULL);
  self->presentation = g_object_ref (presentation);
  deck = pl_presentation_get_deck (presentation);
  pl_slide_view_set_deck (self->current_view, deck);
  pl_slide_view_set_deck (self->next_view, deck);
  g_object_bind_property (presentation, "keys-visible", self->key_sheet, "visible", G_BINDING_SYNC_CREATE);
  g_object_bind_property (presentation, "overview-visible", self->overview_button, "active",
                          G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  g_signal_connect_object (presentation, "notify", G_CALLBACK (presentation_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (pl_presentation_get_briefing (presentation), "changed", G_CALLBACK (briefing_changed_cb),
                           self, G_CONNECT_SWAPPED);
  pl_presentation_add_key_controller (presentation, GTK_WIDGET (self));

  fill_overview (self);
  update_slides (self);
  update_notes_size (self);
  update_blank (self);
  _pl_presenter_window_update_time (self, 0);
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  gtk_widget_grab_focus (GTK_WIDGET (self->current_view));
  return GTK_WIDGET (self);
}

GtkWidget *
_pl_presenter_window_get_current_view (PlPresenterWindow *self)
{
  return GTK_WIDGET (self->current_view);
}

GtkWidget *
_pl_presenter_window_get_next_view (PlPresenterWindow *self)
{
  return GTK_WIDGET (self->next_view);
}

GtkTextView *
_pl_presenter_window_get_notes_view (PlPresenterWindow *self)
{
  return self->notes_view;
}

GtkFlowBox *
_pl_presenter_window_get_overview (PlPresenterWindow *self)
{
  return self->overview;
}

const char *
_pl_presenter_window_get_position_text (PlPresenterWindow *self)
{
  return gtk_label_get_text (self->position_label);
}

const char *
_pl_presenter_window_get_elapsed_text (PlPresenterWindow *self)
{
  return gtk_label_get_text (self->elapsed_label);
}

/* The pace is a colour on screen; a screen reader reads it in words, and
 * so does the tooltip. GTK 4.8 has no live regions: the description is
 * read when the time gets the focus or is asked for. */
static void
describe_pace (PlPresenterWindow *self,
               PlPace pace)
{
  static const char *const words[] = {
    [PL_PACE_NONE] = NULL,
    /* Translators: the pace of a presentation against its target time */
    [PL_PACE_AHEAD] = N_ ("Ahead of time"),
    /* Translators: the pace of a presentation against its target time */
    [PL_PACE_ON_TIME] = N_ ("On time"),
    /* Translators: the pace of a presentation against its target time */
    [PL_PACE_BEHIND] = N_ ("Behind time"),
    /* Translators: the pace of a presentation against its target time */
    [PL_PACE_OVER] = N_ ("Over the target time"),
  };
  const char *intro = _ ("Time since the presentation started, against the target");
  g_autofree char *description = NULL;

  if ((guint) pace < G_N_ELEMENTS (words) && words[pace] != NULL)
    description = g_strdup_printf ("%s. %s.", _ (words[pace]), intro);
  else
    description = g_strdup (intro);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->elapsed_label)), description) == 0)
    return;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->elapsed_label), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->elapsed_label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

/**
 * _pl_presenter_window_update_time:
 * @elapsed_us: the time to show as used
 *
 * Shows the time used against the target, coloured by the pace, and the
 * clock. The window calls it every second; tests call it with chosen
 * times.
 */
void
_pl_presenter_window_update_time (PlPresenterWindow *self,
                                  gint64 elapsed_us)
{
  guint duration = pl_presentation_get_duration (self->presentation);
  PlPace pace = pl_presentation_get_pace (self->presentation, elapsed_us);
  g_autofree char *elapsed = format_duration (elapsed_us);
  g_autofree char *target = NULL;
  g_autofree char *text = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = g_date_time_format (now, "%X");

  if (duration > 0)
    {
      target = format_duration ((gint64) duration * 60 * G_USEC_PER_SEC);
      /* Translators: time used of the target duration, "12:30 of 20:00" */
      text = g_strdup_printf (_ ("%s of %s"), elapsed, target);
    }
  gtk_label_set_text (self->elapsed_label, text != NULL ? text : elapsed);
  for (guint i = 0; i < G_N_ELEMENTS (pace_classes); i++)
    if (pace_classes[i] != NULL)
      {
        if (i == pace)
          gtk_widget_add_css_class (GTK_WIDGET (self->elapsed_label), pace_classes[i]);
        else
          gtk_widget_remove_css_class (GTK_WIDGET (self->elapsed_label), pace_classes[i]);
      }
  gtk_label_set_text (self->clock_label, clock);
  describe_pace (self, pace);
}
