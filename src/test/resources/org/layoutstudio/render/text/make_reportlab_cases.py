# Generates reportlab-cases.json: what pretix's renderer (reportlab Paragraph, as pretix's
# _text_paragraph prepares the text) makes of a set of texts. Run with reportlab installed (Debian's
# python3-reportlab) and pretix's Open Sans 1.10 files (the app's WebJar npm-font-open-sans 1.1.0,
# unpacked) in OPEN_SANS_DIR:
#   unzip -q ~/.m2/repository/org/webjars/npm/npm-font-open-sans/1.1.0/*.jar -d /tmp/os
#   OPEN_SANS_DIR=/tmp/os/META-INF/resources/webjars/npm-font-open-sans/1.1.0/fonts python3 make_reportlab_cases.py > reportlab-cases.json
import html, io, json, os, random, re, unicodedata
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen import textobject

# Debian's reportlab is 3.6.12; pretix pins reportlab 4.2, which does not break a line before the first
# character of a long word when that character alone is wider than the line. Patch 3.6 to that rule.
import inspect, reportlab
import reportlab.platypus.paragraph as _para
def _patch(fn, old, new):
    src = inspect.getsource(fn)
    assert old in src, fn.__name__
    exec(compile(src.replace(old, new), _para.__file__, 'exec'), _para.__dict__)
if reportlab.Version < '4':
    _patch(_para._splitWord, 'if newLineWidth>maxWidth:', 'if newLineWidth>maxWidth and (wordText or cw<=maxWidths[-1]):')
    _patch(_para._splitFragWord, 'tooLong = newLineWidth>maxWidth', 'tooLong = newLineWidth>maxWidth and (wordWidth>0 or cw<=maxWidths[-1])')

D = os.environ.get('OPEN_SANS_DIR', '/tmp/os/META-INF/resources/webjars/npm-font-open-sans/1.1.0/fonts') + '/'
STYLES = {(False, False): ('Open Sans', 'Regular'), (True, False): ('Open Sans B', 'Bold'),
          (False, True): ('Open Sans I', 'Italic'), (True, True): ('Open Sans B I', 'BoldItalic')}
for name, f in STYLES.values():
    pdfmetrics.registerFont(TTFont(name, D + f + '/OpenSans-' + f + '.ttf'))

shown, codes, lead = [], [], [0]
_fmt0 = textobject.PDFTextObject._formatText
def _fmt(self, text):
    _fmt0(self, text)
    shown.append(text)
    return '(#%d) Tj' % (len(shown) - 1)
textobject.PDFTextObject._formatText = _fmt
_sf0 = textobject.PDFTextObject.setFont
def _sf(self, n, size, leading=None):
    if leading is not None:
        lead[0] = leading
    return _sf0(self, n, size, leading)
textobject.PDFTextObject.setFont = _sf
_sl0 = textobject.PDFTextObject.setLeading
def _sl(self, leading):
    lead[0] = leading
    return _sl0(self, leading)
textobject.PDFTextObject.setLeading = _sl
Canvas.drawText = lambda self, tx: codes.append(tx.getCode())
canvas = Canvas(io.BytesIO())

def drawn_lines(code, tl):
    toks = re.findall(r'\(#\d+\)|[-+]?\d*\.?\d+(?:[eE][-+]?\d+)?|[A-Za-z*]+', code)
    stack, lx, ly, tw, out = [], 0.0, 0.0, 0.0, []
    for t in toks:
        if t.startswith('(#') or re.match(r'^[-+]?\d*\.?\d+', t):
            stack.append(t if t.startswith('(#') else float(t))
            continue
        if t == 'Tm': lx, ly = stack[-2], stack[-1]
        elif t == 'Td': lx += stack[-2]; ly += stack[-1]
        elif t == 'TL': tl = stack[-1]
        elif t == 'Tw': tw = stack[-1]
        elif t == 'T*': ly -= tl
        elif t == 'Tj':
            txt = shown[int(stack[-1][2:-1])]
            if out and abs(out[-1]['y'] - ly) < 1e-6:
                out[-1]['text'] += txt
            else:
                out.append({'text': txt, 'x': lx, 'y': ly, 'wordSpace': tw})
        stack = []
    return out

