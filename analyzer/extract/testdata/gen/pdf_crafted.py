#!/usr/bin/env python3
"""Writes damaged and crafted PDFs into OUTDIR (see gen/pdf.sh). Hand-written
files are built object by object so that their xref offsets are right and
only the intended defect is present. Usage: pdf_crafted.py OUTDIR"""
import os
import subprocess
import sys
import zlib

out = sys.argv[1]


def pdf(objects, root=1, trailer_extra=b"", prev_self=False):
    """objects: list of bytes bodies, numbered from 1."""
    buf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objects, 1):
        offs.append(len(buf))
        buf += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(buf)
    buf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offs:
        buf += b"%010d 00000 n \n" % o
    extra = trailer_extra + (b" /Prev %d" % xref if prev_self else b"")
    buf += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, root, extra, xref)
    return bytes(buf)


def stream(data, extra=b""):
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def text_page(parent, content, font=3):
    return b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (parent, font, content)


HELV = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def content(*lines):
    ops = [b"BT /F1 12 Tf 72 760 Td 14 TL"]
    for l in lines:
        ops.append(b"(" + l + b") Tj T*")
    ops.append(b"ET")
    return stream(b"\n".join(ops))


def write(name, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)


# A small valid two-page file: the base for damaged variants.
simple = pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R 6 0 R] /Count 2 >>",
    HELV,
    text_page(2, 5),
    content(b"Rekisterinpitaja on Esimerkin kunta.", b"Tietoja sailytetaan kaksi vuotta."),
    text_page(2, 7),
    content(b"Toisen sivun lause on tassa."),
])
write("crafted-simple.pdf", simple)

# The page tree lists its own root as a kid.
write("crafted-selfref.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
]))

# Two /Pages nodes that are each other's kid.
write("crafted-cycle.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>",
]))

# /Count claims two billion pages; there is one.
write("crafted-hugecount.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 2147483647 >>",
    HELV,
    text_page(2, 5),
    content(b"Vain yksi sivu."),
]))

# 200 /Pages nodes nested in each other, the page at the bottom.
depth = 200
objs = [b"<< /Type /Catalog /Pages 2 0 R >>"]
for i in range(depth):
    objs.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (i + 3))
n = len(objs)
objs.append(text_page(n, n + 3, font=n + 2))
objs.append(HELV)
objs.append(content(b"Syvalla oleva sivu."))
write("crafted-deep.pdf", pdf(objs))

# An array nested 5000 deep: the library parses it recursively.
write("crafted-nested.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R /Junk " + b"[" * 5000 + b"]" * 5000 + b" >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    HELV,
    text_page(2, 5),
    content(b"Sisakkaiset taulukot."),
]))

# The trailer's /Prev points at its own xref section.
write("crafted-xrefloop.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    HELV,
    text_page(2, 5),
    content(b"Silmukka."),
], prev_self=True))

# A content stream that inflates to 1 GiB of spaces: deflated twice it is a
# few kilobytes.
once = zlib.compress(b" " * (1 << 20), 9)
bomb = zlib.compressobj(9)
inner = b"".join([bomb.compress(b" " * (1 << 20)) for _ in range(1024)]) + bomb.flush()
twice = zlib.compress(inner, 9)
write("crafted-bomb.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    HELV,
    text_page(2, 5),
    stream(twice, b" /Filter [/FlateDecode /FlateDecode]"),
]))

# No text: an empty page and a page with only an image.
img = zlib.compress(bytes(range(256)) * 4)
write("crafted-notext.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 6 0 R >> >> /Contents 5 0 R >>",
    stream(b"q 200 0 0 200 100 500 cm /Im1 Do Q"),
    stream(img, b" /Type /XObject /Subtype /Image /Width 32 /Height 32 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode"),
]))

# Words apart only by positioning (Td moves, TJ offsets, word spacing): the
# library's plain text glues them ("selosteLaatimispäivä"). Helvetica gets
# a uniform /Widths so that the geometry is exact.
HELV_W = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding"
          b" /FirstChar 32 /LastChar 255 /Widths [" + b" ".join([b"556"] * 224) + b"] >>")
