<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
<context>
    <name>AccountsPage</name>
    <message>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Tài khoản quản trị đầu tiên (bắt buộc) và tài khoản công chức tiếp nhận (tuỳ chọn).</source>
        <translation>The first administrator account (required) and reception clerk accounts (optional).</translation>
    </message>
    <message>
        <source>ví dụ: quantri</source>
        <translation>e.g. quantri</translation>
    </message>
    <message>
        <source>họ và tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>ví dụ: canbo1</source>
        <translation>e.g. canbo1</translation>
    </message>
    <message>
        <source>Thêm &amp;công chức</source>
        <translation>Add &amp;clerk</translation>
    </message>
    <message>
        <source>&amp;Bỏ dòng chọn</source>
        <translation>&amp;Remove selected row</translation>
    </message>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quản trị&lt;/b&gt;</source>
        <translation>&lt;b&gt;Administrator&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tên đăng nhập *</source>
        <translation>User name *</translation>
    </message>
    <message>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <source>Mật khẩu * (ít nhất 8 ký tự)</source>
        <translation>Password * (at least 8 characters)</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <source>&lt;b&gt;Công chức tiếp nhận&lt;/b&gt; (có thể thêm sau ở trang Quản trị)</source>
        <translation>&lt;b&gt;Reception clerks&lt;/b&gt; (can be added later on the Administration page)</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Đã thêm {username} vào danh sách.</source>
        <translation>{username} added to the list.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Chuyển cơ quan khác</source>
        <translation>Pass to another agency</translation>
    </message>
    <message>
        <source>Hồ sơ liên thông được chuyển đến cơ quan khác giải quyết; ghi lại cơ quan nhận.</source>
        <translation>An interagency dossier is passed to another agency for processing; record the receiving agency.</translation>
    </message>
    <message>
        <source>Cơ quan nhận *</source>
        <translation>Receiving agency *</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ quan nhận hồ sơ.</source>
        <translation>The name of the receiving agency is missing.</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new appointment date</translation>
    </message>
    <message>
        <source>Hồ sơ {code} hẹn trả ngày {old}. Phiếu xin lỗi (Mẫu 04) nêu lý do chậm và ngày hẹn mới; chỉ được hẹn lại một lần. Ngày hẹn gốc vẫn được giữ để thống kê.</source>
        <translation>Dossier {code} is due on {old}. The apology letter (Form 04) states the reason for the delay and the new due date; a new appointment can be given only once. The original due date is kept for the statistics.</translation>
    </message>
    <message>
        <source>Ví dụ: cần xác minh thêm thông tin tại địa phương</source>
        <translation>E.g. information has to be verified further locally</translation>
    </message>
    <message>
        <source>Lý do chậm trễ *</source>
        <translation>Reason for the delay *</translation>
    </message>
    <message>
        <source>Ngày hẹn mới</source>
        <translation>New due date</translation>
    </message>
    <message>
        <source>{weekday}, ngày làm việc</source>
        <translation>{weekday}, a working day</translation>
    </message>
    <message>
        <source>{weekday} không phải ngày làm việc — hãy chọn ngày khác</source>
        <translation>{weekday} is not a working day — choose another day</translation>
    </message>
    <message>
        <source>Phải ghi lý do chậm trễ.</source>
        <translation>A reason for the delay is required.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới phải là ngày làm việc.</source>
        <translation>The new due date must be a working day.</translation>
    </message>
