"""Staff roles as groups, with the model permissions each may use.

The data migrations call `sync_roles` so a fresh database has every group; a later migration
calls it again when a capability adds models or permissions.
"""

from __future__ import annotations

BUSINESS_UNIT = "Business unit"
QA_APPROVER = "QA approver"
MANAGER = "Partnership manager"
AUDITOR = "Auditor"
# Staff of a partner agency (police, health, ...): each belongs to one agency
# (reviews.AgencyMembership) and sees only that agency's actions, on their own pages.
ACTION_OWNER = "Action owner"

RECORD_MODELS = ["review", "finding", "recommendation", "action"]
TAXONOMY_MODELS = ["theme", "agency"]
QA_MODELS = ["signoff", "identifieracceptance", "restriction"]
PROGRESS_MODELS = ["progressupdate"]
OWNER_MODELS = ["agencymembership"]
ALL_MODELS = RECORD_MODELS + TAXONOMY_MODELS + QA_MODELS + PROGRESS_MODELS + OWNER_MODELS
# Progress updates: business-unit staff and action owners submit them, a second person
# approves or returns them.
PROGRESS_SUBMIT = {("reviews", "add_progressupdate")}
PROGRESS_APPROVE = {("reviews", "approve_progressupdate")}


def _perms(app: str, actions: list[str], models: list[str]) -> set[tuple[str, str]]:
    return {(app, f"{action}_{model}") for action in actions for model in models}


PUBLISHING_MODELS = [
    "nonworkingday",
    "recipient",
    "notice",
    "delivery",
    "extension",
    "decision",
    "briefing",
    "copyrequest",
    "learningsummary",
    "publicpdf",
    "withdrawal",
    "correction",
]
# Copy requests of removed reports, handled by business-unit staff and managers.
COPY_REQUESTS = _perms("publishing", ["change"], ["copyrequest"]) | {
    ("publishing", "handle_copyrequest")
}
SUMMARIES = _perms("publishing", ["add", "change"], ["learningsummary"])
# The second person who lets a briefing, an annual summary or a correction reach the website
# (never its author: publishing.services.briefings, .learning and .corrections refuse that).
SECOND_PERSON = {
    ("publishing", "approve_briefing"),
    ("publishing", "publish_learningsummary"),
    ("publishing", "approve_correction"),
}
# Corrections of a published report: proposed by the business unit or a manager, approved or
# refused by a second person (SECOND_PERSON; publishing.services.corrections refuses the
# proposer).
CORRECTIONS_PROPOSE = {("publishing", "add_correction")}
VIEW_ALL = _perms("reviews", ["view"], ALL_MODELS) | _perms(
    "publishing", ["view"], PUBLISHING_MODELS
)

# The private names list: never for the Auditor role.
PRIVATE_NAMES_VIEW = {("reviews", "view_protectedname")}

# Staff sign-in records (nelscp.accounts, django-axes): who failed to log in, who was locked
# out, whose second factor was reset. Read-only; unlocking is `manage.py axes_reset_username`.
SIGN_IN_RECORDS = _perms("axes", ["view"], ["accessattempt", "accessfailurelog", "accesslog"]) | {
    ("accounts", "view_secondfactorreset")
}
# Managers may reset a colleague's second factor, from the user list (Admin › Users).
SECOND_FACTOR_RESET = {("accounts", "reset_second_factor"), ("auth", "view_user")}

# Nobody gets delete_review: the record of a review is never deleted.
# The Action owner role holds no view permission at all: the admin's lists, forms and the
# dashboard stay closed to it, and its own pages (reviews.admin.agency) show its agency's
# actions only.
ROLES: dict[str, set[tuple[str, str]]] = {
    BUSINESS_UNIT: VIEW_ALL
    | _perms("reviews", ["add", "change"], RECORD_MODELS)
    | _perms("reviews", ["delete"], ["finding", "recommendation", "action"])
    | _perms("reviews", ["add", "change", "delete", "view"], ["protectedname"])
    | _perms("publishing", ["add", "change", "delete"], ["briefing"])
    | COPY_REQUESTS
    | SUMMARIES
    | {("reviews", "submit_review")}
    | PROGRESS_SUBMIT
    | CORRECTIONS_PROPOSE,
    QA_APPROVER: VIEW_ALL
    | PRIVATE_NAMES_VIEW
    | {("reviews", "sign_off_review")}
    | PROGRESS_APPROVE
    | SECOND_PERSON,
    MANAGER: VIEW_ALL
    | PRIVATE_NAMES_VIEW
    | _perms("reviews", ["add", "change"], TAXONOMY_MODELS + ["restriction"])
    | _perms("reviews", ["add", "change", "delete"], OWNER_MODELS)
    | _perms("publishing", ["add", "change", "delete"], ["nonworkingday"])
    | _perms("publishing", ["change"], ["recipient", "decision"])
    | COPY_REQUESTS
    | SUMMARIES
    | {("reviews", "manage_publication")}
    | CORRECTIONS_PROPOSE
    | PROGRESS_APPROVE
    | SECOND_PERSON
    | SIGN_IN_RECORDS
    | SECOND_FACTOR_RESET,
    AUDITOR: VIEW_ALL | SIGN_IN_RECORDS,
    ACTION_OWNER: PROGRESS_SUBMIT,
}


def sync_roles(apps) -> None:
    """Create every role's group and set exactly its permissions (idempotent)."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after migrate; make them now so groups can hold them.
    for app_config in apps.get_app_configs():
        original = getattr(app_config, "models_module", None)
        app_config.models_module = True
        try:
            create_permissions(app_config, apps=apps, verbosity=0)
        finally:
            app_config.models_module = original
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, wanted in ROLES.items():
        group, _ = Group.objects.get_or_create(name=role)
        perms = [
            perm
            for perm in Permission.objects.select_related("content_type")
            if (perm.content_type.app_label, perm.codename) in wanted
        ]
        group.permissions.set(perms)
