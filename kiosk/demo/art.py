"""Deterministic catalog-style Pillow illustrations of the demo catalog's parts and materials."""

from __future__ import annotations

import itertools
import math
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFilter

Color = tuple[int, int, int]
Pt = tuple[float, float]
Stops = tuple[tuple[float, Color], ...]
Mat = tuple[float, float, float, float, float, float]

SS = 2  # supersampling factor of the drawing layer
TAU = math.tau
PI = math.pi
_LIGHT = (-0.55, -0.83)  # screen direction towards the key light (upper left)

# ----------------------------------------------------------------------------- colours


def _c8(v: float) -> int:
    return 0 if v < 0 else 255 if v > 255 else int(v + 0.5)


def mix(a: Color, b: Color, t: float) -> Color:
    return (_c8(a[0] + (b[0] - a[0]) * t), _c8(a[1] + (b[1] - a[1]) * t),
            _c8(a[2] + (b[2] - a[2]) * t))


def shade(c: Color, f: float) -> Color:
    """Lighten towards white (f > 0) or darken towards black (f < 0)."""
    return mix(c, (255, 255, 255), f) if f >= 0 else mix(c, (0, 0, 0), -f)


def jitter(rng: random.Random, c: Color, amount: int = 8) -> Color:
    d = rng.randint(-amount, amount)
    return (_c8(c[0] + d + rng.randint(-2, 2)), _c8(c[1] + d + rng.randint(-2, 2)),
            _c8(c[2] + d + rng.randint(-2, 2)))


def sample(stops: Stops, t: float) -> Color:
    if t <= stops[0][0]:
        return stops[0][1]
    for (p0, c0), (p1, c1) in itertools.pairwise(stops):
        if t <= p1:
            return mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 1.0)
    return stops[-1][1]


@lru_cache(maxsize=1024)
def _palette(stops: Stops) -> bytes:
    out = bytearray()
    for i in range(256):
        out.extend(sample(stops, i / 255))
    return bytes(out)


def metal(c: Color, spec: float = 1.0) -> Stops:
    """Cross-section ramp of a polished cylinder lit from the upper left (t: left to right)."""
    return ((0.0, shade(c, -0.55)), (0.07, shade(c, -0.22)), (0.22, shade(c, 0.22 * spec)),
            (0.3, shade(c, 0.72 * spec)), (0.37, shade(c, 0.3 * spec)), (0.6, shade(c, -0.08)),
            (0.85, shade(c, -0.42)), (0.94, shade(c, -0.22)), (1.0, shade(c, -0.5)))


def satin(c: Color) -> Stops:
    """Soft ramp for painted or plastic surfaces."""
    return ((0.0, shade(c, -0.45)), (0.12, shade(c, -0.12)), (0.34, shade(c, 0.16)),
            (0.62, shade(c, -0.05)), (0.9, shade(c, -0.35)), (1.0, shade(c, -0.5)))


def gloss(c: Color) -> Stops:
    """Glossy paint: satin with a crisp specular streak."""
    return ((0.0, shade(c, -0.5)), (0.12, shade(c, -0.15)), (0.26, shade(c, 0.12)),
            (0.29, shade(c, 0.62)), (0.33, shade(c, 0.62)), (0.36, shade(c, 0.1)),
            (0.62, shade(c, -0.08)), (0.9, shade(c, -0.4)), (1.0, shade(c, -0.55)))


def flat(c: Color, lo: float = -0.12, hi: float = 0.1) -> Stops:
    return ((0.0, shade(c, hi)), (1.0, shade(c, lo)))


def sheen_stops(c: Color, spec: float = 0.5) -> Stops:
    """For sheen fills: t=0 between the lobes, 1 on the bright lobe of a machined face."""
    return ((0.0, shade(c, -0.14)), (0.55, c), (0.85, shade(c, 0.3 * spec)),
            (1.0, shade(c, 0.6 * spec)))


STEEL: Color = (160, 166, 173)
CAST: Color = (104, 107, 112)
ALU: Color = (196, 199, 203)
CHROME: Color = (188, 194, 202)
RUBBER: Color = (46, 48, 52)
COPPER: Color = (196, 112, 58)
BRASS: Color = (196, 160, 82)
PAINTS: tuple[Color, ...] = ((196, 38, 36), (28, 92, 170), (236, 178, 30), (40, 130, 74),
                             (230, 230, 226), (46, 48, 54), (120, 126, 134), (226, 106, 28))

# ----------------------------------------------------------------------------- geometry


def ell(cx: float, cy: float, rx: float, ry: float, a0: float = 0.0, a1: float = TAU,
        n: int = 96) -> list[Pt]:
    """Points of an ellipse (or of the arc from a0 to a1, both ends included)."""
    full = abs(a1 - a0) >= TAU - 1e-9
    m = n if full else max(2, int(n * abs(a1 - a0) / TAU) + 2)
    step = (a1 - a0) / (m if full else m - 1)
    return [(cx + rx * math.cos(a0 + i * step), cy + ry * math.sin(a0 + i * step))
            for i in range(m)]


def shift(pts: Sequence[Pt], dx: float, dy: float) -> list[Pt]:
    return [(x + dx, y + dy) for x, y in pts]


def rrect(x0: float, y0: float, x1: float, y1: float, r: float, n: int = 8) -> list[Pt]:
    r = max(0.0, min(r, (x1 - x0) / 2, (y1 - y0) / 2))
    out: list[Pt] = []
    for cx, cy, a in ((x1 - r, y0 + r, -PI / 2), (x1 - r, y1 - r, 0.0),
                      (x0 + r, y1 - r, PI / 2), (x0 + r, y0 + r, PI)):
        out.extend(ell(cx, cy, r, r, a, a + PI / 2, n * 4))
    return out


def bez(p0: Pt, p1: Pt, p2: Pt, p3: Pt, n: int = 32) -> list[Pt]:
    out: list[Pt] = []
    for i in range(n + 1):
        t = i / n
        u = 1 - t
        out.append((u * u * u * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0]
                    + t * t * t * p3[0],
                    u * u * u * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1]
                    + t * t * t * p3[1]))
    return out


