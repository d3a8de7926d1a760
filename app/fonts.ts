import localFont from 'next/font/local';

// Titillium Web, the Designers Italia typeface, self-hosted from @fontsource (next/font/google
// would fetch at build time, which fails offline: stack.md). Latin covers Italian and English.
export const titillium = localFont({
  src: [
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-400-italic.woff2', weight: '400', style: 'italic' },
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-600-normal.woff2', weight: '600', style: 'normal' },
    { path: '../node_modules/@fontsource/titillium-web/files/titillium-web-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-titillium',
  display: 'swap',
  fallback: ['Geneva', 'Tahoma', 'sans-serif'],
});
