from django.apps import AppConfig


class TreatiesConfig(AppConfig):
    name = "plenipo.treaties"
    label = "treaties"

    def ready(self):
        from plenipo.treaties import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
