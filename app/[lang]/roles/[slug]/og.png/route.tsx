import { ImageResponse } from 'next/og';
import { getRole, getRoles, LOCALES } from '@/lib/content';
import { DEFAULT_LOCALE, isLocale } from '@/lib/locales';
import { getDictionary } from '@/lib/i18n';
import { OG_FONT_FAMILY, ogFonts } from '@/lib/og-fonts';
import { shortCitation } from '@/components/role/SourceCitation';

const size = { width: 1200, height: 630 };
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return LOCALES.flatMap((lang) => getRoles(lang).map((r) => ({ lang, slug: r.slug })));
}

// The link preview for a role: its title in the page's language, the site name, the area.
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; slug: string }> }) {
  const { lang, slug } = await params;
  const locale = isLocale(lang) ? lang : DEFAULT_LOCALE;
  const role = getRole(locale, slug)!;
  const t = getDictionary(locale);
  // The card names where the page's facts come from, as the page itself does.
  const publishers = [...new Set(role.sources.map((s) => shortCitation(s.source, locale)))];
  const sourcesLine = `${t.role.sourcesShort}: ${publishers.slice(0, 3).join('; ')}${publishers.length > 3 ? '…' : ''}`;
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#0b57a4', color: '#fff', fontFamily: OG_FONT_FAMILY }}>
        <div style={{ fontSize: 34, opacity: 0.9 }}>{t.siteName}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 80, fontWeight: 700, lineHeight: 1.1 }}>{role.title}</div>
          <div style={{ fontSize: 34, marginTop: 24, opacity: 0.9 }}>{role.area.name}</div>
        </div>
        <div style={{ fontSize: 24, opacity: 0.85 }}>{sourcesLine}</div>
      </div>
    ),
    { ...size, fonts: ogFonts() },
  );
}
