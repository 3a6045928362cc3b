"""The demo product range, and how one product's entry is built from its kind and its brand.

Every GTIN is in a GS1 restricted-circulation range (EAN-13/EAN-8 starting with 2, UPC-A with 4),
so that it cannot belong to a real trade item.
"""

from __future__ import annotations

import random
import re
import zlib

from stdnum import ean

from .drawing import PREFERRED, Slot, Spec, layout, misspell, region
from .kinds import CONSUMABLE, KINDS
from .publishers import COLOURS, Brand
from .texts import (
    ALERT_TEXT,
    CAPTIONS,
    DESCRIPTION,
    FEATURES,
    INDICATORS,
    LANGS,
    PACKAGING,
    TIPS,
)

PRODUCTS = [  # (brand, kind, model, line name shown instead of the model)
    ("brontel", "torque-wrench", "TW-240", None),
    ("brontel", "spanner-set", "CS-12", None),
    ("brontel", "screwdrivers", "SD-6V", None),
    ("brontel", "hammer", "CH-450", None),
    ("rollquist", "ball-bearing", "6204-2RS", None),
    ("rollquist", "ball-bearing", "6305-2RS", None),
    ("rollquist", "roller-bearing", "30207", None),
    ("rollquist", "ball-bearing", "6001-2RS", None),
    ("axelmoor", "brake-pads", "BP-410", None),
    ("axelmoor", "oil-filter", "OF-77", None),
    ("axelmoor", "spark-plug", "SP-9", None),
    ("axelmoor", "wipers", "WB-550", None),
    ("nordiva", "ffp2", "NV-200", None),
    ("nordiva", "ffp3", "NV-300V", None),
    ("nordiva", "gloves", "NG-100", None),
    ("nordiva", "goggles", "SG-7", None),
    ("nordiva", "laundry", "NL-2000", "Nordiva Fresh"),
    ("nordiva", "dish-tablets", "ND-40", None),
    ("nordiva", "flask", "NF-750", None),
    ("nordiva", "kettle", "NK-17", None),
    ("nordiva", "pan", "NP-28", None),
    ("cremelia", "face-cream", "CV-50", "Crème Velours"),
    ("cremelia", "serum", "SE-30", "Sérum Éclat"),
    ("cremelia", "body-lotion", "LR-200", "Rosée"),
    ("cremelia", "lipstick", "RE-12", "Rouge Étoile"),
    ("belvaude", "perfume", "BV-N100", "Nocturne"),
    ("belvaude", "toilette", "BV-A100", "Ambre Salé"),
    ("belvaude", "perfume", "BV-C100", "Cèdre Noir"),
    ("lusavia", "bar-soap", "LS-125", "Sabonete Ação"),
    ("lusavia", "laundry", "LD-2000", "Ação"),
    ("lusavia", "face-cream", "LC-50", "Maré"),
    ("lusavia", "shampoo", "LH-400", "Reparação"),
    ("almendria", "nougat", "AT-300", "Clásico"),
    ("almendria", "almonds", "AA-200", "Gourmet"),
    ("almendria", "olive-oil", "AO-750", "Cosecha Temprana"),
    ("valdenar", "red-wine", "VR-21", "Reserva 2021"),
    ("valdenar", "white-wine", "VB-24", "Verdejo 2024"),
    ("valdenar", "sparkling", "VE-BN", "Brut Nature"),
    ("cafe-dore", "coffee", "CD-1000", "Grand Cru"),
    ("cafe-dore", "ground-coffee", "CD-250", "Moka Intense"),
    ("noiselie", "spread", "NS-400", "Noisélie"),
    ("noiselie", "chocolate", "NC-72", "Équateur"),
    ("veltrex", "smartphone", "V12", None),
    ("veltrex", "smartphone", "V12 Lite", None),
    ("veltrex", "charger", "VC-30", None),
    ("veltrex", "cable", "VC-C2", None),
    ("veltrex", "phone-case", "V12 Guard", None),
    ("sonquill", "earbuds", "SQ Buds 3", None),
    ("sonquill", "headphones", "SQ-H900", None),
    ("sonquill", "power-bank", "SQ-P20", None),
    ("sonquill", "speaker", "SQ-S5", None),
    ("corvane", "gin", "CG-70", "London Dry"),
    ("corvane", "gin", "CR-70", "Rosé"),
    ("corvane", "gin", "CN-70", "Navy Strength"),
    ("tavrel", "cigarettes", "TR-20B", "Royal Blue"),
    ("tavrel", "cigarettes", "TR-20S", "Silver"),
    ("tavrel", "fine-cut", "TF-50", "Original"),
    ("tavrel", "cigarettes", "TR-20L", "Slims"),
    ("quimbly", "robot", "QB-2", "Q-Bot 2"),
    ("quimbly", "plush", "QP-30", "Bramble"),
    ("quimbly", "bricks", "QC-500", "Castle 500"),
    ("pebblix", "card-game", "PX-110", "Skyline"),
    ("pebblix", "board-game", "PX-ID", "Isla Dorada"),
    ("pebblix", "puzzle", "PX-1000", "Harbour Lights"),
    ("strydon", "running-shoe", "SR-AERO3", "Aero 3"),
    ("strydon", "trail-shoe", "SR-RDG", "Ridgeline"),
    ("strydon", "football", "SF-5P", "SF-5 Pro"),
    ("strydon", "training-ball", "SF-5T", "SF-5 Train"),
    ("strydon", "t-shirt", "ST-DRY", "Dryline"),
    ("strydon", "jersey", "SJ-26", "Club 26"),
    ("strydon", "trainers", "SC-CC", "Court Classic"),
    ("marvessa", "handbag", "MV-LIRA", "Lira"),
    ("marvessa", "tote", "MV-SER", "Serena"),
    ("marvessa", "wallet", "MV-PIC", "Piccola"),
    ("marvessa", "backpack", "MV-VIA", "Viaggio"),
    ("horlavik", "automatic", "HV-F40", "Fjell 40"),
    ("horlavik", "chronograph", "HV-PC42", "Pilot Chrono"),
    ("horlavik", "diver", "HV-A300", "Abyss 300"),
    ("zephyrelle", "ladies-watch", "ZE-32", "Étoile"),
    ("zephyrelle", "bracelet", "ZB-18", "Brise"),
    ("curavel", "paracetamol", "CP-500", ""),
    ("curavel", "ibuprofen", "CI-400", ""),
    ("curavel", "amoxicillin", "CA-500", ""),
    ("curavel", "antimalarial", "CM-24", ""),
    ("oculira", "daily-lenses", "OD-30", "AquaDay"),
    ("oculira", "monthly-lenses", "OM-6", "Flex M"),
    ("oculira", "toric-lenses", "OT-6", "Axis T"),
    ("oculira", "lens-solution", "OS-360", "Pure 360"),
]
EAN8_KINDS = {"spark-plug", "lipstick"}
UPC_PUBLISHERS = {"demo-veltrex"}
# product id: (lot code of the fake batch, issued, expires); the last one has expired
ALERTS = {
    "veltrex-v12": ("L2609-14", "2026-09-15", "2027-03-31"),
    "curavel-cm-24": ("L2605-02", "2026-05-20", "2027-05-31"),
    "belvaude-bv-n100": ("L2611-07", "2026-11-02", "2027-06-30"),
    "tavrel-tr-20b": ("L2607-31", "2026-07-01", "2027-01-31"),
    "nordiva-nv-200": ("L2603-11", "2026-03-10", "2027-12-31"),
    "strydon-sf-5p": ("L2610-05", "2026-10-12", "2028-06-30"),
    "rollquist-6204-2rs": ("L2601-22", "2026-01-15", "2026-06-30"),
}
# Alerts that also name a serial copied onto the fakes (the genuine label's serial).
CLONED = {"veltrex-v12"}
LOT_PATTERN = r"L\d{4}-\d{2}"  # L, year, week, dash, line: L2609-14
SERIAL_PATTERN = r"\d{8}"
SHELF_LIFE_MONTHS = 48
LANG_CYCLE = [("es", "fr", "pt"), ("es",), ("fr", "pt"), (), ("es", "pt"), ("fr",)]
HOME_LANG = {
    "demo-maison-cremelia": "fr",
    "demo-maison-dore": "fr",
    "demo-lusavia": "pt",
    "demo-caldelo": "es",
}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def gtin(body: str) -> str:
    return body + ean.calc_check_digit(body)


