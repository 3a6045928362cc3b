"""The fictional publishers, their brands and their contacts."""

from typing import NamedTuple


class Brand(NamedTuple):
    """A brand as PUBLISHERS lists it (a plain tuple there, to keep the list short)."""

    id: str
    name: str
    colour: str  # a key of COLOURS
    emblem: str  # a shape drawn by drawing.basics.emblem
    made_in: list[str]
    sold_in: list[str]
    never_sold_in: list[str]


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


# brands: (id, name, colour, emblem, made_in, sold_in, never_sold_in), see Brand
PUBLISHERS = [
    {
        "id": "demo-brontel-industrial",
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
        "id": "demo-nordiva-care",
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
        "id": "demo-maison-cremelia",
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
        "id": "demo-lusavia",
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
        "id": "demo-caldelo",
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
        "id": "demo-maison-dore",
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
        "id": "demo-veltrex",
        "name": "Veltrex Mobile Inc.",
        "lang": "en",
        "rights": "2034-12-31",
        "gs1_prefixes": ["04070"],  # its UPC-As (4 07 ...) as EAN-13s; bound in the demo trust
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
        "id": "demo-oakhurst-pryce",
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
        "id": "demo-quimbly",
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
        "id": "demo-strydon",
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
        "id": "demo-horlavik",
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
        "id": "demo-curavel",
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
