from django.apps import AppConfig


class BodiesConfig(AppConfig):
    name = "plenipo.bodies"
    label = "bodies"

    def ready(self):
        from plenipo.bodies import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
