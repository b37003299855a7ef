from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "publishing"
    verbose_name = "Publishing"

    def ready(self):
        # Register the tasks in every process (web, worker, beat, tests): services queue them
        # by name (services.common.task_queue) and so never import tasks.py themselves.
        from reviews.signals import text_changed_after_notice

        from . import tasks  # noqa: F401

        # The one hook from the layer below: a text change after the notice voids the notice.
        text_changed_after_notice.connect(
            _void_notice, dispatch_uid="publishing.notice_void_for_text_change"
        )


def _void_notice(sender, *, review, by, **kwargs) -> bool:
    from .services.notices import notice_void_for_text_change

    return notice_void_for_text_change(review=review, by=by)
