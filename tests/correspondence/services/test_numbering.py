import threading

import pytest
from django.db import connection, connections

from plenipo.correspondence.models import ReferenceScheme
from plenipo.correspondence.services.numbering import allocate_reference

pytestmark = pytest.mark.django_db


def scheme():
    return ReferenceScheme.objects.get(office__code="UNODC-COP", code="CU")


def test_numbers_follow_each_other_per_year():
    cu = scheme()
    assert [allocate_reference(cu, 2031) for _ in range(3)] == [
        "CU 2031/1 (A)",
        "CU 2031/2 (A)",
        "CU 2031/3 (A)",
    ]
    assert allocate_reference(cu, 2032) == "CU 2032/1 (A)"


def test_the_2009_scheme_continues_after_the_seed_note_verbale():
    assert allocate_reference(scheme(), 2009) == "CU 2009/33 (A)"


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrency needs PostgreSQL")
def test_concurrent_numbering_never_duplicates(dataset):
    cu_pk = scheme().pk
    numbers, errors = [], []
    barrier = threading.Barrier(8)

    def worker():
        try:
            barrier.wait()
            for _ in range(5):
                from django.db import transaction  # noqa: PLC0415

                with transaction.atomic():
                    numbers.append(allocate_reference(ReferenceScheme.objects.get(pk=cu_pk), 2040))
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(numbers, key=lambda n: int(n.split("/")[1].split()[0])) == [
        f"CU 2040/{n} (A)" for n in range(1, 41)
    ]
