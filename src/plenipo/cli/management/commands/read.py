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
        results = []
        for name in files:
            try:
                text, kind = read_path(name)
                results.append({"file": name, "format": kind, **read_text(text)})
            except ReadError as exc:
                results.append({"file": name, "error": str(exc)})
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
