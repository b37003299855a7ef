"""HTTP security helpers shared by every page: the visitor's address and the Permissions-Policy."""

from __future__ import annotations

from django.conf import settings


def client_address(request) -> str:
    """The visitor's address: REMOTE_ADDR, or behind DJANGO_TRUSTED_PROXIES proxies the entry
    of X-Forwarded-For that the outermost trusted proxy added (earlier ones can be forged).

    The login throttle (django-axes, `AXES_CLIENT_IP_CALLABLE`) counts failures by this address.
    """
    proxies = settings.TRUSTED_PROXIES
    forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [p for p in forwarded if p]
    if proxies and forwarded:
        return forwarded[-min(proxies, len(forwarded))]
    return request.META.get("REMOTE_ADDR", "")


def permissions_policy_header(policy: dict[str, list[str]]) -> str:
    """`{"camera": [], "fullscreen": ["self"]}` as `camera=(), fullscreen=(self)`."""
    return ", ".join(f"{feature}=({' '.join(allow)})" for feature, allow in policy.items())


class PermissionsPolicyMiddleware:
    """Adds `Permissions-Policy` (settings.PERMISSIONS_POLICY) to every response.

    The site uses no camera, microphone, location or payment: saying so stops an injected
    script or a framed page from asking for them.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = permissions_policy_header(settings.PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response
