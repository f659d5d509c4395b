"""Desks syncing with a real hub on 127.0.0.1 (SQLite and PostgreSQL storage): outbox, updates, bundles, keyring."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from hubkit import (  # noqa: E402,F401
    OFFICE,
    OTHER_OFFICE,
    Clock,
    clerk,
    enrolled,
    hub,
    hub_storage,
    hub_url_for_storage,
    local_uids,
    make_desk,
    memory_keyring,
    receive,
    storage_url,
    sync_page,
)

from desk_app.domain.model import Dossier, Event, EventType, Status  # noqa: E402
from desk_app.hub.api import import_bundle_bytes  # noqa: E402
from desk_app.hub.errors import HubError  # noqa: E402
from desk_app.hub.server import BackgroundHub, free_port  # noqa: E402
from desk_app.hub.storage import HubStorage  # noqa: E402
from desk_app.services.dossiers import ReturnInfo  # noqa: E402
from desk_app.store.repositories import DossierRepo  # noqa: E402
from desk_app.sync.credentials import CredentialError  # noqa: E402

pytestmark = pytest.mark.usefixtures("memory_keyring")


def hub_office_uids(storage: HubStorage, office: str = OFFICE) -> list[str]:
    return storage.event_uids(office)


def test_desks_sync_both_ways_and_agree(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    b = enrolled(tmp_path, hub, hub_storage, 2)
    other = enrolled(tmp_path, hub, hub_storage, 1, OTHER_OFFICE)
    codes = receive(a, 3)
    receive(other, 2)
    progress: list[tuple[int, int, str]] = []
    r = a.sync.sync_now(progress=lambda *p: progress.append(p))
    assert (r.ok, r.sent, r.failed) == (True, 3, 0), r.message
    assert r.message.startswith("Đã gửi 3 sự kiện")
    assert progress and progress[-1][2] == r.message
    assert other.sync.sync_now().sent == 2
    r = b.sync.sync_now()
    assert (r.sent, r.received) == (0, 3)
    # Any desk of the commune can return any dossier of the commune.
    d = b.dossiers.get(codes[0])
    assert d.status is Status.RECEIVED and d.desk == f"{OFFICE}/1"
    b.dossiers.result_ready(clerk(b), codes[0])
    b.dossiers.return_result(clerk(b), codes[0], ReturnInfo(collected_by="Nguyễn Văn Đức"))
    assert b.sync.sync_now().sent == 2
    assert a.sync.sync_now().received == 2
    assert a.dossiers.get(codes[0]).status is Status.RETURNED
    # The other commune never sees these dossiers.
    assert other.sync.sync_now().received == 0
    assert other.dossiers.find(codes[0]) is None
    hub_uids = hub_office_uids(hub_storage)
    assert len(hub_uids) == len(set(hub_uids)) == 5
    for s in (a, b):
        assert local_uids(s) == set(hub_uids)
        assert s.verify_audit().ok, s.verify_audit().problems
        assert s.sync.status().waiting == 0
    upstream_origin = a.store.conn.execute("SELECT count(*) FROM events WHERE origin = 'upstream'").fetchone()[0]
    assert upstream_origin == 2
    assert a.store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 3  # upstream events never go back up
    stats = {r["office"]: r for r in hub_storage.stats()}
    assert stats[OFFICE]["dossiers"] == 3 and stats[OFFICE]["on_time"] == 1 and stats[OFFICE]["desks"] == 2


def test_lost_answer_resend_is_idempotent(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    receive(a, 4)
    assert a.sync.sync_now().sent == 4
    # As if the desk crashed after the hub stored the batch but before marking it sent.
    with a.store.transaction() as conn:
        conn.execute("UPDATE outbox SET state = 'waiting', sent_at = NULL")
    r = a.sync.sync_now()
    assert (r.ok, r.sent) == (True, 4)
    assert len(hub_office_uids(hub_storage)) == 4
    assert a.sync.status().waiting == 0


def test_failed_item_keeps_hub_reason_and_does_not_block(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    receive(a, 1)
    # A record that claims another commune's dossier (a corrupted or tampered row) sits before good ones.
    repo = DossierRepo(a.store)
    good = a.dossiers.get(receive(a, 1)[0])
    with a.store.transaction():
        fake = Dossier(**{**good.__dict__, "code": f"{OTHER_OFFICE}-261207-1001", "uid": "x-1", "events": []})
        did = repo.insert(fake)
        repo.append_event(
            did,
            Event(
                "0e5b7a9e-3c55-4a51-9a53-1f6f6f6f6f6f",
                fake.code,
                EventType.RECEIVED,
                dt.datetime(2026, 12, 7, 9, 30),
                "canbo1",
                a.desk_id,
                "",
                {},
            ),
        )
    receive(a, 2)
    r = a.sync.sync_now()
    assert r.ok and r.sent == 4 and r.failed == 1
    failed = a.sync.outbox_items("failed")
    assert len(failed) == 1 and "cơ quan khác" in failed[0]["error"] and failed[0]["state_label"] == "Bị từ chối"
    assert len(hub_office_uids(hub_storage)) == 4
    st = a.sync.status()
    assert (st.waiting, st.failed) == (0, 1)
    r = a.sync.sync_now()  # retried once per sync, still refused, nothing else affected
    assert r.ok and r.failed == 1 and len(hub_office_uids(hub_storage)) == 4


def test_updates_down_catalog_calendar_and_upstream_result(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    from desk_app.domain.catalog import load_catalog_file, procedure_to_dict
    from desk_app.services.core import shipped_catalog_path

    a = enrolled(tmp_path, hub, hub_storage, 1)
    b = enrolled(tmp_path, hub, hub_storage, 2)
    code = receive(a, 1)[0]
    a.dossiers.send_to_agency(clerk(a), code, "Sở Tư pháp")
    a.sync.sync_now()
    procs = [procedure_to_dict(p) for p in load_catalog_file(shipped_catalog_path())]
    procs[0]["name"] = procs[0]["name"] + " (sửa đổi 2027)"
    hub_storage.publish("catalog", {"version": "2027.1", "procedures": procs})
    hub_storage.publish("calendar", {"days": [{"date": "2026-12-31", "kind": "off", "note": "Nghỉ bù"}]})
    hub_storage.publish("calendar", {"days": [{"date": "2027-01-09", "kind": "work"}]}, office=OTHER_OFFICE)
    from desk_app.hub.cli import main as hub_main

    assert (
        hub_main(
            [
                "record",
                code,
                "--type",
                "result_ready",
                "--note",
                "Có kết quả liên thông",
                "--database",
                storage_url(hub_storage),
            ]
        )
        == 0
    )
    for s in (a, b):
        r = s.sync.sync_now()
        assert r.ok and not r.skipped, r
        assert s.dossiers.get(code).status is Status.RESULT_READY
        assert s.catalog.get(procs[0]["code"]).name.endswith("(sửa đổi 2027)")
        assert not s.calendar().is_working_day(dt.date(2026, 12, 31))
        assert dt.date(2027, 1, 9) not in s.calendar_repo.overrides()
        before = s.store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert s.sync.sync_now().received == 0  # applying again changes nothing
        assert s.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == before
        assert s.verify_audit().ok
    # The lifecycle holds upstream too: a step not allowed now is refused.
    assert hub_main(["record", code, "--type", "back_from_agency", "--database", storage_url(hub_storage)]) == 2


def test_offline_bundle_signed_idempotent_and_refused_when_forged(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    b = enrolled(tmp_path, hub, hub_storage, 2)
    receive(a, 3)
    receive(b, 1)
    out = a.sync.export_bundle(tmp_path / "a.mcd")
    raw = out.path.read_bytes()
    assert out.count == 3 and b"matkhau" not in raw
    tampered = bytearray(raw)
    tampered[-40] ^= 0x01
    with pytest.raises(HubError) as exc:
        import_bundle_bytes(hub_storage, bytes(tampered))
    assert exc.value.status == 403
    # B's events re-labelled as A's: refused (signed with B's key).
    b_raw = b.sync.export_bundle(tmp_path / "b.mcd").path.read_bytes()
    forged = b_raw.replace(f"{OFFICE}/2".encode(), f"{OFFICE}/1".encode())
    with pytest.raises(HubError) as exc:
        import_bundle_bytes(hub_storage, forged)
    assert exc.value.status in (400, 403)
    with pytest.raises(HubError):
        import_bundle_bytes(hub_storage, b"not a bundle")
    assert hub_office_uids(hub_storage) == []
    got = import_bundle_bytes(hub_storage, raw)
    assert len(got["stored"]) == 3
    with pytest.raises(HubError) as exc:
        import_bundle_bytes(hub_storage, raw)
    assert exc.value.status == 409
    assert len(hub_office_uids(hub_storage)) == 3
    r = a.sync.sync_now()  # the online path meets the same events: duplicates, marked sent
    assert r.ok and r.sent == 3 and len(hub_office_uids(hub_storage)) == 3
    assert b.sync.upload_bundle(tmp_path / "b.mcd")["stored"]
    assert len(hub_office_uids(hub_storage)) == 4


def test_token_lives_only_in_the_keyring(tmp_path: Path, hub, hub_storage: HubStorage, memory_keyring) -> None:
    a = enrolled(tmp_path, hub, hub_storage, 1)
    secret = json.loads(next(iter(memory_keyring.items.values())))
    assert secret["token"].startswith("mcd_")
    a.store.conn.execute("PRAGMA wal_checkpoint(FULL)")
    blob = b"".join(p.read_bytes() for p in tmp_path.glob("desk-*") if p.is_file())
    assert secret["token"].encode() not in blob and secret["bundle_key"].encode() not in blob
    memory_keyring.items.clear()
    r = a.sync.sync_now()
    assert not r.ok and r.error_code == "token_missing" and "đăng ký lại" in r.message


def test_missing_keyring_backend_is_explained_and_code_not_spent(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    s = make_desk(tmp_path / "d.sqlite3", 1)
    code = hub_storage.create_enrol_code(OFFICE)
    with pytest.raises(CredentialError) as exc:
        s.sync.enrol(hub.url, code)
    assert exc.value.code == "keyring_missing" and "kho khóa bí mật" in exc.value.message
    assert hub_storage.desks() == []  # the one-time code is still usable


def test_offline_is_plain_words_with_backoff(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    clock = Clock(dt.datetime(2026, 12, 7, 9, 30))
    a = enrolled(tmp_path, hub, hub_storage, 1, clock=clock)
    receive(a, 2)
    assert a.sync.sync_now().ok
    receive(a, 1)
    with a.store.transaction():
        enr = a.sync.enrolment()
        a.settings.set("sync.enrolment", {**enr, "upstream": f"http://127.0.0.1:{free_port()}"})
    a.sync.client_retry = type(a.sync.client_retry)(attempts=1)
    r = a.sync.sync_now()
    assert not r.ok and r.error_code == "offline" and "Không kết nối được" in r.message
    st = a.sync.status()
    assert st.waiting == 1 and st.next_run == dt.datetime(2026, 12, 7, 9, 31)
    clock.now = dt.datetime(2026, 12, 7, 9, 31)
    assert a.sync.due()
    a.sync.sync_now()
    assert a.sync.status().next_run == dt.datetime(2026, 12, 7, 9, 33)  # back-off doubles
    # Too long without success: the home view warns.
    clock.now = dt.datetime(2026, 12, 10, 9, 0)
    assert "3 ngày" in (a.sync.status().warning or "")
    a.sync.set_schedule(None, warn_days=5, time="16:30")
    assert a.sync.status().warning is None


def test_schedule_end_of_day(tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    clock = Clock(dt.datetime(2026, 12, 7, 9, 30))
    a = enrolled(tmp_path, hub, hub_storage, 1, clock=clock)
    a.sync.set_schedule(None, time="16:30")
    assert not a.sync.due()
    clock.now = dt.datetime(2026, 12, 7, 16, 31)
    assert a.sync.due()
    assert a.sync.sync_now().ok
    assert not a.sync.due()
    assert a.sync.status().next_run == dt.datetime(2026, 12, 8, 16, 30)


def test_cli_enrol_now_export_and_hub_import(tmp_path: Path, hub, hub_storage: HubStorage, capsys) -> None:
    from desk_app.cli.main import main as admin
    from desk_app.hub.cli import main as hub_main

    db = tmp_path / "cli.sqlite3"
    make_desk(db, 3).close()
    assert hub_main(["enrol-code", "--office", OFFICE, "--database", storage_url(hub_storage)]) == 0
    code = capsys.readouterr().out.strip()
    assert admin(["--db", str(db), "sync", "enrol", "--upstream", hub.url, "--code", code]) == 0
    assert "Đã đăng ký bàn" in capsys.readouterr().out
    assert admin(["--db", str(db), "sync", "enrol", "--upstream", hub.url, "--code", code]) == 2
    assert "đã được dùng" in capsys.readouterr().err
    s = make_desk_open(db)
    receive(s, 2)
    s.close()
    assert admin(["--db", str(db), "sync", "export", str(tmp_path / "x.mcd")]) == 0
    assert hub_main(["import", str(tmp_path / "x.mcd"), "--database", storage_url(hub_storage)]) == 0
    assert "2 sự kiện mới" in capsys.readouterr().out
    assert hub_main(["import", str(tmp_path / "x.mcd"), "--database", storage_url(hub_storage)]) == 2
    assert admin(["--db", str(db), "sync", "now", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] and out["sent"] == 2
    assert hub_main(["stats", "--json", "--database", storage_url(hub_storage)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats[0]["events"] == 2 and stats[0]["dossiers"] == 2
    assert admin(["--db", str(db), "sync", "status"]) == 0
    assert "Chờ gửi:             0" in capsys.readouterr().out
    assert admin(["--db", str(db), "sync", "enrol", "--upstream", "http://example.org", "--code", "X"]) == 2
    assert "https://" in capsys.readouterr().err


def make_desk_open(db: Path):
    from desk_app.services import Services

    return Services.open(db, Clock(dt.datetime(2026, 12, 7, 10, 0)))


def test_tls_is_verified(tmp_path: Path, hub_storage: HubStorage) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    r = subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=hub",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        capture_output=True,
    )
    if r.returncode:
        pytest.skip(f"openssl could not make a test certificate: {r.stderr[-200:]!r}")
    with BackgroundHub(hub_storage, certfile=str(cert), keyfile=str(key)) as h:
        assert h.url.startswith("https://")
        s = make_desk(tmp_path / "tls.sqlite3", 1)
        from desk_app.sync.client import SyncError

        with pytest.raises(SyncError) as exc:
            s.sync.enrol(h.url, hub_storage.create_enrol_code(OFFICE))
        assert exc.value.code == "tls_failed"
        s.sync.enrol(h.url, hub_storage.create_enrol_code(OFFICE), ca_file=str(cert))
        receive(s, 1)
        assert s.sync.sync_now().sent == 1


def test_sync_page(qtbot, tmp_path: Path, hub, hub_storage: HubStorage) -> None:
    s = enrolled(tmp_path, hub, hub_storage, 1)
    receive(s, 2)
    page = sync_page(qtbot, s)
    page.activate()
    assert "2" in page.waiting_label.text()
    assert page.items.rowCount() == 2
    page.sync_button.click()
    assert "Đã gửi 2 sự kiện" in page.result_label.text()
    assert "0" in page.waiting_label.text()
    assert page.items.item(0, 3).text() == "Đã gửi"
