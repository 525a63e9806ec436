from django.apps import AppConfig


class OfficeConfig(AppConfig):
    name = "plenipo.office"
    label = "office"

    def ready(self):
        from django.db.models.signals import post_migrate  # noqa: PLC0415

        from plenipo.registry.roles import ensure_secretariat_group  # noqa: PLC0415

        post_migrate.connect(ensure_secretariat_group, sender=self)
