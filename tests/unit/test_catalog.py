"""The procedure catalog: the shipped file, strict validation and the store's round trip."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desk_app.domain.catalog import (
    CatalogError,
    EntryRef,
    load_catalog_file,
    parse_catalog,
    procedure_from_dict,
    procedure_to_dict,
)
from desk_app.domain.errors import DeskError

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "catalog" / "procedures.json"
FACT_CODES = {
    "1.001193", "1.000894", "1.000656", "1.004873", "1.004859", "1.004884",
    "2.000635", "2.000815", "2.000884",
}  # fmt: skip


@pytest.fixture
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SHIPPED.read_text(encoding="utf-8"))
    return loaded


def _error(data: object) -> CatalogError:
    with pytest.raises(CatalogError) as err:
        parse_catalog(data, "/srv/desk/procedures.json")
    return err.value


# ------------------------------------------------------------------ the shipped file
def test_shipped_catalog_loads() -> None:
    procedures = load_catalog_file(SHIPPED)
    by_code = {p.code: p for p in procedures}
    assert len(procedures) >= 12
    assert FACT_CODES <= set(by_code)
    assert {p.field for p in procedures} == {
        "Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Người có công"
    }  # fmt: skip
    names = {p.name for p in procedures}
    assert "Chứng thực hợp đồng, giao dịch" in names
    assert "Trợ cấp xã hội hàng tháng" in names


def test_shipped_facts() -> None:
    by_code = {p.code: p for p in load_catalog_file(SHIPPED)}
    birth = by_code["1.001193"]
    assert birth.same_day and birth.fee.compute() == 0 and birth.cutoff == "15:00"
    assert any(d.name == "Giấy chứng sinh" for d in birth.documents)
    marriage = by_code["1.000894"]
    assert marriage.same_day and marriage.extended_days == 5
    assert by_code["1.000656"].extended_days == 3
    assert by_code["1.004873"].days == 3 and not by_code["1.004873"].same_day
    assert (by_code["1.004859"].days, by_code["1.004859"].extended_days) == (3, 6)
    assert by_code["1.004884"].days == 5
    copy_cert = by_code["2.000815"].fee
    assert copy_cert.compute(pages=1) == 2_000
    assert copy_cert.compute(pages=2) == 4_000
    assert copy_cert.compute(pages=3) == 5_000
    assert copy_cert.compute(pages=10) == 12_000
    assert copy_cert.compute(pages=500) == 200_000
    assert copy_cert.compute(copies=2, pages=3) == 10_000
    assert by_code["2.000884"].fee.compute() == 10_000
    contract = next(p for p in by_code.values() if p.name == "Chứng thực hợp đồng, giao dịch")
    assert contract.fee.compute() == 50_000 and contract.days == 2
    land = next(p for p in by_code.values() if p.field == "Đất đai")
    assert land.interagency and land.receiving_agency
    for p in by_code.values():
        assert p.legal_basis and p.result and p.documents
        if p.fee.kind != "free" and "Thông tư 226/2016" not in p.fee.note:
            assert "tỉnh" in p.fee.note  # province-set fees say the office edits them


def test_shipped_round_trip() -> None:
    for p in load_catalog_file(SHIPPED):
        assert procedure_from_dict(json.loads(json.dumps(procedure_to_dict(p)))) == p


# ------------------------------------------------------------------ malformed catalogs
def test_wrong_type_names_file_entry_and_field(data: dict[str, Any]) -> None:
    assert data["procedures"][3]["code"] == "1.004873"
    data["procedures"][3]["days"] = "3"
    err = _error(data)
    assert err.message == (
        "Tệp danh mục procedures.json, thủ tục thứ 4 (1.004873), trường 'days': phải là số nguyên không âm."
    )
    assert err.source == "/srv/desk/procedures.json"
    assert err.entry == EntryRef(4, "1.004873")
    assert err.field == "days"
    assert isinstance(err, DeskError)


def test_missing_field(data: dict[str, Any]) -> None:
    del data["procedures"][0]["name"]
    err = _error(data)
    assert err.field == "name"
    assert err.message == (
        "Tệp danh mục procedures.json, thủ tục thứ 1 (1.001193), trường 'name': thiếu trường bắt buộc."
    )


def test_missing_code_still_names_the_entry(data: dict[str, Any]) -> None:
    del data["procedures"][2]["code"]
    err = _error(data)
    assert err.entry == EntryRef(3, None)
    assert err.message == "Tệp danh mục procedures.json, thủ tục thứ 3, trường 'code': thiếu trường bắt buộc."


def test_duplicate_code(data: dict[str, Any]) -> None:
    data["procedures"][5]["code"] = "1.001193"
    err = _error(data)
    assert err.entry == EntryRef(6, "1.001193")
    assert err.field == "code"
    assert "mã đã dùng cho thủ tục thứ 1" in err.message


def test_unknown_key(data: dict[str, Any]) -> None:
    data["procedures"][1]["ngay"] = 3
    err = _error(data)
    assert err.field == "ngay"
    assert err.message.startswith(
        "Tệp danh mục procedures.json, thủ tục thứ 2 (1.000894), trường 'ngay': khóa không được phép"
    )


@pytest.mark.parametrize(
    ("mutate", "field", "fragment"),
    [
        (lambda p: p.update(same_day=False, days=0), "days", "phải lớn hơn 0"),
        (
            lambda p: p.update(days=3, extended_days=2, same_day=False),
            "extended_days",
            "phải lớn hơn 'days' (3)",
        ),
        (lambda p: p.update(cutoff="3pm"), "cutoff", "'3pm' không hợp lệ"),
        (lambda p: p.update(same_day="yes"), "same_day", "phải là true hoặc false"),
        (lambda p: p["fee"].update(kind="donation"), "fee.kind", "'donation' không hợp lệ"),
        (lambda p: p["fee"].update(kind="fixed", amount=0), "fee.amount", "lớn hơn 0"),
        (lambda p: p["fee"].update(extra=1), "fee.extra", "khóa không được phép"),
        (lambda p: p.update(fee=5), "fee", "phải là một đối tượng JSON"),
        (lambda p: p["documents"][1].update(count=0), "documents[2].count", "từ 1 trở lên"),
        (
            lambda p: p["documents"][0].update(kind="photo"),
            "documents[1].kind",
            "'photo' không hợp lệ",
        ),
        (lambda p: p["documents"][0].pop("name"), "documents[1].name", "thiếu trường bắt buộc"),
        (lambda p: p.update(documents={}), "documents", "phải là một danh sách"),
        (
            lambda p: p.update(interagency=True, receiving_agency=""),
            "receiving_agency",
            "liên thông",
        ),
        (lambda p: p.update(name="   "), "name", "không được để trống"),
        (lambda p: p.update(code="1.001 193"), "code", "khoảng trắng"),
    ],
)
def test_entry_rules(data: dict[str, Any], mutate: Any, field: str, fragment: str) -> None:
    mutate(data["procedures"][0])
    err = _error(data)
    assert err.field == field
    assert err.entry is not None and err.entry.index == 1
    assert f"trường '{field}'" in err.message
    assert fragment in err.message


def test_top_level_rules(data: dict[str, Any]) -> None:
    assert _error([]).message.startswith("Tệp danh mục procedures.json")
    bad = copy.deepcopy(data)
    del bad["version"]
    assert _error(bad).field == "version"
    bad = copy.deepcopy(data)
    bad["procedures"] = {}
    assert _error(bad).message == "Tệp danh mục procedures.json, trường 'procedures': phải là một danh sách."
    bad = copy.deepcopy(data)
    bad["extra"] = 1
    assert _error(bad).field == "extra"
    bad = copy.deepcopy(data)
    bad["procedures"][0] = "1.001193"
    err = _error(bad)
    assert err.entry == EntryRef(1, None)
    assert "thủ tục thứ 1" in err.message


# ------------------------------------------------------------------ files
def test_bad_json_gives_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "procedures.json"
    path.write_text('{\n  "version": "1",\n  "procedures": [,]\n}', encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog_file(path)
    assert (err.value.line, err.value.column) == (3, 18)
    assert err.value.message.startswith("Tệp danh mục procedures.json, dòng 3, cột 18: lỗi cú pháp JSON")


def test_bom_and_duplicate_keys(tmp_path: Path, data: dict[str, Any]) -> None:
    path = tmp_path / "procedures.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert len(load_catalog_file(path)) == len(data["procedures"])
    path.write_text('{"version": "1", "version": "2", "procedures": []}', encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog_file(path)
    assert err.value.field == "version"
    path.write_bytes(b'{"version": "\xff"}')
    with pytest.raises(CatalogError) as err:
        load_catalog_file(path)
    assert "UTF-8" in err.value.message
    with pytest.raises(CatalogError) as err:
        load_catalog_file(tmp_path / "missing.json")
    assert err.value.message.startswith("Tệp danh mục missing.json: không đọc được tệp")


def test_procedure_from_dict_validates() -> None:
    with pytest.raises(CatalogError) as err:
        procedure_from_dict({"code": "X", "name": "x", "field": "Hộ tịch", "days": -1})
    assert err.value.field == "days"


def test_domain_imports_no_qt_sqlite_or_http() -> None:
    code = (
        "import sys\n"
        "import desk_app.domain.calendar, desk_app.domain.catalog\n"
        "import desk_app.domain.citizen_id, desk_app.domain.codes\n"
        "bad = [m for m in ('PySide6', 'sqlite3', 'httpx', 'requests', 'http.client') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
