import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../src/lib/map-layout/box-grid';
import { placeLabels, type LabelRequest } from '../../../src/lib/map-layout/place-labels';
import { dotBox, screenCandidates } from '../../../src/lib/map-layout/screen-labels';

const SIZE = 13;
const RADIUS = 4;

function request(id: string, x: number, y: number, width = 60): LabelRequest {
  const dot = { x, y, radius: RADIUS };
  return { id, dot: dotBox(dot, RADIUS), candidates: screenCandidates(dot, width, SIZE) };
}

describe('placeLabels', () => {
  it('writes a lone name under its dot', () => {
    const [label] = placeLabels([request('lan', 100, 100)]);
    expect(label?.side).toBe('below');
    expect(label?.box.top).toBeGreaterThan(100 + RADIUS);
  });

  it('moves a second name above its dot when below would cover the first name', () => {
    const placed = placeLabels([request('lan', 100, 100), request('minh', 150, 104)]);
    expect(placed.map((label) => label.side)).toEqual(['below', 'above']);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('leaves out the names that fit nowhere, keeping those asked for first', () => {
    const crowd = ['chosen', 'b', 'c', 'd', 'e', 'f'].map((id, i) => request(id, 100 + i, 100, 80));
    const placed = placeLabels(crowd).map((label) => label.id);
    expect(placed[0]).toBe('chosen');
    expect(placed.length).toBeLessThan(crowd.length);
  });

  it('never lets a name leave the bounds, trying the other sides first', () => {
    const bounds: Box = { left: 0, right: 200, top: 0, bottom: 112 };
    const [label] = placeLabels([request('edge', 100, 100)], { bounds });
    expect(label?.side).toBe('above');
    expect(placeLabels([request('corner', 5, 100, 300)], { bounds })).toEqual([]);
  });

  it('places nothing, at once, on an empty map with text on it', () => {
    const ringName: Box = { left: 0, right: 400, top: 0, bottom: 30 };
    expect(placeLabels([], { obstacles: [ringName] })).toEqual([]);
  });

  it('keeps names off other text on the map', () => {
    const ringName: Box = { left: 50, right: 150, top: 105, bottom: 125 };
    const [label] = placeLabels([request('lan', 100, 100)], { obstacles: [ringName] });
    expect(label?.side).toBe('above');
  });

  it('keeps every name when asked to, on its first side when none is clear (print)', () => {
    const crowd = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => request(id, 100 + i, 100, 80));
    const placed = placeLabels(crowd, { keepAll: true });
    expect(placed.map((label) => label.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(placed.at(-1)?.side).toBe('below');
  });

  it('never overlaps two names, covers no other dot and stays inside the bounds, for any crowd', () => {
    const bounds: Box = { left: 0, right: 400, top: 0, bottom: 300 };
    const person = fc.record({
      x: fc.double({ min: 0, max: 400, noNaN: true }),
      y: fc.double({ min: 0, max: 300, noNaN: true }),
      width: fc.double({ min: 10, max: 160, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 120 }), (people) => {
        const requests = people.map((p, i) => request(`p${i}`, p.x, p.y, p.width));
        const placed = placeLabels(requests, { bounds });
        for (const [i, label] of placed.entries()) {
          expect(label.box.left).toBeGreaterThanOrEqual(bounds.left);
          expect(label.box.right).toBeLessThanOrEqual(bounds.right);
          expect(label.box.top).toBeGreaterThanOrEqual(bounds.top);
          expect(label.box.bottom).toBeLessThanOrEqual(bounds.bottom);
          for (const other of placed.slice(i + 1))
            expect(overlaps(label.box, other.box)).toBe(false);
          for (const r of requests)
            if (r.id !== label.id) expect(overlaps(label.box, r.dot)).toBe(false);
        }
      }),
    );
  });
});
