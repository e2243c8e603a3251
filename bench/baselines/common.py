"""Shared by the baselines: reading the import CSV files, the org tree, and the period."""
import csv
import os


def read_tree(folder):
    """code -> (parent, kind, peer_group, depth), in file order."""
    units = {}
    with open(os.path.join(folder, "orgs.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            units[row["code"]] = [row["parent"] or None, row["kind"], row.get("peer_group") or "", 0]
    for code, unit in units.items():
        depth, parent = 0, unit[0]
        while parent:
            depth += 1
            parent = units[parent][0]
        unit[3] = depth
    return units


def parse_period(period):
    """'2021-09' -> (2021, 9). The benchmark's bulletins are monthly."""
    year, month = period.split("-")
    return int(year), int(month)
