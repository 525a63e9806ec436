"""Who signed a letter and who is written to under the signature: names, posts and the
signature block. (Writers named in headings and prose: ``headings``.) Pure."""

import dataclasses
import re

from plenipo.reading.dates import DATE_SHAPE
from plenipo.reading.lines import start_of_line
from plenipo.reading.mail_forms import signs_again
from plenipo.reading.model import Mention, Person, Span
from plenipo.reading.name_words import NOT_A_NAME
from plenipo.reading.places import CITY, WRITING_CITY
from plenipo.reading.signatory_forms import HONORIFICS_BEFORE, OTHER_POSTS, POSTNOMINALS_AFTER
from plenipo.reading.zones import CLOSING

# Particles of surnames: "F. du Martheray", "Juan de la Fuente", "Ruud van Nistelrooy".
PARTICLE = (
    r"(?:de|du|des|da|das|do|dos|van|von|der|den|del|della|di|la|le|al|Al|bin|ibn|el|y|ten|ter)"
)
# Given names as the old style abbreviated them: "Jas. Monroe", "Geo. Washington", "Th: Jefferson"
OLD_GIVEN = (
    r"(?:(?:Jas|Geo|Go|Wm|Thos|Tho|Th|Chas|Jno|Saml|Benj|Robt|Richd|Danl|Edwd|Jos|Nathl|Alexr|"
    # an initial without its full stop, "B Franklin" (not a word of one letter: A, I, O, Y)
    r"Hy)[.:]|[B-HJ-NP-XZ](?=\s[A-ZÀ-Ý][a-zà-ÿ]))"
)
NAME = re.compile(
    # honorifics also in capitals ("DR. JANE ROE"), a post before the name ("Embajador …")
    r"^\s*(?:(?:H\.\s?E\.|S\.\s?E\.|Excmo\.?|Excma\.?)\s+)?(?:(?i:Ambassador|Ambassadeur|Embajadora?)\s+)?"
    # a military rank, retired or not ("General (Retd.)", "Lt. Gen.", "Colonel")
    r"(?:(?:(?:Lt|Maj|Brig)\.|Lieutenant|Major|Brigadier)?[\s-]*(?:General|Gen\.|Colonel|Col\.|"
    r"Admiral|Adm\.|Air\s+Marshal|Field\s+Marshal)\s+(?:\((?i:retd?|rtd|retired)\.?\)\s+)?)?"
    # Spanish letters' "Dra.", "Lic.", "Ing.", "Mtro.", the Commonwealth's "Hon.", any other
    # honorific or rank ("Prof. Dr.", "Rt Hon", "Judge")
    rf"(?:(?i:Mr|Ms|Mrs|Dr|Dra|Prof|M|Mme|Sr|Sra|Lic|Ing|Arq|Lcda|Lcdo|Mtro|Mtra|Hon)\.?\s+|{HONORIFICS_BEFORE}){{0,3}}"
    rf"(?P<name>(?:[A-ZÀ-Ý]\.\s?|{OLD_GIVEN}\s){{1,2}}(?:{PARTICLE}\s+)*[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|"
    rf"{PARTICLE})){{0,4}}|[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,5}})"
    # letters after the name ("Jane Roe, MD, MPH"), the country a joint letter's signatory
    # signs for: "Maria Lund (Sweden)"
    rf"{POSTNOMINALS_AFTER}*(?:\s*\([A-ZÀ-Ý][^()\n]{{1,40}}\))?[.,]?"
    # a typist's dash after the signed name: "Juan Pérez –", "JANE ROE.—"
    r"(?:[ \t]*[-–—]+)?\s*$"
)
# The first word of a post: where a name printed on one line with its post ends.
TITLE_START = re.compile(
    r"(?:Permanent|Ambassad|Embajad|Represent|Minist|Presid|Secr[eé]t|Charg|Direct|Executive|Head|"
    r"Chair|Deputy|Acting|Vice|Alternate|Observ|Co-?facilitat|Coordinat)",
    re.IGNORECASE,
)
TITLE_WORDS = re.compile(
    r"\b(?:President|Secretary|Minister|Ambassador|Permanent\s+Representative|"
    r"Director|Chair|Head|Executive|Co-?facilitator|Representative|Coordinator|"
    r"Président|Secrétaire|Ministre|Ambassadeur|Presidente|Secretario|Secretaria(?![tl])|Embajador|Charg[ée]|"
    r"Coordinador[a]?|Coordonnat(?:eur|rice)|"
    r"Observer|Observateur|Observador|Représentant|Representante|Ministro|Consul|Directeur|"
    r"Directrice|Directora?|Ministra\b|Chancell?or|Chancelier|Canciller|"
    # posts of those who sign for a secretariat or a mission, in the three languages
    r"Officer|Advis[eo]r|Counsel+or|Registrar|Rapporteur|Commissioner|Chief\b|Delegate|Envoy|"
    r"Conseill[eè]re?|Consejer[oa]|Greffi[eè]re?|Jef[ea]\b|Chef\b|Attach[ée]|"
    # a deputy's post written as one word: "Viceministro", "Subsecretaria"
    r"Vice-?minist\w*|Vice-?presid\w*|Subsecretari[oa]|Sous-secr[ée]taire|" + OTHER_POSTS + r")",
    # posts of other offices and staff ("Legal Counsel", "Acting Governor")
    re.IGNORECASE,
)

