"""The English translation: complete, up to date with the sources, faithful to placeholders, and loadable.

Vietnamese is the source language; ``resources/i18n/desk_app_en.ts`` carries the English. A developer who adds a
``self.tr("…")`` string must run ``python -m desk_app.ui.i18n update`` and translate the new entries — the first
test here fails, naming the strings, until they do.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from string import Formatter

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from desk_app.ui import i18n

HOW_TO_FIX = ("Run `python -m desk_app.ui.i18n update`, then translate the new entries in "
              "resources/i18n/desk_app_en.ts (and drop their type=\"unfinished\").")

Key = tuple[str, str]  # (context, source)


def _messages(ts: Path) -> dict[Key, ET.Element]:
    """Every message of a .ts file, by (context, source); the value is its <translation> element."""
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"[{name}] {message.findtext('source')!r} has no <translation>"
            out[(name, message.findtext("source") or "")] = translation
    return out


def _forms(translation: ET.Element) -> list[str]:
    """The translated text(s): the numerus forms of a plural message, else the single text."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _unfinished(translation: ET.Element) -> bool:
    return translation.get("type") == "unfinished" or not any(f.strip() for f in _forms(translation))


def _fields(text: str) -> list[str]:
    """The str.format replacement fields of ``text`` (name, conversion and format spec), sorted."""
    return sorted(f"{name}!{conv or ''}:{spec or ''}" for _, name, spec, conv in Formatter().parse(text)
                  if name is not None)


def _show(keys: list[Key]) -> str:
    return "\n".join(f"  [{context}] {source!r}" for context, source in sorted(keys))


@pytest.fixture(scope="module")
def committed() -> dict[Key, ET.Element]:
    return _messages(i18n.ts_path("en"))


