"""Examinations: an officer's check of a suspect item against a catalogue entry.

An examination is officer data. It names its product by id only and keeps a *snapshot* of what it
needs to read on its own (brand, product name, publisher and contacts, the features with what
genuine and counterfeit look like, the alerts), so no install, update, withdrawal or removal of
the entry changes it, and it still opens, saying so, when the entry is gone. (Examinations made
before idguide kept the genuine and counterfeit texts take them from the entry while it is at the
same revision.)

Every change is saved at once in its own small transaction: there is no "save" step to forget.
The officer's photos are re-encoded without metadata (EXIF, GPS, camera serials), turned the way
the camera meant, and kept in the officer's user folder (``photos/`` beside the user database,
:mod:`idguide.catalog.userdb`), named by sha256. Examinations live in that user database too.
"""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from PIL import Image as PILImage
from PIL import ImageOps

from idguide.catalog import model
from idguide.catalog.changes import CarriesChanges, OpChanges
from idguide.catalog.errors import IdguideError, ImageError, NotFoundError
from idguide.catalog.examinations.fields import RESULTS, text, today, validated
from idguide.catalog.i18n import N_, _, current_language, translation
from idguide.catalog.i18n.formats import number
from idguide.catalog.i18n.words import UNITS as UNIT_WORDS
from idguide.catalog.i18n.words import word
from idguide.catalog.images import (
    FORMATS,
    ImageInfo,
    ImageStore,
    inspect_image,
    read_picture_file,
)
from idguide.catalog.read import get_product, get_publisher
from idguide.catalog.store import Catalog, refuse_catalogue_file
from idguide.catalog.write import now

MAX_PHOTOS = 60
CHANGED = OpChanges(examinations=True)
_PHOTO_COLUMNS = "sha256, format, width, height, size, caption, added_at"


@dataclass
class Snapshot:
    """What the examination needs to read without its catalogue entry."""

    brand: str
    name: model.LangText
    default_language: str
    publisher_id: str
    publisher_name: str
    revision: int
    demo: bool = False
    contacts: list[dict] = field(default_factory=list)
    # {"number": int, "title", "genuine", "counterfeit": LangText}
    features: list[dict] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)  # as model.Alert, every one of the entry's
    legacy: bool = False  # made before the snapshot kept the features' texts and the alerts

    @classmethod
    def of(cls, product: model.Product, publisher: model.Publisher) -> Snapshot:
        return cls(
            brand=product.brand_name,
            name=dict(product.name),
            default_language=product.default_language,
            publisher_id=publisher.id,
            publisher_name=publisher.name,
            revision=product.revision,
            demo=publisher.demo,
            contacts=[asdict(c) for c in publisher.contacts],
            features=[_feature(f) for f in product.features],
            alerts=[asdict(a) for a in product.alerts],
        )

    def dumps(self) -> str:
        kept = asdict(self)
        del kept["legacy"]  # (what is missing from an old one says it)
        return json.dumps(kept)

    def alert_list(self) -> list[model.Alert]:
        return [_alert(data) for data in self.alerts if isinstance(data, dict)]

    @classmethod
    def loads(cls, text: str) -> Snapshot:
        data = json.loads(text)
        return cls(
            brand=str(data.get("brand", "")),
            name=dict(data.get("name") or {}),
            default_language=str(data.get("default_language", "en")),
            publisher_id=str(data.get("publisher_id", "")),
            publisher_name=str(data.get("publisher_name", "")),
            revision=int(data.get("revision", 0)),
            demo=bool(data.get("demo", False)),
            contacts=list(data.get("contacts") or []),
            features=list(data.get("features") or []),
            alerts=list(data.get("alerts") or []),
            legacy="alerts" not in data,
        )


def _feature(feature: model.Feature) -> dict:
    texts = {"title": feature.title, "genuine": feature.genuine, "counterfeit": feature.counterfeit}
    return {"number": feature.number, **{key: dict(text) for key, text in texts.items()}}


