import type { Page, Request } from '@playwright/test';
import { expect, test, waitForIslands } from './fixtures';

/*
 * The map page fetches what the reader's first look and first edit need; the selection bar and
 * the person card come with the first sign that the reader is about to act in the map, the
 * filters and the figures panel once there are people to filter and to count. These tests act
 * the moment the map is drawn, with those parts held back on the network, and check that no
 * click or key is lost and that nothing on the page moves when a part arrives.
 */

const MAP = '/en/map/';
const LATER_PARTS = /\/(SelectionBar|PersonCard|Filters|InsightPanel|WhoCanHelp)\.[\w-]+\.js$/;

const PEOPLE = {
  people: [
    { id: 'p1', name: 'Chị Lan', contexts: ['workplace'], ring: 'inner', knowsAbout: ['kinh tế'] },
    { id: 'p2', name: 'Anh Minh', contexts: ['workplace'], ring: 'close' },
    { id: 'p3', name: 'Nguyễn Văn Anh', contexts: ['family'], ring: 'close' },
    { id: 'p4', name: 'Nguyễn Văn Anh', contexts: ['school'], ring: 'wider' },
    { id: 'p5', name: 'Ông Phúc', contexts: ['association'], ring: 'acquaintance' },
  ],
  ties: [{ a: 'p1', b: 'p3', strength: 'strong' }],
  issues: [],
};

async function storeNetwork(page: Page, data: unknown): Promise<void> {
  await page.goto('/en/');
  await page.evaluate(
    (value) => localStorage.setItem('syn:network', value),
    JSON.stringify({ v: 1, data }),
  );
}

/** The parts' file names as the page asks for them, in order. */
function partsAsked(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request: Request) => {
    const match = LATER_PARTS.exec(new URL(request.url()).pathname);
    if (match?.[1]) asked.push(match[1]);
  });
  return asked;
}

