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
from idguide.catalog.i18n import N_, _, choose, current_language, translation
from idguide.catalog.i18n.formats import day, moment
from idguide.catalog.i18n.words import RESULTS, VERDICTS, labels, word
from idguide.catalog.model import Alert, Contact
from idguide.catalog.pdf import Document, printable, save
from idguide.catalog.read import get_publisher
from idguide.catalog.scanning.messages import outcome_text
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.training.handout import contact_line
from idguide.catalog.write import now

FORMAT = "idguide-examination"
FORMAT_VERSION = 2  # 2: who asks, unit, lot code, alerts, genuine/counterfeit, scans, labels
MEDIA_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
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
        raise IdguideError(
            _("{out_dir} is a file; give a folder to write the request into.").format(
                out_dir=out_dir
            )
        )
    stem = f"examination-{exam.id}"
    contacts = _contacts(catalog, exam)
    alerts = quoted_alerts(catalog, exam)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        photos = _write_photos(catalog, exam, out_dir, stem)
    except OSError as exc:
        raise IdguideError(
            _(
                "Cannot write into {out_dir} ({reason}). Choose a folder you may write "
                "to, and check that the disk has free space."
            ).format(out_dir=out_dir, reason=exc.strerror)
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
        "scans": _scans(exam.scans, _officer_language(lang)),
        "photos": photos,
        "labels": labels(_officer_language(lang)),
    }


def _scans(scans: list[dict], language: str) -> list[dict]:
    """The codes scanned as recorded (each outcome's code and parameters), with each outcome's
    message in ``language``, as ``labels`` gives the words of the other codes."""
    return [
        {**scan, "outcomes": [_outcome(o, language) for o in scan["outcomes"]]} for scan in scans
    ]


def _outcome(outcome: dict, language: str) -> dict:
    return {**outcome, "message": outcome_text(outcome, language)}


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
                _(
                    "Photo {number} of examination {exam_id} is damaged on disk (its content "
                    "no longer matches its sha256); remove it and attach it again."
                ).format(number=number, exam_id=exam.id)
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


@dataclass(frozen=True)
class Tongues:
    """The request's two languages: the officer's, and one the rights holder's contact reads
    (the same when the contact reads the officer's); each label is printed in both."""

    officer: str
    reader: str

    def say(self, text: str) -> str:
        """``text`` in the officer's language, " / " and in the reader's when it differs."""
        first = translation(self.officer).gettext(text)
        second = translation(self.reader).gettext(text)
        return first if first == second else f"{first} / {second}"

    def word(self, words: dict[str, str], code: str) -> str:
        first, second = word(words, code, self.officer), word(words, code, self.reader)
        return first if first == second else f"{first} / {second}"


def _officer_language(lang: str | None) -> str:
    """The language of the request's labels: the one asked for if idguide speaks it, else the
    process's (the interface's)."""
    return choose(lang).language if lang and choose(lang).language == lang else current_language()


def reader_language(officer: str, contacts: list[Contact]) -> str:
    """A language the rights holder reads: the officer's if a contact reads it, else the first
    language of the contacts that idguide prints in, else English."""
    spoken = [choose(code) for contact in contacts for code in contact.languages]
    if any(choice.language == officer and not choice.missing for choice in spoken):
        return officer
    return next((c.language for c in spoken if not c.missing), "en")


