"""The instruments the reader knows by name: the registry's own, written out, with the code
each stands for, and a gazetteer of the common multilateral instruments under the name they
are best known by in English, with the cue words that let a letter skip an entry's pattern.
Data only; ``instruments`` reads them. Pure."""

import re

# Names of instruments, written out, and the code they stand for.
NAMED = [
    (
        re.compile(
            r"Protocol\s+to\s+Prevent,?\s+Suppress\s+and\s+Punish\s+Trafficking\s+in\s+Persons?"
            r"|Trafficking\s+in\s+Persons\s+Protocol|Palermo\s+Protocol|Protocole\s+de\s+Palerme|"
            r"Protocolo\s+de\s+Palermo|Protocole\s+visant\s+[àa]\s+pr[ée]venir,?\s+r[ée]primer\s+et\s+punir"
            r"\s+la\s+traite|Protocolo\s+para\s+prevenir,?\s+reprimir\s+y\s+sancionar\s+la\s+trata",
            re.I,
        ),
        "TIP-PROTOCOL",
    ),
    (
        re.compile(
            r"(?:United\s+Nations\s+)?Convention\s+against\s+Transnational\s+Organized\s+Crime"
            r"|Organized\s+Crime\s+Convention|\bUNTOC\b|Convention\s+des\s+Nations\s+Unies\s+contre"
            r"\s+la\s+criminalit[ée]\s+transnationale\s+organis[ée]e|Convenci[óo]n\s+de\s+las\s+Naciones"
            r"\s+Unidas\s+contra\s+la\s+Delincuencia\s+Organizada\s+Transnacional",
            re.I,
        ),
        "UNTOC",
    ),
    (
        re.compile(
            r"Council\s+of\s+Europe\s+Convention\s+on\s+Action\s+against\s+Trafficking"
            r"|Anti-?trafficking\s+Convention|Convention\s+du\s+Conseil\s+de\s+l['’]\s*Europe\s+sur"
            r"\s+la\s+lutte\s+contre\s+la\s+traite|Convenio\s+del\s+Consejo\s+de\s+Europa\s+sobre"
            r"\s+la\s+lucha\s+contra\s+la\s+trata",
            re.I,
        ),
        "CETS-197",
    ),
    (
        re.compile(
            r"Programme\s+of\s+Co-?operation\s+between\s+CIS\s+Member\s+States\s+against\s+"
            r"Trafficking\s+in\s+Persons",
            re.I,
        ),
        "CIS-TIP-PROGRAMME",
    ),
    (
        re.compile(r"Global\s+Plan\s+of\s+Action\s+to\s+Combat\s+Trafficking\s+in\s+Persons", re.I),
        "A/RES/64/293",
    ),
]
# Common multilateral instruments, under the name they are best known by in English.
GAZETTEER_NAMES = [
    (
        r"Charter\s+of\s+the\s+United\s+Nations|United\s+Nations\s+Charter|\bU\.?N\.?\s+Charter|"
        r"Charte\s+des\s+Nations\s+Unies|Carta\s+de\s+las\s+Naciones\s+Unidas|"
        # the short and the long forms a press release or a speech writes: "the Charter of the
        # UN", "la Charte de l'ONU", "la Charte de l'Organisation des Nations Unies", "la Carta
        # de Naciones Unidas", "la Carta de la Organización de (las) Naciones Unidas"
        r"Charter\s+of\s+the\s+(?-i:UN)\b|Charte\s+de\s+l['’]\s*(?:(?-i:ONU)\b|Organisation\s+des\s+"
        r"Nations\s+Unies)|Carta\s+de\s+(?:la\s+(?:(?-i:ONU)\b|Organizaci[óo]n\s+de\s+(?:las\s+)?"
        r"Naciones\s+Unidas)|Naciones\s+Unidas)",
        "Charter of the United Nations",
    ),
    (
        r"\bOAS\s+Charter|Charter\s+of\s+the\s+Organization\s+of\s+American\s+States|"
        r"Carta\s+de\s+la\s+(?:OEA|Organizaci[óo]n\s+de\s+(?:los\s+)?Estados\s+Americanos)|"
        r"Charte\s+de\s+l['’]\s*(?:OEA|Organisation\s+des\s+[ÉE]tats\s+am[ée]ricains)",
        "OAS Charter",
    ),
    (
        r"Inter-American\s+Democratic\s+Charter|Carta\s+Democr[áa]tica\s+Interamericana|"
        r"Charte\s+d[ée]mocratique\s+interam[ée]ricaine|"
        # its short name: "la Charte démocratique", "the Democratic Charter"
        r"(?-i:D)emocratic\s+(?-i:C)harter|(?-i:C)harte\s+d[ée]mocratique|(?-i:C)arta\s+"
        r"(?-i:D)emocr[áa]tica",
        "Inter-American Democratic Charter",
    ),
    (
        r"Constitutive\s+Act\s+of\s+the\s+African\s+Union|Acte\s+constitutif\s+de\s+l['’]\s*Union\s+"
        r"africaine|Acta\s+Constitutiva\s+de\s+la\s+Uni[óo]n\s+Africana",
        "Constitutive Act of the African Union",
    ),
    (
        r"African\s+Charter\s+on\s+Human\s+and\s+Peoples['’]?\s+Rights|Charte\s+africaine\s+des\s+"
        r"droits\s+de\s+l['’]\s*homme\s+et\s+des\s+peuples|Carta\s+Africana\s+(?:sobre|de)\s+(?:los\s+)?"
        r"Derechos\s+Humanos\s+y\s+de\s+los\s+Pueblos",
        "African Charter on Human and Peoples' Rights",
    ),
    (
        r"(?:United\s+Nations\s+)?Convention\s+against\s+Corruption|\bUNCAC\b(?!/)|Convention\s+des\s+"
        r"Nations\s+Unies\s+contre\s+la\s+corruption|Convenci[óo]n\s+de\s+las\s+Naciones\s+Unidas\s+"
        r"contra\s+la\s+Corrupci[óo]n",
        "United Nations Convention against Corruption",
    ),
    (
        r"European\s+Convention\s+on\s+Human\s+Rights|Convention\s+for\s+the\s+Protection\s+of\s+Human\s+"
        r"Rights\s+and\s+Fundamental\s+Freedoms|Convention\s+europ[ée]enne\s+des\s+droits\s+de\s+"
        r"l['’]\s*homme|Convenio\s+Europeo\s+de\s+Derechos\s+Humanos",
        "European Convention on Human Rights",
    ),
    (
        r"International\s+Convention\s+on\s+the\s+Elimination\s+of\s+All\s+Forms\s+of\s+Racial\s+"
        r"Discrimination|Convention\s+internationale\s+sur\s+l['’]\s*[ée]limination\s+de\s+toutes\s+les\s+"
        r"formes\s+de\s+discrimination\s+raciale|Convenci[óo]n\s+Internacional\s+sobre\s+la\s+"
        r"Eliminaci[óo]n\s+de\s+todas\s+las\s+Formas\s+de\s+Discriminaci[óo]n\s+Racial",
        "International Convention on the Elimination of All Forms of Racial Discrimination",
    ),
    (
        r"(?:\b19[56]\d\s+)?Convention\s+relating\s+to\s+the\s+Status\s+of\s+Refugees|Convention\s+"
        r"relative\s+au\s+statut\s+des\s+r[ée]fugi[ée]s|Convenci[óo]n\s+sobre\s+el\s+Estatuto\s+de\s+"
        r"los\s+Refugiados|\b(?:1951\s+)?Refugee\s+Convention",
        "Convention relating to the Status of Refugees",
    ),
    (
        r"Protocol\s+relating\s+to\s+the\s+Status\s+of\s+Refugees|\b1967\s+Protocol|Protocole\s+"
        r"relatif\s+au\s+statut\s+des\s+r[ée]fugi[ée]s|Protocolo\s+sobre\s+el\s+Estatuto\s+de\s+los\s+"
        r"Refugiados|Protocole\s+de\s+1967|Protocolo\s+de\s+1967",
        "Protocol relating to the Status of Refugees",
    ),
    (
        r"Beijing\s+Declaration\s+and\s+Platform\s+for\s+Action|D[ée]claration\s+et\s+(?:le\s+)?Programme"
        r"\s+d['’]\s*action\s+de\s+Beijing|Declaraci[óo]n\s+y\s+Plataforma\s+de\s+Acci[óo]n\s+de\s+Beijing",
        "Beijing Declaration and Platform for Action",
    ),
    (
        r"Vienna\s+Declaration\s+and\s+Programme\s+of\s+Action|D[ée]claration\s+et\s+(?:le\s+)?Programme"
        r"\s+d['’]\s*action\s+de\s+Vienne|Declaraci[óo]n\s+y\s+(?:el\s+)?Programa\s+de\s+Acci[óo]n\s+de\s+"
        r"Viena",
        "Vienna Declaration and Programme of Action",
    ),
    (
        r"Addis\s+Ababa\s+Action\s+Agenda|Programme\s+d['’]\s*action\s+d['’]\s*Addis-?\s?Abeba|"
        r"Agenda\s+de\s+Acci[óo]n\s+de\s+Addis\s+Abeba",
        "Addis Ababa Action Agenda",
    ),
    (
        r"Joint\s+Comprehensive\s+Plan\s+of\s+Action|\bJCPOA\b|Plan\s+d['’]\s*action\s+global\s+commun|"
        r"Plan\s+de\s+Acci[óo]n\s+Integral\s+Conjunto",
        "Joint Comprehensive Plan of Action",
    ),
    (
        r"International\s+Health\s+Regulations(?:\s+\(2005\))?|R[èe]glement\s+sanitaire\s+international"
        r"(?:\s+\(2005\))?|Reglamento\s+Sanitario\s+Internacional(?:\s+\(2005\))?",
        "International Health Regulations (2005)",
    ),
    # The Additional Protocols to the Geneva Conventions by their number, before the Conventions
    # their titles name: "Additional Protocol I", "le Protocole additionnel II aux Conventions
    # de Genève", "el Protocolo adicional I"
    (
        r"(?:Additional\s+Protocol|Protocol\s+Additional|Protocole\s+additionnel|Protocolo\s+"
        r"[Aa]dicional)\s+(?-i:I)\b(?!\s+(?:to|of)\s+the\s+(?!Geneva)[A-Z])"
        r"(?:\s+(?:to\s+the\s+Geneva\s+Conventions|aux\s+Conventions\s+de\s+Gen[èe]ve|a\s+los\s+"
        r"Convenios\s+de\s+Ginebra)(?:\s+(?:of|du|de)\s+12\s+(?:de\s+)?(?:August|ao[ûu]t|agosto)"
        r"\s+(?:de\s+)?1949)?)?"
        # its full title, numbered at its end: "Protocol Additional to … (Protocol I)"
        r"|(?:Protocol|Protocole|Protocolo)\s+(?:Additional\s+to|additionnel\s+aux|adicional\s+a)"
        r"\s+[^()]{0,220}?\((?:Protocol|Protocole|Protocolo)\s+(?-i:I)\)",
        "Protocol Additional to the Geneva Conventions (Protocol I)",
    ),
    (
        r"(?:Additional\s+Protocol|Protocol\s+Additional|Protocole\s+additionnel|Protocolo\s+"
        r"[Aa]dicional)\s+(?-i:II)\b(?!\s+(?:to|of)\s+the\s+(?!Geneva)[A-Z])"
        r"(?:\s+(?:to\s+the\s+Geneva\s+Conventions|aux\s+Conventions\s+de\s+Gen[èe]ve|a\s+los\s+"
        r"Convenios\s+de\s+Ginebra)(?:\s+(?:of|du|de)\s+12\s+(?:de\s+)?(?:August|ao[ûu]t|agosto)"
        r"\s+(?:de\s+)?1949)?)?"
        # its full title, numbered at its end: "Protocol Additional to … (Protocol II)"
        r"|(?:Protocol|Protocole|Protocolo)\s+(?:Additional\s+to|additionnel\s+aux|adicional\s+a)"
        r"\s+[^()]{0,220}?\((?:Protocol|Protocole|Protocolo)\s+(?-i:II)\)",
        "Protocol Additional to the Geneva Conventions (Protocol II)",
    ),
    # the third, of 2005, on the emblem: "Additional Protocol III", "Protocol additional to the
    # Geneva Conventions …, and relating to the Adoption of an Additional Distinctive Emblem
    # (Protocol III)"
    (
        r"(?:Additional\s+Protocol|Protocol\s+Additional|Protocole\s+additionnel|Protocolo\s+"
        r"[Aa]dicional)\s+(?-i:III)\b(?!\s+(?:to|of)\s+the\s+(?!Geneva)[A-Z])"
        r"(?:\s+(?:to\s+the\s+Geneva\s+Conventions|aux\s+Conventions\s+de\s+Gen[èe]ve|a\s+los\s+"
        r"Convenios\s+de\s+Ginebra)(?:\s+(?:of|du|de)\s+12\s+(?:de\s+)?(?:August|ao[ûu]t|agosto)"
        r"\s+(?:de\s+)?1949)?)?"
        r"|(?:Protocol|Protocole|Protocolo)\s+(?:Additional\s+to|additionnel\s+aux|adicional\s+a)"
        r"\s+[^()]{0,220}?\((?:Protocol|Protocole|Protocolo)\s+(?-i:III)\)",
        "Protocol Additional to the Geneva Conventions (Protocol III)",
    ),
    (
        r"Geneva\s+Conventions(?:\s+of\s+12\s+August\s+1949)?|Conventions\s+de\s+Gen[èe]ve(?:\s+du\s+"
        r"12\s+ao[ûu]t\s+1949)?|Convenios\s+de\s+Ginebra(?:\s+(?:del?\s+)?12\s+de\s+agosto\s+de\s+1949)?",
        "Geneva Conventions of 12 August 1949",
    ),
    (
        r"Biological\s+Weapons\s+Convention|\bBWC\b|Convention\s+on\s+the\s+Prohibition\s+of\s+the\s+"
        r"Development,\s+Production\s+and\s+Stockpiling\s+of\s+Bacteriological\s+\(Biological\)\s+and\s+"
        r"Toxin\s+Weapons(?:\s+and\s+on\s+their\s+Destruction)?|Convention\s+sur\s+les\s+armes\s+"
        r"biologiques|Convenci[óo]n\s+sobre\s+(?:las\s+)?Armas\s+Biol[óo]gicas",
        "Biological Weapons Convention",
    ),
    (
        r"Kigali\s+Amendment(?:\s+to\s+the\s+Montreal\s+Protocol)?|Amendement\s+de\s+Kigali|"
        r"Enmienda\s+de\s+Kigali",
        "Kigali Amendment to the Montreal Protocol",
    ),
    (
        r"Convention\s+on\s+Wetlands(?:\s+of\s+International\s+Importance[\w\s]{0,60}?)?"
        r"(?:\s*\(Ramsar,\s*Iran,?\s*1971\))?|Ramsar\s+Convention|Convention\s+de\s+Ramsar|"
        r"Convention\s+sur\s+les\s+zones\s+humides|Convenci[óo]n\s+(?:de\s+Ramsar|sobre\s+los\s+Humedales)",
        "Convention on Wetlands (Ramsar, Iran, 1971)",
    ),
    (
        r"Convention\s+on\s+Biological\s+Diversity|Convention\s+sur\s+la\s+diversit[ée]\s+biologique|"
        r"Convenio\s+sobre\s+la\s+Diversidad\s+Biol[óo]gica",
        "Convention on Biological Diversity",
    ),
    (
        r"Kunming-?\s?Montr[ée]al\s+Global\s+Biodiversity\s+Framework|"
        r"Cadre\s+mondial\s+de\s+la\s+biodiversit[ée]\s+de\s+Kunming|"
        # its short names, the plan's too: "the Global Biodiversity Framework", "el Marco
        # Mundial de Biodiversidad", "le Cadre mondial de la biodiversité"
        r"(?-i:G)lobal\s+(?-i:B)iodiversity\s+(?-i:F)ramework|Marco\s+Mundial\s+(?:de\s+(?:la\s+)?)?"
        r"Biodiversidad|Cadre\s+mondial\s+(?:de|pour)\s+la\s+biodiversit[ée]",
        "Kunming-Montreal Global Biodiversity Framework",
    ),
    (
        r"Framework\s+Convention\s+on\s+Tobacco\s+Control|\b(?-i:FCTC)\b|Convention-cadre\s+de\s+"
        r"l['’]\s*OMS\s+pour\s+la\s+lutte\s+antitabac|\b(?-i:CCLAT)\b|Convenio\s+Marco\s+de\s+la\s+"
        r"OMS\s+para\s+el\s+Control\s+del\s+Tabaco|\b(?-i:CMCT)\b",
        "WHO Framework Convention on Tobacco Control",
    ),
    (r"Nagoya\s+Protocol|Protocole\s+de\s+Nagoya|Protocolo\s+de\s+Nagoya", "Nagoya Protocol"),
    (
        r"Cartagena\s+Protocol|Protocole\s+de\s+Cartagena|Protocolo\s+de\s+Cartagena",
        "Cartagena Protocol",
    ),
    (r"Kyoto\s+Protocol|Protocole\s+de\s+Kyoto|Protocolo\s+de\s+Kyoto", "Kyoto Protocol"),
    (r"\bParis\s+Agreement|Accord\s+de\s+Paris|Acuerdo\s+de\s+Par[ií]s", "Paris Agreement"),
    (
        r"United\s+Nations\s+Framework\s+Convention\s+on\s+Climate\s+Change|\bUNFCCC\b|Convention-cadre\s+"
        r"des\s+Nations\s+Unies\s+sur\s+les\s+changements\s+climatiques|Convenci[óo]n\s+Marco\s+de\s+las\s+"
        r"Naciones\s+Unidas\s+sobre\s+el\s+Cambio\s+Clim[áa]tico",
        "United Nations Framework Convention on Climate Change",
    ),
    (
        r"Vienna\s+Convention\s+on\s+Diplomatic\s+Relations|"
        r"Convention\s+de\s+Vienne\s+sur\s+les\s+relations\s+diplomatiques|"
        r"Convenci[óo]n\s+de\s+Viena\s+sobre\s+Relaciones\s+Diplom[áa]ticas",
        "Vienna Convention on Diplomatic Relations",
    ),
    (
        r"Vienna\s+Convention\s+on\s+Consular\s+Relations|Convention\s+de\s+Vienne\s+sur\s+les\s+"
        r"relations\s+consulaires|Convenci[óo]n\s+de\s+Viena\s+sobre\s+Relaciones\s+Consulares",
        "Vienna Convention on Consular Relations",
    ),
    (
        r"Vienna\s+Convention\s+on\s+the\s+Law\s+of\s+Treaties|Convention\s+de\s+Vienne\s+sur\s+le\s+"
        r"droit\s+des\s+trait[ée]s|Convenci[óo]n\s+de\s+Viena\s+sobre\s+el\s+Derecho\s+de\s+los\s+Tratados",
        "Vienna Convention on the Law of Treaties",
    ),
    (r"Helsinki\s+Final\s+Act|Acte\s+final\s+d['’]Helsinki", "Helsinki Final Act"),
    (
        r"2030\s+Agenda(?:\s+for\s+Sustainable\s+Development)?|Programme\s+de\s+d[ée]veloppement\s+"
        r"durable\s+[àa]\s+l['’]horizon\s+2030|Agenda\s+2030",
        "2030 Agenda for Sustainable Development",
    ),
    (
        r"Universal\s+Declaration\s+of\s+Human\s+Rights|D[ée]claration\s+universelle\s+des\s+droits|"
        r"Declaraci[óo]n\s+Universal\s+de\s+(?:los\s+)?Derechos\s+Humanos",
        "Universal Declaration of Human Rights",
    ),
    (
        r"Convention\s+(?:on|of)\s+the\s+Rights\s+of\s+the\s+Child|"
        r"Convention\s+relative\s+aux\s+droits\s+de\s+l['’]enfant|"
        r"Convenci[óo]n\s+sobre\s+los\s+Derechos\s+del\s+Ni[ñn]o",
        "Convention on the Rights of the Child",
    ),
    (
        r"(?:International\s+)?Covenant\s+on\s+Civil\s+and\s+Political\s+Rights|Pacte\s+international\s+"
        r"relatif\s+aux\s+droits\s+civils\s+et\s+politiques|Pacto\s+Internacional\s+de\s+Derechos\s+"
        r"Civiles\s+y\s+Pol[íi]ticos",
        "International Covenant on Civil and Political Rights",
    ),
    (
        r"(?:International\s+)?Covenant\s+on\s+Econom\w*,\s+Social\s+and\s+Cultural\s+Rights|Pacte\s+"
        r"international\s+relatif\s+aux\s+droits\s+[ée]conomiques,\s+sociaux\s+et\s+culturels|Pacto\s+"
        r"Internacional\s+de\s+Derechos\s+Econ[óo]micos,\s+Sociales\s+y\s+Culturales",
        "International Covenant on Economic, Social and Cultural Rights",
    ),
    (
        r"Convention\s+on\s+International\s+Trade\s+in\s+Endangered\s+Species[\w\s,]{0,40}?Flora|"
        r"\bCITES\s+Convention|Convention\s+sur\s+le\s+commerce\s+international\s+des\s+esp[èe]ces\s+de\s+"
        r"faune\s+et\s+de\s+flore\s+sauvages|Convenci[óo]n\s+sobre\s+el\s+Comercio\s+Internacional\s+de\s+"
        r"Especies\s+Amenazadas",
        "CITES",
    ),
    (
        r"Convention\s+on\s+the\s+Conservation\s+of\s+Migratory\s+Species(?:\s+of\s+Wild\s+Animals)?"
        r"|Convention\s+sur\s+la\s+conservation\s+des\s+esp[èe]ces\s+migratrices(?:\s+appartenant\s+[àa]\s+la\s+"
        r"faune\s+sauvage)?|Convenci[óo]n\s+sobre\s+la\s+Conservaci[óo]n\s+de\s+las\s+Especies\s+Migratorias"
        r"(?:\s+de\s+Animales\s+Silvestres)?",
        "Convention on the Conservation of Migratory Species of Wild Animals",
    ),
    (
        r"Basel\s+Convention|Convention\s+de\s+B[âa]le|Convenio\s+de\s+Basilea|"
        r"Basel\s+Convention\s+on\s+the\s+Control\s+of\s+Transboundary\s+Movements\s+of\s+Hazardous"
        r"\s+Wastes(?:\s+and\s+their\s+Disposal)?",
        "Basel Convention",
    ),
    (
        r"Rotterdam\s+Convention|Convention\s+de\s+Rotterdam|Convenio\s+de\s+R[oó]tterdam",
        "Rotterdam Convention",
    ),
    (
        r"Stockholm\s+Convention(?:\s+on\s+Persistent\s+Organic\s+Pollutants)?|Convention\s+de\s+Stockholm|"
        r"Convenio\s+de\s+Estocolmo",
        "Stockholm Convention",
    ),
    (
        r"Minamata\s+Convention(?:\s+on\s+Mercury)?|Convention\s+de\s+Minamata|Convenio\s+de\s+Minamata",
        "Minamata Convention",
    ),
    (
        r"Montreal\s+Protocol(?:\s+on\s+Substances\s+that\s+Deplete\s+the\s+Ozone\s+Layer)?|"
        r"Protocole\s+de\s+Montr[ée]al|Protocolo\s+de\s+Montreal",
        "Montreal Protocol",
    ),
    (
        r"United\s+Nations\s+Convention\s+on\s+the\s+Law\s+of\s+the\s+Sea|\bUNCLOS\b|"
        r"Convention\s+des\s+Nations\s+Unies\s+sur\s+le\s+droit\s+de\s+la\s+mer|"
        r"Convenci[óo]n\s+de\s+las\s+Naciones\s+Unidas\s+sobre\s+el\s+Derecho\s+del\s+Mar",
        "United Nations Convention on the Law of the Sea",
    ),
    (
        r"International\s+Convention\s+for\s+the\s+Safety\s+of\s+Life\s+at\s+Sea(?:,?\s+1974)?|\bSOLAS\s+Convention"
        r"|Convention\s+internationale\s+(?:de\s+1974\s+)?pour\s+la\s+sauvegarde\s+de\s+la\s+vie\s+humaine\s+en\s+"
        r"mer|Convenio\s+Internacional\s+para\s+la\s+Seguridad\s+de\s+la\s+Vida\s+Humana\s+en\s+el\s+Mar",
        "International Convention for the Safety of Life at Sea, 1974",
    ),
    (
        r"(?:Anti-Personnel\s+)?Mine\s+Ban\s+Convention|Convention\s+on\s+the\s+Prohibition\s+of\s+the\s+Use,"
        r"\s+Stockpiling,\s+Production\s+and\s+Transfer\s+of\s+Anti-Personnel\s+Mines(?:\s+and\s+on\s+their"
        r"\s+Destruction)?|Ottawa\s+Convention"
        r"|Convention\s+sur\s+l['’]\s*interdiction\s+de\s+l['’]\s*emploi,\s+du\s+stockage,\s+de\s+la\s+production"
        r"\s+et\s+du\s+transfert\s+des\s+mines\s+antipersonnel(?:\s+et\s+sur\s+leur\s+destruction)?|"
        r"Convention\s+d['’]\s*Ottawa|Convenci[óo]n\s+sobre\s+la\s+[Pp]rohibici[óo]n\s+del\s+[Ee]mpleo,\s+"
        r"[Aa]lmacenamiento,\s+[Pp]roducci[óo]n\s+y\s+[Tt]ransferencia\s+de\s+[Mm]inas\s+[Aa]ntipersonal"
        r"(?:\s+y\s+sobre\s+su\s+[Dd]estrucci[óo]n)?|Convenci[óo]n\s+de\s+Ottawa",
        "Anti-Personnel Mine Ban Convention",
    ),
    (
        r"Convention\s+on\s+Cluster\s+Munitions|Convention\s+sur\s+les\s+armes\s+[àa]\s+sous-munitions"
        r"|Convenci[óo]n\s+sobre\s+(?:las\s+)?Municiones\s+en\s+Racimo",
        "Convention on Cluster Munitions",
    ),
    (
        r"Treaty\s+on\s+the\s+Non-Proliferation\s+of\s+Nuclear\s+Weapons|Non-Proliferation\s+Treaty|"
        r"\bNPT\b|Trait[ée]\s+sur\s+la\s+non-prolif[ée]ration"
        r"|Tratado\s+sobre\s+la\s+No\s+Proliferaci[óo]n\s+de\s+(?:las\s+)?Armas\s+Nucleares",
        "Treaty on the Non-Proliferation of Nuclear Weapons",
    ),
    (
        r"Arms\s+Trade\s+Treaty|Trait[ée]\s+sur\s+le\s+commerce\s+des\s+armes|Tratado\s+sobre\s+el\s+Comercio\s+de\s+Armas",
        "Arms Trade Treaty",
    ),
    (
        r"Chemical\s+Weapons\s+Convention|Convention\s+sur\s+les\s+armes\s+chimiques"
        r"|Convenci[óo]n\s+sobre\s+(?:la\s+Prohibici[óo]n\s+de\s+)?(?:las\s+)?Armas\s+Qu[íi]micas"
        # the full titles, commas their own: "… the Development, Production, Stockpiling and Use of
        # Chemical Weapons and on their Destruction", "… de la mise au point, de la fabrication, du
        # stockage et de l'emploi des armes chimiques …"
        r"|Convention\s+on\s+the\s+Prohibition\s+of\s+the\s+Development,\s+Production,\s+"
        r"Stockpiling\s+and\s+Use\s+of\s+Chemical\s+Weapons(?:\s+and\s+on\s+their\s+Destruction)?"
        r"|Convention\s+sur\s+l['’]\s*interdiction\s+de\s+la\s+mise\s+au\s+point,\s+de\s+la\s+"
        r"fabrication,\s+du\s+stockage\s+et\s+de\s+l['’]\s*emploi\s+des\s+armes\s+chimiques"
        r"(?:\s+et\s+sur\s+leur\s+destruction)?|Convenci[óo]n\s+sobre\s+la\s+[Pp]rohibici[óo]n\s+"
        r"del\s+[Dd]esarrollo,\s+la\s+[Pp]roducci[óo]n,\s+el\s+[Aa]lmacenamiento\s+y\s+el\s+[Ee]mpleo\s+"
        r"de\s+[Aa]rmas\s+[Qq]u[íi]micas(?:\s+y\s+sobre\s+su\s+[Dd]estrucci[óo]n)?",
        "Chemical Weapons Convention",
    ),
    (
        r"Sendai\s+Framework(?:\s+for\s+Disaster\s+Risk\s+Reduction)?(?:\s+2015\s*[-–]\s*2030)?|"
        r"Marco\s+de\s+Sendai(?:\s+para\s+la\s+Reducci[óo]n\s+del\s+Riesgo\s+de\s+Desastres)?"
        r"(?:\s+2015\s*[-–]\s*2030)?|Cadre\s+de\s+Sendai(?:\s+pour\s+la\s+r[ée]duction\s+des\s+"
        r"risques\s+de\s+catastrophe)?(?:\s+\(?2015\s*[-–]\s*2030\)?)?",
        "Sendai Framework for Disaster Risk Reduction",
    ),
    (
        r"Charter\s+of\s+Paris(?:\s+for\s+a\s+New\s+Europe)?|Charte\s+de\s+Paris"
        r"|Carta\s+de\s+Par[íi]s(?:\s+para\s+una\s+Nueva\s+Europa)?",
        "Charter of Paris for a New Europe",
    ),
    (
        r"Convention\s+on\s+the\s+Rights\s+of\s+Persons\s+with\s+Disabilities|Convention\s+relative\s+"
        r"aux\s+droits\s+des\s+personnes\s+handicap[ée]es|Convenci[óo]n\s+sobre\s+los\s+[Dd]erechos\s+"
        r"de\s+las\s+[Pp]ersonas\s+con\s+[Dd]iscapacidad",
        "Convention on the Rights of Persons with Disabilities",
    ),
    (
        r"Convention\s+on\s+the\s+Elimination\s+of\s+All\s+Forms\s+of\s+Discrimination\s+against\s+"
        r"Women|\bCEDAW\s+Convention"
        r"|Convention\s+sur\s+l['’]\s*[ée]limination\s+de\s+toutes\s+les\s+formes\s+de\s+discrimination\s+[àa]\s+"
        r"l['’]\s*[ée]gard\s+des\s+femmes|Convenci[óo]n\s+sobre\s+la\s+[Ee]liminaci[óo]n\s+de\s+[Tt]odas\s+las\s+"
        r"[Ff]ormas\s+de\s+[Dd]iscriminaci[óo]n\s+contra\s+la\s+[Mm]ujer",
        "Convention on the Elimination of All Forms of Discrimination against Women",
    ),
    (
        r"Convention\s+against\s+Torture(?:\s+and\s+Other\s+Cruel,\s+Inhuman\s+or\s+Degrading\s+"
        r"Treatment\s+or\s+Punishment)?|Convention\s+contre\s+la\s+torture(?:\s+et\s+autres\s+"
        r"peines\s+ou\s+traitements\s+cruels,\s+inhumains\s+ou\s+d[ée]gradants)?|"
        r"Convenci[óo]n\s+contra\s+la\s+[Tt]ortura(?:\s+y\s+[Oo]tros\s+[Tt]ratos\s+o\s+[Pp]enas\s+"
        r"[Cc]rueles,\s+[Ii]nhumanos\s+o\s+[Dd]egradantes)?",
        "Convention against Torture",
    ),
    (
        r"Rome\s+Statute(?:\s+of\s+the\s+International\s+Criminal\s+Court)?|Statut\s+de\s+Rome|"
        r"Estatuto\s+de\s+Roma",
        "Rome Statute of the International Criminal Court",
    ),
    # the full title holds commas and "and/or": "… Experiencing Serious Drought and/or
    # Desertification, Particularly in Africa"
    (
        r"(?:United\s+Nations\s+)?Convention\s+to\s+Combat\s+Desertification(?:\s+in\s+(?:those\s+)?"
        r"Countries\s+Experiencing\s+Serious\s+Drought\s+and/or\s+Desertification,?\s+"
        r"(?:Particularly|especially)\s+in\s+Africa)?|Convention\s+des\s+Nations\s+Unies\s+sur\s+la\s+"
        r"lutte\s+contre\s+la\s+d[ée]sertification(?:\s+dans\s+les\s+pays\s+gravement\s+touch[ée]s\s+"
        r"par\s+la\s+s[ée]cheresse\s+et/ou\s+la\s+d[ée]sertification,?\s+en\s+particulier\s+en\s+"
        r"Afrique)?|Convenci[óo]n\s+de\s+las\s+Naciones\s+Unidas\s+de\s+[Ll]ucha\s+contra\s+la\s+"
        r"[Dd]esertificaci[óo]n(?:\s+en\s+los\s+[Pp]a[íi]ses\s+[Aa]fectados\s+por\s+[Ss]equ[íi]a\s+"
        r"[Gg]rave\s+o\s+[Dd]esertificaci[óo]n,?\s+en\s+particular\s+en\s+[ÁA]frica)?",
        "United Nations Convention to Combat Desertification",
    ),
    # "… du patrimoine mondial, culturel et naturel": the comma is the title's
    (
        r"Convention\s+[Cc]oncerning\s+the\s+Protection\s+of\s+the\s+World\s+Cultural\s+and\s+"
        r"Natural\s+Heritage|World\s+Heritage\s+Convention|Convention\s+concernant\s+la\s+"
        r"protection\s+du\s+patrimoine\s+mondial,?\s+culturel\s+et\s+naturel|Convention\s+du\s+"
        r"patrimoine\s+mondial|Convenci[óo]n\s+(?:sobre|para)\s+la\s+[Pp]rotecci[óo]n\s+del\s+"
        r"[Pp]atrimonio\s+[Mm]undial,?\s+[Cc]ultural\s+y\s+[Nn]atural|Convenci[óo]n\s+del\s+"
        r"[Pp]atrimonio\s+[Mm]undial",
        "Convention Concerning the Protection of the World Cultural and Natural Heritage",
    ),
    # GATT named with its year (alone, "GATT" is the organization that wrote many letters)
    (
        r"\bGATT\s+1994\b|General\s+Agreement\s+on\s+Tariffs\s+and\s+Trade\s+1994|Accord\s+"
        r"g[ée]n[ée]ral\s+sur\s+les\s+tarifs\s+douaniers\s+et\s+le\s+commerce\s+de\s+1994|Acuerdo\s+"
        r"General\s+sobre\s+Aranceles\s+Aduaneros\s+y\s+Comercio\s+de\s+1994",
        "General Agreement on Tariffs and Trade 1994",
    ),
    # the African Union's: "AU Agenda 2063", "Agenda 2063: The Africa We Want", "l'Agenda 2063"
    (
        r"(?:(?:AU|African\s+Union|UA)\s+)?Agenda\s+2063(?:\s*:\s*The\s+Africa\s+We\s+Want)?",
        "Agenda 2063: The Africa We Want",
    ),
    # UNECE's, its full title an enumeration with commas: "… on Access to Information, Public
    # Participation in Decision-making and Access to Justice in Environmental Matters"
    (
        r"Aarhus\s+Convention|Convention\s+d['’]\s*Aarhus|Convenci[óo]n\s+de\s+Aarhus|Convention\s+on\s+"
        r"Access\s+to\s+Information,\s+Public\s+Participation\s+in\s+Decision-?making\s+and\s+Access\s+"
        r"to\s+Justice\s+in\s+Environmental\s+Matters|Convention\s+sur\s+l['’]\s*acc[èe]s\s+[àa]\s+"
        r"l['’]\s*information,\s+la\s+participation\s+du\s+public\s+au\s+processus\s+d[ée]cisionnel\s+"
        r"et\s+l['’]\s*acc[èe]s\s+[àa]\s+la\s+justice\s+en\s+mati[èe]re\s+d['’]\s*environnement",
        "Aarhus Convention",
    ),
    # capitalised, the text is named; "the agenda and rules of procedure for the meeting" is
    # any meeting's
    (r"(?-i:R)ules\s+of\s+(?-i:P)rocedure|R[èe]glement\s+int[ée]rieur", "rules of procedure"),
]
# Single words, lower-cased, one of which every way of writing an entry holds: an entry's
# pattern runs only over a letter that has one of them (a substring test costs far less).
CUE_WORDS = {
    "Charter of the United Nations": ("charter", "charte", "carta"),
    "OAS Charter": ("charter", "carta", "charte"),
    "Inter-American Democratic Charter": (
        "democratic",
        "democrática",
        "democratica",
        "démocratique",
    ),
    "Constitutive Act of the African Union": ("constitutive", "constitutif", "constitutiva"),
    "African Charter on Human and Peoples' Rights": ("african", "africaine", "africana"),
    "United Nations Convention against Corruption": ("corrup", "uncac"),
    "European Convention on Human Rights": ("human rights", "droits de l", "derechos humanos"),
    "International Convention on the Elimination of All Forms of Racial Discrimination": (
        "racial",
    ),
    "Convention relating to the Status of Refugees": ("refugee", "réfugié", "refugiados"),
    "Protocol relating to the Status of Refugees": ("refugee", "réfugié", "refugiados", "1967"),
    "Beijing Declaration and Platform for Action": ("beijing",),
    "Vienna Declaration and Programme of Action": ("vienna", "vienne", "viena"),
    "Addis Ababa Action Agenda": ("addis",),
    "Joint Comprehensive Plan of Action": ("comprehensive", "jcpoa", "global commun", "integral"),
    "International Health Regulations (2005)": ("health", "sanitaire", "sanitario"),
    "Kigali Amendment to the Montreal Protocol": ("kigali",),
    "Geneva Conventions of 12 August 1949": ("geneva conventions", "genève", "geneve", "ginebra"),
    "Biological Weapons Convention": ("biolog", "bwc"),
    "Convention on Wetlands (Ramsar, Iran, 1971)": ("wetlands", "ramsar", "humed", "humides"),
    "Convention on Biological Diversity": ("biolog",),
    "Kunming-Montreal Global Biodiversity Framework": (
        "kunming",
        "biodiversity framework",
        "mundial de",
        "cadre mondial",
    ),
    "WHO Framework Convention on Tobacco Control": (
        "tobacco",
        "fctc",
        "antitabac",
        "tabaco",
        "cclat",
        "cmct",
    ),
    "Nagoya Protocol": ("nagoya",),
    "Cartagena Protocol": ("cartagena",),
    "Kyoto Protocol": ("kyoto",),
    "Paris Agreement": ("paris", "parís"),
    "United Nations Framework Convention on Climate Change": ("clim", "unfccc"),
    "Vienna Convention on Diplomatic Relations": ("vienna", "vienne", "viena"),
    "Vienna Convention on Consular Relations": ("vienna", "vienne", "viena"),
    "Vienna Convention on the Law of Treaties": ("vienna", "vienne", "viena"),
    "Helsinki Final Act": ("helsinki",),
    "2030 Agenda for Sustainable Development": ("2030",),
    "Universal Declaration of Human Rights": ("universal", "universelle"),
    "Convention on the Rights of the Child": ("child", "enfant", "niño", "nino"),
    "International Covenant on Civil and Political Rights": ("covenant", "pacte", "pacto"),
    "International Covenant on Economic, Social and Cultural Rights": (
        "covenant",
        "pacte",
        "pacto",
    ),
    "CITES": ("endangered", "cites", "faune", "amenazadas"),
    "Convention on the Conservation of Migratory Species of Wild Animals": (
        "migratory",
        "migratri",
        "migratorias",
    ),
    "Basel Convention": ("basel", "bâle", "bale", "basilea"),
    "Rotterdam Convention": ("rotterdam", "rótterdam"),
    "Stockholm Convention": ("stockholm", "estocolmo"),
    "Minamata Convention": ("minamata",),
    "Montreal Protocol": ("montreal", "montréal"),
    "United Nations Convention on the Law of the Sea": ("sea", "mer", "mar", "unclos"),
    "International Convention for the Safety of Life at Sea, 1974": (
        "solas",
        "safety",
        "sauvegarde",
        "seguridad",
    ),
    "Anti-Personnel Mine Ban Convention": ("mine", "minas", "ottawa"),
    "Convention on Cluster Munitions": ("cluster", "sous-munitions", "racimo"),
    "Treaty on the Non-Proliferation of Nuclear Weapons": ("prolif", "npt"),
    "Arms Trade Treaty": ("arms", "armes", "armas"),
    "Chemical Weapons Convention": ("chemical", "chimiques", "químicas", "quimicas"),
    "Sendai Framework for Disaster Risk Reduction": ("sendai",),
    "Charter of Paris for a New Europe": ("charter", "charte", "parís", "paris"),
    "Convention on the Rights of Persons with Disabilities": (
        "disabilit",
        "handicap",
        "discapacidad",
    ),
    "Convention on the Elimination of All Forms of Discrimination against Women": (
        "women",
        "cedaw",
        "femmes",
        "mujer",
    ),
    "Convention against Torture": ("tortur",),
    "Rome Statute of the International Criminal Court": ("rome", "roma"),
    "Protocol Additional to the Geneva Conventions (Protocol I)": ("protocol", "protocolo"),
    "Protocol Additional to the Geneva Conventions (Protocol II)": ("protocol", "protocolo"),
    "Protocol Additional to the Geneva Conventions (Protocol III)": ("protocol", "protocolo"),
    "United Nations Convention to Combat Desertification": ("desertif", "désertif"),
    "Convention Concerning the Protection of the World Cultural and Natural Heritage": (
        "heritage",
        "patrimoine",
        "patrimonio",
    ),
    "General Agreement on Tariffs and Trade 1994": ("1994",),
    "Agenda 2063: The Africa We Want": ("2063",),
    "Aarhus Convention": ("aarhus", "access to information", "accès à l", "acces a l"),
    "rules of procedure": ("procedure", "glement"),
}
