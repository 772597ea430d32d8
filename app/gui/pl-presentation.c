/* pl-presentation.c
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "PlPresentation"

#include "config.h"

#include "pl-presentation-private.h"

#include <glib/gi18n.h>

#include "pl-application.h"
#include "pl-audience-window.h"
#include "pl-presenter-window.h"

G_DEFINE_FINAL_TYPE (PlPresentation, pl_presentation, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CURRENT,
  PROP_BLANK,
  PROP_WINDOWED,
  PROP_KEYS_VISIBLE,
  PROP_OVERVIEW_VISIBLE,
  PROP_TYPED_NUMBER,
  PROP_NOTES_SIZE,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers */

static void
set_flag (PlPresentation *self,
          guint prop_id,
          gboolean value)
{
  gboolean old = FALSE;

  switch (prop_id)
    {
    case PROP_KEYS_VISIBLE:
      old = self->keys_visible;
      self->keys_visible = value;
      break;
    case PROP_OVERVIEW_VISIBLE:
      old = self->overview_visible;
      self->overview_visible = value;
      break;
    default:
      g_assert_not_reached ();
    }
  if (old != value)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
clear_typed (PlPresentation *self)
{
  if (self->typed->len == 0)
    return;
  g_string_truncate (self->typed, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPED_NUMBER]);
}

static void
step (PlPresentation *self,
      int delta)
{
  guint n = pl_presentation_get_n_slides (self);
  gint64 index = (gint64) self->current + delta;

  clear_typed (self);
  if (n > 0)
    pl_presentation_go_to (self, (guint) CLAMP (index, 0, (gint64) n - 1));
}

static void
toggle_blank (PlPresentation *self,
              PlSlideBlank blank)
{
  clear_typed (self);
  pl_presentation_set_blank (self, self->blank == blank ? PL_SLIDE_BLANK_NONE : blank);
}

/* Callbacks */

static void
window_destroy_cb (GtkWidget *window,
                   PlPresentation *self)
{
  if ((GtkWidget *) self->audience == window)
    self->audience = NULL;
  if ((GtkWidget *) self->presenter == window)
    self->presenter = NULL;
  pl_presentation_stop (self);
}

static void
briefing_changed_cb (PlPresentation *self)
{
  guint n = pl_presentation_get_n_slides (self);

  if (n > 0 && self->current >= n)
    pl_presentation_go_to (self, n - 1);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint keyval,
                guint keycode,
                GdkModifierType state,
                PlPresentation *self)
{
  return pl_presentation_handle_key (self, keyval, state);
}

/* Actions */

static void
next_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer data)
{
  step (data, 1);
}

static void
previous_activated (GSimpleAction *action,
                    GVariant *parameter,
                    gpointer data)
{
  step (data, -1);
}

static void
first_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer data)
{
  step (data, G_MININT);
}

static void
last_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer data)
{
  step (data, G_MAXINT);
}

static void
go_to_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer data)
{
  PlPresentation *self = data;
  guint index = g_variant_get_uint32 (parameter);

  clear_typed (self);
  if (index < pl_presentation_get_n_slides (self))
    pl_presentation_go_to (self, index);
}

static void
black_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer data)
{
  toggle_blank (data, PL_SLIDE_BLANK_BLACK);
}

static void
white_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer data)
{
  toggle_blank (data, PL_SLIDE_BLANK_WHITE);
}

/* Escape undoes the last thing first: a typed number, the key sheet, the
 * overview, a black or white screen; then it ends the presentation. */
static void
leave_activated (GSimpleAction *action,
                 GVariant *parameter,
                 gpointer data)
{
  PlPresentation *self = data;

  if (self->typed->len > 0)
    clear_typed (self);
  else if (self->keys_visible)
    set_flag (self, PROP_KEYS_VISIBLE, FALSE);
  else if (self->overview_visible)
    set_flag (self, PROP_OVERVIEW_VISIBLE, FALSE);
  else if (self->blank != PL_SLIDE_BLANK_NONE)
    pl_presentation_set_blank (self, PL_SLIDE_BLANK_NONE);
  else
    pl_presentation_stop (self);
}

static void
swap_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer data)
{
  _pl_presentation_swap_screens (data);
}