def _alert(data: dict) -> model.Alert:
    return model.Alert(
        id=str(data.get("id", "")),
        title=dict(data.get("title") or {}),
        body=dict(data.get("body") or {}),
        issued=str(data.get("issued", "")),
        expires=str(data.get("expires", "")),
        lot_codes=[str(code) for code in data.get("lot_codes") or []],
        serials=[str(serial) for serial in data.get("serials") or []],
    )


@dataclass
class Check(CarriesChanges):
    """One feature of the checklist, what genuine and counterfeit look like, and what the
    officer found."""

    number: int
    title: model.LangText
    result: str = "unchecked"
    comment: str = ""
    genuine: model.LangText = field(default_factory=dict)
    counterfeit: model.LangText = field(default_factory=dict)


@dataclass
class Photo(CarriesChanges):
    sha256: str
    format: str
    width: int
    height: int
    size: int
    caption: str = ""
    added_at: str = ""

    @property
    def extension(self) -> str:
        return {"JPEG": "jpg", "PNG": "png"}.get(self.format, self.format.lower())


@dataclass
class Examination(CarriesChanges):
    id: int
    uid: str
    product_id: str
    snapshot: Snapshot
    verdict: str = "undetermined"
    case_ref: str = ""
    place: str = ""
    examined_on: str = ""
    quantity: int | None = None
    quantity_unit: str = ""  # "cartons", "pairs"... ("" before examination format 2)
    declared_origin: str = ""
    lot_code: str = ""  # as on the item's label (typed, or scanned: issue 18)
    notes: str = ""
    requester_name: str = ""  # who asks for the verification
    requester_agency: str = ""
    requester_office: str = ""
    requester_contact: str = ""  # where the rights holder replies
    created_at: str = ""
    updated_at: str = ""
    scans: list[dict] = field(default_factory=list)  # fields.SCAN_KEYS: the codes scanned
    checks: list[Check] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    product_status: str = "current"

    def product_name(self, lang: str | None = None) -> str:
        return model.pick(self.snapshot.name, lang, self.snapshot.default_language)

    def title(self, lang: str | None = None) -> str:
        return f"{self.snapshot.brand} {self.product_name(lang)}".strip()

    def feature_title(self, check: Check, lang: str | None = None) -> str:
        return model.pick(check.title, lang, self.snapshot.default_language)

    def feature_genuine(self, check: Check, lang: str | None = None) -> str:
        return model.pick(check.genuine, lang, self.snapshot.default_language)

    def feature_counterfeit(self, check: Check, lang: str | None = None) -> str:
        return model.pick(check.counterfeit, lang, self.snapshot.default_language)

    def text(self, text: model.LangText, lang: str | None = None) -> str:
        """A text of the entry (an alert's title...) in ``lang``, with the entry's fallback."""
        return model.pick(text, lang, self.snapshot.default_language)

    def quantity_text(self, language: str | None = None) -> str:
        """ "240 cartons" ("240 cartons" in ``language``'s digits and words), "240" without a
        unit, "" when no quantity was recorded; an officer's own unit is kept as typed."""
        if self.quantity is None:
            return ""
        unit = word(UNIT_WORDS, self.quantity_unit, language)
        return f"{number(self.quantity, language)} {unit}".strip()

    def requested_by(self) -> dict[str, str]:
        return {
            "name": self.requester_name,
            "agency": self.requester_agency,
            "office": self.requester_office,
            "contact": self.requester_contact,
        }

    def status_message(self, language: str | None = None) -> str:
        """What an officer must know about the entry this examination was made against."""
        return status_message(self.product_status, language)

    def as_dict(self, lang: str | None = None) -> dict:
        """The examination as ``idguide exam show --json`` prints it (texts in ``lang``)."""
        return {
            "id": self.id,
            "uid": self.uid,
            "product_id": self.product_id,
            "title": self.title(lang),
            "product_status": self.product_status,
            "verdict": self.verdict,
            "case_ref": self.case_ref,
            "place": self.place,
            "examined_on": self.examined_on,
            "quantity": self.quantity,
            "quantity_unit": self.quantity_unit,
            "declared_origin": self.declared_origin,
            "lot_code": self.lot_code,
            "notes": self.notes,
            "requested_by": self.requested_by(),
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "checklist": [
                {
                    "number": check.number,
                    "title": self.feature_title(check, lang),
                    "genuine": self.feature_genuine(check, lang),
                    "counterfeit": self.feature_counterfeit(check, lang),
                    "result": check.result,
                    "comment": check.comment,
                }
                for check in self.checks
            ],
            "scans": self.scans,
            "photos": [{"sha256": p.sha256, "caption": p.caption} for p in self.photos],
        }


