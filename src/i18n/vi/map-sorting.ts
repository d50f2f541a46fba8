/**
 * Sorting many people on the map: the sorting mode, moving many at once, merging two records of
 * one person, and what the undo bar says about them (Vietnamese).
 */
export const mapSorting = {
  'map.undo.merged': 'Đã gộp {other} vào {name}.',
  'map.undo.unmerge': 'Hoàn tác: tách {name} và {other}',
  'map.undo.unmerged': '{name} và {other} lại là hai người riêng.',
  'map.undo.moved': 'Đã chuyển {count} người.',
  'map.undo.moveBack': 'Hoàn tác: đưa {count} người về chỗ cũ',
  'map.undo.movedBack': '{count} người đã về chỗ cũ.',

  'map.merge.open': 'Gộp với một người khác…',
  'map.merge.title': 'Gộp hai bản ghi của cùng một người',
  'map.merge.lead':
    '{name} giữ tên và vị trí của mình; mọi thứ của người kia (bối cảnh, chủ đề, mối quan hệ, ngày, ghi chú, liên kết) được chuyển sang.',
  'map.merge.search': 'Tìm người kia theo tên',
  'map.merge.matches': 'Người có thể là {name}',
  'map.merge.noMatch': 'Không ai khác trên bản đồ khớp với tên này.',
  'map.merge.more': 'Và {count} người nữa: gõ thêm để thu hẹp.',
  'map.merge.previewTitle': 'Sau khi gộp, {name} sẽ có:',
  'map.merge.ties': '{count, plural, other {# mối quan hệ}}',
  'map.merge.empty': '(trống)',
  'map.merge.email': 'E-mail',
  'map.merge.url': 'Liên kết hồ sơ',
  'map.merge.topics': 'Chủ đề',
  'map.merge.confirm': 'Gộp {other} vào {name}',
  'map.merge.cancel': 'Huỷ',
  'map.merge.failed': 'Không gộp được hai người này. Bản đồ vẫn như trước.',

  'map.bulk.label': 'Chọn và chuyển nhiều người',
  'map.bulk.count': 'Đã chọn {count, plural, other {# người}}.',
  'map.bulk.selectAll': 'Chọn tất cả {count} người đang hiện',
  'map.bulk.clear': 'Bỏ chọn',
  'map.bulk.ring': 'Chuyển tới vòng',
  'map.bulk.context': 'Chuyển tới bối cảnh',
  'map.bulk.keep': 'Giữ nguyên',
  'map.bulk.move': 'Chuyển {count} người',
  'map.bulk.nothing': 'Hãy chọn một vòng hoặc một bối cảnh trước.',
  'map.bulk.hint': 'Mẹo: giữ Shift khi bấm ô chọn để chọn cả một dãy.',
  'map.selection.many':
    'Đã chọn {count} người. Chuyển họ cùng lúc ở danh sách bên dưới, hoặc bỏ chọn.',

  'map.sort.open': 'Sắp xếp người nhập từ danh bạ ({count} người đang chờ)',
  'map.sort.title': 'Sắp xếp từng người',
  'map.sort.lead':
    'Mỗi thẻ cần một vòng và một bối cảnh. Bấm phím theo thứ tự nào cũng được; phím thứ hai sẽ cất thẻ và mở người tiếp theo. Mọi thay đổi được lưu ngay.',
  'map.sort.unsortedDefinition':
    '“Chưa sắp xếp” là người còn nằm trong bối cảnh “{imported}”. Chọn cho họ một bối cảnh khác là xong.',
  'map.sort.progress': 'Đã xếp {sorted} trên {total} người',
  'map.sort.ring': 'Vòng',
  'map.sort.context': 'Bối cảnh',
  'map.sort.skip': 'Để sau',
  'map.sort.undo': 'Hoàn tác',
  'map.sort.close': 'Đóng chế độ sắp xếp',
  'map.sort.keys':
    'Phím: 1–4 chọn vòng, chữ cái chọn bối cảnh, → để sau, Backspace hoàn tác, Esc đóng.',
  'map.sort.guessed': 'Bối cảnh đoán từ tệp: {context}. Chỉ cần chọn vòng.',
  'map.sort.since': 'Kết nối từ {since}',
  'map.sort.chosen': 'Đã chọn: {choice}',
  'map.sort.needRing': 'Đã chọn {context}. Giờ chọn vòng: 1 đến 4.',
  'map.sort.needContext': 'Đã chọn {ring}. Giờ chọn bối cảnh bằng chữ cái.',
  'map.sort.filed': '{name}: {ring}, {context}. Đã xếp {sorted} trên {total}.',
  'map.sort.next': 'Tiếp theo: {name}.',
  'map.sort.skipped': 'Để {name} lại sau.',
  'map.sort.undone': 'Quay lại {name}.',
  'map.sort.cleared': 'Đã bỏ lựa chọn cho {name}.',
  'map.sort.done': 'Xong! Cả {total} người đã có vòng và bối cảnh.',
  'map.sort.empty': 'Không còn ai chờ sắp xếp.',
};