static void
fullscreen_activated (GSimpleAction *action,
                      GVariant *parameter,
                      gpointer data)
{
  PlPresentation *self = data;

  pl_presentation_set_windowed (self, !self->windowed);
}

static void
keys_activated (GSimpleAction *action,
                GVariant *parameter,
                gpointer data)
{
  PlPresentation *self = data;

  set_flag (self, PROP_KEYS_VISIBLE, !self->keys_visible);
}

static void
overview_activated (GSimpleAction *action,
                    GVariant *parameter,
                    gpointer data)
{
  PlPresentation *self = data;

  set_flag (self, PROP_OVERVIEW_VISIBLE, !self->overview_visible);
}

static void
notes_larger_activated (GSimpleAction *action,
                        GVariant *parameter,
                        gpointer data)
{
  PlPresentation *self = data;

  pl_presentation_set_notes_size (self, self->notes_size + 2);
}

static void
notes_smaller_activated (GSimpleAction *action,
                         GVariant *parameter,
                         gpointer data)
{
  PlPresentation *self = data;

  pl_presentation_set_notes_size (self, self->notes_size - 2);
}

static const GActionEntry action_entries[] = {
  { "next", next_activated, NULL, NULL, NULL, { 0 } },
  { "previous", previous_activated, NULL, NULL, NULL, { 0 } },
  { "first", first_activated, NULL, NULL, NULL, { 0 } },
  { "last", last_activated, NULL, NULL, NULL, { 0 } },
  { "go-to", go_to_activated, "u", NULL, NULL, { 0 } },
  { "black", black_activated, NULL, NULL, NULL, { 0 } },
  { "white", white_activated, NULL, NULL, NULL, { 0 } },
  { "leave", leave_activated, NULL, NULL, NULL, { 0 } },
  { "swap-screens", swap_activated, NULL, NULL, NULL, { 0 } },
  { "toggle-fullscreen", fullscreen_activated, NULL, NULL, NULL, { 0 } },
  { "show-keys", keys_activated, NULL, NULL, NULL, { 0 } },
  { "overview", overview_activated, NULL, NULL, NULL, { 0 } },
  { "notes-larger", notes_larger_activated, NULL, NULL, NULL, { 0 } },
  { "notes-smaller", notes_smaller_activated, NULL, NULL, NULL, { 0 } },
};

/* The keys, in one table: both windows share them. */
static const struct
{
  guint keyval;
  gboolean control;
  const char *action;
} keys[] = {
  { GDK_KEY_Right, FALSE, "next" },
  { GDK_KEY_KP_Right, FALSE, "next" },
  { GDK_KEY_Down, FALSE, "next" },
  { GDK_KEY_space, FALSE, "next" },
  { GDK_KEY_Page_Down, FALSE, "next" },
  { GDK_KEY_KP_Page_Down, FALSE, "next" },
  { GDK_KEY_Left, FALSE, "previous" },
  { GDK_KEY_KP_Left, FALSE, "previous" },
  { GDK_KEY_Up, FALSE, "previous" },
  { GDK_KEY_Page_Up, FALSE, "previous" },
  { GDK_KEY_KP_Page_Up, FALSE, "previous" },
  { GDK_KEY_BackSpace, FALSE, "previous" },
  { GDK_KEY_Home, FALSE, "first" },
  { GDK_KEY_KP_Home, FALSE, "first" },
  { GDK_KEY_End, FALSE, "last" },
  { GDK_KEY_KP_End, FALSE, "last" },
  { GDK_KEY_b, FALSE, "black" },
  { GDK_KEY_B, FALSE, "black" },
  { GDK_KEY_period, FALSE, "black" },
  { GDK_KEY_w, FALSE, "white" },
  { GDK_KEY_W, FALSE, "white" },
  { GDK_KEY_comma, FALSE, "white" },
  { GDK_KEY_Escape, FALSE, "leave" },
  { GDK_KEY_s, FALSE, "swap-screens" },
  { GDK_KEY_S, FALSE, "swap-screens" },
  { GDK_KEY_f, FALSE, "toggle-fullscreen" },
  { GDK_KEY_F, FALSE, "toggle-fullscreen" },
  { GDK_KEY_question, FALSE, "show-keys" },
  { GDK_KEY_F1, FALSE, "show-keys" },
  { GDK_KEY_o, FALSE, "overview" },
  { GDK_KEY_O, FALSE, "overview" },
  { GDK_KEY_plus, TRUE, "notes-larger" },
  { GDK_KEY_equal, TRUE, "notes-larger" },
  { GDK_KEY_KP_Add, TRUE, "notes-larger" },
  { GDK_KEY_minus, TRUE, "notes-smaller" },
  { GDK_KEY_KP_Subtract, TRUE, "notes-smaller" },
};

