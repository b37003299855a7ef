"""The readers `bench_http.py` sends: a realistic mix of public pages, searches, PDFs, exports,
and the yardsticks (a bare Django view, a static file served by WhiteNoise, and a static file
of the same size as the stored report PDF).

Every request is recorded (when, which page, how long, whether it failed) into the JSON-lines
file named by `BENCH_SAMPLES`, so that `bench_http.py` computes its medians and p95 from the
exact times rather than Locust's rounded ones. `BENCH_SLUGS` names a JSON list of report slugs.
"""

from __future__ import annotations

import json
import os
import random
import time

from locust import FastHttpUser, between, events, task

with open(os.environ["BENCH_SLUGS"], encoding="utf-8") as listed:
    SLUGS: list[str] = json.load(listed)
PAGES = max(1, len(SLUGS) // 10)  # the public list shows 10 reports a page
SEARCHES = [
    "neglect",
    "neglected",
    "domestic abuse",
    '"mental health"',
    "neglect -housing",
    "school or education",
    "information sharing",
    "baby",
    "bruising",
    "police",
    "drugs alcohol",
    "health visitor",
    "missing from education",
    "exploitation",
    "safe sleep",
    "child protection plan",
    "housing",
    "father",
    "assessment",
    "escalation",
]
THEMES = ["information-sharing", "neglect", "domestic-abuse", "child-mental-health"]
_samples = open(os.environ["BENCH_SAMPLES"], "a", encoding="utf-8")  # noqa: SIM115


@events.request.add_listener
def _record(request_type, name, response_time, exception, **kwargs):
    _samples.write(
        json.dumps({"t": time.time(), "name": name, "ms": response_time, "ok": exception is None})
        + "\n"
    )


@events.quitting.add_listener
def _close(**kwargs):
    _samples.close()


class Reader(FastHttpUser):
    wait_time = between(0.5, 2.0)

    @task(10)
    def home(self):
        self.client.get("/", name="/")

    @task(10)
    def first_page(self):
        self.client.get("/reviews/", name="/reviews/")

    @task(5)
    def later_page(self):
        self.client.get(f"/reviews/?page={random.randint(2, PAGES)}", name="/reviews/?page=N")

    @task(15)
    def search(self):
        query = {"q": random.choice(SEARCHES)}
        if random.random() < 0.3:
            query["theme"] = random.choice(THEMES)
        self.client.get("/reviews/", params=query, name="/reviews/?q=…")

    @task(25)
    def report(self):
        self.client.get(f"/reviews/{random.choice(SLUGS)}/", name="/reviews/<slug>/")

    @task(5)
    def briefing(self):
        slug = random.choice(SLUGS)
        self.client.get(f"/reviews/{slug}/briefing/", name="/reviews/<slug>/briefing/")

    @task(5)
    def report_pdf(self):
        slug = random.choice(SLUGS)
        self.client.get(f"/reviews/{slug}/report.pdf", name="/reviews/<slug>/report.pdf")

    @task(3)
    def feed(self):
        self.client.get("/feed/", name="/feed/")

    @task(2)
    def json_page(self):
        page = random.randint(1, max(1, len(SLUGS) // 100))
        self.client.get(f"/reviews.json?page={page}&per_page=100", name="/reviews.json?page=N")

    @task(1)
    def csv_whole(self):
        self.client.get("/reviews.csv", name="/reviews.csv")

    @task(1)
    def json_whole(self):
        self.client.get("/reviews.json", name="/reviews.json")

    @task(5)
    def bare(self):
        self.client.get("/bench/bare/", name="bare Django view")

    @task(5)
    def static(self):
        self.client.get("/static/css/site.css", name="static file (WhiteNoise)")

    @task(5)
    def static_pdf(self):
        # the same bytes as every stored report PDF (bench_http.py writes it): its yardstick
        self.client.get(
            "/static/bench/report.pdf", name="static file of the PDF's size (WhiteNoise)"
        )
