"""The province bulletin computed by DuckDB: the analyst's script Tiaodu is measured against.

The data is loaded into DuckDB tables beforehand (not timed); `compute` runs the SQL — window
functions for the peer-group ranks, one aggregation step per tree level for parents' sums — and
returns one row per unit × indicator: org, indicator, ytd, growth, completion, schedule, gap,
rank_total, rank_growth, rank_completion. Same rules as METRICS.md for what the synthetic
workspace exercises: flow / cumulative / stock / quarterly / ratio indicators, `sum` and
`reported` parents, published vs recomputed growth, amount / count / growth / rate targets —
and the rules for rates and partly reported flows:

- a rate or ratio (accumulation `ratio`, or unit % or ‰) changes in points: this year's level
  minus last year's, both present and neither partial; a published growth is ignored for it;
- a flow's YTD sums the months reported from January (a quarter counts three months, a year
  twelve); it is partial when they are fewer than the period's end month, unless the indicator
  says an unreported month is zero; a `sum` parent summed from its children is partial when any
  child that adds in is, a ratio when either part is;
- a partial row gets no recomputed growth (a published one still counts) and no ranks, and is
  left out of the others' ranks; its completion and gap are computed all the same; a measure
  only one member of a peer group has ranks nobody.
"""
import csv
import os

import duckdb

from common import parse_period, read_tree


