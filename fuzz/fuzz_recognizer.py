"""Fuzz recognition, attribution, extract and the diff with arbitrary article text."""

import sys

import atheris

with atheris.instrument_imports():
    from factsheet.article import parse_article
    from factsheet.attribution import attribute
    from factsheet.extract import draft_sheet
    from factsheet.figures import find_figures
    from factsheet.review import review
    from factsheet.sheet import dump_sheet, parse_sheet


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    end = 0
    for mention in find_figures(text):
        assert end <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        end = mention.end
    article = parse_article(text)
    attribute(article)
    sheet = parse_sheet(dump_sheet(draft_sheet(article)), "draft.yaml")
    result = review(sheet, article)
    assert result.clean, [(f.status, f.sheet_figure, f.article_figure) for f in result.findings if f.status != "ok"]


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
