"""The step chart of parties over time, shared with the office: it lives in
``plenipo.core.charts``."""

from plenipo.core.charts import StepChart, step_chart

__all__ = ["StepChart", "step_chart"]
