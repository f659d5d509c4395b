"""The offline round trip: bundle → hub import → signed receipt → desk marks the events sent; desk revocation."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from hubkit import (  # noqa: E402,F401
    OFFICE,
    Clock,
    clerk,
    enrolled,
    hub,
    hub_storage,
    hub_url_for_storage,
    make_desk,
    memory_keyring,
    receive,
    storage_url,
    sync_page,
)

from desk_app.cli.main import main as admin  # noqa: E402
from desk_app.hub.cli import main as hub_main  # noqa: E402
from desk_app.hub.storage import HubStorage  # noqa: E402
from desk_app.sync import credentials  # noqa: E402
from desk_app.sync.bundle import BundleError, write_receipt  # noqa: E402
from desk_app.sync.client import SyncError  # noqa: E402

pytestmark = pytest.mark.usefixtures("memory_keyring")


def outbox_states(s) -> dict[str, int]:  # noqa: ANN001
    return dict(s.store.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())


def test_cli_round_trip_marks_events_sent_once(tmp_path: Path, hub, hub_storage: HubStorage, capsys) -> None:
    clock = Clock(dt.datetime(2026, 12, 7, 10, 0))
    db = tmp_path / f"desk-{OFFICE}-1.sqlite3"
    s = enrolled(tmp_path, hub, hub_storage, 1, clock=clock)
    receive(s, 3)
    s.close()
    bundle = tmp_path / "usb" / "motcua-20261207.mcdbundle"
    bundle.parent.mkdir()
    assert admin(["--db", str(db), "sync", "export", str(bundle)]) == 0
    capsys.readouterr()
    s = make_desk_open(db, clock)
    labels = {r["state_label"] for r in s.sync.outbox_items()}
    assert labels == {"Chờ biên nhận (đã xuất gói)"}
    s.close()

    assert hub_main(["import", str(bundle), "--database", storage_url(hub_storage), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    receipt = bundle.with_suffix(".mcdreceipt")
    assert answer["receipt_file"] == str(receipt) and receipt.exists()
    assert len(answer["stored"]) == 3 and "receipt" not in answer

    assert admin(["--db", str(db), "sync", "import-receipt", str(receipt)]) == 0
    assert "3 sự kiện được đánh dấu đã gửi" in capsys.readouterr().out
    s = make_desk_open(db, clock)
    assert outbox_states(s) == {"sent": 3}
    st = s.sync.status()
    assert st.waiting == 0 and st.last_receipt and st.last_receipt["sent"] == 3
    s.close()
    # Read again: nothing changes, and it says so.
    assert admin(["--db", str(db), "sync", "import-receipt", str(receipt), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["sent"] == 0 and again["already_sent"] == 3
    # The online path afterwards has nothing to send.
    s = make_desk_open(db, clock)
    r = s.sync.sync_now()
    assert r.ok and r.sent == 0
    assert len(hub_storage.event_uids(OFFICE)) == 3


def make_desk_open(db: Path, clock: Clock):
    from desk_app.services import Services

    return Services.open(db, clock)


def test_receipt_counts_as_a_sync_for_the_warning(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    now = dt.datetime.now().replace(microsecond=0)  # the hub stamps receipts with its own clock
    clock = Clock(now - dt.timedelta(days=5))
    a = enrolled(tmp_path, hub, hub_storage, 1, clock=clock)
    receive(a, 2)
    out = a.sync.export_bundle(tmp_path / "a.mcdbundle")
    clock.now = now
    assert "Chưa đồng bộ" in (a.sync.status().warning or "")
    hub_main(["import", str(out.path), "--database", storage_url(hub_storage)])
    a.sync.import_receipt(out.path.with_suffix(".mcdreceipt"))
    assert a.sync.status().warning is None  # the hub stamped the receipt today


def test_refused_items_become_failed_with_the_hub_reason(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    receive(a, 2)
    uids = [u for (u,) in a.store.conn.execute("SELECT uid FROM events ORDER BY seq")]
    enr = a.sync.enrolment()
    key = bytes.fromhex(credentials.load(enr["key_id"]).bundle_key)
    raw = write_receipt(enr["desk"], "b-1", [uids[0]], [{"uid": uids[1], "reason": "Mã hồ sơ trùng."}], key, "Hub")
    got = a.sync.apply_receipt(raw)
    assert (got.sent, got.failed, got.unknown) == (1, 1, 0)
    failed = a.sync.outbox_items(state="failed")
    assert [f["error"] for f in failed] == ["Mã hồ sơ trùng."]
    # A later receipt cannot undo a send: the sent event stays sent.
    again = a.sync.apply_receipt(write_receipt(enr["desk"], "b-2", [], [{"uid": uids[0], "reason": "x"}], key))
    assert again.already_sent == 1 and outbox_states(a) == {"sent": 1, "failed": 1}


def test_forged_foreign_or_broken_receipts_change_nothing(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    b = enrolled(tmp_path, hub, hub_storage, 2)
    receive(a, 2)
    receive(b, 1)
    a_bundle = a.sync.export_bundle(tmp_path / "a.mcdbundle").path
    b_bundle = b.sync.export_bundle(tmp_path / "b.mcdbundle").path
    for path in (a_bundle, b_bundle):
        assert hub_main(["import", str(path), "--database", storage_url(hub_storage)]) == 0
    a_receipt = a_bundle.with_suffix(".mcdreceipt").read_bytes()
    # Someone edits the receipt to add events: the signature no longer matches.
    tampered = a_receipt.replace(b'"held":[', b'"held":["00000000-0000-4000-8000-000000000000",')
    with pytest.raises(BundleError) as exc:
        a.sync.apply_receipt(tampered)
    assert exc.value.code == "receipt_signature" and OFFICE in exc.value.message
    # B's receipt at desk A: signed with B's key, refused.
    with pytest.raises(BundleError) as exc:
        a.sync.import_receipt(b_bundle.with_suffix(".mcdreceipt"))
    assert exc.value.code == "receipt_signature"
    with pytest.raises(BundleError) as exc:
        a.sync.import_receipt(a_bundle)  # the bundle itself, not its receipt
    assert exc.value.code == "receipt_invalid" and "không phải biên nhận" in exc.value.message
    with pytest.raises(SyncError) as exc:
        a.sync.import_receipt(tmp_path / "missing.mcdreceipt")
    assert exc.value.code == "file_unreadable" and "missing.mcdreceipt" in exc.value.message
    assert outbox_states(a) == {"waiting": 2}
    assert a.sync.import_receipt(a_bundle.with_suffix(".mcdreceipt")).sent == 2


def test_upload_from_another_desk_leaves_a_receipt_for_the_owner(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    b = enrolled(tmp_path, hub, hub_storage, 2)
    receive(b, 2)
    b_bundle = b.sync.export_bundle(tmp_path / "b.mcdbundle").path
    answer = a.sync.upload_bundle(b_bundle)  # A has the connection, carries B's stick
    assert len(answer["stored"]) == 2 and "applied" not in answer
    assert outbox_states(b) == {"waiting": 2}
    assert b.sync.import_receipt(Path(answer["receipt_file"])).sent == 2
    receive(a, 1)
    own = a.sync.upload_bundle(a.sync.export_bundle(tmp_path / "a.mcdbundle").path)
    assert own["applied"]["sent"] == 1 and outbox_states(a) == {"sent": 1}


def test_revoked_desk_is_cut_off_until_enrolled_again(tmp_path: Path, hub, hub_storage: HubStorage, capsys) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    receive(a, 1)
    stolen_bundle = a.sync.export_bundle(tmp_path / "a.mcdbundle").path
    desk = a.sync.enrolment()["desk"]
    assert hub_main(["revoke", desk, "--database", storage_url(hub_storage)]) == 0
    assert "Đã thu hồi" in capsys.readouterr().out
    assert hub_main(["desks", "--json", "--database", storage_url(hub_storage)]) == 0
    assert json.loads(capsys.readouterr().out)[0]["revoked"] is True
    r = a.sync.sync_now()
    assert not r.ok and r.error_code == "unauthorised" and "đăng ký lại" in r.message
    assert hub_main(["import", str(stolen_bundle), "--database", storage_url(hub_storage)]) == 2
    assert "Chữ ký" in capsys.readouterr().err
    assert hub_storage.event_uids(OFFICE) == []
    assert hub_main(["revoke", "000.00.00.H00/9", "--database", storage_url(hub_storage)]) == 2
    assert "Không có bàn" in capsys.readouterr().err
    # The administrator issues a code for this desk number; the desk enrols again and catches up.
    a.sync.enrol(hub.url, hub_storage.create_enrol_code(OFFICE, desk_number=1))
    assert a.sync.sync_now().ok and len(hub_storage.event_uids(OFFICE)) == 1


def test_sync_page_imports_a_receipt(qtbot, tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    s = enrolled(tmp_path, hub, hub_storage, 1)
    receive(s, 2)
    page = sync_page(qtbot, s)
    page.export_to(tmp_path / "day.mcdbundle")
    page.activate()
    assert page.receipt_button.isEnabled()
    assert page.items.item(0, 3).text() == "Chờ biên nhận (đã xuất gói)"
    page.import_receipt_from(tmp_path / "day.mcdbundle")  # the wrong file: a plain message, nothing lost
    assert "Chưa nhập được biên nhận" in page.result_label.text()
    assert "không phải biên nhận" in page.result_label.text()
    assert hub_main(["import", str(tmp_path / "day.mcdbundle"), "--database", storage_url(hub_storage)]) == 0
    page.import_receipt_from(tmp_path / "day.mcdreceipt")
    assert "2 bản ghi được đánh dấu đã gửi" in page.result_label.text()
    assert page.items.item(0, 3).text() == "Đã gửi" and "0" in page.waiting_label.text()
    assert "2 bản ghi" in page.receipt_label.text()


def test_sync_page_speaks_english(qtbot, english, tmp_path: Path, hub, hub_storage: HubStorage) -> None:  # noqa: ANN001
    s = enrolled(tmp_path, hub, hub_storage, 1)
    receive(s, 2)
    page = sync_page(qtbot, s)
    page.activate()
    page.import_receipt_from(tmp_path / "nothing.mcdreceipt")
    assert page.result_label.text().startswith("Could not import the receipt: Cannot read file")
    assert "nothing.mcdreceipt" in page.result_label.text()
    assert {page.items.item(i, 3).text() for i in range(page.items.rowCount())} == {"Waiting"}
    assert page.items.item(0, 1).text() == "Dossier received"
    page.sync_button.click()
    assert page.result_label.text() == "Sent 2 events, received 0 updates."
    assert page.items.item(0, 3).text() == "Sent"
    s.clock.now += dt.timedelta(days=4)
    page.refresh()
    assert page.warning_label.text() == "Not synced with upstream for 4 days."
