#!/usr/bin/env bash
# Publication gate: lint one draft read from standard input; block it on errors.
#
#   cms-export-draft 1234 | examples/publishing/publish-gate.sh drafts/1234.md
#
# The argument names the draft (for messages, for per-path config overrides, and
# .txt for plain text). Run it from the folder that holds the newsroom's .lintnews.yaml.
#
# Exit 0: publish. Exit 1: blocked; the errors are listed on standard error and the
# full report (JSON, docs/json-output.schema.json) is in $LINTNEWS_REPORT if set.
# Exit 2: lintnews could not lint the draft whole (bad config, not UTF-8, a rule that
# failed or ran out of time): block and alert.
set -u
name="${1:-draft.md}"
report="${LINTNEWS_REPORT:-$(mktemp)}"
[ -n "${LINTNEWS_REPORT:-}" ] || trap 'rm -f "$report"' EXIT

lintnews check --stdin-filename "$name" --format json --fail-on error - >"$report"
status=$?

case "$status" in
0)
    echo "lintnews: $name has no errors; publication may go ahead" >&2
    ;;
1)
    echo "lintnews: publication of $name blocked:" >&2
    python3 - "$report" >&2 <<'PY'
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
for f in report["findings"]:
    if f["severity"] == "error":
        fix = f" (suggestion: {f['suggestion']})" if f["suggestion"] else ""
        print(f"  line {f['line']}, column {f['column']}: {f['code']} {f['message']}{fix}")
PY
    ;;
*)
    echo "lintnews: could not check all of $name (exit $status); publication blocked" >&2
    status=2
    ;;
esac
exit "$status"