# A post on a line of its own: "Executive Secretary", "Secretary-General", "Director General".
TITLE_LINE = re.compile(
    r"^\s*(?:(?:Executive|Deputy|Acting|Assistant|Under|Permanent|Vice|General|Chief|Head|Special)"
    r"[\s-]+)*(?:Secretary|Director|President|Chair(?:man|person)?|Representative|Minister|"
    r"Ambassador|Coordinator|Officer|Head|Registrar|Commissioner)(?:[\s-]+(?:General|Executive))?\b"
)
# The office a signatory signs for, on the line under the post ("Office of Legal Affairs",
# "Secrétariat de la Convention", "Ministerio de Relaciones Exteriores").
ORGANIZATION_LINE = re.compile(
    r"^(?:the\s+|l[ae']\s*|el\s+)?(?:[\w’'-]+\s+){0,3}(?:Office|Department|Ministry|Secretariat|"
    r"Division|Section|Service|Branch|Unit|Bureau|Agency|Commission|Committee|Council|Court|"
    r"Organi[sz]ation|Programme|Fund|Embassy|Mission|Nations|Union|Convention|Conference|"
    r"Minist[eè]re|Secr[ée]tariat|Direction|Commission|Ministerio|Secretar[íi]a|Oficina|"
    r"Direcci[óo]n|Comisi[óo]n|Embajada|Misi[óo]n|Naciones|Unies)\b[^.;:!?]{0,80}$",
    re.IGNORECASE,
)
# A post ends with its head word: "Programme Officer", "Legal Adviser", "Conseiller juridique"
# does not, but neither is it a name.
POST_ENDS = re.compile(rf"(?:{TITLE_WORDS.pattern})[\w-]*\s*$", re.IGNORECASE)
# one word, also a peer's title in capitals with its full stop: "SALISBURY."
SURNAME = re.compile(r"^\s*(?P<name>[A-ZÀ-Ý](?:[a-zà-ÿ’'\-]{2,20}|[A-ZÀ-Ý’'\-]{3,20}))\.?\s*$")
HONORIFIC = re.compile(
    r"^\s*(?:H\.\s?E\.|S\.\s?E\.|Mr|Ms|Mrs|Dr|Dra|M|Mme|Sr|Sra|Lic|Ing|Arq|Lcda|Lcdo|Mtro|Mtra|Hon|Excmo|Excma)\.?\s"
)


