"""A manager resets a colleague's second factor; the reset is recorded; nobody else may."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django_otp import devices_for_user

from nelscp.accounts import services
from nelscp.accounts.models import SecondFactorReset

from .factories import make_authenticator

pytestmark = pytest.mark.django_db

USERS = reverse("admin:auth_user_changelist")


def reset_by_admin(client, *users):
    return client.post(
        USERS,
        {"action": "reset_second_factor", "_selected_action": [u.pk for u in users]},
        follow=True,
    )


def test_a_manager_resets_a_colleague_and_it_is_recorded(client, manager, author):
    make_authenticator(author)
    services.backup_codes_replace(user=author)
    colleague = Client()
    colleague.force_login(author)  # signed in and verified before the reset
    client.force_login(manager)

    response = reset_by_admin(client, author)

    assert "second factor is reset" in response.content.decode()
    assert list(devices_for_user(author, confirmed=None)) == []
    record = SecondFactorReset.objects.get()
    assert (record.user, record.reset_by, record.devices_removed) == (author, manager, 2)
    entry = LogEntry.objects.get(object_id=str(author.pk), content_type__model="user")
    assert (entry.user, entry.action_flag) == (manager, CHANGE)
    assert "Reset the second factor" in entry.get_change_message()
    # The colleague's session is verified no more: they set up an app again.
    follow = colleague.get(reverse("admin:index"), follow=True)
    assert follow.redirect_chain[-1][0].startswith(reverse("admin:second_factor_enrol"))


def test_the_user_list_shows_who_has_a_second_factor(client, manager, author, approver):
    make_authenticator(author)
    client.force_login(manager)

    response = client.get(USERS)

    rows = {user.username: user.second_factor for user in response.context["cl"].result_list}
    assert rows["author"] is True and rows["approver"] is False


@pytest.mark.parametrize("persona", ["author", "approver", "auditor", "outsider"])
def test_no_one_but_a_manager_may_reset(client, request, manager, persona):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    make_authenticator(manager)

    response = reset_by_admin(client, manager)

    assert response.status_code == 403
    assert list(devices_for_user(manager))
    assert not SecondFactorReset.objects.exists()
    with pytest.raises(PermissionDenied):
        services.second_factor_reset(user=manager, by=user)


def test_a_manager_cannot_reset_their_own(client, manager):
    client.force_login(manager)

    response = reset_by_admin(client, manager)

    assert "cannot reset your own second factor" in response.content.decode()
    assert list(devices_for_user(manager))
    assert not SecondFactorReset.objects.exists()


def test_managers_and_auditors_read_the_record_and_nobody_edits_it(
    client, manager, auditor, author
):
    services.second_factor_reset(user=author, by=manager)
    record = SecondFactorReset.objects.get()
    for reader in (manager, auditor):
        reader_client = Client()
        reader_client.force_login(reader)

        listing = reader_client.get(reverse("admin:accounts_secondfactorreset_changelist"))

        assert listing.status_code == 200 and "author" in listing.content.decode()
        assert reader_client.get(reverse("admin:accounts_secondfactorreset_add")).status_code == 403
        delete = reverse("admin:accounts_secondfactorreset_delete", args=[record.pk])
        assert reader_client.post(delete, {"post": "yes"}).status_code == 403
    client.force_login(author)
    assert client.get(reverse("admin:accounts_secondfactorreset_changelist")).status_code == 403
