#!/usr/bin/env python3
"""Draws the Layout Studio icon: a pretix-purple ticket with a QR code on its main part and a
perforated stub with text lines. Python standard library only: shapes are signed distance
functions, so one sample per pixel gives smooth, anti-aliased edges at every size.

Writes icon-<size>.png (16 … 512), layout-studio.ico (PNG entries 16 … 256) and
layout-studio.icns (PNG entries 16 … 512, with @2x variants), and copies 32, 64 and 256 px into
src/main/resources/org/layoutstudio/app/.  Run:  python3 icons/make-icons.py
"""
import math
import os
import shutil
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
APP_RESOURCES = os.path.join(HERE, "..", "src", "main", "resources", "org", "layoutstudio", "app")
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]

TICKET_TOP = (0x93, 0x63, 0xAB)
TICKET_BOTTOM = (0x5E, 0x36, 0x74)
INK = (0x3B, 0x1C, 0x4A)          # pretix's dark purple
PAPER = (0xFF, 0xFF, 0xFF)


def clamp(v, lo=0.0, hi=1.0):
    return lo if v < lo else hi if v > hi else v


def sd_round_rect(x, y, cx, cy, hw, hh, r):
    qx = abs(x - cx) - hw + r
    qy = abs(y - cy) - hh + r
    ox, oy = max(qx, 0.0), max(qy, 0.0)
    return math.hypot(ox, oy) + min(max(qx, qy), 0.0) - r


def sd_circle(x, y, cx, cy, r):
    return math.hypot(x - cx, y - cy) - r


def qr_pattern(n):
    """An n × n module pattern: three finder squares and fixed pseudo-random data (no real QR)."""
    f = 7 if n >= 21 else 3
    grid = [[False] * n for _ in range(n)]

    def finder(ox, oy):
        for j in range(f):
            for i in range(f):
                if f == 7:
                    ring = max(abs(i - 3), abs(j - 3))
                    grid[oy + j][ox + i] = ring != 2
                else:
                    grid[oy + j][ox + i] = not (i == 1 and j == 1)  # hollow, like a real finder

    for ox, oy in ((0, 0), (n - f, 0), (0, n - f)):
        finder(ox, oy)
    seed = 0x5EED
    for j in range(n):
        for i in range(n):
            in_finder = (i < f + 1 and j < f + 1) or (i >= n - f - 1 and j < f + 1) or (i < f + 1 and j >= n - f - 1)
            if in_finder:
                continue
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            grid[j][i] = (seed >> 16) % 100 < 48
    if f == 7:  # timing patterns
        for k in range(8, n - 8):
            grid[6][k] = k % 2 == 0
            grid[k][6] = k % 2 == 0
    return grid


