from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "plenipo.api"
    label = "api"
