"""The SIPRI trade-register CSV parser on every quirk of SIPRI's export (tests/data holds invented rows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from armstrack.ingest.sipri import SipriFileError, decode, parse_file, parse_number, parse_text, parse_year, parse_years

DATA = Path(__file__).resolve().parent / "data" / "sipri_trade_register.csv"
HEADER = ("Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,"
          "Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,"
          "SIPRI TIV of delivered weapons")


@pytest.fixture(scope="module")
def parsed():
    return parse_file(DATA)


def by_designation(parsed, designation):
    [record] = [r for r in parsed.records if r.designation == designation]
    return record


def test_preamble_is_skipped_and_header_found(parsed):
    # eight preamble lines (one with a lone double quote, one blank) precede the header
    assert parsed.header_line == 9
    assert parsed.errors == []
    assert len(parsed.records) == 16
    assert parsed.records[0].line == 10 and parsed.records[-1].line == 25


def test_flag_columns_mark_the_column_before_them(parsed):
    su30 = parsed.records[0]
    assert (su30.recipient, su30.supplier, su30.order_year, su30.number_ordered) == ("Myanmar", "Russia", 2018, 6)
    assert su30.number_delivered == 4
    assert su30.uncertain == ["number_delivered"]  # the "?" after Number delivered only
    pantsyr = by_designation(parsed, "96K9 Pantsyr-S1")
    assert pantsyr.uncertain == ["order_year"]
    mig = by_designation(parsed, "MiG-29SM")
    assert mig.uncertain == ["number_ordered"]


def test_numbers_and_years_in_parentheses_are_estimates(parsed):
    ftc = by_designation(parsed, "FTC-2000")
    assert (ftc.number_ordered, ftc.number_delivered, ftc.delivery_years) == (12, 6, [2021])
    assert set(ftc.uncertain) == {"order_year", "number_ordered", "number_delivered", "delivery_years"}


def test_delivery_years_separated_by_semicolons_or_a_range(parsed):
    assert by_designation(parsed, "S-400 Triumf").delivery_years == [2021, 2022, 2023]
    assert by_designation(parsed, "S-400 Triumf").delivery_years_text == "2021; 2022; 2023"
    assert by_designation(parsed, "Yak-130").delivery_years == [2015, 2016]  # "2015-2016"
    assert by_designation(parsed, "Rafale").delivery_years == []  # ordered, nothing delivered


def test_unknown_and_empty_values(parsed):
    wing = by_designation(parsed, "Wing Loong-2")
    assert wing.number_ordered is None and wing.tiv_total is None  # ".." and empty
    assert wing.supplier == "unknown supplier(s)" and wing.recipient == "Libya HoR*"
    f16 = by_designation(parsed, "F-16V Viper")
    assert (f16.number_ordered, f16.number_delivered, f16.tiv_per_unit) == (None, None, None)
    assert f16.comments == "Negotiated; number not yet known"


def test_quoted_cells_with_commas(parsed):
    assert by_designation(parsed, "96K9 Pantsyr-S1").comments == "Aid, incl missiles"
    hmmwv = by_designation(parsed, "HMMWV-UA")
    assert (hmmwv.number_ordered, hmmwv.number_delivered) == (1200, 1200)  # "1,200"
    assert hmmwv.status == "Second hand but modernized"
    assert hmmwv.tiv_per_unit == pytest.approx(0.05)


def test_windows_1252_text_and_a_lone_carriage_return_inside_a_comment(parsed):
    engine = by_designation(parsed, "ship engine")
    # the raw file has "W\xe4rtsil\xe4 diesel engine\r for 2 patrol ships": one row, not two
    assert engine.comments == "W\u00e4rtsil\u00e4 diesel engine for 2 patrol ships"
    assert engine.line == 18 and engine.number_delivered == 0
    assert b"\r" in DATA.read_bytes() and b"\xe4" in DATA.read_bytes()


def test_utf8_with_bom_and_crlf_reads_the_same(parsed, tmp_path):
    text = decode(DATA.read_bytes())
    other = tmp_path / "utf8.csv"
    other.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    again = parse_file(other)
    assert again.errors == []
    assert [r.as_dict() for r in again.records] == [r.as_dict() for r in parsed.records]


def test_renamed_columns_are_found_by_name():
    text = "\n".join([
        "Transfers of major conventional arms from Ruritania to All countries",
        "",
        HEADER.replace("Number delivered", "Deliveries in the Year Range")
              .replace("Year(s) of delivery", "Year(s) of deliveries"),
        "Borduria,Ruritania,2015,,4,,Ptarmigan-3,patrol boat,(2),?,2016; 2017,New,,5,20,10",
    ])
    [record] = parse_text(text, "renamed.csv").records
    assert (record.number_delivered, record.delivery_years) == (2, [2016, 2017])
    assert "number_delivered" in record.uncertain


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_is_read():
    text = "\n".join([
        "Some notes, before the header",
        HEADER,
        "Borduria,Ruritania,2015,,4,,Ptarmigan-3,patrol boat,4,,2016,New,,5,20,20",
        "Borduria,Ruritania,20x5,,4,,Ptarmigan-4,patrol boat,4,,2016,New,,5,20,20",
        "Borduria,Ruritania,2015,,4,,Ptarmigan-5,patrol boat,4",
        "Borduria,Ruritania,2015,maybe,4,,Ptarmigan-6,patrol boat,4,,2016,New,,5,20,20",
        "Borduria,Ruritania,2015,,4,,Ptarmigan-7,patrol boat,4,,2019-2017,New,,5,20,20",
        ",Ruritania,2015,,4,,Ptarmigan-8,patrol boat,4,,2016,New,,5,20,20",
        "Borduria,Ruritania,2015,,four,,Ptarmigan-9,patrol boat,4,,2016,New,,5,20,20",
        "",
        "Borduria," + "R" * 300 + ",2015,,4,,Ptarmigan-9,patrol boat,4,,2016,New,,5,20,20",
        "Borduria,Ruritania,2016,,2,,Ptarmigan-10,patrol boat,,,,New,,5,10,",
    ])
    result = parse_text(text, "bad.csv")
    assert [r.designation for r in result.records] == ["Ptarmigan-3", "Ptarmigan-10"]
    assert [e.split(":")[1] for e in result.errors] == ["4", "5", "6", "7", "8", "9", "11"]
    assert all(e.startswith("bad.csv:") for e in result.errors)
    assert "'20x5' is not a year" in result.errors[0]
    assert "expected 16 columns" in result.errors[1]
    assert "uncertainty column after 'order year' holds 'maybe'" in result.errors[2]
    assert "range ends before it starts" in result.errors[3]
    assert "recipient is empty" in result.errors[4]
    assert "'four' is not a whole number" in result.errors[5]
    assert "supplier is longer than 255 characters" in result.errors[6]


def test_a_file_without_the_header_is_refused(tmp_path):
    path = tmp_path / "not-sipri.csv"
    path.write_text("name,value\nx,1\n", encoding="utf-8")
    with pytest.raises(SipriFileError, match="not-sipri.csv: no SIPRI trade-register header"):
        parse_file(path)
    with pytest.raises(SipriFileError, match="cannot read"):
        parse_file(tmp_path / "missing.csv")


@pytest.mark.parametrize("cell, expected", [
    ("2019", (2019, False)), ("(2019)", (2019, True)), ("2019?", (2019, True)), ("..", (None, False)),
    ("", (None, False)), (" 2019 ", (2019, False)),
])
def test_parse_year(cell, expected):
    assert parse_year(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    ("12", (12, False)), ("(12)", (12, True)), ("1,673", (1673, False)), ("..", (None, False)), ("", (None, False)),
    ("12?", (12, True)), ("0", (0, False)),
])
def test_parse_number(cell, expected):
    assert parse_number(cell) == expected


@pytest.mark.parametrize("cell, expected", [
    ("2018; 2019; 2020", ([2018, 2019, 2020], False)), ("2019-2021", ([2019, 2020, 2021], False)),
    ("(2020)", ([2020], True)), ("2018; (2019)", ([2018, 2019], True)), ("2017-2018; 2020", ([2017, 2018, 2020], False)),
    ("", ([], False)), ("2019\u20132020", ([2019, 2020], False)),
])
def test_parse_years(cell, expected):
    assert parse_years(cell) == expected


@pytest.mark.parametrize("bad", ["12.5", "-3", "abc", "99999999999"])
def test_parse_number_rejects(bad):
    with pytest.raises(ValueError):
        parse_number(bad)


def test_a_line_break_inside_a_comment_is_joined_again():
    text = "\n".join([
        HEADER,
        "Borduria,Ruritania,2024,?,12,?,vehicle engine,vehicle engine,0,,,New,Diesel engines for 12 APC",
        ",0.03,0.36,0",
        "Borduria,Ruritania,2016,,2,,Ptarmigan-10,patrol boat,,,,New,,5,10,",
        "Borduria,Ruritania,2016,,2,,Ptarmigan-11,patrol boat,,,,New,cut short",
    ])
    result = parse_text(text, "split.csv")
    assert [(r.line, r.designation) for r in result.records] == [(2, "vehicle engine"), (4, "Ptarmigan-10")]
    assert result.records[0].comments == "Diesel engines for 12 APC"
    assert result.records[0].tiv_total == pytest.approx(0.36)
    assert result.errors == ["split.csv:5: expected 16 columns as in the header (line 1), got 13"]
