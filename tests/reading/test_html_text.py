"""An HTML page is read as the text a browser shows of it."""

from plenipo.reading.html_text import html_text


def test_blocks_are_lines_and_hidden_parts_are_left_out():
    page = (
        "<html><head><title>Site</title><script>var x = '<p>no</p>';</script></head><body>"
        "<div>PERMANENT MISSION<br>OF NORLAND</div>\n<p>Ref.: NV/12/2027</p>"
        "<table><tr><td>Vienna,</td><td>3 May 2027</td></tr></table>"
        "<ul><li>Annex&nbsp;I</li><li>Annex II &amp; III</li></ul></body></html>"
    )
    assert html_text(page) == (
        "PERMANENT MISSION\nOF NORLAND\n\nRef.: NV/12/2027\n\nVienna, 3 May 2027\n\nAnnex I\n\n"
        "Annex II & III"
    )


def test_a_pages_own_line_breaks_inside_a_paragraph_are_spaces():
    assert html_text("<p>The Mission\n   presents its\ncompliments</p>") == (
        "The Mission presents its compliments"
    )


def test_text_without_markup_is_kept():
    assert html_text("Note verbale No. 5 < 6") == "Note verbale No. 5 < 6"
