#!/usr/bin/env python3
"""Two builds side by side on the 扬州 demo: the server time of every page and of the bulletin
API, warm, as the median of N requests, with the ratio after/before. For refactors that must not
slow anything (issue #12): build the old commit's release binary, then

    python3 bench/pages_ab.py --before /tmp/tiaodu-before --after .build-release/release/tiaodu

Each binary serves `--demo` from a directory of its own; requests alternate between the two so
that drift in the machine's load falls on both alike. Standard library only.
"""
import argparse, os, shutil, statistics, subprocess, tempfile, time, urllib.request

PAGES = [("dashboard", "/"), ("bulletin", "/bulletin"), ("league", "/league?indicator=sales"),
         ("scorecard", "/units/hanjiang"), ("indicator", "/indicators/sales?org=hanjiang"),
         ("entry", "/entry?org=hanjiang"), ("status", "/status"), ("projects", "/projects"),
         ("project", "/projects/yz-tencent"), ("contest", "/contest"),
         ("api bulletin", "/api/v1/bulletin?parent=yangzhou"), ("api values", "/api/v1/values?org=hanjiang")]


class Server:
    def __init__(self, binary, port):
        self.dir = tempfile.mkdtemp(prefix="tiaodu-ab-")
        self.binary, self.base = os.path.abspath(binary), f"http://127.0.0.1:{port}"
        self.proc = subprocess.Popen([self.binary, "serve", "--demo", "--port", str(port)],
                                     cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        token = subprocess.run([self.binary, "token", "add", "admin", "--database", "sqlite:tiaodu-demo.sqlite"],
                               cwd=self.dir, capture_output=True, text=True, check=True).stdout.strip().split()[-1]
        self.headers = {"Authorization": f"Bearer {token}"}

    def fetch(self, path):
        started = time.perf_counter()
        self.body = urllib.request.urlopen(urllib.request.Request(self.base + path, headers=self.headers)).read()
        return (time.perf_counter() - started) * 1000

    def stop(self):
        self.proc.terminate()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True)
    parser.add_argument("--after", required=True)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    before, after = Server(args.before, 18701), Server(args.after, 18702)
    try:
        print(f"| page | before (ms) | after (ms) | after/before | bytes before / after |\n|---|---|---|---|---|")
        for name, path in PAGES:
            for server in (before, after):
                server.fetch(path)
            times = {before: [], after: []}
            for _ in range(args.runs):
                for server in (before, after):
                    times[server].append(server.fetch(path))
            b, a = statistics.median(times[before]), statistics.median(times[after])
            same = "same" if before.body == after.body else f"{len(before.body)} / {len(after.body)}"
            print(f"| {name} | {b:.2f} | {a:.2f} | {a / b:.2f} | {same} |")
    finally:
        before.stop()
        after.stop()


if __name__ == "__main__":
    main()
