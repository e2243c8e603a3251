"""Tiaodu's benchmark: one run, one table, every figure side by side with its baseline.

Run through `bench/run` (which builds the release binary and the Python environment). Steps:
import (Tiaodu vs the sqlite3 shell's .import), bulletin (Tiaodu vs DuckDB vs pandas, after an
agreement check on every figure), freshness, HTTP (wrk, bulletin vs health route), memory and
scaling (city and province on SQLite, a nation slice on PostgreSQL). Results go to stdout and
to bench/RESULTS.md.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "baselines"))

import agreement  # noqa: E402
from duckdb_bulletin import DuckDBBulletin  # noqa: E402
from pandas_bulletin import PandasBulletin  # noqa: E402

PERIOD = "2021-09"


def log(text):
    print(text, file=sys.stderr, flush=True)


def run(args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw)


def median_of(runs, fn):
    return statistics.median(fn() for _ in range(runs))


def timed(fn):
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


class Bench:
    def __init__(self, binary, data, runs):
        self.binary, self.data, self.runs = binary, data, runs
        self.results = {}

    def folder(self, scale):
        folder = os.path.join(self.data, scale)
        if not os.path.exists(os.path.join(folder, "values.csv")):
            log(f"generating the {scale} workspace…")
            run([self.binary, "generate", "--scale", scale, "--out", folder])
        return folder

    def database(self, scale, fresh=False):
        path = os.path.join(self.data, f"{scale}.sqlite")
        if fresh or not os.path.exists(path):
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
            for kind in ("orgs", "indicators", "targets", "values", "projects", "progress"):
                file = os.path.join(self.folder(scale), f"{kind}.csv")
                if os.path.exists(file):
                    run([self.binary, "import", kind, file, "--database", f"sqlite:{path}"])
        return path

    def count_values(self, scale):
        with open(os.path.join(self.folder(scale), "values.csv"), "rb") as f:
            return sum(1 for _ in f) - 1

    def values_read(self, scale):
        """Values of the two years a bulletin for PERIOD reads (its year and the year before)."""
        years = (PERIOD[:4].encode(), str(int(PERIOD[:4]) - 1).encode())
        with open(os.path.join(self.folder(scale), "values.csv"), "rb") as f:
            next(f)
            return sum(1 for line in f if line.split(b",", 3)[2][:4] in years)

    # 1. Import: values per second into SQLite, with validation, vs the sqlite3 shell.
    def import_rate(self, scale="province"):
        folder = self.folder(scale)
        values = self.count_values(scale)
        path = os.path.join(self.data, "import.sqlite")

        def tiaodu():
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)
            for kind in ("orgs", "indicators"):
                run([self.binary, "import", kind, os.path.join(folder, f"{kind}.csv"), "--database", f"sqlite:{path}"])
            return timed(lambda: run([self.binary, "import", "values", os.path.join(folder, "values.csv"), "--database", f"sqlite:{path}"]))

        def shell():
            if os.path.exists(path):
                os.remove(path)
            return timed(lambda: run(["sqlite3", path, ".mode csv", f".import {os.path.join(folder, 'values.csv')} v"]))

        log("import: Tiaodu…")
        ours = statistics.median(tiaodu() for _ in range(self.runs))
        log("import: sqlite3 shell…")
        floor = statistics.median(shell() for _ in range(self.runs))
        self.results["import"] = {"values": values, "tiaodu_s": ours, "shell_s": floor,
                                  "tiaodu_rate": values / ours, "shell_rate": values / floor}

    # 2. Bulletin: the full bulletin of one month, warm, vs DuckDB and pandas.
    def bulletin(self, scale):
        folder, path = self.folder(scale), self.database(scale)
        log(f"bulletin ({scale}): Tiaodu…")
        out = run([self.binary, "bulletin", "--all", "--period", PERIOD, "--format", "json", "--repeat", str(max(3, self.runs)),
                   "--database", f"sqlite:{path}"])
        median_ms = float(re.search(r"compute median ([0-9.]+) ms", out.stderr).group(1))
        ours = agreement.from_tiaodu(out.stdout)
        log(f"bulletin ({scale}): DuckDB…")
        duck = DuckDBBulletin(folder)
        duck_rows = duck.compute(PERIOD)
        duck_s = median_of(max(3, self.runs), lambda: timed(lambda: duck.compute(PERIOD)))
        log(f"bulletin ({scale}): pandas…")
        frame = PandasBulletin(folder)
        pandas_rows = frame.compute(PERIOD)
        pandas_s = median_of(max(3, self.runs), lambda: timed(lambda: frame.compute(PERIOD)))
        problems = agreement.differences(ours, agreement.from_tuples(duck_rows)) + agreement.differences(ours, agreement.from_frame(pandas_rows))
        if problems:
            raise SystemExit("the three bulletins disagree; no time is reported:\n" + "\n".join(problems))
        self.results.setdefault("bulletin", {})[scale] = {
            "rows": len(ours), "values": self.count_values(scale), "values_read": self.values_read(scale), "agree": True,
            "tiaodu_ms": median_ms, "duckdb_ms": duck_s * 1000, "pandas_ms": pandas_s * 1000}

    # 6. Scaling past SQLite: a nation slice (every one of ≈42,000 units, the first 10 indicators,
    #    2020–2021) imported into PostgreSQL, then the full bulletin from it.
    def nation(self, postgres):
        folder = os.path.join(self.data, "nation-slice")
        if not os.path.exists(os.path.join(folder, "values.csv")):
            log("generating the nation slice…")
            run([self.binary, "generate", "--scale", "nation", "--indicators", "10", "--years", "2020-2021", "--out", folder])
        run(["psql", postgres, "-q", "-c", "DROP DATABASE IF EXISTS tiaodu_nation", "-c", "CREATE DATABASE tiaodu_nation"])
        url = postgres.rsplit("/", 1)[0] + "/tiaodu_nation"
        log("nation slice: import into PostgreSQL…")
        for kind in ("orgs", "indicators", "targets"):
            run([self.binary, "import", kind, os.path.join(folder, f"{kind}.csv"), "--database", url])
        import_s = timed(lambda: run([self.binary, "import", "values", os.path.join(folder, "values.csv"), "--database", url]))
        log("nation slice: bulletin…")
        out = run([self.binary, "bulletin", "--all", "--period", PERIOD, "--format", "csv", "--repeat", "9", "--database", url])
        found = re.search(r"bulletin: (\d+) rows; load ([0-9.]+) ms; compute median ([0-9.]+) ms", out.stderr)
        values = sum(1 for _ in open(os.path.join(folder, "values.csv"), "rb")) - 1
        # The control: a province slice of the same shape (10 indicators, 2020–2021) on SQLite, so
        # that the nation's cost per row is compared with a catalogue of the same size.
        control = os.path.join(self.data, "province-slice")
        path = os.path.join(control, "slice.sqlite")
        if not os.path.exists(path):
            run([self.binary, "generate", "--scale", "province", "--indicators", "10", "--years", "2020-2021", "--out", control])
            for kind in ("orgs", "indicators", "targets", "values"):
                run([self.binary, "import", kind, os.path.join(control, f"{kind}.csv"), "--database", f"sqlite:{path}"])
        small = run([self.binary, "bulletin", "--all", "--period", PERIOD, "--format", "csv", "--repeat", "9", "--database", f"sqlite:{path}"])
        small_found = re.search(r"bulletin: (\d+) rows; load ([0-9.]+) ms; compute median ([0-9.]+) ms", small.stderr)
        self.results["province_slice"] = {"values": sum(1 for _ in open(os.path.join(control, "values.csv"), "rb")) - 1,
                                          "rows": int(small_found.group(1)), "tiaodu_ms": float(small_found.group(3))}
        self.results["province_slice"]["values_read"] = self.results["province_slice"]["values"]
        self.results["nation"] = {"values": values, "values_read": values, "import_rate": values / import_s,
                                  "rows": int(found.group(1)), "load_ms": float(found.group(2)), "tiaodu_ms": float(found.group(3))}

    # 3–5. Freshness, HTTP and memory, from a server holding the workspace.
    def server(self, scale):
        # The server writes (freshness), so it gets a copy: the database keeps matching the CSV
        # files the baselines read, and the next run's agreement check holds.
        path = os.path.join(self.data, f"{scale}-server.sqlite")
        shutil.copyfile(self.database(scale), path)
        # Unpublished figures and writes need an account: an admin and an API token on the copy.
        run([self.binary, "user", "add", "bench", "--admin", "--database", f"sqlite:{path}"], input="bench-password\n")
        self.token = run([self.binary, "token", "add", "bench", "--database", f"sqlite:{path}"]).stdout.strip()
        self.auth = {"Authorization": f"Bearer {self.token}"}
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([self.binary, "serve", "--port", str(port), "--database", f"sqlite:{path}"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(base + "/healthz", timeout=1).read()
                    break
                except OSError:
                    time.sleep(0.1)
            county = "co1"
            route = f"/api/v1/bulletin?period={PERIOD}&parent={county}"
            started = time.perf_counter()
            urllib.request.urlopen(urllib.request.Request(base + route, headers=self.auth)).read()  # loads the workspace
            load_s = time.perf_counter() - started
            result = {"load_s": load_s}
            if scale == "province":
                result["freshness"] = self.freshness(base, route)
            result["http"] = {name: self.wrk(base + path_) for name, path_ in (("bulletin", route), ("health", "/healthz"))}
            result["pages"] = self.pages(base, projects=os.path.exists(os.path.join(self.folder(scale), "projects.csv")))
            with open(f"/proc/{server.pid}/status") as f:
                status = f.read()
            result["peak_rss_mb"] = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
            self.results.setdefault("server", {})[scale] = result
        finally:
            server.terminate()
            server.wait()
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(path + suffix):
                    os.remove(path + suffix)

    def freshness(self, base, route):
        """Write one town's value through the API, then read its county's bulletin: the write
        must be in that very bulletin; report how much longer it takes than an unchanged one."""
        def get():
            started = time.perf_counter()
            body = json.loads(urllib.request.urlopen(urllib.request.Request(base + route, headers=self.auth)).read())
            return time.perf_counter() - started, body

        def town_ytd(body):
            return next(r["ytd"] for r in body["rows"] if r["org"] == "to1" and r["indicator"] == "i1")

        old = json.loads(urllib.request.urlopen(urllib.request.Request(base + f"/api/v1/values?org=to1&indicator=i1&from={PERIOD}&to={PERIOD}",
                                                                       headers=self.auth)).read())[0]["value"]
        unchanged, body = get()
        rest = town_ytd(body) - old
        unchanged = statistics.median([unchanged] + [get()[0] for _ in range(19)])
        after_write, fresh = [], 0
        for k in range(20):
            value = 1000 + k + 0.25
            request = urllib.request.Request(base + "/api/v1/values", method="POST",
                                             headers={"Content-Type": "application/json", "Authorization": f"Bearer {self.token}"},
                                             data=json.dumps([{"org": "to1", "indicator": "i1", "period": PERIOD, "value": f"{value:.2f}"}]).encode())
            urllib.request.urlopen(request).read()
            elapsed, body = get()
            after_write.append(elapsed)
            fresh += abs(town_ytd(body) - (rest + value)) < 1e-6
        return {"unchanged_ms": unchanged * 1000, "after_write_ms": statistics.median(after_write) * 1000,
                "extra_ms": (statistics.median(after_write) - unchanged) * 1000, "fresh": fresh, "writes": 20}

    def pages(self, base, projects=True):
        """Server time of the HTML pages, warm: the median of 20 requests each."""
        timings = {}
        for name, path in (("dashboard", f"/?period={PERIOD}"), ("league", f"/league?indicator=i1&period={PERIOD}"),
                           ("scorecard", f"/units/co1?period={PERIOD}"), ("indicator", f"/indicators/i1?org=co1&period={PERIOD}"),
                           ("bulletin", f"/bulletin?period={PERIOD}"), ("entry", f"/entry?org=co1&period={PERIOD}"),
                           ("projects", f"/projects?period={PERIOD}"), ("project", f"/projects/pj1-2?period={PERIOD}")):
            if name.startswith("project") and not projects:
                continue
            fetch = lambda: urllib.request.urlopen(urllib.request.Request(base + path, headers=self.auth)).read()  # noqa: E731
            fetch()
            timings[name] = statistics.median(timed(fetch) for _ in range(20)) * 1000
        return timings

    def wrk(self, url):
        # Both routes carry the same token, so the ratio compares the work behind them.
        out = run(["wrk", "-t2", "-c64", "-d10s", "--latency", "-H", f"Authorization: Bearer {self.token}", url]).stdout
        rps = float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1))

        def ms(label):
            found = re.search(rf"\s{label}%\s+([0-9.]+)(us|ms|s)", out)
            value, unit = float(found.group(1)), found.group(2)
            return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

        return {"rps": rps, "p50_ms": ms("50"), "p99_ms": ms("99")}


def machine():
    cpu = "unknown"
    if os.path.exists("/proc/cpuinfo"):
        found = re.search(r"model name\s*:\s*(.+)", open("/proc/cpuinfo").read())
        cpu = found.group(1) if found else cpu
    memory = int(re.search(r"MemTotal:\s+(\d+)", open("/proc/meminfo").read()).group(1)) // 1024 // 1024
    return f"{os.cpu_count()} cores ({cpu}), {memory} GiB, {platform.system()} {platform.release()}"


def report(results, runs):
    """The table of RESULTS.md. A bulletin reads two years (its own and the year before), so
    scaling is per value read; rows are units × indicators."""
    b = results["bulletin"]["province"]
    city = results["bulletin"].get("city")
    imp = results.get("import")
    srv = results["server"]
    fresh = srv["province"]["freshness"]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.date.today().isoformat()} on {machine()}; median of {runs} runs unless noted; "
        "`bench/run` reproduces it. Synthetic workspaces from `tiaodu generate` (deterministic).",
        "",
        "| figure | Tiaodu | baseline | ratio | goal | met |",
        "|---|---|---|---|---|---|",
    ]

    def row(name, ours, theirs, ratio, goal, met):
        lines.append(f"| {name} | {ours} | {theirs} | {ratio} | {goal} | {'yes' if met else 'no'} |")

    row(f"province bulletin, warm ({b['rows']:,} rows from {b['values']:,} values; all three agree on every figure)",
        f"{b['tiaodu_ms']:.0f} ms", f"DuckDB {b['duckdb_ms']:.0f} ms", f"{b['tiaodu_ms'] / b['duckdb_ms']:.2f}× DuckDB",
        "≤ 1.0× DuckDB", b["tiaodu_ms"] <= b["duckdb_ms"])
    row("", "", f"pandas {b['pandas_ms']:.0f} ms", f"{b['tiaodu_ms'] / b['pandas_ms']:.2f}× pandas", "≤ 0.2× pandas",
        b["tiaodu_ms"] <= 0.2 * b["pandas_ms"])
    if imp:
        row(f"province import into SQLite ({imp['values']:,} values, validated, upserted with who and when)", f"{imp['tiaodu_rate']:,.0f} values/s",
            f"sqlite3 .import {imp['shell_rate']:,.0f} rows/s", f"{imp['tiaodu_rate'] / imp['shell_rate']:.2f}×", "≥ 0.5×",
            imp["tiaodu_rate"] >= 0.5 * imp["shell_rate"])
    row(f"freshness: county bulletin right after a write (province; {fresh['fresh']}/{fresh['writes']} writes in the very next bulletin)",
        f"{fresh['after_write_ms']:.1f} ms (+{fresh['extra_ms']:.1f} ms)", f"unchanged {fresh['unchanged_ms']:.1f} ms", "no rebuild",
        "< 50 ms extra", fresh["extra_ms"] < 50 and fresh["fresh"] == fresh["writes"])
    for scale in ("city", "province"):
        if scale not in srv:
            continue
        http = srv[scale]["http"]
        ratio = http["bulletin"]["rps"] / http["health"]["rps"]
        cells = (f"{http['bulletin']['rps']:,.0f} req/s, p50 {http['bulletin']['p50_ms']:.2f} ms, p99 {http['bulletin']['p99_ms']:.2f} ms",
                 f"/healthz {http['health']['rps']:,.0f} req/s", f"{ratio:.0%}")
        if scale == "city":
            row("bulletin API, one county, 64 connections (city)", *cells, "≥ 30% of health; p99 < 100 ms",
                ratio >= 0.3 and http["bulletin"]["p99_ms"] < 100)
        else:
            lines.append(f"| bulletin API, one county, 64 connections ({scale}; for reference) | {cells[0]} | {cells[1]} | {cells[2]} | — | — |")
    pages = srv.get("city", {}).get("pages")
    if pages:
        row("pages, warm, city (median of 20): " + ", ".join(pages), " / ".join(f"{v:.1f}" for v in pages.values()) + " ms", "", "",
            "dashboard and league well under 100 ms", pages["dashboard"] < 50 and pages["league"] < 50)
    mem = srv["province"]["peak_rss_mb"]
    row("server memory, province workspace (peak resident)", f"{mem:,.0f} MB", "", "", "< 1,500 MB", mem < 1500)
    def scaling(title, scales):
        per_value = [r["tiaodu_ms"] / r["values_read"] * 1e6 for _, r in scales]
        per_row = [r["tiaodu_ms"] / r["rows"] * 1e3 for _, r in scales]
        row(f"scaling ({title}): bulletin time per value read, " + " → ".join(n for n, _ in scales),
            " → ".join(f"{v:.0f}" for v in per_value) + " ns/value (" + " → ".join(f"{v:.2f}" for v in per_row) + " µs/row)",
            " → ".join(f"{r['values_read']:,}" for _, r in scales) + " values (" + " → ".join(f"{r['rows']:,}" for _, r in scales) + " rows)",
            f"{per_value[-1] / per_value[0]:.2f}×", "no faster than linear (≤ 1×)", max(per_value[1:]) <= per_value[0] * 1.05)

    scaling("full catalogues, SQLite", [(name, results["bulletin"][name]) for name in ("city", "province") if name in results["bulletin"]])
    if "nation" in results and "province_slice" in results:
        scaling("10 indicators × 2 years", [("province", results["province_slice"]), ("nation, PostgreSQL", results["nation"])])
    nation = results.get("nation")
    if nation:
        lines.append(f"| nation slice import into PostgreSQL ({nation['values']:,} values, validated; COPY then one INSERT … SELECT) | "
                     f"{nation['import_rate']:,.0f} values/s | | | — | — |")
    lines += ["", "Server start: the workspace loads once ("
              + ", ".join(f"{s}: {v['load_s']:.1f} s" for s, v in srv.items()) + "); after that every write is applied in place.",
              "The whole nation (≈42,000 units × 300 indicators × 10 years ≈ 1.5 billion values, a CSV of about 60 GB) does not fit "
              "this machine; the nation slice keeps every unit and the tree's depth but 10 indicators and 2 years"
              + (f" (its workspace loads from PostgreSQL in {nation['load_ms'] / 1000:.1f} s)." if nation else "."), ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-import", action="store_true", help="leave out the (slow) import measurement")
    parser.add_argument("--skip-nation", action="store_true", help="leave out the nation slice on PostgreSQL")
    parser.add_argument("--postgres", help="a PostgreSQL server URL for the nation slice")
    parser.add_argument("--only-nation", action="store_true", help="run the nation slice only, with the other results of the last run")
    parser.add_argument("--only-servers", action="store_true", help="rerun the servers (freshness, HTTP, pages, memory) only, with the other results of the last run")
    parser.add_argument("--only-bulletins", action="store_true", help="rerun the city and province bulletins (with DuckDB and pandas) only, with the other results of the last run")
    args = parser.parse_args()
    os.makedirs(args.data, exist_ok=True)
    bench = Bench(args.binary, args.data, args.runs)
    if args.only_servers or args.only_bulletins:
        with open(os.path.join(args.data, "results.json")) as f:
            bench.results = json.load(f)
        for scale in ("city", "province"):
            if args.only_servers:
                bench.server(scale)
            else:
                bench.bulletin(scale)
        args.skip_nation = True
    elif args.only_nation:
        with open(os.path.join(args.data, "results.json")) as f:
            bench.results = json.load(f)
        for scale in ("city", "province"):
            bench.results["bulletin"][scale].setdefault("values_read", bench.values_read(scale))
    else:
        for scale in ("city", "province"):
            bench.bulletin(scale)
        for scale in ("city", "province"):
            bench.server(scale)
        if not args.skip_import:
            bench.import_rate()
    if args.postgres and not args.skip_nation:
        bench.nation(args.postgres)
    text = report(bench.results, args.runs)
    print(text)
    with open(os.path.join(HERE, "RESULTS.md"), "w") as f:
        f.write(text)
    with open(os.path.join(args.data, "results.json"), "w") as f:
        json.dump(bench.results, f, indent=2)


if __name__ == "__main__":
    main()
