"""Charts computed in Python and drawn as SVG by the templates: no chart library, nothing to download.

- ``sankey``: supplier → recipient flows as bands between two columns;
- ``network_layout``: a force-directed layout (Fruchterman–Reingold with gravity, numpy, fixed seed);
- ``timeline_layout``: dated records on a time axis, one lane per kind.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np


# --- flows ------------------------------------------------------------------------------------------------

@dataclass
class SankeyNode:
    """One country's bar on a side (supplier on the left, recipient on the right) of the flows chart."""
    name: str
    x: float
    y: float
    height: float
    total: int
    side: str


@dataclass
class SankeyBand:
    """One supplier-to-recipient flow drawn as an SVG path, its width proportional to the count."""
    supplier: str
    recipient: str
    count: int
    path: str
    colour: int


@dataclass
class Sankey:
    """The flows chart: nodes, bands, size, and how many smaller flows were left out."""
    width: int
    height: int
    nodes: list[SankeyNode]
    bands: list[SankeyBand]
    hidden: int = 0  #: flows left out (beyond the largest ones)


def sankey(flows: list[dict], max_flows: int = 16, width: int = 900, label_width: int = 190) -> Sankey | None:
    """Lay out the ``max_flows`` largest supplier-recipient flows as a Sankey chart, or None when there are none."""
    rows = [f for f in flows if f.get("supplier") and f.get("recipient") and f.get("count")]
    rows.sort(key=lambda f: (-f["count"], f["supplier"], f["recipient"]))
    shown, hidden = rows[:max_flows], len(rows) - min(len(rows), max_flows)
    if not shown:
        return None
    out_total: dict[str, int] = defaultdict(int)
    in_total: dict[str, int] = defaultdict(int)
    for f in shown:
        out_total[f["supplier"]] += f["count"]
        in_total[f["recipient"]] += f["count"]
    suppliers = sorted(out_total, key=lambda s: (-out_total[s], s))
    recipients = sorted(in_total, key=lambda s: (-in_total[s], s))
    gap, per_row = 10, 30
    height = max(160, per_row * max(len(suppliers), len(recipients)) + 20)
    total = sum(f["count"] for f in shown)

    def column(names, totals):
        usable = height - gap * (len(names) - 1) - 20
        unit = usable / total
        y, nodes = 10.0, {}
        for name in names:
            h = max(3.0, totals[name] * unit)
            nodes[name] = [y, h]
            y += h + gap
        return nodes, unit

    left, unit_l = column(suppliers, out_total)
    right, unit_r = column(recipients, in_total)
    x0, x1 = label_width, width - label_width
    node_w = 12
    nodes = [SankeyNode(n, x0 - node_w, y, h, out_total[n], "supplier") for n, (y, h) in left.items()]
    nodes += [SankeyNode(n, x1, y, h, in_total[n], "recipient") for n, (y, h) in right.items()]
    used_l = {n: left[n][0] for n in left}
    used_r = {n: right[n][0] for n in right}
    bands = []
    order = sorted(shown, key=lambda f: (suppliers.index(f["supplier"]), recipients.index(f["recipient"])))
    for f in order:
        s, r = f["supplier"], f["recipient"]
        hl, hr = f["count"] * unit_l, f["count"] * unit_r
        ya, yb = used_l[s], used_r[r]
        used_l[s] += hl
        used_r[r] += hr
        xm = (x0 + x1) / 2
        path = (f"M{x0:.1f},{ya:.1f} C{xm:.1f},{ya:.1f} {xm:.1f},{yb:.1f} {x1:.1f},{yb:.1f} "
                f"L{x1:.1f},{yb + hr:.1f} C{xm:.1f},{yb + hr:.1f} {xm:.1f},{ya + hl:.1f} {x0:.1f},{ya + hl:.1f} Z")
        bands.append(SankeyBand(s, r, f["count"], path, suppliers.index(s) % 8))
    return Sankey(width, height, nodes, bands, hidden)


# --- network ----------------------------------------------------------------------------------------------

@dataclass
class NetNode:
    """A country or person in the network chart, placed and sized by its degree."""
    id: str
    label: str
    type: str
    x: float
    y: float
    r: float
    degree: int
    label_shown: bool = True
    url: str | None = None


@dataclass
class NetEdge:
    """A link between two nodes of the network chart, with its record count."""
    source: str
    target: str
    weight: int
    kind: str
    x1: float
    y1: float
    x2: float
    y2: float
    width: float


@dataclass
class Network:
    """The laid-out network chart: nodes, edges and the drawing's size."""
    width: int
    height: int
    nodes: list[NetNode]
    edges: list[NetEdge]
    hidden_nodes: int = 0
    types: list[str] = field(default_factory=list)


