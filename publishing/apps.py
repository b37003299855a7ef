from django.apps import AppConfig


class PublishingConfig(AppConfig):
    name = "publishing"
    verbose_name = "Publishing"

    def ready(self):
        # Register the tasks in every process (web, worker, beat, tests): services queue them
        # by name (services.common.task_queue) and so never import tasks.py themselves.
        from reviews.signals import text_change_preview, text_changed_after_notice

        from . import tasks  # noqa: F401

        # The one hook from the layer below: a text change after the notice voids the notice.
        text_changed_after_notice.connect(
            _void_notice, dispatch_uid="publishing.notice_void_for_text_change"
        )
        # ... and, asked before a save, what it would void, so the page can warn first.
        text_change_preview.connect(_describe_notice, dispatch_uid="publishing.notice_void_preview")
        _keep_the_search_index()
        _keep_the_public_pdfs()
        _keep_the_page_cache()
        _keep_the_report_pages()


def _void_notice(sender, *, review, by, **kwargs) -> bool:
    from .services.notices import notice_void_for_text_change

    return notice_void_for_text_change(review=review, by=by)


def _describe_notice(sender, *, review, digest, **kwargs) -> str | None:
    from .services.notices import notice_void_preview

    return notice_void_preview(review=review, digest=digest)


def _keep_the_search_index() -> None:
    """Re-index a public review when it or a part of it changes (services/search.py)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from reviews.models import Action, Finding, Recommendation, Review

    from .services.search import review_changed

    for model in (Review, Finding, Recommendation, Action):
        post_save.connect(review_changed, sender=model, dispatch_uid=f"search-save-{model}")
        post_delete.connect(review_changed, sender=model, dispatch_uid=f"search-del-{model}")
    m2m_changed.connect(review_changed, sender=Review.themes.through, dispatch_uid="search-themes")


def _keep_the_public_pdfs() -> None:
    """Mark a public PDF stale when what it shows changes (services/files.py)."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from reviews.models import Action, Finding, Recommendation, Review

    from .models import Briefing, LearningSummary
    from .services.files import pdf_inputs_changed

    for model in (Review, Finding, Recommendation, Action, Briefing, LearningSummary):
        post_save.connect(pdf_inputs_changed, sender=model, dispatch_uid=f"pdf-save-{model}")
        post_delete.connect(pdf_inputs_changed, sender=model, dispatch_uid=f"pdf-del-{model}")
    for through in (Review.themes.through, Review.agencies.through):
        m2m_changed.connect(pdf_inputs_changed, sender=through, dispatch_uid=f"pdf-m2m-{through}")


def _keep_the_page_cache() -> None:
    """Forget the cached public pages when anything they may show changes (page_cache.py)."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from reviews.signals import recorded

    from .services.page_cache import model_changed

    recorded.connect(model_changed, dispatch_uid="page-cache-recorded")
    for model in [
        *apps.get_app_config("reviews").get_models(),
        *apps.get_app_config("publishing").get_models(),
    ]:
        post_save.connect(model_changed, sender=model, dispatch_uid=f"page-cache-save-{model}")
        post_delete.connect(model_changed, sender=model, dispatch_uid=f"page-cache-del-{model}")
    m2m_changed.connect(model_changed, dispatch_uid="page-cache-m2m")


def _keep_the_report_pages() -> None:
    """Mark a stored report page stale when anything it may show changes (report_pages.py):
    on the same signals as the page cache."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from reviews.signals import recorded

    from .services.report_pages import model_changed

    recorded.connect(model_changed, dispatch_uid="report-pages-recorded")
    for model in [
        *apps.get_app_config("reviews").get_models(),
        *apps.get_app_config("publishing").get_models(),
    ]:
        post_save.connect(model_changed, sender=model, dispatch_uid=f"report-pages-save-{model}")
        post_delete.connect(model_changed, sender=model, dispatch_uid=f"report-pages-del-{model}")
    m2m_changed.connect(model_changed, dispatch_uid="report-pages-m2m")
