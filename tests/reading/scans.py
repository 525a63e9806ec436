"""Made-up letters printed to an image or to a PDF without a text layer, as a scanner would
give them, for the tests that read scans through Tesseract."""

import io
import os
import shutil
from pathlib import Path

import pytest

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
# CI installs Tesseract (scripts/system-deps.sh) and sets PLENIPO_REQUIRE_OCR: there a missing
# Tesseract fails these tests instead of skipping them.
needs_tesseract = pytest.mark.skipif(
    not (shutil.which("tesseract") and shutil.which("pdftoppm") and FONT.exists())
    and not os.environ.get("PLENIPO_REQUIRE_OCR"),
    reason="needs Tesseract, Poppler and the DejaVu fonts (make system-deps)",
)


# Made-up letters in the three languages whose Tesseract data CI installs.
NOTE = """Permanent Mission of Norland
to the United Nations Office at Geneva
Ref.: NV/2025/117
Geneva, 12 March 2025
The Permanent Mission of Norland presents its compliments to the
Secretariat of the Working Group and has the honour to inform it that
the delegation will attend the fourth session, to be held on 14 April 2025
at 10 a.m. in Conference Room XVII of the Palais des Nations.
The Mission kindly requests the Secretariat to confirm the registration
of the delegation by 31 March 2025.
The Permanent Mission of Norland avails itself of this opportunity to
renew to the Secretariat the assurances of its highest consideration."""

LETTRE = """Genève, le 3 février 2025
Monsieur le Secrétaire exécutif,
J'ai l'honneur de vous informer que la réunion du Comité se tiendra
le 5 mars 2025 à Genève. Je vous prie de bien vouloir désigner un
représentant avant le 20 février 2025.
Veuillez agréer, Monsieur le Secrétaire exécutif, l'assurance de ma
haute considération.
Hélène Dupré
Présidente du Comité"""

CARTA = """Ciudad de México, 7 de mayo de 2025
Señora Secretaria:
Tengo el honor de dirigirme a usted para informarle que la reunión
del Grupo de Trabajo tendrá lugar el 9 de junio de 2025 en Viena.
Le ruego que confirme la participación de su delegación antes del
30 de mayo de 2025.
Aprovecho la oportunidad para reiterarle las seguridades de mi
consideración.
José Ángel Núñez
Director General"""


def printed_page(text: str):
    """An A4 page at 150 dots per inch with ``text`` printed on it, line by line."""
    from PIL import Image, ImageDraw, ImageFont  # noqa: PLC0415 -- tests of scans only

    page = Image.new("L", (1240, 1754), color=255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 26)
    y = 120
    for line in text.splitlines():
        draw.text((110, y), line, font=font, fill=0)
        y += 40
    return page


def scanned_png(text: str) -> bytes:
    buffer = io.BytesIO()
    printed_page(text).save(buffer, format="PNG")
    return buffer.getvalue()


def scanned_pdf(*pages: str) -> bytes:
    """A PDF of page images only: no text layer, as a scanner makes it."""
    images = [printed_page(text) for text in pages]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", resolution=150, save_all=True, append_images=images[1:])
    return buffer.getvalue()
