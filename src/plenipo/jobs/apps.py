from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "plenipo.jobs"
    label = "jobs"
    verbose_name = "Background jobs"
