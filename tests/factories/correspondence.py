"""Received letters made up for tests (never taken from the corpus)."""

from plenipo.correspondence.services import incoming

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
