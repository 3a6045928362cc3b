#!/usr/bin/env python3
"""Generate the fictional demo catalogue as authoring source (see docs/bundle-format.md).

Every publisher, brand, product, barcode, phone number and picture here is invented. GTINs use
the GS1 restricted-circulation ranges (EAN-13/EAN-8 starting with 2, UPC-A starting with 4) so
that they cannot belong to a real trade item. Pictures are drawn with Pillow and its built-in
font; the output is byte-identical on every run (fixed seeds, no clock, no network).

    python scripts/make_demo.py [--out DIR]     # default: assets/demo/src (deleted and rewritten)
"""

from __future__ import annotations

import argparse
import colorsys
import math
import os
import random
import re
import shutil
import sys
import unicodedata
import zlib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from stdnum import ean

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "assets" / "demo" / "src"
LANGS = ("en", "es", "fr", "pt")

# ------------------------------------------------------------------ publishers and brands

COLOURS = {  # rgb and the colour's name in en, es, fr, pt
    "navy": ((32, 58, 108), ("navy blue", "azul marino", "bleu marine", "azul-marinho")),
    "red": ((192, 44, 48), ("signal red", "rojo señal", "rouge signal", "vermelho-sinal")),
    "green": ((34, 122, 84), ("forest green", "verde bosque", "vert forêt", "verde-floresta")),
    "gold": ((184, 142, 44), ("gold", "dorado", "doré", "dourado")),
    "teal": ((0, 122, 128), ("teal", "verde azulado", "bleu canard", "azul-petróleo")),
    "purple": ((104, 62, 146), ("violet", "violeta", "violet", "violeta")),
    "orange": ((226, 116, 28), ("orange", "naranja", "orange", "laranja")),
    "burgundy": ((124, 32, 56), ("burgundy", "burdeos", "bordeaux", "bordô")),
    "black": ((38, 40, 46), ("jet black", "negro azabache", "noir de jais", "preto azeviche")),
    "sky": ((46, 136, 206), ("sky blue", "azul cielo", "bleu ciel", "azul-celeste")),
    "brown": ((122, 78, 46), ("chestnut brown", "marrón castaño", "brun châtaigne", "castanho")),
    "rose": ((198, 84, 120), ("rose", "rosa", "rose", "rosa")),
}


def _contact(role, name, phone, email, hours, languages, regions):
    return {
        "role": role,
        "name": name,
        "phone": phone,
        "email": email,
        "hours": hours,
        "languages": languages,
        "regions": regions,
    }


# brand: (id, name, colour, emblem, made_in, sold_in, never_sold_in)
PUBLISHERS = [
    {
        "id": "brontel-industrial",
        "name": "Brontel Industrial Ltd",
        "lang": "en",
        "rights": "2032-06-30",
        "brands": [
            ("brontel", "Brontel", "navy", "hex", ["GB"], ["EU", "UK", "US"], ["NG", "GH"]),
            ("rollquist", "Rollquist", "red", "ring", ["SE"], ["EU", "UK", "US", "CA"], ["KZ"]),
            ("axelmoor", "Axelmoor", "orange", "chevron", ["DE"], ["EU", "UK"], ["US", "BR"]),
        ],
        "contacts": [
            _contact(
                "Brand protection, Europe",
                "Harriet Colby",
                "+44 20 7946 0112",
                "brand.protection@brontel.example",
                "Mon-Fri 08:00-17:00 GMT",
                ["en"],
                ["EU", "UK"],
            ),
            _contact(
                "Customs liaison, Americas",
                "Dale Okafor",
                "+1 202 555 0147",
                "customs@brontel.example",
                "Mon-Fri 09:00-18:00 EST",
                ["en", "es"],
                ["US", "CA", "LATAM"],
            ),
        ],
    },
    {
        "id": "nordiva-care",
        "name": "Nordiva Care AB",
        "lang": "en",
        "rights": "2031-12-31",
        "brands": [
            (
                "nordiva",
                "Nordiva",
                "teal",
                "diamond",
                ["SE", "FI"],
                ["EU", "UK", "NO"],
                ["US", "CN"],
            )
        ],
        "contacts": [
            _contact(
                "Brand protection",
                "Linnea Dahlgren",
                "+44 20 7946 0231",
                "ipr@nordiva.example",
                "Mon-Fri 08:00-16:30 CET",
                ["en", "sv", "de"],
                ["EU", "UK", "NO"],
            )
        ],
    },
    {
        "id": "maison-cremelia",
        "name": "Maison Crèmelia SAS",
        "lang": "en",
        "rights": "2033-03-31",
        "brands": [
            ("cremelia", "Crèmelia", "rose", "star", ["FR"], ["EU", "UK", "CH", "GCC"], ["RU"]),
            (
                "belvaude",
                "Belvaude",
                "purple",
                "diamond",
                ["FR"],
                ["EU", "UK", "US", "GCC"],
                ["IN"],
            ),
        ],
        "contacts": [
            _contact(
                "Protection de la marque",
                "Élodie Marchand",
                "+44 20 7946 0345",
                "protection.marque@cremelia.example",
                "Lun-Ven 09:00-18:00 CET",
                ["fr", "en"],
                ["EU", "UK"],
            ),
            _contact(
                "Brand protection, Middle East",
                "Samir Haddad",
                "+44 161 496 0782",
                "me.brand@cremelia.example",
                "Sun-Thu 08:00-16:00 GST",
                ["en", "ar", "fr"],
                ["GCC", "MENA"],
            ),
        ],
    },
    {
        "id": "lusavia",
        "name": "Lusávia Higiene e Cosmética, Lda",
        "lang": "pt",
        "rights": "2030-09-30",
        "brands": [
            ("lusavia", "Lusávia", "sky", "drop", ["PT"], ["EU", "BR", "AO", "MZ"], ["US", "CN"])
        ],
        "contacts": [
            _contact(
                "Proteção da marca",
                "Joana Figueiredo",
                "+44 20 7946 0418",
                "marca@lusavia.example",
                "Seg-Sex 09:00-18:00 WET",
                ["pt", "en", "es"],
                ["EU", "BR", "AO", "MZ"],
            )
        ],
    },
    {
        "id": "caldelo",
        "name": "Alimentaria Caldelo S.L.",
        "lang": "es",
        "rights": "2031-05-31",
        "brands": [
            ("almendria", "Almendría", "gold", "ring", ["ES"], ["EU", "LATAM"], ["AU"]),
            (
                "valdenar",
                "Valdeñar",
                "burgundy",
                "chevron",
                ["ES"],
                ["EU", "UK", "LATAM"],
                ["MENA"],
            ),
        ],
        "contacts": [
            _contact(
                "Protección de marca",
                "Andrés Peñalver",
                "+44 20 7946 0527",
                "marca@caldelo.example",
                "Lun-Vie 08:00-15:00 CET",
                ["es", "en"],
                ["EU", "LATAM"],
            )
        ],
    },
    {
        "id": "maison-dore",
        "name": "Maison Doré SARL",
        "lang": "en",
        "rights": "2032-01-31",
        "brands": [
            ("cafe-dore", "Café Doré", "brown", "drop", ["FR"], ["EU", "UK", "CH"], ["US"]),
            ("noiselie", "Noisélie", "green", "star", ["FR", "IT"], ["EU", "UK"], ["AU", "ZA"]),
        ],
        "contacts": [
            _contact(
                "Service anti-contrefaçon",
                "Camille Roussel",
                "+44 20 7946 0633",
                "anticontrefacon@cafedore.example",
                "Lun-Ven 08:30-17:30 CET",
                ["fr", "en"],
                ["EU", "UK", "CH"],
            )
        ],
    },
    {
        "id": "veltrex",
        "name": "Veltrex Mobile Inc.",
        "lang": "en",
        "rights": "2034-12-31",
        "brands": [
            (
                "veltrex",
                "Veltrex",
                "black",
                "triangle",
                ["VN", "IN"],
                ["US", "EU", "UK", "LATAM"],
                ["KP"],
            ),
            ("sonquill", "Sonquill", "sky", "ring", ["MY"], ["US", "EU", "UK"], ["AF"]),
        ],
        "contacts": [
            _contact(
                "Brand protection, global",
                "Priya Raman",
                "+1 202 555 0118",
                "brandprotection@veltrex.example",
                "24/7 hotline",
                ["en", "es"],
                ["Global"],
            ),
            _contact(
                "Customs liaison, EU",
                "Tomasz Wróbel",
                "+44 20 7946 0712",
                "eu.customs@veltrex.example",
                "Mon-Fri 08:00-17:00 CET",
                ["en", "pl", "de"],
                ["EU"],
            ),
        ],
    },
    {
        "id": "oakhurst-pryce",
        "name": "Oakhurst & Pryce Distillers Ltd",
        "lang": "en",
        "rights": "2030-12-31",
        "brands": [
            ("corvane", "Corvane", "teal", "star", ["GB"], ["UK", "EU", "US"], ["SA", "KW"]),
            ("tavrel", "Tavrel", "navy", "chevron", ["GB", "PL"], ["UK", "EU"], ["CY", "MT"]),
        ],
        "contacts": [
            _contact(
                "Brand protection",
                "Fiona Ashdown",
                "+44 161 496 0245",
                "ipr@oakhurstpryce.example",
                "Mon-Fri 09:00-17:30 GMT",
                ["en"],
                ["UK", "EU", "Asia"],
            ),
            _contact(
                "Excise and tobacco liaison",
                "Neil Barraclough",
                "+44 161 496 0390",
                "tobacco@oakhurstpryce.example",
                "Mon-Fri 08:00-16:00 GMT",
                ["en", "fr"],
                ["UK", "EU", "Africa"],
            ),
        ],
    },
    {
        "id": "quimbly",
        "name": "Quimbly Spielwaren GmbH",
        "lang": "en",
        "rights": "2031-08-31",
        "brands": [
            ("quimbly", "Quimbly", "orange", "star", ["DE", "CZ"], ["EU", "UK", "CH"], ["US"]),
            ("pebblix", "Pebblix", "green", "hex", ["DE"], ["EU", "UK"], ["CN", "IN"]),
        ],
        "contacts": [
            _contact(
                "Produktschutz / brand protection",
                "Jana Vogt",
                "+44 20 7946 0851",
                "schutz@quimbly.example",
                "Mo-Fr 08:00-16:00 CET",
                ["de", "en"],
                ["EU", "UK", "CH"],
            )
        ],
    },
    {
        "id": "strydon",
        "name": "Strydon Athletics Ltd",
        "lang": "en",
        "rights": "2033-06-30",
        "brands": [
            (
                "strydon",
                "Strydon",
                "red",
                "chevron",
                ["VN", "PT"],
                ["EU", "UK", "US", "BR"],
                ["NG"],
            ),
            (
                "marvessa",
                "Marvessa",
                "brown",
                "diamond",
                ["IT"],
                ["EU", "UK", "US", "GCC"],
                ["TH", "TR"],
            ),
        ],
        "contacts": [
            _contact(
                "Brand protection, EMEA",
                "Ciarán Doyle",
                "+44 20 7946 0964",
                "protect@strydon.example",
                "Mon-Fri 08:00-18:00 GMT",
                ["en", "es", "pt"],
                ["EU", "UK", "MENA"],
            ),
            _contact(
                "Brand protection, Americas",
                "Lucía Ortega",
                "+1 202 555 0183",
                "americas@strydon.example",
                "Mon-Fri 09:00-17:00 EST",
                ["en", "es", "pt"],
                ["US", "LATAM", "BR"],
            ),
        ],
    },
    {
        "id": "horlavik",
        "name": "Horlavik Uhren AG",
        "lang": "en",
        "rights": "2035-12-31",
        "brands": [
            (
                "horlavik",
                "Horlavik",
                "black",
                "triangle",
                ["CH"],
                ["EU", "UK", "US", "JP"],
                ["AE-FZ"],
            ),
            ("zephyrelle", "Zéphyrelle", "gold", "star", ["CH", "FR"], ["EU", "UK"], ["US"]),
        ],
        "contacts": [
            _contact(
                "Service authenticity",
                "Reto Imboden",
                "+44 20 7946 0075",
                "authenticity@horlavik.example",
                "Mon-Fri 08:00-17:00 CET",
                ["de", "fr", "en"],
                ["Global"],
            )
        ],
    },
    {
        "id": "curavel",
        "name": "Curavel Pharma B.V.",
        "lang": "en",
        "rights": "2032-10-31",
        "brands": [
            (
                "curavel",
                "Curavel",
                "green",
                "hex",
                ["NL", "IN"],
                ["EU", "UK", "Africa"],
                ["US", "CA"],
            ),
            ("oculira", "Oculira", "sky", "ring", ["IE"], ["EU", "UK", "US"], ["CN"]),
        ],
        "contacts": [
            _contact(
                "Product security",
                "Maaike de Vries",
                "+44 20 7946 0190",
                "product.security@curavel.example",
                "24/7 hotline",
                ["en", "nl", "fr", "pt"],
                ["EU", "Africa", "LATAM"],
            ),
            _contact(
                "Pharmacovigilance",
                "Kwame Mensah",
                "+44 161 496 0917",
                "safety@curavel.example",
                "Mon-Fri 08:00-18:00 CET",
                ["en", "fr"],
                ["Africa"],
            ),
        ],
    },
]

