"""An entry resolved into one reader's language, as plain data (for JSON and text output)."""

from __future__ import annotations

from dataclasses import asdict

from idguide.catalog import model
from idguide.catalog.categories import get_category
from idguide.catalog.codes import display_gtin, display_hs


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
    """A product dict as plain text for a terminal."""
    lines = [f"{entry['brand']} {entry['name']}  [{entry['id']}]"]
    prov = entry["provenance"] or {}
    if prov.get("publisher_revoked"):
        lines.append("REVOKED: its publisher is no longer trusted. Do not rely on this entry.")
    elif prov.get("key_revoked"):
        lines.append(
            f"REVOKED: the key that signed it ({prov.get('key_id')}) was revoked. Do not rely "
            "on this entry until its publisher's next bundle replaces it."
        )
    elif entry["revoked"]:
        lines.append("REVOKED: its brand is now held by another publisher. Do not rely on it.")
    if entry["withdrawn"]:
        lines.append("WITHDRAWN by its publisher: do not rely on this entry.")
    lines.append(f"Category: {entry['category_name']}")
    for label, key in (("Models", "models"), ("GTINs", "gtins")):
        if entry[key]:
            lines.append(f"{label}: {', '.join(entry[key])}")
    if entry["hs_codes"]:  # bare digits in the JSON; written as declarations print them
        lines.append(f"HS codes: {', '.join(display_hs(code) for code in entry['hs_codes'])}")
    for alert in entry["alerts"]:
        lots = f" (lots {', '.join(alert['lot_codes'])})" if alert["lot_codes"] else ""
        lines.append(f"ALERT {alert['issued']}: {alert['title']}{lots}")
    if entry["description"]:
        lines += ["", entry["description"]]
    lines += ["", "Authentication features:"]
    for f in entry["features"]:
        lines.append(f"  {f['number']}. {f['title']} ({f['method']})")
        lines += [f"     genuine: {f['genuine']}"] if f["genuine"] else []
        lines += [f"     counterfeit: {f['counterfeit']}"] if f["counterfeit"] else []
    if entry["indicators"]:
        lines += ["", "Risk indicators:"] + [
            f"  - {i['kind']}: {i['text']}" for i in entry["indicators"]
        ]
    if entry["contacts"]:
        lines += ["", "Verification contacts:"]
        lines += [
            f"  {c['role']}: {c['name']} {c['phone']} {c['email']} {c['hours']}".rstrip()
            for c in entry["contacts"]
        ]
    licence = ", ".join(prov.get("licensed_by") or [])
    lines += [
        "",
        f"Source: {prov.get('publisher_name', '?')}, bundle {prov.get('sequence', '?')}"
        f" of {prov.get('published_at', '?')[:10]}"
        + (f", under licence from {licence}" if licence else "")
        + (" - DEMO (fictional content)" if prov.get("demo") else ""),
    ]
    return "\n".join(lines)
