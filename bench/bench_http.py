"""Load the public site over HTTP: gunicorn with the production settings, Locust headless.

    .venv/bin/python bench/bench_http.py --database-url postgres://postgres@127.0.0.1:5432/postgres
    .venv/bin/python bench/bench_http.py --database-url ... --reviews 10000 --write

Needs Locust (`make bench` installs requirements-bench.txt), PostgreSQL and Redis. The pass:

1. creates a database `bench_nelscp` on the server, migrates it and fills it with N published
   reviews as `bench_pages.py` does (a stored report PDF each, the search index built);
2. starts gunicorn (`--workers`, 4 by default) on a free port with the production settings
   (`DJANGO_DEBUG=false`, Redis for the cache, the page cache on), serving the site and one
   bare view (`bench/http_site.py`, `bench/http_urls.py`), and samples each worker's resident
   memory every second;
3. runs Locust headless (`bench/locustfile.py`): `--users` readers (50) on a realistic mix of
   pages, searches, PDFs and exports, plus a bare Django view and a static file served by
   WhiteNoise as yardsticks; the first `--ramp` seconds are left out of the figures;
4. prints each URL's median, p95 and errors, the two ratios (the report page against the bare
   view, the stored PDF against the static file), and the workers' memory; drops the database.

The exit status is 0 whatever the figures: the PASS/FAIL lines report the targets.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import bench_pages  # noqa: E402  (bench/ is not a package)

HEADING = "## Over HTTP (bench/bench_http.py)"
COMMAND = ".venv/bin/python bench/bench_http.py"
P95_MS = 100
RATIO_LIMIT = 2.0
PAGES = {  # the public pages and searches held to p95 < P95_MS
    "/",
    "/reviews/",
    "/reviews/?page=N",
    "/reviews/?q=…",
    "/reviews/<slug>/",
    "/reviews/<slug>/briefing/",
    "/reviews/<slug>/report.pdf",
    "/feed/",
}
BARE, STATIC = "bare Django view", "static file (WhiteNoise)"
STATIC_PDF = "static file of the PDF's size (WhiteNoise)"
STATIC_PDF_PATH = "bench/report.pdf"  # under STATIC_ROOT, served at /static/bench/report.pdf


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def prepare(reviews: int, slugs_file: str) -> None:
    """In a child process: migrate, collect static files, create the reviews, list slugs."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    from django.conf import settings

    # The stored PDF's yardstick: the same bytes as a static file (no compressed copy, as
    # for the PDF), so that the two differ only in how they are served.
    same = Path(settings.STATIC_ROOT) / STATIC_PDF_PATH
    same.parent.mkdir(parents=True, exist_ok=True)
    same.write_bytes(bench_pages.STORED_PDF)
    data = bench_pages.Pass(reviews, 1)
    data.populate()
    # What the worker's beat does within a minute of a change: store the whole exports
    from publishing.services import exports

    exports.exports_build()
    # ... and build every public report's page (its first pass after a deployment)
    from django.utils import timezone

    from publishing.services import report_pages

    started = time.perf_counter()
    built = report_pages.report_pages_build(today=timezone.localdate())
    pages = {"built": built, "seconds": time.perf_counter() - started}
    Path(slugs_file).with_name("pages_built.json").write_text(json.dumps(pages))
    slugs = [review.slug for review in data.published]
    Path(slugs_file).write_text(json.dumps(slugs), encoding="utf-8")


def rss_mb(pid: int) -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    found = re.search(r"VmRSS:\s+(\d+) kB", status)
    return int(found.group(1)) / 1024 if found else 0.0


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


