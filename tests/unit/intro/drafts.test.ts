import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillTemplate, introductionDrafts, type DraftPeople } from '../../../src/lib/intro/drafts';
import { goodInput } from './weigher-fixtures';

const people: DraftPeople = {
  a: { name: 'Minh', description: 'kỹ sư phần mềm', viAddress: 'anh-tôi' },
  b: { name: 'Lan', description: 'nhà thiết kế sản phẩm ở Hà Nội', viAddress: 'chị-tôi' },
  reader: 'Hùng',
};

/** A is open, B wants to be asked first and has not been. */
const bAsksFirst = goodInput((d) => {
  d.b['preference'] = 'ask';
  d['purpose'] = 'cả hai đều quan tâm đến thiết kế cho người cao tuổi';
});

function ready(drafts: ReturnType<typeof introductionDrafts>) {
  if (drafts.status !== 'ready') throw new Error('expected drafts');
  return drafts;
}

describe('introductionDrafts', () => {
  it('writes the Vietnamese request to A without naming B, who asked to be asked first', () => {
    const { askA } = ready(introductionDrafts(bAsksFirst, 'vi', people));
    expect(askA.subject).toBe('Hỏi ý anh về một lời giới thiệu');
    // The expected text is the vi template filled by hand; the purpose gains a closing full stop.
    expect(askA.body).toBe(
      [
        'Chào anh Minh,',
        'Tôi muốn hỏi ý anh trước: anh có muốn tôi giới thiệu anh với một người quen của tôi (nhà thiết kế sản phẩm ở Hà Nội) không? Tôi luôn hỏi ý cả hai bên trước khi giới thiệu, nên tạm thời tôi chưa nêu tên người ấy.',
        'Vì sao tôi nghĩ đến việc này: cả hai đều quan tâm đến thiết kế cho người cao tuổi.',
        'Nếu anh không muốn hoặc lúc này chưa tiện, anh cứ nói thẳng, không cần giải thích gì. Tôi sẽ không chuyển thông tin của anh cho ai.',
        'Cảm ơn anh.\nHùng',
      ].join('\n\n'),
    );
    expect(askA.namesOther).toBe(false);
    expect(askA.body).not.toContain('Lan');
    expect(askA.subject).not.toContain('Lan');
  });

  it('names A in the request to B, since A is open to introductions', () => {
    const { askB } = ready(introductionDrafts(bAsksFirst, 'en', people));
    expect(askB.subject).toBe('Would you like an introduction?');
    expect(askB.body).toBe(
      [
        'Hi Lan,',
        'Before I do anything, I wanted to check with you: would you like me to introduce you to Minh (kỹ sư phần mềm)?',
        'Why I thought of you both: cả hai đều quan tâm đến thiết kế cho người cao tuổi.',
        "If you'd rather not, or the timing isn't right, just say so: no explanation needed, and I won't pass on your details.",
        'Thanks,\nHùng',
      ].join('\n\n'),
    );
    expect(askB.namesOther).toBe(true);
  });

  it('writes the introduction itself, to both, with each person described', () => {
    const { introduction } = ready(introductionDrafts(bAsksFirst, 'vi', people));
    expect(introduction.to).toBe('both');
    expect(introduction.subject).toBe('Giới thiệu anh Minh và chị Lan');
    expect(introduction.body).toBe(
      [
        'Chào anh Minh và chị Lan,',
        'Như tôi đã trao đổi với từng người, hôm nay tôi xin giới thiệu hai người với nhau.',
        'Anh Minh: kỹ sư phần mềm\nChị Lan: nhà thiết kế sản phẩm ở Hà Nội',
        'Tôi nghĩ hai người nên trò chuyện vì: cả hai đều quan tâm đến thiết kế cho người cao tuổi.',
        'Xin để hai người tự trao đổi tiếp với nhau. Nếu có kết quả gì, tôi rất vui được nghe.\nHùng',
      ].join('\n\n'),
    );
  });

  it('writes the English introduction without Vietnamese forms of address', () => {
    const { introduction } = ready(introductionDrafts(bAsksFirst, 'en', people));
    expect(introduction.subject).toBe('Introduction: Minh and Lan');
    expect(introduction.body.split('\n\n').slice(0, 3)).toEqual([
      'Hi Minh and Lan,',
      "As I mentioned to you both, I'd like to introduce you to each other.",
      'Minh: kỹ sư phần mềm\nLan: nhà thiết kế sản phẩm ở Hà Nội',
    ]);
  });

  it('leaves out the name in both directions when both asked to be asked first', () => {
    const input = goodInput((d) => ((d.a['preference'] = 'ask'), (d.b['preference'] = 'ask')));
    const { askA, askB } = ready(introductionDrafts(input, 'en', people));
    expect(askA.body).not.toContain('Lan');
    expect(askB.body).not.toContain('Minh');
    expect(askB.body).toContain('someone I know (kỹ sư phần mềm)');
  });

  it('names the other side once they have said yes, even if they prefer to be asked', () => {
    const input = goodInput((d) => ((d.b['preference'] = 'ask'), (d.b['consent'] = 'yes')));
    expect(ready(introductionDrafts(input, 'en', people)).askA.body).toContain('Lan');
  });

  it('describes an unnamed person generically when there is no description', () => {
    const { askA } = ready(
      introductionDrafts(bAsksFirst, 'en', { a: { name: 'Minh' }, b: { name: 'Lan' } }),
    );
    expect(askA.body).toContain('introduce you to someone I know?');
    // No reader name: the thanks line ends the message.
    expect(askA.body.endsWith('Thanks,')).toBe(true);
  });

  it('never reveals a hidden name, whatever the names are', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{3,12}$/).map((text) => `Zx${text}`);
    fc.assert(
      fc.property(name, name, fc.constantFrom('vi' as const, 'en' as const), (a, b, locale) => {
        fc.pre(!a.includes(b) && !b.includes(a));
        const input = goodInput((d) => ((d.a['preference'] = 'ask'), (d.b['preference'] = 'ask')));
        const drafts = ready(introductionDrafts(input, locale, { a: { name: a }, b: { name: b } }));
        expect(`${drafts.askA.subject}\n${drafts.askA.body}`).not.toContain(b);
        expect(`${drafts.askB.subject}\n${drafts.askB.body}`).not.toContain(a);
      }),
    );
  });

  it('warns when the purpose or the description names the person left unnamed', () => {
    const input = goodInput((d) => {
      d.b['preference'] = 'ask';
      d['purpose'] = 'lan needs a developer';
    });
    const { askA } = ready(
      introductionDrafts(input, 'en', {
        a: { name: 'Minh' },
        b: { name: 'Lan', description: 'Lan from the running club' },
      }),
    );
    expect(askA.warnings).toEqual(['purpose-names-other', 'description-names-other']);
  });

  it.each([
    [
      'A prefers not to be introduced',
      (d: Record<string, Record<string, unknown>>) => (d['a']!['preference'] = 'no'),
      ['a'],
    ],
  ])('writes nothing when %s', (_case, change, sides) => {
    const input = goodInput((d) => change(d as unknown as Record<string, Record<string, unknown>>));
    expect(introductionDrafts(input, 'vi', people)).toEqual({ status: 'blocked', sides });
  });

  it('keeps names as plain text: markup stays as typed, placeholders are not expanded', () => {
    const input = goodInput((d) => (d['purpose'] = 'secret plan'));
    const { askB, introduction } = ready(
      introductionDrafts(input, 'en', {
        a: { name: '<img src=x onerror=alert(1)>' },
        b: { name: '{purpose}' },
      }),
    );
    expect(askB.body.startsWith('Hi {purpose},')).toBe(true);
    expect(askB.body).toContain('introduce you to <img src=x onerror=alert(1)>?');
    expect(introduction.subject).toBe('Introduction: <img src=x onerror=alert(1)> and {purpose}');
  });

  it('strips line breaks and bidi overrides from names so a name cannot add lines or disguise itself', () => {
    const { askA } = ready(
      introductionDrafts(goodInput(), 'en', {
        a: { name: 'Minh\n\nP.S. send me your password' },
        b: { name: 'Lan\u202Egnp.exe' },
      }),
    );
    expect(askA.body.split('\n\n')[0]).toBe('Hi Minh P.S. send me your password,');
    expect(askA.body).toContain('introduce you to Lan gnp.exe?');
  });

  it('falls back to the neutral "bạn" and "mình" for a form of address that is not on the list', () => {
    const { askA } = ready(
      introductionDrafts(goodInput(), 'vi', {
        a: { name: 'Minh', viAddress: 'ngài' as never },
        b: { name: 'Lan' },
      }),
    );
    expect(askA.body.startsWith('Chào Minh,\n\nMình muốn hỏi bạn trước')).toBe(true);
    expect(askA.body).not.toContain('/');
  });

  it('greets without a gap when a name is empty', () => {
    const { askA } = ready(
      introductionDrafts(goodInput(), 'vi', { a: { name: '  ' }, b: { name: 'Lan' } }),
    );
    expect(askA.body.startsWith('Chào,')).toBe(true);
  });
});

describe('fillTemplate', () => {
  it('fills every known placeholder and leaves unknown ones', () => {
    expect(fillTemplate('{a} and {b} ({c})', { a: 'Minh', b: 'Lan' })).toBe('Minh and Lan ({c})');
  });

  it('does not expand placeholders inside inserted values', () => {
    expect(fillTemplate('Hi {name}: {purpose}', { name: '{purpose}', purpose: 'x' })).toBe(
      'Hi {purpose}: x',
    );
  });

  it('does not read inherited keys', () => {
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });
});
