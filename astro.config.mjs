// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://crosscheck.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  server: { port: 4321, host: '127.0.0.1' },
});
