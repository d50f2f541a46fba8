/** The search page (Vietnamese). */
export const search = {
  'nav.search': 'Tìm kiếm',
  'search.title': 'Tìm trong sổ tay',
  'search.lead':
    'Tìm một từ hay một ý trong các bài học và bảng thuật ngữ. Kết quả chỉ gồm những trang tiếng Việt.',
  'search.label': 'Bạn muốn tìm gì?',
  'search.submit': 'Tìm',
  'search.try': 'Thử tìm:',
  'search.examples': 'quan hệ yếu, Dunbar, giới thiệu hai chiều, khoảng trống cấu trúc',
  'search.loading': 'Đang tải bộ tìm kiếm…',
  'search.count': 'Tìm thấy {count, plural, other {# trang}} có “{query}”.',
  'search.none': 'Không có trang nào khớp với “{query}”. Hãy thử một từ khác, hoặc ngắn hơn.',
  'search.failed': 'Không tải được bộ tìm kiếm. Hãy tải lại trang rồi thử lần nữa.',
  'search.results': 'Kết quả tìm kiếm',
  'search.sections': 'Những đoạn khớp trong trang',
  'search.noscript':
    'Tìm kiếm cần bật JavaScript. Bạn vẫn có thể đọc mọi bài từ danh sách bài học và tra nghĩa trong bảng thuật ngữ.',
} as const;
