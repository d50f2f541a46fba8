import { describe, expect, it } from 'vitest';
import { successfulIntroductions, upcomingFollowUps } from '../../../src/lib/intro/log-views';
import { record } from './log-fixtures';

describe('upcomingFollowUps', () => {
  const log = [
    record('late', { followUp: '2026-03-10' }),
    record('none'),
    record('later', { followUp: '2026-04-20' }),
    record('done', { followUp: '2026-03-12', outcome: 'good' }),
    record('soon-b', { followUp: '2026-03-20', date: '2026-03-05' }),
    record('soon-a', { followUp: '2026-03-20', date: '2026-03-02' }),
  ];

  it('lists pending follow-ups soonest first, overdue ones included, with days to go', () => {
    const items = upcomingFollowUps(log, '2026-03-15');
    expect(items.map((item) => [item.record.id, item.daysUntil, item.overdue])).toEqual([
      // 10 March is 5 days before 15 March.
      ['late', -5, true],
      // Same day: the older introduction first.
      ['soon-a', 5, false],
      ['soon-b', 5, false],
      // 15 March → 20 April: 16 + 20 days.
      ['later', 36, false],
    ]);
  });

  it('leaves out follow-ups whose outcome is already known and records without one', () => {
    const ids = upcomingFollowUps(log, '2026-03-15').map((item) => item.record.id);
    expect(ids).not.toContain('done');
    expect(ids).not.toContain('none');
  });

  it('counts a follow-up due today as not overdue', () => {
    const [item] = upcomingFollowUps([record('x', { followUp: '2026-03-15' })], '2026-03-15');
    expect(item).toMatchObject({ daysUntil: 0, overdue: false });
  });

  it('throws, naming itself, when today is not a day', () => {
    expect(() => upcomingFollowUps(log, '15/03/2026')).toThrow(/^intro\/upcomingFollowUps/);
  });
});

describe('successfulIntroductions', () => {
  it('lists the introductions the reader made that went well, most recent first', () => {
    const log = [
      record('old', { outcome: 'good', date: '2025-11-02' }),
      record('bad', { outcome: 'bad' }),
      record('pending'),
      record('new', { outcome: 'good', date: '2026-02-10' }),
      record('received', { outcome: 'good', direction: 'received', date: '2026-03-01' }),
    ];
    expect(successfulIntroductions(log).map((item) => item.id)).toEqual(['new', 'old']);
  });
});
