"""What the reader finds in a letter, typed: every value with its evidence and confidence.

Pure Python (no Django). ``Reading.to_json`` gives the schema of docs/reading.md (the shape
stored with a received letter and the label format of the corpus, plus evidence and
confidence); ``Reading.from_json`` reads it back. A date the letter gives only partly (a
month, "next week") is a ``DateBounds``, never ``None``; ``None`` means not stated.
"""

from __future__ import annotations

from dataclasses import dataclass

from plenipo.core.partialdates import UNKNOWN, DateBounds, DateError, Precision

ITEM_KINDS = ("meetings", "deadlines", "enclosures")
MEETING_STATUSES = ("scheduled", "tentative", "postponed", "cancelled")


class ReadingFormatError(ValueError):
    """A stored reading that does not have the shape of docs/reading.md."""


@dataclass(frozen=True, slots=True)
class Span:
    """Where a value stands in the letter's text: character offsets, start <= end."""

    start: int
    end: int

    def __post_init__(self):
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise ReadingFormatError(f"evidence must be two offsets, not {self.start!r}")
        if not 0 <= self.start <= self.end:
            raise ReadingFormatError(f"evidence [{self.start}, {self.end}] is not a span")

    def to_json(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_json(cls, value) -> Span:
        if not isinstance(value, list | tuple) or len(value) != 2:
            raise ReadingFormatError(f"evidence must be [start, end], not {value!r}")
        return cls(*value)


@dataclass(frozen=True, slots=True)
class Mention:
    """A value read as written (an addressee, a reference, a cited instrument, a request)."""

    text: str
    evidence: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class Person:
    name: str | None
    title: str | None
    organization: str | None
    evidence: Span
    confidence: float

    def to_json(self) -> dict:
        return {"name": self.name, "title": self.title, "organization": self.organization}


@dataclass(frozen=True, slots=True)
class OwnDate:
    """The letter's own date and the place it was written; no evidence on a record made
    from another letter's description (an enclosure). An undated letter whose place of
    writing is known (its letterhead's city) has UNKNOWN bounds."""

    bounds: DateBounds
    place: str | None
    evidence: Span | None
    confidence: float

    @property
    def dated(self) -> bool:
        return self.bounds != UNKNOWN


@dataclass(frozen=True, slots=True)
class Meeting:
    title: str
    start: DateBounds
    end: DateBounds
    date_text: str
    start_time: str | None
    end_time: str | None
    room: str | None
    venue: str | None
    city: str | None
    status: str
    evidence: Span
    confidence: float

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "start_date": _day(self.start),
            "end_date": _day(self.end),
            "start": bounds_to_json(self.start),
            "end": bounds_to_json(self.end),
            "start_time": self.start_time,
            "end_time": self.end_time,
            "room": self.room,
            "venue": self.venue,
            "city": self.city,
            "status": self.status,
            "date_text": self.date_text,
            "evidence": self.evidence.to_json(),
            "confidence": self.confidence,
        }

    @classmethod
    def from_json(cls, data: dict) -> Meeting:
        status = data["status"]
        if status not in MEETING_STATUSES:
            raise ReadingFormatError(f"unknown meeting status {status!r}")
        return cls(
            title=data["title"],
            start=bounds_from_json(data["start"]),
            end=bounds_from_json(data["end"]),
            date_text=data["date_text"],
            start_time=data["start_time"],
            end_time=data["end_time"],
            room=data["room"],
            venue=data["venue"],
            city=data["city"],
            status=status,
            evidence=Span.from_json(data["evidence"]),
            confidence=data["confidence"],
        )


@dataclass(frozen=True, slots=True)
class Deadline:
    what: str
    due: DateBounds
    time: str | None
    qualifier: str
    evidence: Span
    confidence: float
    # the meeting (its index in the reading's meetings) the deadline is for, and what kind of
    # deadline it is for it: "registration" (send the delegation's composition, register)
    meeting: int | None = None
    kind: str | None = None

    @property
    def dated(self) -> bool:
        """False for a deadline counted from a meeting ("48 hours after its opening")."""
        return self.due != UNKNOWN

    def to_json(self) -> dict:
        return {
            "what": self.what,
            # a deadline counted from a meeting ("48 hours after its opening") has no day
            "date": bounds_to_json(self.due) if self.due != UNKNOWN else None,
            "time": self.time,
            "qualifier": self.qualifier,
            "evidence": self.evidence.to_json(),
            "confidence": self.confidence,
            # only a deadline tied to a meeting says so: other readings stay as they were
            **({"meeting": self.meeting, "kind": self.kind} if self.meeting is not None else {}),
        }

    @classmethod
    def from_json(cls, data: dict) -> Deadline:
        return cls(
            what=data["what"],
            due=bounds_from_json(data["date"]) if data["date"] is not None else UNKNOWN,
            time=data["time"],
            qualifier=data["qualifier"],
            evidence=Span.from_json(data["evidence"]),
            confidence=data["confidence"],
            meeting=data.get("meeting"),
            kind=data.get("kind"),
        )


