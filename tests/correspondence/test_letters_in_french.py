"""French letters name missions, their heads, places and instruments in French."""

import datetime as dt

import pytest

from plenipo.correspondence.exporters import letter_html, letter_text
from plenipo.correspondence.protocol import StateNamer
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db
MARCH_2009 = dt.date(2009, 3, 4)
JUNE_2015 = dt.date(2015, 6, 15)
TODAY = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("AUT", "de l'Autriche"),
        ("BLR", "du Bélarus"),
        ("NLD", "des Pays-Bas"),
        ("RUS", "de la Fédération de Russie"),
        ("CUB", "de la République de Cuba"),  # no article in UNTERM: the formal name
        ("IRN", "de la République islamique d'Iran"),
        ("PSE", "de l'État de Palestine"),
    ],
)
def test_registry_states_after_de(code, expected):
    assert StateNamer(TODAY).of_state(code, "fr") == expected


def test_a_state_with_no_french_name_for_the_day_keeps_its_english_titles():
    # Türkiye's French names since June 2022 are not stated by a source read.
    new_york = {r.key: r for r in resolve("missions:UN-NY", TODAY)}
    assert "fr" not in new_york["TUR"].titles
    assert new_york["TUR"].post_in("fr") == new_york["TUR"].post
    assert new_york["PSE"].post_in("fr") == (
        "Observateur permanent de l'État de Palestine auprès de l'Organisation des Nations Unies"
    )
    assert new_york["RUS"].mission_in("es") == (
        "Misión Permanente de la Federación de Rusia ante las Naciones Unidas"
    )


def test_the_french_invitation_names_austria_its_mission_and_vienna_in_french():
    from plenipo.meetings.models import Meeting  # noqa: PLC0415

    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    austria = [r for r in resolve("missions:UN-VIE", MARCH_2009) if r.key == "AUT"]
    [letter] = merge(
        template=get_template("meeting-invitation-nv-fr"),
        recipients=austria,
        day=MARCH_2009,
        by=None,
        meeting=meeting,
    ).letters
    title = "Représentant permanent de l'Autriche auprès de l'Office des Nations Unies à Vienne"
    assert letter.recipient_post == title
    assert letter.opening.startswith(
        "Le Secrétaire général de l'Organisation des Nations Unies présente ses compliments "
        "au Représentant permanent de l'Autriche auprès de l'Office des Nations Unies à Vienne"
    )
    assert letter.closing.endswith(
        f"renouveler au {title} les assurances de sa très haute considération."
    )
    assert letter.place == "Vienne"
    assert "qui se tiendra à Vienne" in letter.body
    text = letter_text(letter)
    assert "Vienne, 4 mars 2009" in text


def test_the_english_invitation_is_unchanged():
    from plenipo.meetings.models import Meeting  # noqa: PLC0415

    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    austria = [r for r in resolve("missions:UN-VIE", MARCH_2009) if r.key == "AUT"]
    [letter] = merge(
        template=get_template("meeting-invitation-nv-en"),
        recipients=austria,
        day=MARCH_2009,
        by=None,
        meeting=meeting,
    ).letters
    assert letter.recipient_post == (
        "Permanent Representative of Austria to the United Nations (Vienna)"
    )
    assert letter.place == "Vienna"
    assert letter.opening.startswith(
        "The Secretary-General of the United Nations presents his compliments to the "
        "Permanent Representative of Austria"
    )


def test_the_french_campaign_letter_names_the_instrument_and_belarus_in_french():
    [letter, *_] = merge(
        template=get_template("campaign-ratification-fr"),
        recipients=[r for r in resolve("ministers:COE:CETS-197", JUNE_2015) if r.key == "RUS"],
        day=JUNE_2015,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters
    assert letter.subject == (
        "Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains"
    )
    assert "43 États ont ratifié cette Convention, dont le Bélarus, qui" in letter.body
    assert letter.place == "Strasbourg"


def test_a_member_with_no_mission_recorded_is_named_in_french_too():
    members = {r.key: r for r in resolve("members:COP-UNTOC:UN-VIE", MARCH_2009)}
    without = members["ALB"]
    assert without.problems[0].startswith("no permanent mission at")
    assert without.post_in("fr") == (
        "Mission permanente de l'Albanie auprès de l'Office des Nations Unies à Vienne"
    )


def _invitation(template_name):
    from plenipo.meetings.models import Meeting  # noqa: PLC0415

    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    austria = [r for r in resolve("missions:UN-VIE", MARCH_2009) if r.key == "AUT"]
    [letter] = merge(
        template=get_template(template_name),
        recipients=austria,
        day=MARCH_2009,
        by=None,
        meeting=meeting,
    ).letters
    letter.enclosures.create(description="Note d'information", date=MARCH_2009)
    return letter


def test_a_french_letter_prints_its_reference_and_enclosures_in_french():
    letter = _invitation("meeting-invitation-nv-fr")
    text = letter_text(letter)
    assert text.startswith(f"Référence\u00a0: {letter.reference}\n")
    assert "\nPièces jointes\u00a0:\n- " in text  # the meeting's document and the note
    assert "- Note d'information (4 mars 2009)" in text
    assert "Reference" not in text
    assert "Enclosure" not in text
    html = letter_html([letter])
    assert f"Référence\u00a0: {letter.reference}" in html
    assert "Pièces jointes\u00a0:" in html


def test_french_guillemets_hold_the_title_with_no_break_spaces():
    letter = _invitation("meeting-invitation-nv-fr")
    body = letter_text(letter)
    assert "la réunion «\u00a0" in body
    assert "\u00a0», qui se tiendra" in body
    assert "« " not in body
    assert " »" not in body


def test_an_english_letter_keeps_its_reference_and_enclosure_words():
    letter = _invitation("meeting-invitation-nv-en")
    text = letter_text(letter)
    assert text.startswith(f"Reference: {letter.reference}\n")
    assert "\nEnclosures:\n- " in text
    assert "- Note d'information (4 March 2009)" in text


def test_the_french_campaign_letter_joins_non_members_in_french_and_agrees_with_them():
    # By 2025 Belarus and Israel are parties though not members of the Council of Europe.
    [letter, *_] = merge(
        template=get_template("campaign-ratification-fr"),
        recipients=[r for r in resolve("ministers:COE:CETS-197", JUNE_2015) if r.key == "RUS"],
        day=dt.date(2025, 6, 1),
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters
    assert (
        "dont le Bélarus et l'État d'Israël, qui, comme vous le savez, ne sont pas membres "
        "du Conseil de l'Europe."
    ) in letter.body
    assert "(STCE n° 197)" in letter.body
    assert " and " not in letter.body
    assert "entre 46 et 48 pays" in letter.body  # GRETA's evaluations are only bounded


def test_the_french_campaign_letter_of_2015_names_belarus_alone_in_the_singular():
    [letter, *_] = merge(
        template=get_template("campaign-ratification-fr"),
        recipients=[r for r in resolve("ministers:COE:CETS-197", JUNE_2015) if r.key == "RUS"],
        day=JUNE_2015,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters
    assert "dont le Bélarus, qui, comme vous le savez, n'est pas membre du Conseil" in letter.body
