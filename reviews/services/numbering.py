"""The numbers of a review's findings and recommendations: 1, 2, 3... each used once."""

from __future__ import annotations

from django.db.models import Max, Model

from ..models import Review


def number_next(*, review: Review | None, model: type[Model]) -> int:
    """The number a new finding or recommendation (`model`) of `review` takes: one after the
    highest it has; 1 for a review not saved yet."""
    if review is None or review.pk is None:
        return 1
    highest = model.objects.filter(review=review).aggregate(Max("order"))["order__max"]
    return (highest or 0) + 1


def number_taken(*, model: type[Model], order: int) -> str:
    """The refusal for a number already used by another finding or recommendation."""
    return f"{model._meta.verbose_name.capitalize()} {order} is already used in this review."


def number_clashes(*, review: Review, model: type[Model], order: int, pk: int | None) -> bool:
    """True when another `model` row of `review` (not `pk`) has the number `order`."""
    if review.pk is None:
        return False
    return model.objects.filter(review=review, order=order).exclude(pk=pk).exists()