# ------------------------------------------------------------------ product templates per category
# kind: (category, body[:variant], hs code, typical price, name templates en/es/fr/pt, details)
K = {
    "torque-wrench": (
        "hand-tools",
        "tool:torque",
        "8204.12",
        "EUR 89 retail",
        (
            "Torque wrench {x}",
            "Llave dinamométrica {x}",
            "Clé dynamométrique {x}",
            "Chave dinamométrica {x}",
        ),
        "Click-type torque wrench, 40-200 Nm, chrome-vanadium steel.",
    ),
    "spanner-set": (
        "hand-tools",
        "tool:wrench",
        "8204.11",
        "EUR 64 retail",
        (
            "Combination spanner set {x}",
            "Juego de llaves combinadas {x}",
            "Jeu de clés mixtes {x}",
            "Jogo de chaves combinadas {x}",
        ),
        "Twelve combination spanners 8-19 mm, chrome-vanadium, satin finish.",
    ),
    "screwdrivers": (
        "hand-tools",
        "tool:screwdriver",
        "8205.40",
        "EUR 39 retail",
        (
            "Screwdriver set {x}",
            "Juego de destornilladores {x}",
            "Jeu de tournevis {x}",
            "Jogo de chaves de fendas {x}",
        ),
        "Six insulated screwdrivers, 1000 V tested, two-component grips.",
    ),
    "hammer": (
        "hand-tools",
        "tool:hammer",
        "8205.20",
        "EUR 29 retail",
        (
            "Claw hammer {x}",
            "Martillo de carpintero {x}",
            "Marteau de charpentier {x}",
            "Martelo de orelhas {x}",
        ),
        "450 g forged steel claw hammer with anti-vibration fibreglass handle.",
    ),
    "ball-bearing": (
        "bearings",
        "bearing",
        "8482.10",
        "EUR 12 per unit",
        (
            "Deep-groove ball bearing {x}",
            "Rodamiento rígido de bolas {x}",
            "Roulement à billes {x}",
            "Rolamento rígido de esferas {x}",
        ),
        "Sealed deep-groove ball bearing, rubber seals both sides, pre-greased.",
    ),
    "roller-bearing": (
        "bearings",
        "bearing",
        "8482.20",
        "EUR 38 per unit",
        (
            "Tapered roller bearing {x}",
            "Rodamiento de rodillos cónicos {x}",
            "Roulement à rouleaux coniques {x}",
            "Rolamento de rolos cónicos {x}",
        ),
        "Tapered roller bearing for wheel hubs and gearboxes.",
    ),
    "brake-pads": (
        "vehicle-parts",
        "box:disc",
        "8708.30",
        "EUR 55 per axle set",
        (
            "Brake pads {x}",
            "Pastillas de freno {x}",
            "Plaquettes de frein {x}",
            "Pastilhas de travão {x}",
        ),
        "Front axle brake pad set, type-approved, with wear indicators.",
    ),
    "oil-filter": (
        "vehicle-parts",
        "box:cylinder",
        "8421.23",
        "EUR 14 retail",
        ("Oil filter {x}", "Filtro de aceite {x}", "Filtre à huile {x}", "Filtro de óleo {x}"),
        "Spin-on oil filter with anti-drain-back valve.",
    ),
    "spark-plug": (
        "vehicle-parts",
        "box:plug",
        "8511.10",
        "EUR 11 retail",
        ("Spark plug {x}", "Bujía {x}", "Bougie d'allumage {x}", "Vela de ignição {x}"),
        "Iridium-tipped spark plug, pre-gapped 0.8 mm.",
    ),
    "wipers": (
        "vehicle-parts",
        "box:bar",
        "8512.40",
        "EUR 24 per pair",
        (
            "Wiper blades {x}",
            "Escobillas limpiaparabrisas {x}",
            "Balais d'essuie-glace {x}",
            "Escovas limpa-para-brisas {x}",
        ),
        "Flat-beam wiper blade pair, 550/450 mm, with universal adaptor.",
    ),
    "smartphone": (
        "phones",
        "box:phone",
        "8517.13",
        "USD 699 retail",
        ("Smartphone {x}", "Teléfono inteligente {x}", "Smartphone {x}", "Smartphone {x}"),
        "6.4-inch smartphone, 256 GB, dual SIM; IMEI on the box and in the SIM tray.",
    ),
    "charger": (
        "phones",
        "box:charger",
        "8504.40",
        "USD 29 retail",
        ("Fast charger {x}", "Cargador rápido {x}", "Chargeur rapide {x}", "Carregador rápido {x}"),
        "30 W USB-C power adapter with thermal protection.",
    ),
    "cable": (
        "phones",
        "box:charger",
        "8544.42",
        "USD 19 retail",
        ("USB-C cable {x}", "Cable USB-C {x}", "Câble USB-C {x}", "Cabo USB-C {x}"),
        "1 m braided USB-C to USB-C cable, 60 W.",
    ),
    "phone-case": (
        "phones",
        "box:phone",
        "3926.90",
        "USD 39 retail",
        (
            "Protective case {x}",
            "Funda protectora {x}",
            "Coque de protection {x}",
            "Capa de proteção {x}",
        ),
        "Shock-absorbing case with raised camera lip.",
    ),
    "earbuds": (
        "electronics",
        "box:earbuds",
        "8518.30",
        "USD 149 retail",
        (
            "Wireless earbuds {x}",
            "Auriculares inalámbricos {x}",
            "Écouteurs sans fil {x}",
            "Auriculares sem fios {x}",
        ),
        "True-wireless earbuds with charging case and active noise cancelling.",
    ),
    "headphones": (
        "electronics",
        "box:headphones",
        "8518.30",
        "USD 249 retail",
        (
            "Over-ear headphones {x}",
            "Auriculares de diadema {x}",
            "Casque circum-auriculaire {x}",
            "Auscultadores {x}",
        ),
        "Foldable over-ear headphones, 40 h battery.",
    ),
    "power-bank": (
        "electronics",
        "box:battery",
        "8507.60",
        "USD 59 retail",
        ("Power bank {x}", "Batería externa {x}", "Batterie externe {x}", "Bateria externa {x}"),
        "20,000 mAh lithium-ion power bank, 2 x USB-C.",
    ),
    "speaker": (
        "electronics",
        "box:speaker",
        "8518.22",
        "USD 89 retail",
        (
            "Bluetooth speaker {x}",
            "Altavoz Bluetooth {x}",
            "Enceinte Bluetooth {x}",
            "Coluna Bluetooth {x}",
        ),
        "Waterproof portable speaker, IP67.",
    ),
    "cigarettes": (
        "tobacco",
        "pack",
        "2402.20",
        "GBP 15 per pack of 20",
        ("Cigarettes {x}", "Cigarrillos {x}", "Cigarettes {x}", "Cigarros {x}"),
        "King-size filter cigarettes, 20 per pack, 10 packs per carton.",
    ),
    "fine-cut": (
        "tobacco",
        "pack",
        "2403.19",
        "GBP 38 per 50 g pouch",
        (
            "Fine-cut tobacco {x}",
            "Tabaco de liar {x}",
            "Tabac à rouler {x}",
            "Tabaco de enrolar {x}",
        ),
        "Hand-rolling tobacco, 50 g resealable pouch.",
    ),
    "gin": (
        "alcohol",
        "bottle:gin",
        "2208.50",
        "GBP 32 per 70 cl",
        ("{x} gin", "Ginebra {x}", "Gin {x}", "Gin {x}"),
        "Dry gin, 43 % vol., 70 cl, distilled in copper pot stills.",
    ),
    "red-wine": (
        "alcohol",
        "bottle:wine",
        "2204.21",
        "EUR 18 per 75 cl",
        ("{x} red wine", "Vino tinto {x}", "Vin rouge {x}", "Vinho tinto {x}"),
        "Oak-aged red wine, 14 % vol., 75 cl.",
    ),
    "white-wine": (
        "alcohol",
        "bottle:wine",
        "2204.21",
        "EUR 11 per 75 cl",
        ("{x} white wine", "Vino blanco {x}", "Vin blanc {x}", "Vinho branco {x}"),
        "Fresh white wine, 12.5 % vol., 75 cl.",
    ),
    "sparkling": (
        "alcohol",
        "bottle:wine",
        "2204.10",
        "EUR 14 per 75 cl",
        ("{x} sparkling wine", "Vino espumoso {x}", "Vin mousseux {x}", "Vinho espumante {x}"),
        "Traditional-method sparkling wine, brut, 75 cl.",
    ),
    "nougat": (
        "food",
        "box:bar",
        "1704.90",
        "EUR 9 per 300 g",
        (
            "Soft almond nougat {x}",
            "Turrón blando {x}",
            "Nougat tendre aux amandes {x}",
            "Torrão mole de amêndoa {x}",
        ),
        "Soft almond nougat, 64 % almonds, 300 g bar.",
    ),
    "almonds": (
        "food",
        "box:cylinder",
        "0802.12",
        "EUR 7 per 200 g",
        (
            "Roasted almonds {x}",
            "Almendras tostadas {x}",
            "Amandes grillées {x}",
            "Amêndoas torradas {x}",
        ),
        "Salted roasted almonds in a 200 g tin.",
    ),
    "olive-oil": (
        "food",
        "bottle:oil",
        "1509.20",
        "EUR 12 per 75 cl",
        (
            "Extra virgin olive oil {x}",
            "Aceite de oliva virgen extra {x}",
            "Huile d'olive vierge extra {x}",
            "Azeite virgem extra {x}",
        ),
        "Cold-extracted extra virgin olive oil, 75 cl dark-glass bottle.",
    ),
    "coffee": (
        "food",
        "box:cup",
        "0901.21",
        "EUR 16 per kg",
        ("Coffee beans {x}", "Café en grano {x}", "Café en grains {x}", "Café em grão {x}"),
        "Roasted arabica coffee beans, 1 kg valve bag in a carton.",
    ),
    "ground-coffee": (
        "food",
        "box:cup",
        "0901.21",
        "EUR 5 per 250 g",
        ("Ground coffee {x}", "Café molido {x}", "Café moulu {x}", "Café moído {x}"),
        "Ground coffee for filter and moka pots, 250 g.",
    ),
    "spread": (
        "food",
        "bottle:jar",
        "1806.90",
        "EUR 5 per 400 g",
        (
            "{x} hazelnut spread",
            "Crema de avellanas {x}",
            "Pâte à tartiner {x}",
            "Creme de avelã {x}",
        ),
        "Cocoa and hazelnut spread, 400 g glass jar.",
    ),
    "chocolate": (
        "food",
        "box:bar",
        "1806.32",
        "EUR 3 per 100 g",
        (
            "Dark chocolate 72 % {x}",
            "Chocolate negro 72 % {x}",
            "Chocolat noir 72 % {x}",
            "Chocolate preto 72 % {x}",
        ),
        "Single-origin dark chocolate bar, 100 g.",
    ),
    "paracetamol": (
        "pharma",
        "box:pill",
        "3004.90",
        "EUR 3 per 20 tablets",
        (
            "Paracetamol 500 mg tablets {x}",
            "Paracetamol 500 mg comprimidos {x}",
            "Paracétamol 500 mg comprimés {x}",
            "Paracetamol 500 mg comprimidos {x}",
        ),
        "Analgesic and antipyretic, 20 film-coated tablets in two blisters.",
    ),
    "ibuprofen": (
        "pharma",
        "box:pill",
        "3004.90",
        "EUR 4 per 24 tablets",
        (
            "Ibuprofen 400 mg tablets {x}",
            "Ibuprofeno 400 mg comprimidos {x}",
            "Ibuprofène 400 mg comprimés {x}",
            "Ibuprofeno 400 mg comprimidos {x}",
        ),
        "Anti-inflammatory, 24 tablets, serialised pack with a 2D code.",
    ),
    "amoxicillin": (
        "pharma",
        "box:pill",
        "3004.10",
        "EUR 8 per 21 capsules",
        (
            "Amoxicillin 500 mg capsules {x}",
            "Amoxicilina 500 mg cápsulas {x}",
            "Amoxicilline 500 mg gélules {x}",
            "Amoxicilina 500 mg cápsulas {x}",
        ),
        "Antibiotic, 21 capsules; prescription only.",
    ),
    "antimalarial": (
        "pharma",
        "box:pill",
        "3004.60",
        "EUR 6 per 24 tablets",
        (
            "Antimalarial tablets {x}",
            "Comprimidos antipalúdicos {x}",
            "Comprimés antipaludiques {x}",
            "Comprimidos antimaláricos {x}",
        ),
        "Artemisinin-based combination therapy, 24 tablets.",
    ),
    "daily-lenses": (
        "contact-lenses",
        "box:lens",
        "9001.30",
        "EUR 29 per 30 lenses",
        (
            "Daily contact lenses {x}",
            "Lentes de contacto diarias {x}",
            "Lentilles journalières {x}",
            "Lentes de contacto diárias {x}",
        ),
        "Silicone hydrogel daily lenses, 30 sterile blisters per box.",
    ),
    "monthly-lenses": (
        "contact-lenses",
        "box:lens",
        "9001.30",
        "EUR 35 per 6 lenses",
        (
            "Monthly contact lenses {x}",
            "Lentes de contacto mensuales {x}",
            "Lentilles mensuelles {x}",
            "Lentes de contacto mensais {x}",
        ),
        "Monthly replacement lenses, 6 per box.",
    ),
    "toric-lenses": (
        "contact-lenses",
        "box:lens",
        "9001.30",
        "EUR 42 per 6 lenses",
        (
            "Toric contact lenses {x}",
            "Lentes de contacto tóricas {x}",
            "Lentilles toriques {x}",
            "Lentes de contacto tóricas {x}",
        ),
        "Lenses for astigmatism with stabilising marks.",
    ),
    "lens-solution": (
        "contact-lenses",
        "bottle:small",
        "3307.90",
        "EUR 12 per 360 ml",
        (
            "Lens care solution {x}",
            "Solución para lentes {x}",
            "Solution d'entretien {x}",
            "Solução para lentes {x}",
        ),
        "Multipurpose disinfecting solution, 360 ml, with lens case.",
    ),
    "face-cream": (
        "cosmetics",
        "bottle:jar",
        "3304.99",
        "EUR 48 per 50 ml",
        ("{x} face cream", "Crema facial {x}", "{x}, soin visage", "Creme de rosto {x}"),
        "Rich moisturising face cream, 50 ml glass jar in a folding carton.",
    ),
    "serum": (
        "cosmetics",
        "bottle:dropper",
        "3304.99",
        "EUR 62 per 30 ml",
        ("{x} face serum", "Sérum facial {x}", "{x}, sérum visage", "Sérum de rosto {x}"),
        "Brightening serum in an amber bottle with glass dropper, 30 ml.",
    ),
    "body-lotion": (
        "cosmetics",
        "bottle:lotion",
        "3304.99",
        "EUR 24 per 200 ml",
        ("{x} body lotion", "Loción corporal {x}", "{x}, lait corps", "Loção corporal {x}"),
        "Light body lotion with pump, 200 ml.",
    ),
    "lipstick": (
        "cosmetics",
        "box:lipstick",
        "3304.10",
        "EUR 29 retail",
        ("{x} lipstick", "Barra de labios {x}", "Rouge à lèvres {x}", "Batom {x}"),
        "Satin-finish lipstick in a magnetic metal case.",
    ),
    "perfume": (
        "cosmetics",
        "bottle:perfume",
        "3303.00",
        "EUR 95 per 100 ml",
        ("{x} eau de parfum", "Eau de parfum {x}", "Eau de parfum {x}", "Eau de parfum {x}"),
        "Eau de parfum spray, 100 ml faceted glass bottle.",
    ),
    "toilette": (
        "cosmetics",
        "bottle:perfume",
        "3303.00",
        "EUR 68 per 100 ml",
        (
            "{x} eau de toilette",
            "Eau de toilette {x}",
            "Eau de toilette {x}",
            "Eau de toilette {x}",
        ),
        "Eau de toilette spray, 100 ml.",
    ),
    "shampoo": (
        "cosmetics",
        "bottle:lotion",
        "3305.10",
        "EUR 9 per 400 ml",
        ("{x} shampoo", "Champú {x}", "Shampooing {x}", "Champô {x}"),
        "Shampoo for daily use, 400 ml.",
    ),
    "laundry": (
        "detergents",
        "bottle:jug",
        "3402.50",
        "EUR 12 per 2 l",
        (
            "Laundry detergent {x}",
            "Detergente para ropa {x}",
            "Lessive liquide {x}",
            "Detergente para roupa {x}",
        ),
        "Concentrated liquid detergent, 2 l, 40 washes.",
    ),
    "dish-tablets": (
        "detergents",
        "box:bar",
        "3402.50",
        "EUR 10 per 40 tablets",
        (
            "Dishwasher tablets {x}",
            "Pastillas para lavavajillas {x}",
            "Tablettes lave-vaisselle {x}",
            "Pastilhas para máquina de loiça {x}",
        ),
        "All-in-one dishwasher tablets, 40 per box.",
    ),
    "bar-soap": (
        "detergents",
        "box:bar",
        "3401.11",
        "EUR 3 per 125 g",
        ("{x} bar soap", "Jabón en pastilla {x}", "Savon {x}", "{x} em barra"),
        "Olive-oil bar soap, 125 g, wrapped in printed paper.",
    ),
    "ffp2": (
        "ppe",
        "mask",
        "6307.90",
        "EUR 1.20 per mask",
        ("FFP2 respirator {x}", "Mascarilla FFP2 {x}", "Masque FFP2 {x}", "Máscara FFP2 {x}"),
        "Fold-flat FFP2 respirator, EN 149 tested, individually wrapped.",
    ),
    "ffp3": (
        "ppe",
        "mask",
        "6307.90",
        "EUR 2.50 per mask",
        ("FFP3 respirator {x}", "Mascarilla FFP3 {x}", "Masque FFP3 {x}", "Máscara FFP3 {x}"),
        "FFP3 respirator with exhalation valve.",
    ),
    "gloves": (
        "ppe",
        "box:hand",
        "4015.19",
        "EUR 9 per 100 gloves",
        (
            "Nitrile examination gloves {x}",
            "Guantes de nitrilo {x}",
            "Gants d'examen en nitrile {x}",
            "Luvas de nitrilo {x}",
        ),
        "Powder-free nitrile examination gloves, 100 per box.",
    ),
    "goggles": (
        "ppe",
        "box:goggles",
        "9004.90",
        "EUR 14 retail",
        (
            "Safety goggles {x}",
            "Gafas de protección {x}",
            "Lunettes de protection {x}",
            "Óculos de proteção {x}",
        ),
        "Indirect-vent safety goggles, anti-fog coating.",
    ),
    "robot": (
        "toys",
        "box:robot",
        "9503.00",
        "EUR 49 retail",
        ("Robot toy {x}", "Robot de juguete {x}", "Robot jouet {x}", "Robô de brincar {x}"),
        "Programmable robot toy with app control, ages 8+.",
    ),
    "plush": (
        "toys",
        "box:bear",
        "9503.00",
        "EUR 25 retail",
        ("Plush bear {x}", "Oso de peluche {x}", "Ours en peluche {x}", "Urso de peluche {x}"),
        "Soft toy 30 cm with sewn-in safety eyes.",
    ),
    "bricks": (
        "toys",
        "box:blocks",
        "9503.00",
        "EUR 59 retail",
        (
            "Building bricks {x}",
            "Bloques de construcción {x}",
            "Briques de construction {x}",
            "Blocos de construção {x}",
        ),
        "500 interlocking bricks, ABS plastic, ages 4+.",
    ),
    "card-game": (
        "toys",
        "box:cards",
        "9504.40",
        "EUR 15 retail",
        ("Card game {x}", "Juego de cartas {x}", "Jeu de cartes {x}", "Jogo de cartas {x}"),
        "Family card game, 110 cards, 2-6 players.",
    ),
    "board-game": (
        "toys",
        "box:board",
        "9504.90",
        "EUR 39 retail",
        ("Board game {x}", "Juego de mesa {x}", "Jeu de société {x}", "Jogo de tabuleiro {x}"),
        "Strategy board game with wooden pieces.",
    ),
    "puzzle": (
        "toys",
        "box:board",
        "9503.00",
        "EUR 19 retail",
        ("Jigsaw puzzle {x}", "Puzle {x}", "Puzzle {x}", "Puzzle {x}"),
        "1000-piece jigsaw puzzle, 68 x 48 cm.",
    ),
    "running-shoe": (
        "sports",
        "shoe",
        "6404.11",
        "EUR 140 per pair",
        (
            "Running shoe {x}",
            "Zapatilla de running {x}",
            "Chaussure de running {x}",
            "Sapatilha de corrida {x}",
        ),
        "Cushioned road-running shoe, mesh upper.",
    ),
    "trail-shoe": (
        "sports",
        "shoe",
        "6404.11",
        "EUR 150 per pair",
        (
            "Trail shoe {x}",
            "Zapatilla de trail {x}",
            "Chaussure de trail {x}",
            "Sapatilha de trail {x}",
        ),
        "Trail-running shoe with lugged outsole.",
    ),
    "football": (
        "sports",
        "ball",
        "9506.62",
        "EUR 120 retail",
        (
            "Match football {x}",
            "Balón de fútbol {x}",
            "Ballon de football {x}",
            "Bola de futebol {x}",
        ),
        "Size 5 thermally bonded match ball.",
    ),
    "training-ball": (
        "sports",
        "ball",
        "9506.62",
        "EUR 35 retail",
        (
            "Training football {x}",
            "Balón de entrenamiento {x}",
            "Ballon d'entraînement {x}",
            "Bola de treino {x}",
        ),
        "Size 5 machine-stitched training ball.",
    ),
    "t-shirt": (
        "clothing",
        "garment",
        "6109.10",
        "EUR 35 retail",
        (
            "Training T-shirt {x}",
            "Camiseta de entrenamiento {x}",
            "T-shirt d'entraînement {x}",
            "T-shirt de treino {x}",
        ),
        "Quick-dry polyester training shirt.",
    ),
    "jersey": (
        "clothing",
        "garment",
        "6110.30",
        "EUR 85 retail",
        (
            "Football jersey {x}",
            "Camiseta de fútbol {x}",
            "Maillot de football {x}",
            "Camisola de futebol {x}",
        ),
        "Replica club jersey with heat-applied badge.",
    ),
    "trainers": (
        "clothing",
        "shoe",
        "6404.19",
        "EUR 110 per pair",
        ("Trainers {x}", "Zapatillas {x}", "Baskets {x}", "Ténis {x}"),
        "Leather-look lifestyle trainers.",
    ),
    "handbag": (
        "bags",
        "bag",
        "4202.21",
        "EUR 890 retail",
        ("Handbag {x}", "Bolso {x}", "Sac à main {x}", "Mala de mão {x}"),
        "Calfskin handbag with metal logo plate.",
    ),
    "tote": (
        "bags",
        "bag",
        "4202.22",
        "EUR 540 retail",
        ("Tote bag {x}", "Bolso tote {x}", "Sac cabas {x}", "Saco tote {x}"),
        "Grained-leather tote with suede lining.",
    ),
    "wallet": (
        "bags",
        "bag",
        "4202.31",
        "EUR 260 retail",
        ("Wallet {x}", "Cartera {x}", "Portefeuille {x}", "Carteira {x}"),
        "Zip-around leather wallet, 12 card slots.",
    ),
    "backpack": (
        "bags",
        "bag",
        "4202.92",
        "EUR 420 retail",
        ("Backpack {x}", "Mochila {x}", "Sac à dos {x}", "Mochila {x}"),
        "Nylon and leather backpack with padded laptop sleeve.",
    ),
    "automatic": (
        "watches",
        "watch",
        "9102.21",
        "CHF 2,400 retail",
        (
            "Automatic watch {x}",
            "Reloj automático {x}",
            "Montre automatique {x}",
            "Relógio automático {x}",
        ),
        "Self-winding wristwatch, 40 mm steel case.",
    ),
    "chronograph": (
        "watches",
        "watch",
        "9102.21",
        "CHF 3,900 retail",
        ("Chronograph {x}", "Cronógrafo {x}", "Chronographe {x}", "Cronógrafo {x}"),
        "Automatic chronograph, 42 mm, sapphire crystal.",
    ),
    "diver": (
        "watches",
        "watch",
        "9102.21",
        "CHF 3,200 retail",
        (
            "Diver's watch {x}",
            "Reloj de buceo {x}",
            "Montre de plongée {x}",
            "Relógio de mergulho {x}",
        ),
        "300 m diver's watch with unidirectional bezel.",
    ),
    "ladies-watch": (
        "watches",
        "watch",
        "9102.11",
        "EUR 690 retail",
        ("Ladies' watch {x}", "Reloj de señora {x}", "Montre femme {x}", "Relógio de senhora {x}"),
        "Quartz watch, 32 mm, mother-of-pearl dial.",
    ),
    "bracelet": (
        "watches",
        "box:ring",
        "7113.11",
        "EUR 180 retail",
        (
            "Silver bracelet {x}",
            "Pulsera de plata {x}",
            "Bracelet en argent {x}",
            "Pulseira de prata {x}",
        ),
        "Hallmarked sterling silver bracelet in a gift box.",
    ),
    "flask": (
        "household",
        "bottle:flask",
        "9617.00",
        "EUR 35 retail",
        ("Vacuum flask {x}", "Termo {x}", "Bouteille isotherme {x}", "Garrafa térmica {x}"),
        "Double-walled stainless-steel vacuum flask, 750 ml.",
    ),
    "kettle": (
        "household",
        "box:kettle",
        "8516.79",
        "EUR 59 retail",
        (
            "Electric kettle {x}",
            "Hervidor eléctrico {x}",
            "Bouilloire électrique {x}",
            "Chaleira elétrica {x}",
        ),
        "1.7 l stainless-steel kettle, 2200 W.",
    ),
    "pan": (
        "household",
        "box:pan",
        "7323.93",
        "EUR 49 retail",
        ("Frying pan {x}", "Sartén {x}", "Poêle {x}", "Frigideira {x}"),
        "28 cm stainless-steel frying pan with three-layer base.",
    ),
}

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
CONSUMABLE = {"food", "pharma", "cosmetics", "contact-lenses", "detergents", "tobacco", "alcohol"}
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

