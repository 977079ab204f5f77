#!/usr/bin/env bash
# Makes the app icon's sizes from assets/icon/lineup.svg: PNGs (window icons, Linux installers),
# lineup.ico (Windows installer and launcher) and lineup.icns (macOS). The results are committed, so
# building an installer needs none of these tools; run this again after changing the SVG.
# Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")/../../assets/icon"
for t in rsvg-convert icotool png2icns; do
  command -v "$t" >/dev/null || { echo "make-icons: $t is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" lineup.svg -o "lineup-$s.png"
done
icotool -c -o lineup.ico lineup-16.png lineup-24.png lineup-32.png lineup-48.png lineup-64.png lineup-128.png -r lineup-256.png
png2icns lineup.icns lineup-16.png lineup-32.png lineup-128.png lineup-256.png lineup-512.png lineup-1024.png >/dev/null
# The Linux installers take one PNG; 256 px looks sharp in menus and docks.
cp lineup-256.png lineup.png
ls -l lineup.ico lineup.icns lineup.png >&2
