"""Exports of the period report in the official layout (Biểu 06/VPCP/KSTT): Excel (.xlsx) and PDF."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

from desk_app.domain.errors import QT_TRANSLATE_NOOP
from desk_app.domain.model import OfficeProfile
from desk_app.domain.statistics import ReportRow, period_label

# Number and title are data: an office may override them (settings key "report_form") to match its
# province's current numbering (Circular 03/2025/TT-VPCP replaced the 2020 set).
REPORT_FORM = {
    "number": "Biểu số 06/VPCP/KSTT",
    "title": "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT "
             "THỦ TỤC HÀNH CHÍNH",
    "unit": "Đơn vị tính: Số hồ sơ TTHC.",
}

# The columns, each with its three heading levels (None: the cell above spans down). Equal
# neighbouring headings with the same parents merge across; the layout is easy to adjust here.
# Headings are marked for Qt's translation tools: the UI shows them through the "reports" context;
# the Excel and PDF exports stay in Vietnamese (the official form).
G_RECEIVED = QT_TRANSLATE_NOOP("reports", "Số hồ sơ nhận giải quyết")
G_RESULT = QT_TRANSLATE_NOOP("reports", "Kết quả giải quyết")
G_DONE = QT_TRANSLATE_NOOP("reports", "Số hồ sơ đã giải quyết")
G_PENDING = QT_TRANSLATE_NOOP("reports", "Số hồ sơ đang giải quyết")
G_EXTRA = QT_TRANSLATE_NOOP("reports", "Chỉ tiêu bổ sung")
H_TOTAL = QT_TRANSLATE_NOOP("reports", "Tổng số")
H_OF_WHICH = QT_TRANSLATE_NOOP("reports", "Trong đó")
H_LATE = QT_TRANSLATE_NOOP("reports", "Trả quá hạn")
H_DIGITIZED = QT_TRANSLATE_NOOP("reports", "Số hóa hồ sơ")
COLUMNS: tuple[tuple[str, tuple[str, str | None, str | None]], ...] = (
    ("stt", (QT_TRANSLATE_NOOP("reports", "STT"), None, None)),
    ("field", (QT_TRANSLATE_NOOP("reports", "Lĩnh vực giải quyết"), None, None)),
    ("received_total", (G_RECEIVED, H_TOTAL, None)),
    ("carried_over", (G_RECEIVED, H_OF_WHICH, QT_TRANSLATE_NOOP("reports", "Số kỳ trước chuyển qua"))),
    ("new_online", (G_RECEIVED, H_OF_WHICH, QT_TRANSLATE_NOOP("reports", "Số mới tiếp nhận trực tuyến"))),
    (
        "new_direct_postal",
        (G_RECEIVED, H_OF_WHICH, QT_TRANSLATE_NOOP("reports", "Số mới tiếp nhận trực tiếp hoặc qua bưu chính")),
    ),
    ("resolved_total", (G_RESULT, G_DONE, H_TOTAL)),
    ("resolved_early", (G_RESULT, G_DONE, QT_TRANSLATE_NOOP("reports", "Trả trước hạn"))),
    ("resolved_on_time", (G_RESULT, G_DONE, QT_TRANSLATE_NOOP("reports", "Trả đúng hạn"))),
    ("resolved_late", (G_RESULT, G_DONE, H_LATE)),
    ("pending_total", (G_RESULT, G_PENDING, H_TOTAL)),
    ("pending_not_due", (G_RESULT, G_PENDING, QT_TRANSLATE_NOOP("reports", "Trong hạn"))),
    ("pending_overdue", (G_RESULT, G_PENDING, QT_TRANSLATE_NOOP("reports", "Quá hạn"))),
    ("on_time_rate", (QT_TRANSLATE_NOOP("reports", "Tỷ lệ giải quyết đúng hạn (%)"), None, None)),
    ("late_with_apology", (G_EXTRA, H_LATE, QT_TRANSLATE_NOOP("reports", "Có văn bản xin lỗi"))),
    ("late_without_apology", (G_EXTRA, H_LATE, QT_TRANSLATE_NOOP("reports", "Không có văn bản xin lỗi"))),
    ("digitized", (G_EXTRA, H_DIGITIZED, QT_TRANSLATE_NOOP("reports", "Đã số hóa"))),
    ("not_digitized", (G_EXTRA, H_DIGITIZED, QT_TRANSLATE_NOOP("reports", "Chưa số hóa"))),
    ("withdrawn", (G_EXTRA, QT_TRANSLATE_NOOP("reports", "Rút hồ sơ"), None)),
)
HEADER_LEVELS = 3


def report_form(overrides: dict[str, str] | None = None) -> dict[str, str]:
    return {**REPORT_FORM, **{k: v for k, v in (overrides or {}).items() if k in REPORT_FORM and v}}


def header_merges() -> list[tuple[int, int, int, int, str]]:
    """(row, col, last_row, last_col, text) of every heading cell over the ``HEADER_LEVELS`` rows."""
    out: list[tuple[int, int, int, int, str]] = []
    levels = [heads for _, heads in COLUMNS]
    for level in range(HEADER_LEVELS):
        col = 0
        while col < len(levels):
            text = levels[col][level]
            if text is None:
                col += 1
                continue
            end = col
            while (end + 1 < len(levels) and levels[end + 1][level] == text
                   and levels[end + 1][:level] == levels[col][:level]):
                end += 1
            last_row = level
            while last_row + 1 < HEADER_LEVELS and all(levels[c][last_row + 1] is None for c in range(col, end + 1)):
                last_row += 1
            out.append((level, col, last_row, end, text))
            col = end + 1
    return out


def cell_value(row: ReportRow, key: str, number: int) -> Any:
    """What the layout shows in one cell: STT (the total has none), the field, a count or the rate (%)."""
    if key == "stt":
        return "" if row.is_total else number
    if key == "field":
        return row.field
    if key == "on_time_rate":
        rate = row.on_time_rate
        return None if rate is None else round(rate * 100, 2)
    return row.cell(key)


def table_values(rows: Sequence[ReportRow]) -> list[list[Any]]:
    return [[cell_value(r, key, i) for key, _ in COLUMNS] for i, r in enumerate(rows, start=1)]


def titles(office: OfficeProfile, date_from: dt.date, date_to: dt.date) -> tuple[str, str]:
    label = period_label(date_from, date_to)
    span = f"từ ngày {date_from:%d/%m/%Y} đến ngày {date_to:%d/%m/%Y}"
    period = f"Kỳ báo cáo: {label}" + ("" if label.startswith("Từ ngày") else f" ({span})")
    return period, f"Đơn vị báo cáo: {office.name or '…'}"


def default_filename(date_from: dt.date, date_to: dt.date, ext: str) -> str:
    return f"bao-cao-tthc-{date_from:%Y%m%d}-{date_to:%Y%m%d}.{ext}"


# ---------------------------------------------------------------------------------------- Excel


def write_xlsx(rows: Sequence[ReportRow], office: OfficeProfile, date_from: dt.date, date_to: dt.date,
               out: str | Path | BinaryIO, *, form: dict[str, str] | None = None) -> None:
    """The report as one worksheet with merged headings, ready to send upstream or print."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    spec = report_form(form)
    wb = Workbook()
    ws = wb.active
    ws.title = "Biểu 06"
    ncols = len(COLUMNS)
    last = get_column_letter(ncols)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    bold = Font(name="Times New Roman", bold=True, size=11)
    normal = Font(name="Times New Roman", size=11)
    period, unit_line = titles(office, date_from, date_to)

    def line(row: int, text: str, font: Font, align: str = "center") -> None:
        ws.merge_cells(f"A{row}:{last}{row}")
        c = ws.cell(row=row, column=1, value=text)
        c.font, c.alignment = font, Alignment(horizontal=align, vertical="center", wrap_text=True)

    ws.cell(row=1, column=ncols - 3, value=spec["number"]).font = bold
    ws.merge_cells(start_row=1, start_column=ncols - 3, end_row=1, end_column=ncols)
    ws.cell(row=1, column=1, value=(office.name or "").upper()).font = bold
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    line(3, spec["title"], Font(name="Times New Roman", bold=True, size=13))
    ws.row_dimensions[3].height = 36
    line(4, period, Font(name="Times New Roman", italic=True, size=11))
    line(5, unit_line, normal)
    line(6, spec["unit"], Font(name="Times New Roman", italic=True, size=10), align="right")
    top = 7
    for r in range(top, top + HEADER_LEVELS + 1):
        for c in range(1, ncols + 1):
            cell = ws.cell(row=r, column=c)
            cell.border, cell.alignment, cell.font = box, centre, bold
    for r0, c0, r1, c1, text in header_merges():
        ws.cell(row=top + r0, column=c0 + 1, value=text)
        if (r0, c0) != (r1, c1):
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
    numbers_row = top + HEADER_LEVELS
    for c in range(1, ncols + 1):
        cell = ws.cell(row=numbers_row, column=c, value=f"({c})")
        cell.font = Font(name="Times New Roman", italic=True, size=10)
    for i, values in enumerate(table_values(rows)):
        r = numbers_row + 1 + i
        is_total = rows[i].is_total
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            cell.border = box
            cell.font = bold if is_total else normal
            key = COLUMNS[c - 1][0]
            if key == "field":
                cell.alignment = Alignment(horizontal="left", vertical="center", wrap_text=True)
            else:
                cell.alignment = Alignment(horizontal="center", vertical="center")
            if key == "on_time_rate":
                cell.number_format = "0.00"
    ws.row_dimensions[top + 2].height = 60
    ws.column_dimensions["A"].width = 5
    ws.column_dimensions["B"].width = 28
    for c in range(3, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 11
    end = numbers_row + len(rows) + 2
    ws.cell(row=end, column=2, value="NGƯỜI LẬP BIỂU").font = bold
    ws.cell(row=end, column=ncols - 4, value="THỦ TRƯỞNG ĐƠN VỊ").font = bold
    ws.freeze_panes = ws.cell(row=numbers_row + 1, column=3)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{top}:{numbers_row}"
    wb.properties.title = f"{spec['number']} – {period}"
    wb.properties.creator = "Một Cửa Desk"
    wb.save(out)


# ------------------------------------------------------------------------------------------ PDF


def write_pdf(rows: Sequence[ReportRow], office: OfficeProfile, date_from: dt.date, date_to: dt.date,
              out: str | Path | BinaryIO, *, form: dict[str, str] | None = None, today: dt.date | None = None) -> None:
    """The report on A4 landscape with the national header, through the printing toolkit."""
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from desk_app.printing import toolkit as tk

    spec = report_form(form)
    page = tk.page_spec("A4-landscape")
    st = tk.styles(page.font_size)
    period, unit_line = titles(office, date_from, date_to)
    story: list[Any] = [tk.top_labels("", spec["number"], page)]
    story += tk.national_header(office, page, date=today or dt.date.today(), section="")
    story.append(Paragraph(tk.esc(spec["title"]), st.title))
    story.append(Paragraph(tk.esc(period), st.centre_italic))
    story.append(Paragraph(tk.esc(unit_line), st.centre))
    story.append(Paragraph(tk.esc(spec["unit"]), ParagraphStyle("unit", parent=st.right_italic, fontSize=st.size * 0.8)))
    story.append(Spacer(1, 2 * tk.mm))

    size = 7.2
    head = ParagraphStyle("rh", fontName=tk.FONT_BOLD, fontSize=size, leading=size * 1.15, alignment=TA_CENTER)
    num = ParagraphStyle("rn", fontName=tk.FONT, fontSize=size + 0.8, leading=(size + 0.8) * 1.2, alignment=TA_CENTER)
    num_bold = ParagraphStyle("rnb", parent=num, fontName=tk.FONT_BOLD)
    left = ParagraphStyle("rl", parent=num, alignment=TA_LEFT)
    left_bold = ParagraphStyle("rlb", parent=left, fontName=tk.FONT_BOLD)
    ncols = len(COLUMNS)
    grid: list[list[Any]] = [[""] * ncols for _ in range(HEADER_LEVELS)]
    commands: list[tuple[Any, ...]] = []
    for r0, c0, r1, c1, text in header_merges():
        grid[r0][c0] = Paragraph(tk.esc(text), head)
        if (r0, c0) != (r1, c1):
            commands.append(("SPAN", (c0, r0), (c1, r1)))
    grid.append([Paragraph(f"<i>({c})</i>", head) for c in range(1, ncols + 1)])
    for i, values in enumerate(table_values(rows)):
        total = rows[i].is_total
        line = []
        for (key, _), value in zip(COLUMNS, values, strict=True):
            text = "" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))
            style = (left_bold if total else left) if key == "field" else (num_bold if total else num)
            line.append(Paragraph(tk.esc(text), style))
        grid.append(line)
    width = page.frame_width
    widths = [8 * tk.mm, 34 * tk.mm]
    rest = (width - sum(widths)) / (ncols - 2)
    widths += [rest] * (ncols - 2)
    table = Table(grid, colWidths=widths, repeatRows=HEADER_LEVELS + 1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        *commands,
    ]))
    story.append(table)
    story.append(Spacer(1, 5 * tk.mm))
    story.append(tk.signature_block([tk.sign_here("NGƯỜI LẬP BIỂU"), None, tk.sign_here("THỦ TRƯỞNG ĐƠN VỊ",
                                                                                          hint="(Ký, ghi rõ họ tên, đóng dấu)")],
                                    page))
    _build(out, story, page, title=f"{spec['number']} – {period}")


def _build(out: str | Path | BinaryIO, story: list[Any], page: Any, *, title: str) -> None:
    # Built here with the toolkit's fonts and header rather than its document builder, whose
    # interface is still moving; page numbers at the foot of every page.
    from reportlab.platypus import SimpleDocTemplate

    from desk_app.printing import toolkit as tk

    tk.register_fonts()

    def number(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(tk.FONT_ITALIC, 7)
        canvas.drawCentredString(page.width / 2, min(page.bottom * 0.45, 5 * tk.mm), f"Trang {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out) if isinstance(out, Path) else out, pagesize=(page.width, page.height),
                            leftMargin=page.left, rightMargin=page.right, topMargin=page.top,
                            bottomMargin=page.bottom, title=title, author="Một Cửa Desk", creator="Một Cửa Desk")
    doc.build(story, onFirstPage=number, onLaterPages=number)
