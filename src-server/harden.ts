/**
 * The second wall behind prototype-free records: in the service process nothing
 * can add to or change Object.prototype, so a hostile id that slipped past a
 * check still cannot poison every later request. Called once every module is
 * loaded (a library assigning `X.prototype.toString = …` while loading would hit
 * the "override mistake"); Fastify, pino and pg are checked to run with it.
 */
export function freezeObjectPrototype(): void {
  Object.freeze(Object.prototype);
}
