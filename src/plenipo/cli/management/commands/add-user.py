from django.contrib.auth import get_user_model
from django.db import transaction

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.office.roles import ensure_secretariat_group
from plenipo.registry.models import Mission
from plenipo.registry.queries import get_state
from plenipo.registry.services.focal_points import appoint_focal_point


class Command(PlenipoCommand):
    help = (
        "Create a user: a secretariat officer, or the focal point of a state's mission. "
        "The password comes from PLENIPO_PASSWORD or is asked for."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="")
        role = parser.add_mutually_exclusive_group(required=True)
        role.add_argument("--secretariat", action="store_true")
        role.add_argument("--focal-point", metavar="STATE", help="ISO alpha-3 code, e.g. AUT")
        parser.add_argument("--mission", help="Mission code, e.g. UN-VIE")
        parser.add_argument("--language", default="en", help="Language of correspondence")

    def handle(self, *args, username, email, secretariat, focal_point, mission, language, **_):
        password = self.secret("PLENIPO_PASSWORD", "Password: ")
        if len(password) < 10:
            raise InvalidInput("the password needs at least 10 characters")
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            raise InvalidInput(f"a user {username!r} already exists")
        with transaction.atomic():
            user = User.objects.create_user(username, email=email, password=password)
            if secretariat:
                user.groups.add(ensure_secretariat_group())
            else:
                place = Mission.objects.filter(code=mission).first() if mission else None
                if mission and place is None:
                    raise InvalidInput(f"unknown mission {mission!r}")
                appoint_focal_point(
                    user=user,
                    state=get_state(focal_point),
                    mission=place,
                    language=language,
                    by=None,
                )
        role = "secretariat officer" if secretariat else f"focal point of {focal_point.upper()}"
        self.stdout.write(f"Created {username}, {role}.")
