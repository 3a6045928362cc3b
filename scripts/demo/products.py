"""The demo product range, and how one product's entry is built from its kind and its brand.

Every GTIN is in a GS1 restricted-circulation range (EAN-13/EAN-8 starting with 2, UPC-A with 4),
so that it cannot belong to a real trade item.
"""

from __future__ import annotations

import random
import re
import zlib

from stdnum import ean

from .drawing import PREFERRED, Spec, layout, misspell, region
from .kinds import CONSUMABLE, KINDS
from .publishers import COLOURS
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
UPC_PUBLISHERS = {"veltrex"}
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
LANG_CYCLE = [("es", "fr", "pt"), ("es",), ("fr", "pt"), (), ("es", "pt"), ("fr",)]
HOME_LANG = {"maison-cremelia": "fr", "maison-dore": "fr", "lusavia": "pt", "caldelo": "es"}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def gtin(body: str) -> str:
    return body + ean.calc_check_digit(body)


def build_product(pi, pub, bi, brand, seq, index, kind_key, model, line):
    bid, bname, colour, shape, made, sold, never = brand
    category, body, hs, price, names, details = KINDS[kind_key]
    body, _, variant = body.partition(":")
    pid = f"{bid}-{slug(model)}"
    rng = random.Random(zlib.crc32(pid.encode()))
    langs = ["en", *LANG_CYCLE[index % len(LANG_CYCLE)]]
    for extra in (pub["lang"], HOME_LANG.get(pub["id"])):
        if extra and extra not in langs:
            langs.append(extra)
    langs = [lang for lang in LANGS if lang in langs]
    x = model if line is None else line
    name = {
        lang: re.sub(r"\s+", " ", names[LANGS.index(lang)].format(x=x)).strip(" ,")
        for lang in langs
    }
    rgb, colour_names = COLOURS[colour]
    if pub["id"] in UPC_PUBLISHERS:
        codes = [gtin(f"4{pi:02d}{bi:02d}{seq:06d}")]
    elif kind_key in EAN8_KINDS:
        codes = [gtin(f"2{pi:02d}{bi}{seq:03d}")]
    else:
        codes = [gtin(f"2{pi:02d}0{bi:02d}{seq:06d}")]
    if body == "bearing":
        codes.append(gtin("1" + codes[0][:12]))
    lot = f"L26{rng.randint(1, 40):02d}-{rng.randint(1, 40):02d}"
    alert = ALERTS.get(pid)
    fake_lot = alert[0] if alert else f"L25{rng.randint(1, 52):02d}-{rng.randint(41, 99):02d}"
    month = rng.randint(1, 12)
    when = f"EXP {month:02d}/2029" if category in CONSUMABLE else f"MFD {month:02d}/2026"
    prefs = PREFERRED[body]
    count = min(len(prefs), 3 + rng.randrange(4))
    chosen = prefs[:2] + sorted(rng.sample(prefs[2:], count - 2), key=prefs.index)
    if alert and "batch" not in chosen:  # the fake batch's lot code shows on its picture
        chosen = sorted([*chosen[:5], "batch"], key=prefs.index)
    spec = Spec(
        seed=zlib.crc32(pid.encode()) % 10007,
        brand=bname,
        rgb=rgb,
        emblem=shape,
        body=body,
        variant=variant,
        gtin=codes[0],
        lot=lot,
        fake_lot=fake_lot,
        when=when,
        serial=f"{rng.randint(10**7, 10**8 - 1)}",
        features=chosen,
        lines=[f"Ref. {model}", f"Made in {' / '.join(made)}"],
    )
    slots, size = layout(spec)
    has_fake = alert is not None or index % 4 != 3
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
    values = {
        "brand": bname,
        "fake": misspell(bname),
        "lot": lot,
        "gtin": codes[0],
        "serial": spec.serial,
    }
    features = []
    for number, element in enumerate(chosen, 1):
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
        features.append(
            {
                "number": number,
                "image": images[0]["file"],
                "region": region(slots[element], size),
                "method": method,
                "text": feature_text,
            }
        )
    kinds = [
        "market",
        "declared-value",
        *sorted(rng.sample(["route", "e-commerce", "packaging"], rng.randint(1, 3))),
    ]
    fill = {
        "price": price.replace(" retail", "").replace(" per ", " / "),
        "markets": ", ".join(never),
    }
    made_s, sold_s = ", ".join(made), ", ".join(sold)
    texts = {}
    for lg in langs:
        texts[lg] = {
            "name": name[lg],
            "description": DESCRIPTION[lg].format(
                details=details, brand=bname, name=name[lg], made=made_s, sold=sold_s
            ),
        }
        if lg == "en":
            texts[lg]["packaging"] = PACKAGING[body]
    product = {
        "id": pid,
        "revision": 2 if index % 3 == 0 else 1,
        "brand": bid,
        "category": category,
        "models": [model],
        "gtins": codes,
        "hs_codes": [hs],
        "made_in": made,
        "sold_in": sold,
        "never_sold_in": never,
        "typical_price": price,
        "text": texts,
        "images": images,
        "features": features,
        "indicators": [
            {"kind": k, "text": {lg: INDICATORS[k][lg].format(**fill) for lg in langs}}
            for k in kinds
        ],
        "tips": [{lg: TIPS[index % len(TIPS)][lg] for lg in langs}],
    }
    if alert:
        lot_code, issued, expires = alert
        product["alerts"] = [
            {
                "id": f"{pid}-{issued[:7]}",
                "issued": issued,
                "expires": expires,
                "lot_codes": [lot_code],
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
        ]
    return product, spec, has_fake