def test_ts_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    """lupdate over the sources (into a copy: the committed file is never touched) finds nothing new to translate."""
    original = i18n.ts_path("en")
    before = original.read_bytes()
    copy = tmp_path / original.name
    shutil.copyfile(original, copy)
    cmd = [i18n._tool("lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "vi_VN",
           "-target-language", "en_GB", *map(str, i18n.source_files()), "-ts", str(copy)]
    run = subprocess.run(cmd, capture_output=True, text=True)
    assert run.returncode == 0, f"pyside6-lupdate failed:\n{run.stdout}\n{run.stderr}"
    assert original.read_bytes() == before, "the committed .ts must not be modified by this test"

    fresh, old = _messages(copy), _messages(original)
    new = [key for key in fresh if key not in old]
    untranslated = [key for key, tr in fresh.items() if key in old and _unfinished(tr)]
    stale = [key for key in old if key not in fresh]
    problems = []
    if new:
        problems.append(f"{len(new)} string(s) in the sources are missing from desk_app_en.ts:\n{_show(new)}")
    if untranslated:
        problems.append(f"{len(untranslated)} string(s) are not translated:\n{_show(untranslated)}")
    if stale:
        problems.append(f"{len(stale)} string(s) in desk_app_en.ts are no longer in the sources:\n{_show(stale)}")
    assert not problems, "\n".join(problems) + "\n" + HOW_TO_FIX


def test_every_message_is_translated(committed: dict[Key, ET.Element]) -> None:
    assert len(committed) > 300  # the whole interface, not an empty file
    missing = [key for key, tr in committed.items() if _unfinished(tr)]
    assert not missing, f"{len(missing)} message(s) without an English translation:\n{_show(missing)}\n{HOW_TO_FIX}"


def test_translations_keep_the_placeholders(committed: dict[Key, ET.Element]) -> None:
    """``{name}`` fields (and ``%1`` arguments) survive translation: same names, same format specs."""
    bad = []
    for (context, source), tr in committed.items():
        try:
            want = _fields(source)
        except ValueError:  # not a format string (stray brace): nothing to compare
            continue
        for text in _forms(tr):
            try:
                got = _fields(text)
            except ValueError as exc:
                bad.append(f"  [{context}] {source!r}: translation {text!r} is not a valid format string ({exc})")
                continue
            if got != want or sorted(re.findall(r"%\d", text)) != sorted(re.findall(r"%\d", source)):
                bad.append(f"  [{context}] {source!r}: translation {text!r} has placeholders {got}, source {want}")
    assert not bad, "placeholders differ between source and translation:\n" + "\n".join(bad)


def test_translations_keep_accelerators_markup_and_spacing(committed: dict[Key, ET.Element]) -> None:
    def accelerators(s: str) -> int:
        return len(re.findall(r"&(?!&)(?=\w)", s.replace("&&", "").replace("&nbsp;", "")))

    def tags(s: str) -> list[str]:  # rich-text markup only, not "<agency code>"-style prose
        return re.findall(r"</?(?:b|i|u|s|br|p|ul|ol|li|span|a|font|div|table|tr|td|th|em|strong|small|big|code|pre"
                          r"|h[1-6]|hr|img|sub|sup)\b[^<>]*>", s)

    bad = []
    for (context, source), tr in committed.items():
        for text in _forms(tr):
            if _unfinished(tr):
                continue
            if accelerators(text) != accelerators(source):
                bad.append(f"  [{context}] {source!r} → {text!r}: keyboard accelerator (&) lost or added")
            if tags(text) != tags(source):
                bad.append(f"  [{context}] {source!r} → {text!r}: HTML tags differ")
            if (source[:1].isspace(), source[-1:].isspace()) != (text[:1].isspace(), text[-1:].isspace()):
                bad.append(f"  [{context}] {source!r} → {text!r}: leading/trailing space differs")
            if source.count("\n") != text.count("\n"):
                bad.append(f"  [{context}] {source!r} → {text!r}: line breaks differ")
    assert not bad, "translations that do not match their source's form:\n" + "\n".join(bad)


def test_compiled_translation_loads_and_translates(qapp: QCoreApplication, tmp_path: Path) -> None:
    qm = i18n.compile_qm("en", tmp_path / "desk_app_en.qm")  # lrelease into a temporary file
    assert qm.exists() and qm.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(qm))
    samples = {
        ("MainWindow", "Tiếp nhận"): "Reception",
        ("FirstRunWizard", "&Hoàn tất"): "&Finish",
        ("ApologyDialog", "Ngày hẹn mới"): "New due date",
        ("tracking", "Đúng hạn"): "On time",
        ("tracking", "Trước hạn"): "Early",
        ("messages", "Mật khẩu phải có ít nhất 8 ký tự."): "The password must have at least 8 characters.",
        ("messages", "Giờ «{value}» không hợp lệ (dạng HH:MM)."): "Time “{value}” is not valid (HH:MM).",
        ("Page", "{n} hồ sơ theo {kind}{more} — {ms:.0f} ms"): "{n} dossier(s) by {kind}{more} — {ms:.0f} ms",
        ("Page", "Biểu 06 – &Kết quả giải quyết"): "Report table 06 – Processing &results",
        ("BackupTab", "Cơ sở dữ liệu: {db}\nThư mục sao lưu: {folder}\n"
                      "Nên sao lưu mỗi ngày và chép bản sao lưu sang USB hoặc máy khác."):
            "Database: {db}\nBackup folder: {folder}\n"
            "Back up every day and copy the backups to a USB drive or another computer.",
    }
    for (context, source), english in samples.items():
        assert translator.translate(context, source) == english, (context, source)
    assert translator.translate("Page", "a string that is not in the catalogue") == ""

    QCoreApplication.installTranslator(translator)
    try:  # plural forms, with %n filled in by Qt
        assert QCoreApplication.translate("DrillDialog", "%n hồ sơ", "", 1) == "1 dossier"
        assert QCoreApplication.translate("DrillDialog", "%n hồ sơ", "", 3) == "3 dossiers"
        assert QCoreApplication.translate("tracking", "Quá hạn") == "Overdue"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("tracking", "Quá hạn") == "Quá hạn"


# --- labels kept in tables and passed to tr() at display time: English with the translator, Vietnamese without ----


def _receive_duc(services, clerk):  # noqa: ANN001, ANN202
    from desk_app.domain.model import Applicant
    from desk_app.services.dossiers import ReceiveRequest

    duc = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Ấp 2, xã Tiến Thành", "0912345678")
    return services.dossiers.receive(clerk, ReceiveRequest("1.004873", duc))


def _search_summaries(qtbot, ctx, code: str) -> list[str]:  # noqa: ANN001
    from desk_app.ui.search.page import Page as Search

    page = Search(ctx)
    qtbot.addWidget(page)
    out = []
    for query in ("nguyen van duc", code, "0912345678"):
        page.search(query)
        assert page.model.rowCount() == 1, query
        out.append(page.summary.text())
    return out