static gboolean
handle_digit (PlPresentation *self,
              guint keyval)
{
  guint32 c = gdk_keyval_to_unicode (keyval);
  guint64 number;

  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    c = '0' + (keyval - GDK_KEY_KP_0);
  if (c >= '0' && c <= '9')
    {
      if (self->typed->len < MAX_TYPED_DIGITS)
        {
          g_string_append_c (self->typed, (char) c);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TYPED_NUMBER]);
        }
      return TRUE;
    }
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && self->typed->len > 0)
    {
      number = g_ascii_strtoull (self->typed->str, NULL, 10);
      clear_typed (self);
      if (number >= 1 && number <= pl_presentation_get_n_slides (self))
        pl_presentation_go_to (self, (guint) number - 1);
      return TRUE;
    }
  return FALSE;
}

/* GObject */

static void
pl_presentation_dispose (GObject *object)
{
  PlPresentation *self = PL_PRESENTATION (object);

  _pl_presentation_uninhibit (self);
  g_clear_weak_pointer (&self->application);
  g_clear_weak_pointer (&self->audience_monitor);
  g_clear_weak_pointer (&self->presenter_monitor);
  g_clear_object (&self->deck);
  g_clear_object (&self->history);
  g_clear_object (&self->actions);
  G_OBJECT_CLASS (pl_presentation_parent_class)->dispose (object);
}

static void
pl_presentation_finalize (GObject *object)
{
  PlPresentation *self = PL_PRESENTATION (object);

  g_string_free (self->typed, TRUE);
  G_OBJECT_CLASS (pl_presentation_parent_class)->finalize (object);
}

