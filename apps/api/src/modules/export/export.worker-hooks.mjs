/**
 * Module hooks that let the export worker run from the TypeScript sources (vitest, `pnpm dev`),
 * registered in the worker thread only (export.service.ts `WORKER_FROM_SOURCES`); `dist/` runs
 * the compiled export.worker.js without them. Why not `@swc-node/register` as the dev runner: the
 * native binding of @swc/core, loaded again in a second worker thread of the same process, crashes
 * the process (segmentation fault, Node 20.20, reproduced). TypeScript's own `transpileModule`
 * (pure JavaScript, a dev dependency already) strips the types instead: the worker's modules have
 * no decorators.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** `./x.js` imported from a `.ts` source is the sibling `./x.ts` when there is one (NodeNext style). */
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith(".") && specifier.endsWith(".js") && context.parentURL?.endsWith(".ts")) {
    const url = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
    if (existsSync(fileURLToPath(url))) return { url: url.href, format: "module", shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(await readFile(fileName, "utf8"), {
    fileName,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, inlineSourceMap: true, inlineSources: true },
  });
  return { format: "module", source: outputText, shortCircuit: true };
}