# ------------------------------------------------------------------ texts in en, es, fr, pt
# element: (method, {lang: (title, genuine, counterfeit, how to check)})
FEATURES = {
    "logo": (
        "naked-eye",
        {
            "en": (
                "Brand name and emblem",
                "Spelled exactly “{brand}”, even letter spacing, emblem left of the name.",
                "Misspelled name such as “{fake}”, letters swapped.",
                "Read the name letter by letter against this entry.",
            ),
            "es": (
                "Marca y emblema",
                "Escrito exactamente «{brand}», espaciado regular, emblema a la izquierda.",
                "Nombre mal escrito, por ejemplo «{fake}», letras cambiadas.",
                "Lea el nombre letra a letra y compárelo con esta ficha.",
            ),
            "fr": (
                "Nom de marque et emblème",
                "Orthographe exacte « {brand} », espacement régulier, emblème à gauche.",
                "Nom mal orthographié, par exemple « {fake} », lettres inversées.",
                "Lisez le nom lettre par lettre et comparez-le à cette fiche.",
            ),
            "pt": (
                "Marca e emblema",
                "Escrito exatamente «{brand}», espaçamento regular, emblema à esquerda.",
                "Nome mal escrito, por exemplo «{fake}», letras trocadas.",
                "Leia o nome letra a letra e compare com esta ficha.",
            ),
        },
    ),
    "hologram": (
        "naked-eye",
        {
            "en": (
                "Hologram sticker",
                "Rainbow colours shift when tilted; the {brand} emblem floats "
                "above the background.",
                "Dull grey foil without colour shift and no emblem.",
                "Tilt the item under a light and watch the colours move.",
            ),
            "es": (
                "Etiqueta holográfica",
                "Los colores del arco iris cambian al inclinarla; el "
                "emblema de {brand} parece flotar.",
                "Lámina gris apagada, sin cambio de color ni emblema.",
                "Incline el artículo bajo una luz y observe los colores.",
            ),
            "fr": (
                "Hologramme",
                "Les couleurs irisées changent quand on l'incline ; l'emblème "
                "{brand} semble flotter.",
                "Feuille grise terne, sans changement de couleur ni emblème.",
                "Inclinez l'article sous une lumière et observez les couleurs.",
            ),
            "pt": (
                "Holograma",
                "As cores do arco-íris mudam ao inclinar; o emblema {brand} parece flutuar.",
                "Película cinzenta baça, sem mudança de cor nem emblema.",
                "Incline o artigo sob uma luz e observe as cores.",
            ),
        },
    ),
    "stitching": (
        "touch",
        {
            "en": (
                "Stitching",
                "Straight, evenly spaced stitches of equal length, parallel to the edge.",
                "Crooked seam; stitches of uneven length and spacing.",
                "Run a finger along the seam and count the stitches over 2 cm.",
            ),
            "es": (
                "Costuras",
                "Puntadas rectas, regulares y de igual longitud, paralelas al borde.",
                "Costura torcida; puntadas irregulares en longitud y separación.",
                "Pase el dedo por la costura y cuente las puntadas en 2 cm.",
            ),
            "fr": (
                "Coutures",
                "Points droits, réguliers et de même longueur, parallèles au bord.",
                "Couture de travers ; points irréguliers en longueur et en espacement.",
                "Passez le doigt le long de la couture et comptez les points sur 2 cm.",
            ),
            "pt": (
                "Costuras",
                "Pontos retos, regulares e do mesmo comprimento, paralelos à borda.",
                "Costura torta; pontos irregulares no comprimento e no espaçamento.",
                "Passe o dedo pela costura e conte os pontos em 2 cm.",
            ),
        },
    ),
    "batch": (
        "loupe",
        {
            "en": (
                "Batch code print",
                "Sharp laser print “LOT {lot}”: L, year, week, dash, line.",
                "Blurred or smudged print, or a lot code named in an alert.",
                "Use a loupe: every character must have clean edges.",
            ),
            "es": (
                "Código de lote",
                "Impresión láser nítida «LOT {lot}»: L, año, semana, guion, línea.",
                "Impresión borrosa o corrida, o un lote citado en una alerta.",
                "Use una lupa: cada carácter debe tener bordes limpios.",
            ),
            "fr": (
                "Numéro de lot",
                "Impression laser nette « LOT {lot} » : L, année, semaine, tiret, ligne.",
                "Impression floue ou baveuse, ou numéro de lot cité dans une alerte.",
                "À la loupe : chaque caractère doit avoir des bords nets.",
            ),
            "pt": (
                "Código de lote",
                "Impressão laser nítida «LOT {lot}»: L, ano, semana, hífen, linha.",
                "Impressão desfocada ou borratada, ou lote citado num alerta.",
                "Use uma lupa: cada carácter deve ter contornos limpos.",
            ),
        },
    ),
    "seal": (
        "naked-eye",
        {
            "en": (
                "Tamper seal",
                "Intact seal across the opening, with fine guilloche print.",
                "Seal missing, or a plain sticker that peels off cleanly.",
                "Check that the seal is there and tears, not peels, when lifted at a corner.",
            ),
            "es": (
                "Precinto de garantía",
                "Precinto intacto sobre la apertura, con guilloche fino.",
                "Sin precinto, o una pegatina lisa que se despega limpiamente.",
                "Compruebe que el precinto existe y se rompe, no se despega, al levantarlo.",
            ),
            "fr": (
                "Scellé d'inviolabilité",
                "Scellé intact sur l'ouverture, avec un fin guillochage.",
                "Scellé absent, ou simple autocollant qui se décolle proprement.",
                "Vérifiez que le scellé est là et se déchire, au lieu de se décoller.",
            ),
            "pt": (
                "Selo de garantia",
                "Selo intacto sobre a abertura, com guilhochado fino.",
                "Selo ausente, ou autocolante simples que se descola sem rasgar.",
                "Verifique se o selo existe e se rasga, em vez de descolar, ao levantá-lo.",
            ),
        },
    ),
    "barcode": (
        "barcode-scan",
        {
            "en": (
                "Barcode",
                "Scans as {gtin}, with a valid check digit, and finds this entry.",
                "Different number or wrong check digit (last digit).",
                "Scan the barcode into idguide; the result must be this product.",
            ),
            "es": (
                "Código de barras",
                "Se lee {gtin}, con dígito de control válido, y encuentra esta ficha.",
                "Número distinto o dígito de control (el último) erróneo.",
                "Escanee el código en idguide: el resultado debe ser este producto.",
            ),
            "fr": (
                "Code-barres",
                "Se lit {gtin}, avec une clé de contrôle valide, et trouve cette fiche.",
                "Numéro différent ou clé de contrôle (dernier chiffre) fausse.",
                "Scannez le code-barres dans idguide : le résultat doit être ce produit.",
            ),
            "pt": (
                "Código de barras",
                "Lê-se {gtin}, com dígito de controlo válido, e encontra esta ficha.",
                "Número diferente ou dígito de controlo (o último) errado.",
                "Leia o código no idguide: o resultado tem de ser este produto.",
            ),
        },
    ),
    "font": (
        "loupe",
        {
            "en": (
                "Printed text and font",
                "Smooth, proportional typeface; small print stays sharp.",
                "Wrong font: blocky, pixelated letters.",
                "Compare the small print with the genuine photo under a loupe.",
            ),
            "es": (
                "Textos y tipografía",
                "Tipografía proporcional y suave; la letra pequeña es nítida.",
                "Tipografía incorrecta: letras cuadradas y pixeladas.",
                "Compare la letra pequeña con la foto original usando una lupa.",
            ),
            "fr": (
                "Textes et police",
                "Police proportionnelle et régulière ; les petits caractères restent nets.",
                "Mauvaise police : lettres carrées et pixelisées.",
                "Comparez les petits caractères avec la photo authentique à la loupe.",
            ),
            "pt": (
                "Textos e tipo de letra",
                "Tipo de letra proporcional e suave; o texto pequeno é nítido.",
                "Tipo de letra errado: letras quadradas e pixelizadas.",
                "Compare o texto pequeno com a foto original com uma lupa.",
            ),
        },
    ),
    "colour": (
        "naked-eye",
        {
            "en": (
                "Brand colour",
                "{colour} exactly as on the genuine photo, even all over.",
                "Colour off: paler, or a different hue.",
                "Compare in daylight with the genuine photo at full screen brightness.",
            ),
            "es": (
                "Color de la marca",
                "{colour} idéntico a la foto original, uniforme.",
                "Color incorrecto: más pálido o de otro tono.",
                "Compare con luz natural junto a la foto original a pleno brillo.",
            ),
            "fr": (
                "Couleur de la marque",
                "{colour} identique à la photo authentique, uniforme.",
                "Couleur fausse : plus pâle ou d'une autre teinte.",
                "Comparez à la lumière du jour avec la photo authentique.",
            ),
            "pt": (
                "Cor da marca",
                "{colour} igual à foto original, uniforme.",
                "Cor errada: mais pálida ou de outro tom.",
                "Compare à luz do dia com a foto original no brilho máximo.",
            ),
        },
    ),
    "uv": (
        "uv-lamp",
        {
            "en": (
                "UV security mark",
                "Under a 365 nm UV lamp a blue-glowing {brand} emblem and fine lines appear.",
                "Nothing glows under the lamp.",
                "Darken the area and shine the UV lamp from 10 cm.",
            ),
            "es": (
                "Marca de seguridad UV",
                "Con lámpara UV de 365 nm aparecen un emblema de {brand} "
                "azul luminoso y líneas finas.",
                "Nada brilla bajo la lámpara.",
                "Oscurezca la zona e ilumine con la lámpara UV a 10 cm.",
            ),
            "fr": (
                "Marquage UV",
                "Sous lampe UV 365 nm apparaissent un emblème {brand} bleu "
                "lumineux et de fines lignes.",
                "Rien ne brille sous la lampe.",
                "Assombrissez la zone et éclairez avec la lampe UV à 10 cm.",
            ),
            "pt": (
                "Marca de segurança UV",
                "Sob lâmpada UV de 365 nm surgem um emblema {brand} azul brilhante e linhas finas.",
                "Nada brilha sob a lâmpada.",
                "Escureça a zona e ilumine com a lâmpada UV a 10 cm.",
            ),
        },
    ),
    "emboss": (
        "touch",
        {
            "en": (
                "Embossed mark",
                "Raised, crisp {brand} lettering you can feel with a fingertip.",
                "Flat print with no relief.",
                "Run a fingertip over the mark with eyes closed.",
            ),
            "es": (
                "Marca en relieve",
                "Letras {brand} en relieve, nítidas, que se notan al tacto.",
                "Impresión plana sin relieve.",
                "Pase la yema del dedo por la marca con los ojos cerrados.",
            ),
            "fr": (
                "Marquage en relief",
                "Lettres {brand} en relief, nettes, sensibles au toucher.",
                "Impression plate sans relief.",
                "Passez le bout du doigt sur le marquage, les yeux fermés.",
            ),
            "pt": (
                "Marca em relevo",
                "Letras {brand} em relevo, nítidas, que se sentem ao toque.",
                "Impressão plana sem relevo.",
                "Passe a ponta do dedo pela marca de olhos fechados.",
            ),
        },
    ),
    "serial": (
        "loupe",
        {
            "en": (
                "Serial number",
                "Unique serial {serial}, evenly engraved and registered with the rights holder.",
                "Repeated serial such as 00000000.",
                "Note the serial and ask the rights holder to confirm it.",
            ),
            "es": (
                "Número de serie",
                "Número único {serial}, grabado de forma regular y registrado por el titular.",
                "Número repetido, como 00000000.",
                "Anote el número y pida al titular que lo confirme.",
            ),
            "fr": (
                "Numéro de série",
                "Numéro unique {serial}, gravé régulièrement et enregistré par le titulaire.",
                "Numéro répété, comme 00000000.",
                "Notez le numéro et demandez confirmation au titulaire des droits.",
            ),
            "pt": (
                "Número de série",
                "Número único {serial}, gravado de forma regular e registado pelo titular.",
                "Número repetido, como 00000000.",
                "Anote o número e peça ao titular que o confirme.",
            ),
        },
    ),
}
INDICATORS = {
    "route": {
        "en": "Consignments transhipped through free-trade zones and re-declared as general "
        "merchandise.",
        "es": "Envíos transbordados en zonas francas y redeclarados como mercancía general.",
        "fr": "Envois transbordés dans des zones franches et redéclarés comme marchandises "
        "diverses.",
        "pt": "Remessas transbordadas em zonas francas e redeclaradas como mercadoria geral.",
    },
    "declared-value": {
        "en": "Declared value far below the genuine price ({price}); genuine stock is never sold "
        "in bulk at such prices.",
        "es": "Valor declarado muy inferior al precio original ({price}); nunca se vende a granel "
        "a esos precios.",
        "fr": "Valeur déclarée très inférieure au prix d'origine ({price}) ; jamais vendu en gros "
        "à ce prix.",
        "pt": "Valor declarado muito abaixo do preço original ({price}); nunca vendido a granel "
        "a esse preço.",
    },
    "e-commerce": {
        "en": "Single units in small parcels from online marketplaces, declared as gift or sample.",
        "es": "Unidades sueltas en paquetes pequeños de plataformas en línea, declaradas como "
        "regalo o muestra.",
        "fr": "Unités isolées dans de petits colis de places de marché en ligne, déclarées "
        "cadeau ou échantillon.",
        "pt": "Unidades isoladas em pequenas encomendas de plataformas online, declaradas como "
        "oferta ou amostra.",
    },
    "market": {
        "en": "Never sold in {markets}: any consignment of this product bound there is suspect.",
        "es": "Nunca se vende en {markets}: cualquier envío de este producto con ese destino es "
        "sospechoso.",
        "fr": "Jamais vendu en {markets} : tout envoi de ce produit à cette destination est "
        "suspect.",
        "pt": "Nunca vendido em {markets}: qualquer remessa deste produto com esse destino é "
        "suspeita.",
    },
    "packaging": {
        "en": "Loose items without retail packaging, or cartons with spelling mistakes.",
        "es": "Artículos sueltos sin embalaje de venta, o cajas con faltas de ortografía.",
        "fr": "Articles en vrac sans emballage de vente, ou cartons avec des fautes d'orthographe.",
        "pt": "Artigos soltos sem embalagem de venda, ou caixas com erros ortográficos.",
    },
}
DESCRIPTION = {
    "en": "{details} Genuine {brand} product, made in {made}; sold by authorised dealers in "
    "{sold}.",
    "es": "{name}: producto original de {brand}, fabricado en {made}; a la venta en "
    "distribuidores autorizados ({sold}).",
    "fr": "{name} : produit authentique {brand}, fabriqué en {made} ; vendu par des revendeurs "
    "agréés ({sold}).",
    "pt": "{name}: produto original {brand}, fabricado em {made}; vendido em revendedores "
    "autorizados ({sold}).",
}
PACKAGING = {
    "box": "Printed folding carton with hologram sticker, tamper seal and batch code.",
    "pack": "Hinged-lid pack with a tax stamp across the opening; ten packs to a carton.",
    "bottle": "Bottle or jar with wrap-around label, coloured cap and tamper seal.",
    "garment": "Folded in a clear polybag; swing tag with hologram, barcode and batch code.",
    "shoe": "Shoebox with size label; swing tag with hologram on the heel loop.",
    "bag": "Dust bag and rigid gift box; swing tag with the serial number.",
    "tool": "Blister card with hanging hole, brand band and barcode.",
    "watch": "Presentation box with warranty card carrying the serial number.",
    "bearing": "Individual carton with hologram label; outer cartons of 10.",
    "mask": "Individually wrapped; boxes of 20 with hologram label.",
    "ball": "Sold in a printed box with a swing tag.",
}
ALERT_TEXT = {
    "en": (
        "Counterfeit lot {lot} in circulation",
        "Fakes printed with lot code {lot} seized "
        "since {month}. The code is copied from genuine stock: check every feature.",
    ),
    "es": (
        "Lote falsificado {lot} en circulación",
        "Desde {month} se incautan falsificaciones "
        "con el lote {lot}. El código está copiado de mercancía original: compruebe todo.",
    ),
    "fr": (
        "Lot contrefait {lot} en circulation",
        "Depuis {month}, saisies de contrefaçons "
        "portant le lot {lot}. Le code est copié sur du stock authentique : vérifiez tout.",
    ),
    "pt": (
        "Lote contrafeito {lot} em circulação",
        "Desde {month} são apreendidas contrafações "
        "com o lote {lot}. O código foi copiado de stock original: verifique tudo.",
    ),
}
TIPS = [
    {
        "en": "Compare the item with the genuine photo side by side, at the same angle.",
        "es": "Compare el artículo con la foto original, lado a lado y con el mismo ángulo.",
        "fr": "Comparez l'article avec la photo authentique, côte à côte et sous le même angle.",
        "pt": "Compare o artigo com a foto original, lado a lado e no mesmo ângulo.",
    },
    {
        "en": "Identical lot codes on every unit of a large consignment are a warning sign.",
        "es": "Lotes idénticos en todas las unidades de un envío grande son una señal de alerta.",
        "fr": "Des numéros de lot identiques sur toutes les unités d'un gros envoi sont suspects.",
        "pt": "Lotes iguais em todas as unidades de uma remessa grande são um sinal de alerta.",
    },
    {
        "en": "When in doubt, photograph each feature and send a verification request.",
        "es": "En caso de duda, fotografíe cada característica y envíe una solicitud de "
        "verificación.",
        "fr": "En cas de doute, photographiez chaque point et envoyez une demande de vérification.",
        "pt": "Em caso de dúvida, fotografe cada característica e envie um pedido de verificação.",
    },
    {
        "en": "Fakes often copy the front carefully; check the back, the seams and the small "
        "print.",
        "es": "Las falsificaciones copian bien el frente; revise el reverso, costuras y letra "
        "pequeña.",
        "fr": "Les contrefaçons copient bien la face avant ; vérifiez le dos, les coutures et les "
        "petits caractères.",
        "pt": "As contrafações copiam bem a frente; verifique o verso, as costuras e o texto "
        "pequeno.",
    },
]
CAPTIONS = {
    "genuine": {
        "en": "Genuine {name}",
        "es": "{name} original",
        "fr": "{name} authentique",
        "pt": "{name} original",
    },
    "counterfeit": {
        "en": "Counterfeit seized in 2026",
        "es": "Falsificación incautada en 2026",
        "fr": "Contrefaçon saisie en 2026",
        "pt": "Contrafação apreendida em 2026",
    },
}

