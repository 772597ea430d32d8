#!/bin/sh
# check-translations.sh: check that every translation in po/LINGUAS is
# complete for the current sources.
#
# Copyright 2026 The Phaseline developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-translations.sh SOURCE_ROOT
#
# Extracts the messages of po/POTFILES.in as the build does (GLib's
# keywords), merges each language's .po with them in a scratch directory,
# and fails (exit status 1), naming the language and the counts, when a
# message is untranslated or fuzzy, or when msgfmt --check finds a format
# that does not match. Exit status 2 means the check could not run.

set -u

srcdir=${1:-.}
cd "$srcdir" || exit 2

for tool in xgettext msgmerge msgfmt; do
  command -v "$tool" >/dev/null 2>&1 || {
    echo "check-translations: $tool is missing (Debian package gettext)" >&2
    exit 2
  }
done

scratch=$(mktemp -d) || exit 2
trap 'rm -rf "$scratch"' EXIT

grep -v '^#' po/POTFILES.in | grep -v '^[[:space:]]*$' >"$scratch/files"
xgettext --package-name=phaseline --from-code=UTF-8 --add-comments=TRANSLATORS \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --keyword=ngettext:1,2 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from="$scratch/files" --output="$scratch/phaseline.pot" 2>"$scratch/xgettext.log" || {
  cat "$scratch/xgettext.log" >&2
  exit 2
}

status=0
n=0
for lang in $(grep -v '^#' po/LINGUAS); do
  n=$((n + 1))
  if [ ! -f "po/$lang.po" ]; then
    echo "check-translations: po/$lang.po is listed in po/LINGUAS but missing"
    status=1
    continue
  fi
  msgmerge --quiet --no-fuzzy-matching --output-file="$scratch/$lang.po" "po/$lang.po" "$scratch/phaseline.pot" || exit 2
  if ! stats=$(msgfmt --check --statistics --output-file=/dev/null "$scratch/$lang.po" 2>&1); then
    echo "check-translations: $lang: msgfmt --check failed:"
    echo "$stats"
    status=1
    continue
  fi
  case "$stats" in
    *untranslated* | *fuzzy*)
      echo "check-translations: $lang is incomplete: $stats"
      status=1
      ;;
    *)
      echo "check-translations: $lang: $stats"
      ;;
  esac
done
[ "$n" -gt 0 ] || {
  echo "check-translations: po/LINGUAS lists no language" >&2
  exit 2
}
exit $status
