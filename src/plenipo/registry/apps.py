from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "plenipo.registry"
    label = "registry"

    def ready(self):
        from plenipo.registry import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
