"""Deadlines counted from a meeting (wave 14): "until 60 days before the opening", "30 days
before at the least", in French and Spanish, on short made-up texts with a close variant it
must not read."""

import pytest

from tests.reading.readings import reading

HEAD = "Madrid, 3 de marzo de 2031\n\nEstimados colegas:\n\n"
END = "\n\nAtentamente,\n\nJane Roe\nSecretaria Ejecutiva\n"


def deadlines_of(text):
    return [(d["date"], d["qualifier"]) for d in reading(text)["deadlines"]]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        (
            "Les membres peuvent soumettre leurs observations sur le projet d’ordre du jour "
            "jusqu’à 60 jours avant l’ouverture de la session.",
            "jusqu’à",
        ),
        (
            "Los Miembros podrán presentar sus observaciones hasta 60 días antes de la "
            "apertura del período de sesiones.",
            "hasta",
        ),
        (
            "Sólo habrá juegos de documentos para los Miembros que los soliciten 30 días antes "
            "como mínimo de las reuniones.",
            "",
        ),
    ],
)
def test_a_time_counted_before_the_meeting_is_a_deadline_without_a_day(sentence, qualifier):
    assert deadlines_of(HEAD + sentence + END) == [(None, qualifier)]


@pytest.mark.parametrize(
    "sentence",
    [
        # what happened days before is no time allowed
        "La delegación llegó 30 días antes de las reuniones para preparar el programa.",
        "Les experts se sont réunis 60 jours avant l’ouverture de la session.",
    ],
)
def test_days_before_a_meeting_without_a_limit_are_no_deadline(sentence):
    assert deadlines_of(HEAD + sentence + END) == []
