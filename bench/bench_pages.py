"""Time the public pages, the staff pages and the sweepers on a database of published reviews.

    .venv/bin/python bench/bench_pages.py                  # N=300 on SQLite: print the table
    .venv/bin/python bench/bench_pages.py --write          # also update docs/PERFORMANCE.md
    .venv/bin/python bench/bench_pages.py --database-url postgres://postgres@127.0.0.1:5432/postgres

Each pass runs in a child process with a fresh temporary folder (`DJANGO_VAR_DIR`) and the
production settings (`DJANGO_DEBUG=false`, static files collected): SQLite and the file cache,
or, with `--database-url`, a PostgreSQL database named bench_nelscp that is created for the
pass and dropped after it. The pass migrates, creates N published reviews from the demo
content, then times each page with `django.test.Client` and each sweeper by calling it, and
counts the queries of one run of each. A second, small pass (N=30) gives the query counts to
compare: no page or sweeper may make more queries because there are more reviews.

The exit status is 0 whatever the figures: the PASS/FAIL lines report the targets.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
import math
import os
import platform
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
PERFORMANCE_DOC = ROOT / "docs" / "PERFORMANCE.md"
HEADING = "## Pages and sweepers (bench/bench_pages.py)"
COMMAND = ".venv/bin/python bench/bench_pages.py"
BENCH_DATABASE = "bench_nelscp"

REVIEWS = 300
SMALL = 30  # the second pass: query counts, and time per N
LARGE_SMALL = 300  # the second pass when N is 3,000 or more (N=10,000 beside N=300)
DUE = 50  # scheduled reviews for the publish_due run with work to do
RUNS = 30
WARM_UP = 3
DUE_RUNS = 5  # each publishes the DUE reviews again, so fewer runs
EXPORT_RUNS = 3  # each builds both whole exports afresh: seconds at N=10,000
THEME = "information-sharing"  # the demo's commonest theme: its list has a page 2 at N=30

PUBLIC_MEDIAN_MS, PUBLIC_P95_MS = 50, 300
SEARCH_MEDIAN_MS = 100
ADMIN_LIST_MS = 150
IDLE_SWEEP_MS = 20
# Time per N: a line may take at most this many times as long at N as at the second pass's N,
# plus GROWTH_SLACK_MS for timer noise on lines of a millisecond or less.
GROWTH_LIMIT, GROWTH_SLACK_MS = 3.0, 2.0


# --- One pass, in a child process -------------------------------------------------------------


# The stored report PDF every review shares: the size of a short report. bench_http.py also
# serves the same bytes as a static file, its yardstick.
STORED_PDF = b"%PDF-1.7\n" + b"0" * 120_000 + b"\n%%EOF\n"


def configure(folder: str, database_url: str | None) -> None:
    """Point the settings at `folder` and the bench database; must run before Django loads."""
    for name in list(os.environ):
        if name.startswith(("DJANGO_", "CELERY_", "EMAIL_", "PUBLIC_")) or name in {
            "DATABASE_URL",
            "REDIS_URL",
        }:
            del os.environ[name]
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "nelscp.settings",
            "DJANGO_VAR_DIR": folder,
            "DJANGO_DEBUG": "false",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_STATIC_ROOT": str(Path(folder) / "static"),
            # production refuses console and locmem mail; the benchmark sends none anyway
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "DJANGO_SECURE_SSL_REDIRECT": "false",
            "LOG_LEVEL": "WARNING",
            # in-process: what it costs to build each page; bench_http.py measures the cache
            "PUBLIC_CACHE_SECONDS": "0",
        }
    )
    if database_url:
        os.environ["DATABASE_URL"] = bench_url(database_url)


def bench_url(database_url: str) -> str:
    """`database_url` with its database name replaced by the bench's own."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path=f"/{BENCH_DATABASE}"))