def _pdf(
    catalog: Catalog,
    exam: Examination,
    quoted: Quoted,
    photos: list[dict],
    lang: str | None,
) -> Document:
    officer = _officer_language(lang)
    tongues = Tongues(officer, reader_language(officer, quoted.contacts))
    # the footer in the officer's language alone: in two, with the uid twice, it would not fit
    footer = translation(officer).gettext("idguide verification request · examination {uid}")
    doc = Document("a4", footer.format(uid=exam.uid))
    doc.add_page()
    doc.heading(tongues.say("Verification request"), size=20)
    heading = f"{exam.title(lang)}  ·  " + tongues.say("examination {id}").format(id=exam.id)
    doc.para(heading, size=12, bold=True)
    if exam.snapshot.demo:
        demo = tongues.say("DEMO catalogue entry: fictional content, for training only")
        doc.banner(demo, (200, 120, 0))
    if exam.status_message():
        doc.banner(exam.status_message(officer), (180, 20, 20))
    verdict = tongues.say("Officer's verdict") + ": " + tongues.word(VERDICTS, exam.verdict)
    doc.banner(verdict, _VERDICT_RGB.get(exam.verdict, (90, 90, 90)))
    _pdf_alerts(doc, exam, quoted.alerts, lang, tongues)
    _pdf_requester(doc, exam, tongues)
    _pdf_contacts(doc, exam, quoted.contacts, tongues)
    _pdf_facts(doc, exam, lang, quoted.alerts, tongues)
    _pdf_checklist(doc, exam, lang, tongues)
    _pdf_scans(doc, exam, tongues)
    if exam.notes:
        doc.section(tongues.say("Officer's notes"))
        doc.para(exam.notes)
    _pdf_photos(doc, catalog, exam, photos, tongues)
    return doc


def _pdf_alerts(
    doc: Document, exam: Examination, alerts: list[Alert], lang: str | None, tongues: Tongues
) -> None:
    """Each alert in force, in the red of the app's alert banner, with its text below."""
    for alert in alerts:
        lots = ""
        if alert.lot_codes:
            lots = " (" + tongues.say("lot codes {codes}").format(codes=", ".join(alert.lot_codes))
            lots += ")"
        when = day(alert.issued, tongues.officer)
        alert_word = tongues.say("ALERT")
        title = f"{alert_word} {when}: {exam.text(alert.title, lang)}{lots}"
        doc.banner(title, (179, 38, 30))
        doc.para(exam.text(alert.body, lang))


def _pdf_requester(doc: Document, exam: Examination, tongues: Tongues) -> None:
    doc.section(tongues.say("Requested by"))
    who = exam.requested_by()
    if not any(who.values()):
        doc.para(tongues.say("The officer's name, agency and contact were not given."))
        return
    doc.pairs(
        [
            (tongues.say("Officer"), who["name"]),
            (tongues.say("Agency"), who["agency"]),
            (tongues.say("Office"), who["office"]),
            (tongues.say("Reply to"), who["contact"]),
        ]
    )


def _lot_text(exam: Examination, alerts: list[Alert], lang: str | None, tongues: Tongues) -> str:
    """The lot code, and the alerts that name it."""
    if not exam.lot_code:
        return ""
    named = [f"“{exam.text(a.title, lang)}”" for a in alerts if a.names_lot(exam.lot_code)]
    if not named:
        return exam.lot_code
    text = tongues.say("{lot_code}: named in the alert {alerts}")
    return text.format(lot_code=exam.lot_code, alerts=", ".join(named))


def _pdf_contacts(
    doc: Document, exam: Examination, contacts: list[Contact], tongues: Tongues
) -> None:
    doc.section(tongues.say("For: {publisher}").format(publisher=exam.snapshot.publisher_name))
    for contact in contacts:
        doc.para(contact_line(contact))
    if not contacts:
        doc.para(tongues.say("The publisher lists no verification contact."))


def _pdf_facts(
    doc: Document, exam: Examination, lang: str | None, alerts: list[Alert], tongues: Tongues
) -> None:
    snap, say, officer = exam.snapshot, tongues.say, tongues.officer
    doc.section(say("Product"))
    revision = say("revision {number}").format(number=snap.revision)
    doc.pairs(
        [
            (say("Brand"), snap.brand),
            (say("Product"), exam.product_name(lang)),
            (say("Catalogue id"), f"{exam.product_id} ({revision})"),
            (say("Publisher"), snap.publisher_name),
        ]
    )
    doc.section(say("Case"))
    recorded = say("{created} (last change {updated})").format(
        created=moment(exam.created_at, officer), updated=moment(exam.updated_at, officer)
    )
    doc.pairs(
        [
            (say("Case reference"), exam.case_ref),
            (say("Place"), exam.place),
            (say("Date"), day(exam.examined_on, officer)),
            (say("Quantity"), exam.quantity_text(officer)),
            (say("Lot code"), _lot_text(exam, alerts, lang, tongues)),
            (say("Declared origin"), exam.declared_origin),
            (say("Recorded"), recorded),
            (say("Examination"), exam.uid),
        ]
    )