def status_message(status: str, language: str | None = None) -> str:
    """What an officer must know about the entry in ``status`` (in ``language``, default the
    process's); "" for an entry still current."""
    messages = {
        "current": "",
        "updated": N_(
            "The catalogue entry has been updated since this examination was started; the "
            "checklist shows the features as they were then."
        ),
        "withdrawn": N_(
            "The catalogue entry has been WITHDRAWN by its publisher since this examination was "
            "started; do not rely on it for new checks."
        ),
        "removed": N_(
            "The catalogue entry is no longer in this catalogue; this record keeps what was "
            "checked against it."
        ),
    }
    message = messages[status]
    return translation(language or current_language()).gettext(message) if message else ""


@dataclass
class ExamSummary:
    """One row of the list of examinations."""

    id: int
    product_id: str
    title: str
    verdict: str
    case_ref: str
    examined_on: str
    created_at: str
    updated_at: str
    product_status: str

    def as_dict(self) -> dict:
        return asdict(self)


# -- creating, reading, listing ---------------------------------------------------------------


def new_examination(
    catalog: Catalog,
    product_id: str,
    *,
    photos: Sequence[Path] = (),
    **fields: object,
) -> Examination:
    """Start an examination of ``product_id``; every photo is checked before anything is saved.

    ``fields`` are any of :data:`~idguide.catalog.examinations.fields.FIELDS`: verdict, case_ref,
    place, examined_on (YYYY-MM-DD, default today), quantity and quantity_unit, declared_origin,
    lot_code, notes, who asks (requester_name, _agency, _office, _contact) and the codes
    scanned on the item (scans: see :func:`~idguide.catalog.examinations.fields.scans`).
    """
    product = get_product(catalog, product_id)
    snapshot = Snapshot.of(product, get_publisher(catalog, product.publisher_id))
    values = {"examined_on": today(), **validated(fields)}
    prepared = [_prepare_photo_file(catalog, path) for path in photos]
    if len(prepared) > MAX_PHOTOS:
        raise IdguideError(
            _("An examination holds at most {max_photos} photos.").format(max_photos=MAX_PHOTOS)
        )
    store = photo_store(catalog)
    stored = [store.put(data, where) for data, where in prepared]
    stamp = now()
    record = {
        "uid": str(uuid.uuid4()),
        "product_id": product_id,
        "snapshot": snapshot.dumps(),
        "created_at": stamp,
        "updated_at": stamp,
        **values,
    }
    with catalog.user.transaction():
        exam_id = int(catalog.user.db.table("examinations").insert(record).last_rowid or 0)
        catalog.user.db.table("examination_checks").insert_all(
            {"exam_id": exam_id, "feature_number": f.number} for f in product.features
        )
        for info in stored:
            _insert_photo(catalog, exam_id, info, "", stamp)
    return get_examination(catalog, exam_id).carrying(CHANGED)


def get_examination(catalog: Catalog, exam_id: int) -> Examination:
    """The whole examination, with the state of its catalogue entry today."""
    rows = catalog.user.db.table("examinations").rows_where("id = ?", [_exam_id(exam_id)])
    row = next(rows, None)
    if row is None:
        raise NotFoundError(
            _("No examination with id {exam_id}. List them with `idguide exam list`.").format(
                exam_id=exam_id
            )
        )
    scanned = json.loads(row["scans"] or "[]")
    exam = Examination(**{**row, "snapshot": Snapshot.loads(row["snapshot"]), "scans": scanned})
    _texts_from_entry(catalog, exam.product_id, exam.snapshot)
    exam.checks = _checks(catalog, exam)
    photos = catalog.user.db.table("examination_photos").rows_where(
        "exam_id = ?", [exam.id], order_by="position", select=_PHOTO_COLUMNS
    )
    exam.photos = [Photo(**photo) for photo in photos]
    exam.product_status = product_status(catalog, exam.product_id, exam.snapshot.revision)
    return exam


