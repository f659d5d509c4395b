"""Realistic sample office, procedures and dossiers for test prints, previews, tests and the benchmark."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desk_app.domain.model import (
    Applicant,
    Channel,
    DocumentReceived,
    Dossier,
    Event,
    EventType,
    FeeRule,
    OfficeProfile,
    Procedure,
    RequiredDocument,
    Resolution,
    ReturnMethod,
    Status,
)

SAMPLE_CODE = "000.21.22.H56-261123-1007"
USER_NAMES = {
    "huong.ttt": "Trần Thị Thu Hương",
    "dat.lv": "Lê Văn Đạt",
    "hung.pq": "Phạm Quốc Hùng",
}


def sample_office(**changes: Any) -> OfficeProfile:
    values: dict[str, Any] = {
        "name": "UBND xã Tiến Thành",
        "agency_code": "000.21.22.H56",
        "place": "Tiến Thành",
        "parent_name": "UBND tỉnh Đồng Nai",
        "address": "Số 1 đường Hùng Vương, ấp Bình Thạnh, xã Tiến Thành, tỉnh Đồng Nai",
        "phone": "0251 3822 123",
        "lookup_url": "https://dichvucong.dongnai.gov.vn/tra-cuu",
        "return_time": "16:00",
        "evaluation_slip": True,
    }
    values.update(changes)
    return OfficeProfile(**values)


def sample_procedures() -> list[Procedure]:
    return [
        Procedure(
            code="1.004859",
            name="Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
            field="Hộ tịch",
            days=3,
            extended_days=6,
            fee=FeeRule(kind="fixed", amount=50_000, note="Miễn lệ phí cho người thuộc hộ nghèo, người khuyết tật."),
            documents=(
                RequiredDocument("Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch (theo mẫu)"),
                RequiredDocument("Giấy khai sinh hoặc giấy tờ hộ tịch cần thay đổi, cải chính", kind="original"),
                RequiredDocument("Giấy tờ làm căn cứ cho việc thay đổi, cải chính, bổ sung", kind="certified_copy"),
                RequiredDocument("Căn cước công dân của người yêu cầu", kind="shown"),
            ),
            legal_basis=(
                "Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP; Thông tư số 04/2020/TT-BTP; "
                "Thông tư số 85/2019/TT-BTC (lệ phí)."
            ),
            result="Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch",
        ),
        Procedure(
            code="1.001193",
            name="Đăng ký khai sinh",
            field="Hộ tịch",
            same_day=True,
            extended_days=3,
            documents=(
                RequiredDocument("Tờ khai đăng ký khai sinh (theo mẫu)"),
                RequiredDocument("Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh"),
                RequiredDocument("Giấy chứng nhận kết hôn của cha, mẹ (nếu có)", kind="shown", optional=True),
            ),
            legal_basis="Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP.",
            result="Giấy khai sinh (bản chính)",
        ),
        Procedure(
            code="2.000815",
            name="Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
            field="Chứng thực",
            same_day=True,
            fee=FeeRule(kind="per_page", amount=2_000, next_amount=1_000, first_pages=2, cap=200_000),
            documents=(
                RequiredDocument("Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", kind="shown"),
                RequiredDocument("Bản sao cần chứng thực", kind="copy"),
            ),
            legal_basis="Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC.",
            result="Bản sao được chứng thực từ bản chính",
        ),
        Procedure(
            code="1.001776",
            name=(
                "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, "
                "hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng"
            ),
            field="Bảo trợ xã hội",
            days=15,
            interagency=True,
            receiving_agency="Sở Y tế tỉnh Đồng Nai",
            documents=(
                RequiredDocument("Tờ khai đề nghị trợ giúp xã hội (Mẫu số 1a)"),
                RequiredDocument("Giấy xác nhận khuyết tật", kind="copy"),
            ),
            legal_basis="Nghị định số 20/2021/NĐ-CP; Nghị định số 76/2024/NĐ-CP.",
            result="Quyết định trợ cấp xã hội hằng tháng",
        ),
    ]


def _event(code: str, kind: EventType, at: dt.datetime, actor: str, note: str = "", **data: Any) -> Event:
    return Event(
        uid=f"{code}-{kind.value}-{at:%H%M%S}",
        dossier_code=code,
        type=kind,
        at=at,
        actor=actor,
        desk="Quầy 1",
        note=note,
        data=data,
    )


def sample_dossier(kind: str = "receipt", *, code: str = SAMPLE_CODE, long: bool = False) -> Dossier:
    """A dossier ready for form ``kind`` (receipt, supplement, refusal, apology, control).

    ``long`` gives it an overlong name, address and document list to test wrapping.
    """
    procedure = sample_procedures()[0]
    received_at = dt.datetime(2026, 11, 23, 8, 30)
    applicant = Applicant(
        full_name="Nguyễn Thị Ngọc Điệp",
        citizen_id="075186001234",
        date_of_birth=dt.date(1986, 4, 12),
        sex="Nữ",
        address="Số 18, đường Nguyễn Huệ, ấp Bình Thạnh, xã Tiến Thành, tỉnh Đồng Nai",
        phone="0912 345 678",
        email="ngocdiep@example.vn",
    )
    documents = tuple(DocumentReceived(doc.name, kind=doc.kind, count=doc.count) for doc in procedure.documents)
    events = [
        _event(
            code, EventType.RECEIVED, received_at, "huong.ttt", due_date="2026-11-26", actor_name="Trần Thị Thu Hương"
        ),
    ]
    status = Status.RECEIVED
    if kind in ("supplement", "refusal"):
        applicant = Applicant(
            full_name="Đặng Văn Đức",
            sex="Nam",
            address="Tổ 7, khu phố Ỷ Lan, phường Hố Nai, tỉnh Đồng Nai",
            phone="0987 654 321",
        )
    if kind == "supplement":
        documents = (
            DocumentReceived(
                procedure.documents[0].name, count=1, received=True, note="Ghi sai ngày sinh, cần khai lại"
            ),
            DocumentReceived(procedure.documents[1].name, count=1, received=True),
            DocumentReceived(procedure.documents[2].name, kind="certified_copy", count=2, received=False),
            DocumentReceived(
                "Bản photo Căn cước công dân của người được thay đổi thông tin", kind="copy", count=1, received=False
            ),
        )
        events = [
            _event(
                code,
                EventType.SUPPLEMENT_REQUESTED,
                received_at,
                "huong.ttt",
                note="Hướng dẫn một lần, đầy đủ",
                instruction=(
                    "Ông bổ sung bản sao chứng thực giấy tờ làm căn cứ và khai lại tờ khai "
                    "theo đúng ngày sinh ghi trên giấy khai sinh."
                ),
                reason="Hồ sơ chưa đầy đủ thành phần theo quy định; tờ khai ghi sai thông tin.",
                actor_name="Trần Thị Thu Hương",
            )
        ]
        status = Status.SUPPLEMENT_REQUESTED
    elif kind == "refusal":
        events = [
            _event(
                code,
                EventType.REFUSED,
                received_at,
                "huong.ttt",
                reason=(
                    "Yêu cầu cải chính nội dung đã được ghi đúng theo giấy tờ gốc; không thuộc trường hợp "
                    "được cải chính hộ tịch theo Điều 7 Nghị định số 123/2015/NĐ-CP."
                ),
                actor_name="Trần Thị Thu Hương",
            )
        ]
        status = Status.REFUSED
    elif kind in ("apology", "control"):
        events += [
            _event(
                code,
                EventType.TRANSFERRED,
                dt.datetime(2026, 11, 23, 10, 15),
                "huong.ttt",
                to_user="dat.lv",
                to_role="handler",
            ),
            _event(
                code,
                EventType.SENT_TO_AGENCY,
                dt.datetime(2026, 11, 24, 9, 0),
                "dat.lv",
                agency="Sở Tư pháp tỉnh Đồng Nai",
                note="Xin ý kiến về căn cứ cải chính",
            ),
            _event(
                code,
                EventType.BACK_FROM_AGENCY,
                dt.datetime(2026, 11, 26, 14, 40),
                "dat.lv",
                agency="Sở Tư pháp tỉnh Đồng Nai",
            ),
            _event(
                code,
                EventType.APOLOGIZED,
                dt.datetime(2026, 11, 25, 9, 0),
                "hung.pq",
                reason=(
                    "Hồ sơ phải xin ý kiến Sở Tư pháp tỉnh Đồng Nai về căn cứ cải chính "
                    "nên chưa kịp giải quyết đúng hạn."
                ),
                new_due_date="2026-11-30",
            ),
        ]
        if kind == "control":
            events += [
                _event(
                    code,
                    EventType.TRANSFERRED,
                    dt.datetime(2026, 11, 27, 8, 5),
                    "dat.lv",
                    to_user="hung.pq",
                    to_role="leader",
                ),
                _event(
                    code, EventType.RESULT_READY, dt.datetime(2026, 11, 27, 15, 20), "hung.pq", note="Đã ký trích lục"
                ),
                _event(
                    code,
                    EventType.RETURNED,
                    dt.datetime(2026, 11, 30, 9, 10),
                    "huong.ttt",
                    collected_by="Nguyễn Thị Ngọc Điệp",
                ),
            ]
        status = Status.IN_PROGRESS if kind == "apology" else Status.RETURNED
    if long:
        applicant = Applicant(
            full_name="Tôn Nữ Hoàng Thị Phương Khuê Nguyễn Thị Ngọc Điệp Huỳnh Lê Đặng Bảo Ngọc Trâm Anh Vũ Đức Thắng",
            sex="Nữ",
            address=(
                "Phòng 1208, tầng 12, tòa nhà Chung cư Khu dân cư tái định cư Bình Thạnh mở rộng giai đoạn II, "
                "số 1234/56/78 đường Nguyễn Thị Minh Khai nối dài, khu phố Ỷ Lan, ấp Bình Thạnh, "
                "xã Tiến Thành, tỉnh Đồng Nai, Việt Nam (gần trường Tiểu học Lê Quý Đôn)"
            ),
            phone="0912 345 678",
            email="ton.nu.hoang.thi.phuong.khue.nguyen.thi.ngoc.diep.rat.dai@example.vn",
        )
        documents = tuple(
            DocumentReceived(
                f"Giấy tờ chứng minh số {i}: văn bản xác nhận của cơ quan có thẩm quyền về việc thay đổi, "
                "cải chính, bổ sung thông tin hộ tịch đối với người yêu cầu "
                "(kèm bản dịch công chứng nếu bằng tiếng nước ngoài)",
                kind=("original", "certified_copy", "copy")[i % 3],
                count=1 + i % 2,
                received=i % 4 != 0 or kind != "supplement",
                note="Thiếu chữ ký, đóng dấu giáp lai" if i % 5 == 0 else "",
            )
            for i in range(1, 13)
        )
    return Dossier(
        code=code,
        procedure_code=procedure.code,
        procedure_name=procedure.name,
        field=procedure.field,
        applicant=applicant,
        channel=Channel.DIRECT,
        return_method=ReturnMethod.AT_DESK,
        received_at=received_at,
        status=status,
        counted_from=received_at.date(),
        due_date=dt.date(2026, 11, 30) if kind in ("apology", "control") else dt.date(2026, 11, 26),
        base_due_date=dt.date(2026, 11, 26),
        apology_due_date=dt.date(2026, 11, 30) if kind in ("apology", "control") else None,
        result_at=dt.datetime(2026, 11, 27, 15, 20) if kind == "control" else None,
        returned_at=dt.datetime(2026, 11, 30, 9, 10) if kind == "control" else None,
        resolution=Resolution.LATE if kind == "control" else None,
        documents=documents,
        sets=1,
        fee=procedure.fee.compute(),
        book_year=2026,
        book_number=1007 if kind not in ("supplement", "refusal") else None,
        desk="Quầy 1",
        holder="huong.ttt",
        events=events,
    )


_SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
_MIDDLES = ("Thị", "Văn", "Hữu", "Ngọc", "Minh", "Đức", "Thu", "Quốc", "Thanh", "Bảo")
_GIVEN = (
    "Điệp",
    "Đức",
    "Hương",
    "Thắng",
    "Ánh",
    "Ỷ",
    "Nguyệt",
    "Khuê",
    "Lộc",
    "Tường",
    "Yến",
    "Phước",
    "Ẩn",
    "Ửng",
    "Hùng",
)


def sample_book_dossiers(count: int, *, start: dt.date = dt.date(2026, 1, 5)) -> list[Dossier]:
    """``count`` dossiers spread over working days from ``start``, numbered from 01 as the book is."""
    procedures = sample_procedures()
    out: list[Dossier] = []
    day = start
    per_day = 0
    for index in range(count):
        if per_day == 25:
            day += dt.timedelta(days=1 if day.weekday() < 4 else 3)
            per_day = 0
        per_day += 1
        procedure = procedures[index % len(procedures)]
        name = f"{_SURNAMES[index % 16]} {_MIDDLES[index % 10]} {_GIVEN[index % 15]}"
        received = dt.datetime.combine(day, dt.time(7 + per_day % 9, (index * 7) % 60))
        code = f"000.21.22.H56-{day:%y%m%d}-{1000 + per_day:04d}"
        returned = index % 3 != 0
        due = day + dt.timedelta(days=max(procedure.days, 0))
        result_day = max(day, due - dt.timedelta(days=index % 2))
        out.append(
            Dossier(
                code=code,
                procedure_code=procedure.code,
                procedure_name=procedure.name,
                field=procedure.field,
                applicant=Applicant(
                    full_name=name,
                    address=f"Tổ {index % 30 + 1}, ấp Bình Thạnh, xã Tiến Thành, tỉnh Đồng Nai",
                    phone=f"09{index:08d}",
                ),
                channel=Channel.DIRECT,
                return_method=ReturnMethod.AT_DESK,
                received_at=received,
                status=Status.RETURNED if returned else Status.IN_PROGRESS,
                due_date=due,
                base_due_date=due,
                result_at=dt.datetime.combine(result_day, dt.time(15, 0)) if returned else None,
                returned_at=dt.datetime.combine(due, dt.time(9, 30)) if returned else None,
                resolution=(Resolution.EARLY if result_day < due else Resolution.ON_TIME) if returned else None,
                book_year=day.year,
                book_number=index + 1,
                holder="dat.lv",
                agency="Sở Tư pháp tỉnh Đồng Nai" if procedure.interagency else "",
                note="Bổ sung 1 lần" if index % 11 == 0 else "",
            )
        )
    return out
