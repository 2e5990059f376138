"""Reads factlint's JUnit XML with junitparser, as CI report viewers do."""
import sys

from junitparser import Failure, JUnitXml

xml = JUnitXml.fromfile(sys.argv[1])
names = []
failed = 0
for suite in xml:
    for case in suite:
        names.append(case.name)
        if any(isinstance(r, Failure) for r in case.result):
            failed += 1
if len(names) != len(set(names)):
    print("duplicate test case names", file=sys.stderr)
    sys.exit(1)
if not names or failed == 0:
    print(f"expected rule test cases with failures, got {len(names)} cases, {failed} failed", file=sys.stderr)
    sys.exit(1)
print(f"{sys.argv[1]}: {len(names)} test cases, {failed} failed")
