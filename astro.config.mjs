// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://crosscheck.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
  security: {
    // A Content Security Policy in a <meta> of every page: Astro hashes its own scripts and styles, so no
    // 'unsafe-inline'; everything else comes from this site only.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
