#!/usr/bin/env bash
# Installs the Debian packages the build, the app and its end-to-end tests need, only when missing.
set -euo pipefail
PKGS=(libwebkit2gtk-4.1-dev build-essential pkg-config   # build of the Tauri shell
      libssl-dev                                         # SQLCipher (encryption at rest) links libcrypto
      xvfb xauth webkit2gtk-driver                       # headless run + end-to-end tests
      fonts-dejavu-core poppler-utils)                   # PDF checks (pdftotext, pdffonts, pdftoppm)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Memasang paket sistem: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
