"""The forms of e-mails and internal memoranda: the fields of a message's head ("From:",
"Sent:", "De :", "Envoyé :", "Enviado el:", "Asunto:") and a memorandum's own heading
("INTERNAL MEMORANDUM", "Note de service", "Memorando interno"). Pure."""

import re

# The label of a field in an e-mail's head, as mail programs write it in English, French
# and Spanish, opening its line and followed by its colon.
MAIL_FIELD_LABEL = (
    r"(?:From|To|Cc|Bcc|Sent|Date|Subject|Attachments?|De|[ÀA]|Pour|Envoy[ée](?:\s+le)?|Objet|"
    r"Sujet|Copie|Cci|Pi[èe]ces?\s+jointes?|Para|Enviado(?:\s+el)?|Fecha|Asunto|CC|CCO|"
    r"Adjuntos?)"
)
# A line that opens such a field: the head of a message goes on there, so no name or
# sentence of the line before runs into it ("…Convention de Bamako / Date : Mon, …").
MAIL_FIELD_LINE = re.compile(rf"\n[ \t]*{MAIL_FIELD_LABEL}[ \t]?:[ \t]", re.IGNORECASE)


def before_next_field(text: str, start: int, end: int) -> int:
    """``end``, or the end of the line before the first line within ``text[start:end]``
    that opens a field of a message's head."""
    # the label's colon may stand past ``end`` (a name run into the label "Date")
    field = MAIL_FIELD_LINE.search(text, start, end + 40)
    return field.start() if field and field.start() < end else end


