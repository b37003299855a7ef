"""Time the text checks in `reviews/checks/` on realistic 20,000- and 100,000-word reports.

    .venv/bin/python bench/bench_checks.py           # print a Markdown table
    .venv/bin/python bench/bench_checks.py --write   # also update docs/PERFORMANCE.md

The reports are built from the test corpus (the planted report, with its markup stripped, and
the clean report), repeated with the numbers varied so that no two copies are identical. Each
function is timed several times with `time.perf_counter`; the table gives the best, median and
worst run. The target is well under one second for the 20,000-word report.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviews.checks import readability, scan_identifiers  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
PERFORMANCE_DOC = ROOT / "docs" / "PERFORMANCE.md"
HEADING = "## Text checks (reviews/checks/)"
COMMAND = ".venv/bin/python bench/bench_checks.py --write"
NAMES = ["Jordan Smith", "Jordan", "Kayleigh Brown", "Kayleigh", "Dr Patel", "Tyler", "Shannon"]
SIZES = (20_000, 100_000)
RUNS = 7
TARGET_SECONDS = 1.0


def corpus_text() -> str:
    planted = (CORPUS / "planted_report.txt").read_text(encoding="utf-8")
    clean = (CORPUS / "clean_report.txt").read_text(encoding="utf-8")
    return re.sub(r"\[\[\w+:(.*?)\]\]", r"\1", planted) + "\n\n" + clean


def shift_numbers(text: str, shift: int) -> str:
    """Add `shift` to every run of digits, keeping its width, so copies are not identical."""

    def shifted(match: re.Match[str]) -> str:
        return str(int(match[0]) + shift).zfill(len(match[0]))[-len(match[0]) :]

    return re.sub(r"\d+", shifted, text)


def build_report(words: int) -> str:
    """Repeat the corpus until it has `words` words, varying the numbers in each copy."""
    base, copies, count = corpus_text(), [], 0
    while count < words:
        copy = shift_numbers(base, len(copies))
        copies.append(copy)
        count += len(copy.split())
    return "\n\n".join(copies)


def time_runs(function: Callable[[], object], runs: int) -> list[float]:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append(time.perf_counter() - started)
    return timings


def measure(runs: int) -> list[dict[str, object]]:
    rows = []
    for size in SIZES:
        report = build_report(size)
        functions = {
            "scan_identifiers": lambda report=report: scan_identifiers(report, NAMES),
            "readability": lambda report=report: readability(report),
        }
        for name, function in functions.items():
            timings = time_runs(function, runs)
            rows.append(
                {"function": name, "words": len(report.split()), "timings": timings, "runs": runs}
            )
    return rows


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| Function | Words | Best (ms) | Median (ms) | Max (ms) | Runs |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        timings = row["timings"]
        lines.append(
            f"| `{row['function']}` | {row['words']:,} | {min(timings) * 1000:.0f} "
            f"| {statistics.median(timings) * 1000:.0f} | {max(timings) * 1000:.0f} "
            f"| {row['runs']} |"
        )
    return "\n".join(lines)


def section(rows: list[dict[str, object]]) -> str:
    twenty = [row for row in rows if row["words"] < 50_000]
    worst = max(max(row["timings"]) for row in twenty)
    verdict = "met" if worst < TARGET_SECONDS else "NOT met"
    return "\n".join(
        [
            HEADING,
            "",
            "Pure functions that the QA approver sees beside the criteria: `scan_identifiers` "
            "(dates, postcodes, phone, email, NHS and NI numbers, addresses, schools, GP "
            "practices, names) and `readability` (Flesch, sentence length, acronyms). The "
            "reports are the test corpus repeated with numbers varied; the names list has "
            f"{len(NAMES)} entries.",
            "",
            table(rows),
            "",
            f"Target: each function well under {TARGET_SECONDS:.0f} s on a 20,000-word report "
            f"({verdict}: slowest 20,000-word run {worst * 1000:.0f} ms). Time grows linearly "
            "with length: no pattern nests unbounded quantifiers. `readability` caches syllable "
            "counts per word, so a first, cold run is a little slower than the repeats.",
            "",
            f"Machine: {os.cpu_count()} cores, Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.system()} {platform.machine()}.",
            "",
            f"Reproduce: `{COMMAND}`",
            "",
        ]
    )


def replace_section(document: str, new_section: str) -> str:
    """Swap our section for the new one, leaving every other section as it was."""
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(document):
        return pattern.sub(lambda _: new_section + "\n", document, count=1).rstrip() + "\n"
    return document.rstrip() + "\n\n" + new_section


def write(new_section: str) -> None:
    PERFORMANCE_DOC.parent.mkdir(parents=True, exist_ok=True)
    if PERFORMANCE_DOC.exists():
        document = PERFORMANCE_DOC.read_text(encoding="utf-8")
    else:
        document = "# Performance\n"
    PERFORMANCE_DOC.write_text(replace_section(document, new_section), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"update {HEADING!r} in the doc")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed runs per function")
    args = parser.parse_args()
    rows = measure(max(1, args.runs))
    new_section = section(rows)
    print(new_section)
    if args.write:
        write(new_section)
        print(f"Updated {PERFORMANCE_DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
