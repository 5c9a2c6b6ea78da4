#!/usr/bin/env python3
"""Validate a briefing feed against the published JSON Schema, from Python.

    python3 validate_feed.py feed.json [--schema briefing-feed.schema.json]

Uses only the standard library and `jsonschema` (Debian: apt-get install python3-jsonschema).
The schema is the file @briefing/schema ships (its $id is the URL to fetch it from in other
projects); by default the copy in this repository is used, so it works offline.

Prints each problem as `path: message` and exits 1 when the feed is invalid, 0 when it is
valid, 2 when the feed or schema cannot be read.
"""

import argparse
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    print("validate_feed: the jsonschema module is missing (Debian: apt-get install python3-jsonschema)", file=sys.stderr)
    sys.exit(2)

DEFAULT_SCHEMA = Path(__file__).resolve().parents[3] / "packages/schema/schemas/briefing-feed.schema.json"


def read_json(path, what):
    try:
        if path == "-":
            return json.load(sys.stdin)
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except OSError as error:
        print(f"validate_feed: cannot read {what} {path}: {error.strerror}", file=sys.stderr)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        print(f"validate_feed: {what} {path} is not JSON: {error}", file=sys.stderr)
    sys.exit(2)


def format_path(parts):
    """items[3].sources[0].url, the way the JS validators print paths."""
    out = ""
    for key in parts:
        if isinstance(key, int):
            out += f"[{key}]"
        elif key.isidentifier():
            out += f".{key}" if out else key
        else:
            out += f"[{json.dumps(key)}]"
    return out or "(root)"


def main():
    parser = argparse.ArgumentParser(description="Validate a briefing feed against its JSON Schema.")
    parser.add_argument("feed", help="feed JSON file, or - for standard input")
    parser.add_argument("--schema", default=str(DEFAULT_SCHEMA), help="JSON Schema file (default: %(default)s)")
    args = parser.parse_args()

    schema = read_json(args.schema, "schema")
    feed = read_json(args.feed, "feed")

    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=jsonschema.FormatChecker())

    errors = sorted(validator.iter_errors(feed), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        print(f"{format_path(error.absolute_path)}: {error.message}")
    if errors:
        print(f"{args.feed}: invalid ({len(errors)} problem{'s' if len(errors) != 1 else ''})", file=sys.stderr)
        return 1
    items = feed.get("items", []) if isinstance(feed, dict) else []
    print(f"{args.feed}: valid ({len(items)} briefings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
