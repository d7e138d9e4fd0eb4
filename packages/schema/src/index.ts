export * from "./enums.js";
export * from "./errors.js";
export * from "./geography.js";
export * from "./habilitation.js";
export * from "./referential.js";
export * from "./validation.js";
