"""A child process for the crash test: receives dossiers in a loop, printing each committed code."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from desk_app.domain.model import Applicant, Role, User
from desk_app.services import Services
from desk_app.services.dossiers import ReceiveRequest


def main(db: str) -> None:
    s = Services.open(Path(db))
    clerk = User("canbo1", "Nguyễn Thị Ngọc Điệp", Role.CLERK)
    i = 0
    while True:
        i += 1
        d = s.dossiers.receive(clerk, ReceiveRequest(
            "1.004873", Applicant(f"Nguyễn Văn Đức {i}", "001200012345", dt.date(2000, 5, 15), "Nam")))
        if i % 3 == 0:
            s.dossiers.transfer(clerk, d.code, "chuyenmon1")
        print(d.code, flush=True)  # only after the commit returned


if __name__ == "__main__":
    main(sys.argv[1])
