"""An upload is refused by its size before any of it is read."""

import io

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.uploads import read_upload, safe_file_name


class _Upload(io.BytesIO):
    def __init__(self, data, *, name="file.pdf", size=None):
        super().__init__(data)
        self.name = name
        self.size = len(data) if size is None else size
        self.reads = 0

    def read(self, *args):
        self.reads += 1
        return super().read(*args)


def test_a_file_larger_than_the_limit_is_refused_unread():
    upload = _Upload(b"", size=11 * 1024 * 1024)
    with pytest.raises(InvalidInput, match=r"file.pdf is 11.0 MB; the limit is 10 MB"):
        read_upload(upload)
    assert upload.reads == 0


def test_a_file_whose_size_is_not_told_is_read_only_one_byte_past_the_limit():
    upload = _Upload(b"x" * 2048, size=None)
    upload.size = None
    with pytest.raises(InvalidInput, match="the limit is 0 MB"):
        read_upload(upload, max_bytes=1024)
    assert upload.tell() == 1025


def test_a_file_within_the_limit_is_read_whole():
    assert read_upload(_Upload(b"%PDF-1.4 body")) == b"%PDF-1.4 body"


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("nv_invitation_en.txt", "nv_invitation_en.txt"),
        ("../../etc/passwd", "passwd.txt"),
        ('C:\\scans\\a "b".html', "a_b_.html.txt"),
        ("..", "fallback.txt"),
        ("réunion\r\n.txt", "réunion_.txt"),
        (".htaccess", "htaccess.txt"),
    ],
)
def test_a_file_name_is_made_safe_for_a_disk_and_a_header(name, safe):
    assert safe_file_name(name, fallback="fallback", suffixes=(".txt",)) == safe