class MemorySampler(threading.Thread):
    """Each gunicorn worker's resident memory, every second: at the start and its peak."""

    def __init__(self, master: int) -> None:
        super().__init__(daemon=True)
        self.master, self.stop = master, threading.Event()
        self.start_mb: dict[int, float] = {}
        self.peak_mb: dict[int, float] = {}

    def run(self) -> None:
        while not self.stop.is_set():
            for pid in children(self.master):
                value = rss_mb(pid)
                self.start_mb.setdefault(pid, value)
                self.peak_mb[pid] = max(self.peak_mb.get(pid, 0.0), value)
            self.stop.wait(1.0)


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds:.0f} s")


def nearest_rank(values: list[float], percent: int) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def run(args, folder: str) -> dict:
    env_before = dict(os.environ)
    bench_pages.configure(folder, args.database_url)
    os.environ.update(
        {
            "REDIS_URL": args.redis_url,
            "PUBLIC_CACHE_SECONDS": "300",
            "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)]),
        }
    )
    database = bench_pages.BENCH_DATABASE
    bench_pages.postgres(args.database_url, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    bench_pages.postgres(args.database_url, f"CREATE DATABASE {database}")
    slugs_file, samples = Path(folder) / "slugs.json", Path(folder) / "samples.jsonl"
    flush(args.redis_url)  # no page cached by an earlier pass, no message left in the queue
    server = None
    try:
        started = time.perf_counter()
        fill = [sys.executable, __file__, "--reviews", str(args.reviews), "--prepare"]
        subprocess.run(
            [*fill, str(slugs_file)],
            cwd=folder,
            check=True,
        )
        setup_seconds = time.perf_counter() - started
        port = free_port()
        os.environ["DJANGO_SETTINGS_MODULE"] = "http_site"
        server = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("gunicorn")),
                "nelscp.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--chdir",
                str(ROOT),
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(Path(folder) / "gunicorn.log", "w"),  # noqa: SIM115
        )
        host = f"http://127.0.0.1:{port}"
        try:
            wait_for(f"{host}/bench/bare/")
        except SystemExit:
            print((Path(folder) / "gunicorn.log").read_text()[-3000:], file=sys.stderr)
            raise
        sampler = MemorySampler(server.pid)
        sampler.start()
        time.sleep(2)  # the first sample of each worker: memory before the load
        load_started = time.time()
        locust = [
            str(Path(sys.executable).with_name("locust")),
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "--users",
            str(args.users),
            "--spawn-rate",
            str(max(1, args.users // 5)),
            "--run-time",
            f"{args.seconds + args.ramp}s",
            "--host",
            host,
            "--only-summary",
            "--loglevel",
            "WARNING",
        ]
        env = {**os.environ, "BENCH_SLUGS": str(slugs_file), "BENCH_SAMPLES": str(samples)}
        subprocess.run(locust, cwd=folder, env=env, check=False, stdout=subprocess.DEVNULL)
        sampler.stop.set()
        sampler.join()
        return {
            "reviews": args.reviews,
            "users": args.users,
            "workers": args.workers,
            "seconds": args.seconds,
            "setup_seconds": setup_seconds,
            "pages_built": json.loads((Path(folder) / "pages_built.json").read_text()),
            "samples": read_samples(samples, after=load_started + args.ramp),
            "worker_start_mb": max(sampler.start_mb.values(), default=0.0),
            "worker_peak_mb": max(sampler.peak_mb.values(), default=0.0),
            "engine": engine(args.database_url),
        }
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        bench_pages.postgres(args.database_url, f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        flush(args.redis_url)
        os.environ.clear()
        os.environ.update(env_before)


def flush(redis_url: str) -> None:
    """Empty the bench's own Redis database (the URL's, 14 by default), and only that one."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()


def read_samples(path: Path, *, after: float) -> dict[str, dict]:
    by_name: dict[str, dict] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sample = json.loads(line)
        if sample["t"] < after:
            continue
        row = by_name.setdefault(sample["name"], {"ms": [], "errors": 0})
        row["ms"].append(sample["ms"])
        row["errors"] += not sample["ok"]
    return by_name


def engine(database_url: str) -> str:
    import psycopg

    with psycopg.connect(database_url) as connection:
        version = connection.execute("SHOW server_version").fetchone()[0]
    return f"PostgreSQL {version.split()[0]}"


def fmt(value: float) -> str:
    return f"{value:.1f}" if value < 10 else f"{value:,.0f}"


def median(figures: dict, name: str) -> float:
    return statistics.median(figures["samples"][name]["ms"])


def table(figures: dict) -> str:
    seconds = figures["seconds"]
    lines = [
        "| URL | Requests | Per second | Median (ms) | p95 (ms) | Max (ms) | Errors | Target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, row in sorted(figures["samples"].items(), key=lambda item: -len(item[1]["ms"])):
        times = row["ms"]
        target = f"p95 < {P95_MS} ms, 0 errors" if name in PAGES else "0 errors"
        lines.append(
            f"| `{name}` | {len(times):,} | {len(times) / seconds:.1f} "
            f"| {fmt(statistics.median(times))} | {fmt(nearest_rank(times, 95))} "
            f"| {fmt(max(times))} | {row['errors']} | {target} |"
        )
    return "\n".join(lines)


def checks(figures: dict) -> list[str]:
    lines = []
    samples = figures["samples"]
    for name in sorted(PAGES):
        row = samples.get(name)
        if row is None:
            lines.append(f"FAIL `{name}`: no request completed")
            continue
        p95 = nearest_rank(row["ms"], 95)
        ok = p95 < P95_MS and row["errors"] == 0
        lines.append(
            f"{'PASS' if ok else 'FAIL'} `{name}`: p95 {fmt(p95)} ms, {row['errors']} errors "
            f"(p95 < {P95_MS} ms, 0 errors)"
        )
    errors = sum(row["errors"] for row in samples.values())
    lines.append(f"{'PASS' if errors == 0 else 'FAIL'} errors on every URL: {errors}")
    compared = (("/reviews/<slug>/", BARE), ("/reviews/<slug>/report.pdf", STATIC_PDF))
    for page, yardstick in compared:
        if page in samples and yardstick in samples:
            ratio = median(figures, page) / max(median(figures, yardstick), 1e-9)
            lines.append(
                f"{'PASS' if ratio <= RATIO_LIMIT else 'FAIL'} `{page}` median "
                f"{fmt(median(figures, page))} ms is {ratio:.2f}× the {yardstick}'s "
                f"{fmt(median(figures, yardstick))} ms (at most {RATIO_LIMIT:g}×)"
            )
    return lines


def subsection(figures: dict, command: str) -> str:
    total = sum(len(row["ms"]) for row in figures["samples"].values())
    pages = figures["pages_built"]
    return "\n".join(
        [
            f"### {figures['reviews']:,} reviews",
            "",
            f"{figures['users']} readers for {figures['seconds']} s (after the ramp), gunicorn "
            f"with {figures['workers']} sync workers, {figures['engine']}, Redis for the cache; "
            f"{total:,} requests, {total / figures['seconds']:.1f} a second.",
            "",
            table(figures),
            "",
            *[f"- {line}" for line in checks(figures)],
            "",
            f"Memory of one web worker (resident, the largest of the {figures['workers']}): "
            f"{figures['worker_start_mb']:.0f} MB before the load, "
            f"{figures['worker_peak_mb']:.0f} MB at its peak under it. Setting up the "
            f"{figures['reviews']:,} reviews took {figures['setup_seconds']:.0f} s, of which "
            f"{pages['seconds']:.0f} s for the worker to build the {pages['built']:,} report "
            "pages.",
            "",
            f"Machine: {os.cpu_count()} cores shared by Locust, gunicorn, PostgreSQL and Redis; "
            f"Python {platform.python_version()}, {platform.system()} {platform.machine()}.",
            "",
            f"Reproduce: `{command}`",
            "",
        ]
    )


INTRODUCTION = f"""{HEADING}

The whole site under load, as readers meet it: gunicorn with the production settings
(`DJANGO_DEBUG=false`, PostgreSQL, Redis for the cache, the page cache on), and Locust's
headless readers, each waiting 0.5 to 2 s between requests, on a mix of the home page, the list
and its later pages, searches (20 queries, 3 in 10 with a theme filter), report pages and
briefings of reports picked at random among all N, stored report PDFs, the feed, JSON pages,
and whole CSV and JSON exports (stored as files by the worker's `exports_build`, which the
benchmark runs once after loading, as beat does within a minute of a change). Yardsticks are
requested in the same run: a Django view that does nothing (behind the same middleware), and
two static files served by WhiteNoise, the site's CSS and a copy of the stored PDF's bytes (the
stored PDF is compared with that one). Times are Locust's, from request to last byte, over
loopback, with the first seconds of ramp-up left out; p95 is the nearest-rank 95th percentile.
Report pages are the stored pages the worker built after loading (`report_pages_build`, as beat
does within a minute of a change); the list, home page and feed mostly come from the page cache.

Targets: p95 under {P95_MS} ms for every public page and search, no errors anywhere; the report
page's median within {RATIO_LIMIT:g}× the bare view's, the stored PDF's within {RATIO_LIMIT:g}×
the static file's of the same size; a web worker's memory the same at N=300 and N=10,000.
"""
INTRODUCTION = bench_pages.unwrapped(INTRODUCTION)


def write(part: str) -> None:
    document = bench_pages.PERFORMANCE_DOC.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    found = pattern.search(document)
    parts = re.split(r"(?m)^(?=### )", found.group(0))[1:] if found else []
    heading = part.splitlines()[0]
    kept = [p.rstrip() + "\n" for p in parts if p.splitlines()[0] != heading]
    kept.append(part)
    kept.sort(key=lambda p: int(re.sub(r"\D", "", p.splitlines()[0]) or 0))
    section = INTRODUCTION + "\n" + "\n".join(kept).rstrip() + "\n"
    if found:
        document = pattern.sub(lambda _: section + "\n", document, count=1).rstrip() + "\n"
    else:
        document = document.rstrip() + "\n\n" + section
    bench_pages.PERFORMANCE_DOC.write_text(document, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=300, help="published reviews (N)")
    parser.add_argument("--users", type=int, default=50, help="concurrent readers")
    parser.add_argument("--seconds", type=int, default=60, help="measured seconds")
    parser.add_argument("--ramp", type=int, default=15, help="seconds of ramp-up, left out")
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL"),
        help="a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres "
        f"(the pass uses a database {bench_pages.BENCH_DATABASE}; default $BENCH_DATABASE_URL)",
    )
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/14",
        help="Redis for the cache and broker (default: database 14 on the local server)",
    )
    parser.add_argument("--write", action="store_true", help=f"update {HEADING!r} in the doc")
    parser.add_argument("--prepare", help=argparse.SUPPRESS)  # the child that fills the database
    args = parser.parse_args()
    if args.prepare:
        prepare(args.reviews, args.prepare)
        return
    if not re.search(r"/\d+$", args.redis_url) or args.redis_url.endswith("/0"):
        parser.error("--redis-url must name a database of its own (not 0): the bench empties it")
    if not args.database_url:
        parser.error("--database-url (or BENCH_DATABASE_URL) is required: a PostgreSQL server")
    if shutil.which("locust", path=str(Path(sys.executable).parent)) is None:
        parser.error("Locust is not installed: pip install -r requirements-bench.txt")
    folder = tempfile.mkdtemp(prefix="nelscp-http-")
    try:
        figures = run(args, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    command = COMMAND + (f" --reviews {args.reviews}" if args.reviews != 300 else "")
    command += f" --database-url {args.database_url} --write"
    part = subsection(figures, command)
    print(part)
    if args.write:
        write(part)
        print(f"Updated {bench_pages.PERFORMANCE_DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
