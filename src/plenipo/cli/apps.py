from django.apps import AppConfig


class CliConfig(AppConfig):
    name = "plenipo.cli"
    label = "cli"
