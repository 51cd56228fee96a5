#!/usr/bin/env python3
"""Draws the app icon at every size Tauri asks for, from one vector definition: the PNGs, the
Windows .ico and the macOS .icns (both hold PNG images, which every supported OS version reads).

A teal rounded square with a white check mark: "your orders are healthy". Rendered with 4x4
supersampling and written as RGBA PNG with only the standard library.
"""
import math
import struct
import sys
import zlib
from pathlib import Path

TEAL = (15, 118, 110)
WHITE = (255, 255, 255)
# Check mark as a thick polyline in unit coordinates.
CHECK = [(0.27, 0.53), (0.43, 0.69), (0.74, 0.35)]
STROKE = 0.085
RADIUS = 0.22


def inside_rounded_square(x, y):
    m = 0.04
    cx = min(max(x, m + RADIUS), 1 - m - RADIUS)
    cy = min(max(y, m + RADIUS), 1 - m - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2 and m <= x <= 1 - m and m <= y <= 1 - m


def near_check(x, y):
    for (ax, ay), (bx, by) in zip(CHECK, CHECK[1:]):
        dx, dy = bx - ax, by - ay
        t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
        if math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= STROKE / 2:
            return True
    return False


def render(size):
    rows = []
    samples = 4
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            bg = fg = 0
            for sy in range(samples):
                for sx in range(samples):
                    x = (px + (sx + 0.5) / samples) / size
                    y = (py + (sy + 0.5) / samples) / size
                    if inside_rounded_square(x, y):
                        bg += 1
                        if near_check(x, y):
                            fg += 1
            n = samples * samples
            alpha = bg / n
            mix = fg / bg if bg else 0
            color = [round(TEAL[i] * (1 - mix) + WHITE[i] * mix) for i in range(3)]
            row += bytes(color + [round(alpha * 255)])
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ico(pngs):
    """A Windows .ico holding PNG images (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries = b""
    offset = 6 + 16 * len(pngs)
    for size, png in pngs:
        # A width or height of 256 is written as 0.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(png for _, png in pngs)


# The macOS .icns types that hold a PNG, by pixel size (Apple's "ICNS" element types).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def icns(pngs):
    """A macOS .icns: the "icns" header, then one element per size with its PNG."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in pngs)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).parent)
    rendered = {size: render(size) for size in [16, 24, 32, 48, 64, 128, 256, 512, 1024]}
    for name, size in [("32x32.png", 32), ("128x128.png", 128), ("128x128@2x.png", 256), ("icon.png", 512)]:
        (out / name).write_bytes(rendered[size])
        print(f"wrote {name}")
    (out / "icon.ico").write_bytes(ico([(s, rendered[s]) for s in [16, 24, 32, 48, 64, 256]]))
    print("wrote icon.ico")
    (out / "icon.icns").write_bytes(icns([(s, rendered[s]) for s in [16, 32, 64, 128, 256, 512, 1024]]))
    print("wrote icon.icns")
