from plenipo.cli.base import PlenipoCommand
from plenipo.registry.queries import get_mission, get_organization, get_state
from plenipo.registry.services.users import create_user


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
        parser.add_argument(
            "--manages-accounts",
            action="store_true",
            help="A secretariat officer who also manages accounts on /office/users/",
        )
        parser.add_argument(
            "--for-group",
            action="append",
            default=[],
            metavar="GROUP",
            help="A group the focal point is registered to speak for, e.g. EU (repeatable)",
        )

    def handle(self, *args, username, email, secretariat, focal_point, mission, language, **opts):
        state = get_state(focal_point) if focal_point else None
        groups = [get_organization(code) for code in opts["for_group"]]
        place = get_mission(mission) if mission else None
        password = self.secret("PLENIPO_PASSWORD", "Password: ")
        create_user(
            username=username,
            password=password,
            email=email,
            secretariat=secretariat,
            focal_point_of=state,
            mission=place,
            language=language,
            groups=groups,
            manages_accounts=opts["manages_accounts"],
            by=None,
        )
        role = "secretariat officer" if secretariat else f"focal point of {state.code}"
        if opts["manages_accounts"]:
            role += " who manages accounts"
        if groups:
            role += f", speaking also for {', '.join(g.code for g in groups)}"
        self.stdout.write(f"Created {username}, {role}.")