# the post some write before the name: "Ambassador Jane Roe, Chair of …"
AMBASSADOR_BEFORE = r"(?:(?i:Ambassador|Ambassadeur|Ambassadrice|Embajadora?)\s+)?"
_NAME_WITH_POST = re.compile(
    r"^\s*(?:(?:H\.\s?E\.|S\.\s?E\.)\s+)?"
    + AMBASSADOR_BEFORE
    + r"(?:(?:Mr|Ms|Mrs|Dr|Dra|M|Mme|Sr|Sra|Lic|Ing|Arq|Lcda|Lcdo|Mtro|Mtra|Hon)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|de|van|von|da|del|al|bin|el)){1,5}?)"
    # the post after a space, or after a bar or comma some pages print between the two
    r"(?:\s*[|,]\s*|\s+)(?=(?i:Permanent\s+Representative|President|Secretary|Minister|Ambassador|"
    r"Director|Chair(?:man|woman|person)?|Prime\s+Minister|High\s+Representative|Special\s+"
    r"(?:Rapporteur|Envoy|Representative)|Coordinator|Executive\s+(?:Secretary|Director)|Deputy|Acting|Head\s+of|Assistant|"
    r"Under-?\s?Secretary|Chief|Registrar|Commissioner|Principal\s+Secretary|"
    # the posts of French and Spanish signatures run on after the name in a flattened copy:
    # "Jaime Morales Ortiz Secretario de Asuntos Jurídicos", "Claire Dubois Secrétaire …"
    r"Secretari[oa]|Secr[ée]taire|Ministr[oae]|Direct(?:or|ora|eur|rice)|Pr[ée]sident[ea]?|"
    r"Embajador[a]?|Ambassad(?:eur|rice)|Representante|Repr[ée]sentante?|Coordinad(?:or|ora)|"
    r"Coordonnat(?:eur|rice)|Jef[ea]|Subsecretari[oa]|Sous-secr[ée]taire)\b)"
)


# A name and, after a comma, any post ("MOHAMED AL-SAYED, Prime Minister").
_NAME_COMMA_POST = re.compile(
    r"^\s*(?:(?:H\.\s?E\.|S\.\s?E\.)\s+)?"
    + AMBASSADOR_BEFORE
    + r"(?:(?:Mr|Ms|Mrs|Dr|Dra|M|Mme|Sr|Sra|Lic|Ing|Arq|Lcda|Lcdo|Mtro|Mtra|Hon)\.?\s+)?"
    rf"(?P<name>[A-ZÀ-Ý][\w’'\-]+(?:\s+(?:[A-ZÀ-Ý][\w’'\-.]*|{PARTICLE})){{1,4}}),[ \t]+"
    rf"(?=[^\n]{{0,40}}(?i:{TITLE_WORDS.pattern})[^\n]{{0,80}}$)"
)


DIGIT = re.compile(r"\d")
STAMP = re.compile(r"^\s*(?:\((?:sceau|seal|sello|L\.\s?S\.)\)\s*)+", re.IGNORECASE)


# The courtesy title that opens the addressee's name under a signature (French letters and
# the old American style): "Monsieur Vaclav KLAUS", "Madame la Ministre", "The Honorable …".
COURTESY = (
    r"(?:Monsieur|Madame|Mademoiselle|Messieurs|Messrs\.?|Señora?|Don|Doña|The\s+Honou?rable|"
    r"(?:The\s+)?(?:R(?:igh)?t\.?\s+Hon(?:\.|ou?rable)?|Hon(?:\.|ou?rable))|"
    r"(?:Your|His|Her)\s+Excellency|Son\s+Excellence|Su\s+Excelencia)"
)
ADDRESSED_BELOW = re.compile(rf"^{COURTESY}\s+[A-ZÀ-Ýa-z]")
# or alone on its line, the name under it ("The Honorable" / "Señor Don Carlos …,")
COURTESY_ALONE = re.compile(rf"^{COURTESY}[ \t]*,?[ \t]*$")


def signatory_match(line):
    """A name opening ``line``; a name and post on one line ("Jane Roe Executive
    Secretary") give the name alone."""
    if len(line) > 160 or CITY.fullmatch(line.strip(" .,")):
        return None  # a place alone on its line ("New York" over the date) is no name
    for pattern in (NAME, _NAME_WITH_POST, _NAME_COMMA_POST, SURNAME):
        match = pattern.match(line)
        name = match.group("name") if match else ""
        # a word in capitals is read as written in the usual case: "ENDS" is no name
        if match and not (
            TITLE_WORDS.search(name) or NOT_A_NAME.search(name) or NOT_A_NAME.search(name.title())
        ):
            return match
    return _name_before_post(line)


# Words that open a post and never stand in a name: "Conference Services Officer",
# "Programme Management Officer", "Legal Adviser", "Senior Policy Adviser".
POST_OPENING = re.compile(
    r"(?:Programme|Program|Project|Legal|Senior|Junior|Conference|Communications?|Technical|"
    r"Political|Policy|Administrative|Finance|Financial|Information|Liaison|Research|Associate|"
    r"Scientific|Press|Media|Public|Regional|National|Country|Desk|Team|Unit|Section|Office|"
    r"Human|Protocol|Partnerships?|Operations|Knowledge|Capacity)\b"
)


