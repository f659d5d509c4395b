"""Print preview: show a rendered PDF, send it to a printer or save a copy of it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

PRINT_DPI = 300


class PrintPreviewDialog(QDialog):
    """Modal preview of ``pdf_path`` with «In…», «Lưu PDF…» and «Đóng».

    ``ctx`` is the UiContext (kept for callers' convenience; the dialog only reads the file).
    """

    def __init__(self, ctx: Any, pdf_path: Path | str, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf_path = Path(pdf_path)
        self.setWindowTitle(title or self.tr("Xem trước bản in"))
        self.resize(820, 960)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)

        self.info = QLabel(self)
        self.info.setObjectName("previewInfo")
        self.print_button = QPushButton(self.tr("In…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(self.tr("Lưu PDF…"), self)
        self.save_button.setObjectName("saveButton")
        self.close_button = QPushButton(self.tr("Đóng"), self)
        self.close_button.setObjectName("closeButton")
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)

        buttons = QHBoxLayout()
        buttons.addWidget(self.info, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        root = QVBoxLayout(self)
        root.addWidget(self.view, 1)
        root.addLayout(buttons)

        self._load()

    # --- document ------------------------------------------------------------------------------
    def _load(self) -> None:
        error = self.document.load(str(self.pdf_path))
        ok = error == QPdfDocument.Error.None_ and self.document.pageCount() > 0
        self.print_button.setEnabled(ok)
        self.save_button.setEnabled(self.pdf_path.exists())
        if ok:
            text = self.tr("{n} trang — {name}")
            self.info.setText(text.format(n=self.document.pageCount(), name=self.pdf_path.name))
        else:
            self.info.setText(self.tr("Không mở được tệp PDF {name}.").format(name=self.pdf_path.name))

    def page_count(self) -> int:
        return self.document.pageCount()

    # --- actions ---------------------------------------------------------------------------------
    def print_document(self) -> None:
        if self.document.pageCount() <= 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In bản in"))
        dialog.setMinMax(1, self.document.pageCount())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except RuntimeError as exc:
            QMessageBox.warning(self, self.tr("Không in được"), str(exc))

    def _pages(self, printer: QPrinter) -> list[int]:
        n = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0 or last <= 0:
            first, last = 1, n
        return list(range(max(1, first) - 1, min(n, last)))

    def print_to(self, printer: QPrinter) -> int:
        """Paint the selected pages onto ``printer`` (each page rendered to an image); returns pages sent."""
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError(self.tr("Không mở được máy in."))
        sent = 0
        try:
            for i, index in enumerate(self._pages(printer)):
                if i:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                dpi = min(PRINT_DPI, printer.resolution())
                width, height = round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)
                image_size = QSize(max(1, width), max(1, height))
                image: QImage = self.document.render(index, image_size)
                target: QRect = painter.viewport()
                scaled = image_size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.save()
                painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
                painter.setWindow(image.rect())
                painter.drawImage(QPointF(0, 0), image)
                painter.restore()
                sent += 1
        finally:
            painter.end()
        return sent

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu PDF"), str(Path.home() / self.pdf_path.name), self.tr("Tệp PDF (*.pdf)")
        )
        if not target:
            return
        try:
            self.save_to(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), self.tr("Không lưu được tệp: {error}").format(
                error=exc.strerror or str(exc)))

    def save_to(self, target: Path | str) -> Path:
        dest = Path(target)
        if dest.suffix.lower() != ".pdf":
            dest = dest.with_name(dest.name + ".pdf")
        if dest.resolve() != self.pdf_path.resolve():
            shutil.copyfile(self.pdf_path, dest)
        return dest

    def done(self, result: int) -> None:
        self.document.close()
        super().done(result)