def _checks(catalog: Catalog, exam: Examination) -> list[Check]:
    features = {int(f["number"]): f for f in exam.snapshot.features}
    rows = catalog.user.db.table("examination_checks").rows_where(
        "exam_id = ?",
        [exam.id],
        order_by="feature_number",
        select="feature_number AS number, result, comment",
    )
    checks = []
    for row in rows:
        feature = features.get(row["number"], {})
        texts = [dict(feature.get(key) or {}) for key in ("title", "genuine", "counterfeit")]
        title, genuine, counterfeit = texts
        checks.append(Check(title=title, genuine=genuine, counterfeit=counterfeit, **row))
    return checks


def _texts_from_entry(catalog: Catalog, product_id: str, snapshot: Snapshot) -> None:
    """An examination started before the snapshot kept what genuine and counterfeit look like
    (and the alerts): take them from the entry, if it is still at the same revision."""
    if not snapshot.legacy:
        return
    try:
        product = get_product(catalog, product_id)
    except NotFoundError:
        return
    if product.revision != snapshot.revision:
        return
    now_kept = {f.number: _feature(f) for f in product.features}
    for feature in snapshot.features:
        if "genuine" not in feature and int(feature["number"]) in now_kept:
            kept = now_kept[int(feature["number"])]
            feature.update(genuine=kept["genuine"], counterfeit=kept["counterfeit"])
    if not snapshot.alerts:
        snapshot.alerts = [asdict(a) for a in product.alerts]


def product_status(catalog: Catalog, product_id: str, revision: int) -> str:
    """current, updated (a newer revision), withdrawn (or its publisher revoked) or removed."""
    row = catalog.conn.execute(
        "SELECT p.revision, p.withdrawn, pub.revoked OR p.revoked FROM products p "
        "JOIN publishers pub ON pub.id = p.publisher_id WHERE p.id = ?",
        (product_id,),
    ).fetchone()
    if row is None:
        return "removed"
    if row[1] or row[2]:
        return "withdrawn"
    return "updated" if row[0] != revision else "current"


def quoted_alerts(catalog: Catalog, exam: Examination) -> list[model.Alert]:
    """The alerts the verification request quotes: those in force on the day of the examination
    (today if it has none), from the entry as installed now, else as the examination kept them."""
    try:
        alerts = get_product(catalog, exam.product_id).alerts
    except NotFoundError:
        alerts = exam.snapshot.alert_list()
    try:
        day = date.fromisoformat(exam.examined_on)
    except ValueError:
        day = date.today()
    return [alert for alert in alerts if alert.is_active(day)]


def list_examinations(catalog: Catalog, lang: str | None = None) -> list[ExamSummary]:
    """Every examination, the most recently changed first."""
    rows = catalog.user.db.table("examinations").rows_where(order_by="updated_at DESC, id DESC")
    summaries = []
    for row in list(rows):
        snapshot = Snapshot.loads(row["snapshot"])
        name = model.pick(snapshot.name, lang, snapshot.default_language)
        summaries.append(
            ExamSummary(
                id=row["id"],
                product_id=row["product_id"],
                title=f"{snapshot.brand} {name}".strip(),
                verdict=row["verdict"],
                case_ref=row["case_ref"],
                examined_on=row["examined_on"],
                created_at=row["created_at"],
                updated_at=row["updated_at"],
                product_status=product_status(catalog, row["product_id"], snapshot.revision),
            )
        )
    return summaries


# -- changing: each call is one small transaction ----------------------------------------------


def update_examination(catalog: Catalog, exam_id: int, **fields: object) -> Examination:
    """Change any of the examination's own fields (see :func:`new_examination`); saved at once."""
    values = validated(fields)
    exam_id = _existing(catalog, exam_id)
    with catalog.user.transaction():
        catalog.user.db.table("examinations").update(exam_id, {**values, "updated_at": now()})
    return get_examination(catalog, exam_id).carrying(CHANGED)


