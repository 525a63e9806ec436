"""A room asked for is not a meeting: "a meeting room for about 20 persons" names a place.
A meeting held in a room is still read, with its own title."""

from .readings import reading

HEAD = "Permanent Mission of Ruritania to the United Nations (Vienna)\n\nNo. 123/2031\n\n"
FOOT = (
    "\n\nThe Permanent Mission of Ruritania avails itself of this opportunity to renew to the "
    "Secretariat the assurances of its highest consideration.\n\nVienna, 2 June 2031\n"
)
COMPLIMENTS = "The Permanent Mission of Ruritania presents its compliments to the Secretariat. "


def titles(body):
    return [
        (m["title"], m["start_date"]) for m in reading(HEAD + COMPLIMENTS + body + FOOT)["meetings"]
    ]


def test_a_room_asked_for_is_no_meeting():
    asked = (
        "The Mission would be grateful if a meeting room for about 20 persons could be made "
        "available to its delegation on 13 October 2031."
    )
    assert titles(asked) == []
    assert titles(asked.replace("to its delegation", "in the Vienna International Centre")) == []
    assert titles(asked.replace("a meeting room", "a conference room")) == []
    assert titles(asked.replace("a meeting room", "the meeting facilities")) == []


def test_a_room_asked_for_a_meeting_the_letter_names_gives_that_meeting():
    asked = (
        "The Mission would be grateful if a meeting room for about 20 persons could be made "
        "available for a briefing of the regional group on 13 October 2031."
    )
    # the title ends where the day begins: not "… of the regional group on"
    assert titles(asked) == [("briefing of the regional group", "2031-10-13")]


def test_a_meeting_held_in_a_meeting_room_is_read():
    held = (
        "The Mission has the honour to inform the Secretariat that a meeting of the regional "
        "group will be held in meeting room C3 on 13 October 2031 at 10:00."
    )
    assert titles(held) == [("meeting of the regional group", "2031-10-13")]
