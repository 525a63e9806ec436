from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "plenipo.portal"
    label = "portal"
