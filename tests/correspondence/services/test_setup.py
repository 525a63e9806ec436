import pytest

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import LetterTemplate, SendingOffice
from plenipo.correspondence.services.setup import define_scheme, save_template

pytestmark = pytest.mark.django_db


def test_a_template_with_an_unknown_placeholder_is_refused_and_not_saved():
    office = SendingOffice.objects.get(code="COE-SG")
    with pytest.raises(InvalidInput, match=r"unknown placeholder\(s\) \{\{ minister.hobby \}\}"):
        save_template(
            name="bad",
            genre="personal_letter",
            language="en",
            office=office,
            body="I hear {{ minister.hobby }} is chess.",
            by=None,
        )
    assert not LetterTemplate.objects.filter(name="bad").exists()


def test_a_template_with_broken_syntax_is_refused():
    office = SendingOffice.objects.get(code="COE-SG")
    with pytest.raises(InvalidInput, match="template broken"):
        save_template(
            name="broken",
            genre="formal_letter",
            language="en",
            office=office,
            body="{% if status.parties %}no end",
            by=None,
        )


def test_a_scheme_without_a_sequence_is_refused():
    office = SendingOffice.objects.get(code="UNODC-COP")
    with pytest.raises(InvalidInput, match="numbers would repeat"):
        define_scheme(office=office, code="X", pattern="CU {year}", by=None)
