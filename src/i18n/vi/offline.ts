/** Working offline and installing the workbook (Vietnamese). */
export const offline = {
  'offline.updateReady': 'Đã có phiên bản mới của sổ tay. Tải lại trang để dùng bản mới.',
  'offline.reload': 'Tải lại',
  'offline.appName': 'Chia sẻ mạng lưới kết nối',
  'offline.appShortName': 'Mạng lưới',
};
