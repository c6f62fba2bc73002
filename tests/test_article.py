"""Reading articles: paragraphs and sentences."""

from __future__ import annotations

import pytest

from factsheet import parse_article

SENTENCES = [
    ("It rose in the 1990s. The council said 12.", ["It rose in the 1990s.", "The council said 12."]),
    ("The Harbour Ferry Co. sailed at dawn.", ["The Harbour Ferry Co. sailed at dawn."]),
    ("The letter is dated Oct. 26 and signed.", ["The letter is dated Oct. 26 and signed."]),
    ("Dr. Amina Yusuf spoke. She said 5.", ["Dr. Amina Yusuf spoke.", "She said 5."]),
    ("It was J. R. Smith. He left.", ["It was J. R. Smith.", "He left."]),
    ("“We lost 5.” He left.", ["“We lost 5.”", "He left."]),
    ("Sales hit 4.5 million. Prices fell.", ["Sales hit 4.5 million.", "Prices fell."]),
    ("The U.S. Army said 4. It left.", ["The U.S. Army said 4.", "It left."]),
    ("KABUL: The ministry said 20.", ["KABUL:", "The ministry said 20."]),
    ("SAN FRANCISCO (AP) — Power was cut.", ["SAN FRANCISCO (AP) —", "Power was cut."]),
    # a clock's "a.m." ends a sentence before a new one, not before the time's day or zone
    ("Doors open at 8:30 a.m. Fewer than 900 came.", ["Doors open at 8:30 a.m.", "Fewer than 900 came."]),
    ("It opens at 10 a.m. Tuesday and 9 p.m. ET on Friday.", ["It opens at 10 a.m. Tuesday and 9 p.m. ET on Friday."]),
    # a company's suffix ends a sentence before a word that opens one, not before a title or another suffix
    ("It hired Brand & Co. The firm grew.", ["It hired Brand & Co.", "The firm grew."]),
    ("Apple Inc. Chief Executive Ana Ruiz spoke.", ["Apple Inc. Chief Executive Ana Ruiz spoke."]),
    ("It sold Hanwa Co. Ltd. shares.", ["It sold Hanwa Co. Ltd. shares."]),
    # each item of a list on its own line is a sentence, with a stop or without; a minus is no item
    ("We know:\n- 4 died, police said.\n- Two cars fell.", ["We know:", "- 4 died, police said.", "- Two cars fell."]),
    ("Closed:\n* 12 schools\n• 3 roads", ["Closed:", "* 12 schools", "• 3 roads"]),
    ("It fell to\n-5C overnight.", ["It fell to\n-5C overnight."]),
]


@pytest.mark.parametrize(("text", "sentences"), SENTENCES)
def test_sentences_split_where_they_end(text: str, sentences: list[str]) -> None:
    article = parse_article(text)
    assert [s.text for s in article.paragraphs[0].sentences] == sentences


def test_paragraphs_are_blocks_between_blank_lines_numbered_from_the_headline() -> None:
    article = parse_article("Headline\n\n\n  Body one\nwrapped line.  \n \nBody two.\n")
    assert [(p.number, p.text) for p in article.paragraphs] == [(1, "Headline"), (2, "Body one\nwrapped line."), (3, "Body two.")]
    assert article.title == "Headline"


def test_offsets_index_the_text_with_crlf_made_lf() -> None:
    article = parse_article("Head\r\n\r\nBody 5.")
    paragraph = article.paragraphs[1]
    assert article.text[paragraph.start : paragraph.end] == "Body 5."


@pytest.mark.parametrize(
    ("paragraph", "first_sentence"),
    [
        ("KABUL: The ministry said 40 died.", "KABUL:"),
        ("MOSCOW (Wire Agency - 3 March) The ministry said 40 died.", "MOSCOW (Wire Agency - 3 March)"),
        ("LONDON - The ministry said 40 died.", "LONDON -"),
        ("NW Water said 40 homes were cut off.", "NW Water said 40 homes were cut off."),
        ("NHS Lothian said 12 wards were closed.", "NHS Lothian said 12 wards were closed."),
    ],
)
def test_a_dateline_ends_in_a_dash_a_colon_or_the_agency_in_brackets(paragraph: str, first_sentence: str) -> None:
    sentences = parse_article("Title\n\n" + paragraph).paragraphs[1].sentences
    assert sentences[0].text == first_sentence
