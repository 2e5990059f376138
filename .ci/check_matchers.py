"""Applies the problem matchers editors and CI use to factlint's real gnu output.

- VS Code's `$gcc` matcher (the regex vscode-cpptools registers);
- the matcher shipped in .github/factlint-matcher.json (GitHub Actions, VS Code).

Every error and warning line must be matched, and the file, line and column it
yields must point inside the named file.
"""
import json
import re
import sys

GCC = re.compile(r"^(.*?):(\d+):(\d*):?\s+(?:fatal\s+)?(warning|error):\s+(.*)$")

output_path, matcher_path = sys.argv[1], sys.argv[2]
with open(matcher_path, encoding="utf-8") as f:
    spec = json.load(f)["problemMatcher"][0]["pattern"][0]
ours = re.compile(spec["regexp"])

lines = open(output_path, encoding="utf-8").read().splitlines()
checked = 0
for line in lines:
    head = line.split(": ", 2)
    if len(head) < 2 or not head[1].startswith(("error", "warning")):
        continue
    for name, regex, groups in (
        ("$gcc", GCC, (1, 2, 3, 4, 5)),
        ("factlint-matcher", ours, (spec["file"], spec["line"], spec["column"], spec["severity"], spec["message"])),
    ):
        m = regex.match(line)
        if not m:
            sys.exit(f"{name} does not match: {line}")
        path, lnum, col, severity, message = (m.group(g) for g in groups)
        with open(path, encoding="utf-8") as doc:
            doc_lines = doc.read().splitlines()
        if not 1 <= int(lnum) <= len(doc_lines) or not 1 <= int(col) <= len(doc_lines[int(lnum) - 1]) + 1:
            sys.exit(f"{name}: {path}:{lnum}:{col} is outside the file")
        if severity not in ("error", "warning") or not message:
            sys.exit(f"{name}: bad severity or message in {line}")
    if ours.match(line).group(spec["code"]) is None:
        sys.exit(f"factlint-matcher: no rule id in {line}")
    checked += 1
if checked == 0:
    sys.exit("no error or warning lines to check")
print(f"{output_path}: {checked} diagnostics matched by $gcc and .github/factlint-matcher.json")
