#!/usr/bin/env python3
"""Draws the traceability demo's product pictures (assets/reader/*.png): flat illustrations of the
sample products, 320x320 RGBA, with the Python standard library only (zlib + struct), so the PNGs
are reproducible on any machine. Run it after changing a drawing: scripts/generate-product-pictures.py"""
import math
import os
import struct
import zlib

SIZE = 320
SS = 3  # supersampling per axis: smooth edges without an imaging library


class Canvas:
    def __init__(self, size):
        self.size = size
        self.px = [[(0, 0, 0, 0)] * (size * SS) for _ in range(size * SS)]

    def fill(self, inside, color):
        """Paints every subpixel whose centre (in 0..SIZE coordinates) satisfies inside(x, y)."""
        n = self.size * SS
        for j in range(n):
            y = (j + 0.5) / SS
            row = self.px[j]
            for i in range(n):
                if inside((i + 0.5) / SS, y):
                    row[i] = color

    def circle(self, cx, cy, r, color):
        self.fill(lambda x, y: (x - cx) ** 2 + (y - cy) ** 2 <= r * r, color)

    def ellipse(self, cx, cy, rx, ry, color):
        self.fill(lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1.0, color)

    def rect(self, x0, y0, x1, y1, color, radius=0.0):
        def inside(x, y):
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                return False
            if radius <= 0:
                return True
            cx = min(max(x, x0 + radius), x1 - radius)
            cy = min(max(y, y0 + radius), y1 - radius)
            return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius
        self.fill(inside, color)

    def polygon(self, points, color):
        def inside(x, y):
            hit = False
            for k in range(len(points)):
                (ax, ay), (bx, by) = points[k], points[k - 1]
                if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                    hit = not hit
            return hit
        self.fill(inside, color)

    def png(self):
        raw = bytearray()
        for j in range(self.size):
            raw.append(0)
            for i in range(self.size):
                acc = [0, 0, 0, 0]
                for dj in range(SS):
                    for di in range(SS):
                        r, g, b, a = self.px[j * SS + dj][i * SS + di]
                        acc[0] += r * a
                        acc[1] += g * a
                        acc[2] += b * a
                        acc[3] += a
                alpha = acc[3]
                if alpha == 0:
                    raw += bytes(4)
                else:
                    raw += bytes([acc[0] // alpha, acc[1] // alpha, acc[2] // alpha, alpha // (SS * SS)])

        def chunk(kind, data):
            body = kind + data
            return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

        header = struct.pack(">IIBBBBB", self.size, self.size, 8, 6, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) +
                chunk(b"IEND", b""))


def olive_oil():
    c = Canvas(SIZE)
    c.circle(160, 160, 150, (236, 244, 226, 255))                    # soft backdrop
    c.rect(132, 40, 188, 72, (60, 60, 60, 255), 6)                   # cap
    c.rect(140, 70, 180, 120, (86, 120, 40, 255))                    # neck
    c.polygon([(140, 118), (180, 118), (222, 160), (98, 160)], (86, 120, 40, 255))  # shoulders
    c.rect(98, 156, 222, 290, (86, 120, 40, 255), 14)                # body
    c.rect(112, 180, 208, 258, (250, 246, 228, 255), 8)              # label
    for k, (dx, dy) in enumerate([(-20, -6), (0, 8), (20, -6)]):     # olives on the label
        c.ellipse(160 + dx, 220 + dy, 11, 15, (120, 150, 40, 255) if k != 1 else (70, 90, 30, 255))
    c.polygon([(160, 196), (166, 206), (154, 206)], (110, 140, 50, 255))
    return c


def cheese():
    c = Canvas(SIZE)
    c.circle(160, 160, 150, (253, 243, 222, 255))
    c.ellipse(160, 214, 118, 46, (214, 160, 60, 255))                # wheel, side
    c.rect(42, 132, 278, 214, (214, 160, 60, 255))
    c.ellipse(160, 132, 118, 46, (246, 208, 112, 255))               # top
    c.polygon([(160, 132), (278, 132), (272, 150), (160, 132)], (240, 196, 96, 255))
    c.polygon([(160, 132), (264, 104), (278, 132)], (253, 243, 222, 255))  # a wedge cut out
    c.polygon([(160, 132), (278, 132), (278, 214), (160, 214)], (214, 160, 60, 255))
    c.polygon([(160, 132), (264, 104), (264, 186), (160, 214)], (236, 188, 90, 255))  # cut face
    for x, y, r in [(196, 150, 7), (222, 172, 5), (186, 184, 6), (238, 140, 4)]:
        c.circle(x, y, r, (214, 160, 60, 255))
    c.rect(70, 176, 130, 196, (150, 96, 30, 255), 4)                 # stamped rind mark
    return c


def bolt():
    c = Canvas(SIZE)
    c.circle(160, 160, 150, (228, 236, 246, 255))
    hexagon = [(160 + 62 * math.cos(math.radians(a)), 86 + 62 * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    c.polygon(hexagon, (120, 134, 150, 255))                         # bolt head
    hexagon_top = [(160 + 50 * math.cos(math.radians(a)), 82 + 50 * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    c.polygon(hexagon_top, (168, 182, 198, 255))
    c.rect(132, 128, 188, 286, (150, 164, 180, 255), 6)              # shank
    for y in range(150, 280, 16):                                    # thread
        c.polygon([(132, y), (188, y + 6), (188, y + 11), (132, y + 5)], (104, 118, 134, 255))
    c.rect(150, 46, 170, 124, (140, 154, 170, 255), 3)               # a QR-like laser mark on the head
    return c


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "reader")
    for name, draw in [("olive-oil.png", olive_oil), ("cheese.png", cheese), ("bolt.png", bolt)]:
        path = os.path.normpath(os.path.join(out, name))
        with open(path, "wb") as f:
            f.write(draw().png())
        print(path)


if __name__ == "__main__":
    main()
