"""A verification request for the rights holder: a PDF, a JSON file and the photos.

The JSON follows ``idguide/catalog/schemas/examination.schema.json`` (documented in
docs/examination-format.md); it names each photo file written beside it with its sha256, so the
receiver can check that nothing was altered on the way. The request names who asks (officer,
agency, office, a contact for the reply), quotes the entry's alerts in force on the day and says
whether the lot code on the item's label is one they name.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from idguide import __version__
from idguide.catalog.errors import IdguideError
from idguide.catalog.examinations.exams import (
    Check,
    Examination,
    get_examination,
    photo_bytes,
    quoted_alerts,
)
from idguide.catalog.model import Alert, Contact
from idguide.catalog.pdf import Document, printable, save
from idguide.catalog.read import get_publisher
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.training.handout import contact_line
from idguide.catalog.write import now

FORMAT = "idguide-examination"
FORMAT_VERSION = 2  # 2: who asks, unit, lot code, alerts, genuine/counterfeit, scans, labels
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
# The codes of the JSON file with their labels, in the request's language (English until the
# request is translated): a person reading the file needs no table to look them up.
LABELS = {
    "verdict": VERDICT_TEXT,
    "result": {
        "unchecked": "Not checked",
        "as-genuine": "As genuine",
        "differs": "Differs",
        "cannot-tell": "Cannot tell",
    },
    "status": {
        "current": "Current",
        "updated": "Updated since the examination",
        "withdrawn": "Withdrawn by its publisher",
        "removed": "No longer in the catalogue",
    },
    "level": {"red": "Red flag", "amber": "To check", "green": "No known red flag"},
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
    refuse_catalogue_file(out_dir, catalog.path)
    if out_dir.exists() and not out_dir.is_dir():
        raise IdguideError(f"{out_dir} is a file; give a folder to write the request into.")
    stem = f"examination-{exam.id}"
    contacts = _contacts(catalog, exam)
    alerts = quoted_alerts(catalog, exam)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        photos = _write_photos(catalog, exam, out_dir, stem)
    except OSError as exc:
        raise IdguideError(
            f"Cannot write into {out_dir} ({exc.strerror}). Choose a folder you may write to, "
            "and check that the disk has free space."
        ) from None
    pdf = _pdf(catalog, exam, Quoted(contacts, alerts), photos, lang)
    pdf_path = save(pdf, out_dir / f"{stem}.pdf")
    document = examination_document(exam, contacts, photos, lang, alerts)
    document["pdf"] = {"file": pdf_path.name, "sha256": _sha256(pdf_path.read_bytes())}
    json_path = out_dir / f"{stem}.json"
    _write_text(json_path, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return pdf_path, json_path


def examination_document(
    exam: Examination,
    contacts: list[Contact],
    photos: list[dict],
    lang: str | None = None,
    alerts: list[Alert] | None = None,
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
            "quantity_unit": exam.quantity_unit,
            "declared_origin": exam.declared_origin,
            "lot_code": exam.lot_code,
            "verdict": exam.verdict,
            "notes": exam.notes,
            "created_at": exam.created_at,
            "updated_at": exam.updated_at,
        },
        "requested_by": exam.requested_by(),
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
        "alerts": [_alert_dict(exam, alert, lang) for alert in alerts or []],
        "checklist": [
            {
                "number": check.number,
                "title": exam.feature_title(check, lang),
                "genuine": exam.feature_genuine(check, lang),
                "counterfeit": exam.feature_counterfeit(check, lang),
                "result": check.result,
                "comment": check.comment,
            }
            for check in exam.checks
        ],
        "scans": [],  # what was scanned and the checks' outcomes (issue 18 fills it)
        "photos": photos,
        "labels": LABELS,
    }


def _alert_dict(exam: Examination, alert: Alert, lang: str | None) -> dict:
    return {
        "id": alert.id,
        "title": exam.text(alert.title, lang),
        "body": exam.text(alert.body, lang),
        "issued": alert.issued,
        "expires": alert.expires,
        "lot_codes": list(alert.lot_codes),
        "matches_lot_code": bool(exam.lot_code) and alert.names_lot(exam.lot_code),
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


@dataclass
class Quoted:
    """What the request quotes from the catalogue: the publisher's contacts, the alerts."""

    contacts: list[Contact]
    alerts: list[Alert]


def _pdf(
    catalog: Catalog,
    exam: Examination,
    quoted: Quoted,
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
    _pdf_alerts(doc, exam, quoted.alerts, lang)
    _pdf_requester(doc, exam)
    _pdf_contacts(doc, exam, quoted.contacts)
    _pdf_facts(doc, exam, lang, quoted.alerts)
    _pdf_checklist(doc, exam, lang)
    if exam.notes:
        doc.section("Officer's notes")
        doc.para(exam.notes)
    _pdf_photos(doc, catalog, exam, photos)
    return doc


def _pdf_alerts(doc: Document, exam: Examination, alerts: list[Alert], lang: str | None) -> None:
    """Each alert in force, in the red of the app's alert banner, with its text below."""
    for alert in alerts:
        lots = f" (lot codes {', '.join(alert.lot_codes)})" if alert.lot_codes else ""
        doc.banner(f"ALERT {alert.issued}: {exam.text(alert.title, lang)}{lots}", (179, 38, 30))
        doc.para(exam.text(alert.body, lang))


def _pdf_requester(doc: Document, exam: Examination) -> None:
    doc.section("Requested by")
    who = exam.requested_by()
    if not any(who.values()):
        doc.para("The officer's name, agency and contact were not given.")
        return
    doc.pairs(
        [
            ("Officer", who["name"]),
            ("Agency", who["agency"]),
            ("Office", who["office"]),
            ("Reply to", who["contact"]),
        ]
    )


def _lot_text(exam: Examination, alerts: list[Alert], lang: str | None) -> str:
    """The lot code, and the alerts that name it."""
    if not exam.lot_code:
        return ""
    named = [f"“{exam.text(a.title, lang)}”" for a in alerts if a.names_lot(exam.lot_code)]
    if not named:
        return exam.lot_code
    return f"{exam.lot_code}: named in the alert {', '.join(named)}"


def _pdf_contacts(doc: Document, exam: Examination, contacts: list[Contact]) -> None:
    doc.section(f"For: {exam.snapshot.publisher_name}")
    for contact in contacts:
        doc.para(contact_line(contact))
    if not contacts:
        doc.para("The publisher lists no verification contact.")


def _pdf_facts(doc: Document, exam: Examination, lang: str | None, alerts: list[Alert]) -> None:
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
            ("Quantity", exam.quantity_text()),
            ("Lot code", _lot_text(exam, alerts, lang)),
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
            _feature_cell(exam, c, lang),
            RESULT_TEXT.get(c.result, c.result),
            c.comment,
        )
        for c in exam.checks
    ]
    doc.grid(("#", "Feature", "Found", "Comment"), rows, widths=(7, 62, 20, 45))


def _feature_cell(exam: Examination, check: Check, lang: str | None) -> str:
    """The feature's title, with what genuine and counterfeit look like under it."""
    lines = [exam.feature_title(check, lang)]
    genuine, fake = exam.feature_genuine(check, lang), exam.feature_counterfeit(check, lang)
    if genuine:
        lines.append(f"Genuine: {genuine}")
    if fake:
        lines.append(f"Counterfeit: {fake}")
    return "\n".join(lines)


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