def _name_before_post(line):
    """A name of two to four words before a post that ends the line with its head word
    ("Priya Raman Conference Services Officer"), its words opening no post."""
    words = line.split()
    for count in range(min(4, len(words) - 1), 1, -1):
        name, post = " ".join(words[:count]), " ".join(words[count:])
        if any(POST_OPENING.match(word) for word in words[:count]):
            continue
        if not POST_OPENING.match(post) or not POST_ENDS.search(post):
            continue
        match = NAME.match(name)
        if match and not (TITLE_WORDS.search(name) or NOT_A_NAME.search(name)):
            return re.match(rf"\s*(?P<name>{re.escape(name)})", line)
    return None


def title_of(line, match, following):
    """The post written after the name on its line, or on the next line."""
    rest = line[match.end("name") :].strip(" ,|")
    if rest and TITLE_WORDS.search(rest):
        return rest
    if (
        following
        and TITLE_WORDS.search(following)
        and not (
            HONORIFIC.match(following)
            or ADDRESSED_BELOW.match(following)
            or COURTESY_ALONE.match(following)
            # a name, not a post in capitals or opening with its word ("Secretario Ejecutivo")
            or (
                NAME.match(following)
                and not (
                    TITLE_LINE.match(following)
                    or TITLE_START.match(following)
                    or POST_ENDS.search(following)
                )
            )
            or re.match(r"^(?:To|All)\s", following)
        )
    ):
        return following
    return None


def _lines_after(text, position, length=700):
    """(offset, stripped line) for each line of ``text`` after ``position``."""
    for raw in text[position : position + length].split("\n"):
        line = raw.strip()
        start = text.find(line, position) if line else position
        position = max(position, start + len(line))
        yield start, line


QUOTE_CLOSED = re.compile(r"[ \t]*[\"”»][ \t]*$")


def _unmarked(start, line):
    """The line without a seal or "(Signed)" before the name, nor the quotation mark a news
    page closes the letter it quotes with ("Jane Roe\"", "Présidente »"), and where it then
    starts."""
    line = QUOTE_CLOSED.sub("", line)
    unstamped = STAMP.sub("", line)
    marks = SIGNED.match(unstamped)
    if not marks:
        return start, line
    cut = len(line) - len(unstamped) + marks.end()
    return start + cut, line[cut:]


# A web copy that lost the line end between the name and the post glues them together:
# "Mirella Dummar FrahiTeam Leader" (a name of two words at least before, four lower-case
# letters before the capital, so that "McDonald", "DeSantis" and "FitzGerald" stay whole).
GLUED = re.compile(r"^(?P<name>[A-ZÀ-Ý][\w’'-]+ [^\n]{0,40}?[a-zà-ÿ]{4})(?=[A-Z][a-z])")


def place_over_date(line, below) -> bool:
    """Whether ``line`` is a city of writing alone over a short date line."""
    following = next((x for _, x in below if x), "")
    if len(line) >= 40 or len(following) >= 40 or not DATE_SHAPE.search(following):
        return False
    return bool(WRITING_CITY.match(line) or WRITING_CITY.match(line.title()))


def _signatory(start, line, match, glued, following) -> Person:
    """The person a signature line names, with the post beside or under the name."""
    title = title_of(line, match, following)
    if glued:
        title = line[glued.end("name") :].strip()
    return Person(
        # the full stop that ends the block, not an initial: "JOHN HAY."
        name=re.sub(r"(?<=[^\W\d_]{2})\.$", "", match.group("name").strip()),
        title=title or None,
        organization=None,
        evidence=Span(start, start + len(line)),
        confidence=0.7,
    )