def build_product(
    pi: int,
    pub: dict,
    bi: int,
    brand: Brand,
    seq: int,
    index: int,
    kind_key: str,
    model: str,
    line: str | None,
) -> tuple[dict, Spec, bool]:
    """One product's entry, the Spec of its pictures, and whether it has a counterfeit picture.

    ``pi`` and ``bi`` number the publisher and the brand from 1, ``seq`` the product within its
    brand and ``index`` within the whole range; the GTINs are made from them.
    """
    category, drawing, hs, price, names, details = KINDS[kind_key]
    body, _, variant = drawing.partition(":")
    pid = f"{brand.id}-{slug(model)}"
    # one random stream per product: the draws below must stay in this order
    rng = random.Random(zlib.crc32(pid.encode()))
    langs = languages(pub, index)
    x = model if line is None else line
    name = {
        lang: re.sub(r"\s+", " ", names[LANGS.index(lang)].format(x=x)).strip(" ,")
        for lang in langs
    }
    codes = gtins(pi, pub, bi, seq, kind_key, body)
    alert = ALERTS.get(pid)
    spec = picture_spec(rng, pid, brand, category, body, variant, codes[0], model, alert)
    slots, size = layout(spec)
    has_fake = alert is not None or index % 4 != 3
    images = pictures(pid, name, langs, has_fake)
    product = {
        "id": pid,
        "revision": 2 if index % 3 == 0 else 1,
        "brand": brand.id,
        "category": category,
        "models": [model],
        "gtins": codes,
        "hs_codes": [hs],
        "made_in": brand.made_in,
        "sold_in": brand.sold_in,
        "never_sold_in": brand.never_sold_in,
        "typical_price": price,
        # what scanned codes are checked against: the lot and serial formats every demo label
        # prints (picture_spec), the shelf life of what expires
        "lot_pattern": LOT_PATTERN,
        "serial_pattern": SERIAL_PATTERN,
        **({"shelf_life_months": SHELF_LIFE_MONTHS} if category in CONSUMABLE else {}),
        "text": product_texts(langs, name, details, brand, body),
        "images": images,
        "features": features(spec, slots, size, images[0]["file"], COLOURS[brand.colour][1], langs),
        "indicators": indicators(rng, price, brand.never_sold_in, langs),
        "tips": [{lg: TIPS[index % len(TIPS)][lg] for lg in langs}],
    }
    if alert:
        cloned = [spec.serial] if pid in CLONED else []  # a genuine item's serial, copied
        product["alerts"] = [alert_entry(pid, alert, langs, cloned)]
    return product, spec, has_fake


