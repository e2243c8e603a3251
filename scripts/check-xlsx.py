"""Tiaodu's workbooks checked against real spreadsheet programs, in .ci/run — openpyxl (PyPI) and
LibreOffice headless (Debian):

1. the bulletin's workbook (/bulletin.xlsx) opens, its figures are numbers with the indicator's
   decimals as their format and are the figures of the CSV download, its head is merged and
   frozen and repeats on printed pages, and its file name says what and when;
2. a workbook written by openpyxl (real date cells, numbers as numbers and as text) imports
   through `tiaodu import`, and one with a text in a number column is refused by sheet, row and
   column with nothing written; a truncated workbook is refused as one;
3. openpyxl opens and LibreOffice converts to PDF without error every workbook Tiaodu offers (the
   bulletin, a unit's fill-in templates of values and of project progress, the league, the
   projects, the contest, the cases ledger, the dashboard, a scorecard, the reporting status),
   and a template filled in by openpyxl, then opened and saved again by LibreOffice, imports back
   (a dry run) with the values typed.

    python3 scripts/check-xlsx.py --url http://127.0.0.1:PORT --token TOKEN --binary BIN --database sqlite:FILE
"""
import argparse
import csv
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request

import openpyxl


def get(args, path):
    request = urllib.request.Request(args.url + path, headers={"Authorization": "Bearer " + args.token})
    with urllib.request.urlopen(request) as response:
        return response.status, response.headers, response.read()


def fail(message):
    print("check-xlsx: " + message, file=sys.stderr)
    sys.exit(1)


def shown(value, number_format):
    """A number cell as Excel shows it with its format (0, 0.0, 0.00 …)."""
    decimals = len(number_format.split(".")[1]) if "." in number_format else 0
    return f"{value:.{decimals}f}"


