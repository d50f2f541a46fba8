/** Notices about saving, shown inside every widget that keeps data (Vietnamese). */
export const storage = {
  'storage.damaged.title': 'Không đọc được dữ liệu đã lưu: {what}',
  'storage.damaged.body':
    'Dữ liệu trong trình duyệt bị hỏng nên sổ tay đang hiển thị bản trống. Bản gốc vẫn được giữ nguyên và sẽ không bị ghi đè cho đến khi bạn chọn. Những gì bạn nhập lúc này chưa được lưu.',
  'storage.newer.title': 'Dữ liệu được lưu bởi phiên bản mới hơn: {what}',
  'storage.newer.body':
    'Phiên bản sổ tay này không đọc được dữ liệu đó nên để nguyên, không chạm vào. Hãy mở lại trang sau khi tải phiên bản mới nhất. Những gì bạn nhập lúc này chưa được lưu.',
  'storage.repaired.title': 'Đã sửa dữ liệu đã lưu để đọc được: {what}',
  'storage.repaired.body':
    'Có {count} giá trị đã lưu bị hỏng nên phải thay ký tự lỗi hoặc bỏ ra thì mới đọc được. Bản đã sửa đang hiện ở đây; bản gốc vẫn được giữ nguyên và không bị ghi đè cho đến khi bạn chọn. Những gì bạn nhập bây giờ chưa được lưu.',
  'storage.keepRepaired': 'Giữ một bản sao bản gốc và dùng bản đã sửa',
  'storage.keepRepairedNoCopy': 'Dùng bản đã sửa mà không giữ bản gốc',
  'storage.download': 'Tải bản gốc xuống',
  'storage.startAfresh': 'Giữ một bản sao và bắt đầu lại',
  'storage.startAfreshNoCopy': 'Bắt đầu lại mà không giữ bản sao',
  'storage.noRoomForCopy':
    'Không còn chỗ để giữ bản sao trong trình duyệt. Hãy tải bản gốc xuống trước, rồi bắt đầu lại.',
  'storage.unsaved.title': 'Công việc của bạn đang KHÔNG được lưu',
  'storage.unsaved.quota':
    'Bộ nhớ của trình duyệt đã đầy. Những gì bạn thấy vẫn còn trong trang này, nhưng sẽ mất khi đóng trang. Hãy xuất bản sao lưu để giữ lại.',
  'storage.unsaved.unavailable':
    'Trình duyệt không cho lưu dữ liệu (chế độ riêng tư hoặc cài đặt). Những gì bạn thấy sẽ mất khi đóng trang. Hãy xuất bản sao lưu để giữ lại.',
  'storage.yourData': 'Mở trang Dữ liệu của bạn',
  'storage.saved': 'Đã lưu lúc {time}',
  'storage.loading': '{what}: đang tải dữ liệu đã lưu…',
  'storage.saving': 'Đang lưu…',
  'storage.part.loading': 'Đang tải phần này…',
  'storage.part.failed':
    'Không tải được phần này của trang (có thể bạn đang ngoại tuyến, hoặc trang vừa được cập nhật). Những gì bạn đã lưu vẫn còn nguyên.',
  'storage.part.retry': 'Thử tải lại',
} as const;