def _pdf_checklist(doc: Document, exam: Examination, lang: str | None, tongues: Tongues) -> None:
    doc.section(tongues.say("Checklist of authentication features"))
    if not exam.checks:
        doc.para(tongues.say("The entry lists no authentication features."))
        return
    rows = [
        (
            str(c.number),
            _feature_cell(exam, c, lang, tongues),
            tongues.word(RESULTS, c.result),
            c.comment,
        )
        for c in exam.checks
    ]
    headings = ("#", tongues.say("Feature"), tongues.say("Found"), tongues.say("Comment"))
    doc.grid(headings, rows, widths=(7, 62, 20, 45))


def _feature_cell(exam: Examination, check: Check, lang: str | None, tongues: Tongues) -> str:
    """The feature's title, with what genuine and counterfeit look like under it."""
    lines = [exam.feature_title(check, lang)]
    genuine, fake = exam.feature_genuine(check, lang), exam.feature_counterfeit(check, lang)
    if genuine:
        lines.append(tongues.say("Genuine") + ": " + genuine)
    if fake:
        lines.append(tongues.say("Counterfeit") + ": " + fake)
    return "\n".join(lines)


_LEVEL_TEXT = {"red": N_("RED"), "amber": N_("AMBER"), "green": N_("GREEN")}


def _pdf_scans(doc: Document, exam: Examination, tongues: Tongues) -> None:
    """Each code scanned on the item: what was read, and each check's outcome in words."""
    if not exam.scans:
        return
    doc.section(tongues.say("Codes scanned on the item"))
    rows = []
    for number, scan in enumerate(exam.scans, 1):
        read = [f"GTIN {scan['gtin']}"] if scan["gtin"] else []
        read += [f"{tongues.say(name)} {scan[key]}" for key, name in _SCANNED if scan[key]]
        code = "\n".join([scan["text"].replace(GS, "<GS>"), " · ".join(read), scan["scanned_at"]])
        outcomes = "\n".join(_outcome_lines(outcome, tongues) for outcome in scan["outcomes"])
        level = _LEVEL_TEXT.get(scan["level"])
        rows.append((str(number), code, tongues.say(level) if level else "", outcomes))
    headings = (N_("Code read"), N_("Result"), N_("What the checks found"))
    # the result column fits "VERMELHO / RED" on one line
    doc.grid(("#", *map(tongues.say, headings)), rows, widths=(7, 44, 24, 59))


def _outcome_lines(outcome: dict, tongues: Tongues) -> str:
    """ "RED: <the outcome in the officer's language>", and below it in the reader's when it
    differs (an outcome recorded before codes existed has its English words only)."""
    level = _LEVEL_TEXT.get(outcome["level"])
    first = outcome_text(outcome, tongues.officer)
    second = outcome_text(outcome, tongues.reader)
    lines = [f"{tongues.say(level) if level else outcome['level']}: {first}"]
    return "\n".join(lines if second == first else [*lines, second])


# each read value's name, in the officer's and the reader's language ("lote / lot 123")
_SCANNED = (("lot", N_("lot")), ("serial", N_("serial")), ("expiry", N_("expiry")))
GS = "\x1d"  # ASCII 29, as a scanner types GS1's separator: printed as <GS>


def _pdf_photos(
    doc: Document, catalog: Catalog, exam: Examination, photos: list[dict], tongues: Tongues
) -> None:
    max_h = 105.0
    for number, (photo, written) in enumerate(zip(exam.photos, photos, strict=True)):
        picture = printable(photo_bytes(catalog, photo.sha256))
        height = min(max_h, picture.height * doc.width / picture.width)
        heading = 14.0 if number == 0 else 0.0
        if doc.will_page_break(height + 14 + heading):
            doc.add_page()
        if number == 0:
            doc.section(tongues.say("Photos of the examined item"))
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
        raise IdguideError(
            _("Cannot write {path} ({reason}).").format(path=path, reason=exc.strerror)
        ) from None
