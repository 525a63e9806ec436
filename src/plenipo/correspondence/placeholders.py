"""The placeholders a letter template may use, checked when the template is saved. Pure."""

import re

# Dotted paths a template may use; a trailing ".*" allows any attribute below.
ALLOWED = {
    "date",
    "place",
    "reference",
    "language",
    "recipient.name",
    "recipient.form_of_address",
    "recipient.post",
    "recipient.state",
    "recipient.state_formal",
    "recipient.mission",
    "recipient.address",
    "recipient.email",
    "sender.name",
    "sender.post",
    "sender.office",
    "sender.third_person",
    "instrument.code",
    "instrument.title",
    "instrument.short_title",
    "instrument.reference",
    "status.parties",
    "status.parties_in_force",
    "status.non_member_parties",
    "status.non_member_count",
    "status.non_member_verb",
    "status.members_not_parties",
    "monitoring.body",
    "monitoring.evaluated",
    "target.stage",
    "target.next_step",
    "related.programmes",
    "related.programme",
    "meeting.title",
    "meeting.name_in_sentence",
    "meeting.dates",
    "meeting.city",
    "meeting.country",
    "meeting.body",
    "meeting.documents",
    "meeting.languages",
    "meeting.information_note",
    "meeting.past",
    "meeting.registration_deadline",
    "decision.symbol",
    "decision.title",
    "decision.functions",
    "decision.requirements",
    "decision.establishes",
    "earlier.date",
    "earlier.reference",
    # A negotiation's silence procedure (``negotiations.services.notices``).
    "negotiation.title",
    "negotiation.title_in_sentence",
    "negotiation.mandate",
    "silence.version",
    "silence.symbol",
    "silence.deadline",
    "silence.broken",
    "silence.broken_by",
    "silence.broken_on",
}
_VARIABLE = re.compile(r"{{\s*([a-zA-Z_][\w.]*)")
_TAG = re.compile(r"{%\s*(?:if|elif|for\s+\w+\s+in|with\s+\w+=)\s*(?:not\s+)?([a-zA-Z_][\w.]*)")
_LOOP_VAR = re.compile(r"{%\s*for\s+(\w+)\s+in")


class PlaceholderError(ValueError):
    pass


def used_placeholders(body: str) -> set[str]:
    loop_names = set(_LOOP_VAR.findall(body)) | {"forloop"}
    found = set(_VARIABLE.findall(body)) | set(_TAG.findall(body))
    return {p for p in found if p.split(".")[0] not in loop_names}


def check_placeholders(body: str) -> set[str]:
    """The placeholders the body uses; PlaceholderError naming any unknown one."""
    used = used_placeholders(body)
    unknown = sorted(p for p in used if p not in ALLOWED and p.split(".")[0] not in {"forloop"})
    if unknown:
        raise PlaceholderError(
            f"unknown placeholder(s) {', '.join('{{ ' + u + ' }}' for u in unknown)}"
        )
    return used
