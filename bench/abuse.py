"""Concurrency and load against a running demo server, on SQLite and on PostgreSQL (#11).

    python3 bench/abuse.py --binary .build/release/tiaodu [--postgres URL]

Prints a Markdown table: the history chain under 20 concurrent writers on one key, values after a
submission, the database growth of an anonymous sign-in flood, reads while large bad bodies are
posted, and the answers to 240 concurrent writers. Loopback only; every loop is bounded.
"""
import argparse, decimal, http.client, json, os, shutil, statistics, subprocess, tempfile, threading, time, urllib.parse


def request(port, method, path, body=None, headers=None, timeout=120):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        headers = dict(response.getheaders())
        # Every cookie set, by name (a dict of headers keeps only the last Set-Cookie).
        headers["cookies"] = "; ".join(v.split(";")[0] for k, v in response.getheaders() if k.lower() == "set-cookie")
        return response.status, data, headers
    finally:
        conn.close()


class Server:
    def __init__(self, binary, database=None, extra=()):
        self.dir = tempfile.mkdtemp(prefix="tiaodu-abuse-")
        with socketless_port() as port:
            self.port = port
        self.database = database or f"sqlite:{self.dir}/tiaodu-demo.sqlite"
        args = [binary, "serve", "--demo", "--port", str(self.port)] + (["--database", database] if database else []) + list(extra)
        self.binary = binary
        self.process = subprocess.Popen(args, cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(600):
            try:
                if request(self.port, "GET", "/healthz", timeout=2)[0] == 200:
                    break
            except OSError:
                time.sleep(0.1)

    def token(self, login):
        return subprocess.run([self.binary, "token", "add", login, "--database", self.database], cwd=self.dir,
                              capture_output=True, text=True, check=True).stdout.strip()

    def rss_peak_mb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM"):
                    return int(line.split()[1]) // 1024
        return 0

    def stop(self):
        self.process.terminate()
        self.process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


class socketless_port:
    def __enter__(self):
        import socket
        self.s = socket.socket()
        self.s.bind(("127.0.0.1", 0))
        return self.s.getsockname()[1]

    def __exit__(self, *a):
        self.s.close()


def post_values(server, token, rows):
    return request(server.port, "POST", "/api/v1/values", json.dumps(rows),
                   {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})


def history_chain(server, token, org, indicator, period):
    status, body, _ = request(server.port, "GET", f"/api/v1/history?org={org}&indicator={indicator}&period={period}",
                              headers={"Authorization": f"Bearer {token}"})
    chain = json.loads(body, parse_float=decimal.Decimal, parse_int=decimal.Decimal)
    broken = sum(1 for a, b in zip(chain, chain[1:]) if b.get("oldValue") != a.get("newValue"))
    return chain, broken


def concurrency(server, writers=20, per_writer=5, trials=12):
    admin = server.token("admin")
    acknowledged = versions = broken = lost = 0
    for trial in range(trials):
        period = f"2022-{trial + 1:02d}"
        ok = []
        def writer(w):
            for r in range(per_writer):
                status, _, _ = post_values(server, admin, [{"org": "baoying", "indicator": "sales", "period": period, "value": f"{w + 1}.{r + 1}{trial}"}])
                if status == 200:
                    ok.append(f"{w + 1}.{r + 1}{trial}")
        threads = [threading.Thread(target=writer, args=(w,)) for w in range(writers)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        chain, b = history_chain(server, admin, "baoying", "sales", period)
        acknowledged += len(ok)
        versions += len(chain)
        broken += b
        lost += len({decimal.Decimal(v) for v in ok} - {e.get("newValue") for e in chain})
    # Values against a submission: 8 writers and one submission at once, per trial.
    after = 0
    reporter = server.token("yizheng")
    for trial in range(trials):
        period = f"2023-{trial + 1:02d}"
        def w(i):
            post_values(server, reporter, [{"org": "yizheng", "indicator": "sales", "period": period, "value": f"{i}.5"}])
        def submit():
            time.sleep(0.002 * trial)
            request(server.port, "POST", "/api/v1/submissions", json.dumps({"org": "yizheng", "period": period, "action": "submit"}),
                    {"Authorization": f"Bearer {reporter}", "Content-Type": "application/json"})
        threads = [threading.Thread(target=w, args=(i,)) for i in range(8)] + [threading.Thread(target=submit)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        _, subs, _ = request(server.port, "GET", f"/api/v1/submissions?period={period}", headers={"Authorization": f"Bearer {reporter}"})
        changed = next((s["changedAt"] for s in json.loads(subs) if s["org"] == "yizheng"), None)
        _, vals, _ = request(server.port, "GET", f"/api/v1/values?org=yizheng&indicator=sales&from={period}&to={period}",
                             headers={"Authorization": f"Bearer {reporter}"})
        if changed and any(v["updatedAt"] > changed for v in json.loads(vals)):
            after += 1
    return {"acknowledged": acknowledged, "versions": versions, "broken": broken, "lost": lost, "after_submission": after, "trials": trials}


def database_bytes(server):
    if server.database.startswith("sqlite:"):
        path = server.database[len("sqlite:"):]
        return sum(os.path.getsize(path + s) for s in ("", "-wal") if os.path.exists(path + s))
    out = subprocess.run(["psql", server.database, "-Atc", "select pg_database_size(current_database())"], capture_output=True, text=True)
    return int(out.stdout.strip() or 0)


def signin_flood(server, requests_total=3000, seconds=20):
    before = database_bytes(server)
    login = "A" * 10_000
    sent = [0]
    statuses = {}
    lock = threading.Lock()
    deadline = time.time() + seconds
    def worker():
        while time.time() < deadline:
            with lock:
                if sent[0] >= requests_total:
                    return
                sent[0] += 1
            status, page, headers = request(server.port, "GET", "/signin")
            token = page.decode().split('name="_csrf" value="')[1].split('"')[0]
            cookie = headers["cookies"]
            body = urllib.parse.urlencode({"_csrf": token, "login": login, "password": "x"})
            status, _, _ = request(server.port, "POST", "/signin", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
    threads = [threading.Thread(target=worker) for _ in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    time.sleep(1)
    return {"requests": sent[0], "statuses": statuses, "growth_mb": (database_bytes(server) - before) / 1e6}


def reads_while_bad_bodies(server, posts=4, mb=15):
    token = server.token("hanjiang")
    row = '{"org":"hanjiang","indicator":"sales","period":"2021-09","value":"x"},'
    body = "[" + row * (mb * 1_000_000 // len(row)) + row[:-1] + "]"
    latencies, statuses = [], {}
    done = threading.Event()
    def reader():
        while not done.is_set():
            t = time.perf_counter()
            status, _, _ = request(server.port, "GET", "/api/v1/bulletin?parent=hanjiang&period=2021-09", headers={"Authorization": f"Bearer {token}"})
            latencies.append((time.perf_counter() - t) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
    post_status = {}
    def poster():
        status, _, _ = request(server.port, "POST", "/api/v1/values", body, {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}, timeout=300)
        post_status[status] = post_status.get(status, 0) + 1
    readers = [threading.Thread(target=reader) for _ in range(4)]
    [t.start() for t in readers]
    started = time.perf_counter()
    posters = [threading.Thread(target=poster) for _ in range(posts)]
    [t.start() for t in posters]
    [t.join() for t in posters]
    elapsed = time.perf_counter() - started
    done.set()
    [t.join() for t in readers]
    latencies.sort()
    big = "[" + row * (50_000_000 // len(row)) + row[:-1] + "]"
    t = time.perf_counter()
    status50, _, _ = request(server.port, "POST", "/api/v1/values", big, {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}, timeout=300)
    return {"posts": post_status, "post_seconds": elapsed, "reads": statuses, "read_p50": latencies[len(latencies) // 2],
            "read_p99": latencies[int(len(latencies) * 0.99)], "rss_mb": server.rss_peak_mb(), "fifty_mb": status50,
            "fifty_mb_ms": (time.perf_counter() - t) * 1000}


def many_writers(server, writers=240):
    token = server.token("admin")
    statuses = {}
    lock = threading.Lock()
    def w(i):
        status, _, _ = post_values(server, token, [{"org": "baoying", "indicator": "retail", "period": f"2024-{i % 12 + 1:02d}", "value": f"{i}.25"}])
        with lock:
            statuses[status] = statuses.get(status, 0) + 1
    threads = [threading.Thread(target=w, args=(i,)) for i in range(writers)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    return statuses


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--postgres")
    args = parser.parse_args()
    rows = []
    binary = os.path.abspath(args.binary)
    for name, database in [("SQLite", None)] + ([("PostgreSQL", args.postgres)] if args.postgres else []):
        if database:
            # A fresh database on the given server, for the demo to load into.
            scratch = f"tiaodu_abuse_{os.getpid()}"
            subprocess.run(["psql", database, "-qc", f"CREATE DATABASE {scratch}"], check=True)
            database = database.rsplit("/", 1)[0] + "/" + scratch
        server = Server(binary, database)
        try:
            c = concurrency(server)
            f = signin_flood(server)
            r = reads_while_bad_bodies(server)
            m = many_writers(server)
        finally:
            server.stop()
            if database:
                subprocess.run(["psql", args.postgres, "-qc", f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)"])
        rows.append(f"| {name} | {c['acknowledged']} acknowledged → {c['versions']} versions, {c['lost']} lost, {c['broken']} breaks; "
                    f"values after a submission: {c['after_submission']} of {c['trials']} trials "
                    f"| {f['requests']} sign-ins {f['statuses']}: +{f['growth_mb']:.2f} MB "
                    f"| 4 × 15 MB bad bodies {r['posts']} in {r['post_seconds']:.1f} s; reads {r['reads']} p50 {r['read_p50']:.1f} ms p99 {r['read_p99']:.1f} ms; "
                    f"peak RSS {r['rss_mb']} MB; 50 MB body → {r['fifty_mb']} in {r['fifty_mb_ms']:.0f} ms "
                    f"| 240 writers: {m} |")
    print("| database | 20 writers × 5 on one key, 12 trials | anonymous sign-in flood (10 KB logins, 20 s) | reads while bad bodies are posted | concurrent writers |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
