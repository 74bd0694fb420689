export * from './model/cap.js';
export * from './model/sirene.js';
export * from './validation/finding.js';
export * from './i18n/translate.js';
export * from './cap/index.js';
export * from './text/index.js';
export * from './lifecycle/index.js';
