from django.apps import AppConfig


class TreatiesConfig(AppConfig):
    name = "plenipo.treaties"
    label = "treaties"
