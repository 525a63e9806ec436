from django.apps import AppConfig


class CorrespondenceConfig(AppConfig):
    name = "plenipo.correspondence"
    label = "correspondence"

    def ready(self):
        from plenipo.correspondence import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
