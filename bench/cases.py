"""The case engine at scale (issue #14): a million synthetic cases with their events over the
province tree, in SQLite; the figures of every unit and department checked against DuckDB
computing the same figures from the same data (exported as CSV), then timed side by side; the
ledger and the inbox pages timed (p50/p99); the server's peak memory.

    python3 bench/cases.py [--binary PATH] [--cases N] [--data DIR] [--reuse]

Steps: `tiaodu generate --scale province` (the tree only: one indicator, one year) and `tiaodu
import orgs`; `tiaodu generate --cases N --database` (timed); users (an admin, a county approver, a
town reporter) and their API tokens; the cases and their rating and reopening events exported with
the sqlite3 shell; DuckDB loads them (not timed); a server; the figures compared on every unit and
department; the timings; the table into bench/RESULTS.md under "## Cases (issue #14)".
"""
import argparse
import csv
import datetime
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SECTION = "## Cases (issue #14)"
FIELDS = ["received", "closed", "closedOnTime", "open", "red", "yellow", "blue", "rated", "satisfied", "reopened"]


def log(text):
    print(text, file=sys.stderr, flush=True)


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def default_binary():
    path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(path, "tiaodu")


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


class Client:
    """One keep-alive connection with a bearer token; returns (seconds, status, body)."""

    def __init__(self, port, token):
        self.port, self.token = port, token
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)

    def get(self, path):
        started = time.perf_counter()
        try:
            self.connection.request("GET", path, headers={"Authorization": f"Bearer {self.token}", "Accept-Language": "zh"})
            response = self.connection.getresponse()
            body = response.read()
        except (http.client.HTTPException, OSError):
            self.connection.close()
            self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
            return self.get(path)
        elapsed = time.perf_counter() - started
        if response.status != 200:
            raise SystemExit(f"GET {path}: {response.status} {body[:300]!r}")
        return elapsed, body


