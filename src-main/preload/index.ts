// Placeholder preload; the typed bridge replaces it.
export {};
