"""The hooks through which the layers above `reviews` learn of a change to a review's text.

`reviews` knows nothing of notices: it owns the text and its sign-offs. When the publishable
text of a review changes after its pre-publication notice was sent, it sends
`text_changed_after_notice` inside the same transaction, and a receiver in `publishing`
voids the notice (publishing/apps.py connects it). Each receiver returns True when it voided
something; the review then goes back to quality assurance. With no receiver that says True
nothing is voided and the review keeps its state.

    text_changed_after_notice.send(sender=Review, review=review, by=user) -> [(receiver, bool)]

Before that, a page that is about to save a text change asks what it would void, so that it
can warn first (`reviews.services.text_changes.void_warning`). Each receiver answers, in words
for staff, what it would void were the text's hash now `digest` ("the pre-publication notice
sent on 2 December 2026 to Ofsted, the DfE and the Panel"), or None for nothing:

    text_change_preview.send(sender=Review, review=review, digest=digest) -> [(receiver, str|None)]

A guarded state move is an `.update()`, which no `post_save` sees. `record_history` writes its
history row and then sends `recorded`, so that what depends on the row (the public pages'
cache) learns of it too:

    recorded.send(sender=type(instance), instance=instance)
"""

from django.dispatch import Signal

text_changed_after_notice = Signal()
text_change_preview = Signal()
recorded = Signal()