# ------------------------------------------------------------------ drawing: basics and text

BG, FLOOR, INK, EDGE = (234, 237, 241), (214, 218, 225), (34, 38, 44), (90, 96, 106)
STEEL, WHITE, GLOW = (184, 190, 198), (250, 250, 248), (120, 220, 255)


class Slot(NamedTuple):
    x: int
    y: int
    w: int
    h: int
    ink: tuple | None = None
    style: str = ""

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.x + self.w, self.y + self.h)


@dataclass
class Spec:
    """What the drawing of one product needs."""

    seed: int
    brand: str
    rgb: tuple
    emblem: str
    body: str
    variant: str
    gtin: str
    lot: str
    fake_lot: str
    when: str
    serial: str
    lines: list
    features: list


def tint(c, t):  # towards white
    return tuple(round(v + (255 - v) * t) for v in c)


def shade(c, f):  # towards black
    return tuple(round(v * f) for v in c)


def off_colour(c):
    h, s, v = colorsys.rgb_to_hsv(*(x / 255 for x in c))
    r, g, b = colorsys.hsv_to_rgb((h + 0.09) % 1, s * 0.7, min(1, v * 1.25 + 0.08))
    return (round(r * 255), round(g * 255), round(b * 255))


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


def split_marks(text: str) -> tuple[str, list]:
    """Base letters and their accents: the built-in font has no accented glyphs."""
    base, marks = "", []
    for ch in unicodedata.normalize("NFD", text.replace("–", "-")):
        if unicodedata.combining(ch):
            marks.append((len(base) - 1, ch))
        else:
            base += ch
    return base, marks


