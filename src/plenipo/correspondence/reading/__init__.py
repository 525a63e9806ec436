"""Reading a received letter into structured facts. Pure Python (no Django).

``read_text(text)`` returns the schema of docs/reading.md; ``extract.read_bytes`` turns a
file (text, PDF, DOCX, e-mail, scan) into text first.
"""

from plenipo.correspondence.reading.parse import read_text

__all__ = ["read_text"]
