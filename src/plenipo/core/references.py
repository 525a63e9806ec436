"""What refers to a record: the rows of other tables that point at it. Undoing what created
a record removes it only while nothing refers to it yet."""

from django.db import models


def referred_by(record: models.Model, *, ignore=()) -> list[str]:
    """The kinds of row (plural, as they read) that point at ``record``, hidden relations
    (``related_name="+"``) included; the models in ``ignore`` (its own history) left out."""
    found = []
    for relation in record._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete and relation.is_relation):
            continue
        model = relation.related_model
        if model in ignore:
            continue
        if model._base_manager.filter(**{relation.field.name: record}).exists():
            found.append(str(model._meta.verbose_name_plural))
    return sorted(set(found))
