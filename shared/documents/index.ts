export * from './document-model.js';
export * from './merge-data.js';
export * from './merge-fields.js';
export * from './merge.js';
export * from './template-language.js';
export * from './template.js';
export * from './validator.js';
export * from './words.js';
export { SHIPPED_TEMPLATES, shippedTemplate } from './templates/index.js';
