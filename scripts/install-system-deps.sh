#!/usr/bin/env bash
# Installs the Debian packages the client tests need: LibreOffice (opens the XLSX and CSV as Calc
# would), qpdf (checks the PDF's structure), poppler-utils (pdftotext, pdftoppm) and Chromium (the
# download page's browser test, driven by playwright-core).
# Idempotent: installs only what is missing. Needs root (CI and the dev machines run as root).
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -eq 0 ]; then
  echo "system deps: all present"
  exit 0
fi
echo "system deps: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "system deps: installed ${need[*]}"
