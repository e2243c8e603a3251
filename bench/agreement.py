"""Checks that Tiaodu, DuckDB and pandas agree on every figure of a bulletin before any time
is reported: the same rows, every number within a millionth (relative), every rank equal."""
import json
import math

FIELDS = ["ytd", "growth", "completion", "schedule", "gap"]
RANKS = ["rank_total", "rank_growth", "rank_completion"]


def from_tiaodu(text):
    rows = {}
    for r in json.loads(text)["rows"]:
        if r["ytd"] is None and r["growth"] is None:
            continue
        rank = r["rank"]
        rows[(r["org"], r["indicator"])] = [r[f] for f in FIELDS] + [rank["total"], rank["growth"], rank["completion"]]
    return rows


def from_tuples(tuples):
    return {(t[0], t[1]): list(t[2:]) for t in tuples}


def from_frame(frame):
    return {(t[0], t[1]): list(t[2:]) for t in frame.itertuples(index=False, name=None)}


def _missing(x):
    return x is None or (isinstance(x, float) and math.isnan(x))


def differences(reference, other, limit=10):
    """Lines describing where `other` disagrees with `reference`; empty when they agree."""
    problems = []
    for key in sorted(set(reference) ^ set(other))[:limit]:
        problems.append(f"{key}: only in {'reference' if key in reference else 'other'}")
    for key in sorted(set(reference) & set(other)):
        a, b = reference[key], other[key]
        for name, x, y in zip(FIELDS + RANKS, a, b):
            if _missing(x) and _missing(y):
                continue
            if _missing(x) or _missing(y):
                problems.append(f"{key} {name}: {x} vs {y}")
            elif name in RANKS:
                if int(x) != int(y):
                    problems.append(f"{key} {name}: {x} vs {y}")
            elif abs(float(x) - float(y)) > 1e-6 * max(1.0, abs(float(x))):
                problems.append(f"{key} {name}: {x} vs {y}")
            if len(problems) >= limit:
                return problems
    return problems
