import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset paths: the build is opened from a sub-path of the test server.
export default defineConfig({
  base: './',
  plugins: [react()],
});