class DuckDBBulletin:
    def __init__(self, folder):
        self.con = duckdb.connect()
        tree = read_tree(folder)
        self.max_depth = max(u[3] for u in tree.values())
        self.con.execute("CREATE TABLE orgs (code VARCHAR, parent VARCHAR, kind VARCHAR, peer VARCHAR, depth INT)")
        self.con.executemany("INSERT INTO orgs VALUES (?, ?, ?, ?, ?)", [(c, u[0], u[1], u[2], u[3]) for c, u in tree.items()])
        path = lambda name: os.path.join(folder, name).replace("'", "''")
        with open(os.path.join(folder, "indicators.csv"), encoding="utf-8-sig") as f:
            header = next(csv.reader(f))
        # A catalogue without the column: every unreported month is unknown ("missing").
        unreported = "coalesce(NULLIF(unreported, ''), 'missing')" if "unreported" in header else "'missing'"
        self.con.execute(f"""CREATE TABLE ind AS SELECT code, frequency, accumulation, growth_basis AS basis, aggregation AS agg,
                             numerator, denominator,
                             accumulation = 'ratio' OR unit IN ('%', '‰') AS points,
                             CASE unit WHEN '%' THEN 100.0 WHEN '‰' THEN 1000.0 ELSE 1.0 END AS scale,
                             accumulation = 'flow' AND {unreported} = 'zero' AS zero,
                             CASE frequency WHEN 'quarterly' THEN 3 WHEN 'annual' THEN 12 ELSE 1 END AS span
                             FROM read_csv('{path("indicators.csv")}', header=true, all_varchar=true)""")
        self.con.execute(f"""CREATE TABLE tgt AS SELECT org, indicator, CAST(year AS INT) AS year, type, CAST(value AS DOUBLE) AS value
                             FROM read_csv('{path("targets.csv")}', header=true, all_varchar=true)""")
        self.con.execute(f"""CREATE TABLE val AS SELECT org, indicator, CAST(substr(period, 1, 4) AS INT) AS year,
                               CASE WHEN period LIKE '%Q%' THEN CAST(substr(period, 6, 1) AS INT) * 3
                                    WHEN length(period) = 7 THEN CAST(substr(period, 6, 2) AS INT) ELSE 12 END AS month,
                               CAST(NULLIF(value, '') AS DOUBLE) AS value, CAST(NULLIF(growth, '') AS DOUBLE) AS growth
                             FROM read_csv('{path("values.csv")}', header=true, all_varchar=true)""")

    def compute(self, period):
        y, m = parse_period(period)
        q = (m // 3) * 3
        # The end month of each frequency's period as of month m (0: no such period yet).
        year_end = 12 if m == 12 else 0
        sql = f"""
        WITH ip AS (
          SELECT *, CASE frequency WHEN 'quarterly' THEN {q} WHEN 'annual' THEN {year_end} ELSE {m} END AS pend FROM ind
        ),
        own AS (
          SELECT v.org, v.indicator, v.year,
                 CASE WHEN i.accumulation = 'flow' THEN sum(v.value) FILTER (WHERE v.month <= i.pend)
                      ELSE max(v.value) FILTER (WHERE v.month = i.pend) END AS own,
                 i.accumulation = 'flow' AND NOT i.zero AND count(v.value) FILTER (WHERE v.month <= i.pend) > 0
                   AND count(v.value) FILTER (WHERE v.month <= i.pend) * i.span < i.pend AS partial,
                 max(v.growth) FILTER (WHERE v.month = i.pend) AS published
          FROM val v JOIN ip i ON i.code = v.indicator
          WHERE v.year IN ({y}, {y - 1}) AND i.accumulation <> 'ratio' AND i.pend > 0
          GROUP BY v.org, v.indicator, v.year, i.accumulation, i.pend, i.zero, i.span
        ),
        base AS (
          SELECT o.code AS org, o.parent, o.kind, o.depth, i.code AS indicator, i.agg, yr.year, own.own,
                 coalesce(own.partial, false) AS partial, own.published
          FROM orgs o CROSS JOIN ind i CROSS JOIN (VALUES ({y}), ({y - 1})) yr(year)
          LEFT JOIN own ON own.org = o.code AND own.indicator = i.code AND own.year = yr.year
          WHERE i.accumulation <> 'ratio'
        ),
        """
        # One step per level, leaves first: a parent's figure is its own, or (sum) its children's
        # sum — partial when any child that adds in is.
        levels = []
        for depth in range(self.max_depth, -1, -1):
            if depth == self.max_depth:
                levels.append(f"l{depth} AS (SELECT org, parent, kind, indicator, year, published, own AS figure, partial FROM base WHERE depth = {depth})")
            else:
                levels.append(f"""l{depth} AS (
                  SELECT b.org, b.parent, b.kind, b.indicator, b.year, b.published,
                         CASE WHEN b.agg = 'sum' THEN coalesce(b.own, c.s) ELSE b.own END AS figure,
                         CASE WHEN b.agg = 'sum' AND b.own IS NULL THEN coalesce(c.p, false) ELSE b.partial END AS partial
                  FROM base b LEFT JOIN (SELECT parent, indicator, year, sum(figure) AS s, bool_or(partial) AS p FROM l{depth + 1}
                                         WHERE kind <> 'zone' AND figure IS NOT NULL GROUP BY parent, indicator, year) c
                    ON c.parent = b.org AND c.indicator = b.indicator AND c.year = b.year
                  WHERE b.depth = {depth})""")
        sql += ",\n".join(levels) + ",\n"
        sql += "figs AS (" + " UNION ALL ".join(f"SELECT org, indicator, year, published, figure, partial FROM l{d}" for d in range(self.max_depth + 1)) + "),\n"
        sql += f"""
        ratios AS (
          SELECT org, indicator, year, published, figure, figure IS NOT NULL AND partial AS partial FROM (
            SELECT n.org, i.code AS indicator, n.year, NULL::DOUBLE AS published,
                   CASE WHEN d.figure <> 0 THEN n.figure / d.figure * i.scale END AS figure,
                   n.partial OR d.partial AS partial
            FROM ind i JOIN figs n ON n.indicator = i.numerator JOIN figs d ON d.indicator = i.denominator AND d.org = n.org AND d.year = n.year
            WHERE i.accumulation = 'ratio')
        ),
        allfigs AS (SELECT * FROM figs UNION ALL SELECT * FROM ratios),
        cur AS (
          SELECT c.org, c.indicator, c.figure AS ytd, c.partial,
                 CASE WHEN i.points THEN
                        CASE WHEN NOT c.partial AND NOT coalesce(p.partial, true) THEN c.figure - p.figure END
                      WHEN c.published IS NOT NULL THEN c.published
                      WHEN i.basis = 'nominal' AND NOT c.partial AND NOT coalesce(p.partial, true) AND p.figure > 0
                        THEN (c.figure / p.figure - 1) * 100 END AS growth,
                 i.frequency
          FROM allfigs c JOIN ind i ON i.code = c.indicator
          LEFT JOIN allfigs p ON p.org = c.org AND p.indicator = c.indicator AND p.year = {y - 1}
          WHERE c.year = {y}
        ),
        scored AS (
          SELECT c.org, c.indicator, c.ytd, c.growth, c.partial, t.type,
                 CASE WHEN t.type IN ('amount', 'count') AND t.value <> 0 THEN c.ytd / t.value * 100 END AS completion,
                 CASE WHEN t.type IN ('amount', 'count') THEN CASE WHEN c.frequency = 'quarterly' THEN {m // 3} / 4.0 * 100 ELSE {m} / 12.0 * 100 END END AS schedule,
                 t.value AS target
          FROM cur c LEFT JOIN tgt t ON t.org = c.org AND t.indicator = c.indicator AND t.year = {y}
        ),
        gaps AS (
          SELECT s.*, CASE WHEN s.type IN ('amount', 'count') THEN s.completion - s.schedule
                           WHEN s.type = 'growth' THEN s.growth - s.target
                           WHEN s.type = 'rate' THEN s.ytd - s.target END AS gap,
                 o.parent, o.peer, o.parent IS NOT NULL AND NOT s.partial AS ranked
          FROM scored s JOIN orgs o ON o.code = s.org
        )
        SELECT g.org, g.indicator, g.ytd, g.growth, g.completion, g.schedule, g.gap,
               CASE WHEN g.ranked AND g.ytd IS NOT NULL AND count(*) OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ranked AND g.ytd IS NOT NULL) >= 2 THEN rank() OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ranked AND g.ytd IS NOT NULL ORDER BY round(g.ytd, 6) DESC) END AS rank_total,
               CASE WHEN g.ranked AND g.growth IS NOT NULL AND count(*) OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ranked AND g.growth IS NOT NULL) >= 2 THEN rank() OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ranked AND g.growth IS NOT NULL ORDER BY round(g.growth, 6) DESC) END AS rank_growth,
               CASE WHEN g.ranked AND g.completion IS NOT NULL AND count(*) OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ranked AND g.completion IS NOT NULL) >= 2 THEN rank() OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ranked AND g.completion IS NOT NULL ORDER BY round(g.completion, 6) DESC) END AS rank_completion
        FROM gaps g
        WHERE g.ytd IS NOT NULL OR g.growth IS NOT NULL
        """
        return self.con.execute(sql).fetchall()
