/** The switch between the reader's own network and the sample network, in every widget (Vietnamese). */
export const sample = {
  'sample.explore': 'Khám phá mạng lưới mẫu',
  'sample.back': 'Quay lại mạng lưới của tôi',
  'sample.offer':
    'Chưa muốn nhập tên người thật? Hãy xem bài tập này làm gì với 30 người bịa ra; mạng lưới của bạn vẫn giữ nguyên.',
  'sample.title': 'Bạn đang xem mạng lưới mẫu, không phải của bạn',
  'sample.body':
    'Mạng lưới của {reader}: 30 người bịa ra. Cứ thử thoải mái: mọi thay đổi ở đây đều không được lưu, và dữ liệu của bạn không bị động đến.',
  'sample.announce.on': 'Đang hiển thị mạng lưới mẫu. Thay đổi trên mạng lưới mẫu không được lưu.',
  'sample.announce.off': 'Mạng lưới của bạn đã hiển thị trở lại.',
  'sample.sheet.network': 'Mạng lưới mẫu (không phải của bạn)',
  'sample.sheet.note':
    'Câu trả lời của bạn không hiện trên phiếu bài tập mẫu. Phiếu này chỉ cho thấy bản đồ và nhật ký giới thiệu trông thế nào khi đã điền.',
} as const;
