import { intro } from './intro';
import { introLog } from './intro-log';
import { lessons } from './lessons';
import { site } from './site';
import { storage } from './storage';

/** Every English UI string; see ../vi/index.ts. */
export const en = { ...site, ...lessons, ...storage, ...intro, ...introLog };