def paragraph(c, fontsize):
    name = STYLES[(c['bold'], c['italic'])][0]
    legacy = c['type'] == 'textarea' and 'lineheight' not in c
    lineheight = 1.0 if legacy else float(c['lineheight']) * 1.15
    style = ParagraphStyle(name='x', fontName=name, fontSize=fontsize, leading=lineheight * fontsize,
                           autoLeading='max' if legacy else 'off',
                           alignment={'left': TA_LEFT, 'center': TA_CENTER, 'right': TA_RIGHT}[c['align']],
                           splitLongWords=c['splitlongwords'])
    text = html.escape(c['text'], quote=True).replace('\n', '<br/>\n').replace('-', '-&hairsp;')
    text = unicodedata.normalize('NFC', text)
    p = Paragraph(text, style=style)
    w, h = p.wrapOn(canvas, c['width_pt'], 1000 * 72 / 25.4)
    return p, h

def run(c):
    fontsize = c['fontsize']
    while True:
        p, h = paragraph(c, fontsize)
        widths = p.getActualLineWidths0()
        if c['type'] != 'textcontainer' or not widths:
            break
        if not c['autoresize'] or (h <= c['height_pt'] and max(widths) <= c['width_pt']) or fontsize <= 1.0:
            break
        fontsize -= max(1.0, fontsize * .1) if h > c['height_pt'] else max(.25, fontsize * .025)
    del codes[:]
    lead[0] = 0
    p.drawOn(canvas, 0, 0)
    lines = drawn_lines(codes[-1], lead[0]) if codes else []
    return {'fontsize': fontsize, 'height': h, 'widths': p.getActualLineWidths0() if widths else [],
            'lines': [{'text': l['text'], 'x': l['x'], 'below_top': h - l['y'], 'wordSpace': l['wordSpace']}
                      for l in lines]}

TEXTS = [
    "Sample event name", "Dr John Doe", "Sample product – sample variation", "123.45 EUR",
    "John Doe\nSample company\nSesame Street 42\n12345 Any City\nAtlantis",
    "May 31st – June 4th, 2017", "Jean-Pierre Müller-Lüdenscheidt", "A very-long-hyphenated-compound-word-here",
    "Vielzulangernamedernichtpasst", "Donaudampfschifffahrtsgesellschaftskapitänsmütze und mehr",
    "Tom & Jerry's \"Best\" <Show>", "  leading and trailing  spaces  ", "tab\tseparated\twords",
    "no\u00a0break\u00a0space here and there", "Line one\n\nLine three after an empty line\n",
    "\nstarts with a break", "a - b -- c", "x-", "-x", "Ticket category", "Event organizer company",
    "The quick brown fox jumps over the lazy dog. " * 3, "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
    "iiiiiiiii iiiiiiiiii iiiiiiiiiiii iiiiiiii", "Äpfel, Öl und Übermut – ÀÉÎÕÜ ñ ç ß", "e\u0301galite\u0301 (NFC)",
    "Add-on 1\n2x Add-on 2", "2017-05-31 10:00 – 12:00\n2017-05-31 14:00 – 16:00", "",
    "word", "two words", "Ground floor, Row 3, Seat 4", "tdmruoekvkpbv1o2mv8xccvqcikvr58u",
    '"Quoted-long-word-that-is-very-long" & more', "a&b&c&d", "x - - y", "ÄÖÜ-äöü\n\n\n", "   \n  ",
    "\n\n", "\n", "a\n", "&", "-", "Supercalifragilisticexpialidocious&Co'sLongName", "A\u2003B\u3000C\tD",
    "Müller & Söhne GmbH & Co. KG – Niederlassung Süd-West", "O'Reilly \"Media\" <info@example.com>",
]

def cases():
    rnd = random.Random(4711)
    out = []
    for i in range(700):
        t = rnd.choice(['textcontainer', 'textcontainer', 'textarea'])
        c = {'type': t, 'text': rnd.choice(TEXTS), 'bold': rnd.random() < .3, 'italic': rnd.random() < .2,
             'align': rnd.choice(['left', 'center', 'right']), 'fontsize': rnd.choice([6, 8, 10, 11.5, 13, 16, 20, 28]),
             'width_mm': rnd.choice([5, 12, 20, 30, 45.5, 60, 80, 120, 190]), 'splitlongwords': rnd.random() < .75}
        if t == 'textcontainer':
            c['lineheight'] = rnd.choice([1, 1, 1.2, 1.5, 0.8])
            c['height_mm'] = rnd.choice([3.68, 5, 10, 20, 40, 80])
            c['autoresize'] = rnd.random() < .6
            c['height_pt'] = c['height_mm'] * 72 / 25.4
        elif rnd.random() < .5:
            c['lineheight'] = rnd.choice([1, 1.2, 1.5])
        c['width_pt'] = c['width_mm'] * 72 / 25.4
        c['expected'] = run(c)
        out.append(c)
    return out

print(json.dumps(cases(), indent=1, ensure_ascii=False))
