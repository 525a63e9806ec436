import time

from plenipo.cli.base import PlenipoCommand
from plenipo.correspondence.exporters import letter_pdf
from plenipo.correspondence.services.letters import flush_outbox


class Command(PlenipoCommand):
    help = "Send the queued e-mail (the outbox worker); with --loop, keep doing so."

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop", type=int, metavar="SECONDS", help="Run again every SECONDS until stopped"
        )

    def handle(self, *args, loop=None, **options):
        while True:
            counts = flush_outbox(render_pdf=letter_pdf)
            self.stdout.write(
                f"{counts['sent']} sent, {counts['retry']} to retry, {counts['failed']} failed"
            )
            if not loop:
                return
            time.sleep(loop)
