"""Wave 10, notes verbales and circular notes read whole: each rule on a made-up note."""

from tests.reading.readings import reading, sender_name

FOOT_ADDRESS = """EMBASSY OF THE REPUBLIC OF ARDENIA

No. 77/2031

The Embassy of the Republic of Ardenia presents its compliments to the Secretariat of the
Northern Fisheries Commission and has the honour to transmit the annual catch report.

The Embassy of the Republic of Ardenia avails itself of this opportunity to renew to the
Secretariat of the Northern Fisheries Commission the assurances of its highest consideration.

Lisbon, 4 May 2031

Secretariat of the Northern Fisheries Commission
Rua das Flores
LISBON
"""

SIGNED_NOTE = FOOT_ADDRESS.replace(
    "Secretariat of the Northern Fisheries Commission\nRua das Flores\nLISBON\n",
    "Tomas Verhaal\nAmbassador of the Republic of Ardenia\n",
)


def test_the_addressee_block_at_a_notes_foot_is_no_signature():
    found = reading(FOOT_ADDRESS)
    assert found["doc_type"] == "note_verbale"
    assert (found["sender"] or {}).get("name") is None
    assert "Ardenia" in found["sender"]["title"]


def test_a_note_in_spanish_with_its_addressee_at_the_foot():
    text = """EMBAJADA DE ARDENIA

La Embajada de Ardenia saluda atentamente al Ministerio de Asuntos Exteriores de Valdoria
y tiene el honor de solicitar la expedición de un visado oficial.

La Embajada de Ardenia aprovecha la oportunidad para reiterar al Ministerio de Asuntos
Exteriores de Valdoria las seguridades de su más alta consideración.

Valdoria, 3 de junio de 2031

Al Honorable
Ministerio de Asuntos Exteriores
Ciudad de Valdoria
"""
    assert sender_name(text) is None


def test_a_note_signed_under_its_closing_keeps_its_signatory():
    assert "Tomas Verhaal" in SIGNED_NOTE
    assert sender_name(SIGNED_NOTE) == "Tomas Verhaal"