def _force_layout(n: int, src: np.ndarray, dst: np.ndarray, w: np.ndarray, iterations: int,
                  rng: np.random.Generator) -> np.ndarray:
    """Fruchterman–Reingold with gravity for one connected component; positions roughly in [-1, 1]."""
    if n == 1:
        return np.zeros((1, 2))
    angle = np.linspace(0, 2 * math.pi, n, endpoint=False)
    pos = np.column_stack([np.cos(angle), np.sin(angle)]) + rng.normal(0, 0.05, (n, 2))
    k = 1.3 * math.sqrt(4.0 / n)
    temp = 0.3
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.linalg.norm(delta, axis=2) + 1e-9
        disp = ((delta / dist[:, :, None]) * (k * k / dist)[:, :, None]).sum(axis=1)
        if len(src):
            d = pos[src] - pos[dst]
            dl = np.linalg.norm(d, axis=1) + 1e-9
            f = (d / dl[:, None]) * (dl * dl / k * w)[:, None]
            np.add.at(disp, src, -f)
            np.add.at(disp, dst, f)
        disp -= pos * 0.3 * k  # gravity keeps the component compact
        length = np.linalg.norm(disp, axis=1) + 1e-9
        pos += disp / length[:, None] * np.minimum(length, temp)[:, None]
        temp = max(0.005, temp * 0.985)
    pos -= pos.mean(axis=0)
    scale = np.abs(pos).max() or 1.0
    return pos / scale


