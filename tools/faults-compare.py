#!/usr/bin/env python3
"""Compares the injected-fault rows of two `faults ... --cases` outputs, row by row (kind, pad, level, onset):

    tools/faults-compare.py BASE.txt CANDIDATE.txt

A row is "later" when heat stops later after the onset ("no heat s"; "-", heat never stopped for good, counts as the end of
the run), "hotter" when its peak surface after the onset is higher, and its fault "changed" when another fault (or none)
latched; "sooner" and "cooler" the other way. The settling kinds' extra columns (at s, s>48C, heat>48C) are compared as
well ("s>48C up"). Then every line outside the case tables that differs (the normal-life groups' summaries and trips) is
printed as it is in both files. The landing rule: no row later or hotter, no fault lost, no normal-life trip added."""
import re
import sys

KIND = re.compile(r"^(\w+) \(sensor [^)]*\): peak surface after onset")
ROW = re.compile(r"^  (\S+)\s+(\d)\s+(\d+)\s+(\S+)\s+(\S+)\s+(.*)$")
HEADER = re.compile(r"^  pad\s+level\s+onset")


def number(text, never):
    try:
        return float(text)
    except ValueError:
        return never


def load(path):
    rows, other = {}, []
    kind, in_table = None, False
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            k = KIND.match(line)
            if k:
                kind, in_table = k.group(1), False
                continue
            if kind and HEADER.match(line):
                in_table = True
                settling = "s>48C" in line
                continue
            m = ROW.match(line) if in_table else None
            if m:
                rest = m.group(6).split()
                extra = rest[:3] if settling else []
                fault = " ".join(rest[3:] if settling else rest)
                rows[(kind, m.group(1), int(m.group(2)), int(m.group(3)))] = (m.group(4), m.group(5), fault, extra)
                continue
            in_table = False if line.strip() == "" else in_table
            if not in_table:
                other.append(line)
    return rows, other


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    (base, base_other), (cand, cand_other) = load(sys.argv[1]), load(sys.argv[2])
    found = {name: [] for name in ("later", "hotter", "fault changed", "s>48C up", "sooner", "cooler", "missing", "new")}
    for key, (stop_b, peak_b, fault_b, extra_b) in base.items():
        if key not in cand:
            found["missing"].append((key, "", ""))
            continue
        stop_c, peak_c, fault_c, extra_c = cand[key]
        sb, sc = number(stop_b, 1e9), number(stop_c, 1e9)
        pb, pc = number(peak_b, -1e9), number(peak_c, -1e9)
        if sc > sb:
            found["later"].append((key, stop_b, stop_c))
        if sc < sb:
            found["sooner"].append((key, stop_b, stop_c))
        if pc > pb:
            found["hotter"].append((key, peak_b, peak_c))
        if pc < pb:
            found["cooler"].append((key, peak_b, peak_c))
        if fault_b != fault_c:
            found["fault changed"].append((key, fault_b, fault_c))
        if extra_b and extra_c and number(extra_c[1], 0) > number(extra_b[1], 0):
            found["s>48C up"].append((key, extra_b[1], extra_c[1]))
    for key in cand:
        if key not in base:
            found["new"].append((key, "", ""))
    print(f"rows {len(base)}: " + ", ".join(f"{name} {len(rows)}" for name, rows in found.items()))
    for name in ("later", "hotter", "fault changed", "s>48C up", "missing", "new"):
        for key, before, after in found[name][:12]:
            print(f"  {name}: {' '.join(str(part) for part in key)}: {before} -> {after}")
    if base_other != cand_other:
        print("lines outside the case tables that differ:")
        base_set, cand_set = set(base_other), set(cand_other)
        for line in base_other:
            if line not in cand_set:
                print(f"  - {line}")
        for line in cand_other:
            if line not in base_set:
                print(f"  + {line}")
    else:
        print("every line outside the case tables identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
