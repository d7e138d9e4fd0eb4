/** `pnpm schema:emit`: writes the SDL the API serves to packages/schema/schema.graphql. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { repoRoot } from "../core/config.js";
import { schemaSdl } from "./index.js";

const target = resolve(repoRoot, "packages/schema/schema.graphql");
writeFileSync(target, await schemaSdl());
console.log(`wrote ${target}`);
