#!/bin/sh
# check-potfiles.sh: check that po/POTFILES.in is complete and up to date.
#
# Copyright 2026 The Phaseline developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-potfiles.sh [SOURCE_ROOT]
#
# Fails (exit status 1) and prints the names when
#   - a C file under app/ calls a gettext macro or function (_, N_, C_, NC_,
#     Q_, gettext, ngettext, g_dgettext, ...), a .ui file under ui/ or app/
#     has a translatable property, or a desktop, metainfo or GSettings schema
#     template exists under resources/, and it is listed neither in
#     po/POTFILES.in nor in po/POTFILES.skip;
#   - po/POTFILES.in lists a file that does not exist.
# Exit status 2 means the check itself could not run.

set -u

srcdir=${1:-.}
cd "$srcdir" || exit 2

potfiles=po/POTFILES.in
skipfiles=po/POTFILES.skip

if [ ! -f "$potfiles" ]; then
  echo "check-potfiles: $potfiles not found under $srcdir" >&2
  exit 2
fi

# One locale for sort and comm, so their orders agree.
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM

# A macro must not be the tail of a longer name (so __attribute__ ((...))
# does not count); clang-format's GNU style puts a space before "(".
c_pattern='(^|[^[:alnum:]_])(_|N_|C_|NC_|Q_)[[:space:]]*\(|gettext2?[[:space:]]*\('
ui_pattern='translatable[[:space:]]*=[[:space:]]*["'\''](yes|true|y|t|1)["'\'']'

# Prints the file names in a POTFILES-style list: no comments, no blank lines,
# no surrounding blanks, no intltool "[type: ...]" prefixes.
list_entries ()
{
  sed -e 's/\r$//' \
      -e 's/^[[:space:]]*//' \
      -e 's/[[:space:]]*$//' \
      -e '/^#/d' \
      -e '/^$/d' \
      -e 's/^\[[^]]*\][[:space:]]*//' \
      "$1"
}

# find exits non-zero when grep matches nothing in a batch; that is fine.
{
  if [ -d app ]; then
    find app -type f -name '*.c' -exec grep -l -E -e "$c_pattern" {} + 2>/dev/null
    find app -type f -name '*.ui' -exec grep -l -i -E -e "$ui_pattern" {} + 2>/dev/null
  fi
  if [ -d ui ]; then
    find ui -type f -name '*.ui' -exec grep -l -i -E -e "$ui_pattern" {} + 2>/dev/null
  fi
  if [ -d resources ]; then
    find resources -type f \( -name '*.desktop.in.in' -o -name '*.desktop.in' \
      -o -name '*.metainfo.xml.in.in' -o -name '*.metainfo.xml.in' \
      -o -name '*.gschema.xml' \) -print
  fi
} | sort -u >"$tmp/needed"

list_entries "$potfiles" >"$tmp/listed-unsorted"
sort -u "$tmp/listed-unsorted" >"$tmp/listed"
: >"$tmp/skipped"
if [ -f "$skipfiles" ]; then
  list_entries "$skipfiles" | sort -u >"$tmp/skipped"
fi
sort -u "$tmp/listed" "$tmp/skipped" >"$tmp/known"

status=0

comm -23 "$tmp/needed" "$tmp/known" >"$tmp/missing"
if [ -s "$tmp/missing" ]; then
  echo "Files with translatable strings missing from $potfiles:"
  sed -e 's/^/  /' "$tmp/missing"
  status=1
fi

: >"$tmp/absent"
while IFS= read -r name; do
  [ -f "$name" ] || printf '%s\n' "$name" >>"$tmp/absent"
done <"$tmp/listed"
if [ -s "$tmp/absent" ]; then
  echo "Files listed in $potfiles that do not exist:"
  sed -e 's/^/  /' "$tmp/absent"
  status=1
fi

# Order is a convention, not an error: only mention it.
if ! sort -c "$tmp/listed-unsorted" 2>/dev/null; then
  echo "Note: $potfiles is not sorted alphabetically." >&2
fi

if [ "$status" -eq 0 ]; then
  echo "$potfiles is complete ($(wc -l <"$tmp/listed" | tr -d ' ') files)."
fi
exit "$status"
