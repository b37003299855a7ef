"""Publishing records. The operational heartbeat lives here; the lifecycle joins it later."""

from django.db import models


class Heartbeat(models.Model):
    """When a background process last proved it was alive (the worker, run by the scheduler)."""

    name = models.CharField(max_length=40, unique=True)
    last_seen = models.DateTimeField()

    def __str__(self) -> str:
        return f"{self.name} last seen {self.last_seen:%Y-%m-%d %H:%M:%S}"
