"""Validates a SARIF log against the official SARIF 2.1.0 JSON schema."""
import json
import sys

import jsonschema

schema_path, log_path = sys.argv[1], sys.argv[2]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(log_path, encoding="utf-8") as f:
    log = json.load(f)
validator = jsonschema.Draft7Validator(schema)
errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
for error in errors:
    print(f"{log_path}: {'/'.join(map(str, error.path))}: {error.message}", file=sys.stderr)
results = sum(len(run.get("results", [])) for run in log["runs"])
if errors:
    sys.exit(1)
if results == 0:
    print(f"{log_path}: no results; expected findings on seeds/", file=sys.stderr)
    sys.exit(1)
print(f"{log_path}: valid SARIF 2.1.0 with {results} results")
