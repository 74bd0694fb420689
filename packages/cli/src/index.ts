export { main, type CliIo } from './main.js';
export { decodeXml } from './io.js';
