// Realistic contact exports for the import bench, the end-to-end tests and the unit tests: names
// drawn from small pools, as in Vietnam where a handful of family names cover most people, so that
// namesakes at the same company (with different profile links) are common, as they are in life.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng'];
export const MIDDLE_NAMES = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu'];
export const GIVEN_NAMES = [
  'Anh',
  'Linh',
  'Hùng',
  'Dũng',
  'Hà',
  'Lan',
  'Tuấn',
  'Hương',
  'Trang',
  'Nam',
];
export const COMPANIES = [
  'FPT Software',
  'Viettel',
  'Vietcombank',
  '"Công ty TNHH Sông Hồng, Chi nhánh Hà Nội"',
  'Example Logistics',
];
const POSITIONS = ['Kỹ sư phần mềm', 'Data Scientist', '"Giám đốc, Kinh doanh"', 'Kế toán'];

/** A small seeded random generator (mulberry32), so that every run reads the same file. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** ASCII slug of a Vietnamese name, as LinkedIn makes profile links ("nguyen-van-anh"). */
function slug(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

/**
 * A LinkedIn Connections.csv in the current layout (Notes preamble, newest first): `rows`
 * connections with names from the pools above at five companies (so many namesakes share a
 * company), every one with its own profile link, about 3 % with an e-mail and 1 % hidden members.
 * @returns the text, and how many distinct links and hidden members it holds
 */
export function realisticLinkedInCsv(rows, seed = 12) {
  const random = seededRandom(seed);
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  let hidden = 0;
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2026, 10, 14) - Math.floor((i * 7_900 * 86_400_000) / rows));
    const date = `${String(day.getUTCDate()).padStart(2, '0')} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
    if (i % 100 === 99) {
      hidden++;
      lines.push(`,,,,,,${date}`);
      continue;
    }
    const first = `${pick(random, MIDDLE_NAMES)} ${pick(random, GIVEN_NAMES)}`;
    const family = pick(random, FAMILY_NAMES);
    // The row number keeps links distinct, as LinkedIn's own suffixes do for namesakes.
    const url = `https://www.linkedin.com/in/${slug(`${family} ${first}`)}-${i.toString(36)}${Math.floor(random() * 1e6).toString(36)}`;
    const email = i % 33 === 0 ? `${slug(first)}.${i}@example.com` : '';
    lines.push(
      [first, family, url, email, pick(random, COMPANIES), pick(random, POSITIONS), date].join(','),
    );
  }
  return { text: lines.join('\n'), distinctLinks: rows - hidden, hidden };
}
