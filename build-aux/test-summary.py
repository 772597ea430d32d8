#!/usr/bin/env python3
# test-summary.py: count the test cases of a meson test run and print one
# line "N passed, N failed[, N skipped]".
#
# Cases are counted inside each TAP program (one per g_test case), so the
# line says how many checks ran, not how many programs. A program that
# failed without a failing case (a crash, a timeout) counts as one failure.
#
# Copyright 2026 The Phaseline developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys

TAP_LINE = re.compile(r"^(not ok|ok) \d+(.*)$")


def count(log_path):
    passed = failed = skipped = 0
    failures = []
    with open(log_path, encoding="utf-8") as log:
        for line in log:
            if not line.strip():
                continue
            test = json.loads(line)
            result = test.get("result", "")
            cases = [TAP_LINE.match(l) for l in (test.get("stdout") or "").splitlines()]
            cases = [m for m in cases if m]
            case_failures = 0
            for m in cases:
                directive = m.group(2)
                if "# SKIP" in directive.upper():
                    skipped += 1
                elif m.group(1) == "ok":
                    passed += 1
                elif "# TODO" in directive.upper():
                    skipped += 1
                else:
                    failed += 1
                    case_failures += 1
                    failures.append(f"{test['name']}: {directive.strip()}")
            bad = result not in ("OK", "SKIP", "EXPECTEDFAIL")
            if not cases:
                if result == "SKIP":
                    skipped += 1
                elif bad:
                    failed += 1
                    failures.append(f"{test['name']}: {result}")
                else:
                    passed += 1
            elif bad and case_failures == 0:
                failed += 1
                failures.append(f"{test['name']}: {result} after its last case")
    return passed, failed, skipped, failures


def main():
    try:
        passed, failed, skipped, failures = count(sys.argv[1])
    except OSError as error:
        print(f"no test log: {error}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    for failure in failures:
        print(f"FAILED {failure}")
    line = f"{passed} passed, {failed} failed"
    if skipped:
        line += f", {skipped} skipped"
    print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