write("crafted-positioned.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    HELV_W,
    text_page(2, 5),
    stream(b"\n".join([
        b"BT /F1 12 Tf 72 760 Td (Tietosuojaseloste) Tj 130 0 Td (Laatimisp\344iv\344) Tj ET",
        b"BT /F1 12 Tf 72 740 Td [(Rekisterinpit\344j\344) -3000 (Esimerkin) -250 (kunta)] TJ ET",
        b"BT /F1 12 Tf 72 720 Td [(Tie) 50 (tosuoja) 30 (lain)] TJ ET",
        b"BT /F1 12 Tf 4 Tw 72 700 Td (Oikeus tarkastaa) Tj ET",
        b"BT /F1 12 Tf 1 0 0 1 72 680 Tm (Yksi) Tj 1 0 0 1 120 680 Tm (kaksi) Tj ET",
    ])),
]))

# A form: short labels on the left, long values that wrap on the right.
# It must be read row by row, not as two columns.
rows = [(b"Rekisterinpit\344j\344", [b"Esimerkin kunta, Kuntakatu 1, 00100 Kunta", b"kirjaamo@esimerkki.fi"]),
        (b"Yhteyshenkil\366", [b"Maija Meik\344l\344inen, rekisterisihteeri", b"puhelin 040 123 4567"]),
        (b"Rekisterin nimi", [b"Asiakasrekisteri"]),
        (b"Tarkoitus", [b"Asiakassuhteen hoitaminen ja laskutus sek\344", b"palvelujen kehitt\344minen"]),
        (b"Oikeusperuste", [b"Sopimus ja rekisterinpit\344j\344n lakis\344\344teinen", b"velvoite"]),
        (b"Tietol\344hteet", [b"Rekister\366ity itse ja v\344est\366tietoj\344rjestelm\344"]),
        (b"S\344ilytysaika", [b"Kuusi vuotta asiakkuuden p\344\344ttymisest\344"])]
ops, y = [b"BT /F1 10 Tf"], 760
for label, values in rows:
    ops.append(b"1 0 0 1 72 %d Tm (%s) Tj" % (y, label))
    for v in values:
        ops.append(b"1 0 0 1 200 %d Tm (%s) Tj" % (y, v))
        y -= 13
    y -= 8
ops.append(b"ET")
write("crafted-form.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
    HELV_W,
    text_page(2, 5),
    stream(b"\n".join(ops)),
]))

# Damaged copies of the simple file and of a LibreOffice rendering.
lo = open(os.path.join(out, "000-kokkola-ceepos.lo.pdf"), "rb").read()
write("damaged-truncated.pdf", lo[: len(lo) // 2])
write("damaged-junkheader.pdf", b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + simple)
x = simple.rindex(b"\nxref\n") + 1
write("damaged-xref.pdf", simple[: x + 5] + b"0 9\nthis is not a cross-reference table\n" + simple[simple.index(b"trailer", x):])
# Every xref offset 3 bytes off: objects are found at the wrong place.
head, tail = simple[:x], simple[x:]
lines = tail.split(b"\n")
lines = [b"%010d 00000 n " % (int(l[:10]) + 3) if l.endswith(b" n ") else l for l in lines]
write("damaged-offsets.pdf", head + b"\n".join(lines))
# Line ends converted to CR LF in transit: every offset after the first
# line is off, and stream lengths no longer match.
write("damaged-crlf.pdf", simple.replace(b"\n", b"\r\n"))
# Noise after a valid header and before a valid end.
noise = bytes((i * 7919 + 13) % 251 for i in range(4096))
write("damaged-garbage.pdf", b"%PDF-1.4\n" + noise + b"\nstartxref\n100\n%%EOF\n")


def qpdf(src, dst, *args):
    subprocess.run(["qpdf", *args, "--", os.path.join(out, src), os.path.join(out, dst)], check=True)


qpdf("000-kokkola-ceepos.lo.pdf", "encrypted-empty-aes128.pdf", "--encrypt", "", "owner", "128", "--use-aes=y")
qpdf("crafted-simple.pdf", "encrypted-empty-rc4.pdf", "--allow-weak-crypto", "--encrypt", "", "owner", "128", "--use-aes=n")
qpdf("crafted-simple.pdf", "encrypted-empty-aes256.pdf", "--encrypt", "", "owner", "256")
qpdf("crafted-simple.pdf", "encrypted-user-aes256.pdf", "--encrypt", "user", "owner", "256")
qpdf("crafted-simple.pdf", "encrypted-user-rc4.pdf", "--allow-weak-crypto", "--encrypt", "user", "owner", "128", "--use-aes=n")
