"""The fictional demo catalogue, written as authoring source by scripts/make_demo.py.

What it makes, module by module:

- ``publishers``: the publishers, their brands (colour, emblem, markets) and contacts;
- ``kinds``: the kinds of product (category, drawing, HS code, price, names), durable goods and
  consumables apart;
- ``products``: the product range and how one product's entry is built from its kind and brand;
- ``texts``: the texts of features, indicators, descriptions, alerts, tips and captions in en, es,
  fr and pt;
- ``drawing``: the pictures, genuine and counterfeit, drawn with Pillow;
- ``write``: the publisher folders, the YAML files and the pictures on disk.
"""
