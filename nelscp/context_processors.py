from django.conf import settings


def partnership(request):
    """The partnership's name and contact details, for every template."""
    return {
        "partnership_name": settings.PARTNERSHIP_NAME,
        "partnership_email": settings.PARTNERSHIP_EMAIL,
        "partnership_phone": settings.PARTNERSHIP_PHONE,
    }
