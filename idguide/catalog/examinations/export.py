"""A verification request for the rights holder: a PDF, a JSON file and the photos.

The JSON follows ``idguide/catalog/schemas/examination.schema.json`` (documented in
docs/examination-format.md); it names each photo file written beside it with its sha256, so the
receiver can check that nothing was altered on the way.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib.resources import files
from pathlib import Path

from idguide import __version__
from idguide.catalog.errors import IdguideError
from idguide.catalog.examinations.exams import Examination, get_examination, photo_bytes
from idguide.catalog.model import Contact
from idguide.catalog.pdf import Document, printable, save
from idguide.catalog.read import get_publisher
from idguide.catalog.store import Catalog
from idguide.catalog.training.handout import contact_line
from idguide.catalog.write import now

FORMAT = "idguide-examination"
FORMAT_VERSION = 1
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
VERDICT_TEXT = {
    "likely-genuine": "Likely genuine",
    "suspected": "Suspected counterfeit",
    "undetermined": "Undetermined",
}
RESULT_TEXT = {
    "unchecked": "not checked",
    "as-genuine": "as genuine",
    "differs": "DIFFERS",
    "cannot-tell": "cannot tell",
}
_VERDICT_RGB = {
    "likely-genuine": (30, 120, 60),
    "suspected": (180, 20, 20),
    "undetermined": (90, 90, 90),
}


def schema() -> dict:
    """The JSON Schema of the exported document (shipped inside the package)."""
    text = files("idguide.catalog").joinpath("schemas/examination.schema.json").read_text("utf-8")
    return dict(json.loads(text))


def export_examination(
    catalog: Catalog, exam_id: int, out_dir: Path, lang: str | None = None
) -> tuple[Path, Path]:
    """Write ``examination-<id>.pdf``, ``.json`` and the photos into ``out_dir``; return both."""
    exam = get_examination(catalog, exam_id)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise IdguideError(f"{out_dir} is a file; give a folder to write the request into.")
    stem = f"examination-{exam.id}"
    contacts = _contacts(catalog, exam)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        photos = _write_photos(catalog, exam, out_dir, stem)
    except OSError as exc:
        raise IdguideError(
            f"Cannot write into {out_dir} ({exc.strerror}). Choose a folder you may write to, "
            "and check that the disk has free space."
        ) from None
    pdf_path = save(_pdf(catalog, exam, contacts, photos, lang), out_dir / f"{stem}.pdf")
    document = examination_document(exam, contacts, photos, lang)
    document["pdf"] = {"file": pdf_path.name, "sha256": _sha256(pdf_path.read_bytes())}
    json_path = out_dir / f"{stem}.json"
    _write_text(json_path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return pdf_path, json_path


def examination_document(
    exam: Examination, contacts: list[Contact], photos: list[dict], lang: str | None = None
) -> dict:
    """The machine-readable verification request (see the JSON Schema)."""
    snap = exam.snapshot
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generator": f"idguide {__version__}",
        "exported_at": now(),
        "language": lang or snap.default_language,
        "examination": {
            "uid": exam.uid,
            "local_id": exam.id,
            "case_reference": exam.case_ref,
            "place": exam.place,
            "date": exam.examined_on,
            "quantity": exam.quantity,
            "declared_origin": exam.declared_origin,
            "verdict": exam.verdict,
            "notes": exam.notes,
            "created_at": exam.created_at,
            "updated_at": exam.updated_at,
        },
        "product": {
            "id": exam.product_id,
            "brand": snap.brand,
            "name": exam.product_name(lang),
            "revision": snap.revision,
            "status": exam.product_status,
            "demo": snap.demo,
            "publisher": {"id": snap.publisher_id, "name": snap.publisher_name},
        },
        "contacts": [_contact_dict(c) for c in contacts],
        "checklist": [
            {
                "number": check.number,
                "title": exam.feature_title(check, lang),
                "result": check.result,
                "comment": check.comment,
            }
            for check in exam.checks
        ],
        "photos": photos,
    }


def _contacts(catalog: Catalog, exam: Examination) -> list[Contact]:
    """The publisher's contacts today if it is still installed, else those of the snapshot."""
    try:
        return get_publisher(catalog, exam.snapshot.publisher_id).contacts
    except IdguideError:
        return [_contact(c) for c in exam.snapshot.contacts if isinstance(c, dict)]


def _contact(data: dict) -> Contact:
    return Contact(
        role=str(data.get("role", "")),
        name=str(data.get("name", "")),
        phone=str(data.get("phone", "")),
        email=str(data.get("email", "")),
        hours=str(data.get("hours", "")),
        languages=[str(x) for x in data.get("languages") or []],
        regions=[str(x) for x in data.get("regions") or []],
    )


def _contact_dict(c: Contact) -> dict:
    return {
        "role": c.role,
        "name": c.name,
        "phone": c.phone,
        "email": c.email,
        "hours": c.hours,
        "languages": list(c.languages),
        "regions": list(c.regions),
    }


