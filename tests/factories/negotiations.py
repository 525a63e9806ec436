"""A negotiation with a zero draft of two preambular and four operative paragraphs, open to
the members of the Council of Europe (Austria and Belgium among them, the USA not)."""

import datetime as dt

from plenipo.negotiations.models import Visibility
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services import processes, texts
from plenipo.negotiations.texts import import_text
from plenipo.registry.queries import get_organization
from tests.negotiations.conftest import ZERO_DRAFT

DAY = dt.date(2026, 3, 2)


def process(code="TIP-RES", visibility=Visibility.MEMBER_STATES, draft=True):
    processes.create_process(
        code=code,
        title="Strengthening cooperation against trafficking in persons",
        visibility=visibility,
        audience=get_organization("COE"),
        timezone="Europe/Vienna",
        by=None,
    )
    created = get_process(code)
    if draft:
        imported = import_text(ZERO_DRAFT, label="Zero draft", date=DAY).version
        texts.import_version(process=created, imported=imported, expected_revision=None, by=None)
        created.refresh_from_db()
    return created


def propose(process, party, action, label, old="", new="", by=None):
    return texts.propose(
        process=process,
        version=process.versions.order_by("position").last(),
        action=action,
        label=label,
        party=party,
        old=old,
        new=new,
        by=by,
    )
