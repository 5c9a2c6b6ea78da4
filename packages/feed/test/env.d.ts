// Vite's `?raw` imports (the README test reads the README as text).
declare module '*?raw' {
  const text: string;
  export default text;
}