def fit(lines, w, h):
    size = max(8, int(h * 0.7))
    while size > 8 and max(font(size).getlength(split_marks(t)[0]) for t in lines) > w * 0.94:
        size -= 1
    return font(size)


def text(d, cx, cy, s, f, fill, stroke=0):
    """Draw ``s`` centred on (cx, cy), adding the accents the font lacks."""
    base, marks = split_marks(s)
    asc, desc = f.getmetrics()
    x0, baseline = cx - f.getlength(base) / 2, cy + (asc - desc) / 2
    d.text(
        (x0, baseline), base, font=f, fill=fill, anchor="ls", stroke_width=stroke, stroke_fill=fill
    )
    size, lw = f.size, max(1, round(f.size / 13))
    for i, mark in marks:
        left, top, right, _ = f.getbbox(base[i], anchor="ls")
        x, y1 = x0 + f.getlength(base[:i]) + (left + right) / 2, baseline + top - size * 0.06
        y0, s1 = y1 - size * 0.16, size * 0.11
        if mark == "\u0300":
            d.line([(x - s1, y0), (x + s1 * 0.5, y1)], fill, lw)
        elif mark == "\u0301":
            d.line([(x - s1 * 0.5, y1), (x + s1, y0)], fill, lw)
        elif mark == "\u0302":
            d.line([(x - s1, y1), (x, y0), (x + s1, y1)], fill, lw)
        elif mark == "\u0303":
            d.line(
                [
                    (x - s1 * 1.2 + k * s1 * 0.3, (y0 + y1) / 2 - math.sin(k * 0.785) * s1 * 0.5)
                    for k in range(9)
                ],
                fill,
                lw,
            )
        elif mark == "\u0308":
            for dx in (-s1 * 0.8, s1 * 0.8):
                d.ellipse((x + dx - lw, y1 - 2 * lw, x + dx + lw, y1), fill=fill)
        elif mark == "\u0327":
            d.line([(x, baseline), (x, baseline + s1), (x - s1, baseline + s1 * 1.8)], fill, lw)


def text_in(d, r, lines, fill, stroke=0):
    """Lines of text sharing one font size, fitted into the box ``r`` (x, y, w, h)."""
    x, y, w, h = r[:4]
    lh = h / len(lines)
    f = fit(lines, w, lh)
    for i, line in enumerate(lines):
        text(d, x + w / 2, y + lh * (i + 0.5), line, f, fill, stroke)


@lru_cache(maxsize=1)
def pixel_font() -> ImageFont.ImageFont:
    return ImageFont.load_default_imagefont()


def pixel_text_in(im, r, lines, fill):
    """The wrong font of a fake: the blocky bitmap font, scaled up without smoothing."""
    x, y, w, h = r[:4]
    lh = h // len(lines)
    lines = [split_marks(line)[0].encode("ascii", "replace").decode() for line in lines]
    boxes = [pixel_font().getbbox(line) for line in lines]
    k = min(min(w * 0.94 / (b[2] + 1), lh / (b[3] + 1)) for b in boxes)
    k = math.floor(k) if k >= 1 else k  # whole multiples keep the pixels square
    for i, (line, box) in enumerate(zip(lines, boxes, strict=True)):
        mask = Image.new("L", (box[2] + 1, box[3] + 1))
        ImageDraw.Draw(mask).text((0, 0), line, font=pixel_font(), fill=255)
        mask = mask.resize((int(mask.width * k), int(mask.height * k)), Image.Resampling.NEAREST)
        px, py = x + (w - mask.width) // 2, y + i * lh + (lh - mask.height) // 2
        im.paste(fill, (px, py, px + mask.width, py + mask.height), mask)