class CasesBench:
    def __init__(self, binary, data, count, runs, requests):
        self.binary, self.data, self.count, self.runs, self.requests = binary, data, count, runs, requests
        self.path = os.path.join(data, f"cases-{count}.sqlite")
        self.url = f"sqlite:{self.path}"
        self.results = {"cases": count}
        self.cap = 60

    # 1. The workspace: the province tree, the cases, the users.
    def workspace(self, reuse):
        tree = os.path.join(self.data, "cases-tree")
        if not os.path.exists(os.path.join(tree, "orgs.csv")):
            run([self.binary, "generate", "--scale", "province", "--indicators", "1", "--years", "2021", "--out", tree])
        if reuse and os.path.exists(self.path) and os.path.exists(self.path + ".json"):
            with open(self.path + ".json") as f:
                saved = json.load(f)
            self.results.update(saved)  # the agreement check refuses it when the server's today is another day
            # its schema up to this build's migrations before it is exported (any command that opens it)
            run([self.binary, "cases", "types", "--database", self.url])
            return
        for suffix in ("", "-wal", "-shm", ".json"):
            if os.path.exists(self.path + suffix):
                os.remove(self.path + suffix)
        # the tree, and one indicator's values (pages stand on the workspace's latest month)
        for kind in ("orgs", "indicators", "values"):
            run([self.binary, "import", kind, os.path.join(tree, f"{kind}.csv"), "--database", self.url])
        log(f"cases: generating {self.count:,} cases…")
        started = time.perf_counter()
        out = run([self.binary, "generate", "--scale", "province", "--cases", str(self.count), "--database", self.url]).stdout
        seconds = time.perf_counter() - started
        found = re.search(r"as of (\d{4}-\d\d-\d\d); blue edge (\d{4}-\d\d-\d\d)", out)
        self.results.update({"generate_s": seconds, "as_of": found.group(1), "blue_edge": found.group(2)})
        for login, extra in (("bench", ["--admin"]), ("approver", ["--role", "approver", "--org", "co1"]),
                             ("reporter", ["--role", "reporter", "--org", "to1"])):
            run([self.binary, "user", "add", login, *extra, "--database", self.url], input="bench-password\n")
            self.results[f"token_{login}"] = run([self.binary, "token", "add", login, "--database", self.url]).stdout.strip()
        counts = run(["sqlite3", self.path, "SELECT (SELECT COUNT(*) FROM cases), (SELECT COUNT(*) FROM case_events), "
                      "(SELECT COUNT(*) FROM case_units), (SELECT COUNT(*) FROM cases WHERE state NOT IN ('closed', 'returned'))"]).stdout.strip().split("|")
        self.results.update({"rows_cases": int(counts[0]), "rows_events": int(counts[1]), "rows_units": int(counts[2]), "rows_open": int(counts[3]),
                             "db_mb": os.path.getsize(self.path) / 1e6})
        with open(self.path + ".json", "w") as f:
            json.dump({k: v for k, v in self.results.items() if k != "cases"}, f, indent=2)

    # 2. The same data for DuckDB: the cases' kept columns and the rating and reopening events.
    def export(self):
        self.cases_csv = os.path.join(self.data, f"cases-{self.count}.csv")
        self.events_csv = os.path.join(self.data, f"cases-{self.count}-events.csv")
        with open(self.cases_csv, "w") as f:
            subprocess.run(["sqlite3", "-csv", "-header", self.path,
                            "SELECT id, lead, state, assigned, closed, on_time, work_days, clock_due, yellow_from, rating FROM cases"],
                           check=True, stdout=f)
        with open(self.events_csv, "w") as f:
            subprocess.run(["sqlite3", "-csv", "-header", self.path,
                            "SELECT case_id, action, day, rating, lead FROM case_events WHERE action IN ('rate', 'reopen')"], check=True, stdout=f)

    def duckdb(self):
        import duckdb
        con = duckdb.connect()
        types = {"id": "BIGINT", "lead": "VARCHAR", "state": "VARCHAR", "assigned": "DATE", "closed": "DATE", "on_time": "INTEGER",
                 "work_days": "INTEGER", "clock_due": "DATE", "yellow_from": "DATE", "rating": "VARCHAR"}
        con.execute(f"""CREATE TABLE cases AS SELECT * FROM read_csv('{self.cases_csv}', header=true, quote='"', escape='"', columns={types!r})""")
        con.execute(f"""CREATE TABLE events AS SELECT * FROM read_csv('{self.events_csv}', header=true, quote='"', escape='"',
                        columns={{'case_id': 'BIGINT', 'action': 'VARCHAR', 'day': 'DATE', 'rating': 'VARCHAR', 'lead': 'VARCHAR'}})""")
        f, t, d, edge = self.period_from, self.results["as_of"], self.results["as_of"], self.results["blue_edge"]
        # CaseFigures: received = assigned in the period; closed (and on time, and their working
        # days) = closed in the period; open and by colour as of the day; rated, satisfied and
        # reopened = those events in the period, for the lead unit each event judged (it names it).
        sql = f"""
        WITH c AS (
          SELECT lead,
            count(*) FILTER (WHERE assigned BETWEEN DATE '{f}' AND DATE '{t}') AS received,
            count(*) FILTER (WHERE state = 'closed' AND closed BETWEEN DATE '{f}' AND DATE '{t}') AS closed,
            count(*) FILTER (WHERE state = 'closed' AND closed BETWEEN DATE '{f}' AND DATE '{t}' AND on_time = 1) AS on_time,
            coalesce(sum(work_days) FILTER (WHERE state = 'closed' AND closed BETWEEN DATE '{f}' AND DATE '{t}'), 0) AS work_days,
            count(*) FILTER (WHERE state NOT IN ('closed', 'returned')) AS open,
            count(*) FILTER (WHERE clock_due < DATE '{d}') AS red,
            count(*) FILTER (WHERE (clock_due >= DATE '{d}' AND yellow_from <= DATE '{d}') OR (state = 'answered' AND rating = 'dissatisfied')) AS yellow,
            count(*) FILTER (WHERE clock_due >= DATE '{d}' AND clock_due < DATE '{edge}' AND (yellow_from IS NULL OR yellow_from > DATE '{d}')) AS blue
          FROM cases WHERE lead IS NOT NULL GROUP BY lead
        ),
        e AS (
          SELECT e.lead,
            count(*) FILTER (WHERE e.action = 'rate') AS rated,
            count(*) FILTER (WHERE e.action = 'rate' AND e.rating IN ('satisfied', 'basically_satisfied')) AS satisfied,
            count(*) FILTER (WHERE e.action = 'reopen') AS reopened
          FROM events e
          WHERE e.day BETWEEN DATE '{f}' AND DATE '{t}' AND e.lead IS NOT NULL GROUP BY e.lead
        )
        SELECT coalesce(c.lead, e.lead) AS lead, coalesce(received, 0), coalesce(closed, 0), coalesce(on_time, 0), coalesce(work_days, 0),
               coalesce(open, 0), coalesce(red, 0), coalesce(yellow, 0), coalesce(blue, 0),
               coalesce(rated, 0), coalesce(satisfied, 0), coalesce(reopened, 0)
        FROM c FULL OUTER JOIN e ON e.lead = c.lead
        """
        rows = con.execute(sql).fetchall()
        times = []
        for _ in range(self.runs):
            started = time.perf_counter()
            con.execute(sql).fetchall()
            times.append(time.perf_counter() - started)
        self.results["duckdb_ms"] = statistics.median(times) * 1000
        ours = {}
        for r in rows:
            if not any(r[1:]):
                continue  # nothing in the period and nothing open: Tiaodu lists no figures for it
            ours[r[0]] = dict(zip(["received", "closed", "closedOnTime", "workDays", "open", "red", "yellow", "blue", "rated", "satisfied", "reopened"], r[1:]))
        return ours

    # 3. The server.
    def start(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = subprocess.Popen([self.binary, "serve", "--port", str(self.port), "--database", self.url],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        self.clients = {login: Client(self.port, self.results[f"token_{login}"]) for login in ("bench", "approver", "reporter")}

    def stop(self):
        with open(f"/proc/{self.server.pid}/status") as f:
            status = f.read()
        self.results["peak_rss_mb"] = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
        self.server.terminate()
        self.server.wait()

    def agreement(self, reference):
        route = f"/api/v1/case-figures?from={self.period_from}&to={self.results['as_of']}"
        _, body = self.clients["bench"].get(route)
        answer = json.loads(body)
        if answer["asOf"] != self.results["as_of"]:
            raise SystemExit(f"the server stands on {answer['asOf']}, the cases on {self.results['as_of']}: generate them again today")
        theirs = {row["unit"]: row for row in answer["units"] + answer["departments"]}
        problems = [f"{unit}: only in {'DuckDB' if unit in reference else 'Tiaodu'}" for unit in sorted(set(reference) ^ set(theirs))]
        for unit in sorted(set(reference) & set(theirs)):
            a, b = reference[unit], theirs[unit]
            for name in FIELDS:
                if int(a[name]) != int(b[name]):
                    problems.append(f"{unit} {name}: DuckDB {a[name]} vs Tiaodu {b[name]}")
            if a["closed"]:
                average = a["workDays"] / a["closed"]
                if b["averageDays"] is None or abs(float(b["averageDays"]) - average) > 0.051:
                    problems.append(f"{unit} averageDays: DuckDB {average:.3f} vs Tiaodu {b['averageDays']}")
        if problems:
            raise SystemExit("Tiaodu and DuckDB disagree; no time is reported:\n" + "\n".join(problems[:20]))
        self.results.update({"units": len(answer["units"]), "departments": len(answer["departments"]), "agree": True,
                             "totals": {name: sum(int(r[name]) for r in reference.values()) for name in FIELDS}})
        return route

    def timings(self, figures_route):
        def median(client, path, n):
            client.get(path)
            return statistics.median(client.get(path)[0] for _ in range(n)) * 1000

        def spread(client, path):
            # a slow route stops after `cap` seconds (a minute): its p99 is then of the requests made
            client.get(path)
            times, started = [], time.perf_counter()
            while len(times) < self.requests and time.perf_counter() - started < self.cap:
                times.append(client.get(path)[0] * 1000)
            return {"p50": statistics.median(times), "p99": percentile(times, 99), "n": len(times)}

        admin, approver, reporter = self.clients["bench"], self.clients["approver"], self.clients["reporter"]
        self.results["figures_api_ms"] = median(admin, figures_route, self.runs)
        self.results["figures_page_ms"] = median(admin, figures_route.replace("/api/v1/case-figures", "/cases/figures"), self.runs)
        self.results["figures_county_ms"] = median(approver, figures_route, self.runs)
        pages = {}
        for name, client, path in (
            ("ledger API, red, admin", admin, "/api/v1/cases?limit=50&colour=red"),
            ("ledger API, by due, admin", admin, "/api/v1/cases?limit=50&sort=due"),
            ("ledger API, yellow, county approver", approver, "/api/v1/cases?limit=50&colour=yellow"),
            ("ledger API, by due, county approver", approver, "/api/v1/cases?limit=50&sort=due"),
            ("ledger page /cases, red, admin", admin, "/cases?colour=red"),
            ("ledger page /cases, by due, admin", admin, "/cases?sort=due"),
            ("ledger page /cases, by due, county approver", approver, "/cases?sort=due"),
            ("inbox API, county approver", approver, "/api/v1/inbox"),
            ("inbox API, town reporter", reporter, "/api/v1/inbox"),
            ("inbox page /inbox, county approver", approver, "/inbox"),
            ("inbox page /inbox, town reporter", reporter, "/inbox"),
        ):
            log(f"cases: {name}…")
            pages[name] = spread(client, path)
        self.results["pages"] = pages

    def measure(self, reuse):
        os.makedirs(self.data, exist_ok=True)
        self.workspace(reuse)
        self.period_from = self.results["as_of"][:4] + "-01-01"
        log("cases: export and DuckDB…")
        self.export()
        reference = self.duckdb()
        self.start()
        try:
            log("cases: agreement…")
            route = self.agreement(reference)
            self.timings(route)
        finally:
            self.stop()
        return self.results


def report(r, before=None):
    totals = r["totals"]
    lines = [
        SECTION,
        "",
        f"`python3 bench/cases.py` (release build, {datetime.date.today().isoformat()}, SQLite): {r['rows_cases']:,} synthetic cases "
        f"({r['rows_events']:,} events, {r['rows_units']:,} case units, {r['rows_open']:,} open; a {r['db_mb']:,.0f} MB database) over the "
        f"province tree (1,300 towns and 40 departments lead them), as of {r['as_of']}; written by `tiaodu generate --cases` in "
        f"{r['generate_s']:.0f} s ({r['rows_cases'] / r['generate_s']:,.0f} cases/s, every step replayed through CaseMachine). "
        f"Figures for {r['period_from'] if 'period_from' in r else r['as_of'][:4] + '-01-01'} to {r['as_of']}: {r['units']:,} units and "
        f"{r['departments']} departments; Tiaodu (`/api/v1/case-figures`) and DuckDB (the same definitions over the same rows, "
        f"exported as CSV) agree on every count of every one (received {totals['received']:,}, closed {totals['closed']:,}, "
        f"open {totals['open']:,}: red {totals['red']:,}, yellow {totals['yellow']:,}, blue {totals['blue']:,}; rated {totals['rated']:,}, "
        f"reopened {totals['reopened']:,}). Times are the client's, over one keep-alive connection, warm.",
        "",
        "| figure | Tiaodu | baseline | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]
    ok = r["figures_api_ms"] <= 1000
    lines.append(f"| figures of every unit and department, admin (API, median of {r.get('runs', 10)}) | {r['figures_api_ms']:.0f} ms | "
                 f"DuckDB {r['duckdb_ms']:.0f} ms | {r['figures_api_ms'] / r['duckdb_ms']:.2f}× DuckDB | ≤ 1 s | {'yes' if ok else 'no'} |")
    lines.append(f"| the same, the /cases/figures page | {r['figures_page_ms']:.0f} ms | | | ≤ 1 s | {'yes' if r['figures_page_ms'] <= 1000 else 'no'} |")
    lines.append(f"| the same, a county approver (its own cases) | {r['figures_county_ms']:.0f} ms | | | ≤ 1 s | {'yes' if r['figures_county_ms'] <= 1000 else 'no'} |")
    for name, t in r["pages"].items():
        lines.append(f"| {name} ({t.get('n', r.get('requests', 200))} requests) | p50 {t['p50']:.1f} ms, p99 {t['p99']:.1f} ms | | | p99 < 100 ms | "
                     f"{'yes' if t['p99'] < 100 else 'no'} |")
    lines.append(f"| server memory after all of the above (peak resident) | {r['peak_rss_mb']:,.0f} MB | | | — | — |")
    if before:
        lines += ["", before.get("label", "The same database before this measurement's changes") + ":", "",
                  "| figure | before | after |", "|---|---|---|"]
        for key, name in (("figures_api_ms", "figures, admin (API)"), ("figures_page_ms", "figures page"), ("figures_county_ms", "figures, county approver")):
            lines.append(f"| {name} | {before[key]:.0f} ms | {r[key]:.0f} ms |")
        for name, t in r["pages"].items():
            b = before["pages"].get(name)
            if b:
                lines.append(f"| {name} | p50 {b['p50']:.1f}, p99 {b['p99']:.1f} ms | p50 {t['p50']:.1f}, p99 {t['p99']:.1f} ms |")
        lines.append(f"| peak resident | {before['peak_rss_mb']:,.0f} MB | {r['peak_rss_mb']:,.0f} MB |")
    return "\n".join(lines) + "\n"


def write_section(text, section=SECTION):
    """Puts `text` into bench/RESULTS.md in place of the section headed `section` (other benches use it too)."""
    path = os.path.join(HERE, "RESULTS.md")
    old = open(path).read() if os.path.exists(path) else "# Benchmark results\n"
    start = old.find(section)
    if start >= 0:
        end = old.find("\n## ", start + len(section))
        old = old[:start] + (old[end + 1:] if end >= 0 else "")
    with open(path, "w") as f:
        f.write(old.rstrip("\n") + "\n\n" + text)


def main():
    try:
        import duckdb  # noqa: F401
    except ImportError:
        venv = os.path.join(ROOT, ".bench-venv", "bin", "python")
        if os.path.exists(venv) and os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(ROOT, ".bench-venv")):
            os.execv(venv, [venv, *sys.argv])
        raise SystemExit("DuckDB is missing: python3 -m venv .bench-venv && .bench-venv/bin/pip install duckdb (bench/run does it)")
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", help="the release tiaodu (default: swift build -c release --show-bin-path)")
    parser.add_argument("--data", default=os.path.join(HERE, "data"))
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=10, help="figures: the median of this many")
    parser.add_argument("--requests", type=int, default=200, help="ledger and inbox: p50 and p99 of this many")
    parser.add_argument("--cap", type=float, default=60, help="seconds a slow route is timed at most")
    parser.add_argument("--reuse", action="store_true", help="keep the database of an earlier run with the same count")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    parser.add_argument("--before", help="the results (JSON) of an earlier run to set beside these")
    parser.add_argument("--before-label", help="what that earlier run was (a sentence)")
    args = parser.parse_args()
    bench = CasesBench(args.binary or default_binary(), args.data, args.cases, args.runs, args.requests)
    bench.cap = args.cap
    results = bench.measure(args.reuse)
    results.update({"runs": args.runs, "requests": args.requests, "period_from": bench.period_from})
    with open(os.path.join(args.data, f"cases-{args.cases}-results.json"), "w") as f:
        json.dump({k: v for k, v in results.items() if not k.startswith("token_")}, f, indent=2)
    before = None
    if args.before:
        with open(args.before) as f:
            before = json.load(f)
        if args.before_label:
            before["label"] = args.before_label
    text = report(results, before)
    print(text)
    if not args.no_write:
        write_section(text)


if __name__ == "__main__":
    main()
