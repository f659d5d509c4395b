"""Printed forms of the desk (Mẫu 01–06, listing, guides, evaluation slip) rendered to PDF with reportlab."""

from desk_app.printing.render import FORMS, render_book, render_dossier_form, render_guide, render_listing

__all__ = ["FORMS", "render_book", "render_dossier_form", "render_guide", "render_listing"]
