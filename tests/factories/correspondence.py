"""Received letters made up for tests (never taken from the corpus)."""

import datetime as dt

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.letters import approve, merge, record_sent

# A letter whose registry matches the officer has to decide: the Council of Europe
# Convention (written short of its full title) linked; the CIS programme named without its
# period, so each period's programme is as close (proposed, the others its alternatives);
# a sender whose post is linked above the threshold, though it is not hers (she is not the
# Secretary General); and an addressee naming two states, each proposed.
LINKS_LETTER = """Geneva, 3 March 2031

To: the Permanent Mission of Austria and the Permanent Mission of Australia

Sir,

We refer to the Council of Europe Convention on Action against Trafficking in Human Being, \
and to the Programme of Co-operation between CIS Member States against Trafficking in Persons.

Yours faithfully,

Jane Example
Secretary of the Council of Europe
"""
# The places of its matches, as incoming_links names them.
CONVENTION, PROGRAMME = "instruments/0", "instruments/1"
SENDERS_POST, ADDRESSEES_STATE = "correspondents/0/post", "correspondents/1/state"


def letter_with_links(by=None, name="links.txt"):
    return incoming.receive(name=name, data=LINKS_LETTER.encode(), by=by, again=True)


def sent_invitations(meeting, *codes, day=None):
    """The meeting's invitation, a note verbale, written to the focal points of the states
    invited to it and sent by hand to those of ``codes`` (the others stay drafts); the
    letters by state code."""
    day = day or dt.date(2030, 3, 5)
    written = merge(
        template=get_template("meeting-invitation-nv-en"),
        recipients=resolve(f"focal-points:{meeting.pk}", day),
        day=day,
        by=None,
        meeting=meeting,
    )
    assert not written.refused, written.refused
    letters = {letter.recipient_state.code: letter for letter in written.letters}
    for code in codes:
        approve(letter=letters[code], by=None)
        record_sent(letter=letters[code], channel="hand", by=None)
    return letters
