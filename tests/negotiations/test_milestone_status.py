"""A milestone is announced, then done; what took place stays done."""

import pytest

from plenipo.core.transitions import RefusedTransition
from plenipo.negotiations.models import Milestone
from plenipo.negotiations.services.processes import set_milestone_status
from plenipo.negotiations.transitions import MILESTONE

pytestmark = pytest.mark.django_db


def test_planned_becomes_done_and_never_goes_back():
    milestone = Milestone.objects.filter(status="planned").first()
    assert milestone is not None  # announced in the 2017 declaration's letter
    set_milestone_status(milestone, "done", by=None)
    milestone.refresh_from_db()
    assert milestone.status == "done"
    with pytest.raises(RefusedTransition, match="cannot go back to planned"):
        set_milestone_status(milestone, "planned", by=None)
    with pytest.raises(RefusedTransition, match="the milestone is already done"):
        set_milestone_status(milestone, "done", by=None)
    milestone.refresh_from_db()
    assert milestone.status == "done"


def test_the_table_allows_only_planned_to_done():
    assert MILESTONE.refused() == [("planned", "planned"), ("done", "planned"), ("done", "done")]
