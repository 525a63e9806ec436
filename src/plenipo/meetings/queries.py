"""Reads of meetings shared by surfaces."""

from plenipo.meetings.models import Meeting


def meetings_of(body):
    return Meeting.objects.filter(body=body).select_related("session").order_by("start_not_before")
