"""`idguide exam ...`, `idguide handout`, `idguide workshop ...`: officers' and trainers' work."""

from __future__ import annotations

import argparse
from pathlib import Path

from idguide.catalog.examinations import exams
from idguide.catalog.examinations.export import export_examination
from idguide.catalog.training import workshops
from idguide.catalog.training.handout import make_handout
from idguide.cli import _open, _print_json, _progress, add_command, add_json


def register(sub: argparse._SubParsersAction) -> None:
    """Add the examination, handout and workshop commands to the top-level command list."""
    _register_exam(sub)
    p = add_command(
        sub,
        "handout",
        "print product sheets to a PDF for a workshop (pictures, features...)",
        cmd_handout,
    )
    p.add_argument("ids", nargs="*", metavar="ID", help="product ids, in the order to print")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="the PDF file to write"
    )
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (a4)")
    p.add_argument("--lang", help="language of the texts, e.g. fr (falls back per entry)")
    p.add_argument(
        "--workshop",
        type=int,
        metavar="WID",
        help="also print every product of this workshop set, in its order",
    )
    _register_workshop(sub)


def _register_exam(sub: argparse._SubParsersAction) -> None:
    group = add_command(sub, "exam", "record examinations of suspect items and export them")
    gsub = group.add_subparsers(dest="exam_command", metavar="COMMAND")
    p = add_command(gsub, "new", "start an examination of a product; prints its id", cmd_exam_new)
    p.add_argument("product_id", metavar="PRODUCT_ID", help="the product the item claims to be")
    _exam_fields(p)
    p.add_argument(
        "--photo",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="attach a photo (JPEG, PNG or WEBP; metadata is removed); repeatable",
    )
    add_json(add_command(gsub, "list", "list your examinations, latest first", cmd_exam_list))
    p = add_command(gsub, "show", "show an examination with its checklist", cmd_exam_show)
    p.add_argument("id", type=int, help="the examination id, as printed by `exam list`")
    add_json(p)
    p = add_command(
        gsub, "update", "change an examination's verdict, notes or case data", cmd_exam_update
    )
    p.add_argument("id", type=int, help="the examination id")
    _exam_fields(p)
    p = add_command(
        gsub, "check", "record what you found for one feature of the checklist", cmd_exam_check
    )
    p.add_argument("id", type=int, help="the examination id")
    p.add_argument("number", type=int, help="the feature number")
    p.add_argument("result", choices=exams.RESULTS, help="what you found")
    p.add_argument("--comment", help="your comment on this feature")
    p = add_command(
        gsub, "photo", "attach a photo to an examination (metadata removed)", cmd_exam_photo
    )
    p.add_argument("id", type=int, help="the examination id")
    p.add_argument("file", type=Path, help="a JPEG, PNG or WEBP photo")
    p.add_argument("--caption", default="", help="what the photo shows")
    p = add_command(
        gsub,
        "export",
        "write a verification request (PDF, JSON, photos) to a folder",
        cmd_exam_export,
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
    p = add_command(gsub, "delete", "delete an examination and its photos", cmd_exam_delete)
    p.add_argument("id", type=int, help="the examination id")


def _exam_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--verdict", choices=exams.VERDICTS, help="your overall verdict")
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
        "--origin", dest="declared_origin", metavar="COUNTRY", help="declared origin of the goods"
    )


def _register_workshop(sub: argparse._SubParsersAction) -> None:
    group = add_command(sub, "workshop", "build and share trainers' workshop sets")
    gsub = group.add_subparsers(dest="workshop_command", metavar="COMMAND")
    add_json(add_command(gsub, "list", "list your workshop sets", cmd_workshop_list))
    p = add_command(gsub, "new", "create a workshop set; prints its id", cmd_workshop_new)
    p.add_argument("title", help="the workshop's title")
    p.add_argument("ids", nargs="*", metavar="ID", help="product ids, in order")
    p = add_command(gsub, "show", "show a workshop set's products in order", cmd_workshop_show)
    p.add_argument("id", type=int, help="the workshop id")
    add_json(p)
    p = add_command(
        gsub, "export", "save a workshop set as a .idgw file to share", cmd_workshop_export
    )
    p.add_argument("id", type=int, help="the workshop id")
    p.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.idgw", help="the file to write"
    )
    p = add_command(gsub, "import", "add a workshop set from a .idgw file", cmd_workshop_import)
    p.add_argument("file", type=Path, help="the .idgw file")
    add_json(p)
    p = add_command(gsub, "delete", "delete a workshop set", cmd_workshop_delete)
    p.add_argument("id", type=int, help="the workshop id")


# -- examinations --------------------------------------------------------------------------------

_FIELDS = ("verdict", "notes", "case_ref", "place", "examined_on", "quantity", "declared_origin")


def _given(args: argparse.Namespace) -> dict[str, object]:
    return {name: getattr(args, name) for name in _FIELDS if getattr(args, name) is not None}


