from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class AccountsConfig(AppConfig):
    name = "nelscp.accounts"
    label = "accounts"
    verbose_name = "Staff accounts"
    default_auto_field = "django.db.models.BigAutoField"


class StaffAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with `admin.site` being the staff site, which needs a second factor.

    Listed in INSTALLED_APPS instead of "django.contrib.admin", so every `admin.site.register`
    and `@admin.register` in reviews and publishing lands on the guarded site.
    """

    default = False  # not the default config of nelscp.accounts
    default_site = "nelscp.accounts.sites.StaffAdminSite"