def signature(text, closing_end) -> tuple[list[Person], list[Mention]]:
    """Signatories from the lines after the closing formula, and the addressee lines that
    follow a signature ("Mr Sergey Lavrov / Minister for Foreign Affairs …")."""
    people, addressees, first_line, post_above = [], [], "", None
    lines = list(_lines_after(text, closing_end))
    alone = _signed_alone(text, closing_end)
    gap = False
    for index, (raw_start, raw_line) in enumerate(lines):
        if not raw_line:
            gap = bool(people)
            continue
        start, line = _unmarked(raw_start, raw_line)
        # an address under the signature: "To …", "Al Señor Presidente …", "À Monsieur …",
        # or a post after a blank line ("The Agent of the Government of …", "M. le Ministre
        # des Affaires étrangères, / Paris.")
        if people and (ADDRESS_UNDER.match(line) or (gap and _post_addressed(line))):
            addressees.append(_addressed_below(start, line, lines[index + 1 :]))
            break
        if ADDRESS_UNDER.match(line) or CLOSING.search(line):
            break
        if not people and place_over_date(line, lines[index + 1 :]):
            continue  # "CANBERRA ACT / 3 March 2031": the note's place, its date under it
        if not people and len(line) < 40 and DATE_SHAPE.search(line):
            # a note's place and date close it: the address under them is its addressee's
            addressees.extend(_foot_address(lines[index + 1 :]))
            break
        if ADDRESSED_BELOW.match(line) or COURTESY_ALONE.match(line):
            # "Monsieur Amadou Toumani TOURÉ / Président de la République du Mali" under the
            # signature (or under the formula, a flattened copy's name run into its line):
            # the person written to, with the post on the next line
            addressees.append(_addressed_below(start, line, lines[index + 1 :]))
            break
        glued = GLUED.match(line)  # "Jane RoeProgramme Officer": the name, then the post
        match = signatory_match(glued.group("name") if glued else line)
        if match is None:
            if _ends_the_block(people, line):
                break
            if not people and TITLE_WORDS.search(line) and len(line) < 80:
                post_above = _post(line)  # "For the Secretary of State:" / the name
            continue
        honoured = HONORIFIC.match(line) or AMBASSADOR.match(line)
        first_honoured = HONORIFIC.match(first_line) or AMBASSADOR.match(first_line)
        if people and honoured and (alone or not first_honoured):
            addressees.append(_addressed_below(start, line, lines[index + 1 :]))
            continue
        following = next((x for _, x in lines[index + 1 : index + 3] if x), None)
        signed = _signatory(start, line, match, glued, following)
        if signed.title is None and not people:
            signed = dataclasses.replace(signed, title=post_above)
        gap = False  # a post after a blank line is addressed only right under that line
        if signs_again(people, signed):
            # "Best regards, / Marcus / / Marcus Ode / Legal Adviser": an e-mail signed
            # with a first name, then the writer's own signature block in full
            people[-1] = signed
            continue
        people.append(signed)
        first_line = first_line or line
        if len(people) >= 4:
            break
    return people, addressees


def _ends_the_block(people, line) -> bool:
    """Whether a line that names no one, under a signatory, ends the signature block: not
    the office under the post (the addressee may follow below it), nor a post."""
    if not people or (ORGANIZATION_LINE.match(line) and not HONORIFIC.match(line)):
        return False
    return not TITLE_WORDS.search(line)


# The opening of an address under the signature, a post after it: "To the Embassy of …",
# "Al Señor", "A la Señora Ministra …", "À Son Excellence …".
ADDRESS_UNDER = re.compile(r"^(?:To\s|All\s|Al\s|A\s+l[ao]s?\s|Aux?\s|À\s)")
# A post written to, its article or courtesy title first: "The Agent of …", "M. le Ministre
# …", "Her Majesty's Minister at …", "Monsieur le Président …", "El Señor Embajador …".
POST_ADDRESSED = re.compile(
    r"^(?:The|Le|La|L['’]|El|(?:M\.|Monsieur|Madame|Mme|Señora?)\s+l[ea]|"
    r"(?:Her|His)\s+(?:Britannic\s+)?Majesty['’]s)\s*(?P<post>[A-ZÀ-Ýa-zà-ÿ][^\n]{2,100})$"
)
ADDRESSED_POST = re.compile(
    rf"(?:{TITLE_WORDS.pattern}|\bAgent\b|\bGovernment\b|\bEmbassy\b|\bLegation\b)",
    re.IGNORECASE,
)


def _post_addressed(line) -> bool:
    """Whether ``line`` names a post written to, not a sentence nor the signer's office."""
    match = POST_ADDRESSED.match(line)
    if not match or re.search(r"[;!?]|\.\s+[a-z]", match.group("post")):
        return False
    return bool(ADDRESSED_POST.search(match.group("post")))