def check_bulletin(args):
    status, headers, body = get(args, "/bulletin.xlsx?period=2021-09&lang=zh")
    if status != 200 or not headers.get("Content-Type", "").startswith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"):
        fail(f"/bulletin.xlsx: {status} {headers.get('Content-Type')}")
    disposition = urllib.parse.unquote(headers.get("Content-Disposition", ""))
    if "通报.xlsx" not in disposition or "2021年" not in disposition:
        fail(f"/bulletin.xlsx: the file name does not say what and when: {disposition}")
    book = openpyxl.load_workbook(io.BytesIO(body))
    numbers = set()
    for sheet in book.worksheets:
        if sheet.freeze_panes != "B4":
            fail(f"{sheet.title}: frozen at {sheet.freeze_panes}, not under the two-row head (B4)")
        if str(sheet.print_title_rows).replace("$", "") != "1:3":
            fail(f"{sheet.title}: printed pages repeat {sheet.print_title_rows}, not the title and head (1:3)")
        if sheet.page_setup.orientation != "landscape" or str(sheet.page_setup.paperSize) != "9":
            fail(f"{sheet.title}: not A4 landscape")
        ranges = list(sheet.merged_cells.ranges)
        title = [r for r in ranges if r.min_row == 1 and r.min_col == 1 and r.max_col > 1]
        heads = [r for r in ranges if r.min_row == 2 and r.max_col > r.min_col]
        if not title or not heads:
            fail(f"{sheet.title}: the title and the head's indicators are not merged: {[str(r) for r in ranges]}")
        for row in sheet.iter_rows(min_row=4):
            for cell in row:
                if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    if cell.number_format in ("General", ""):
                        fail(f"{sheet.title}!{cell.coordinate}: a number without its decimals' format")
                    numbers.add(shown(cell.value, cell.number_format))
                elif isinstance(cell.value, str) and re.fullmatch(r"[+-]?[0-9]+(\.[0-9]+)?", cell.value):
                    fail(f"{sheet.title}!{cell.coordinate}: the figure {cell.value!r} is text, not a number")
    if not numbers:
        fail("the bulletin's workbook holds no numbers")
    _, csv_headers, csv_body = get(args, "/api/v1/bulletin?period=2021-09&format=csv&lang=zh")
    if not csv_body.startswith(b"\xef\xbb\xbf"):
        fail("the bulletin's CSV has no UTF-8 BOM")
    rows = list(csv.DictReader(io.StringIO(csv_body.decode("utf-8-sig"))))
    totals = {r["累计"] for r in rows if r["累计"]}
    if any(not re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", t) for t in totals):
        fail(f"the CSV's 累计 column holds more than numbers: {sorted(totals)[:5]}")
    missing = totals - numbers
    if missing:
        fail(f"figures of the CSV not in the workbook: {sorted(missing)[:10]}")
    print(f"check-xlsx: /bulletin.xlsx — {len(book.worksheets)} sheet(s), {len(numbers)} distinct figures, every 累计 of the CSV among them")


def run_import(args, kind, path, *extra):
    return subprocess.run([args.binary, "import", kind, path, "--database", args.database, *extra],
                          capture_output=True, text=True)


def check_import(args):
    folder = tempfile.mkdtemp()
    # a new year's calendar as an office would type it: real date cells, a hidden sheet before it
    book = openpyxl.Workbook()
    notes = book.active
    notes.title = "说明"
    notes["A1"] = "2027年节假日"
    notes.sheet_state = "hidden"
    sheet = book.create_sheet("2027")
    sheet.append(["date", "kind", "name"])
    for day, kind, name in [(datetime.date(2027, 1, 1), "holiday", "元旦"), (datetime.date(2027, 2, 6), "holiday", "春节"),
                            (datetime.date(2027, 2, 20), "workday", "春节调休")]:
        sheet.append([day, kind, name])
        sheet.cell(row=sheet.max_row, column=1).number_format = "yyyy-mm-dd"
    path = os.path.join(folder, "calendar-2027.xlsx")
    book.save(path)
    done = run_import(args, "calendar", path)
    if done.returncode != 0:
        fail(f"an openpyxl calendar did not import: {done.stderr}")
    status, _, body = get(args, "/api/v1/calendar/count?from=2027-01-29&to=2027-02-26")
    if status != 200:
        fail(f"calendar count: {status}")
    print(f"check-xlsx: a calendar written by openpyxl imported ({done.stdout.strip()}); 2027-01-29…02-26: {body.decode()}")

    # values with a text in a number column: refused by sheet, row and column, nothing written
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2021年9月"
    sheet.append(["org", "indicator", "period", "value"])
    sheet.append(["nobody-1", "nothing", "2021-09", 12.5])
    sheet.append(["nobody-2", "nothing", "2021-09", "12,3"])
    path = os.path.join(folder, "values.xlsx")
    book.save(path)
    done = run_import(args, "values", path)
    if done.returncode != 1 or "sheet 2021年9月, row 3, column value" not in done.stderr:
        fail(f"a bad workbook was not refused by sheet, row and column (exit {done.returncode}): {done.stderr}")
    # the office's wide monthly sheet, written by openpyxl: a title row, a two-row head with merged
    # cells, full-width brackets, a unit by its short name (a dry run: nothing written)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "9月"
    sheet.append(["扬州市2021年1-9月主要指标完成情况"])
    sheet.append(["地区", "规上工业开票销售（亿元）", None, "一般公共预算收入（亿元）", None, "位次"])
    sheet.append([None, "本月", "同比%", "本月", "同比%", None])
    sheet.append(["邗江", 137.9, 10.1, 4.8, None, 1])
    for merged in ("A1:F1", "A2:A3", "B2:C2", "D2:E2", "F2:F3"):
        sheet.merge_cells(merged)
    path = os.path.join(folder, "wide.xlsx")
    book.save(path)
    done = run_import(args, "values", path, "--layout", "wide", "--dry-run")
    if done.returncode != 0 or "2 rows" not in done.stdout:
        fail(f"an openpyxl wide sheet with a merged two-row head did not import (exit {done.returncode}): {done.stdout} {done.stderr}")
    print(f"check-xlsx: a wide sheet with a merged two-row head (openpyxl), period from its title: {done.stdout.strip()}")
    # a sheet without a required column
    book = openpyxl.Workbook()
    book.active.append(["org", "indicator", "period"])
    book.active.append(["hanjiang", "sales", "2021-09"])
    path = os.path.join(folder, "noheader.xlsx")
    book.save(path)
    done = run_import(args, "values", path)
    if done.returncode != 1 or "column value" not in done.stderr:
        fail(f"a sheet without its value column was not refused by name (exit {done.returncode}): {done.stderr}")
    # a truncated workbook
    with open(path, "rb") as f:
        head = f.read()
    broken = os.path.join(folder, "broken.xlsx")
    with open(broken, "wb") as f:
        f.write(head[: len(head) // 2])
    done = run_import(args, "values", broken)
    if done.returncode != 2 or "Excel" not in done.stderr:
        fail(f"a truncated workbook was not refused as one (exit {done.returncode}): {done.stderr}")
    print("check-xlsx: a text in a number column, a missing column and a truncated workbook refused, with where and why")


def soffice(*args):
    return subprocess.run(["soffice", "--headless", "--norestore", *args], capture_output=True, text=True, timeout=180)


def check_libreoffice(args):
    if shutil.which("soffice") is None:
        fail("LibreOffice (soffice) is not installed")
    folder = tempfile.mkdtemp()
    files = {}
    _, _, files["bulletin.xlsx"] = get(args, "/bulletin.xlsx?period=2021-09&lang=zh")
    _, _, files["template.xlsx"] = get(args, f"/entry/template.xlsx?org={args.template_org}&period={args.template_period}&lang=zh")
    for name, path in (("league", "/league.xlsx"), ("projects", "/projects.xlsx"), ("contest", "/contest.xlsx"), ("cases", "/cases.xlsx"),
                       ("dashboard", "/dashboard.xlsx"), ("scorecard", f"/units/{args.template_org}/table.xlsx"), ("status", "/status.xlsx"),
                       ("progress-template", f"/projects/template.xlsx?owner={args.template_org}&period={args.template_period}")):
        _, _, files[name + ".xlsx"] = get(args, path + ("&" if "?" in path else "?") + "lang=zh")
    for name, body in files.items():
        book = openpyxl.load_workbook(io.BytesIO(body))
        if not book.worksheets or book.worksheets[0].max_row < 2:
            fail(f"{name}: openpyxl finds no table in it")
    for name, body in files.items():
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(body)
        done = soffice("--convert-to", "pdf", "--outdir", folder, path)
        pdf = path[:-5] + ".pdf"
        if done.returncode != 0 or not os.path.exists(pdf) or os.path.getsize(pdf) < 1000:
            fail(f"LibreOffice could not convert {name} to PDF: {done.stdout} {done.stderr}")
    # the template filled in by openpyxl, saved again by LibreOffice, imported back (dry run)
    book = openpyxl.load_workbook(os.path.join(folder, "template.xlsx"))
    meta = {row[0]: row[1] for row in book["_tiaodu"].iter_rows(values_only=True) if row and row[0]}
    sheet = book[meta["sheet"]]
    value_column = openpyxl.utils.column_index_from_string(meta["value_column"])
    typed = {}
    for row in sheet.iter_rows(min_row=int(meta["first_row"])):
        code = row[0].value
        if code:
            typed[code] = 100 + len(typed) + 0.25
            row[value_column - 1].value = typed[code]
    filled = os.path.join(folder, "filled.xlsx")
    book.save(filled)
    resaved = os.path.join(folder, "resaved")
    os.makedirs(resaved)
    done = soffice("--convert-to", "xlsx", "--outdir", resaved, filled)
    again = os.path.join(resaved, "filled.xlsx")
    if done.returncode != 0 or not os.path.exists(again):
        fail(f"LibreOffice could not save the filled template again: {done.stdout} {done.stderr}")
    done = run_import(args, "values", again, "--dry-run")
    expected = f"{len(typed)} rows"
    if done.returncode != 0 or expected not in done.stdout:
        fail(f"the template filled by openpyxl and saved by LibreOffice did not import back ({expected}): {done.stdout} {done.stderr}")
    print(f"check-xlsx: openpyxl opened and LibreOffice converted to PDF {', '.join(sorted(files))}; a template filled by openpyxl and saved by "
          f"LibreOffice imports back: {done.stdout.strip()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--template-org", default="hanjiang", help="the unit whose template is filled in")
    parser.add_argument("--template-period", default="2021-09")
    args = parser.parse_args()
    check_bulletin(args)
    check_import(args)
    check_libreoffice(args)


if __name__ == "__main__":
    main()
