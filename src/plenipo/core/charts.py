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
    top = max(1, *(c.min if c.max is None else c.max for _, c in series))
    scale = _Scale(start, until, top, width=width, height=height, pad=pad)
    lows = [(d, c.min) for d, c in series]
    highs = [(d, c.min if c.max is None else c.max) for d, c in series]
    min_path, max_path = scale.path(lows), scale.path(highs)
    floor = f"{scale.y(0):.1f}"
    band = f"{max_path} L{scale.x(until):.1f},{floor} L{scale.x(start):.1f},{floor} Z"
    step = max(1, round(top / 4))
    y_ticks = [(round(scale.y(v), 1), v) for v in range(0, top + 1, step)]
    years = range(start.year + 1, until.year + 1, max(1, (until.year - start.year) // 6 or 1))
    x_ticks = [(round(scale.x(dt.date(yr, 1, 1)), 1), yr) for yr in years]
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
        marker_x=round(scale.x(marker), 1) if marker and start <= marker <= until else None,
    )


class _Scale:
    """Days and counts to SVG coordinates, the chart's area inside a margin of ``pad``."""

    def __init__(self, start, until, top, *, width, height, pad):
        self.start, self.until, self.top = start, until, top
        self.width, self.height, self.pad = width, height, pad
        self.span = max((until - start).days, 1)
        self._shown = {}  # a few hundred steps share a few hundred values: each written once

    def x(self, day) -> float:
        days = min(max((day - self.start).days, 0), self.span)
        return self.pad + (days / self.span) * (self.width - 2 * self.pad)

    def y(self, value) -> float:
        return self.height - self.pad - (value / self.top) * (self.height - 2 * self.pad)

    def shown_y(self, value) -> str:
        if value not in self._shown:
            self._shown[value] = f"{self.y(value):.1f}"
        return self._shown[value]

    def path(self, values) -> str:
        points, previous = [], None
        for day, value in values:
            if day > self.until:
                break
            if value == previous:
                continue  # no step: the line runs on to the next change
            at = f"{self.x(day):.1f}"
            if previous is not None:
                points.append(f"L{at},{self.shown_y(previous)}")
            points.append(f"{'M' if not points else 'L'}{at},{self.shown_y(value)}")
            previous = value
        if previous is not None:
            points.append(f"L{self.x(self.until):.1f},{self.shown_y(previous)}")
        return " ".join(points)
