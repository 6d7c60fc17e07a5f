#!/usr/bin/env python3
"""Writes word-quote-en.docx and word-quote-fr.docx: OOXML as Word 2016+ writes it (rsid
attributes, spell-check marks, bookmarks, placeholders split across runs, a text box with its
VML fallback, header, footer, product table). Run from this folder; the files go one level up."""
import zipfile

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'mc:Ignorable="w14 w15 wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'


def run(text, rsid="00A1B2C3", bold=False):
    rpr = '<w:rPr><w:b/><w:bCs/></w:rPr>' if bold else ''
    space = ' xml:space="preserve"' if text != text.strip() else ''
    return f'<w:r w:rsidR="{rsid}">{rpr}<w:t{space}>{text}</w:t></w:r>'


PARA_IDS = iter(range(0x1A2B3C00, 0x1A2B3CFF))


def para(*content, rsid="00A1B2C3"):
    """Word gives every paragraph and table row its own w14:paraId."""
    pid = f"{next(PARA_IDS):08X}"
    return (f'<w:p w14:paraId="{pid}" w14:textId="77777777" w:rsidR="{rsid}" '
            f'w:rsidRDefault="{rsid}" w:rsidP="00D4E5F6">{"".join(content)}</w:p>')


SPELL_START = '<w:proofErr w:type="spellStart"/>'
SPELL_END = '<w:proofErr w:type="spellEnd"/>'


def cell(width, *content):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'{para(*content)}</w:tc>')


def row(*cells, rsid="00A1B2C3"):
    pid = f"{next(PARA_IDS):08X}"
    return f'<w:tr w:rsidR="{rsid}" w14:paraId="{pid}" w14:textId="77777777">{"".join(cells)}</w:tr>'


def text_box():
    inner = para(run("Call us: "), run("{MyCo", rsid="00F0E1D2"),
                 run("mpany.Phone}", rsid="00C3B4A5"))
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="2360930" cy="1404620"/>'
        '<wp:effectExtent l="0" t="0" r="22860" b="11430"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="217" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        '<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2360930" cy="1404620"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" '
        'bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
        '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:283.5pt;margin-top:0;width:185.9pt;height:110.6pt;'
        'z-index:251659264;mso-width-percent:400;mso-height-percent:200">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent>'
        '</v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>')


def document(title_word):
    widths = (2800, 1000, 1400, 1200, 1200, 1400)
    header_row = row(*[cell(w, run(t, bold=True)) for w, t in
                       zip(widths, ("Product", "Qty", "Price", "Discount", "Tax", "Total"))])
    product_row = row(
        cell(widths[0], run("{Product.Name}")),
        cell(widths[1], run("{Product.Quantity}")),
        cell(widths[2], run("{Product."), SPELL_START, run("Price", rsid="00E7F8A9"), SPELL_END,
             run("}")),
        cell(widths[3], run("{Product.Discount}")),
        cell(widths[4], run("{Product.Tax}")),
        cell(widths[5], run("{Product.Total}", bold=True)),
        rsid="00B1C2D3")
    total_row = row(cell(sum(widths[:4]), run("Total")),
                    cell(widths[4], run("{Products.Tax}")),
                    cell(widths[5], run("{Products.Total}", bold=True)))
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    table = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
             'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
             f'<w:tblGrid>{grid}</w:tblGrid>{header_row}{product_row}{total_row}</w:tbl>')
    body = "".join([
        # {Deal.Title} split across three runs, one of them bold, with a bookmark and spell marks
        para(run(title_word + " "), '<w:bookmarkStart w:id="0" w:name="Title"/>',
             run("{Deal", rsid="00112233"), SPELL_START,
             run(".Ti", rsid="00445566", bold=True), SPELL_END,
             run("tle}", rsid="00778899"), '<w:bookmarkEnd w:id="0"/>'),
        para(run("Dear "), SPELL_START, run("{Contact."), run("Name}", rsid="00ABCDEF"),
             SPELL_END, run(",")),
        para(run("Amount: "), run("{Deal.Amount}"), run(" on "), run("{Deal.Date}")),
        para(run("Budget code: "), run("{Deal.budget_code}"), run(" "),
             run("{Deal.Unknwon}")),
        para(run("Ship to: "), run("{Company.Address}")),
        para(text_box(), run("From "), run("{MyCompany.Name}")),
        table,
        para(run("Thank you.")),
        '<w:sectPr w:rsidR="00A1B2C3"><w:headerReference w:type="default" r:id="rId8"/>'
        '<w:footerReference w:type="default" r:id="rId9"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" '
        'w:left="1417" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/>'
        '<w:docGrid w:linePitch="360"/></w:sectPr>',
    ])
    return f'{DECL}<w:document {NS}><w:body>{body}</w:body></w:document>'


def header_footer(tag, *paragraphs):
    return f'{DECL}<w:{tag} {NS}>{"".join(paragraphs)}</w:{tag}>'


def styles(lang):
    return (f'{DECL}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
            '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
            'w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
            f'<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="{lang}" w:eastAsia="en-US" '
            'w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" '
            'w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
            '<w:qFormat/></w:style><w:style w:type="table" w:styleId="TableGrid">'
            '<w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" '
            'w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" '
            'w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '</w:tblBorders></w:tblPr></w:style></w:styles>')


CONTENT_TYPES = (
    f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '</Types>')
ROOT_RELS = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')
DOCUMENT_RELS = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '</Relationships>')
SETTINGS = (
    f'{DECL}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/>'
    '<w:defaultTabStop w:val="708"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:rsids><w:rsidRoot w:val="00A1B2C3"/><w:rsid w:val="00112233"/><w:rsid w:val="00445566"/>'
    '<w:rsid w:val="00778899"/></w:rsids><w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>')
CORE = (
    f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Quote</dc:title>'
    '<dc:creator>Tessera</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-23T10:00:00Z'
    '</dcterms:created></cp:coreProperties>')
APP = (
    f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')


def write(name, lang, title_word):
    header = header_footer(
        "hdr", para(run("{MyCom", rsid="00CAFE01"), run("pany.", rsid="00CAFE02", bold=True),
                    run("Name}", rsid="00CAFE03"), run(" — "), run("{Deal.Number}")))
    footer = header_footer("ftr", para(run("Valid until "), run("{Deal."), run("ValidUntil}")))
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", CONTENT_TYPES)
        docx.writestr("_rels/.rels", ROOT_RELS)
        docx.writestr("word/document.xml", document(title_word))
        docx.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        docx.writestr("word/styles.xml", styles(lang))
        docx.writestr("word/settings.xml", SETTINGS)
        docx.writestr("word/header1.xml", header)
        docx.writestr("word/footer1.xml", footer)
        docx.writestr("docProps/core.xml", CORE)
        docx.writestr("docProps/app.xml", APP)


write("../word-quote-en.docx", "en-US", "Quote for")
write("../word-quote-fr.docx", "fr-FR", "Devis pour")
