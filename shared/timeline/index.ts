export * from './chronology.js';
export * from './event.js';
export * from './layout.js';
