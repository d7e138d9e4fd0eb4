export * from "./audit.js";
export * from "./enums.js";
export * from "./errors.js";
export * from "./geography.js";
export * from "./habilitation.js";
export * from "./password.js";
export * from "./referential.js";
export * from "./validation.js";