def set_check(
    catalog: Catalog,
    exam_id: int,
    number: int,
    result: str | None = None,
    comment: str | None = None,
) -> Check:
    """Record what the officer found for feature ``number`` (result and/or comment)."""
    if result is not None and result not in RESULTS:
        raise IdguideError(
            _("Unknown check result {result!r}; use one of: {results}.").format(
                result=result, results=", ".join(RESULTS)
            )
        )
    exam = get_examination(catalog, exam_id)
    check = next((c for c in exam.checks if c.number == number), None)
    if check is None:
        numbers = ", ".join(str(c.number) for c in exam.checks) or "none"
        raise NotFoundError(
            _(
                "Examination {exam_id} has no feature {number} on its checklist "
                "(features: {numbers})."
            ).format(exam_id=exam.id, number=number, numbers=numbers)
        )
    if result is not None:
        check.result = result
    if comment is not None:
        check.comment = text("comment", comment)
    with catalog.user.transaction():
        catalog.user.db.table("examination_checks").update(
            (exam.id, number), {"result": check.result, "comment": check.comment}
        )
        _touch(catalog, exam.id)
    return check.carrying(CHANGED)


def delete_examination(catalog: Catalog, exam_id: int) -> OpChanges:
    """Delete the examination and those of its photos no other examination uses."""
    exam = get_examination(catalog, exam_id)
    with catalog.user.transaction():
        catalog.user.db.table("examinations").delete(exam.id)  # its checks and photos go with it
    _drop_unused_photos(catalog, [p.sha256 for p in exam.photos])
    return CHANGED


# -- photos -----------------------------------------------------------------------------------


def photo_store(catalog: Catalog) -> ImageStore:
    """The officer's photos: ``photos/`` in the user folder of the catalogue's id (see
    :mod:`idguide.catalog.userdb`)."""
    return catalog.user.photos


def add_photo(catalog: Catalog, exam_id: int, source: Path | bytes, caption: str = "") -> Photo:
    """Attach a photo: refused with a message (storing nothing) unless it is a sane picture."""
    exam_id = _existing(catalog, exam_id)
    caption = text("caption", caption)
    if isinstance(source, bytes):
        data, where = source, _("the photo")
    else:
        data, where = _read_file(catalog, source)
    cleaned, _info = prepare_photo(data, where)
    count = catalog.user.db.table("examination_photos").count_where("exam_id = ?", [exam_id])
    if count >= MAX_PHOTOS:
        raise IdguideError(
            _("An examination holds at most {max_photos} photos.").format(max_photos=MAX_PHOTOS)
        )
    info = photo_store(catalog).put(cleaned, where)
    stamp = now()
    with catalog.user.transaction():
        _insert_photo(catalog, exam_id, info, caption, stamp)
        _touch(catalog, exam_id)
    photo = Photo(info.sha256, info.format, info.width, info.height, info.size, caption, stamp)
    return photo.carrying(CHANGED)


def set_photo_caption(catalog: Catalog, exam_id: int, sha256: str, caption: str) -> OpChanges:
    """Change what the officer wrote about a photo (an empty caption removes it)."""
    caption = text("caption", caption)
    with catalog.user.transaction():
        key = _photo_key(catalog, exam_id, sha256)
        catalog.user.db.table("examination_photos").update(key, {"caption": caption})
        _touch(catalog, key[0])
    return CHANGED


def remove_photo(catalog: Catalog, exam_id: int, sha256: str) -> OpChanges:
    with catalog.user.transaction():
        key = _photo_key(catalog, exam_id, sha256)
        catalog.user.db.table("examination_photos").delete(key)
        _touch(catalog, key[0])
    _drop_unused_photos(catalog, [sha256])
    return CHANGED


