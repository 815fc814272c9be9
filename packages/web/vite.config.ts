import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isCitizenPath } from '@cchc/domain';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { citizenChunkNames } from './citizen-chunks.js';

/**
 * Writes a .br and a .gz beside every built text asset, so the server sends them as they are (@fastify/static
 * `preCompressed`) instead of compressing the same bytes on every request.
 */
function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'cchc-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      for (const file of fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
        const full = path.join(outDir, file);
        if (!/\.(js|css|html|svg|json)$/.test(file) || fs.statSync(full).size < 1024) continue;
        const bytes = fs.readFileSync(full);
        const quality = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } };
        fs.writeFileSync(`${full}.br`, zlib.brotliCompressSync(bytes, quality));
        fs.writeFileSync(`${full}.gz`, zlib.gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/** In development, the citizens' paths get the citizens' app (citizen.html), as the server gives it in production. */
function citizensApp(): Plugin {
  return {
    name: 'cchc-citizens-app',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && isCitizenPath(req.url)) req.url = '/citizen.html';
        next();
      });
    },
  };
}

// In development the UI runs on Vite (5173) and calls the API of `npm run dev` (3000); in production the
// server serves the built files itself. Two apps: the officers' (index.html, pages split per route in App.tsx)
// and the citizens' (citizen.html), which loads no Ant Design and no officers' code.
export default defineConfig({
  plugins: [react(), precompress(), citizensApp()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  // The manifest lets scripts/citizen-bundle.mjs sum what a citizen's page loads.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    manifest: true,
    // Every browser the pages support preloads modules itself: no polyfill file on every page.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        index: path.resolve(import.meta.dirname, 'index.html'),
        citizen: path.resolve(import.meta.dirname, 'citizen.html'),
      },
      output: {
        // A group's dependencies stay where the names put them (not pulled into the first group that needs them).
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: citizenChunkNames(import.meta.dirname) }],
        },
      },
    },
  },
});