def test_search_kind_is_translated(qtbot, english, ctx, services, clerk) -> None:  # noqa: ANN001
    code = _receive_duc(services, clerk).code
    by_name, by_code, by_phone = _search_summaries(qtbot, ctx, code)
    assert by_name.startswith("1 dossier(s) by name — "), by_name
    assert by_code.startswith("1 dossier(s) by dossier code — "), by_code
    assert by_phone.startswith("1 dossier(s) by phone number — "), by_phone


def test_search_kind_stays_vietnamese_without_translator(qtbot, ctx, services, clerk) -> None:  # noqa: ANN001
    code = _receive_duc(services, clerk).code
    by_name, by_code, by_phone = _search_summaries(qtbot, ctx, code)
    assert by_name.startswith("1 hồ sơ theo họ tên — "), by_name
    assert by_code.startswith("1 hồ sơ theo mã hồ sơ — "), by_code
    assert by_phone.startswith("1 hồ sơ theo số điện thoại — "), by_phone


def _report_page(qtbot, ctx):  # noqa: ANN001, ANN202
    from desk_app.ui.reports.page import Page as Reports

    ctx.user = ctx.services.auth.users.get("lanhdao")
    page = Reports(ctx)
    qtbot.addWidget(page)
    return page


def _combo(box) -> list[str]:  # noqa: ANN001
    return [box.itemText(i) for i in range(box.count())]


def _headings(page) -> list[str]:  # noqa: ANN001
    from desk_app.services.report_export import HEADER_LEVELS

    return [page.table.item(r, c).text() for r in range(HEADER_LEVELS) for c in range(page.table.columnCount())
            if page.table.item(r, c) is not None and page.table.item(r, c).text()]


def test_report_periods_and_headings_are_translated(qtbot, english, ctx) -> None:  # noqa: ANN001
    from desk_app.services.report_export import header_merges

    page = _report_page(qtbot, ctx)
    assert _combo(page.kind) == ["Month", "Quarter", "6 months", "9 months", "Year", "Custom"]
    assert page.index.itemText(0) == "January" and page.index.itemText(11) == "December"
    page.kind.setCurrentIndex(1)
    assert _combo(page.index) == ["Q1", "Q2", "Q3", "Q4"]
    page.kind.setCurrentIndex(2)
    assert _combo(page.index) == ["First half of the year", "Second half of the year"]
    page.run_report()
    headings = _headings(page)
    assert "No." in headings and "Dossiers received for processing" in headings and "Of which" in headings
    vietnamese = {text for *_, text in header_merges()}
    assert not vietnamese & set(headings), "Biểu 06 headings left in Vietnamese in the English UI"


def test_report_periods_and_headings_stay_vietnamese(qtbot, ctx) -> None:  # noqa: ANN001
    from desk_app.services.report_export import header_merges

    page = _report_page(qtbot, ctx)
    assert _combo(page.kind) == ["Tháng", "Quý", "6 tháng", "9 tháng", "Năm", "Tùy chọn"]
    assert page.index.itemText(0) == "Tháng 1"
    page.kind.setCurrentIndex(1)
    assert _combo(page.index) == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    page.run_report()
    assert sorted(_headings(page)) == sorted(text for *_, text in header_merges())


def _apology_hints(qtbot, services, clerk) -> tuple[str, str]:  # noqa: ANN001
    """The new-date hint of the apology dialog on a working Tuesday and on a Sunday."""
    from desk_app.ui.dossier.dialogs import ApologyDialog

    d = _receive_duc(services, clerk)
    cal = services.calendar()
    dialog = ApologyDialog(d, dt.date(2026, 12, 15), cal.is_working_day)  # Tuesday 15/12/2026
    qtbot.addWidget(dialog)
    working = dialog.day_hint.text()
    dialog.date.setDate(dialog.date.date().addDays(5))  # Sunday 20/12/2026
    return working, dialog.day_hint.text()


