from pathlib import Path

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.urls import include, path

from publishing.admin.dashboard import dashboard_view
from reviews.admin.agency import agency_action_view, agency_actions_view


def staff_media(request, path):
    """Stored files (notice PDFs) are for staff who may see reviews, never the public.

    Behind `admin_view`, like the dashboard: signed in with a password and a second factor.
    Only a PDF inside MEDIA_ROOT is served: named .pdf and starting with `%PDF-`, so a file
    that got there any other way is never shown as a page of this site. It is always a
    download, never stored by a cache, and sandboxed should a browser render it anyway.
    Anything else is a 404, with nothing said about whether the file exists.
    """
    if not request.user.has_perm("reviews.view_review"):
        raise PermissionDenied
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        # resolve() follows symbolic links, so a link pointing out of MEDIA_ROOT is refused too
        file = (root / path).resolve()
        wanted = file.is_relative_to(root) and file.suffix.lower() == ".pdf"
        handle = file.open("rb") if wanted else None
    except (OSError, ValueError):  # missing, a folder, unreadable, or a NUL in the name
        handle = None
    if handle is None:
        raise Http404("No such file.")
    if handle.read(5) != b"%PDF-":
        handle.close()
        raise Http404("No such file.")
    handle.seek(0)
    response = FileResponse(
        handle, as_attachment=True, filename=file.name, content_type="application/pdf"
    )
    response["Cache-Control"] = "no-store, private"
    response["Content-Security-Policy"] = "sandbox"
    response["X-Content-Type-Options"] = "nosniff"
    return response


urlpatterns = [
    path("admin/dashboard/", admin.site.admin_view(dashboard_view), name="dashboard"),
    path("admin/files/<path:path>", admin.site.admin_view(staff_media), name="staff_media"),
    # An action owner's own pages: their agency's actions (reviews.admin.agency)
    path("admin/agency/", admin.site.admin_view(agency_actions_view), name="agency_actions"),
    path(
        "admin/agency/actions/<int:pk>/",
        admin.site.admin_view(agency_action_view),
        name="agency_action",
    ),
    path("admin/", admin.site.urls),
    path("", include("publishing.website.urls")),
]
