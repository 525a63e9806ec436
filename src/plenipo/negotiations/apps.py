from django.apps import AppConfig


class NegotiationsConfig(AppConfig):
    name = "plenipo.negotiations"
    label = "negotiations"

    def ready(self):
        from plenipo.negotiations import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
