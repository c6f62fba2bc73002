"""Fuzz the sheet loader: any bytes load or fail with SheetError, and a document built from
LibYAML's events is the one the composer builds."""

import sys

import atheris

with atheris.instrument_imports():
    from factsheet import strict_yaml
    from factsheet.errors import SheetError
    from factsheet.sheet import decode_sheet, parse_sheet


def test_one_input(data: bytes) -> None:
    try:
        text = decode_sheet(data, "fuzz.yaml")
    except SheetError:
        return
    built = strict_yaml._plain_document(text)
    if built is not None:
        assert strict_yaml._parse_exactly(text, "fuzz.yaml") == (built, [])
    try:
        parse_sheet(text, "fuzz.yaml")
    except SheetError as error:
        assert all("\n" not in line for line in error.lines)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
