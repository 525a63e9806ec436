"""A step chart of parties over time as SVG coordinates. Pure Python."""

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class StepChart:
    width: int
    height: int
    min_path: str
    max_path: str
    band_path: str
    y_ticks: list  # [(y, label)]
    x_ticks: list  # [(x, label)]
    last_min: int
    last_max: int
    marker_x: float | None = None  # the "as of" day


def step_chart(
    series, *, until: dt.date, marker: dt.date | None = None, width=720, height=220, pad=36
) -> StepChart | None:
    """``series``: [(day, Count)] sorted by day; the band between min and max shows what
    the uncertain dates leave open."""
    if not series:
        return None
    start = series[0][0]
    span = max((until - start).days, 1)
    top = max(1, *(c.min if c.max is None else c.max for _, c in series))

    def x(day):
        return pad + (min(max((day - start).days, 0), span) / span) * (width - 2 * pad)

    def y(value):
        return height - pad - (value / top) * (height - 2 * pad)

    ys = {}  # a few hundred steps share a few hundred values: each written once

    def shown_y(value):
        if value not in ys:
            ys[value] = f"{y(value):.1f}"
        return ys[value]

    def path(values):
        points, previous = [], None
        for day, value in values:
            if day > until:
                break
            if value == previous:
                continue  # no step: the line runs on to the next change
            at = f"{x(day):.1f}"
            if previous is not None:
                points.append(f"L{at},{shown_y(previous)}")
            points.append(f"{'M' if not points else 'L'}{at},{shown_y(value)}")
            previous = value
        if previous is not None:
            points.append(f"L{x(until):.1f},{shown_y(previous)}")
        return " ".join(points)

    lows = [(d, c.min) for d, c in series]
    highs = [(d, c.min if c.max is None else c.max) for d, c in series]
    min_path, max_path = path(lows), path(highs)
    band = f"{max_path} L{x(until):.1f},{y(0):.1f} L{x(start):.1f},{y(0):.1f} Z"
    step = max(1, round(top / 4))
    y_ticks = [(round(y(v), 1), v) for v in range(0, top + 1, step)]
    years = range(start.year + 1, until.year + 1, max(1, (until.year - start.year) // 6 or 1))
    x_ticks = [(round(x(dt.date(yr, 1, 1)), 1), yr) for yr in years]
    last = [c for d, c in series if d <= until]
    return StepChart(
        width,
        height,
        min_path,
        max_path,
        band,
        y_ticks,
        x_ticks,
        last[-1].min if last else 0,
        last[-1].max if last else 0,
        marker_x=round(x(marker), 1) if marker and start <= marker <= until else None,
    )
