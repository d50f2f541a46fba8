import { answers } from './answers';
import { lessons } from './lessons';
import { sheet } from './sheet';
import { site } from './site';
import { storage } from './storage';

/** Every English UI string; see ../vi/index.ts. */
export const en = { ...site, ...lessons, ...storage, ...answers, ...sheet };
