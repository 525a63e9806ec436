"""API tokens made before tokens expired had no expiry and were accepted for ever: each gets
the lifetime a new token gets by default, counted from the day this migration runs, and from
then on every API token has an expiry (a calendar feed has none, by design)."""

from django.db import migrations, models
from django.utils import timezone

from plenipo.registry.services.tokens import default_expiry


def expire_old_api_tokens(apps, schema_editor):
    tokens = apps.get_model("registry", "AccessToken")
    expires_on = default_expiry(timezone.localdate())
    tokens.objects.filter(kind="api", expires_on__isnull=True).update(expires_on=expires_on)


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0010_focal_point_groups"),
    ]

    operations = [
        migrations.RunPython(expire_old_api_tokens, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="accesstoken",
            constraint=models.CheckConstraint(
                condition=models.Q(kind="calendar") | models.Q(expires_on__isnull=False),
                name="api_token_has_expiry",
            ),
        ),
    ]