def cmd_exam_new(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        exam = exams.new_examination(cat, args.product_id, photos=args.photo, **_given(args))
    print(exam.id)
    return 0


def cmd_exam_list(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        rows = exams.list_examinations(cat)
    if args.json:
        _print_json([row.as_dict() for row in rows])
        return 0
    for row in rows:
        flag = f"  ({row.product_status})" if row.product_status != "current" else ""
        case = f"  case {row.case_ref}" if row.case_ref else ""
        print(f"{row.id:>5}  {row.examined_on:<10}  {row.verdict:<14}  {row.title}{case}{flag}")
    return 0


def cmd_exam_show(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        exam = exams.get_examination(cat, args.id)
    if args.json:
        _print_json(_exam_dict(exam))
        return 0
    print(f"Examination {exam.id}: {exam.title()}  [{exam.product_id}]")
    if exam.status_message():
        print(exam.status_message())
    print(f"Verdict: {exam.verdict}")
    for label, value in (
        ("Case", exam.case_ref),
        ("Place", exam.place),
        ("Date", exam.examined_on),
        ("Quantity", "" if exam.quantity is None else str(exam.quantity)),
        ("Declared origin", exam.declared_origin),
    ):
        if value:
            print(f"{label}: {value}")
    print("Checklist:")
    for check in exam.checks:
        comment = f" - {check.comment}" if check.comment else ""
        print(f"  {check.number}. {exam.feature_title(check)}: {check.result}{comment}")
    print(f"Photos: {len(exam.photos)}")
    if exam.notes:
        print(f"Notes: {exam.notes}")
    return 0


def _exam_dict(exam: exams.Examination) -> dict:
    return {
        "id": exam.id,
        "uid": exam.uid,
        "product_id": exam.product_id,
        "title": exam.title(),
        "product_status": exam.product_status,
        "verdict": exam.verdict,
        "case_ref": exam.case_ref,
        "place": exam.place,
        "examined_on": exam.examined_on,
        "quantity": exam.quantity,
        "declared_origin": exam.declared_origin,
        "notes": exam.notes,
        "created_at": exam.created_at,
        "updated_at": exam.updated_at,
        "checklist": [
            {
                "number": c.number,
                "title": exam.feature_title(c),
                "result": c.result,
                "comment": c.comment,
            }
            for c in exam.checks
        ],
        "photos": [{"sha256": p.sha256, "caption": p.caption} for p in exam.photos],
    }


def cmd_exam_update(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        exams.update_examination(cat, args.id, **_given(args))
    print(f"Examination {args.id} saved.")
    return 0


def cmd_exam_check(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        exams.set_check(cat, args.id, args.number, args.result, args.comment)
    print(f"Examination {args.id}, feature {args.number}: {args.result}.")
    return 0


def cmd_exam_photo(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        photo = exams.add_photo(cat, args.id, args.file, args.caption)
    print(f"Photo attached ({photo.width}x{photo.height}, sha256 {photo.sha256[:12]}).")
    return 0


def cmd_exam_export(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        pdf, data = export_examination(cat, args.id, args.output, args.lang)
    print(pdf)
    print(data)
    return 0


def cmd_exam_delete(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        exams.delete_examination(cat, args.id)
    print(f"Examination {args.id} deleted.")
    return 0


# -- handouts and workshops -----------------------------------------------------------------------


def cmd_handout(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        ids = list(args.ids)
        if args.workshop is not None:
            ids += workshops.get_workshop(cat, args.workshop).product_ids
        path = make_handout(cat, ids, args.output, args.paper, args.lang, _progress())
    print(path)
    return 0


def cmd_workshop_list(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        rows = workshops.list_workshops(cat)
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:>5}  {row['title']}  ({row['items']} products)")
    return 0


def cmd_workshop_new(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        workshop = workshops.create_workshop(cat, args.title, args.ids)
    print(workshop.id)
    return 0


def cmd_workshop_show(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        workshop = workshops.get_workshop(cat, args.id)
    if args.json:
        _print_json(
            {
                "id": workshop.id,
                "title": workshop.title,
                "items": [workshops.item_dict(item) for item in workshop.items],
            }
        )
        return 0
    print(f"Workshop {workshop.id}: {workshop.title}")
    for number, item in enumerate(workshop.items, 1):
        flag = f"  ({item.status})" if item.status != "current" else ""
        print(f"  {number}. {item.label}  [{item.product_id}]{flag}")
        if item.notes:
            print(f"     {item.notes}")
    return 0


def cmd_workshop_export(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        path = workshops.export_workshop(cat, args.id, args.output)
    print(path)
    return 0


def cmd_workshop_import(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        result = workshops.import_workshop(cat, args.file)
    missing = [item.product_id for item in result.missing]
    if args.json:
        _print_json({"id": result.workshop.id, "title": result.workshop.title, "missing": missing})
        return 0
    print(f"Workshop {result.workshop.id} imported: {result.workshop.title}")
    for item in result.missing:
        print(f"  not in this catalogue: {item.label or item.product_id} [{item.product_id}]")
    return 0


def cmd_workshop_delete(args: argparse.Namespace) -> int:
    with _open(args) as cat:
        workshops.delete_workshop(cat, args.id)
    print(f"Workshop {args.id} deleted.")
    return 0
