# Makes the golden PDFs of cases.json: each layout drawn the way pretix's renderer draws text
# (src/pretix/base/pdf.py at 022f44ad00b176e8ad46d860f68bbc9e0f0b8f32: _text_paragraph,
# _draw_textcontainer, _draw_textarea) with reportlab and pretix's Open Sans 1.10, on a blank
# 210 x 80 mm page. The event offers no font plugin: every other family is drawn in Open Sans.
# Needs Debian's python3-reportlab, python3-bidi, python3-arabic-reshaper and the WebJar's fonts:
#   unzip -q ~/.m2/repository/org/webjars/npm/npm-font-open-sans/1.1.0/*.jar -d /tmp/os
#   OPEN_SANS_DIR=/tmp/os/META-INF/resources/webjars/npm-font-open-sans/1.1.0/fonts /usr/bin/python3 make_reportlab_goldens.py
import html, json, os, unicodedata
from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

# Debian's reportlab is 3.6.12; pretix pins 4.2, which does not break a line before the first character
# of a long word when that character alone is wider than the line: the same patch as make_reportlab_cases.py.
import inspect, reportlab
import reportlab.platypus.paragraph as _para
def _patch(fn, old, new):
    src = inspect.getsource(fn)
    assert old in src, fn.__name__
    exec(compile(src.replace(old, new), _para.__file__, 'exec'), _para.__dict__)
if reportlab.Version < '4':
    _patch(_para._splitWord, 'if newLineWidth>maxWidth:', 'if newLineWidth>maxWidth and (wordText or cw<=maxWidths[-1]):')
    _patch(_para._splitFragWord, 'tooLong = newLineWidth>maxWidth', 'tooLong = newLineWidth>maxWidth and (wordWidth>0 or cw<=maxWidths[-1])')

HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = os.environ.get('OPEN_SANS_DIR', '/tmp/os/META-INF/resources/webjars/npm-font-open-sans/1.1.0/fonts')
PAGE = (210 * mm, 80 * mm)
for name, style in (('Open Sans', 'Regular'), ('Open Sans B', 'Bold'), ('Open Sans I', 'Italic'), ('Open Sans B I', 'BoldItalic')):
    pdfmetrics.registerFont(TTFont(name, '%s/%s/OpenSans-%s.ttf' % (FONTS, style, style)))
EVENT_FONTS = ['Open Sans']
RESHAPER = ArabicReshaper(configuration={'delete_harakat': True, 'support_ligatures': False})
ALIGN = {'left': TA_LEFT, 'center': TA_CENTER, 'right': TA_RIGHT}


def paragraph(o, fontsize, legacy):
    font = o['fontfamily'] if o['fontfamily'] in EVENT_FONTS else 'Open Sans'  # "Unauthorized use of font"
    font += ' B' if o['bold'] else ''
    font += ' I' if o['italic'] else ''
    ad = getAscentDescent(font, fontsize)
    explicit = not legacy or 'lineheight' in o
    lineheight = float(o['lineheight']) * 1.15 if explicit else 1.0
    style = ParagraphStyle(name='golden', fontName=font, fontSize=fontsize, leading=lineheight * fontsize,
                           autoLeading='off' if explicit else 'max',
                           textColor=Color(o['color'][0] / 255, o['color'][1] / 255, o['color'][2] / 255),
                           alignment=ALIGN[o['align']], splitLongWords=o.get('splitlongwords', True))
    text = html.escape(o['text'], quote=True).replace('\n', '<br/>\n').replace('-', '-&hairsp;')
    text = unicodedata.normalize('NFC', text)
    text = '<br/>'.join(get_display(RESHAPER.reshape(line)) for line in text.split('<br/>'))
    return Paragraph(text, style=style), ad, lineheight


def textcontainer(c, o):
    fontsize, height, width = float(o['fontsize']), float(o['height']) * mm, float(o['width']) * mm
    while True:
        p, ad, lineheight = paragraph(o, fontsize, False)
        w, h = p.wrapOn(c, width, 1000 * mm)
        widths = p.getActualLineWidths0()
        if not widths or not o.get('autoresize') or (h <= height and max(widths) <= width) or fontsize <= 1.0:
            break
        fontsize -= max(1.0, fontsize * .1) if h > height else max(.25, fontsize * .025)
    c.saveState()
    c.translate(float(o['left']) * mm, float(o['bottom']) * mm + height)
    c.rotate(-o.get('rotation', 0))
    valign = o.get('verticalalign', 'top')
    p.drawOn(c, 0, -h if valign == 'top' else (-height - h) / 2 if valign == 'middle' else -height)
    c.restoreState()


def textarea(c, o):
    p, ad, lineheight = paragraph(o, float(o['fontsize']), True)
    w, h = p.wrapOn(c, float(o['width']) * mm, 1000 * mm)
    c.saveState()
    if o.get('downward'):
        c.translate(float(o['left']) * mm, float(o['bottom']) * mm)
        c.rotate(-o.get('rotation', 0))
        p.drawOn(c, 0, -h - ad[1] / 2.5)
    else:
        descent = ad[1] + ((lineheight - 1.0) * float(o['fontsize']) * 1.05 if lineheight != 1.0 else 0)
        c.translate(float(o['left']) * mm, float(o['bottom']) * mm + h)
        c.rotate(-o.get('rotation', 0))
        p.drawOn(c, 0, -h - descent)
    c.restoreState()


for case in json.load(open(os.path.join(HERE, 'cases.json'), encoding='utf-8')):
    c = Canvas(os.path.join(HERE, case['name'] + '.pdf'), pagesize=PAGE, invariant=1)
    for o in case['layout']:
        (textcontainer if o['type'] == 'textcontainer' else textarea)(c, o)
    c.showPage()
    c.save()
