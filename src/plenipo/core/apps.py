from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "plenipo.core"
    label = "core"
