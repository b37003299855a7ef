"""The Atom feed of newly published reports."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from ..services.catalogue import public_reviews


class LatestReviewsFeed(Feed):
    feed_type = Atom1Feed
    description_template = None

    def title(self):
        return f"{settings.PARTNERSHIP_NAME}: child safeguarding practice reviews"

    def link(self):
        return reverse("publishing:reviews")

    def subtitle(self):
        return "Reports of child safeguarding practice reviews, newest first."

    def items(self):
        return public_reviews().order_by("-published_at", "reference")[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return reverse("publishing:review", args=[item.slug])

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return settings.PARTNERSHIP_NAME
