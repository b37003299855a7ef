"""Run every benchmark and record its figures in docs/PERFORMANCE.md (what `make bench` does).

    .venv/bin/python bench/run.py                     # text checks, then pages on SQLite
    .venv/bin/python bench/run.py --database-url postgres://postgres@127.0.0.1:5432/postgres
                                  # ... and on PostgreSQL: the pages at N=300 and N=10,000
                                  # in-process, then over HTTP with Locust (Redis needed)

`BENCH_DATABASE_URL` in the environment does what `--database-url` does, so
`BENCH_DATABASE_URL=postgres://... make bench` records both databases. Each benchmark runs in
its own process with this interpreter. The exit status is 1 only when a benchmark crashed: a
missed target is reported in its figures, not here.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def commands(database_url: str | None) -> list[list[str]]:
    found = [
        ["bench/bench_checks.py", "--write"],
        ["bench/bench_pages.py", "--write"],
    ]
    if database_url:
        pages = ["bench/bench_pages.py", "--database-url", database_url, "--write"]
        http = ["bench/bench_http.py", "--database-url", database_url, "--write"]
        found += [pages, [*pages, "--reviews", "10000"], http, [*http, "--reviews", "10000"]]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL") or None,
        help="also time the pages on this PostgreSQL server (default: $BENCH_DATABASE_URL)",
    )
    args = parser.parse_args()
    crashed = []
    for command in commands(args.database_url):
        print(f"\n$ {Path(sys.executable).name} {' '.join(command)}", flush=True)
        if subprocess.run([sys.executable, *command], cwd=ROOT, check=False).returncode:
            crashed.append(" ".join(command))
    if crashed:
        sys.exit("Crashed: " + "; ".join(crashed))


if __name__ == "__main__":
    main()