def test_weekday_names_are_translated(qtbot, english, ctx, services, clerk) -> None:  # noqa: ANN001
    working, sunday = _apology_hints(qtbot, services, clerk)
    assert working == "Tuesday, a working day", working
    assert sunday.startswith("Sunday is not a working day"), sunday

    from desk_app.ui.admin.calendar_tab import CalendarTab

    tab = CalendarTab(ctx)
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    days = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text() for r in range(tab.table.rowCount())}
    assert days["01/01/2026"] == "Thursday" and days["02/09/2026"] == "Wednesday"


def test_weekday_names_stay_vietnamese(qtbot, ctx, services, clerk) -> None:  # noqa: ANN001
    working, sunday = _apology_hints(qtbot, services, clerk)
    assert working == "Thứ Ba, ngày làm việc", working
    assert sunday.startswith("Chủ nhật không phải ngày làm việc"), sunday

    from desk_app.ui.admin.calendar_tab import CalendarTab

    tab = CalendarTab(ctx)
    qtbot.addWidget(tab)
    tab.year.setValue(2026)
    days = {tab.table.item(r, 0).text(): tab.table.item(r, 1).text() for r in range(tab.table.rowCount())}
    assert days["01/01/2026"] == "Thứ Năm" and days["02/09/2026"] == "Thứ Tư"


def _dossier_view(qtbot, ctx, services, clerk):  # noqa: ANN001, ANN202
    from desk_app.ui.dossier.view import DossierView

    ctx.user = clerk
    view = DossierView(ctx, _receive_duc(services, clerk).code)
    qtbot.addWidget(view)
    labels = [w.text() for w in view.findChildren(QLabel)]
    return view, labels


def test_dossier_view_labels_are_translated(qtbot, english, ctx, services, clerk) -> None:  # noqa: ANN001
    view, labels = _dossier_view(qtbot, ctx, services, clerk)
    assert "Applicant:" in labels and "Original due date:" in labels and "Satisfaction:" in labels
    assert view.buttons["transfer"].text() == "Hand over…" and view.buttons["return"].text() == "Return result…"
    assert view.fields["channel"].text() == "In person"
    if view.print_button.menu() is not None:
        assert view.print_button.menu().actions()[0].text() == "Receipt and appointment slip (Form 01)"


def test_dossier_view_labels_stay_vietnamese(qtbot, ctx, services, clerk) -> None:  # noqa: ANN001
    view, labels = _dossier_view(qtbot, ctx, services, clerk)
    assert "Người nộp:" in labels and "Hẹn trả gốc:" in labels and "Mức độ hài lòng:" in labels
    assert view.buttons["transfer"].text() == "Chuyển giao…" and view.buttons["return"].text() == "Trả kết quả…"
    assert view.fields["channel"].text() == "Trực tiếp"


def test_return_dialog_and_dashboard_satisfaction_are_translated(qtbot, english, services, clerk) -> None:  # noqa: ANN001
    from desk_app.services.reports import Dashboard
    from desk_app.ui.dossier.dialogs import ReturnDialog
    from desk_app.ui.reports.dashboard import DashboardView

    dialog = ReturnDialog(_receive_duc(services, clerk))
    qtbot.addWidget(dialog)
    assert _combo(dialog.satisfaction) == ["No rating", "Satisfied", "Acceptable", "Not satisfied"]

    drilled: list[tuple[str, object, str]] = []
    view = DashboardView(lambda what, key, label: drilled.append((what, key, label)))
    qtbot.addWidget(view)
    today = dt.date(2026, 11, 23)
    view.show_data(Dashboard(today, today, satisfaction={"satisfied": 3, "not_rated": 1}))
    pie = view.views["satisfaction"].chart().series()[0]
    assert [s.label() for s in pie.slices()] == ["Satisfied: 3", "Not rated: 1"]
    pie.slices()[0].clicked.emit()
    assert drilled == [("satisfaction", "satisfied", "Satisfied")]  # the drill-down title is English too


def test_status_names_follow_the_language(english) -> None:  # noqa: ANN001
    from desk_app.domain.lifecycle import STATUS_LABELS
    from desk_app.domain.model import Status
    from desk_app.ui.tracking.model import status_text

    for status in Status:
        shown = status_text(status)
        assert shown and shown != STATUS_LABELS[status], f"{status.value} left in Vietnamese"
        assert status_text(status.value) == shown  # as stored in a row
    assert status_text("archived_by_a_newer_desk") == "archived_by_a_newer_desk"