static void
pl_presentation_get_property (GObject *object,
                              guint prop_id,
                              GValue *value,
                              GParamSpec *pspec)
{
  PlPresentation *self = PL_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_uint (value, self->current);
      break;
    case PROP_BLANK:
      g_value_set_int (value, self->blank);
      break;
    case PROP_WINDOWED:
      g_value_set_boolean (value, self->windowed);
      break;
    case PROP_KEYS_VISIBLE:
      g_value_set_boolean (value, self->keys_visible);
      break;
    case PROP_OVERVIEW_VISIBLE:
      g_value_set_boolean (value, self->overview_visible);
      break;
    case PROP_TYPED_NUMBER:
      g_value_set_string (value, self->typed->str);
      break;
    case PROP_NOTES_SIZE:
      g_value_set_int (value, self->notes_size);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_presentation_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  PlPresentation *self = PL_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      pl_presentation_go_to (self, g_value_get_uint (value));
      break;
    case PROP_BLANK:
      pl_presentation_set_blank (self, g_value_get_int (value));
      break;
    case PROP_WINDOWED:
      pl_presentation_set_windowed (self, g_value_get_boolean (value));
      break;
    case PROP_KEYS_VISIBLE:
    case PROP_OVERVIEW_VISIBLE:
      set_flag (self, prop_id, g_value_get_boolean (value));
      break;
    case PROP_NOTES_SIZE:
      pl_presentation_set_notes_size (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pl_presentation_class_init (PlPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = pl_presentation_dispose;
  object_class->finalize = pl_presentation_finalize;
  object_class->get_property = pl_presentation_get_property;
  object_class->set_property = pl_presentation_set_property;

  properties[PROP_CURRENT] = g_param_spec_uint ("current", NULL, NULL, 0, G_MAXUINT, 0, rw);
  properties[PROP_BLANK] =
      g_param_spec_int ("blank", NULL, NULL, PL_SLIDE_BLANK_NONE, PL_SLIDE_BLANK_WHITE, PL_SLIDE_BLANK_NONE, rw);
  properties[PROP_WINDOWED] = g_param_spec_boolean ("windowed", NULL, NULL, FALSE, rw);
  properties[PROP_KEYS_VISIBLE] = g_param_spec_boolean ("keys-visible", NULL, NULL, FALSE, rw);
  properties[PROP_OVERVIEW_VISIBLE] = g_param_spec_boolean ("overview-visible", NULL, NULL, FALSE, rw);
  properties[PROP_TYPED_NUMBER] =
      g_param_spec_string ("typed-number", NULL, NULL, "", G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTES_SIZE] =
      g_param_spec_int ("notes-size", NULL, NULL, NOTES_SIZE_MIN, NOTES_SIZE_MAX, NOTES_SIZE_DEFAULT, rw);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
pl_presentation_init (PlPresentation *self)
{
  self->typed = g_string_new (NULL);
  self->notes_size = NOTES_SIZE_DEFAULT;
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries, G_N_ELEMENTS (action_entries), self);
}

/* Public API */

/**
 * pl_presentation_new:
 * @application: the application its windows belong to
 * @briefing: what to present
 * @start: the slide to start at; past the end starts at the first
 *
 * Returns: (transfer full): a presentation not yet shown
 */
PlPresentation *
pl_presentation_new (GtkApplication *application,
                     PlBriefing *briefing,
                     guint start)
{
  PlPresentation *self;

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PL_IS_BRIEFING (briefing), NULL);

  self = g_object_new (PL_TYPE_PRESENTATION, NULL);
  g_set_weak_pointer (&self->application, application);
  self->deck = pl_slide_deck_new (briefing, PL_SLIDE_DEFAULT_WIDTH, PL_SLIDE_DEFAULT_HEIGHT);
  self->current = start < pl_slide_deck_get_n_slides (self->deck) ? start : 0;
  g_signal_connect_object (briefing, "changed", G_CALLBACK (briefing_changed_cb), self, G_CONNECT_SWAPPED);
  if (PL_IS_APPLICATION (application))
    g_settings_bind (pl_application_get_settings (PL_APPLICATION (application)), "presenter-notes-size", self,
                     "notes-size", G_SETTINGS_BIND_DEFAULT);
  return self;
}

/**
 * pl_presentation_start:
 * @options: where and how
 *
 * Opens the audience window and, if asked for, the presenter console, and
 * keeps the screensaver off. With one monitor and the console the
 * audience opens in a window beside it, since full screen would hide it.
 */
void
pl_presentation_start (PlPresentation *self,
                       const PlPresentOptions *options)
{
  GdkMonitor *monitor;
  guint n_monitors = _pl_presentation_get_n_monitors ();

  g_return_if_fail (PL_IS_PRESENTATION (self));
  g_return_if_fail (options != NULL);
  g_return_if_fail (!self->running && self->audience == NULL);

  monitor = options->monitor;
  if (monitor == NULL && n_monitors >= 2)
    monitor = _pl_presentation_get_other_monitor (_pl_presentation_get_active_monitor (self));
  else if (monitor == NULL && n_monitors == 1)
    monitor = _pl_presentation_get_monitor (0);
  g_set_weak_pointer (&self->audience_monitor, monitor);
  if (n_monitors >= 2 && monitor != NULL)
    g_set_weak_pointer (&self->presenter_monitor, _pl_presentation_get_other_monitor (monitor));
  self->windowed = options->windowed || (options->console && n_monitors < 2);
  self->duration_min = options->duration_min;
  self->running = TRUE;
  self->start_time = g_get_monotonic_time ();

  self->audience = GTK_WINDOW (pl_audience_window_new (self));
  gtk_window_set_application (self->audience, self->application);
  g_signal_connect_object (self->audience, "destroy", G_CALLBACK (window_destroy_cb), self, 0);
  if (options->console)
    {
      self->presenter = GTK_WINDOW (pl_presenter_window_new (self));
      gtk_window_set_application (self->presenter, self->application);
      g_signal_connect_object (self->presenter, "destroy", G_CALLBACK (window_destroy_cb), self, 0);
      _pl_presentation_place_presenter (self);
      gtk_window_present (self->presenter);
    }
  _pl_presentation_place_audience (self);
  gtk_window_present (self->audience);
  if (self->presenter != NULL && n_monitors < 2)
    gtk_window_present (self->presenter); /* the console in front on one screen */
  _pl_presentation_inhibit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOWED]);
}

