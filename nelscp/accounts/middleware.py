import logging
import time

from django.conf import settings
from django.contrib.auth import logout

log = logging.getLogger(__name__)

SIGNED_IN_AT = "nelscp_signed_in_at"


class SessionLifetimeMiddleware:
    """Ends a signed-in session STAFF_SESSION_MAX_AGE seconds after sign-in, however busy.

    The idle limit is Django's own: SESSION_COOKIE_AGE, renewed by SESSION_SAVE_EVERY_REQUEST.
    This caps the whole session, so a session left open on a shared machine (or a stolen
    cookie kept alive by a script) still ends. The sign-in time is stored on the first request
    the session makes; `logout` clears it with everything else.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            signed_in_at = request.session.setdefault(SIGNED_IN_AT, now)
            if now - signed_in_at > settings.STAFF_SESSION_MAX_AGE:
                log.info("Session of user %s ended: signed in too long ago", request.user.pk)
                logout(request)
        return self.get_response(request)
