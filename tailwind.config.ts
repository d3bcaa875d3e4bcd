// Theme tokens. Loaded from app/globals.css with `@config`; colours are CSS variables so the
// dark theme (prefers-color-scheme) swaps them in one place.
import type { Config } from 'tailwindcss';

export default {
  theme: {
    extend: {
      colors: {
        paper: 'var(--color-paper)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        line: 'var(--color-line)',
        panel: 'var(--color-panel)',
        accent: 'var(--color-accent)',
        'accent-ink': 'var(--color-accent-ink)',
        focus: 'var(--color-focus)',
        danger: 'var(--color-danger)',
      },
      fontFamily: {
        // System fonts, all with Cyrillic: SF (Apple), Segoe UI (Windows), Roboto (Android),
        // Noto Sans or DejaVu (Linux). Nothing is downloaded.
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Noto Sans"', '"DejaVu Sans"', 'Arial', 'sans-serif'],
      },
      maxWidth: { prose: '68ch' },
    },
  },
} satisfies Config;
