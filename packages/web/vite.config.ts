import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the UI runs on Vite (5173) and calls the API of `npm run dev` (3000); in production the
// server serves the built files itself.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
