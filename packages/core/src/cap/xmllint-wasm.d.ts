// xmllint-wasm ships index-browser.d.ts beside index-browser.mjs, but TypeScript looks for
// index-browser.d.mts; both builds have the same API, typed by the package's main types.
declare module 'xmllint-wasm/index-browser.mjs' {
  export * from 'xmllint-wasm';
}
