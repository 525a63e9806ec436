"""Mail to focal points, rendered in each one's language of correspondence. The .txt
templates are plain text: each turns autoescaping off, so "&" stays "&"."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import select_template
from django.utils import translation

from plenipo.meetings.models import Delegation


def send_registration_decision(delegation_id: int, note: str = "") -> int:
    """Tell the delegation's focal points that their registration was approved or rejected.
    Returns the number of messages sent."""
    delegation = Delegation.objects.select_related("meeting", "state").get(pk=delegation_id)
    if not delegation.state_id:
        return 0
    sent = 0
    for focal_point in delegation.state.focal_points.select_related("user"):
        if not focal_point.user.email:
            continue
        language = focal_point.language or "en"
        with translation.override(language):
            template = select_template(
                [
                    f"meetings/emails/registration_decided_{language}.txt",
                    "meetings/emails/registration_decided_en.txt",
                ]
            )
            subject, _, body = (
                template.render(
                    {
                        "delegation": delegation,
                        "meeting": delegation.meeting,
                        "note": note,
                        "approved": delegation.status == "approved",
                    }
                )
                .strip()
                .partition("\n")
            )
        EmailMessage(
            subject=subject.strip(),
            body=body.strip() + "\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[focal_point.user.email],
        ).send()
        sent += 1
    return sent
