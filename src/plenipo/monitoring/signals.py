from django.dispatch import Signal

# Sent after commit when an evaluation step is recorded.
# kwargs: ``step`` (monitoring.Step), ``actor`` (user or None for the system).
step_recorded = Signal()
