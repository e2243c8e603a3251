"""The Excel round trip at scale (issue #15): our .xlsx reader and writer against openpyxl.

    python3 bench/xlsx.py [--binary PATH] [--rows N] [--runs N] [--data DIR] [--skip-import] [--skip-export] [--no-write]

1. Import. The first N rows (default 1,000,000) of a province workspace's values (`tiaodu generate
   --scale province --years 2021`, more years when N asks for them) in the long layout
   org,indicator,period,value, written once as values-N.csv and as values-N.xlsx (openpyxl
   write-only: the codes and periods as text, the values as numbers) — the same rows, so the two
   imports do the same work. Each import runs into its own fresh SQLite database holding the same
   orgs and indicators and must report N new rows; its wall time and its peak resident memory
   (wait4, what `/usr/bin/time -v` reports) are kept. The baseline: openpyxl
   `load_workbook(read_only=True)` reading every row of the same .xlsx (reading only).
2. Export. `GET /bulletin.xlsx?period=2021-09` from `tiaodu serve` on the province workspace of
   bench.py (built as it builds it when missing), median of 5, warm, beside the same bulletin as the
   HTML page; the baseline: openpyxl write-only writing the same cells (read back from our file:
   values, number formats, fonts, borders, alignment; merges, frozen panes, column widths, print
   titles, orientation) into a BytesIO, and the values alone.
The table goes into bench/RESULTS.md under "## Excel round trip (issue #15)" (`--no-write`: printed only).
"""
import argparse
import copy
import datetime
import io
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases  # noqa: E402
from cases import Client, default_binary, log, run  # noqa: E402

SECTION = "## Excel round trip (issue #15)"
PERIOD = "2021-09"
HEADER = ["org", "indicator", "period", "value"]


def measured(args):
    """Runs a command to its end: (wall seconds, peak resident MB, its output)."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode(errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args)}: exit {process.returncode}\n{text[-2000:]}")
    return seconds, usage.ru_maxrss / 1024, text  # ru_maxrss is in KiB on Linux


def remove_database(path):
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def number(text):
    return None if text == "" else int(text) if re.fullmatch(r"-?\d+", text) else float(text)


def openpyxl_read(path):
    """The baseline, run in a process of its own (for its memory): every row's values, read only."""
    from openpyxl import load_workbook
    started = time.perf_counter()
    book = load_workbook(path, read_only=True)
    rows = cells = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        rows += 1
        cells += sum(1 for value in row if value is not None)
    book.close()
    print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows, "cells": cells}))


