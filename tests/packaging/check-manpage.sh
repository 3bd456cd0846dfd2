#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-manpage.sh MANPAGE [RUNBENCH_CLI]: the man page renders without a groff warning (-ww), and, given
# RUNBENCH_CLI, every sub-command in its --help has an entry (a ".B <command>" line), so the two stay in sync.
set -euo pipefail
man=$1
cli=${2:-}
command -v groff >/dev/null || { echo "SKIP: groff is not installed (package groff-base)" >&2; exit 77; }

warnings=$(groff -man -Tutf8 -ww "$man" 2>&1 >/dev/null)
if [ -n "$warnings" ]; then
    echo "$man: groff warnings:" >&2
    echo "$warnings" >&2
    exit 1
fi

if [ -z "$cli" ]; then
    echo "$man: no groff warnings"
    exit 0
fi

# Sub-commands: the words indented by two spaces under "commands:" in the usage text.
usage=$("$cli" --help)
mapfile -t commands < <(sed -n '/^commands:/,/^$/p' <<<"$usage" | sed -n 's/^  \([a-z-][a-z-]*\).*/\1/p')
[ "${#commands[@]}" -ge 8 ] || { echo "expected at least 8 commands in runbench-cli --help, got: ${commands[*]}" >&2; exit 1; }
section=$(sed -n '/^\.SH COMMANDS/,/^\.SH /p' "$man")
missing=0
for c in "${commands[@]}"; do
    # ".B runners", ".B \-\-version", ".B figure \fIKIND..." in the COMMANDS section.
    pattern="^\.B $(printf '%s' "$c" | sed 's/-/\\\\-/g')\( \|$\)"
    if ! grep -q "$pattern" <<<"$section"; then
        echo "$man: no entry for the sub-command \"$c\" (runbench-cli --help lists it)" >&2
        missing=1
    fi
done
[ "$missing" -eq 0 ] || exit 1
echo "$man: no groff warnings; ${#commands[@]} sub-commands documented: ${commands[*]}"
