export * from './clock.js';
export * from './deadline.js';
export * from './explain.js';
export * from './local-time.js';
export * from './triggers.js';
export * from './working-days.js';
