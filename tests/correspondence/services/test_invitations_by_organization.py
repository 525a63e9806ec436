"""A meeting's invitations come from an office of its body's own organization: a Council of
Europe body's meeting is never invited to on a United Nations letterhead. The registration
deadline, where the meeting has one, is the date the reply is asked for."""

import datetime as dt

import pytest

from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.queries import (
    get_template,
    invitation_template_for,
    invitation_templates_for,
)
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from tests.factories import meetings as meeting_factories

pytestmark = pytest.mark.django_db
JUNE_2015 = dt.date(2015, 6, 15)


def _greta_meeting(**extra):
    return meeting_factories.meeting(
        body=get_body("GRETA"),
        title="Plenary meeting of GRETA",
        kind="formal_session",
        start="2015-07-06",
        end="2015-07-10",
        city="Strasbourg",
        timezone="Europe/Paris",
        languages=["en", "fr"],
        **extra,
    )


def _to_russia(template, meeting):
    russia = [r for r in resolve("ministers:COE:CETS-197", JUNE_2015) if r.key == "RUS"]
    return merge(
        template=get_template(template), recipients=russia, day=JUNE_2015, by=None, meeting=meeting
    )


def test_a_council_of_europe_body_is_offered_only_council_of_europe_invitations():
    offered = invitation_templates_for(_greta_meeting())
    assert [t.name for t in offered] == ["meeting-invitation-coe-en"]
    assert {t.office.code for t in offered} == {"COE-SG"}


def test_a_un_body_keeps_its_own_invitation_first_then_the_general_un_ones():
    names = [t.name for t in invitation_templates_for(meeting_factories.meeting())]
    assert names == [
        "wg-tip-invitation-nv-en",
        "meeting-invitation-nv-en",
        "meeting-invitation-nv-fr",
    ]
    assert invitation_template_for(meeting_factories.meeting()).name == "wg-tip-invitation-nv-en"


def test_the_council_of_europe_invitation_is_the_secretary_generals_letter_from_strasbourg():
    [letter] = _to_russia("meeting-invitation-coe-en", _greta_meeting()).letters
    assert letter.office.code == "COE-SG"
    assert letter.place == "Strasbourg"
    assert letter.signatory_name == "Thorbjørn Jagland"
    assert "to take part in the meeting “Plenary meeting of GRETA”" in letter.body
    assert "will take place in Strasbourg from 6 to 10 July 2015." in letter.body
    assert "at the earliest opportunity." in letter.body
    for un_wording in ("United Nations", "compliments", "Vienna", "Government"):
        assert un_wording not in f"{letter.opening} {letter.body} {letter.closing}"


def test_a_un_letterhead_is_refused_for_a_council_of_europe_bodys_meeting():
    with pytest.raises(InvalidInput) as refused:
        _to_russia("meeting-invitation-nv-en", _greta_meeting())
    assert str(refused.value) == (
        "UNODC-COP writes for UN; the meeting's body GRETA belongs to COE: "
        "write from a template or office of COE"
    )


def test_the_registration_deadline_is_the_date_the_reply_is_asked_for():
    meeting = _greta_meeting(registration_deadline=dt.date(2015, 6, 30))
    [letter] = _to_russia("meeting-invitation-coe-en", meeting).letters
    assert "(the name, title and contact details of each member), by 30 June 2015." in letter.body


@pytest.mark.parametrize(
    ("template", "deadline_words", "default_words"),
    [
        ("meeting-invitation-nv-en", "by 1 April 2030.", "as soon as possible."),
        ("meeting-invitation-nv-fr", "au plus tard le 1 avril 2030.", "dans les meilleurs délais."),
    ],
)
def test_the_general_un_invitations_state_the_registration_deadline(
    template, deadline_words, default_words
):
    day = dt.date(2030, 3, 4)
    austria = [r for r in resolve("missions:UN-VIE", day) if r.key == "AUT"]
    with_deadline = meeting_factories.meeting(registration_deadline=dt.date(2030, 4, 1))
    without = meeting_factories.meeting()
    [dated] = merge(
        template=get_template(template), recipients=austria, day=day, by=None, meeting=with_deadline
    ).letters
    [undated] = merge(
        template=get_template(template), recipients=austria, day=day, by=None, meeting=without
    ).letters
    assert dated.body.endswith(deadline_words)
    assert default_words not in dated.body
    assert undated.body.endswith(default_words)


def test_a_permanent_representative_whose_holder_is_not_recorded_is_written_to_by_post():
    day = dt.date(2026, 11, 27)
    meeting = meeting_factories.meeting(
        body=get_body("GRETA"), title="Plenary meeting of GRETA", start="2027-03-01",
        end="2027-03-05", city="Strasbourg", timezone="Europe/Paris",
    )  # fmt: skip
    reachable = [r for r in resolve("missions:COE", day) if r.address]
    assert reachable, "no Permanent Representation in Strasbourg with an address recorded"
    result = merge(
        template=get_template("meeting-invitation-coe-en"),
        recipients=reachable[:1],
        day=day,
        by=None,
        meeting=meeting,
    )
    assert result.refused == []
    [letter] = result.letters
    assert letter.recipient_name == ""
    assert letter.recipient_post.startswith("Permanent Representative of ")
    assert letter.opening == "Excellency,"
    assert letter.closing.startswith("Please accept, Excellency,")
