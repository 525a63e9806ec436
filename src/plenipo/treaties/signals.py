from django.dispatch import Signal

# Sent after commit when a depositary action is recorded.
# kwargs: ``action`` (treaties.Action), ``actor`` (user or None for the system).
action_recorded = Signal()
