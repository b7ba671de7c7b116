"""Draw the PaperLens toolbar icons (a lens over a page) as PNGs, with no dependencies.

Run: python extension/tools/make_icons.py   (writes extension/icons/icon-{16,32,48,128}.png)
"""
import math
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "icons"
SIZES = (16, 32, 48, 128)
SUPERSAMPLE = 4

BG = (37, 56, 110)        # deep indigo tile
PAGE = (250, 250, 247)    # the paper
LINE = (170, 178, 196)    # text lines on the paper
MARK = (255, 196, 77)     # a highlighted word
LENS = (255, 255, 255)    # lens ring and handle


def inside_round_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def dist_to_segment(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def shade(u, v):
    """Colour (RGBA) of the point (u, v) in a unit square."""
    if not inside_round_rect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2):
        return (0, 0, 0, 0)
    colour = BG
    # the page
    if inside_round_rect(u, v, 0.16, 0.12, 0.70, 0.86, 0.05):
        colour = PAGE
        for i, (y, x1) in enumerate(((0.26, 0.60), (0.38, 0.62), (0.50, 0.56), (0.62, 0.60), (0.74, 0.48))):
            if abs(v - y) < 0.035 and 0.24 <= u <= x1:
                colour = MARK if i == 2 and u <= 0.46 else LINE
    # the lens: ring, tinted glass, handle
    cx, cy, r = 0.56, 0.52, 0.22
    d = math.hypot(u - cx, v - cy)
    if d < r - 0.045:
        colour = tuple(int(c * 0.82 + m * 0.18) for c, m in zip(colour, MARK))
    if abs(d - r) <= 0.045:
        colour = LENS
    if dist_to_segment(u, v, cx + r * 0.72, cy + r * 0.72, 0.88, 0.88) <= 0.06 and d > r - 0.02:
        colour = LENS
    return (*colour, 255)


def render(size):
    n = size * SUPERSAMPLE
    rows = []
    for y in range(size):
        row = bytearray([0])  # filter type 0
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(SUPERSAMPLE):
                for sx in range(SUPERSAMPLE):
                    r, g, b, a = shade((x * SUPERSAMPLE + sx + 0.5) / n, (y * SUPERSAMPLE + sy + 0.5) / n)
                    acc[0] += r * a
                    acc[1] += g * a
                    acc[2] += b * a
                    acc[3] += a
            alpha = acc[3] / SUPERSAMPLE ** 2
            if acc[3]:
                row += bytes([round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)])
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return png(size, size, b"".join(rows))


def png(width, height, raw):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    for s in SIZES:
        (OUT / f"icon-{s}.png").write_bytes(render(s))
        print("wrote", OUT / f"icon-{s}.png")