/**
 * pl_presentation_stop:
 *
 * Closes both windows and lets the screensaver run again.
 */
void
pl_presentation_stop (PlPresentation *self)
{
  g_autoptr (PlPresentation) hold = NULL;

  g_return_if_fail (PL_IS_PRESENTATION (self));

  if (self->stopping)
    return;
  hold = g_object_ref (self);
  self->stopping = TRUE;
  _pl_presentation_uninhibit (self);
  if (self->audience != NULL)
    gtk_window_destroy (self->audience);
  if (self->presenter != NULL)
    gtk_window_destroy (self->presenter);
  if (self->running)
    {
      self->running = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
    }
}

gboolean
pl_presentation_get_running (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), FALSE);
  return self->running;
}

PlSlideDeck *
pl_presentation_get_deck (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NULL);
  return self->deck;
}

/**
 * pl_presentation_set_history:
 * @history: (nullable): the undo history of the briefing's window
 *
 * Speaker notes typed in the console go through @history, so they can be
 * undone and mark the briefing unsaved.
 */
void
pl_presentation_set_history (PlPresentation *self,
                             PlHistory *history)
{
  g_return_if_fail (PL_IS_PRESENTATION (self));
  g_set_object (&self->history, history);
}

/**
 * pl_presentation_set_slide_notes:
 * @index: a slide
 * @notes: (nullable): its new speaker notes
 */
void
pl_presentation_set_slide_notes (PlPresentation *self,
                                 guint index,
                                 const char *notes)
{
  const char *key;

  g_return_if_fail (PL_IS_PRESENTATION (self));
  g_return_if_fail (index < pl_slide_deck_get_n_slides (self->deck));

  key = pl_slide_deck_get_slide_key (self->deck, index);
  if (self->history != NULL && pl_history_get_briefing (self->history) == pl_slide_deck_get_briefing (self->deck))
    pl_history_set_slide_notes (self->history, key, notes);
  else
    pl_briefing_set_slide_notes (pl_slide_deck_get_briefing (self->deck), key, notes);
}

PlBriefing *
pl_presentation_get_briefing (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NULL);
  return pl_slide_deck_get_briefing (self->deck);
}

guint
pl_presentation_get_n_slides (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), 0);
  return pl_slide_deck_get_n_slides (self->deck);
}

guint
pl_presentation_get_current (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), 0);
  return self->current;
}

void
pl_presentation_go_to (PlPresentation *self,
                       guint index)
{
  g_return_if_fail (PL_IS_PRESENTATION (self));

  index = MIN (index, MAX (pl_presentation_get_n_slides (self), 1) - 1);
  if (self->current == index)
    return;
  self->current = index;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
}

PlSlideBlank
pl_presentation_get_blank (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), PL_SLIDE_BLANK_NONE);
  return self->blank;
}

void
pl_presentation_set_blank (PlPresentation *self,
                           PlSlideBlank blank)
{
  g_return_if_fail (PL_IS_PRESENTATION (self));

  if (self->blank == blank)
    return;
  self->blank = blank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

gboolean
pl_presentation_get_windowed (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), FALSE);
  return self->windowed;
}

void
pl_presentation_set_windowed (PlPresentation *self,
                              gboolean windowed)
{
  g_return_if_fail (PL_IS_PRESENTATION (self));

  windowed = !!windowed;
  if (self->windowed == (guint) windowed)
    return;
  self->windowed = windowed;
  _pl_presentation_place_audience (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WINDOWED]);
}

gboolean
pl_presentation_get_keys_visible (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), FALSE);
  return self->keys_visible;
}

gboolean
pl_presentation_get_overview_visible (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), FALSE);
  return self->overview_visible;
}

/**
 * pl_presentation_get_typed_number:
 *
 * Returns: the digits typed so far for Enter to go to, or ""
 */
const char *
pl_presentation_get_typed_number (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), "");
  return self->typed->str;
}

int
pl_presentation_get_notes_size (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NOTES_SIZE_DEFAULT);
  return self->notes_size;
}

