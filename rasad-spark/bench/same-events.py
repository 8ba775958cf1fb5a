#!/usr/bin/env python3
"""same-events.py CLI.jsonl SPARK.jsonl: exit 0 when both hold the same events, line for line,
comparing JSON values with nulls left out (Parquet does not tell a null from an absent field)."""
import json
import sys


def strip(v):
    if isinstance(v, dict):
        return {k: strip(x) for k, x in v.items() if x is not None}
    if isinstance(v, list):
        return [strip(x) for x in v]
    return v


def events(path):
    with open(path, encoding="utf-8") as f:
        return [strip(json.loads(line)) for line in f if line.strip()]


cli, spark = events(sys.argv[1]), events(sys.argv[2])
diff = [i for i, (a, b) in enumerate(zip(cli, spark)) if a != b]
if len(cli) != len(spark) or diff:
    print("different: %d CLI events, %d Spark events, %d differing lines (first at %s)"
          % (len(cli), len(spark), len(diff), diff[0] if diff else "-"))
    sys.exit(1)
print("same %d events" % len(cli))
