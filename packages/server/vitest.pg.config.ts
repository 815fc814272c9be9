import { serverTestConfig } from './vitest.config.js';

export default serverTestConfig('server-pg', 'external');
