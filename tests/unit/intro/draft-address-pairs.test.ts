import { describe, expect, it } from 'vitest';
import { VI_ADDRESSES, type ViAddress } from '../../../src/lib/intro/vi-address';
import { introductionDrafts, type Draft } from '../../../src/lib/intro/drafts';
import { goodInput } from './weigher-fixtures';

/*
 * Every Vietnamese draft for every address pair, written out to a file for a fluent reader to read
 * (and re-read whenever a template changes: the snapshot shows the change).
 */

const purpose = 'cả hai đều đang làm ứng dụng cho người cao tuổi';
const asksFirst = goodInput((d) => {
  d.b['preference'] = 'ask';
  d['purpose'] = purpose;
});
const bothYes = goodInput((d) => {
  d.a['consent'] = 'yes';
  d.b['consent'] = 'yes';
  d['purpose'] = purpose;
});
const saidNo = goodInput((d) => {
  d.a['consent'] = 'no';
  d.b['consent'] = 'yes';
});

const people = (a: ViAddress, b: ViAddress) => ({
  a: { name: 'Minh', description: 'kỹ sư phần mềm ở FPT', viAddress: a },
  b: { name: 'Lan', description: 'nhà thiết kế sản phẩm ở Hà Nội', viAddress: b },
  reader: 'Hùng',
});

function ready(drafts: ReturnType<typeof introductionDrafts>) {
  if (drafts.status !== 'ready') throw new Error('expected drafts');
  return drafts;
}

const show = (title: string, draft: Draft, chat = false) =>
  chat
    ? `### ${title} (tin nhắn ngắn)\n\n${draft.chat}\n`
    : `### ${title} (email)\n\nTiêu đề: ${draft.subject}\n\n${draft.body}\n`;

function forAddress(address: ViAddress): string {
  const ask = ready(introductionDrafts(asksFirst, 'vi', people(address, 'bạn-mình'))).askA;
  const joint = ready(introductionDrafts(bothYes, 'vi', people(address, address))).introduction;
  const declined = introductionDrafts(saidNo, 'vi', people(address, address));
  if (declined.status !== 'declined') throw new Error('expected closing drafts');
  return [
    `## ${address.replace('-', ' ↔ ')}`,
    show('Hỏi ý Minh', ask),
    show('Hỏi ý Minh', ask, true),
    show('Giới thiệu, cả hai cùng cách xưng hô', joint),
    show('Giới thiệu, cả hai cùng cách xưng hô', joint, true),
    show('Cảm ơn Minh sau khi từ chối', declined.closing[0]!),
    show('Báo Lan', declined.closing[1]!, true),
  ].join('\n');
}

const MIXED: [ViAddress, ViAddress][] = [
  ['cô-cháu', 'em-anh'],
  ['anh-em', 'bạn-tôi'],
  ['chị-tôi', 'bạn-mình'],
];

describe('Vietnamese drafts for every address pair', () => {
  it('writes each pair out for reading, with no slash and one voice per message', async () => {
    const sections = VI_ADDRESSES.map(forAddress);
    const mixed = MIXED.map(([a, b]) => {
      const joint = ready(introductionDrafts(bothYes, 'vi', people(a, b))).introduction;
      return show(`Giới thiệu: Minh (${a}), Lan (${b})`, joint);
    });
    const text = [
      '# Tin nhắn mẫu theo cách xưng hô',
      ...sections,
      '## Hai cách xưng hô khác nhau',
      ...mixed,
    ].join('\n\n');
    expect(text).not.toMatch(/anh\/chị/);
    await expect(text).toMatchFileSnapshot('__snapshots__/vi-drafts-by-address.md');
  });
});
