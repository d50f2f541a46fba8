import { lessons } from './lessons';
import { map } from './map';
import { site } from './site';
import { storage } from './storage';

/** Every English UI string; see ../vi/index.ts. */
export const en = { ...site, ...lessons, ...storage, ...map };
