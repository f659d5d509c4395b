"""The print preview dialog shows a rendered form, can save a copy and paint pages to a (PDF) printer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from desk_app.domain.model import Applicant
from desk_app.services.dossiers import ReceiveRequest
from desk_app.ui.print_preview import PrintPreviewDialog

APPLICANT = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Ấp 2", "0912345678")


def test_preview_opens_rendered_pdf(qtbot, ctx, services, clerk, tmp_path: Path) -> None:  # noqa: ANN001
    d = services.dossiers.receive(clerk, ReceiveRequest("1.004873", APPLICANT))
    pdf = services.printing.print_form(clerk, d.code, "receipt")
    dialog = PrintPreviewDialog(ctx, pdf, "Giấy tiếp nhận", None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.document.pageCount() > 0
    assert dialog.print_button.isEnabled()
    saved = dialog.save_to(tmp_path / "copy")
    assert saved.name == "copy.pdf" and saved.read_bytes() == pdf.read_bytes()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.document.pageCount()
    assert (tmp_path / "printed.pdf").stat().st_size > 0
    dialog.close_button.click()
    assert not dialog.isVisible()
