import { answers } from './answers';
import { contactImport } from './contact-import';
import { intro } from './intro';
import { introLog } from './intro-log';
import { lessons } from './lessons';
import { map } from './map';
import { search } from './search';
import { sheet } from './sheet';
import { site } from './site';
import { storage } from './storage';

/** Every English UI string; see ../vi/index.ts. */
export const en = {
  ...site,
  ...lessons,
  ...storage,
  ...search,
  ...answers,
  ...sheet,
  ...intro,
  ...introLog,
  ...contactImport,
  ...map,
};
