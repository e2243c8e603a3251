"""The province bulletin computed by pandas, with the same rules as the DuckDB baseline.

Data frames are loaded beforehand (not timed); `compute` returns the same rows as
duckdb_bulletin.DuckDBBulletin.compute.
"""
import os

import numpy as np
import pandas as pd

from common import parse_period, read_tree


class PandasBulletin:
    def __init__(self, folder):
        tree = read_tree(folder)
        self.orgs = pd.DataFrame([(c, u[0], u[1], u[2], u[3]) for c, u in tree.items()], columns=["org", "parent", "kind", "peer", "depth"])
        self.max_depth = int(self.orgs.depth.max())
        self.ind = pd.read_csv(os.path.join(folder, "indicators.csv"), dtype=str, keep_default_na=False).rename(
            columns={"code": "indicator", "growth_basis": "basis", "aggregation": "agg"})
        self.tgt = pd.read_csv(os.path.join(folder, "targets.csv"), dtype={"org": str, "indicator": str, "type": str})
        val = pd.read_csv(os.path.join(folder, "values.csv"), dtype={"org": str, "indicator": str, "period": str})
        period = val.period
        val["year"] = period.str.slice(0, 4).astype(np.int16)
        quarter = period.str.contains("Q")
        month = pd.Series(12, index=val.index, dtype=np.int8)
        month[~quarter & (period.str.len() == 7)] = period[~quarter & (period.str.len() == 7)].str.slice(5, 7).astype(np.int8)
        month[quarter] = period[quarter].str.slice(5, 6).astype(np.int8) * 3
        val["month"] = month
        self.val = val.drop(columns=["period"]).merge(self.ind[["indicator", "accumulation", "frequency"]], on="indicator")

    def compute(self, period):
        y, m = parse_period(period)
        q = (m // 3) * 3
        v = self.val[self.val.year.isin([y, y - 1]) & (self.val.accumulation != "ratio")]
        target_month = np.where(v.frequency == "quarterly", q, m)
        at = v[v.month == target_month][["org", "indicator", "year", "value", "growth", "accumulation"]]
        flows = v[(v.accumulation == "flow") & (v.month <= m)].groupby(["org", "indicator", "year"], observed=True).value.agg(["sum", "count"]).reset_index()
        flows["own"] = flows["sum"].where(flows["count"] == m)
        own = at.rename(columns={"value": "own", "growth": "published"})
        own.loc[own.accumulation == "flow", "own"] = np.nan
        own = own.drop(columns=["accumulation"]).merge(flows[["org", "indicator", "year", "own"]], on=["org", "indicator", "year"], how="outer", suffixes=("", "_flow"))
        own["own"] = own["own"].fillna(own.pop("own_flow"))

        plain = self.ind[self.ind.accumulation != "ratio"][["indicator", "agg"]]
        years = pd.DataFrame({"year": [y, y - 1]})
        base = self.orgs.merge(plain, how="cross").merge(years, how="cross").merge(own, on=["org", "indicator", "year"], how="left")
        figs = []
        below = None
        for depth in range(self.max_depth, -1, -1):
            level = base[base.depth == depth].copy()
            if below is None:
                level["figure"] = level.own
            else:
                sums = below[(below.kind != "zone") & below.figure.notna()].groupby(["parent", "indicator", "year"]).figure.sum().rename("s").reset_index()
                level = level.merge(sums, left_on=["org", "indicator", "year"], right_on=["parent", "indicator", "year"], how="left", suffixes=("", "_c"))
                level["figure"] = np.where(level["agg"] == "sum", level.own.fillna(level.s), level.own)
                level = level.drop(columns=["parent_c", "s"])
            figs.append(level)
            below = level
        figs = pd.concat(figs)[["org", "indicator", "year", "published", "figure"]]

        ratio = self.ind[self.ind.accumulation == "ratio"][["indicator", "numerator", "denominator"]]
        n = ratio.merge(figs.rename(columns={"indicator": "numerator", "figure": "n"})[["org", "numerator", "year", "n"]], on="numerator")
        r = n.merge(figs.rename(columns={"indicator": "denominator", "figure": "d"})[["org", "denominator", "year", "d"]], on=["denominator", "org", "year"])
        r["figure"] = np.where(r.d != 0, r.n / r.d.replace(0, np.nan) * 100, np.nan)
        r["published"] = np.nan
        allfigs = pd.concat([figs, r[["org", "indicator", "year", "published", "figure"]]])

        cur = allfigs[allfigs.year == y].merge(allfigs[allfigs.year == y - 1][["org", "indicator", "figure"]].rename(columns={"figure": "prev"}),
                                               on=["org", "indicator"], how="left").merge(self.ind[["indicator", "basis", "frequency", "accumulation"]], on="indicator")
        computed = np.where((cur.basis == "nominal") & (cur.prev > 0), (cur.figure / cur.prev - 1) * 100, np.nan)
        cur["growth"] = np.where(cur.published.notna() & (cur.accumulation != "ratio"), cur.published, computed)
        t = self.tgt[self.tgt.year == y][["org", "indicator", "type", "value"]].rename(columns={"value": "target"})
        s = cur.merge(t, on=["org", "indicator"], how="left")
        counted = s.type.isin(["amount", "count"])
        s["ytd"] = s.figure
        s["completion"] = np.where(counted & (s.target != 0), s.ytd / s.target * 100, np.nan)
        s["schedule"] = np.where(counted, np.where(s.frequency == "quarterly", (m // 3) / 4 * 100, m / 12 * 100), np.nan)
        s["gap"] = np.select([counted, s.type == "growth", s.type == "rate"],
                             [s.completion - s.schedule, s.growth - s.target, s.ytd - s.target], default=np.nan)
        s = s.merge(self.orgs[["org", "parent", "peer"]], on="org")
        s = s[s.ytd.notna() | s.growth.notna()].copy()
        ranked = s.parent.notna()
        keys = ["parent", "peer", "indicator"]
        s["rank_total"] = s[ranked].assign(t=s.ytd.round(6)).groupby(keys).t.rank(method="min", ascending=False)
        s["rank_growth"] = s[ranked].assign(g=s.growth.round(6)).groupby(keys).g.rank(method="min", ascending=False)
        s["rank_completion"] = s[ranked].assign(c=s.completion.round(6)).groupby(keys).c.rank(method="min", ascending=False)
        return s[["org", "indicator", "ytd", "growth", "completion", "schedule", "gap", "rank_total", "rank_growth", "rank_completion"]]