@dataclass(frozen=True, slots=True)
class Enclosure:
    description: str
    date: DateBounds | None
    evidence: Span
    confidence: float

    def to_json(self) -> dict:
        return {
            "description": self.description,
            "date": bounds_to_json(self.date) if self.date else None,
            "evidence": self.evidence.to_json(),
            "confidence": self.confidence,
        }

    @classmethod
    def from_json(cls, data: dict) -> Enclosure:
        return cls(
            description=data["description"],
            date=bounds_from_json(data["date"]) if data["date"] is not None else None,
            evidence=Span.from_json(data["evidence"]),
            confidence=data["confidence"],
        )


# What the letter says a participant is in the delegation it announces; "not stated" when
# it does not say.
PARTICIPANT_ROLES = ("head", "alternate", "member", "adviser", "not stated")


@dataclass(frozen=True, slots=True)
class Participant:
    """A member of the delegation a letter announces ("will be composed as follows: …"):
    the name without its honorific, the title or function as written, the e-mail only
    where the letter writes one."""

    name: str
    title: str | None
    role: str
    email: str | None
    evidence: Span
    confidence: float

    def __post_init__(self):
        if self.role not in PARTICIPANT_ROLES:
            raise ReadingFormatError(f"unknown participant role {self.role!r}")

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "role": self.role,
            "email": self.email,
            "evidence": self.evidence.to_json(),
            "confidence": self.confidence,
        }

    @classmethod
    def from_json(cls, data: dict) -> Participant:
        return cls(
            name=data["name"],
            title=data["title"],
            role=data["role"],
            email=data["email"],
            evidence=Span.from_json(data["evidence"]),
            confidence=data["confidence"],
        )


# Lists of values stored as plain strings (the label format), their evidence and
# confidence in parallel lists under "evidence" and "confidence".
MENTION_LISTS = {
    "addressees": "addressees",
    "instruments": "instruments_cited",
    "documents": "documents_cited",
    "actions": "requested_actions",
    "other_references": "other_references",
}
ITEM_TYPES = {"meetings": Meeting, "deadlines": Deadline, "enclosures": Enclosure}


