"""One hash per corpus letter of what the reader reads from it, to show that a change
(one meant to make the reader faster, say) leaves every reading as it was.

Prints "NAME HASH" for every tests/corpus/*.txt (or the folder given): the SHA-256 of
``read_text(text).to_json()`` dumped with sorted keys. Only hashes are printed, never a
letter's text or reading, so the test part's letters can be compared without being seen.

    python scripts/reading_fingerprint.py > /tmp/before.txt
    ... change the reader ...
    python scripts/reading_fingerprint.py | diff /tmp/before.txt - && echo unchanged
"""

import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading import read_text  # noqa: E402


def fingerprint(text: str) -> str:
    reading = json.dumps(read_text(text).to_json(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(reading.encode("utf-8")).hexdigest()


def main(folder: Path) -> int:
    for path in sorted(folder.glob("*.txt")):
        print(path.stem, fingerprint(path.read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "corpus"))
