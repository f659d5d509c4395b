"""The reports page: a period in the official layout, drill-down to the dossiers, exports, the dashboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desk_app.domain.statistics import TOTAL_LABEL
from desk_app.services.demo import seed_demo
from desk_app.services.report_export import COLUMNS, HEADER_LEVELS
from desk_app.ui.context import UiContext
from desk_app.ui.reports.page import Page


def make_page(qtbot, ctx: UiContext) -> Page:  # noqa: ANN001
    ctx.user = ctx.services.auth.users.get("lanhdao")
    page = Page(ctx)
    qtbot.addWidget(page)
    return page


def test_page_renders_a_period_and_drills_down(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    seed_demo(ctx.services, 1500, months=4)
    page = make_page(qtbot, ctx)
    page.kind.setCurrentIndex(0)  # month
    page.year.setValue(2026)
    page.index.setCurrentIndex(9)  # October
    assert page.selected_period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    page.run_report()
    rows = ctx.services.reports.period_report(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert page.table.rowCount() == HEADER_LEVELS + 1 + len(rows)
    assert page.table.columnSpan(0, 2) == 4  # "Số hồ sơ nhận giải quyết" over four columns
    total_row = HEADER_LEVELS + len(rows)
    assert page.table.item(total_row, 1).text() == TOTAL_LABEL
    col = [k for k, _ in COLUMNS].index("resolved_total")
    assert page.table.item(total_row, col).text() == str(rows[-1].resolved_total)

    opened: list[str] = []
    ctx.bus.open_dossier.connect(opened.append)
    dialog = page.drill_cell(total_row, col)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == rows[-1].resolved_total
    dialog.open_row(0)
    assert opened == [dialog.table.item(0, 0).text()]
    assert page.drill_cell(0, 0) is None  # a heading: nothing behind it


def test_custom_period_export_and_dashboard(qtbot, ctx: UiContext, tmp_path: Path) -> None:  # noqa: ANN001
    seed_demo(ctx.services, 600, months=3)
    page = make_page(qtbot, ctx)
    page.set_period(dt.date(2026, 10, 5), dt.date(2026, 11, 20))
    page.run_report()
    assert "05/10/2026" in page.heading.text()
    page.export("xlsx", tmp_path / "r.xlsx")
    page.export("pdf", tmp_path / "r.pdf")
    assert (tmp_path / "r.xlsx").stat().st_size > 1000 and (tmp_path / "r.pdf").stat().st_size > 1000
    page.tabs.setCurrentIndex(1)
    board = page.dashboard.data
    assert board is not None and len(board.months) == 12
    assert set(page.dashboard.views) == {"monthly", "overdue_field", "overdue_holder", "satisfaction"}
    page._drill_chart("month", dt.date(2026, 11, 1), "11/26")
    qtbot.addWidget(page.last_drill)
    assert page.last_drill.table.rowCount() == board.months[-1].received
