import { answers } from './answers';
import { contactImport } from './contact-import';
import { dataTools } from './data-tools';
import { intro } from './intro';
import { introLog } from './intro-log';
import { lessons } from './lessons';
import { map } from './map';
import { network } from './network';
import { offline } from './offline';
import { practice } from './practice';
import { mapSorting } from './map-sorting';
import { reading } from './reading';
import { search } from './search';
import { sheet } from './sheet';
import { site } from './site';
import { sample } from './sample';
import { spread } from './spread';
import { storage } from './storage';

/**
 * Every Vietnamese UI string. Each area of the site keeps its strings in its own file; the English
 * files are typed against these, and tests/unit/i18n checks that both have the same keys.
 */
export const vi = {
  ...contactImport,
  ...dataTools,
  ...intro,
  ...introLog,
  ...lessons,
  ...map,
  ...network,
  ...offline,
  ...practice,
  ...mapSorting,
  ...reading,
  ...search,
  ...answers,
  ...sheet,
  ...site,
  ...sample,
  ...spread,
  ...storage,
};
