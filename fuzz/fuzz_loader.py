"""Fuzz the sheet loader: any bytes load or fail with SheetError."""

import sys

import atheris

with atheris.instrument_imports():
    from factsheet.errors import SheetError
    from factsheet.sheet import decode_sheet, parse_sheet


def test_one_input(data: bytes) -> None:
    try:
        parse_sheet(decode_sheet(data, "fuzz.yaml"), "fuzz.yaml")
    except SheetError as error:
        assert all("\n" not in line for line in error.lines)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
