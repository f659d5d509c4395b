"""The hub's HTTP API on 127.0.0.1 over both storages: authentication, strict schemas, limits, fuzzing from OpenAPI."""

from __future__ import annotations

import gzip
import json
import random
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from hubkit import OFFICE, OTHER_OFFICE, hub_storage, hub_url_for_storage  # noqa: E402,F401

from desk_app.hub.server import BackgroundHub  # noqa: E402
from desk_app.hub.storage import HubStorage  # noqa: E402


@pytest.fixture
def hub(hub_storage: HubStorage):
    with BackgroundHub(hub_storage) as h:
        yield h


@pytest.fixture
def http(hub):
    with httpx.Client(base_url=hub.url, timeout=10, trust_env=False) as c:
        yield c


def enrol(http: httpx.Client, storage: HubStorage, office: str = OFFICE, number: int = 1) -> dict[str, Any]:
    r = http.post(
        "/v1/enrol", json={"code": storage.create_enrol_code(office), "office": office, "desk_number": number}
    )
    assert r.status_code == 200, r.text
    return dict(r.json())


def event(desk: str, code: str | None = None, **kw: Any) -> dict[str, Any]:
    office = desk.split("/")[0]
    return {
        "uid": str(uuid.uuid4()),
        "dossier_code": code or f"{office}-261207-1001",
        "type": "received",
        "at": "2026-12-07T09:30:00",
        "actor": "canbo1",
        "desk": desk,
        "note": "",
        "data": {},
        "seq": 1,
        **kw,
    }


def snapshot(code: str) -> dict[str, Any]:
    return {
        "code": code,
        "uid": str(uuid.uuid5(uuid.NAMESPACE_URL, code)),
        "status": "received",
        "received_at": "2026-12-07T09:30:00",
        "due_date": "2026-12-10",
        "desk": code.split("-")[0] + "/1",
    }


def batch(desk: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "desk": desk,
        "events": events,
        "dossiers": {e["dossier_code"]: snapshot(e["dossier_code"]) for e in events},
    }