def _write_photos(catalog: Catalog, exam: Examination, out_dir: Path, stem: str) -> list[dict]:
    written = []
    for number, photo in enumerate(exam.photos, 1):
        data = photo_bytes(catalog, photo.sha256)
        if _sha256(data) != photo.sha256:
            raise IdguideError(
                f"Photo {number} of examination {exam.id} is damaged on disk (its content no "
                "longer matches its sha256); remove it and attach it again."
            )
        name = f"{stem}-photo-{number}.{photo.extension}"
        _write_bytes(out_dir / name, data)
        written.append(
            {
                "file": name,
                "sha256": photo.sha256,
                "media_type": MEDIA_TYPES.get(photo.format, "application/octet-stream"),
                "width": photo.width,
                "height": photo.height,
                "bytes": photo.size,
                "caption": photo.caption,
            }
        )
    return written


def _pdf(
    catalog: Catalog,
    exam: Examination,
    contacts: list[Contact],
    photos: list[dict],
    lang: str | None,
) -> Document:
    doc = Document("a4", f"idguide verification request · examination {exam.uid}")
    doc.add_page()
    doc.heading("Verification request", size=20)
    doc.para(f"{exam.title(lang)}  ·  examination {exam.id}", size=12, bold=True)
    if exam.snapshot.demo:
        doc.banner("DEMO catalogue entry: fictional content, for training only", (200, 120, 0))
    if exam.status_message():
        doc.banner(exam.status_message(), (180, 20, 20))
    verdict = VERDICT_TEXT.get(exam.verdict, exam.verdict)
    doc.banner(f"Officer's verdict: {verdict}", _VERDICT_RGB.get(exam.verdict, (90, 90, 90)))
    _pdf_contacts(doc, exam, contacts)
    _pdf_facts(doc, exam, lang)
    _pdf_checklist(doc, exam, lang)
    if exam.notes:
        doc.section("Officer's notes")
        doc.para(exam.notes)
    _pdf_photos(doc, catalog, exam, photos)
    return doc


def _pdf_contacts(doc: Document, exam: Examination, contacts: list[Contact]) -> None:
    doc.section(f"For: {exam.snapshot.publisher_name}")
    for contact in contacts:
        doc.para(contact_line(contact))
    if not contacts:
        doc.para("The publisher lists no verification contact.")


def _pdf_facts(doc: Document, exam: Examination, lang: str | None) -> None:
    snap = exam.snapshot
    doc.section("Product")
    doc.pairs(
        [
            ("Brand", snap.brand),
            ("Product", exam.product_name(lang)),
            ("Catalogue id", f"{exam.product_id} (revision {snap.revision})"),
            ("Publisher", snap.publisher_name),
        ]
    )
    doc.section("Case")
    doc.pairs(
        [
            ("Case reference", exam.case_ref),
            ("Place", exam.place),
            ("Date", exam.examined_on),
            ("Quantity", "" if exam.quantity is None else str(exam.quantity)),
            ("Declared origin", exam.declared_origin),
            ("Recorded", f"{exam.created_at} (last change {exam.updated_at})"),
            ("Examination", exam.uid),
        ]
    )


def _pdf_checklist(doc: Document, exam: Examination, lang: str | None) -> None:
    doc.section("Checklist of authentication features")
    if not exam.checks:
        doc.para("The entry lists no authentication features.")
        return
    rows = [
        (
            str(c.number),
            exam.feature_title(c, lang),
            RESULT_TEXT.get(c.result, c.result),
            c.comment,
        )
        for c in exam.checks
    ]
    doc.grid(("#", "Feature", "Found", "Comment"), rows, widths=(7, 45, 22, 60))


def _pdf_photos(doc: Document, catalog: Catalog, exam: Examination, photos: list[dict]) -> None:
    max_h = 105.0
    for number, (photo, written) in enumerate(zip(exam.photos, photos, strict=True)):
        picture = printable(photo_bytes(catalog, photo.sha256))
        height = min(max_h, picture.height * doc.width / picture.width)
        heading = 14.0 if number == 0 else 0.0
        if doc.will_page_break(height + 14 + heading):
            doc.add_page()
        if number == 0:
            doc.section("Photos of the examined item")
        top = doc.get_y()
        _, h = doc.picture(picture, doc.width, max_h)
        doc.set_y(top + h + 1.5)
        caption = f"{written['file']}: {photo.caption}" if photo.caption else written["file"]
        doc.para(caption, size=9, bold=True)
        doc.para(f"sha256 {photo.sha256}", size=7.5)
        doc.ln(2)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _write_bytes(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def _write_text(path: Path, text: str) -> None:
    try:
        _write_bytes(path, text.encode("utf-8"))
    except OSError as exc:
        raise IdguideError(f"Cannot write {path} ({exc.strerror}).") from None
