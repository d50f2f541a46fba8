import type { Locale } from '../lib/i18n/locale';

/**
 * The UI terms the lessons and the widgets share, one spelling each. A term's `variants` are the
 * other spellings readers met before; tests/unit/i18n/ui-terms.test.ts fails when one of them turns
 * up in a UI string, a widget or a lesson. Vietnamese follows the old-style tone-mark placement
 * (hoà, xoá, huỷ, khoẻ), as the README says.
 */
export interface UiTerm {
  /** The one spelling to use. */
  term: string;
  /** Spellings not to use (matched without regard to case). */
  variants: readonly string[];
}

export const UI_TERMS: Readonly<Record<Locale, readonly UiTerm[]>> = {
  vi: [
    { term: 'phiếu bài tập', variants: ['bảng bài tập'] },
    { term: 'kế hoạch dùng mạng xã hội', variants: ['kế hoạch trọng tâm'] },
    { term: 'nhật ký giới thiệu', variants: ['sổ giới thiệu', 'nhật kí giới thiệu'] },
    { term: 'giới thiệu hai chiều đồng ý', variants: ['giới thiệu hai chiều chấp thuận'] },
    { term: 'vòng thân thiết', variants: ['vòng thân mật'] },
    { term: 'nhìn lại', variants: ['rà soát lại'] },
    { term: 'chữ', variants: ['{count} từ'] },
    { term: 'xoá', variants: ['xóa'] },
    { term: 'hoà', variants: ['hòa'] },
    { term: 'huỷ', variants: ['hủy'] },
    { term: 'khoẻ', variants: ['khỏe'] },
    { term: 'khoá', variants: ['khóa'] },
    { term: 'thoả', variants: ['thỏa'] },
    { term: 'hoạ', variants: ['họa'] },
    { term: 'tuỳ', variants: ['tùy'] },
    { term: 'quý', variants: ['quí'] },
    { term: 'có đi có lại', variants: ['có qua có lại'] },
    { term: 'cần hỏi trước', variants: ['hỏi tôi trước'] },
  ],
  en: [
    { term: 'worksheet', variants: ['work sheet', 'work-sheet'] },
    { term: 'introduction log', variants: ['intro log', 'introductions log'] },
    // Hyphenated `double-opt-in` and `checkIn` are code names (verdicts, fields), never shown.
    { term: 'double opt-in', variants: ['double optin', 'double opt in'] },
    { term: 'check-in', variants: ['weekly checkin', 'weekly check in'] },
    { term: 'focus plan', variants: ['focus-plan sheet'] },
    { term: 'ask first', variants: ['ask me first'] },
  ],
};
