"""The one way services change a status field: the machine's check, the save, the audit
entry. Each app's ``set_status`` chooses the machine and adds what the app keeps besides
(a meeting's status history)."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.transitions import Machine, RefusedTransition


@transaction.atomic
def change_status(
    obj,
    new: str,
    *,
    machine: Machine,
    by,
    event: str,
    note: str = "",
    field: str = "status",
    changes: dict | None = None,
    data: dict | None = None,
    before=None,
) -> str:
    """Move ``obj`` to ``new`` if ``machine`` allows it from the stored status; save it
    with ``changes`` (other fields that move with it) and log ``event``. ``before(current)``
    may refuse an allowed move for a reason outside the table (a room taken). Returns the
    previous status; refuses with a one-line reason and changes nothing otherwise."""
    model = type(obj)
    current = (
        model.objects.select_for_update().filter(pk=obj.pk).values_list(field, flat=True).get()
    )
    try:
        machine.check(current, new)
    except RefusedTransition as exc:
        raise RefusedTransition(f"{obj}: {exc}") from None
    if before is not None:
        before(current)
    changes = changes or {}
    setattr(obj, field, new)
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save(update_fields=[field, *changes])
    entry = {"from": current, "to": new, **({"note": note} if note else {}), **(data or {})}
    log_action(obj, event, by=by, data=entry)
    return current
