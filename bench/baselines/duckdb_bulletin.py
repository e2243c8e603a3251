"""The province bulletin computed by DuckDB: the analyst's script Tiaodu is measured against.

The data is loaded into DuckDB tables beforehand (not timed); `compute` runs the SQL — window
functions for the peer-group ranks, one aggregation step per tree level for parents' sums — and
returns one row per unit × indicator: org, indicator, ytd, growth, completion, schedule, gap,
rank_total, rank_growth, rank_completion. Same rules as METRICS.md for what the synthetic
workspace exercises: flow / cumulative / stock / quarterly / ratio indicators, `sum` and
`reported` parents, published vs recomputed growth, amount / count / growth / rate targets.
"""
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
        self.con.execute(f"""CREATE TABLE ind AS SELECT code, frequency, accumulation, growth_basis AS basis, aggregation AS agg,
                             numerator, denominator FROM read_csv('{path("indicators.csv")}', header=true, all_varchar=true)""")
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
        sql = f"""
        WITH own AS (
          SELECT v.org, v.indicator, v.year,
                 CASE WHEN i.accumulation = 'flow' THEN
                        CASE WHEN count(v.value) FILTER (WHERE v.month <= {m}) = {m} THEN sum(v.value) FILTER (WHERE v.month <= {m}) END
                      ELSE max(v.value) FILTER (WHERE v.month = CASE WHEN i.frequency = 'quarterly' THEN {q} ELSE {m} END) END AS own,
                 max(v.growth) FILTER (WHERE v.month = CASE WHEN i.frequency = 'quarterly' THEN {q} ELSE {m} END) AS published
          FROM val v JOIN ind i ON i.code = v.indicator
          WHERE v.year IN ({y}, {y - 1}) AND i.accumulation <> 'ratio'
          GROUP BY v.org, v.indicator, v.year, i.accumulation, i.frequency
        ),
        base AS (
          SELECT o.code AS org, o.parent, o.kind, o.depth, i.code AS indicator, i.agg, yr.year, own.own, own.published
          FROM orgs o CROSS JOIN ind i CROSS JOIN (VALUES ({y}), ({y - 1})) yr(year)
          LEFT JOIN own ON own.org = o.code AND own.indicator = i.code AND own.year = yr.year
          WHERE i.accumulation <> 'ratio'
        ),
        """
        # One step per level, leaves first: a parent's figure is its own, or (sum) its children's sum.
        levels = []
        for depth in range(self.max_depth, -1, -1):
            if depth == self.max_depth:
                levels.append(f"l{depth} AS (SELECT org, parent, kind, indicator, year, published, own AS figure FROM base WHERE depth = {depth})")
            else:
                levels.append(f"""l{depth} AS (
                  SELECT b.org, b.parent, b.kind, b.indicator, b.year, b.published,
                         CASE WHEN b.agg = 'sum' THEN coalesce(b.own, c.s) ELSE b.own END AS figure
                  FROM base b LEFT JOIN (SELECT parent, indicator, year, sum(figure) AS s FROM l{depth + 1}
                                         WHERE kind <> 'zone' AND figure IS NOT NULL GROUP BY parent, indicator, year) c
                    ON c.parent = b.org AND c.indicator = b.indicator AND c.year = b.year
                  WHERE b.depth = {depth})""")
        sql += ",\n".join(levels) + ",\n"
        sql += "figs AS (" + " UNION ALL ".join(f"SELECT org, indicator, year, published, figure FROM l{d}" for d in range(self.max_depth + 1)) + "),\n"
        sql += f"""
        ratios AS (
          SELECT n.org, i.code AS indicator, n.year, NULL::DOUBLE AS published,
                 CASE WHEN d.figure <> 0 THEN n.figure / d.figure * 100 END AS figure
          FROM ind i JOIN figs n ON n.indicator = i.numerator JOIN figs d ON d.indicator = i.denominator AND d.org = n.org AND d.year = n.year
          WHERE i.accumulation = 'ratio'
        ),
        allfigs AS (SELECT * FROM figs UNION ALL SELECT * FROM ratios),
        cur AS (
          SELECT c.org, c.indicator, c.figure AS ytd,
                 CASE WHEN c.published IS NOT NULL AND i.accumulation <> 'ratio' THEN c.published
                      WHEN i.basis = 'nominal' AND p.figure > 0 THEN (c.figure / p.figure - 1) * 100 END AS growth,
                 i.frequency
          FROM allfigs c JOIN ind i ON i.code = c.indicator
          LEFT JOIN allfigs p ON p.org = c.org AND p.indicator = c.indicator AND p.year = {y - 1}
          WHERE c.year = {y}
        ),
        scored AS (
          SELECT c.org, c.indicator, c.ytd, c.growth, t.type,
                 CASE WHEN t.type IN ('amount', 'count') AND t.value <> 0 THEN c.ytd / t.value * 100 END AS completion,
                 CASE WHEN t.type IN ('amount', 'count') THEN CASE WHEN c.frequency = 'quarterly' THEN {m // 3} / 4.0 * 100 ELSE {m} / 12.0 * 100 END END AS schedule,
                 t.value AS target
          FROM cur c LEFT JOIN tgt t ON t.org = c.org AND t.indicator = c.indicator AND t.year = {y}
        ),
        gaps AS (
          SELECT s.*, CASE WHEN s.type IN ('amount', 'count') THEN s.completion - s.schedule
                           WHEN s.type = 'growth' THEN s.growth - s.target
                           WHEN s.type = 'rate' THEN s.ytd - s.target END AS gap,
                 o.parent, o.peer
          FROM scored s JOIN orgs o ON o.code = s.org
        ),
        has_data AS (SELECT DISTINCT parent, indicator FROM gaps WHERE ytd IS NOT NULL OR growth IS NOT NULL)
        SELECT g.org, g.indicator, g.ytd, g.growth, g.completion, g.schedule, g.gap,
               CASE WHEN g.parent IS NOT NULL AND g.ytd IS NOT NULL THEN rank() OVER (PARTITION BY g.parent, g.peer, g.indicator, g.ytd IS NULL ORDER BY round(g.ytd, 6) DESC) END AS rank_total,
               CASE WHEN g.parent IS NOT NULL AND g.growth IS NOT NULL THEN rank() OVER (PARTITION BY g.parent, g.peer, g.indicator, g.growth IS NULL ORDER BY round(g.growth, 6) DESC) END AS rank_growth,
               CASE WHEN g.parent IS NOT NULL AND g.completion IS NOT NULL THEN rank() OVER (PARTITION BY g.parent, g.peer, g.indicator, g.completion IS NULL ORDER BY round(g.completion, 6) DESC) END AS rank_completion
        FROM gaps g
        WHERE g.ytd IS NOT NULL OR g.growth IS NOT NULL
        """
        return self.con.execute(sql).fetchall()
