"""What each kind of job does, step by step: the list of participants of a meeting (PDF),
a mail merge of letters (one step per recipient), sending the outbox (one step per letter).

``plan(params)`` checks the parameters and says the title and the number of steps before
anything is saved; ``run(job, progress)`` does the steps and finishes the job."""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.defaultfilters import pluralize

from plenipo.campaigns.queries import distribution_list
from plenipo.campaigns.services.letters import write_letters
from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateError, parse_iso_day
from plenipo.correspondence.exporters import letter_pdf
from plenipo.correspondence.queries import get_template, queued_letter_ids
from plenipo.correspondence.services import letters as letter_service
from plenipo.jobs.queries import LIST_VERSION, list_version
from plenipo.jobs.services.jobs import finish, save_result
from plenipo.meetings.exporters import participants_html, participants_pdf
from plenipo.meetings.queries import get_meeting


@dataclass(frozen=True)
class Kind:
    label: str
    plan: Callable
    run: Callable


## LIST OF PARTICIPANTS
def _participants_plan(params):
    meeting = get_meeting(params.get("meeting"))
    return f"List of participants of {meeting.title} (PDF)", 1


def _participants_run(job, progress):
    meeting = get_meeting(job.params["meeting"])
    name = f"list-of-participants-{meeting.pk}.pdf"

    def build():
        html = participants_html(meeting)
        content = participants_pdf(meeting, html=html)
        return {"file": save_result(job, name=name, content=content), "list": list_version(html)}

    outcome = progress.step("pdf", build) or progress.outcomes()[0]
    # Which list the file shows: the public address serves it only while it is current.
    summary = {LIST_VERSION: outcome["list"]} if "list" in outcome else {}
    finish(job, summary=summary, result_file=outcome["file"], result_name=name)


## MAIL MERGE
def _merge_arguments(params):
    template = get_template(params.get("template", ""))
    try:
        day = parse_iso_day(params.get("date", ""))
    except DateError as exc:
        raise InvalidInput(str(exc)) from None
    spec = params.get("to", "")
    meeting = get_meeting(params["meeting"]) if params.get("meeting") else None
    found = distribution_list(spec, day, at=params.get("at", ""))
    return template, day, spec, found, meeting


def _merge_plan(params):
    template, day, spec, found, _ = _merge_arguments(params)
    return f"Letters “{template.name}” to {spec} of {day}", len(found.recipients)


def _merge_run(job, progress):
    template, day, _, found, meeting = _merge_arguments(job.params)
    by = job.created_by
    for recipient in found.recipients:

        def write_one(recipient=recipient):
            result = write_letters(
                template=template,
                found=found,
                recipients=[recipient],
                day=day,
                meeting=meeting,
                by=by,
            )
            if result.refused:
                return {"key": recipient.key, "refused": result.refused[0][1]}
            [letter] = result.letters
            return {
                "key": recipient.key,
                "letter": letter.pk,
                "undeliverable": not recipient.deliverable,
            }

        progress.step(f"recipient-{recipient.key}", write_one)
    outcomes = progress.outcomes()
    finish(
        job,
        summary={
            "draft letters written": sum(1 for o in outcomes if o.get("letter")),
            "not written": sum(1 for o in outcomes if o.get("refused")),
            "without address or e-mail": sum(1 for o in outcomes if o.get("undeliverable")),
        },
    )


## OUTBOX
def _outbox_plan(params):
    # The letters are fixed when the job starts: a run after a crash sends the same list.
    letters = params.setdefault("letters", queued_letter_ids())
    return f"Send {len(letters)} queued letter{pluralize(len(letters))} by e-mail", len(letters)


def _outbox_run(job, progress):
    # Letters this job claimed before this run began were claimed by a run that died.
    interrupted_before = job.started_at
    for pk in job.params["letters"]:

        def send_one(pk=pk):
            outcome = letter_service.send_letter(
                pk, render_pdf=letter_pdf, interrupted_before=interrupted_before
            )
            return {"letter": pk, "outcome": outcome}

        progress.step(f"letter-{pk}", send_one, atomic=False)
    counts = {}
    for outcome in progress.outcomes():
        counts[outcome["outcome"]] = counts.get(outcome["outcome"], 0) + 1
    finish(job, summary=counts)


KINDS = {
    "participants-pdf": Kind("List of participants", _participants_plan, _participants_run),
    "letters-merge": Kind("Mail merge", _merge_plan, _merge_run),
    "outbox": Kind("Outbox", _outbox_plan, _outbox_run),
}