def post(
    http: httpx.Client,
    token: str | None,
    body: Any,
    *,
    raw: bytes | None = None,
    gz: bool = True,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    data = raw if raw is not None else json.dumps(body).encode()
    h = {"Content-Type": "application/json", **(headers or {})}
    if gz:
        data = gzip.compress(data)
        h["Content-Encoding"] = "gzip"
    if token:
        h["Authorization"] = f"Bearer {token}"
    return http.post("/v1/events", content=data, headers=h)


def test_batch_is_stored_once_and_answered(http: httpx.Client, hub_storage: HubStorage) -> None:
    me = enrol(http, hub_storage)
    evs = [event(me["desk"], f"{OFFICE}-261207-100{i}") for i in range(1, 4)]
    r = post(http, me["token"], batch(me["desk"], evs))
    assert r.status_code == 200 and sorted(r.json()["stored"]) == sorted(e["uid"] for e in evs)
    r = post(http, me["token"], batch(me["desk"], evs))
    assert r.json()["stored"] == [] and sorted(r.json()["duplicates"]) == sorted(e["uid"] for e in evs)
    assert len(hub_storage.event_uids()) == 3
    # Another desk of the same commune receives them; its own are not sent back to it.
    other = enrol(http, hub_storage, number=2)
    r = http.get("/v1/updates", headers={"Authorization": f"Bearer {other['token']}"})
    page = r.json()
    assert [e["uid"] for e in page["events"]] == [e["uid"] for e in evs]
    assert set(page["dossiers"]) == {e["dossier_code"] for e in evs} and page["cursor"]["events"] == 3
    r = http.get("/v1/updates", params={"events_after": 3}, headers={"Authorization": f"Bearer {other['token']}"})
    assert r.json()["events"] == []
    r = http.get("/v1/updates", headers={"Authorization": f"Bearer {me['token']}"})
    assert r.json()["events"] == []
    foreign = enrol(http, hub_storage, OTHER_OFFICE)
    assert http.get("/v1/updates", headers={"Authorization": f"Bearer {foreign['token']}"}).json()["events"] == []


def test_enrolment_codes_are_one_time_and_expire(http: httpx.Client, hub_storage: HubStorage) -> None:
    code = hub_storage.create_enrol_code(OFFICE)
    body = {"code": code, "office": OFFICE, "desk_number": 1}
    assert http.post("/v1/enrol", json={**body, "office": OTHER_OFFICE}).status_code == 403  # wrong commune
    assert http.post("/v1/enrol", json=body).status_code == 200
    r = http.post("/v1/enrol", json=body)
    assert r.status_code == 403 and r.json()["error"] == "enrol_code_used"
    expired = hub_storage.create_enrol_code(OFFICE, hours=-1)
    assert (
        http.post("/v1/enrol", json={**body, "code": expired, "desk_number": 2}).json()["error"] == "enrol_code_expired"
    )
    taken = hub_storage.create_enrol_code(OFFICE)
    assert http.post("/v1/enrol", json={**body, "code": taken}).status_code == 409  # desk 1 already enrolled
    again = hub_storage.create_enrol_code(OFFICE, desk_number=1)  # re-enrolment issued for that desk
    r = http.post("/v1/enrol", json={**body, "code": again.lower().replace("-", " ")})
    assert r.status_code == 200
    assert (
        http.post("/v1/enrol", json={"code": "AAAA-BBBB-CCCC", "office": OFFICE, "desk_number": 3}).status_code == 403
    )


def test_bad_requests_get_4xx_and_change_nothing(http: httpx.Client, hub_storage: HubStorage) -> None:
    me = enrol(http, hub_storage)
    other = enrol(http, hub_storage, OTHER_OFFICE)
    desk, token = me["desk"], me["token"]
    good = event(desk)
    cases: list[tuple[int, httpx.Response]] = [
        (401, post(http, None, batch(desk, [good]))),
        (401, post(http, "mcd_forged", batch(desk, [good]))),
        (401, post(http, token + "x", batch(desk, [good]))),
        (400, post(http, token, None, raw=b"{not json")),
        (400, post(http, token, None, raw=b"\xff\xfe")),
        (400, post(http, token, None, raw=b"not gzip at all", gz=False, headers={"Content-Encoding": "gzip"})),
        (415, post(http, token, None, raw=b"{}", gz=False, headers={"Content-Encoding": "br"})),
        (415, post(http, token, batch(desk, [good]), headers={"Content-Type": "text/plain"})),
        (400, post(http, token, [])),
        (400, post(http, token, {"desk": desk})),
        (400, post(http, token, {"desk": desk, "events": []})),
        (400, post(http, token, {**batch(desk, [good]), "extra": 1})),
        (400, post(http, token, batch(desk, [{**good, "uid": "not-a-uuid"}]))),
        (400, post(http, token, batch(desk, [{**good, "type": "deleted"}]))),
        (400, post(http, token, batch(desk, [{**good, "at": "yesterday"}]))),
        (400, post(http, token, batch(desk, [{**good, "surprise": True}]))),
        (400, post(http, token, batch(desk, [{**good, "data": "x" * 10}]))),
        (400, post(http, token, batch(desk, [{**good, "data": {"x": "y" * 70_000}}]))),
        (400, post(http, token, batch(desk, [good, {**good}]))),  # same uid twice in one batch
        (400, post(http, token, {"desk": desk, "events": [good], "dossiers": {good["dossier_code"]: {"code": "x"}}})),
        (403, post(http, token, batch(other["desk"], [event(other["desk"])]))),  # writing as another desk
        (403, post(http, token, batch(desk, [event(desk, f"{OTHER_OFFICE}-261207-1001")]))),  # another commune
        (403, post(http, token, batch(desk, [event(other["desk"], f"{OTHER_OFFICE}-261207-1001")]))),
        (413, post(http, token, None, raw=b"[" + b"1," * 3_000_000 + b"1]", gz=False)),
        (413, post(http, token, None, raw=b" " * (40 * 1024 * 1024))),  # a gzip bomb: tiny on the wire
        (400, post(http, token, {"desk": desk, "events": [event(desk) for _ in range(1001)]})),
        (404, http.get("/v1/nothing")),
        (405, http.get("/v1/events")),
        (405, http.delete("/v1/events")),
        (400, http.get("/v1/updates", params={"events_after": "-1"}, headers={"Authorization": f"Bearer {token}"})),
        (400, http.get("/v1/updates", params={"since": "1"}, headers={"Authorization": f"Bearer {token}"})),
        (401, http.get("/v1/updates")),
        (400, http.post("/v1/enrol", json={"code": "X", "office": OFFICE, "desk_number": 12})),
        (400, http.post("/v1/bundles", content=b"MCDBUNDLE1\nshort")),
        (
            403,
            http.post(
                "/v1/bundles", content=b"MCDBUNDLE1\n" + b"0" * 64 + b'\n{"format":"motcua-bundle/1","desk":"X/1"}\n'
            ),
        ),
    ]
    for expected, r in cases:
        assert r.status_code == expected, (expected, r.status_code, r.text[:300])
        assert r.json()["message"]
    raw = http.build_request("POST", "/v1/events", content=b"x", headers={"Authorization": f"Bearer {token}"})
    raw.headers.pop("Content-Length")
    raw.headers["Transfer-Encoding"] = "chunked"
    assert http.send(raw).status_code in (400, 411)
    # Items the hub can name are listed so the desk fails just those.
    r = post(http, token, batch(desk, [good, {**event(desk), "type": "deleted"}]))
    assert r.status_code == 400 and r.json()["items"][0]["index"] == 1
    assert hub_storage.event_uids() == []
    assert http.get("/v1/health").json()["ok"]


def test_status_page_and_openapi(http: httpx.Client, hub_storage: HubStorage) -> None:
    me = enrol(http, hub_storage)
    assert post(http, me["token"], batch(me["desk"], [event(me["desk"])])).status_code == 200
    page = http.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert OFFICE in page.text and "Quá hạn" in page.text
    spec = http.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.") and "/v1/events" in spec["paths"]


# --- fuzzing from the OpenAPI document -------------------------------------------------------------------
def _random_value(rng: random.Random, depth: int = 0) -> Any:
    kinds = ["str", "int", "float", "bool", "none", "list", "dict", "bigstr", "unicode"]
    k = rng.choice(kinds if depth < 3 else kinds[:5])
    return {
        "str": lambda: rng.choice(["", "x", "000.21.22.H56/1", "2026-13-45", "../../etc/passwd", "' OR 1=1 --"]),
        "int": lambda: rng.choice([0, -1, 1, 2**63, 10**30]),
        "float": lambda: rng.choice([0.5, -1e308, 1e308]),
        "bool": lambda: rng.random() < 0.5,
        "none": lambda: None,
        "list": lambda: [_random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))],
        "dict": lambda: {
            rng.choice(["uid", "type", "desk", "events", "a"]): _random_value(rng, depth + 1)
            for _ in range(rng.randint(0, 3))
        },
        "bigstr": lambda: "A" * rng.randint(100, 5000),
        "unicode": lambda: "Nguyễn \u0000 \ud7ff 𝔘",
    }[k]()


