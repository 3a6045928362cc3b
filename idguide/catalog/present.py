"""An entry resolved into one reader's language, as plain data (for JSON and text output)."""

from __future__ import annotations

from dataclasses import asdict

from idguide.catalog import model
from idguide.catalog.categories import get_category
from idguide.catalog.codes import display_gtin, display_hs
from idguide.catalog.i18n import N_, _
from idguide.catalog.i18n.words import INDICATORS, METHODS, word


def product_dict(
    product: model.Product, publisher: model.Publisher, lang: str | None = None
) -> dict:
    """The whole entry with every text in ``lang`` (default-language fallback)."""
    t = product.t
    return {
        "id": product.id,
        "revision": product.revision,
        "brand": product.brand_name,
        "brand_id": product.brand_id,
        "name": t(product.name, lang),
        "category": product.category,
        "category_name": get_category(product.category).name(lang),
        "description": t(product.description, lang),
        "packaging": t(product.packaging, lang),
        "models": product.models,
        "gtins": [display_gtin(g) for g in product.gtins],
        "hs_codes": product.hs_codes,
        "made_in": product.made_in,
        "sold_in": product.sold_in,
        "never_sold_in": product.never_sold_in,
        "typical_price": product.typical_price,
        "lot_pattern": product.lot_pattern,
        "serial_pattern": product.serial_pattern,
        "shelf_life_months": product.shelf_life_months,
        "languages": product.languages(),
        "withdrawn": product.withdrawn,
        "revoked": product.revoked,
        "images": [
            {
                "sha256": i.sha256,
                "kind": i.kind,
                "caption": t(i.caption, lang),
                "width": i.width,
                "height": i.height,
                "format": i.format,
            }
            for i in product.images
        ],
        "features": [_feature(product, f, lang) for f in product.features],
        "indicators": [{"kind": i.kind, "text": t(i.text, lang)} for i in product.indicators],
        "alerts": [
            {
                "id": a.id,
                "title": t(a.title, lang),
                "body": t(a.body, lang),
                "issued": a.issued,
                "expires": a.expires,
                "lot_codes": a.lot_codes,
                "serials": a.serials,
            }
            for a in product.alerts
        ],
        "tips": [t(tip, lang) for tip in product.tips],
        "contacts": [asdict(c) for c in publisher.contacts],
        "provenance": asdict(product.provenance) if product.provenance else None,
    }


def _feature(product: model.Product, feature: model.Feature, lang: str | None) -> dict:
    t = product.t
    return {
        "number": feature.number,
        "title": t(feature.title, lang),
        "genuine": t(feature.genuine, lang),
        "counterfeit": t(feature.counterfeit, lang),
        "how_to_check": t(feature.how_to_check, lang),
        "method": feature.method,
        "image": feature.image,
        "region": asdict(feature.region) if feature.region else None,
    }


def product_text(entry: dict) -> str:
    """A product dict as plain text for a terminal, in the process's language (the command
    line's ``--lang`` or locale); the entry's own texts are already in the reader's."""
    lines = [f"{entry['brand']} {entry['name']}  [{entry['id']}]"]
    prov = entry["provenance"] or {}
    lines += _warnings(entry, prov)
    lines.append(_("Category: {name}").format(name=entry["category_name"]))
    for label, key in ((N_("Models: {values}"), "models"), (N_("GTINs: {values}"), "gtins")):
        if entry[key]:
            lines.append(_(label).format(values=", ".join(entry[key])))
    if entry["hs_codes"]:  # bare digits in the JSON; written as declarations print them
        codes = ", ".join(display_hs(code) for code in entry["hs_codes"])
        lines.append(_("HS codes: {values}").format(values=codes))
    for alert in entry["alerts"]:
        lots = ""
        if alert["lot_codes"]:
            lots = " (" + _("lots {codes}").format(codes=", ".join(alert["lot_codes"])) + ")"
        lines.append(
            _("ALERT {date}: {title}{lots}").format(
                date=alert["issued"], title=alert["title"], lots=lots
            )
        )
    if entry["description"]:
        lines += ["", entry["description"]]
    lines += ["", _("Authentication features:")]
    for f in entry["features"]:
        lines.append(f"  {f['number']}. {f['title']} ({word(METHODS, f['method'])})")
        if f["genuine"]:
            lines.append("     " + _("genuine: {text}").format(text=f["genuine"]))
        if f["counterfeit"]:
            lines.append("     " + _("counterfeit: {text}").format(text=f["counterfeit"]))
    if entry["indicators"]:
        lines += ["", _("Risk indicators:")]
        lines += [f"  - {word(INDICATORS, i['kind'])}: {i['text']}" for i in entry["indicators"]]
    if entry["contacts"]:
        lines += ["", _("Verification contacts:")]
        lines += [
            f"  {c['role']}: {c['name']} {c['phone']} {c['email']} {c['hours']}".rstrip()
            for c in entry["contacts"]
        ]
    return "\n".join([*lines, "", _source(prov)])


def _warnings(entry: dict, prov: dict) -> list[str]:
    """Why the entry must not be relied on, if it must not."""
    lines = []
    if prov.get("publisher_revoked"):
        lines.append(_("REVOKED: its publisher is no longer trusted. Do not rely on this entry."))
    elif prov.get("key_revoked"):
        lines.append(
            _(
                "REVOKED: the key that signed it ({key_id}) was revoked. Do not rely on this "
                "entry until its publisher's next bundle replaces it."
            ).format(key_id=prov.get("key_id"))
        )
    elif entry["revoked"]:
        lines.append(_("REVOKED: its brand is now held by another publisher. Do not rely on it."))
    if entry["withdrawn"]:
        lines.append(_("WITHDRAWN by its publisher: do not rely on this entry."))
    return lines


def _source(prov: dict) -> str:
    """Where the entry came from: "Source: Nordhaven Tools AB, bundle 2 of 2026-03-01"."""
    licence = ", ".join(prov.get("licensed_by") or [])
    text = _("Source: {publisher}, bundle {sequence} of {date}").format(
        publisher=prov.get("publisher_name", "?"),
        sequence=prov.get("sequence", "?"),
        date=prov.get("published_at", "?")[:10],
    )
    if licence:
        text += ", " + _("under licence from {licence}").format(licence=licence)
    if prov.get("demo"):
        text += " - " + _("DEMO (fictional content)")
    return text
