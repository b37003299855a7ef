"""The site's URLs and `/bench/bare/`, the yardstick `bench_http.py` compares the pages with."""

from django.http import HttpResponse
from django.urls import path

from nelscp.urls import urlpatterns as site_urls


def bare(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare), *site_urls]
