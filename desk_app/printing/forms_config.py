"""Numbers, titles and page sizes of the printed forms, loaded from data an office can override."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from desk_app.assets import asset_path
from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError

FORM_KEYS = (
    "receipt",
    "supplement",
    "refusal",
    "apology",
    "control",
    "book",
    "listing",
    "guide",
    "evaluation",
)
PAGE_SIZE_NAMES = ("A4", "A5", "A4-landscape", "roll80")
_FIELDS = {"number": str, "title": str, "page_size": str, "subtitle": str}
_REQUIRED = ("number", "title", "page_size")


class FormsConfigError(DeskError):
    """The forms file (shipped or an office's override) does not have the expected shape."""

    def __init__(self, source: str, detail: str) -> None:
        super().__init__(
            "forms_config_invalid",
            QT_TRANSLATE_NOOP("messages", "Tệp cấu hình mẫu biểu không hợp lệ ({source}): {detail}"),
            source=source,
            detail=detail,
        )


@dataclass(frozen=True)
class FormSpec:
    """How one form is labelled: "Mẫu số 01", its title, its default page size."""

    key: str
    number: str
    title: str
    page_size: str
    subtitle: str = ""


class FormsConfig(Mapping[str, FormSpec]):
    """The validated set of form specs, one per key of ``FORM_KEYS``."""

    def __init__(self, specs: Mapping[str, FormSpec]) -> None:
        self._specs = dict(specs)

    def __getitem__(self, key: str) -> FormSpec:
        return self._specs[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)


def normalise_page_size(name: str) -> str:
    """Accept ``a5``, ``A4L``, ``a4_landscape``, ``roll``/``80mm``…; return a ``PAGE_SIZE_NAMES`` entry."""
    key = name.strip().lower().replace("_", "-").replace(" ", "-")
    aliases = {
        "a4": "A4",
        "a5": "A5",
        "a4-landscape": "A4-landscape",
        "a4l": "A4-landscape",
        "a4-ngang": "A4-landscape",
        "roll80": "roll80",
        "roll": "roll80",
        "80mm": "roll80",
        "roll-80": "roll80",
        "roll-80mm": "roll80",
    }
    if key not in aliases:
        raise ValueError(f"unknown page size {name!r}; expected one of {', '.join(PAGE_SIZE_NAMES)}")
    return aliases[key]


def _read_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8-sig") as handle:
            return json.load(handle)
    except OSError as exc:
        raise FormsConfigError(str(path), f"không đọc được tệp: {exc.strerror or exc}") from exc
    except json.JSONDecodeError as exc:
        raise FormsConfigError(str(path), f"JSON sai ở dòng {exc.lineno}, cột {exc.colno}") from exc


def _entries(data: Any, source: str) -> dict[str, dict[str, str]]:
    if not isinstance(data, dict) or not isinstance(data.get("forms"), dict):
        raise FormsConfigError(source, 'cần một đối tượng có khóa "forms"')
    entries: dict[str, dict[str, str]] = {}
    for key, entry in data["forms"].items():
        if key not in FORM_KEYS:
            raise FormsConfigError(source, f"mẫu không xác định: {key!r}")
        if not isinstance(entry, dict):
            raise FormsConfigError(source, f"{key}: cần một đối tượng")
        for name, value in entry.items():
            if name not in _FIELDS:
                raise FormsConfigError(source, f"{key}: trường không xác định {name!r}")
            if not isinstance(value, _FIELDS[name]):
                raise FormsConfigError(source, f"{key}.{name}: cần một chuỗi")
        if "page_size" in entry:
            try:
                entry = {**entry, "page_size": normalise_page_size(entry["page_size"])}
            except ValueError:
                raise FormsConfigError(source, f"{key}.page_size: {entry['page_size']!r} không hợp lệ") from None
        if "title" in entry and not entry["title"].strip():
            raise FormsConfigError(source, f"{key}.title: không được để trống")
        entries[key] = entry
    return entries


def load_forms_config(override: str | Path | None = None, *, base: str | Path | None = None) -> FormsConfig:
    """Load ``resources/forms/forms.json`` (or ``base``), then apply an office's ``override`` file.

    The override has the same shape and lists only what changes: its fields replace the shipped
    entry's fields one by one (``{"forms": {"receipt": {"number": "Mẫu số 01/TN"}}}`` keeps the
    shipped title and page size). Raises ``FormsConfigError`` naming the file and the bad entry.
    """
    base_path = Path(base) if base is not None else asset_path("forms", "forms.json")
    base_entries = _entries(_read_json(base_path), str(base_path))
    missing = [key for key in FORM_KEYS if key not in base_entries]
    if missing:
        raise FormsConfigError(str(base_path), f"thiếu mẫu: {', '.join(missing)}")
    specs: dict[str, FormSpec] = {}
    for key in FORM_KEYS:
        entry = base_entries[key]
        absent = [name for name in _REQUIRED if name not in entry]
        if absent:
            raise FormsConfigError(str(base_path), f"{key}: thiếu {', '.join(absent)}")
        specs[key] = FormSpec(key=key, **entry)
    if override is not None:
        override_path = Path(override)
        for key, entry in _entries(_read_json(override_path), str(override_path)).items():
            specs[key] = replace(specs[key], **entry)
    return FormsConfig(specs)


@lru_cache(maxsize=1)
def default_forms_config() -> FormsConfig:
    """The shipped configuration, read once per process."""
    return load_forms_config()
