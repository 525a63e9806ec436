"""Letters from a template to a distribution list, a campaign's targets included: the one
mail merge the office's drafting page, the mail-merge job and the CLI share. Letters
written to a campaign's targets are attached to the campaign in the same transaction."""

import datetime as dt

from django.db import transaction

from plenipo.campaigns.queries import distribution_list
from plenipo.campaigns.services.campaigns import attach_letters
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.recipients import Distribution
from plenipo.correspondence.services.letters import MergeResult, merge


def write_letters(
    *, template, found: Distribution, recipients, day: dt.date, by, meeting=None, office=None
) -> MergeResult:
    """Draft letters to ``recipients`` of the resolved list ``found``, all or none."""
    with transaction.atomic():
        result = merge(
            template=template,
            recipients=recipients,
            day=day,
            by=by,
            instrument=found.instrument,
            organization=found.organization,
            meeting=meeting,
            office=office,
        )
        if found.campaign is not None and result.letters:
            attach_letters(campaign=found.campaign, letters=result.letters, by=by)
    return result


def merge_to_list(
    *,
    template,
    to: str,
    day: dt.date,
    by,
    at: str = "",
    meeting=None,
    reachable_only=False,
    only=None,
    office=None,
) -> MergeResult:
    """Draft letters to everyone on the list ``to`` as it stands on ``day`` (only those who
    can be reached, with ``reachable_only``; only the keys in ``only``, when given), from
    ``office`` instead of the template's when given."""
    found = distribution_list(to, day, at=at)
    recipients = found.recipients
    if only is not None:
        unknown = sorted(set(only) - {r.key for r in recipients})
        if unknown:
            raise InvalidInput(f"not on the list {to}: {', '.join(unknown)}")
        recipients = [r for r in recipients if r.key in only]
    if reachable_only:
        recipients = [r for r in recipients if r.reachable]
    return write_letters(
        template=template,
        found=found,
        recipients=recipients,
        day=day,
        by=by,
        meeting=meeting,
        office=office,
    )