/** Holds the files matching `pattern` on the network until `release()`, like a slow connection. */
async function holdBack(page: Page, pattern: RegExp): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('a first visit fetches no selection bar, person card, filters or figures panel, and says where each will be', async ({
  page,
}) => {
  const asked = partsAsked(page);
  await page.goto(MAP);
  await waitForIslands(page);
  await page.waitForLoadState('networkidle');
  expect(asked).toEqual([]);
  await expect(
    page.getByRole('region', { name: 'What your map shows' }).getByText(/^Add people to your map/),
  ).toBeVisible();
  await expect(page.getByText(/^Once there are people on your map/)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Filter' })).toHaveCount(0);

  // The first person brings the filters and, near the screen, the figures.
  await page.getByLabel('Name or nickname').fill('Chị Lan');
  await page.getByLabel('Name or nickname').press('Enter');
  await expect(page.getByRole('group', { name: 'Filter' })).toBeVisible();
  await page.getByRole('region', { name: 'What your map shows' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Size' })).toBeVisible();
  expect(asked).toEqual(expect.arrayContaining(['Filters', 'InsightPanel']));
});

test('clicks on the map right after it opens select at once, and the bar shows both people when its code arrives', async ({
  page,
}) => {
  await storeNetwork(page, PEOPLE);
  const asked = partsAsked(page);
  const release = await holdBack(page, /\/(SelectionBar|PersonCard)\.[\w-]+\.js$/);
  await page.goto(MAP);
  await waitForIslands(page);
  expect(asked).not.toContain('SelectionBar');
  expect(asked).not.toContain('PersonCard');

  const people = page.getByRole('listbox', { name: 'People on the map' });
  await people.getByRole('option', { name: /^Chị Lan,/ }).click();
  // The pointer coming over the map asked for the bar and the card (the request reaches the
  // route a moment after the click returns on a busy machine, hence the poll).
  await expect.poll(() => asked).toEqual(expect.arrayContaining(['SelectionBar', 'PersonCard']));
  await people.getByRole('option', { name: /^Nguyễn Văn Anh, Close/ }).click();
  await expect(people.getByRole('option', { selected: true })).toHaveCount(2);
  await expect(page.getByText('Chị Lan and Nguyễn Văn Anh.')).toHaveCount(0);

  release();
  await expect(page.getByText('Chị Lan and Nguyễn Văn Anh.')).toBeVisible();
  await expect(page.getByText('They know each other: a strong tie.')).toBeVisible();
  await page.getByRole('button', { name: 'Tie: weak' }).click();
  await expect(page.getByText('They know each other: a weak tie.')).toBeVisible();
});

test('the keyboard selects on the map before the bar’s code is in, and the bar then offers the next step', async ({
  page,
}) => {
  await storeNetwork(page, PEOPLE);
  const release = await holdBack(page, /\/(SelectionBar|PersonCard)\.[\w-]+\.js$/);
  await page.goto(MAP);
  await waitForIslands(page);
  const people = page.getByRole('listbox', { name: 'People on the map' });
  await people.getByRole('option').first().focus();
  await page.keyboard.press('Enter');
  await expect(people.getByRole('option', { selected: true })).toHaveCount(1);
  const chosen = await people.getByRole('option', { selected: true }).getAttribute('aria-label');
  const name = chosen?.split(',')[0] ?? '';
  release();
  await expect(
    page.getByText(`${name} is selected. Select one more person to tie them.`),
  ).toBeVisible();
  // Focus stayed on the map: the reader goes on from where they were.
  await expect(people.getByRole('option', { selected: true })).toBeFocused();
});

for (const width of [390, 1280]) {
  test(`a stored map opens with its filters in place and the map does not move as parts arrive (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 844 });
    await storeNetwork(page, PEOPLE);
    // The filters' file is slow: the map waits for it rather than drawing without and moving down.
    await page.route(/\/Filters\.[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    // Where the map's top edge is on the page, in every frame from the first one it is drawn in.
    await page.addInitScript(() => {
      const tops: number[] = [];
      Object.assign(window, { mapTops: tops });
      const watch = () => {
        const map = document.querySelector('.network-map .workspace');
        if (map) tops.push(Math.round(map.getBoundingClientRect().top + window.scrollY));
        if (tops.length < 120) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(MAP);
    await waitForIslands(page);
    await expect(page.getByRole('group', { name: 'Filter' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(
      () => (window as unknown as { mapTops: number[] }).mapTops.length >= 120,
    );
    const tops = await page.evaluate(() => (window as unknown as { mapTops: number[] }).mapTops);
    expect(new Set(tops).size).toBe(1);
  });
}

/*
 * On a first visit the map is empty: MapFrame draws its rings and sectors, and the code that
 * draws people (MapView and the layout, the `map-drawing` part) comes once the reader is about to
 * add someone. These tests hold that part back and check that the picture does not change when it
 * arrives, and that nothing typed or pressed before then is lost.
 */
const DRAWING = /\/map-drawing\.[\w-]+\.js$/;

/** Whether the page has asked for the map's drawing code yet. */
function drawingAsked(page: Page): () => boolean {
  let asked = false;
  page.on('request', (request: Request) => {
    if (DRAWING.test(new URL(request.url()).pathname)) asked = true;
  });
  return () => asked;
}

/** How many pixels of two same-sized screenshots differ by more than a shade of smoothing. */
async function differingPixels(page: Page, a: Buffer, b: Buffer) {
  return page.evaluate(
    async ([first, second]) => {
      const pixels = async (base64: string) => {
        // Decoded here rather than fetched from a data: URL, which the site's CSP refuses.
        const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context?.drawImage(image, 0, 0);
        return context?.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await pixels(first ?? ''), await pixels(second ?? '')];
      if (!x || !y) return { size: false, count: 0, total: 0 };
      let count = 0;
      for (let i = 0; i < x.data.length; i += 4) {
        const most = Math.max(
          Math.abs((x.data[i] ?? 0) - (y.data[i] ?? 0)),
          Math.abs((x.data[i + 1] ?? 0) - (y.data[i + 1] ?? 0)),
          Math.abs((x.data[i + 2] ?? 0) - (y.data[i + 2] ?? 0)),
        );
        if (most > 48) count += 1;
      }
      return {
        size: x.width === y.width && x.height === y.height,
        count,
        total: x.width * x.height,
      };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

for (const width of [390, 1280]) {
  test(`an empty map looks the same before and after its drawing code arrives (${width} px)`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const asked = drawingAsked(page);
    const release = await holdBack(page, DRAWING);
    await page.goto(MAP);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    expect(asked()).toBe(false);
    const map = page.locator('.map-column');
    // Where the map sits on the page (not on the screen, which the focus below may scroll).
    const place = () =>
      map.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [box.left, box.top + window.scrollY, box.width, box.height];
      });
    const frameBox = await place();
    const before = await map.screenshot();

    // Focus on the add form is a sign the reader is about to add someone: the code is fetched.
    await page.getByLabel('Name or nickname').focus();
    await expect.poll(asked).toBe(true);
    release();
    await expect(page.getByRole('listbox', { name: 'People on the map' })).toBeAttached();
    expect(await place()).toEqual(frameBox);
    // The same picture: MapView paints on three layers, MapFrame on one, so the edges of a few
    // shapes may be smoothed a shade differently: no pixel may differ by more than that.
    const changed = await differingPixels(page, before, await map.screenshot());
    expect(changed.size).toBe(true);
    expect(changed.count).toBe(0);
  });
}

test('a person added before the drawing code arrives is in the list at once and on the map once it does', async ({
  page,
}) => {
  const release = await holdBack(page, DRAWING);
  await page.goto(MAP);
  await waitForIslands(page);
  await page.getByLabel('Name or nickname').fill('Nguyễn Văn Anh');
  await page.getByLabel('Name or nickname').press('Enter');
  await expect(page.getByRole('region', { name: 'Everyone on the map' })).toContainText(
    'Nguyễn Văn Anh',
  );
  await expect(page.getByRole('listbox', { name: 'People on the map' })).toHaveCount(0);

  release();
  const people = page.getByRole('listbox', { name: 'People on the map' });
  await expect(people.getByRole('option', { name: /^Nguyễn Văn Anh,/ })).toHaveCount(1);
  // The second one, added now, is another person with the same name.
  await page.getByLabel('Name or nickname').fill('Nguyễn Văn Anh');
  await page.getByLabel('Name or nickname').press('Enter');
  await expect(people.getByRole('option', { name: /^Nguyễn Văn Anh,/ })).toHaveCount(2);
});

test('a zoom pressed on the empty map before its code is in is done when it arrives, and focus stays on the button', async ({
  page,
}) => {
  const release = await holdBack(page, DRAWING);
  await page.goto(MAP);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Zoom in' }).focus();
  await page.keyboard.press('Enter');
  release();
  const drawn = page.getByRole('listbox', { name: 'People on the map' }).locator('..');
  await expect(drawn).toBeAttached();
  // One step of ×1.5 about the middle, once the glide has come to rest.
  await expect(drawn).toHaveAttribute('transform', /scale\(1\.5\)$/);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drawn).toHaveAttribute('transform', /scale\(2\.25\)$/);
});

test('the practice lesson’s lens fetches its diversity figure only once there is someone to count', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const figure: string[] = [];
  page.on('request', (request) => {
    if (/\/DiversityFigure\.[\w-]+\.js$/.test(new URL(request.url()).pathname))
      figure.push(request.url());
  });
  await page.goto('/en/lessons/practice/');
  await waitForIslands(page);
  const lens = page.locator('.lens-view');
  await lens.scrollIntoViewIfNeeded();
  await expect(lens.getByText(/^The lens reads your network map/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(figure).toEqual([]);
  await expect(lens.getByText('Blau index')).toHaveCount(0);

  // A person added in the map exercise above reaches the lens, with its figure.
  const name = page.getByLabel('Name or nickname');
  await name.scrollIntoViewIfNeeded();
  await name.fill('Chị Lan');
  await name.press('Enter');
  await lens.scrollIntoViewIfNeeded();
  await expect(lens.getByText('Blau index')).toBeVisible();
  await expect(lens.getByText(/^The lens reads your network map/)).toHaveCount(0);
  expect(figure).toHaveLength(1);
});
