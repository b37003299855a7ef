from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.urls import include, path
from django.views.static import serve

from publishing.admin.views import dashboard_view


def staff_media(request, path):
    """Stored files (notice PDFs) are for staff who may see reviews, never the public.

    Behind `admin_view`, like the dashboard: signed in with a password and a second factor.
    """
    if not request.user.has_perm("reviews.view_review"):
        raise PermissionDenied
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    path("admin/dashboard/", admin.site.admin_view(dashboard_view), name="dashboard"),
    path("admin/files/<path:path>", admin.site.admin_view(staff_media), name="staff_media"),
    path("admin/", admin.site.urls),
    path("", include("publishing.website.urls")),
]
