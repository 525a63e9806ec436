#!/usr/bin/env bash
# Operating-system packages Plenipo uses beyond Python: Pango for WeasyPrint (PDF), Chromium
# for the end-to-end tests, Poppler and Tesseract (English, French, Spanish) to read scans. Installs them on Debian/Ubuntu when run as root;
# otherwise says what is missing. The rest of the project works without them.
set -euo pipefail
packages=(chromium libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core poppler-utils
  tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages present."
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]}…"
  apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "Could not install ${missing[*]}: PDF output, OCR and the browser tests will be skipped." >&2
else
  echo "Missing system packages: ${missing[*]} (install them with apt-get as root)." >&2
  echo "PDF output, OCR and the browser tests are skipped without them." >&2
fi