def _photo_key(catalog: Catalog, exam_id: object, sha256: str) -> tuple[int, str]:
    """The key of one of the examination's photos; NotFoundError if it has no such photo."""
    key = (_exam_id(exam_id), sha256)
    if not catalog.user.db.table("examination_photos").count_where(
        "exam_id = ? AND sha256 = ?", key
    ):
        raise NotFoundError(
            _("Examination {exam_id} has no photo {sha256}.").format(
                exam_id=exam_id, sha256=sha256[:12]
            )
        )
    return key


def photo_bytes(catalog: Catalog, sha256: str) -> bytes:
    return photo_store(catalog).read(sha256)


def prepare_photo(data: bytes, where: str) -> tuple[bytes, ImageInfo]:
    """Re-encode an officer's photo: orientation applied, every piece of metadata dropped.

    PNG stays PNG (lossless screenshots); everything else becomes a JPEG. Raises ImageError with
    a message for anything that is not a sane JPEG, PNG or WEBP picture.
    """
    inspect_image(data, where)
    try:
        # (Pillow's decompression-bomb warnings are errors: see idguide.catalog.images)
        with PILImage.open(io.BytesIO(data), formats=FORMATS) as opened:
            fmt = opened.format
            upright = ImageOps.exif_transpose(opened)
            upright.load()
        out = io.BytesIO()
        if fmt == "PNG":
            keep_alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
            bare = _bare(upright, "RGBA" if keep_alpha else "RGB")
            bare.save(out, format="PNG")
        else:
            _bare(upright, "RGB").save(out, format="JPEG", quality=90)
    except ImageError:
        raise
    except Exception as exc:  # Pillow raises many kinds for broken files
        raise ImageError(
            _(
                "{where}: the picture cannot be read to the end ({name}); take the photo "
                "again or choose another file."
            ).format(where=where, name=exc.__class__.__name__)
        ) from None
    cleaned = out.getvalue()
    return cleaned, inspect_image(cleaned, where)


def _bare(picture: PILImage.Image, mode: str) -> PILImage.Image:
    """The pixels only: a new image carries no info dict, EXIF, XMP or ICC profile."""
    converted = picture.convert(mode)
    bare = PILImage.new(mode, converted.size)
    bare.paste(converted)
    return bare


def _prepare_photo_file(catalog: Catalog, path: Path) -> tuple[bytes, str]:
    data, where = _read_file(catalog, path)
    return prepare_photo(data, where)[0], where


def _read_file(catalog: Catalog, path: Path) -> tuple[bytes, str]:
    refuse_catalogue_file(path, catalog.path)  # never opened beside the open catalogue
    return read_picture_file(path), str(path)


def _insert_photo(
    catalog: Catalog, exam_id: int, info: ImageInfo, caption: str, stamp: str
) -> None:
    """Add the photo after the others (a photo already attached stays where it is)."""
    photos = catalog.user.db.table("examination_photos")
    after = photos.rows_where(
        "exam_id = ?", [exam_id], select="coalesce(max(position), -1) + 1 AS next"
    )
    place = {"exam_id": exam_id, "position": next(after)["next"]}
    photos.insert({**place, **asdict(info), "caption": caption, "added_at": stamp}, ignore=True)


def _drop_unused_photos(catalog: Catalog, shas: list[str]) -> None:
    store = photo_store(catalog)
    for sha in shas:
        if not catalog.user.db.table("examination_photos").count_where("sha256 = ?", [sha]):
            store.remove(sha)


def _exam_id(exam_id: object) -> int:
    try:
        return int(str(exam_id))
    except ValueError:
        raise NotFoundError(
            _(
                "{exam_id!r} is not an examination id; ids are numbers, see `idguide exam list`."
            ).format(exam_id=exam_id)
        ) from None


def _existing(catalog: Catalog, exam_id: object) -> int:
    number = _exam_id(exam_id)
    if not catalog.user.db.table("examinations").count_where("id = ?", [number]):
        raise NotFoundError(
            _("No examination with id {exam_id}. List them with `idguide exam list`.").format(
                exam_id=exam_id
            )
        )
    return number


def _touch(catalog: Catalog, exam_id: int) -> None:
    catalog.user.db.table("examinations").update(exam_id, {"updated_at": now()})
