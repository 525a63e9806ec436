from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "plenipo.registry"
    label = "registry"
