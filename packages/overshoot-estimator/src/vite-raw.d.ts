/** Vite's `?raw` imports (the stories load the synthetic cell files as text). */
declare module '*?raw' {
  const text: string;
  export default text;
}