def emblem(d, r, shape, ink):
    x, y, w, h = r[:4]
    cx, cy, rad = x + w / 2, y + h / 2, min(w, h) / 2

    def ring(n, r1, r2=None, start=-90):
        return [
            (
                cx + (r2 if r2 and k % 2 else r1) * math.cos(math.radians(start + k * 360 / n)),
                cy + (r2 if r2 and k % 2 else r1) * math.sin(math.radians(start + k * 360 / n)),
            )
            for k in range(n)
        ]

    if shape == "ring":
        d.ellipse(
            (cx - rad, cy - rad, cx + rad, cy + rad), outline=ink, width=max(2, int(rad // 4))
        )
        d.ellipse((cx - rad / 3, cy - rad / 3, cx + rad / 3, cy + rad / 3), fill=ink)
    elif shape == "chevron":
        d.polygon(
            [
                (cx - rad, cy - rad * 0.2),
                (cx, cy - rad),
                (cx + rad, cy - rad * 0.2),
                (cx + rad, cy + rad * 0.5),
                (cx, cy - rad * 0.3),
                (cx - rad, cy + rad * 0.5),
            ],
            fill=ink,
        )
    elif shape == "drop":
        d.ellipse((cx - rad * 0.7, cy - rad * 0.1, cx + rad * 0.7, cy + rad), fill=ink)
        d.polygon(
            [(cx, cy - rad), (cx - rad * 0.66, cy + rad * 0.3), (cx + rad * 0.66, cy + rad * 0.3)],
            fill=ink,
        )
    else:
        points = {
            "diamond": ring(4, rad),
            "triangle": ring(3, rad),
            "hex": ring(6, rad),
            "star": ring(10, rad, rad * 0.45),
        }[shape]
        d.polygon(points, fill=ink)


# ------------------------------------------------------------------ drawing: elements
# Each element draws itself into its slot; ``fake`` draws the counterfeit's defect, which stays
# inside the slot so that genuine and counterfeit images differ exactly where the features say.


def misspell(name: str) -> str:
    i = next(i for i in range(1, len(name) - 1) if name[i] != name[i + 1] and name[i + 1] != " ")
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def el_logo(im, d, s, p, fake):
    ink, name = s.ink or p.rgb, misspell(p.brand) if fake else p.brand
    e = int(min(s.h * 0.7, s.w * 0.2))
    f = fit([p.brand], s.w - e - 16, s.h)
    width = e + 10 + f.getlength(split_marks(name)[0])
    x0 = s.x + (s.w - width) / 2
    emblem(d, (x0, s.y + (s.h - e) / 2, e, e), p.emblem, ink)
    text(d, x0 + e + 10 + (width - e - 10) / 2, s.y + s.h / 2, name, f, ink, stroke=1)


def el_hologram(im, d, s, p, fake):
    patch = Image.new("RGB", (s.w, s.h))
    pd = ImageDraw.Draw(patch)
    n, step = 12, (s.w + s.h) / 12
    for k in range(n + 1):
        if fake:
            c = (188, 190, 194) if k % 2 else (176, 178, 183)
        else:
            r, g, b = colorsys.hsv_to_rgb((k / n + p.seed % 7 / 7) % 1, 0.5, 1.0)
            c = (round(r * 255), round(g * 255), round(b * 255))
        x0 = k * step - s.h
        pd.polygon([(x0, s.h), (x0 + s.h, 0), (x0 + s.h + step, 0), (x0 + step, s.h)], fill=c)
    if not fake:
        e = int(min(s.w, s.h) * 0.62)
        emblem(pd, ((s.w - e) // 2 + 2, (s.h - e) // 2 + 2, e, e), p.emblem, (150, 150, 170))
        emblem(pd, ((s.w - e) // 2, (s.h - e) // 2, e, e), p.emblem, WHITE)
    mask = Image.new("L", (s.w, s.h))
    ImageDraw.Draw(mask).rounded_rectangle((0, 0, s.w - 1, s.h - 1), min(s.w, s.h) // 5, 255)
    im.paste(patch, (s.x, s.y), mask)
    d.rounded_rectangle(
        (s.x, s.y, s.x + s.w - 1, s.y + s.h - 1), min(s.w, s.h) // 5, outline=(150, 152, 160)
    )


def el_stitching(im, d, s, p, fake):
    vertical = s.h > s.w
    length, across = (s.h, s.w) if vertical else (s.w, s.h)
    rng = random.Random(p.seed * 7 + s.x)
    thread = s.ink or tint(p.rgb, 0.75)
    for row in [across / 2] if across < 18 else [across * 0.3, across * 0.7]:
        pos = 4.0
        while pos < length - 10:
            dash, gap, off = 10, 6, 0.0
            if fake:
                dash, gap = rng.randint(4, 13), rng.randint(3, 11)
                off = rng.uniform(-0.12, 0.12) * across + (pos / length - 0.5) * across * 0.35
            c = min(max(row + off, 2), across - 3)
            a, b = pos, min(pos + dash, length - 4)
            d.line(
                [(s.x + c, s.y + a), (s.x + c, s.y + b)]
                if vertical
                else [(s.x + a, s.y + c), (s.x + b, s.y + c)],
                fill=thread,
                width=3,
            )
            pos += dash + gap


def el_batch(im, d, s, p, fake):
    text_in(d, s, [f"LOT {p.fake_lot if fake else p.lot}", p.when], s.ink or INK)
    if fake:
        crop = im.crop(s.box).filter(ImageFilter.GaussianBlur(1.6))
        im.paste(crop, s.box[:2])


def el_seal(im, d, s, p, fake):
    if fake:  # the counterfeit has no seal at all
        return
    gold, dark = (214, 178, 78), (160, 124, 40)
    if s.style == "strip":
        d.rectangle((s.x, s.y, s.x + s.w - 1, s.y + s.h - 1), fill=(246, 238, 214), outline=dark)
        vertical = s.h > s.w
        length, across = (s.h, s.w) if vertical else (s.w, s.h)
        for k in range(3):
            pts = [
                (t, across * (0.3 + 0.2 * k) + math.sin(t / 5 + k) * across * 0.1)
                for t in range(2, length - 2, 2)
            ]
            d.line(
                [(s.x + b, s.y + a) if vertical else (s.x + a, s.y + b) for a, b in pts],
                fill=p.rgb,
                width=1,
            )
    else:
        cx, cy, r = s.x + s.w / 2, s.y + s.h / 2, min(s.w, s.h) / 2 - 1
        d.polygon(
            [
                (
                    cx + (r if k % 2 else r * 0.86) * math.cos(k * math.pi / 18),
                    cy + (r if k % 2 else r * 0.86) * math.sin(k * math.pi / 18),
                )
                for k in range(36)
            ],
            fill=gold,
        )
        d.ellipse((cx - r * 0.7, cy - r * 0.7, cx + r * 0.7, cy + r * 0.7), fill=dark)
        text_in(d, (cx - r * 0.6, cy - r * 0.3, r * 1.2, r * 0.6), ["SEAL"], (250, 236, 190))


L_CODES = [
    "0001101",
    "0011001",
    "0010011",
    "0111101",
    "0100011",
    "0110001",
    "0101111",
    "0111011",
    "0110111",
    "0001011",
]
PARITY = [
    "LLLLLL",
    "LLGLGG",
    "LLGGLG",
    "LLGGGL",
    "LGLLGG",
    "LGGLLG",
    "LGGGLL",
    "LGLGLG",
    "LGLGGL",
    "LGGLGL",
]


def ean_bits(code: str) -> str:
    """The bars of an EAN-13 (a UPC-A is an EAN-13 with a leading 0) or an EAN-8."""

    def r_code(n):
        return "".join("1" if b == "0" else "0" for b in L_CODES[int(n)])

    if len(code) == 8:
        return (
            "101"
            + "".join(L_CODES[int(n)] for n in code[:4])
            + "01010"
            + "".join(r_code(n) for n in code[4:])
            + "101"
        )
    code = code.zfill(13)
    left = "".join(
        L_CODES[int(n)] if kind == "L" else r_code(n)[::-1]
        for n, kind in zip(code[1:7], PARITY[int(code[0])], strict=True)
    )
    return "101" + left + "01010" + "".join(r_code(n) for n in code[7:]) + "101"


def el_barcode(im, d, s, p, fake):
    code = p.gtin[:-1] + str((int(p.gtin[-1]) + 3) % 10) if fake else p.gtin
    bits = ean_bits(code)
    d.rectangle((s.x, s.y, s.x + s.w - 1, s.y + s.h - 1), fill=WHITE)
    m = max(1, (s.w - 12) // len(bits))
    x0, bar_h = s.x + (s.w - m * len(bits)) // 2, int(s.h * 0.68)
    for k, bit in enumerate(bits):
        if bit == "1":
            d.rectangle((x0 + k * m, s.y + 4, x0 + k * m + m - 1, s.y + 4 + bar_h), fill=INK)
    text_in(d, (s.x + 2, s.y + 6 + bar_h, s.w - 4, s.h - bar_h - 8), [" ".join(code)], INK)


def el_colour(im, d, s, p, fake):
    c = off_colour(p.rgb) if fake else p.rgb
    box = (s.x, s.y, s.x + s.w - 1, s.y + s.h - 1)
    if s.style == "ring":
        d.ellipse(box, outline=c, width=max(6, s.w // 14))
    elif s.style == "arc":
        d.arc((s.x, s.y, s.x + s.w - 1, s.y + 2 * s.h - 1), 180, 360, fill=c, width=16)
    elif s.style == "ellipse":
        d.ellipse(box, fill=c, outline=shade(c, 0.8), width=2)
    elif s.style == "flat":
        d.rectangle(box, fill=c)
    else:
        d.rounded_rectangle(box, min(s.w, s.h) // 4, fill=c, outline=shade(c, 0.8))


def el_uv(im, d, s, p, fake):
    d.rounded_rectangle(s.box, 10, fill=(34, 20, 62))
    text_in(d, (s.x, s.y + 4, s.w, 18), ["UV 365 nm"], (150, 130, 200))
    if not fake:
        e = int(min(s.w, s.h - 24) * 0.6)
        emblem(d, (s.x + (s.w - e) // 2, s.y + 24 + (s.h - 24 - e) // 2, e, e), p.emblem, GLOW)
        for k in range(3):
            y = s.y + s.h - 14 - 5 * k
            d.line(
                [(s.x + t, y + math.sin(t / 6) * 2) for t in range(8, s.w - 8, 2)],
                fill=(70, 150, 220),
                width=1,
            )


def el_emboss(im, d, s, p, fake):
    base = s.ink or STEEL
    d.rounded_rectangle(s.box, 6, fill=base, outline=shade(base, 0.75))
    inner = (s.x + 6, s.y + 4, s.w - 12, s.h - 8)
    label = [p.brand.upper()]
    if fake:
        text_in(d, inner, label, shade(base, 0.45))
        return
    for (dx, dy), c in (((-1, -1), tint(base, 0.7)), ((2, 2), shade(base, 0.55)), ((0, 0), base)):
        text_in(d, (inner[0] + dx, inner[1] + dy, inner[2], inner[3]), label, c, stroke=1)


def el_serial(im, d, s, p, fake):
    d.rounded_rectangle(s.box, 4, fill=s.ink or (226, 228, 232), outline=EDGE)
    text_in(
        d,
        (s.x + 4, s.y + 2, s.w - 8, s.h - 4),
        ["No. " + ("00000000" if fake else p.serial)],
        (70, 74, 82),
    )


def el_font(im, d, s, p, fake):
    if fake:
        pixel_text_in(im, s, p.lines, s.ink or INK)
    else:
        text_in(d, s, p.lines, s.ink or INK)


ELEMENTS = {
    "logo": el_logo,
    "hologram": el_hologram,
    "stitching": el_stitching,
    "batch": el_batch,
    "seal": el_seal,
    "barcode": el_barcode,
    "colour": el_colour,
    "uv": el_uv,
    "emboss": el_emboss,
    "serial": el_serial,
    "font": el_font,
}

# ------------------------------------------------------------------ drawing: pictograms on boxes


def picto(d, r, kind, c):
    x, y, w, h = r
    cx, cy, s = x + w / 2, y + h / 2, min(w, h) / 2
    light = tint(c, 0.55)

    def rr(x0, y0, x1, y1, fill, rad=0.1):  # rounded rectangle in units of s around the centre
        d.rounded_rectangle(
            (cx + x0 * s, cy + y0 * s, cx + x1 * s, cy + y1 * s), max(1, int(rad * s)), fill=fill
        )

    def ell(x0, y0, x1, y1, fill=None, outline=None, width=1):
        d.ellipse(
            (cx + x0 * s, cy + y0 * s, cx + x1 * s, cy + y1 * s),
            fill=fill,
            outline=outline,
            width=width,
        )

    if kind == "phone":
        rr(-0.5, -0.95, 0.5, 0.95, INK, 0.15)
        rr(-0.42, -0.8, 0.42, 0.8, light, 0.05)
    elif kind in ("earbuds", "headphones"):
        d.arc(
            (cx - 0.7 * s, cy - 0.8 * s, cx + 0.7 * s, cy + 0.6 * s),
            180,
            360,
            INK,
            max(4, int(s / 8)),
        )
        for side in (-1, 1):
            rr(side * 0.7 - 0.2, -0.2, side * 0.7 + 0.2, 0.5, c, 0.15)
    elif kind in ("battery", "charger"):
        rr(-0.6, -0.8, 0.6, 0.9, INK, 0.12)
        rr(-0.2, -0.95, 0.2, -0.8, INK, 0.02)
        d.polygon(
            [
                (cx + 0.1 * s, cy - 0.6 * s),
                (cx - 0.3 * s, cy + 0.1 * s),
                (cx, cy + 0.1 * s),
                (cx - 0.1 * s, cy + 0.7 * s),
                (cx + 0.3 * s, cy - 0.05 * s),
                (cx, cy - 0.05 * s),
            ],
            fill=light,
        )
    elif kind == "speaker":
        rr(-0.55, -0.9, 0.55, 0.9, INK, 0.2)
        ell(-0.4, -0.1, 0.4, 0.7, fill=c)
        ell(-0.2, -0.7, 0.2, -0.3, fill=c)
    elif kind == "pill":
        for k, (dx, dy) in enumerate(((-0.35, -0.4), (0.35, -0.4), (-0.35, 0.4), (0.35, 0.4))):
            ell(dx - 0.3, dy - 0.3, dx + 0.3, dy + 0.3, fill=c if k % 3 else WHITE, outline=INK)
    elif kind in ("lens", "ring"):
        ell(-0.8, -0.8, 0.8, 0.8, outline=c, width=max(4, int(s / 7)))
        ell(-0.45, -0.55, -0.15, -0.25, fill=light if kind == "lens" else c)
    elif kind == "disc":
        ell(-0.9, -0.9, 0.9, 0.9, fill=STEEL, outline=EDGE, width=2)
        ell(-0.35, -0.35, 0.35, 0.35, fill=c)
    elif kind == "cylinder":
        rr(-0.6, -0.6, 0.6, 0.85, c, 0.05)
        ell(-0.6, -0.8, 0.6, -0.4, fill=tint(c, 0.3))
    elif kind == "plug":
        rr(-0.15, -0.95, 0.15, -0.3, WHITE, 0.05)
        rr(-0.35, -0.3, 0.35, 0.1, STEEL, 0.05)
        rr(-0.2, 0.1, 0.2, 0.7, shade(STEEL, 0.8), 0.02)
    elif kind in ("cup", "kettle"):
        rr(-0.6, -0.3, 0.4, 0.8, c, 0.2)
        d.arc((cx + 0.2 * s, cy - 0.15 * s, cx + 0.8 * s, cy + 0.5 * s), 270, 90, c, int(s / 8))
        for k in (-0.3, 0.0):
            d.arc((cx + k * s, cy - 0.9 * s, cx + (k + 0.25) * s, cy - 0.4 * s), 90, 270, EDGE, 2)
    elif kind in ("bar", "board"):
        rr(-0.9, -0.6, 0.9, 0.6, c, 0.05)
        for k in range(1, 4):
            d.line(
                [
                    (cx + (-0.9 + 0.45 * k) * s, cy - 0.6 * s),
                    (cx + (-0.9 + 0.45 * k) * s, cy + 0.6 * s),
                ],
                light,
                2,
            )
        d.line([(cx - 0.9 * s, cy), (cx + 0.9 * s, cy)], light, 2)
    elif kind in ("robot", "bear"):
        ell(-0.45, -0.95, 0.45, -0.05, fill=c) if kind == "bear" else rr(-0.45, -0.9, 0.45, -0.1, c)
        rr(-0.6, 0.0, 0.6, 0.95, shade(c, 0.85), 0.3 if kind == "bear" else 0.08)
        for side in (-1, 1):
            ell(side * 0.2 - 0.08, -0.6, side * 0.2 + 0.08, -0.44, fill=WHITE)
    elif kind in ("blocks", "cards"):
        for k in range(3):
            rr(
                -0.8 + 0.35 * k,
                -0.6 + 0.25 * k,
                0.0 + 0.35 * k,
                0.35 + 0.25 * k,
                (c, light, shade(c, 0.7))[k],
                0.06,
            )
    elif kind == "goggles":
        d.line([(cx - 0.95 * s, cy), (cx + 0.95 * s, cy)], INK, max(3, int(s / 10)))
        for side in (-1, 1):
            rr(side * 0.45 - 0.4, -0.35, side * 0.45 + 0.4, 0.35, light, 0.25)
    elif kind == "hand":
        rr(-0.5, -0.1, 0.5, 0.9, c, 0.3)
        for k in range(4):
            rr(-0.5 + 0.26 * k, -0.9, -0.3 + 0.26 * k, 0.0, c, 0.1)
    elif kind == "pan":
        ell(-0.7, -0.7, 0.5, 0.5, fill=INK)
        ell(-0.55, -0.55, 0.35, 0.35, fill=STEEL)
        rr(0.4, -0.15, 0.95, 0.05, INK, 0.1)
    elif kind == "lipstick":
        rr(-0.3, -0.1, 0.3, 0.9, INK, 0.05)
        d.polygon(
            [
                (cx - 0.22 * s, cy - 0.1 * s),
                (cx - 0.22 * s, cy - 0.6 * s),
                (cx + 0.22 * s, cy - 0.9 * s),
                (cx + 0.22 * s, cy - 0.1 * s),
            ],
            fill=c,
        )


# ------------------------------------------------------------------ drawing: bodies
# Each body draws the object and returns {element: Slot} for the elements it carries.

BOX_LAYOUT = {
    "logo": (0.04, 0.06, 0.6, 0.18),
    "seal": (0.75, -0.1, 0.13, 0.26, "strip"),
    "colour": (0.0, 0.3, 1.0, 0.08, "flat"),
    "hologram": (0.36, 0.45, 0.2, 0.2),
    "font": (0.6, 0.44, 0.37, 0.2),
    "barcode": (0.6, 0.68, 0.37, 0.28),
    "batch": (0.33, 0.74, 0.25, 0.17),
}
PACK_LAYOUT = {
    "seal": (0.12, -0.08, 0.76, 0.14, "strip"),
    "logo": (0.06, 0.09, 0.88, 0.14),
    "colour": (0.0, 0.27, 1.0, 0.06, "flat"),
    "hologram": (0.3, 0.37, 0.4, 0.13),
    "font": (0.08, 0.55, 0.84, 0.18),
    "barcode": (0.06, 0.8, 0.56, 0.17),
    "batch": (0.64, 0.82, 0.32, 0.12),
}
MINI_LAYOUT = {
    "seal": (0.42, -0.12, 0.16, 0.28, "strip"),
    "hologram": (0.1, 0.2, 0.8, 0.2),
    "font": (0.08, 0.45, 0.84, 0.16),
    "barcode": (0.08, 0.64, 0.84, 0.32),
}
UV_SLOT = Slot(14, 14, 150, 110)


def carton(d, front, depth, rgb, layout):
    fx, fy, fw, fh = front
    dx, dy = depth
    d.ellipse((fx - 40, fy + fh - 24, fx + fw + dx + 40, fy + fh + 34), fill=FLOOR)
    d.polygon(
        [(fx, fy), (fx + dx, fy + dy), (fx + fw + dx, fy + dy), (fx + fw, fy)],
        fill=tint(rgb, 0.6),
        outline=EDGE,
    )
    d.polygon(
        [(fx + fw, fy), (fx + fw + dx, fy + dy), (fx + fw + dx, fy + fh + dy), (fx + fw, fy + fh)],
        fill=shade(rgb, 0.8),
        outline=EDGE,
    )
    d.rectangle((fx, fy, fx + fw, fy + fh), fill=tint(rgb, 0.92), outline=EDGE)
    return {
        k: Slot(
            round(fx + v[0] * fw),
            round(fy + v[1] * fh),
            round(v[2] * fw),
            round(v[3] * fh),
            None,
            v[4] if len(v) > 4 else "",
        )
        for k, v in layout.items()
    }


def body_box(d, p):
    front = (150, 190, 430, 320)
    slots = carton(d, front, (80, -60), p.rgb, BOX_LAYOUT)
    picto(d, (160, 326, 128, 164), p.variant, p.rgb)
    return slots | {"uv": UV_SLOT}


def body_pack(d, p):
    slots = carton(d, (170, 210, 250, 440), (60, -45), p.rgb, PACK_LAYOUT)
    d.rectangle(slots["font"].box, fill=WHITE, outline=INK, width=2)
    slots["font"] = slots["font"]._replace(x=slots["font"].x + 6, w=slots["font"].w - 12)
    return slots | {"uv": Slot(14, 14, 140, 110)}


BOTTLES = {  # body w, body h, neck w, neck h, cap h, shoulder, glass colour
    "gin": (230, 330, 70, 80, 70, 70, (208, 230, 232)),
    "wine": (170, 370, 56, 140, 90, 60, (52, 72, 52)),
    "oil": (150, 380, 46, 110, 50, 50, (70, 78, 40)),
    "perfume": (270, 270, 50, 26, 90, 0, (232, 226, 242)),
    "jar": (320, 230, 280, 0, 70, 0, (242, 238, 230)),
    "dropper": (170, 250, 50, 24, 140, 30, (150, 92, 48)),
    "lotion": (200, 350, 60, 30, 90, 30, (246, 246, 246)),
    "jug": (280, 350, 90, 40, 60, 60, (240, 240, 246)),
    "small": (170, 300, 50, 24, 80, 30, (244, 246, 250)),
    "flask": (180, 430, 130, 16, 90, 16, (176, 182, 190)),
}


def body_bottle(d, p):
    bw, bh, nw, nh, ch, sh, glass = BOTTLES[p.variant]
    if p.variant == "gin":  # one tint of glass per gin
        glass = [(208, 230, 232), (240, 218, 224), (212, 222, 242)][(p.seed + 1) % 3]
    cx, bottom = 300, 740
    top = bottom - bh
    dark = sum(glass) < 400
    d.ellipse((cx - bw / 2 - 40, bottom - 22, cx + bw / 2 + 40, bottom + 26), fill=FLOOR)
    d.polygon(
        [
            (cx - bw / 2, top + 20),
            (cx - nw / 2, top - sh),
            (cx + nw / 2, top - sh),
            (cx + bw / 2, top + 20),
        ],
        fill=glass,
        outline=shade(glass, 0.7),
    )
    d.rectangle(
        (cx - nw / 2, top - sh - nh, cx + nw / 2, top - sh), fill=glass, outline=shade(glass, 0.7)
    )
    d.rounded_rectangle(
        (cx - bw / 2, top, cx + bw / 2, bottom), 26, fill=glass, outline=shade(glass, 0.7), width=2
    )
    d.rounded_rectangle(
        (cx - bw / 2 + 12, top + 24, cx - bw / 2 + 24, bottom - 40), 6, fill=tint(glass, 0.35)
    )
    cw, cap_y = nw + 14, top - sh - nh - ch
    margin = min(30, bw // 10)
    lx, lw, ly, lh = cx - bw / 2 + margin, bw - 2 * margin, top + 28, int(bh * 0.62)
    d.rectangle((lx, ly, lx + lw, ly + lh), fill=(252, 250, 244), outline=p.rgb, width=3)
    x0, w0 = int(lx + 8), int(lw - 16)
    slots = {
        "colour": Slot(int(cx - cw / 2), int(cap_y), int(cw), ch),
        "logo": Slot(x0, int(ly + 10), w0, int(lh * 0.2)),
        "font": Slot(x0, int(ly + lh * 0.27), int(w0 * 0.6), int(lh * 0.22)),
        "hologram": Slot(int(x0 + w0 * 0.64), int(ly + lh * 0.27), int(w0 * 0.36), int(lh * 0.22)),
        "barcode": Slot(x0, int(ly + lh * 0.56), w0, int(lh * 0.4)),
        "batch": Slot(cx - 70, int(ly + lh + 10), 140, 36, WHITE if dark else INK),
        "uv": UV_SLOT,
    }
    if nh >= 30:
        slots["seal"] = Slot(
            int(cx - nw / 2 - 4), int(cap_y + ch + 6), int(nw + 8), 24, None, "strip"
        )
    else:
        slots["seal"] = Slot(int(cx + cw / 2 - 50), int(cap_y - 4), 24, ch + 40, None, "strip")
    return slots


def tag_card(d, r, anchor=None, last="batch"):
    x, y, w, h = r
    if anchor:
        d.line([(x + w / 2, y + 18), anchor], fill=EDGE, width=2)
    d.rounded_rectangle((x + 3, y + 3, x + w + 3, y + h + 3), 10, fill=FLOOR)
    d.rounded_rectangle((x, y, x + w, y + h), 10, fill=WHITE, outline=EDGE)
    d.ellipse((x + w / 2 - 7, y + 11, x + w / 2 + 7, y + 25), fill=BG, outline=EDGE)
    return {
        "hologram": Slot(x + 20, y + 40, w - 40, 62),
        "font": Slot(x + 10, y + 112, w - 20, 46),
        "barcode": Slot(x + 8, y + 168, w - 16, 96),
        last: Slot(x + 12, y + h - 50, w - 24, 40),
    }


def body_garment(d, p):
    pts = [
        (275, 100),
        (200, 122),
        (100, 210),
        (150, 275),
        (212, 238),
        (212, 520),
        (448, 520),
        (448, 238),
        (510, 275),
        (560, 210),
        (460, 122),
        (385, 100),
        (365, 128),
        (330, 138),
        (295, 128),
    ]
    d.ellipse((180, 500, 480, 545), fill=FLOOR)
    d.polygon(pts, fill=(246, 246, 244), outline=EDGE)
    d.line([*pts[-4:], pts[0]], fill=p.rgb, width=8)
    for side in (-1, 1):
        d.line([(330 + side * 200, 218), (330 + side * 155, 262)], fill=p.rgb, width=10)
    return tag_card(d, (590, 150, 175, 330), (548, 214)) | {
        "logo": Slot(262, 180, 136, 48),
        "colour": Slot(212, 300, 236, 22, None, "flat"),
        "stitching": Slot(222, 496, 216, 16, (150, 154, 162)),
        "uv": UV_SLOT,
    }


def body_shoe(d, p):
    d.ellipse((60, 430, 580, 470), fill=FLOOR)
    upper = [
        (80, 410),
        (95, 345),
        (200, 318),
        (300, 250),
        (350, 185),
        (470, 180),
        (520, 196),
        (552, 300),
        (560, 410),
    ]
    d.polygon(upper, fill=(238, 239, 242), outline=EDGE)
    d.polygon([(80, 410), (95, 345), (200, 318), (220, 410)], fill=tint(p.rgb, 0.7))
    d.rounded_rectangle((66, 400, 574, 448), 22, fill=shade(p.rgb, 0.6), outline=EDGE, width=2)
    for k in range(5):
        d.line([(300 + k * 12, 250 - k * 12), (330 + k * 12, 270 - k * 12)], fill=INK, width=4)
    return tag_card(d, (600, 130, 170, 330), (522, 200)) | {
        "logo": Slot(222, 318, 195, 54),
        "colour": Slot(490, 210, 44, 96),
        "stitching": Slot(90, 381, 460, 14, (130, 134, 142)),
        "uv": UV_SLOT,
    }


LEATHERS = [(122, 78, 46), (46, 46, 52), (124, 32, 56), (176, 128, 80)]


def body_bag(d, p):
    leather = LEATHERS[p.seed % len(LEATHERS)]
    d.ellipse((70, 480, 530, 530), fill=FLOOR)
    d.polygon(
        [(130, 230), (470, 230), (515, 500), (85, 500)], fill=leather, outline=shade(leather, 0.7)
    )
    d.polygon(
        [(130, 230), (470, 230), (482, 340), (118, 340)],
        fill=shade(leather, 0.85),
        outline=shade(leather, 0.65),
    )
    return tag_card(d, (590, 150, 175, 330), (405, 232), last="serial") | {
        "colour": Slot(190, 90, 220, 140, None, "arc"),
        "emboss": Slot(235, 290, 130, 40),
        "stitching": Slot(128, 316, 344, 14, tint(leather, 0.6)),
        "uv": UV_SLOT,
    }


def body_tool(d, p):
    d.rounded_rectangle((96, 66, 716, 546), 16, fill=FLOOR)
    d.rounded_rectangle((90, 60, 710, 540), 16, fill=WHITE, outline=EDGE)
    d.rounded_rectangle((90, 60, 710, 160), 16, fill=p.rgb)
    d.rectangle((90, 130, 710, 160), fill=p.rgb)
    d.ellipse((385, 72, 415, 88), fill=BG)
    slots = {
        "logo": Slot(110, 92, 330, 56, WHITE),
        "hologram": Slot(560, 84, 130, 64),
        "font": Slot(110, 452, 300, 60),
        "barcode": Slot(520, 430, 170, 96),
    }
    if p.variant == "screwdriver":
        d.rectangle((360, 296, 640, 318), fill=STEEL, outline=EDGE)
        d.polygon([(640, 296), (670, 302), (670, 312), (640, 318)], fill=shade(STEEL, 0.8))
        return slots | {
            "colour": Slot(150, 262, 210, 90),
            "emboss": Slot(420, 284, 160, 46),
            "batch": Slot(170, 360, 170, 40),
        }
    if p.variant == "hammer":
        d.polygon([(566, 262), (520, 214), (508, 226), (548, 300)], fill=STEEL, outline=EDGE)
        d.rounded_rectangle((560, 250, 640, 380), 8, fill=STEEL, outline=EDGE)
        d.rectangle((552, 380, 648, 400), fill=shade(STEEL, 0.85), outline=EDGE)
        return slots | {
            "colour": Slot(150, 282, 260, 56),
            "emboss": Slot(420, 284, 136, 50),
            "batch": Slot(566, 330, 70, 40),
        }
    for cx, hole in ((160, 34), (650, 30)):
        d.ellipse((cx - 58, 250, cx + 58, 366), fill=STEEL, outline=EDGE, width=2)
        d.ellipse((cx - hole, 308 - hole, cx + hole, 308 + hole), fill=WHITE, outline=EDGE)
    d.polygon([(100, 290), (160, 290), (160, 326), (100, 326)], fill=WHITE)
    d.rectangle((200, 284, 600, 332), fill=STEEL, outline=EDGE)
    grip = Slot(210, 286, 150, 44) if p.variant == "torque" else Slot(470, 286, 120, 44)
    return slots | {
        "colour": grip,
        "emboss": Slot(364 if p.variant == "torque" else 210, 286, 200, 44),
        "batch": Slot(250, 350, 300, 36),
    }


def body_watch(d, p):
    strap = shade(p.rgb, 0.9) if p.rgb != COLOURS["gold"][0] else (110, 70, 40)
    d.ellipse((140, 740, 460, 780), fill=FLOOR)
    d.rounded_rectangle((236, 30, 364, 260), 18, fill=strap)
    d.rounded_rectangle((236, 540, 364, 770), 18, fill=strap)
    d.ellipse((120, 220, 480, 580), fill=STEEL, outline=EDGE, width=3)
    d.rectangle((474, 385, 498, 415), fill=STEEL, outline=EDGE)
    d.ellipse((150, 250, 450, 550), fill=(246, 244, 238), outline=EDGE)
    for k in range(12):
        a = math.radians(k * 30)
        d.line(
            [
                (300 + 125 * math.sin(a), 400 - 125 * math.cos(a)),
                (300 + 140 * math.sin(a), 400 - 140 * math.cos(a)),
            ],
            fill=INK,
            width=4,
        )
    d.line([(300, 400), (218, 352)], fill=INK, width=7)
    d.line([(300, 400), (408, 338)], fill=INK, width=4)
    d.ellipse((292, 392, 308, 408), fill=INK)
    return {
        "colour": Slot(120, 220, 361, 361, None, "ring"),
        "logo": Slot(230, 298, 140, 40),
        "font": Slot(230, 440, 140, 40),
        "serial": Slot(246, 596, 108, 30),
        "stitching": Slot(242, 50, 14, 190, tint(strap, 0.6)),
        "hologram": Slot(256, 650, 88, 56),
        "uv": Slot(436, 14, 150, 110),
    }


def body_bearing(d, p):
    cx, cy = 270, 300
    d.ellipse((60, 490, 480, 540), fill=FLOOR)
    d.ellipse((cx - 215, cy - 215, cx + 215, cy + 215), fill=STEEL, outline=EDGE, width=3)
    d.ellipse((cx - 180, cy - 180, cx + 180, cy + 180), fill=p.rgb, outline=EDGE, width=2)
    d.ellipse((cx - 100, cy - 100, cx + 100, cy + 100), fill=STEEL, outline=EDGE, width=2)
    d.ellipse((cx - 66, cy - 66, cx + 66, cy + 66), fill=BG, outline=EDGE, width=2)
    slots = carton(d, (560, 200, 190, 260), (40, -30), p.rgb, MINI_LAYOUT)
    return slots | {
        "logo": Slot(cx - 88, cy - 160, 176, 40, WHITE),
        "batch": Slot(cx - 76, cy + 112, 152, 46, WHITE),
        "uv": Slot(630, 20, 150, 110),
    }


def body_mask(d, p):
    d.ellipse((90, 440, 520, 480), fill=FLOOR)
    outline = [
        (80, 260),
        (140, 170),
        (300, 130),
        (460, 170),
        (520, 260),
        (470, 380),
        (300, 440),
        (130, 380),
    ]
    for side in (-1, 1):
        ex = 300 + side * 220
        d.arc(
            (ex - 70, 150, ex + 70, 370),
            90 if side > 0 else 270,
            270 if side > 0 else 90,
            fill=(200, 204, 210),
            width=5,
        )
    d.polygon(outline, fill=WHITE, outline=(170, 174, 182))
    d.line([(220, 160), (380, 160)], fill=STEEL, width=6)
    return tag_card(d, (590, 150, 175, 330), (512, 262)) | {
        "logo": Slot(190, 180, 220, 50),
        "stitching": Slot(100, 256, 400, 14, (200, 204, 212)),
        "font": Slot(170, 290, 260, 50),
        "uv": UV_SLOT,
    }


def body_ball(d, p):
    cx, cy, r = 290, 300, 210
    d.ellipse((cx - 190, cy + 180, cx + 190, cy + 235), fill=FLOOR)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE, outline=EDGE, width=3)
    for k in range(5):
        a = math.radians(k * 72 + 90)
        d.regular_polygon(
            (cx + 160 * math.cos(a), cy + 160 * math.sin(a), 48),
            5,
            rotation=k * 72 + 180,
            fill=shade(p.rgb, 0.85),
        )
    return tag_card(d, (590, 150, 175, 330)) | {
        "logo": Slot(cx - 100, cy + 62, 200, 46),
        "stitching": Slot(cx - 190, cy + 30, 380, 14),
        "colour": Slot(cx - 50, cy - 110, 100, 100, None, "ellipse"),
        "uv": UV_SLOT,
    }


BODIES = {
    "box": (body_box, (800, 600)),
    "pack": (body_pack, (600, 800)),
    "bottle": (body_bottle, (600, 800)),
    "garment": (body_garment, (800, 600)),
    "shoe": (body_shoe, (800, 600)),
    "bag": (body_bag, (800, 600)),
    "tool": (body_tool, (800, 600)),
    "watch": (body_watch, (600, 800)),
    "bearing": (body_bearing, (800, 600)),
    "mask": (body_mask, (800, 600)),
    "ball": (body_ball, (800, 600)),
}
# which elements of a body become features, the most telling first
PREFERRED = {
    "box": ["logo", "hologram", "batch", "barcode", "seal", "font", "colour", "uv"],
    "pack": ["seal", "logo", "hologram", "batch", "font", "barcode", "colour", "uv"],
    "bottle": ["logo", "seal", "batch", "font", "hologram", "colour", "barcode", "uv"],
    "garment": ["logo", "stitching", "hologram", "font", "barcode", "colour", "batch", "uv"],
    "shoe": ["logo", "stitching", "font", "colour", "hologram", "barcode", "batch", "uv"],
    "bag": ["emboss", "stitching", "serial", "hologram", "colour", "font", "barcode", "uv"],
    "tool": ["emboss", "logo", "hologram", "batch", "barcode", "font", "colour"],
    "watch": ["logo", "serial", "font", "stitching", "colour", "hologram", "uv"],
    "bearing": ["logo", "batch", "hologram", "seal", "barcode", "font", "uv"],
    "mask": ["font", "logo", "stitching", "batch", "hologram", "barcode", "uv"],
    "ball": ["logo", "stitching", "hologram", "barcode", "font", "colour", "batch", "uv"],
}


def layout(p: Spec) -> tuple[dict, tuple[int, int]]:
    draw_body, size = BODIES[p.body]
    scratch = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    return draw_body(scratch, p), size


def draw(p: Spec, fake: bool) -> Image.Image:
    draw_body, size = BODIES[p.body]
    im = Image.new("RGB", size, BG)
    d = ImageDraw.Draw(im)
    slots = draw_body(d, p)
    for name, slot in slots.items():
        if name != "uv" or name in p.features:
            ELEMENTS[name](im, d, slot, p, fake and name in p.features)
    return im


def region(slot: Slot, size: tuple[int, int], pad: int = 6) -> list[float]:
    """The slot as [x, y, w, h] relative to the image, rounded outwards to 0.001."""
    w, h = size
    x0 = math.floor(max(0, slot.x - pad) / w * 1000)
    y0 = math.floor(max(0, slot.y - pad) / h * 1000)
    x1 = math.ceil(min(w, slot.x + slot.w + pad) / w * 1000)
    y1 = math.ceil(min(h, slot.y + slot.h + pad) / h * 1000)
    return [x0 / 1000, y0 / 1000, (x1 - x0) / 1000, (y1 - y0) / 1000]


# ------------------------------------------------------------------ the catalogue


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def gtin(body: str) -> str:
    return body + ean.calc_check_digit(body)


def build_product(pi, pub, bi, brand, seq, index, kind_key, model, line):
    bid, bname, colour, shape, made, sold, never = brand
    category, body, hs, price, names, details = K[kind_key]
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


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # libyaml when available
    def ignore_aliases(self, data):  # the same output as PyYAML's own emitter, only faster
        return True


def _seq(dumper, data):
    flow = all(isinstance(v, str | int | float) for v in data) and len(str(data)) < 70
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_Dumper.add_representer(list, _seq)


def dump(path: Path, data: dict) -> None:
    path.write_text(
        yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )


def write_product(job: tuple[Path, dict, Spec, bool, bool]) -> None:
    """Write one product file and its pictures (run in worker processes)."""
    folder, product, spec, has_fake, quick = job
    dump(folder / "products" / f"{product['id']}.yaml", product)
    options = {"compress_level": 1} if quick else {"optimize": True}
    for image, fake in zip(product["images"], (False, True)[: 1 + has_fake], strict=True):
        draw(spec, fake).save(folder / image["file"], format="PNG", **options)


def generate(out: Path, jobs: int = 0, quick: bool = False) -> int:
    """Write every publisher folder under ``out``; return the number of products."""
    if out.exists():
        strays = [c for c in out.iterdir() if not (c / "publisher.yaml").is_file()]
        if strays:
            raise SystemExit(
                f"{out} holds {strays[0].name}, which is not a publisher folder; "
                "refusing to delete it. Choose an empty or new --out folder."
            )
        shutil.rmtree(out)
    brand_of = {
        b[0]: (pi, pub, bi, b)
        for pi, pub in enumerate(PUBLISHERS, 1)
        for bi, b in enumerate(pub["brands"], 1)
    }
    seen, seq, work = set(), {}, []
    for index, (bid, kind_key, model, line) in enumerate(PRODUCTS):
        pi, pub, bi, brand = brand_of[bid]
        folder = out / pub["id"]
        if not folder.exists():
            (folder / "images").mkdir(parents=True)
            (folder / "products").mkdir()
            dump(
                folder / "publisher.yaml",
                {
                    "id": pub["id"],
                    "name": pub["name"],
                    "default_language": pub["lang"],
                    "rights_valid_until": pub["rights"],
                    "brands": [{"id": b[0], "name": b[1]} for b in pub["brands"]],
                    "contacts": pub["contacts"],
                },
            )
        seq[bid] = seq.get(bid, 0) + 1
        product, spec, has_fake = build_product(
            pi, pub, bi, brand, seq[bid], index, kind_key, model, line
        )
        if product["id"] in seen:
            raise SystemExit(f"duplicate product id {product['id']}")
        seen.add(product["id"])
        work.append((folder, product, spec, has_fake, quick))
    if set(ALERTS) - seen:
        raise SystemExit(f"alerts for unknown products: {sorted(set(ALERTS) - seen)}")
    jobs = jobs or min(4, os.cpu_count() or 1)
    if jobs == 1:
        for job in work:
            write_product(job)
    else:  # every file depends only on its own job: the output is the same in any order
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(write_product, work, chunksize=4))
    return len(work)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder to (re)write; default: assets/demo/src",
    )
    parser.add_argument("--jobs", type=int, default=0, help="worker processes (default: auto)")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="light PNG compression: same pixels, bigger files (for tests)",
    )
    args = parser.parse_args(argv)
    count = generate(args.out, args.jobs, args.quick)
    print(f"wrote {count} products for {len(PUBLISHERS)} publishers to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
