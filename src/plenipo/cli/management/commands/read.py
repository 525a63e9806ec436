from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.reading import read_text
from plenipo.correspondence.reading.corpus import score_folder
from plenipo.correspondence.reading.extract import ReadError, read_path


class Command(PlenipoCommand):
    help = (
        "Read received letters (text, PDF, DOCX, e-mail, scans) into dates, meetings, "
        "deadlines and actions; or score the reader against a labelled folder."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*")
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--score", metavar="DIR", help="Folder of NAME.txt + NAME.json")

    def handle(self, *args, files, json=False, score=None, **options):
        if score:
            report = score_folder(score)
            if json:
                self.print_json(report)
                return
            self.stdout.write(f"{report['documents']} documents; macro F1 {report['macro_f1']:.3f}")
            self.stdout.write(f"{'field':<20} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
            for name, item in report["fields"].items():
                self.stdout.write(
                    f"{name:<20} {item['precision']:>6.2f} {item['recall']:>6.2f} "
                    f"{item['f1']:>6.2f} {item['support']:>5}"
                )
            return
        if not files:
            raise InvalidInput("give one or more files to read, or --score DIR")
        items = list(expand(files))
        results = []
        for number, (name, load) in enumerate(items, start=1):
            try:
                text, kind = load()
                results.append({"file": name, "format": kind, **read_text(text)})
            except ReadError as exc:
                results.append({"file": name, "error": str(exc)})
            if len(items) > 1:
                progress(self.stderr, number, len(items))
        if json:
            self.print_json(results)
            return
        for item in results:
            if "error" in item:
                self.stdout.write(f"{item['file']}: {item['error']}")
                continue
            self.stdout.write(
                f"{item['file']}: {item['doc_type']} of {item['date'] or '?'}"
                f"{' · ' + item['reference'] if item['reference'] else ''}"
            )
            for meeting in item["meetings"]:
                when = meeting["start_date"] or meeting["date_text"]
                time = f" {meeting['start_time']}" if meeting["start_time"] else ""
                room = f" ({meeting['room']})" if meeting["room"] else ""
                self.stdout.write(
                    f"  meeting {when}{time}{room}: {meeting['title']} [{meeting['status']}]"
                )
            for deadline in item["deadlines"]:
                self.stdout.write(
                    f"  deadline {deadline['qualifier']} {deadline['date']}: {deadline['what']}"
                )


def expand(paths):
    """(name, loader) for each letter: files, the files of a folder, the messages of a
    mailbox (.mbox)."""
    import mailbox  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from plenipo.correspondence.reading.extract import read_bytes  # noqa: PLC0415

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.iterdir() if p.is_file()):
                yield str(child), (lambda c=child: read_path(c))
        elif path.suffix.lower() == ".mbox" and path.exists():
            box = mailbox.mbox(str(path), create=False)
            try:
                messages = [message.as_bytes() for message in box]
            finally:
                box.close()
            for number, data in enumerate(messages, start=1):
                yield (
                    f"{raw}#{number}",
                    (lambda d=data, n=number: read_bytes(f"message-{n}.eml", d)),
                )
        else:
            yield raw, (lambda p=path: read_path(p))


def progress(stream, done, total, width=30):
    filled = width * done // total
    stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
    if done == total:
        stream.write("")
