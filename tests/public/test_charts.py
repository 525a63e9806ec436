import datetime as dt

from plenipo.core.partialdates import Count
from plenipo.public.charts import step_chart


def test_step_chart_draws_min_and_max_steps_up_to_the_last_day():
    series = [(dt.date(2007, 1, 1), Count(1, 1)), (dt.date(2008, 1, 1), Count(1, 2))]
    chart = step_chart(
        series, until=dt.date(2009, 1, 1), marker=dt.date(2008, 6, 1), width=236, height=136, pad=18
    )
    assert chart.min_path.startswith("M18.0,")
    assert chart.min_path.endswith(f"L218.0,{136 - 18 - 50:.1f}")  # 1 of max 2 → halfway
    assert chart.max_path.endswith("L218.0,18.0")
    assert (chart.last_min, chart.last_max) == (1, 2)
    assert 118 < chart.marker_x < 218


def test_no_chart_without_data():
    assert step_chart([], until=dt.date(2009, 1, 1)) is None


def test_a_day_that_changes_no_count_adds_no_point_to_the_lines():
    day = dt.date
    with_a_quiet_day = [
        (day(2005, 1, 1), Count(1, 1)),
        (day(2006, 1, 1), Count(1, 1)),
        (day(2007, 1, 1), Count(2, 2)),
    ]
    changes_only = [with_a_quiet_day[0], with_a_quiet_day[2]]
    drawn = step_chart(with_a_quiet_day, until=day(2010, 1, 1))
    expected = step_chart(changes_only, until=day(2010, 1, 1))
    assert drawn.min_path == expected.min_path
    assert drawn.max_path == expected.max_path
    assert drawn.min_path.count("L") == 3  # across to the step, up, across to the end