def _from_schema(schema: dict[str, Any], spec: dict[str, Any], rng: random.Random, depth: int = 0) -> Any:
    """A value shaped like ``schema`` with random mutations (wrong types, dropped or extra keys)."""
    if "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    if rng.random() < 0.15 or depth > 4:
        return _random_value(rng)
    t = schema.get("type")
    if "enum" in schema:
        return rng.choice(schema["enum"] + ["bogus"])
    if t == "object":
        out = {}
        for key, sub in schema.get("properties", {}).items():
            if rng.random() < 0.85:
                out[key] = _from_schema(sub, spec, rng, depth + 1)
        if rng.random() < 0.1:
            out["unexpected"] = 1
        return out
    if t == "array":
        return [_from_schema(schema.get("items", {}), spec, rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if t == "integer":
        return rng.choice([0, 1, 5, -3, 2**40])
    if t == "string":
        fmt = schema.get("format")
        if fmt == "uuid":
            return str(uuid.uuid4())
        if fmt == "date-time":
            return rng.choice(["2026-12-07T09:30:00", "2026-02-30T00:00:00", "now"])
        return rng.choice([OFFICE + "-261207-1001", OFFICE + "/1", "x", ""])
    return _random_value(rng)


def test_fuzz_from_openapi(http: httpx.Client, hub_storage: HubStorage) -> None:
    me = enrol(http, hub_storage)
    spec = http.get("/openapi.json").json()
    rng = random.Random(20261207)
    before = (len(hub_storage.event_uids()), len(hub_storage.desks()))
    statuses: dict[int, int] = {}
    for _ in range(250):
        path = rng.choice([p for p in spec["paths"] if p.startswith("/v1/")])
        for method, op in spec["paths"][path].items():
            headers = {}
            if op.get("security") and rng.random() < 0.9:
                headers["Authorization"] = f"Bearer {me['token'] if rng.random() < 0.8 else 'mcd_' + 'x' * 43}"
            if method == "get":
                params = {
                    p["name"]: str(_from_schema(p["schema"], spec, rng))
                    for p in op.get("parameters", [])
                    if rng.random() < 0.6
                }
                r = http.get(path, params=params, headers=headers)
            else:
                content = op["requestBody"]["content"]
                if "application/json" in content:
                    body = _from_schema(content["application/json"]["schema"], spec, rng)
                    data = json.dumps(body).encode()
                    if rng.random() < 0.5:
                        data, headers["Content-Encoding"] = gzip.compress(data), "gzip"
                    if rng.random() < 0.1:
                        data = data[: rng.randint(0, len(data))]
                    headers["Content-Type"] = "application/json"
                else:
                    data = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 300)))
                r = http.post(path, content=data, headers=headers)
            statuses[r.status_code] = statuses.get(r.status_code, 0) + 1
            assert r.status_code < 500, (path, r.status_code, r.text[:300])
            r.json()
    # Fuzzed enrolments carry random codes: none can succeed; fuzzed batches never slip a bad event in.
    assert (len(hub_storage.desks())) == before[1]
    for uid in hub_storage.event_uids():
        uuid.UUID(uid)
    assert any(400 <= s < 500 for s in statuses)