# A memorandum's heading alone on its line, the kinds an office writes to its staff or its
# members: "INTERNAL MEMORANDUM", "Inter-office memorandum", "Note de service", "Note
# interne", "Memorando interno", "MEMORÁNDUM".
MEMO_HEADING = re.compile(
    r"^[ \t]*(?:(?:Internal|Inter-?office|Office)\s+Memorandum|Memorandum\s+interne|"
    r"M[ée]morandum\s+interne|Note\s+(?:de\s+service|interne)|Memorando(?:\s+interno)?|"
    r"Memor[áa]ndum(?:\s+interno)?)[ \t]*(?:(?:No\.?|N[°º]|n[°º])[ \t]*[\w/.-]+)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def signs_again(people, signed) -> bool:
    """Whether ``signed`` is the one person in ``people``, who signed with a first name
    alone ("Marcus"), now in the full signature block under it ("Marcus Ode")."""
    if len(people) != 1:
        return False
    first = people[0].name.strip()
    return " " not in first and signed.name.lower().startswith(first.lower() + " ")


# Members of a body the salutation names, in lower case as e-mails write it: "members of
# the Ocean Working Group", "focal points of the Convention".
MEMBERS_OF_NAMED = re.compile(
    r"(?:members|focal\s+points|delegates|participants)\s+"
    r"(?:of|in|from)\s+(?:the\s+)?[A-Z]"
)


# "… et de nous transmettre le projet", "me transmettre", "remitirnos la lista": what the
# reader is asked to send to the writer, not a paper the writer sends.
TO_THE_WRITER_BEFORE = re.compile(r"(?:\b(?:nous|me)\s+|\bm['’]\s*)$", re.IGNORECASE)
TO_THE_WRITER_AFTER = re.compile(r"(?:nos|me)\b", re.IGNORECASE)
ROMANCE_SENDING = re.compile(r"\s*(?:transmettre|transmitir|remitir)", re.IGNORECASE)


def sent_to_the_writer(text: str, start: int, end: int) -> bool:
    """Whether the French or Spanish verb of sending opening ``text[start:end]`` sends to
    the writer."""
    verb = ROMANCE_SENDING.match(text, start, end)
    if not verb:
        return False
    return bool(
        TO_THE_WRITER_BEFORE.search(text, max(0, start - 8), start)
        or TO_THE_WRITER_AFTER.match(text, verb.end())
    )


# A provision of a text still negotiated is no treaty's: "article 6 of the draft agreement",
# "el artículo 6 del proyecto de acuerdo", "l'article 3 de l'avant-projet de convention".
OF_A_DRAFT = re.compile(r"\b(?:draft|proyecto|anteproyecto|projet|avant-projet)\b", re.IGNORECASE)


def without_cut_titles(found, text):
    """The mentions but a title cut short by the end of its line (a subject line's
    "RE: Ratification - Agreement on Port State Measures") whose full title the text gives
    elsewhere ("… Agreement on Port State Measures to Prevent, Deter and Eliminate …")."""
    names = [mention.text.lower() for mention in found]

    def cut(mention) -> bool:
        if text[mention.evidence.end : mention.evidence.end + 1] not in ("\n", "\r"):
            return False
        short = mention.text.lower() + " "
        return any(name.startswith(short) for name in names)

    return [mention for mention in found if not cut(mention)]


# A mail program's "From:" field in the order of a directory, the surname first: "Okonkwo,
# Chidi (OLA)", "DOE, John", "Pérez, María José [mailto:…]".
SURNAME_FIRST = re.compile(
    r"^(?P<surname>[A-ZÀ-Ý][\w’'-]+),[ \t]+(?P<given>[A-ZÀ-Ý][a-zà-ÿ’'-]+\.?(?:[ \t]+[A-ZÀ-Ý]"
    r"[a-zà-ÿ’'-]*\.?)?)(?:[ \t]*\([^()\n]{1,40}\))?$"
)


def name_in_order(who: str, is_post) -> str | None:
    """The given name and the surname of a "From:" field that writes the surname first
    ("Okonkwo, Chidi (OLA)": "Chidi Okonkwo"), unless what follows the comma is a post
    (``is_post``: "Roe, Director")."""
    match = SURNAME_FIRST.match(who.strip())
    if not match or is_post(match.group("given")):
        return None
    return f"{match.group('given')} {match.group('surname')}"


# The head of an e-mail as a mail program writes it: the "From:" line with its address, or
# the "Sent:" line a mail program adds under it ("Sent: Monday, May 3, 2031 10:00 AM",
# "Envoyé : lundi 3 mai", "Enviado el: …"); a memorandum's "FROM: / DATE:" head is none.
MAIL_HEAD = re.compile(
    r"^[ \t]*(?:From|De)[ \t]?:[^\n]*(?:<[^\n>@]+@[^\n>]+>|\[mailto:)"
    r"|^[ \t]*(?:Sent|Envoy[ée]|Enviado(?:\s+el)?)[ \t]?:[ \t]*\S",
    re.MULTILINE,
)


# A reply's line that introduces the message it quotes: "On Mon, 3 May 2031 at 10:00, Jane
# Roe <jane@example.org> wrote:", "Le lun. 3 mai 2031 à 10:00, Jean Roe a écrit :", "El
# lun, 3 may 2031 a las 10:00, Juan Roe escribió:".
ATTRIBUTION = re.compile(
    # a mail program writes the time or the address ("On 12 March, the Minister wrote:" is
    # a sentence of a letter)
    r"^[ \t]*(?=[^\n]*(?:\d:\d\d|@))(?:On[ \t][^\n]{6,200}?[ \t]wrote|"
    r"Le[ \t][^\n]{6,200}?[ \t]a[ \t]+[ée]crit|El[ \t][^\n]{6,200}?[ \t]escribi[óo])[ \t]*:[ \t]*$",
    re.MULTILINE,
)
QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)


def without_quoted_replies(text: str) -> str:
    """``text`` with the message a reply quotes under its attribution line ("On … wrote:"
    and the lines marked ">") blanked, offsets kept: its date, meetings and requests are
    another message's."""
    attribution = ATTRIBUTION.search(text)
    if not attribution:
        return text
    spans = [attribution.span()]
    spans += [line.span() for line in QUOTED_LINE.finditer(text, attribution.end())]
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], " " * (end - start)]
        at = end
    return "".join([*pieces, text[at:]])
