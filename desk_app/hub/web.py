"""The hub's small status page: communes, their last sync, open, overdue, on-time and late counts."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any


def _when(value: str | None, now: dt.datetime) -> tuple[str, str]:
    if not value:
        return "chưa đồng bộ", "never"
    at = dt.datetime.fromisoformat(value)
    days = (now - at).days
    label = at.strftime("%H:%M %d/%m/%Y")
    return (f"{label} ({days} ngày trước)", "old") if days >= 2 else (label, "ok")


def render_status_page(name: str, rows: list[dict[str, Any]], now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    body = []
    for r in rows:
        when, css = _when(r.get("last_sync"), now)
        body.append(
            "<tr>"
            f"<td>{html.escape(r['name'] or '')}</td><td><code>{html.escape(r['office'])}</code></td>"
            f"<td class=n>{r['desks']}</td><td class={css}>{html.escape(when)}</td>"
            f"<td class=n>{r['events']}</td><td class=n>{r['dossiers']}</td><td class=n>{r['open']}</td>"
            f"<td class='n{' bad' if r['overdue'] else ''}'>{r['overdue']}</td>"
            f"<td class=n>{r['on_time']}</td><td class=n>{r['late']}</td>"
            "</tr>"
        )
    total = {
        k: sum(int(r[k]) for r in rows) for k in ("desks", "events", "dossiers", "open", "overdue", "on_time", "late")
    }
    rows_html = "\n".join(body) or "<tr><td colspan=10>Chưa có xã, phường nào đăng ký.</td></tr>"
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,"DejaVu Sans",sans-serif;margin:2em;color:#222}}
table{{border-collapse:collapse}} th,td{{border:1px solid #ccc;padding:.3em .6em}} th{{background:#f0f0f0}}
td.n{{text-align:right}} .bad{{color:#b00;font-weight:bold}} .old,.never{{color:#b60}} tfoot td{{font-weight:bold}}
</style></head><body>
<h1>{html.escape(name)}</h1>
<p>Tình hình đồng bộ của các xã, phường — cập nhật lúc {now:%H:%M %d/%m/%Y}.</p>
<table><thead><tr><th>Cơ quan</th><th>Mã</th><th>Số bàn</th><th>Đồng bộ gần nhất</th><th>Sự kiện</th>
<th>Hồ sơ</th><th>Đang giải quyết</th><th>Quá hạn</th><th>Đúng/trước hạn</th><th>Trễ hạn</th></tr></thead>
<tbody>
{rows_html}
</tbody>
<tfoot><tr><td colspan=2>Tổng</td><td class=n>{total["desks"]}</td><td></td><td class=n>{total["events"]}</td>
<td class=n>{total["dossiers"]}</td><td class=n>{total["open"]}</td><td class=n>{total["overdue"]}</td>
<td class=n>{total["on_time"]}</td><td class=n>{total["late"]}</td></tr></tfoot>
</table>
<p><a href="/openapi.json">Mô tả API (OpenAPI)</a></p>
</body></html>
"""
