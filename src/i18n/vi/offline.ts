/** Working offline and installing the workbook (Vietnamese). */
export const offline = {
  'offline.updateReady': 'Đã có phiên bản mới của sổ tay. Tải lại trang để dùng bản mới.',
  'offline.reload': 'Tải lại',
  'offline.ready':
    'Sổ tay đã được lưu để dùng khi không có mạng: trên thiết bị này, mọi trang vẫn mở được khi mất kết nối.',
  'offline.readyClose': 'Đã hiểu',
  'offline.appName': 'Chia sẻ mạng lưới kết nối',
  'offline.appShortName': 'Mạng lưới',
};
