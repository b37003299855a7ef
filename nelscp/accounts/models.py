from django.conf import settings
from django.db import models
from django.utils import timezone


class SecondFactorReset(models.Model):
    """A manager's reset of a colleague's second factor. Append-only: never edited or deleted.

    The reset is also written to the colleague's admin History (a LogEntry on the user).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="second_factor_resets"
    )
    reset_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    reset_at = models.DateTimeField(default=timezone.now)
    devices_removed = models.PositiveIntegerField(
        help_text="Authenticator apps and backup-code sets removed."
    )

    class Meta:
        ordering = ["-reset_at"]
        default_permissions = ("view",)
        permissions = [("reset_second_factor", "Can reset a colleague's second factor")]

    def __str__(self) -> str:
        return f"Second factor of {self.user} reset by {self.reset_by}"
