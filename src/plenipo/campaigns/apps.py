from django.apps import AppConfig


class CampaignsConfig(AppConfig):
    name = "plenipo.campaigns"
    label = "campaigns"

    def ready(self):
        from plenipo.campaigns import receivers  # noqa: F401, PLC0415 -- connects the signals
