"""The printing entry point: render a dossier's form, the tracking book, the catalog listing or a guide to PDF."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Mapping, Sequence

from reportlab.platypus import Flowable

from desk_app.domain.model import Dossier, OfficeProfile, Procedure
from desk_app.printing import apology, book, control, evaluation, guide, listing, receipt, refusal, supplement
from desk_app.printing.document import Out, Part, PrintOptions, build_pdf
from desk_app.printing.forms_config import FormsConfig, FormSpec, default_forms_config
from desk_app.printing.toolkit import FormContext, PageSpec, page_spec

FORMS = ("receipt", "supplement", "refusal", "apology", "control")
# Forms 01–03 are handed to the applicant with a satisfaction slip (when the office wants one).
WITH_EVALUATION = frozenset({"receipt", "supplement", "refusal"})

PartsBuilder = Callable[[Dossier, Procedure, OfficeProfile, FormSpec, FormContext], list[Part]]
StoryBuilder = Callable[[Dossier, Procedure, OfficeProfile, PageSpec, FormSpec, FormContext], list[Flowable]]


def _single(build: StoryBuilder) -> PartsBuilder:
    def parts(d: Dossier, p: Procedure, o: OfficeProfile, spec: FormSpec, ctx: FormContext) -> list[Part]:
        return [Part(lambda page: build(d, p, o, page, spec, ctx), one_page=True)]

    return parts


_BUILDERS: dict[str, PartsBuilder] = {
    "receipt": receipt.receipt_parts,
    "supplement": _single(supplement.supplement_story),
    "refusal": _single(refusal.refusal_story),
    "apology": _single(apology.apology_story),
    "control": _single(control.control_story),
}


def render_dossier_form(
    form: str,
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    out: Out,
    *,
    copy: bool = False,
    page_size: str | None = None,
    printed_by: str = "",
    forms: FormsConfig | None = None,
    evaluation_slip: bool | None = None,
    user_names: Mapping[str, str] | None = None,
) -> None:
    """Render form ``form`` (one of ``FORMS``) for ``dossier`` to ``out`` (a path or a binary file).

    ``copy`` marks a reprint ("IN LẠI – BẢN SAO"); ``page_size`` overrides the form's default
    (``A5``, ``A4``, ``roll80``…); ``forms`` is the office's forms configuration (numbers,
    titles); ``evaluation_slip`` overrides ``office.evaluation_slip`` for forms 01–03;
    ``user_names`` maps the user names stored in events to full names for signature lines and
    the control sheet.
    """
    if form not in _BUILDERS:
        raise ValueError(f"unknown form {form!r}; expected one of {', '.join(FORMS)}")
    config = forms or default_forms_config()
    spec = config[form]
    page = page_spec(page_size or spec.page_size)
    ctx = FormContext(copy=copy, printed_by=printed_by, user_names=dict(user_names or {}))
    parts = _BUILDERS[form](dossier, procedure, office, spec, ctx)
    wants_slip = office.evaluation_slip if evaluation_slip is None else evaluation_slip
    if form in WITH_EVALUATION and wants_slip:
        slip_spec = config["evaluation"]
        parts.append(Part(lambda p: evaluation.evaluation_story(dossier, office, p, slip_spec), one_page=True))
    options = PrintOptions(
        copy=copy, printed_by=printed_by, footer=f"Mã hồ sơ: {dossier.code}", title=f"{spec.title} – {dossier.code}"
    )
    build_pdf(out, parts, page, options)


def render_book(
    dossiers: Sequence[Dossier],
    office: OfficeProfile,
    date_from: dt.date,
    date_to: dt.date,
    out: Out,
    *,
    page_size: str | None = None,
    forms: FormsConfig | None = None,
    user_names: Mapping[str, str] | None = None,
) -> None:
    """Mẫu 06 — the tracking book for dossiers received between ``date_from`` and ``date_to``.

    Rows follow the order of ``dossiers`` (the caller sorts them by book number).
    """
    spec = (forms or default_forms_config())["book"]
    page = page_spec(page_size or spec.page_size)
    names = user_names or {}
    part = Part(lambda p: book.book_story(dossiers, office, date_from, date_to, p, spec, user_names=names))
    build_pdf(out, [part], page, PrintOptions(page_numbers=True, title=spec.title))


def render_listing(
    procedures: Sequence[Procedure],
    office: OfficeProfile,
    out: Out,
    *,
    page_size: str | None = None,
    forms: FormsConfig | None = None,
) -> None:
    """The public listing booklet of the office's procedure catalog."""
    spec = (forms or default_forms_config())["listing"]
    page = page_spec(page_size or spec.page_size)
    part = Part(lambda p: listing.listing_story(procedures, office, p, spec))
    build_pdf(out, [part], page, PrintOptions(page_numbers=True, title=spec.title))


def _guide_page(procedure: Procedure, office: OfficeProfile, spec: FormSpec, page: PageSpec) -> list[Flowable]:
    return guide.guide_story(procedure, office, page, spec)


def render_guide(
    procedure: Procedure | Sequence[Procedure],
    office: OfficeProfile,
    out: Out,
    *,
    page_size: str | None = None,
    forms: FormsConfig | None = None,
) -> None:
    """One page per procedure telling the applicant what to bring (several procedures: one page each)."""
    spec = (forms or default_forms_config())["guide"]
    page = page_spec(page_size or spec.page_size)
    procedures = [procedure] if isinstance(procedure, Procedure) else list(procedure)
    parts = [Part(functools.partial(_guide_page, item, office, spec)) for item in procedures]
    build_pdf(out, parts, page, PrintOptions(title=spec.title))
