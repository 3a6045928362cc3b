"""Handouts and verification requests in the reader's language: a Spanish workshop handout and
a Portuguese verification request carry none of the English labels (their text read back with
pypdf); a request goes to a rights holder in a language their contact reads, beside the
officer's; the command line follows ``LANG`` and ``--lang`` and says once when a language is
missing."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from support import CREME, WRENCH, run_cli

from idguide.catalog.examinations import exams
from idguide.catalog.examinations.export import export_examination, reader_language
from idguide.catalog.i18n import choose
from idguide.catalog.model import Contact
from idguide.catalog.training import create_workshop
from idguide.catalog.training.handout import workshop_handout

# What a handout prints around the entry's own texts, in English.
HANDOUT_LABELS = (
    "Workshop",
    "idguide handout",
    "Category",
    "Barcodes",
    "HS codes",
    "Made in",
    "Sold in",
    "Pictures (numbers mark the features)",
    "Authentication features",
    "Counterfeit and risk indicators",
    "Verification contacts",
    "Source",
    "Publisher",
    "Published",
    "Rights valid until",
    "naked eye",
    "Declared value",
    "revision",
)
# What a verification request prints around the entry's and the officer's texts, in English.
REQUEST_LABELS = (
    "Verification request",
    "verification request",
    "Officer's verdict",
    "Suspected counterfeit",
    "Requested by",
    "Agency",
    "Reply to",
    "Case reference",
    "Declared origin",
    "Lot code",
    "Quantity",
    "cartons",
    "Checklist of authentication features",
    "Found",
    "Comment",
    "Differs",
    "examination",
)
WHO = {
    "requester_name": "Ana Sousa",
    "requester_agency": "Autoridade Tributária e Aduaneira",
    "requester_office": "Alfândega de Leixões",
    "requester_contact": "ana.sousa@at.example",
}


@pytest.fixture
def catalog(sample_copy):
    return sample_copy


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def handout_text(catalog, tmp_path, lang: str) -> str:
    workshop = create_workshop(catalog, "Semana de frontera", [WRENCH, CREME])
    out = tmp_path / f"{lang}.pdf"
    return text_of(workshop_handout(catalog, workshop.id, out, lang=lang).path)


def test_a_spanish_workshop_handout_has_none_of_the_english_labels(catalog, tmp_path):
    english = handout_text(catalog, tmp_path, "en")
    assert [label for label in HANDOUT_LABELS if label not in english] == []  # all printed
    spanish = handout_text(catalog, tmp_path, "es")
    assert [label for label in HANDOUT_LABELS if label in spanish] == []
    for words in ("Taller", "Características de autenticación", "Códigos SA", "a simple vista"):
        assert words in spanish, words
    assert "Llave dinamométrica TW-200" in spanish  # the entry's own Spanish text
    assert "Suecia" in spanish  # a market's name from CLDR, in Spanish


def request(catalog, tmp_path, product: str, lang: str) -> tuple[dict, str]:
    exam = exams.new_examination(
        catalog, product, quantity=1240, quantity_unit="cartons", lot_code="L2406-88", **WHO
    )
    exam = exams.update_examination(
        catalog, exam.id, verdict="suspected", declared_origin="CN", case_ref="AT-2026-17"
    )
    exams.set_check(catalog, exam.id, 1, "differs", "Rótulo borrado")
    if len(exam.checks) > 1:
        exams.set_check(catalog, exam.id, 2, "as-genuine")
    pdf, data = export_examination(catalog, exam.id, tmp_path / lang, lang)
    return json.loads(data.read_text("utf-8")), text_of(pdf)


def test_a_portuguese_verification_request_has_none_of_the_english_labels(catalog, tmp_path):
    # Crèmelia's contact reads Portuguese: the request is in Portuguese alone
    document, english = request(catalog, tmp_path, CREME, "en")
    assert [label for label in REQUEST_LABELS if label not in english] == []  # all printed
    document, text = request(catalog, tmp_path, CREME, "pt")
    assert [label for label in REQUEST_LABELS if label in text] == []
    for words in (
        "Pedido de verificação",
        "Veredito do agente: Suspeita de falsificação",
        "Difere",
        "1.240 caixas de papelão",  # Brazil's digits and the unit's word
        "Lista de verificação das características de autenticação",
    ):
        assert words in text, words
    # the JSON keeps the codes, with their words beside them in the officer's language
    assert document["examination"]["verdict"] == "suspected"
    assert document["checklist"][0]["result"] == "differs"
    assert document["labels"]["verdict"]["suspected"] == "Suspeita de falsificação"
    assert document["labels"]["result"]["differs"] == "Difere"


def test_a_request_to_a_rights_holder_in_another_language_is_bilingual(catalog, tmp_path):
    # Nordhaven's contact reads English and Swedish; the officer reads French
    document, text = request(catalog, tmp_path, WRENCH, "fr")
    text = " ".join(text.split())  # a long bilingual heading wraps
    for words in (
        "Demande de vérification / Verification request",
        "Verdict de l'agent / Officer's verdict",
        "Contrefaçon présumée / Suspected counterfeit",
        "Diffère / Differs",
        "Comme l'authentique / As genuine",
        "cité dans l'alerte",
    ):
        assert words in text, words
    assert document["labels"]["verdict"]["suspected"] == "Contrefaçon présumée"


def contact(*languages: str) -> Contact:
    return Contact(role="Brand protection", name="", languages=list(languages))


def test_the_second_language_is_one_the_contacts_read_else_english():
    assert reader_language("pt", [contact("pt", "en")]) == "pt"  # no second language needed
    assert reader_language("pt", [contact("sv"), contact("es", "en")]) == "es"
    assert reader_language("fr", [contact("de", "sv")]) == "en"
    assert reader_language("es", []) == "en"


def test_a_language_idguide_lacks_is_said_once_and_english_is_shown(catalog, capsys):
    assert choose("de_DE.UTF-8").notice() == "German is not available; showing English."
    assert choose("pt_BR").notice() == ""
    code, out, err = run_cli(capsys, "--catalog", catalog.path, "show", WRENCH, "--lang", "de")
    assert code == 0 and "Torque wrench TW-200" in out
    assert err.count("German is not available; showing English.") == 1


def test_the_command_line_speaks_the_locales_language(catalog, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, _, err = run_cli(capsys, "--catalog", catalog.path, "exam", "export", "99", "-o", "x")
    assert code != 0
    assert err == "idguide: Aucun examen n'a l'id 99. Listez-les avec `idguide exam list`.\n"
    code, _, err = run_cli(
        capsys, "--catalog", catalog.path, "exam", "export", "99", "-o", "x", "--lang", "es"
    )
    assert err == "idguide: No hay ningún examen con el id 99. Véalos con `idguide exam list`.\n"


def test_show_prints_an_entry_in_the_language_asked_for(catalog, capsys):
    code, out, _ = run_cli(capsys, "--catalog", catalog.path, "show", WRENCH, "--lang", "es")
    assert code == 0
    for words in (
        "Llave dinamométrica TW-200",  # the entry's own Spanish text
        "Categoría: Herramientas de mano",
        "Códigos SA: 8204.11",
        "Características de autenticación:",
        "(a simple vista)",
        "Contactos para verificación:",
        "Origen: Nordhaven Tools AB, paquete",
    ):
        assert words in out, words
    assert "naked" not in out and "HS codes" not in out and "Source:" not in out


def test_show_writes_an_alert_as_french_typography_asks(catalog, capsys):
    code, out, _ = run_cli(capsys, "--catalog", catalog.path, "show", WRENCH, "--lang", "fr")
    assert code == 0
    # one translated line, so the colon gets French's (non-breaking) space before it
    assert "ALERTE 2026-07-01\u00a0: Fake batch L2406-88" in out, out
    assert "ALERT " not in out


def test_exam_show_speaks_the_locales_language(catalog, capsys, monkeypatch):
    exam = exams.new_examination(
        catalog, WRENCH, quantity=12, quantity_unit="boxes", lot_code="L2406-88", **WHO
    )
    exams.update_examination(catalog, exam.id, verdict="suspected")
    exams.set_check(catalog, exam.id, 1, "differs")
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    code, out, _ = run_cli(capsys, "--catalog", catalog.path, "exam", "show", str(exam.id))
    assert code == 0
    for words in (
        "Exame 1: Nordiva Torque wrench TW-200",
        "Veredito: Suspeita de falsificação",
        "Quantidade: 12 caixas",
        "Código de lote: L2406-88 (citado no alerta Fake batch L2406-88)",
        "Solicitado por: Ana Sousa",
        "Lista de verificação:",
        ": Difere",
    ):
        assert words in out, words


def test_a_machine_fault_is_said_wholly_in_the_officers_language(tmp_path):
    """The outcome ("Nothing was changed.") is put inside the message: it was left in English."""
    import errno

    from idguide.catalog import i18n
    from idguide.catalog.faults import file_fault

    i18n.set_language("fr")
    fault = file_fault(OSError(errno.ENOSPC, "No space left on device"), tmp_path)
    assert str(fault) == (
        f"Le disque qui contient {tmp_path} est plein. Rien n'a été modifié. Libérez de "
        "l'espace (supprimez des fichiers dont vous n'avez plus besoin) avant de continuer."
    )


def test_a_suggestion_inside_a_message_is_in_the_same_language(catalog, capsys, monkeypatch):
    """ "Did you mean …?" was put in English inside a translated message."""
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    code, _, err = run_cli(capsys, "--catalog", catalog.path, "show", "nordiva-wrench-tw20")
    assert code != 0
    assert "¿Quería decir 'nordiva-wrench-tw200'?" in err and "Did you mean" not in err
