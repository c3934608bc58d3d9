#!/usr/bin/env bash
# Packs Treffpunkt.app (from PyInstaller's BUNDLE step) into a compressed DMG with an
# /Applications link. macOS only: hdiutil has no Linux counterpart. Called by
# `packaging/release.py build`, which then codesigns and notarizes when the keys are set.
# Usage: build-dmg.sh DIST/Treffpunkt.app VERSION OUT.dmg
set -euo pipefail
app="$1"; version="$2"; out="$3"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$out"
hdiutil create -volname "Treffpunkt $version" -srcfolder "$stage" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 "$out"
hdiutil verify "$out"
