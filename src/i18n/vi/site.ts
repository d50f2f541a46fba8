/** Site chrome, home page and the "Your data" page (Vietnamese). */
export const site = {
  'site.name': 'Chia sẻ mạng lưới kết nối',
  'site.tagline': 'Sổ tay thực hành về mạng lưới quan hệ của bạn',
  'site.skip': 'Chuyển đến nội dung chính',
  'site.nav': 'Điều hướng chính',
  'site.language': 'Ngôn ngữ',
  'site.switchTo': 'English',
  'site.switchToLabel': 'Đọc trang này bằng tiếng Anh',
  'site.footer.private':
    'Mọi điều bạn viết ở đây chỉ được lưu trong trình duyệt này, không gửi đi đâu cả.',
  'site.footer.yourData': 'Dữ liệu của bạn',
  'site.footer.about':
    'Một sổ tay song ngữ, dựa trên một bài viết ngắn về việc chia sẻ mạng lưới kết nối.',
  'nav.home': 'Trang chủ',
  'nav.yourData': 'Dữ liệu của bạn',
  'home.title': 'Mạng lưới của bạn là một nguồn lực — hãy dùng nó một cách tử tế',
  'home.lead':
    'Tìm hiểu vì sao những mối quen biết có giá trị, vẽ bản đồ mạng lưới của chính bạn, cân nhắc trước khi giới thiệu hai người với nhau, rồi in ra một bảng bài tập với câu trả lời của bạn.',
  'home.learn.title': 'Học',
  'home.learn.body':
    'Những bài đọc ngắn về cách mạng lưới hình thành và cách chia sẻ nó cẩn trọng.',
  'home.practise.title': 'Thực hành',
  'home.practise.body':
    'Vẽ bản đồ những người bạn quen, xem mạng lưới lớn lên thế nào và bạn đang nối những nhóm nào.',
  'home.print.title': 'In ra',
  'home.print.body': 'Một bảng bài tập có câu trả lời của bạn, hoặc bản trống cho buổi hội thảo.',
  'home.private': 'Không cần tài khoản. Mọi thứ bạn nhập chỉ nằm trong trình duyệt này.',
  'continue.heading': 'Tiếp tục',
  'continue.start': 'Bắt đầu từ bài đầu tiên',
  'continue.resume': 'Tiếp tục bài “{title}”',
  'continue.allDone': 'Bạn đã hoàn thành mọi bài. Xem lại bảng bài tập của bạn.',
  'continue.progress': 'Đã xong {done} trên {total} bài',
  'root.title': 'Chọn ngôn ngữ',
  'root.lead': 'Sổ tay thực hành về việc chia sẻ mạng lưới kết nối.',
  'yourData.title': 'Dữ liệu của bạn',
  'yourData.lead':
    'Mọi điều bạn viết trong sổ tay này được lưu trong bộ nhớ của trình duyệt (localStorage) trên máy này. Không có máy chủ, không có tài khoản: nếu bạn xoá dữ liệu trình duyệt, chúng sẽ mất.',
  'yourData.loading': 'Đang đọc bộ nhớ của trình duyệt…',
  'yourData.tableCaption': 'Những gì đang được lưu',
  'yourData.key': 'Khoá lưu trữ',
  'yourData.what': 'Nội dung',
  'yourData.size': 'Dung lượng',
  'yourData.chars': '{count} ký tự',
  'yourData.empty': 'Chưa có gì được lưu trong trình duyệt này.',
  'yourData.used':
    'Đã dùng khoảng {used} trên khoảng {total} ký tự mà trình duyệt cho phép ({percent}%).',
  'yourData.quarantined': 'Bản sao của dữ liệu bị hỏng',
  'yourData.download': 'Tải xuống',
  'yourData.remove': 'Xoá bản sao này',
  'yourData.clear': 'Xoá toàn bộ dữ liệu',
  'yourData.clearConfirm':
    'Xoá mọi câu trả lời, bản đồ mạng lưới và nhật ký giới thiệu trong trình duyệt này? Không thể hoàn tác.',
  'yourData.clearYes': 'Có, xoá hết',
  'yourData.clearNo': 'Không, giữ lại',
  'yourData.cleared': 'Đã xoá toàn bộ dữ liệu của sổ tay trong trình duyệt này.',
  'yourData.unavailable':
    'Trình duyệt này không cho trang web lưu dữ liệu (có thể do chế độ riêng tư hoặc cài đặt). Bạn vẫn dùng được sổ tay, nhưng mọi thứ sẽ mất khi đóng trang.',
  'collection.progress': 'Tiến độ các bài học',
  'collection.answers': 'Câu trả lời của bạn',
  'collection.network': 'Bản đồ mạng lưới',
  'collection.introductions': 'Nhật ký giới thiệu',
  'collection.settings': 'Cài đặt',
} as const;
