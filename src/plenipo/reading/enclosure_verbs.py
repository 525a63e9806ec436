"""More ways of sending an item with the letter than `enclosures.ENCLOSE` reads, in the
words of senders of every kind, in English, French and Spanish: alternatives of a pattern
that `enclosures` compiles with the same tail (the item after them). Pure."""

# More ways of sending an item with the letter, in the words of senders of every kind
ENCLOSE_MORE = (
    # "Herewith I send you …", "You will find attached …", "Find attached …"
    r"|\bherewith\s+(?:I|we)\s+(?:send|transmit|enclose|forward|submit)(?:\s+(?:to\s+)?you)?"
    # "I herewith send you …", "The Secretariat herewith e-mails to all members …", "hereby
    # forwards …"
    r"|\b(?:I|we)\s+here(?:with|by)\s+(?:send|forward|submit|circulate|e-?mail)(?:\s+(?:to\s+)?you)?"
    r"|\bhere(?:with|by)\s+(?:sends|forwards|submits|circulates|e-?mails)"
    r"|\bfind\s+(?:attached|enclosed|herewith|hereto)\b"
    # "Also attached is …", "Accompanying this letter is …", "Included with this note are …"
    r"|\balso\s+(?:attached|enclosed|annexed)\s+(?:herewith\s+|hereto\s+)?(?:is|are)\b"
    r"|\b(?:accompanying|included\s+with)\s+(?:this|the\s+present)\s+(?:letter|note|"
    r"communication|message)\s+(?:is|are)\b"
    # "I also attach …", "We have attached …", "I am sending you herewith …", "I have pleasure
    # in enclosing …", "is pleased to share herewith …"
    r"|\b(?:I|we)\s+(?:also\s+(?:enclose|attach|transmit)(?![a-z])|have\s+(?:also\s+)?"
    r"(?:attached|enclosed|annexed)|(?:am|are)\s+(?:sending|forwarding|transmitting|submitting)"
    r"(?:\s+(?:to\s+)?you)?\s+herewith)"
    r"|\bpleasure\s+in\s+(?:enclosing|attaching|transmitting|forwarding)(?:\s+herewith)?"
    r"|\bshare\s+herewith"
    # "Vous trouverez, ci-joint, …", "trouver en pièce jointe", "Je joins à la présente …",
    # "faire tenir sous ce pli …"
    # the third person of a mission or a secretariat too: "Le Secrétariat transmet ci-joint …"
    r"|\b(?:trouver(?:ez)?|parvenir|adress(?:e|er|ons|ent)|transmet(?:s|tre|tons|tent)?|"
    r"envo(?:ie|yer|yons|ient)|communiqu(?:er|e|ent)|remettre|tenir)\s*,?\s*(?:ci-joint|ci-annex[ée]|ci-inclus|en\s+annexe|en\s+pi[èe]ces?\s+"
    r"jointes?|sous\s+ce\s+pli|joint(?=e?s?\s+[àa]\s+(?:ce|cette|la))|sous\s+pli\s+s[ée]par[ée])e?s?"
    r"(?:\s+[àa]\s+(?:ce\s+courrier|cette\s+lettre|la\s+pr[ée]sente(?:\s+(?:lettre|note))?))?\s*,?"
    r"|\b(?:je|nous)\s+(?:vous\s+)?(?:joins|joignons)(?:\s+[àa]\s+(?:la\s+pr[ée]sente(?:\s+"
    r"(?:lettre|note))?|ce\s+courrier|cette\s+lettre)\s*,?)?"
    r"|\bsous\s+ce\s+pli\b\s*,?"
    # "Acompaño a la presente …", "Remito anexo …", "le hago llegar …", "hacerle llegar …",
    # "Anexo encontrará …"
    r"|\bacompañ(?:o|amos)(?:\s+a\s+la\s+presente(?:\s+(?:carta|nota))?\s*,?|"
    r"(?=\s+(?:el|la|los|las|copia|un|una)\s))"
    r"|\b(?:remit[eo]n?|remitimos|env[íi][aoó]n?|enviamos|transmit[eo]n?|transmitimos)\s+"
    r"(?:adjunt|anex)[oa]s?"
    r"|\b(?:(?:le|les)\s+(?:hago|hacemos)|hacerles?)\s+llegar(?:\s*,?\s*(?:adjunt|anex)[oa]s?\s*,?)?"
    r"|\b(?:adjunto|anexo)\s+(?:s[íi]rvase\s+)?encontrar(?:[áa]n?)?"
    # the sender's own act in the infinitive: "tiene el honor de adjuntar a la presente
    # comunicación …", "se complace en anexar …", "me permito acompañarle …", "a l'honneur de
    # joindre à la présente note …" (not one asked of the reader: "le pedimos adjuntar …")
    r"|\b(?:(?:honor|honneur|plaisir|gusto|agrado)\s+(?:de|en)\s+|complac(?:e|emos)\s+(?:en\s+)?|"
    r"(?:me|nos)\s+permit(?:o|imos)\s+)(?:adjuntar|anexar|joindre|acompañar"
    # one accompanies a person too: "acompañar a Su Excelencia en la visita"
    r"(?=(?:le|les)?\s+(?:a\s+la\s+presente|copia|el|la|los|las|un|una)\b))(?:le|les)?"
    r"(?:\s+(?:a\s+la\s+presente|[àa]\s+la\s+pr[ée]sente)(?:\s+(?:nota|carta|comunicaci[óo]n|"
    r"note|lettre|communication))?)?"
)
