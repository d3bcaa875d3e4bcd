// Fonts for generated Open Graph images. Satori (next/og) needs TTF/OTF/WOFF, and its
// default font has no Cyrillic, so Inter's Cyrillic and Latin subsets come from npm.
import fs from 'node:fs';
import path from 'node:path';

const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', 'inter', 'files');

export const OG_FONT_FAMILY = '"Inter latin", "Inter cyrillic"';

export function ogFonts() {
  return (['cyrillic', 'latin'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: `Inter ${subset}`, // distinct names: satori keeps one font per name and weight
      weight,
      style: 'normal' as const,
      data: fs.readFileSync(path.join(dir, `inter-${subset}-${weight}-normal.woff`)),
    })),
  );
}
