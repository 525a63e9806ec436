import pytest

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.models import ActivityLog
from plenipo.registry.queries import get_mission, get_state
from plenipo.registry.roles import SECRETARIAT
from plenipo.registry.services.users import create_user

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough password"


def test_a_secretariat_officer_joins_the_group_and_the_creation_is_logged(django_user_model):
    admin = django_user_model.objects.create_user("admin", password=PASSWORD)
    user = create_user(username="olga", password=PASSWORD, secretariat=True, by=admin)
    assert [g.name for g in user.groups.all()] == [SECRETARIAT]
    assert user.has_perm("monitoring.add_step")
    assert user.check_password(PASSWORD)
    entry = ActivityLog.objects.get(action_type="registry.user.created", object_id=str(user.pk))
    assert (entry.actor, entry.data) == (admin, {"username": "olga", "role": "secretariat"})


def test_a_focal_point_is_appointed_at_a_mission():
    user = create_user(
        username="anna",
        password=PASSWORD,
        focal_point_of=get_state("AUT"),
        mission=get_mission("UN-VIE"),
        language="fr",
        by=None,
    )
    focal_point = user.focal_point
    assert (focal_point.state.code, focal_point.mission.code, focal_point.language) == (
        "AUT",
        "UN-VIE",
        "fr",
    )
    entry = ActivityLog.objects.get(action_type="registry.user.created", object_id=str(user.pk))
    assert (entry.actor, entry.data) == (
        None,
        {"username": "anna", "role": "focal_point", "state": "AUT"},
    )


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"secretariat": True, "password": "short"}, "too short. It must contain at least 10"),
        ({"secretariat": True, "password": "password123"}, "This password is too common."),
        ({"secretariat": True, "password": "4815162342"}, "This password is entirely numeric."),
        (
            {"username": "vanderberghe", "secretariat": True, "password": "vanderberghe1"},
            "too similar to the username",
        ),
        ({"password": PASSWORD}, "either a secretariat officer or a state's focal point"),
        ({"username": "  ", "secretariat": True}, "a user needs a username"),
        (
            {"secretariat": True, "mission": "UN-VIE"},
            "only a focal point works at a mission",
        ),
    ],
)
def test_refusals_are_one_line_and_create_nobody(django_user_model, arguments, message):
    if arguments.get("mission"):
        arguments["mission"] = get_mission(arguments["mission"])
    with pytest.raises(InvalidInput, match=message):
        create_user(**{"username": "x", "password": PASSWORD, "by": None, **arguments})
    assert not django_user_model.objects.exists()
    assert not ActivityLog.objects.filter(action_type="registry.user.created").exists()


def test_the_password_rules_are_the_sites_own(settings, django_user_model):
    """One source for the rules: the settings' validators, whatever they say."""
    settings.AUTH_PASSWORD_VALIDATORS = [
        {
            "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
            "OPTIONS": {"min_length": 16},
        }
    ]
    with pytest.raises(InvalidInput, match=r"^the password is refused: .*at least 16 characters"):
        create_user(username="olga", password="fifteen chars!!", secretariat=True, by=None)
    assert not django_user_model.objects.exists()
    create_user(username="olga", password="sixteen chars!!!", secretariat=True, by=None)


def test_a_taken_username_is_refused(django_user_model):
    create_user(username="olga", password=PASSWORD, secretariat=True, by=None)
    with pytest.raises(InvalidInput, match="a user 'olga' already exists"):
        create_user(username="olga", password=PASSWORD, focal_point_of=get_state("AUT"), by=None)
    assert django_user_model.objects.count() == 1


def test_an_unknown_mission_is_named():
    with pytest.raises(NotFound, match="unknown mission 'UN-MARS'"):
        get_mission("UN-MARS")
