#!/usr/bin/env bash
# Runs factlint as a pre-commit hook from this repository (`pre-commit try-repo`)
# on a small repository whose documents disagree, and checks it fails with the
# finding, reporting only on the changed document.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
python3 -m pip install --quiet --disable-pip-version-check pre-commit
repo=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$repo" "$log"' EXIT
cd "$repo"
git init -q
git config user.email ci@example.invalid
git config user.name ci
mkdir Rules reports
cat >Rules/boats.rules <<'RULES'
rule boats-agree {
  select boats: count noun boat
  expect boats agree
  example fails { doc "12 boats sank." doc "20 boats sank." }
  example passes { doc "12 boats sank." doc "about 12 boats sank." }
}
disable name-spelling, title-contradiction
RULES
echo "Officials said 12 boats sank." >reports/a.txt
git add -A
git commit -qm "first report"
echo "Witnesses saw 20 boats sink." >reports/b.txt
git add reports/b.txt
status=0
python3 -m pre_commit try-repo "$here" factlint --verbose >"$log" 2>&1 || status=$?
cat "$log"
if [ "$status" -eq 0 ]; then
  echo "pre-commit passed, but reports/b.txt disagrees with reports/a.txt" >&2
  exit 1
fi
grep -q 'reports/b.txt:1:15: error: "20 boats" cannot be true together with 12 stated in 1 other document \[boats-agree\]' "$log"
grep -q 'reports/a.txt:1:16: note: stated as "12 boats" here' "$log"
grep -q 'factlint: 2 documents, ' "$log"
echo "pre-commit try-repo: the hook failed on the disagreeing document, as it should"
