"""The benchmarks' verdicts: a line that grows with N, a yardstick ratio over 2, an error, or a
slow p95 is reported as FAIL (the figures themselves come from `make bench`, never a test)."""

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import bench_http  # noqa: E402
import bench_pages  # noqa: E402


def row(label, milliseconds, *, peak_kb=100.0, queries=3, group="public"):
    timings = [milliseconds / 1000] * 5
    return {
        "label": label,
        "group": group,
        "timings": timings,
        "queries": queries,
        "peak_kb": peak_kb,
    }


def test_time_per_n_fails_a_line_that_grows_with_n():
    assert bench_pages.growth_check(row("/", 9), row("/", 3), "N").startswith("PASS")
    assert bench_pages.growth_check(row("/", 44), row("/", 3), "N").startswith("FAIL")
    assert bench_pages.growth_check(row("/", 2.2), row("/", 0.1), "N").startswith("PASS")


def test_memory_per_n_fails_a_line_that_holds_the_collection():
    assert bench_pages.memory_check(row("/", 1, peak_kb=900), row("/", 1), "N").startswith("PASS")
    big = row("/", 1, peak_kb=50_000)
    assert bench_pages.memory_check(big, row("/", 1), "N").startswith("FAIL")


def test_a_growing_query_count_fails_and_exports_skip_only_the_time_check():
    large = {
        "reviews": 10000,
        "published_by_sweep": 50,
        "rows": [
            row("/", 5, queries=4),
            row("removal_sweep", 5, queries=2, group="sweep"),
            row("/reviews.csv", 900, group="export"),
        ],
    }
    small = {
        "reviews": 300,
        "rows": [
            row("/", 5),
            row("removal_sweep", 5, group="sweep"),
            row("/reviews.csv", 30, group="export"),
        ],
    }

    lines = bench_pages.checks(large, small)

    assert "FAIL `/` queries: 4 at N=10000, 3 at N=300" in lines
    assert "PASS `removal_sweep` queries: 2 at N=10000, 3 at N=300" in lines
    assert not any(
        line.startswith(("PASS `/reviews.csv` time", "FAIL `/reviews.csv` time")) for line in lines
    )
    assert any(line.startswith("PASS `/reviews.csv` memory") for line in lines)


def samples(**medians):
    return {name: {"ms": [value] * 20, "errors": 0} for name, value in medians.items()}


def test_http_verdicts_ratios_errors_and_p95():
    figures = {"samples": samples(**dict.fromkeys(bench_http.PAGES, 20.0))}
    figures["samples"].update(samples(**{bench_http.BARE: 8.0, bench_http.STATIC_PDF: 15.0}))

    lines = bench_http.checks(figures)

    assert all(line.startswith("PASS") for line in lines if "median" not in line)
    assert any(line.startswith("FAIL `/reviews/<slug>/` median") for line in lines)  # 2.5×
    assert any(line.startswith("PASS `/reviews/<slug>/report.pdf` median") for line in lines)

    figures["samples"]["/feed/"] = {"ms": [20.0] * 18 + [500.0] * 2, "errors": 1}
    lines = bench_http.checks(figures)
    assert "FAIL `/feed/`: p95 500 ms, 1 errors (p95 < 100 ms, 0 errors)" in lines
    assert "FAIL errors on every URL: 1" in lines
