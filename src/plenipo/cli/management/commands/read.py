from django.core.management.base import CommandError

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.reading import ReadError, read_bytes, read_file, read_text


class Command(PlenipoCommand):
    help = (
        "Read received letters (text, PDF, DOCX, e-mail, scans) into dates, meetings, "
        "deadlines and actions; or score the reader against a labelled folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*")
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--score", metavar="DIR", help="Folder of NAME.txt + NAME.json")
        parser.add_argument(
            "--part",
            choices=["development", "test"],
            help="With --score: score only this part of the folder's split.json",
        )

    def handle(self, *args, files, json=False, score=None, part=None, **options):
        if part and not score:
            raise InvalidInput("--part is only for --score DIR")
        if score:
            self.write_scores(score, json, part)
            return
        if not files:
            raise InvalidInput("give one or more files to read, or --score DIR")
        items = list(expand(files))
        results = []
        for number, (name, load) in enumerate(items, start=1):
            try:
                results.append((name, *load()))
            except ReadError as exc:
                results.append((name, str(exc), None))
            if len(items) > 1:
                progress(self.stderr, number, len(items))
        if json:
            self.print_json([as_json(*result) for result in results])
        else:
            for name, reading, kind in results:
                self.write_reading(name, reading, kind)
        failed = sum(1 for _, _, kind in results if kind is None)
        if failed:
            # every file that could be read is printed above; the status says not all could
            raise CommandError(f"{failed} of {len(results)} files could not be read", returncode=1)

    def write_scores(self, folder, json, part=None):
        # The scoring tools are not part of the reading path: loaded only when asked for.
        from plenipo.reading.evaluation.corpus import score_parts  # noqa: PLC0415

        try:
            report = score_parts(folder, part=part)
        except ValueError as exc:
            raise InvalidInput(str(exc)) from None
        if json:
            self.print_json(report)
            return
        self.stdout.write(f"{report['documents']} documents; macro F1 {report['macro_f1']:.3f}")
        parts = report.get("parts", {})
        header = "".join(f" {name[:5] + ' F1':>9}" for name in parts)
        self.stdout.write(f"{'field':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}{header}")
        for name, item in report["fields"].items():
            by_part = "".join(f" {part['fields'][name]['f1']:>9.2f}" for part in parts.values())
            self.stdout.write(
                f"{name:<20} {item['precision']:>6.2f} {item['recall']:>6.2f} "
                f"{item['f1']:>6.2f} {item['support']:>5}{by_part}"
            )
        if parts:
            macro = ", ".join(f"{n} {p['macro_f1']:.3f}" for n, p in parts.items())
            self.stdout.write(f"macro F1 by part: {macro}; gap {report['gap']:+.3f}")

    def write_reading(self, name, reading, kind):
        if kind is None:
            self.stderr.write(f"{name}: {reading}")
            return
        reference = f" · {reading.reference.text}" if reading.reference else ""
        dated = reading.date.bounds if reading.date and reading.date.dated else "?"
        self.stdout.write(f"{name}: {reading.doc_type} of {dated}{reference}")
        for meeting in reading.meetings:
            when = meeting.start if meeting.start.is_exact else meeting.date_text
            time = f" {meeting.start_time}" if meeting.start_time else ""
            room = f" ({meeting.room})" if meeting.room else ""
            self.stdout.write(f"  meeting {when}{time}{room}: {meeting.title} [{meeting.status}]")
        for deadline in reading.deadlines:
            self.stdout.write(
                f"  deadline {deadline.qualifier} {deadline.due}: {deadline.what}"
                f"{meeting_of(deadline)}"
            )


def meeting_of(deadline) -> str:
    """ " (registration for meetings/0)": the meeting a deadline is tied to, as the inbox
    names a read item; nothing for a deadline on its own."""
    if deadline.meeting is None:
        return ""
    return f" ({deadline.kind or 'deadline'} for meetings/{deadline.meeting})"


def as_json(name, reading, kind):
    if kind is None:
        return {"file": name, "error": reading}
    return {"file": name, "format": kind, **reading.to_json()}


def expand(paths):
    """(name, loader) for each letter: files, the files of a folder, the messages of a
    mailbox (.mbox)."""
    import mailbox  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.iterdir() if p.is_file()):
                yield str(child), (lambda c=child: _read_path(c))
        elif path.suffix.lower() == ".mbox" and path.exists():
            box = mailbox.mbox(str(path), create=False)
            try:
                messages = [message.as_bytes() for message in box]
            finally:
                box.close()
            for number, data in enumerate(messages, start=1):
                yield (
                    f"{raw}#{number}",
                    (lambda d=data, n=number: _read_bytes(f"message-{n}.eml", d)),
                )
        else:
            yield raw, (lambda p=path: _read_path(p))


def _read_path(path):
    reading, _, kind = read_file(path)
    return reading, kind


def _read_bytes(name, data):
    text, kind = read_bytes(name, data)
    return read_text(text), kind


def progress(stream, done, total, width=30):
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
    if done == total:
        stream.write("")
