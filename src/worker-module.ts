/**
 * A worker thread's module, named relative to the module that starts it (`callerUrl`, its
 * import.meta.url): the TypeScript source when that module runs from source under tsx, the
 * JavaScript tsc built beside it when it runs from dist/ (`npm start`), where no .ts file is.
 */
export function workerModule(callerUrl: string, relativePath: string): URL {
  return new URL(`${relativePath}${callerUrl.endsWith('.ts') ? '.ts' : '.js'}`, callerUrl);
}
