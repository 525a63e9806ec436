from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "plenipo.monitoring"
    label = "monitoring"

    def ready(self):
        from plenipo.monitoring import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