def _components(n: int, pairs: list[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def network_layout(graph: dict, max_nodes: int = 140, width: int = 1100, height: int = 720,
                   iterations: int = 400, seed: int = 7, labels: int = 40) -> Network:
    """Lay out each connected component on its own, then pack the components side by side (largest first)."""
    edges_in = [e for e in graph.get("edges", []) if e.get("source") != e.get("target")]
    weight = defaultdict(int)
    for e in edges_in:
        weight[e["source"]] += e.get("weight", 1)
        weight[e["target"]] += e.get("weight", 1)
    nodes_in = {n["id"]: n for n in graph.get("nodes", [])}
    edges_in = [e for e in edges_in if e["source"] in nodes_in and e["target"] in nodes_in]
    ranked = sorted(nodes_in, key=lambda i: (-weight.get(i, 0), i))
    keep = ranked[:max_nodes]
    index = {nid: i for i, nid in enumerate(keep)}
    edges = [e for e in edges_in if e["source"] in index and e["target"] in index]
    n = len(keep)
    if n == 0:
        return Network(width, height, [], [], 0, [])
    rng = np.random.default_rng(seed)
    pairs = [(index[e["source"]], index[e["target"]]) for e in edges]
    comps = _components(n, pairs)
    xy = np.zeros((n, 2))
    # the largest component gets most of the canvas; the small ones share a column on the right
    main, rest = comps[0], comps[1:]
    margin = 40.0
    boxes: list[tuple[list[int], float, float, float, float]] = []
    if not rest:
        share = 1.0
        boxes.append((main, margin, margin, width - margin, height - margin))
    elif len(main) > 2:
        share = min(0.85, max(0.6, len(main) / n))
        boxes.append((main, margin, margin, width * share - margin, height - margin))
    else:  # only small components: a grid over the whole canvas
        share, main, rest = 0.0, None, comps
    if rest:
        x0 = width * share if main is not None else margin
        cols = max(1, int((width - x0 - margin) // 150))
        rows = math.ceil(len(rest) / cols)
        cell_w = (width - x0 - margin) / cols
        cell_h = (height - 2 * margin) / max(rows, 1)
        for i, comp in enumerate(rest):
            r, c = divmod(i, cols)
            pad = min(18.0, cell_w * 0.15, cell_h * 0.15)
            boxes.append((comp, x0 + c * cell_w + pad, margin + r * cell_h + pad,
                          x0 + (c + 1) * cell_w - pad, margin + (r + 1) * cell_h - pad))
    for comp, bx0, by0, bx1, by1 in boxes:
        local = {g: i for i, g in enumerate(comp)}
        sel = [(local[a], local[b], math.log1p(e.get("weight", 1)))
               for e, (a, b) in zip(edges, pairs) if a in local]
        cs = np.array([t[0] for t in sel], dtype=int)
        cd = np.array([t[1] for t in sel], dtype=int)
        cw = np.array([t[2] for t in sel], dtype=float)
        pos = _force_layout(len(comp), cs, cd, cw, iterations, rng)
        if len(comp) > 1:
            lo, hi = pos.min(axis=0), pos.max(axis=0)
            span = np.where(hi - lo < 1e-9, 1.0, hi - lo)
            pos = (pos - lo) / span  # fill the box
            if len(comp) == 2:
                pos[:, 1] = 0.5
        else:
            pos = np.array([[0.5, 0.5]])
        for g, (px, py) in zip(comp, pos):
            xy[g] = (bx0 + px * (bx1 - bx0), by0 + py * (by1 - by0))
    labelled = set(keep[:labels])
    nodes = []
    for nid, i in index.items():
        src_node = nodes_in[nid]
        deg = weight.get(nid, 0)
        nodes.append(NetNode(nid, src_node.get("label") or nid, src_node.get("type") or "other",
                             float(xy[i, 0]), float(xy[i, 1]), 4 + 2.2 * math.sqrt(deg), deg,
                             label_shown=nid in labelled))
    out_edges = [NetEdge(e["source"], e["target"], e.get("weight", 1), e.get("kind") or "",
                         float(xy[index[e["source"]], 0]), float(xy[index[e["source"]], 1]),
                         float(xy[index[e["target"]], 0]), float(xy[index[e["target"]], 1]),
                         min(8.0, 0.8 + 1.2 * math.log1p(e.get("weight", 1))))
                 for e in edges]
    types = sorted({nd.type for nd in nodes})
    return Network(width, height, nodes, out_edges, len(nodes_in) - n, types)


# --- timeline ---------------------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def fractional_year(value: str | None) -> float | None:
    """"2021" -> 2021.5, "2021-03" -> 2021.21, "2021-03-26" -> 2021.23 (None if not a date)."""
    if not value:
        return None
    m = _DATE.match(str(value))
    if not m:
        return None
    year = int(m.group(1))
    if not m.group(2):
        return year + 0.5
    month = min(max(int(m.group(2)), 1), 12)
    if not m.group(3):
        return year + (month - 0.5) / 12
    try:
        d = date(year, month, int(m.group(3)))
    except ValueError:
        return year + (month - 0.5) / 12
    return year + (d.timetuple().tm_yday - 0.5) / (366 if year % 4 == 0 else 365)


@dataclass
class TimePoint:
    """One dated record on the timeline chart."""
    x: float
    y: float
    kind: str
    date: str
    title: str
    url: str
    precision: str


@dataclass
class Timeline:
    """The timeline chart: one lane per kind, its points, axis ticks and size."""
    width: int
    height: int
    lanes: list[tuple[str, float]]
    ticks: list[tuple[float, str]]
    points: list[TimePoint]
    axis_y: float
    left: float
    right: float


def timeline_layout(items: list[dict], lanes: tuple[str, ...] = ("transfers", "meetings", "events"),
                    width: int = 1100, lane_height: int = 70) -> Timeline | None:
    """``items``: dicts with "date", "kind", "title", "url". Undated items are left out."""
    dated = [(fractional_year(it["date"]), it) for it in items]
    dated = [(t, it) for t, it in dated if t is not None]
    if not dated:
        return None
    lo = math.floor(min(t for t, _ in dated))
    hi = math.floor(max(t for t, _ in dated)) + 1
    left, right = 110.0, width - 30.0
    top = 20.0

    def x_of(t: float) -> float:
        return left + (t - lo) / (hi - lo) * (right - left)

    lane_y = {lane: top + i * lane_height + lane_height / 2 for i, lane in enumerate(lanes)}
    height = int(top + len(lanes) * lane_height + 40)
    points: list[TimePoint] = []
    last_x: dict[tuple[str, int], float] = {}
    for t, it in sorted(dated, key=lambda p: p[0]):
        kind = it["kind"] if it["kind"] in lane_y else lanes[-1]
        x = x_of(t)
        # stack points that would overlap within a lane
        level = 0
        while last_x.get((kind, level), -1e9) > x - 9 and level < 5:
            level += 1
        last_x[(kind, level)] = x
        y = lane_y[kind] - 18 + level * 9
        precision = "day" if len(str(it["date"])) >= 10 else "month" if len(str(it["date"])) >= 7 else "year"
        points.append(TimePoint(x, y, kind, str(it["date"]), it["title"], it["url"], precision))
    years = hi - lo
    step = 1 if years <= 12 else 2 if years <= 24 else 5
    ticks = [(x_of(y), str(y)) for y in range(lo, hi + 1, step)]
    axis_y = top + len(lanes) * lane_height
    return Timeline(width, height, [(lane, lane_y[lane]) for lane in lanes], ticks, points, axis_y, left, right)
