import type { APIRoute } from 'astro';
import { localeStaticPaths, pageLocale } from '../../components/locale-paths';
import { localizedPath, sitePath } from '../../components/localized-path';
import { THEME_COLOURS } from '../../components/app-icon';
import { useTranslations } from '../../i18n/ui';

export const getStaticPaths = localeStaticPaths;

/**
 * The web app manifest of one language, so that the workbook installs to a home screen and opens
 * in the reader's language. Each page links the manifest of its own language.
 */
export const GET: APIRoute = ({ params }) => {
  const locale = pageLocale(params);
  const t = useTranslations(locale);
  const manifest = {
    id: localizedPath(locale),
    name: t('offline.appName'),
    short_name: t('offline.appShortName'),
    description: t('site.tagline'),
    lang: locale,
    dir: 'ltr',
    start_url: localizedPath(locale),
    scope: sitePath(''),
    display: 'standalone',
    background_color: THEME_COLOURS.light,
    theme_color: THEME_COLOURS.light,
    icons: [
      { src: sitePath('icons/icon-192.png'), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: sitePath('icons/icon-512.png'), sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: sitePath('icons/icon-maskable-512.png'),
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};
