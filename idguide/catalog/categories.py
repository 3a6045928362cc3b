"""The category taxonomy: the product groups of customs IPR enforcement operations.

Ids are stable and used by publishers in their entries; names are shown in the officer's
language. ``hs`` lists the HS chapters or headings where such goods are usually declared, which
helps an officer who only has the declaration.
"""

from __future__ import annotations

from dataclasses import dataclass

from idguide.catalog.errors import NotFoundError
from idguide.catalog.i18n import _


@dataclass(frozen=True)
class Category:
    id: str
    names: dict[str, str]
    hs: tuple[str, ...] = ()

    def name(self, lang: str | None = None) -> str:
        return self.names.get(lang or "en") or self.names["en"]


def _c(cid: str, en: str, es: str, fr: str, pt: str, *hs: str) -> Category:
    return Category(cid, {"en": en, "es": es, "fr": fr, "pt": pt}, hs)


CATEGORIES: tuple[Category, ...] = (
    _c(
        "ppe",
        "Face masks and PPE",
        "Mascarillas y EPI",
        "Masques et EPI",
        "Máscaras e EPI",
        "6307",
        "9020",
        "3926",
    ),
    _c(
        "hand-tools",
        "Hand tools",
        "Herramientas de mano",
        "Outils à main",
        "Ferramentas manuais",
        "8203",
        "8204",
        "8205",
    ),
    _c(
        "bearings",
        "Ball bearings and industrial parts",
        "Rodamientos y piezas industriales",
        "Roulements et pièces industrielles",
        "Rolamentos e peças industriais",
        "8482",
        "8483",
    ),
    _c(
        "vehicle-parts",
        "Vehicle spare parts",
        "Recambios de vehículos",
        "Pièces détachées automobiles",
        "Peças de automóveis",
        "8708",
        "8421",
        "8511",
    ),
    _c(
        "phones",
        "Mobile phones and accessories",
        "Teléfonos móviles y accesorios",
        "Téléphones mobiles et accessoires",
        "Telemóveis e acessórios",
        "8517",
        "8504",
        "8544",
    ),
    _c(
        "electronics",
        "Electronics",
        "Electrónica",
        "Électronique",
        "Eletrónica",
        "8518",
        "8528",
        "8471",
        "8507",
    ),
    _c("tobacco", "Tobacco", "Tabaco", "Tabac", "Tabaco", "2402", "2403"),
    _c(
        "alcohol",
        "Alcoholic drinks",
        "Bebidas alcohólicas",
        "Boissons alcoolisées",
        "Bebidas alcoólicas",
        "2203",
        "2204",
        "2208",
    ),
    _c(
        "food",
        "Foodstuff",
        "Alimentos",
        "Denrées alimentaires",
        "Géneros alimentícios",
        "0406",
        "1806",
        "2009",
        "2106",
    ),
    _c("pharma", "Pharmaceuticals", "Medicamentos", "Médicaments", "Medicamentos", "3004", "3003"),
    _c(
        "contact-lenses",
        "Contact lenses",
        "Lentes de contacto",
        "Lentilles de contact",
        "Lentes de contacto",
        "9001",
    ),
    _c(
        "cosmetics",
        "Perfume and cosmetics",
        "Perfumes y cosméticos",
        "Parfums et cosmétiques",
        "Perfumes e cosméticos",
        "3303",
        "3304",
        "3305",
    ),
    _c(
        "detergents",
        "Soaps and detergents",
        "Jabones y detergentes",
        "Savons et détergents",
        "Sabões e detergentes",
        "3401",
        "3402",
    ),
    _c(
        "toys",
        "Toys and games",
        "Juguetes y juegos",
        "Jouets et jeux",
        "Brinquedos e jogos",
        "9503",
        "9504",
    ),
    _c(
        "sports",
        "Sporting goods",
        "Artículos deportivos",
        "Articles de sport",
        "Artigos de desporto",
        "9506",
        "4203",
    ),
    _c(
        "clothing",
        "Clothing and footwear",
        "Ropa y calzado",
        "Vêtements et chaussures",
        "Vestuário e calçado",
        "61",
        "62",
        "64",
    ),
    _c(
        "bags",
        "Bags and accessories",
        "Bolsos y accesorios",
        "Sacs et accessoires",
        "Malas e acessórios",
        "4202",
    ),
    _c(
        "watches",
        "Watches and jewellery",
        "Relojes y joyería",
        "Montres et bijoux",
        "Relógios e joalharia",
        "9101",
        "9102",
        "7113",
        "7117",
    ),
    _c(
        "household",
        "Household goods",
        "Artículos para el hogar",
        "Articles ménagers",
        "Artigos domésticos",
        "9617",
        "7323",
        "8516",
    ),
)

_BY_ID = {category.id: category for category in CATEGORIES}


def get_category(category_id: str) -> Category:
    try:
        return _BY_ID[category_id]
    except KeyError:
        known = ", ".join(sorted(_BY_ID))
        raise NotFoundError(
            _("Unknown category {category_id!r}. Use one of: {known}.").format(
                category_id=category_id, known=known
            )
        ) from None


def is_category(category_id: str) -> bool:
    return category_id in _BY_ID
