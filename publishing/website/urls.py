from django.urls import path

from . import exports, views
from .caching import public_page
from .feeds import LatestReviewsFeed

app_name = "publishing"

# Pages the same for every anonymous reader are served from the page cache (caching.py), a
# report from its stored page (services/report_pages.py); the PDFs and exports are files or
# streams with their own validators, the forms are never cached.
urlpatterns = [
    path("", public_page(views.home), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("reviews/", public_page(views.review_list), name="reviews"),
    path("reviews/removed/", public_page(views.removed_list), name="removed"),
    path("reviews.csv", exports.reviews_csv, name="reviews_csv"),
    path("reviews.json", exports.reviews_json, name="reviews_json"),
    path("reviews/<slug:slug>/", views.review_detail, name="review"),  # stored pages
    path("reviews/<slug:slug>/report.pdf", views.report_pdf, name="report_pdf"),
    path("reviews/<slug:slug>/briefing/", public_page(views.briefing), name="briefing"),
    path("reviews/<slug:slug>/briefing.pdf", views.briefing_pdf, name="briefing_pdf"),
    path("requests/new/", views.request_new, name="request_new"),
    path("requests/sent/", views.request_done, name="request_done"),
    path("learning/", public_page(views.learning_list), name="learning_list"),
    path("learning/<int:year>/", public_page(views.learning_detail), name="learning"),
    path("learning/<int:year>/summary.pdf", views.learning_pdf, name="learning_pdf"),
    path("feed/", public_page(LatestReviewsFeed()), name="feed"),
    path("sitemap.xml", public_page(views.sitemap), name="sitemap"),
    path("accessibility/", public_page(views.accessibility), name="accessibility"),
]
