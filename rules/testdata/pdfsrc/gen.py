#!/usr/bin/env python3
"""Builds the flat-ODT (.fodt) sources of the PDF fixtures from notices.py.

Each notice is a list of blocks: ("h1", text), ("h2", text), ("p", text),
("ul", [items]), ("table", [(label, value), ...]) and ("break",) for a page
break. Page options: header, footer (page number is appended), columns,
hyphenate. Run: python3 gen.py && soffice --headless --convert-to pdf *.fodt
"""
import html, sys
from notices import NOTICES

def esc(s):
    s = html.escape(s, quote=False)
    return s.replace("\n", "<text:line-break/>")

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{title}</dc:title></office:meta>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="{size}" fo:language="{lang}" fo:country="{country}" fo:hyphenate="{hyph}" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:text-align="{align}"/></style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="{keep}"/><style:text-properties fo:font-weight="bold" fo:hyphenate="false"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text"><style:text-properties fo:font-size="17pt"/></style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text"><style:text-properties fo:font-size="12.5pt"/></style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"><style:text-properties fo:font-size="10pt"/></style:style>
 <style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="Text_20_body" style:list-style-name="LB"/>
 <text:list-style style:name="LB">
  <text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.5cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm">{columns}</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.5cm" fo:border-bottom="0.5pt solid #999999"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.5cm" fo:border-top="0.5pt solid #999999"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:break-before="page"/></style:style>
 <style:style style:name="T1" style:family="table"><style:table-properties style:width="16.6cm" table:align="margins" fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="T1.A" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="T1.B" style:family="table-column"><style:table-column-properties style:column-width="11.4cm"/></style:style>
 <style:style style:name="T1.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000" fo:background-color="#eeeeee"/></style:style>
 <style:style style:name="T1.D" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TB" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header">{header}</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">{footer}<text:page-number text:select-page="current">1</text:page-number> / <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
'''

def cell_paras(v):
    return "".join('<text:p text:style-name="Table_20_Contents">%s</text:p>' % esc(x) for x in v.split("\n\n"))

def render(n):
    lang, country = n["lang"]
    cols = n.get("columns", 1)
    out = [HEAD.format(
        title=esc(n["title"]), lang=lang, country=country,
        size=n.get("size", "10.5pt"),
        hyph="true" if n.get("hyphenate") else "false",
        align="justify" if n.get("hyphenate") or cols > 1 else "start",
        keep="always" if n.get("keep", True) else "auto",
        columns='<style:columns fo:column-count="%d" fo:column-gap="0.8cm"/>' % cols if cols > 1 else "",
        header=esc(n["header"]), footer=esc(n["footer"]))]
    pb = False
    for b in n["blocks"]:
        k = b[0]
        if k == "break":
            pb = True
            continue
        st = ' text:style-name="PB"' if pb else ""
        if k in ("h1", "h2"):
            lvl = k[1]
            hs = "PB" if pb else "Heading_20_" + lvl
            if pb:
                out.append('<text:p text:style-name="PB"/>')
                hs = "Heading_20_" + lvl
            out.append('<text:h text:style-name="%s" text:outline-level="%s">%s</text:h>' % (hs, lvl, esc(b[1])))
        elif k == "p":
            out.append('<text:p text:style-name="%s">%s</text:p>' % ("PB" if pb else "Text_20_body", esc(b[1])))
        elif k == "ul":
            if pb:
                out.append('<text:p text:style-name="PB"/>')
            out.append('<text:list text:style-name="LB">' + "".join(
                '<text:list-item><text:p text:style-name="List_20_Bullet">%s</text:p></text:list-item>' % esc(i) for i in b[1]) + '</text:list>')
        elif k == "table":
            if pb:
                out.append('<text:p text:style-name="PB"/>')
            rows = "".join(
                '<table:table-row><table:table-cell table:style-name="T1.C" office:value-type="string"><text:p text:style-name="TB">%s</text:p></table:table-cell><table:table-cell table:style-name="T1.D" office:value-type="string">%s</table:table-cell></table:table-row>' % (esc(l), cell_paras(v))
                for l, v in b[1])
            out.append('<table:table table:name="Seloste" table:style-name="T1"><table:table-column table:style-name="T1.A"/><table:table-column table:style-name="T1.B"/>%s</table:table>' % rows)
        pb = False
    out.append("</office:text></office:body></office:document>\n")
    return "\n".join(out)

if __name__ == "__main__":
    names = sys.argv[1:] or list(NOTICES)
    for name in names:
        with open(name + ".fodt", "w", encoding="utf-8") as f:
            f.write(render(NOTICES[name]))
        print(name + ".fodt")