def languages(pub: dict, index: int) -> list[str]:
    """English, a share of the others in turn, and the publisher's own languages."""
    langs = ["en", *LANG_CYCLE[index % len(LANG_CYCLE)]]
    for extra in (pub["lang"], HOME_LANG.get(pub["id"])):
        if extra and extra not in langs:
            langs.append(extra)
    return [lang for lang in LANGS if lang in langs]


def gtins(pi: int, pub: dict, bi: int, seq: int, kind_key: str, body: str) -> list[str]:
    if pub["id"] in UPC_PUBLISHERS:
        codes = [gtin(f"4{pi:02d}{bi:02d}{seq:06d}")]
    elif kind_key in EAN8_KINDS:
        codes = [gtin(f"2{pi:02d}{bi}{seq:03d}")]
    else:
        codes = [gtin(f"2{pi:02d}0{bi:02d}{seq:06d}")]
    if body == "bearing":  # and the GTIN-14 of the outer carton
        codes.append(gtin("1" + codes[0][:12]))
    return codes


def picture_spec(
    rng: random.Random,
    pid: str,
    brand: Brand,
    category: str,
    body: str,
    variant: str,
    code: str,
    model: str,
    alert: tuple[str, str, str] | None,
) -> Spec:
    """What the pictures show: lot codes, dates, serial, and which elements are features."""
    lot = f"L26{rng.randint(1, 40):02d}-{rng.randint(1, 40):02d}"
    fake_lot = alert[0] if alert else f"L25{rng.randint(1, 52):02d}-{rng.randint(41, 99):02d}"
    month = rng.randint(1, 12)
    when = f"EXP {month:02d}/2029" if category in CONSUMABLE else f"MFD {month:02d}/2026"
    prefs = PREFERRED[body]
    count = min(len(prefs), 3 + rng.randrange(4))
    chosen = prefs[:2] + sorted(rng.sample(prefs[2:], count - 2), key=prefs.index)
    if alert and "batch" not in chosen:  # the fake batch's lot code shows on its picture
        chosen = sorted([*chosen[:5], "batch"], key=prefs.index)
    return Spec(
        seed=zlib.crc32(pid.encode()) % 10007,
        brand=brand.name,
        rgb=COLOURS[brand.colour][0],
        emblem=brand.emblem,
        body=body,
        variant=variant,
        gtin=code,
        lot=lot,
        fake_lot=fake_lot,
        when=when,
        serial=f"{rng.randint(10**7, 10**8 - 1)}",
        features=chosen,
        lines=[f"Ref. {model}", f"Made in {' / '.join(brand.made_in)}"],
    )


