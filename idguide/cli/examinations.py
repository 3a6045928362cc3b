"""The officer's examinations of suspect items: ``idguide exam ...``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from idguide.catalog import i18n
from idguide.catalog.examinations import FIELDS, RESULTS, UNITS, VERDICTS
from idguide.catalog.i18n import N_, gettext
from idguide.cli.common import (
    Commands,
    add_command,
    add_group,
    add_json,
    json_or_text,
    open_catalog,
)

if TYPE_CHECKING:
    from idguide.catalog.examinations import Examination, ExamSummary
    from idguide.catalog.model import Alert


def register(sub: Commands) -> None:
    group = add_group(sub, "exam", "record examinations of suspect items and export them")
    p = add_command(group, "new", "start an examination of a product; prints its id", new)
    p.add_argument("product_id", metavar="PRODUCT_ID", help="the product the item claims to be")
    _fields(p)
    p.add_argument(
        "--photo",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="attach a photo (JPEG, PNG or WEBP; metadata is removed); repeatable",
    )
    add_json(add_command(group, "list", "list your examinations, latest first", listing))
    p = add_command(group, "show", "show an examination with its checklist", show)
    p.add_argument("id", type=int, help="the examination id, as printed by `exam list`")
    add_json(p)
    p = add_command(group, "update", "change an examination's verdict, notes or case data", update)
    p.add_argument("id", type=int, help="the examination id")
    _fields(p)
    p = add_command(group, "check", "record what you found for one feature of the checklist", check)
    p.add_argument("id", type=int, help="the examination id")
    p.add_argument("number", type=int, help="the feature number")
    p.add_argument("result", choices=RESULTS, help="what you found")
    p.add_argument("--comment", help="your comment on this feature")
    p = add_command(group, "photo", "attach a photo to an examination (metadata removed)", photo)
    p.add_argument("id", type=int, help="the examination id")
    p.add_argument("file", type=Path, help="a JPEG, PNG or WEBP photo")
    p.add_argument("--caption", default="", help="what the photo shows")
    p = add_command(
        group, "export", "write a verification request (PDF, JSON, photos) to a folder", export
    )
    p.add_argument("id", type=int, help="the examination id")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DIR",
        help="the folder to write into (created if missing)",
    )
    p.add_argument("--lang", help="language of product and feature texts, e.g. es")
    p = add_command(group, "delete", "delete an examination and its photos", delete)
    p.add_argument("id", type=int, help="the examination id")


def _fields(p: argparse.ArgumentParser) -> None:
    """The examination's own fields; the core checks what is typed (e.g. the date)."""
    p.add_argument("--verdict", choices=VERDICTS, help="your overall verdict")
    p.add_argument("--note", dest="notes", metavar="TEXT", help="your notes")
    p.add_argument("--case", dest="case_ref", metavar="REF", help="case or seizure reference")
    p.add_argument("--place", help="where the item was examined")
    p.add_argument(
        "--date",
        dest="examined_on",
        metavar="YYYY-MM-DD",
        help="day of the examination (default today)",
    )
    p.add_argument("--quantity", type=int, help="number of items concerned")
    p.add_argument(
        "--unit",
        dest="quantity_unit",
        metavar="UNIT",
        help=f"what the quantity counts, e.g. {', '.join(UNITS[:5])}",
    )
    p.add_argument(
        "--origin", dest="declared_origin", metavar="COUNTRY", help="declared origin of the goods"
    )
    p.add_argument("--lot", dest="lot_code", metavar="CODE", help="the lot code on the label")
    p.add_argument(
        "--officer", dest="requester_name", metavar="NAME", help="who asks for the verification"
    )
    p.add_argument("--agency", dest="requester_agency", metavar="NAME", help="the officer's agency")
    p.add_argument(
        "--office", dest="requester_office", metavar="NAME", help="the officer's office or post"
    )
    p.add_argument(
        "--reply-to",
        dest="requester_contact",
        metavar="CONTACT",
        help="e-mail or phone for the reply",
    )


def _given(args: argparse.Namespace) -> dict[str, object]:
    # the scanned codes come from a scan (the app's), not from an option
    given = {name: getattr(args, name, None) for name in FIELDS}
    return {name: value for name, value in given.items() if value is not None}


