#!/bin/sh
# Regenerates the PDF fixtures of analyzer/extract/testdata/pdf from the seed
# notices in corpus/notices. Needs python3, libreoffice-writer-nogui, groff,
# ghostscript, qpdf and pango1.0-tools (pango-view writes PDF through cairo).
# Producers: lo (LibreOffice from the .txt), lo2c (LibreOffice, two columns,
# headings), lotable (LibreOffice, a ruled two-column table), groff (gropdf:
# Times ligatures, hyphenation), groff2c (two columns), gs (groff -Tps |
# ps2pdf, i.e. Ghostscript), cairo (pango-view).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$here/../pdf
corpus=$here/../../../../corpus/notices
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/src"
lo() { soffice -env:UserInstallation=file://$tmp/profile --headless "$@" >/dev/null 2>&1; }

for seed in "$corpus"/00[0-4]-*.txt; do
	n=$(basename "$seed" .txt)
	cp "$seed" "$out/src/$n.txt"
	python3 "$here/pdf_sources.py" "$seed" "$tmp"
	cp "$seed" "$tmp/$n.lo.txt"
	lo --infilter="Text (encoded):UTF8" --convert-to pdf --outdir "$tmp" "$tmp/$n.lo.txt"
	mv "$tmp/$n.lo.pdf" "$out/$n.lo.pdf"
	groff -k -ms -Tpdf "$tmp/$n.groff.ms" 2>/dev/null >"$out/$n.groff.pdf"
	groff -k -ms -Tps "$tmp/$n.groff.ms" 2>/dev/null | ps2pdf - "$out/$n.gs.pdf"
	pango-view -q --font="DejaVu Serif 10" --width=480 --wrap=word --margin=40 \
		-o "$out/$n.cairo.pdf" "$tmp/$n.cairo.txt"
done
# Two columns: one rendering per producer is enough.
groff -k -ms -Tpdf "$tmp/003-nokopa-asiakasrekisteri.groff2c.ms" 2>/dev/null >"$out/003-nokopa-asiakasrekisteri.groff2c.pdf"
lo --convert-to pdf --outdir "$tmp" "$tmp/002-rautavaara-asiakasrekisteri.lo2c.fodt"
mv "$tmp/002-rautavaara-asiakasrekisteri.lo2c.pdf" "$out/"
# The two seeds that come from a two-column table, as a ruled table.
for n in 002-rautavaara-asiakasrekisteri 003-nokopa-asiakasrekisteri; do
	lo --convert-to pdf --outdir "$tmp" "$tmp/$n.lotable.fodt"
	mv "$tmp/$n.lotable.pdf" "$out/"
done

python3 "$here/pdf_crafted.py" "$out"
ls -l "$out"
