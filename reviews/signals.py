"""The one hook through which the layers above `reviews` learn of a change to a review's text.

`reviews` knows nothing of notices: it owns the text and its sign-offs. When the publishable
text of a review changes after its pre-publication notice was sent, it sends
`text_changed_after_notice` inside the same transaction, and a receiver in `publishing`
voids the notice (publishing/apps.py connects it). Each receiver returns True when it voided
something; the review then goes back to quality assurance. With no receiver that says True
nothing is voided and the review keeps its state.

    text_changed_after_notice.send(sender=Review, review=review, by=user) -> [(receiver, bool)]

A guarded state move is an `.update()`, which no `post_save` sees. `record_history` writes its
history row and then sends `recorded`, so that what depends on the row (the public pages'
cache) learns of it too:

    recorded.send(sender=type(instance), instance=instance)
"""

from django.dispatch import Signal

text_changed_after_notice = Signal()
recorded = Signal()