def new(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import new_examination

    with open_catalog(args) as cat:
        exam = new_examination(cat, args.product_id, photos=args.photo, **_given(args))
    if exam.product_status == "withdrawn":
        print(
            gettext(
                "Warning: {product_id} has been withdrawn by its publisher (or its publisher "
                "revoked): the examination compares the item with an entry no longer in force."
            ).format(product_id=args.product_id),
            file=sys.stderr,
        )
    print(exam.id)
    return 0


def listing(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import list_examinations

    with open_catalog(args) as cat:
        rows = list_examinations(cat)
    return json_or_text(args.json, [row.as_dict() for row in rows], map(_summary, rows))


# the state of an examination's entry, as the list flags it (the JSON keeps the code)
PRODUCT_STATUS = {
    "updated": N_("(updated)"),
    "withdrawn": N_("(withdrawn)"),
    "removed": N_("(removed)"),
}


def _summary(row: ExamSummary) -> str:
    status = PRODUCT_STATUS.get(row.product_status)
    flag = "  " + gettext(status) if status else ""
    case = "  " + gettext("case {case_ref}").format(case_ref=row.case_ref) if row.case_ref else ""
    verdict = i18n.word(i18n.VERDICTS, row.verdict).ljust(_verdict_width())
    return f"{row.id:>5}  {row.examined_on:<10}  {verdict}  {row.title}{case}{flag}"


def _verdict_width() -> int:
    """The column of verdicts as wide as the longest in the language shown."""
    return max(len(i18n.word(i18n.VERDICTS, code)) for code in i18n.VERDICTS)


def show(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import get_examination, quoted_alerts

    with open_catalog(args) as cat:
        exam = get_examination(cat, args.id)
        alerts = quoted_alerts(cat, exam)
    return json_or_text(args.json, exam.as_dict(), _exam_lines(exam, alerts))


def _exam_lines(exam: Examination, alerts: list[Alert]) -> Iterator[str]:
    """The examination as text, in the command line's language (its locale)."""
    yield gettext("Examination {id}: {title}  [{product_id}]").format(
        id=exam.id, title=exam.title(), product_id=exam.product_id
    )
    if exam.status_message():
        yield exam.status_message()
    yield gettext("Verdict: {verdict}").format(verdict=i18n.word(i18n.VERDICTS, exam.verdict))
    who = ", ".join(part for part in exam.requested_by().values() if part)
    for label, value in (
        (N_("Case: {value}"), exam.case_ref),
        (N_("Place: {value}"), exam.place),
        (N_("Date: {value}"), exam.examined_on),
        (N_("Quantity: {value}"), exam.quantity_text()),
        (N_("Declared origin: {value}"), exam.declared_origin),
        (N_("Lot code: {value}"), _lot_line(exam, alerts)),
        (N_("Requested by: {value}"), who),
    ):
        if value:
            yield gettext(label).format(value=value)
    alert_word = gettext("ALERT")
    for alert in alerts:
        yield f"{alert_word} {alert.issued}: {exam.text(alert.title)}"
    yield gettext("Checklist:")
    for check in exam.checks:
        comment = f" - {check.comment}" if check.comment else ""
        found = i18n.word(i18n.RESULTS, check.result)
        yield f"  {check.number}. {exam.feature_title(check)}: {found}{comment}"
    yield gettext("Photos: {count}").format(count=len(exam.photos))
    if exam.notes:
        yield gettext("Notes: {notes}").format(notes=exam.notes)


def _lot_line(exam: Examination, alerts: list[Alert]) -> str:
    named = [exam.text(a.title) for a in alerts if exam.lot_code and a.names_lot(exam.lot_code)]
    if not named:
        return exam.lot_code
    text = gettext("{lot_code} (named in the alert {alerts})")
    return text.format(lot_code=exam.lot_code, alerts="; ".join(named))


def update(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import update_examination

    with open_catalog(args) as cat:
        update_examination(cat, args.id, **_given(args))
    print(gettext("Examination {id} saved.").format(id=args.id))
    return 0


def check(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import set_check

    with open_catalog(args) as cat:
        set_check(cat, args.id, args.number, args.result, args.comment)
    found = i18n.word(i18n.RESULTS, args.result)
    print(
        gettext("Examination {id}, feature {number}: {result}.").format(
            id=args.id, number=args.number, result=found
        )
    )
    return 0


def photo(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import add_photo

    with open_catalog(args) as cat:
        added = add_photo(cat, args.id, args.file, args.caption)
    print(
        gettext("Photo attached ({width}x{height}, sha256 {sha256}).").format(
            width=added.width, height=added.height, sha256=added.sha256[:12]
        )
    )
    return 0


def export(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import export_examination

    with open_catalog(args) as cat:
        pdf, data = export_examination(cat, args.id, args.output, args.lang)
    print(pdf)
    print(data)
    return 0


def delete(args: argparse.Namespace) -> int:
    from idguide.catalog.examinations import delete_examination

    with open_catalog(args) as cat:
        delete_examination(cat, args.id)
    print(gettext("Examination {id} deleted.").format(id=args.id))
    return 0