def _foot_address(lines) -> list[Mention]:
    """The address at the foot of a note verbale, under its place and date: "To the
    Department of …", "Al Ministerio de …", "Ministère de l'Europe …" (the office written to,
    however long the note), its city aside."""
    for index, (start, line) in enumerate(lines):
        if not line:
            continue
        office = ORGANIZATION_LINE.match(line) and not HONORIFIC.match(line)
        if ADDRESS_UNDER.match(line) or office or _post_addressed(line):
            return [_addressed_below(start, line, lines[index + 1 :])]
        return []
    return []


# A post broken after its preposition: "Permanent Representative of / Norland to the …".
BROKEN_POST = re.compile(r"\b(?:of|to|de|du|des|del|auprès)\s*$")
AMBASSADOR = re.compile(r"^\s*(?:Ambassador|Ambassadeur|Ambassadrice|Embajador[a]?)\s+[A-ZÀ-Ý]")
SINGULAR = re.compile(r"\b(?:my|ma|mes|mon|mi|mis)\b", re.IGNORECASE)
PLURAL = re.compile(r"\b(?:our|notre|nos|nuestr[oa]s?)\b", re.IGNORECASE)
FORMULA_REACH = 160


def _signed_alone(text, closing_end) -> bool:
    """Whether the closing formula speaks for one ("the assurances of my highest
    consideration"), so that a second person named under the signature with an honorific
    is the one written to, not a second signatory."""
    line_start = start_of_line(text, max(0, closing_end - 1))
    formula = text[max(line_start, closing_end - FORMULA_REACH) : closing_end]
    return bool(SINGULAR.search(formula)) and not PLURAL.search(formula)


def _post(line) -> str:
    """A post printed on its own line over the name, its article aside: "Le Ministre,"."""
    return re.sub(r"^(?:The|Le|La|L['’]|El)\s*(?=[A-ZÀ-Ý])", "", line.strip(" :,"))


def _addressed_below(start, line, below) -> Mention:
    """The person written to, named under the signature, with the lines of the post that
    follow ("H.E. Mr. Paul Martin / Permanent Representative of Norland / to the United
    Nations"), up to a blank line or a line that is no part of the post."""
    parts = [line]
    alone = COURTESY_ALONE.match(ADDRESS_UNDER.sub("", line))  # "The Honorable", "Al Señor"
    for index, (_, following) in enumerate(below[:4]):
        # the name under a courtesy title alone on its line continues it
        named = index == 0 and alone and following[:1].isupper()
        continues = named or following[:1].islower() or TITLE_WORDS.search(following)
        if following and BROKEN_POST.search(parts[-1]):
            parts[-1] = f"{parts[-1]} {following}"  # "Permanent Representative of / Norland"
            continue
        if following and not continues and _city_closing(following, below[index + 1 :]):
            parts.append(re.sub(r"(?<=\w{3})\.$", "", following))  # "… / Strelsau"
            break
        if not following or len(following) > 120 or not continues:
            break
        parts.append(following)
    parts = [" ".join(part.split()).rstrip(",") for part in parts]
    if len(parts) > 1 and alone:
        parts[:2] = [f"{parts[0]} {parts[1]}"]  # "The Honorable Señor Don Carlos …"
    who = ", ".join(parts)
    return Mention(
        re.sub(r",\s+(?=(?:to|of|de|du|del|auprès)\b)", " ", who),
        Span(start, start + len(line)),
        0.6,
    )


# The city closing a block of address: a few capitalised words, maybe a state's or a
# country's after a comma ("Strelsau", "Nueva York", "Washington, D.C.", "Addis-Abeba").
CITY_LINE = re.compile(
    r"\(?[A-ZÀ-Ý][\w'’.-]{1,25}(?:[ \t-]+(?:[A-ZÀ-Ý][\w'’.-]{0,25}|de|del|la|le|sur|am|upon))"
    r"{0,3}(?:,[ \t]*[A-ZÀ-Ý][\w.]{0,15}(?:[ \t][A-ZÀ-Ý][\w.]{0,15})?)?\)?\.?"
)
# Lines under a signature that a city's shape fits but that are no city.
NOT_A_CITY = re.compile(
    r"(?i:enclosures?|encl\.?|annexe?s?|anexos?|attachments?|pi[èe]ces?\s+jointes?|copy|copies|"
    r"cc|distribution|page|p\.?\s?j\.?|adjuntos?)\b|.*\b(?i:house|building|palace|palais|palacio|"
    r"street|avenue|road|rue|calle|avenida)\b"
)


