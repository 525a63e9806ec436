"""Background jobs the office starts and watches: what was asked, how far it got, what it
made. The queue itself belongs to the task backend; these rows are what survives a worker."""

from django.conf import settings
from django.db import models


class JobStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class Job(models.Model):
    kind = models.CharField(max_length=40)
    title = models.CharField(max_length=300)
    params = models.JSONField(default=dict)
    status = models.CharField(max_length=10, choices=JobStatus.choices, default=JobStatus.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    summary = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    result_file = models.CharField(
        max_length=300, blank=True, help_text="Under MEDIA_ROOT; set only once complete"
    )
    result_name = models.CharField(max_length=200, blank=True)
    runs = models.PositiveIntegerField(default=0, help_text="Times a worker started it")
    task_id = models.CharField(max_length=64, blank=True, help_text="The task backend's id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"job {self.pk}: {self.title}"

    @property
    def percent(self) -> int:
        return 100 * self.done // self.total if self.total else 0

    @property
    def finished(self) -> bool:
        return self.status in {JobStatus.DONE, JobStatus.FAILED}


class JobStep(models.Model):
    """One unit of a job done, committed with its effect: a job run again after its worker
    died skips what is recorded here, so nothing is done twice."""

    job = models.ForeignKey(Job, on_delete=models.CASCADE, related_name="steps")
    key = models.CharField(max_length=80)
    outcome = models.JSONField(default=dict)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["job", "pk"]
        constraints = [models.UniqueConstraint(fields=["job", "key"], name="one_step_per_key")]

    def __str__(self):
        return f"{self.job_id}/{self.key}"
