/** Lesson pages, the lesson list and progress (Vietnamese). */
export const lessons = {
  'nav.lessons': 'Bài học',
  'nav.glossary': 'Thuật ngữ',
  'lessons.title': 'Các bài học',
  'lessons.lead':
    'Sáu bài ngắn, đi từ ý tưởng đến thực hành. Mỗi bài mất chừng năm phút đọc và kết thúc bằng một câu hỏi để bạn tự suy ngẫm.',
  'lessons.readingTime': '{minutes} phút đọc',
  'lessons.questions': '{count, plural, other {Câu hỏi thực hành mà bài này chuẩn bị cho bạn}}',
  'lessons.objectives': 'Sau bài này, bạn có thể',
  'lessons.toc': 'Trong bài này',
  'lessons.previous': 'Bài trước',
  'lessons.next': 'Bài tiếp theo',
  'lessons.lessonNumber': 'Bài {number}',
  'lessons.status.done': 'Đã xong',
  'lessons.status.visited': 'Đã mở',
  'lessons.status.new': 'Chưa đọc',
  'lessons.markDone': 'Đánh dấu đã xong',
  'lessons.markedDone': 'Đã xong — bỏ đánh dấu',
  'lessons.doneAnnouncement': 'Đã đánh dấu bài này là đã xong.',
  'lessons.notDoneAnnouncement': 'Đã bỏ đánh dấu hoàn thành.',
} as const;
