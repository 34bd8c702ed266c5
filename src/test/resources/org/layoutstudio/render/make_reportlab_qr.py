# Generates reportlab-qr.json: the module grids reportlab's QrCodeWidget draws (pretix's QR codes)
# for a set of contents, at pretix's error-correction level. Run with reportlab installed:
#   python3 make_reportlab_qr.py > reportlab-qr.json
import json, random
from reportlab.graphics.barcode.qr import QrCodeWidget

def level(s):
    return 'L' if len(s) > 128 else 'M' if len(s) > 32 else 'H'

rnd = random.Random(7)
alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
contents = ['tdmruoekvkpbv1o2mv8xccvqcikvr58u', 'YES I AM A QR CODE', 'hello', '12345678901234567890', '0',
            'Mixed 123 abc ABC', 'HTTPS://PRETIX.EU/DEMO/', 'https://pretix.eu/demo/democon/ticket/ABC12/1/abcdefgh/',
            'Grüße aus München – Ümlaut €', 'مرحبا بالعالم', '日本語のテキスト', '漢字', 'x' * 200, 'A' * 400,
            '9' * 700, '{"issuer": "https://pretix.eu", "secret": "abc"}', 'a', ' ', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:']
for n in [8, 16, 24, 32, 33, 40, 64, 100, 128, 129, 160, 250]:
    for _ in range(3):
        contents.append(''.join(rnd.choice(alphabet) for _ in range(n)))
out = []
for s in contents:
    w = QrCodeWidget(s, barLevel=level(s))
    w.qr.make()
    out.append({'content': s, 'level': level(s), 'modules': [''.join('1' if c else '0' for c in r) for r in w.qr.modules]})
print(json.dumps(out, ensure_ascii=False, indent=0))