def _city_closing(line, after) -> bool:
    """Whether ``line`` is the city a block of address ends on: a city's shape, not an
    enclosure's or a copy's line, and the last line of the block (a blank line or the
    text's end after it)."""
    last = not after or not after[0][1].strip()
    return (
        last
        and len(line) <= 40
        and bool(CITY_LINE.fullmatch(line))
        and not NOT_A_CITY.match(line)
        and not TITLE_WORDS.search(line)
    )


# "(Signed)", "[signed]", "(Signed ):", "(s)", "(Sgd.)", "(Firmado)", "(Fdo.)", "(signé)", and the
# post or honorific some write before the name ("(Signed ): Ambassador Hisham Badr").
SIGNED_MARK = (
    r"(?:(?<!\w)[(\[]\s*(?:Signed|Sgd\.?|s|Firmado|Fdo\.?|Sign[ée])\s*[)\]]|(?<!\S)/s/|"
    # "s/ Jane Roe" opening a line
    r"(?<![^\n])[ \t]*s/(?=[ \t]*[A-ZÀ-Ý])|"
    # "Signed by Martha Doggett", "Signé par …", "Firmado por …", "Sgd. …", "Fdo. …", "Sd/-"
    # opening a line
    r"(?<![^\n])[ \t]*(?:(?:Signed\s+by|Sign[ée]\s+par|Firmado\s+por|Sgd\.|Fdo\.|Sd/-?)"
    r"(?=\s*[A-ZÀ-Ý])|Sgd(?=\s+[A-ZÀ-Ý])|"
    # "Signed: Jane Roe", "Firmado: …" as a field
    r"(?:Signed|Sign[ée]|Firmado|Fdo\.?|Sgd\.?)(?=[ \t]*:[ \t]*[A-ZÀ-Ý])))\s*:?\s*"
)
SIGNED_HONORIFIC = r"(?:(?:Ambassador|Ambassadeur|Embajadora?|H\.\s?E\.|Dr|Mr|Ms|Mrs|Prof)\.?\s+)?"
SIGNED = re.compile(r"^\s*" + SIGNED_MARK + SIGNED_HONORIFIC, re.IGNORECASE)


def from_signature_zone(segments) -> list[Person]:
    """Signatories from the segments the layout model put in the signature block: a name
    (after "(Signed)" where written), its post on the same line or the next; a block
    without a name gives its post alone."""
    people = []
    for index, segment in enumerate(segments):
        prefix = SIGNED.match(segment.text)
        skip = prefix.end() if prefix else 0
        line = segment.text[skip:]
        match = signatory_match(line)
        start = segment.start + skip
        following = segments[index + 1].text if index + 1 < len(segments) else None
        if match is not None:
            title = title_of(line, match, following)
            if people and people[-1].name is None:
                # A post printed above the name ("For the Secretary of State:" / "J. Butler
                # Wright") belongs to that name.
                title = title or people.pop().title
            people.append(
                Person(
                    name=match.group("name").strip(),
                    title=title,
                    organization=None,
                    evidence=Span(start + match.start("name"), start + match.end("name")),
                    confidence=0.65,
                )
            )
        elif (
            not people
            and TITLE_WORDS.search(line)
            and len(line.split()) <= 14
            and not re.search(r"[.;]$|\b(?:I|my|we|our|je|nous|yo)\b", line)
            and not SALUTATION_OPENS.match(line)
        ):
            people.append(Person(None, _post(line), None, Span(start, segment.end), 0.5))
        if len(people) >= 4:
            break
    return people


# A salutation names a post too ("Señor Secretario General:", "Monsieur le Président,"), but
# it is the one written to, not the one who signs.
SALUTATION_OPENS = re.compile(
    r"^\W*(?:Dear|Sir|Madam|Señora?|Monsieur|Madame|Excellenc|Estimad[oa]|Distinguid[oa])\b[^\n]*[,:]\s*$"
)