void
pl_presentation_set_notes_size (PlPresentation *self,
                                int size)
{
  g_return_if_fail (PL_IS_PRESENTATION (self));

  size = CLAMP (size, NOTES_SIZE_MIN, NOTES_SIZE_MAX);
  if (self->notes_size == size)
    return;
  self->notes_size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES_SIZE]);
}

/**
 * pl_presentation_get_duration:
 *
 * Returns: the target duration in minutes, 0 for none
 */
guint
pl_presentation_get_duration (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), 0);
  return self->duration_min;
}

/**
 * pl_presentation_get_elapsed:
 *
 * Returns: µs since the presentation started
 */
gint64
pl_presentation_get_elapsed (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), 0);
  return self->running ? g_get_monotonic_time () - self->start_time : 0;
}

/**
 * pl_presentation_get_pace:
 * @elapsed_us: the time used so far
 *
 * Compares the share of the slides done with the share of the target
 * duration used, with some slack either way.
 */
PlPace
pl_presentation_get_pace (PlPresentation *self,
                          gint64 elapsed_us)
{
  guint n;
  double time_share, slide_share;

  g_return_val_if_fail (PL_IS_PRESENTATION (self), PL_PACE_NONE);

  if (self->duration_min == 0)
    return PL_PACE_NONE;
  time_share = (double) elapsed_us / ((double) self->duration_min * 60 * G_USEC_PER_SEC);
  if (time_share > 1)
    return PL_PACE_OVER;
  n = pl_presentation_get_n_slides (self);
  slide_share = n > 1 ? (double) self->current / (n - 1) : 1;
  if (slide_share > time_share + PACE_SLACK)
    return PL_PACE_AHEAD;
  if (slide_share < time_share - PACE_SLACK)
    return PL_PACE_BEHIND;
  return PL_PACE_ON_TIME;
}

GdkMonitor *
pl_presentation_get_audience_monitor (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NULL);
  return self->audience_monitor;
}

GtkWindow *
pl_presentation_get_audience_window (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NULL);
  return self->audience;
}

GtkWindow *
pl_presentation_get_presenter_window (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NULL);
  return self->presenter;
}

/**
 * pl_presentation_get_actions:
 *
 * Returns: (transfer none): the actions both windows insert as
 *   "presentation": next, previous, first, last, go-to (a slide index),
 *   black, white, leave, swap-screens, toggle-fullscreen, show-keys,
 *   overview, notes-larger and notes-smaller
 */
GActionGroup *
pl_presentation_get_actions (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), NULL);
  return G_ACTION_GROUP (self->actions);
}

/**
 * pl_presentation_handle_key:
 * @keyval: a key pressed in either window
 * @state: the modifiers held
 *
 * Returns: %TRUE if the key meant something to the presentation
 */
gboolean
pl_presentation_handle_key (PlPresentation *self,
                            guint keyval,
                            GdkModifierType state)
{
  gboolean control = (state & GDK_CONTROL_MASK) != 0;

  g_return_val_if_fail (PL_IS_PRESENTATION (self), FALSE);

  if ((state & GDK_ALT_MASK) != 0)
    return FALSE;
  if (!control && handle_digit (self, keyval))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (keys[i].keyval == keyval && keys[i].control == control)
      {
        g_action_group_activate_action (G_ACTION_GROUP (self->actions), keys[i].action, NULL);
        return TRUE;
      }
  return FALSE;
}

/**
 * pl_presentation_add_key_controller:
 * @window: one of the presentation's windows
 *
 * Gives @window the presentation's actions and keys. Keys reach it after
 * the focused widget, so typing in the notes stays typing.
 */
void
pl_presentation_add_key_controller (PlPresentation *self,
                                    GtkWidget *window)
{
  GtkEventController *controller;

  g_return_if_fail (PL_IS_PRESENTATION (self));

  gtk_widget_insert_action_group (window, "presentation", G_ACTION_GROUP (self->actions));
  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (window, controller);
}

gboolean
_pl_presentation_get_inhibited (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), FALSE);
  return self->running && self->n_inhibits > 0 && !self->stopping;
}

guint
_pl_presentation_get_n_inhibits (PlPresentation *self)
{
  g_return_val_if_fail (PL_IS_PRESENTATION (self), 0);
  return self->n_inhibits;
}
