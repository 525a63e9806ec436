"""Targets move stage when the treaty data records a signature or a deposit."""

from django.dispatch import receiver

from plenipo.campaigns.services.campaigns import refresh_stages
from plenipo.treaties.signals import action_recorded


@receiver(action_recorded)
def move_targets(sender, action, actor, **kwargs):
    refresh_stages(instrument=action.instrument, by=actor)
