"""Printing through the service and ``desk-admin print``: PDFs, reprints marked as copies, form/status rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk_app.cli.main import main
from desk_app.domain.errors import ValidationError
from desk_app.domain.model import Applicant, EventType
from desk_app.services import Services
from desk_app.services.dossiers import ReceiveRequest

APPLICANT = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Ấp 2", "0912345678")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def _prints(services: Services, code: str) -> list[dict]:
    return [e.data for e in services.dossiers.get(code).events if e.type is EventType.PRINTED]


@pytest.fixture
def accepted(services: Services, clerk):  # noqa: ANN001, ANN201
    return services.dossiers.receive(clerk, ReceiveRequest("1.004873", APPLICANT))


def test_cli_receipt_then_reprint_is_a_copy(services: Services, accepted, db_path: Path, tmp_path: Path,
                                            capsys) -> None:  # noqa: ANN001
    out = tmp_path / "receipt.pdf"
    assert main(["--db", str(db_path), "print", "receipt", accepted.code, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert accepted.code in _text(out)
    assert "Đã in" in capsys.readouterr().out
    out2 = tmp_path / "receipt2.pdf"
    assert main(["--db", str(db_path), "print", "receipt", accepted.code, "--out", str(out2)]) == 0
    assert "bản sao" in capsys.readouterr().out
    assert [(d["form"], d["copy"]) for d in _prints(services, accepted.code)] == [("receipt", False), ("receipt", True)]


def test_apology_refused_without_apology(services: Services, accepted, db_path: Path, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "apology.pdf"
    with pytest.raises(ValidationError) as err:
        services.printing.render(services.auth.users.get("canbo1"), accepted.code, "apology", out)
    assert err.value.code == "print_no_apology"
    assert main(["--db", str(db_path), "print", "apology", accepted.code, "--out", str(out)]) == 2
    assert "xin lỗi" in capsys.readouterr().err
    assert _prints(services, accepted.code) == []


def test_receipt_refused_for_refused_dossier(services: Services, clerk) -> None:  # noqa: ANN001
    refused = services.dossiers.receive(clerk, ReceiveRequest("1.004873", APPLICANT, outcome="refuse",
                                                              reason="Không thuộc thẩm quyền"))
    with pytest.raises(ValidationError) as err:
        services.printing.print_form(clerk, refused.code, "receipt")
    assert err.value.code == "print_refused_dossier"
    path = services.printing.print_form(clerk, refused.code, "refusal")
    assert path.parent == services.store.path.parent / "prints"
    assert refused.code in _text(path)
    assert _prints(services, refused.code) == [{"form": "refusal", "copy": False}]


def test_apology_prints_after_apology(services: Services, accepted, clerk, clock, tmp_path: Path) -> None:  # noqa: ANN001
    new_due = accepted.due_date + dt.timedelta(days=7)
    while not services.calendar().is_working_day(new_due):
        new_due += dt.timedelta(days=1)
    services.dossiers.apologize(clerk, accepted.code, "Cần xác minh", new_due)
    out = tmp_path / "apology.pdf"
    assert services.printing.render(clerk, accepted.code, "apology", out) is False
    assert accepted.code in _text(out)


def test_book_listing_and_guide(services: Services, accepted, clerk, clock, db_path: Path, tmp_path: Path) -> None:  # noqa: ANN001
    clock.set("2026-11-24T10:00")
    second = services.dossiers.receive(clerk, ReceiveRequest("1.004873", APPLICANT))
    rows = services.printing.book_dossiers(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    assert [d.code for d in rows] == [accepted.code, second.code]
    book = tmp_path / "book.pdf"
    assert main(["--db", str(db_path), "print", "book", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(book)]) == 0
    assert len(PdfReader(str(book)).pages) >= 1
    listing = tmp_path / "listing.pdf"
    assert main(["--db", str(db_path), "print", "listing", "--out", str(listing)]) == 0
    assert len(PdfReader(str(listing)).pages) >= 1
    guide = tmp_path / "guide.pdf"
    assert main(["--db", str(db_path), "print", "guide", "1.004873", "--out", str(guide)]) == 0
    assert guide.read_bytes().startswith(b"%PDF")
    assert main(["--db", str(db_path), "print", "book", "--out", str(book)]) == 2  # --from/--to missing
