from django.apps import AppConfig


class PublicConfig(AppConfig):
    name = "plenipo.public"
    label = "public"