</context>
<context>
    <name>ApplicantStep</name>
    <message>
        <source>Quét mã QR trên thẻ căn cước (CCCD) để điền tự động, hoặc nhập tay.</source>
        <translation>Scan the QR code on the citizen ID card to fill in automatically, or type.</translation>
    </message>
    <message>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>— chọn —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Qua bưu chính công ích</source>
        <translation>By public postal service</translation>
    </message>
    <message>
        <source>Nhận tại Bộ phận Một cửa</source>
        <translation>At the one-stop desk</translation>
    </message>
    <message>
        <source>Gửi qua bưu chính</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <source>Nhận trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>&amp;Họ và tên *</source>
        <translation>&amp;Full name *</translation>
    </message>
    <message>
        <source>Số đị&amp;nh danh (CCCD)</source>
        <translation>Personal &amp;ID number</translation>
    </message>
    <message>
        <source>&amp;Giới tính</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Ngày &amp;sinh</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>Đị&amp;a chỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Điện th&amp;oại</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Hình thức nộ&amp;p</source>
        <translation>Submission &amp;channel</translation>
    </message>
    <message>
        <source>Cách nhận &amp;kết quả</source>
        <translation>How the result is &amp;returned</translation>
    </message>
    <message>
        <source>Mã QR không đọc được: {detail}</source>
        <translation>The QR code could not be read: {detail}</translation>
    </message>
    <message>
        <source>Đã điền từ mã QR CCCD của {name}. Kiểm tra lại rồi nhấn Enter để tiếp tục.</source>
        <translation>Filled in from {name}&apos;s ID card QR code. Check, then press Enter to continue.</translation>
    </message>
    <message>
        <source>Số định danh chỉ gồm chữ số (có ký tự «{char}»).</source>
        <translation>The ID number has digits only (found “{char}”).</translation>
    </message>
    <message>
        <source>Đã nhập {n}/12 chữ số.</source>
        <translation>{n} of 12 digits typed.</translation>
    </message>
    <message>
        <source>✓ Hợp lệ — nơi đăng ký khai sinh: {province}.</source>
        <translation>✓ Valid — birth registered in: {province}.</translation>
    </message>
    <message>
        <source>Ngày sinh «{value}» không hợp lệ (dạng dd/mm/yyyy).</source>
        <translation>Date of birth “{value}” is not valid (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>Ngày sinh ở tương lai.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Tệp sao lưu</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Sao lưu ngay</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Khôi phục bản đã chọn…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <source>Khôi phục từ &amp;tệp khác…</source>
        <translation>Restore from another &amp;file…</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu: {db}
Thư mục sao lưu: {folder}
Nên sao lưu mỗi ngày và chép bản sao lưu sang USB hoặc máy khác.</source>
        <translation>Database: {db}
Backup folder: {folder}
Back up every day and copy the backups to a USB drive or another computer.</translation>
    </message>
    <message>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Đã sao lưu vào {path}.</source>
        <translation>Backed up to {path}.</translation>
    </message>
    <message>
        <source>Chưa chọn bản sao lưu trong danh sách.</source>
        <translation>No backup selected in the list.</translation>
    </message>
    <message>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu (*.sqlite3 *.db);;Mọi tệp (*)</source>
        <translation>Databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu
{source}?

Dữ liệu hiện tại được giữ lại một bản bên cạnh cơ sở dữ liệu. Sau khi khôi phục phải đóng và mở lại phần mềm; mọi hồ sơ nhập sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng.</source>
        <translation>Replace all current data with the backup
{source}?

A copy of the current data is kept next to the database. After the restore the application must be closed and reopened; any dossier entered after the backup was made will no longer be in the data in use.</translation>
    </message>
    <message>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đã hủy khôi phục.</source>
        <translation>Restore cancelled.</translation>
    </message>
    <message>
        <source>Đã khôi phục dữ liệu từ {source}. Hãy đóng và mở lại Một Cửa Desk để dùng dữ liệu đã khôi phục.</source>
        <translation>Data restored from {source}. Close and reopen Một Cửa Desk to use the restored data.</translation>
    </message>
    <message>
        <source>Đã khôi phục: cần khởi động lại phần mềm.</source>
        <translation>Restored: the application must be restarted.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thứ</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nghỉ (thêm ngày nghỉ)</source>
        <translation>Day off (extra holiday)</translation>
    </message>
    <message>
        <source>Làm việc (làm bù)</source>
        <translation>Working day (make-up day)</translation>
    </message>
    <message>
        <source>ghi chú, ví dụ: nghỉ bù theo thông báo của tỉnh</source>
        <translation>note, e.g. day off in lieu as announced by the province</translation>
    </message>
    <message>
        <source>&amp;Đặt ngày</source>
        <translation>&amp;Set day</translation>
    </message>
    <message>
        <source>&amp;Bỏ điều chỉnh của ngày chọn</source>
        <translation>&amp;Remove the selected day&apos;s adjustment</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Nghỉ (cơ quan)</source>
        <translation>Day off (office)</translation>
    </message>
    <message>
        <source>Làm bù (cơ quan)</source>
        <translation>Make-up day (office)</translation>
    </message>
    <message>
        <source>Nghỉ (thông báo)</source>
        <translation>Day off (announced)</translation>
    </message>
    <message>
        <source>Làm bù (thông báo)</source>
        <translation>Make-up day (announced)</translation>
    </message>
    <message>
        <source>Ngày lễ</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Đã đặt ngày {day}.</source>
        <translation>{day} set.</translation>
    </message>
    <message>
        <source>Chưa chọn ngày trong danh sách.</source>
        <translation>No day selected in the list.</translation>
    </message>
    <message>
        <source>Ngày {day} là ngày lễ hoặc theo thông báo chung, không phải điều chỉnh của cơ quan; muốn đi làm ngày này thì đặt «Làm việc».</source>
        <translation>{day} is a public holiday or set by a general announcement, not an office adjustment; to work on that day, set it to “Working day”.</translation>
    </message>
    <message>
        <source>Đã bỏ điều chỉnh ngày {day}.</source>
        <translation>Adjustment for {day} removed.</translation>
    </message>
</context>
<context>
    <name>CatalogTab</name>
    <message>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Tên thủ tục</source>
        <translation>Procedure name</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <source>&amp;Nhập danh mục từ tệp JSON…</source>
        <translation>&amp;Import the catalog from a JSON file…</translation>
    </message>
    <message>
        <source>{count} thủ tục đang áp dụng. Nguồn: {file}</source>
        <translation>{count} procedures in force. Source: {file}</translation>
    </message>
    <message>
        <source>danh mục đi kèm phần mềm</source>
        <translation>the catalog supplied with the application</translation>
    </message>
    <message>
        <source>Chọn tệp danh mục thủ tục</source>
        <translation>Choose a procedure catalog file</translation>
    </message>
    <message>
        <source>Danh mục JSON (*.json);;Mọi tệp (*)</source>
        <translation>JSON catalog (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Đang kiểm tra và nhập {file}…</source>
        <translation>Checking and importing {file}…</translation>
    </message>
    <message>
        <source>Đã nhập {count} thủ tục từ {file}.</source>
        <translation>{count} procedures imported from {file}.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Chưa đánh giá</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <source>Số liệu đến ngày %1 (bấm vào cột hoặc lát để xem hồ sơ)</source>
        <translation>Figures up to %1 (click a bar or a slice to see the dossiers)</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận mới và tỷ lệ đúng hạn theo tháng</source>
        <translation>Newly received dossiers and on-time rate by month</translation>
    </message>
    <message>
        <source>Tiếp nhận mới</source>
        <translation>Newly received</translation>
    </message>
    <message>
        <source>Tỷ lệ đúng hạn (%)</source>
        <translation>On-time rate (%)</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn theo lĩnh vực</source>
        <translation>Overdue dossiers by field</translation>
    </message>
    <message>
        <source>Hồ sơ quá hạn theo người đang giữ</source>
        <translation>Overdue dossiers by current holder</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Mức độ hài lòng (hồ sơ đã trả trong 12 tháng)</source>
        <translation>Satisfaction (dossiers returned in the last 12 months)</translation>
    </message>
</context>
<context>
    <name>DocumentsStep</name>
    <message>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Bản sao chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Xuất trình</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>ghi chú</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Cần &amp;xác minh (thời hạn dài hơn)</source>
        <translation>Needs &amp;verification (longer time limit)</translation>
    </message>
    <message>
        <source>Số &amp;bộ hồ sơ</source>
        <translation>Number of &amp;sets</translation>
    </message>
    <message>
        <source>Số b&amp;ản cần chứng thực / cấp</source>
        <translation>Number of c&amp;opies</translation>
    </message>
    <message>
        <source>Số t&amp;rang mỗi bản</source>
        <translation>Pa&amp;ges per copy</translation>
    </message>
    <message>
        <source>Dấu ✓: đã nhận. Space: đánh dấu/bỏ; Tab: sang ô kế tiếp.</source>
        <translation>✓: received. Space: tick/untick; Tab: next field.</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Số lượng</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&lt;b&gt;Thành phần hồ sơ&lt;/b&gt; — {name}</source>
        <translation>&lt;b&gt;Required documents&lt;/b&gt; — {name}</translation>
    </message>
    <message>
        <source>Còn thiếu {n} giấy tờ bắt buộc — ở bước sau có thể yêu cầu bổ sung.</source>
        <translation>{n} required document(s) missing — the next step can request a supplement.</translation>
    </message>
</context>
<context>
    <name>DossierSummaryDialog</name>
    <message>
        <source>Hồ sơ {code}</source>
        <translation>Dossier {code}</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Ngày hẹn trả</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Diễn biến</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>Chuyển giao…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Chuyển cơ quan khác…</source>
        <translation>Pass to another agency…</translation>
    </message>
    <message>
        <source>Nhận lại từ cơ quan…</source>
        <translation>Receive back from agency…</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung…</source>
        <translation>Request supplement…</translation>
    </message>
    <message>
        <source>Nhận bổ sung…</source>
        <translation>Receive supplement…</translation>
    </message>
    <message>
        <source>Có kết quả…</source>
        <translation>Result ready…</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại…</source>
        <translation>Apologise, new date…</translation>
    </message>
    <message>
        <source>Trả kết quả…</source>
        <translation>Return result…</translation>
    </message>
    <message>
        <source>Rút hồ sơ…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Ghi chú…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Đính kèm bản số hóa…</source>
        <translation>Attach digitised copy…</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận, hẹn trả (Mẫu 01)</source>
        <translation>Receipt and appointment slip (Form 01)</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung (Mẫu 02)</source>
        <translation>Supplement request (Form 02)</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi, hẹn lại (Mẫu 04)</source>
        <translation>Apology and new appointment letter (Form 04)</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát (Mẫu 05)</source>
        <translation>Processing control sheet (Form 05)</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Trực tiếp</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Trực tuyến</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Bưu chính công ích</source>
        <translation>Public postal service</translation>
    </message>
    <message>
        <source>Hồ sơ {code}</source>
        <translation>Dossier {code}</translation>
    </message>
    <message>
        <source>Thông tin hồ sơ</source>
        <translation>Dossier details</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Tiếp nhận lúc</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>Tính hạn từ</source>
        <translation>Time limit counted from</translation>
    </message>
    <message>
        <source>Hình thức nộp</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Hẹn trả gốc</source>
        <translation>Original due date</translation>
    </message>
    <message>
        <source>Hẹn lại (xin lỗi)</source>
        <translation>New due date (apology)</translation>
    </message>
    <message>
        <source>Có kết quả lúc</source>
        <translation>Result ready at</translation>
    </message>
    <message>
        <source>Trả kết quả lúc</source>
        <translation>Returned at</translation>
    </message>
    <message>
        <source>Kết quả xử lý</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Đang giữ</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Cơ quan đang giữ</source>
        <translation>Agency holding it</translation>
    </message>
    <message>
        <source>Sổ theo dõi</source>
        <translation>Tracking book</translation>
    </message>
    <message>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>Đã thu</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Mức độ hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Thành phần hồ sơ</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Bản số hóa đính kèm</source>
        <translation>Attached digitised copies</translation>
    </message>
    <message>
        <source>Lịch sử xử lý</source>
        <translation>Processing history</translation>
    </message>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sự kiện</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Người thực hiện</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>In phiếu…</source>
        <translation>Print a form…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Năm {year}, số {number}</source>
        <translation>Year {year}, no. {number}</translation>
    </message>
    <message>
        <source>bản chính</source>
        <translation>original</translation>
    </message>
    <message>
        <source>bản sao</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>bản sao chứng thực</source>
        <translation>certified copy</translation>
    </message>
    <message>
        <source>xuất trình</source>
        <translation>shown</translation>
    </message>
    <message>
        <source>hẹn trả {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>tính lại hạn, hẹn trả {date}</source>
        <translation>time limit restarted, due {date}</translation>
    </message>
    <message>
        <source>giao cho {who}</source>
        <translation>handed to {who}</translation>
    </message>
    <message>
        <source>{reason}; hẹn lại {new} (hẹn cũ {old})</source>
        <translation>{reason}; new due date {new} (previously {old})</translation>
    </message>
    <message>
        <source>trả qua bưu chính</source>
        <translation>returned by post</translation>
    </message>
    <message>
        <source> (nhận thay, giấy tờ {id})</source>
        <translation> (on behalf, ID document {id})</translation>
    </message>
    <message>
        <source>người nhận: {who}</source>
        <translation>collected by: {who}</translation>
    </message>
    <message>
        <source>thu {fee}</source>
        <translation>fee collected: {fee}</translation>
    </message>
    <message>
        <source> (in lại)</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <source>Hồ sơ đã quá hạn trả kết quả (hẹn {due}).</source>
        <translation>The dossier is overdue (due {due}).</translation>
    </message>
    <message>
        <source>Hãy lập Phiếu xin lỗi và hẹn lại ngày trả (Mẫu 04).</source>
        <translation>Issue an apology and new appointment letter (Form 04).</translation>
    </message>
    <message>
        <source>Hồ sơ sắp đến hạn trả kết quả (hẹn {due}) mà chưa có kết quả. Nếu không kịp, hãy lập Phiếu xin lỗi và hẹn lại ngày trả (Mẫu 04) trước ngày hẹn.</source>
        <translation>The dossier is almost due (due {due}) and has no result yet. If it cannot be ready in time, issue an apology and new appointment letter (Form 04) before the due date.</translation>
    </message>
    <message>
        <source>Nhận lại hồ sơ từ {agency}</source>
        <translation>Receive the dossier back from {agency}</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request a supplement to complete the dossier</translation>
    </message>
    <message>
        <source>Nội dung cần bổ sung</source>
        <translation>What must be supplied</translation>
    </message>
    <message>
        <source>Hướng dẫn người nộp một lần, đầy đủ; khi nhận đủ giấy tờ thời hạn giải quyết được tính lại từ đầu.</source>
        <translation>Give the applicant complete instructions in one go; once all the documents are received, the time limit starts again from the beginning.</translation>
    </message>
    <message>
        <source>Nhận giấy tờ bổ sung</source>
        <translation>Receive supplementary documents</translation>
    </message>
    <message>
        <source>Thời hạn giải quyết được tính lại từ ngày nhận đủ giấy tờ bổ sung.</source>
        <translation>The time limit starts again from the day all the supplementary documents are received.</translation>
    </message>
    <message>
        <source>Đã có kết quả giải quyết</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation>Withdraw the dossier</translation>
    </message>
    <message>
        <source>Lý do rút hồ sơ</source>
        <translation>Reason for the withdrawal</translation>
    </message>
    <message>
        <source>Người nộp đề nghị dừng giải quyết hồ sơ.</source>
        <translation>The applicant asks for the processing of the dossier to be stopped.</translation>
    </message>
    <message>
        <source>Thêm ghi chú</source>
        <translation>Add a note</translation>
    </message>
    <message>
        <source>Chọn bản quét hoặc ảnh chụp giấy tờ</source>
        <translation>Choose a scan or photo of the document</translation>
    </message>
    <message>
        <source>Ảnh và PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Images and PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ {code}.</source>
        <translation>Dossier {code} saved.</translation>
    </message>
    <message>
        <source>Bản in</source>
        <translation>Printout</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message numerus="yes">
        <source>%n hồ sơ</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source> (hiển thị %1 hồ sơ đầu)</source>
        <translation> (showing the first %1)</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Một Cửa Desk — Thiết lập lần đầu</source>
        <translation>Một Cửa Desk — First-time setup</translation>
    </message>
    <message>
        <source>&amp;Tiếp &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Quay lại</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Hoàn tất</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Chưa lưu được: {error}</source>
        <translation>Could not save: {error}</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Tiếp nhận hôm nay</source>
        <translation>Received today</translation>
    </message>
    <message>
        <source>Đến hạn trả hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready, to return</translation>
    </message>
    <message>
        <source>Chờ đồng bộ lên cấp trên</source>
        <translation>Waiting to sync upstream</translation>
    </message>
    <message>
        <source>Ctrl+N: tiếp nhận hồ sơ mới · Ctrl+F: tìm kiếm hoặc quét mã hồ sơ · Ctrl+L: khóa màn hình · F1: phím tắt</source>
        <translation>Ctrl+N: receive a new dossier · Ctrl+F: search or scan a dossier code · Ctrl+L: lock the screen · F1: shortcuts</translation>
    </message>
    <message>
        <source>Xin chào, {name}</source>
        <translation>Hello, {name}</translation>
    </message>
    <message>
        <source>hôm nay {date}</source>
        <translation>today {date}</translation>
    </message>
    <message>
        <source>Đồng bộ thành công lần cuối: {when}</source>
        <translation>Last successful sync: {when}</translation>
    </message>
    <message>
        <source>Chưa đồng bộ thành công lần nào.</source>
        <translation>No successful sync yet.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Đăng nhập tài &amp;khoản khác</source>
        <translation>Sign in as &amp;another user</translation>
    </message>
    <message>
        <source>Màn hình đã khóa để bảo vệ dữ liệu của công dân. Nhập mật khẩu để tiếp tục.</source>
        <translation>The screen is locked to protect citizens&apos; data. Enter your password to continue.</translation>
    </message>
    <message>
        <source>🔒 Đã khóa — {name}</source>
        <translation>🔒 Locked — {name}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Một Cửa Desk — Đăng nhập</source>
        <translation>Một Cửa Desk — Sign in</translation>
    </message>
    <message>
        <source>Bộ phận Tiếp nhận và Trả kết quả</source>
        <translation>Reception and Result Return Desk</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Đăng nhập (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <source>&amp;Tên đăng nhập</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Mật khẩu</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Chưa nhập tên đăng nhập.</source>
        <translation>The user name is missing.</translation>
    </message>
    <message>
        <source>Chưa nhập mật khẩu.</source>
        <translation>The password is missing.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Theo dõi</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Tra cứu</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Tìm hồ sơ: mã, tên, số định danh, điện thoại — hoặc quét mã (Ctrl+F)</source>
        <translation>Find a dossier: code, name, ID number, phone — or scan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Đang xử lý…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Cài đặt…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Khóa màn hình</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>&amp;Thoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ &amp;mới</source>
        <translation>&amp;New reception</translation>
    </message>
    <message>
        <source>&amp;Tìm kiếm / quét mã</source>
        <translation>&amp;Find / scan a code</translation>
    </message>
    <message>
        <source>&amp;Trang chủ</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Một Cửa Desk</source>
        <translation>Một Cửa Desk</translation>
    </message>
    <message>
        <source>Một Cửa Desk — {office}</source>
        <translation>Một Cửa Desk — {office}</translation>
    </message>
    <message>
        <source>Chức năng «{name}» chưa có trong bản cài đặt này.</source>
        <translation>The “{name}” function is not part of this installation.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ nào khớp «{text}».</source>
        <translation>No dossier matches “{text}”.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ mã «{code}».</source>
        <translation>No dossier with code “{code}”.</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ mới</source>
        <translation>Receive a new dossier</translation>
    </message>
    <message>
        <source>Tìm kiếm hoặc quét mã hồ sơ</source>
        <translation>Search or scan a dossier code</translation>
    </message>
    <message>
        <source>Tiếp tục sang bước sau / lưu</source>
        <translation>Continue to the next step / save</translation>
    </message>
    <message>
        <source>Quay lại bước trước</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung / Từ chối (ở bước Kết quả)</source>
        <translation>Request supplement / Refuse (at the Outcome step)</translation>
    </message>
    <message>
        <source>In phiếu của hồ sơ vừa lưu</source>
        <translation>Print the slip of the dossier just saved</translation>
    </message>
    <message>
        <source>Khôi phục hồ sơ nhập dở</source>
        <translation>Restore the half-done dossier</translation>
    </message>
    <message>
        <source>Khóa màn hình</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập dở</source>
        <translation>Dossier in progress</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập dở sẽ được giữ làm bản nháp và đề nghị khôi phục ở lần mở sau. Thoát phần mềm?</source>
        <translation>The dossier being entered is kept as a draft and offered back next time. Quit?</translation>
    </message>
    <message>
        <source>Thoát, giữ bản nháp</source>
        <translation>Quit, keep the draft</translation>
    </message>
    <message>
        <source>Ở lại</source>
        <translation>Stay</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>ví dụ: UBND xã Tiến Thành</source>
        <translation>e.g. UBND xã Tiến Thành</translation>
    </message>
    <message>
        <source>ví dụ: 000.21.22.H56</source>
        <translation>e.g. 000.21.22.H56</translation>
    </message>
    <message>
        <source>địa danh ghi trước ngày tháng, ví dụ: Tiến Thành</source>
        <translation>place name written before the date, e.g. Tiến Thành</translation>
    </message>
    <message>
        <source>ví dụ: UBND TỈNH ĐỒNG NAI</source>
        <translation>e.g. UBND TỈNH ĐỒNG NAI</translation>
    </message>
    <message>
        <source>không bắt buộc</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Tiếp nhận sáng thứ Bảy</source>
        <translation>Reception on Saturday mornings</translation>
    </message>
    <message>
        <source>&amp;Tên cơ quan *</source>
        <translation>Office &amp;name *</translation>
    </message>
    <message>
        <source>&amp;Mã cơ quan *</source>
        <translation>Agency &amp;code *</translation>
    </message>
    <message>
        <source>Đị&amp;a danh</source>
        <translation>P&amp;lace name</translation>
    </message>
    <message>
        <source>Cơ quan &amp;cấp trên</source>
        <translation>&amp;Parent agency</translation>
    </message>
    <message>
        <source>Địa c&amp;hỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Điện t&amp;hoại</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Số &amp;bàn tiếp nhận (1–9)</source>
        <translation>&amp;Desk number (1–9)</translation>
    </message>
    <message>
        <source>&amp;Giờ chốt nhận trong ngày</source>
        <translation>Daily cu&amp;t-off time</translation>
    </message>
    <message>
        <source>Hồ sơ nhận sau giờ chốt được tính từ ngày làm việc tiếp theo.</source>
        <translation>Dossiers received after the cut-off time count from the next working day.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Hồ sơ cơ quan</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Thông tin in trên phiếu tiếp nhận và dùng để đánh mã hồ sơ.</source>
        <translation>Printed on the receipt slips and used to build the dossier codes.</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>&amp;Lưu hồ sơ cơ quan</source>
        <translation>&amp;Save office profile</translation>
    </message>
    <message>
        <source>Máy chủ cấp trên (https://…)</source>
        <translation>Upstream server (https://…)</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ cơ quan {name}.</source>
        <translation>Office profile of {name} saved.</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ cơ quan.</source>
        <translation>Office profile saved.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Quản trị</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Hồ sơ &amp;cơ quan</source>
        <translation>&amp;Office profile</translation>
    </message>
    <message>
        <source>&amp;Tài khoản</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Danh mục thủ tục</source>
        <translation>Procedure catalo&amp;g</translation>
    </message>
    <message>
        <source>&amp;Lịch làm việc</source>
        <translation>&amp;Working calendar</translation>
    </message>
    <message>
        <source>&amp;Sao lưu</source>
        <translation>&amp;Backup</translation>
    </message>
    <message>
        <source>Tiếp nhận</source>
        <translation>Reception</translation>
    </message>
    <message>
        <source>Khôi phục (Ctrl+R)</source>
        <translation>Restore (Ctrl+R)</translation>
    </message>
    <message>
        <source>Bỏ bản nháp</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>◀ Quay lại (Esc)</source>
        <translation>◀ Back (Esc)</translation>
    </message>
    <message>
        <source>Tiếp tục (Enter) ▶</source>
        <translation>Continue (Enter) ▶</translation>
    </message>
    <message>
        <source>Enter: tiếp tục · Esc: quay lại · Ctrl+N: hồ sơ mới · F1: phím tắt</source>
        <translation>Enter: continue · Esc: back · Ctrl+N: new dossier · F1: shortcuts</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ mới (Ctrl+N)</source>
        <translation>New reception (Ctrl+N)</translation>
    </message>
    <message>
        <source>Có hồ sơ đang nhập dở lúc {time} ngày {date}: {what}. Khôi phục để nhập tiếp?</source>
        <translation>A dossier was left half done at {time} on {date}: {what}. Restore it and carry on?</translation>
    </message>
    <message>
        <source>(chưa chọn thủ tục)</source>
        <translation>(no procedure chosen yet)</translation>
    </message>
    <message>
        <source>Đã khôi phục hồ sơ nhập dở.</source>
        <translation>The half-done dossier was restored.</translation>
    </message>
    <message>
        <source>1. Thủ tục</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <source>2. Người nộp</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <source>3. Giấy tờ</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <source>4. Kết quả</source>
        <translation>4. Outcome</translation>
    </message>
    <message>
        <source>Hồ sơ đang nhập dở</source>
        <translation>Dossier in progress</translation>
    </message>
    <message>
        <source>Bỏ hồ sơ đang nhập dở và bắt đầu hồ sơ mới?</source>
        <translation>Discard the dossier being entered and start a new one?</translation>
    </message>
    <message>
        <source>Bỏ hồ sơ này</source>
        <translation>Discard this dossier</translation>
    </message>
    <message>
        <source>Tiếp tục nhập</source>
        <translation>Keep entering</translation>
    </message>
    <message>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Lỗi khi lưu: {e}</source>
        <translation>Could not save: {e}</translation>
    </message>
    <message>
        <source>Đã tiếp nhận hồ sơ &lt;b&gt;{code}&lt;/b&gt;. Ngày hẹn trả: &lt;b&gt;{due}&lt;/b&gt;.</source>
        <translation>Dossier &lt;b&gt;{code}&lt;/b&gt; accepted. Due date: &lt;b&gt;{due}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Đã lưu yêu cầu bổ sung, hoàn thiện hồ sơ &lt;b&gt;{code}&lt;/b&gt;.</source>
        <translation>Supplement request for dossier &lt;b&gt;{code}&lt;/b&gt; saved.</translation>
    </message>
    <message>
        <source>Đã lưu từ chối tiếp nhận hồ sơ &lt;b&gt;{code}&lt;/b&gt;.</source>
        <translation>Refusal of dossier &lt;b&gt;{code}&lt;/b&gt; saved.</translation>
    </message>
    <message>
        <source>In Giấy tiếp nhận và hẹn trả (Ctrl+P)</source>
        <translation>Print receipt and appointment (Ctrl+P)</translation>
    </message>
    <message>
        <source>In Phiếu yêu cầu bổ sung (Ctrl+P)</source>
        <translation>Print supplement request (Ctrl+P)</translation>
    </message>
    <message>
        <source>In Phiếu từ chối (Ctrl+P)</source>
        <translation>Print refusal notice (Ctrl+P)</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ {code}.</source>
        <translation>Dossier {code} saved.</translation>
    </message>
    <message>
        <source>Đang tạo bản in…</source>
        <translation>Preparing the print…</translation>
    </message>
    <message>
        <source>Đã tạo bản in: {path}</source>
        <translation>Print file created: {path}</translation>
    </message>
    <message>
        <source>Bản in</source>
        <translation>Printout</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quý</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>6 tháng</source>
        <translation>6 months</translation>
    </message>
    <message>
        <source>9 tháng</source>
        <translation>9 months</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Tháng 1</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Tháng 2</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Tháng 3</source>
        <translation>March</translation>
    </message>
    <message>
        <source>Tháng 4</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Tháng 5</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Tháng 6</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Tháng 7</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Tháng 8</source>
        <translation>August</translation>
    </message>
    <message>
        <source>Tháng 9</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Tháng 10</source>
        <translation>October</translation>
    </message>
    <message>
        <source>Tháng 11</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Tháng 12</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Quý I</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Quý II</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Quý III</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Quý IV</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>6 tháng đầu năm</source>
        <translation>First half of the year</translation>
    </message>
    <message>
        <source>6 tháng cuối năm</source>
        <translation>Second half of the year</translation>
    </message>
    <message>
        <source>9 tháng đầu năm</source>
        <translation>First nine months of the year</translation>
    </message>
    <message>
        <source>Cả năm</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Chốt số liệu 15 → 14</source>
        <translation>Cut-off 15 → 14</translation>
    </message>
    <message>
        <source>Kỳ báo cáo từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ (NĐ 09/2019/NĐ-CP)</source>
        <translation>Reporting period from the 15th of the previous month to the 14th of the last month of the period (Decree 09/2019/NĐ-CP)</translation>
    </message>
    <message>
        <source>&amp;Xem báo cáo</source>
        <translation>&amp;View report</translation>
    </message>
    <message>
        <source>Xuất &amp;Excel</source>
        <translation>Export to &amp;Excel</translation>
    </message>
    <message>
        <source>Xuất &amp;PDF</source>
        <translation>Export to &amp;PDF</translation>
    </message>
    <message>
        <source>Sổ theo dõi (Mẫu 06)</source>
        <translation>Tracking book (Form 06)</translation>
    </message>
    <message>
        <source>Kỳ:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Bấm đúp vào một số để xem các hồ sơ</source>
        <translation>Double-click a number to see the dossiers</translation>
    </message>
    <message>
        <source>Biểu 06 – &amp;Kết quả giải quyết</source>
        <translation>Report table 06 – Processing &amp;results</translation>
    </message>
    <message>
        <source>&amp;Tổng quan lãnh đạo</source>
        <translation>&amp;Leader overview</translation>
    </message>
    <message>
        <source>Ngày cuối kỳ phải từ ngày đầu kỳ trở đi.</source>
        <translation>The end date of the period cannot be before its start date.</translation>
    </message>
    <message>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Tiếp nhận mới tháng %1</source>
        <translation>Newly received in %1</translation>
    </message>
    <message>
        <source>Quá hạn – %1</source>
        <translation>Overdue – %1</translation>
    </message>
    <message>
        <source>Mức độ hài lòng – %1</source>
        <translation>Satisfaction – %1</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Quét mã vạch trên Giấy tiếp nhận và hẹn trả kết quả, hoặc gõ mã hồ sơ rồi nhấn Enter</source>
        <translation>Scan the barcode on the receipt and appointment slip, or type the dossier code and press Enter</translation>
    </message>
    <message>
        <source>Mã hồ sơ, ví dụ 000.21.22.H56-261207-1001</source>
        <translation>Dossier code, e.g. 000.21.22.H56-261207-1001</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Hồ sơ đã có kết quả, chờ trả (cũ nhất trước):</source>
        <translation>Dossiers with a result ready to return (oldest first):</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ mã «{code}». Kiểm tra lại mã trên giấy hẹn.</source>
        <translation>No dossier with code “{code}”. Check the code on the appointment slip.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} — {name}: đã có kết quả, mời ghi nhận trả.</source>
        <translation>Dossier {code} — {name}: the result is ready; please record its return.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} đang ở trạng thái «{status}», chưa thể trả kết quả.</source>
        <translation>Dossier {code} is “{status}”; the result cannot be returned yet.</translation>
    </message>
    <message>
        <source>{n} hồ sơ chờ trả kết quả</source>
        <translation>{n} dossier(s) waiting for the result to be returned</translation>
    </message>
    <message>
        <source>mã hồ sơ</source>
        <translation>dossier code</translation>
    </message>
    <message>
        <source>mã thủ tục</source>
        <translation>procedure code</translation>
    </message>
    <message>
        <source>số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>số điện thoại</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>số định danh / điện thoại</source>
        <translation>ID or phone number</translation>
    </message>
    <message>
        <source>họ tên</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Tra cứu hồ sơ</source>
        <translation>Dossier search</translation>
    </message>
    <message>
        <source>Mã hồ sơ, họ tên (có hoặc không dấu), số định danh, số điện thoại…</source>
        <translation>Dossier code, full name (with or without diacritics), ID number, phone number…</translation>
    </message>
    <message>
        <source>Mọi thủ tục</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Gõ mã hồ sơ, họ tên, số định danh hoặc số điện thoại để tìm.</source>
        <translation>Type a dossier code, full name, ID number or phone number to search.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ nào.</source>
        <translation>No dossiers found.</translation>
    </message>
    <message>
        <source> (hiển thị {n} đầu tiên)</source>
        <translation> (showing the first {n})</translation>
    </message>
    <message>
        <source>{n} hồ sơ theo {kind}{more} — {ms:.0f} ms</source>
        <translation>{n} dossier(s) by {kind}{more} — {ms:.0f} ms</translation>
    </message>
    <message>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cấp trên:</source>
        <translation>Upstream:</translation>
    </message>
    <message>
        <source>Chờ gửi:</source>
        <translation>Waiting to send:</translation>
    </message>
    <message>
        <source>Lần đồng bộ thành công gần nhất:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <source>Biên nhận gói gần nhất:</source>
        <translation>Latest bundle receipt:</translation>
    </message>
    <message>
        <source>Đồng bộ ngay</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu ra USB…</source>
        <translation>Export a data bundle to USB…</translation>
    </message>
    <message>
        <source>Nhập biên nhận của cấp trên…</source>
        <translation>Import an upstream receipt…</translation>
    </message>
    <message>
        <source>Biên nhận (.mcdreceipt) do cấp trên ghi khi nhập gói dữ liệu: đánh dấu các bản ghi đã gửi.</source>
        <translation>The receipt (.mcdreceipt) written upstream when a data bundle is imported: it marks the records as sent.</translation>
    </message>
    <message>
        <source>Trạng thái đồng bộ của từng bản ghi (bị từ chối và chờ gửi trước):</source>
        <translation>Sync status of each record (rejected and waiting ones first):</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lý do cấp trên từ chối</source>
        <translation>Upstream rejection reason</translation>
    </message>
    <message>
        <source>Đăng ký bàn này với cấp trên</source>
        <translation>Enrol this desk with upstream</translation>
    </message>
    <message>
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Địa chỉ cấp trên:</source>
        <translation>Upstream address:</translation>
    </message>
    <message>
        <source>Mã đăng ký:</source>
        <translation>Enrolment code:</translation>
    </message>
    <message>
        <source>chưa đăng ký</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>{n} bản ghi</source>
        <translation>{n} record(s)</translation>
    </message>
    <message>
        <source> — {n} bị cấp trên từ chối</source>
        <translation> — {n} rejected upstream</translation>
    </message>
    <message>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>cấp trên nhận lúc {at}, {n} bản ghi</source>
        <translation>received upstream at {at}, {n} record(s)</translation>
    </message>
    <message>
        <source>Đang đồng bộ…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Chưa đồng bộ được: {m}</source>
        <translation>Could not sync: {m}</translation>
    </message>
    <message>
        <source>Xuất gói dữ liệu</source>
        <translation>Export data bundle</translation>
    </message>
    <message>
        <source>Gói dữ liệu Một Cửa (*.mcdbundle)</source>
        <translation>Một Cửa data bundle (*.mcdbundle)</translation>
    </message>
    <message>
        <source>Đã xuất {n} bản ghi chờ gửi vào {path}. Mang tệp này lên cấp trên để nhập.</source>
        <translation>Exported {n} waiting record(s) to {path}. Take this file upstream to be imported.</translation>
    </message>
    <message>
        <source>Nhập biên nhận của cấp trên</source>
        <translation>Import an upstream receipt</translation>
    </message>
    <message>
        <source>Biên nhận gói dữ liệu (*.mcdreceipt)</source>
        <translation>Data bundle receipt (*.mcdreceipt)</translation>
    </message>
    <message>
        <source>Cấp trên đã nhận gói: {sent} bản ghi được đánh dấu đã gửi, {already} đã gửi từ trước, {failed} bị từ chối.</source>
        <translation>Upstream received the bundle: {sent} record(s) marked as sent, {already} already sent before, {failed} rejected.</translation>
    </message>
    <message>
        <source>{n} bản ghi trong biên nhận không có ở máy này.</source>
        <translation>{n} record(s) in the receipt are not on this computer.</translation>
    </message>
    <message>
        <source>Chưa nhập được biên nhận: {m}</source>
        <translation>Could not import the receipt: {m}</translation>
    </message>
    <message>
        <source>Đã đăng ký bàn {desk} với cấp trên.</source>
        <translation>Desk {desk} enrolled with upstream.</translation>
    </message>
    <message>
        <source>Theo dõi hồ sơ</source>
        <translation>Dossier tracking</translation>
    </message>
    <message>
        <source> ngày làm việc</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>Trong vòng</source>
        <translation>Within</translation>
    </message>
    <message>
        <source>Bỏ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Người giữ</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f8d7da&apos;&gt;&amp;nbsp;Quá hạn&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3cd&apos;&gt;&amp;nbsp;Đến hạn trong 1 ngày làm việc&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#f8d7da&apos;&gt;&amp;nbsp;Overdue&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fff3cd&apos;&gt;&amp;nbsp;Due within 1 working day&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <source>(30 ngày gần nhất)</source>
        <translation>(last 30 days)</translation>
    </message>
    <message>
        <source>{n} hồ sơ</source>
        <translation>{n} dossier(s)</translation>
    </message>
    <message>
        <source>{n} hồ sơ sắp hoặc đã quá hạn mà chưa có Phiếu xin lỗi, hẹn lại (Mẫu 04). Bấm để xem.</source>
        <translation>{n} dossier(s) almost due or overdue without an apology and new appointment letter (Form 04). Click to see them.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Xem trước bản in</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{n} trang — {name}</source>
        <translation>{n} page(s) — {name}</translation>
    </message>
    <message>
        <source>Không mở được tệp PDF {name}.</source>
        <translation>Cannot open the PDF file {name}.</translation>
    </message>
    <message>
        <source>In bản in</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Không in được</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation>Cannot open the printer.</translation>
    </message>
    <message>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Không lưu được</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Không lưu được tệp: {error}</source>
        <translation>Could not save the file: {error}</translation>
    </message>
</context>
<context>
    <name>ProcedureStep</name>
    <message>
        <source>Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, ket hon, 1.001193</source>
        <translation>Type a procedure name or code, e.g. khai sinh, ket hon, 1.001193</translation>
    </message>
    <message>
        <source>&amp;Thủ tục hành chính:</source>
        <translation>&amp;Administrative procedure:</translation>
    </message>
    <message>
        <source>Không có thủ tục nào khớp «{text}».</source>
        <translation>No procedure matches “{text}”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({code}) — {field}&lt;br&gt;Thời hạn: {time}. Thành phần hồ sơ: {docs} loại.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({code}) — {field}&lt;br&gt;Time limit: {time}. Required documents: {docs} kinds.</translation>
    </message>
    <message>
        <source>Chưa chọn thủ tục: gõ tên hoặc mã rồi nhấn Enter.</source>
        <translation>No procedure chosen: type its name or code, then press Enter.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Không đánh giá</source>
        <translation>No rating</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chấp nhận được</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Trả kết quả hồ sơ {code}</source>
        <translation>Return the result of dossier {code}</translation>
    </message>
    <message>
        <source>{name} — {procedure}</source>
        <translation>{name} — {procedure}</translation>
    </message>
    <message>
        <source>Trả qua bưu chính công ích</source>
        <translation>Return by public postal service</translation>
    </message>
    <message>
        <source>Người nhận thay (có giấy ủy quyền)</source>
        <translation>Collected by a representative (with a letter of authorisation)</translation>
    </message>
    <message>
        <source>Số CCCD / giấy tờ tùy thân của người nhận</source>
        <translation>Citizen ID / ID document number of the person collecting</translation>
    </message>
    <message>
        <source>Đã kiểm tra giấy tờ tùy thân</source>
        <translation>ID document checked</translation>
    </message>
    <message>
        <source>Người nhận kết quả *</source>
        <translation>Collected by *</translation>
    </message>
    <message>
        <source>Số giấy tờ tùy thân</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <source>Phí, lệ phí đã thu</source>
        <translation>Fees collected</translation>
    </message>
    <message>
        <source>Mức độ hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Return result</translation>
    </message>
    <message>
        <source>Chưa ghi tên người nhận kết quả.</source>
        <translation>The name of the person collecting the result is missing.</translation>
    </message>
    <message>
        <source>Người nhận thay phải có số giấy tờ tùy thân.</source>
        <translation>A representative needs an ID document number.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> phút</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Không tự khóa</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ giao diện</source>
        <translation>&amp;Interface language</translation>
    </message>
    <message>
        <source>&amp;Tự khóa màn hình sau</source>
        <translation>&amp;Lock automatically after</translation>
    </message>
    <message>
        <source>Ngôn ngữ mới được áp dụng khi mở lại phần mềm.</source>
        <translation>A new language applies when the application is restarted.</translation>
    </message>
    <message>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Xác nhận</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Kiểm tra lại rồi bấm Hoàn tất để lưu.</source>
        <translation>Check everything, then click Finish to save.</translation>
    </message>
    <message>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — mã {code}&lt;br&gt;Địa danh: {place}; cấp trên: {parent}&lt;br&gt;Bàn số {desk}; giờ chốt {cutoff}; nhận sáng thứ Bảy: {saturday}&lt;br&gt;&lt;br&gt;Quản trị: {admin} ({admin_name})&lt;br&gt;Công chức tiếp nhận: {clerks}&lt;br&gt;&lt;br&gt;Máy chủ cấp trên: {upstream}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — code {code}&lt;br&gt;Place name: {place}; parent agency: {parent}&lt;br&gt;Desk {desk}; cut-off time {cutoff}; Saturday morning reception: {saturday}&lt;br&gt;&lt;br&gt;Administrator: {admin} ({admin_name})&lt;br&gt;Reception clerks: {clerks}&lt;br&gt;&lt;br&gt;Upstream server: {upstream}</translation>
    </message>
    <message>
        <source>chưa khai báo</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Kết quả kiểm tra hồ sơ</source>
        <translation>Outcome of the check</translation>
    </message>
    <message>
        <source>&amp;Tiếp nhận (Alt+T)</source>
        <translation>&amp;Accept (Alt+A)</translation>
    </message>
    <message>
        <source>Yêu cầu &amp;bổ sung (Alt+B)</source>
        <translation>Request &amp;supplement (Alt+S)</translation>
    </message>
    <message>
        <source>Từ &amp;chối (Alt+C)</source>
        <translation>Re&amp;fuse (Alt+F)</translation>
    </message>
    <message>
        <source>Hồ sơ đầy đủ: lưu, cấp mã hồ sơ và in Giấy tiếp nhận và hẹn trả kết quả.</source>
        <translation>Complete dossier: save, assign a dossier code and print the receipt and appointment slip.</translation>
    </message>
    <message>
        <source>Giấy tờ còn thiếu hoặc cần sửa (Space để chọn):</source>
        <translation>Documents missing or to be corrected (Space to select):</translation>
    </message>
    <message>
        <source>&amp;Hướng dẫn bổ sung, hoàn thiện:</source>
        <translation>&amp;Instructions for completing the dossier:</translation>
    </message>
    <message>
        <source>&amp;Lý do từ chối tiếp nhận *:</source>
        <translation>Reason for &amp;refusal *:</translation>
    </message>
    <message>
        <source>Lưu và cấp mã hồ sơ (Enter)</source>
        <translation>Save and assign a code (Enter)</translation>
    </message>
    <message>
        <source>Lưu yêu cầu bổ sung (Enter)</source>
        <translation>Save supplement request (Enter)</translation>
    </message>
    <message>
        <source>Lưu từ chối tiếp nhận (Enter)</source>
        <translation>Save refusal (Enter)</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Giấy tờ đã nhận</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>{n}/{m} loại</source>
        <translation>{n}/{m} kinds</translation>
    </message>
    <message>
        <source>Ngày hẹn trả: {date}</source>
        <translation>Due date: {date}</translation>
    </message>
    <message>
        <source>Lệ phí: {amount}</source>
        <translation>Fee: {amount}</translation>
    </message>
    <message>
        <source>Lệ phí: miễn</source>
        <translation>Fee: none</translation>
    </message>
    <message>
        <source>Còn thiếu giấy tờ: chọn «Yêu cầu bổ sung» (Alt+B) nếu là giấy tờ bắt buộc.</source>
        <translation>Documents are missing: choose “Request supplement” (Alt+B) if they are required.</translation>
    </message>
    <message>
        <source>Phải ghi lý do từ chối tiếp nhận.</source>
        <translation>A reason for the refusal is required.</translation>
    </message>
    <message>
        <source>Hãy chọn giấy tờ còn thiếu hoặc ghi rõ nội dung cần bổ sung.</source>
        <translation>Choose the missing documents or write what must be supplied.</translation>
    </message>
</context>
<context>
    <name>TextDialog</name>
    <message>
        <source>Chưa nhập: {label}.</source>
        <translation>Missing: {label}.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Chuyển giao hồ sơ</source>
        <translation>Hand over the dossier</translation>
    </message>
    <message>
        <source>Mỗi lần giao, nhận được ghi vào Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05).</source>
        <translation>Every hand-over is recorded in the dossier processing control sheet (Form 05).</translation>
    </message>
    <message>
        <source>Giao cho</source>
        <translation>Hand to</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Chưa chọn người nhận hồ sơ.</source>
        <translation>No one has been chosen to receive the dossier.</translation>
    </message>
</context>
<context>
    <name>UpstreamPage</name>
    <message>
        <source>Máy chủ cấp trên</source>
        <translation>Upstream server</translation>
    </message>
    <message>
        <source>Địa chỉ máy chủ tổng hợp của huyện/tỉnh để đồng bộ cuối ngày. Bỏ trống nếu chưa có.</source>
        <translation>Address of the district/province hub server for the end-of-day sync. Leave it empty if there is none yet.</translation>
    </message>
    <message>
        <source>Địa chỉ (https://…)</source>
        <translation>Address (https://…)</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Khóa / mở khóa</source>
        <translation>&amp;Lock / unlock</translation>
    </message>
    <message>
        <source>mật khẩu mới (ít nhất 8 ký tự)</source>
        <translation>new password (at least 8 characters)</translation>
    </message>
    <message>
        <source>Đặt lại &amp;mật khẩu</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>chữ thường không dấu, ví dụ: canbo3</source>
        <translation>lower case without diacritics, e.g. canbo3</translation>
    </message>
    <message>
        <source>&amp;Thêm tài khoản</source>
        <translation>Add a&amp;ccount</translation>
    </message>
    <message>
        <source>Tài khoản mới</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>đang dùng</source>
        <translation>active</translation>
    </message>
    <message>
        <source>đã khóa</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Chưa chọn tài khoản trong danh sách.</source>
        <translation>No account selected in the list.</translation>
    </message>
    <message>
        <source>Đã mở khóa tài khoản {username}.</source>
        <translation>Account {username} unlocked.</translation>
    </message>
    <message>
        <source>Đã khóa tài khoản {username}.</source>
        <translation>Account {username} locked.</translation>
    </message>
    <message>
        <source>Đã đặt lại mật khẩu cho {username}.</source>
        <translation>Password reset for {username}.</translation>
    </message>
    <message>
        <source>Đã tạo tài khoản {username} ({role}).</source>
        <translation>Account {username} ({role}) created.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Chào mừng đến với Một Cửa Desk</source>
        <translation>Welcome to Một Cửa Desk</translation>
    </message>
    <message>
        <source>Đây là lần chạy đầu tiên trên máy này. Trong vài bước, người quản trị khai báo:&lt;ul&gt;&lt;li&gt;hồ sơ cơ quan (tên, mã cơ quan, bàn tiếp nhận, giờ chốt nhận);&lt;/li&gt;&lt;li&gt;tài khoản quản trị đầu tiên và tài khoản công chức tiếp nhận;&lt;/li&gt;&lt;li&gt;địa chỉ máy chủ cấp trên để đồng bộ (có thể khai báo sau).&lt;/li&gt;&lt;/ul&gt;Chưa có gì được lưu cho đến khi bấm &lt;b&gt;Hoàn tất&lt;/b&gt;.</source>
        <translation>This is the first run on this computer. In a few steps the administrator enters:&lt;ul&gt;&lt;li&gt;the office profile (name, agency code, reception desk, cut-off time);&lt;/li&gt;&lt;li&gt;the first administrator account and the reception clerk accounts;&lt;/li&gt;&lt;li&gt;the upstream server address for syncing (can be entered later).&lt;/li&gt;&lt;/ul&gt;Nothing is saved until you click &lt;b&gt;Finish&lt;/b&gt;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cơ sở dữ liệu chưa có thông tin cơ quan và tài khoản. Hãy khởi tạo bằng lệnh desk-admin.</source>
        <translation>The database has no office profile or accounts yet. Set it up with the desk-admin command.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Địa chỉ máy chủ cấp trên «{value}» không hợp lệ: phải có dạng https://ten-may-chu/…</source>
        <translation>Upstream server address “{value}” is not valid: it must look like https://server-name/…</translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ quan.</source>
        <translation>The office name is missing.</translation>
    </message>
    <message>
        <source>Tên đăng nhập «{username}» không hợp lệ: 3–32 ký tự chữ thường không dấu, số, dấu chấm, gạch.</source>
        <translation>User name “{username}” is not valid: use 3–32 lower-case letters without diacritics, digits, dots, hyphens or underscores.</translation>
    </message>
    <message>
        <source>Chưa nhập họ và tên.</source>
        <translation>The full name is missing.</translation>
    </message>
    <message>
        <source>Tên đăng nhập «{username}» đã có.</source>
        <translation>User name “{username}” is already taken.</translation>
    </message>
    <message>
        <source>Hai lần nhập mật khẩu không khớp.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <source>Giờ chốt nhận hồ sơ &apos;{value}&apos; không hợp lệ (cần dạng GG:PP, ví dụ 15:00).</source>
        <translation>The dossier cut-off time &apos;{value}&apos; is not valid (HH:MM needed, e.g. 15:00).</translation>
    </message>
    <message>
        <source>Ngày {day}: loại điều chỉnh &apos;{kind}&apos; không hợp lệ (chỉ nhận off hoặc work).</source>
        <translation>Day {day}: adjustment type &apos;{kind}&apos; is not valid (only off or work is accepted).</translation>
    </message>
    <message>
        <source>Tệp lịch làm việc {source}, mục thứ {index}: {problem}</source>
        <translation>Working calendar file {source}, entry {index}: {problem}</translation>
    </message>
    <message>
        <source>Tệp lịch làm việc {source}: cần một đối tượng có danh sách &quot;days&quot;.</source>
        <translation>Working calendar file {source}: an object with a &quot;days&quot; list is needed.</translation>
    </message>
    <message>
        <source>Tệp lịch làm việc {source}: khóa không hợp lệ &apos;{key}&apos;.</source>
        <translation>Working calendar file {source}: invalid key &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>phải là một đối tượng.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>khóa không hợp lệ &apos;{key}&apos;.</source>
        <translation>invalid key &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>ngày &apos;{value}&apos; không hợp lệ (cần dạng YYYY-MM-DD).</source>
        <translation>date &apos;{value}&apos; is not valid (YYYY-MM-DD needed).</translation>
    </message>
    <message>
        <source>ngày {day}: loại &apos;{kind}&apos; không hợp lệ (chỉ nhận off hoặc work).</source>
        <translation>day {day}: type &apos;{kind}&apos; is not valid (only off or work is accepted).</translation>
    </message>
    <message>
        <source>ngày {day}: ghi chú phải là chuỗi.</source>
        <translation>day {day}: the note must be a string.</translation>
    </message>
    <message>
        <source>ngày {day} bị khai báo hai lần.</source>
        <translation>day {day} is listed twice.</translation>
    </message>
    <message>
        <source>Không đọc được tệp lịch làm việc {source}: {reason}</source>
        <translation>Cannot read the working calendar file {source}: {reason}</translation>
    </message>
    <message>
        <source>Tệp danh mục {source}, dòng {line}, cột {column}: {problem}</source>
        <translation>Catalog file {source}, line {line}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>Tệp danh mục {source}, thủ tục thứ {index} ({entry_code}), trường &apos;{field}&apos;: {problem}</source>
        <translation>Catalog file {source}, procedure no. {index} ({entry_code}), field &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>Tệp danh mục {source}, thủ tục thứ {index}, trường &apos;{field}&apos;: {problem}</source>
        <translation>Catalog file {source}, procedure no. {index}, field &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>Tệp danh mục {source}, thủ tục thứ {index}: {problem}</source>
        <translation>Catalog file {source}, procedure no. {index}: {problem}</translation>
    </message>
    <message>
        <source>Tệp danh mục {source}, trường &apos;{field}&apos;: {problem}</source>
        <translation>Catalog file {source}, field &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>Tệp danh mục {source}: {problem}</source>
        <translation>Catalog file {source}: {problem}</translation>
    </message>
    <message>
        <source>khóa không được phép (các khóa hợp lệ: {allowed}).</source>
        <translation>key not allowed (valid keys: {allowed}).</translation>
    </message>
    <message>
        <source>thiếu trường bắt buộc.</source>
        <translation>required field missing.</translation>
    </message>
    <message>
        <source>phải là chuỗi ký tự.</source>
        <translation>must be a string.</translation>
    </message>
    <message>
        <source>không được để trống.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>phải là true hoặc false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>phải là số nguyên không âm.</source>
        <translation>must be a non-negative integer.</translation>
    </message>
    <message>
        <source>phải là số nguyên từ {minimum} trở lên.</source>
        <translation>must be an integer of {minimum} or more.</translation>
    </message>
    <message>
        <source>phải là một đối tượng JSON ({what}).</source>
        <translation>must be a JSON object ({what}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không hợp lệ (chỉ nhận {allowed}).</source>
        <translation>&apos;{value}&apos; is not valid (only {allowed} accepted).</translation>
    </message>
    <message>
        <source>phí loại &apos;{kind}&apos; cần số tiền lớn hơn 0.</source>
        <translation>a &apos;{kind}&apos; fee needs an amount greater than 0.</translation>
    </message>
    <message>
        <source>thủ tục miễn phí (free) không được có số tiền.</source>
        <translation>a procedure without a fee (free) must not have an amount.</translation>
    </message>
    <message>
        <source>phí theo trang cần số trang đầu (first_pages) từ 1.</source>
        <translation>a per-page fee needs a number of first pages (first_pages) of 1 or more.</translation>
    </message>
    <message>
        <source>mã thủ tục không được chứa khoảng trắng.</source>
        <translation>the procedure code must not contain spaces.</translation>
    </message>
    <message>
        <source>phải lớn hơn 0 khi thủ tục không giải quyết trong ngày (same_day).</source>
        <translation>must be greater than 0 when the procedure is not resolved on the same day (same_day).</translation>
    </message>
    <message>
        <source>là tổng thời hạn khi cần xác minh nên phải lớn hơn &apos;days&apos; ({days}) hoặc bằng 0.</source>
        <translation>is the total time limit when verification is needed, so it must be greater than &apos;days&apos; ({days}) or equal to 0.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; không hợp lệ (cần dạng GG:PP, ví dụ 15:00).</source>
        <translation>&apos;{value}&apos; is not valid (HH:MM needed, e.g. 15:00).</translation>
    </message>
    <message>
        <source>phải là một danh sách.</source>
        <translation>must be a list.</translation>
    </message>
    <message>
        <source>bắt buộc với thủ tục liên thông (interagency).</source>
        <translation>required for an interagency procedure (interagency).</translation>
    </message>
    <message>
        <source>mã đã dùng cho thủ tục thứ {other}.</source>
        <translation>code already used by procedure no. {other}.</translation>
    </message>
    <message>
        <source>khóa &apos;{key}&apos; xuất hiện hai lần trong một đối tượng.</source>
        <translation>key &apos;{key}&apos; appears twice in one object.</translation>
    </message>
    <message>
        <source>không đọc được tệp ({reason}).</source>
        <translation>cannot read the file ({reason}).</translation>
    </message>
    <message>
        <source>tệp không phải UTF-8 (byte lỗi ở vị trí {position}).</source>
        <translation>the file is not UTF-8 (invalid byte at position {position}).</translation>
    </message>
    <message>
        <source>lỗi cú pháp JSON ({reason}).</source>
        <translation>JSON syntax error ({reason}).</translation>
    </message>
    <message>
        <source>Chưa nhập số định danh cá nhân.</source>
        <extracomment>Province codes of birth registration (the 63 provinces before the 2025 merger).</extracomment>
        <translation>The personal ID number is missing.</translation>
    </message>
    <message>
        <source>Số định danh chỉ được gồm chữ số (có ký tự không hợp lệ &apos;{char}&apos;).</source>
        <translation>The ID number may contain digits only (invalid character &apos;{char}&apos;).</translation>
    </message>
    <message>
        <source>Số định danh phải gồm đúng 12 chữ số (đã nhập {count}).</source>
        <translation>The ID number must have exactly 12 digits ({count} typed).</translation>
    </message>
    <message>
        <source>Mã tỉnh {province} không có trong danh mục.</source>
        <translation>Province code {province} does not exist.</translation>
    </message>
    <message>
        <source>Giới tính phải là Nam hoặc Nữ (đã nhập &apos;{value}&apos;).</source>
        <translation>Sex must be Nam or Nữ (got &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 (giới tính/thế kỷ) là {digit} ({coded_sex}, sinh thế kỷ {century}) nhưng giới tính là {sex}.</source>
        <translation>The 4th digit (sex/century) is {digit} ({coded_sex}, born in century {century}) but the sex is {sex}.</translation>
    </message>
    <message>
        <source>Chữ số thứ 4 (giới tính/thế kỷ) là {digit} ({coded_sex}, sinh thế kỷ {century}) nhưng năm sinh là {year}.</source>
        <translation>The 4th digit (sex/century) is {digit} ({coded_sex}, born in century {century}) but the birth year is {year}.</translation>
    </message>
    <message>
        <source>Năm sinh {year} không khớp với số định danh (chữ số thứ 5–6 là {yy}: …{yy}…).</source>
        <translation>Birth year {year} does not match the ID number (digits 5–6 are {yy}: …{yy}…).</translation>
    </message>
    <message>
        <source>{label} trong mã QR không hợp lệ: {value}.</source>
        <translation>{label} in the QR code is not valid: {value}.</translation>
    </message>
    <message>
        <source>{label} trong mã QR ở tương lai: {value}.</source>
        <translation>{label} in the QR code is in the future: {value}.</translation>
    </message>
    <message>
        <source>Mã QR không đúng định dạng CCCD: cần 7 trường ngăn bởi dấu | (hoặc 6 khi không có số CMND cũ), đọc được {count}.</source>
        <translation>The QR code is not a citizen ID card code: 7 fields separated by | are needed (6 without the old ID number); read {count}.</translation>
    </message>
    <message>
        <source>Số định danh trong mã QR không hợp lệ: {value}.</source>
        <translation>The ID number in the QR code is not valid: {value}.</translation>
    </message>
    <message>
        <source>Số CMND cũ trong mã QR không hợp lệ: {value} (cần 9 chữ số).</source>
        <translation>The old ID number in the QR code is not valid: {value} (9 digits needed).</translation>
    </message>
    <message>
        <source>Họ tên trong mã QR không hợp lệ: &apos;{value}&apos;.</source>
        <translation>The name in the QR code is not valid: &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Giới tính trong mã QR phải là Nam hoặc Nữ, đọc được &apos;{value}&apos;.</source>
        <translation>Sex in the QR code must be Nam or Nữ; read &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>Địa chỉ thường trú trong mã QR bị trống.</source>
        <translation>The permanent address in the QR code is empty.</translation>
    </message>
    <message>
        <source>Ngày cấp trong mã QR ({value}) trước ngày sinh ({dob}).</source>
        <translation>The issue date in the QR code ({value}) is before the date of birth ({dob}).</translation>
    </message>
    <message>
        <source>Chưa nhập mã cơ quan (dạng {example}).</source>
        <translation>The agency code is missing (format {example}).</translation>
    </message>
    <message>
        <source>Mã cơ quan &apos;{value}&apos; phải gồm 4 nhóm ngăn bởi dấu chấm (dạng {example}), đã nhập {count} nhóm.</source>
        <translation>Agency code &apos;{value}&apos; must have 4 groups separated by dots (format {example}); {count} were typed.</translation>
    </message>
    <message>
        <source>Nhóm thứ {index} của mã cơ quan &apos;{value}&apos; phải gồm đúng {length} chữ cái in hoa hoặc chữ số (đang là &apos;{group}&apos;; ví dụ {example}).</source>
        <translation>Group {index} of agency code &apos;{value}&apos; must have exactly {length} capital letters or digits (it is &apos;{group}&apos;; e.g. {example}).</translation>
    </message>
    <message>
        <source>Số hiệu quầy phải từ 1 đến 9 (đang là {value}).</source>
        <translation>The desk number must be from 1 to 9 (it is {value}).</translation>
    </message>
    <message>
        <source>Số thứ tự hồ sơ trong ngày phải từ 1 (đang là {value}).</source>
        <translation>The day&apos;s dossier sequence number must be 1 or more (it is {value}).</translation>
    </message>
    <message>
        <source>Quầy {desk} đã cấp hết {max} mã hồ sơ của ngày {day}; không cấp thêm được.</source>
        <translation>Desk {desk} has used all {max} dossier codes for {day}; no more can be issued.</translation>
    </message>
    <message>
        <source>Năm {year} nằm ngoài khoảng mã hồ sơ (2000–2099).</source>
        <translation>Year {year} is outside the dossier code range (2000–2099).</translation>
    </message>
    <message>
        <source>Mã hồ sơ &apos;{value}&apos; không đúng dạng &lt;mã cơ quan&gt;-&lt;YYMMDD&gt;-&lt;số thứ tự 4 chữ số&gt; (ví dụ {example}-260213-1001).</source>
        <translation>Dossier code &apos;{value}&apos; does not have the form &lt;agency code&gt;-&lt;YYMMDD&gt;-&lt;4-digit sequence number&gt; (e.g. {example}-260213-1001).</translation>
    </message>
    <message>
        <source>Ngày trong mã hồ sơ &apos;{value}&apos; không hợp lệ (cần YYMMDD có thật).</source>
        <translation>The date in dossier code &apos;{value}&apos; is not valid (a real YYMMDD date is needed).</translation>
    </message>
    <message>
        <source>Số thứ tự trong mã hồ sơ phải gồm đúng 4 chữ số (đang là &apos;{value}&apos;).</source>
        <translation>The sequence number in a dossier code must have exactly 4 digits (it is &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>Chữ số đầu của số thứ tự là số hiệu quầy, phải từ 1 đến 9 (đang là &apos;{value}&apos;).</source>
        <translation>The first digit of the sequence number is the desk number and must be from 1 to 9 (it is &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>Ba chữ số cuối của số thứ tự phải từ 001 đến 999 (đang là &apos;{value}&apos;).</source>
        <translation>The last three digits of the sequence number must be from 001 to 999 (they are &apos;{value}&apos;).</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Waiting for supplement</translation>
    </message>
    <message>
        <source>Từ chối tiếp nhận</source>
        <translation>Refused at the desk</translation>
    </message>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chuyển cơ quan khác</source>
        <translation>Passed to another agency</translation>
    </message>
    <message>
        <source>Có kết quả, chờ trả</source>
        <translation>Result ready, to return</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Đã rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Dossier received</translation>
    </message>
    <message>
        <source>Yêu cầu bổ sung</source>
        <translation>Supplement requested</translation>
    </message>
    <message>
        <source>Nhận bổ sung</source>
        <translation>Supplement received</translation>
    </message>
    <message>
        <source>Chuyển giao</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Nhận lại từ cơ quan khác</source>
        <translation>Back from another agency</translation>
    </message>
    <message>
        <source>Có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <source>Xin lỗi, hẹn lại ngày trả</source>
        <translation>Apology, new due date</translation>
    </message>
    <message>
        <source>Trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>In phiếu</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Số hóa tài liệu</source>
        <translation>Document digitised</translation>
    </message>
    <message>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nhập từ sổ cũ</source>
        <translation>Imported from the old register</translation>
    </message>
    <message>
        <source>Công chức tiếp nhận</source>
        <translation>Reception clerk</translation>
    </message>
    <message>
        <source>Công chức chuyên môn</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>Lãnh đạo</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Quản trị</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Vai trò {role} không được phép thực hiện: {action}.</source>
        <translation>The {role} role is not allowed to do this: {action}.</translation>
    </message>
    <message>
        <source>Không thể xin lỗi, hẹn lại khi hồ sơ đang ở trạng thái «{status}».</source>
        <translation>An apology and new appointment is not possible while the dossier is “{status}”.</translation>
    </message>
    <message>
        <source>Hồ sơ đã được hẹn lại một lần; quy định chỉ cho phép hẹn lại một lần.</source>
        <translation>The dossier has already been given a new appointment; the rules allow only one.</translation>
    </message>
    <message>
        <source>Hồ sơ chưa được tiếp nhận nên không thể: {action}.</source>
        <translation>The dossier has not been received, so this is not possible: {action}.</translation>
    </message>
    <message>
        <source>Không thể «{action}» khi hồ sơ đang ở trạng thái «{status}».</source>
        <translation>“{action}” is not possible while the dossier is “{status}”.</translation>
    </message>
    <message>
        <source>Cần đăng nhập quản trị.</source>
        <translation>An administrator must be signed in.</translation>
    </message>
    <message>
        <source>Trường hồ sơ cơ quan không có: {fields}.</source>
        <translation>Unknown office profile fields: {fields}.</translation>
    </message>
    <message>
        <source>Số bàn tiếp nhận phải từ 1 đến 9.</source>
        <translation>The desk number must be from 1 to 9.</translation>
    </message>
    <message>
        <source>Giờ «{value}» không hợp lệ (dạng HH:MM).</source>
        <translation>Time “{value}” is not valid (HH:MM).</translation>
    </message>
    <message>
        <source>Loại ngày phải là «off» (nghỉ) hoặc «work» (làm bù).</source>
        <translation>The day type must be “off” (day off) or “work” (make-up working day).</translation>
    </message>
    <message>
        <source>Không có tệp sao lưu {path}.</source>
        <translation>Backup file {path} does not exist.</translation>
    </message>
    <message>
        <source>Tệp {path} không phải bản sao lưu hợp lệ: {detail}</source>
        <translation>File {path} is not a valid backup: {detail}</translation>
    </message>
    <message>
        <source>Chưa nhập họ tên người nộp hồ sơ.</source>
        <translation>The applicant&apos;s full name is missing.</translation>
    </message>
    <message>
        <source>Số điện thoại «{phone}» không hợp lệ (10 chữ số, bắt đầu bằng 0).</source>
        <translation>Phone number “{phone}” is not valid (10 digits starting with 0).</translation>
    </message>
    <message>
        <source>Địa chỉ email «{email}» không hợp lệ.</source>
        <translation>Email address “{email}” is not valid.</translation>
    </message>
    <message>
        <source>Ngày sinh không thể ở tương lai.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Không có thủ tục mã «{code}» trong danh mục đang dùng.</source>
        <translation>No procedure with code “{code}” in the current catalog.</translation>
    </message>
    <message>
        <source>Tệp «{name}» quá lớn ({size} MB); chỉ nhận tệp đến {limit} MB.</source>
        <extracomment>Larger files are refused: a scanned page is well under this; a video is not a document.</extracomment>
        <translation>File “{name}” is too large ({size} MB); files of up to {limit} MB are accepted.</translation>
    </message>
    <message>
        <source>Mã tệp đính kèm không hợp lệ.</source>
        <translation>The attachment code is not valid.</translation>
    </message>
    <message>
        <source>Không đọc được tệp «{name}»: {detail}</source>
        <translation>Cannot read file “{name}”: {detail}</translation>
    </message>
    <message>
        <source>«{name}» không phải là một tệp.</source>
        <translation>“{name}” is not a file.</translation>
    </message>
    <message>
        <source>Tệp «{name}» rỗng.</source>
        <translation>File “{name}” is empty.</translation>
    </message>
    <message>
        <source>Tệp «{name}» đã được đính kèm vào hồ sơ {code}.</source>
        <translation>File “{name}” is already attached to dossier {code}.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ mã «{code}».</source>
        <translation>No dossier with code “{code}”.</translation>
    </message>
    <message>
        <source>Kết quả tiếp nhận không hợp lệ.</source>
        <translation>Invalid reception outcome.</translation>
    </message>
    <message>
        <source>Số bộ, số bản và số trang phải từ 1 trở lên.</source>
        <translation>Sets, copies and pages must be 1 or more.</translation>
    </message>
    <message>
        <source>Còn thiếu giấy tờ bắt buộc: {items}. Hãy yêu cầu bổ sung thay vì tiếp nhận.</source>
        <translation>Required documents are missing: {items}. Request a supplement instead of accepting.</translation>
    </message>
    <message>
        <source>Hãy chọn giấy tờ còn thiếu hoặc ghi rõ nội dung cần bổ sung.</source>
        <translation>Choose the missing documents or write what must be supplied.</translation>
    </message>
    <message>
        <source>Phải ghi lý do từ chối tiếp nhận.</source>
        <translation>A reason for the refusal is required.</translation>
    </message>
    <message>
        <source>Không có tài khoản «{username}».</source>
        <translation>There is no account “{username}”.</translation>
    </message>
    <message>
        <source>Chưa nhập tên cơ quan nhận hồ sơ.</source>
        <translation>The name of the receiving agency is missing.</translation>
    </message>
    <message>
        <source>Phải ghi lý do chậm trễ.</source>
        <translation>A reason for the delay is required.</translation>
    </message>
    <message>
        <source>Ngày hẹn mới ({new}) phải sau ngày hẹn cũ ({old}).</source>
        <translation>The new due date ({new}) must be after the old one ({old}).</translation>
    </message>
    <message>
        <source>Ngày hẹn mới {new} không phải ngày làm việc.</source>
        <translation>The new due date {new} is not a working day.</translation>
    </message>
    <message>
        <source>Chưa ghi tên người nhận kết quả.</source>
        <translation>The name of the person collecting the result is missing.</translation>
    </message>
    <message>
        <source>Người nhận thay phải có số giấy tờ tùy thân.</source>
        <translation>A representative needs an ID document number.</translation>
    </message>
    <message>
        <source>Số tiền không thể âm.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Phải ghi lý do rút hồ sơ.</source>
        <translation>A reason for the withdrawal is required.</translation>
    </message>
    <message>
        <source>Chức năng này cần vai trò: {roles} (bạn đang là {role}).</source>
        <translation>This needs the role: {roles} (you are {role}).</translation>
    </message>
    <message>
        <source>Mật khẩu phải có ít nhất 8 ký tự.</source>
        <translation>The password must have at least 8 characters.</translation>
    </message>
    <message>
        <source>Vai trò «{role}» không có; chọn clerk, handler, leader hoặc admin.</source>
        <translation>There is no role “{role}”; choose clerk, handler, leader or admin.</translation>
    </message>
    <message>
        <source>Không thể tự khóa tài khoản đang dùng.</source>
        <translation>You cannot lock the account you are signed in with.</translation>
    </message>
    <message>
        <source>Sai tên đăng nhập hoặc mật khẩu.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Tài khoản đã bị khóa; liên hệ quản trị.</source>
        <translation>The account is disabled; contact the administrator.</translation>
    </message>
    <message>
        <source>Đăng nhập sai quá {n} lần; tài khoản tạm khóa đến {until}.</source>
        <translation>More than {n} failed sign-ins; the account is locked until {until}.</translation>
    </message>
    <message>
        <source>Bản sao lưu {path} không toàn vẹn: {detail}</source>
        <translation>Backup {path} failed the integrity check: {detail}</translation>
    </message>
    <message>
        <source>Không tạo được thư mục chứa cơ sở dữ liệu {path}: {detail}</source>
        <translation>Cannot create the database folder {path}: {detail}</translation>
    </message>
    <message>
        <source>Không mở được cơ sở dữ liệu {path}: {detail}</source>
        <translation>Cannot open the database {path}: {detail}</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu {path} thuộc phiên bản mới hơn ({found}) của phần mềm; hãy cập nhật phần mềm.</source>
        <translation>The database {path} belongs to a newer version ({found}) of the application; update the application.</translation>
    </message>
    <message>
        <source>Tệp cấu hình mẫu biểu không hợp lệ ({source}): {detail}</source>
        <translation>The forms configuration file is not valid ({source}): {detail}</translation>
    </message>
    <message>
        <source>Không đọc được sổ cũ {file}: {detail}</source>
        <translation>Cannot read the old register {file}: {detail}</translation>
    </message>
    <message>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Dossier receipt and appointment slip</translation>
    </message>
    <message>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request to supplement or complete the dossier</translation>
    </message>
    <message>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation>Notice of refusal to accept the dossier</translation>
    </message>
    <message>
        <source>Phiếu xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new appointment letter</translation>
    </message>
    <message>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation>Dossier processing control sheet</translation>
    </message>
    <message>
        <source>Hồ sơ {code} không có yêu cầu bổ sung nào để in Phiếu yêu cầu bổ sung.</source>
        <translation>Dossier {code} has no supplement request, so there is no supplement request slip to print.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} không bị từ chối tiếp nhận nên không có Phiếu từ chối.</source>
        <translation>Dossier {code} was not refused, so it has no refusal notice.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} chưa ghi nhận xin lỗi, hẹn lại nên chưa in được Phiếu xin lỗi.</source>
        <translation>No apology and new appointment has been recorded for dossier {code}, so the apology letter cannot be printed yet.</translation>
    </message>
    <message>
        <source>Mẫu in «{form}» không có; chọn một trong: {forms}.</source>
        <translation>There is no print form “{form}”; choose one of: {forms}.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} đã bị từ chối tiếp nhận: chỉ in được Phiếu từ chối.</source>
        <translation>Dossier {code} was refused: only the refusal notice can be printed.</translation>
    </message>
    <message>
        <source>Hồ sơ {code} chưa được tiếp nhận (đang chờ bổ sung) nên chưa in được «{form}».</source>
        <translation>Dossier {code} has not been accepted yet (waiting for a supplement), so “{form}” cannot be printed yet.</translation>
    </message>
    <message>
        <source>Ngày kết thúc ({to}) trước ngày bắt đầu ({from_}).</source>
        <translation>The end date ({to}) is before the start date ({from_}).</translation>
    </message>
    <message>
        <source>Ngày cuối kỳ ({to}) phải từ ngày đầu kỳ ({start}) trở đi.</source>
        <translation>The end date of the period ({to}) cannot be before its start date ({start}).</translation>
    </message>
    <message>
        <source>Không có chỉ tiêu «{cell}» trong báo cáo.</source>
        <translation>The report has no indicator “{cell}”.</translation>
    </message>
    <message>
        <source>Định dạng «{fmt}» không hỗ trợ (json, xlsx, pdf, book).</source>
        <translation>Format “{fmt}” is not supported (json, xlsx, pdf, book).</translation>
    </message>
    <message>
        <source>Không có danh sách «{name}».</source>
        <extracomment>Sort keys the UI may ask for → SQL (a whitelist: never interpolate user text). The returned queue without a date filter shows this many recent days (it is most of the table).</extracomment>
        <translation>There is no list “{name}”.</translation>
    </message>
    <message>
        <source>Không sắp xếp được theo «{key}».</source>
        <translation>Cannot sort by “{key}”.</translation>
    </message>
    <message>
        <source>Tệp không phải gói dữ liệu Một Cửa Desk.</source>
        <translation>The file is not a Một Cửa Desk data bundle.</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị hỏng (thiếu phần đầu).</source>
        <translation>The data bundle is damaged (header missing).</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị hỏng (phần đầu sai).</source>
        <translation>The data bundle is damaged (invalid header).</translation>
    </message>
    <message>
        <source>Chữ ký của gói dữ liệu không hợp lệ: tệp đã bị sửa, hoặc không phải của bàn {desk}.</source>
        <translation>The data bundle&apos;s signature is not valid: the file has been altered, or it does not belong to desk {desk}.</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị hỏng (nội dung không đọc được).</source>
        <translation>The data bundle is damaged (the content cannot be read).</translation>
    </message>
    <message>
        <source>Gói dữ liệu quá lớn.</source>
        <translation>The data bundle is too large.</translation>
    </message>
    <message>
        <source>Gói dữ liệu bị hỏng (nội dung sai cấu trúc).</source>
        <translation>The data bundle is damaged (the content is malformed).</translation>
    </message>
    <message>
        <source>Tệp không phải biên nhận gói dữ liệu của cấp trên.</source>
        <translation>The file is not an upstream data bundle receipt.</translation>
    </message>
    <message>
        <source>Biên nhận quá lớn.</source>
        <translation>The receipt is too large.</translation>
    </message>
    <message>
        <source>Biên nhận bị hỏng (thiếu phần đầu).</source>
        <translation>The receipt is damaged (header missing).</translation>
    </message>
    <message>
        <source>Chữ ký của biên nhận không hợp lệ: tệp đã bị sửa, hoặc biên nhận không phải cho bàn {desk}.</source>
        <translation>The receipt&apos;s signature is not valid: the file has been altered, or the receipt is not for desk {desk}.</translation>
    </message>
    <message>
        <source>Biên nhận bị hỏng (nội dung sai cấu trúc).</source>
        <translation>The receipt is damaged (the content is malformed).</translation>
    </message>
    <message>
        <source>Biên nhận này dành cho bàn {other}, không phải bàn {desk}.</source>
        <translation>This receipt is for desk {other}, not desk {desk}.</translation>
    </message>
    <message>
        <source>Địa chỉ cấp trên «{url}» không hợp lệ (cần dạng https://…).</source>
        <translation>Upstream address “{url}” is not valid (it must look like https://…).</translation>
    </message>
    <message>
        <source>Địa chỉ cấp trên phải dùng https:// để dữ liệu được mã hóa trên đường truyền ({url}).</source>
        <translation>The upstream address must use https:// so that data is encrypted in transit ({url}).</translation>
    </message>
    <message>
        <source>Bàn này chưa đăng ký với cấp trên.</source>
        <translation>This desk is not enrolled with upstream yet.</translation>
    </message>
    <message>
        <source>Chứng chỉ bảo mật (TLS) của cấp trên không hợp lệ nên không gửi dữ liệu: {detail}</source>
        <translation>Upstream&apos;s security (TLS) certificate is not valid, so no data was sent: {detail}</translation>
    </message>
    <message>
        <source>Không kết nối được tới cấp trên ({url}). Hãy kiểm tra mạng; dữ liệu vẫn được giữ để gửi sau.</source>
        <translation>Cannot connect to upstream ({url}). Check the network; the data is kept to be sent later.</translation>
    </message>
    <message>
        <source>Cấp trên không trả lời kịp. Dữ liệu vẫn được giữ và sẽ gửi lại sau.</source>
        <translation>Upstream did not answer in time. The data is kept and will be sent again later.</translation>
    </message>
    <message>
        <source>Kết nối tới cấp trên bị ngắt giữa chừng. Không mất dữ liệu; lần sau sẽ gửi tiếp.</source>
        <translation>The connection to upstream was interrupted. No data was lost; sending will resume next time.</translation>
    </message>
    <message>
        <source>Cấp trên từ chối mã truy cập của bàn này ({detail}). Hãy xin mã đăng ký mới và đăng ký lại.</source>
        <translation>Upstream rejected this desk&apos;s access token ({detail}). Ask for a new enrolment code and enrol again.</translation>
    </message>
    <message>
        <source>Máy chủ cấp trên đang gặp sự cố hoặc quá tải (mã {status}). Sẽ thử lại sau.</source>
        <translation>The upstream server has a problem or is overloaded (code {status}). It will be tried again later.</translation>
    </message>
    <message>
        <source>Cấp trên trả lời không đúng định dạng.</source>
        <translation>Upstream answered in an unexpected format.</translation>
    </message>
    <message>
        <source>Cấp trên từ chối: {detail}</source>
        <translation>Rejected by upstream: {detail}</translation>
    </message>
    <message>
        <source>Máy này chưa có kho khóa bí mật của hệ điều hành để cất mã truy cập đồng bộ. Trên Windows dùng Windows Credential Manager (có sẵn); trên Linux hãy cài và mở khóa GNOME Keyring hoặc KWallet (gói gnome-keyring), rồi thử lại. Chi tiết: {detail}</source>
        <translation>This computer has no operating-system keyring to store the sync access token. On Windows, Windows Credential Manager is used (built in); on Linux, install and unlock GNOME Keyring or KWallet (package gnome-keyring), then try again. Details: {detail}</translation>
    </message>
    <message>
        <source>Kho khóa bí mật của hệ điều hành đang bị khóa; hãy mở khóa rồi thử lại.</source>
        <translation>The operating-system keyring is locked; unlock it and try again.</translation>
    </message>
    <message>
        <source>Không dùng được kho khóa bí mật của hệ điều hành: {detail}</source>
        <translation>Cannot use the operating-system keyring: {detail}</translation>
    </message>
    <message>
        <source>Không tìm thấy mã truy cập đồng bộ của bàn này trong kho khóa bí mật. Hãy đăng ký lại với cấp trên (xin mã đăng ký mới).</source>
        <translation>This desk&apos;s sync access token was not found in the keyring. Enrol with upstream again (ask for a new enrolment code).</translation>
    </message>
    <message>
        <source>Mã truy cập đồng bộ trong kho khóa bí mật bị hỏng; hãy đăng ký lại.</source>
        <translation>The sync access token in the keyring is damaged; enrol again.</translation>
    </message>
    <message>
        <source>Kho khóa «{backend}» lưu bí mật dưới dạng tệp thường, không an toàn; hãy gỡ gói keyrings.alt và dùng kho khóa của hệ điều hành.</source>
        <translation>Keyring “{backend}” stores secrets as plain files, which is not secure; uninstall the keyrings.alt package and use the operating-system keyring.</translation>
    </message>
    <message>
        <source>Chờ gửi</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Chờ biên nhận (đã xuất gói)</source>
        <translation>Awaiting receipt (bundle exported)</translation>
    </message>
    <message>
        <source>Đã gửi</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Đã gửi {sent} sự kiện, nhận {received} cập nhật.</source>
        <translation>Sent {sent} events, received {received} updates.</translation>
    </message>
    <message>
        <source>{n} sự kiện bị cấp trên từ chối (xem danh sách).</source>
        <translation>{n} events rejected upstream (see the list).</translation>
    </message>
    <message>
        <source>{n} cập nhật không áp dụng được.</source>
        <translation>{n} updates could not be applied.</translation>
    </message>
    <message>
        <source>Số ngày cảnh báo phải từ 1 đến 60.</source>
        <translation>The number of warning days must be from 1 to 60.</translation>
    </message>
    <message>
        <source>Hãy khai báo hồ sơ cơ quan (mã cơ quan, số bàn) trước khi đăng ký với cấp trên.</source>
        <translation>Enter the office profile (agency code, desk number) before enrolling with upstream.</translation>
    </message>
    <message>
        <source>Chưa nhập mã đăng ký.</source>
        <translation>No enrolment code entered.</translation>
    </message>
    <message>
        <source>Bàn này chưa đăng ký với cấp trên. Quản trị viên hãy xin mã đăng ký và chạy đăng ký.</source>
        <translation>This desk is not enrolled with upstream yet. An administrator must ask for an enrolment code and enrol the desk.</translation>
    </message>
    <message>
        <source>Đã gửi {sent} / {total} sự kiện</source>
        <translation>Sent {sent} / {total} events</translation>
    </message>
    <message>
        <source>Đã nhận {n} cập nhật từ cấp trên</source>
        <translation>Received {n} updates from upstream</translation>
    </message>
    <message>
        <source>Đang kết nối cấp trên…</source>
        <translation>Connecting to upstream…</translation>
    </message>
    <message>
        <source>Bàn này chưa đăng ký với cấp trên nên chưa đồng bộ được.</source>
        <translation>This desk is not enrolled upstream yet, so it cannot sync.</translation>
    </message>
    <message>
        <source>Chưa đồng bộ với cấp trên lần nào.</source>
        <translation>Never synced with upstream yet.</translation>
    </message>
    <message>
        <source>Đã {days} ngày chưa đồng bộ với cấp trên.</source>
        <translation>Not synced with upstream for {days} days.</translation>
    </message>
    <message>
        <source>Không có sự kiện nào chờ gửi để xuất.</source>
        <translation>There are no waiting events to export.</translation>
    </message>
    <message>
        <source>Không đọc được tệp {path}: {reason}</source>
        <translation>Cannot read file {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Số hồ sơ nhận giải quyết</source>
        <translation>Dossiers received for processing</translation>
    </message>
    <message>
        <source>Kết quả giải quyết</source>
        <translation>Processing results</translation>
    </message>
    <message>
        <source>Số hồ sơ đã giải quyết</source>
        <translation>Dossiers resolved</translation>
    </message>
    <message>
        <source>Số hồ sơ đang giải quyết</source>
        <translation>Dossiers in progress</translation>
    </message>
    <message>
        <source>Chỉ tiêu bổ sung</source>
        <translation>Additional indicators</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trong đó</source>
        <translation>Of which</translation>
    </message>
    <message>
        <source>Trả quá hạn</source>
        <translation>Returned late</translation>
    </message>
    <message>
        <source>Số hóa hồ sơ</source>
        <translation>Dossier digitisation</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Lĩnh vực giải quyết</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Số kỳ trước chuyển qua</source>
        <translation>Carried over from the previous period</translation>
    </message>
    <message>
        <source>Số mới tiếp nhận trực tuyến</source>
        <translation>Newly received online</translation>
    </message>
    <message>
        <source>Số mới tiếp nhận trực tiếp hoặc qua bưu chính</source>
        <translation>Newly received in person or by post</translation>
    </message>
    <message>
        <source>Trả trước hạn</source>
        <translation>Returned early</translation>
    </message>
    <message>
        <source>Trả đúng hạn</source>
        <translation>Returned on time</translation>
    </message>
    <message>
        <source>Trong hạn</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tỷ lệ giải quyết đúng hạn (%)</source>
        <translation>On-time resolution rate (%)</translation>
    </message>
    <message>
        <source>Có văn bản xin lỗi</source>
        <translation>With an apology letter</translation>
    </message>
    <message>
        <source>Không có văn bản xin lỗi</source>
        <translation>Without an apology letter</translation>
    </message>
    <message>
        <source>Đã số hóa</source>
        <translation>Digitised</translation>
    </message>
    <message>
        <source>Chưa số hóa</source>
        <translation>Not digitised</translation>
    </message>
    <message>
        <source>Rút hồ sơ</source>
        <translation>Withdrawn</translation>
    </message>
</context>
<context>
    <name>tracking</name>
    <message>
        <source>Trước hạn</source>
        <translation>Early</translation>
    </message>
    <message>
        <source>Đúng hạn</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Đến hạn hôm nay</source>
        <extracomment>Statuses whose dossier is being handled against a due date.</extracomment>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cần xin lỗi, hẹn lại</source>
        <translation>Apology needed</translation>
    </message>
    <message>
        <source>Chờ bổ sung</source>
        <translation>Waiting for supplement</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Chuyển cơ quan khác</source>
        <translation>Passed to another agency</translation>
    </message>
    <message>
        <source>Chờ trả kết quả</source>
        <translation>Ready to return</translation>
    </message>
    <message>
        <source>Ngày có kết quả</source>
        <translation>Result date</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Ngày trả</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Hẹn trả</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Đang giữ</source>
        <translation>Held by</translation>
    </message>
    <message>
        <source>Đã quá hạn trả kết quả</source>
        <translation>The result is overdue</translation>
    </message>
    <message>
        <source>Sắp đến hạn trả kết quả</source>
        <translation>The result is due soon</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>Thứ Hai</source>
        <extracomment>The desk closes at noon on a Saturday morning session.</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
</context>
</TS>