def normals(pts: Sequence[Pt]) -> list[Pt]:
    out: list[Pt] = []
    for i in range(len(pts)):
        a = pts[max(0, i - 1)]
        b = pts[min(len(pts) - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        d = math.hypot(dx, dy) or 1.0
        out.append((-dy / d, dx / d))
    return out


def offset(pts: Sequence[Pt], d: float) -> list[Pt]:
    return [(x + nx * d, y + ny * d) for (x, y), (nx, ny) in zip(pts, normals(pts), strict=True)]


def ribbon(pts: Sequence[Pt], w0: float, w1: float | None = None) -> list[Pt]:
    """Polygon of a band of width w0 (tapering to w1) along a path."""
    w1 = w0 if w1 is None else w1
    n = len(pts)
    left: list[Pt] = []
    right: list[Pt] = []
    for i, ((x, y), (nx, ny)) in enumerate(zip(pts, normals(pts), strict=True)):
        h = (w0 + (w1 - w0) * i / max(1, n - 1)) / 2
        left.append((x + nx * h, y + ny * h))
        right.append((x - nx * h, y - ny * h))
    return left + right[::-1]


def bounds(pts: Sequence[Pt]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def _mul(a: Mat, b: Mat) -> Mat:
    return (a[0] * b[0] + a[1] * b[3], a[0] * b[1] + a[1] * b[4], a[0] * b[2] + a[1] * b[5] + a[2],
            a[3] * b[0] + a[4] * b[3], a[3] * b[1] + a[4] * b[4], a[3] * b[2] + a[4] * b[5] + a[5])


def _inv(m: Mat) -> Mat:
    a, b, c, d, e, f = m
    det = a * e - b * d
    return (e / det, -b / det, (b * f - c * e) / det, -d / det, a / det, (c * d - a * f) / det)


# ----------------------------------------------------------------------------- gradient sources


@dataclass(frozen=True)
class Grad:
    """A gradient fill in local coordinates: linear, radial or a machined-face sheen."""

    kind: str
    geo: tuple[float, float, float, float]
    stops: Stops
    phase: float = 0.0


Fill = Color | Grad


def lin(x0: float, y0: float, x1: float, y1: float, stops: Stops) -> Grad:
    return Grad("lin", (x0, y0, x1, y1), stops)


def hlin(x0: float, x1: float, stops: Stops) -> Grad:
    return Grad("lin", (x0, 0.0, x1, 0.0), stops)


def vlin(y0: float, y1: float, stops: Stops) -> Grad:
    return Grad("lin", (0.0, y0, 0.0, y1), stops)


def rad(cx: float, cy: float, rx: float, ry: float, stops: Stops) -> Grad:
    return Grad("rad", (cx, cy, rx, ry), stops)


def sheen(cx: float, cy: float, rx: float, ry: float, stops: Stops, phase: float = 0.8) -> Grad:
    return Grad("sheen", (cx, cy, rx, ry), stops, phase)


_RAD = 1024  # radial source: t = 1 at radius _RAD / 2
_SHEEN = 1152  # sheen source: unit radius = _SHEEN / 3


def _strip(stops: Stops) -> Image.Image:
    """A 4352 x 1 RGBA ramp: stops over x = 2048..2303, clamped to the end colours outside."""
    im = Image.new("RGBA", (4352, 1), (*stops[0][1], 255))
    im.paste((*stops[-1][1], 255), (2304, 0, 4352, 1))
    im.paste(Image.frombytes("RGB", (256, 1), _palette(stops)), (2048, 0))
    return im


@lru_cache(maxsize=1)
def _radial() -> Image.Image:
    n = 128
    im = Image.new("L", (n, n))
    im.putdata([_c8(math.hypot(i + 0.5 - n / 2, j + 0.5 - n / 2) / (n / 2) * 255)
                for j in range(n) for i in range(n)])
    return im.resize((_RAD, _RAD), Image.Resampling.BILINEAR)


@lru_cache(maxsize=1)
def _sheen_src() -> Image.Image:
    n = 128
    data: list[int] = []
    for j in range(n):
        y = (j + 0.5 - n / 2) / (n / 3)
        for i in range(n):
            x = (i + 0.5 - n / 2) / (n / 3)
            r2 = x * x + y * y
            v = 0.5 + 0.5 * (x * x - y * y) / r2 if r2 > 1e-9 else 0.5
            fade = min(1.0, r2 * 12)
            data.append(_c8(255 * (0.5 + (v - 0.5) * fade) ** 1.6))
    im = Image.new("L", (n, n))
    im.putdata(data)
    return im.resize((_SHEEN, _SHEEN), Image.Resampling.BILINEAR)


# ----------------------------------------------------------------------------- canvas


# concentric strokes of a shaded tube: (width fraction, (shade, + spec * shade), offset)
_TUBE: tuple[tuple[float, tuple[float, float], float], ...] = (
    (1.0, (-0.6, 0.0), 0.0), (0.93, (-0.45, 0.0), 0.02), (0.85, (-0.3, 0.0), 0.045),
    (0.76, (-0.17, 0.0), 0.07), (0.66, (-0.06, 0.0), 0.1), (0.55, (0.04, 0.0), 0.13),
    (0.43, (0.1, 0.1), 0.16), (0.31, (0.12, 0.3), 0.19), (0.19, (0.15, 0.5), 0.22),
    (0.09, (0.2, 0.65), 0.24))


class Canvas:
    """A supersampled RGBA layer with a local-coordinate transform stack.

    Design space is 1200 x 900 units centred on (0, 0), y pointing down; kinds draw in local
    coordinates that `at` maps onto it.
    """

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size
        self.pw, self.ph = size[0] * SS, size[1] * SS
        self.layer = Image.new("RGBA", (self.pw, self.ph))
        self.draw = ImageDraw.Draw(self.layer)
        u = min(size[0] / 1200, size[1] / 900) * SS
        self.u0 = u
        self.m: Mat = (u, 0.0, self.pw / 2, 0.0, u, self.ph / 2)
        self.box = [self.pw, self.ph, 0, 0]
        self.contacts: list[tuple[list[Pt], float]] = []
        self.drop = 0.32

    # -- transform
    @contextmanager
    def at(self, x: float = 0.0, y: float = 0.0, s: float = 1.0, rot: float = 0.0,
           sx: float = 1.0) -> Iterator[None]:
        old = self.m
        co, si = math.cos(rot), math.sin(rot)
        self.m = _mul(old, (co * s * sx, -si * s, x, si * s * sx, co * s, y))
        try:
            yield
        finally:
            self.m = old

    def tx(self, pts: Sequence[Pt]) -> list[Pt]:
        a, b, c, d, e, f = self.m
        return [(a * x + b * y + c, d * x + e * y + f) for x, y in pts]

    @property
    def scale(self) -> float:
        a, b, _, d, e, _ = self.m
        return math.sqrt(abs(a * e - b * d))

    def _grow(self, x0: float, y0: float, x1: float, y1: float) -> None:
        b = self.box
        b[0] = min(b[0], max(0, int(x0) - 2))
        b[1] = min(b[1], max(0, int(y0) - 2))
        b[2] = max(b[2], min(self.pw, int(x1) + 3))
        b[3] = max(b[3], min(self.ph, int(y1) + 3))

    def _pbox(self, pts: Sequence[Pt]) -> tuple[int, int, int, int] | None:
        x0, y0, x1, y1 = bounds(pts)
        bx0, by0 = max(0, int(x0) - 1), max(0, int(y0) - 1)
        bx1, by1 = min(self.pw, int(x1) + 2), min(self.ph, int(y1) + 2)
        if bx1 <= bx0 or by1 <= by0:
            return None
        return bx0, by0, bx1, by1

    def _grad_image(self, g: Grad, box: tuple[int, int, int, int]) -> Image.Image:
        x0, y0, x1, y1 = box
        inv = _inv(self.m)

        def loc(px: float, py: float) -> Pt:
            return (inv[0] * px + inv[1] * py + inv[2], inv[3] * px + inv[4] * py + inv[5])

        def src(px: float, py: float) -> Pt:
            lx, ly = loc(px, py)
            if g.kind == "lin":
                ax, ay, bx, by = g.geo
                dx, dy = bx - ax, by - ay
                t = ((lx - ax) * dx + (ly - ay) * dy) / ((dx * dx + dy * dy) or 1.0)
                return 2048.0 + 255.0 * t, 0.0
            cx, cy, rx, ry = g.geo
            nx, ny = (lx - cx) / rx, (ly - cy) / ry
            if g.kind == "rad":
                h = _RAD / 2
                return h + nx * h, h + ny * h
            co, si = math.cos(g.phase), math.sin(g.phase)
            h, u = _SHEEN / 2, _SHEEN / 3
            return h + (co * nx + si * ny) * u, h + (-si * nx + co * ny) * u

        o = src(x0, y0)
        ax_ = src(x0 + 1, y0)
        ay_ = src(x0, y0 + 1)
        data = (ax_[0] - o[0], ay_[0] - o[0], o[0], ax_[1] - o[1], ay_[1] - o[1], o[1])
        size = (x1 - x0, y1 - y0)
        if g.kind == "lin":
            return _strip(g.stops).transform(size, Image.Transform.AFFINE, data,
                                             Image.Resampling.NEAREST)
        if g.kind == "rad":
            im = _radial().transform(size, Image.Transform.AFFINE, data,
                                     Image.Resampling.NEAREST, fillcolor=255)
        else:
            im = _sheen_src().transform(size, Image.Transform.AFFINE, data,
                                        Image.Resampling.NEAREST, fillcolor=128)
        im.putpalette(_palette(g.stops))
        return im.convert("RGBA")

    # -- primitives
    def poly(self, pts: Sequence[Pt], fill: Fill, holes: Sequence[Sequence[Pt]] = (),
             clip: Sequence[Pt] | None = None, alpha: float = 1.0) -> None:
        if len(pts) < 3:
            return
        pp = self.tx(pts)
        if isinstance(fill, tuple) and not holes and clip is None and alpha >= 1.0:
            self.draw.polygon(pp, fill=(*fill, 255))
            self._grow(*bounds(pp))
            return
        box = self._pbox(pp)
        if box is None:
            return
        x0, y0, x1, y1 = box
        cp = self.tx(clip) if clip is not None else None
        if cp is not None:
            cx0, cy0, cx1, cy1 = bounds(cp)
            x0, y0 = max(x0, int(cx0) - 1), max(y0, int(cy0) - 1)
            x1, y1 = min(x1, int(cx1) + 2), min(y1, int(cy1) + 2)
            if x1 <= x0 or y1 <= y0:
                return
            box = (x0, y0, x1, y1)
        mask = Image.new("L", (x1 - x0, y1 - y0))
        md = ImageDraw.Draw(mask)
        md.polygon(shift(pp, -x0, -y0), fill=_c8(255 * alpha))
        for h in holes:
            md.polygon(shift(self.tx(h), -x0, -y0), fill=0)
        if cp is not None:
            cm = Image.new("L", mask.size)
            ImageDraw.Draw(cm).polygon(shift(cp, -x0, -y0), fill=255)
            mask = ImageChops.multiply(mask, cm)
        src: Image.Image | tuple[int, int, int, int]
        src = (*fill, 255) if isinstance(fill, tuple) else self._grad_image(fill, box)
        if alpha >= 1.0:
            self.layer.paste(src, box, mask)
        else:
            if isinstance(src, tuple):
                src = Image.new("RGBA", mask.size, src)
            src.putalpha(mask)
            region = self.layer.crop(box)
            self.layer.paste(Image.alpha_composite(region, src), box)
        self._grow(x0, y0, x1, y1)

    def oval(self, cx: float, cy: float, rx: float, ry: float, fill: Fill,
             holes: Sequence[Sequence[Pt]] = (), alpha: float = 1.0) -> None:
        self.poly(ell(cx, cy, rx, ry), fill, holes, alpha=alpha)

    def erase(self, pts: Sequence[Pt], clip: Sequence[Pt] | None = None) -> None:
        pp = self.tx(pts)
        box = self._pbox(pp)
        if box is None:
            return
        x0, y0, x1, y1 = box
        mask = Image.new("L", (x1 - x0, y1 - y0))
        ImageDraw.Draw(mask).polygon(shift(pp, -x0, -y0), fill=255)
        if clip is not None:
            cm = Image.new("L", mask.size)
            ImageDraw.Draw(cm).polygon(shift(self.tx(clip), -x0, -y0), fill=255)
            mask = ImageChops.multiply(mask, cm)
        region = self.layer.crop(box)
        region.putalpha(ImageChops.subtract(region.getchannel("A"), mask))
        self.layer.paste(region, box)

    def stroke(self, pts: Sequence[Pt], w: float, col: Color, closed: bool = False,
               caps: bool = False, dx: float = 0.0, dy: float = 0.0) -> None:
        """A polyline of width w (local units); dx, dy shift it in pixels."""
        if len(pts) < 2:
            return
        pp = shift(self.tx(pts), dx, dy)
        if closed:
            pp = [*pp, pp[0], pp[1]]
        wp = max(1.0, w * self.scale)
        if wp > 7 and len(pp) > 2:
            self.draw.polygon(ribbon(pp, wp), fill=(*col, 255))
        else:
            self.draw.line(pp, fill=(*col, 255), width=round(wp))
        if caps:
            r = wp / 2
            for x, y in (pp[0], pp[-1]):
                self.draw.ellipse((x - r, y - r, x + r, y + r), fill=(*col, 255))
        x0, y0, x1, y1 = bounds(pp)
        self._grow(x0 - wp, y0 - wp, x1 + wp, y1 + wp)

    def tube(self, pts: Sequence[Pt], w: float, base: Color, spec: float = 0.6,
             caps: bool = True, closed: bool = False) -> None:
        """A round bar or wire along a path, shaded by concentric strokes."""
        wp = w * self.scale
        levels = _TUBE if wp > 24 else _TUBE[::2]
        for frac, sh, off in levels:
            if w * frac * self.scale < 1.2:
                continue
            self.stroke(pts, w * frac, shade(base, sh[0] + sh[1] * spec), closed=closed,
                        caps=caps, dx=_LIGHT[0] * off * wp, dy=_LIGHT[1] * off * wp)

    def dots(self, items: Sequence[tuple[float, float, float, float, Color]]) -> None:
        """Many small axis-aligned ellipses (x, y, rx, ry, colour), drawn directly."""
        a, b, c, d, e, f = self.m
        sc = self.scale
        for x, y, rx, ry, col in items:
            px, py = a * x + b * y + c, d * x + e * y + f
            self.draw.ellipse((px - rx * sc, py - ry * sc, px + rx * sc, py + ry * sc),
                              fill=(*col, 255))
        if items:
            pts = self.tx([(x, y) for x, y, _, _, _ in items])
            x0, y0, x1, y1 = bounds(pts)
            m = max(max(it[2], it[3]) for it in items) * sc
            self._grow(x0 - m, y0 - m, x1 + m, y1 + m)

    def contact_poly(self, pts: Sequence[Pt], strength: float = 0.55) -> None:
        self.contacts.append((self.tx(pts), strength))

    def outline(self, pts: Sequence[Pt], w: float, col: Color) -> None:
        self.stroke(pts, w, col, closed=True)

    def contact(self, cx: float, cy: float, rx: float, ry: float, strength: float = 0.55,
                dy: float = 0.0) -> None:
        """A soft contact shadow (local ellipse), optionally moved dy design units down."""
        pts = shift(self.tx(ell(cx, cy, rx, ry, n=48)), 0, dy * self.u0)
        self.contacts.append((pts, strength))

    # -- compositing
    def compose(self, bg: Image.Image) -> Image.Image:
        x0, y0, x1, y1 = self.box
        x0, y0 = x0 - x0 % SS, y0 - y0 % SS
        x1 = min(self.pw, x1 + (-x1) % SS)
        y1 = min(self.ph, y1 + (-y1) % SS)
        if x1 <= x0 or y1 <= y0:
            return bg
        obj = self.layer.crop((x0, y0, x1, y1)).reduce(SS)
        ox, oy = x0 // SS, y0 // SS
        self._shadow(bg, obj, ox, oy)
        bg.paste(obj, (ox, oy), obj)
        return bg

    def _shadow(self, bg: Image.Image, obj: Image.Image, ox: int, oy: int) -> None:
        """Darken bg with a soft drop shadow of obj plus the contact shadows, in one region."""
        w, h = self.size
        q = 4
        u = min(w / 1200, h / 900)
        dy = round(16 * u)
        blur = max(1.0, 15 * u / q)
        pad = int(blur * 3 + 2) * q
        x0, y0, x1, y1 = ox, oy + dy, ox + obj.width, oy + dy + obj.height
        for pts, _ in self.contacts:
            bx0, by0, bx1, by1 = bounds(pts)
            x0, y0 = min(x0, int(bx0 / SS)), min(y0, int(by0 / SS))
            x1, y1 = max(x1, int(bx1 / SS) + 1), max(y1, int(by1 / SS) + 1)
        x0, y0 = max(0, x0 - pad) // q * q, max(0, y0 - pad) // q * q
        x1, y1 = min(w, x1 + pad), min(h, y1 + pad)
        if x1 <= x0 or y1 <= y0:
            return
        sw, sh = (x1 - x0) // q + 2, (y1 - y0) // q + 2
        m = Image.new("L", (sw, sh))
        a = obj.getchannel("A")
        small = a.resize((max(1, a.width // q), max(1, a.height // q)), Image.Resampling.BOX)
        m.paste(small, ((ox - x0) // q, (oy + dy - y0) // q))
        m = m.filter(ImageFilter.GaussianBlur(blur))
        k = self.drop
        m = m.point(lambda v: v * k)
        if self.contacts:
            cm = Image.new("L", (sw, sh))
            cd = ImageDraw.Draw(cm)
            for pts, st in self.contacts:
                cd.polygon([((x / SS - x0) / q, (y / SS - y0) / q) for x, y in pts],
                           fill=_c8(255 * st))
            cm = cm.filter(ImageFilter.GaussianBlur(max(1.0, 7 * u / q)))
            m = ImageChops.lighter(m, cm)
        up = m.resize((sw * q, sh * q), Image.Resampling.BILINEAR).crop((0, 0, x1 - x0, y1 - y0))
        bg.paste((24, 27, 34), (x0, y0, x1, y1), up)


# ----------------------------------------------------------------------------- background

_TONES: tuple[tuple[Color, Color, Color, float], ...] = (
    ((247, 248, 250), (214, 218, 224), (255, 255, 255), 0.13),
    ((104, 114, 128), (44, 50, 60), (150, 160, 174), 0.22),
    ((244, 242, 238), (212, 207, 199), (255, 253, 249), 0.1),
)


@lru_cache(maxsize=48)
def _background(size: tuple[int, int], view: int, accent: Color | None) -> Image.Image:
    """The studio backdrop (cached: callers must copy it before drawing on it)."""
    top, bottom, glow, acc_w = _TONES[view]
    gw, gh = 32, 24
    data: list[Color] = []
    for j in range(gh):
        v = (j + 0.5) / gh
        vs = v * v * (3 - 2 * v)
        for i in range(gw):
            u = (i + 0.5) / gw
            col = mix(top, bottom, vs)
            d = ((u - 0.5) / 0.55) ** 2 + ((v - 0.42) / 0.5) ** 2
            g = math.exp(-d * 1.4)
            col = mix(col, glow, 0.6 * g)
            if accent is not None:
                corner = min(1.0, 0.35 + 0.9 * ((u - 0.5) ** 2 + v * v * 0.6))
                col = mix(col, accent, acc_w * corner * (1 - 0.7 * g))
            e = (u - 0.5) ** 2 + (v - 0.5) ** 2
            col = shade(col, -0.22 * e)
            data.append(col)
    im = Image.new("RGB", (gw, gh))
    im.putdata(data)
    return im.resize(size, Image.Resampling.BICUBIC)


# ----------------------------------------------------------------------------- 3d helpers


def cylinder(c: Canvas, cx: float, cy: float, r: float, h: float, k: float, side: Stops,
             top: Fill | None, ry: float | None = None) -> None:
    """Vertical cylinder: top face centred at (cx, cy), side extending h downwards."""
    ry = r * k if ry is None else ry
    side_pts = [(cx + r, cy), *ell(cx, cy + h, r, ry, 0.0, PI), (cx - r, cy)]
    c.poly(side_pts, hlin(cx - r, cx + r, side))
    if top is not None:
        c.oval(cx, cy, r, ry, top)


def band(cx: float, cy: float, r: float, ry: float, h: float, a0: float = 0.0,
         a1: float = PI) -> list[Pt]:
    """Polygon of a band of height h on the front of a vertical cylinder."""
    return ell(cx, cy, r, ry, a0, a1) + ell(cx, cy + h, r, ry, a1, a0)


def hole(c: Canvas, pts: Sequence[Pt], depth: Pt, wall: Color, through: bool = True,
         floor: Color | None = None) -> None:
    """A hole with outline pts seen at an angle: the far wall, then the see-through part."""
    x0, _, x1, _ = bounds(pts)
    c.poly(pts, hlin(x0, x1, ((0.0, shade(wall, -0.55)), (0.55, shade(wall, -0.2)),
                              (1.0, shade(wall, 0.2)))))
    far = shift(pts, depth[0], depth[1])
    if through:
        c.erase(far, clip=pts)
    elif floor is not None:
        c.poly(far, floor, clip=pts)


def round_hole(c: Canvas, cx: float, cy: float, r: float, k: float, depth: float, wall: Color,
               through: bool = True, floor: Color | None = None) -> None:
    hole(c, ell(cx, cy, r, r * k, n=48), (0.0, depth), wall, through, floor)


def prism(c: Canvas, plane: Sequence[Pt], k: float, h: float, side: Stops, top: Fill | None,
          holes: Sequence[Sequence[Pt]] = (), cy: float = 0.0) -> list[Pt]:
    """Extrude a polygon lying in the ground plane (x, z); returns its projected top face."""
    n = len(plane)
    area = sum(plane[i][0] * plane[(i + 1) % n][1] - plane[(i + 1) % n][0] * plane[i][1]
               for i in range(n))
    sgn = 1.0 if area > 0 else -1.0
    proj = [(x, cy + z * k) for x, z in plane]
    quads: list[tuple[float, list[Pt], Color]] = []
    for i in range(n):
        (px, pz), (qx, qz) = plane[i], plane[(i + 1) % n]
        ex, ez = qx - px, qz - pz
        ln = math.hypot(ex, ez) or 1.0
        nx, nz = sgn * ez / ln, -sgn * ex / ln
        if nz <= 0:
            continue
        a, b = proj[i], proj[(i + 1) % n]
        quads.append(((pz + qz) / 2, [a, b, (b[0], b[1] + h), (a[0], a[1] + h)],
                      sample(side, (1 + nx) / 2)))
    quads.sort(key=lambda q: q[0])
    for _, pts, col in quads:
        c.poly(pts, col)
    if top is not None:
        c.poly(proj, top, holes)
    return proj


def slab(c: Canvas, pts: Sequence[Pt], d: Pt, face: Fill, side: Color,
         holes: Sequence[Sequence[Pt]] = ()) -> None:
    """A flat part seen nearly face-on, extruded by the vector d behind its face."""
    n = len(pts)
    area = sum(pts[i][0] * pts[(i + 1) % n][1] - pts[(i + 1) % n][0] * pts[i][1]
               for i in range(n))
    sgn = 1.0 if area > 0 else -1.0
    c.poly(shift(pts, d[0], d[1]), shade(side, -0.2))
    walls: list[tuple[float, list[Pt], Color]] = []
    for i in range(n):
        (px, py), (qx, qy) = pts[i], pts[(i + 1) % n]
        ex, ey = qx - px, qy - py
        ln = math.hypot(ex, ey) or 1.0
        nx, ny = sgn * ey / ln, -sgn * ex / ln
        if nx * d[0] + ny * d[1] <= 0:
            continue
        lum = nx * _LIGHT[0] + ny * _LIGHT[1]
        walls.append((-((px + qx) * d[0] + (py + qy) * d[1]),
                      [(px, py), (qx, qy), (qx + d[0], qy + d[1]), (px + d[0], py + d[1])],
                      shade(side, 0.22 * lum - 0.05)))
    walls.sort(key=lambda w: w[0])
    for _, quad, col in walls:
        c.poly(quad, col)
    c.poly(pts, face, holes)
    for hp in holes:
        hole(c, hp, d, side)


def ball(c: Canvas, cx: float, cy: float, r: float, col: Color, spec: float = 1.0) -> None:
    c.oval(cx, cy, r, r, rad(cx - r * 0.35, cy - r * 0.4, r * 1.45, r * 1.45, (
        (0.0, shade(col, 0.85 * spec)), (0.12, shade(col, 0.35 * spec)), (0.45, col),
        (0.8, shade(col, -0.45)), (1.0, shade(col, -0.3)))))


def hexagon(cx: float, cy: float, r: float, k: float = 1.0, a0: float = 0.0) -> list[Pt]:
    return [(cx + r * math.cos(a0 + i * PI / 3), cy + r * k * math.sin(a0 + i * PI / 3))
            for i in range(6)]


def hex_prism(c: Canvas, cx: float, cy: float, r: float, k: float, h: float, col: Color,
              a0: float = 0.0, spec: float = 1.0) -> list[Pt]:
    plane = [(cx + r * math.cos(a0 + i * PI / 3), r * math.sin(a0 + i * PI / 3))
             for i in range(6)]
    return prism(c, plane, k, h, metal(col, spec),
                 sheen(cx, cy, r, r * k, sheen_stops(col, spec)), cy=cy)


def lathe(c: Canvas, prof: Sequence[tuple[float, float, Stops]], k: float,
          top: Fill | None = None) -> None:
    """A turned part with a vertical axis: profile rows (y, radius, ramp) from top to bottom.

    Each section is shaded across its own radius; drawn bottom first so that the shelves
    of wider sections below narrower ones show.
    """
    for i in range(len(prof) - 2, -1, -1):
        y0, r0, st = prof[i]
        y1, r1, _ = prof[i + 1]
        rm = max(r0, r1)
        if rm <= 0:
            continue
        pts = ell(0, y0, r0, r0 * k, 0.0, PI, 48) + ell(0, y1, r1, r1 * k, PI, 0.0, 48)
        c.poly(pts, hlin(-rm, rm, st))
        if i > 0 and r0 > prof[i - 1][1] + 0.5:
            c.oval(0, y0, r0, r0 * k, sample(st, 0.45))
    if top is not None and prof[0][1] > 0:
        c.oval(0, prof[0][0], prof[0][1], prof[0][1] * k, top)


def facets(c: Color, n: int = 3) -> Stops:
    """Ramp of a hex prism's visible faces (t across the width)."""
    if n == 2:
        return ((0.0, shade(c, 0.15)), (0.5, shade(c, 0.3)), (0.5, shade(c, -0.2)),
                (1.0, shade(c, -0.4)))
    return ((0.0, shade(c, 0.2)), (0.25, shade(c, 0.35)), (0.25, shade(c, 0.02)),
            (0.75, shade(c, -0.08)), (0.75, shade(c, -0.35)), (1.0, shade(c, -0.48)))


def end_ellipse(p: Pt, d: Pt, r: float, squash: float = 0.45, n: int = 48) -> list[Pt]:
    """Ellipse of a tube's open end at p, the tube heading along direction d."""
    ln = math.hypot(d[0], d[1]) or 1.0
    ux, uy = d[0] / ln, d[1] / ln
    return [(p[0] - uy * r * math.cos(t) + ux * r * squash * math.sin(t),
             p[1] + ux * r * math.cos(t) + uy * r * squash * math.sin(t))
            for t in (i * TAU / n for i in range(n))]


def plane_rot(pts: Sequence[Pt], yaw: float, dx: float = 0.0, dz: float = 0.0) -> list[Pt]:
    co, si = math.cos(yaw), math.sin(yaw)
    return [(x * co - z * si + dx, x * si + z * co + dz) for x, z in pts]


class Plane:
    """Maps ground-plane points (x, z) at height y to the screen, with yaw and tilt k."""

    def __init__(self, yaw: float, k: float, y: float = 0.0) -> None:
        self.co, self.si, self.k, self.y = math.cos(yaw), math.sin(yaw), k, y

    def __call__(self, x: float, z: float, up: float = 0.0) -> Pt:
        return (x * self.co - z * self.si, self.y - up + (x * self.si + z * self.co) * self.k)

    def quad(self, x0: float, z0: float, x1: float, z1: float, up: float = 0.0) -> list[Pt]:
        return [self(x0, z0, up), self(x1, z0, up), self(x1, z1, up), self(x0, z1, up)]

    def oval(self, x: float, z: float, r: float, up: float = 0.0, n: int = 48) -> list[Pt]:
        return [self(x + r * math.cos(a), z + r * math.sin(a), up)
                for a in (i * TAU / n for i in range(n))]


def box(c: Canvas, pl: Plane, x0: float, z0: float, x1: float, z1: float, h: float,
        col: Color, top: Fill | None = None, base: float = 0.0) -> list[Pt]:
    """An upright box on the ground plane (height h above base); returns its top face."""
    corners = [(x0, z0), (x1, z0), (x1, z1), (x0, z1)]
    proj = [pl(x, z) for x, z in plane_rot(corners, 0.0)]
    rot = [(x * pl.co - z * pl.si, x * pl.si + z * pl.co) for x, z in corners]
    faces: list[tuple[float, list[Pt], float]] = []
    for i in range(4):
        (px, pz), (qx, qz) = rot[i], rot[(i + 1) % 4]
        ex, ez = qx - px, qz - pz
        ln = math.hypot(ex, ez) or 1.0
        nx, nz = ez / ln, -ex / ln
        if nz <= 0:
            continue
        a, b = proj[i], proj[(i + 1) % 4]
        faces.append(((pz + qz) / 2, [(a[0], a[1] - base - h), (b[0], b[1] - base - h),
                                      (b[0], b[1] - base), (a[0], a[1] - base)], nx))
    faces.sort(key=lambda f: f[0])
    for _, pts, nx in faces:
        f = -0.05 - 0.3 * (1 + nx) / 2
        y0 = min(p[1] for p in pts)
        y1 = max(p[1] for p in pts)
        c.poly(pts, vlin(y0, y1, ((0.0, shade(col, f + 0.06)), (1.0, shade(col, f - 0.1)))))
    top_pts = [(x, y - base - h) for x, y in proj]
    c.poly(top_pts, top if top is not None else shade(col, 0.12))
    return top_pts


# ----------------------------------------------------------------------------- kinds
# Each kind draws itself around (0, 0) in design units (the frame is 1200 x 900).

DrawFn = Callable[[Canvas, random.Random, int], None]


def _gear_profile(n: int, r_tip: float, r_root: float, phase: float) -> list[Pt]:
    p = TAU / n
    r_mid = (r_tip + r_root) / 2
    pts: list[Pt] = []
    for i in range(n):
        a = phase + i * p
        for fa, rr in ((-0.5, r_root), (-0.27, r_root), (-0.215, r_mid), (-0.14, r_tip),
                       (0.14, r_tip), (0.215, r_mid), (0.27, r_root)):
            pts.append((rr * math.cos(a + fa * p), rr * math.sin(a + fa * p)))
    return pts


def _one_gear(c: Canvas, n: int, r_tip: float, h: float, k: float, col: Color, phase: float,
              hub: float, web: int) -> None:
    m = 2 * r_tip / (n + 2)
    r_root = r_tip - 2.25 * m
    prof = _gear_profile(n, r_tip, r_root, phase)
    top = sheen(0, 0, r_tip, r_tip * k, sheen_stops(col, 0.9), 0.7)
    prism(c, prof, k, h, metal(col, 0.9), top)
    c.outline([(x, z * k) for x, z in prof], 1.6, shade(col, 0.45))
    hub_r = r_tip * hub
    if web:
        ri = r_root - 2.2 * m
        d = h * 0.45
        hole(c, ell(0, 0, ri, ri * k), (0, d), col, through=False)
        web_top = ell(0, d, ri, ri * k)
        c.poly(web_top, sheen(0, d, ri, ri * k, sheen_stops(shade(col, -0.12), 0.6), 0.7),
               clip=ell(0, 0, ri, ri * k))
        c.stroke(ell(0, 0, ri, ri * k, 0.0, PI), 2.0, shade(col, 0.5))
        rh = (ri + hub_r) / 2
        hr = (ri - hub_r) * 0.3
        for i in range(web):
            a = phase + i * TAU / web + 0.3
            hx, hz = rh * math.cos(a), rh * math.sin(a)
            hole(c, ell(hx, d + hz * k, hr, hr * k, n=40), (0, h - d), col)
        hub_top = -h * 0.25
        cylinder(c, 0, hub_top, hub_r, d - hub_top, k, metal(col, 0.9),
                 sheen(0, hub_top, hub_r, hub_r * k, sheen_stops(col, 0.9), 0.7))
    else:
        hub_top = -h * 0.22
        cylinder(c, 0, hub_top, hub_r, -hub_top, k, metal(col, 0.9),
                 sheen(0, hub_top, hub_r, hub_r * k, sheen_stops(col, 0.9), 0.7))
    c.outline(ell(0, hub_top, hub_r, hub_r * k), 1.6, shade(col, 0.5))
    br = hub_r * 0.55
    bore = ell(0, hub_top, br, br * k, n=64)
    kw = br * 0.28
    key = [(-kw, hub_top - br * k * 0.9), (-kw, hub_top - br * k * 1.28),
           (kw, hub_top - br * k * 1.28), (kw, hub_top - br * k * 0.9)]
    c.poly(key, shade(col, -0.5))
    hole(c, bore, (0, h - hub_top), col)


def _gear(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice((STEEL, STEEL, (176, 168, 150), (120, 124, 130))))
    n = rng.randint(20, 36)
    h = rng.uniform(60, 86)
    hub = rng.uniform(0.27, 0.33)
    web = rng.choice((0, 0, 4, 5, 6))
    ph = rng.uniform(0, TAU)
    if view == 0:
        r = 380.0
        with c.at(0, -40):
            c.contact(0, h + 10, r * 0.98, r * 0.5 * 0.98, 0.45)
            _one_gear(c, n, r, h, 0.5, col, ph, hub, web)
    elif view == 1:
        r1 = 300.0
        m = 2 * r1 / (n + 2)
        n2 = max(12, int(n * 0.55))
        r2 = m * (n2 + 2) / 2
        dist = m * (n + n2) / 2
        x1 = -dist * (r2 / (r1 + r2)) - 30
        with c.at(x1, -10):
            c.contact(0, h + 8, r1, r1 * 0.48, 0.45)
            c.contact(dist, h + 8, r2, r2 * 0.48, 0.45)
            _one_gear(c, n, r1, h, 0.48, col, PI / n, hub, web)
            with c.at(dist, 0):
                _one_gear(c, n2, r2, h, 0.48, col, PI, 0.4, 0)
    else:
        with c.at(0, -10):
            _one_gear(c, n, 380, h * 0.4, 0.93, col, ph, hub, web)


def _brake_disc_one(c: Canvas, rng: random.Random, k: float) -> None:
    r = 300.0
    col = jitter(rng, (150, 153, 157), 6)
    coated = rng.random() < 0.55
    hat_col = jitter(rng, (70, 72, 76), 4) if coated else shade(col, -0.1)
    t = rng.uniform(26, 34)
    vented = rng.random() < 0.8
    pattern = rng.choice(("plain", "plain", "drilled", "slotted"))
    bolts = rng.choice((4, 5, 5, 5, 6))
    hat_r = r * rng.uniform(0.44, 0.5)
    hat_h = r * rng.uniform(0.14, 0.2)
    rin = r * 0.62
    ry = r * k
    c.contact(0, t + 6, r * 0.99, ry * 0.99, 0.5)
    # rim edge with vents
    cylinder(c, 0, 0, r, t, k, metal(col, 0.8), None)
    if vented:
        y0, y1 = t * 0.34, t * 0.68
        c.poly(band(0, y0, r, ry, y1 - y0), (26, 26, 28))
        nv = rng.randint(34, 44)
        for i in range(nv):
            a = (i + 0.5) * TAU / nv
            if not 0.08 < a < PI - 0.08:
                continue
            da = 0.33 * TAU / nv
            c.poly(band(0, y0, r, ry, y1 - y0, a - da, a + da),
                   sample(metal(CAST, 0.5), (1 - math.cos(a)) / 2))
    face = sheen(0, 0, r, ry, sheen_stops(col, 1.0), 0.75)
    c.oval(0, 0, r, ry, face)
    for i in range(7):
        rr = rin + (r - rin) * (i + 0.5) / 7
        c.outline(ell(0, 0, rr, rr * k), 1.0, shade(col, 0.06 if i % 2 else -0.05))
    c.outline(ell(0, 0, r, ry), 2.0, shade(col, 0.45))
    if pattern == "drilled":
        rows = 3
        n = rng.choice((12, 16, 18))
        for j in range(rows):
            rr = rin + (r - rin) * (j + 1) / (rows + 1)
            for i in range(n):
                a = (i + j / rows) * TAU / n
                hx, hz = rr * math.cos(a), rr * math.sin(a)
                round_hole(c, hx, hz * k, 9, k, t * 0.4, CAST, through=False,
                           floor=(22, 22, 24))
    elif pattern == "slotted":
        n = rng.choice((6, 8, 10))
        for i in range(n):
            a0 = i * TAU / n
            pts = [((rin + (r - rin) * s) * math.cos(a0 + 0.35 * s),
                    (rin + (r - rin) * s) * math.sin(a0 + 0.35 * s) * k)
                   for s in (0.15, 0.35, 0.55, 0.75, 0.88)]
            c.stroke(pts, 7, (40, 40, 42))
            c.stroke(shift(pts, 0, 1.8), 3, shade(col, 0.2))
    # hat
    c.oval(0, 0, hat_r * 1.07, hat_r * 1.07 * k, shade(col, -0.45))
    cylinder(c, 0, -hat_h, hat_r, hat_h, k, metal(hat_col, 0.6),
             sheen(0, -hat_h, hat_r, hat_r * k, sheen_stops(hat_col, 0.8), 0.75))
    c.outline(ell(0, -hat_h, hat_r, hat_r * k), 1.8, shade(hat_col, 0.4))
    bore = hat_r * 0.5
    c.oval(0, -hat_h, bore * 1.18, bore * 1.18 * k, shade(hat_col, 0.25))
    round_hole(c, 0, -hat_h, bore, k, hat_h + t, hat_col)
    pcd = (bore * 1.18 + hat_r) / 2
    for i in range(bolts):
        a = -PI / 2 + i * TAU / bolts
        round_hole(c, pcd * math.cos(a), -hat_h + pcd * math.sin(a) * k, hat_r * 0.085, k,
                   12, hat_col)


def _brake_disc(c: Canvas, rng: random.Random, view: int) -> None:
    state = rng.getstate()
    if view == 0:
        with c.at(0, 40, 1.25):
            _brake_disc_one(c, rng, 0.45)
    elif view == 1:
        with c.at(150, -50, 0.92):
            _brake_disc_one(c, rng, 0.42)
        rng.setstate(state)
        with c.at(-150, 120, 0.92):
            _brake_disc_one(c, rng, 0.42)
    else:
        with c.at(0, 10, 1.2):
            _brake_disc_one(c, rng, 0.95)


def _bearing_one(c: Canvas, rng: random.Random, k: float, r: float = 250,
                 vh: float = 1.0) -> None:
    col = jitter(rng, (176, 181, 188), 6)
    w = r * rng.uniform(0.3, 0.42) * vh
    ro_in = r * 0.8
    ri_out = r * rng.uniform(0.6, 0.63)
    bore = r * rng.uniform(0.4, 0.46)
    sealed = rng.random() < 0.5
    seal_col = rng.choice(((40, 40, 44), (40, 40, 44), (150, 40, 34), (64, 98, 160)))
    c.contact(0, w + 5, r, r * k, 0.5)
    cylinder(c, 0, 0, r, w, k, metal(col, 1.0), None)
    c.stroke(ell(0, w, r, r * k, 0.0, PI), 2.0, shade(col, -0.5))
    gap = ell(0, 0, ro_in, ro_in * k)
    if sealed:
        hole(c, gap, (0, w * 0.08), col, through=False)
        c.poly(shift(gap, 0, w * 0.08), rad(0, w * 0.08, ro_in, ro_in * k,
                                             ((0.0, seal_col), (0.7, seal_col),
                                              (1.0, shade(seal_col, 0.2)))), clip=gap)
        rr = (ro_in + ri_out) / 2
        c.outline(ell(0, w * 0.08, rr, rr * k), 1.4, shade(seal_col, 0.18))
    else:
        hole(c, gap, (0, w * 0.5), col, through=False, floor=(40, 40, 44))
        rp = (ro_in + ri_out) / 2
        rb = (ro_in - ri_out) * 0.5
        nb = rng.randint(8, 12)
        yb = w * 0.5
        balls = sorted((math.sin(i * TAU / nb + 0.2), i * TAU / nb + 0.2) for i in range(nb))
        cage = shade(BRASS, -0.1) if rng.random() < 0.4 else shade(col, -0.15)
        c.poly(ell(0, yb - rb * 0.2, rp + rb * 0.55, (rp + rb * 0.55) * k),
               cage, holes=[ell(0, yb - rb * 0.2, rp - rb * 0.55, (rp - rb * 0.55) * k)],
               clip=gap)
        for s, a in balls:
            if s < 0:
                ball(c, rp * math.cos(a), yb + rp * math.sin(a) * k - rb * 0.5, rb, col)
        cylinder(c, 0, 0, ri_out, w * 0.5, k, metal(col, 0.8), None)
        for s, a in balls:
            if s >= 0:
                ball(c, rp * math.cos(a), yb + rp * math.sin(a) * k - rb * 0.5, rb, col)
        c.poly(ell(0, 0, r, r * k), col, holes=[gap])
    face = sheen(0, 0, r, r * k, sheen_stops(col, 1.0), 0.7)
    c.poly(ell(0, 0, r, r * k), face, holes=[gap])
    c.poly(ell(0, 0, ri_out, ri_out * k), face)
    for rr, cc in ((r, 0.55), (ro_in, -0.35), (ri_out, 0.5), (r * 0.97, -0.1),
                   (ri_out * 0.96, -0.12)):
        c.outline(ell(0, 0, rr, rr * k), 1.5, shade(col, cc))
    round_hole(c, 0, 0, bore, k, w, col)


def _bearing(c: Canvas, rng: random.Random, view: int) -> None:
    state = rng.getstate()
    if view == 0:
        with c.at(0, -40):
            _bearing_one(c, rng, 0.5, 340)
    elif view == 1:
        with c.at(150, -120, 0.75, rot=PI / 2 * 0.98):
            _bearing_one(c, rng, 0.35, 280)
        c.contact(150 - 40, 110, 150, 25, 0.6)
        rng.setstate(state)
        with c.at(-150, 70, 0.75):
            _bearing_one(c, rng, 0.5, 280)
    else:
        with c.at(0, -40):
            _bearing_one(c, rng, 0.94, 330, 0.35)


def _con_rod(c: Canvas, col: Color, y0: float, y1: float) -> None:
    rb = 92.0
    shank = [(-26, y0), (26, y0), (44, y1 - rb * 0.7), (-44, y1 - rb * 0.7)]
    d = (14.0, 10.0)
    slab(c, shank, d, hlin(-44, 44, satin(col)), shade(col, -0.3))
    c.poly([(-12, y0 + 20), (12, y0 + 20), (22, y1 - rb * 0.95), (-22, y1 - rb * 0.95)],
           hlin(-22, 22, ((0.0, shade(col, -0.45)), (0.5, shade(col, -0.25)),
                          (1.0, shade(col, 0.05)))))
    big = ell(0, y1, rb, rb)
    slab(c, big, d, rad(-20, y1 - 30, rb * 1.4, rb * 1.4, ((0.0, shade(col, 0.25)),
                                                          (1.0, shade(col, -0.25)))),
         shade(col, -0.3), holes=[ell(0, y1, rb * 0.58, rb * 0.58)])
    c.stroke([(-rb, y1), (-rb * 0.6, y1)], 3, shade(col, -0.55))
    c.stroke([(rb * 0.6, y1), (rb, y1)], 3, shade(col, -0.55))
    for sx in (-1, 1):
        hx = sx * rb * 0.78
        c.poly(rrect(hx - 16, y1 + rb * 0.55, hx + 16, y1 + rb * 0.9, 4),
               hlin(hx - 16, hx + 16, metal(shade(col, -0.1))))


def _piston_body(c: Canvas, rng: random.Random, k: float, col: Color, r: float,
                 h: float, pin: bool) -> None:
    ry = r * k
    cylinder(c, 0, 0, r, h, k, metal(col, 0.7), None)
    for i in range(3):
        gy = h * (0.085 + 0.075 * i)
        c.poly(band(0, gy, r, ry, h * 0.032), hlin(-r, r, metal((70, 72, 76), 0.8)))
        c.stroke(ell(0, gy, r, ry, 0.0, PI), 1.6, shade(col, -0.55))
        c.stroke(ell(0, gy + h * 0.032, r, ry, 0.0, PI), 1.4, shade(col, 0.35))
    c.stroke(ell(0, h, r, ry, 0.0, PI), 2.0, shade(col, -0.5))
    if pin:
        py = h * 0.62
        pr = r * 0.26
        c.oval(0, py, pr * 1.6, pr * 1.55, rad(0, py, pr * 1.6, pr * 1.55, (
            (0.0, shade(col, -0.05)), (0.8, shade(col, -0.15)), (1.0, shade(col, -0.3)))))
        c.oval(0, py, pr * 1.02, pr * 1.02, shade(col, -0.55))
        c.oval(0, py, pr, pr, rad(-pr * 0.3, py - pr * 0.35, pr * 1.5, pr * 1.5,
                                  ((0.0, shade(STEEL, 0.6)), (1.0, shade(STEEL, -0.3)))))
        c.oval(0, py, pr * 0.55, pr * 0.55, rad(pr * 0.2, py + pr * 0.2, pr * 0.6, pr * 0.6,
                                                ((0.0, (60, 62, 66)), (1.0, (30, 31, 34)))))
        c.outline(ell(0, py, pr * 1.12, pr * 1.12), 2.0, (70, 72, 78))
    top = sheen(0, 0, r, ry, sheen_stops(col, 0.7), 0.7)
    c.oval(0, 0, r, ry, top)
    if rng.random() < 0.5:
        for sx in (-1, 1):
            vx = sx * r * 0.38
            c.oval(vx, -ry * 0.2, r * 0.34, r * 0.34 * k, shade(col, -0.12))
            c.stroke(ell(vx, -ry * 0.2, r * 0.34, r * 0.34 * k, PI, TAU), 1.4,
                     shade(col, -0.4))
    else:
        c.oval(0, 0, r * 0.55, r * 0.55 * k, rad(r * 0.1, ry * 0.1, r * 0.55, r * 0.55 * k, (
            (0.0, shade(col, -0.35)), (0.8, shade(col, -0.15)), (1.0, shade(col, 0.15)))))
    c.outline(ell(0, 0, r, ry), 2.0, shade(col, 0.55))
    c.outline(ell(0, 0, r * 0.95, ry * 0.95), 1.0, shade(col, -0.12))


def _piston(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, ALU, 5)
    rod_col = jitter(rng, (120, 126, 134), 6)
    r = 165.0
    h = 2 * r * rng.uniform(0.8, 0.92)
    if view == 0:
        k = 0.34
        with c.at(0, -250):
            _con_rod(c, rod_col, h * 0.62, h * 0.62 + 330)
            c.contact(0, h * 0.62 + 330 + 100, 110, 22, 0.5)
            _piston_body(c, rng, k, col, r, h, True)
    elif view == 1:
        k = 0.36
        with c.at(-110, -170):
            c.contact(0, h + 4, r * 1.02, r * k, 0.55)
            _piston_body(c, rng, k, col, r, h, True)
        with c.at(190, 250, 1.0, rot=-0.25):
            pr = r * 0.26
            c.contact(0, pr + 4, 150, 18, 0.5)
            c.poly(rrect(-150, -pr, 150, pr, 6), vlin(-pr, pr, metal(STEEL, 1.2)))
            c.oval(150, 0, pr * 0.35, pr, rad(150, 0, pr * 0.35, pr, (
                (0.0, (30, 31, 34)), (0.55, (50, 52, 56)), (0.6, shade(STEEL, 0.3)),
                (1.0, shade(STEEL, -0.2)))))
    else:
        k = 0.62
        with c.at(0, -150, 1.15):
            c.contact(0, h + 4, r * 1.02, r * k, 0.55)
            _piston_body(c, rng, k, col, r, h * 0.85, True)


def _paint_can_one(c: Canvas, rng: random.Random, k: float, paint: Color, open_: bool,
                   r: float = 200, h: float = 270) -> None:
    tin = jitter(rng, (190, 194, 200), 4)
    ry = r * k
    c.contact(0, h + 4, r * 1.02, ry * 1.02, 0.55)
    cylinder(c, 0, 0, r, h, k, metal(tin, 0.8), None)
    lab0, lab1 = h * 0.2, h * 0.86
    c.poly(band(0, lab0, r, ry, lab1 - lab0), hlin(-r, r, gloss(paint)))
    c.poly(band(0, lab0 + (lab1 - lab0) * 0.62, r, ry, (lab1 - lab0) * 0.12),
           hlin(-r, r, satin((236, 236, 232))))
    c.poly(band(0, lab0 + (lab1 - lab0) * 0.76, r, ry, (lab1 - lab0) * 0.05),
           hlin(-r, r, satin(shade(paint, -0.25))))
    for y in (h * 0.06, h * 0.94):
        c.stroke(ell(0, y, r, ry, 0.0, PI), 5, shade(tin, 0.35))
        c.stroke(ell(0, y + 4, r, ry, 0.0, PI), 2, shade(tin, -0.4))
    c.oval(0, 0, r, ry, sheen(0, 0, r, ry, sheen_stops(tin, 0.8), 0.7))
    c.outline(ell(0, 0, r - 3, ry - 3 * k), 6, shade(tin, 0.35))
    ri = r * 0.86
    if open_:
        hole(c, ell(0, 0, ri, ri * k), (0, 14), tin, through=False)
        c.poly(ell(0, 14, ri, ri * k), rad(-ri * 0.3, 14 - ri * k * 0.3, ri * 1.3, ri * k * 1.3,
                                          ((0.0, shade(paint, 0.35)), (0.25, shade(paint, 0.1)),
                                           (1.0, shade(paint, -0.2)))),
               clip=ell(0, 0, ri, ri * k))
        c.stroke(ell(-ri * 0.3, 14 - ri * k * 0.2, ri * 0.3, ri * k * 0.18, PI * 1.1, PI * 1.6),
                 4, shade(paint, 0.6))
    else:
        c.outline(ell(0, 0, ri, ri * k), 3, shade(tin, -0.35))
        c.outline(ell(0, 2.5, ri - 6, (ri - 6) * k), 2, shade(tin, 0.4))
    # bail handle
    for sx in (-1, 1):
        ex = sx * r * 0.985
        c.poly(rrect(ex - 12, h * 0.1, ex + 12, h * 0.26, 6), shade(tin, -0.15))
        c.oval(ex, h * 0.17, 5, 5, shade(tin, -0.5))
    arc = [(r * 0.985 * math.cos(a), h * 0.17 - math.sin(a) * r * 0.42)
           for a in (i * PI / 40 for i in range(41))]
    c.tube(arc, 7, (150, 154, 160), spec=1.0, caps=False)
    grip = [(x, y) for x, y in arc if abs(x) < r * 0.28]
    c.tube(grip, 16, (40, 40, 44), spec=0.5)


def _paint_can(c: Canvas, rng: random.Random, view: int) -> None:
    paint = jitter(rng, rng.choice(PAINTS), 10)
    if view == 0:
        with c.at(0, -140, 1.25):
            _paint_can_one(c, rng, 0.36, paint, False)
    elif view == 1:
        with c.at(-70, -110, 1.15):
            _paint_can_one(c, rng, 0.4, paint, True)
        with c.at(320, 250, 1.05, rot=-0.5):
            lr = 175.0
            c.oval(0, 6, lr, lr * 0.22, (120, 124, 130))
            c.oval(0, 0, lr, lr * 0.22, sheen(0, 0, lr, lr * 0.22,
                                              sheen_stops((190, 194, 200), 0.8)))
            c.oval(0, 0, lr * 0.8, lr * 0.18, rad(0, 0, lr * 0.8, lr * 0.18, (
                (0.0, shade(paint, 0.2)), (1.0, shade(paint, -0.15)))))
    else:
        with c.at(170, -90, 0.95):
            _paint_can_one(c, rng, 0.36, shade(paint, -0.1), False)
        with c.at(-190, 10, 0.9):
            _paint_can_one(c, rng, 0.36, rng.choice(PAINTS), False, 190, 240)


def _coil_body(c: Canvas, rng: random.Random, k: float, r: float, length: float,
               straps: int) -> None:
    finish = rng.choice(("cold", "cold", "hot", "galv", "painted"))
    col = {"cold": (176, 184, 193), "hot": (92, 98, 108), "galv": (194, 199, 203),
           "painted": (176, 184, 193)}[finish]
    col = jitter(rng, col, 5)
    paint = rng.choice(PAINTS[:4]) if finish == "painted" else col
    eye = r * rng.uniform(0.33, 0.4)
    ry = r * k
    cylinder(c, 0, 0, r, length, k, gloss(paint) if finish == "painted" else metal(col, 0.9),
             None)
    ta = rng.uniform(0.6, 1.2)
    c.stroke([(r * math.cos(ta), r * k * math.sin(ta)),
              (r * math.cos(ta), length + r * k * math.sin(ta))], 2.5, shade(paint, -0.4))
    c.oval(0, 0, r, ry, sheen(0, 0, r, ry, sheen_stops(col, 1.0), 0.6))
    wraps = rng.randint(16, 24)
    for i in range(wraps):
        rr = eye + (r - eye) * (i + rng.uniform(0.2, 0.8)) / wraps
        c.outline(ell(0, 0, rr, rr * k), 1.2, shade(col, -0.18 if i % 2 else 0.12))
    if finish == "painted":
        c.outline(ell(0, 0, r - 2, ry - 2 * k), 4, paint)
    c.outline(ell(0, 0, r, ry), 2.0, shade(col, 0.5))
    hole(c, ell(0, 0, eye, eye * k), (0, length), col, through=length < eye * k * 2)
    c.outline(ell(0, 0, eye, eye * k), 2.0, shade(col, 0.4))
    strap = (88, 96, 110)
    for i in range(straps):
        y = length * (i + 1) / (straps + 1)
        c.stroke(ell(0, y, r + 2, ry + 2 * k, 0.0, PI), 16, shade(strap, -0.2))
        c.stroke(ell(0, y - 2, r + 2, ry + 2 * k, 0.0, PI), 10, strap)
        c.stroke(ell(0, y - 4, r + 2, ry + 2 * k, 0.2, PI - 0.2), 3, shade(strap, 0.4))
    for a in (PI / 2 + 0.15,):
        x0, z0 = eye * math.cos(a), eye * math.sin(a) * k
        x1, z1 = r * math.cos(a), r * math.sin(a) * k
        c.stroke([(x0, z0), (x1, z1), (x1, z1 + length)], 16, strap)
        c.stroke([(x0 - 3, z0), (x1 - 3, z1), (x1 - 3, z1 + length)], 4, shade(strap, 0.4))


def _steel_coil(c: Canvas, rng: random.Random, view: int) -> None:
    state = rng.getstate()
    if view == 0:
        c.contact(-20, 280, 340, 36, 0.6)
        with c.at(200, 0, 1.0, rot=PI / 2):
            _coil_body(c, rng, 0.42, 290, 400, 2)
    elif view == 1:
        with c.at(0, -150):
            c.contact(0, 300 + 5, 330, 330 * 0.42, 0.55)
            _coil_body(c, rng, 0.42, 330, 300, 1)
    else:
        c.contact(-220, 215, 210, 24, 0.6)
        c.contact(250, 215, 210, 24, 0.6)
        with c.at(-130, 0, 0.72, rot=PI / 2):
            _coil_body(c, rng, 0.42, 290, 300, 2)
        rng.setstate(state)
        with c.at(345, 0, 0.72, rot=PI / 2):
            _coil_body(c, rng, 0.42, 290, 300, 2)


def _spring_one(c: Canvas, col: Color, turns: float, rc: float, height: float, wire: float,
                k: float) -> None:
    ry = rc * k
    n = int(turns * 48)
    total = turns * TAU

    def ypos(th: float) -> float:
        f = th / total
        closed = 0.9 / turns
        if f < closed:
            y = f * 0.35
        elif f > 1 - closed:
            y = 1 - (1 - f) * 0.35
        else:
            a = closed * 0.35
            y = a + (f - closed) / (1 - 2 * closed) * (1 - 2 * a)
        return -height / 2 + y * height

    pts = [(rc * math.cos(i * total / n), ypos(i * total / n) + ry * math.sin(i * total / n))
           for i in range(n + 1)]
    fronts: list[list[Pt]] = []
    backs: list[list[Pt]] = []
    cur: list[Pt] = []
    cur_front = True
    for i, p in enumerate(pts):
        front = math.sin(i * total / n) >= 0
        if i and front != cur_front:
            cur.append(p)
            (fronts if cur_front else backs).append(cur)
            cur = []
        cur_front = front
        cur.append(p)
    (fronts if cur_front else backs).append(cur)
    c.contact(0, height / 2 + ry * 0.6, rc + wire, ry * 0.9, 0.5)
    for seg in backs:
        c.tube(seg, wire, shade(col, -0.35), spec=0.3)
    for seg in fronts:
        c.tube(seg, wire, col, spec=0.8)


def _coil_spring(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((40, 42, 46), (40, 42, 46), (150, 34, 36), (36, 96, 60),
                                  (40, 84, 160), (210, 170, 40), (120, 124, 130))), 6)
    turns = rng.uniform(5.5, 8.5)
    rc = rng.uniform(120, 155)
    wire = rng.uniform(26, 36)
    height = rng.uniform(520, 640)
    if view == 0:
        _spring_one(c, col, turns, rc, height, wire, 0.34)
    elif view == 1:
        with c.at(-170, -40, 0.85):
            _spring_one(c, col, turns, rc, height, wire, 0.34)
        with c.at(190, 50, 0.8):
            _spring_one(c, col, turns - 1, rc, height * 0.82, wire, 0.34)
    else:
        c.contact(0, 170, height / 2 + 20, 30, 0.55)
        with c.at(0, 10, 1.0, rot=PI / 2):
            _spring_one(c, col, turns, rc, height, wire, 0.3)
        c.contacts.pop(0)


def _hex_side(c: Canvas, x0: float, x1: float, hr: float, col: Color, chamfer: bool) -> None:
    """A hex prism lying along x (head or nut of a bolt), three faces towards the viewer."""
    faces = ((-hr, -hr * 0.5, 0.32), (-hr * 0.5, hr * 0.5, 0.0), (hr * 0.5, hr, -0.38))
    for y0, y1, sh in faces:
        c.poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
               vlin(y0, y1, flat(shade(col, sh), -0.1, 0.1)))
        if chamfer:
            for ex in (x0, x1):
                c.poly(ell(ex, (y0 + y1) / 2, (x1 - x0) * 0.09, (y1 - y0) / 2, -PI / 2, PI / 2)
                       if ex == x0 else
                       ell(ex, (y0 + y1) / 2, (x1 - x0) * 0.09, (y1 - y0) / 2, PI / 2,
                           PI * 1.5), shade(col, sh - 0.1))
    c.stroke([(x0, -hr * 0.5), (x1, -hr * 0.5)], 1.5, shade(col, 0.5))
    c.stroke([(x0, hr * 0.5), (x1, hr * 0.5)], 1.5, shade(col, -0.3))


def _bolt_one(c: Canvas, col: Color, length: float, dia: float, head: float,
              thread_frac: float, nut_at: float = 0.0) -> None:
    """A bolt lying along +x, head at x=0, seen from the side."""
    r = dia / 2
    hw = head * 0.36
    hr = head / 2
    c.contact(length / 2, hr + 6, length / 2 + hw, 16, 0.55)
    x_th = length * (1 - thread_frac)
    c.poly(rrect(hw, -r, length, r, r * 0.25), vlin(-r, r, metal(col, 1.0)))
    pitch = dia * 0.16
    x = x_th
    while x < length - pitch * 1.2:
        c.stroke([(x, -r * 0.97), (x + pitch * 0.55, r * 0.97)], pitch * 0.4, shade(col, -0.42))
        c.stroke([(x + pitch * 0.3, -r * 0.8), (x + pitch * 0.6, r * 0.3)], pitch * 0.14,
                 shade(col, 0.5))
        x += pitch
    c.oval(length, 0, r * 0.22, r * 0.92, vlin(-r, r, ((0.0, shade(col, 0.3)),
                                                       (1.0, shade(col, -0.3)))))
    fr = head * 0.6
    c.poly(rrect(hw - 2, -fr, hw + 14, fr, 5), vlin(-fr, fr, metal(col)))
    _hex_side(c, 0, hw, hr, col, True)
    c.oval(0, 0, hw * 0.2, hr * 0.98, vlin(-hr, hr, ((0.0, shade(col, 0.45)),
                                                     (1.0, shade(col, -0.35)))))
    if nut_at:
        nw = dia * 0.8
        wr = head * 0.62
        c.poly(rrect(nut_at - 14, -wr, nut_at, wr, 4), vlin(-wr, wr, metal(col)))
        _hex_side(c, nut_at, nut_at + nw, hr, col, True)


def _nut(c: Canvas, col: Color, r: float, k: float, h: float) -> None:
    c.contact(0, h + 4, r, r * k, 0.55)
    hex_prism(c, 0, 0, r, k, h, col, PI / 6, 1.0)
    c.oval(0, 0, r * 0.84, r * 0.84 * k, sheen(0, 0, r, r * k, sheen_stops(col, 0.7)))
    c.outline(ell(0, 0, r * 0.84, r * 0.84 * k), 1.5, shade(col, 0.4))
    hole(c, ell(0, 0, r * 0.52, r * 0.52 * k), (0, h), col)
    for i in range(4):
        c.stroke(ell(0, h * 0.12 + i * h * 0.14, r * 0.52, r * 0.52 * k, PI * 1.12, PI * 1.88),
                 max(1.5, h * 0.03), shade(col, -0.55))


def _bolt(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((178, 184, 192), (200, 182, 112), (72, 74, 78),
                                  (150, 154, 158))), 6)
    dia = rng.uniform(76, 92)
    length = rng.uniform(560, 660)
    head = dia * rng.uniform(1.5, 1.65)
    thread = rng.uniform(0.45, 0.9)
    if view == 0:
        with c.at(-380, -40, 1.1, rot=0.2):
            _bolt_one(c, col, length, dia, head, thread)
        with c.at(320, 200):
            _nut(c, col, head * 0.62, 0.5, dia * 0.75)
    elif view == 1:
        for i, (x, y, rot) in enumerate(((-360, -190, 0.08), (-340, 0, 0.16),
                                         (-320, 190, 0.24))):
            with c.at(x, y, 0.95, rot=rot):
                _bolt_one(c, col, length * (1 - 0.12 * i), dia, head, thread)
    else:
        with c.at(-360, 0, 1.15, rot=-0.05):
            _bolt_one(c, col, length, dia, head, max(thread, 0.6), length * 0.62)


def _pad_shape(half: float, ro: float, ri: float, ears: bool) -> list[Pt]:
    """Outline of a brake pad in its plane: an arc segment around (0, rc)."""
    rc = (ro + ri) / 2

    def p(r: float, a: float) -> Pt:
        return (r * math.sin(a), rc - r * math.cos(a))

    pts = [p(ri, -half + (2 * half) * i / 24) for i in range(25)]
    if ears:
        rm = (ro + ri) / 2
        e = 0.09
        pts += [p(rm - 22, half), p(rm - 22, half + e), p(rm + 4, half + e * 1.25),
                p(rm + 26, half + e), p(rm + 26, half)]
    pts += [p(ro, half - (2 * half) * i / 24) for i in range(25)]
    if ears:
        rm = (ro + ri) / 2
        e = 0.09
        pts += [p(rm + 26, -half), p(rm + 26, -half - e), p(rm + 4, -half - e * 1.25),
                p(rm - 22, -half - e), p(rm - 22, -half)]
    return pts


def _brake_pad_one(c: Canvas, rng: random.Random, k: float, plate: Color, lining: Color,
                   slot: bool) -> None:
    ro, ri = 720.0, 520.0
    half = 0.36
    vh = math.sqrt(1 - k * k) / 0.87
    c.contact(0, 16 * vh, 290, 95 * k, 0.45)
    prism(c, _pad_shape(half, ro, ri, True), k, 14 * vh, metal(plate, 0.6),
          sheen(0, 0, 300, 300 * k, sheen_stops(plate, 0.5)))
    lp = _pad_shape(half - 0.04, ro - 14, ri + 14, False)
    ch = 5
    lp = [*lp[ch:25 - ch], lp[25 - ch + 2], *lp[25 + ch:50 - ch], lp[50 - ch + 2]]
    lh = 34 * vh
    top = prism(c, lp, k, lh, satin(lining),
                lin(0, -100 * k, 0, 100 * k, flat(lining, -0.08, 0.08)), cy=-lh)
    for _ in range(110):
        z = rng.uniform(-60, 60)
        x = rng.uniform(-190, 190) * (1 - abs(z) / 300)
        c.oval(x, -lh + z * k, 2.2, 2.2 * k, shade(lining, rng.choice((-0.25, 0.18))))
    c.outline(top, 1.6, shade(lining, 0.3))
    if slot:
        c.poly([(-6, -lh - 95 * k), (6, -lh - 95 * k), (6, -lh + 95 * k), (-6, -lh + 95 * k)],
               shade(lining, -0.55))
        c.stroke([(7, -lh - 95 * k), (7, -lh + 95 * k)], 2, shade(lining, 0.25))


def _brake_pad(c: Canvas, rng: random.Random, view: int) -> None:
    plate = jitter(rng, rng.choice(((60, 62, 66), (60, 62, 66), (150, 155, 162),
                                    (96, 100, 108))), 5)
    lining = jitter(rng, rng.choice(((84, 80, 76), (70, 70, 72), (96, 88, 80))), 4)
    slot = rng.random() < 0.75
    if view == 0:
        with c.at(110, -90, 1.05, rot=0.0):
            _brake_pad_one(c, rng, 0.5, plate, lining, slot)
        with c.at(-100, 120, 1.05, rot=0.0):
            _brake_pad_one(c, rng, 0.5, plate, lining, slot)
    elif view == 1:
        with c.at(0, 20, 1.35):
            _brake_pad_one(c, rng, 0.55, plate, lining, slot)
    else:
        for x, y in ((-200, -130), (210, -130), (-200, 150), (210, 150)):
            with c.at(x, y, 0.7):
                _brake_pad_one(c, rng, 0.6, plate, lining, slot)


def _brake_drum(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, (98, 101, 106), 5)
    mach = jitter(rng, (170, 174, 180), 4)
    r = 300.0
    d = rng.uniform(200, 250)
    studs = rng.choice((4, 4, 5))
    ribs = rng.randint(2, 4)
    if view == 1:
        k = 0.62
        with c.at(0, -120):
            c.contact(0, d + 6, r * 1.04, r * 1.04 * k, 0.55)
            cylinder(c, 0, 0, r * 1.04, d, k, metal(col, 0.5), None)
            for i in range(ribs):
                y = d * (0.25 + 0.5 * i / max(1, ribs - 1))
                c.stroke(ell(0, y, r * 1.045, r * 1.045 * k, 0.0, PI), 10, shade(col, 0.08))
                c.stroke(ell(0, y + 5, r * 1.045, r * 1.045 * k, 0.0, PI), 3, shade(col, -0.4))
            c.oval(0, 0, r * 1.04, r * 1.04 * k, sheen(0, 0, r, r * k, sheen_stops(mach, 0.9)))
            ri = r * 0.9
            inner = ell(0, 0, ri, ri * k)
            c.poly(inner, hlin(-ri, ri, metal(mach, 0.8)))
            fy = d * 0.5
            c.poly(ell(0, fy, ri, ri * k), rad(0, fy, ri, ri * k, (
                (0.0, shade(col, -0.2)), (0.5, shade(col, -0.35)), (1.0, shade(col, -0.6)))),
                clip=inner)
            c.poly(ell(0, fy, r * 0.34, r * 0.34 * k), shade(mach, -0.2), clip=inner)
            c.poly(ell(0, fy, r * 0.2, r * 0.2 * k), (20, 20, 22), clip=inner)
            for i in range(studs):
                a = PI / 4 + i * TAU / studs
                c.poly(ell(r * 0.27 * math.cos(a), fy + r * 0.27 * math.sin(a) * k, 12, 12 * k),
                       (20, 20, 22), clip=inner)
            c.outline(ell(0, 0, r * 1.04, r * 1.04 * k), 2, shade(mach, 0.5))
            c.outline(inner, 2, shade(mach, 0.3))
        return
    k = 0.45 if view == 0 else 0.8
    vh = math.sqrt(1 - k * k) / 0.89
    dd = d * vh
    s = 1.15 if view == 0 else 1.05
    with c.at(0, -100 * s if view == 0 else -60, s):
        c.contact(0, dd + 6, r * 1.04, r * 1.04 * k, 0.55)
        rf = r * 0.78
        sh = dd * 0.22
        cylinder(c, 0, sh, r, dd - sh, k, metal(col, 0.5), None)
        c.poly(band(0, dd - 26 * vh, r * 1.04, r * 1.04 * k, 26 * vh),
               hlin(-r, r, metal(col, 0.6)))
        for i in range(ribs):
            y = sh + (dd - sh) * (0.25 + 0.45 * i / max(1, ribs - 1))
            c.stroke(ell(0, y, r * 1.005, r * 1.005 * k, 0.0, PI), 10, shade(col, 0.1))
            c.stroke(ell(0, y + 5, r * 1.005, r * 1.005 * k, 0.0, PI), 3, shade(col, -0.45))
        c.poly(ell(0, 0, rf, rf * k, 0.0, PI) + ell(0, sh, r, r * k, PI, 0.0),
               hlin(-r, r, metal(col, 0.4)))
        c.oval(0, 0, rf, rf * k, sheen(0, 0, rf, rf * k, sheen_stops(mach, 0.9)))
        c.outline(ell(0, 0, rf, rf * k), 2, shade(mach, 0.4))
        hub = r * 0.36
        cylinder(c, 0, -28 * vh, hub, 28 * vh, k, metal(mach, 0.8),
                 sheen(0, -28 * vh, hub, hub * k, sheen_stops(mach, 0.8)))
        round_hole(c, 0, -28 * vh, hub * 0.55, k, dd, col, through=False, floor=(18, 18, 20))
        pcd = (hub + rf) / 2
        for i in range(studs):
            a = -PI / 2 + PI / studs + i * TAU / studs
            sx, sy = pcd * math.cos(a), pcd * math.sin(a) * k
            round_hole(c, sx, sy, 16, k, 8, mach, through=False, floor=(24, 24, 26))
        c.oval(0, -28 * vh, hub * 0.7, hub * 0.7 * k, mach, holes=[
            ell(0, -28 * vh, hub * 0.55, hub * 0.55 * k)])


def _leaf_spring_one(c: Canvas, col: Color, leaves: int,
                     half: float, sag: float, depth: float) -> None:
    t = 22.0
    c.contact(0, sag + leaves * t + 40, half * 0.6, 22, 0.5)
    c.contact(-half, 30, 70, 16, 0.4)
    c.contact(half, 30, 70, 16, 0.4)

    def curve(i: int, hl: float) -> list[Pt]:
        return [(x, sag * (1 - (x / half) ** 2) + i * t)
                for x in (-hl + 2 * hl * j / 40 for j in range(41))]

    for i in range(leaves - 1, -1, -1):
        hl = half * (1 - 0.17 * i) if i else half
        cv = curve(i, hl)
        top = cv + shift(cv[::-1], depth * 0.45, -depth)
        if i == 0:
            c.poly(top, lin(0, -depth, 0, 0, flat(col, -0.05, 0.25)))
        front = cv + shift(cv[::-1], 0, t)
        c.poly(front, vlin(min(p[1] for p in cv), max(p[1] for p in cv) + t,
                           ((0.0, shade(col, 0.1)), (1.0, shade(col, -0.3)))))
        c.stroke(cv, 1.6, shade(col, 0.45))
        for sx in (-1, 1):
            ex, ey = cv[0] if sx < 0 else cv[-1]
            c.poly([(ex, ey), (ex + depth * 0.45, ey - depth), (ex + depth * 0.45,
                                                               ey - depth + t), (ex, ey + t)],
                   shade(col, -0.2 if sx > 0 else 0.05))
    for sx in (-1, 1):
        ex = sx * (half + 34)
        ey = -20.0
        ring = ell(ex, ey, 50, 50, n=48)
        slab(c, ring, (depth * 0.45, -depth), rad(ex - 15, ey - 18, 70, 70, (
            (0.0, shade(col, 0.3)), (1.0, shade(col, -0.25)))), shade(col, -0.2),
            holes=[ell(ex, ey, 34, 34, n=40)])
        c.oval(ex, ey, 34, 34, (30, 30, 32))
        c.oval(ex, ey, 16, 16, rad(ex - 5, ey - 5, 20, 20, ((0.0, shade(STEEL, 0.5)),
                                                          (1.0, shade(STEEL, -0.3)))))
        c.oval(ex, ey, 8, 8, (20, 20, 22))
    # U-bolts and clamp plate around the centre
    yb = sag + leaves * t
    c.poly(rrect(-80, yb - 4, 80, yb + 22, 5), vlin(yb, yb + 22, metal(shade(col, 0.1), 0.5)))
    for ux in (-60, 60):
        c.tube([(ux, sag - depth - 18), (ux, yb + 50)], 16, STEEL, 0.8)
        c.poly(rrect(ux - 20, yb + 22, ux + 20, yb + 46, 4), vlin(yb + 22, yb + 46,
                                                                  facets(STEEL, 3)))
    c.tube(ell(0, sag - depth - 10, 60, 30, PI, TAU), 16, STEEL, 0.8, caps=False)


def _leaf_spring(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((44, 46, 50), (44, 46, 50), (70, 74, 80), (58, 64, 56))), 5)
    leaves = rng.randint(3, 7)
    half = rng.uniform(440, 500)
    sag = rng.uniform(80, 120)
    if view == 0:
        with c.at(0, -80, 0.92):
            _leaf_spring_one(c, col, leaves, half, sag, 60)
    elif view == 1:
        with c.at(30, -200, 0.85):
            _leaf_spring_one(c, col, leaves, half, sag, 50)
        with c.at(-30, 90, 0.85):
            _leaf_spring_one(c, col, leaves, half, sag, 50)
    else:
        with c.at(0, -70, 0.92):
            _leaf_spring_one(c, col, 2, half, sag * 1.2, 18)


def _shock_one(c: Canvas, body: Color, boot: bool, stud: bool) -> None:
    """A shock absorber along the local y axis, top at y=-400."""
    k = 0.28
    rb = 52.0
    y_body = -120.0
    length = 400.0
    # rod
    cylinder(c, 0, -340, 15, y_body + 340, k, metal(CHROME, 1.3),
             sheen(0, -340, 15, 15 * k, sheen_stops(CHROME)))
    if boot:
        n = 9
        y0, y1 = -300.0, y_body - 10
        for i in range(n):
            ya = y0 + (y1 - y0) * i / n
            yb = y0 + (y1 - y0) * (i + 1) / n
            lathe(c, [(ya, 26, satin(RUBBER)), ((ya + yb) / 2, 34, satin(RUBBER)),
                      (yb, 26, satin(RUBBER))], k)
    # body
    lathe(c, [(y_body - 14, 20, metal(CHROME)), (y_body, 40, metal(CHROME)),
              (y_body, rb, metal(body, 0.9)), (y_body + length, rb, metal(body, 0.9)),
              (y_body + length + 20, rb * 0.8, metal(body, 0.6))], k,
          sheen(0, y_body - 14, 20, 20 * k, sheen_stops(CHROME)))
    c.poly(band(0, y_body + 20, rb, rb * k, 16), hlin(-rb, rb, metal(shade(body, -0.2))))
    # bottom eye
    ye = y_body + length + 58
    c.poly([(-24, y_body + length + 6), (24, y_body + length + 6), (24, ye), (-24, ye)],
           hlin(-24, 24, metal(body, 0.7)))
    ring = ell(0, ye, 44, 44, n=48)
    slab(c, ring, (12, -10), rad(-12, ye - 14, 60, 60, ((0.0, shade(body, 0.3)),
                                                        (1.0, shade(body, -0.25)))),
         shade(body, -0.3), holes=[ell(0, ye, 30, 30, n=40)])
    c.oval(0, ye, 30, 30, (32, 32, 34))
    c.oval(0, ye, 14, 14, rad(-4, ye - 4, 18, 18, ((0.0, shade(STEEL, 0.5)),
                                                   (1.0, shade(STEEL, -0.3)))))
    c.oval(0, ye, 6, 6, (20, 20, 22))
    # top
    if stud:
        c.poly(rrect(-9, -420, 9, -330, 3), hlin(-9, 9, metal(STEEL)))
        for i in range(8):
            y = -416 + i * 9
            c.stroke([(-9, y), (9, y + 4)], 2, shade(STEEL, -0.4))
        lathe(c, [(-352, 46, metal(STEEL)), (-344, 46, metal(STEEL)),
                  (-344, 30, satin(RUBBER)), (-326, 34, satin(RUBBER)),
                  (-326, 40, metal(STEEL)), (-320, 40, metal(STEEL))], k,
              sheen(0, -352, 46, 46 * k, sheen_stops(STEEL)))
        lathe(c, [(-376, 22, facets(STEEL)), (-360, 22, facets(STEEL))], k,
              sheen(0, -376, 22, 22 * k, sheen_stops(STEEL)))
    else:
        yt = -385.0
        c.poly([(-20, yt), (20, yt), (20, -330), (-20, -330)], hlin(-20, 20, metal(STEEL)))
        ring = ell(0, yt, 42, 42, n=48)
        slab(c, ring, (12, -10), rad(-12, yt - 14, 60, 60, ((0.0, shade(STEEL, 0.4)),
                                                            (1.0, shade(STEEL, -0.25)))),
             shade(STEEL, -0.3), holes=[ell(0, yt, 28, 28, n=40)])
        c.oval(0, yt, 28, 28, (32, 32, 34))
        c.oval(0, yt, 13, 13, rad(-4, yt - 4, 18, 18, ((0.0, shade(STEEL, 0.5)),
                                                       (1.0, shade(STEEL, -0.3)))))
        c.oval(0, yt, 6, 6, (20, 20, 22))


def _shock_absorber(c: Canvas, rng: random.Random, view: int) -> None:
    body = jitter(rng, rng.choice(((40, 42, 46), (40, 42, 46), (222, 176, 30), (36, 80, 160),
                                   (170, 36, 36), (120, 124, 130))), 5)
    boot = rng.random() < 0.6
    stud = rng.random() < 0.5
    if view == 0:
        with c.at(30, 0, 1.1, rot=-1.2):
            c.contact(0, 0, 60, 420, 0.45, dy=50)
            _shock_one(c, body, boot, stud)
    elif view == 1:
        for x, y, rot in ((-40, -90, -1.25), (60, 130, -1.3)):
            with c.at(x, y, 0.98, rot=rot):
                c.contact(0, 0, 60, 420, 0.45, dy=50)
                _shock_one(c, body, boot, stud)
    else:
        with c.at(0, 20, 1.0, rot=0.0):
            c.contact(0, 385, 70, 20, 0.5)
            _shock_one(c, body, boot, stud)


def _spark_plug_one(c: Canvas, col: Color, k: float, long_reach: bool) -> None:
    """A spark plug along the local y axis, terminal at the top (y=-300)."""
    white = (238, 238, 234)
    cer = ((0.0, shade(white, -0.35)), (0.15, shade(white, -0.1)), (0.32, shade(white, 0.5)),
           (0.5, shade(white, -0.02)), (0.85, shade(white, -0.22)), (1.0, shade(white, -0.35)))
    prof: list[tuple[float, float, Stops]] = [(-300, 14, metal(col)), (-290, 16, metal(col)),
                                              (-262, 16, metal(col)), (-258, 10, metal(col)),
                                              (-248, 10, metal(col)), (-246, 26, cer)]
    y = -246.0
    for _ in range(5):
        prof += [(y + 6, 30, cer), (y + 14, 30, cer), (y + 20, 26, cer)]
        y += 20
    prof += [(y + 40, 34, cer), (y + 60, 38, cer), (y + 60, 40, metal(col)),
             (y + 76, 40, metal(col)), (y + 76, 56, facets(col)), (y + 130, 56, facets(col)),
             (y + 130, 44, metal(col)), (y + 146, 44, metal(col)), (y + 146, 50, metal(STEEL)),
             (y + 156, 50, metal(STEEL)), (y + 156, 30, metal(col))]
    th_end = y + (290 if long_reach else 240)
    prof += [(th_end, 30, metal(col)), (th_end + 4, 24, metal(col))]
    lathe(c, prof, k, sheen(0, -300, 14, 14 * k, sheen_stops(col)))
    c.oval(0, -300, 6, 6 * k, shade(col, -0.4))
    for i in range(int((th_end - y - 160) / 11)):
        ty = y + 162 + i * 11
        c.stroke(ell(0, ty, 30, 30 * k, 0.1, PI - 0.1, 24), 3, shade(col, -0.45))
    # electrodes
    c.poly(rrect(-5, th_end, 5, th_end + 20, 2), hlin(-5, 5, metal(BRASS)))
    c.poly([(22, th_end), (30, th_end), (30, th_end + 34), (-6, th_end + 34),
            (-6, th_end + 26), (22, th_end + 26)], hlin(-6, 30, metal(STEEL)))


def _spark_plug(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((184, 188, 194), (184, 188, 194), (196, 184, 130))), 4)
    long_reach = rng.random() < 0.5
    if view == 0:
        with c.at(20, 20, 1.65, rot=-1.15):
            c.contact(0, -90, 45, 220, 0.45, dy=40)
            _spark_plug_one(c, col, 0.3, long_reach)
    elif view == 1:
        for x, y, rot in ((-60, -100, -1.2), (60, 150, -1.1)):
            with c.at(x, y, 1.35, rot=rot):
                c.contact(0, -90, 45, 220, 0.45, dy=40)
                _spark_plug_one(c, col, 0.3, long_reach)
    else:
        with c.at(0, 100, 1.45):
            _spark_plug_one(c, col, 0.3, long_reach)


def _filter_spin_on(c: Canvas, rng: random.Random, body: Color, k: float, cut: bool,
                    r: float = 190, h: float = 340) -> None:
    ry = r * k
    c.contact(0, h + 6, r * 1.02, ry * 1.02, 0.55)
    cylinder(c, 0, 0, r, h, k, gloss(body), None)
    c.poly(band(0, h - 18, r, ry, 18), hlin(-r, r, gloss(shade(body, -0.15))))
    if rng.random() < 0.6:
        for i in range(36):
            a = (i + 0.5) * TAU / 36
            if 0.15 < a < PI - 0.15:
                x = r * math.cos(a)
                c.stroke([(x, ry * math.sin(a) + 8), (x, ry * math.sin(a) + h * 0.2)],
                         5, shade(body, -0.35 + 0.5 * (1 - math.cos(a)) / 2 - 0.2))
    c.stroke(ell(0, 4, r, ry, 0.0, PI), 6, shade(body, 0.3))
    plate = (170, 174, 180)
    if cut:
        c.oval(0, 0, r, ry, shade(body, -0.3))
        ri = r * 0.94
        inner = ell(0, 6, ri, ri * k)
        c.poly(inner, (240, 232, 208))
        n = 60
        for i in range(n):
            a = i * TAU / n
            p0 = (r * 0.42 * math.cos(a), 6 + r * 0.42 * math.sin(a) * k)
            p1 = (ri * math.cos(a), 6 + ri * math.sin(a) * k)
            c.stroke([p0, p1], 2.5, (196, 184, 150))
        c.oval(0, 6, r * 0.42, r * 0.42 * k, (196, 200, 206))
        round_hole(c, 0, 6, r * 0.32, k, h, plate, through=False, floor=(30, 30, 32))
        for i in range(24):
            a = i * TAU / 24
            c.oval(r * 0.37 * math.cos(a), 6 + r * 0.37 * math.sin(a) * k, 3, 3 * k,
                   (60, 62, 66))
        c.outline(ell(0, 0, r, ry), 3, shade(body, 0.3))
        return
    c.oval(0, 0, r, ry, sheen(0, 0, r, ry, sheen_stops(plate, 0.8)))
    c.outline(ell(0, 0, r, ry), 3, shade(plate, 0.4))
    gr = r * 0.8
    gasket: Stops = ((0.0, (40, 40, 44)), (0.8, (50, 50, 54)), (0.9, (80, 80, 86)),
                     (1.0, (36, 36, 40)))
    c.poly(ell(0, -6, gr, gr * k), rad(0, -6, gr, gr * k, gasket),
           holes=[ell(0, -6, gr * 0.84, gr * 0.84 * k)])
    c.stroke(ell(0, 2, gr, gr * k, 0.0, PI), 5, (28, 28, 30))
    for i in range(8):
        a = i * TAU / 8 + 0.2
        round_hole(c, r * 0.5 * math.cos(a), r * 0.5 * math.sin(a) * k, r * 0.07, k, 6, plate,
                   through=False, floor=(26, 26, 28))
    cylinder(c, 0, -10, r * 0.26, 10, k, metal(plate), plate)
    round_hole(c, 0, -10, r * 0.19, k, 30, plate, through=False, floor=(24, 24, 26))
    for i in range(3):
        c.stroke(ell(0, -4 + i * 6, r * 0.19, r * 0.19 * k, PI * 1.1, PI * 1.9), 2,
                 shade(plate, -0.5))


def _filter_panel(c: Canvas, rng: random.Random, frame: Color, k: float, pleats: int) -> None:
    w, d = 520.0, 340.0
    vh = math.sqrt(1 - k * k) / 0.87
    paper = jitter(rng, (238, 228, 196), 5)
    outer = rrect(-w / 2, -d / 2, w / 2, d / 2, 16)
    c.contact(0, 30 * vh + d / 2 * k, w / 2 + 10, d / 2 * k + 12, 0.5)
    prism(c, outer, k, 30 * vh, satin(frame), sheen(0, 0, w, d * k, sheen_stops(frame, 0.4)))
    iw, idp = w / 2 - 30, d / 2 - 30
    ph = 22 * vh
    c.poly([(-iw, -idp * k), (iw, -idp * k), (iw, idp * k), (-iw, idp * k)],
           shade(paper, -0.5))
    step = 2 * iw / pleats
    for i in range(pleats):
        x0 = -iw + i * step
        c.poly([(x0, -idp * k - ph), (x0 + step / 2, -idp * k - ph - 4 * vh),
                (x0 + step / 2, idp * k - ph), (x0, idp * k - ph)], shade(paper, 0.12))
        c.poly([(x0 + step / 2, -idp * k - ph - 4 * vh), (x0 + step, -idp * k - ph),
                (x0 + step, idp * k - ph), (x0 + step / 2, idp * k - ph)], shade(paper, -0.12))
        c.stroke([(x0 + step / 2, -idp * k - ph), (x0 + step / 2, idp * k - ph)], 1.5,
                 shade(paper, 0.45))
    c.poly([(-iw, idp * k - ph), (iw, idp * k - ph), (iw, idp * k), (-iw, idp * k)],
           shade(paper, -0.3))
    c.outline([(-iw, -idp * k - ph), (iw, -idp * k - ph), (iw, idp * k), (-iw, idp * k)], 6,
              shade(frame, -0.05))


def _filter(c: Canvas, rng: random.Random, view: int) -> None:
    panel = rng.random() < 0.35
    body = jitter(rng, rng.choice(((30, 86, 170), (226, 110, 30), (40, 42, 46), (236, 236, 232),
                                   (200, 40, 40), (60, 140, 80))), 6)
    if panel:
        frame = jitter(rng, rng.choice(((60, 62, 66), (226, 120, 40), (120, 124, 130))), 5)
        pleats = rng.randint(18, 26)
        if view == 0:
            with c.at(0, 20, 1.5):
                _filter_panel(c, rng, frame, 0.5, pleats)
        elif view == 1:
            with c.at(-120, -90, 1.15):
                _filter_panel(c, rng, frame, 0.45, pleats)
            with c.at(130, 120, 1.15):
                _filter_panel(c, rng, frame, 0.45, pleats)
        else:
            with c.at(0, 0, 1.5):
                _filter_panel(c, rng, frame, 0.95, pleats)
        return
    if view == 0:
        with c.at(0, -140, 1.15):
            _filter_spin_on(c, rng, body, 0.4, False)
    elif view == 1:
        with c.at(160, -160, 0.95):
            _filter_spin_on(c, rng, body, 0.4, False)
        with c.at(-170, -60, 0.95):
            _filter_spin_on(c, rng, body, 0.4, False, 180, 300)
    else:
        with c.at(0, -140, 1.15):
            _filter_spin_on(c, rng, body, 0.45, True)


def _belt_one(c: Canvas, rx: float, rz: float, w: float, k: float, col: Color,
              timing: bool, ribs: int) -> None:
    """A belt loop lying on the floor, turned inside out to show its ribs or teeth."""
    ry = rz * k
    rim = ell(0, 0, rx, ry)
    inner = ell(0, 0, rx - 8, ry - 8 * k)
    c.poly(inner, vlin(-ry, ry, ((0.0, shade(col, -0.05)), (1.0, shade(col, -0.45)))))
    c.erase(shift(inner, 0, w), clip=inner)
    c.poly(band(0, 0, rx, ry, w), hlin(-rx, rx, satin(shade(col, -0.1))))
    if timing:
        n = 70
        for i in range(n):
            a0 = (i + 0.2) * PI / n
            a1 = (i + 0.62) * PI / n
            t = (1 - math.cos((a0 + a1) / 2)) / 2
            c.poly(band(0, 0, rx, ry, w, a0, a1), sample(satin(shade(col, 0.12)), t))
    else:
        hw = w / ribs
        for j in range(ribs):
            y = j * hw
            c.poly(band(0, y + hw * 0.08, rx, ry, hw * 0.42),
                   hlin(-rx, rx, satin(shade(col, 0.14))))
            c.poly(band(0, y + hw * 0.5, rx, ry, hw * 0.42),
                   hlin(-rx, rx, satin(shade(col, -0.2))))
    c.poly(rim, shade(col, 0.2), holes=[inner])
    c.stroke(ell(0, 0, rx, ry, 0.05, PI - 0.05), 1.5, shade(col, 0.4))


def _belt(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, (48, 49, 52), 4)
    timing = rng.random() < 0.4
    ribs = rng.randint(4, 8)
    w = 14.0 * ribs if not timing else rng.uniform(70, 100)
    rx = rng.uniform(380, 420)
    rz = rx * rng.uniform(0.75, 0.95)
    c.drop = 0.45
    if view == 0:
        with c.at(0, -40):
            _belt_one(c, rx, rz, w, 0.42, col, timing, ribs)
    elif view == 1:
        with c.at(-130, -120, 0.72):
            _belt_one(c, rx, rz, w, 0.45, col, timing, ribs)
        with c.at(150, 100, 0.72):
            _belt_one(c, rx * 0.9, rz * 0.85, w, 0.45, col, timing, ribs)
    else:
        with c.at(0, -80, 1.0):
            _belt_one(c, rx, rz * 0.8, w * 1.5, 0.32, col, timing, ribs)


def _hose_path(rng: random.Random, shape: int) -> list[Pt]:
    j = rng.uniform(-40, 40)
    if shape == 0:
        return bez((-420, -180 + j), (-60, -260), (60, 240), (420, 170 - j), 60)
    if shape == 1:
        return bez((-420, 180), (-140, 200 + j), (260, 160), (320, -230 + j), 60)
    return bez((-380, -120 + j), (-100, 320), (160, 320), (400, -140 - j), 60)


def _hose_one(c: Canvas, pts: list[Pt], w: float, col: Color, stripe: Color | None,
              clamp: Color) -> None:
    r = w / 2
    c.contact((pts[0][0] + pts[-1][0]) / 2, max(p[1] for p in pts) + r + 6,
              abs(pts[-1][0] - pts[0][0]) / 2 + r, 24, 0.45)
    c.tube(pts, w, col, spec=0.35, caps=False)
    if stripe is not None:
        c.stroke(offset(pts, -r * 0.45)[2:-2], 7, stripe)
    for end, nxt in ((pts[0], pts[1]), (pts[-1], pts[-2])):
        d = (end[0] - nxt[0], end[1] - nxt[1])
        outer = end_ellipse(end, d, r)
        c.poly(outer, shade(col, 0.1))
        c.poly(end_ellipse(end, d, r * 0.68), (16, 16, 18))
        c.outline(outer, 1.5, shade(col, 0.3))
    for idx in (7, len(pts) - 8):
        p = pts[idx]
        nx, ny = normals(pts)[idx]
        a = (p[0] + nx * r * 1.08, p[1] + ny * r * 1.08)
        b = (p[0] - nx * r * 1.08, p[1] - ny * r * 1.08)
        c.tube([a, b], 20, clamp, spec=1.0, caps=True)
        hx, hy = p[0] - nx * r * 0.95, p[1] - ny * r * 0.95
        c.poly(rrect(hx - 18, hy - 14, hx + 18, hy + 14, 4), vlin(hy - 14, hy + 14, metal(clamp)))
        c.poly(hexagon(hx, hy, 9), shade(clamp, 0.25))


def _hose(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((40, 41, 44), (40, 41, 44), (40, 41, 44), (30, 80, 160),
                                  (170, 40, 36))), 4)
    stripe = rng.choice((None, (40, 110, 200), (220, 180, 40), (230, 230, 225))) \
        if col[0] < 60 and col[2] < 60 else None
    shape = rng.randrange(3)
    w = rng.uniform(80, 100)
    clamp = (178, 184, 190)
    pts = _hose_path(rng, shape)
    if view == 0:
        _hose_one(c, pts, w, col, stripe, clamp)
    elif view == 1:
        with c.at(-40, -110, 0.8):
            _hose_one(c, pts, w, col, stripe, clamp)
        with c.at(60, 150, 0.75, rot=0.15):
            _hose_one(c, _hose_path(rng, (shape + 1) % 3), w * 0.8, col, stripe, clamp)
    else:
        with c.at(0, 0, 1.0, rot=-0.3):
            _hose_one(c, bez((-440, 40), (-150, -40), (150, 40), (440, -40), 40), w * 1.9, col,
                      stripe, clamp)


WIRE_COLS: tuple[Color, ...] = ((200, 40, 36), (36, 36, 40), (40, 90, 190), (230, 190, 40),
                                (40, 150, 70), (236, 236, 232), (130, 80, 46), (232, 120, 30),
                                (130, 70, 170), (150, 152, 156))


def _bundle(c: Canvas, path: list[Pt], cols: Sequence[Color], wire: float) -> None:
    n = len(cols)
    for i, col in enumerate(cols):
        off = (i - (n - 1) / 2) * wire * 0.92
        c.tube(offset(path, off), wire, col, spec=0.8, caps=False)


def _tape(c: Canvas, path: list[Pt], i0: int, i1: int, width: float, col: Color) -> None:
    c.tube(path[i0:i1 + 1], width, col, spec=0.35, caps=False)


def _connector(c: Canvas, p: Pt, d: Pt, w: float, col: Color, pins: int) -> None:
    ang = math.atan2(d[1], d[0])
    with c.at(p[0], p[1], 1.0, rot=ang):
        ln = w * 0.9
        body = rrect(0, -w / 2, ln, w / 2, 8)
        slab(c, body, (10, 14), lin(0, -w / 2, 0, w / 2, flat(col, -0.15, 0.15)),
             shade(col, -0.35))
        c.poly(rrect(ln * 0.25, -w * 0.18, ln * 0.8, w * 0.18, 5), shade(col, -0.12))
        c.poly(rrect(ln * 0.3, -w * 0.12, ln * 0.75, w * 0.12, 4), shade(col, 0.15))
        for i in range(pins):
            y = -w / 2 + w * (i + 0.5) / pins
            c.poly(rrect(ln - 8, y - w * 0.25 / pins, ln - 2, y + w * 0.25 / pins, 1.5),
                   (30, 30, 32))
        c.stroke([(0, -w / 2 + 6), (ln - 6, -w / 2 + 6)], 2, shade(col, 0.4))


def _wire_harness(c: Canvas, rng: random.Random, view: int) -> None:
    n = rng.randint(7, 11)
    cols = [rng.choice(WIRE_COLS) for _ in range(n)]
    conn_cols = [rng.choice(((236, 236, 230), (40, 40, 44), (120, 124, 130), (40, 90, 170),
                             (230, 190, 60), (60, 140, 80))) for _ in range(5)]
    tape = (30, 30, 34)
    wire = 13.0
    j = rng.uniform(-40, 40)
    trunk = bez((-420, 120 + j), (-150, 80), (120, 40 - j), (380, -90), 60)
    b1 = bez(trunk[20], (trunk[20][0] - 20, -60), (-220, -180), (-300, -230 + j), 30)
    b2 = bez(trunk[38], (trunk[38][0] + 40, 180), (200, 220), (330, 250 - j), 30)
    s = 0.95 if view != 2 else 1.3
    ox, oy = (0.0, 20.0) if view != 2 else (120.0, 40.0)

    def draw() -> None:
        c.drop = 0.4
        _bundle(c, b1, cols[: max(2, n // 3)], wire)
        _bundle(c, b2, cols[n // 3: n // 3 + max(2, n // 3)], wire)
        _bundle(c, trunk, cols, wire)
        width = wire * n * 0.92 + 10
        conduit = rng.random() < 0.5
        if conduit:
            seg = trunk[4:18]
            c.tube(seg, width + 8, (36, 36, 40), spec=0.4, caps=False)
            for i in range(0, len(seg) - 1):
                q0, q1 = seg[i], seg[i + 1]
                nx, ny = normals(seg)[i]
                m = ((q0[0] + q1[0]) / 2, (q0[1] + q1[1]) / 2)
                hw = (width + 8) / 2
                c.stroke([(m[0] - nx * hw, m[1] - ny * hw), (m[0] + nx * hw, m[1] + ny * hw)],
                         3, (64, 64, 70))
        for a, b in ((18, 23), (36, 41), (50, 54)):
            _tape(c, trunk, a, b, width + 6, tape)
        for br in (b1, b2):
            _tape(c, br, 0, 4, wire * 4, tape)
        ends = ((trunk[-1], (trunk[-1][0] - trunk[-2][0], trunk[-1][1] - trunk[-2][1]), n, 0),
                (trunk[0], (trunk[0][0] - trunk[1][0], trunk[0][1] - trunk[1][1]), n, 1),
                (b1[-1], (b1[-1][0] - b1[-2][0], b1[-1][1] - b1[-2][1]), max(2, n // 3), 2),
                (b2[-1], (b2[-1][0] - b2[-2][0], b2[-1][1] - b2[-2][1]), max(2, n // 3), 3))
        for p, d, pins, ci in ends:
            _connector(c, p, d, wire * pins * 0.92 + 26, conn_cols[ci], pins)

    if view == 1:
        with c.at(-60, -60, 0.85, rot=0.25):
            draw()
    else:
        with c.at(ox, oy, s):
            draw()


def _battery(c: Canvas, rng: random.Random, view: int) -> None:
    case = jitter(rng, rng.choice(((40, 42, 46), (40, 42, 46), (226, 228, 226), (52, 80, 140),
                                   (90, 94, 100))), 5)
    band_col = jitter(rng, rng.choice(((214, 40, 36), (30, 110, 200), (240, 180, 30),
                                       (40, 150, 80), (226, 110, 30))), 6)
    w, d, h = 520.0, 250.0, 290.0 * rng.uniform(0.9, 1.05)
    yaw = (-0.42, 0.5, -0.15)[view]
    k = (0.42, 0.42, 0.72)[view]
    s = (1.15, 1.1, 1.05)[view]
    with c.at(0, 175 if view != 2 else 120, s):
        pl = Plane(yaw, k)
        c.contact_poly(pl.quad(-w / 2, -d / 2, w / 2, d / 2), 0.5)
        box(c, pl, -w / 2, -d / 2, w / 2, d / 2, h, case, shade(case, 0.1))
        # front label band on the face that faces the viewer most
        fz = d / 2 if yaw <= 0.3 else -d / 2
        front = (-1 if yaw > 0.3 else 1)
        if front == 1:
            pts = [pl(-w / 2 + 30, fz, h * 0.72), pl(w / 2 - 30, fz, h * 0.72),
                   pl(w / 2 - 30, fz, h * 0.3), pl(-w / 2 + 30, fz, h * 0.3)]
            c.poly(pts, lin(0, pts[0][1], 0, pts[3][1], gloss(band_col)[1:]))
            c.poly([pl(-w / 2 + 30, fz, h * 0.4), pl(w / 2 - 30, fz, h * 0.4),
                    pl(w / 2 - 30, fz, h * 0.36), pl(-w / 2 + 30, fz, h * 0.36)],
                   (236, 236, 232))
        else:
            fx = w / 2
            pts = [pl(fx, -d / 2 + 24, h * 0.72), pl(fx, d / 2 - 24, h * 0.72),
                   pl(fx, d / 2 - 24, h * 0.3), pl(fx, -d / 2 + 24, h * 0.3)]
            c.poly(pts, lin(0, pts[0][1], 0, pts[3][1], gloss(band_col)[1:]))
        lid = box(c, pl, -w / 2 + 12, -d / 2 + 12, w / 2 - 12, d / 2 - 12, 18, shade(case, 0.05),
                  shade(case, 0.16), base=h)
        c.outline(lid, 1.5, shade(case, 0.35))
        top = h + 18
        # handle groove and handle
        c.poly([pl(-w * 0.2, -d / 2 + 30, top), pl(w * 0.2, -d / 2 + 30, top),
                pl(w * 0.2, -d / 2 + 52, top), pl(-w * 0.2, -d / 2 + 52, top)],
               shade(case, -0.3))
        c.tube([pl(-w * 0.18, -d / 2 + 41, top + 4), pl(w * 0.18, -d / 2 + 41, top + 4)], 12,
               shade(case, -0.05), spec=0.4)
        # vent caps
        for i in range(6):
            x = -w * 0.3 + i * w * 0.12
            c.poly(pl.oval(x, 20, 18, top), shade(case, -0.2))
            c.poly(pl.oval(x, 20, 14, top + 3), shade(case, 0.05))
        c.poly(pl.oval(w * 0.15, -20, 14, top), (30, 30, 32))
        c.poly(pl.oval(w * 0.15, -20, 9, top + 1), (40, 170, 80))
        for sx, cap in ((-1, (40, 40, 44)), (1, (206, 36, 34))):
            x = sx * (w / 2 - 70)
            zc = d / 2 - 60
            lead = (134, 138, 146)
            for up, rr, colr in ((top, 40, shade(cap, -0.2)), (top + 12, 36, cap)):
                c.poly(pl.oval(x, zc, rr, up), colr)
            bx, by = pl(x, zc, top + 12)
            cylinder(c, bx, by - 40, 22, 40, k, metal(lead, 0.8),
                     sheen(bx, by - 40, 22, 22 * k, sheen_stops(lead, 0.8)))
            c.outline(pl.oval(x, zc, 36, top + 12), 2, shade(cap, 0.3))


def _sensor_lambda(c: Canvas, col: Color, k: float) -> None:
    """Oxygen sensor along local y: slotted tip at the bottom, cable leaving the top."""
    prof: list[tuple[float, float, Stops]] = [
        (-170, 16, satin((50, 50, 54))), (-120, 20, satin((50, 50, 54))),
        (-120, 28, metal(col)), (-60, 28, metal(col)), (-60, 44, facets(col)),
        (-10, 44, facets(col)), (-10, 48, metal(STEEL)), (0, 48, metal(STEEL)),
        (0, 28, metal(col)), (70, 28, metal(col)), (70, 22, metal(STEEL, 1.2)),
        (150, 20, metal(STEEL, 1.2)), (158, 14, metal(STEEL))]
    lathe(c, prof, k)
    for i in range(8):
        ty = 6 + i * 8
        c.stroke(ell(0, ty, 28, 28 * k, 0.1, PI - 0.1, 24), 2.5, shade(col, -0.45))
    for i in range(3):
        y = 86 + i * 22
        c.poly(rrect(-16, y, -4, y + 12, 2), (30, 30, 32))
        c.poly(rrect(4, y, 16, y + 12, 2), (40, 40, 44))


def _sensor(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, (180, 184, 190), 5)
    plastic = jitter(rng, rng.choice(((40, 40, 44), (40, 40, 44), (70, 74, 80))), 4)
    conn = jitter(rng, rng.choice(((40, 40, 44), (236, 236, 230), (110, 114, 120),
                                   (60, 130, 80))), 4)
    lam = rng.random() < 0.5

    def one(ang: float) -> None:
        if lam:
            with c.at(0, 0, 1.0, rot=ang):
                c.contact(0, 0, 40, 160, 0.45, dy=40)
                _sensor_lambda(c, col, 0.3)
            top = (170 * math.sin(ang), -170 * math.cos(ang))
            dx, dy = math.sin(ang), -math.cos(ang)
            path = bez(top, (top[0] + 150 * dx, top[1] + 150 * dy),
                       (top[0] - 250, top[1] + 20), (top[0] - 240, top[1] + 250), 40)
            c.tube(path, 24, (40, 40, 44), spec=0.4)
            end = path[-1]
            dv = (end[0] - path[-2][0], end[1] - path[-2][1])
            _connector(c, end, dv, 70, conn, 4)
            return
        with c.at(0, 0, 1.0, rot=ang):
            c.contact(0, 0, 60, 190, 0.45, dy=40)
            ear = rrect(0, -62, 170, 0, 31)
            slab(c, ear, (8, -10), lin(0, -60, 0, 0, flat(plastic, -0.1, 0.12)),
                 shade(plastic, -0.3), holes=[ell(138, -31, 16, 16)])
            c.oval(138, -31, 22, 22, metal(col)[3][1], holes=[ell(138, -31, 15, 15)])
            lathe(c, [(-170, 50, satin(plastic)), (-60, 50, satin(plastic)),
                      (-60, 38, satin(plastic)), (120, 34, satin(plastic)),
                      (120, 30, metal(col)), (170, 30, metal(col))], 0.3,
                  sheen(0, -170, 50, 15, sheen_stops(plastic, 0.4)))
            c.oval(0, 172, 28, 8, shade(col, 0.2))
            housing = rrect(-46, -300, 46, -170, 10)
            slab(c, housing, (10, -8), hlin(-46, 46, satin(conn)), shade(conn, -0.3))
            c.poly(rrect(-30, -300, 30, -285, 3), (24, 24, 26))
            c.poly(rrect(-12, -262, 12, -200, 4), shade(conn, 0.2))

    if lam:
        if view == 0:
            with c.at(170, 30, 1.45):
                one(-1.0)
        elif view == 1:
            with c.at(-60, -60, 1.1):
                one(-1.15)
            with c.at(300, 110, 1.1):
                one(-0.8)
        else:
            with c.at(150, 70, 1.5):
                one(-0.3)
    elif view == 0:
        with c.at(60, 60, 1.35):
            one(-1.0)
    elif view == 1:
        with c.at(-130, 20, 1.05):
            one(-1.15)
        with c.at(210, 90, 1.05):
            one(-0.8)
    else:
        with c.at(0, 60, 1.6):
            one(-0.25)


def _circuit_board(c: Canvas, rng: random.Random, view: int) -> None:
    mask = jitter(rng, rng.choice(((28, 110, 62), (28, 110, 62), (30, 70, 150), (36, 38, 44),
                                   (150, 30, 34))), 6)
    gold = (210, 176, 90)
    w, h = 760.0, 520.0
    rot = rng.uniform(-0.08, 0.08)
    layout = random.Random(rng.random())

    def board() -> None:
        outline = rrect(-w / 2, -h / 2, w / 2, h / 2, 14)
        slab(c, outline, (10, 14), lin(-w / 2, -h / 2, w / 2, h / 2, (
            (0.0, shade(mask, 0.14)), (0.5, mask), (1.0, shade(mask, -0.12)))),
            (200, 190, 150))
        trace = shade(mask, 0.22)
        for _ in range(46):
            x = layout.uniform(-w / 2 + 30, w / 2 - 30)
            y = layout.uniform(-h / 2 + 30, h / 2 - 30)
            pts = [(x, y)]
            for _ in range(3):
                dx = layout.choice((-1, 0, 1))
                dy = layout.choice((-1, 1)) if dx == 0 else layout.choice((-1, 0, 1))
                ln = layout.uniform(30, 130)
                x = max(-w / 2 + 20, min(w / 2 - 20, x + dx * ln))
                y = max(-h / 2 + 20, min(h / 2 - 20, y + dy * ln))
                pts.append((x, y))
            c.stroke(pts, 4, trace)
            c.oval(pts[-1][0], pts[-1][1], 6, 6, gold)
            c.oval(pts[-1][0], pts[-1][1], 2.5, 2.5, (30, 30, 30))
        for sx in (-1, 1):
            for sy in (-1, 1):
                x, y = sx * (w / 2 - 26), sy * (h / 2 - 26)
                c.oval(x, y, 15, 15, gold)
                c.oval(x, y, 8, 8, (20, 20, 20))
                c.erase(ell(x, y, 8, 8))
        dz = (6.0, 8.0)
        # main processor (QFP)
        qx, qy, qs = layout.uniform(-120, 40), layout.uniform(-90, 20), 150.0
        for i in range(14):
            t = -qs / 2 + 10 + i * (qs - 20) / 13
            for a, b in (((t, -qs / 2 - 14), (t, -qs / 2)), ((t, qs / 2), (t, qs / 2 + 14)),
                         ((-qs / 2 - 14, t), (-qs / 2, t)), ((qs / 2, t), (qs / 2 + 14, t))):
                c.stroke([(qx + a[0], qy + a[1]), (qx + b[0], qy + b[1])], 4, (200, 204, 210))
        slab(c, rrect(qx - qs / 2, qy - qs / 2, qx + qs / 2, qy + qs / 2, 4), dz,
             lin(qx - qs, qy - qs, qx + qs, qy + qs, flat((48, 48, 52), -0.2, 0.2)), (20, 20, 22))
        c.oval(qx - qs / 2 + 16, qy - qs / 2 + 16, 6, 6, (70, 70, 76))
        # smaller chips
        for cx, cy in ((200, -140), (230, 40), (-260, 120)):
            cw, chh = 90.0, 50.0
            for i in range(5):
                x = cx - cw / 2 + 12 + i * (cw - 24) / 4
                c.stroke([(x, cy - chh / 2 - 10), (x, cy + chh / 2 + 10)], 6, (200, 204, 210))
            slab(c, rrect(cx - cw / 2, cy - chh / 2, cx + cw / 2, cy + chh / 2, 3), dz,
                 lin(cx - cw, cy - chh, cx + cw, cy + chh, flat((46, 46, 50), -0.2, 0.2)),
                 (20, 20, 22))
        # passives
        for _ in range(22):
            x = layout.uniform(-w / 2 + 40, w / 2 - 40)
            y = layout.uniform(-h / 2 + 40, h / 2 - 40)
            if abs(x - qx) < qs / 2 + 30 and abs(y - qy) < qs / 2 + 30:
                continue
            vert = layout.random() < 0.5
            bw, bh = (12.0, 24.0) if vert else (24.0, 12.0)
            body = layout.choice(((40, 40, 42), (190, 160, 110), (150, 120, 80)))
            c.poly(rrect(x - bw / 2 + 2, y - bh / 2 + 3, x + bw / 2 + 2, y + bh / 2 + 3, 2),
                   shade(mask, -0.4))
            c.poly(rrect(x - bw / 2, y - bh / 2, x + bw / 2, y + bh / 2, 2), body)
            metal_end = (210, 212, 216)
            e = 6.0
            if vert:
                c.poly(rrect(x - bw / 2, y - bh / 2, x + bw / 2, y - bh / 2 + e, 1), metal_end)
                c.poly(rrect(x - bw / 2, y + bh / 2 - e, x + bw / 2, y + bh / 2, 1), metal_end)
            else:
                c.poly(rrect(x - bw / 2, y - bh / 2, x - bw / 2 + e, y + bh / 2, 1), metal_end)
                c.poly(rrect(x + bw / 2 - e, y - bh / 2, x + bw / 2, y + bh / 2, 1), metal_end)
        # electrolytic capacitors
        for cx, cy in ((-280, -150), (-200, -170), (290, 190)):
            r = 34.0
            cylinder(c, cx + 10, cy - 30, r, 36, 0.8, satin((40, 60, 130)),
                     sheen(cx + 10, cy - 30, r, r * 0.8, sheen_stops((190, 194, 200), 0.8)))
            c.stroke([(cx + 10 - r * 0.6, cy - 30), (cx + 10 + r * 0.6, cy - 30)], 2.5,
                     (110, 114, 120))
            c.stroke([(cx + 10, cy - 30 - r * 0.5), (cx + 10, cy - 30 + r * 0.5)], 2.5,
                     (110, 114, 120))
        # pin header
        hx0, hy = -180.0, h / 2 - 50
        slab(c, rrect(hx0, hy - 16, hx0 + 300, hy + 16, 3), dz, (36, 36, 40), (16, 16, 18))
        for i in range(12):
            x = hx0 + 13 + i * 25
            c.poly(rrect(x - 5, hy - 5, x + 5, hy + 5, 1), gold)
        # silkscreen frames
        for x0, y0, x1, y1 in ((qx - qs / 2 - 24, qy - qs / 2 - 24, qx + qs / 2 + 24,
                                qy + qs / 2 + 24),):
            c.outline([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], 2, (236, 236, 230))

    if view == 0:
        with c.at(0, 0, 1.1, rot=rot):
            board()
    elif view == 1:
        with c.at(120, -80, 0.8, rot=rot + 0.12):
            board()
        with c.at(-150, 130, 0.8, rot=rot - 0.1):
            board()
    else:
        with c.at(60, 40, 1.35, rot=rot):
            board()


def _bulb_h(c: Canvas, black_top: bool) -> None:
    """A halogen capsule bulb along local y (tip at the top, y=-330)."""
    k = 0.3
    base = (170, 174, 180)
    lathe(c, [(40, 62, satin((50, 50, 54))), (150, 56, satin((50, 50, 54))),
              (170, 40, satin((50, 50, 54)))], k)
    for x in (-18, 18):
        c.poly(rrect(x - 6, 165, x + 6, 215, 2), hlin(x - 6, x + 6, metal(BRASS)))
    cylinder(c, 0, 10, 130, 14, k, metal(base), sheen(0, 10, 130, 130 * k, sheen_stops(base)))
    for a in (0.5, 2.4, 4.2):
        tx, tz = 130 * math.cos(a), 130 * math.sin(a) * k
        c.poly(ell(tx * 1.08, 10 + tz * 1.08, 22, 10), hlin(tx - 22, tx + 22, metal(base)))
    lathe(c, [(-40, 46, metal(base)), (10, 52, metal(base))], k,
          sheen(0, -40, 46, 46 * k, sheen_stops(base)))
    # glass
    glass = (214, 232, 244)
    gp = [(-310, 0.0), (-300, 20.0), (-280, 30.0), (-60, 30.0), (-40, 34.0)]
    outline = [(r, y) for y, r in gp] + [(-r, y) for y, r in gp[::-1]]
    c.poly(outline, hlin(-34, 34, ((0.0, shade(glass, -0.25)), (0.3, shade(glass, 0.6)),
                                   (0.5, glass), (1.0, shade(glass, -0.3)))), alpha=0.55)
    for y0 in (-200, -130):
        c.stroke([(-5, y0), (-5, y0 + 50)], 3, (120, 120, 124))
    pts = [(6 * math.cos(i * 0.9), -210 + i * 2.2) for i in range(30)]
    c.stroke(pts, 3, (210, 150, 80))
    c.stroke([(6, -145), (14, -40)], 2.5, (150, 150, 156))
    c.stroke([(-6, -210), (-14, -40)], 2.5, (150, 150, 156))
    if black_top:
        c.poly([(r, y) for y, r in gp[:2]] + [(-r, y) for y, r in gp[1::-1]] +
               [(-24, -290), (24, -290)], (30, 32, 40))
        c.poly([(24, -290), (30, -280), (-30, -280), (-24, -290)], (30, 32, 40))
    c.poly(ribbon([(-14, -270), (-16, -80)], 7), (255, 255, 255), alpha=0.75)
    c.poly(ribbon([(20, -250), (21, -90)], 3), (255, 255, 255), alpha=0.5)


def _bulb_bayonet(c: Canvas) -> None:
    """A bayonet signal bulb along local y (glass dome at the top)."""
    k = 0.3
    base = (196, 186, 150)
    lathe(c, [(0, 62, metal(base)), (120, 62, metal(base)), (130, 52, metal(base)),
              (150, 40, satin((60, 60, 64))), (162, 40, satin((60, 60, 64)))], k)
    for y in (30, 60):
        c.stroke(ell(0, y, 62, 62 * k, 0.1, PI - 0.1), 2, shade(base, -0.35))
    for sx in (-1, 1):
        c.poly(ell(sx * 62, 70, 8, 12), hlin(sx * 62 - 8, sx * 62 + 8, metal(base)))
    c.oval(0, 166, 12, 5, (190, 196, 200))
    glass = (220, 234, 246)
    prof = [(-230 + 240 * (1 - math.cos(a)) / 2, 82 * math.sin(a)) for a in
            (i * PI / 30 for i in range(1, 26))]
    prof = [(y, r) for y, r in prof if y < 10]
    outline = [(0.0, -230.0)] + [(r, y) for y, r in prof] + [(62, 5)] + [(-62, 5)] + \
        [(-r, y) for y, r in prof[::-1]]
    c.stroke([(-20, 0), (-22, -130)], 2.5, (150, 150, 156))
    c.stroke([(20, 0), (22, -130)], 2.5, (150, 150, 156))
    c.stroke([(-22 + 44 * i / 24, -130 + 6 * math.sin(i * 2.1)) for i in range(25)], 3,
             (210, 150, 80))
    c.poly(outline, hlin(-82, 82, ((0.0, shade(glass, -0.25)), (0.3, shade(glass, 0.6)),
                                   (0.5, glass), (1.0, shade(glass, -0.3)))), alpha=0.5)
    c.poly(ribbon(bez((-50, -40), (-60, -120), (-45, -175), (-25, -200), 16), 10),
           (255, 255, 255), alpha=0.7)


def _bulb(c: Canvas, rng: random.Random, view: int) -> None:
    halogen = rng.random() < 0.6
    black_top = rng.random() < 0.5

    def one() -> None:
        if halogen:
            c.contact(0, 214, 60, 12, 0.45)
            _bulb_h(c, black_top)
        else:
            c.contact(0, 166, 60, 12, 0.45)
            _bulb_bayonet(c)

    if view == 0:
        with c.at(0, 30 if halogen else 60, 1.3):
            one()
    elif view == 1:
        with c.at(-170, 20 if halogen else 50, 1.1):
            one()
        with c.at(190, 60 if halogen else 90, 1.1):
            one()
    else:
        with c.at(0, 10, 1.15, rot=-1.2):
            if halogen:
                _bulb_h(c, black_top)
            else:
                _bulb_bayonet(c)


def _headlamp(c: Canvas, rng: random.Random, view: int) -> None:
    housing = (40, 42, 46)
    chrome = (196, 200, 208)
    amber = (236, 150, 40)
    lens_led = rng.random() < 0.5
    sweep = rng.uniform(-40, 40)
    outline = (bez((-420, -150), (-200, -210), (200, -190 + sweep), (420, -90), 30)
               + bez((420, -90), (440, 20), (380, 130), (300, 150), 12)[1:]
               + bez((300, 150), (100, 170), (-300, 170), (-400, 80), 24)[1:]
               + bez((-400, 80), (-450, 20), (-450, -100), (-420, -150), 12)[1:-1])

    def lamp() -> None:
        c.drop = 0.4
        slab(c, outline, (30, -26), housing, (30, 32, 36))
        inner = [(x * 0.96, y * 0.93) for x, y in outline]
        c.poly(inner, lin(-400, -200, 300, 200, ((0.0, shade(chrome, -0.1)), (0.4, chrome),
                                                  (0.7, shade(chrome, -0.35)),
                                                  (1.0, shade(chrome, -0.1)))))
        c.poly([(x * 0.96, y * 0.93 + 8) for x, y in outline[30:66]][::-1]
               + [(x * 0.96, y * 0.93) for x, y in outline[30:66]], (30, 32, 36))
        # projector + reflector bowls
        px, py, pr = 140.0, -10.0, 92.0
        c.oval(px, py, pr * 1.35, pr * 1.35, rad(px, py, pr * 1.35, pr * 1.35, (
            (0.0, (40, 42, 46)), (0.7, (60, 62, 66)), (0.75, shade(chrome, 0.3)),
            (0.9, shade(chrome, -0.2)), (1.0, shade(chrome, -0.4)))))
        c.oval(px, py, pr, pr, rad(px - 30, py - 35, pr * 1.4, pr * 1.4, (
            (0.0, (200, 220, 240)), (0.12, (70, 90, 120)), (0.5, (20, 26, 40)),
            (1.0, (10, 12, 20)))))
        c.oval(px - 35, py - 40, 16, 10, (250, 252, 255), alpha=0.85)
        c.outline(ell(px, py, pr, pr), 6, (30, 30, 34))
        bx, by, br = -180.0, -20.0, 100.0
        for i in range(6):
            rr = br * (1 - i * 0.15)
            c.oval(bx, by, rr, rr, rad(bx - rr * 0.3, by - rr * 0.3, rr * 1.3, rr * 1.3, (
                (0.0, shade(chrome, 0.5)), (0.6, chrome), (1.0, shade(chrome, -0.4)))))
        c.oval(bx, by, 18, 18, rad(bx, by, 18, 18, ((0.0, (255, 250, 230)),
                                                    (1.0, (200, 190, 160)))))
        # amber indicator
        ind = [(300, -112), (380, -96), (388, -4), (306, -24)]
        c.poly(ind, lin(300, -112, 388, 0, ((0.0, shade(amber, 0.3)), (1.0, shade(amber, -0.2)))))
        for i in range(4):
            c.stroke([(314 + i * 18, -104 + i * 4), (318 + i * 18, -24 + i * 4)], 2,
                     shade(amber, 0.35))
        # daytime running light strip
        drl = bez((-370, 80), (-200, 115), (100, 120), (290, 95), 30)
        if lens_led:
            c.stroke(drl, 22, (230, 236, 244))
            c.stroke(drl, 8, (255, 255, 255))
        else:
            for i in range(0, 30, 3):
                p = drl[i]
                c.oval(p[0], p[1], 10, 10, (250, 250, 255))
                c.outline(ell(p[0], p[1], 13, 13), 2, (160, 164, 170))
        # lens with reflections
        c.poly(inner, lin(0, -200, 0, 180, ((0.0, (255, 255, 255)), (0.4, (220, 230, 240)),
                                            (1.0, (200, 214, 226)))), alpha=0.16)
        c.poly(ribbon(bez((-380, -120), (-200, -170), (100, -160), (380, -80), 30), 18),
               (255, 255, 255), alpha=0.55)
        c.outline(outline, 3, (70, 72, 78))

    if view == 0:
        with c.at(0, 20, 1.15):
            lamp()
    elif view == 1:
        with c.at(0, 40, 1.0, sx=-1.0):
            lamp()
    else:
        with c.at(30, 10, 1.2, rot=-0.1):
            lamp()


def _glass_sheet(c: Canvas, pts: Sequence[Pt], tint: Color, frit: bool) -> None:
    edge = (120, 180, 160)
    c.poly(shift(pts, 6, 8), edge)
    c.poly(pts, lin(-300, -300, 300, 300, ((0.0, shade(tint, 0.4)), (0.45, tint),
                                           (0.55, shade(tint, 0.3)), (1.0, shade(tint, -0.2)))),
           alpha=0.62)
    if frit:
        cx = sum(p[0] for p in pts) / len(pts)
        cy = sum(p[1] for p in pts) / len(pts)
        inner = [(cx + (x - cx) * 0.9, cy + (y - cy) * 0.86) for x, y in pts]
        c.poly(pts, (22, 24, 28), holes=[inner])
        c.outline(inner, 3, (40, 42, 46))
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    x0, y0 = min(xs), min(ys)
    for f, wd, a in ((0.25, 0.12, 0.55), (0.42, 0.04, 0.5), (0.7, 0.08, 0.3)):
        x = x0 + w * f
        band_pts = [(x, y0), (x + w * wd, y0), (x + w * wd - w * 0.25, y0 + h),
                    (x - w * 0.25, y0 + h)]
        c.poly(band_pts, (255, 255, 255), clip=pts, alpha=a)
    c.outline(pts, 2.5, shade(edge, 0.3))


def _glass_panel(c: Canvas, rng: random.Random, view: int) -> None:
    tint = jitter(rng, rng.choice(((150, 200, 196), (160, 190, 210), (120, 150, 150))), 6)
    if view in (0, 2):
        top_w = rng.uniform(300, 340)
        ws = (bez((-top_w, -200), (-100, -240), (100, -240), (top_w, -200), 24)
              + bez((430, 170), (200, 215), (-200, 215), (-430, 170), 24))
        if view == 2:
            ws = [(x * 0.8, y * 1.15) for x, y in
                  [*bez((-400, 120), (-380, -100), (-100, -250), (320, -220), 24),
                   (400, 0), (400, 180), (-400, 180)]]
        c.contact(0, 230, 430, 26, 0.5)
        _glass_sheet(c, ws, tint, view == 0)
        if view == 0:
            c.poly(rrect(-30, -228, 30, -170, 8), (22, 24, 28))
    else:
        for i in range(4):
            dx, dy = -150 + i * 40, -30 + i * 26
            sheet = [(dx - 300, dy - 200), (dx + 260, dy - 250), (dx + 330, dy + 160),
                     (dx - 230, dy + 210)]
            _glass_sheet(c, sheet, tint, False)
        c.contact(80, 300, 330, 24, 0.5)


def _mirror(c: Canvas, rng: random.Random, view: int) -> None:
    body = jitter(rng, rng.choice((*PAINTS, (30, 30, 34), (30, 30, 34))), 6)
    indicator = rng.random() < 0.5
    shape = (bez((-330, -120), (-200, -230), (200, -220), (330, -140), 24)
             + bez((330, -140), (380, 0), (360, 140), (250, 170), 16)[1:]
             + bez((250, 170), (100, 190), (-250, 170), (-320, 90), 16)[1:]
             + bez((-320, 90), (-360, 20), (-360, -60), (-330, -120), 12)[1:-1])

    def one() -> None:
        c.drop = 0.38
        arm = [(-330, 40), (-440, 80), (-460, 250), (-260, 250), (-250, 120)]
        slab(c, arm, (16, -10), lin(-460, 40, -250, 250, flat((44, 44, 48), -0.15, 0.15)),
             (26, 26, 28))
        slab(c, shape, (44, -30), lin(-300, -200, 300, 200, gloss(body)), shade(body, -0.35))
        glass = [(x * 0.9 - 4, y * 0.86 + 4) for x, y in shape]
        c.poly([(x * 0.93 - 4, y * 0.9 + 4) for x, y in shape], (24, 24, 28))
        c.poly(glass, lin(-200, -220, 150, 200, ((0.0, (220, 232, 246)), (0.35, (150, 176, 210)),
                                                  (0.55, (96, 110, 130)), (0.6, (150, 150, 140)),
                                                  (1.0, (110, 108, 100)))))
        c.poly(glass, (255, 255, 255), clip=[(-330, -250), (-120, -250), (-260, 250),
                                             (-420, 250)], alpha=0.22)
        if indicator:
            ind = bez((130, -208), (230, -200), (320, -160), (345, -110), 20)
            c.stroke(ind, 16, (240, 150, 40))
            c.stroke(shift(ind, -2, -3), 5, (255, 210, 140))

    if view == 0:
        with c.at(40, -20, 1.1):
            one()
    elif view == 1:
        with c.at(-40, -20, 1.1, sx=-1.0):
            one()
    else:
        with c.at(-10, -30, 1.0, rot=0.12):
            one()


# --- interior and body


def _seat(c: Canvas, rng: random.Random, view: int) -> None:
    cover = jitter(rng, rng.choice(((52, 54, 58), (40, 40, 44), (196, 178, 150), (110, 70, 48),
                                    (80, 84, 92))), 6)
    insert = shade(cover, rng.choice((-0.15, 0.1))) if rng.random() < 0.7 else \
        jitter(rng, (160, 40, 40), 8)
    recline = rng.uniform(0.16, 0.26)
    light = shade(cover, 0.2)
    d = (70.0, -46.0)

    def one() -> None:
        c.drop = 0.4
        c.contact(20, 250, 330, 34, 0.5)
        # rails
        for off in (0.0, 1.0):
            y = 215 - off * 30
            x = off * 60
            c.poly(rrect(-250 + x, y, 250 + x, y + 22, 6), vlin(y, y + 22, metal((70, 72, 76))))
        for x in (-200.0, 150.0):
            c.poly(rrect(x, 140, x + 40, 216, 6), hlin(x, x + 40, metal((60, 62, 66))))
        # backrest (behind the cushion)
        with c.at(150, 120, 1.0, rot=recline):
            back = (bez((-70, 0), (-95, -200), (-95, -360), (-60, -520), 20)
                    + bez((-60, -520), (-20, -560), (60, -560), (80, -520), 10)[1:]
                    + bez((80, -520), (110, -360), (100, -150), (80, 0), 20)[1:])
            # headrest posts and headrest
            for px in (-20.0, 40.0):
                c.tube([(px + d[0] * 0.5, -520 + d[1] * 0.5), (px + d[0] * 0.5, -600)], 13,
                       CHROME, spec=1.0)
            head = rrect(-70, -760, 100, -600, 60)
            slab(c, head, d, shade(cover, -0.1), light)
            slab(c, back, d, lin(-90, -500, 100, 0, ((0.0, shade(cover, 0.05)),
                                                      (1.0, shade(cover, -0.2)))),
                 light)
            ins = [(x + d[0] * 0.3, y + d[1] * 0.3) for x, y in back[4:17]]
            ins += [(x + d[0] * 0.78, y + d[1] * 0.78) for x, y in back[16:3:-1]]
            c.poly(ins, insert)
            for i in range(1, 6):
                t = i / 6
                a = back[int(4 + 12 * t)]
                c.stroke([(a[0] + d[0] * 0.3, a[1] + d[1] * 0.3),
                          (a[0] + d[0] * 0.78, a[1] + d[1] * 0.78)], 2.5, shade(insert, -0.3))
            c.stroke(back[3:18], 2, shade(cover, 0.3))
        # cushion
        cush = (bez((-280, 40), (-300, -10), (-270, -40), (-220, -40), 10)
                + bez((-220, -40), (-100, -20), (60, -10), (180, -20), 16)[1:]
                + bez((180, -20), (230, -20), (240, 60), (210, 140), 10)[1:]
                + [(-250, 140)])
        slab(c, cush, d, lin(-280, -40, 200, 140, ((0.0, shade(cover, 0.05)),
                                                  (1.0, shade(cover, -0.2)))), light)
        ins = [(x + d[0] * 0.25, y + d[1] * 0.25) for x, y in cush[10:24]]
        ins += [(x + d[0] * 0.75, y + d[1] * 0.75) for x, y in cush[23:9:-1]]
        c.poly(ins, insert)
        c.stroke(cush[2:26], 2, shade(cover, 0.3))
        trim = rrect(60, 40, 230, 130, 30)
        c.poly(trim, lin(60, 40, 230, 130, flat((36, 36, 40), -0.15, 0.15)))
        c.tube([(110, 85), (-10, 70)], 16, (44, 44, 48), spec=0.6)

    if view == 0:
        with c.at(-20, 150, 0.8):
            one()
    elif view == 1:
        with c.at(20, 150, 0.8, sx=-1.0):
            one()
    else:
        recline += 0.12
        with c.at(-60, 170, 0.76):
            one()


def _steering_wheel(c: Canvas, rng: random.Random, view: int) -> None:
    leather = jitter(rng, rng.choice(((40, 40, 44), (40, 40, 44), (70, 54, 44), (60, 62, 66))),
                     4)
    trim = rng.choice((CHROME, (60, 62, 68), (170, 130, 70)))
    spokes = rng.choice((3, 3, 4))
    r = 330.0
    rw = rng.uniform(52, 62)

    def wheel(k: float) -> None:
        c.drop = 0.42
        ry = r * k
        angles = (PI, 0.0, PI / 2) if spokes == 3 else (PI * 0.85, PI * 0.15, PI * 0.62,
                                                        PI * 0.38)
        for a in angles:
            wa = 0.2 if abs(math.sin(a)) < 0.5 else 0.3
            pts = [(95 * math.cos(a - wa * 2), 95 * math.sin(a - wa * 2) * k),
                   (r * 0.95 * math.cos(a - wa * 0.5), r * 0.95 * math.sin(a - wa * 0.5) * k),
                   (r * 0.95 * math.cos(a + wa * 0.5), r * 0.95 * math.sin(a + wa * 0.5) * k),
                   (95 * math.cos(a + wa * 2), 95 * math.sin(a + wa * 2) * k)]
            slab(c, pts, (8, 14), lin(0, -100, 0, 100, flat(shade(leather, 0.12), -0.2, 0.15)),
                 shade(leather, -0.3))
            mid = [(160 * math.cos(a), 160 * math.sin(a) * k),
                   (r * 0.8 * math.cos(a), r * 0.8 * math.sin(a) * k)]
            c.stroke(mid, 8, trim)
        c.tube(ell(0, 0, r, ry, n=120), rw, leather, spec=0.5, closed=True, caps=False)
        for a in (PI * 0.93, PI * 0.07):
            c.tube(ell(0, 0, r, ry, a - 0.25, a + 0.25, 40), rw * 1.12, shade(leather, 0.05),
                   spec=0.5)
        c.stroke(ell(0, 0, r - rw * 0.05, ry - rw * 0.05 * k, PI * 1.15, PI * 1.85, 60), 2,
                 shade(leather, 0.35))
        hub = rrect(-150, -110 * k - 30, 150, 130 * k + 30, 70)
        slab(c, hub, (10, 18), lin(-150, -140, 150, 160, ((0.0, shade(leather, 0.22)),
                                                         (0.5, shade(leather, 0.02)),
                                                         (1.0, shade(leather, -0.25)))),
             shade(leather, -0.35))
        c.oval(0, -10, 44, 30, lin(-44, -40, 44, 30, metal(trim)))
        c.oval(0, -10, 34, 22, shade(trim, -0.2))
        for sx in (-1, 1):
            for j in range(2):
                bx = sx * (r * 0.55)
                by = (-24 + j * 44) * k
                c.poly(rrect(bx - 22, by - 14, bx + 22, by + 14, 7), shade(leather, -0.25))
                c.oval(bx, by, 5, 5, shade(leather, 0.35))

    if view == 0:
        with c.at(0, 0, 1.1):
            wheel(0.86)
    elif view == 1:
        with c.at(0, 0, 1.1, rot=-0.18):
            wheel(0.62)
    else:
        with c.at(0, 60, 1.32):
            wheel(0.94)


def _car_paint(col: Color) -> Stops:
    return ((0.0, shade(col, 0.5)), (0.3, shade(col, 0.2)), (0.48, shade(col, 0.05)),
            (0.5, shade(col, -0.35)), (0.75, shade(col, -0.15)), (1.0, shade(col, -0.4)))


def _door(c: Canvas, col: Color, primer: bool) -> None:
    c.drop = 0.4
    outer = [(-360, -40), (-330, -140), (-250, -330), (-130, -420), (330, -420), (350, -40),
             *bez((350, -40), (360, 100), (350, 250), (320, 300), 10)[1:], (-330, 300),
             *bez((-330, 300), (-360, 200), (-365, 60), (-360, -40), 10)[1:-1]]
    window = [(-300, -60), (-250, -150), (-175, -300), (-110, -370), (300, -370), (310, -60)]
    paint = ((0.0, shade(col, 0.15)), (1.0, shade(col, -0.2))) if primer else _car_paint(col)
    slab(c, outer, (26, -14), vlin(-60, 300, paint), shade(col, -0.45))
    c.erase(window)
    hole(c, window, (26, -14), shade(col, -0.2), through=False)
    c.erase([(x * 0.97 + 10, y * 0.95 - 6) for x, y in window])
    c.poly(ribbon(bez((-350, 20), (-100, 10), (100, 5), (345, 0), 30), 6), shade(col, 0.35))
    c.poly(ribbon(bez((-350, 28), (-100, 18), (100, 13), (345, 8), 30), 4), shade(col, -0.3))
    c.poly(rrect(150, 70, 270, 110, 18), shade(col, -0.35))
    c.poly(rrect(160, 74, 270, 100, 12), vlin(74, 100, _car_paint(col)) if not primer
           else shade(col, 0.05))
    c.stroke([(170, 78), (260, 78)], 2.5, shade(col, 0.6))
    c.oval(120, 90, 10, 10, shade(col, -0.3))
    c.outline(outer, 2.0, shade(col, 0.3))


def _body_panel(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((236, 236, 234), (186, 190, 196), (170, 30, 34), (26, 70, 140),
                                  (34, 36, 40), (90, 96, 104), (200, 200, 196))), 5)
    if view == 0:
        with c.at(0, 50, 0.92, rot=-0.03):
            _door(c, col, False)
    elif view == 1:
        with c.at(-220, 60, 0.68):
            _door(c, col, False)
        with c.at(250, 60, 0.68, sx=-1.0):
            _door(c, col, False)
    else:
        with c.at(0, 50, 0.92, rot=0.03):
            _door(c, (128, 132, 138), True)


def _bumper(c: Canvas, rng: random.Random, view: int) -> None:
    painted = rng.random() < 0.75
    col = jitter(rng, rng.choice(((236, 236, 234), (186, 190, 196), (170, 30, 34), (26, 70, 140),
                                  (34, 36, 40), (200, 200, 196))), 5) if painted else (66, 68, 72)
    black = (34, 35, 38)
    honey = rng.random() < 0.6
    fog = rng.choice(("round", "round", "bar", "none"))
    slot = rng.random() < 0.6
    gw = rng.uniform(270, 360)
    gh = rng.uniform(90, 130)
    arch = rng.uniform(60, 110)
    bw = rng.uniform(500, 540)

    def one() -> None:
        c.drop = 0.42
        c.contact(0, 205, bw - 40, 30, 0.45)
        top_edge = bez((-bw, -60), (-bw * 0.7, -60 - arch), (bw * 0.7, -60 - arch), (bw, -60), 30)
        body = (top_edge + bez((bw, -60), (bw + 20, 40), (bw, 150), (bw - 50, 190), 10)[1:]
                + bez((bw - 50, 190), (200, 215), (-200, 215), (50 - bw, 190), 20)[1:]
                + bez((50 - bw, 190), (-bw, 150), (-bw - 20, 40), (-bw, -60), 10)[1:-1])
        paint = _car_paint(col) if painted else flat(col, -0.2, 0.12)
        c.poly(body, vlin(-60 - arch, 210, paint))
        for sx in (-1, 1):
            for i in range(6):
                x0 = sx * bw * (0.7 + 0.05 * i)
                c.poly([(x0, -200), (sx * (bw + 40), -200), (sx * (bw + 40), 260), (x0, 260)],
                       (0, 0, 0), clip=body, alpha=0.045)
        c.poly(top_edge + shift(top_edge[::-1], 0, -34),
               vlin(-100 - arch, -60, flat(col, -0.05, 0.3)))
        c.stroke(top_edge, 2.5, shade(col, 0.45))
        grille = [*bez((-gw, 40), (-gw * 0.6, 20), (gw * 0.6, 20), (gw, 40), 20),
                  (gw - 30, 40 + gh), (30 - gw, 40 + gh)]
        c.poly(grille, black)
        hole(c, grille, (0, -18), black, through=False)
        if honey:
            rows = int(gh / 19)
            for j in range(rows):
                for i in range(int(gw * 2 / 26) + 1):
                    x = -gw + 10 + i * 26 + (13 if j % 2 else 0)
                    y = 50 + j * 19
                    if abs(x) < gw - 30 * (y - 40) / gh - 8:
                        c.poly(hexagon(x, y, 10, 0.9, PI / 6), (62, 64, 68))
        else:
            for j in range(int(gh / 28)):
                y = 52 + j * 28
                c.poly(rrect(-gw + 20 + j * 8, y, gw - 20 - j * 8, y + 10, 4),
                       vlin(y, y + 10, metal((90, 92, 96), 0.6)))
        if slot:
            c.poly(rrect(-gw * 0.75, -70, gw * 0.75, -34, 18), black)
            c.poly(rrect(-gw * 0.72, -64, gw * 0.72, -52, 6), (64, 66, 70))
        for sx in (-1, 1):
            fx = sx * (bw - 100)
            if fog == "round":
                c.poly(ell(fx, 90, 60, 48), black)
                c.oval(fx, 90, 40, 33, rad(fx - 10, 80, 44, 38, ((0.0, (250, 252, 255)),
                                                                 (0.3, (180, 190, 200)),
                                                                 (1.0, (90, 96, 104)))))
                c.outline(ell(fx, 90, 40, 33), 4, CHROME)
            elif fog == "bar":
                c.poly(rrect(fx - 60, 70, fx + 60, 100, 14), black)
                c.poly(rrect(fx - 52, 78, fx + 52, 92, 7), (236, 240, 250))
            else:
                c.poly(rrect(fx - 50, 60, fx + 50, 120, 20), (50, 52, 56))
        lip = (bez((50 - bw, 190), (-200, 215), (200, 215), (bw - 50, 190), 20)
               + bez((bw - 80, 222), (200, 242), (-200, 242), (80 - bw, 222), 20))
        c.poly(lip, vlin(190, 242, flat(black, -0.1, 0.12)))
        c.poly(ribbon(bez((-bw + 40, -70), (-300, -40 - arch), (300, -40 - arch),
                          (bw - 40, -70), 30), 10), (255, 255, 255),
               alpha=0.45 if painted else 0.12)

    if view == 0:
        with c.at(0, 0, 0.98):
            one()
    elif view == 1:
        with c.at(0, 20, 0.92, rot=0.06):
            one()
    else:
        with c.at(0, 10, 0.95, sx=-1.0, rot=-0.05):
            one()


# --- materials and consumables


def _heap(c: Canvas, rng: random.Random, col: Color, w: float, hgt: float, pr: float) -> None:
    def top(x: float) -> float:
        u = x / w
        return -hgt * math.pow(max(0.0, 1 - u * u), 1.4)

    sil = [(x, top(x)) for x in (-w + 2 * w * i / 40 for i in range(41))]
    floor = ell(0, 0, w * 0.98, w * 0.21, 0.0, PI, 40)
    c.contact(0, 6, w * 1.05, w * 0.24, 0.5)
    c.poly(sil + floor, shade(col, -0.3))
    items: list[tuple[float, float, float, float, Color]] = []
    pts: list[tuple[float, float, float]] = []
    step = pr * 1.45
    y = -hgt
    while y < w * 0.22:
        x = -w
        while x < w:
            px = x + rng.uniform(-0.4, 0.4) * step
            py = y + rng.uniform(-0.4, 0.4) * step
            fl = w * 0.22 * math.sqrt(max(0.0, 1 - (px / w) ** 2))
            if top(px) - pr * 0.2 < py < fl + pr * 0.5:
                pts.append((px, py, rng.uniform(0.55, 1.0)))
            x += step
        y += step * 0.8
    for _ in range(len(pts) // 30):
        x = rng.uniform(-w * 1.3, w * 1.3)
        pts.append((x, rng.uniform(w * 0.12, w * 0.3), rng.uniform(0.5, 1.0)))
    pts.sort(key=lambda p: p[1])
    for x, y, sq in pts:
        rx, ry = pr, pr * sq
        items.append((x + pr * 0.12, y + pr * 0.18, rx, ry, shade(col, -0.5)))
        items.append((x, y, rx * 0.92, ry * 0.9, col))
        items.append((x - rx * 0.3, y - ry * 0.32, rx * 0.42, ry * 0.34, shade(col, 0.4)))
    c.dots(items)


def _granules(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((232, 230, 218), (40, 40, 44), (40, 90, 180), (200, 50, 40),
                                  (240, 240, 238), (120, 124, 130), (60, 150, 80),
                                  (236, 180, 40))), 8)
    pr = rng.uniform(8.5, 11)
    if view == 0:
        with c.at(0, 190):
            _heap(c, rng, col, 420, 330, pr)
    elif view == 1:
        with c.at(0, 330, 2.0):
            _heap(c, rng, col, 420, 300, pr)
    else:
        col2 = jitter(rng, rng.choice(((232, 230, 218), (40, 40, 44), (200, 50, 40))), 8)
        with c.at(-230, 200, 0.62):
            _heap(c, rng, col2, 420, 330, pr)
        with c.at(190, 230, 0.75):
            _heap(c, rng, col, 420, 330, pr)


def _canister_one(c: Canvas, col: Color, label: Color, yaw: float) -> None:
    w, d, h = 300.0, 170.0, 380.0
    k = 0.42
    pl = Plane(yaw, k)
    c.contact_poly(pl.quad(-w / 2, -d / 2, w / 2, d / 2), 0.5)
    top = box(c, pl, -w / 2, -d / 2, w / 2, d / 2, h, col, shade(col, 0.1))
    c.outline(top, 3, shade(col, 0.35))
    fz = d / 2
    lab = [pl(-w / 2 + 30, fz, h * 0.75), pl(w / 2 - 30, fz, h * 0.75),
           pl(w / 2 - 30, fz, h * 0.2), pl(-w / 2 + 30, fz, h * 0.2)]
    c.poly(lab, lin(lab[0][0], lab[0][1], lab[2][0], lab[2][1], flat(label, -0.15, 0.15)))
    c.poly([pl(-w / 2 + 30, fz, h * 0.42), pl(w / 2 - 30, fz, h * 0.42),
            pl(w / 2 - 30, fz, h * 0.36), pl(-w / 2 + 30, fz, h * 0.36)], (240, 240, 236))
    win = [pl(-w / 2, fz - 20, h * 0.85), pl(-w / 2, fz - 40, h * 0.85),
           pl(-w / 2, fz - 40, h * 0.15), pl(-w / 2, fz - 20, h * 0.15)]
    if yaw > 0:
        c.poly(win, shade(col, 0.25), alpha=0.6)
    # handle arch and cap
    hx0, hx1 = -w * 0.3, w * 0.22
    a = pl(hx0, -d * 0.15, h)
    b = pl(hx1, -d * 0.15, h)
    arch = bez(a, (a[0], a[1] - 110), (b[0], b[1] - 110), b, 24)
    c.tube(arch, 34, shade(col, 0.05), spec=0.4)
    cx, cy = pl(w * 0.3, d * 0.22, h)
    cylinder(c, cx, cy - 40, 40, 40, k, satin(shade(col, -0.1)), None)
    cylinder(c, cx, cy - 80, 44, 44, k, satin(label), sheen(cx, cy - 80, 44, 44 * k,
                                                            sheen_stops(label, 0.5)))
    for i in range(10):
        a2 = (i + 0.5) * PI / 10
        x = cx + 44 * math.cos(a2)
        c.stroke([(x, cy - 80 + 44 * k * math.sin(a2)), (x, cy - 40 + 44 * k * math.sin(a2))],
                 3, shade(label, -0.3))


def _canister(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((36, 36, 40), (236, 236, 232), (30, 80, 170), (230, 190, 40),
                                  (190, 36, 36), (90, 94, 100), (40, 130, 70))), 6)
    label = jitter(rng, rng.choice(((214, 40, 36), (30, 110, 200), (240, 180, 30), (40, 40, 44),
                                    (236, 236, 232))), 6)
    if label == col:
        label = shade(col, -0.4)
    if view == 0:
        with c.at(0, 210, 1.1):
            _canister_one(c, col, label, -0.45)
    elif view == 1:
        with c.at(-180, 180, 0.92):
            _canister_one(c, col, label, -0.45)
        with c.at(200, 240, 0.92):
            _canister_one(c, col, label, 0.4)
    else:
        with c.at(0, 210, 1.1):
            _canister_one(c, col, label, 0.45)


def _cartridge(c: Canvas, body: Color, band_col: Color, k: float = 0.3) -> None:
    """A sealant cartridge along local y: nozzle tip at y=-420, plunger end at y=300."""
    white = (236, 236, 230)
    lathe(c, [(-420, 6, satin(white)), (-250, 26, satin(white)), (-240, 30, satin(white)),
              (-200, 30, satin(white)), (-196, 36, satin(white)), (-180, 36, satin(white)),
              (-150, 36, satin(body)), (-130, 100, satin(body)), (-120, 106, gloss(body)),
              (290, 106, gloss(body)), (300, 110, satin(shade(body, -0.1)))], k)
    for i in range(5):
        c.stroke(ell(0, -236 + i * 8, 30, 30 * k, 0.1, PI - 0.1, 24), 2, shade(white, -0.3))
    c.poly(band(0, -20, 106, 106 * k, 200), hlin(-106, 106, gloss(band_col)))
    c.poly(band(0, 60, 106, 106 * k, 24), hlin(-106, 106, gloss((240, 240, 236))))


def _squeeze_tube(c: Canvas, body: Color, band_col: Color) -> None:
    """A squeeze tube along local y: cap at y=-300, crimped flat end at y=320."""
    k = 0.3
    lathe(c, [(-330, 34, satin(band_col)), (-240, 36, satin(band_col)),
              (-240, 26, metal(STEEL)), (-226, 26, metal(STEEL)), (-226, 30, satin(body)),
              (-200, 84, satin(body))], k)
    for i in range(10):
        a = (i + 0.5) * PI / 10
        x = 35 * math.cos(a)
        c.stroke([(x, -330 + 10 * k * math.sin(a)), (x, -244)], 3, shade(band_col, -0.35))
    tube = [(-84, -200), (84, -200), (120, 280), (124, 320), (-124, 320), (-120, 280)]
    c.poly(tube, hlin(-124, 124, gloss(body)))
    c.poly([(-100, -60), (100, -60), (110, 120), (-110, 120)], hlin(-120, 120, gloss(band_col)))
    for i in range(6):
        y = 286 + i * 6
        c.stroke([(-122, y), (122, y)], 2, shade(body, -0.3 if i % 2 else 0.3))


def _adhesive_tube(c: Canvas, rng: random.Random, view: int) -> None:
    body = jitter(rng, rng.choice(((40, 40, 44), (236, 236, 232), (120, 124, 130), (30, 80, 170),
                                   (200, 40, 36))), 5)
    band_col = jitter(rng, rng.choice(((214, 40, 36), (30, 110, 200), (240, 180, 30),
                                       (40, 150, 80), (236, 120, 30))), 6)
    if view == 0:
        with c.at(30, 0, 1.05, rot=PI / 2 - 0.35):
            c.contact(0, -60, 110, 400, 0.45, dy=80)
            _cartridge(c, body, band_col)
    elif view == 1:
        with c.at(0, 10, 1.15, rot=PI / 2 - 0.3):
            c.contact(0, 0, 120, 330, 0.45, dy=70)
            _squeeze_tube(c, body, band_col)
    else:
        for x, y in ((-40, -110), (40, 140)):
            with c.at(x, y, 0.85, rot=PI / 2 - 0.2):
                c.contact(0, -60, 110, 400, 0.45, dy=80)
                _cartridge(c, body, band_col)


def _radiator(c: Canvas, rng: random.Random, view: int) -> None:
    core = jitter(rng, (188, 192, 196), 4)
    tank = jitter(rng, rng.choice(((40, 40, 44), (40, 40, 44), (170, 130, 70))), 4)
    w = rng.uniform(620, 700)
    h = rng.uniform(360, 420)
    fin_step = 7.0
    d = (40.0, -30.0)

    def one() -> None:
        c.drop = 0.4
        c.contact(0, h / 2 + 40, w / 2 + 80, 28, 0.5)
        slab(c, [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)], d,
             shade(core, -0.3), shade(core, -0.35))
        c.poly([(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)],
               vlin(-h / 2, h / 2, ((0.0, shade(core, 0.1)), (1.0, shade(core, -0.25)))))
        x = -w / 2 + 4
        i = 0
        while x < w / 2:
            c.stroke([(x, -h / 2), (x, h / 2)], 2.2, shade(core, -0.35 if i % 2 else 0.25))
            x += fin_step
            i += 1
        y = -h / 2 + 12
        while y < h / 2:
            c.poly([(-w / 2, y), (w / 2, y), (w / 2, y + 6), (-w / 2, y + 6)],
                   vlin(y, y + 6, metal(shade(core, -0.1), 0.6)))
            y += 26
        for yy in (-h / 2 - 14, h / 2):
            slab(c, [(-w / 2, yy), (w / 2, yy), (w / 2, yy + 14), (-w / 2, yy + 14)], d,
                 vlin(yy, yy + 14, metal((150, 154, 160))), (110, 114, 120))
        for sx in (-1, 1):
            x0 = sx * w / 2 if sx > 0 else -w / 2 - 70
            tk = rrect(x0, -h / 2 - 40, x0 + 70, h / 2 + 40, 20)
            slab(c, tk, d, hlin(x0, x0 + 70, satin(tank)), shade(tank, -0.3))
            for j in range(5):
                yy = -h / 2 + j * h / 4
                c.stroke([(x0 + 6, yy), (x0 + 64, yy)], 4, shade(tank, 0.2))
        # pipes
        px = -w / 2 - 70
        c.tube([(px + 30, -h / 2 + 40), (px - 60, -h / 2 + 40)], 56, tank, spec=0.5)
        c.poly(end_ellipse((px - 60, -h / 2 + 40), (-1, 0), 28), (20, 20, 22))
        px2 = w / 2 + 70
        c.tube([(px2 - 30, h / 2 - 50), (px2 + 60, h / 2 - 50)], 56, tank, spec=0.5)
        c.poly(end_ellipse((px2 + 60, h / 2 - 50), (1, 0), 28), (20, 20, 22))
        cylinder(c, w / 2 + 35 + d[0] * 0.4, -h / 2 - 80, 30, 40, 0.4, metal(CHROME),
                 sheen(w / 2 + 35 + d[0] * 0.4, -h / 2 - 80, 30, 12, sheen_stops(CHROME)))

    if view == 0:
        with c.at(0, 10, 1.05):
            one()
    elif view == 1:
        with c.at(0, 10, 1.0, sx=-1.0, rot=0.04):
            one()
    else:
        with c.at(170, 90, 1.5):
            one()


def _muffler_body(c: Canvas, col: Color, length: float) -> None:
    """An oval muffler in a vertical local frame: inlet face at the top (y=0)."""
    r, ry = 150.0, 90.0
    pipe = (140, 142, 146)
    cylinder(c, 60, length - 40, 34, 260, 0.5, metal(pipe), None)
    cylinder(c, 0, 0, r, length, 0.0, metal(col, 0.8), None, ry=ry)
    for y in (26.0, length - 26):
        c.stroke(ell(0, y, r, ry, 0.0, PI), 10, shade(col, 0.2))
        c.stroke(ell(0, y + 6, r, ry, 0.0, PI), 3, shade(col, -0.4))
    c.oval(0, 0, r, ry, sheen(0, 0, r, ry, sheen_stops(col, 0.8), 0.4))
    c.outline(ell(0, 0, r * 0.9, ry * 0.9), 6, shade(col, 0.25))
    c.outline(ell(0, 0, r * 0.9, ry * 0.9), 2, shade(col, -0.3))
    px = -50.0
    c.oval(px, 0, 44, 44 * 0.6, shade(col, -0.35))
    cylinder(c, px, -200, 34, 200, 0.6, metal(pipe), sheen(px, -200, 34, 20, sheen_stops(pipe)))
    round_hole(c, px, -200, 27, 0.6, 60, pipe, through=False, floor=(20, 20, 22))
    for yy in (length * 0.3, length * 0.75):
        c.tube([(-r - 30, yy), (-r + 10, yy + 10)], 12, STEEL, spec=0.8)


def _muffler(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((176, 176, 170), (200, 204, 208), (60, 62, 66))), 5)
    length = rng.uniform(420, 520)
    if view == 0:
        c.contact(-40, 200, 420, 30, 0.5)
        with c.at(260, 40, 1.0, rot=PI / 2):
            _muffler_body(c, col, length)
    elif view == 1:
        c.contact(40, 200, 420, 30, 0.5)
        with c.at(-230, 40, 1.0, rot=-PI / 2, sx=-1.0):
            _muffler_body(c, col, length)
    else:
        with c.at(0, -length * 0.28 - 40, 0.78):
            c.contact(0, length + 20, 170, 60, 0.5)
            _muffler_body(c, col, length)


def _gasket_shape(cyl: int, bore: float) -> tuple[list[Pt], list[list[Pt]], list[Pt]]:
    pitch = bore * 2.25
    w = pitch * cyl + bore * 0.7
    d = bore * 2.9
    outer = rrect(-w / 2, -d / 2, w / 2, d / 2, 30)
    holes: list[list[Pt]] = []
    bores: list[Pt] = []
    for i in range(cyl):
        x = -pitch * (cyl - 1) / 2 + i * pitch
        bores.append((x, 0.0))
        holes.append(ell(x, 0, bore, bore, n=64))
    for i in range(cyl + 1):
        x = -pitch * cyl / 2 + i * pitch
        for z in (-d / 2 + bore * 0.32, d / 2 - bore * 0.32):
            holes.append(ell(x, z, bore * 0.14, bore * 0.14, n=24))
        if 0 < i < cyl:
            holes.append(rrect(x - bore * 0.12, d / 2 - bore * 0.6, x + bore * 0.12,
                               d / 2 - bore * 0.45, 6))
    return outer, holes, bores


def _gasket(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((178, 182, 188), (178, 182, 188), (60, 62, 66))), 5)
    cyl = rng.choice((3, 4, 4, 4))
    bore = 78.0 if cyl == 4 else 96.0

    def one(k: float, vh: float, yaw: float) -> None:
        outer, holes, bores = _gasket_shape(cyl, bore)
        outer = plane_rot(outer, yaw)
        holes = [plane_rot(h, yaw) for h in holes]
        bores = plane_rot(bores, yaw)
        proj_holes = [[(x, z * k) for x, z in h] for h in holes]
        c.contact_poly([(x, z * k + 8) for x, z in outer], 0.35)
        prism(c, outer, k, 7 * vh, metal(col, 0.6),
              sheen(0, 0, 500, 500 * k, sheen_stops(col, 0.9), 0.6), holes=proj_holes)
        for x, z in bores:
            c.outline(ell(x, z * k, bore * 1.08, bore * 1.08 * k), 5, (200, 204, 210))
            c.outline(ell(x, z * k, bore * 1.22, bore * 1.22 * k), 2.5, shade(col, 0.3))
            c.outline(ell(x, z * k + 2, bore * 1.22, bore * 1.22 * k), 1.5, shade(col, -0.3))
        for h in proj_holes[cyl:]:
            c.outline(h, 1.5, shade(col, -0.4))

    s = 1.3 if cyl == 4 else 1.22
    if view == 0:
        with c.at(0, 0, s * 1.02):
            one(0.62, 1.0, -0.28)
    elif view == 1:
        with c.at(0, 0, s):
            one(0.6, 1.0, 0.25)
    else:
        with c.at(0, 0, s):
            one(0.95, 0.4, 0.0)


def _wheel_face(c: Canvas, col: Color, face: Color, spokes: int, twin: bool, k: float,
                r: float) -> None:
    ry = r * k
    c.poly(ell(0, 0, r * 0.86, r * 0.86 * k), rad(0, 0, r * 0.86, r * 0.86 * k, (
        (0.0, (30, 30, 34)), (0.7, (44, 44, 48)), (1.0, (70, 72, 76)))))
    c.poly(ell(0, 0, r * 0.86, r * 0.86 * k, PI, TAU), hlin(-r, r, metal(col, 0.7)),
           clip=ell(0, r * 0.2 * k, r * 0.86, r * 0.86 * k))
    subs = (-0.07, 0.07) if twin else (0.0,)
    for i in range(spokes):
        for sub in subs:
            a = -PI / 2 + i * TAU / spokes + sub
            w0, w1 = (0.12, 0.05) if twin else (0.2, 0.08)
            pts = [(r * 0.22 * math.cos(a - w0), r * 0.22 * math.sin(a - w0) * k),
                   (r * 0.84 * math.cos(a - w1), r * 0.84 * math.sin(a - w1) * k),
                   (r * 0.84 * math.cos(a + w1), r * 0.84 * math.sin(a + w1) * k),
                   (r * 0.22 * math.cos(a + w0), r * 0.22 * math.sin(a + w0) * k)]
            slab(c, pts, (0, 14), lin(pts[0][0], pts[0][1], pts[1][0], pts[1][1],
                                     flat(col, -0.15, 0.15)), shade(col, -0.4))
            c.stroke([pts[0], pts[1]], 3, face)
            c.stroke([pts[3], pts[2]], 2, shade(col, -0.2))
    c.poly(ell(0, 0, r, ry), sheen(0, 0, r, ry, sheen_stops(face, 1.0), 0.9),
           holes=[ell(0, 0, r * 0.86, r * 0.86 * k)])
    c.outline(ell(0, 0, r * 0.86, r * 0.86 * k), 3, shade(col, -0.35))
    c.outline(ell(0, 0, r, ry), 3, shade(face, 0.5))
    c.oval(0, 0, r * 0.25, r * 0.25 * k, sheen(0, 0, r * 0.25, r * 0.25 * k,
                                               sheen_stops(col, 0.8)))
    n = 5 if spokes % 5 == 0 else 4
    for i in range(n):
        a = -PI / 2 + PI / spokes + i * TAU / n
        round_hole(c, r * 0.17 * math.cos(a), r * 0.17 * math.sin(a) * k, r * 0.028, k, 8, col,
                   through=False, floor=(20, 20, 22))
    c.oval(0, 0, r * 0.1, r * 0.1 * k, rad(-r * 0.03, -r * 0.03 * k, r * 0.13, r * 0.13 * k, (
        (0.0, shade(face, 0.5)), (1.0, shade(col, -0.3)))))


def _wheel_rim(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((190, 194, 200), (190, 194, 200), (70, 74, 80),
                                  (40, 40, 44))), 5)
    face = shade(col, 0.3) if col[0] > 150 or rng.random() < 0.5 else col
    spokes = rng.choice((5, 5, 6, 7, 10))
    twin = spokes < 10 and rng.random() < 0.35
    r = 330.0
    width = rng.uniform(200, 250)

    def side_view(k: float) -> None:
        # the barrel runs to the right, the face is on the left
        with c.at(0, 0, 1.0, rot=-PI / 2, sx=-1.0):
            cylinder(c, 0, 0, r * 0.96, width, k, metal(col, 0.9), None)
            c.stroke(ell(0, width * 0.55, r * 0.9, r * 0.9 * k, 0.0, PI), 14, shade(col, -0.2))
            c.stroke(ell(0, width, r * 0.96, r * 0.96 * k, 0.0, PI), 8, shade(col, 0.25))
            _wheel_face(c, col, face, spokes, twin, k, r)

    if view == 0:
        c.contact(50, r * 0.98 + 10, 250, 30, 0.5)
        with c.at(-60, 0, 0.98):
            side_view(0.62)
    elif view == 1:
        c.contact(0, r * 1.08 + 10, 300, 30, 0.5)
        with c.at(0, 0, 1.08):
            _wheel_face(c, col, face, spokes, twin, 0.98, r)
    else:
        c.contact(-110, r * 0.8 + 10, 220, 24, 0.5)
        c.contact(230, r * 0.8 + 10, 220, 24, 0.5)
        with c.at(-180, 0, 0.8):
            side_view(0.55)
        with c.at(170, 0, 0.8):
            side_view(0.55)


def _clutch_disc_one(c: Canvas, rng: random.Random, k: float, lining: Color,
                     vh: float) -> None:
    r = 300.0
    ry = r * k
    steel = (170, 174, 180)
    t = 24 * vh
    c.contact(0, t + 4, r, ry, 0.45)
    cylinder(c, 0, 0, r, t, k, satin(lining), None)
    c.stroke(ell(0, t * 0.5, r, ry, 0.05, PI - 0.05), 3, shade(steel, -0.1))
    c.oval(0, 0, r, ry, sheen(0, 0, r, ry, sheen_stops(lining, 0.35), 0.7),
           holes=[ell(0, 0, r * 0.62, r * 0.62 * k)])
    grooves = rng.choice((8, 10, 12, 16))
    for i in range(grooves):
        a = i * TAU / grooves + 0.1
        c.stroke([(r * 0.63 * math.cos(a), r * 0.63 * math.sin(a) * k),
                  (r * 0.99 * math.cos(a), r * 0.99 * math.sin(a) * k)], 6,
                 shade(lining, -0.45))
    for row, rr in enumerate((0.72, 0.88)):
        n = 2 * grooves
        for i in range(n):
            a = (i + 0.5 + row * 0.5) * TAU / n + 0.1
            x, y = r * rr * math.cos(a), r * rr * math.sin(a) * k
            c.oval(x, y, 9, 9 * k, (40, 40, 42))
            c.oval(x, y + 1, 5, 5 * k, shade(steel, 0.1))
    # hub plate with damper springs
    c.oval(0, 0, r * 0.62, r * 0.62 * k, shade(steel, -0.4))
    c.oval(0, -6, r * 0.6, r * 0.6 * k, sheen(0, -6, r * 0.6, r * 0.6 * k,
                                              sheen_stops(steel, 0.8), 0.7))
    ns = rng.choice((4, 6, 6, 8))
    for i in range(ns):
        a = i * TAU / ns + 0.3
        cx_, cy_ = r * 0.42 * math.cos(a), -6 + r * 0.42 * math.sin(a) * k
        ta = a + PI / 2
        dx, dy = math.cos(ta) * 45, math.sin(ta) * 45 * k
        win = [(cx_ - dx - 18 * math.cos(a), cy_ - dy - 18 * math.sin(a) * k),
               (cx_ + dx - 18 * math.cos(a), cy_ + dy - 18 * math.sin(a) * k),
               (cx_ + dx + 18 * math.cos(a), cy_ + dy + 18 * math.sin(a) * k),
               (cx_ - dx + 18 * math.cos(a), cy_ - dy + 18 * math.sin(a) * k)]
        c.poly(win, (30, 30, 32))
        spring = (60, 110, 70) if i % 2 else (200, 170, 60)
        p0, p1 = (cx_ - dx * 0.9, cy_ - dy * 0.9 - 6), (cx_ + dx * 0.9, cy_ + dy * 0.9 - 6)
        ln = math.hypot(p1[0] - p0[0], p1[1] - p0[1]) or 1.0
        ax, ay = (p1[0] - p0[0]) / ln, (p1[1] - p0[1]) / ln
        c.tube([p0, p1], 24, shade(spring, -0.55), spec=0.1, caps=False)
        for j in range(8):
            t = (j + 0.5) / 8
            mx, my = p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t
            c.tube([(mx + ay * 12 - ax * 4, my - ax * 12 - ay * 4),
                    (mx - ay * 12 + ax * 4, my + ax * 12 + ay * 4)], 6, spring, spec=0.9)
    hub = r * 0.2
    cylinder(c, 0, -40 * vh, hub, 34 * vh, k, metal(steel),
             sheen(0, -40 * vh, hub, hub * k, sheen_stops(steel)))
    spl = _gear_profile(20, hub * 0.62, hub * 0.5, 0.0)
    hole(c, [(x, -40 * vh + z * k) for x, z in spl], (0, 60 * vh), steel)
    for i in range(ns):
        a = i * TAU / ns + 0.3 + PI / ns
        c.oval(r * 0.3 * math.cos(a), -6 + r * 0.3 * math.sin(a) * k, 8, 8 * k,
               rad(r * 0.3 * math.cos(a) - 2, -8 + r * 0.3 * math.sin(a) * k, 10, 10 * k,
                   ((0.0, shade(steel, 0.5)), (1.0, shade(steel, -0.3)))))


def _pressure_plate(c: Canvas, k: float) -> None:
    r = 300.0
    steel = (150, 156, 164)
    lobes = []
    for i in range(120):
        a = i * TAU / 120
        rr = r * (1.0 + 0.05 * max(0.0, math.cos(3 * a)) ** 8)
        lobes.append((rr * math.cos(a), rr * math.sin(a)))
    c.contact(0, 84, r, r * k, 0.45)
    prism(c, lobes, k, 80, metal(steel, 0.7), sheen(0, 0, r, r * k, sheen_stops(steel, 0.7)))
    c.oval(0, 0, r * 0.75, r * 0.75 * k, shade(steel, -0.4))
    fingers = 18
    for i in range(fingers):
        a0 = i * TAU / fingers + 0.03
        a1 = (i + 1) * TAU / fingers - 0.03
        pts = [(r * 0.72 * math.cos(a0), r * 0.72 * math.sin(a0) * k),
               (r * 0.72 * math.cos(a1), r * 0.72 * math.sin(a1) * k),
               (r * 0.24 * math.cos((a0 + a1) / 2 + 0.06), r * 0.24 *
                math.sin((a0 + a1) / 2 + 0.06) * k - 10),
               (r * 0.24 * math.cos((a0 + a1) / 2 - 0.06), r * 0.24 *
                math.sin((a0 + a1) / 2 - 0.06) * k - 10)]
        col = sample(metal((96, 110, 140), 0.9), 0.5 + 0.5 * math.cos((a0 + a1) / 2 + 2.4))
        c.poly(pts, col)
    for i in range(3):
        a = PI / 3 + i * TAU / 3
        round_hole(c, r * 1.0 * math.cos(a), r * 1.0 * math.sin(a) * k, 12, k, 8, steel)


def _clutch_disc(c: Canvas, rng: random.Random, view: int) -> None:
    lining = jitter(rng, rng.choice(((110, 96, 80), (84, 84, 86), (130, 110, 86))), 5)
    state = rng.getstate()
    if view == 0:
        with c.at(0, -10, 1.2):
            _clutch_disc_one(c, rng, 0.5, lining, 1.0)
    elif view == 1:
        with c.at(170, -80, 0.85):
            _pressure_plate(c, 0.48)
        rng.setstate(state)
        with c.at(-180, 80, 0.85):
            _clutch_disc_one(c, rng, 0.48, lining, 1.0)
    else:
        with c.at(0, 10, 1.2):
            _clutch_disc_one(c, rng, 0.95, lining, 0.35)


def _boot(y0: float, y1: float, r0: float, r1: float, ridges: int) -> list[
        tuple[float, float, Stops]]:
    out: list[tuple[float, float, Stops]] = []
    for i in range(ridges * 2 + 1):
        t = i / (ridges * 2)
        rr = r0 + (r1 - r0) * t
        out.append((y0 + (y1 - y0) * t, rr * (1.0 if i % 2 else 0.78), satin(RUBBER)))
    return out


def _drive_shaft_one(c: Canvas, rng: random.Random, col: Color, length: float) -> None:
    """A CV drive shaft along local y: outer joint at the top."""
    k = 0.3
    steel = col
    ridges = rng.randint(5, 7)
    prof: list[tuple[float, float, Stops]] = [
        (-length / 2 - 150, 22, metal(steel)), (-length / 2 - 70, 26, metal(steel)),
        (-length / 2 - 60, 44, metal(steel)), (-length / 2 - 40, 44, metal(steel)),
        (-length / 2 - 20, 80, metal(CAST, 0.7)), (-length / 2 + 40, 92, metal(CAST, 0.7)),
        (-length / 2 + 80, 60, metal(CAST, 0.7))]
    prof += _boot(-length / 2 + 80, -length / 2 + 270, 78, 30, ridges)
    prof += [(-length / 2 + 280, 20, metal(steel, 1.1)), (length / 2 - 280, 20, metal(steel, 1.1))]
    prof += _boot(length / 2 - 280, length / 2 - 100, 32, 80, ridges - 1)
    prof += [(length / 2 - 90, 84, metal(CAST, 0.7)), (length / 2 + 40, 84, metal(CAST, 0.7)),
             (length / 2 + 50, 50, metal(steel)), (length / 2 + 120, 26, metal(steel)),
             (length / 2 + 170, 24, metal(steel))]
    lathe(c, prof, k, sheen(0, -length / 2 - 150, 22, 22 * k, sheen_stops(steel)))
    for i in range(7):
        y = -length / 2 - 140 + i * 10
        c.stroke(ell(0, y, 22, 22 * k, 0.1, PI - 0.1, 24), 2.5, shade(steel, -0.45))
    for i in range(12):
        x = -24 + i * 4.4
        c.stroke([(x, length / 2 + 60), (x, length / 2 + 118)], 1.5, shade(steel, -0.35))
    for y, rr in ((-length / 2 + 92, 64), (-length / 2 + 262, 32), (length / 2 - 272, 34),
                  (length / 2 - 104, 82)):
        c.poly(band(0, y, rr, rr * k, 12), hlin(-rr, rr, metal(STEEL)))


def _drive_shaft(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, (150, 154, 160), 5)
    length = rng.uniform(560, 700)
    if view == 0:
        with c.at(0, 20, 0.95, rot=-1.3):
            c.contact(0, 0, 80, length / 2 + 160, 0.45, dy=60)
            _drive_shaft_one(c, rng, col, length)
    elif view == 1:
        for x, y, rot in ((0, -110, -1.35), (0, 130, -1.28)):
            with c.at(x, y, 0.85, rot=rot):
                c.contact(0, 0, 80, length / 2 + 160, 0.45, dy=60)
                _drive_shaft_one(c, rng, col, length)
    else:
        with c.at(220, 0, 1.8, rot=-1.3):
            _drive_shaft_one(c, rng, col, length)


def _tank(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((44, 45, 48), (44, 45, 48), (58, 60, 64), (170, 174, 180))), 4)
    strap = (128, 132, 138)
    w, d = rng.uniform(600, 660), rng.uniform(330, 380)
    h = rng.uniform(150, 180)
    ph = rng.uniform(40, 60)
    yaw = (-0.3, 0.3, 0.0)[view]
    k = (0.45, 0.45, 0.88)[view]
    vh = math.sqrt(1 - k * k) / 0.89
    outline = rrect(-w / 2, -d / 2, w / 2, d / 2, 70, 4)
    plateau = rrect(-w * 0.4, -d * 0.36, -w * 0.02, d * 0.3, 50, 4)
    with c.at(-20, 150 if view != 2 else 70, 1.04 if view != 2 else 1.1):
        pl = Plane(yaw, k, 0.0)
        c.contact_poly([pl(x, z) for x, z in outline], 0.5)
        top = prism(c, plane_rot(outline, yaw), k, h * vh, satin(col),
                    sheen(0, -h * vh, w * 0.6, w * 0.6 * k, sheen_stops(col, 0.45), 0.6),
                    cy=-h * vh)
        c.outline(top, 2.5, shade(col, 0.3))
        mid = [pl(x, z, h * vh * 0.45) for x, z in outline]
        c.stroke([p for p in mid if p[1] > pl(0, 0, h * vh * 0.45)[1] - 40], 3, shade(col, 0.18))
        ptop = prism(c, plane_rot(plateau, yaw), k, ph * vh, satin(shade(col, 0.05)),
                     sheen(0, -(h + ph) * vh, w * 0.3, w * 0.3 * k, sheen_stops(col, 0.5), 0.6),
                     cy=-(h + ph) * vh)
        c.outline(ptop, 2, shade(col, 0.3))
        for sx in (-0.45, 0.22):
            a0 = pl(sx * w, -d / 2 - 6, h * vh + 3)
            a1 = pl(sx * w, d / 2 + 6, h * vh + 3)
            c.stroke([a0, a1], 30, shade(strap, -0.1))
            c.stroke([a0, a1], 10, shade(strap, 0.35))
            c.poly([(a1[0] - 15, a1[1]), (a1[0] + 15, a1[1]), (a1[0] + 15, a1[1] + h * vh),
                    (a1[0] - 15, a1[1] + h * vh)], vlin(a1[1], a1[1] + h * vh,
                                                       flat(strap, -0.25, 0.05)))
        up = (h + ph) * vh
        px, pz = -w * 0.21, -d * 0.03
        c.poly(pl.oval(px, pz, 100, up), shade(col, -0.35))
        c.poly(pl.oval(px, pz, 92, up + 8), sheen(*pl(px, pz, up + 8), 92, 92 * k,
                                                   sheen_stops((96, 100, 106), 0.6)))
        for i in range(12):
            a = i * TAU / 12
            c.poly(pl.oval(px + 80 * math.cos(a), pz + 80 * math.sin(a), 7, up + 10), (60, 62, 66))
        c.poly(pl.oval(px, pz, 55, up + 14), shade(col, -0.1))
        cx_, cy_ = pl(px + 20, pz + 10, up + 16)
        slab(c, rrect(cx_ - 30, cy_ - 30, cx_ + 30, cy_ + 4, 6), (6, -8), (236, 236, 230),
             (170, 170, 166))
        c.tube([pl(px - 40, pz - 20, up + 24), pl(px - 120, pz - 110, up + 10),
                pl(px - 200, pz - 150, up - 20)], 18, (36, 36, 40), spec=0.5)
        fx, fz = w * 0.36, -d * 0.12
        base = pl(fx, fz, h * vh)
        c.poly(pl.oval(fx, fz, 60, h * vh), shade(col, -0.3))
        neck = bez(base, (base[0], base[1] - 110), (base[0] + 20, base[1] - 150),
                   (base[0] + 110, base[1] - 180), 24)
        c.tube(neck, 74, shade(col, 0.06), spec=0.4)
        end = neck[-1]
        dv = (end[0] - neck[-2][0], end[1] - neck[-2][1])
        c.tube([end, (end[0] + 30, end[1] - 6)], 96, (40, 40, 44), spec=0.5, caps=False)
        cap_end = (end[0] + 30, end[1] - 6)
        c.poly(end_ellipse(cap_end, dv, 48), sheen(cap_end[0], cap_end[1], 24, 48,
                                                   sheen_stops((70, 72, 76), 0.5), 0.0))
        c.poly(end_ellipse(cap_end, dv, 30), (50, 52, 56))


def _fabric_roll_one(c: Canvas, col: Color, k: float, length: float,
                     pattern: int) -> None:
    r = 150.0
    core = (176, 140, 96)
    cylinder(c, 0, 0, r, length, k, satin(col), None)
    pitch = 90.0 if pattern else 60.0
    y0 = 6.0
    while y0 + pitch < length - 6:
        pts = [(r * math.cos(a), y0 + pitch * a / PI + r * k * math.sin(a))
               for a in (0.06 + i * (PI - 0.12) / 30 for i in range(31))]
        c.stroke(pts, 1.6, shade(col, -0.07))
        c.stroke(shift(pts, 0, 3), 1.2, shade(col, 0.06))
        y0 += 9.0
    c.oval(0, 0, r, r * k, rad(0, 0, r, r * k, ((0.0, shade(col, -0.1)), (1.0, shade(col, 0.1)))))
    for i in range(9):
        rr = r * (0.36 + 0.64 * (i + 0.5) / 9)
        c.outline(ell(0, 0, rr, rr * k), 1.2, shade(col, -0.14))
    c.oval(0, 0, r * 0.3, r * 0.3 * k, core)
    round_hole(c, 0, 0, r * 0.22, k, length, core, through=False)
    c.outline(ell(0, 0, r, r * k), 2, shade(col, 0.25))


def _fabric_roll(c: Canvas, rng: random.Random, view: int) -> None:
    col = jitter(rng, rng.choice(((60, 62, 68), (40, 40, 44), (190, 172, 140), (120, 80, 56),
                                  (90, 96, 110), (150, 40, 44), (200, 200, 196))), 6)
    pattern = rng.randrange(2)
    length = rng.uniform(520, 600)
    if view == 0:
        drape = [(-330, 150), (230, 150), (280, 290), (210, 300), (100, 284), (0, 304),
                 (-110, 286), (-230, 306), (-300, 292)]
        c.contact(-20, 160, 360, 26, 0.5)
        folds = tuple((i / 12, shade(col, (-0.22, 0.08, 0.14, -0.04)[i % 4])) for i in range(13))
        c.poly(drape, lin(-330, 150, 290, 230, folds))
        c.poly([(-330, 150), (230, 150), (236, 166), (-326, 166)], shade(col, -0.35))
        with c.at(length / 2 - 40, 0, 1.0, rot=PI / 2):
            _fabric_roll_one(c, col, 0.5, length, pattern)
    elif view == 1:
        c.contact(-60, 60, 320, 24, 0.5)
        c.contact(40, 250, 320, 24, 0.5)
        with c.at(length / 2 - 100, -90, 0.8, rot=PI / 2):
            _fabric_roll_one(c, col, 0.5, length, pattern)
        with c.at(length / 2, 100, 0.8, rot=PI / 2):
            _fabric_roll_one(c, col, 0.5, length, pattern)
    else:
        with c.at(0, -250, 1.0):
            c.contact(0, length * 0.8 + 6, 150, 150 * 0.4, 0.5)
            _fabric_roll_one(c, col, 0.4, length * 0.8, pattern)


def _wire_spool_one(c: Canvas, wire: Color, flange: Color, k: float,
                    length: float) -> None:
    rf, rw, ft = 250.0, 190.0, 22.0
    cylinder(c, 0, length - ft, rf, ft, k, satin(flange), None)
    c.oval(0, length - ft, rf, rf * k, shade(flange, -0.2))
    cylinder(c, 0, ft, rw, length - 2 * ft, k, metal(wire, 0.8), None)
    step = 9.0
    y = ft + 4
    i = 0
    while y < length - ft - 2:
        c.stroke(ell(0, y, rw, rw * k, 0.03, PI - 0.03), 2.5,
                 shade(wire, -0.3 if i % 2 else 0.15))
        y += step
        i += 1
    cylinder(c, 0, 0, rf, ft, k, satin(flange), sheen(0, 0, rf, rf * k,
                                                      sheen_stops(flange, 0.4), 0.7))
    c.outline(ell(0, 0, rf, rf * k), 2, shade(flange, 0.3))
    for j in range(4):
        a = j * TAU / 4 + 0.4
        round_hole(c, rf * 0.62 * math.cos(a), rf * 0.62 * math.sin(a) * k, 26, k, ft, flange)
    c.oval(0, 0, rf * 0.3, rf * 0.3 * k, shade(flange, 0.15))
    round_hole(c, 0, 0, rf * 0.2, k, length, flange, through=length < rf * 0.4 * k)
    end = [(rw * math.cos(0.6), length * 0.6 + rw * k * math.sin(0.6))]
    end += [(end[0][0] + 40, end[0][1] + 60), (end[0][0] + 10, end[0][1] + 130),
            (end[0][0] + 60, end[0][1] + 190)]
    c.tube(bez(end[0], end[1], end[2], end[3], 20), 9, wire, spec=0.9)


def _wire_spool(c: Canvas, rng: random.Random, view: int) -> None:
    wire = jitter(rng, rng.choice((COPPER, COPPER, (170, 60, 40), (40, 90, 180), (200, 40, 36),
                                   (40, 40, 44), (196, 200, 204))), 6)
    flange = jitter(rng, rng.choice(((40, 40, 44), (40, 40, 44), (170, 130, 80),
                                     (120, 124, 130), (200, 60, 40))), 5)
    length = rng.uniform(300, 360)
    if sum(abs(a - b) for a, b in zip(wire, flange, strict=True)) < 150:
        flange = (40, 40, 44)
    if view == 0:
        c.contact(-40, 265, 230, 26, 0.5)
        with c.at(150, 0, 1.05, rot=PI / 2):
            _wire_spool_one(c, wire, flange, 0.42, length)
    elif view == 1:
        with c.at(0, -150, 1.05):
            c.contact(0, length + 5, 250, 250 * 0.42, 0.5)
            _wire_spool_one(c, wire, flange, 0.42, length)
    else:
        c.contact(-250, 205, 180, 22, 0.5)
        c.contact(200, 205, 180, 22, 0.5)
        with c.at(-120, 0, 0.8, rot=PI / 2):
            _wire_spool_one(c, wire, flange, 0.42, length)
        with c.at(330, 0, 0.8, rot=PI / 2):
            _wire_spool_one(c, wire, flange, 0.42, length)


_KINDS: dict[str, DrawFn] = {
    "gear": _gear,
    "brake_disc": _brake_disc,
    "bearing": _bearing,
    "piston": _piston,
    "paint_can": _paint_can,
    "steel_coil": _steel_coil,
    "coil_spring": _coil_spring,
    "bolt": _bolt,
    "brake_pad": _brake_pad,
    "brake_drum": _brake_drum,
    "leaf_spring": _leaf_spring,
    "shock_absorber": _shock_absorber,
    "spark_plug": _spark_plug,
    "filter": _filter,
    "belt": _belt,
    "hose": _hose,
    "wire_harness": _wire_harness,
    "battery": _battery,
    "sensor": _sensor,
    "circuit_board": _circuit_board,
    "bulb": _bulb,
    "headlamp": _headlamp,
    "glass_panel": _glass_panel,
    "mirror": _mirror,
    "seat": _seat,
    "steering_wheel": _steering_wheel,
    "body_panel": _body_panel,
    "bumper": _bumper,
    "granules": _granules,
    "canister": _canister,
    "adhesive_tube": _adhesive_tube,
    "radiator": _radiator,
    "muffler": _muffler,
    "gasket": _gasket,
    "wheel_rim": _wheel_rim,
    "clutch_disc": _clutch_disc,
    "drive_shaft": _drive_shaft,
    "tank": _tank,
    "fabric_roll": _fabric_roll,
    "wire_spool": _wire_spool,
}

ART_KINDS: tuple[str, ...] = tuple(_KINDS)


def render_illustration(kind: str, seed: int, size: tuple[int, int] = (1200, 900),
                        view: int = 0,
                        accent: tuple[int, int, int] | None = None) -> Image.Image:
    """RGB image of `kind`; the same arguments always give the same pixels."""
    fn = _KINDS.get(kind)
    if fn is None:
        raise ValueError(f"unknown illustration kind: {kind!r}")
    if size[0] < 8 or size[1] < 8:
        raise ValueError(f"illustration size too small: {size}")
    view %= 3
    c = Canvas(size)
    fn(c, random.Random(f"{kind}/{seed}"), view)
    acc = None if accent is None else (_c8(accent[0]), _c8(accent[1]), _c8(accent[2]))
    return c.compose(_background(size, view, acc).copy())


def _contact_sheet(path: str) -> None:
    """Save views 0 and 1 of every kind to path (run: python -m kiosk.demo.art OUT.png)."""
    cell = (400, 300)
    cols = 8
    kinds = ART_KINDS
    rows = (len(kinds) * 2 + cols - 1) // cols
    sheet = Image.new("RGB", (cell[0] * cols, cell[1] * rows), (255, 255, 255))
    times: list[tuple[float, str]] = []
    for i, kind in enumerate(kinds):
        for v in (0, 1):
            t0 = time.perf_counter()
            im = render_illustration(kind, 7 + i, view=v, accent=PAINTS[i % len(PAINTS)])
            times.append((time.perf_counter() - t0, kind))
            j = i * 2 + v
            sheet.paste(im.resize(cell, Image.Resampling.LANCZOS),
                        ((j % cols) * cell[0], (j // cols) * cell[1]))
    sheet.save(path)
    mean = sum(t for t, _ in times) / len(times)
    worst = max(times)
    print(f"{len(times)} images at 1200x900: mean {mean * 1000:.1f} ms, "
          f"max {worst[0] * 1000:.1f} ms ({worst[1]})")


if __name__ == "__main__":
    _contact_sheet(sys.argv[1] if len(sys.argv) > 1 else "art_contact_sheet.png")
