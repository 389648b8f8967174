#!/usr/bin/env python3
"""Compares the firmware's rows of two `bench --json` outputs (first heat-up and re-heat after a cold pack), row by row:

    tools/bench-compare.py BASE.json CANDIDATE.json

prints how many rows run hotter, slower, newly over 0.3 C, newly over 1.15 of the physical bound, or changed their fault
(the landing rule: no bench row hotter or slower), how many cooler and faster, and the largest of each kind."""
import json
import math
import sys


def load(path):
    rows = {}
    with open(path) as f:
        for run in json.load(f):
            if run["Controller"] != "firmware":
                continue
            rows[(run.get("Case", "first"), run["PadName"], run["Condition"], run["Level"])] = run
    return rows


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    base, cand = load(sys.argv[1]), load(sys.argv[2])
    kinds = {k: [] for k in ("hotter", "slower", "newly over 0.3 C", "newly over 1.15", "fault changed", "cooler", "faster", "missing")}
    for key, b in base.items():
        c = cand.get(key)
        if c is None:
            kinds["missing"].append((key, "", ""))
            continue
        ob, oc = number(b.get("OvershootC")), number(c.get("OvershootC"))
        rb, rc = number(b.get("RiseRatio")), number(c.get("RiseRatio"))
        if oc > ob + 1e-3:
            kinds["hotter"].append((key, ob, oc))
        if oc < ob - 1e-3:
            kinds["cooler"].append((key, ob, oc))
        # A rise that is no longer reached (NaN) counts as slower.
        if rc > rb + 1e-3 or (not math.isnan(rb) and math.isnan(rc)):
            kinds["slower"].append((key, rb, rc))
        if rc < rb - 1e-3:
            kinds["faster"].append((key, rb, rc))
        if oc > 0.3 >= ob:
            kinds["newly over 0.3 C"].append((key, ob, oc))
        if rc > 1.15 >= rb:
            kinds["newly over 1.15"].append((key, rb, rc))
        if b.get("Fault") != c.get("Fault"):
            kinds["fault changed"].append((key, b.get("Fault"), c.get("Fault")))
    print(f"rows {len(base)}: " + ", ".join(f"{name} {len(found)}" for name, found in kinds.items()))
    for name in ("hotter", "slower", "newly over 0.3 C", "newly over 1.15", "fault changed", "missing"):
        found = kinds[name]

        def change(row):
            before, after = row[1], row[2]
            return after - before if isinstance(before, float) and isinstance(after, float) and not math.isnan(after - before) else math.inf

        for row in sorted(found, key=change, reverse=True)[:8]:
            print(f"  {name}: {' '.join(str(part) for part in row[0])}: {row[1]} -> {row[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
