"""Editing a draft letter before it is approved (the letters' transition table says which
letters may be: ``letter_edit_refusal``)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.correspondence.queries import get_letter
from plenipo.correspondence.services.drafts import WORDS, edit_draft
from plenipo.correspondence.transitions import letter_edit_refusal
from plenipo.office.letter_forms import draft_form
from plenipo.office.roles import office_permission

CAN_WRITE = office_permission("correspondence.change_letter")
BAD_INPUT = 400


@require_http_methods(["GET", "POST"])
@CAN_WRITE
def letter_edit(request, pk):
    try:
        letter = get_letter(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    refusal = letter_edit_refusal(letter.status)
    if refusal:
        messages.error(request, f"{letter}: {refusal}.")
        return redirect("office:letter", pk=letter.pk)
    if request.method == "GET":
        return _page(request, letter, draft_form(letter))
    form = draft_form(letter, request.POST)
    if not form.is_valid():
        return _page(request, letter, form, status=BAD_INPUT)
    try:
        changed = edit_draft(letter=letter, by=request.user, changes=form.cleaned_data)
    except PlenipoError as exc:
        form.add_error(None, str(exc))
        return _page(request, letter, form, status=BAD_INPUT)
    if changed:
        said = ", ".join(WORDS[name] for name in changed)
        messages.success(request, f"{letter}: draft edited ({said}).")
    else:
        messages.info(request, f"{letter}: nothing was changed.")
    return redirect("office:letter", pk=letter.pk)


def _page(request, letter, form, status=200):
    return render(
        request, "office/letter_edit.html", {"letter": letter, "form": form}, status=status
    )
