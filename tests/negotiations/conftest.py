import datetime as dt

import pytest

from plenipo.negotiations.texts import import_text

# A small draft in UN resolution style, written for the tests (not a real document).
ZERO_DRAFT = """\
Strengthening cooperation against trafficking in persons

The General Assembly,

Recalling its resolution 64/293 of 30 July 2010 on the Global Plan of Action,

Concerned that trafficking in persons remains a grave challenge,

1. Calls upon Member States to combat trafficking in persons in all its forms;

2. Encourages Member States to strengthen international cooperation;

3. Requests the Secretary-General to report on the implementation of the present resolution;

4. Decides to remain seized of the matter.
"""


@pytest.fixture
def zero_draft():
    return import_text(
        ZERO_DRAFT, label="Zero draft", date=dt.date(2026, 3, 2), symbol="A/81/L.99"
    ).version
