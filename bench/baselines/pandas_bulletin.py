"""The province bulletin computed by pandas, with the same rules as the DuckDB baseline.

Data frames are loaded beforehand (not timed); `compute` returns the same rows as
duckdb_bulletin.DuckDBBulletin.compute: rates and ratios change in points (level minus last
year's level, a published growth ignored), a flow's YTD sums the months reported and is partial
when they fall short of the period (unless an unreported month counts as zero), partial figures
pass up through `sum` parents and ratios, and a partial row gets no recomputed growth and no
ranks (completion and gap are still computed).
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
        ind = pd.read_csv(os.path.join(folder, "indicators.csv"), dtype=str, keep_default_na=False).rename(
            columns={"code": "indicator", "growth_basis": "basis", "aggregation": "agg"})
        if "unreported" not in ind.columns:
            ind["unreported"] = "missing"
        ind["unreported"] = ind["unreported"].replace("", "missing")
        # What the rules need of an indicator, worked out once.
        ind["points"] = (ind.accumulation == "ratio") | ind.unit.isin(["%", "‰"])
        ind["scale"] = ind.unit.map({"%": 100.0, "‰": 1000.0}).fillna(1.0)
        ind["zero"] = (ind.accumulation == "flow") & (ind.unreported == "zero")
        ind["span"] = ind.frequency.map({"quarterly": 3, "annual": 12}).fillna(1).astype(int)
        self.ind = ind
        self.tgt = pd.read_csv(os.path.join(folder, "targets.csv"), dtype={"org": str, "indicator": str, "type": str})
        val = pd.read_csv(os.path.join(folder, "values.csv"), dtype={"org": str, "indicator": str, "period": str})
        period = val.period
        val["year"] = period.str.slice(0, 4).astype(np.int16)
        quarter = period.str.contains("Q")
        month = pd.Series(12, index=val.index, dtype=np.int8)
        month[~quarter & (period.str.len() == 7)] = period[~quarter & (period.str.len() == 7)].str.slice(5, 7).astype(np.int8)
        month[quarter] = period[quarter].str.slice(5, 6).astype(np.int8) * 3
        val["month"] = month
        self.val = val.drop(columns=["period"]).merge(self.ind[["indicator", "accumulation", "frequency", "zero", "span"]], on="indicator")

    def compute(self, period):
        y, m = parse_period(period)
        q = (m // 3) * 3
        v = self.val[self.val.year.isin([y, y - 1]) & (self.val.accumulation != "ratio")]
        # The month the indicator's period ends as of month m (0: no such period yet).
        end = np.where(v.frequency == "quarterly", q, np.where(v.frequency == "annual", 12 if m == 12 else 0, m))
        v = v.assign(end=end)
        v = v[v.end > 0]
        at = v[v.month == v.end][["org", "indicator", "year", "value", "growth", "accumulation"]]
        # A flow: the periods reported from January through the end month, and the months they cover.
        reported = v[(v.accumulation == "flow") & (v.month <= v.end) & v.value.notna()]
        flows = reported.groupby(["org", "indicator", "year"], observed=True).agg(
            own_flow=("value", "sum"), count=("value", "size"), span=("span", "first"), end=("end", "first"), zero=("zero", "first")).reset_index()
        flows["partial"] = ~flows.zero & (flows["count"] * flows.span < flows.end)
        own = at.rename(columns={"value": "own", "growth": "published"})
        own.loc[own.accumulation == "flow", "own"] = np.nan
        own = own.drop(columns=["accumulation"]).merge(flows[["org", "indicator", "year", "own_flow", "partial"]],
                                                        on=["org", "indicator", "year"], how="outer")
        own["own"] = own["own"].fillna(own.pop("own_flow"))
        own["partial"] = own.partial.fillna(False).astype(bool)

        plain = self.ind[self.ind.accumulation != "ratio"][["indicator", "agg"]]
        years = pd.DataFrame({"year": [y, y - 1]})
        base = self.orgs.merge(plain, how="cross").merge(years, how="cross").merge(own, on=["org", "indicator", "year"], how="left")
        base["partial"] = base.partial.fillna(False).astype(bool)
        figs = []
        below = None
        for depth in range(self.max_depth, -1, -1):
            level = base[base.depth == depth].copy()
            if below is None:
                level["figure"] = level.own
            else:
                adds = below[(below.kind != "zone") & below.figure.notna()]
                sums = adds.groupby(["parent", "indicator", "year"]).agg(s=("figure", "sum"), p=("partial", "any")).reset_index()
                level = level.merge(sums, left_on=["org", "indicator", "year"], right_on=["parent", "indicator", "year"], how="left", suffixes=("", "_c"))
                from_children = (level["agg"] == "sum") & level.own.isna()
                level["figure"] = np.where(from_children, level.s, level.own)
                level["partial"] = np.where(from_children, level.p.fillna(False).astype(bool), level.partial)
                level = level.drop(columns=["parent_c", "s", "p"])
            figs.append(level)
            below = level
        figs = pd.concat(figs)[["org", "indicator", "year", "published", "figure", "partial"]]

        ratio = self.ind[self.ind.accumulation == "ratio"][["indicator", "numerator", "denominator", "scale"]]
        n = ratio.merge(figs.rename(columns={"indicator": "numerator", "figure": "n", "partial": "np"})[["org", "numerator", "year", "n", "np"]], on="numerator")
        r = n.merge(figs.rename(columns={"indicator": "denominator", "figure": "d", "partial": "dp"})[["org", "denominator", "year", "d", "dp"]],
                    on=["denominator", "org", "year"])
        r["figure"] = np.where(r.d != 0, r.n / r.d.replace(0, np.nan) * r.scale, np.nan)
        r["partial"] = r.figure.notna() & (r.np | r.dp)
        r["published"] = np.nan
        allfigs = pd.concat([figs, r[["org", "indicator", "year", "published", "figure", "partial"]]])
        allfigs["partial"] = allfigs.partial.astype(bool)

        before = allfigs[allfigs.year == y - 1][["org", "indicator", "figure", "partial"]].rename(columns={"figure": "prev", "partial": "prev_partial"})
        cur = allfigs[allfigs.year == y].merge(before, on=["org", "indicator"], how="left").merge(
            self.ind[["indicator", "basis", "frequency", "points"]], on="indicator")
        # Growth is recomputed only from two whole figures.
        whole = ~cur.partial & ~cur.prev_partial.fillna(True).astype(bool)
        points = np.where(whole, cur.figure - cur.prev, np.nan)
        percent = np.where(whole & (cur.basis == "nominal") & (cur.prev > 0), (cur.figure / cur.prev - 1) * 100, np.nan)
        cur["growth"] = np.where(cur.points, points, np.where(cur.published.notna(), cur.published, percent))
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
        # The parent's own row and partly reported rows are never ranked, nor counted in others' ranks.
        ranked = s.parent.notna() & ~s.partial
        keys = ["parent", "peer", "indicator"]
        # A measure only one member of a peer group has ranks nobody.
        for column, measure in [("rank_total", "ytd"), ("rank_growth", "growth"), ("rank_completion", "completion")]:
            r = s[ranked].assign(v=s[measure].round(6))
            rank = r.groupby(keys).v.rank(method="min", ascending=False)
            counted = r.groupby(keys).v.transform("count")
            s[column] = rank.where(counted >= 2)
        return s[["org", "indicator", "ytd", "growth", "completion", "schedule", "gap", "rank_total", "rank_growth", "rank_completion"]]
