from django.urls import path

from . import exports, views
from .feeds import LatestReviewsFeed

app_name = "publishing"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("reviews/", views.review_list, name="reviews"),
    path("reviews/removed/", views.removed_list, name="removed"),
    path("reviews.csv", exports.reviews_csv, name="reviews_csv"),
    path("reviews.json", exports.reviews_json, name="reviews_json"),
    path("reviews/<slug:slug>/", views.review_detail, name="review"),
    path("reviews/<slug:slug>/report.pdf", views.report_pdf, name="report_pdf"),
    path("reviews/<slug:slug>/briefing/", views.briefing, name="briefing"),
    path("reviews/<slug:slug>/briefing.pdf", views.briefing_pdf, name="briefing_pdf"),
    path("requests/new/", views.request_new, name="request_new"),
    path("requests/sent/", views.request_done, name="request_done"),
    path("learning/", views.learning_list, name="learning_list"),
    path("learning/<int:year>/", views.learning_detail, name="learning"),
    path("learning/<int:year>/summary.pdf", views.learning_pdf, name="learning_pdf"),
    path("feed/", LatestReviewsFeed(), name="feed"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("accessibility/", views.accessibility, name="accessibility"),
]
