#!/bin/sh
# Regenerates the HTML and DOCX renderings of the seed notices under
# analyzer/extract/testdata: seeds/*.txt (copies), html/*.utf8.html and
# html/*.cp1252.html (pages with site chrome around the notice), and
# docx/*.docx (LibreOffice's conversion of the bare notice HTML).
#
#   analyzer/extract/testdata/gen/gen.sh [seed folder]
#
# Needs Go and LibreOffice (soffice).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
td=$(dirname "$here")
seeds=${1:-/work/shared/seeds/notices}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$here" && go run ./render -seeds "$seeds" -out "$td" -bare "$tmp")
mkdir -p "$td/docx"
soffice --headless -env:UserInstallation="file://$tmp/profile" \
	--convert-to 'docx:MS Word 2007 XML' --outdir "$td/docx" "$tmp"/*.html