def postgres(database_url: str, statement: str) -> None:
    """Run one statement outside a transaction (CREATE and DROP DATABASE need that)."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as connection:
        connection.execute(statement)


def nearest_rank(timings: list[float], percent: int) -> float:
    ordered = sorted(timings)
    return ordered[max(0, math.ceil(percent / 100 * len(ordered)) - 1)]


def run_pass(reviews: int, runs: int, database_url: str | None) -> dict:
    """Measure everything on a fresh database of `reviews` published reviews."""
    folder = tempfile.mkdtemp(prefix="nelscp-bench-")
    sys.path.insert(0, str(ROOT))
    configure(folder, database_url)
    if database_url:
        postgres(database_url, f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        postgres(database_url, f"CREATE DATABASE {BENCH_DATABASE}")
    try:
        import django

        django.setup()
        # kombu names the embedded broker's missing host on each pass's first message
        logging.getLogger("kombu.connection").setLevel(logging.ERROR)
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        return Pass(reviews, runs).measure()
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        if database_url:
            postgres(database_url, f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        shutil.rmtree(folder, ignore_errors=True)


class Pass:
    """The data and the measurements of one pass. Django is set up before this is made."""

    def __init__(self, reviews: int, runs: int) -> None:
        from django.utils import timezone

        self.count, self.runs = reviews, runs
        self.now = timezone.now()
        self.today = timezone.localdate(self.now)
        self.rows: list[dict] = []
        self.pages_built: tuple[int, float] | None = None  # the worker's first pass: (pages, s)

    # 1. The data ------------------------------------------------------------------------------

    def populate(self) -> None:
        from publishing.demo import recipients_load_demo
        from publishing.services.search import index_rebuild
        from reviews import roles
        from reviews.models import Agency, Review

        self.agencies = {agency.slug: agency for agency in Agency.objects.all()}
        self.author = user("author", roles.BUSINESS_UNIT)
        self.approver = user("approver", roles.QA_APPROVER)
        self.manager = user("manager", roles.MANAGER)
        recipients_load_demo()
        self.published = self.reviews(range(self.count), Review.Status.PUBLISHED)
        self.notices(self.published)
        stored_pdfs(self.published, self.now)
        index_rebuild(missing_only=True)  # as `manage.py search_index` does on deployment
        analyze()

    def reviews(self, numbers: range, status: str) -> list:
        """Reviews cycling through the demo's text, each with its findings, 3 to 5
        recommendations of 2 or 3 actions, themes, agencies and a 7-minute briefing."""
        from django.db import transaction
        from simple_history.utils import bulk_create_with_history

        from publishing.models import Briefing
        from reviews.demo_content import REVIEWS as SPECS
        from reviews.models import Action, Finding, Recommendation, Review

        with transaction.atomic():
            rows = [self.review(number, SPECS[number % len(SPECS)], status) for number in numbers]
            reviews = bulk_create_with_history(rows, Review, default_user=self.author)
            specs = [SPECS[number % len(SPECS)] for number in numbers]
            self.tags(reviews, specs)
            findings = [
                Finding(review=review, order=order, **finding)
                for review, spec in zip(reviews, specs, strict=True)
                for order, finding in enumerate(spec["findings"], start=1)
            ]
            bulk_create_with_history(findings, Finding, default_user=self.author)
            plans = [
                (Recommendation(review=review, order=order, text=rec["text"]), actions)
                for number, review, spec in zip(numbers, reviews, specs, strict=True)
                for order, rec, actions in plan(number, spec)
            ]
            recommendations = [rec for rec, _ in plans]
            bulk_create_with_history(recommendations, Recommendation, default_user=self.author)
            actions = [
                self.action(rec, spec) for rec, action_specs in plans for spec in action_specs
            ]
            bulk_create_with_history(actions, Action, default_user=self.author)
            briefings = [
                briefing(review, spec) for review, spec in zip(reviews, specs, strict=True)
            ]
            bulk_create_with_history(briefings, Briefing, default_user=self.author)
        return reviews

    def review(self, number: int, spec: dict, status: str):
        from django.utils.text import slugify

        from reviews.models import Review

        days = datetime.timedelta
        published = None
        if status == Review.Status.PUBLISHED:  # spread over three years, newest first
            published = self.now - days(days=7 + number * 1095 // max(self.count, 1))
        reference = f"BENCH-{number + 1:04d}"
        return Review(
            reference=reference,
            pseudonym=spec["pseudonym"],
            title=spec["title"],
            slug=slugify(f"{reference} {spec['pseudonym']}"),
            review_type=spec["review_type"],
            harm=spec["harm"],
            age_band=spec["age_band"],
            sex=spec["sex"],
            incident_month=spec["incident_month"],
            incident_year=spec["incident_year"],
            decision_date=timezone_date(published or self.now) - days(days=200),
            reviewer_name=spec["reviewer_name"],
            summary=spec["summary"],
            what_happened=spec["what_happened"],
            practice_issues=spec["practice_issues"],
            what_needs_to_change=spec["what_needs_to_change"],
            content_warning=spec["content_warning"],
            author=self.author,
            status=status,
            submitted_at=(published or self.now) - days(days=60),
            publish_at=published,
            published_at=published,
        )

    def tags(self, reviews: list, specs: list[dict]) -> None:
        from reviews.models import Agency, Review, Theme

        themes = dict(Theme.objects.values_list("slug", "pk"))
        agencies = dict(Agency.objects.values_list("slug", "pk"))
        Review.themes.through.objects.bulk_create(
            Review.themes.through(review_id=review.pk, theme_id=themes[slug])
            for review, spec in zip(reviews, specs, strict=True)
            for slug in spec["themes"]
        )
        Review.agencies.through.objects.bulk_create(
            Review.agencies.through(review_id=review.pk, agency_id=agencies[slug])
            for review, spec in zip(reviews, specs, strict=True)
            for slug in spec["agencies"]
        )

    def action(self, recommendation, spec: dict):
        from reviews.models import Action

        completed = spec.get("completed_days_ago")
        return Action(
            recommendation=recommendation,
            agency=self.agencies[spec["agency"]],
            description=spec["description"],
            due_date=self.today + datetime.timedelta(days=spec["due_in_days"]),
            status=spec["status"],
            completed_on=self.today - datetime.timedelta(days=completed) if completed else None,
            impact=spec.get("impact", ""),
            evidence=spec.get("evidence", ""),
        )

    def notices(self, reviews: list) -> None:
        """Each published review's notice, rendered and delivered to the three bodies."""
        from django.db import transaction
        from simple_history.utils import bulk_create_with_history

        from publishing.models import Delivery, Notice, Recipient
        from publishing.services.notices import review_snapshot
        from reviews.services import current_version

        recipients = list(Recipient.objects.all())
        with transaction.atomic():
            notices = [
                Notice(
                    review=review,
                    kind=Notice.Kind.PREPUBLICATION,
                    content_hash=current_version(review)[2],
                    snapshot=review_snapshot(review),
                    pdf=f"notices/{review.reference}.pdf",
                    pdf_sha256="0" * 64,
                    created_by=self.manager,
                    created_at=review.published_at - datetime.timedelta(days=14),
                )
                for review in reviews
            ]
            bulk_create_with_history(notices, Notice, default_user=self.manager)
            deliveries = [
                Delivery(
                    notice=notice,
                    recipient=recipient,
                    email=recipient.email,
                    state=Delivery.State.SENT,
                    attempts=1,
                    next_attempt_at=notice.created_at,
                    sent_at=notice.created_at + datetime.timedelta(minutes=2),
                )
                for notice in notices
                for recipient in recipients
            ]
            bulk_create_with_history(deliveries, Delivery, default_user=self.manager)

    def scheduled(self) -> list[int]:
        """DUE reviews scheduled a minute ago, signed off and with their notice delivered
        twelve days ago (the demo's rows for a scheduled review), so all may publish now."""
        from publishing.demo import lifecycle_load_demo
        from publishing.models import Notice
        from reviews.models import Review

        numbers = range(self.count, self.count + DUE)
        reviews = self.reviews(numbers, Review.Status.SCHEDULED)
        for review in reviews:
            lifecycle_load_demo(
                review, approver=self.approver, manager=self.manager, today=self.today
            )
        ids = [review.pk for review in reviews]
        due = self.now - datetime.timedelta(minutes=1)
        Review.objects.filter(pk__in=ids).update(publish_at=due)
        Notice.objects.filter(review__in=ids).update(pdf="notices/rendered.pdf")
        return ids

    # 2. The measurements ----------------------------------------------------------------------

    def measure(self) -> dict:
        import resource

        from django.db import connection
        from django.test import Client, override_settings

        started = time.perf_counter()
        self.populate()
        setup_seconds = time.perf_counter() - started
        public = Client(HTTP_HOST="127.0.0.1")
        staff = Client(HTTP_HOST="127.0.0.1")
        staff.force_login(self.manager)
        self.verify_second_factor(staff)
        report = self.published[len(self.published) // 2].slug
        pages = [
            ("public", "/", "/"),
            ("public", "/reviews/", "/reviews/"),
            ("public", "/reviews/?q=neglect", "/reviews/?q=neglect"),
            ("public", f"/reviews/?theme={THEME}&page=2", f"/reviews/?theme={THEME}&page=2"),
            ("public", "/reviews/<slug>/", f"/reviews/{report}/"),
            ("public", "/reviews/<slug>/briefing/", f"/reviews/{report}/briefing/"),
            ("public", "/reviews/<slug>/report.pdf", f"/reviews/{report}/report.pdf"),
            ("public", "/feed/", "/feed/"),
            ("public", "/reviews.json?per_page=20", "/reviews.json?page=1&per_page=20"),
            # the whole lists as readers get them: the stored file of the current version (its
            # size, and so the time to read it all, grows with N; the queries and memory not)
            ("export", "/reviews.json, stored", "/reviews.json"),
            ("export", "/reviews.csv, stored", "/reviews.csv"),
        ]
        for group, label, url in pages:
            self.request(public, group, label, url)
        with override_settings(PUBLIC_CACHE_SECONDS=300):  # as readers get it: stored
            self.request(public, "public", "/reviews/<slug>/, stored page", f"/reviews/{report}/")
        self.request(staff, "admin_list", "/admin/reviews/review/", "/admin/reviews/review/")
        self.request(staff, "admin", "/admin/dashboard/", "/admin/dashboard/")
        self.sweepers()
        return {
            "reviews": self.count,
            "runs": self.runs,
            "rows": self.rows,
            "published_by_sweep": self.published_by_sweep,
            "setup_seconds": setup_seconds,
            "pages_built": self.pages_built,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "engine": engine(connection),
        }

    def request(self, client, group: str, label: str, url: str) -> None:
        def get():
            response = client.get(url)
            if response.status_code != 200:
                raise RuntimeError(f"{url} answered {response.status_code}, not 200")
            if response.streaming:  # read it all, a chunk at a time, as a reader would
                for _ in response.streaming_content:
                    pass
            response.close()

        self.record(group, label, get)

    def verify_second_factor(self, staff) -> None:
        """Mark the staff session as verified by a second factor, as entering a code would."""
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device = TOTPDevice.objects.create(user=self.manager, name="bench", confirmed=True)
        session = staff.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    def sweepers(self) -> None:
        from publishing.services import alerts, copy_requests, display, exports, scheduling
        from reviews.models import Review

        self.record(
            "idle_sweep", "publish_due, nothing due", lambda: scheduling.publish_due(now=now())
        )
        self.record("sweep", "deliveries_sweep, nothing due", self.deliveries_sweep)
        # the daily alert on a day with nothing new: the first (warm-up) run sends every item
        self.record("sweep", "alerts_send, nothing new", lambda: alerts.alerts_send(now=now()))
        self.record("idle_sweep", "public_pdf_sweep, nothing stale", self.pdf_sweep)
        self.record("sweep", "removal_sweep", lambda: display.removal_sweep(today=self.today))
        self.record(
            "idle_sweep",
            "copy_requests_purge, nothing due",
            lambda: copy_requests.copy_requests_purge(now=now()),
        )
        self.record("idle_sweep", "exports_build, nothing new", self.exports_idle)
        # its warm-up run is the first pass after a deployment: every public report's page
        self.record("idle_sweep", "report_pages_build, nothing stale", self.report_pages_idle)
        self.record(
            "export_build",
            "exports_build, nothing new, first pass after a change",
            self.exports_recount,
        )
        self.record(
            "export_build",
            "exports_build, a new version",
            exports.exports_build,
            runs=EXPORT_RUNS,
            warm_up=0,
            before=self.exports_forget,
        )
        ids = self.scheduled()
        due = Review.objects.filter(pk__in=ids)

        def publish() -> None:
            outcomes = scheduling.publish_due(now=self.now)
            published = sum(1 for _, outcome in outcomes if outcome == Review.Status.PUBLISHED)
            self.published_by_sweep = min(self.published_by_sweep, published)

        def reset() -> None:
            due.update(status=Review.Status.SCHEDULED, published_at=None)

        self.published_by_sweep = DUE
        self.record(
            "sweep", f"publish_due, {DUE} due", publish, runs=DUE_RUNS, warm_up=1, before=reset
        )
        self.published_by_sweep = min(
            self.published_by_sweep, due.filter(status=Review.Status.PUBLISHED).count()
        )

    def exports_idle(self) -> None:
        """As beat runs it in production: the cache on, so the version is reused until a
        public change (this pass times pages with `PUBLIC_CACHE_SECONDS=0`)."""
        from django.test import override_settings

        with override_settings(PUBLIC_CACHE_SECONDS=300):
            self.exports_recount()

    def report_pages_idle(self) -> None:
        """As beat runs it every minute, with the cache on (the stored pages are on with it)."""
        from django.test import override_settings

        from publishing.services import report_pages

        with override_settings(PUBLIC_CACHE_SECONDS=300):
            started = time.perf_counter()
            built = report_pages.report_pages_build(today=self.today)
            if built and not self.pages_built:
                self.pages_built = (built, time.perf_counter() - started)
            elif built:
                raise RuntimeError(f"report_pages_build found {built} pages to build")

    def exports_recount(self) -> None:
        """With the cache off: the version worked out afresh, as on the first pass after each
        public change (one aggregate over the public reviews)."""
        from publishing.services import exports

        if exports.exports_build():
            raise RuntimeError("exports_build found a version to build")

    def exports_forget(self) -> None:
        """Delete the stored exports, as a change does (its new version is not stored yet)."""
        from publishing.services import exports

        for path in exports.folder().glob("*"):
            path.unlink()

    def pdf_sweep(self) -> None:
        from publishing.services import files

        if files.pdf_sweep(now=now()):
            raise RuntimeError("public_pdf_sweep found PDFs to render")

    def deliveries_sweep(self) -> None:
        from publishing.services import deliveries

        result = deliveries.deliveries_sweep(now=now())
        if any(result.values()):
            raise RuntimeError(f"deliveries_sweep found work to do: {result}")

    def record(
        self,
        group: str,
        label: str,
        function: Callable[[], object],
        *,
        runs: int | None = None,
        warm_up: int = WARM_UP,
        before: Callable[[], object] = lambda: None,
    ) -> None:
        """Warm up, count the queries of one run, then time `runs` runs of `function`."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        runs = min(runs or self.runs, self.runs)
        for _ in range(warm_up):
            before()
            function()
        before()
        with CaptureQueriesContext(connection) as captured:
            function()
        queries = len(captured)  # now: the next request empties the connection's query log
        before()
        tracemalloc.start()
        function()
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        timings = []
        for _ in range(runs):
            before()
            started = time.perf_counter()
            function()
            timings.append(time.perf_counter() - started)
        self.rows.append(
            {
                "group": group,
                "label": label,
                "queries": queries,
                "timings": timings,
                "peak_kb": peak / 1024,
            }
        )


def user(username: str, role: str):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    person = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", is_staff=True
    )
    person.groups.add(Group.objects.get(name=role))
    return person


def analyze() -> None:
    """Give the query planner its statistics, as autovacuum does within a minute of a bulk
    load: without them PostgreSQL plans for empty tables (the admin list took 50 s)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def stored_pdfs(reviews: list, at: datetime.datetime) -> None:
    """A stored report PDF for every review (one small file they share), as the sweep leaves."""
    import hashlib

    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    from publishing.models import PublicPdf

    content = STORED_PDF
    name = default_storage.save("public-pdf/bench/report.pdf", ContentFile(content))
    digest = hashlib.sha256(content).hexdigest()
    PublicPdf.objects.bulk_create(
        (
            PublicPdf(
                key=f"report/{review.pk}",
                version_hash=digest,
                file=name,
                sha256=digest,
                size=len(content),
                rendered_at=at,
            )
            for review in reviews
        ),
        batch_size=1000,
    )


def plan(number: int, spec: dict) -> list[tuple[int, dict, list[dict]]]:
    """3 to 5 recommendations of 2 or 3 actions, cycling through the spec's own."""
    recommendations = spec["recommendations"]
    pool = [action for rec in recommendations for action in rec["actions"]]
    result = []
    for index in range(3 + number % 3):
        actions = [pool[(index * 3 + k) % len(pool)] for k in range(2 + (number + index) % 2)]
        result.append((index + 1, recommendations[index % len(recommendations)], actions))
    return result


def briefing(review, spec: dict):
    from publishing.models import Briefing

    data = spec["briefing"]
    made = Briefing(
        review=review,
        case_in_brief=data["case_in_brief"],
        key_learning="\n".join(data["key_learning"]),
        what_has_changed="\n".join(data["what_has_changed"]),
        reflective_questions="\n".join(data["reflective_questions"]),
    )
    made.public_content, made.approved_at = made.draft_content(), now()  # as if approved
    return made


def timezone_date(moment: datetime.datetime) -> datetime.date:
    from django.utils import timezone

    return timezone.localdate(moment)


def now() -> datetime.datetime:
    from django.utils import timezone

    return timezone.now()


def engine(connection) -> str:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sqlite_version()")
            return f"SQLite {cursor.fetchone()[0]}"
        cursor.execute("SHOW server_version")
        return f"{connection.display_name} {cursor.fetchone()[0].split()[0]}"


# --- The report, in the parent process ---------------------------------------------------------


def child(reviews: int, runs: int, database_url: str | None) -> dict:
    """Run one pass in a fresh interpreter (Django is set up once per process)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        command = [sys.executable, __file__, "--reviews", str(reviews), "--runs", str(runs)]
        command += ["--result", result.name]
        if database_url:
            command += ["--database-url", database_url]
        completed = subprocess.run(command, cwd=ROOT, check=False)
        if completed.returncode:
            raise SystemExit(f"The pass with {reviews} reviews failed ({completed.returncode})")
        return json.loads(Path(result.name).read_text(encoding="utf-8"))


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f}" if value < 10 else f"{value:,.0f}"


TARGETS = {
    "public": f"median < {PUBLIC_MEDIAN_MS} ms, p95 < {PUBLIC_P95_MS} ms",
    "search": f"median < {SEARCH_MEDIAN_MS} ms, p95 < {PUBLIC_P95_MS} ms",
    "admin_list": f"median < {ADMIN_LIST_MS} ms",
    "idle_sweep": f"median < {IDLE_SWEEP_MS} ms",
}
# Lines whose work is the whole collection by design: their time grows with N, their memory
# must not; their queries may grow by this many per 500 rows (themes and agencies of each
# chunk, of each export built).
WHOLE_COLLECTION = {"export": 2, "export_build": 4}
MEMORY_LIMIT, MEMORY_SLACK_KB = 2.0, 1024


def target_group(row: dict) -> str:
    return "search" if "?q=" in row["label"] else row["group"]


def speed_check(row: dict) -> tuple[bool, str] | None:
    """The speed target of a row and whether it is met; None when the row has none."""
    timings = row["timings"]
    median, p95 = statistics.median(timings), nearest_rank(timings, 95)
    group = target_group(row)
    if group in {"public", "search"}:
        limit = SEARCH_MEDIAN_MS if group == "search" else PUBLIC_MEDIAN_MS
        ok = median * 1000 < limit and p95 * 1000 < PUBLIC_P95_MS
        return ok, f"median {ms(median)} ms, p95 {ms(p95)} ms ({TARGETS[group]})"
    limit = {"admin_list": ADMIN_LIST_MS, "idle_sweep": IDLE_SWEEP_MS}.get(group)
    if limit is None:
        return None
    return median * 1000 < limit, f"median {ms(median)} ms ({TARGETS[group]})"


def growth(row: dict, before: dict) -> float:
    return statistics.median(row["timings"]) / max(statistics.median(before["timings"]), 1e-9)


def growth_check(row: dict, before: dict, sizes: str) -> str:
    """Time per N: the line's median may grow at most GROWTH_LIMIT times (plus the slack)."""
    now_ms = statistics.median(row["timings"]) * 1000
    then_ms = statistics.median(before["timings"]) * 1000
    ok = now_ms <= then_ms * GROWTH_LIMIT + GROWTH_SLACK_MS
    return (
        f"{'PASS' if ok else 'FAIL'} `{row['label']}` time: median {now_ms:,.1f} ms "
        f"against {then_ms:,.1f} ms ({sizes}; at most {GROWTH_LIMIT:g}× + "
        f"{GROWTH_SLACK_MS:g} ms)"
    )


def memory_check(row: dict, before: dict, sizes: str) -> str:
    """Memory per N: the peak Python allocation of one run may grow at most MEMORY_LIMIT times."""
    ok = row["peak_kb"] <= before["peak_kb"] * MEMORY_LIMIT + MEMORY_SLACK_KB
    return (
        f"{'PASS' if ok else 'FAIL'} `{row['label']}` memory: peak {row['peak_kb']:,.0f} KB "
        f"against {before['peak_kb']:,.0f} KB ({sizes}; at most {MEMORY_LIMIT:g}× + "
        f"{MEMORY_SLACK_KB // 1024} MB)"
    )


def checks(large: dict, small: dict) -> list[str]:
    """PASS/FAIL lines: the speed targets, then queries, time and memory at both sizes."""
    lines = []
    for row in large["rows"]:
        found = speed_check(row)
        if found:
            ok, text = found
            lines.append(f"{'PASS' if ok else 'FAIL'} `{row['label']}`: {text}")
    earlier = {row["label"]: row for row in small["rows"]}
    sizes = f"N={large['reviews']} against N={small['reviews']}"
    for row in large["rows"]:
        before = earlier.get(row["label"])
        # no more queries at the larger size (a sweep that reads only what changed may make
        # fewer there, when the smaller pass found everything new)
        ok = before is not None and row["queries"] <= before["queries"]
        if row["group"] in WHOLE_COLLECTION:  # 500 rows a query, by design: memory stays flat
            per_chunk = WHOLE_COLLECTION[row["group"]]
            ok = before is not None and row["queries"] <= before["queries"] + per_chunk * math.ceil(
                large["reviews"] / 500
            )
        lines.append(
            f"{'PASS' if ok else 'FAIL'} `{row['label']}` queries: {row['queries']} at "
            f"N={large['reviews']}, {before['queries'] if before else '?'} at "
            f"N={small['reviews']}"
        )
        if before is None:
            continue
        if row["group"] not in WHOLE_COLLECTION:
            lines.append(growth_check(row, before, sizes))
        lines.append(memory_check(row, before, sizes))
    ok = large["published_by_sweep"] == DUE
    lines.append(
        f"{'PASS' if ok else 'FAIL'} `publish_due` published {large['published_by_sweep']} "
        f"of the {DUE} due reviews in every run"
    )
    return lines


def table(large: dict, small: dict) -> str:
    earlier = {row["label"]: row for row in small["rows"]}
    little = small["reviews"]
    lines = [
        f"| What | Median (ms) | p95 (ms) | Median at N={little} (ms) | Growth | Queries "
        f"| Queries at N={little} | Peak memory (KB) | At N={little} (KB) | Target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in large["rows"]:
        timings, before = row["timings"], earlier.get(row["label"])
        then = ms(statistics.median(before["timings"])) if before else "?"
        times = f"{growth(row, before):.1f}×" if before else "?"
        then_kb = f"{before['peak_kb']:,.0f}" if before else "?"
        lines.append(
            f"| `{row['label']}` | {ms(statistics.median(timings))} "
            f"| {ms(nearest_rank(timings, 95))} | {then} | {times} | {row['queries']} "
            f"| {before['queries'] if before else '?'} | {row['peak_kb']:,.0f} "
            f"| {then_kb} "
            f"| {TARGETS.get(target_group(row), 'none')} |"
        )
    return "\n".join(lines)


def pages_built(large: dict) -> str:
    """The worker's first pass over the stored report pages, as after a deployment."""
    if not large.get("pages_built"):
        return ""
    count, seconds = large["pages_built"]
    return (
        f" The worker's first pass (`report_pages_build` after a deployment) built the "
        f"{count:,} report pages in {seconds:.1f} s ({seconds / count * 1000:.1f} ms each)."
    )


def title(large: dict) -> str:
    name = large["engine"].split()[0]
    return name if large["reviews"] == REVIEWS else f"{name}, {large['reviews']:,} reviews"


def subsection(large: dict, small: dict, command: str) -> str:
    return "\n".join(
        [
            f"### {title(large)}",
            "",
            f"{large['reviews']} published reviews (and {DUE} scheduled ones for the second "
            f"`publish_due` line); {large['engine']}.",
            "",
            table(large, small),
            "",
            *[f"- {line}" for line in checks(large, small)],
            "",
            f"Peak memory of the process (ru_maxrss, creating the reviews included): "
            f"{large['peak_rss_mb']:.0f} MB at N={large['reviews']}, {small['peak_rss_mb']:.0f} "
            f"MB at N={small['reviews']}. Setting up the {large['reviews']} reviews took "
            f"{large['setup_seconds']:.1f} s.{pages_built(large)}",
            "",
            f"Machine: {os.cpu_count()} cores, Python {platform.python_version()} "
            f"({platform.python_implementation()}), {platform.system()} {platform.machine()}, "
            f"{large['engine']}.",
            "",
            f"Reproduce: `{command}`",
            "",
        ]
    )


def unwrapped(text: str) -> str:
    """`text` with each paragraph on one line, as the rest of docs/PERFORMANCE.md is written."""
    return re.sub(r"(?<!\n)\n(?!\n)", " ", text.strip()) + "\n"


INTRODUCTION = f"""{HEADING}

Latency, query counts and memory of the public pages, the exports, the two staff pages that
list many reviews, and the sweepers beat runs (`publish_due` every 20 seconds,
`deliveries_sweep`, `public_pdf_sweep` and `report_pages_build` every minute, `removal_sweep`
and the alerts daily, `copy_requests_purge` nightly; `alerts_send, nothing new` is the daily
alert on a day when every item was sent before).
Each pass starts from an empty database in a temporary folder with the production settings
(`DJANGO_DEBUG=false`, collected static files), migrates, and creates N published reviews from
the demo content cycled with unique references: their findings, 3 to 5 recommendations of 2 or
3 actions (about 10 actions a review), themes, agencies, a 7-minute briefing, a delivered
notice and a stored report PDF each.

Pages are requested in-process with `django.test.Client`, with the page cache off
(`PUBLIC_CACHE_SECONDS=0`): these figures are what it costs to build each page, which a cached
page pays once per change (`bench/bench_http.py` measures the site with its cache, over HTTP);
`/reviews/<slug>/, stored page` is the report page as readers get it, with the cache on: the
page the worker stored.
The staff pages are requested as a partnership manager. No web server or network, and the
client keeps the database connection open between requests. Streamed exports are read to the
end. Sweepers are called directly. Each line is warmed up, its queries are counted on one run,
its peak Python allocation is measured on one run (`tracemalloc`), then it is timed {RUNS}
times (`publish_due` with {DUE} due: {DUE_RUNS} times, putting the {DUE} reviews back to
scheduled between runs); p95 is the nearest-rank 95th percentile.

A second pass with fewer reviews (N={SMALL}, or N={LARGE_SMALL} when N is 3,000 or more) is
measured the same way, and each line is checked against it: no more queries, a
median at most {GROWTH_LIMIT:g}× as long (plus {GROWTH_SLACK_MS:g} ms of timer noise), and a
peak allocation at most {MEMORY_LIMIT:g}× as large (plus 1 MB). The whole exports read the
whole collection by design, 500 rows (and their themes and agencies) a query: their memory is
held to that, their time is not, and their queries may grow by 2 for each 500 reviews.

Targets: public pages median under {PUBLIC_MEDIAN_MS} ms, the search under
{SEARCH_MEDIAN_MS} ms, both with p95 under {PUBLIC_P95_MS} ms; the admin review list under
{ADMIN_LIST_MS} ms; each sweeper with nothing to do under {IDLE_SWEEP_MS} ms.
"""
INTRODUCTION = unwrapped(INTRODUCTION)


def replace_section(document: str, new_section: str) -> str:
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    if pattern.search(document):
        return pattern.sub(lambda _: new_section + "\n", document, count=1).rstrip() + "\n"
    return document.rstrip() + "\n\n" + new_section


def merged_section(document: str, part: str) -> str:
    """Our section with `part` (one database's subsection) replaced or added, the others kept."""
    pattern = re.compile(rf"^{re.escape(HEADING)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    found = pattern.search(document)
    parts = re.split(r"(?m)^(?=### )", found.group(0))[1:] if found else []
    heading = part.splitlines()[0]
    kept = [p.rstrip() + "\n" for p in parts if p.splitlines()[0] != heading]
    position = next((i for i, p in enumerate(parts) if p.splitlines()[0] == heading), len(kept))
    kept.insert(position, part)
    return INTRODUCTION + "\n" + "\n".join(kept).rstrip() + "\n"


def write(part: str) -> None:
    document = PERFORMANCE_DOC.read_text(encoding="utf-8") if PERFORMANCE_DOC.exists() else ""
    document = document or "# Performance\n"
    PERFORMANCE_DOC.write_text(
        replace_section(document, merged_section(document, part)), encoding="utf-8"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviews", type=int, default=REVIEWS, help="published reviews (N)")
    parser.add_argument("--runs", type=int, default=RUNS, help="timed runs per line")
    parser.add_argument("--write", action="store_true", help=f"update {HEADING!r} in the doc")
    parser.add_argument(
        "--database-url",
        help="a PostgreSQL server to use instead of SQLite, e.g. "
        f"postgres://postgres@127.0.0.1:5432/postgres (the pass uses a database {BENCH_DATABASE})",
    )
    parser.add_argument("--result", help=argparse.SUPPRESS)  # a child pass writes its figures
    args = parser.parse_args()
    if args.database_url and urlsplit(args.database_url).scheme not in {"postgres", "postgresql"}:
        parser.error("--database-url must be a postgres:// URL")
    if args.database_url and urlsplit(args.database_url).path.strip("/") == BENCH_DATABASE:
        parser.error(f"--database-url must name another database: the bench drops {BENCH_DATABASE}")
    if args.result:
        figures = run_pass(max(1, args.reviews), max(1, args.runs), args.database_url)
        Path(args.result).write_text(json.dumps(figures), encoding="utf-8")
        return
    smaller = LARGE_SMALL if args.reviews >= 3000 else SMALL
    print(f"Pass with {smaller} reviews (to compare)...", file=sys.stderr)
    small = child(smaller, args.runs, args.database_url)
    print(f"Pass with {args.reviews} reviews...", file=sys.stderr)
    large = child(args.reviews, args.runs, args.database_url)
    command = COMMAND
    if args.reviews != REVIEWS:
        command += f" --reviews {args.reviews}"
    if args.database_url:
        command += f" --database-url {args.database_url}"
    part = subsection(large, small, command + " --write")
    print(part)
    if args.write:
        write(part)
        print(f"Updated {PERFORMANCE_DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
