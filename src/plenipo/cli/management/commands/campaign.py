from plenipo.campaigns.queries import campaign_for
from plenipo.campaigns.services.campaigns import attach_letters, start_campaign_for
from plenipo.cli.base import PlenipoCommand
from plenipo.cli.management.commands.letters import write_letters
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import ministers_of_members_not_parties
from plenipo.correspondence.services.letters import merge
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument, parse_day_since_opening


class Command(PlenipoCommand):
    help = "Ratification campaigns: letters to the members of an organization not yet parties."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        letters = sub.add_parser("letters", help="One letter per target, named by its alpha-3 code")
        letters.add_argument("code", help="Instrument code, e.g. CETS-197")
        letters.add_argument("--members-of", required=True)
        letters.add_argument("--as-of", required=True)
        letters.add_argument("--template", default="campaign-ratification-en")
        letters.add_argument("--format", choices=["pdf", "docx", "txt", "zip"], required=True)
        letters.add_argument("--out", required=True)

    def handle(self, *args, action, code, members_of, as_of, template, format, out, **options):
        instrument = get_instrument(code)
        organization = get_organization(members_of)
        day = parse_day_since_opening(as_of, instrument)
        chosen = get_template(template)
        campaign = campaign_for(instrument, organization) or start_campaign_for(
            instrument=instrument,
            organization=organization,
            started_on=day,
            by=None,
            template=chosen,
        )
        recipients = ministers_of_members_not_parties(organization.code, instrument.code, day)
        result = merge(
            template=chosen,
            recipients=recipients,
            day=day,
            by=None,
            instrument=instrument,
            organization=organization,
        )
        attach_letters(campaign=campaign, letters=result.letters, by=None)
        write_letters(self, result, format, out)
