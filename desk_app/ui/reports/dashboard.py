"""The leaders' dashboard: received and on-time rate by month, overdue by field and by handler, satisfaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desk_app.domain.errors import QT_TRANSLATE_NOOP
from desk_app.services.reports import Dashboard

# Translated at display time with ``DashboardView.tr``.
SATISFACTION_LABELS = {"satisfied": QT_TRANSLATE_NOOP("DashboardView", "Hài lòng"),
                       "acceptable": QT_TRANSLATE_NOOP("DashboardView", "Chấp nhận được"),
                       "not_satisfied": QT_TRANSLATE_NOOP("DashboardView", "Không hài lòng"),
                       "not_rated": QT_TRANSLATE_NOOP("DashboardView", "Chưa đánh giá")}

# (what, key, label) of a clicked point, handed to the page for drill-down.
DrillHandler = Callable[[str, object, str], None]


def _view(chart: QChart, name: str) -> QChartView:
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


class DashboardView(QWidget):
    """Four charts; clicking a bar or slice asks the page for the dossiers behind it."""

    def __init__(self, on_drill: DrillHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_drill = on_drill
        self.data: Dashboard | None = None
        self.layout_ = QGridLayout(self)
        self.caption = QLabel()
        self.layout_.addWidget(self.caption, 0, 0, 1, 2)
        self.views: dict[str, QChartView] = {}

    def show_data(self, board: Dashboard) -> None:
        self.data = board
        self.caption.setText(self.tr("Số liệu đến ngày %1 (bấm vào cột hoặc lát để xem hồ sơ)").replace(
            "%1", board.as_of.strftime("%d/%m/%Y")))
        for view in self.views.values():
            self.layout_.removeWidget(view)
            view.deleteLater()
        self.views = {
            "monthly": _view(self._monthly(board), "chart_monthly"),
            "overdue_field": _view(self._overdue("field", board.overdue_by_field), "chart_overdue_field"),
            "overdue_holder": _view(self._overdue("holder", [(u, name, n) for u, name, n in board.overdue_by_holder]),
                                    "chart_overdue_holder"),
            "satisfaction": _view(self._satisfaction(board), "chart_satisfaction"),
        }
        for view, (row, col) in zip(self.views.values(), ((1, 0), (1, 1), (2, 0), (2, 1)), strict=True):
            self.layout_.addWidget(view, row, col)

    def _monthly(self, board: Dashboard) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Hồ sơ tiếp nhận mới và tỷ lệ đúng hạn theo tháng"))
        received = QBarSet(self.tr("Tiếp nhận mới"))
        rate = QLineSeries()
        rate.setName(self.tr("Tỷ lệ đúng hạn (%)"))
        labels = []
        for i, p in enumerate(board.months):
            received.append(p.received)
            rate.append(i, round((p.on_time_rate or 0) * 100, 1))
            labels.append(p.month.strftime("%m/%y"))
        bars = QBarSeries()
        bars.append(received)
        bars.clicked.connect(lambda index, _set: self.on_drill("month", board.months[index].month, labels[index]))
        chart.addSeries(bars)
        chart.addSeries(rate)
        axis_x = QBarCategoryAxis()
        axis_x.append(labels)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_n = QValueAxis()
        axis_n.setLabelFormat("%d")
        axis_n.setRange(0, max([p.received for p in board.months] + [1]) * 1.1)
        chart.addAxis(axis_n, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_n)
        axis_r = QValueAxis()
        axis_r.setRange(0, 100)
        axis_r.setLabelFormat("%d%%")
        chart.addAxis(axis_r, Qt.AlignmentFlag.AlignRight)
        rate.attachAxis(axis_x)
        rate.attachAxis(axis_r)
        return chart

    def _overdue(self, what: str, items: list) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Hồ sơ quá hạn theo lĩnh vực") if what == "field"
                       else self.tr("Hồ sơ quá hạn theo người đang giữ"))
        bar_set = QBarSet(self.tr("Quá hạn"))
        labels = []
        keys: list[object] = []
        for item in items:
            if what == "field":
                key, label, n = item[0], item[0], item[1]
            else:
                key, label, n = item[0], item[1], item[2]
            bar_set.append(n)
            labels.append(label)
            keys.append(key)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.clicked.connect(lambda index, _set: self.on_drill(f"overdue_{what}", keys[index], labels[index]))
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(labels or [self.tr("(không có)")])
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        chart.legend().hide()
        return chart

    def _satisfaction(self, board: Dashboard) -> QChart:
        chart = QChart()
        chart.setTitle(self.tr("Mức độ hài lòng (hồ sơ đã trả trong 12 tháng)"))
        pie = QPieSeries()
        for key, n in board.satisfaction.items():
            if n:
                label = self.tr(SATISFACTION_LABELS[key]) if key in SATISFACTION_LABELS else key
                s = pie.append(f"{label}: {n}", n)
                s.clicked.connect(lambda k=key, lb=label: self.on_drill("satisfaction", k, lb))
        chart.addSeries(pie)
        return chart


def month_end(start: dt.date) -> dt.date:
    nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)
