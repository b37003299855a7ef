"""The publication lifecycle, one module per stage. Each is a set of keyword-only service
functions named `<noun>_<verb>`; refusals raise `TransitionError` with the reason.

    common        who may act, the scheduler's user, heartbeats, emails to the managers
    notices       the pre-publication notice: the text frozen, rendered once to a tagged PDF
    deliveries    the outbox: one delivery per body, claimed, sent, retried or failed
    scheduling    the earliest date (7 working days), scheduling, and publication when due
    display       how long a report stays up, extensions, removal
    decisions     decisions not to publish: referral, the Panel's advice, the final decision
    alerts        what needs attention: the staff dashboard and the daily alert email
    catalogue     what the public may read, and what a report's page shows
    files         the public PDFs, rendered once per version and stored
    copy_requests requests for a copy of a removed report
    learning      the annual summary of learning

The database is the source of truth for what is due: beat only triggers the sweepers, which
read due rows, so a lost message or a scheduler outage delays work but never loses it. Every
transition claims its row with a conditional update, so it happens once however many workers
try, and writes its history entry itself.
"""