def render(size):
    detailed = size >= 48
    tilt = math.radians(-8 if size >= 64 else 0)
    cos_t, sin_t = math.cos(tilt), math.sin(tilt)
    px = 1.0 / size                      # one pixel in unit coordinates
    # Ticket geometry (unit square, y down); the stub is on the right.
    cx, cy, hw, hh = 0.5, 0.5, 0.46, 0.32 if detailed else 0.36
    radius = 0.06
    notch = 0.075 if detailed else 0.07 if size >= 24 else 0.0
    perf_x = cx + hw - 0.27
    qr_n = 21 if size >= 128 else 9 if size >= 48 else 5
    panel_cx = cx - hw + 0.05 + (hh - 0.05) if detailed else cx - 0.1
    panel_h = hh - 0.05 if detailed else hh - 0.08
    grid = qr_pattern(qr_n) if qr_n >= 9 else None
    module = (2 * panel_h * (0.86 if detailed else 0.8)) / qr_n
    qr_x0 = panel_cx - module * qr_n / 2
    qr_y0 = cy - module * qr_n / 2

    hole = 0.018 if size >= 128 else 0.024
    step = 0.07 if size >= 128 else 0.09

    def shape(x, y):
        """The ticket: a rounded rectangle with two side notches and a perforation."""
        d = sd_round_rect(x, y, cx, cy, hw, hh, radius)
        if notch:
            d = max(d, -sd_circle(x, y, cx - hw, cy, notch), -sd_circle(x, y, cx + hw, cy, notch))
        if detailed:
            k = round((y - cy) / step)
            d = max(d, -sd_circle(x, y, perf_x, cy + k * step, hole))
        return d

    def module_on(x, y):
        mi = math.floor((x - qr_x0) / module)
        mj = math.floor((y - qr_y0) / module)
        if 0 <= mi < qr_n and 0 <= mj < qr_n:
            return grid[mj][mi] if grid else small_qr(mi, mj)
        return False

    rows = []
    for py in range(size):
        row = bytearray()
        for pxi in range(size):
            ux = (pxi + 0.5) / size
            uy = (py + 0.5) / size
            # Into the ticket's own (untilted) frame.
            dx, dy = ux - cx, uy - cy
            x = cx + dx * cos_t - dy * sin_t
            y = cy + dx * sin_t + dy * cos_t
            r = g = b = a = 0.0

            def over(col, alpha):
                nonlocal r, g, b, a
                if alpha <= 0:
                    return
                out_a = alpha + a * (1 - alpha)
                if out_a <= 0:
                    return
                r = (col[0] * alpha + r * a * (1 - alpha)) / out_a
                g = (col[1] * alpha + g * a * (1 - alpha)) / out_a
                b = (col[2] * alpha + b * a * (1 - alpha)) / out_a
                a = out_a

            if detailed:  # soft shadow below, with the same notches and holes
                over((0, 0, 0), 0.28 * clamp(0.5 - shape(x, y - 0.025) / 0.035))
            d = shape(x, y)
            cover = clamp(0.5 - d / px)
            t = clamp((y - (cy - hh)) / (2 * hh))
            body = tuple(TICKET_TOP[i] + (TICKET_BOTTOM[i] - TICKET_TOP[i]) * t for i in range(3))
            over(body, cover)
            if cover > 0:
                # White QR panel.
                dp = sd_round_rect(x, y, panel_cx, cy, panel_h, panel_h, 0.03 if detailed else 0.02)
                over(PAPER, clamp(0.5 - dp / px) * cover)
                # Modules, 4 × 4 samples per pixel: no seams between neighbouring modules.
                if qr_x0 - px <= x <= qr_x0 + module * qr_n + px and qr_y0 - px <= y <= qr_y0 + module * qr_n + px:
                    hits = 0
                    for sj in range(4):
                        for si in range(4):
                            sx = ux + ((si + 0.5) / 4 - 0.5) * px
                            sy = uy + ((sj + 0.5) / 4 - 0.5) * px
                            tx = cx + (sx - cx) * cos_t - (sy - cy) * sin_t
                            ty = cy + (sx - cx) * sin_t + (sy - cy) * cos_t
                            hits += module_on(tx, ty)
                    over(INK, hits / 16 * cover)
                if detailed:  # text lines on the stub
                    lx0 = perf_x + 0.05
                    lx1 = cx + hw - 0.06
                    for k, (ly, frac) in enumerate(((cy - 0.12, 1.0), (cy - 0.02, 0.7), (cy + 0.08, 0.85))):
                        lw = (lx1 - lx0) * frac
                        dl = sd_round_rect(x, y, lx0 + lw / 2, ly, lw / 2, 0.018, 0.018)
                        over(PAPER, 0.9 * clamp(0.5 - dl / px) * cover)
            row += bytes((round(clamp(r / 255) * 255), round(clamp(g / 255) * 255), round(clamp(b / 255) * 255), round(clamp(a) * 255)))
        rows.append(bytes(row))
    return rows


def small_qr(i, j):
    """5 × 5 for tiny icons: three 2 × 2 finder blocks and one data dot."""
    return (i < 2 and j < 2) or (i >= 3 and j < 2) or (i < 2 and j >= 3) or (i == 3 and j == 3) or (i == 4 and j == 4)


def png(rows, size):
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def ico(pngs):
    sizes = [s for s in (16, 24, 32, 48, 64, 128, 256) if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, data = b"", b""
    for s in sizes:
        blob = pngs[s]
        entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    return header + entries + data


def icns(pngs):
    kinds = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
             (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
    body = b""
    for kind, s in kinds:
        blob = pngs[s]
        body += kind + struct.pack(">I", len(blob) + 8) + blob
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main():
    pngs = {}
    for s in SIZES:
        pngs[s] = png(render(s), s)
        with open(os.path.join(HERE, "icon-%d.png" % s), "wb") as f:
            f.write(pngs[s])
    with open(os.path.join(HERE, "layout-studio.ico"), "wb") as f:
        f.write(ico(pngs))
    with open(os.path.join(HERE, "layout-studio.icns"), "wb") as f:
        f.write(icns(pngs))
    os.makedirs(APP_RESOURCES, exist_ok=True)
    for s in (32, 64, 256):
        shutil.copyfile(os.path.join(HERE, "icon-%d.png" % s), os.path.join(APP_RESOURCES, "icon-%d.png" % s))


if __name__ == "__main__":
    main()
