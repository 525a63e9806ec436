from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "plenipo.meetings"
    label = "meetings"

    def ready(self):
        from plenipo.meetings import importers  # noqa: PLC0415 -- apps must be ready first

        importers.register()