@dataclass(frozen=True, slots=True)
class Reading:
    doc_type: str
    language: str
    doc_type_confidence: float = 0.0
    date: OwnDate | None = None
    date_text: str | None = None  # a year-less date when the letter gives no full one
    reference: Mention | None = None
    other_references: tuple[Mention, ...] = ()
    sender: Person | None = None
    co_signatories: tuple[Person, ...] = ()
    addressees: tuple[Mention, ...] = ()
    enclosures: tuple[Enclosure, ...] = ()
    instruments: tuple[Mention, ...] = ()
    documents: tuple[Mention, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    actions: tuple[Mention, ...] = ()
    participants: tuple[Participant, ...] = ()

    # questions -------------------------------------------------------------------------

    @property
    def day(self):
        """The letter's own day, when it gives a full date."""
        return self.date.bounds.day if self.date else None

    def item(self, kind: str, index: int) -> Meeting | Deadline | Enclosure:
        """One reviewable item; KeyError for an unknown kind, IndexError for none there."""
        if kind not in ITEM_KINDS:
            raise KeyError(kind)
        items = getattr(self, kind)
        if not 0 <= index < len(items):
            raise IndexError(index)
        return items[index]

    def marks(self) -> list[tuple[Span, str]]:
        """Every value's evidence with the name it is shown under, in text order."""
        found = []
        if self.date and self.date.evidence:
            found.append((self.date.evidence, "date"))
        if self.reference:
            found.append((self.reference.evidence, "reference"))
        if self.sender:
            found.append((self.sender.evidence, "sender"))
        found += [(person.evidence, "co_signatories") for person in self.co_signatories]
        for name, key in MENTION_LISTS.items():
            found += [(m.evidence, key) for m in getattr(self, name)]
        for kind in ITEM_KINDS:
            found += [(item.evidence, f"{kind}-{i}") for i, item in enumerate(getattr(self, kind))]
        found += [(person.evidence, "participants") for person in self.participants]
        return sorted(found, key=lambda mark: (mark[0].start, mark[0].end))

    # JSON ------------------------------------------------------------------------------

    def to_json(self) -> dict:
        evidence, confidence = {}, {"doc_type": self.doc_type_confidence}
        if self.date:
            confidence["date"] = self.date.confidence
            if self.date.evidence:
                evidence["date"] = self.date.evidence.to_json()
        if self.reference:
            evidence["reference"] = self.reference.evidence.to_json()
            confidence["reference"] = self.reference.confidence
        if self.sender:
            evidence["sender"] = self.sender.evidence.to_json()
            confidence["sender"] = self.sender.confidence
        evidence["co_signatories"] = [p.evidence.to_json() for p in self.co_signatories]
        confidence["co_signatories"] = [p.confidence for p in self.co_signatories]
        result = {
            "doc_type": self.doc_type,
            "language": self.language,
            "date": bounds_to_json(self.date.bounds) if self.date and self.date.dated else None,
            "place": self.date.place if self.date else None,
            "reference": self.reference.text if self.reference else None,
            "sender": self.sender.to_json() if self.sender else None,
            "co_signatories": [p.to_json() for p in self.co_signatories],
        }
        for name, key in MENTION_LISTS.items():
            mentions = getattr(self, name)
            result[key] = [m.text for m in mentions]
            evidence[key] = [m.evidence.to_json() for m in mentions]
            confidence[key] = [m.confidence for m in mentions]
        for kind in ITEM_KINDS:
            result[kind] = [item.to_json() for item in getattr(self, kind)]
        result["participants"] = [person.to_json() for person in self.participants]
        if self.date_text is not None:
            result["date_text"] = self.date_text
        result["evidence"] = evidence
        result["confidence"] = confidence
        return result

    @classmethod
    def from_json(cls, data) -> Reading:
        """The reading stored by ``to_json``; ReadingFormatError naming what is wrong."""
        if not isinstance(data, dict):
            raise ReadingFormatError(f"a reading is a JSON object, not {type(data).__name__}")
        try:
            return cls._from_json(data)
        except ReadingFormatError:
            raise
        except (KeyError, TypeError, ValueError, DateError) as exc:
            raise ReadingFormatError(f"malformed reading ({type(exc).__name__}: {exc})") from None

    @classmethod
    def _from_json(cls, data: dict) -> Reading:
        evidence, confidence = data["evidence"], data["confidence"]
        values = {
            "doc_type": data["doc_type"],
            "language": data["language"],
            "doc_type_confidence": confidence["doc_type"],
            "date": _own_date_from_json(data, evidence, confidence),
            "date_text": data.get("date_text"),
            "reference": _mention(data["reference"], evidence, confidence, "reference"),
            "sender": _person(data["sender"], evidence.get("sender"), confidence.get("sender")),
            "co_signatories": tuple(
                _person(p, e, c)
                for p, e, c in _parallel(data, evidence, confidence, "co_signatories")
            ),
        }
        for name, key in MENTION_LISTS.items():
            values[name] = tuple(
                Mention(text, Span.from_json(e), c)
                for text, e, c in _parallel(data, evidence, confidence, key)
            )
        for kind, item_type in ITEM_TYPES.items():
            values[kind] = tuple(item_type.from_json(item) for item in data[kind])
        # readings stored before the field was read have none
        values["participants"] = tuple(
            Participant.from_json(person) for person in data.get("participants", [])
        )
        return cls(**values)


def bounds_to_json(bounds: DateBounds):
    """The notation of data files: "2017-06-29", "2017-06", "2017", or the two bounds."""
    if bounds.is_exact or bounds.precision in (Precision.MONTH, Precision.YEAR):
        return str(bounds)
    return {
        "not_before": bounds.not_before.isoformat() if bounds.not_before else None,
        "not_after": bounds.not_after.isoformat() if bounds.not_after else None,
    }


def bounds_from_json(value) -> DateBounds:
    if isinstance(value, dict):
        return DateBounds.between(value.get("not_before"), value.get("not_after"))
    if not isinstance(value, str):
        raise ReadingFormatError(f"a date is a string or bounds, not {value!r}")
    return DateBounds.parse(value)


def _day(bounds: DateBounds) -> str | None:
    return bounds.day.isoformat() if bounds.is_exact else None


def _own_date_from_json(data, evidence, confidence) -> OwnDate | None:
    if data["date"] is None and data.get("place") is None:
        return None
    span = evidence.get("date")
    return OwnDate(
        bounds=bounds_from_json(data["date"]) if data["date"] is not None else UNKNOWN,
        place=data["place"],
        evidence=Span.from_json(span) if span is not None else None,
        confidence=confidence["date"],
    )


def _mention(text, evidence, confidence, key) -> Mention | None:
    if text is None:
        return None
    return Mention(text, Span.from_json(evidence[key]), confidence[key])


def _person(data, span, confidence) -> Person | None:
    if data is None:
        return None
    return Person(
        name=data["name"],
        title=data["title"],
        organization=data["organization"],
        evidence=Span.from_json(span),
        confidence=confidence,
    )


def _parallel(data, evidence, confidence, key):
    values, spans, scores = data[key], evidence[key], confidence[key]
    if not len(values) == len(spans) == len(scores):
        raise ReadingFormatError(
            f"{key}: {len(values)} values but {len(spans)} evidence spans "
            f"and {len(scores)} confidences"
        )
    return zip(values, spans, scores, strict=True)
