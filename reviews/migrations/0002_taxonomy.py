"""Seed the learning themes (after the NSPCC repository's) and the agencies."""

from django.db import migrations

THEMES = [
    ("neglect", "Neglect"),
    ("physical-abuse", "Physical abuse"),
    ("sexual-abuse", "Sexual abuse"),
    ("emotional-abuse", "Emotional abuse"),
    ("domestic-abuse", "Domestic abuse"),
    ("under-ones", "Under-ones"),
    ("non-accidental-injury", "Non-accidental injury and head trauma"),
    ("safe-sleep", "Sudden unexpected death in infancy and safe sleep"),
    ("disabled-children", "Disabled children"),
    ("looked-after-children", "Looked-after children and care leavers"),
    ("child-sexual-exploitation", "Child sexual exploitation"),
    ("child-criminal-exploitation", "Child criminal exploitation"),
    ("online-abuse", "Online abuse"),
    ("parental-mental-health", "Parental mental health"),
    ("parental-substance-misuse", "Parental substance misuse"),
    ("child-mental-health", "Children's mental health and self-harm"),
    ("suicide", "Suicide"),
    ("adolescents", "Adolescents"),
    ("missing-children", "Children missing from home, care or education"),
    ("elective-home-education", "Elective home education"),
    ("unseen-men", "Unseen men and fathers"),
    ("professional-curiosity", "Professional curiosity"),
    ("information-sharing", "Information sharing"),
    ("escalation", "Escalation and professional challenge"),
]

AGENCIES = [
    ("childrens-social-care", "Children's social care"),
    ("police", "Police"),
    ("health-visiting", "Health visiting"),
    ("midwifery", "Midwifery"),
    ("general-practice", "General practice (GP)"),
    ("hospital", "Acute hospital trust"),
    ("ambulance", "Ambulance service"),
    ("camhs", "Child and adolescent mental health services"),
    ("adult-mental-health", "Adult mental health services"),
    ("substance-misuse", "Drug and alcohol services"),
    ("school", "Schools"),
    ("early-years", "Early years and nurseries"),
    ("early-help", "Early help"),
    ("youth-justice", "Youth justice service"),
    ("housing", "Housing"),
    ("probation", "Probation service"),
    ("education-inclusion", "Education inclusion and attendance"),
    ("safeguarding-partnership", "Safeguarding children partnership"),
]


def seed(apps, schema_editor):
    for model_name, rows in (("Theme", THEMES), ("Agency", AGENCIES)):
        model = apps.get_model("reviews", model_name)
        for slug, name in rows:
            model.objects.get_or_create(slug=slug, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("reviews", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
