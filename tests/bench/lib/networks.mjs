/**
 * Networks to seed into the browser, written in the stored shape of the `network` collection
 * (`{"v":1,"data":…}` with default fields left out, as src/lib/network/compact.ts writes them).
 * Plain JavaScript so that the benchmark runner and screenshot scripts can use it under Node.
 */

const CONTEXTS = ['workplace', 'association', 'school', 'community', 'family', 'online', 'other'];
const RINGS = ['inner', 'close', 'wider', 'acquaintance'];
const PREFERENCES = ['open', 'ask', 'no'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Hải', 'Ngọc', 'Đức', 'Thanh', 'Gia'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Hà',
  'Hùng',
  'Lan',
  'Linh',
  'Mai',
  'Nam',
  'Phúc',
  'Quân',
  'Trang',
  'Tú',
  'Vy',
];
const TOPICS = [
  'kinh tế',
  'giáo dục',
  'y tế',
  'công nghệ',
  'nông nghiệp',
  'tài chính',
  'pháp luật',
  'môi trường',
  'marketing',
  'tuyển dụng',
  'xuất khẩu',
  'khởi nghiệp',
  'thiết kế',
  'dữ liệu',
  'báo chí',
];

/** A deterministic pseudo-random generator (mulberry32), so every run seeds the same map. */
export function random(seed) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wraps a network as the `syn:network` collection stores it. */
export function storedNetwork(network) {
  return JSON.stringify({ v: 1, data: network });
}

/**
 * A reproducible network of `size` people and `tieCount` ties. With `full` each person gets
 * topics, needs and a preference (for the map and its metrics); without, only what an import
 * of contacts would carry (for the 30,000-person load test).
 */
export function generatedNetwork(size, tieCount, { seed = 7, full = true } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const people = [];
  for (let i = 0; i < size; i += 1) {
    const person = {
      id: `p${i + 1}`,
      name: `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`,
      contexts: [pick(CONTEXTS)],
      ring: RINGS[Math.min(3, Math.floor(next() ** 0.6 * 4))],
      since: `${2005 + Math.floor(next() * 20)}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}`,
    };
    if (full) {
      person.knowsAbout = [pick(TOPICS), pick(TOPICS)];
      person.needs = next() < 0.3 ? [pick(TOPICS)] : [];
      person.preference = pick(PREFERENCES);
      person.trust = 1 + Math.floor(next() * 5);
    }
    people.push(person);
  }
  const seen = new Set();
  const ties = [];
  while (ties.length < tieCount && size > 1) {
    const x = 1 + Math.floor(next() * size);
    const y = 1 + Math.floor(next() * size);
    if (x === y) continue;
    const [a, b] = [`p${x}`, `p${y}`].sort();
    const key = `${a} ${b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push(next() < 0.3 ? { a, b, strength: 'strong' } : { a, b });
  }
  return { people, ties, customContexts: [], issues: ['kinh tế', 'giáo dục'] };
}

/** A small, believable map of 15 people: the one in the screenshots and the docs. */
export function sampleNetwork() {
  const person = (id, name, fields) => ({ id, name, ...fields });
  return {
    people: [
      person('p1', 'Chị Lan', {
        contexts: ['workplace'],
        ring: 'inner',
        trust: 5,
        knowsAbout: ['kinh tế', 'tài chính'],
        since: '2016-03',
        preference: 'open',
      }),
      person('p2', 'Anh Minh', {
        contexts: ['workplace'],
        ring: 'close',
        trust: 4,
        knowsAbout: ['dữ liệu'],
        needs: ['tuyển dụng'],
        since: '2018',
        preference: 'open',
      }),
      person('p3', 'Thu Hà', {
        contexts: ['workplace'],
        ring: 'wider',
        knowsAbout: ['marketing'],
        since: '2021-09',
      }),
      person('p4', 'Bác Tùng', {
        contexts: ['family'],
        ring: 'inner',
        trust: 5,
        knowsAbout: ['nông nghiệp'],
        since: '2005',
      }),
      person('p5', 'Mẹ', { contexts: ['family'], ring: 'inner', trust: 5, since: '2005' }),
      person('p6', 'Quân', {
        contexts: ['school'],
        ring: 'close',
        knowsAbout: ['khởi nghiệp', 'công nghệ'],
        since: '2010',
        preference: 'open',
      }),
      person('p7', 'Vy', {
        contexts: ['school'],
        ring: 'wider',
        knowsAbout: ['giáo dục'],
        learnFrom: ['giáo dục'],
        since: '2011',
      }),
      person('p8', 'Cô Mai', {
        contexts: ['association'],
        ring: 'close',
        trust: 4,
        knowsAbout: ['pháp luật', 'tuyển dụng'],
        since: '2019-05',
        preference: 'open',
      }),
      person('p9', 'Ông Phúc', {
        contexts: ['association'],
        ring: 'acquaintance',
        knowsAbout: ['xuất khẩu'],
        since: '2022-11',
        preference: 'no',
      }),
      person('p10', 'Linh', {
        contexts: ['community'],
        ring: 'wider',
        knowsAbout: ['môi trường'],
        learnFrom: ['giáo dục'],
        since: '2020',
      }),
      person('p11', 'Hùng', {
        contexts: ['community'],
        ring: 'acquaintance',
        knowsAbout: ['y tế'],
        since: '2023-02',
      }),
      person('p12', 'Trang', {
        contexts: ['online'],
        ring: 'acquaintance',
        knowsAbout: ['thiết kế'],
        since: '2024-06',
        preference: 'open',
      }),
      person('p13', 'Dũng', {
        contexts: ['online'],
        ring: 'wider',
        knowsAbout: ['kinh tế'],
        since: '2023-08',
      }),
      person('p14', 'Anh Nam', {
        contexts: ['workplace', 'association'],
        ring: 'close',
        knowsAbout: ['tài chính'],
        since: '2017',
      }),
      person('p15', 'Chú Bình', { ring: 'acquaintance', since: '2024' }),
    ],
    ties: [
      { a: 'p1', b: 'p2', strength: 'strong' },
      { a: 'p1', b: 'p3' },
      { a: 'p2', b: 'p3' },
      { a: 'p1', b: 'p14', strength: 'strong' },
      { a: 'p14', b: 'p8' },
      { a: 'p8', b: 'p9' },
      { a: 'p4', b: 'p5', strength: 'strong' },
      { a: 'p6', b: 'p7' },
      { a: 'p10', b: 'p11' },
      { a: 'p12', b: 'p13' },
    ],
    customContexts: [],
    issues: ['kinh tế', 'giáo dục', 'biến đổi khí hậu'],
  };
}