class XLSXBench:
    def __init__(self, binary, data, rows, runs):
        self.binary, self.data, self.rows, self.runs = binary, data, rows, runs
        self.work = os.path.join(data, "xlsx")
        self.results = {"rows": rows, "runs": runs, "period": PERIOD}

    # 1. The files: the same rows as CSV and as .xlsx.
    def source(self):
        for first in range(2021, 2016, -1):
            span = "2021" if first == 2021 else f"{first}-2021"
            folder = os.path.join(self.work, f"province-{span}")
            if not os.path.exists(os.path.join(folder, "values.csv")):
                log(f"xlsx: generating the province workspace, {span}…")
                run([self.binary, "generate", "--scale", "province", "--years", span, "--out", folder])
            with open(os.path.join(folder, "values.csv"), "rb") as f:
                if sum(1 for _ in f) - 1 >= self.rows:
                    return folder
        raise SystemExit(f"--rows {self.rows:,}: more values than the whole province workspace holds")

    def files(self):
        self.tree = self.source()
        stem = os.path.join(self.work, f"values-{self.rows}")
        self.csv, self.xlsx, meta = stem + ".csv", stem + ".xlsx", stem + ".json"
        if not all(os.path.exists(p) for p in (self.csv, self.xlsx, meta)):
            from openpyxl import Workbook
            log(f"xlsx: writing {self.rows:,} rows as CSV and .xlsx (openpyxl write-only)…")
            book = Workbook(write_only=True)
            sheet = book.create_sheet("values")
            sheet.append(HEADER)
            orgs, indicators, periods = set(), set(), set()
            with open(os.path.join(self.tree, "values.csv")) as source, open(self.csv + ".part", "w") as out:
                next(source)
                out.write(",".join(HEADER) + "\n")
                for _, line in zip(range(self.rows), source):
                    org, indicator, period, value = line.rstrip("\n").split(",")[:4]
                    out.write(f"{org},{indicator},{period},{value}\n")
                    sheet.append([org, indicator, period, number(value)])
                    orgs.add(org), indicators.add(indicator), periods.add(period)
            book.save(stem + ".part.xlsx")
            os.replace(self.csv + ".part", self.csv)
            os.replace(stem + ".part.xlsx", self.xlsx)
            with open(meta, "w") as f:
                json.dump({"orgs": len(orgs), "indicators": len(indicators), "periods": sorted(periods)}, f)
        with open(meta) as f:
            self.results.update(json.load(f))
        with zipfile.ZipFile(self.xlsx) as package:
            sizes = {info.filename: info.file_size for info in package.infolist()}
        self.results.update({
            "csv_mb": os.path.getsize(self.csv) / 1e6, "xlsx_mb": os.path.getsize(self.xlsx) / 1e6,
            "sheet_xml_mb": sum(v for k, v in sizes.items() if k.startswith("xl/worksheets/") and k.endswith(".xml")) / 1e6,
            "shared_strings_kb": sizes.get("xl/sharedStrings.xml", 0) / 1e3})

    # 2. The imports, each into a fresh database holding the same orgs and indicators.
    def import_once(self, file):
        path = os.path.join(self.work, "import.sqlite")
        remove_database(path)
        for kind in ("orgs", "indicators"):
            run([self.binary, "import", kind, os.path.join(self.tree, f"{kind}.csv"), "--database", f"sqlite:{path}"])
        seconds, rss, text = measured([self.binary, "import", "values", file, "--database", f"sqlite:{path}"])
        found = re.search(r"(\d+) rows, (\d+) new", text)
        if not found or int(found.group(1)) != self.rows or int(found.group(2)) != self.rows:
            raise SystemExit(f"{file}: expected {self.rows:,} new rows, the import said: {text.strip()[-500:]}")
        remove_database(path)
        return seconds, rss

    def imports(self):
        for name, file in (("xlsx", self.xlsx), ("csv", self.csv)):
            log(f"xlsx: tiaodu import values {os.path.basename(file)} ×{self.runs}…")
            runs = [self.import_once(file) for _ in range(self.runs)]
            self.results[f"{name}_s"] = statistics.median(s for s, _ in runs)
            self.results[f"{name}_rss_mb"] = max(m for _, m in runs)
        log(f"xlsx: openpyxl read-only ×{self.runs}…")
        runs = []
        for _ in range(self.runs):
            _, rss, text = measured([sys.executable, os.path.abspath(__file__), "--openpyxl-read", self.xlsx])
            answer = json.loads(text.strip().splitlines()[-1])
            if answer["rows"] != self.rows + 1:
                raise SystemExit(f"openpyxl read {answer['rows']:,} rows, expected {self.rows + 1:,}")
            runs.append((answer["seconds"], rss))
        self.results["openpyxl_read_s"] = statistics.median(s for s, _ in runs)
        self.results["openpyxl_read_rss_mb"] = max(m for _, m in runs)

    # 3. The export: the province bulletin as .xlsx from a server, then openpyxl writing its cells.
    def province_database(self):
        """bench.py's province workspace (the same folder and file), built as it builds them."""
        folder, path = os.path.join(self.data, "province"), os.path.join(self.data, "province.sqlite")
        if not os.path.exists(os.path.join(folder, "values.csv")):
            log("xlsx: generating the province workspace…")
            run([self.binary, "generate", "--scale", "province", "--out", folder])
        if not os.path.exists(path):
            log("xlsx: importing the province workspace…")
            for kind in ("orgs", "indicators", "targets", "values", "projects", "progress"):
                file = os.path.join(folder, f"{kind}.csv")
                if os.path.exists(file):
                    run([self.binary, "import", kind, file, "--database", f"sqlite:{path}"])
        return path

    def served(self):
        path = os.path.join(self.work, "server.sqlite")
        remove_database(path)
        shutil.copyfile(self.province_database(), path)
        url = f"sqlite:{path}"
        run([self.binary, "user", "add", "bench", "--admin", "--database", url], input="bench-password\n")
        token = run([self.binary, "token", "add", "bench", "--database", url]).stdout.strip()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([self.binary, "serve", "--port", str(port), "--database", url],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(600):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    if server.poll() is not None:
                        raise SystemExit(f"tiaodu serve exited ({server.returncode})")
                    time.sleep(0.1)
            client = Client(port, token)

            def median(route):
                _, body = client.get(route)  # warm: the first loads the workspace
                return statistics.median(client.get(route)[0] for _ in range(5)) * 1000, body

            log("xlsx: GET /bulletin.xlsx…")
            self.results["export_ms"], body = median(f"/bulletin.xlsx?period={PERIOD}")
            self.results["page_ms"], _ = median(f"/bulletin?period={PERIOD}")
        finally:
            server.terminate()
            server.wait()
            remove_database(path)
        if body[:4] != b"PK\x03\x04":
            raise SystemExit(f"/bulletin.xlsx did not answer a workbook: {body[:200]!r}")
        return body

    def export(self):
        body = self.served()
        sheets = capture(body)
        cells = [value for s in sheets for row in s["rows"] for value, _ in row if value is not None]
        self.results.update({"export_kb": len(body) / 1e3, "sheets": len(sheets), "cells": len(cells),
                             "numbers": sum(1 for v in cells if isinstance(v, (int, float))),
                             "merges": sum(len(s["merges"]) for s in sheets)})
        log("xlsx: openpyxl write-only…")
        for name, styled in (("openpyxl_write", True), ("openpyxl_values", False)):
            write(sheets, styled)
            times = []
            for _ in range(5):
                started = time.perf_counter()
                out = write(sheets, styled)
                times.append(time.perf_counter() - started)
            self.results[f"{name}_ms"] = statistics.median(times) * 1000
            self.results[f"{name}_kb"] = len(out.getvalue()) / 1e3


def capture(body):
    """Our workbook as openpyxl reads it: per sheet, every cell's value and style, and the layout."""
    from openpyxl import load_workbook
    book = load_workbook(io.BytesIO(body))
    sheets = []
    for ws in book.worksheets:
        rows = [[(c.value, (copy.copy(c.font), copy.copy(c.border), copy.copy(c.fill), c.number_format,
                            copy.copy(c.alignment), copy.copy(c.protection)) if c.has_style else None) for c in row]
                for row in ws.iter_rows()]
        sheets.append({"title": ws.title, "rows": rows, "merges": [r.coord for r in ws.merged_cells.ranges],
                       "freeze": ws.freeze_panes, "titles": ws.print_title_rows, "orientation": ws.page_setup.orientation,
                       "widths": {k: (d.min, d.max, d.width) for k, d in ws.column_dimensions.items() if d.width}})
    return sheets


def write(sheets, styled):
    """openpyxl write-only writing those cells (styled: with their styles and the sheets' layout)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    book = Workbook(write_only=True)
    for s in sheets:
        ws = book.create_sheet(s["title"])
        if styled:
            for letter, (low, high, width) in s["widths"].items():
                column = ws.column_dimensions[letter]
                column.min, column.max, column.width = low, high, width
            ws.freeze_panes = s["freeze"]
            if s["titles"]:
                ws.print_title_rows = s["titles"].replace("$", "")
            ws.page_setup.orientation = s["orientation"]
            for coord in s["merges"]:
                ws.merged_cells.add(coord)
        for row in s["rows"]:
            if not styled:
                ws.append([value for value, _ in row])
                continue
            cells = []
            for value, style in row:
                if style is None:
                    cells.append(value)
                    continue
                cell = WriteOnlyCell(ws, value=value)
                cell.font, cell.border, cell.fill, cell.number_format, cell.alignment, cell.protection = style
                cells.append(cell)
            ws.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out


def report(r):
    lines = [f"`python3 bench/xlsx.py` (release build, {datetime.date.today().isoformat()}, SQLite)."]
    if "xlsx_s" in r:
        months, quarters = [p for p in r["periods"] if "-" in p], [p for p in r["periods"] if "Q" in p]
        periods = ", ".join(f"{len(k)} {name} {k[0]} … {k[-1]}" if len(k) > 1 else k[0] for name, k in (("months", months), ("quarters", quarters)) if k)
        strings = (f"shared strings {r['shared_strings_kb']:,.0f} kB" if r["shared_strings_kb"] else "its strings inline")
        lines.append(
            f"Import: {r['rows']:,} values in the long layout (org, indicator, period, value) over the province tree ({r['orgs']:,} "
            f"units, {r['indicators']} indicators; {periods}), the same rows as a CSV file "
            f"({r['csv_mb']:.1f} MB) and as a workbook written by openpyxl ({r['xlsx_mb']:.1f} MB; its sheet {r['sheet_xml_mb']:,.0f} MB "
            f"of XML uncompressed, {strings}). Each import runs into a fresh SQLite database holding the same orgs and indicators "
            f"(validated, upserted with who and when; both report {r['rows']:,} new rows); times are the whole command's, median of "
            f"{r['runs']}; memory is the process's peak resident set (wait4). openpyxl reads the same workbook in read-only mode and "
            "does nothing else.")
    if "export_ms" in r:
        lines.append(
            f"Export: the province bulletin of {r['period']} as a workbook ({r['sheets']} sheets, {r['cells']:,} cells of which "
            f"{r['numbers']:,} numbers, {r['merges']:,} merged ranges; {r['export_kb']:,.0f} kB) from `tiaodu serve`, the client's time "
            "over one keep-alive connection, median of 5, warm — the bulletin computed and written. openpyxl write-only writes "
            "the same cells (read back from our file with openpyxl) into memory, median of 5: with their styles, merges, "
            "frozen panes, widths and print setup, and as bare values. Export ratios are times (lower is faster).")
    lines = [SECTION, "", " ".join(lines[:2])] + ["", *lines[2:]] if len(lines) > 2 else [SECTION, "", " ".join(lines)]
    lines += ["", "| figure | Tiaodu | baseline | ratio |", "|---|---|---|---|"]
    if "xlsx_s" in r:
        n = r["rows"]
        ours, csv_rate, theirs = n / r["xlsx_s"], n / r["csv_s"], n / r["openpyxl_read_s"]
        lines.append(f"| import a {n:,}-row .xlsx (`tiaodu import values FILE.xlsx`) | {ours:,.0f} rows/s ({r['xlsx_s']:.1f} s) | "
                     f"openpyxl read-only, reading only: {theirs:,.0f} rows/s ({r['openpyxl_read_s']:.1f} s) | {ours / theirs:.2f}× openpyxl's rate |")
        lines.append(f"| the same rows from CSV (`tiaodu import values FILE.csv`) | {csv_rate:,.0f} rows/s ({r['csv_s']:.1f} s) | | "
                     f".xlsx at {ours / csv_rate:.2f}× the CSV rate |")
        extra = r["xlsx_rss_mb"] - r["csv_rss_mb"]
        lines.append(f"| peak memory of the import (.xlsx / CSV) | {r['xlsx_rss_mb']:,.0f} MB / {r['csv_rss_mb']:,.0f} MB | "
                     f"openpyxl reading: {r['openpyxl_read_rss_mb']:,.0f} MB | .xlsx {extra:+,.0f} MB over CSV, against "
                     f"{r['sheet_xml_mb']:,.0f} MB of sheet XML |")
    if "export_ms" in r:
        lines.append(f"| province bulletin as .xlsx (`GET /bulletin.xlsx?period={r['period']}`) | {r['export_ms']:.1f} ms | "
                     f"openpyxl write-only, the same cells styled: {r['openpyxl_write_ms']:.1f} ms ({r['openpyxl_write_kb']:,.0f} kB) | "
                     f"{r['export_ms'] / r['openpyxl_write_ms']:.2f}× openpyxl's time |")
        lines.append(f"| the same bulletin as the HTML page (`GET /bulletin`) | {r['page_ms']:.1f} ms | openpyxl write-only, values only: "
                     f"{r['openpyxl_values_ms']:.1f} ms | .xlsx {r['export_ms'] / r['openpyxl_values_ms']:.2f}× its time |")
    return "\n".join(lines) + "\n"


def write_section(text):
    cases.write_section(text, SECTION)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--openpyxl-read":
        return openpyxl_read(sys.argv[2])
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        venv = os.path.join(ROOT, ".bench-venv", "bin", "python")
        if os.path.exists(venv) and os.path.realpath(sys.prefix) != os.path.realpath(os.path.join(ROOT, ".bench-venv")):
            os.execv(venv, [venv, *sys.argv])
        raise SystemExit("openpyxl is missing: python3 -m venv .bench-venv && .bench-venv/bin/pip install openpyxl (bench/run does it)")
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", help="the release tiaodu (default: swift build -c release --show-bin-path)")
    parser.add_argument("--data", default=os.path.join(HERE, "data"))
    parser.add_argument("--rows", type=int, default=1_000_000, help="values in the imported files")
    parser.add_argument("--runs", type=int, default=3, help="imports and openpyxl reads: the median of this many")
    parser.add_argument("--skip-import", action="store_true", help="leave out the import measurement")
    parser.add_argument("--skip-export", action="store_true", help="leave out the export measurement")
    parser.add_argument("--no-write", action="store_true", help="print the table, leave RESULTS.md alone")
    args = parser.parse_args()
    bench = XLSXBench(args.binary or default_binary(), args.data, args.rows, args.runs)
    os.makedirs(bench.work, exist_ok=True)
    if not args.skip_import:
        bench.files()
        bench.imports()
    if not args.skip_export:
        bench.export()
    with open(os.path.join(args.data, f"xlsx-{args.rows}-results.json"), "w") as f:
        json.dump(bench.results, f, indent=2)
    text = report(bench.results)
    print(text)
    if not args.no_write:
        write_section(text)


if __name__ == "__main__":
    main()
