#!/bin/sh
# check-format.sh SOURCE_ROOT: fails when a C file differs from what
# .clang-format makes of it. Formatting differs between clang-format
# releases, so the check runs only with the release the tree is formatted
# with (Debian 12's clang-format 14) and is skipped otherwise.
#
# Copyright 2026 The Phaseline developers
# SPDX-License-Identifier: GPL-3.0-or-later

set -eu

cd "$1"
if ! command -v clang-format >/dev/null 2>&1; then
  echo "clang-format is not installed: skipped"
  exit 77
fi
version=$(clang-format --version | sed -n 's/.*version \([0-9]*\)\..*/\1/p')
if [ "$version" != "14" ]; then
  echo "clang-format $version is not 14, the release the tree is formatted with: skipped"
  exit 77
fi

status=0
for file in $(find app tests -name '*.[ch]' | sort); do
  if ! clang-format --dry-run --Werror "$file" 2>/dev/null; then
    echo "not formatted: $file (run clang-format -i $file)"
    status=1
  fi
done
[ "$status" -eq 0 ] && echo "all C files follow .clang-format"
exit "$status"
