import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { Establishment } from "../modules/establishment/establishment.entity.js";
import { Referential } from "../modules/referential/referential.entity.js";

// TypeORM and TypeGraphQL read types from decorator metadata; a toolchain that stops emitting it
// breaks the schema silently. This fails loudly instead.
describe("decorator metadata", () => {
  it("is emitted for entity properties", () => {
    expect(Reflect.getMetadata("design:type", Establishment.prototype, "siret")).toBe(String);
    expect(Reflect.getMetadata("design:type", Referential.prototype, "publishedAt")).toBe(Object);
    expect(Reflect.getMetadata("design:type", Referential.prototype, "createdAt")).toBe(Date);
  });
});
