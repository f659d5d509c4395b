"""``desk-admin``: parser, shared options (--db, DESK_DB), error reporting, command registry."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desk_app.domain.errors import DeskError
from desk_app.domain.model import Role, User
from desk_app.paths import default_db_path
from desk_app.services import Services

# Each room adds its commands with a ``register(subparsers)`` function in its own module.
COMMAND_MODULES = [
    "desk_app.cli.foundation",
    "desk_app.cli.print_cmd",
    "desk_app.cli.report_cmd",
    "desk_app.cli.sync_cmd",
]

# The command line is run by whoever administers the PC: it acts as the administrator.
CLI_ACTOR = User("desk-admin", "Quản trị (dòng lệnh)", Role.ADMIN)


def open_services(args: argparse.Namespace, *, ensure_catalog: bool = True) -> Services:
    return Services.open(default_db_path(args.db), ensure_catalog=ensure_catalog)


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desk-admin",
        description="Quản trị Một Cửa Desk: hồ sơ cơ quan, tài khoản, danh mục thủ tục, hồ sơ, sao lưu.",
    )
    parser.add_argument("--db", metavar="PATH", help="tệp cơ sở dữ liệu (mặc định: biến DESK_DB hoặc thư mục dữ liệu)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int | None] = args.handler
    try:
        return int(handler(args) or 0)
    except DeskError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"Lỗi: {exc.strerror or exc} ({Path(exc.filename).name if exc.filename else ''})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
