"""The secretariat's inbox: received letters uploaded and listed; each is reviewed on its
own page (``office.review``)."""

from django import forms
from django.shortcuts import redirect, render

from plenipo.core.errors import PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.uploads import read_upload
from plenipo.correspondence.queries import find_received, received_rows
from plenipo.correspondence.services import incoming
from plenipo.office.roles import office_permission

CAN_READ = office_permission("correspondence.change_letter")


class UploadForm(forms.Form):
    file = forms.FileField(
        label="A received letter",
        widget=forms.FileInput(attrs={"aria-describedby": "upload-help"}),
        help_text=(
            f"{incoming.ACCEPTED_FILES.capitalize()}; "
            f"at most {incoming.MAX_RECEIVED_BYTES // 1_048_576} MB"
        ),
    )
    again = forms.BooleanField(
        required=False,
        label="Receive it again",
        help_text="The same file was received before: record it as a second letter",
    )


@CAN_READ
def inbox(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    duplicate = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            letter = incoming.receive(
                name=upload.name,
                data=read_upload(upload, max_bytes=incoming.MAX_RECEIVED_BYTES),
                by=request.user,
                again=form.cleaned_data["again"],
            )
        except incoming.AlreadyReceived as exc:
            form.add_error("file", str(exc))
            duplicate = exc.existing
        except PlenipoError as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("office:review", pk=letter.pk)
    listing = read_listing(request.GET, dates=True)
    found = find_received(q=listing.q, start=listing.start, end=listing.end)
    rows = received_rows(paginate(listing, found, request.GET))
    context = {"form": form, "rows": rows, "listing": listing, "duplicate": duplicate}
    # A refused upload is shown again with its reason, answered as the refusal it is.
    status = 400 if form.errors else 200
    return render(request, "office/inbox.html", context, status=status)
