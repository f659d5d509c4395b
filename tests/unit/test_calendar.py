"""Working-day calendar: holidays, Tết, overrides, cut-off, Saturday mornings and due dates."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

import holidays
import pytest

from desk_app.domain.calendar import (
    WorkingCalendar,
    load_overrides_file,
    parse_cutoff,
    parse_overrides,
    weekday_vi,
)
from desk_app.domain.errors import ValidationError
from desk_app.domain.model import Procedure

ROOT = Path(__file__).resolve().parents[2]
OVERRIDES = ROOT / "resources" / "calendar" / "vn_overrides.json"

THREE_DAYS = Procedure(code="1.004873", name="Cấp Giấy xác nhận tình trạng hôn nhân", field="Hộ tịch", days=3)
SAME_DAY = Procedure(code="1.001193", name="Đăng ký khai sinh", field="Hộ tịch", same_day=True)
MARRIAGE = Procedure(code="1.000894", name="Đăng ký kết hôn", field="Hộ tịch", same_day=True, extended_days=5)
CORRECTION = Procedure(code="1.004859", name="Thay đổi, cải chính", field="Hộ tịch", days=3, extended_days=6)


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


@pytest.fixture
def shipped() -> WorkingCalendar:
    return WorkingCalendar(load_overrides_file(OVERRIDES))


def _naive_add(cal: WorkingCalendar, start: date, n: int) -> date:
    d = start
    while n > 0:
        d += timedelta(days=1)
        if cal.is_working_day(d):
            n -= 1
    return d


# ------------------------------------------------------------------ holidays
def test_tet_2026_matches_holidays_package(cal: WorkingCalendar) -> None:
    pkg = holidays.country_holidays("VN", years=2026, language="vi")
    tet = [date(2026, 2, d) for d in range(16, 21)]
    assert all(d in pkg for d in tet)
    assert all(cal.is_holiday(d) and not cal.is_working_day(d) for d in tet)
    assert cal.is_working_day(date(2026, 2, 13))
    assert cal.is_working_day(date(2026, 2, 23))
    assert cal.holiday_name(date(2026, 2, 17)) == "Tết Nguyên Đán"
    assert cal.holiday_name(date(2026, 2, 16)) == "Giao thừa Tết Nguyên Đán"
    assert cal.holiday_name(date(2026, 2, 23)) is None


def test_tet_2027_matches_holidays_package(cal: WorkingCalendar) -> None:
    pkg = holidays.country_holidays("VN", years=2027, language="vi")
    feb_weekday_holidays = {d for d in pkg if d.month == 2 and d.weekday() < 5}
    assert feb_weekday_holidays == {date(2027, 2, d) for d in (4, 5, 8, 9, 10)}
    for d in feb_weekday_holidays:
        assert not cal.is_working_day(d)
    assert cal.is_working_day(date(2027, 2, 3))
    assert cal.is_working_day(date(2027, 2, 11))


def test_three_day_procedure_received_before_tet_2026(cal: WorkingCalendar) -> None:
    # Thu 12/02 morning counts that day: Fri 13, (Tết 16–20), Mon 23, Tue 24.
    assert cal.due_date(datetime(2026, 2, 12, 10, 0), THREE_DAYS) == date(2026, 2, 24)
    # Fri 13/02 16:20, after the cut-off: from Mon 23 → Thu 26.
    assert cal.due_date(datetime(2026, 2, 13, 16, 20), THREE_DAYS) == date(2026, 2, 26)


def test_three_day_procedure_received_before_tet_2027(cal: WorkingCalendar) -> None:
    # Wed 03/02/2027: Tết off Thu 4 – Wed 10 → Thu 11, Fri 12, Mon 15.
    assert cal.due_date(datetime(2027, 2, 3, 9, 0), THREE_DAYS) == date(2027, 2, 15)


def test_year_end_after_cutoff(cal: WorkingCalendar) -> None:
    received = datetime(2025, 12, 31, 15, 30)
    assert cal.counted_start(received) == date(2026, 1, 2)  # 01/01 is Tết Dương lịch
    assert cal.due_date(received, THREE_DAYS) == date(2026, 1, 7)
    assert cal.due_date(datetime(2025, 12, 31, 15, 0), THREE_DAYS) == date(2026, 1, 7)
    assert cal.due_date(datetime(2025, 12, 31, 14, 59, 59), THREE_DAYS) == date(2026, 1, 6)


def test_weekend(cal: WorkingCalendar) -> None:
    assert cal.counted_start(datetime(2026, 3, 7, 9, 0)) == date(2026, 3, 9)  # Saturday → Monday
    assert cal.counted_start(datetime(2026, 3, 8, 9, 0)) == date(2026, 3, 9)  # Sunday → Monday
    assert cal.due_date(datetime(2026, 3, 6, 9, 0), THREE_DAYS) == date(2026, 3, 11)  # Fri → Wed
    assert cal.next_working_day(date(2026, 3, 6)) == date(2026, 3, 9)
    assert not cal.is_reception_day(date(2026, 3, 7))


def test_make_up_saturday_work_override() -> None:
    plain = WorkingCalendar()
    swapped = WorkingCalendar({date(2025, 4, 26): "work"})
    received = datetime(2025, 4, 25, 10, 0)
    # Without the make-up Saturday: Mon 28, Tue 29, then 30/4–2/5 off → Mon 05/05.
    assert plain.due_date(received, THREE_DAYS) == date(2025, 5, 5)
    # With it: Sat 26, Mon 28, Tue 29.
    assert swapped.due_date(received, THREE_DAYS) == date(2025, 4, 29)
    assert swapped.is_working_day(date(2025, 4, 26))
    assert swapped.counted_start(datetime(2025, 4, 26, 9, 0)) == date(2025, 4, 26)
    assert swapped.override_note(date(2025, 4, 26)) == "Ngày làm việc bù"


def test_bridge_day_off_override() -> None:
    plain = WorkingCalendar()
    bridged = WorkingCalendar({date(2026, 1, 2): ("off", "Nghỉ bắc cầu Tết Dương lịch")})
    one_day = Procedure(code="X", name="x", field="Hộ tịch", days=1)
    received = datetime(2025, 12, 31, 10, 0)
    assert plain.due_date(received, one_day) == date(2026, 1, 2)
    assert bridged.due_date(received, one_day) == date(2026, 1, 5)
    assert bridged.is_holiday(date(2026, 1, 2))
    assert bridged.holiday_name(date(2026, 1, 2)) == "Nghỉ bắc cầu Tết Dương lịch"
    assert bridged.working_days_between(date(2025, 12, 31), date(2026, 1, 5)) == 1


def test_work_override_beats_public_holiday() -> None:
    cal = WorkingCalendar({date(2026, 2, 20): "work"})
    assert cal.is_working_day(date(2026, 2, 20))
    assert not cal.is_holiday(date(2026, 2, 20))
    assert cal.holiday_name(date(2026, 2, 20)) is None


def test_bad_override_kind() -> None:
    with pytest.raises(ValidationError) as err:
        WorkingCalendar({date(2026, 1, 2): "holiday"})
    assert "holiday" in err.value.message and "02/01/2026" in err.value.message


def test_saturday_morning_option() -> None:
    cal = WorkingCalendar(saturday_morning=True)
    sat = date(2026, 3, 7)
    assert cal.is_reception_day(sat)
    assert not cal.is_working_day(sat)
    assert cal.counted_start(datetime(2026, 3, 7, 9, 0)) == sat
    assert cal.due_date(datetime(2026, 3, 7, 9, 0), THREE_DAYS) == date(2026, 3, 11)
    assert cal.due_date(datetime(2026, 3, 7, 9, 0), SAME_DAY) == sat
    # From noon the Saturday desk is closed: Monday.
    assert cal.counted_start(datetime(2026, 3, 7, 12, 0)) == date(2026, 3, 9)
    assert cal.due_date(datetime(2026, 3, 7, 12, 0), THREE_DAYS) == date(2026, 3, 12)
    assert not cal.is_reception_day(date(2026, 3, 8))  # Sunday


def test_saturday_morning_closed_on_holiday_and_tet_saturday() -> None:
    cal = WorkingCalendar(load_overrides_file(OVERRIDES), saturday_morning=True)
    assert not cal.is_reception_day(date(2026, 2, 21))  # inside the 9-day Tết 2026 break
    assert cal.counted_start(datetime(2026, 2, 21, 9, 0)) == date(2026, 2, 23)
    assert not cal.is_reception_day(date(2027, 2, 6))  # Tết 2027 falls on a Saturday
    assert cal.is_reception_day(date(2026, 2, 28))


def test_same_day_with_cutoff(cal: WorkingCalendar) -> None:
    assert cal.due_date(datetime(2026, 3, 10, 10, 0), SAME_DAY) == date(2026, 3, 10)
    assert cal.due_date(datetime(2026, 3, 10, 14, 59), SAME_DAY) == date(2026, 3, 10)
    assert cal.due_date(datetime(2026, 3, 10, 15, 0), SAME_DAY) == date(2026, 3, 11)
    assert cal.due_date(datetime(2026, 3, 13, 15, 30), SAME_DAY) == date(2026, 3, 16)  # Fri → Mon
    early = Procedure(code="Y", name="y", field="Chứng thực", same_day=True, cutoff="11:30")
    assert cal.due_date(datetime(2026, 3, 10, 11, 29), early) == date(2026, 3, 10)
    assert cal.due_date(datetime(2026, 3, 10, 11, 30), early) == date(2026, 3, 11)


def test_verification_extension(cal: WorkingCalendar) -> None:
    received = datetime(2026, 3, 2, 9, 0)  # Monday
    assert cal.due_date(received, MARRIAGE) == date(2026, 3, 2)
    assert cal.due_date(received, MARRIAGE, verification=True) == date(2026, 3, 9)
    assert cal.due_date(received, CORRECTION) == date(2026, 3, 5)
    assert cal.due_date(received, CORRECTION, verification=True) == date(2026, 3, 10)
    # verification without an extended time changes nothing
    assert cal.due_date(received, THREE_DAYS, verification=True) == date(2026, 3, 5)


def test_counted_start_explicit_cutoff(cal: WorkingCalendar) -> None:
    assert cal.counted_start(datetime(2026, 3, 10, 16, 0), time(17, 0)) == date(2026, 3, 10)
    assert cal.counted_start(datetime(2026, 3, 10, 16, 0)) == date(2026, 3, 11)


def test_add_and_count_working_days(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(date(2026, 2, 13), 0) == date(2026, 2, 13)
    assert cal.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert cal.add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)
    assert cal.add_working_days(date(2026, 2, 14), -1) == date(2026, 2, 13)
    assert cal.working_days_between(date(2026, 2, 13), date(2026, 2, 23)) == 1
    assert cal.working_days_between(date(2026, 2, 23), date(2026, 2, 13)) == -1
    assert cal.working_days_between(date(2025, 12, 31), date(2026, 1, 7)) == 4
    assert cal.working_days_between(date(2026, 3, 9), date(2026, 3, 9)) == 0


def test_add_working_days_agrees_with_a_day_by_day_walk(shipped: WorkingCalendar) -> None:
    rng = random.Random(20260213)
    for _ in range(400):
        start = date(2024, 6, 1) + timedelta(days=rng.randrange(1300))
        n = rng.randrange(0, 40)
        expected = _naive_add(shipped, start, n)
        assert shipped.add_working_days(start, n) == expected
        assert shipped.working_days_between(start, expected) == n
        if n:
            assert shipped.add_working_days(expected, -n) <= start


def test_far_years_extend_the_cache(cal: WorkingCalendar) -> None:
    end = cal.add_working_days(date(2025, 1, 1), 2000)
    assert end.year >= 2032
    assert cal.working_days_between(date(2025, 1, 1), end) == 2000
    assert cal.add_working_days(end, -2000) == date(2024, 12, 31)  # 01/01/2025 is a holiday


def test_weekday_vi() -> None:
    assert weekday_vi(date(2026, 2, 16)) == "Thứ Hai"
    assert weekday_vi(date(2026, 2, 21)) == "Thứ Bảy"
    assert weekday_vi(date(2026, 2, 22)) == "Chủ nhật"
    assert weekday_vi(date(2026, 2, 18)) == "Thứ Tư"


def test_explain_due_date(cal: WorkingCalendar) -> None:
    text = cal.explain_due_date(datetime(2026, 2, 13, 16, 20), THREE_DAYS)
    assert text.startswith("Nhận lúc 16:20 thứ Sáu 13/02/2026; sau 15:00 → tính từ ngày làm việc tiếp theo")
    assert "bỏ qua: Tết Nguyên Đán (16/02–20/02)" in text
    assert text.endswith("3 ngày làm việc → hẹn trả thứ Năm 26/02/2026")
    same = cal.explain_due_date(datetime(2026, 3, 10, 9, 5), SAME_DAY)
    assert "trước 15:00 → tính từ ngày nhận" in same
    assert same.endswith("giải quyết trong ngày → hẹn trả thứ Ba 10/03/2026")
    verified = cal.explain_due_date(datetime(2026, 3, 2, 9, 0), MARRIAGE, verification=True)
    assert verified.endswith("5 ngày làm việc (cần xác minh) → hẹn trả thứ Hai 09/03/2026")
    holiday = cal.explain_due_date(datetime(2026, 9, 2, 9, 0), THREE_DAYS)
    assert "ngày nghỉ (Quốc khánh)" in holiday


def test_bad_procedure_cutoff(cal: WorkingCalendar) -> None:
    bad = Procedure(code="Z", name="z", field="Hộ tịch", days=1, cutoff="25:00")
    with pytest.raises(ValidationError) as err:
        cal.due_date(datetime(2026, 3, 10, 9, 0), bad)
    assert err.value.field == "cutoff"
    assert "25:00" in err.value.message
    assert parse_cutoff("9:30") == time(9, 30)


# ------------------------------------------------------------------ override files
def test_shipped_overrides_file() -> None:
    table = load_overrides_file(OVERRIDES)
    assert table[date(2025, 4, 26)][0] == "work"
    assert table[date(2026, 8, 22)][0] == "work"
    assert table[date(2026, 2, 21)][0] == "off"
    for day, (kind, note) in table.items():
        assert 2025 <= day.year <= 2027
        assert note
        if kind == "work":
            assert day.weekday() == 5  # make-up days are Saturdays
        # every extra "off" day is a Saturday already inside a public-holiday break
        if kind == "off":
            assert day.weekday() == 5


def test_shipped_overrides_swap_2025(shipped: WorkingCalendar) -> None:
    assert shipped.due_date(datetime(2025, 4, 25, 10, 0), THREE_DAYS) == date(2025, 4, 29)
    assert shipped.is_holiday(date(2025, 5, 2))  # from the holidays package


@pytest.mark.parametrize(
    ("days", "fragment"),
    [
        ([{"date": "2026-13-01", "kind": "off"}], "mục thứ 1: ngày '2026-13-01' không hợp lệ"),
        ([{"date": "2026-01-02", "kind": "holiday"}], "mục thứ 1: ngày 2026-01-02: loại 'holiday'"),
        (
            [{"date": "2026-01-02", "kind": "off"}, {"date": "2026-01-02", "kind": "work"}],
            "mục thứ 2: ngày 2026-01-02 bị khai báo hai lần",
        ),
        (
            [{"date": "2026-01-02", "kind": "off", "reason": "x"}],
            "mục thứ 1: khóa không hợp lệ 'reason'",
        ),
        (["2026-01-02"], "mục thứ 1: phải là một đối tượng"),
    ],
)
def test_bad_override_entries(days: list[object], fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_overrides({"days": days}, "/etc/desk/vn_overrides.json")
    assert err.value.message.startswith("Tệp lịch làm việc vn_overrides.json, ")
    assert fragment in err.value.message


def test_bad_override_file(tmp_path: Path) -> None:
    path = tmp_path / "lich.json"
    path.write_text('{"days": [', encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        load_overrides_file(path)
    assert "lich.json" in err.value.message
    path.write_text("\ufeff" + json.dumps({"days": [{"date": "2026-01-02", "kind": "off"}]}), encoding="utf-8")
    assert load_overrides_file(path) == {date(2026, 1, 2): ("off", "")}


def test_due_date_agrees_with_counted_start_plus_working_days(shipped: WorkingCalendar) -> None:
    rng = random.Random(7)
    procedures = (THREE_DAYS, SAME_DAY, MARRIAGE, CORRECTION)
    for _ in range(2000):
        received = datetime(2025, 1, 1) + timedelta(minutes=rng.randrange(60 * 24 * 365 * 3))
        procedure = rng.choice(procedures)
        verification = rng.random() < 0.5
        start = shipped.counted_start(received)
        if procedure.same_day:
            n = procedure.extended_days if verification else 0
        else:
            n = procedure.extended_days if verification and procedure.extended_days > procedure.days else procedure.days
        expected = _naive_add(shipped, start, n)
        assert shipped.due_date(received, procedure, verification) == expected
