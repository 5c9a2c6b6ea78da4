#!/usr/bin/env python3
"""Validate JSON files against a briefing JSON Schema with Python's `jsonschema`.

Usage: check_fixtures.py SCHEMA.json FILE.json [FILE.json ...]
Prints one JSON object {file: {"valid": bool, "errors": [...]}} on stdout. This is the
non-JavaScript reference consumer: it proves the published schema works outside JS.
"""
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main() -> int:
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    out = {}
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        errors = [
            {"pointer": "/" + "/".join(str(p) for p in e.absolute_path), "message": e.message[:300]}
            for e in validator.iter_errors(doc)
        ]
        out[path] = {"valid": not errors, "errors": errors}
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
