"""The ratification campaign the tests share: CETS No. 197 among Council of Europe members,
its targets taken as of 15 June 2015 (the Convention's tenth anniversary)."""

import datetime as dt

from plenipo.campaigns.services.campaigns import start_campaign
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

DAY = dt.date(2015, 6, 15)


def cets_2015(title="CETS 197 as of 2015"):
    return start_campaign(
        code="cets-2015",
        title=title,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
        started_on=DAY,
        by=None,
    )
