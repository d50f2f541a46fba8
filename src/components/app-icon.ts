import faviconSvg from '../../public/favicon.svg?raw';

/**
 * The favicon, written into each page as a data: address: a reading page then needs no request
 * beyond its HTML and one stylesheet (the CSP allows `img-src data:`).
 */
export const FAVICON_DATA_URL = `data:image/svg+xml,${encodeURIComponent(faviconSvg.trim())}`;

/** The browser's bar and the installed app's splash screen, from --bg in src/styles/global.css. */
export const THEME_COLOURS = { light: '#fbfaf7', dark: '#161a1d' } as const;

/** The accent the icons are drawn in (--accent). */
export const ICON_BACKGROUND = '#0b6e69';
