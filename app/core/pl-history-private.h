/* pl-history-private.h
 *
 * Copyright 2026 The Phaseline developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "pl-history.h"

G_BEGIN_DECLS

/* The briefing "field" that holds a slide's speaker notes is this prefix
 * followed by the slide's key. */
#define SLIDE_NOTES_PREFIX "slide-notes:"

typedef enum
{
  COMMAND_SET_FIELD,
  COMMAND_INSERT,
  COMMAND_REMOVE,
  COMMAND_MOVE,
  COMMAND_GROUP,
} CommandKind;

/* One undo step. Insert and remove happen at (phase, position); a move
 * goes from there to (to_phase, to_position). A phase of NULL means the
 * item's own list in the briefing. */
typedef struct
{
  CommandKind kind;
  guint64 id;          /* the state after it; unique in the history */
  gint64 time;         /* monotonic µs of its last edit, for merging */
  char *label;         /* owned */
  PlItem *item;        /* owned; NULL for a field of the briefing */
  char *field_name;    /* owned */
  char *old_value;     /* owned, nullable */
  char *new_value;     /* owned, nullable */
  PlPhase *phase;      /* owned, nullable */
  guint position;      /* in phase or the item's list */
  PlPhase *to_phase;   /* owned, nullable */
  guint to_position;   /* in to_phase or the item's list */
  GPtrArray *children; /* owned, of Command, for a group */
} Command;

/* Shared by pl-history.c and pl-history-edits.c. */
struct _PlHistory
{
  GObject parent_instance;

  PlBriefing *briefing;  /* owned */
  GPtrArray *undo_stack; /* owned, of Command: the last done last */
  GPtrArray *redo_stack; /* owned, of Command: the next to redo last */
  GPtrArray *groups;     /* owned, of Command: the groups open, innermost last */
  guint64 next_id;
  guint64 saved_state;
  guint merge_interval; /* ms */

  /* What the properties last said, to notify changes only */
  char *undo_label; /* owned */
  char *redo_label; /* owned */
  guint can_undo : 1;
  guint can_redo : 1;
  guint dirty : 1;
};

/* In pl-history-edits.c: the edits, how each is done and undone. */
void _pl_history_command_free (Command *command);
Command *_pl_history_command_new (PlHistory *self,
                                  CommandKind kind,
                                  PlItem *item,
                                  char *label);
void _pl_history_command_apply (PlHistory *self,
                                Command *command,
                                gboolean forward);
const char *_pl_history_get_kind_label (PlItem *item);
char *_pl_history_dup_field_label (const char *field_name);
GListStore *_pl_history_get_store (PlHistory *self,
                                   PlItem *item);
gboolean _pl_history_locate (PlHistory *self,
                             PlItem *item,
                             PlPhase **phase,
                             guint *position);
void _pl_history_insert_at (PlHistory *self,
                            PlItem *item,
                            PlPhase *phase,
                            guint position);
void _pl_history_detach (PlHistory *self,
                         PlItem *item,
                         PlPhase *phase);
char *_pl_history_briefing_dup_field (PlBriefing *briefing,
                                      const char *name);
gboolean _pl_history_briefing_set_field (PlBriefing *briefing,
                                         const char *name,
                                         const char *value,
                                         GError **error);
gboolean _pl_history_is_briefing_field (const char *name);

G_END_DECLS
