/**
 * `import()` of an installed package (jmespath, yaml, an `@aws-sdk/client-*`), in one place so that
 * the command line's bundle can replace it: that bundle is compiled by `launcher.ts` as a
 * `vm.Script` (for its code cache), where a bare `import()` would need Node's experimental vm
 * loader hooks; the launcher passes its own `import()` in instead (see tsup.config.ts).
 */

/** The package's module namespace, imported from the `aws-shorthand` package's location. */
export function importPackage(specifier: string): Promise<unknown> {
  return import(specifier);
}
