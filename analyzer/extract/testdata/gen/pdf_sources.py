#!/usr/bin/env python3
"""Writes the sources that gen/pdf.sh renders to PDF, one seed notice at a
time: groff -ms (one or two columns) and flat ODTs for LibreOffice (two
columns with headings; a bordered table). Usage: pdf_sources.py SEED.txt OUTDIR"""
import html
import os
import sys

seed, out = sys.argv[1], sys.argv[2]
name = os.path.splitext(os.path.basename(seed))[0]
paras = [l.strip() for l in open(seed, encoding="utf-8").read().split("\n")]
paras = [p.replace("\u00a0", " ") for p in paras if p]


def groff(columns):
    # Times with ligatures, English hyphenation patterns on Finnish text and
    # a narrow measure: many lines end in a hyphenated word.
    lines = [".nr PS 11p", ".nr VS 13p", ".nr HY 4", ".nr LL 5.5i" if columns == 1 else ".nr LL 6.5i"]
    if columns == 2:
        lines.append(".2C")
    for p in paras:
        p = p.replace("\\", "\\e").replace("\t", " ")
        if p[0] in ".'":
            p = "\\&" + p
        lines += [".PP", p]
    suffix = "groff" if columns == 1 else "groff2c"
    with open(os.path.join(out, f"{name}.{suffix}.ms"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def fodt():
    body = []
    for p in paras:
        short = len(p) < 70 and not p.endswith((".", ":", ",")) and not p.startswith("-")
        style = "H" if short else "P"
        body.append(f'<text:p text:style-name="{style}">{html.escape(p).replace(chr(9), "<text:tab/>")}</text:p>')
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:font-family="'Liberation Serif'" fo:font-size="10pt" fo:language="fi" fo:country="FI"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:page-layout-properties></style:page-layout>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="justify"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="12pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""
    with open(os.path.join(out, f"{name}.lo2c.fodt"), "w", encoding="utf-8") as f:
        f.write(doc)


def table():
    # The old Finnish register-notice template: a bordered two-column table,
    # headings on the left in a narrow column where they wrap.
    cell = '<table:table-cell table:style-name="C" office:value-type="string"><text:p text:style-name="P">{}</text:p></table:table-cell>'
    body, rows = [], []

    def flush():
        if rows:
            body.append('<table:table table:name="T{}" table:style-name="T"><table:table-column table:style-name="A"/><table:table-column table:style-name="B"/>'.format(len(body)))
            body.extend("<table:table-row>" + cell.format(html.escape(l)) + cell.format(html.escape(r)) + "</table:table-row>" for l, r in rows)
            body.append("</table:table>")
            rows.clear()

    for p in paras:
        if "\t" in p:
            l, _, r = p.partition("\t")
            rows.append((l, r.replace("\t", " ")))
        else:
            flush()
            body.append(f'<text:p text:style-name="P">{html.escape(p)}</text:p>')
    flush()
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:font-family="'Liberation Sans'" fo:font-size="10pt" fo:language="fi" fo:country="FI"/></style:default-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="A" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
<style:style style:name="B" style:family="table-column"><style:table-column-properties style:column-width="12.5cm"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(body)}
</office:text></office:body></office:document>
"""
    with open(os.path.join(out, f"{name}.lotable.fodt"), "w", encoding="utf-8") as f:
        f.write(doc)


groff(1)
groff(2)
fodt()
table()
with open(os.path.join(out, f"{name}.cairo.txt"), "w", encoding="utf-8") as f:
    f.write("\n\n".join(paras) + "\n")
