"""The copy-request rate limit counts visitors, not the proxy in front of the site."""

from django.test import RequestFactory

from publishing.website.views import client_address


def request(remote="10.0.0.1", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post("/requests/new/", **extra)


def test_without_proxies_it_uses_the_connecting_address(settings):
    settings.TRUSTED_PROXIES = 0
    assert client_address(request(forwarded="203.0.113.9")) == "10.0.0.1"


def test_behind_one_proxy_it_uses_the_address_the_proxy_saw(settings):
    settings.TRUSTED_PROXIES = 1
    assert client_address(request(forwarded="198.51.100.7, 203.0.113.9")) == "203.0.113.9"


def test_a_forged_header_cannot_choose_the_address(settings):
    settings.TRUSTED_PROXIES = 1
    forged = request(forwarded="1.2.3.4, 203.0.113.9")  # the visitor sent 1.2.3.4 themselves
    assert client_address(forged) == "203.0.113.9"


def test_behind_a_proxy_with_no_header_it_falls_back_to_the_connection(settings):
    settings.TRUSTED_PROXIES = 2
    assert client_address(request()) == "10.0.0.1"