def pictures(pid: str, name: dict, langs: list[str], has_fake: bool) -> list[dict]:
    stem = f"images/{pid}"
    images = [
        {
            "file": f"{stem}-genuine.png",
            "kind": "genuine",
            "caption": {lg: CAPTIONS["genuine"][lg].format(name=name[lg]) for lg in langs},
        }
    ]
    if has_fake:
        images.append(
            {
                "file": f"{stem}-fake.png",
                "kind": "counterfeit",
                "caption": {lg: CAPTIONS["counterfeit"][lg] for lg in langs},
            }
        )
    return images


def features(
    spec: Spec,
    slots: dict[str, Slot],
    size: tuple[int, int],
    image: str,
    colour_names: tuple[str, ...],
    langs: list[str],
) -> list[dict]:
    """The features, numbered, each pointing at its element's slot on the genuine picture."""
    values = {
        "brand": spec.brand,
        "fake": misspell(spec.brand),
        "lot": spec.lot,
        "gtin": spec.gtin,
        "serial": spec.serial,
    }
    found = []
    for number, element in enumerate(spec.features, 1):
        method, texts = FEATURES[element]
        feature_text = {}
        for lg in langs:
            values["colour"] = colour_names[LANGS.index(lg)].capitalize()
            title, genuine, counterfeit, how = (t.format(**values) for t in texts[lg])
            feature_text[lg] = {
                "title": title,
                "genuine": genuine,
                "counterfeit": counterfeit,
                "how_to_check": how,
            }
        found.append(
            {
                "number": number,
                "image": image,
                "region": region(slots[element], size),
                "method": method,
                "text": feature_text,
            }
        )
    return found


def indicators(rng: random.Random, price: str, never: list[str], langs: list[str]) -> list[dict]:
    kinds = [
        "market",
        "declared-value",
        *sorted(rng.sample(["route", "e-commerce", "packaging"], rng.randint(1, 3))),
    ]
    fill = {
        "price": price.replace(" retail", "").replace(" per ", " / "),
        "markets": ", ".join(never),
    }
    return [
        {"kind": k, "text": {lg: INDICATORS[k][lg].format(**fill) for lg in langs}} for k in kinds
    ]


def product_texts(langs: list[str], name: dict, details: str, brand: Brand, body: str) -> dict:
    made, sold = ", ".join(brand.made_in), ", ".join(brand.sold_in)
    texts = {}
    for lg in langs:
        texts[lg] = {
            "name": name[lg],
            "description": DESCRIPTION[lg].format(
                details=details, brand=brand.name, name=name[lg], made=made, sold=sold
            ),
        }
        if lg == "en":
            texts[lg]["packaging"] = PACKAGING[body]
    return texts


def alert_entry(pid: str, alert: tuple[str, str, str], langs: list[str], cloned: list[str]) -> dict:
    lot_code, issued, expires = alert
    return {
        "id": f"{pid}-{issued[:7]}",
        "issued": issued,
        "expires": expires,
        "lot_codes": [lot_code],
        **({"serials": cloned} if cloned else {}),
        "text": {
            lg: dict(
                zip(
                    ("title", "body"),
                    (t.format(lot=lot_code, month=issued[:7]) for t in ALERT_TEXT[lg]),
                    strict=True,
                )
            )
            for lg in langs
        },
    }
